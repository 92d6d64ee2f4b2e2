from en_block import a, D

a("en", "block", "phone;off_amazon_contact", "US number in parentheses as after-hours line, implicit call invite", """Hi Melissa,

Thanks for your patience while the replacement charger is on its way; it should arrive on Monday. For anything urgent in the meantime, our after-hours line is (646) 555-0187.

Sorry again that the first one stopped working so soon.

Best,
Curtis
ChargeRight Electronics""")

a("de", "block", "phone", "German phone in signature block, international format", """Sehr geehrte Frau Baumann,

vielen Dank für Ihre Rücksendung. Wir haben die Lampe heute erhalten und geprüft; die Erstattung über 59,90 € wurde soeben über Amazon veranlasst und sollte in wenigen Tagen auf Ihrem Konto sein.

Mit freundlichen Grüßen
Thomas Albrecht
Leuchtenhaus Albrecht GmbH
Tel.: +49 89 1234567""")

a("en", "ok", "", "hard: Telegram and Facebook named only to explain the rule; many digits", """Hi Alex,

Thanks for your patience. I know you suggested Telegram or Facebook Messenger, but we can only talk with buyers here in Amazon's messaging. Your replacement speaker (model SB-40, order 113-5528190-4471036) shipped today with USPS, tracking 9400 1000 0000 0000 0000 00, and should arrive by 9 December.

Regards,
Morgan
Echo Sound Gear""")
