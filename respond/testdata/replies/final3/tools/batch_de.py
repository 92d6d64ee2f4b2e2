from lib import S, O

S("de","de","Katrin","B0C5TW8QLD","Leinen Bettwäsche 135x200, Salbei","2026-01-14 10:22",
"""Guten Tag, ich habe leider beim Bestellen noch meine alte Adresse drin gehabt. Bitte schicken Sie das Paket an: Katrin Vogel, Am Mühlbach 7, 79098 Freiburg. Vielen Dank!""",
"unversandt FBM, neue Adresse bereits genannt; Adressänderung aus: stornieren und neu bestellen",
order=O("unshipped","fbm",39.90,purchase=0,latest=4),
offers=["reorder"], fo=["reship_new_address"], freq=["address","address_confirmation"], case="address_change")

S("de","de","Jörg","B0BW3MH7XP","Fahrradschloss Faltschloss 85cm","2025-10-03 17:08",
"""Hallo, hab grad gesehn dass das Schloss schon verschickt wurde, aber an meine Firmenadresse, da bin ich die nächsten 2 Wochen nicht. Könnt ihr es an Lindenstr. 22, 45127 Essen schicken? danke jörg""",
"versendet FBM, 24,99 EUR unter Schwelle 30, neue Adresse genannt: Neuversand an neue Adresse",
order=O("shipped","fbm",24.99,ship=-1,carrier="DHL",trk="00340434161094011223",purchase=-2,latest=2),
offers=["reship_new_address"], freq=["address"], tasks=["reship"], case="address_change")

S("de","de","Sabine","B0D3KL9VRF","Akku-Rasenkantenschneider 20V","2026-05-06 08:47",
"""Sehr geehrte Damen und Herren, bei meiner Bestellung ist mir ein Fehler in der Hausnummer unterlaufen (14 statt 41). Laut Sendungsverfolgung ist das Paket bereits unterwegs. Können Sie die Zustellung noch umleiten? Mit freundlichen Grüßen, S. Brandt""",
"versendet FBM, 64,99 EUR über Schwelle: Adresse kann nicht mehr geändert werden, kein Neuversand",
order=O("shipped","fbm",64.99,ship=-1,carrier="DHL",trk="00340434161094099887",purchase=-2,latest=2),
fo=["reship_new_address"], case="address_change")

S("de","de","Uwe","B0CJ6RT2ZN","Kaffeemühle elektrisch","2026-02-11 19:55",
"""Bitte stornieren Sie meine Bestellung, habe aus Versehen das falsche Modell genommen.""",
"inoffizielle Stornoanfrage, unversandt FBM, Grund genannt: auf Meine Bestellungen > Stornierung anfragen verweisen",
order=O("unshipped","fbm",29.99,purchase=0,latest=3),
offers=["cancel_via_amazon"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("de","de","Leonie","B0BP7CX4WE","Kinder Regenjacke Gr. 116","2025-09-18 12:34",
"""Hallo! Ich möchte die Bestellung stornieren, wir haben die Jacke jetzt doch im Laden gekauft. Ich sehe aber, dass sie schon verschickt wurde?? Was mach ich jetzt""",
"Storno bei versendeter FBM-Bestellung: nicht mehr zurückholbar, fragen ob sie es behält, sonst Annahme verweigern und Erstattung nach Rücklauf",
order=O("shipped","fbm",32.95,ship=-1,carrier="Hermes",trk="H1003290013376512",purchase=-2,latest=2),
offers=["refund"], fo=["cancel","cancel_via_amazon"], req=["keep_item"], freq=["reason"], case="cancel_order")

S("de","de","Thomas","B0D1WN5PQA","Bluetooth Kopfhörer Over-Ear","2026-03-25 16:02",
"""wo bleibt mein paket???""",
"FBA-Bestellung: an den Amazon-Kundenservice verweisen",
order=O("shipped","fba",49.99,ship=-3,carrier="Amazon Logistics",trk="DE3412876543",purchase=-4,latest=0),
offers=["amazon_support"], freq=["order_id"], case="shipping_inquiry")

S("de","de","Gisela","B0C8PX3KTM","Lupenbrille mit LED","2025-12-08 09:15",
"""Guten Morgen, ich warte nun schon seit einer Woche auf meine Bestellung. Können Sie mir bitte mitteilen, wann sie ankommt? Ich kenne mich mit dem Computer nicht so gut aus. Freundliche Grüße Gisela Hartmann""",
"FBM versendet mit Tracking: Versanddienst, Sendungsnummer und voraussichtliches Datum nennen",
order=O("shipped","fbm",19.95,ship=-5,carrier="Deutsche Post",trk="RR123456785DE",purchase=-7,latest=1),
offers=["tracking"], freq=["order_id"], case="shipping_inquiry")

S("de","de","Felix","B0CN2JW8RV","Hantelbank verstellbar","2026-04-17 21:11",
"""Moin, die Bank ist angekommen, aber ehrlich gesagt hab ich mich umentschieden, passt nicht in meine Wohnung. Wie läuft die Rücksendung? Karton ist noch da.""",
"nicht mehr gewollt, FBM zugestellt: statt teurer Rücksendung Behalten mit (Teil-)Erstattung anbieten",
order=O("delivered","fbm",89.00,ship=-5,deliv=-2,carrier="DPD",trk="01505123456789",purchase=-6,latest=-2),
offers=["keep_with_refund"], freq=["reason"], case="return_unwanted")

S("de","de","Monika","B0BH4RZ9QW","Glas Teekanne 1,2L mit Stövchen","2025-11-21 14:26",
"""Die Teekanne kam zerbrochen an, der Deckel ist in drei Teile und am Griff ist ein Sprung. Foto anbei. Ich möchte keinen Ersatz, sondern bitte mein Geld zurück.""",
"beschädigt, Foto anbei, Erstattung statt Ersatz gewünscht",
order=O("delivered","fbm",19.90,ship=-4,deliv=-1,carrier="DHL",trk="00340434161094055667",purchase=-5,latest=-1),
offers=["refund"], fo=["replacement"], freq=["photo","symptom"], tasks=["refund"], photo=True, case="return_dissatisfied/damaged")

S("de","de","Dennis","B0D6MR1XTC","Sportsocken 6 Paar, Gr. 43-46","2026-06-02 11:40",
"""Hab die Socken in grau bestellt, gekommen sind knallpinke 😅 Passen zwar, aber will bitte die grauen haben.""",
"falsche Farbe, gewünschte Farbe (grau) genannt: richtige Variante senden",
order=O("delivered","fbm",14.99,ship=-4,deliv=-1,carrier="Hermes",trk="H1003290018876543",purchase=-5,latest=-1),
offers=["replacement"], freq=["variant"], tasks=["reship"], case="return_dissatisfied/wrong_item")

S("de","de","Anja","B0C2VT7KLP","Schuhregal Bambus 5 Ebenen","2025-08-27 20:07",
"""Hallo, beim Aufbau hab ich festgestellt, dass 4 von den kleinen Holzdübeln und eine Querstrebe fehlen (Teil C laut Anleitung). Könnten Sie mir die nachschicken? Danke!""",
"fehlende Teile genannt (4 Dübel, 1 Querstrebe Teil C): nachsenden",
order=O("delivered","fbm",34.99,ship=-5,deliv=-2,carrier="DHL",trk="00340434161094033221",purchase=-6,latest=-2),
offers=["send_parts"], freq=["missing_part"], tasks=["ship_parts"], case="return_dissatisfied/missing_parts")

S("de","de","Ralf","B0BZ5QN3HD","Elektrischer Milchaufschäumer","2026-01-31 07:33",
"""Das Gerät schäumt nicht mehr. Der Quirl dreht sich nur noch ganz langsam und es riecht verbrannt. Nach 10 Tagen! Bitte schicken Sie mir ein neues Gerät.""",
"defekt, Symptom beschrieben, Ersatzgerät gewünscht",
order=O("delivered","fbm",27.50,ship=-13,deliv=-10,carrier="DHL",trk="00340434161094077665",purchase=-14,latest=-10),
offers=["replacement"], freq=["symptom"], tasks=["reship"], case="return_dissatisfied/defective")

S("de","de","Petra","B0CV9LE2WS","Tischdecke abwaschbar 140x240","2026-07-04 15:48",
"""Wenn Sie sich nicht um mein Problem kümmern, gebe ich eine schlechte Bewertung ab. Die Tischdecke hat Löcher an zwei Stellen und riecht stark chemisch. Ich will mein Geld zurück.""",
"Bewertungsdrohung mit klarem Mangel, Erstattung verlangt: lösen, niemals an eine Bewertung knüpfen",
order=O("delivered","fbm",22.99,ship=-6,deliv=-3,carrier="DPD",trk="01505123459988",purchase=-7,latest=-3),
offers=["refund"], freq=["symptom"], case="negative_review")

S("de","de","Stefan","B0D4HX6MPB","Wanderrucksack 30L","2025-07-12 13:13",
"""Hallo, wann bekomme ich meine Erstattung? Der Rucksack ging vor 2 Wochen zurück.""",
"Erstattung erfasst (vor 2 Tagen): Betrag, Datum und Banklaufzeit nennen",
order=O("returned","fbm",54.90,ship=-28,deliv=-25,carrier="DHL",trk="00340434161094012121",refund=54.90,refund_d=-2,purchase=-29,latest=-25,ret=-4),
offers=["refund_info"], fo=["refund"], case="refund_status")

S("de","de","Claudia","B0BR8KT1NV","Gartenschlauch 30m flexibel","2026-05-27 18:21",
"""Ich habe am 2. Mai bestellt und bis heute nichts bekommen. Die Sendungsverfolgung zeigt seit Wochen 'in Zustellung'. Bitte schicken Sie es nochmal oder erstatten Sie den Betrag, mir ist beides recht.""",
"lange überfällig (nicht erhalten), FBM: Neuversand oder Erstattung anbieten",
order=O("shipped","fbm",29.99,ship=-23,carrier="Hermes",trk="H1003290011122334",purchase=-25,latest=-15),
offers=["refund"], case="return_dissatisfied/not_received")

# German-language notices (.de)
S("de","de","Bernd","B0C3QW4LZK","Standmixer 1200W","2026-02-24 05:50", None,
"offizielle Stornierungsanfrage (deutsch), unversandt FBM: in Seller Central stornieren und auf Deutsch bestätigen",
order=O("unshipped","fbm",59.99,purchase=0,latest=3),
offers=["cancel"], fo=["cancel_via_amazon"], tasks=["cancel_order"], case="cancel_order (official)",
subject="Stornierungsanfrage von Amazon-Kunde Bernd (Bestellung: {o})",
raw=dict(frm=None, subject="Stornierungsanfrage von Amazon-Kunde Bernd (Bestellung: {o})",
body="""Hallo,

der Käufer hat eine Stornierungsanfrage für die folgende Bestellung gestellt. Bitte stornieren Sie die Bestellung, sofern sie noch nicht versandt wurde.

Bestellnummer: {o}
1 | {a} | {p}
Grund: Anderes Produkt gewünscht
Kommentar des Käufers: Habe ein größeres Modell gefunden, bitte stornieren.

Buyer Cancellation Request for Order ID: {o}"""))

S("de","de","","B0D9WK2TRA","Wärmflasche mit Strickbezug","2025-12-03 06:10", None,
"Rücksendegenehmigung, Grund 'Wird nicht mehr benötigt': keine Antwort nötig",
order=O("delivered","fbm",16.99,ship=-10,deliv=-7,carrier="DHL",trk="00340434161094088990",purchase=-11,latest=-7),
draft=False, case="returned_goods (return authorization)",
raw=dict(frm=("Amazon","order-update@amazon.de"), subject="Rücksendegenehmigung für Bestellung # {o}",
body="""Sehr geehrter Verkäufer,

für den folgenden Artikel wurde eine Rücksendung genehmigt.

Bestellnummer: # {o}
Artikel | ASIN | SKU | Menge | Rücksendegrund | Kommentar des Kunden
{p} | {a} | WF-STRICK-GR | 1 | Wird nicht mehr benötigt | 

Der Kunde hat ein vorfrankiertes Rücksendeetikett erhalten. Bitte erstatten Sie den Betrag innerhalb von zwei Werktagen nach Eingang der Rücksendung.

Amazon Services Europe"""))
