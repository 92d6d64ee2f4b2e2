E = []
def a(rules, note, text): E.append(("en", rules, note, text.strip("\n")))

a("link", "short-link host to a setup video, helpful tone", """
Hi Daniel,

Sorry the descaling light keeps blinking on your kettle. This usually means the sensor needs a reset: unplug it, hold the power button for 10 seconds, then plug it back in. We made a short video that shows it step by step, you'll find it at bit.ly/kettle-reset-v2 (takes about a minute).

If that doesn't fix it, let me know and we'll sort out a replacement.

Cheers,
Megan - BrewNest Support
""")

a("email;off_amazon_contact", "obfuscated e-mail with (at) and (dot)", """
Hello Mrs Patel,

I am very sorry to hear the lampshade arrived cracked. Could you please send a couple of photos of the damage and the outer box to support (at) lumorahome (dot) co (dot) uk? Our warehouse team check that inbox quicker than this one and we can get a new shade out to you the same day.

Kind regards,
Oliver
Lumora Home
""")

a("phone;off_amazon_contact", "UK landline with spaces, invitation to ring", """
Hi Gareth,

Thanks for getting back to me. Honestly the quickest way to sort the wiring on the light fitting is to talk it through, it's a bit fiddly to explain in writing. Give us a ring on 0161 496 0732, weekdays 9 till 5, and ask for Stuart, he fitted about a hundred of these.

All the best,
Stuart
Northlight Fittings
""")

a("review_positive", "plain five-star ask after a neutral answer", """
Hi Rachel,

Glad to hear the yoga mat finally turned up and that the smell faded after airing it out for a day, that's normal for natural rubber.

If you have a spare minute, a 5-star review would really mean the world to a small family business like ours. It helps other yogis find us!

Namaste,
Priya @ Lotus Loft
""")

a("review_incentive", "refund followed by 'in return' removal ask in next sentence", """
Dear Mr Okafor,

We are sorry the blender jug leaked. We have now issued a full refund of £54.99 to your original payment method, and there is no need to send the blender back.

In return, we would be grateful if you could take down the 1-star review you posted on Tuesday, as the problem has now been fully resolved.

Yours sincerely,
Helen Marsh
KitchenCraft Direct
""")

a("review_incentive", "sequence: update feedback first, then replacement ships", """
Hi Tom,

Right, I've checked and we do have the black version of the phone case back in stock. Here's how we'll do it: first update your feedback on the order, then as soon as I see it's changed I'll send the new case out with first class post, no charge.

Sound fair?

Mike
CaseKing
""")

a("marketing", "cross-selling without any coupon/discount keyword", """
Hi Laura,

So sorry about the loose thread on the throw, that shouldn't have got past our checks. A replacement is on its way and should be with you Thursday; please keep the first one.

By the way, the matching cushion covers in the same sage green have just come back into our storefront, they look lovely together on a grey sofa.

Warm wishes,
Abby at Hearth & Loom
""")

a("marketing", "discount code for next order", """
Hello James,

Your refund for the returned trainers has been processed today and should show within 3 to 5 working days.

As a thank you for your patience, use code THANKS15 on your next order with us for 15% off anything in the store. Valid until the end of the month!

Best regards,
Customer Care
StrideWorks
""")

a("off_amazon_payment", "PayPal refund of price difference", """
Hi Sandra,

You're right, the listing showed the wrong price for the 3-pack of storage boxes, apologies for the confusion. We'd like to refund you the £6.50 difference. Amazon's system makes partial refunds slow, so the easiest is if we send it straight to your PayPal, just let us know the name on your PayPal account and it'll be done today.

Thanks,
Ravi
BoxItUp UK
""")

a("placeholder", "double-brace and bracketed slots left unfilled", """
Hi {{buyer_first_name}},

Thank you for your message. Your parcel was dispatched yesterday with Royal Mail Tracked 48 and the tracking number is [TRACKING]. It normally arrives within 2 to 3 working days.

Please let us know if it hasn't turned up by Friday.

Kind regards,
The Tidy Garden Team
""")

a("placeholder", "printf-style %s slot mid-sentence", """
Dear customer,

We are sorry to hear that the wall clock stopped working after only a week. We have arranged a replacement which will be sent on %s, and there is no need to return the faulty one.

Again, our apologies for the inconvenience, and thank you for your patience.

Best regards,
Timely Home Decor
""")

a("off_amazon_contact", "WhatsApp invitation with no number", """
Hey Chris,

Sorry the grips on the handlebars are slipping. It's probably just the inner sleeve not seated properly. Easiest thing is if you add us on WhatsApp, search for GripTech Support, and send a short video, then we can see exactly what's going on and walk you through it live.

Ride safe,
Jonno
GripTech
""")

a("link;marketing", "social follow with full instagram.com path", """
Hi Ellie,

Aww, thank you so much for the lovely message and the photo of Biscuit in his new harness! We're so happy it fits him.

If you want to see our new autumn collection before anyone else, follow us at instagram.com/pawsandco_uk, we post the drops there first.

Lots of love,
Jess
Paws & Co
""")

a("email;off_amazon_contact;off_amazon_payment", "bank transfer plus address to e-mail details to", """
Dear Mr Schneider,

Thank you for your patience regarding the missing drill bits. As the set is no longer available, we will refund the full amount of £32.40 by bank transfer. Please email your sort code and account number to refunds@toolhaven.co.uk and our accounts department will process the payment within two working days.

Kind regards,
Accounts Team
ToolHaven
""")

a("review_positive", "review gating: review only if pleased, otherwise message us", """
Hi Marcus,

Thanks for confirming the blender is working well now that the blade assembly is tightened.

If you're pleased with it, we'd love it if you could leave a review on Amazon. If you're not completely happy for any reason, please just message us here first instead so we can put it right.

Best,
Zoe - VitaBlend
""")

a("review_positive;review_incentive", "free filters for 5-star review with screenshot", """
Hi Karen,

Great news that the air purifier is running quietly now! Just so you know, we're running a little thank-you: leave us a 5-star review, send a screenshot here, and we'll post you a spare HEPA filter completely free. Those normally cost £19, so it's a nice saving.

Thanks again,
Pete
PureAir Home
""")

a("phone", "third-party carrier's number given (not the seller's); judged phone only", """
Hi Anita,

Your sofa is booked with the two-person carrier, HomeHaul, for 14 March between 8am and 1pm. They'll text you a one-hour slot the evening before. If you need to move the date, HomeHaul's booking line is +44 (0)20 7946 0958; just quote order 205-8813402-1176628.

Kind regards,
Jane
Comfort Lounge Furniture
""")

a("link", "spelled-out 'dot com slash' URL", """
Hi Bruce,

The printed manual for the TF-200 tent does miss the bit about the inner pole clips, sorry about that. There's an updated PDF version on our site, trailforge dot com slash manuals, page 6 shows the clip order with pictures.

Happy camping,
Leo
TrailForge Outdoor
""")

a("marketing", "'search our brand on Amazon' cross-sell", """
Dear Ms Lindqvist,

Thank you for letting us know the size chart was confusing. We have arranged the exchange for the size M hiking socks and they will be dispatched tomorrow.

Should you ever need thermal liners or gaiters for winter, simply search Nordvik on Amazon to see our full range of outdoor accessories.

Best regards,
Nordvik Outdoor
""")

a("off_amazon_contact", "Facebook page DM invitation", """
hi Donna,

so sorry about the wrong colour thread in your embroidery kit!! we must have mixed up two boxes. it's much easier for me to send you pictures of the shades we have, so could you drop us a DM on our Facebook page, Crafty Corner UK, and I'll sort it from there.

thanks lovely,
Sue x
""")

a("review_incentive", "soft 'kindly adjust your review' next to free replacement", """
Dear Mr Fernandes,

I am genuinely sorry that the coffee grinder stopped working. We are sending you a brand new one free of charge today, and you are welcome to keep the old unit.

Once it has arrived and you are happy with it, we would just kindly ask you to adjust your review to reflect the service you received.

Kind regards,
Martin
GrindHouse
""")

a("placeholder", "XXX amount never filled in", """
Hi Paul,

Sorry to hear the dash cam memory card was missing from the box. As we can't send a card separately, we've refunded XXX to your card today to cover the cost, so you can grab one locally. Any 64GB Class 10 card will work.

Safe driving,
Ken
RoadEye
""")

a("email;off_amazon_contact", "e-mail with [at] and [dot] brackets", """
Hello Mr Nguyen,

Regarding the VAT invoice for your company: our accountant prepares these manually. Please write to invoices [at] brightdesk-supplies [dot] com with your company name and VAT number and she will send the PDF back the same day.

Many thanks,
Claire
BrightDesk Supplies
""")

a("phone;off_amazon_payment", "Venmo plus US phone number as handle", """
Hi Jordan,

Ugh, sorry the second water bottle lid was cracked. I can refund you the $12 for that one right now if it's easier. My Venmo is linked to 917-555-0143, send a request there and I'll approve it in minutes.

Cheers,
Ashley
HydroPeak
""")

a("phone;off_amazon_contact", "US number with parentheses, text invitation", """
Hi Mr. Delgado,

I understand you need the replacement hinge before the weekend. To make this quicker, please text me a photo of the cabinet door at (415) 555-0182 and I can confirm the right hinge size the same day.

Best regards,
Anthony Russo
Russo Cabinet Hardware
""")

a("marketing", "newsletter sign-up, no link", """
Dear Olivia,

Thank you for your kind words about the candles, we're delighted the lavender one has become a favourite.

If you'd like first access to our seasonal scents and limited editions, do join our newsletter, just tell us here that you'd like to be added and we'll take care of the rest.

With warm regards,
Florence
Wick & Willow
""")

a("review_positive", "asking the same review a second time on one order", """
Hi Mr Barker,

Just following up on my note from last week. I know I already asked, but could you please leave a review for order 026-3391047-5512648 when you get a chance? It really helps a small shop like ours.

Thank you and have a great weekend,
Dave
FixIt Spares
""")

a("link;placeholder", "angle-bracket slot plus www address", """
Dear customer,

We have received your return request for order <ORDER_ID>. Before sending the item back, please fill in the short returns form on www.quickparts-eu.com/returns so our warehouse can match the parcel to your order.

Thank you for your cooperation.

Best regards,
QuickParts Returns Team
""")

# ---------- OK ----------
a("", "HARD-OK: WhatsApp named only to refuse", """
Hi Natalie,

Thanks for the photos offer. I'm afraid we can't switch to WhatsApp: Amazon asks sellers to keep all conversations in this message thread, which also protects you. You can attach the pictures right here by replying to this message with the paperclip icon.

Once I see the damage on the mirror frame I'll arrange the next step straight away.

Best,
Harriet
Gilded Frame Co.
""")

a("", "HARD-OK: PayPal mentioned only to explain refunds go through Amazon", """
Dear Mr Wallace,

I understand you would prefer the refund to your PayPal account. Unfortunately we are not able to do that: all refunds for Amazon orders are issued through Amazon to the original payment method. I have started the full refund of £28.99 today, and it normally appears within 3 to 5 working days.

Kind regards,
Samira
Bloom Garden Tools
""")

a("", "HARD-OK: Amazon coupon explains smaller refund", """
Hi Fiona,

I've checked the refund on your order 203-4471928-0036652. You paid £17.99 rather than the list price of £19.99 because a £2 Amazon coupon was applied at checkout, so the refund of £17.99 is the full amount you were charged. Nothing has been held back.

Sorry for the confusion!

Kind regards,
Tariq
Glow Bath Co.
""")

a("", "HARD-OK: neutral, unconditioned note that feedback may be updated", """
Dear Mrs Hughes,

I'm glad the replacement heater arrived safely and is working properly in your conservatory. Thank you for bearing with us while the faulty unit was sorted out.

If you feel we have resolved your concern, it is possible to update the feedback you left, but that is entirely your choice and it changes nothing on our side.

Best wishes,
Alan
WarmSpace Heating
""")

a("", "HARD-OK: thanks for a review already left, no ask", """
Hi Ben,

I just wanted to say thank you for the review you wrote about the camping stove. Your tip about using it with the windshield fully closed was spot on, and we're going to add that to the leaflet in the box.

Enjoy your trip to the Lakes.

Cheers,
Rob
SummitCook
""")

a("", "HARD-OK: honest 'review positive or negative' invitation", """
Hello Dr Kaur,

Thank you for your detailed questions about the standing desk's weight limit. As listed, each motor is rated for 60 kg, so 120 kg in total including the desktop.

If you do buy it, you are welcome to share your experience in a review later, positive or negative; honest reviews help other buyers most.

Kind regards,
Elena
ErgoRise
""")

a("", "HARD-OK: free replacement with no strings", """
Hi Sam,

That's definitely not right, the left earbud shouldn't cut out like that. We're sending you a replacement pair free of charge today with tracked delivery, and you don't need to send the faulty ones back. Just recycle them responsibly.

Sorry again for the hassle.

Thanks,
Lewis
SoundBay Audio
""")

a("", "HARD-OK: official cancellation path with '>' separators", """
Hello Mr Armstrong,

Thank you for your message. Your order has not shipped yet, so you can cancel it yourself in your Amazon account at Your Orders > Request cancellation. We will approve the request as soon as it comes through, and the refund will follow automatically.

Kind regards,
Patricia
Oakridge Bedding
""")

a("", "HARD-OK: tracking number, order id and postcode together", """
Hi Steph,

Your order 114-5652017-6650426 was handed to DPD on 3 June. The tracking number is 15501234567890, and the last scan shows it at the Hinckley hub heading to your postcode LE10 0AB. It should be with you tomorrow.

Sorry it's taken a little longer than usual.

Thanks,
Dan
Pixel Pantry
""")

a("", "HARD-OK: product title with brackets and model number", """
Dear Mr Ito,

Thanks for asking before you buy. The [Upgraded 2024] 65W USB-C Charger (Model PD-65X, 3 ports) supports Power Delivery 3.0, so it will charge your laptop at full speed through the USB-C1 port. The two USB-A ports share 18W.

Best regards,
Voltra Power
""")

a("", "HARD-OK: phone call named only to refuse", """
Hi Kevin,

I'm sorry, we aren't able to phone customers about orders. Amazon asks us to handle everything through these messages, so there is a written record for both of us.

If you reply with the serial number on the back of the router and a short description of when the light turns red, I'll go through it with you here.

Best regards,
Mark
NetNest
""")

a("", "HARD-OK: Instagram mentioned as the source of confusion only", """
Hi Jade,

I can see why you expected the gold version: the photo you saw on Instagram was taken by a customer who had painted the frame herself. The listing you ordered from is the brushed silver one, which is what we sent.

If you'd rather return it, you can start a return from your orders page within 30 days.

Kind regards,
Nina
Mirror & More
""")

a("", "HARD-OK: 13-digit EAN and SKU that look numeric", """
Hello Mr Fischer,

Thank you for checking. The refill cartridges you need are the ones with EAN 4006381333931 (our SKU FLT-3PK-2023). They fit all jug models from 2019 onward, including yours.

If you want to double-check, your jug's model number (JF-2.5) is printed on the base next to the date code.

Best regards,
Clearflow
""")

a("", "HARD-OK: Amazon.co.uk named as where the buyer ordered", """
Hi Graham,

Because you ordered through Amazon.co.uk and the parcel was fulfilled by Amazon, the return label is created from your own account, not by us. Go to your orders, select the drill, and choose Return or replace items.

The refund is issued as soon as Amazon scans the parcel.

Cheers,
Phil
ProTool Outlet
""")

a("", "plain damaged-item apology asking photos in thread", """
Dear Ms Carter,

I'm so sorry the vase arrived chipped. It was most likely knocked in transit. Could you please reply here with a photo of the chip and the packaging? It helps us improve our packing. Then just tell us whether you'd prefer a replacement or a refund, and we'll arrange it straight away.

Kind regards,
Ruth
Stoneware Studio
""")

a("", "plain unshipped address change: cancel and reorder", """
Hi Ahmed,

Thanks for letting us know you've moved. Amazon only lets us ship to the address on the order, so the safest way is to cancel this order while it's still unshipped and place it again with your new address. Nothing has left our warehouse yet, so you won't be charged twice.

Best,
Lucy
Little Sprout Kids
""")

a("", "plain refund status with amount and date", """
Dear Mrs Doyle,

We received the returned bedding set on 11 November and issued your refund of £45.00 on 12 November. Banks usually take 3 to 5 working days to show it on your statement, sometimes up to 10 for credit cards.

Thank you for your patience.

Kind regards,
Customer Service
Linen Lane
""")

a("", "plain: offer partial refund instead of return", """
Hi Owen,

No problem at all. Before you send the bike pump back, would you like to keep it with a 40% refund instead? Return postage on it is quite high, so it may work out better for you. If you'd still prefer to return it, that's absolutely fine too, just start a return from your orders.

Cheers,
Kate
PedalPro
""")

a("", "plain: shipped order, refuse delivery", """
Hello Mr Baptiste,

Unfortunately your order had already left our warehouse when your message arrived, so we can't stop it. If you no longer want the item, simply refuse the delivery when the courier arrives. Once it's back with us we will refund you in full.

We're sorry we couldn't catch it in time.

Regards,
Harbour Home Goods
""")

a("", "plain: missing screws being sent, terse", """
Hi Lisa,

Sorry, the pack of cam screws was missing from your bookcase box. A new fixing pack went out this morning by tracked post, should arrive in 2 days. No need to return anything.

Thanks for your patience,
Greg
FlatPack Direct
""")

a("", "HARD-OK: e-mail named only to refuse sharing it", """
Hello Mr Osei,

Thank you for asking for an invoice. We aren't allowed to share an email address here, but there's no need: I've uploaded the VAT invoice to the order, so you can download it from your orders page under Invoice.

If any details on it need changing, just reply here.

Kind regards,
Beatrice
Officeline Supplies
""")

a("", "plain FBA shipping inquiry redirected to Amazon", """
Hi Mrs Grant,

Your order was fulfilled by Amazon, so they handle the delivery and tracking for it. You'll find the latest status under your orders, and if it still shows as delayed tomorrow, Amazon customer service can open an investigation for you straight away.

Sorry for the wait,
Tony
Brightwick Candles
""")
