add("de", "Katrin", "Bettwäsche Set 135x200 Baumwolle", """Hallo, ich habe leider bei der Bestellung die falsche Adresse angegeben, das ist noch meine alte Wohnung. Richtig wäre: Katrin Vogel, Lindenstraße 17, 2. OG, 04109 Leipzig. Können Sie das bitte noch ändern bevor es rausgeht? Danke!""",
    X("nicht versendet, FBM, neue Adresse genannt: Adressänderung aus, also stornieren und neu bestellen erklären", o="reorder", fo="reship_new_address", fr="address"),
    order=O("unshipped", "fbm", 39.95, p=0, ld=4), date="2026-01-21 07:40")
add("de", "Stefan", "Fahrradschloss Faltschloss 85cm", """Servus, das Paket ist laut Sendungsverfolgung schon unterwegs, aber ich bin ab morgen 3 Wochen bei meiner Freundin in Graz... äh ich meine in Regensburg, Prüfeninger Str. 48, 93049 Regensburg. Geht das noch, dass es dort ankommt? Kostet ja nur 20 Euro, hoffe das ist kein Aufwand.""",
    X("versendet FBM, Wert unter 30 EUR, neue Adresse genannt (Selbstkorrektur beachten): Neuversand an neue Adresse anbieten", o="reship_new_address", fr="address"),
    order=O("shipped", "fbm", 19.99, p=-2, s=-1, carrier="DHL", trk="00340434161111222233", ld=2), date="2026-05-05 18:18")
add("de", "Monika", "Küchenmaschine 1200W mit Zubehör", """Guten Tag, ich möchte meine Bestellung bitte stornieren, mein Mann hat das gleiche Gerät schon gekauft. Mit freundlichen Grüßen M. Bauer""",
    X("inoffizielle Stornierung, nicht versendet: auf Meine Bestellungen > Stornierung beantragen verweisen; nicht selbst stornieren", o="cancel_via_amazon", fo="cancel", fr="reason"),
    order=O("unshipped", "fbm", 149.00, p=0, ld=5), date="2025-12-02 09:15")
add("de", "Lukas", "Powerbank 20000mAh USB-C", """Wo bleibt meine Powerbank?? Bestellt vor ner Woche, nix passiert""",
    X("Lieferanfrage FBM, versendet: Spediteur, Sendungsnummer, voraussichtliches Datum nennen", o="tracking", fr="order_id"),
    order=O("shipped", "fbm", 27.99, p=-7, s=-5, carrier="DHL", trk="00340434162222333344", ld=1), date="2026-03-12 21:47")
add("de", "Helga", "Luftbefeuchter Ultraschall 4L", """Sehr geehrte Damen und Herren, mein Luftbefeuchter sollte gestern kommen, ist aber nicht da. Bei Amazon steht nur "Versand durch Amazon". Können Sie mir sagen wo er ist?""",
    X("Lieferanfrage bei FBA-Bestellung: an den Amazon-Kundenservice verweisen bzw. Sendungsverfolgung in Meine Bestellungen", o="amazon_support"),
    order=O("shipped", "fba", 45.99, p=-4, s=-3, ld=-1), date="2026-02-06 10:05")
add("de", "Tobias", "Wanderrucksack 30L wasserdicht", """Hallo, ich schicke den Rucksack zurück, gefällt mir doch nicht so. Wie läuft das?""",
    X("Rückgabe ohne Mangel, FBM geliefert: fragen, ob er ihn gegen (Teil-)Erstattung behalten möchte", r="keep_item", fr="reason"),
    order=O("delivered", "fbm", 54.90, p=-10, s=-8, d=-5, carrier="Hermes", trk="H1002345678901234567"), date="2026-06-19 16:30")
add("de", "Sabine", "Glas Teekanne 1,5L mit Sieb", """Die Teekanne ist in tausend Stücke zerbrochen angekommen, der Karton war aber heil. Foto anbei. Bitte schicken Sie mir eine neue.""",
    X("beschädigt angekommen, Foto anbei, Ersatz gewünscht", o="replacement", fr="photo symptom", t="reship"),
    order=O("delivered", "fbm", 24.90, p=-5, s=-3, d=0, carrier="DHL", trk="00340434163333444455"), date="2026-09-09 12:25", photo=True)
add("de", "Andreas", "Herren Winterjacke Parka", """Moin, ich hab die Jacke in L bestellt, gekommen ist XL. Hätte gern L, bitte umtauschen.""",
    X("falsche Größe, gewünschte Größe L genannt: richtige Variante schicken, ggf. Foto erbitten", o="replacement", fr="variant symptom"),
    order=O("delivered", "fbm", 89.00, p=-6, s=-4, d=-1, carrier="DPD", trk="01234567890123"), date="2025-11-27 08:58")
add("de", "Petra", "Schreibtisch höhenverstellbar 140x70", """Beim Aufbau festgestellt: es fehlen die zwei Querstreben für die Beine (Teil C laut Anleitung) und die kleinen Schrauben M6. Ohne die kann ich den Tisch nicht aufbauen. Bitte nachschicken.""",
    X("fehlende Teile genannt (2 Querstreben Teil C, M6-Schrauben): nachschicken", o="send_parts", fr="missing_part", t="ship_parts"),
    order=O("delivered", "fbm", 219.00, p=-9, s=-7, d=-2, carrier="DHL", trk="00340434164444555566"), date="2026-04-02 19:40")
add("de", "Frank", "Akku Rasenmäher 36V", """Der Mäher geht nach 2-3 Minuten einfach aus, Akku ist voll geladen, hab auch den zweiten Akku probiert, selbes Problem. Ich will mein Geld zurück, keinen neuen.""",
    X("defekt, Symptom beschrieben; Erstattung statt Ersatz gewünscht", o="refund", fo="replacement", fr="symptom"),
    order=O("delivered", "fbm", 279.00, p=-20, s=-18, d=-15, carrier="DHL", trk="00340434165555666677"), date="2026-07-03 17:05")
add("de", "Ingrid", "Wärmflasche mit Strickbezug", """ich hab vor 2 Wochen zurückgeschickt, wann kommt mein Geld?""",
    X("Erstattungsstatus: Erstattung bereits gebucht; Betrag, Datum und Banklaufzeit nennen", o="refund_info"),
    order=O("returned", "fbm", 14.99, p=-30, s=-28, d=-25, carrier="DHL", trk="00340434166666777788", ra="14.99", rd=-2, rr="yes"), date="2026-01-30 11:20")
add("de", "Dieter", "Kaffeemühle elektrisch Edelstahl", """Die Mühle macht seit dem ersten Tag Geräusche wie ein Presslufthammer und mahlt total ungleichmäßig. Wenn das nicht schnell geklärt wird gibt's eine 1-Sterne-Bewertung, das ist ja unverschämt für den Preis.""",
    X("Bewertungsdrohung, Mangel beschrieben: entschuldigen, Lösung anbieten (Ersatz oder Erstattung), nie an die Bewertung knüpfen", o="replacement", fr="symptom"),
    order=O("delivered", "fbm", 49.99, p=-8, s=-6, d=-3, carrier="DHL", trk="00340434167777888899"), date="2026-08-21 20:50")
add("de", "Nadine", "LED Nachtlicht mit Bewegungsmelder 3er Set", """Hallo! Mein Paket hat der Bote beim Nachbarn gelassen, der ist aber im Urlaub bis Ende des Monats. Kann man da was machen? Bestellnummer weiß ich grad nicht, die Nachtlichter halt.""",
    X("Paket beim Nachbarn, keine Bestellnummer: nach Bestellnummer fragen und Bestellung prüfen", r="order_id", t="check_order"),
    order=None, oid="", date="2026-10-12 15:15")
add("de", "Ralf", "Bluetooth Kopfhörer In-Ear", """Hallo, ich wollte eigentlich stornieren, aber das Paket lag heute schon im Briefkasten. Ich brauche die Kopfhörer nicht mehr (hab welche geschenkt bekommen). Was mache ich jetzt?""",
    X("Stornowunsch, aber FBA-Bestellung bereits zugestellt: nicht stornieren, Rücksendung über Amazon erklären", o="return", fo="cancel cancel_via_amazon", fr="reason"),
    order=O("delivered", "fba", 45.99, p=-3, s=-2, d=0), date="2026-11-16 18:45")
