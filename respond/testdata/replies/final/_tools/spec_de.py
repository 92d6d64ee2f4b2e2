from spec_common import add, U, SH, DL, RT, CX

L = "de"

add(L, "de", "address_change", "Jürgen", "Akku-Bohrschrauber 12V mit 2 Akkus und Koffer", """
Guten Tag, ich habe beim Bestellen versehentlich meine alte Adresse angegeben. Bitte schicken Sie das Paket an:

Jürgen Hoffmann
Lindenstraße 14
80331 München

Vielen Dank!
""", U("fbm", 59.99, p=0, l=5),
    note="unshipped FBM order, new address given: Amazon's rule (address updates off) is cancel and reorder with the right address; don't ask for the address again",
    offers=["reorder"], forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "de", "address_change", "Sabine", "Silikon Backformen Set 6-teilig, Muffinform", """
Hallo, die Sendung ist schon unterwegs, aber ich bin umgezogen. Neue Anschrift: Sabine Krüger, Am Mühlbach 3, 01067 Dresden. Können Sie sie dorthin schicken?
""", SH("fbm", 19.99, "DHL", "00340434161094015822", s=-1, l=3),
    note="shipped FBM, EUR 19.99 is under the EUR 30 threshold and the new address is given: offer a new unit to the new address and create the reship task",
    offers=["reship_new_address"], forbid_requests=["address"], tasks=["reship"])

add(L, "de", "address_change", "Lukas", "Thermoskanne 1 Liter Edelstahl, doppelwandig", """
Servus, ich brauche die Lieferung an meine Büroadresse: Lukas Berger, Maximilianstraße 22, 93047 Regensburg. Das Paket ist laut Tracking schon raus. Geht das noch?
""", SH("fbm", 30.00, "Hermes", "H1002340056789012345", s=-1, l=3),
    note="shipped FBM, value exactly EUR 30.00 = the threshold (at or above: no reship): explain the address can no longer be changed",
    forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "de", "cancel_order", "Anja", "Kinder Fahrradhelm, Größe S (48-54 cm), Blau", """
Hallo, bitte stornieren Sie meine Bestellung, ich habe den Helm aus Versehen doppelt bestellt.
""", U("fbm", 24.95, p=0, l=4),
    note="unofficial cancellation in a normal inquiry, unshipped, reason given (ordered twice): point to Your Orders > Request cancellation, the seller does not cancel",
    offers=["cancel_via_amazon"], forbid_offers=["cancel"], forbid_requests=["reason"])

add(L, "de", "cancel_order", "Thomas", "Wandregal Eiche massiv 80 cm, schwebend", "", U("fbm", 44.90, p=-1, l=5),
    kind="cancel", reason="Bestellung versehentlich aufgegeben",
    note="official cancellation request, FBM order not shipped: cancel in Seller Central and confirm to the buyer",
    offers=["cancel"], forbid_offers=["cancel_via_amazon"], forbid_requests=["reason"], tasks=["cancel_order"])

add(L, "de", "shipping_inquiry", "Katrin", "Duschkopf mit 3 Strahlarten, Wassersparend, Chrom", """
Wo bleibt meine Bestellung? Ich warte jetzt schon eine Woche.
""", SH("fbm", 18.49, "DHL", "00340434161094028813", p=-7, s=-5, l=1),
    note="FBM shipped with tracking: give carrier, tracking number and expected delivery from the record",
    offers=["tracking"], forbid_requests=["order_id"])

add(L, "de", "shipping_inquiry", "Matthias", "Fahrrad Handyhalterung Aluminium, 360° drehbar", """
Hallo, wann wird meine Bestellung verschickt? Ich brauche die Halterung bis zum Wochenende.
""", U("fbm", 15.99, p=-2, l=5),
    note="FBM not shipped yet, no tracking: say when it will ship / arrive from the record and flag it for the seller",
    offers=["tracking"], forbid_requests=["order_id"], tasks=["add_tracking"])

add(L, "de", "return_dissatisfied", "Petra", "Glas Vorratsdosen Set 5-teilig mit Bambusdeckel", """
Guten Tag, zwei der Gläser sind bei der Lieferung zerbrochen angekommen, der Karton war eingedrückt. Foto anbei. Bitte schicken Sie mir Ersatz.
""", DL("fbm", 27.99, "DHL", "00340434161094039964", d=-1), photo=True, sub="damaged",
    note="transit damage, photo attached, buyer asks for a replacement: apologise, explain transit damage, send the replacement; no photo request",
    offers=["replacement"], forbid_requests=["photo"], tasks=["reship"])

add(L, "de", "return_dissatisfied", "Felix", "Herren Laufschuhe Atmungsaktiv, Schwarz, Größe 42", """
Ich habe Größe 42 bestellt, geliefert wurde aber Größe 40. Bitte tauschen Sie die Schuhe gegen Größe 42 um.
""", DL("fbm", 54.99, "DPD", "01505012345678", d=-2), sub="wrong_item",
    note="wrong size sent, wanted size (42) named: send the right size, don't ask which size",
    offers=["replacement"], forbid_requests=["variant"], tasks=["reship"])

add(L, "de", "return_dissatisfied", "Birgit", "Elektrischer Milchaufschäumer 4-in-1, 300 ml", """
Der Milchaufschäumer ist nach zwei Tagen kaputt gegangen: der Motor dreht nicht mehr, es brummt nur noch und wird heiß. Foto vom Gerät anbei. Ich möchte keinen Ersatz, sondern mein Geld zurück.
""", DL("fbm", 32.99, "DHL", "00340434161094050076", d=-3), photo=True, sub="defective",
    note="defect described (motor hums, gets hot), photo attached, buyer explicitly wants money back instead of a replacement",
    offers=["refund"], forbid_offers=["replacement"], forbid_requests=["symptom", "photo"])

add(L, "de", "return_dissatisfied", "Stefan", "Hochbett Leiter Holz, Montageset inklusive", """
Hallo, beim Aufbau habe ich gemerkt, dass die zwei Metallwinkel (Teil C) fehlen. Könnten Sie mir die bitte zuschicken? Danke.
""", DL("fbm", 89.00, "DHL", "00340434161094061187", d=-2), sub="missing_parts",
    note="two metal brackets (part C) missing and asked for: send the parts; don't ask which part",
    offers=["send_parts"], forbid_requests=["missing_part"], tasks=["ship_parts"])

add(L, "de", "return_unwanted", "Monika", "Kuscheldecke XXL 150x200 cm, Teddy Fleece, Grau", """
Hallo, ich möchte die Decke zurückgeben. Wie funktioniert das?
""", DL("fbm", 25.99, "Hermes", "H1002340056712345678", d=-5),
    note="FBM delivered, buyer wants to return (no reason): returns are costly, ask whether they'd keep the item with a refund",
    offers=["keep_with_refund"], requests=["keep_item"])

add(L, "de", "refund_status", "Wolfgang", "Kopfkissen 40x80 Memory Foam, orthopädisch", """
Guten Tag, ich habe das Kissen zurückgeschickt. Wann bekomme ich mein Geld?
""", RT("fbm", 34.95, "DHL", "00340434161094072298", r=-6, rfa=34.95, rf=-5),
    note="refund already issued (amount and date on record): give amount, date and usual bank timing; no new refund",
    offers=["refund_info"], forbid_offers=["refund"])

add(L, "de", "negative_review", "Dieter", "LED Stirnlampe wiederaufladbar, 1200 Lumen", """
Die Stirnlampe lädt nicht mehr: das Ladelicht blinkt rot und sie geht nach einer Minute aus. Wenn ich nicht schnell ein funktionierendes Ersatzgerät bekomme, gibt es eine 1-Stern-Bewertung!
""", DL("fbm", 22.99, "DHL", "00340434161094083309", p=-14, s=-12, d=-10), sub="defective",
    note="1-star review threat, defect described (charging light blinks red, switches off), replacement wanted: send it, never tie anything to the review; needs human",
    offers=["replacement"], forbid_requests=["symptom"], tasks=["reship"])

add(L, "de", "returned_goods", "Ute", "Kabellose Maus, leise, 2.4 GHz, Grau", """
Sehr geehrte Damen und Herren,

Amazon hat die folgende Rücksendung gemäß den Rückgaberichtlinien genehmigt. Dem Kunden wurde ein frankiertes Rücksendeetikett bereitgestellt.

Bestellnummer: # {o}

Order Item  ASIN  SKU  Return Quantity  Return Reason  Customer's Comment
1  {asin}  {sku}  1  Artikel defekt oder funktioniert nicht  Mausrad springt

Bitte erstatten Sie den Betrag innerhalb von zwei Werktagen nach Erhalt der Rücksendung.

Mit freundlichen Grüßen
Amazon Services Europe
""", DL("fbm", 16.99, "DHL", "00340434161094094410", d=-8), kind="notice", draft=False,
    sender='"Amazon" <order-update@amazon.{tld}>', subject="Rücksendegenehmigung für Bestellung # {o}",
    note="authorised return notice (German, reason defective): no reply, a task to receive and inspect the return",
    tasks=["inspect_return"])

add(L, "de", "refund_status", "Heike", "Zimmerpflanzen Topf Set 3 Stück, Keramik, Weiß", """
Ich warte immer noch auf meine Rückerstattung. Können Sie bitte nachsehen?
""", None,
    note="refund question about an order the seller has no record of: ask for patience, flag the order to be checked; quote no amount",
    forbid_offers=["refund_info"], forbid_requests=["order_id"], tasks=["check_order"])
