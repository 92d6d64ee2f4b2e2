from base import *

S('de','de','Sabine','Kräutertopf-Set aus Keramik, 3-teilig',
"""Hallo,
ich habe gerade gemerkt, dass bei der Bestellung noch meine alte Adresse hinterlegt ist. Wir sind umgezogen, neu ist: Lindenstraße 12, 79098 Freiburg. Laut Bestellübersicht ist noch nichts verschickt, können Sie das bitte noch ändern?
Viele Grüße
Sabine Krämer""",
O('unshipped','fbm',24.90,purchase=0,latest=4),
X('nicht versendet (FBM), neue Adresse steht in der Nachricht; Adressänderung aus, also stornieren und neu bestellen', o=['reorder'], fo=['reship_new_address'], fr=['address']))

S('de','de','Jürgen','Fahrradklingel Messing, retro',
"""Guten Tag, mir ist leider ein Zahlendreher in der Hausnummer passiert, es muss Bahnhofstr. 41 heißen, nicht 14 (PLZ 34117 Kassel stimmt). Das Paket ist laut DHL schon unterwegs. Ist da noch was zu machen?""",
O('shipped','fbm',12.99,purchase=-2,ship=-1,carrier='DHL',trk='00340434161094012345',latest=2),
X('versendet, Wert unter 30 EUR, korrigierte Adresse genannt: Ersatz an die neue Adresse schicken', o=['reship_new_address'], fr=['address'], t=['reship']))

S('de','de','Matthias','Akku-Schlagbohrschrauber 18V mit 2 Akkus',
"""Hallo, bitte die Lieferadresse auf meine Firma ändern: Schmidt Haustechnik GmbH, Industriestr. 5, 90765 Fürth. Danke.""",
O('shipped','fbm',149.00,purchase=-2,ship=-1,carrier='DHL',trk='00340434161094067890',latest=2),
X('versendet, Wert über der Schwelle: höflich erklären, dass die Adresse nicht mehr geändert werden kann', fo=['reship_new_address','cancel'], fr=['address']))

S('de','de','Anja','Bettwäsche Renforcé 135x200, Salbeigrün',
"""Hallo, ich möchte die Bestellung bitte stornieren, ich hab die Bettwäsche im Laden um die Ecke gesehen und direkt mitgenommen. Danke & schönes Wochenende""",
O('unshipped','fbm',34.95,purchase=0,latest=4),
X('inoffizielle Stornierung (Anfrage), nicht versendet, Grund genannt: auf Meine Bestellungen > Stornierung anfordern verweisen', o=['cancel_via_amazon'], fo=['cancel'], fr=['reason']))

S('de','de','Klaus','Edelstahl-Grillzange 45 cm',
"""Wann kommt meine Lieferung? Bestellt habe ich vor einer Woche.""",
O('shipped','fbm',16.50,purchase=-7,ship=-4,carrier='DHL',trk='00340434161094011111',latest=1),
X('Versandanfrage FBM mit Sendungsnummer: Versanddienstleister, Nummer und Liefertermin nennen', o=['tracking']))

S('de','de','Petra','Gewürzregal Bambus, 3 Ebenen',
"""Hallo zusammen, das Regal ist heute angekommen, leider fehlt der kleine Inbusschlüssel und von den langen Schrauben sind nur 6 statt 8 drin. Könnten Sie mir die fehlenden Teile zuschicken? Den Rest hab ich schon aufgebaut. Danke!""",
O('delivered','fbm',27.99,purchase=-5,ship=-3,deliv=0,carrier='Hermes',trk='H1002345678901234',latest=1),
X('fehlende Teile genannt (Inbusschlüssel, 2 lange Schrauben): Teile nachschicken', o=['send_parts'], fo=['return'], fr=['missing_part'], t=['ship_parts']))

S('de','de','Lena','Damen Sneaker Canvas, Weiß, Gr. 39',
"""Hi, ich hab Größe 39 bestellt, im Karton waren aber 41er. Die sind mir natürlich viel zu groß. Kann ich die in 39 bekommen? Die 41er schick ich gern zurück.""",
O('delivered','fbm',44.90,purchase=-6,ship=-4,deliv=-1,carrier='DHL',trk='00340434161094022222',latest=0),
X('falsche Größe geliefert, gewünschte Größe (39) genannt: richtige Größe schicken', o=['replacement'], fr=['variant'], t=['reship']))

S('de','de','Wolfgang','Glas-Wasserkocher 1,7 L mit LED',
"""Sehr geehrte Damen und Herren,
der Wasserkocher schaltet nach dem Kochen nicht mehr ab, das Wasser sprudelt einfach weiter bis ich den Stecker ziehe. Das ist mir zu gefährlich. Ich möchte kein Ersatzgerät, sondern mein Geld zurück.
Mit freundlichen Grüßen
W. Hoffmann""",
O('delivered','fbm',32.99,purchase=-12,ship=-10,deliv=-8,carrier='DHL',trk='00340434161094033333',latest=-7),
X('Defekt genau beschrieben, Kunde will Erstattung statt Ersatz', o=['refund'], fo=['replacement'], fr=['symptom']))

S('de','de','Tobias','Wanduhr Holz, 30 cm, lautlos',
"""Moin, die Uhr kam mit gesprungenem Glas an, Foto hängt an. Der Karton war außen schon eingedrückt. Bitte um Ersatz.""",
O('delivered','fbm',26.00,purchase=-4,ship=-2,deliv=0,carrier='Hermes',trk='H1002345678909999',latest=1),
X('Transportschaden, Foto angehängt, Ersatz gewünscht', o=['replacement'], fr=['photo','symptom'], t=['reship']), photo='uhr.jpg')

S('de','de','Monika','Yogamatte 6 mm, Lila',
"""Guten Tag, ich brauche die Matte doch nicht, meine Tochter hat mir zum Geburtstag eine geschenkt. Wie kann ich sie zurückgeben? Sie ist noch original verpackt.""",
O('delivered','fbm',29.95,purchase=-7,ship=-5,deliv=-2,carrier='DHL',trk='00340434161094044444',latest=-1),
X('Rückgabe ohne Mangel (FBM), Grund genannt: fragen, ob sie den Artikel gegen (Teil-)Erstattung behalten möchte', r=['keep_item'], fr=['reason']))

S('de','de','Heike','Fensterputzroboter mit App',
"""Ich habe den Roboter vor drei Wochen zurückgeschickt, die Erstattung sollte laut Ihnen schon durch sein, aber auf meinem Konto ist nichts. Was ist da los?""",
O('returned','fbm',119.00,purchase=-40,ship=-38,deliv=-35,carrier='DHL',trk='00340434161094055555',refund=119.00,refund_d=-4,latest=-35,ret=-7),
X('Erstattungsstatus: Erstattung erfasst, Betrag, Datum und Bankdauer nennen', o=['refund_info'], fo=['refund']))

S('de','de','Sven','Thermoskanne 1 L, Edelstahl',
"""Die Kanne hält nicht mal 2 Stunden warm, Tee ist nach dem Mittag lauwarm. Versprochen werden 24h. Wenn da nichts passiert gibt's eine entsprechende Bewertung, das ist ja Betrug.""",
O('delivered','fbm',22.90,purchase=-14,ship=-12,deliv=-10,carrier='DHL',trk='00340434161094066666',latest=-9),
X('Bewertungsdrohung mit klarem Mangel (hält nicht warm): Lösung anbieten, nie an Bewertung koppeln', fr=['symptom']))

S('de','de','Ute','Kinder-Trinkflasche 500 ml, Dinos',
"""Hallo, wo bleibt mein Paket? In der Sendungsverfolgung steht seit 4 Tagen dasselbe.""",
O('shipped','fba',14.99,purchase=-6,ship=-5,carrier='DHL',trk='00340434161094077777',latest=-1),
X('FBA-Versandanfrage: an den Amazon-Kundenservice verweisen und Sendungsverfolgung erklären', o=['amazon_support']))

S('de','de','Frank','LED-Lichterkette außen, 20 m',
"""Bestellung ist immer noch nicht da, Liefertermin war vor über zwei Wochen. Bitte schicken Sie eine neue, ich brauche die für die Terrasse.""",
O('shipped','fbm',27.90,purchase=-24,ship=-22,carrier='DHL',trk='00340434161094088888',latest=-15),
X('nicht erhalten, deutlich überfällig, Kunde möchte Neulieferung', o=['replacement'], t=['reship']))

S('de','de','Gabi','Fußmatte Kokos, 40x60',
return_auth('Nicht mehr benötigt', 'Farbe passt nicht zur Tür'),
O('delivered','fbm',19.90,purchase=-10,ship=-8,deliv=-6,carrier='DHL',trk='00340434161094099999',latest=-6),
X('Rücksendegenehmigung (nicht mehr benötigt): keine Antwort an den Käufer nötig', d=False), kind='return_auth')
