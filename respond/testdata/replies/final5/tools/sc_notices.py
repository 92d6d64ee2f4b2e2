# Amazon system notices and official cancellation requests
RA_EN = """Dear Seller,

{n} has requested a return authorization for the following item(s) in order # {o}.

Order Item      ASIN        SKU          Return Quantity  Return Reason                    Customer's Comment
{p}   {asin}  NB-%s   1                %s   %s

The return was authorized automatically under Amazon's return policy. You do not need to take any action to authorize this return.

Sincerely,
Amazon Services
"""
def ra(lang, name, prod, reason, comment, e, order, date, tld="com", sender="order-update@amazon.com", subj="Return authorization request for order # {o}", body=None):
    add(lang, name, prod, "", e, order=order, date=date, tld=tld, kind="notice", sender='"Amazon" <%s>' % sender,
        subject=subj, notice_body=body or (RA_EN % ("%04d" % (len(reason) * 37), reason, comment)))

ra("en", "Stacy", "Bamboo Cutting Board Set", "No longer needed", "",
   X("return authorization notice, reason 'No longer needed': no reply, nothing to do until it comes back", draft=False),
   O("delivered", "fbm", 27.99, p=-14, s=-12, d=-9, carrier="USPS", trk="9400111899560000123456"), "2026-02-09 04:12")
ra("en", "Victor", "Wireless Charging Pad 15W", "Item defective or doesn't work", "stops charging after a minute, gets very hot",
   X("return authorization notice, reason defective (dissatisfied): structured notice, no reply to buyer", draft=False),
   O("delivered", "fbm", 19.99, p=-11, s=-9, d=-6, carrier="USPS", trk="9400111899560000654321"), "2026-04-19 02:40")
ra("en", "Olivia", "Women's Rain Jacket Packable", "Wrong size: too large/long", "sleeves way too long",
   X("return authorisation notice (UK spelling), wrong size: no reply", draft=False),
   O("delivered", "fbm", 39.99, p=-12, s=-10, d=-7, carrier="Royal Mail", trk="RM556677889GB"), "2025-11-24 05:05", tld="co.uk",
   sender="order-update@amazon.co.uk", subj="Return authorisation request for order # {o}")
add("en", "Amazon", "Insulated Water Bottle 32oz", "", X("return received notice, FBM, no refund yet: inspect the return and refund within two business days; no reply", draft=False, t="inspect_return refund"),
    order=O("returned", "fbm", 24.95, p=-25, s=-23, d=-20, carrier="USPS", trk="9400111899560000777777", rr="yes"), date="2026-03-04 07:15",
    kind="notice", sender='"Amazon" <order-update@amazon.com>', subject="Return delivered for order # {o}",
    notice_body="""Hello,

The return for the following order has been delivered to your return address.

Order ID: {o}
Item: {p}
ASIN: {asin}
Return Quantity: 1
Return Reason: Performance or quality not adequate
Delivered: today

Please inspect the item and issue a refund within two business days of receiving the return.

Amazon Services""")
add("en", "Amazon", "Pet Grooming Brush Self Cleaning", "", X("refund initiated notice for an already-refunded order: nothing to answer", draft=False),
    order=O("returned", "fbm", 16.99, p=-28, s=-26, d=-22, carrier="USPS", trk="9400111899560000888888", ra="16.99", rd=0, rr="yes"), date="2026-06-15 10:00",
    kind="notice", sender='"Amazon Payments" <do-not-reply@amazon.com>', subject="Refund initiated for order {o}",
    notice_body="""Hello,

We have initiated a refund for the following order.

Order ID: {o}
Item: {p}
Refund amount: USD 16.99
Reason: Customer return

The refund will appear in your next settlement report.

Amazon Seller Services""")
add("en", "Amazon", "Slow Feeder Dog Bowl", "", X("A-to-z Guarantee claim notice: urgent, needs human; respond to the claim; no buyer draft", draft=False, t="respond_claim"),
    order=O("shipped", "fbm", 21.99, p=-30, s=-27, carrier="USPS", trk="9400111899560000999999", ld=-14), date="2026-01-20 03:33",
    kind="notice", sender='"Amazon A-to-z Guarantee" <atoz-guarantee-no-reply@amazon.com>', subject="A-to-z Guarantee Claim for Order {o}",
    notice_body="""Dear Seller,

The buyer has filed an A-to-z Guarantee claim for order {o}.

Claim reason: Item not received
Claim amount: USD 21.99
Buyer comments: "Never received this, tracking stopped 3 weeks ago."

Please respond to this claim in Seller Central within 72 hours. If you do not respond, the claim may be decided in the buyer's favour.

Amazon Services""")
add("en", "Amazon", "Ergonomic Office Chair Mesh", "", X("negative feedback alert (2 stars): find the buyer and reach out; no direct reply to the notice", draft=False, t="contact_buyer"),
    order=O("delivered", "fbm", 149.00, p=-20, s=-17, d=-12, carrier="FedEx", trk="773829102938"), date="2026-08-04 11:11",
    kind="notice", sender='"Amazon Seller Performance" <seller-performance@amazon.com>', subject="Negative feedback received for order {o}",
    notice_body="""Hello,

A buyer has left feedback for order {o}.

Rating: 2 out of 5
Comments: "Chair arrived with a cracked armrest and seller never replied to my message."
Item: {p}

You can respond publicly to this feedback in Seller Central > Performance > Feedback.

Amazon Services""")
add("en", "Amazon", "Aluminum Camping Table Folding", "", X("A-to-z claim on a delivered FBM order: respond to the claim", draft=False, t="respond_claim"),
    order=O("delivered", "fbm", 54.99, p=-22, s=-20, d=-16, carrier="UPS", trk="1Z99AA0100200300"), date="2026-09-14 16:16",
    kind="notice", sender='"Amazon" <seller-guarantee@amazon.com>', subject="Action required: Claim received on order {o}",
    notice_body="""Dear Seller,

We received an A-to-z Guarantee claim from a buyer on order {o}.

Reason: Item materially different from description
Buyer's comment: table legs don't lock, it collapsed with a plate on it

Please provide your response in the A-to-z Guarantee Claims section of Seller Central.

Amazon""")
# official cancellation requests (relayed from the buyer alias)
CR = """Hello,

{n} has sent a cancellation request for the order below. Please review the request. If the order has not shipped yet, you can cancel it in Seller Central.

Reason for cancellation: %s

Buyer Cancellation Request for Order ID:
{o}

Item: {p}

Thank you,
Amazon Services"""
add("en", "Derrick", "Resistance Bands Set 5 Pack", "", X("official cancellation request, unshipped FBM: cancel in Seller Central and confirm", o="cancel", fo="cancel_via_amazon", fr="reason", t="cancel_order"),
    order=O("unshipped", "fbm", 18.99, p=0, ld=6), date="2026-02-22 09:58", kind="cancelreq",
    subject="Order cancellation request from Amazon customer {n} (Order: {o})", notice_body=CR % "Order created by mistake")
add("en", "Wendy", "Air Fryer 5.8QT", "", X("official cancellation request but order already shipped FBM: cannot cancel; explain, ask whether she'd keep it or refuse delivery", r="keep_item", fo="cancel", fr="reason"),
    order=O("shipped", "fbm", 99.99, p=-2, s=-1, carrier="UPS", trk="1Z55AA0999888777", ld=3), date="2026-10-06 14:45", kind="cancelreq",
    subject="Order cancellation request from Amazon customer {n} (Order: {o})", notice_body=CR % "Found a better price")
add("es", "Lucía", "Funda para portátil 15,6 pulgadas", "", X("solicitud oficial de cancelación (pedido sin enviar, FBM): cancelar en Seller Central y confirmar en español", o="cancel", fo="cancel_via_amazon", fr="reason", t="cancel_order"),
    order=O("unshipped", "fbm", 21.90, p=0, ld=5), date="2026-04-23 20:20", kind="cancelreq", tld="es",
    subject="Solicitud de cancelación de pedido del cliente de Amazon {n} (Pedido: {o})",
    notice_body="""Hola:

{n} ha enviado una solicitud de cancelación para el pedido siguiente. Si el pedido aún no se ha enviado, puedes cancelarlo en Seller Central.

Motivo de la cancelación: Ya no lo necesito

Buyer Cancellation Request for Order ID:
{o}

Artículo: {p}

Gracias,
Amazon Services""")
# localized notices
ra("de", "Jürgen", "Edelstahl Thermoskanne 1L", "Nicht mehr benötigt", "",
   X("Rücksendegenehmigung, Grund 'Nicht mehr benötigt': keine Antwort", draft=False),
   O("delivered", "fbm", 25.90, p=-13, s=-11, d=-8, carrier="DHL", trk="00340434161234567890"), "2026-05-08 06:30", tld="de",
   sender="order-update@amazon.de", subj="Rücksendegenehmigung angefordert für Bestellung # {o}",
   body="""Sehr geehrter Verkäufer,

{n} hat eine Rücksendung für folgende Artikel der Bestellung # {o} angefordert.

Bestellartikel: {p}
ASIN: {asin}
Rücksendemenge: 1
Rücksendegrund: Nicht mehr benötigt
Kommentar des Kunden: Geschenk doppelt bekommen

Die Rücksendung wurde gemäß den Amazon-Rücksendebedingungen automatisch genehmigt.

Amazon Services""")
add("de", "Amazon", "Kinder Fahrradhelm Größe S", "", X("Rücksendung eingegangen (FBM), noch keine Erstattung: Ware prüfen und erstatten; keine Antwort", draft=False, t="inspect_return refund"),
    order=O("returned", "fbm", 34.99, p=-24, s=-22, d=-19, carrier="DHL", trk="00340434169876543210", rr="yes"), date="2026-06-24 08:08", tld="de",
    kind="notice", sender='"Amazon" <order-update@amazon.de>', subject="Rücksendung zugestellt für Bestellung # {o}",
    notice_body="""Hallo,

die Rücksendung zur folgenden Bestellung wurde an Ihre Rücksendeadresse zugestellt.

Bestellnummer: {o}
Artikel: {p}
Rücksendegrund: Produkt beschädigt, Versandkarton aber OK

Bitte prüfen Sie den Artikel und erstatten Sie den Betrag innerhalb von zwei Werktagen.

Amazon Services""")
add("fr", "Amazon", "Lampe de bureau LED pliable", "", X("avis négatif (1 étoile): retrouver l'acheteur et le contacter; pas de réponse à la notification", draft=False, t="contact_buyer"),
    order=O("delivered", "fbm", 29.90, p=-15, s=-13, d=-10, carrier="Colissimo", trk="6A12345678901"), date="2026-03-29 13:20", tld="fr",
    kind="notice", sender='"Amazon Seller Performance" <seller-performance@amazon.fr>', subject="Évaluation négative reçue pour la commande {o}",
    notice_body="""Bonjour,

Un acheteur a laissé une évaluation pour la commande {o}.

Note : 1 sur 5
Commentaire : « La lampe clignote sans arrêt, aucune réponse du vendeur. »
Article : {p}

Vous pouvez répondre publiquement à cette évaluation dans Seller Central.

Amazon Services""")
add("ja", "Amazon", "ステンレス 電気ケトル 0.8L", "", X("返品受領の通知（FBM、返金済み）: 返品の検品のみ、購入者への返信なし", draft=False, t="inspect_return", lang=None),
    order=O("returned", "fbm", 3280, p=-26, s=-24, d=-22, carrier="ヤマト運輸", trk="4863-1122-3344", ra="3280", rd=-1, rr="yes"), date="2026-07-14 01:30", tld="co.jp",
    kind="notice", sender='"Amazon.co.jp" <order-update@amazon.co.jp>', subject="返品商品の受領のお知らせ 注文番号 {o}",
    notice_body="""出品者様

以下の注文の返品商品が返送先住所に配達されました。

注文番号: {o}
商品: {p}
返品理由: 不要になった
数量: 1

商品の状態をご確認ください。

Amazon.co.jp""")
ra("it", "Giorgio", "Set coltelli da cucina 6 pezzi", "Articolo difettoso o non funzionante", "",
   X("richiesta di autorizzazione al reso, motivo difettoso: nessuna risposta all'acquirente", draft=False),
   O("delivered", "fbm", 49.90, p=-12, s=-10, d=-7, carrier="BRT", trk="0590123456789"), "2026-10-01 05:50", tld="it",
   sender="order-update@amazon.it", subj="Richiesta di autorizzazione al reso per l'ordine # {o}",
   body="""Gentile venditore,

{n} ha richiesto l'autorizzazione al reso per l'ordine # {o}.

Articolo: {p}
ASIN: {asin}
Quantità: 1
Motivo del reso: Articolo difettoso o non funzionante
Commento del cliente: la lama del coltello grande è già arrugginita

Il reso è stato autorizzato automaticamente.

Amazon Services""")
