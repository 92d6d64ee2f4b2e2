from en_block import a, D

a("en", "block", "review_incentive", "long message; refund offer and review ask separated by several sentences", """Dear Mrs. Abernathy,

Thank you for taking the time to explain everything in such detail, and please accept our sincere apologies. You're quite right that the coffee table should not have arrived with a split along the grain.

We would like to refund £45 of the purchase price, and you are of course welcome to keep the table.

We also read the review you left on Sunday. We would be grateful if you could revise it, and as soon as you confirm you have done so, we will send the refund.

With kind regards,
Edward Hale
Hale & Sons Woodcraft""")

a("en", "ok", "", "hard: long reply mentions review, coupon, phone and WhatsApp, all without breaking a rule", """Hello Mr. Gallagher,

I'm sorry the first pressure cooker had a faulty seal. A brand-new unit left our warehouse this morning free of charge; there is nothing you need to send back.

To answer your other questions: we can't take phone calls or continue on WhatsApp, because Amazon asks us to keep all buyer conversations in this message centre, but I'm happy to answer anything here. The small difference on your earlier refund came from the Amazon coupon you used at checkout, so it was correct. And thank you for the honest review you already wrote about the delay.

Best regards,
Siobhan
Kitchen Kinetics""")

a("de", "block", "email;off_amazon_contact", "long German reply; email hidden with [at] and [punkt] near the end", """Guten Tag Herr Schneider,

vielen Dank für Ihre ausführliche Beschreibung und die Fotos. Nach dem, was wir sehen, hat sich beim Transport eine Schraube am Standfuß gelöst, dadurch wackelt die Lampe. Das lässt sich mit einem Kreuzschlitzschraubendreher in zwei Minuten beheben: Lampe umdrehen, Filzgleiter abziehen und die mittlere Schraube festziehen.

Sollte das nicht helfen, schicken wir Ihnen selbstverständlich einen neuen Standfuß. Damit wir die Ersatzteilbestellung direkt mit unserem Lager abstimmen können, schreiben Sie uns in dem Fall bitte kurz an ersatzteile[at]lichtwerk-dresden[punkt]de, gern mit Ihrer Bestellnummer im Betreff.

Mit freundlichen Grüßen
Anja Meißner
Lichtwerk Dresden""")

a("es", "ok", "", "hard: long Spanish reply explaining address rule, postcode and order id", """Hola Patricia,

Gracias por escribirnos tan rápido. Entiendo que te has mudado y que el pedido 406-2291837-5520419 tiene todavía la dirección antigua, en la calle Mayor 12, 46001 Valencia. Amazon nos exige enviar únicamente a la dirección que figura en el pedido, así que no podemos cambiarla nosotros.

Como el paquete aún no ha salido del almacén, lo más sencillo es que canceles el pedido desde Mis pedidos y hagas uno nuevo con la dirección correcta. En cuanto lo recibamos lo preparamos el mismo día. Siento las molestias.

Un saludo,
Jorge
Bicicletas Turia""")
