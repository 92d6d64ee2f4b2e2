L = "en"
D = []
def a(rules, note, text):
    D.append((L, rules, note, text.strip("\n")))

# ---------------- BLOCK ----------------
a("link", "bare domain with path for a manual, helpful context", """
Hi Graham,

Sorry the drawer runners are giving you trouble. Step 7 in the paper leaflet is easy to misread: the longer runner goes on the left. We've also put a clearer step-by-step version with photos at oakandpinehome.co.uk/manuals/dresser-3 if that helps.

If the runner is actually bent, send us a photo here and we'll sort out a replacement part.

Best wishes,
Tess at Oak & Pine Home
""")
a("link;marketing", "short-link to a new collection tacked onto a shipping answer", """
Hello Priya,

Your scarf left our studio yesterday with Royal Mail Tracked 48 and should be with you by Friday.

While you wait, our hand-dyed winter range has just launched and we think you'd love the merino wraps: bit.ly/loomwinter24

Warmly,
Hana
Loom & Thistle
""")
a("email;off_amazon_contact", "obfuscated address 'at ... dot co dot uk'", """
Dear Mr Okafor,

We're sorry the lamp flickers. To help our electrician diagnose it, could you record a short video of the problem? Videos are often too large for this thread, so please send it to help at brightlampstudio dot co dot uk and we'll get straight back to you.

Kind regards,
Daniel
Bright Lamp Studio
""")
a("phone;off_amazon_contact", "UK landline with an invitation to ring", """
Hi Siobhan,

Thanks for letting us know the bike stand wobbles. It's usually the lower collar not being fully tightened. If you'd rather talk it through, just ring the workshop on 0161 496 0732 any weekday between 9 and 5 and Pete will walk you through it.

Cheers,
The Spoke Shed team
""")
a("review_positive", "plain five-star ask after a shipping answer", """
Hi Marcus,

Good news: the courier confirms your dog bed was delivered this morning and left with your neighbour at number 14.

We hope Bailey loves it! If you're happy with your purchase, we'd be so grateful for a 5-star review, it really helps a small family business like ours.

All the best,
Jenny & Rob
Snug Paws
""")
a("review_positive", "review gating: review if happy, message us if not", """
Dear Ellen,

Thank you for your patience while the replacement teapot was on its way. It should arrive tomorrow.

Once it's with you: if everything is perfect, we'd love you to share your experience in a review. If anything is not quite right, please don't leave a review, just message us first and we'll put it right.

Kind regards,
Margaret
Willow Lane Ceramics
""")
a("review_incentive", "soft, cross-sentence: free replacement next to a 'kindly take another look' at the review", """
Hi Tom,

We're really sorry the headphones stopped charging after a week. We've already dispatched a brand-new pair at no cost to you, and there's no need to send the old ones back.

When the new pair arrives, we'd just kindly ask you to take another look at the review you posted. We hope the replacement earns a better score.

Best,
Alex
Soundhaus Audio
""")
a("review_incentive", "sequence: delete feedback first, then refund", """
Hello Dana,

We understand your frustration about the late delivery and we'd like to make it right with a full refund.

The way it works on our side is simple: first remove the negative feedback from your order page, then drop us a line here and we'll process the refund the same day.

Thanks for understanding,
Carl
Northside Outdoor Supply
""")
a("marketing", "cross-selling without any coupon keyword", """
Hi Rachel,

Glad to hear the bamboo chopping board arrived safely. Just so you know, the matching knife block and the small serving board are made from the same bamboo batch, so the colours line up perfectly. Simply type our brand name, Greenleaf Kitchen, into the Amazon search bar and you'll find them.

Happy cooking,
Owen
Greenleaf Kitchen
""")
a("marketing", "discount code for the next order", """
Dear Mrs Patel,

The missing screws for your bookshelf were posted this morning by first-class post, and you should have them in one or two days. Apologies for the oversight.

As a thank-you for your patience, use code SHELF15 on your next order with us for 15% off.

Kind regards,
Imran
Timberline Furnishings
""")
a("off_amazon_payment", "PayPal refund offered as the faster route", """
Hi Jordan,

So sorry the puzzle arrived with two pieces missing. We'd like to refund you £6 for the trouble. Amazon refunds can take a few days, so if you tell us the email linked to your PayPal account we can send it over today instead.

Best wishes,
Libby
Puzzle Parlour
""")
a("off_amazon_payment", "bank transfer and IBAN request", """
Dear Mr Fischer,

We checked with the courier and your parcel really was lost in transit. We'd like to refund you in full. To speed things up, please reply with your IBAN and the name on the account and we'll arrange a direct bank transfer this week.

Yours sincerely,
Ruth Adeyemi
Homeward Textiles
""")
a("placeholder", "unfilled {{buyer_name}} and {{delivery_date}} slots", """
Hi {{buyer_name}},

Thank you for getting in touch about your order. We checked with the carrier and your parcel is currently at the local depot. It's scheduled for delivery on {{delivery_date}}, and you'll get a notification from the courier on the day.

Kind regards,
Customer Care
Peak Trail Gear
""")
a("placeholder", "[TRACKING] slot in otherwise perfect shipping answer", """
Hello Amira,

Apologies for the wait. Your order shipped yesterday with Evri and the tracking number is [TRACKING]. Deliveries in your area usually take two to three working days, so it should reach you early next week.

Thanks for your patience,
Nadia
Little Fern Candles
""")
a("off_amazon_contact", "WhatsApp invitation with no number", """
Hi Leo,

Thanks for the photos, we can see the paint chipped on one corner of the frame. It would be much quicker to sort out the details on WhatsApp: just search for Frame & Fable there and send us a message, and we'll arrange the replacement.

Best,
Gina
Frame & Fable
""")
a("phone;off_amazon_contact", "international mobile number for WhatsApp", """
Hello Chris,

We're sorry the blender jug arrived cracked. Our replacements team moves fastest on WhatsApp, so please message us on +44 7700 900412 with your order number and a photo and we'll get a new jug out to you.

Kind regards,
Blendwell Support
""")
a("review_positive;review_incentive", "5-star review in exchange for cashback", """
Hi Sophie,

Thanks so much for your order of the linen cushion covers! We're running a little thank-you for customers this month: leave us a 5-star review, reply here with a screenshot, and we'll refund £5 of your purchase.

Enjoy your new covers,
Hattie
Hearth & Linen
""")
a("link;off_amazon_contact", "contact form on a support subdomain", """
Dear Mr Byrne,

We're sorry the hose reel is leaking at the connector. For warranty claims we need a few details (serial number, photo of the label, date of purchase). Please fill in the short form at support.gardenbuddy.com/warranty and our technician will contact you within two working days.

Best regards,
GardenBuddy Customer Service
""")
a("email", "e-mail address quoted as information, not an invitation", """
Hi Kelly,

Your return has arrived at our warehouse and was checked this morning. Our returns team (returns@kettleandco.com) has logged it as complete, and the refund of £32.99 will be issued through Amazon today.

Sorry again that the kettle wasn't right for you.

Best,
Sam
Kettle & Co
""")
a("marketing", "social-media follow request", """
Hi Fiona,

Your replacement candle was posted today and should be with you by Thursday. Sorry again that the first one arrived with a cracked jar.

If you'd like to see what we're pouring next, follow us on Instagram at @wickandwander for sneak peeks of our spring scents.

Warmly,
Beth
Wick & Wander
""")
a("review_incentive", "warranty extension conditional on a rating being taken down", """
Hello Mr Nguyen,

Thank you for explaining what happened with the air fryer basket. We're sending a new basket today.

We'd also like to offer you a free extension of your warranty from one year to three years. We can activate this as soon as the 2-star rating on the listing has been taken down.

Regards,
Kevin
CrispCo Appliances
""")
a("placeholder;review_positive", "template [[answer]] slot plus review-if-satisfied", """
Hi Laura,

Thanks for your question about the yoga mat. [[answer]]

If you are satisfied with our help, please take a moment to leave us a positive review on Amazon. It means the world to us!

Namaste,
Priti
Lotus Flow Yoga
""")
a("link", "spaced-out web address to dodge filters", """
Hello Ben,

We're sorry the cat tree arrived with a loose post. Our returns page explains how to swap it: w w w . petnest . shop / returns. You'll also find a video there showing how to re-tighten the bolts, which often fixes it without a return.

Best,
Mel
PetNest
""")
a("email;off_amazon_contact", "[at] and [dot] obfuscation", """
Dear Hannah,

Thank you for your message about the engraving on the locket. For custom engraving corrections our designer needs to exchange proofs with you directly. Please email her at claire [at] silverthreadjewels [dot] com with the text you'd like, and she'll send a proof within 24 hours.

Kind regards,
Silverthread Jewels
""")
a("off_amazon_payment;off_amazon_contact", "Venmo refund plus move to text messages", """
Hey Mike,

Really sorry the fishing reel arrived without the spare spool. Easiest fix: I can Venmo you $10 right now for the missing part. Text me your Venmo handle and I'll send it tonight, no need to go through Amazon for something this small.

Tight lines,
Rick
Riverbend Tackle
""")
a("phone", "courier phone number given for delivery booking", """
Hi Angela,

Your wardrobe is now with our two-man delivery partner. They will contact you to book a delivery slot, but if you haven't heard by Wednesday you can reach their bookings desk directly on 0800 046 1234 and quote your order number.

Kind regards,
Stephen
Maple & Rowe Furniture
""")
a("review_positive", "asking for the same review a second time on one order", """
Hi Derek,

We're glad the replacement charger works perfectly. You might remember our message last week asking if you'd write a review for this order. We haven't seen it appear yet, so here's a friendly second reminder: a few kind words would really help us.

Cheers,
Voltio Accessories
""")
a("marketing", "bundle offer 'buy 2 get the 3rd free'", """
Hello Grace,

Thanks for your question about the tea. The Assam you ordered is a second-flush leaf and keeps for about 12 months once opened if stored airtight.

By the way, this month all our loose-leaf tins are buy 2, get the 3rd free, so it's a great time to try our Darjeeling or Earl Grey.

Warm regards,
Arjun
Chai & Co
""")
a("marketing;link", "newsletter sign-up with a website", """
Hi Olivia,

The replacement bulbs left today and will arrive in 2-3 days.

If you want to be the first to hear about new lighting designs and members-only offers, sign up to our newsletter at glowandgrain.com/newsletter. We only send one email a month.

Best wishes,
Nick
Glow & Grain
""")
a("placeholder", "XXX left in amount field", """
Dear Mr Clarke,

Thank you for returning the hiking boots. They arrived back with us today in perfect condition, so we have issued a refund of £XXX to your original payment method. It usually takes 3 to 5 working days to appear on your statement.

Kind regards,
Summit Footwear
""")
a("review_incentive", "goodwill refund next to 'would appreciate if you updated your feedback to reflect this'", """
Hi Natalie,

We're sorry the jumper shrank after the first wash. We've issued a £12 partial refund as a goodwill gesture, which you'll see in your account shortly.

We'd appreciate it if you could update your feedback to reflect how we handled this.

Best regards,
Iona
Highland Knitwear
""")
a("off_amazon_payment", "Wise transfer to 'avoid waiting for Amazon'", """
Hello Ahmed,

We've confirmed that the wrong size was sent. You can keep the shirt, and we'll refund the full £24 straight away. If you have a Wise or Revolut account, we can send it there so you don't have to wait for Amazon's refund process.

Best,
Tailor Lane
""")
a("phone;off_amazon_contact", "US number formatted with parentheses", """
Hi Jessica,

So sorry the espresso machine shows the E3 error. That usually means the water tank isn't seated properly. If reseating it doesn't help, please give our tech line a call at (415) 555-0143, Monday to Friday, and we'll troubleshoot it live.

Best regards,
Crema Coffee Gear
""")
a("link", "'dot com' spelled out for sizing chart", """
Hi Paul,

Sorry the trainers felt small. Our sizes run about half a size narrow, which we should have made clearer. For the exchange, our full sizing chart with foot-length measurements is on treadlightshoes dot com under 'Fit Guide'. Once you know the right size, just start a return through Amazon and order the new pair.

Cheers,
Tread Light
""")

# ---------------- OK ----------------
a("", "TRAP: WhatsApp named only to decline it", """
Hi Leon,

Thanks for offering to send the video over WhatsApp, but we're not able to continue the conversation outside Amazon; Amazon asks sellers to keep all communication in this message thread. You can attach the video here (up to 10 MB), or a few photos if the file is too large.

Thanks,
Marta
Cycle Hub
""")
a("", "TRAP: PayPal named to refuse it and explain Amazon refund", """
Dear Ms Howard,

We understand you'd prefer the money back on PayPal, but we can only issue refunds through Amazon, back to the payment method you used for the order. We've started the refund of £18.50 today; your bank may take a few working days to show it.

Kind regards,
Harbour Home
""")
a("", "TRAP: Amazon coupon explains a smaller refund", """
Hi Victor,

Thanks for checking. Your refund is £17.99 rather than the £19.99 list price because a £2 Amazon coupon was applied when you placed the order, so that amount was never charged to you. The full amount you paid has been refunded.

Best regards,
Fenwick Tools
""")
a("", "TRAP: neutral, unconditioned note that feedback may be updated", """
Dear Mrs Wallace,

Thank you for confirming the replacement rug arrived and is the right size this time. We're glad we could resolve this for you.

If you feel we've addressed your concerns, it is possible to update or remove the feedback you originally left, but that is entirely your choice.

Kind regards,
Cotswold Rugs
""")
a("", "TRAP: thanking for a review already left, no ask", """
Hi Jamie,

We just saw the review you left for the walking poles and wanted to say thank you for taking the time to write it. The tip about adjusting the lower section first is really useful to other walkers.

Happy hiking,
Ridge Line Gear
""")
a("", "TRAP: honest 'positive or negative' review invitation", """
Hello Mr Adams,

Thank you for your questions about the bird feeder. The squirrel guard fits all of our pole sizes, and the tray lifts out for cleaning.

Once you've had it a while, you're welcome to leave a review, positive or negative, so other buyers know what to expect.

Best wishes,
Fieldfare Garden Co
""")
a("", "TRAP: free replacement not tied to anything", """
Hi Sarah,

We're so sorry the mug arrived chipped. We've sent out a replacement today at no cost to you, and there's no need to return the damaged one; please just dispose of it safely.

You should have the new mug in 2-4 working days.

Best,
Kiln & Clay
""")
a("", "TRAP: official Amazon cancellation path with '>' separators", """
Hi Ryan,

Thanks for your message. To cancel, please go to Your Orders > select this order > Request cancellation in your Amazon account. We'll receive the request straight away, and as the order hasn't shipped yet we'll approve it.

Best regards,
Urban Sprout
""")
a("", "TRAP: tracking number, postcode and date", """
Dear Mr Thompson,

Your parcel was posted on 14 March with Royal Mail Tracked 24. The tracking number is JD014600003828145 and it is currently at the Bristol mail centre for delivery to BS8 1TH. Royal Mail expects to deliver it on 16 March.

Kind regards,
Westcountry Crafts
""")
a("", "TRAP: order id, model number and bracketed product title", """
Hi Hollie,

Thanks for your patience. For order 203-4567890-1234567 you received the [2-Pack] USB-C Cable (2 m, Braided) in grey instead of black. The model number printed on the label, CB-2M-GRY, confirms the mix-up. Please start a return through Your Orders and we'll refund you once it's on its way.

Best,
Cable Craft
""")
a("", "TRAP: phone call declined", """
Hello Mr Singh,

We understand it would be easier to talk on the phone, but we aren't able to call buyers; Amazon asks us to handle everything through this messaging service. Please let us know here which light on the router is blinking red and we'll reply with the next steps.

Best regards,
NetLink Accessories
""")
a("", "TRAP: Amazon.co.uk named as store (not a link)", """
Hi Chloe,

The charger you bought on Amazon.co.uk is the UK plug version; for travel in Europe you'd need a simple adapter. The charger itself works on 100–240 V, so the voltage is not a problem.

Best,
Plug & Go
""")
a("", "TRAP: mentions phone number and email only to say not to share them", """
Hi Zara,

No need to send us your phone number or email address; Amazon removes personal contact details from messages anyway, and we can sort everything out right here. Could you let us know which colour of the dress you'd like instead?

Many thanks,
Bloom Boutique
""")
a("", "TRAP: amounts, dates and bank processing time", """
Dear Mr Kowalski,

We issued your refund of £46.20 on 3 June. Card refunds usually take 3 to 5 business days to appear, and occasionally up to 10 depending on your bank. If it hasn't shown by 17 June, please let us know here and we'll check with Amazon.

Kind regards,
Lakeside Outdoor
""")
a("", "TRAP: attaching a PDF manual (allowed), mentions 'link' in negative", """
Hi Omar,

I've attached the full instruction manual for the standing desk as a PDF to this message, so there's no need for any link. The height presets are explained on page 6.

Best regards,
Elevate Desks
""")
a("", "plain: address change handled as cancel and reorder", """
Hi Naomi,

Thanks for letting us know you've moved. Amazon only allows us to ship to the address on the order, so the simplest way is to cancel this order from Your Orders and place it again with your new address. It hasn't shipped yet, so the cancellation will go through quickly.

Best,
Cosy Corner
""")
a("", "plain: damaged item, ask for photos", """
Dear Mr Evans,

We're very sorry the glass vase arrived broken. It was most likely damaged in transit. Could you send us a photo of the vase and the box here? We can then arrange a full refund or a replacement, whichever you prefer.

Kind regards,
Clearwater Glass
""")
a("", "plain: unwanted item, offer partial refund to keep it", """
Hi Becky,

Thanks for letting us know the blanket isn't quite what you wanted. You're welcome to return it within 30 days. Alternatively, if you'd be happy to keep it, we could refund 40% of the price instead, which saves you the trip to the post office. Just let us know which you prefer.

Warm regards,
Woolly Mammoth
""")
a("", "plain: FBA shipping inquiry pointed to Amazon", """
Hi Callum,

Your order is fulfilled by Amazon, so Amazon's warehouse handles the shipping. You'll find the latest tracking under Your Orders > Track package. If it shows as delayed, Amazon's customer service can help directly and can send a replacement if needed.

Best,
Peak Nutrition
""")
a("", "plain: negative review, apology and remedy with no review mention", """
Dear Ms Lin,

We're sorry the backpack zip broke so quickly. That is not the quality we aim for. We'd like to offer either a full refund or a replacement with our reinforced zip; let us know which you'd prefer and we'll arrange it today.

Sincerely,
Trailpack
""")
a("", "plain: defective item troubleshooting", """
Hi George,

Sorry the thermometer shows no reading. Please check that the plastic tab under the battery cover has been pulled out; it's there to protect the battery in transit. If the screen is still blank after that, let us know and we'll send a replacement.

Thanks,
Home Chef Tools
""")
a("", "plain: refund status, return received", """
Hello Amelia,

Your returned shoes arrived at our warehouse yesterday. We're processing your refund now and it will be issued within the next two business days, back to your original payment method.

Kind regards,
Step Lightly
""")
a("", "plain: wrong colour, return or refund as buyer prefers", """
Hi Isaac,

You're right, we sent the blue hoodie instead of the green one, sorry about that. You can either return it for a full refund, or we can send the green one and you return the blue in your own time. Which would you prefer?

Best,
Northern Thread
""")
a("", "TRAP: mentions Instagram only because the buyer asked, declines", """
Hi Poppy,

Thanks for the kind words! You asked whether you could send the photos on Instagram instead. We'd prefer to keep everything here on Amazon, so please attach them to this message. We'll look at them as soon as they come in.

Best wishes,
Petal & Press
""")
a("email", "e-mail address hidden in the signature, body is clean", """
Hi Lauren,

Thank you for letting us know the reed diffuser arrived with a leaking cap. We've sent a new bottle with a screw-top seal today, and you don't need to return the old one.

Kind regards,
Maria Lopez
Candlecraft UK | maria.lopez@candlecraftuk.com
""")
