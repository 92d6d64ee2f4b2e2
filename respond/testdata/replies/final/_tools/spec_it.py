from spec_common import add, U, SH, DL, RT, CX

L = "it"

add(L, "it", "address_change", "Giulia", "Set di valigie rigide 3 pezzi, Blu notte", """
Buongiorno, ho sbagliato indirizzo. Potete spedire a: Giulia Ferri, Via Garibaldi 45, 10122 Torino? Grazie.
""", U("fba", 119.99, p=0, l=3),
    note="unshipped FBA order: the seller can't change an FBA order, point the buyer to Amazon; no reship",
    offers=["amazon_support"], forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "it", "address_change", "Marco", "Cuscino cervicale in memory foam, 60x35 cm", """
Salve, il pacco è già partito ma nel frattempo ho cambiato casa. Nuovo indirizzo: Marco Rinaldi, Corso Buenos Aires 18, 20124 Milano. Potete mandarlo lì?
""", SH("fbm", 24.90, "BRT", "BRT081234567890123", s=-1, l=3),
    note="shipped FBM, EUR 24.90 under the EUR 30 threshold, new address given: offer a new unit to the new address and create the reship task",
    offers=["reship_new_address"], forbid_requests=["address"], tasks=["reship"])

add(L, "it", "address_change", "Francesca", "Tende oscuranti termiche 140x245 cm, 2 pezzi, Grigio", """
Buonasera, devo cambiare l'indirizzo di consegna: Piazza Dante 7, 80135 Napoli. È possibile?
""", None,
    note="address change for an order the seller has no record of: flag it to be checked; no reship; the address is already given",
    forbid_offers=["reship_new_address"], forbid_requests=["address"], tasks=["check_order"])

add(L, "it", "cancel_order", "Luca", "Trapano avvitatore a batteria 18V, 2 batterie", """
Buongiorno, vorrei annullare l'ordine perché ho trovato lo stesso prodotto in negozio sotto casa.
""", U("fbm", 64.99, p=0, l=5),
    note="unofficial cancellation in a normal inquiry, unshipped FBM, reason given: point to I miei ordini > Richiedi annullamento; the seller does not cancel",
    offers=["cancel_via_amazon"], forbid_offers=["cancel"], forbid_requests=["reason"])

add(L, "it", "cancel_order", "Chiara", "Porta spezie girevole con 16 barattoli in vetro", """
Ciao, vorrei annullare l'ordine. Il pacco è arrivato ieri ma ormai non mi serve più, non l'ho nemmeno aperto.
""", DL("fbm", 22.99, "Poste Italiane", "CY123456789IT", d=-1),
    note="cancel asked after delivery of a cheap FBM item: cancel impossible; a return is costly, a refund agreed with the buyer (keep the item) is preferred",
    offers=["keep_with_refund"], forbid_offers=["cancel", "cancel_via_amazon"])

add(L, "it", "shipping_inquiry", "Alessandro", "Zaino porta PC 17 pollici con porta USB", """
Salve, mi potete dire dove si trova il mio ordine?
""", SH("fbm", 34.99, "BRT", "BRT081234567890456", p=-4, s=-2, l=3),
    note="FBM shipped with tracking: give carrier, tracking number and expected date",
    offers=["tracking"], forbid_requests=["order_id"])

add(L, "it", "return_dissatisfied", "Valentina", "Lampada da tavolo in ceramica, paralume in lino", """
L'ordine doveva arrivare più di due settimane fa e non è mai arrivato. Per favore rispeditemelo, mi serve per un regalo.
""", SH("fbm", 29.00, "Yanwen", "UG512077125YP", p=-32, s=-30, l=-16), sub="not_received",
    note="FBM order long overdue, buyer asks for it to be sent again: offer the resend and create the reship task",
    offers=["replacement"], forbid_requests=["order_id"], tasks=["reship"])

add(L, "it", "return_dissatisfied", "Davide", "Set piatti in gres 18 pezzi, Grigio", """
Sono arrivati due piatti rotti e una tazza scheggiata. Pessimo imballaggio.
""", DL("fbm", 49.90, "BRT", "BRT081234567890789", d=-1), sub="damaged",
    note="damage described, no photo, no preference: apologise, explain transit damage and ask politely for photos",
    requests=["photo"], forbid_requests=["symptom"])

add(L, "it", "return_dissatisfied", "Sara", "Felpa con cappuccio unisex, Taglia L", """
Ho ordinato la felpa blu ma mi è arrivata verde. Vorrei ricevere quella blu, per favore.
""", DL("fbm", 27.90, "Poste Italiane", "CY123456790IT", d=-2), sub="wrong_item",
    note="wrong colour sent, wanted colour (blue) named, no photo: send the blue one; don't ask for the colour; a photo may be asked",
    offers=["replacement"], forbid_requests=["variant"], requests=["photo"], tasks=["reship"])

add(L, "it", "return_dissatisfied", "Simone", "Spazzolino elettrico sonico con 8 testine", """
Lo spazzolino non si accende più dopo una settimana: la spia di ricarica lampeggia arancione e non parte. Allego una foto. Potete mandarmene uno nuovo?
""", DL("fbm", 39.99, "BRT", "BRT081234567891012", d=-8), photo=True, sub="defective",
    note="defect described (won't switch on, charge light blinks orange), photo attached, new unit asked for: send it; don't ask for symptoms or photo",
    offers=["replacement"], forbid_requests=["symptom", "photo"], tasks=["reship"])

add(L, "it", "return_dissatisfied", "Elisa", "Scrivania pieghevole in legno, 100x50 cm", """
Buongiorno, nella confezione mancano le 8 viti M6 per fissare le gambe. Potete spedirmele? Grazie mille.
""", DL("fbm", 59.90, "BRT", "BRT081234567891345", d=-2), sub="missing_parts",
    note="eight M6 screws missing and asked for: send them; don't ask which part",
    offers=["send_parts"], forbid_requests=["missing_part"], tasks=["ship_parts"])

add(L, "it", "return_unwanted", "Matteo", "Macchina per pasta manuale in acciaio inox", """
Il pacco è già partito ma non mi serve più, ho cambiato idea. Come posso fare?
""", SH("fbm", 44.99, "BRT", "BRT081234567891678", s=-1, l=3),
    note="buyer no longer wants an FBM order already in transit: can't cancel; ask whether they'd keep the item (with a refund), otherwise refuse delivery",
    forbid_offers=["cancel"], requests=["keep_item"], forbid_requests=["reason"])

add(L, "it", "refund_status", "Federica", "Asciugacapelli professionale 2200 W", """
Salve, ho restituito il phon ma non ho ancora ricevuto il rimborso. Quando arriva?
""", RT("fbm", 32.50, "Poste Italiane", "CY123456791IT", r=-7, rfa=32.50, rf=-6),
    note="refund already issued (amount and date on record): give amount, date and bank timing; no new refund",
    offers=["refund_info"], forbid_offers=["refund"])

add(L, "it", "negative_review", "Roberto", "Ventilatore da tavolo silenzioso, 3 velocità", """
Ho lasciato una stella: il ventilatore fa un rumore di sfregamento fortissimo alla velocità 2 e 3, è inutilizzabile di notte.
""", DL("fbm", 29.99, "BRT", "BRT081234567891901", d=-6), sub="defective",
    note="buyer left a 1-star review describing a clear defect (loud scraping at speeds 2 and 3), no preference: apologise and offer a replacement or a refund; never tie it to the review; needs human",
    offers=["replacement", "refund"], forbid_requests=["symptom"])

add(L, "it", "negative_review", "Giorgio", "Borraccia termica 500 ml, Nero opaco", """
Gentile venditore,

hai ricevuto un nuovo feedback negativo.

Numero ordine: {o}
Valutazione: 1 (su 5)
Commenti: "Il tappo perde acqua, la borsa si è bagnata tutta."

Puoi visualizzare e rispondere ai feedback in Seller Central, sezione Prestazioni > Feedback.

Amazon Services Europe
""", DL("fbm", 16.90, "Poste Italiane", "CY123456792IT", d=-7), kind="notice", draft=False,
    sender='"Amazon Seller Central" <donotreply@amazon.{tld}>', subject="Nuovo feedback negativo per l'ordine {o}",
    note="negative feedback alert (Italian): no reply to the notice; find the buyer and reach out",
    tasks=["contact_buyer"])
