from en_block import a, D

a("en", "ok", "", "hard: official cancellation path with '>' menu", """Hi Jessica,

Thanks for letting us know you ordered the wrong size by mistake. The order hasn't shipped yet, so the quickest way is to cancel it yourself: go to Your Account > Your Orders, select this order and choose "Request cancellation". We'll approve it as soon as the request comes through, and the refund goes back to your original payment method.

Best regards,
Hannah
Peak Apparel""")

a("en", "ok", "", "hard: WhatsApp named only to refuse it", """Hi Ahmed,

Thanks for offering to send the video over WhatsApp, that's kind of you. Unfortunately Amazon asks sellers to keep all communication with buyers inside the Amazon message centre, so we can't move the conversation there. You can attach the video or a few photos right here in this thread, and I'll look at them as soon as they arrive.

Kind regards,
Ruth
Brightside Appliances""")

a("en", "ok", "", "hard: PayPal refund request refused, Amazon refund instead", """Dear Mr. Johansson,

I understand you'd like the refund to go to your PayPal account, as your card has expired. Unfortunately we can't send payments outside Amazon. The refund of $31.50 has been issued through Amazon today and goes back to the original payment method; if the card is closed, your bank will normally redirect it to your account.

Kind regards,
Lisa
Nordic Nest Homeware""")

a("en", "ok", "", "hard: Amazon coupon explains smaller refund", """Hi Patrick,

I can see why the refund looked low. When you placed the order, a 10% Amazon coupon was applied at checkout, so you actually paid $26.99 rather than the list price of $29.99. Amazon refunds the amount that was charged, which is why you received $26.99. Nothing is missing from your refund.

Regards,
Sunil
Evergreen Kitchen Supply""")

a("en", "ok", "", "hard: neutral optional feedback update after resolution", """Hello Ms. Gardner,

I'm glad to hear the replacement kettle arrived and works as it should. Thank you for giving us the chance to put things right. You left feedback on the first delivery; if you feel it no longer reflects your experience, you're welcome to update it, but there's absolutely no obligation.

All the best,
Tomasz
Kitchen Harbour""")

a("en", "ok", "", "hard: thanks for review already left, no ask", """Hi Marie,

I just wanted to say thank you for the review you wrote about the wool blanket last week. It was lovely to read how much your daughter likes it, and the tip about washing it on the wool cycle will help other buyers too.

Warmly,
Isla
Highland Looms""")

a("en", "ok", "", "hard: honest 'positive or negative' review invitation", """Hi Greg,

Thanks for your patience while we sorted out the missing remote. It should be with you by Friday. Once you've had a chance to use the fan for a while, you're welcome to leave a review, positive or negative. Honest feedback helps other buyers and helps us improve our products.

Regards,
Amelia
CoolBreeze Appliances""")

a("en", "ok", "", "hard: free replacement, 'review' word mentioned neutrally, nothing tied", """Dear Mr. Osei,

I'm really sorry the mirror arrived cracked. We've sent a free replacement this morning, and there's no need to return the broken one; please dispose of it carefully. You don't need to do anything else, and this doesn't affect anything you may have written about the order.

Sincerely,
Naomi
Reflect Home Decor""")

a("en", "ok", "", "hard: UPS tracking and 3-7-7 order id look like phone numbers", """Hi Victoria,

Your order 114-7863528-5212210 left our warehouse this morning with UPS. The tracking number is 1Z 999 AA1 01 2345 6784, and you can also follow the parcel under Your Orders > Track package. The estimated delivery date is Tuesday, 15 December.

Thanks for your patience,
Leon
Harbor Outdoor Co.""")

a("en", "ok", "", "hard: product title with square brackets and parentheses", """Hello Ms. Price,

Thank you for your message about the "Ceramic Plant Pots [Set of 3] (White, 12/15/18 cm)". The drainage holes are pre-drilled and each pot comes with a removable bamboo saucer. The largest pot holds about 2.5 litres of soil, so it suits most small herbs and succulents.

Kind regards,
Abigail
Verde Living""")

a("en", "ok", "", "hard: phone call request declined", """Hi Frank,

Thank you for the message, and I understand a call would feel quicker. We aren't able to phone buyers, as Amazon asks us to handle everything through this messaging service, which also keeps a record that protects you. If you tell me which step of the assembly you're on, I'll explain it here in as much detail as you need.

Best wishes,
Kate
Homestead Furniture""")

a("en", "ok", "", "standard: address change on unshipped order, cancel and reorder", """Hi Luis,

Thanks for letting us know you've moved. Amazon requires us to ship only to the address on the order, so we can't change it on our side. As the parcel hasn't been dispatched yet, please cancel this order and place a new one with your new address. We'll ship the new order within a day.

Regards,
Daria
Urban Cycle Parts""")

a("en", "ok", "", "standard: damaged item, photos requested in-thread", """Dear Mrs. Holt,

I'm so sorry the teapot arrived broken. It was most likely damaged in transit, even though we pack them in double boxes. Could you attach a photo of the teapot and the box here in this thread? It helps us work out what went wrong with the packaging. Then let me know whether you'd prefer a replacement or a full refund.

Kind regards,
Wei
Porcelain Path""")

a("en", "ok", "", "standard: FBA shipping inquiry routed to Amazon", """Hi Brandon,

Thanks for checking in. This order is fulfilled by Amazon, so Amazon's own team handles the delivery and can see the latest carrier updates. You can find the tracking under Your Orders > Track package, and Amazon customer service can open an investigation if the parcel is late.

Sorry for the wait,
Felix
Alpine Trail Gear""")

a("en", "ok", "", "refund status with amount and date (digits)", """Dear Ms. Andersen,

Your refund of €54.20 was issued on 2 December through Amazon to your original payment method. Card refunds normally take 3 to 5 business days to appear, and occasionally up to 10 with some banks. If you still can't see it after that, your bank can trace it using the refund date.

Kind regards,
Jonas
Scandi Sleep""")

a("en", "ok", "", "standard: return unwanted, offer partial refund to keep", """Hello Mr. Richter,

Thank you for letting us know the rucksack isn't quite what you need. You're welcome to return it within 30 days through Your Orders. Alternatively, if it's useful to you at all, you could keep it and we'd refund 40% of the price, which saves you the trip to the post office. Just let us know which you prefer.

Best,
Anja
Wayfarer Packs""")

a("en", "ok", "", "hard: model number and EAN strings resemble phone numbers", """Hi Simon,

The blender you bought is model HB-2210, EAN 4006381333931. The replacement jug with the part number HB-2210-J01 fits it exactly; the older HB-2000 jug will not lock into place. I've checked the order and we can send the correct jug free of charge, as the first one was cracked on arrival.

Regards,
Yusuf
BlendPro Parts""")

a("en", "ok", "", "hard: UK postcode and house number in address confirmation", """Dear Mr. Whitfield,

Thank you for checking. The address on your order is 14 Orchard Lane, Bristol BS8 4QP, which matches what you sent us, so there is nothing to change. The parcel will go out tomorrow with Royal Mail Tracked 24.

Kind regards,
Agnes
Cotswold Candle Co.""")

a("en", "ok", "", "hard: buyer asked for seller email, refused", """Hi Natalie,

You asked for our email address so you could send the receipts. Amazon doesn't allow us to share personal email addresses or move conversations outside this message centre, but you can attach PDFs and photos directly to your reply here. We'll see them straight away and check the warranty for you.

Thanks,
Ibrahim
Tech Haven Electronics""")

a("en", "ok", "", "hard: date and long order id, digits only", """Hello Mrs. Lopez,

I've checked order 205-3391842-7719364 from 28/11/2026. The package was delivered on 02/12/2026 at 14:37 and signed for at the front door. If you can't find it, please check with neighbours first, and then let us know and we'll help you open a claim.

Best regards,
Giorgio
Mediterraneo Kitchen""")

a("en", "ok", "", "hard: negative feedback acknowledged, refund offered, no ask", """Dear Mr. Chen,

We saw your feedback about the delayed delivery and want to apologise. You're right that the parcel took eleven days instead of five. We've refunded the shipping cost of $7.99 today. We're also reviewing our courier for your area so this doesn't happen to other customers.

Sincerely,
Helena
BrightPath Stationery""")

a("en", "ok", "", "hard: Venmo offered by buyer, declined", """Hi Tyler,

Thanks for the quick reply. I know Venmo would be faster, but we can only issue refunds through Amazon, so that it's tracked against your order and you stay covered by the A-to-z Guarantee. I've just refunded the $18 for the missing set of pegs, and it should reach your card within a few days.

Cheers,
Owen
Basecamp Tents""")

a("en", "ok", "", "hard: Instagram message mentioned only to redirect back here", """Hi Rebecca,

We also spotted your message on Instagram, thank you for reaching out there too. To keep everything about your order in one place and protected by Amazon, we'll handle it here. I've checked, and the replacement earrings are packed and will ship today with tracked delivery.

Kind regards,
Poppy
Silver Fern Jewellery""")

a("en", "ok", "", "hard: Amazon bundle promotion explains proportional refund", """Hello Mr. Davies,

Thanks for returning one of the two lamps. At checkout, the Amazon promotion "Save 15% when you buy 2" applied to your order, so the discount was shared across both lamps. Amazon therefore refunds the discounted price of one lamp, £33.15, rather than the full £39.00. The remaining lamp keeps its discounted price.

Regards,
Rhys
Lantern Lane""")

a("en", "ok", "", "hard: warranty explained, not tied to anything", """Hi Anita,

Your air purifier comes with a two-year warranty from the date of delivery. If the fan makes that grinding noise again, just reply in this thread with a short video and your order number, and we'll send a replacement motor unit or a new purifier, whichever is quicker. You don't need to register the product anywhere.

Best regards,
Carl
ClearAir Home""")

a("en", "ok", "", "standard: missing parts shipped free", """Dear Ms. Patterson,

I'm sorry the bag of fittings was missing from your bookcase. We've posted a complete set of screws, cam locks and shelf pins to the address on your order today. They should arrive in 2 to 3 working days. You don't need to send anything back.

Apologies for the inconvenience,
Ian
Birchwood Furniture""")

a("en", "ok", "", "standard: wrong colour, return or refund offered", """Hi Sophie,

So sorry, you're right, we sent the grey cushion covers instead of the mustard ones. You can return them free of charge through Your Orders, and we'll either send the mustard set or refund you in full, whichever you prefer. Just let me know here.

Best,
Nora
Hearth & Hue""")

a("en", "ok", "", "standard: shipped order cannot be cancelled, refuse delivery", """Hello Mr. Baker,

Thank you for your cancellation request. Unfortunately the order had already left our warehouse before your message arrived, so we can no longer stop it. If you don't want the item, you can simply refuse the delivery when the courier arrives. Once the parcel comes back to us, we'll refund you in full.

Kind regards,
Elena
Vintage Vinyl Supplies""")

a("en", "ok", "", "hard: numbered reset steps with durations and codes", """Hi Mohammed,

Sorry the robot vacuum won't connect. Please try this reset: 1) switch it off at the side switch, 2) hold the Home button for 10 seconds until the light blinks blue, 3) switch it back on and re-add it in the app. Error code 0x14 usually clears after that. If it doesn't, let me know and we'll arrange a replacement.

Regards,
Jun
SmartSweep""")

a("en", "ok", "", "hard: Amazon.co.uk named as the only store", """Dear Mrs. Fletcher,

Thank you for asking. We don't have a separate website or high-street shop; we sell only through Amazon.co.uk, so this listing is the right place for future orders. The refill pads for your mop are sold as a separate listing under the same product name, with "Refill" in the title.

Kind regards,
Gwen
Spotless Home""")

a("en", "ok", "", "standard: return received, refund confirmation with items, amount and date", """Hi Karim,

We received your returned items on 3 December: one pair of running shoes, size 44. A full refund of €79.95 was issued on 4 December to your original payment method. Your bank should show it within a few business days.

Thank you,
Petra
StrideLab""")

a("en", "ok", "", "hard: bank transfer/IBAN named only to refuse", """Dear Mr. Moreau,

Thank you for sending your IBAN, but please don't share bank details in messages; we aren't able to pay refunds by bank transfer. Your refund has been issued through Amazon instead and will go back to the card you used for the order. I've asked Amazon to remove the message with your bank details for your safety.

Kind regards,
Ines
Maison Linen""")
