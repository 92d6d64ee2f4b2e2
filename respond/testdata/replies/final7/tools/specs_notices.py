from common import O, E, S
SPECS = [
S("en", "com", "Jennifer", "Stainless Steel Mixing Bowls, Set of 5", """
Hello,

Amazon customer Jennifer has sent you a cancellation request for the order below. Please cancel this order in Seller Central if it has not shipped yet.

Reason: Bought by mistake

Buyer Cancellation Request for Order ID: {oid}

Thank you,
Amazon Services
""", O("unshipped", "fbm", 28.99, purch=0, latest=5),
 E("official cancellation request notice, unshipped FBM: cancel in Seller Central and confirm", offers=["cancel"], fo=["cancel_via_amazon"], fr=["reason"], tasks=["cancel_order"]), kind="cancel_notice"),

S("en", "co.uk", "Craig", "Pull-Up Bar for Doorway", """
Hello,

Amazon customer Craig has sent you a cancellation request for the order below.

Reason: Found a better price

Buyer Cancellation Request for Order ID: {oid}

Please note: Cancel order is only available for unshipped orders.
Amazon Services Europe
""", O("shipped", "fbm", 32.99, ship=-1, carrier="Royal Mail", trk="JD014600077GB", purch=-2, latest=2),
 E("official cancellation request but the order already shipped: cannot cancel; explain and ask if they would accept it or refuse delivery", req=["keep_item"], fo=["cancel"], fr=["reason"]), kind="cancel_notice"),

S("es", "es", "Beatriz", "Cojín lumbar viscoelástico", """
Hola,

El cliente de Amazon Beatriz ha enviado una solicitud de cancelación para el siguiente pedido.

Motivo: Ya no lo necesito

Buyer Cancellation Request for Order ID: {oid}

Gracias,
Amazon Services Europe
""", O("unshipped", "fbm", 23.50, purch=0, latest=4),
 E("solicitud oficial de cancelación, sin enviar: cancelar en Seller Central y confirmar al cliente", offers=["cancel"], fo=["cancel_via_amazon"], fr=["reason"], tasks=["cancel_order"]), kind="cancel_notice",
 subject="Solicitud de cancelación de pedido del cliente de Amazon {n} (Pedido: {o})"),

S("de", "de", "Thomas", "Duschkopf mit Filter, 3 Strahlarten", """
Hallo,

der Amazon-Kunde Thomas hat eine Stornierungsanfrage für die folgende Bestellung gesendet.

Grund: Versehentlich bestellt

Buyer Cancellation Request for Order ID: {oid}

Vielen Dank
Amazon Services Europe
""", O("unshipped", "fbm", 18.99, purch=0, latest=4),
 E("offizielle Stornierungsanfrage, nicht versendet: in Seller Central stornieren und bestätigen", offers=["cancel"], fo=["cancel_via_amazon"], fr=["reason"], tasks=["cancel_order"]), kind="cancel_notice",
 subject="Stornierungsanfrage von Amazon-Kunde {n} (Bestellung: {o})"),

S("en", "com", "", "Cordless Electric Wine Opener", """
Dear Seller,

A return has been authorized for the following order. The buyer has been provided with a prepaid return label.

Order ID: # {oid}

Order Item     ASIN        SKU          Return Quantity   Return Reason      Customer's Comment
Cordless Electric Wine Opener   {asin}   WO-BLK-01   1   No longer needed   got one as a gift

You don't need to take any action at this time. Please issue a refund within two business days after you receive the return.

Sincerely,
Amazon Services
""", O("delivered", "fbm", 24.99, ship=-10, deliv=-6, carrier="USPS", trk="9400111899221313131313", purch=-11),
 E("return authorization notice (No longer needed): no reply, wait for the return", draft=False),
 kind="notice", sender='"Amazon" <order-update@amazon.com>', subject="Return authorization request for order # {o}"),

S("en", "co.uk", "", "Cordless Hair Straightener", """
Dear Seller,

Your customer has requested a return authorisation for the following order. This return has been automatically authorised according to your return settings.

Order ID: # {oid}

Order Item   ASIN   SKU   Return Quantity   Return Reason   Customer's Comment
Cordless Hair Straightener   {asin}   HS-CRD-UK   1   Item defective or doesn't work   Won't heat past 120 degrees

Sincerely,
Amazon Services Europe
""", O("delivered", "fbm", 39.99, ship=-14, deliv=-11, carrier="DPD", trk="15501234588888", purch=-15),
 E("return authorisation notice (defective): no reply, the return is authorised by Amazon", draft=False),
 kind="notice", sender='"Amazon" <order-update@amazon.co.uk>', subject="Return authorisation notification for order {o}"),

S("de", "de", "", "Wasserkocher Glas 1,7 L", """
Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,

für die folgende Bestellung wurde eine Rücksendung genehmigt.

Bestellnummer: # {oid}

Bestellter Artikel   ASIN   SKU   Rücksendemenge   Rücksendegrund   Kommentar des Kunden
Wasserkocher Glas 1,7 L   {asin}   WK-GL-17   1   Artikel beschädigt, Versandkarton jedoch OK   Deckel gesprungen

Bitte erstatten Sie den Betrag innerhalb von zwei Werktagen nach Erhalt der Rücksendung.

Mit freundlichen Grüßen
Amazon Services Europe
""", O("delivered", "fbm", 34.90, ship=-9, deliv=-6, carrier="DHL", trk="00340434166666777788", purch=-10),
 E("Rücksendegenehmigung (beschädigt): keine Antwort an den Käufer nötig", draft=False),
 kind="notice", sender='"Amazon" <order-update@amazon.de>', subject="Rücksendegenehmigung für Bestellung {o}"),

S("en", "com", "", "Ergonomic Footrest Under Desk", """
Dear Seller,

The return for the following order has been delivered to your return address.

Order ID: {oid}
Item: Ergonomic Footrest Under Desk
Quantity: 1
Return reason: Inaccurate website description
Carrier: UPS  Tracking: 1Z999AA10199887766
Delivered: today

Please inspect the item and issue the refund within two business days of receipt. If you do not, Amazon may issue the refund on your behalf and charge your account.

Sincerely,
Amazon Services
""", O("returned", "fbm", 44.99, ship=-25, deliv=-21, carrier="UPS", trk="1Z999AA10123455555", purch=-26, ret="true"),
 E("FBM return delivered back, no refund on record: inspect the item and refund within two business days; no reply", draft=False, tasks=["inspect_return", "refund"]),
 kind="notice", sender='"Amazon" <order-update@amazon.com>', subject="Return delivered for order {o}"),

S("it", "it", "", "Lampada da tavolo LED", """
Gentile venditore,

il reso relativo al seguente ordine è stato consegnato al tuo indirizzo di reso.

Numero ordine: {oid}
Articolo: Lampada da tavolo LED
Quantità: 1
Motivo del reso: Non più necessario

Ti ricordiamo di emettere il rimborso entro due giorni lavorativi dalla ricezione del reso.

Cordiali saluti,
Amazon Services Europe
""", O("returned", "fbm", 31.90, ship=-22, deliv=-18, carrier="BRT", trk="BRT9999900000", purch=-23, ret="true"),
 E("reso FBM consegnato, nessun rimborso registrato: ispezionare e rimborsare entro due giorni lavorativi; nessuna risposta", draft=False, tasks=["inspect_return", "refund"]),
 kind="notice", sender='"Amazon" <order-update@amazon.it>', subject="Reso consegnato per l'ordine {o}"),

S("fr", "fr", "", "Mixeur plongeant 1000W", """
Bonjour,

Un retour client a été reçu dans notre centre de distribution pour la commande suivante.

N° de commande : {oid}
Article : Mixeur plongeant 1000W
Quantité : 1
Motif du retour : Article défectueux ou ne fonctionne pas
État de l'article : Endommagé par le client / invendable

Vous pouvez demander le retrait ou la destruction des stocks invendables dans Seller Central.

Cordialement,
Expédié par Amazon
""", O("returned", "fba", 49.99, ship=-20, deliv=-18, carrier="AMZL", trk="FR3456799999", ref=49.99, refd=-3, purch=-21, ret="true"),
 E("retour FBA reçu, invendable, remboursement déjà fait par Amazon : tâche d'inspection (retrait ou destruction), pas de réponse", draft=False, tasks=["inspect_return"]),
 kind="notice", sender='"Amazon" <fba-noreply@amazon.fr>', subject="Retour reçu pour la commande {o}"),

S("en", "com", "", "Bamboo Cutting Board Set", """
Dear Seller,

This is to confirm that a refund has been initiated for the order below.

Order ID: {oid}
Item: Bamboo Cutting Board Set
Refund amount: USD 26.99
Reason: Customer return

The refund will be debited from your account.

Sincerely,
Amazon Services
""", O("returned", "fbm", 26.99, ship=-24, deliv=-20, carrier="USPS", trk="9400111899221414141414", ref=26.99, refd=0, purch=-25, ret="true"),
 E("refund initiated notice: nothing to reply, nothing to do", draft=False),
 kind="notice", sender='"Amazon" <do-not-reply@amazon.com>', subject="Refund initiated for order {o}"),

S("en", "com", "", "Reusable Silicone Food Bags, 8 Pack", """
Dear Seller,

You have received new feedback for the following order.

Order ID: {oid}
Rating: 1 out of 5
Comments: "Two of the bags leak at the zipper. Would not buy again."
Date: today

You can respond to this feedback from the Feedback Manager page in Seller Central.

Sincerely,
Amazon Services
""", O("delivered", "fbm", 21.99, ship=-12, deliv=-8, carrier="USPS", trk="9400111899221515151515", purch=-13),
 E("negative feedback alert: find the buyer and reach out (seller task), no reply to the notice", draft=False, tasks=["contact_buyer"]),
 kind="notice", sender='"Amazon Seller Notifications" <seller-notification@amazon.com>', subject="Negative feedback received for order {o}"),

S("ja", "co.jp", "", "保冷 ランチバッグ", """
出品者様

以下の注文に新しい評価が投稿されました。

注文番号: {oid}
評価: 2（5段階中）
コメント: 「届くのが遅く、ファスナーも最初から壊れていました。」

セラーセントラルの評価マネージャーから評価に返信できます。

Amazon.co.jp
""", O("delivered", "fbm", 1680, ship=-10, deliv=-5, carrier="日本郵便", trk="1234-6666-7777", purch=-12),
 E("低評価の通知：購入者を特定して連絡する（出品者タスク）、通知への返信なし", draft=False, tasks=["contact_buyer"]),
 kind="notice", sender='"Amazon.co.jp" <seller-notification@amazon.co.jp>', subject="注文番号 {o} に低い評価が投稿されました"),

S("en", "com", "", "Outdoor Security Camera, 2K", """
Dear Seller,

The buyer has filed an A-to-z Guarantee claim for the order below.

Order ID: {oid}
Claim reason: Item not received
Claim amount: USD 74.99
Buyer comment: Tracking says delivered but nothing was left at my door. I checked with neighbours.

Please respond to this claim within 72 hours from the Manage A-to-z Guarantee Claims page in Seller Central. If you do not respond, Amazon may decide the claim in the buyer's favor.

Sincerely,
Amazon Services
""", O("delivered", "fbm", 74.99, ship=-9, deliv=-4, carrier="UPS", trk="1Z999AA10123456666", purch=-10),
 E("A-to-z claim notice: urgent seller task to respond to the claim; no buyer reply drafted from the notice", draft=False, tasks=["respond_claim"]),
 kind="notice", sender='"Amazon A-to-z Guarantee" <atoz-guarantee-no-reply@amazon.com>', subject="A-to-z Guarantee Claim for Order {o}"),

S("en", "com", "Gary", "Magnetic Phone Car Mount", """
Thank you for your message. I am out of the office until Monday with limited access to email. I will respond when I return.
""", O("delivered", "fbm", 13.99, ship=-6, deliv=-3, carrier="USPS", trk="9400111899221616161616", purch=-7),
 E("buyer's auto-reply (out of office): no response needed", draft=False), subject="RE: Your order (Order: {o})"),
]
