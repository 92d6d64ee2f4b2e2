D = []
def a(lang, verdict, rules, note, text):
    D.append((lang, verdict, rules, note, text))

a("en", "block", "link;off_amazon_contact", "contact form on own website, bare www domain", """Hi Rachel,

Sorry the lamp flickers after a few minutes, that is definitely not normal. To speed things up, could you fill in the short returns form at www.lumacraft-support.com/returns and attach a quick video? Our technician checks those forms every morning and can usually approve a replacement the same day.

Thanks for your patience,
Owen
LumaCraft Lighting""")

a("en", "block", "link", "short-link host for an install video, otherwise helpful", """Hello Mr. Patel,

Thanks for getting in touch about the shelf brackets. The step that trips most people up is fitting the hidden rail before the wall plugs go in. We filmed a two-minute walkthrough that shows exactly how: bit.ly/3kShelfFix

If the rail still won't sit flush after that, just reply here with a photo and we'll sort it out.

Kind regards,
Marta (Oakline Interiors)""")

a("en", "block", "link;marketing", "spelled-out domain with 'dot' plus catalogue promotion", """Hi Sam,

Great to hear the planters arrived safely and the colour is what you hoped for. Since you mentioned you're redoing the whole balcony, you might like to have a browse of our full catalogue on brightnest dot co dot uk, there are hanging baskets and trellis panels in the same terracotta finish that aren't listed on Amazon yet.

Happy gardening!
Bea""")

a("en", "block", "email;off_amazon_contact", "plain email address for photos", """Dear Ms. Olsen,

I'm really sorry the vase arrived with a chip on the rim. Could you email a couple of photos of the damage and of the outer box to claims@northfieldceramics.com? Once our packing team has seen them we'll arrange either a refund or a new vase, whichever you prefer.

Apologies again for the trouble,
Henrik Dahl
Northfield Ceramics""")

a("en", "block", "email;off_amazon_contact", "obfuscated email with (at) and (dot)", """Hey Jordan,

Bummer about the kettle lid, sounds like the hinge spring slipped out in transit. Amazon's message system sometimes compresses photos so we can't see the details properly. Would you mind sending the pictures straight to returns (at) kettlehaus (dot) com instead? Put your order number in the subject and I'll get back to you within a day.

Cheers,
Mike at KettleHaus""")

a("en", "block", "phone;off_amazon_contact", "UK freephone number with explicit call invitation", """Hello Mrs. Barnes,

Thank you for your message about the heater's error code E4. It usually means the tip-over switch is stuck, which is easy to fix but fiddly to explain in writing. Please give our support line a ring on 0800 046 2291 (Mon-Fri, 9 to 5) and one of our engineers will talk you through it in a couple of minutes.

Best wishes,
Gareth
WarmWorks UK""")

a("en", "block", "phone", "phone number only in signature block, no explicit invite", """Hi Daniel,

Your replacement charging cable went out this morning with Royal Mail Tracked 48, so it should reach you on Thursday or Friday. There's no need to send the faulty one back, please just recycle it locally.

Sorry again for the hassle.

Regards,
Priya Nair
Customer Care, VoltNest Ltd
Tel. +44 20 7946 0958""")

a("en", "block", "phone;off_amazon_contact", "number written out in words, invitation to text", """Hi Tasha,

No worries at all, these things happen! If it's easier for you, just text me a photo of the label on the bottom of the blender and I'll tell you straight away which replacement blade fits. My number is five five five, two one eight, four four zero six. I'm usually quicker there than on here.

Talk soon,
Lena""")

a("en", "block", "review_positive", "gentle but explicit five-star ask after solving issue", """Hi Carlos,

Glad the replacement hose fixed the leak, and thanks for being so patient while it was on its way. We're a family business of four people, so every bit of support counts. If you've got a spare minute, a quick five-star review on the listing would honestly make our week.

All the best,
The Ridgeway Garden team""")

a("en", "block", "review_positive", "review gating: review only if happy, otherwise message first", """Dear Ms. Huang,

Thank you for your order of the linen tablecloth. We hope it looks lovely on your table. If you're happy with it, we'd be grateful if you could share your experience in a review. If anything isn't quite right, please message us first instead so we can put it right before you post anything.

Warm regards,
Elsie
Thread & Table""")

a("en", "block", "review_positive", "asking for the same review a second time on the same order", """Hello again Peter,

Just following up on the note we sent last week about your order of the camping stove. We still haven't seen a review come through for this order, so I wanted to ask one more time: could you please leave it when you get a chance? It really helps other campers decide.

Thanks a lot,
Dom
Summit Gear""")

a("en", "block", "review_incentive", "sequence: remove review, then replacement ships", """Hi Andrea,

I'm sorry the zip on the backpack broke after two weeks. That shouldn't happen and I'd like to make it right. I've set aside a brand-new backpack for you. Once you've taken down the one-star review, just drop me a line here and it'll go out with next-day delivery.

Thanks for understanding,
Chris, Trailform Bags""")

a("en", "block", "review_incentive", "soft 'kindly reconsider' next to a full refund", """Dear Mr. Kowalski,

We have looked into the problem with the thermostat and, as a gesture of goodwill, we have issued a full refund of $42.99 today, and you're welcome to keep the unit. We would just kindly ask that you reconsider the review you posted, as it was written before we had a chance to help.

With best regards,
Anna Reyes
HomeSense Controls""")

a("en", "block", "review_incentive", "cross-sentence partial refund tied to feedback update", """Hi Megan,

Thanks for explaining what happened with the duvet cover, and sorry the stitching came loose. We'd like to offer you a 30% partial refund.

We also noticed your feedback from Tuesday. We hope you'll feel able to update it once this is sorted. Just reply to confirm both and we'll process the refund straight away.

Kind regards,
Sophie
Loomhouse Bedding""")

a("en", "block", "review_positive;review_incentive", "warranty extension conditional on five-star change", """Hello Brian,

We understand your frustration with the drill battery. Here's what we can do: we'll extend your warranty from one year to three years, at no cost, as soon as you change your rating to five stars. Just let us know when it's updated and we'll send the new warranty certificate.

Regards,
Torque Tools Support""")

a("en", "block", "review_incentive", "free gift for an 'honest' review", """Hi Nadia,

Thank you so much for choosing our bamboo cutting board! As a small thank-you, we're sending a free set of bamboo utensils to every customer who leaves an honest review on the product page this month. Just message us a screenshot of your review and we'll ship yours out.

Enjoy your new board,
Kai at GreenGrain""")

a("en", "block", "marketing", "explicit coupon code for next purchase", """Hi Laura,

The replacement filter cartridges were dispatched today and should arrive within 3 working days. Sorry the first pack was missing one.

As a thank-you for your patience, use code CLEAR15 at checkout on your next order and you'll get 15% off any of our water filters.

Best,
Jonah
PureFlow Filters""")

a("en", "block", "marketing", "cross-selling without any promo keyword", """Dear Mr. Evans,

Thank you for confirming the duvet fits your bed well. Since you chose the sage green, you may like to know that the matching pillowcases and a fitted sheet in exactly the same shade are in our storefront as well. Together they make a lovely complete set, and they wash just as easily.

Kind regards,
Harriet
Meadow & Moss Home""")

a("en", "block", "marketing", "'search our brand on Amazon' cross-promotion", """Hey Ben,

Good news: the missing screws are in the post and should land tomorrow. Sorry you had to wait for them.

By the way, if you're kitting out the rest of the garage, just search "Hartwell Workshop" on Amazon, we've got wall racks, pegboards and tool chests that all match the bench you bought.

Cheers,
Rob""")

a("en", "block", "marketing", "social-media follow with handle", """Hi Olivia,

Thank you for the lovely message, we're so pleased the candles arrived in time for your sister's birthday! The wax can take a day to settle after shipping, so the scent throw will get even stronger.

We share our seasonal scents and behind-the-scenes bits over on Instagram, @wickandwillowcandles, come and follow along!

Love,
Jess & the Wick and Willow team""")

a("en", "block", "marketing", "bundle offer 'buy two get third free'", """Hello Mr. Greene,

Thank you for your question about the storage boxes. Yes, the lids are interchangeable between the 20 L and 30 L sizes.

If you're planning to get more, right now when you buy two more boxes from us the third one is free, so it's a good moment to stock up.

Regards,
Sarah, BoxSmart""")

a("en", "block", "off_amazon_contact", "WhatsApp invitation without any number", """Hi Kenji,

Thanks for the quick reply! Messages here sometimes take a while to come through, so it might be easier if we continue on WhatsApp. Just reply with the best number to reach you and I'll add you, then you can send me the video of the grinder noise there.

Best,
Tom
BrewCraft Coffee Gear""")

a("en", "block", "phone;off_amazon_contact", "WhatsApp number in international format", """Dear Ms. Fischer,

I'm sorry to hear the rug arrived with a crease that won't flatten. Please send a photo or short video on WhatsApp to +1 415 555 0132 and our team will decide right away whether a replacement or a partial refund is best.

Thank you,
Amir
Silk Road Rugs""")

a("en", "block", "off_amazon_contact", "Instagram DM invitation, no link or number", """Hi Grace,

Thanks for the photos! Honestly it's much easier to sort out custom engraving text over DM, so could you message us on Instagram? We're @engraveandco_tags. Send us the exact wording you'd like on the new tag and we'll make it this week.

Speak soon,
Ellie""")

a("en", "block", "off_amazon_payment", "PayPal refund offer asking for PayPal address", """Hi Marcus,

Sorry the headphones arrived without the carry case. Rather than making you send everything back, we'd like to refund you $12 for the missing case. The quickest way on our end is PayPal, so if you let me know the email linked to your PayPal account I'll send it over today.

Thanks,
Dylan
SoundCove Audio""")

a("en", "block", "off_amazon_payment", "bank transfer refund asking for account details", """Dear Mrs. Walsh,

We're very sorry the curtain rail was shorter than described. We'd like to refund the difference of £9.50 to you directly by bank transfer. Could you reply with your sort code and account number? The payment usually reaches you within one working day.

Kind regards,
Fiona Lee
Hallmark Home Furnishings""")

a("en", "block", "email;off_amazon_payment", "pay upgrade difference via PayPal to an email", """Hi Leo,

Good news, we do have the 2 m version of the cable in stock. Since you've already paid for the 1 m one, you only need to cover the $6 difference. Just send it via PayPal to billing@cablecrafters.net with your order number as the note, and we'll swap the item before dispatch.

Thanks!
Ana
CableCrafters""")

a("en", "block", "off_amazon_payment", "Zelle/Venmo refund without brand keyword 'PayPal'", """Hey Chloe,

So sorry about the missing second mug. To save you the whole return process, I can just Zelle you the $14 for it right now, or Venmo if that's easier. Reply with whichever you use and the name or handle it's under.

Thanks for being so understanding,
Nate
Clayworks Studio""")

a("en", "block", "placeholder", "unfilled mustache name slot", """Hi {{buyer_name}},

Thank you for reaching out about your order. We're sorry to hear the desk lamp arrived with a bent arm. We've arranged a free replacement, which will be dispatched within 24 hours, and you don't need to return the damaged one.

Please accept our apologies for the inconvenience.

Best regards,
Brightway Lighting""")

a("en", "block", "placeholder", "bracketed tracking slot left unfilled", """Hello Mrs. Cooper,

Thank you for your patience. Your parcel was handed to the carrier yesterday and is on its way to you. You can follow it with tracking number [TRACKING] on the carrier's page, and it should arrive within two to three working days.

Kind regards,
Jamie
Cosy Knits UK""")

a("en", "block", "placeholder", "angle-bracket order id slot", """Dear Mr. Ahmed,

We have received the returned coffee grinder and checked it today. Your refund for order <ORDER_ID> has now been processed to your original payment method. Depending on your bank, it can take 3 to 5 business days to show on your statement.

Thank you for shopping with us,
Grindhouse Essentials""")

a("en", "block", "placeholder", "printf %s slot mid-sentence", """Hi Jenny,

Sorry for the delay in getting back to you. I checked with our warehouse and your replacement bottle will ship on %s. I've asked them to double-box it this time so it doesn't leak again.

Thanks for bearing with us,
Marco
HydraPeak Bottles""")

a("en", "block", "placeholder", "XXX left for a number of days", """Hello Steven,

Thanks for your message. Unfortunately the navy version of the jacket is temporarily out of stock at our warehouse. We expect new stock in XXX days, and we'll ship your exchange as soon as it arrives. If you'd rather not wait, we can refund you instead, just let us know.

Best regards,
Alpine Outfitters""")

a("en", "block", "placeholder", "double-bracket answer slot from a template", """Dear Ms. Novak,

Thank you for your question about the stroller. [[answer]]

If you need anything else regarding this order, just reply to this message and we'll be happy to help.

Kind regards,
Little Steps Baby Co.
Customer Support Team""")

a("en", "block", "review_positive;placeholder", "template slot plus five-star request", """Hi {first_name},

Your new phone case should have arrived by now, and we hope you love it! Reviews mean the world to a small shop like ours, so if you could take a moment to give us 5 stars on Amazon, we'd be incredibly thankful.

Have a great day,
Caseology Crew""")

a("en", "block", "link;email;off_amazon_contact", "bracketed domain plus [at] email, both contact channels", """Hi Robert,

Thank you for your patience with the spare parts request. Our parts catalogue isn't on Amazon, but you can find the exact valve number on fixright[.]com/parts, then write to orders[at]fixright[dot]com with the part number and we'll ship it to you directly.

Best regards,
Paul
FixRight Plumbing Supplies""")

a("en", "block", "review_positive;marketing", "five-star ask plus new collection plug", """Hey Zoe,

Thanks so much for your order of the yoga mat! We hope your practice is feeling extra comfy. If you're loving it, we'd really appreciate a 5-star rating.

Also, our new autumn collection just dropped, with cork blocks and matching straps in the same forest green. Worth a look!

Namaste,
Ivy at FlowForm""")

a("en", "block", "link", "manual download link on own domain", """Dear Mr. Lindqvist,

Thank you for your question about the programming sequence for the KX-200 timer. The printed manual only covers the basic functions, so we've put the full version online. You can download it at dl.sparkhome.io/manuals/kx200.pdf, pages 14 to 16 explain the holiday mode step by step.

Kind regards,
Sparkhome Support""")

a("en", "block", "review_incentive", "explicit ordering: delete feedback first, then ship", """Hello Ms. Rivera,

We're sorry you were unhappy with the delivery time. We are prepared to send a second set of the wine glasses free of charge. To process this, we first need you to delete the negative feedback from your order page. As soon as it's gone, we'll ship the new set.

Regards,
Cellar & Co.""")

a("en", "block", "off_amazon_contact", "invite to phone call, number 'on the invoice', no digits in text", """Hi Dave,

I think we're going around in circles a bit over messages, and I'd much rather talk this through properly. Our office number is printed on the invoice that came in the box, so give us a call whenever suits you this week and ask for Sandra. We'll get the fitting issue sorted in five minutes.

Cheers,
Sandra
ProFit Fixings""")

a("en", "block", "email", "email address embedded in signature only", """Dear Ms. Turner,

Thank you for confirming your new delivery details. As the order has not shipped yet, the simplest solution is to cancel it and place a new order with the correct address; we have started the cancellation on our side and you will see the refund shortly.

Kind regards,
Martin Shaw
Operations Manager
martin.shaw@oakandiron.co.uk""")

a("en", "block", "off_amazon_payment", "cash/gift-card refund outside Amazon framed as convenient", """Hi Ryan,

Sorry about the wrong size. Since returns to us take ages, here's an easier option: keep the boots, and we'll send you a $25 prepaid Visa card by mail as a refund for the difference. Just confirm the address on the order is right and it'll go out tomorrow.

Thanks,
Logan
Rugged Step Footwear""")

a("en", "block", "link;marketing", "'shop' domain with spaces inside brand site plug", """Hi Emma,

The replacement tea infuser is on its way, sorry the first one had a bent mesh. If you fancy trying some of our loose-leaf blends with it, we've got a whole range on our own site, leafandlantern . com, including a few limited seasonal ones you won't find anywhere else.

Best wishes,
Clara, Leaf & Lantern""")
