E = []
def a(rules, note, text): E.append(("de", rules, note, text.strip("\n")))

a("email;off_amazon_contact", "(at)/(punkt) obfuscated e-mail", """
Hallo Herr Wagner,

danke für Ihre Nachricht zur Pfanne. Damit wir den Garantiefall schneller bearbeiten können, schicken Sie bitte zwei Fotos der beschädigten Beschichtung an service(at)kuechenwelt-shop(punkt)de. Unser Lager prüft das dann direkt und meldet sich bei Ihnen.

Viele Grüße
Sabine Krüger
Küchenwelt Shop
""")

a("phone;off_amazon_contact", "Berlin number with slash formatting", """
Sehr geehrte Frau Lehmann,

es tut uns leid, dass die Montage des Regals Probleme bereitet. Am einfachsten lässt sich das telefonisch klären. Rufen Sie uns gerne an unter 030 / 5557 3921, montags bis freitags von 8 bis 16 Uhr, unser Techniker Herr Yilmaz hilft Ihnen weiter.

Mit freundlichen Grüßen
Ihr Team von Regalprofi
""")

a("review_incentive;placeholder", "conditional refund for adjusting review, plus [BETRAG] slot", """
Hallo Frau Becker,

wir bedauern sehr, dass die Lampe flackert. Wir möchten das gerne wiedergutmachen: Sobald Sie Ihre Bewertung angepasst haben, erstatten wir Ihnen [BETRAG] als Entschädigung, das Gerät können Sie behalten.

Geben Sie uns einfach kurz Bescheid.

Beste Grüße
Lichtblick Leuchten
""")

a("email;off_amazon_contact;off_amazon_payment", "IBAN for bank transfer refund, send by e-mail", """
Sehr geehrter Herr Hoffmann,

vielen Dank für die Rücksendung der Kaffeemaschine. Da bei Amazon-Teilerstattungen leider oft Verzögerungen auftreten, überweisen wir Ihnen die 35 € gerne direkt. Bitte senden Sie Ihre IBAN und den Kontoinhaber an buchhaltung@bohnenglueck.de.

Mit freundlichen Grüßen
Thomas Meier
Bohnenglück GmbH
""")

a("marketing", "discount code for next order", """
Hallo Jana,

super, dass die Wanderschuhe jetzt passen! Der Umtausch in Größe 39 ist heute rausgegangen.

Kleiner Tipp noch: Mit dem Code WINTER10 sparen Sie bei Ihrer nächsten Bestellung in unserem Shop 10 % auf alle Wintersocken und Gamaschen.

Liebe Grüße
Lena vom Bergpfad-Team
""")

a("placeholder", "{{anrede}} {{nachname}} salutation slots", """
Sehr geehrte/r {{anrede}} {{nachname}},

vielen Dank für Ihre Anfrage. Ihre Bestellung wurde heute an DHL übergeben und sollte innerhalb von 1 bis 2 Werktagen bei Ihnen eintreffen. Die Sendungsnummer finden Sie in Ihrem Amazon-Konto unter Meine Bestellungen.

Mit freundlichen Grüßen
Ihr Kundenservice
Gartenfreund Versand
""")

a("link", "www domain with path for instructions", """
Moin Herr Petersen,

das Klappern am Hinterrad kommt meistens von einer lockeren Schnellspannachse. Eine bebilderte Anleitung zum Nachziehen finden Sie auf www.fahrradteile-mueller.de/anleitung/schnellspanner, das dauert keine fünf Minuten.

Falls es danach immer noch klappert, melden Sie sich bitte nochmal.

Gruß aus Kiel
Jens Müller
""")

a("review_positive", "explicit 5-star request", """
Liebe Frau Schulz,

herzlichen Dank für Ihre freundliche Rückmeldung! Es freut uns sehr, dass Ihnen die Bettwäsche gefällt und die Farbe genau wie auf den Bildern ist.

Wir würden uns riesig über eine 5-Sterne-Bewertung freuen, das hilft uns als kleinem Familienbetrieb enorm.

Herzliche Grüße aus dem Allgäu
Familie Brandl
""")

a("", "HARD-OK: PayPal named only to refuse", """
Sehr geehrter Herr Yildiz,

vielen Dank für Ihre Nachricht. Eine Erstattung per PayPal ist uns leider nicht möglich, da alle Zahlungen zu Amazon-Bestellungen ausschließlich über Amazon abgewickelt werden. Wir haben die Rückerstattung über 24,90 € heute veranlasst; sie wird auf Ihr ursprüngliches Zahlungsmittel gebucht.

Mit freundlichen Grüßen
Sonja Weber
Haushaltsplus
""")

a("", "HARD-OK: official cancellation path with '>'", """
Hallo Herr Kaiser,

danke für Ihre Nachricht. Ihre Bestellung ist noch nicht versandt. Sie können sie direkt in Ihrem Amazon-Konto stornieren: Meine Bestellungen > Stornierung anfordern. Wir bestätigen die Anfrage dann umgehend, und der Betrag wird automatisch erstattet.

Viele Grüße
Markus
Spielzeugkiste Fuchs
""")

a("", "HARD-OK: long DHL tracking number, postcode and order id", """
Guten Tag Frau Roth,

Ihre Bestellung 302-6619482-7735019 wurde am 4. Februar an DHL übergeben. Die Sendungsnummer lautet 00340434161094042557. Laut Sendungsverfolgung liegt das Paket bereits im Zustellzentrum für die PLZ 80331 und wird voraussichtlich morgen zugestellt.

Freundliche Grüße
Teeladen Sonnenberg
""")

a("", "HARD-OK: neutral feedback-update note after resolution", """
Sehr geehrter Herr Albrecht,

schön zu hören, dass der Ersatzakku angekommen ist und der Staubsauger wieder einwandfrei läuft. Danke für Ihre Geduld.

Wenn Sie der Meinung sind, dass wir Ihr Anliegen gelöst haben, können Sie Ihr Feedback aktualisieren. Das ist selbstverständlich ganz Ihnen überlassen.

Mit freundlichen Grüßen
Saugwerk Service
""")

a("", "plain: free replacement for defective item", """
Hallo Frau Neumann,

das tut mir leid, die Zeitschaltuhr sollte natürlich nicht nach zwei Wochen ausfallen. Wir schicken Ihnen heute kostenlos ein neues Gerät, das defekte müssen Sie nicht zurücksenden.

Viele Grüße
Peter Lang
Elektro Lang
""")

a("", "plain: keep item with partial refund instead of return", """
Guten Tag Herr Vogel,

verstanden, Sie benötigen den Rucksack nicht mehr. Eine Rücksendung ist natürlich innerhalb von 30 Tagen möglich. Alternativ können Sie ihn behalten, und wir erstatten Ihnen 30 % des Kaufpreises, das spart Ihnen den Weg zur Post. Sagen Sie uns einfach, was Ihnen lieber ist.

Freundliche Grüße
Rucksackmanufaktur Nord
""")

a("", "plain: shipped, address cannot be changed", """
Sehr geehrte Frau Kühn,

leider ist Ihre Bestellung bereits unterwegs, sodass wir die Lieferadresse nicht mehr ändern können. Sollte das Paket nicht zugestellt werden können, geht es automatisch an uns zurück und wir erstatten Ihnen den vollen Betrag.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Wohnidee Versand
""")
