from common import O, E, S
L = "de"
SPECS = [
S(L, "de", "Jürgen", "Edelstahl Thermoskanne 1L", """
Guten Tag,
leider habe ich bei der Bestellung eine falsche Lieferadresse angegeben. Die richtige Adresse lautet: Jürgen Bauer, Am Lindenhof 7, 34117 Kassel. Können Sie das bitte noch ändern, bevor das Paket rausgeht?
Mit freundlichen Grüßen
J. Bauer
""", O("unshipped", "fbm", 22.90, purch=0, latest=4),
 E("nicht versendet, FBM, neue Adresse genannt: Adressänderung aus, also stornieren und neu bestellen", offers=["reorder"], fo=["reship_new_address"], fr=["address"])),

S(L, "de", "Sabine", "Wandregal aus Eichenholz, 60 cm", """
Hallo, das Paket ist laut Sendungsverfolgung schon unterwegs, aber an meine alte Adresse in Hamburg. Ich wohne seit zwei Wochen in der Goethestraße 12, 04109 Leipzig. Geht da noch was? Danke und Gruß, Sabine
""", O("shipped", "fbm", 49.95, ship=-1, carrier="DHL", trk="00340434161234567890", purch=-3, latest=2),
 E("versendet, Wert über EUR 30: Adresse nicht mehr änderbar, höflich erklären; kein Neuversand", fo=["reship_new_address"], fr=["address"])),

S(L, "de", "Timo", "Silikon Backmatten 3er Set", """
Moin, hab beim Bestellen die falsche Hausnummer erwischt (23 statt 32, Friesenweg, 22763 Hamburg). Das Päckchen ist wohl schon raus. Könnt ihr mir das nochmal an die richtige schicken? Wäre super.
""", O("shipped", "fbm", 14.99, ship=0, carrier="Hermes", trk="H1001234567890123456", purch=-2, latest=3),
 E("versendet, unter EUR 30, korrekte Adresse genannt: neue Einheit an die neue Adresse", offers=["reship_new_address"], fr=["address"], tasks=["reship"])),

S(L, "de", "Monika", "LED Nachtlicht mit Bewegungsmelder, 3 Stück", """
Bitte stornieren Sie meine Bestellung. Ich habe versehentlich zweimal bestellt.
""", O("unshipped", "fbm", 19.99, purch=0, latest=4),
 E("inoffizielle Stornierung per Nachricht, nicht versendet: auf Meine Bestellungen > Stornierung anfragen verweisen", offers=["cancel_via_amazon"], fo=["cancel"], fr=["reason"])),

S(L, "de", "Frank", "Akku-Rasentrimmer 18V", """
Sehr geehrte Damen und Herren,
ich möchte die Bestellung stornieren. Laut Amazon ist sie bereits verschickt. Was kann ich tun?
Frank Weber
""", O("shipped", "fbm", 79.00, ship=-1, carrier="DPD", trk="01234567890123", purch=-2, latest=2),
 E("Stornowunsch nach Versand ohne Grund: Grund erfragen, erklären dass versendet, fragen ob er die Ware annimmt", req=["reason", "keep_item"], fo=["cancel"])),

S(L, "de", "Lena", "Yogamatte rutschfest, 6 mm, Lila", """
Hallo! Wann kommt denn meine Yogamatte? Die Bestellung ist schon 5 Tage her und ich hab noch keine Versandbestätigung bekommen. LG Lena
""", O("shipped", "fbm", 24.99, ship=-3, carrier="DHL", trk="00340434169876543210", purch=-5, latest=1),
 E("Sendungsanfrage FBM mit Sendungsnummer im Datensatz: Versanddienstleister, Sendungsnummer, Liefertermin nennen", offers=["tracking"], fr=["order_id"])),

S(L, "de", "Dieter", "Gusseisen Bräter oval 6,5 L", """
Ware nach fast vier Wochen immer noch nicht da. Sendungsverfolgung seit 20 Tagen unverändert. Ich erwarte die Erstattung des Kaufpreises.
""", O("shipped", "fbm", 59.90, ship=-25, carrier="DHL", trk="00340434160000111122", purch=-26, latest=-14),
 E("nicht erhalten, lange überfällig, FBM, Erstattung verlangt", offers=["refund"], fo=["replacement"])),

S(L, "de", "Katrin", "Bettwäsche Set Baumwolle 135x200, Salbeigrün", """
Hallo, ich habe Salbeigrün bestellt, geliefert wurde aber Anthrazit. Foto vom Etikett hängt an. Bitte schicken Sie mir die grüne Bettwäsche, die graue schicke ich gerne zurück.
""", O("delivered", "fbm", 39.90, ship=-5, deliv=-1, carrier="DHL", trk="00340434161111222233", purch=-6),
 E("falsche Farbe, gewünschte Farbe genannt, Foto angehängt: richtige Variante schicken", offers=["replacement"], fr=["variant", "photo"], tasks=["reship"]), photo=True),

S(L, "de", "Stefan", "Bluetooth Lautsprecher wasserdicht", """
Servus, der Lautsprecher lädt nicht mehr. Die LED blinkt kurz rot, dann nix. Hab zwei verschiedene Kabel und Netzteile probiert. Hätte gern einen neuen.
""", O("delivered", "fba", 35.99, ship=-15, deliv=-12, carrier="AMZL", trk="DE1234567890", purch=-16),
 E("defekt, Symptom beschrieben, Ersatz gewünscht: Ersatzgerät, nicht nach Symptom fragen", offers=["replacement"], fr=["symptom"])),

S(L, "de", "Petra", "Schuhregal 5 Ebenen, Bambus", """
Guten Abend, beim Aufbau habe ich festgestellt, dass zwei der Seitenstangen fehlen (Teil C laut Anleitung). Ohne die kann ich das Regal nicht zusammenbauen. Könnten Sie mir die zwei Teile zuschicken? Vielen Dank im Voraus!
""", O("delivered", "fbm", 32.99, ship=-4, deliv=-1, carrier="Hermes", trk="H1001234567000000001", purch=-5),
 E("fehlende Teile benannt (2x Teil C), Nachsendung erbeten", offers=["send_parts"], fr=["missing_part"], tasks=["ship_parts"])),

S(L, "de", "Markus", "Kaffeemühle elektrisch, Kegelmahlwerk", """
Hallo,
brauche die Mühle doch nicht, hab eine geschenkt bekommen. Ist noch originalverpackt. Wie läuft die Rücksendung?
Gruß Markus
""", O("delivered", "fbm", 45.00, ship=-6, deliv=-3, carrier="DHL", trk="00340434162222333344", purch=-7),
 E("Rückgabe ohne Mangel, FBM: fragen, ob er die Ware gegen Erstattung behält statt teurer Rücksendung", offers=["keep_with_refund"], fr=["reason"])),

S(L, "de", "Ursula", "Handtuch Set 4-teilig, Frottee", """
Ich habe die Ware vor drei Wochen zurückgeschickt und warte immer noch auf mein Geld. Bitte um Klärung.
""", O("returned", "fbm", 27.99, ship=-35, deliv=-32, carrier="DHL", trk="00340434163333444455", ref=27.99, refd=-4, purch=-36, ret="true"),
 E("Erstattung im Datensatz: Betrag und Datum nennen, Banklaufzeit erklären", offers=["refund_info"], fr=["order_id"])),

S(L, "de", "Holger", "Fahrradschloss Faltschloss mit Halterung", """
Das Schloss klemmt nach einer Woche schon, der Schlüssel lässt sich kaum drehen und bleibt stecken. Für 40 Euro eine Frechheit. Wenn da nichts passiert gibt's eine entsprechende Bewertung. Ich will mein Geld zurück.
""", O("delivered", "fbm", 39.99, ship=-10, deliv=-8, carrier="DHL", trk="00340434164444555566", purch=-11),
 E("Bewertungsdrohung mit klarem Mangel (Schloss klemmt), Erstattung verlangt: Lösung anbieten, nie an Bewertung koppeln", offers=["refund"], fr=["symptom"])),

S(L, "de", "Anja", "Kinder Regenjacke, Größe 110", """
Hallo zusammen, die Jacke ist leider zu klein ausgefallen. Können wir sie gegen Größe 116 tauschen? Danke!
""", O("delivered", "fbm", 26.95, ship=-6, deliv=-2, carrier="DHL", trk="00340434165555666677", purch=-7),
 E("passt nicht, gewünschte Größe 116 genannt: Umtausch in 116 anbieten, nicht nach Größe fragen", offers=["replacement"], fr=["variant"])),
]
