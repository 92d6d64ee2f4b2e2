L = "it"
D = []
def a(rules, note, text):
    D.append((L, rules, note, text.strip("\n")))

a("email;off_amazon_contact", "'chiocciola' spelled out", """
Gentile Signora Ferri,

ci dispiace per il problema con la cerniera della borsa. Per procedere con la riparazione gratuita, ci mandi per favore le foto all'indirizzo assistenza chiocciola pelletteriafiorentina punto it, indicando il modello.

Cordiali saluti,
Pelletteria Fiorentina
""")
a("phone;off_amazon_contact", "Milan landline with call invitation", """
Buongiorno Sig. Rinaldi,

la macchina per la pasta va regolata con la manopola laterale prima del primo utilizzo. Se preferisce, ci chiami allo 02 8736 4410, dal lunedì al venerdì, e il nostro tecnico la guiderà passo dopo passo.

Cordiali saluti,
Pasta Facile
""")
a("off_amazon_payment", "refund by bonifico, asks for IBAN", """
Ciao Marco,

hai ragione, nella confezione mancavano due cartucce. Per non farti aspettare i tempi di Amazon, mandaci il tuo IBAN e ti facciamo subito un bonifico di 7 euro.

A presto,
Penne & Inchiostri
""")
a("placeholder", "printf-style %s placeholder", """
Gentile %s,

grazie per averci contattato. Il suo ordine è stato affidato a BRT ed è in consegna. Dovrebbe arrivare entro domani sera. Può seguire la spedizione dalla sezione I miei ordini del suo account Amazon.

Cordiali saluti,
Il servizio clienti di Caffè Aurora
""")
a("review_incentive", "replacement conditional on removing a feedback", """
Gentile Signor Bruno,

siamo spiacenti per la caffettiera difettosa. Possiamo spedirle subito una caffettiera nuova: le chiediamo solo di rimuovere prima il feedback negativo, poi procediamo con la spedizione.

Cordiali saluti,
Moka Italia
""")
a("marketing", "Instagram follow plus new collection", """
Ciao Giulia,

il tuo ordine di orecchini è partito oggi e arriverà entro giovedì.

Abbiamo appena lanciato la nuova collezione primavera: seguici su Instagram per vedere tutte le novità in anteprima!

Un abbraccio,
Bijoux di Sara
""")
a("link", "bare domain with path for care instructions", """
Buongiorno Signora Conti,

per mantenere la tovaglia di lino come nuova, la lavi a 30 gradi e la stiri ancora umida. Trova tutte le istruzioni di cura con le foto su linificiodelgarda.it/cura-del-lino.

Cordiali saluti,
Linificio del Garda
""")
a("review_positive", "asks explicitly for five stars", """
Ciao Francesca,

siamo felicissimi che il cuscino ti sia piaciuto! Siamo una piccola azienda artigiana e ogni recensione conta: se ti va, lasciaci 5 stelle su Amazon, ci aiuterebbe tantissimo.

Grazie di cuore,
Laboratorio Piuma
""")

a("", "TRAP: PayPal and bonifico named only to refuse", """
Gentile Sig. Marino,

capiamo che preferirebbe un rimborso tramite PayPal o bonifico, ma possiamo rimborsare solo tramite Amazon, sullo stesso metodo di pagamento dell'ordine. Il rimborso di 19,90 euro è già stato avviato.

Cordiali saluti,
Ottica Dolomiti
""")
a("", "TRAP: thanks for existing review", """
Ciao Matteo,

abbiamo appena letto la tua recensione sul supporto per bici e volevamo solo ringraziarti per il tempo che ci hai dedicato. Il consiglio di stringere prima le viti inferiori sarà utile a molti.

Buone pedalate,
Ciclofficina Adige
""")
a("", "TRAP: Amazon.it named, tracking and CAP", """
Gentile Signora Greco,

il pacco del suo ordine su Amazon.it è partito il 3 ottobre con Poste Italiane. Il codice di tracciamento è RR123456785IT ed è arrivato al centro di smistamento per il CAP 00187. La consegna è prevista per il 6 ottobre.

Cordiali saluti,
Ceramiche di Deruta
""")
a("", "TRAP: official return-cancellation path per EU/IT rule", """
Gentile Sig. Villa,

se ha cambiato idea e vuole annullare la richiesta di reso, può farlo direttamente dal suo account Amazon, nella sezione I miei ordini. Noi non possiamo annullarla dal nostro lato. Ci scusi per il disagio.

Cordiali saluti,
Elettronica Brianza
""")
a("", "TRAP: WhatsApp declined", """
Ciao Alessia,

ci chiedi di continuare su WhatsApp, ma purtroppo le regole di Amazon non ce lo permettono: dobbiamo restare in questa chat. Puoi allegare qui le foto del vaso e ti rispondiamo subito.

Grazie,
Vetreria Murano Blu
""")
a("", "plain: damaged, apologise, offer refund or reship", """
Gentile Signora Esposito,

ci dispiace molto che il piatto sia arrivato scheggiato; probabilmente si è danneggiato durante il trasporto. Può inviarci qui una foto? Poi le proponiamo un rimborso o una nuova spedizione, come preferisce.

Cordiali saluti,
Maioliche Vietresi
""")
a("", "plain: refund status with amount and date", """
Buongiorno Sig. Costa,

il rimborso di 54,00 euro è stato emesso il 12 settembre. Di solito le banche impiegano da 3 a 5 giorni lavorativi per accreditarlo. Se non lo vede entro il 20 settembre, ci scriva pure qui.

Cordiali saluti,
Sport Valtellina
""")
