from build import S, O, E

S("de", "DE", "Jürgen", "Gusseisen Bräter oval 5,5 l, emailliert",
  O("shipped", "fbm", 59.00, ship=-1, carrier="DHL", track="00340434161094077001", latest=2),
  """Guten Tag, leider ist mir bei der Lieferadresse ein Fehler passiert, wir sind vor einer Woche umgezogen. Neue Anschrift: Jürgen Kleinert, Am Mühlbach 7, 79112 Freiburg. Können Sie das Paket noch umleiten? Mit freundlichen Grüßen""",
  E("shipped FBM, EUR 59 above the EUR 30 threshold: politely explain the address can no longer be changed; no reship",
    fo="reship_new_address reorder", freq="address"))

S("de", "DE", "Anja", "Bettwäsche Set 135x200 Baumwolle, Salbeigrün",
  O("shipped", "fbm", 24.90, ship=-1, carrier="Hermes", track="H1004560001234567890", latest=3),
  """Hallo, ich habe gerade gesehen dass die alte Adresse drin steht. Bitte an: Anja Vogt, Lindenstraße 22, 04177 Leipzig. Danke!""",
  E("shipped FBM, EUR 24.90 under the threshold, new address in the message: offer a new unit to it; don't ask for the address again",
    offers="reship_new_address", freq="address", fo="reorder"))

S("de", "DE", "Malte", "Akku-Fensterreiniger mit 2 Wischbezügen",
  O("unshipped", "fbm", 44.99, latest=5),
  """Moin, bitte noch nicht verschicken - die Hausnummer ist falsch, richtig ist Nr. 14 statt 41 (Hafenstraße 14, 24103 Kiel). Könnt ihr das ändern?""",
  E("unshipped FBM, address change (updates off): Amazon's route is cancel and reorder; the address is already given",
    offers="reorder", fo="reship_new_address", freq="address"))

S("de", "DE", "Sabine", "Thermoskanne 1 l Edelstahl, anthrazit",
  O("unshipped", "fbm", 27.95, latest=4),
  """Hallo, ich würde die Bestellung gern stornieren, ich habe versehentlich zwei Stück bestellt (einmal über das Handy, einmal am PC). Danke!""",
  E("unofficial cancel request, unshipped, reason given (ordered twice): point to Meine Bestellungen > Stornierung anfragen; don't cancel",
    offers="cancel_via_amazon", fo="cancel", freq="reason"))

S("de", "DE", "Klaus", "Werkzeugkoffer 108-teilig",
  O("unshipped", "fbm", 49.90, latest=5),
  "", E("official cancellation request (Amazon notice), unshipped FBM: cancel in Seller Central and confirm",
    offers="cancel", tasks="cancel_order", fo="cancel_via_amazon", freq="reason"),
  kind="cancel", reason="Bestellung versehentlich aufgegeben")

S("de", "DE", "Ute", "Kräutertopf-Set für die Fensterbank, 3-teilig",
  O("shipped", "fbm", 22.50, ship=-3, carrier="DHL", track="00340434161094033221", latest=1),
  """Guten Tag, wann kommt denn meine Bestellung? In meinem Konto steht nur 'versandt'. Viele Grüße""",
  E("shipping question, FBM with tracking on record: give carrier, tracking number and expected date",
    offers="tracking", fo="amazon_support", freq="order_id"))

S("de", "DE", "Dennis", "Gaming Mauspad XXL 90x40 cm",
  O("shipped", "fba", 18.99, ship=-2, latest=0),
  """Wo bleibt mein Paket? Sollte heute kommen, Sendungsverfolgung zeigt nix.""",
  E("FBA: Amazon handles delivery and customer service; point to Amazon customer service",
    offers="amazon_support"))

S("de", "DE", "Petra", "Glas-Vorratsdosen mit Bambusdeckel, 6er Set",
  O("delivered", "fbm", 34.99, ship=-4, deliv=-1, carrier="DHL", track="00340434161094055667"),
  """Hallo, leider sind zwei der Gläser zerbrochen angekommen, Fotos habe ich angehängt. Ich hätte gern Ersatz für das Set.""",
  E("damaged, photo attached, replacement asked: send one; don't ask for a photo or a description",
    offers="replacement", freq="photo symptom", tasks="reship"), photo=True)

S("de", "DE", "Tobias", "Herren Laufschuhe Trail, Gr. 44",
  O("delivered", "fbm", 69.90, ship=-5, deliv=-2, carrier="DPD", track="01234567890123"),
  """Servus, bestellt hatte ich Größe 44, im Karton sind aber 42er. Bitte tauschen gegen 44.""",
  E("wrong size, wanted size (44) named: offer the right size, don't ask which size; a photo of the label is a fair ask",
    offers="replacement", req="photo", freq="variant"))

S("de", "DE", "Ingrid", "Elektrischer Milchaufschäumer 4-in-1",
  O("delivered", "fbm", 39.99, ship=-14, deliv=-11, carrier="DHL", track="00340434161094098765"),
  """Das Gerät schaltet sich nach ca. 10 Sekunden von selbst ab, die Milch wird nur lauwarm. Ich möchte kein Ersatzgerät, sondern mein Geld zurück.""",
  E("defective, symptom described, buyer wants a refund instead of a replacement",
    offers="refund", fo="replacement", freq="symptom"))

S("de", "DE", "Heiko", "Wandregal Eiche massiv 80 cm mit Halterungen",
  O("delivered", "fbm", 54.00, ship=-6, deliv=-2, carrier="DHL", track="00340434161094011223"),
  """Im Paket fehlen die Dübel und die 4 Schrauben für die Wandhalterung. Können Sie mir die bitte nachschicken?""",
  E("missing parts named (wall plugs, 4 screws) and asked for: send them; don't ask which",
    offers="send_parts", tasks="ship_parts", freq="missing_part symptom", fo="return"))

S("de", "DE", "Lena", "Stehlampe Rattan, 150 cm",
  O("delivered", "fbm", 79.00, ship=-8, deliv=-4, carrier="DHL", track="00340434161094066554"),
  """Hallo, hiermit widerrufe ich den Kauf. Die Lampe gefällt mir im Wohnzimmer leider nicht. Wie läuft die Rücksendung?""",
  E("withdrawal (Widerruf) with nothing wrong, FBM: ask whether she would keep it with a (partial) refund, else return",
    req="keep_item", fo="replacement", freq="photo symptom"))

S("de", "DE", "Frank", "USB-C Dockingstation 12-in-1",
  O("returned", "fbm", 89.00, ship=-30, deliv=-26, carrier="DHL", track="00340434161094044332", refund=89.00, refdate=-5, retrecv=-6),
  """Ich habe die Dockingstation zurückgeschickt, aber noch kein Geld gesehen. Wann wird erstattet?""",
  E("refund on record: give amount and date and the bank timing; don't refund again",
    offers="refund_info", fo="refund"))

S("de", "DE", "Monika", "Nackenkissen Memory Foam",
  O("delivered", "fbm", 29.90, ship=-23, deliv=-19, carrier="DHL", track="00340434161094022113"),
  "Paket an der Rücksendeadresse zugestellt",
  E("FBM return received, no refund on record: refund within two business days and inspect the item; no reply",
    tasks="refund inspect_return", draft=False), kind="return_recv", reason="Performance or quality not adequate")

S("de", "DE", "Rainer", "Smartwatch Armband Edelstahl 22 mm",
  O("delivered", "fbm", 15.99, ship=-9, deliv=-6, carrier="Deutsche Post", track="RR123456789DE"),
  "Passt nicht an meine Uhr, Beschreibung falsch. Verkäufer reagiert nicht.",
  E("negative feedback alert: find the buyer and reach out (task); no reply on the notice",
    tasks="contact_buyer", draft=False), kind="feedback", reason="2 von 5")

S("de", "DE", "Carina", "Kuscheldecke 150x200, anthrazit",
  O("delivered", "fbm", 32.00, ship=-5, deliv=-2, carrier="Hermes", track="H1004560009876543210"),
  """Ich habe die Decke in Anthrazit bestellt, bekommen habe ich Hellgrau. Wenn das nicht schnell geklärt wird, gibt es eine 1-Stern-Bewertung. Ich will die anthrazitfarbene.""",
  E("review threat with a clear problem: wrong colour, wanted colour named; solve it, never tie it to the review",
    offers="replacement", freq="variant"))

S("de", "DE", "Wolfgang", "Kaffeemühle elektrisch mit Kegelmahlwerk",
  O("shipped", "fbm", 64.00, ship=-2, carrier="DHL", track="00340434161094099887", latest=2),
  """Bitte stornieren Sie die Bestellung. Danke.""",
  E("cancel after shipping, no reason: explain it shipped; ask the reason and whether he would keep it (else refuse delivery)",
    fo="cancel cancel_via_amazon", req="reason keep_item"))
