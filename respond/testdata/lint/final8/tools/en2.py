E = []
def a(rules, note, text): E.append(("en", rules, note, text.strip("\n")))

a("email;off_amazon_contact", "fully spelled 'dot ... at ... dot com' e-mail", """
Hi Colin,

Sorry the laser level arrived without its carry case. I'm out of the office this week but I can still sort it, just email me directly on mark dot harris dot tools at gmail dot com with your order number and I'll have a case posted Monday.

Cheers,
Mark
Harris Precision Tools
""")

a("off_amazon_contact", "website contact form, no URL", """
Dear Mrs Bennett,

Thank you for your question about engraving the photo frame. Personalisation requests are handled by our design team, so please fill in the contact form on our website with the wording you'd like, and a designer will reply with a proof within one working day.

Kind regards,
Memento Gifts
""")

a("review_incentive", "gift card in parcel, P.S. about taking 2-star down", """
Hi Priyanka,

We've re-sent the correct charger cable today, and we've popped a £10 gift card in the parcel to say sorry for the mix-up.

P.S. Once it arrives and everything's working, it would be great if that 2-star could come down. Thanks so much!

Best,
Jamie
CableCorner
""")

a("off_amazon_payment", "Zelle refund offer", """
Hi Mrs. Thompson,

So sorry the second set of curtain rings was missing. Rather than waiting on a return through Amazon, I'm happy to send you $9.50 via Zelle today. Just reply with the name your Zelle account is registered under and it'll be there within the hour.

Warmly,
Diane
Drape & Co.
""")

a("placeholder", "double square bracket [[answer]] slot", """
Hello Mr Kowalski,

Thank you for your question about the garden hose reel. [[answer]]

If you have any further questions before ordering, please don't hesitate to ask here and we'll be glad to help.

Kind regards,
GreenThumb Supplies
""")

a("marketing", "bundle/cross-sell with no coupon keyword", """
Hi Liam,

The dog bed was sent out today with tracked delivery, so it should be with you by Wednesday.

Since you mentioned you have two dogs, worth knowing we do the same bed as a pair, and it works out a fair bit cheaper than buying two singles. Plus the matching blankets are back in stock too.

Cheers,
Rosie
Snooze Hound
""")

a("", "HARD-OK: Venmo named only to refuse", """
Hi Jasmine,

I totally get that Venmo would be faster, but we can only issue refunds through Amazon for Amazon orders. I've just processed the $14.00 refund for the missing bracket, it'll go back to the card you used and usually shows up in 3 to 5 business days.

Thanks for understanding,
Carlos
MountRight
""")

a("", "HARD-OK: ISBN and edition in brackets, date", """
Dear Professor Adeyemi,

The copy we sent is the 3rd edition (Hardcover, 2019), ISBN 978-0-306-40615-7, as shown on the listing. I understand you needed the 4th edition for your course. You can return it from your orders within 30 days, and since the edition wasn't clear on the page, return postage is on us.

Kind regards,
Quayside Books
""")

a("", "HARD-OK: replacement after negative review, explicitly untied", """
Hi Howard,

I've read your review about the shelf bracket snapping, and you're right to be annoyed. A replacement set with reinforced steel brackets went out this morning at no cost. This isn't connected to your review in any way, you should simply have received a working product.

Regards,
Neil
ShelfSmart
""")

a("", "plain: wrong colour received", """
Hi Megan,

Sorry about that, you ordered the navy rain jacket and we sent the black one. We'll send the navy one today. For the black one, you can either return it with the free label from your orders page or keep it, whichever is easier for you.

Apologies again,
Tess
Puddle & Peak
""")

a("", "HARD-OK: IBAN named only to refuse bank transfer", """
Dear Mr de Vries,

Thank you for sending your IBAN, but please don't share bank details here. We aren't able to pay refunds by bank transfer; for Amazon orders the refund always goes back through Amazon to your original payment method. I've issued the €21.90 refund today.

Kind regards,
Annelies
Tulip Home Textiles
""")
