from en_block import a, D

# ---- block
a("de", "block", "link", "shop URL for a manual, German domain without scheme", """Hallo Herr Becker,

vielen Dank für Ihre Nachricht. Die Montageanleitung für das Regal liegt leider nur in gekürzter Form bei. Die ausführliche Version mit allen Bohrmaßen finden Sie auf hausfreund-shop.de/anleitungen, dort einfach die Artikelnummer RG-80 eingeben.

Bei weiteren Fragen antworten Sie gern hier.

Mit freundlichen Grüßen
Stefan Krüger
Hausfreund Möbel""")

a("de", "block", "email;off_amazon_contact", "email with (at) obfuscation plus invitation", """Sehr geehrte Frau Schulz,

es tut uns leid, dass die Pfanne mit einer Delle angekommen ist. Damit unsere Qualitätsabteilung den Schaden prüfen kann, senden Sie bitte zwei, drei Fotos an service(at)kuechenwelt-berlin.de. Wir melden uns dann innerhalb von 24 Stunden mit einer Lösung.

Freundliche Grüße
Ihr Team von Küchenwelt Berlin""")

a("de", "block", "phone;off_amazon_contact", "Berlin landline with call invitation", """Guten Tag Herr Wagner,

danke für Ihre Geduld. Die Einstellung des Thermostats lässt sich am Telefon viel schneller erklären als schriftlich. Rufen Sie uns doch einfach unter 030 / 2345 6789 an, wir sind montags bis freitags von 8 bis 17 Uhr erreichbar und helfen Ihnen gerne weiter.

Viele Grüße
Jens Hoffmann
Thermotec Service""")

a("de", "block", "review_positive", "five-star ask in formal German", """Liebe Frau Neumann,

es freut uns sehr, dass Ihnen die Bettwäsche gefällt und der Umtausch so schnell geklappt hat. Als kleiner Familienbetrieb sind wir auf Empfehlungen angewiesen. Über eine 5-Sterne-Bewertung auf Amazon würden wir uns daher riesig freuen, es dauert nur eine Minute.

Herzliche Grüße aus dem Allgäu
Ihre Familie Brandl""")

a("de", "block", "review_incentive", "conditional refund once review is adjusted", """Hallo Herr Lehmann,

wir bedauern sehr, dass der Akku Ihres Staubsaugers so schnell nachlässt. Wir möchten Ihnen gerne 20 € zurückerstatten. Sobald Sie Ihre Bewertung entsprechend angepasst haben, geben Sie uns kurz Bescheid, dann veranlassen wir die Erstattung noch am selben Tag.

Mit freundlichen Grüßen
CleanMax Kundenservice""")

a("de", "block", "marketing", "discount code for next order", """Hallo Frau Krause,

Ihr Ersatzdeckel ist heute mit DHL rausgegangen und sollte in zwei Tagen bei Ihnen sein. Entschuldigen Sie bitte nochmals den Fehler.

Als kleines Dankeschön erhalten Sie mit dem Code HERBST10 zehn Prozent Rabatt auf Ihre nächste Bestellung bei uns.

Beste Grüße
Miriam vom Topfland-Team""")

a("de", "block", "off_amazon_payment", "offers refund via PayPal or bank transfer", """Sehr geehrter Herr Zimmermann,

danke für Ihre Rückmeldung. Damit Sie das Paket nicht zurückschicken müssen, erstatten wir Ihnen die Hälfte des Kaufpreises. Das geht bei uns am schnellsten per PayPal oder Überweisung. Teilen Sie uns bitte einfach mit, welche Variante Ihnen lieber ist und an welches Konto das Geld gehen soll.

Mit besten Grüßen
Karin Vogel
Vogel Haushaltswaren""")

a("de", "block", "placeholder", "template slots for name and tracking left unfilled", """Hallo {{kunde_vorname}},

vielen Dank für Ihre Geduld. Ihre Bestellung wurde heute an DHL übergeben. Sie können die Sendung mit der Sendungsnummer [SENDUNGSNUMMER] verfolgen. Die Zustellung erfolgt voraussichtlich in 1 bis 2 Werktagen.

Freundliche Grüße
Ihr Gartenglück-Team""")

a("de", "block", "off_amazon_contact", "WhatsApp invitation, no number", """Hi Herr Yilmaz,

das Problem mit der Kamera klingt nach einem Firmware-Thema. Am einfachsten wäre es, wenn Sie mir kurz per WhatsApp schreiben, dann kann ich Ihnen Screenshots schicken und wir gehen das Schritt für Schritt zusammen durch. Die Nummer schicke ich Ihnen, sobald Sie mir Bescheid geben.

Gruß
Timo
SecureView Technik""")

a("de", "block", "marketing", "cross-selling matching lids without promo words", """Guten Tag Frau Schmitt,

schön, dass der Bräter gut angekommen ist. Übrigens: Passend zu Ihrem 28-cm-Bräter führen wir auch den Glasdeckel und den Dämpfeinsatz aus derselben Serie, beide finden Sie ganz einfach in unserem Amazon-Shop. Viele Kundinnen kaufen die beiden Teile direkt dazu.

Viel Freude beim Kochen!
Ihr Gusseisen-Manufaktur-Team""")

# ---- ok
a("de", "ok", "", "hard: official cancellation path 'Meine Bestellungen'", """Hallo Frau Richter,

danke für Ihre Nachricht. Sie können die Bestellung ganz einfach selbst stornieren: Gehen Sie in Ihrem Amazon-Konto auf Meine Bestellungen, wählen Sie die Bestellung aus und klicken Sie auf „Stornierung anfordern". Wir bestätigen die Stornierung dann umgehend.

Viele Grüße
Lara
Kinderzimmer Traum""")

a("de", "ok", "", "hard: PayPal named only to refuse", """Sehr geehrter Herr Schäfer,

Sie hatten gefragt, ob wir die Erstattung auf Ihr PayPal-Konto überweisen können. Das ist leider nicht möglich, da wir Zahlungen ausschließlich über Amazon abwickeln dürfen. Die Erstattung über 24,90 € haben wir heute über Amazon veranlasst; sie wird auf Ihre ursprüngliche Zahlungsmethode gebucht.

Mit freundlichen Grüßen
Bernd Kühn
Kühn Werkzeuge""")

a("de", "ok", "", "hard: phone call declined", """Hallo Herr Fuchs,

wir verstehen, dass ein Anruf für Sie bequemer wäre. Amazon gibt jedoch vor, dass wir die Kommunikation mit Käufern über das Nachrichtensystem führen, und Telefonnummern dürfen wir hier nicht austauschen. Beschreiben Sie uns einfach, bei welchem Schritt die Installation hängen bleibt, dann helfen wir Ihnen hier Schritt für Schritt.

Freundliche Grüße
Nadine
SmartHome Zentrale""")

a("de", "ok", "", "hard: DHL tracking number, postcode, date", """Guten Tag Frau Weber,

Ihre Bestellung 302-4471920-5518347 wurde am 04.12. verschickt. Die DHL-Sendungsnummer lautet 00340434161234567890. Laut Sendungsverfolgung liegt das Paket aktuell im Paketzentrum 10115 Berlin und wird voraussichtlich morgen zugestellt.

Beste Grüße
Kai
Lichtblick Leuchten""")

a("de", "ok", "", "hard: thanks for review already written", """Liebe Frau Hartmann,

wir haben gerade Ihre Rezension zur Kaffeemühle gelesen und wollten uns einfach bedanken. Besonders Ihr Hinweis zur Mahlgradeinstellung für French Press ist wirklich hilfreich für andere Käufer. Schön, dass Sie so zufrieden sind.

Herzliche Grüße
Ihr Team von Röstwerk Hamburg""")

a("de", "ok", "", "hard: free replacement, no conditions", """Hallo Herr Roth,

es tut uns leid, dass der Wasserkocher nach zwei Wochen nicht mehr heizt. Wir schicken Ihnen kostenlos ein neues Gerät, es geht morgen raus. Das defekte Gerät müssen Sie nicht zurücksenden, bitte entsorgen Sie es einfach beim Wertstoffhof. Sie müssen sonst nichts weiter tun.

Mit freundlichen Grüßen
Sabine Frank
Frank Elektro""")

a("de", "ok", "", "hard: Amazon.de named as the store", """Sehr geehrte Frau Lange,

vielen Dank für Ihre Anfrage. Wir verkaufen unsere Produkte ausschließlich über Amazon.de und haben keinen eigenen Webshop. Die Nachfüllpackung für Ihren Duftdiffusor ist derzeit leider ausverkauft; laut unserem Lager kommt neue Ware in etwa zwei Wochen.

Freundliche Grüße
Aroma Atelier""")

a("de", "ok", "", "hard: Amazon coupon explains smaller refund", """Hallo Herr Braun,

danke für Ihre Rücksendung. Die Erstattung beträgt 35,99 € und nicht 39,99 €, weil bei Ihrer Bestellung ein Amazon-Coupon über 4 € eingelöst wurde. Erstattet wird immer der tatsächlich bezahlte Betrag. Es fehlt also nichts.

Viele Grüße
Deniz
Outdoorwelt Süd""")
