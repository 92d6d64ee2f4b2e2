L = "de"
D = []
def a(rules, note, text):
    D.append((L, rules, note, text.strip("\n")))

a("email;off_amazon_contact", "e-mail written with (at) and a German TLD", """
Hallo Herr Brandt,

vielen Dank für die Fotos. Der Riss im Holz der Schneidebrett-Kante ist tatsächlich ein Materialfehler. Damit unsere Werkstatt Ihnen direkt einen Ersatz zuschneiden kann, schicken Sie uns bitte die gewünschten Maße an werkstatt(at)holzliebe-allgaeu.de.

Mit freundlichen Grüßen
Anja Kessler
Holzliebe Allgäu
""")
a("phone;off_amazon_contact", "German number with (0) and an invitation to call", """
Sehr geehrte Frau Yilmaz,

es tut uns leid, dass die Nähmaschine den Faden nicht richtig aufnimmt. Das lässt sich meist in wenigen Minuten einstellen. Rufen Sie uns am besten direkt an unter +49 (0)40 3344 5521, Mo–Fr von 9 bis 16 Uhr, dann gehen wir die Einstellung gemeinsam durch.

Freundliche Grüße
Ihr Team von Nähwerk Hamburg
""")
a("off_amazon_payment", "refund via PayPal 'Freunde' instead of Amazon", """
Hallo Jonas,

sorry, dass bei deinem Brettspiel die Würfel gefehlt haben. Wir würden dir gern 5 € zurückgeben. Über Amazon dauert das leider immer ewig, deshalb schick uns doch einfach deine PayPal-Adresse, dann überweisen wir dir das Geld heute noch als Zahlung an Freunde.

Viele Grüße
Spielekiste Leipzig
""")
a("review_incentive", "conditional refund once the review is removed", """
Sehr geehrter Herr Wagner,

wir bedauern sehr, dass die Lieferung der Gartenbank so lange gedauert hat. Gern erstatten wir Ihnen die Versandkosten in Höhe von 29,90 €. Sobald die 1-Stern-Bewertung entfernt ist, veranlassen wir die Erstattung umgehend.

Mit freundlichen Grüßen
Gartenmöbel Rheinland
""")
a("placeholder", "unfilled {Anrede} {Nachname} slot", """
Sehr geehrte/r {Anrede} {Nachname},

vielen Dank für Ihre Nachricht. Ihre Bestellung wurde heute an DHL übergeben und wird voraussichtlich in zwei Werktagen zugestellt. Die Sendungsverfolgung finden Sie in Ihrem Amazon-Konto unter „Meine Bestellungen“.

Mit freundlichen Grüßen
Ihr Kundenservice
Vitalkorb Naturkost
""")
a("marketing", "cross-sell new range without a coupon keyword", """
Hallo Frau Schulte,

schön, dass die Teekanne gut angekommen ist! Passend dazu haben wir gerade neue Teeschalen in derselben Glasur ins Sortiment aufgenommen. Wenn Sie bei Amazon nach „Töpferei Sonnberg“ suchen, finden Sie die ganze Serie.

Herzliche Grüße aus dem Schwarzwald
Töpferei Sonnberg
""")
a("link", "website for assembly video", """
Guten Tag Herr Lorenz,

die Montage des Hochbetts ist im Heft ab Seite 12 beschrieben. Falls die Zeichnungen unklar sind: Ein Aufbauvideo finden Sie auf www.kinderzimmer-traum.de/aufbau. Die Schrauben M6 gehören übrigens in die Querstreben, nicht in die Leiter.

Viele Grüße
Kinderzimmer Traum
""")
a("review_positive", "asks for five stars outright", """
Liebe Frau Becker,

wie schön, dass Ihnen der Adventskranz so gut gefällt! Wir sind ein kleiner Familienbetrieb und jede Bewertung hilft uns sehr. Über eine 5-Sterne-Bewertung auf Amazon würden wir uns riesig freuen.

Herzliche Grüße und eine schöne Adventszeit
Familie Huber
Kranzbinderei Huber
""")
a("review_incentive", "soft: voucher for a replacement plus 'kindly reconsider your rating' across sentences", """
Hallo Herr Krause,

es tut uns leid, dass der Akku der Taschenlampe schon nach zwei Wochen schwächelt. Wir schicken Ihnen kostenlos einen neuen Akku zu.

Vielleicht mögen Sie Ihre Bewertung dann noch einmal überdenken, wenn alles funktioniert. Wir würden uns freuen.

Viele Grüße
LichtPunkt Outdoor
""")

a("", "TRAP: WhatsApp named only to decline it", """
Hallo Frau Neumann,

danke für das Angebot, uns das Video per WhatsApp zu schicken. Leider dürfen wir die Kommunikation nicht außerhalb von Amazon fortsetzen. Sie können das Video oder ein paar Fotos aber einfach hier an die Nachricht anhängen, dann schauen wir es uns sofort an.

Freundliche Grüße
Kaffeewerk Dresden
""")
a("", "TRAP: DHL tracking number, postcode and date", """
Sehr geehrter Herr Albrecht,

Ihr Paket wurde am 12.11. mit DHL verschickt. Die Sendungsnummer lautet 00340434161094015902. Laut DHL liegt es derzeit im Zustellstützpunkt für die PLZ 80331 und wird am 14.11. zugestellt.

Mit freundlichen Grüßen
Bergsport Isartal
""")
a("", "TRAP: official cancellation path with '>'", """
Hallo Herr Demir,

danke für Ihre Nachricht. Eine Stornierung können Sie ganz einfach selbst beantragen: Meine Bestellungen > Bestellung auswählen > Stornierung anfordern. Da die Bestellung noch nicht versandt wurde, bestätigen wir die Stornierung sofort.

Viele Grüße
Leuchtenmanufaktur Weser
""")
a("", "TRAP: Amazon coupon explains the smaller refund", """
Guten Tag Frau Hartmann,

die Erstattung beträgt 35,99 € statt 39,99 €, weil bei Ihrer Bestellung ein Amazon-Coupon über 4 € eingelöst wurde. Dieser Betrag wurde Ihnen nie berechnet. Sie erhalten also genau den Betrag zurück, den Sie bezahlt haben.

Mit freundlichen Grüßen
Haushaltsprofi Nord
""")
a("", "TRAP: thanks for an existing review, no ask", """
Hallo Sven,

wir haben gerade deine Rezension zur Stirnlampe gelesen und wollten einfach Danke sagen. Dein Hinweis, dass sie auch mit Handschuhen gut zu bedienen ist, hilft anderen Käufern bestimmt weiter.

Viele Grüße
Gipfelglück Ausrüstung
""")
a("", "plain: damaged item, replacement or refund, ask photo", """
Sehr geehrte Frau Vogel,

es tut uns sehr leid, dass die Glasschale zerbrochen angekommen ist. Vermutlich ist sie beim Transport beschädigt worden. Könnten Sie uns hier ein Foto der Schale und des Kartons schicken? Danach senden wir Ihnen gern Ersatz oder erstatten den Kaufpreis, ganz wie Sie möchten.

Freundliche Grüße
Glashütte Lausitz
""")
a("", "plain: already shipped, cannot change address", """
Hallo Herr Schmitt,

leider ist Ihre Bestellung bereits gestern verschickt worden, sodass wir die Lieferadresse nicht mehr ändern können. Falls niemand unter der alten Adresse das Paket annehmen kann, verweigern Sie bitte die Annahme; sobald es zu uns zurückkommt, erstatten wir Ihnen den vollen Betrag.

Mit freundlichen Grüßen
Fahrradteile Ruhr
""")
