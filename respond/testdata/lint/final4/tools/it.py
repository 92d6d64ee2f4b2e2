from en_block import a, D

# ---- block
a("it", "block", "email;off_amazon_contact", "email spelled with 'chiocciola'", """Gentile signora Bianchi,

ci dispiace molto che il frullatore sia arrivato con il coperchio incrinato. Per velocizzare la pratica, le chiediamo di inviare le foto a assistenza chiocciola casaviva punto it, indicando il numero d'ordine. Le risponderemo entro un giorno lavorativo.

Cordiali saluti,
Casa Viva Elettrodomestici""")

a("it", "block", "phone;off_amazon_contact", "Italian mobile number, call or message", """Ciao Marco,

mi spiace per il problema con il montaggio della libreria! Se vuoi, chiamami o mandami un messaggio al 333 123 4567, così ti spiego a voce come inserire i ripiani. Di solito si risolve in due minuti.

A presto,
Giulia
Legno & Forma""")

a("it", "block", "link;off_amazon_contact", "contact form on website, bare domain", """Buongiorno signor Russo,

grazie per la segnalazione. Per aprire la richiesta di garanzia la invitiamo a compilare il modulo su www.ferramentaesposito.it/assistenza, allegando lo scontrino e una foto del trapano. Il nostro tecnico la ricontatterà direttamente.

Distinti saluti,
Ferramenta Esposito""")

a("it", "block", "review_positive", "explicit five-star ask", """Ciao Francesca,

siamo felicissimi che il set di pentole ti piaccia! Siamo un piccolo laboratorio di Bergamo e ogni recensione a 5 stelle ci aiuta tantissimo a farci conoscere. Se hai un minuto, ce la lasceresti su Amazon?

Grazie di cuore,
Paolo e Chiara
Rame Artigiano""")

a("it", "block", "review_incentive", "free item once the review is modified", """Gentile signor Ferrari,

abbiamo letto la sua recensione e ci scusiamo per il ritardo nella consegna. Vorremmo regalarle un secondo set di tovaglioli coordinati: non appena avrà modificato la recensione, ci scriva qui e glielo spediremo subito.

Cordialmente,
Tessitura Lariana""")

a("it", "block", "marketing", "coupon code and other products", """Buongiorno signora Romano,

il pacco con la taglia corretta è partito stamattina. Per scusarci del disagio, le regaliamo il codice SCONTO15 valido sul suo prossimo acquisto, e le consigliamo di dare un'occhiata anche alle nostre nuove sciarpe in cashmere.

Un caro saluto,
Maglieria Valtellina""")

a("it", "block", "off_amazon_payment", "refund by bank transfer / PostePay", """Buongiorno signor Colombo,

per il pezzo mancante possiamo rimborsarle 10 € senza che lei debba restituire nulla. Il modo più rapido per noi è un bonifico o una ricarica PostePay: ci indichi pure l'IBAN o il numero della carta e provvediamo oggi stesso.

Saluti,
Riccardo
Idraulica Colombo""")

a("it", "block", "placeholder", "{{nome}} and unfilled tracking slot", """Ciao {{nome}},

grazie per il tuo ordine! Ti confermiamo che il pacco è stato affidato a BRT e che puoi seguirlo con il codice di tracciamento {{tracking}}. La consegna è prevista entro 48 ore.

Buona giornata,
Il team di Dolce Casa""")

a("it", "block", "off_amazon_contact", "Telegram invitation with handle", """Ciao Alessandro,

per la personalizzazione dell'incisione sul portachiavi ci serve la scritta esatta e il font. Per fare prima, scrivici su Telegram all'utente @incisioni_luca, così ti mando subito le anteprime e scegli quella che preferisci.

Ciao!
Luca""")

a("it", "block", "review_positive", "review gating in Italian", """Gentile signora Greco,

speriamo che la macchina per la pasta sia di suo gradimento. Se è soddisfatta, ci farebbe un grande piacere se lasciasse una recensione. Se invece qualcosa non va, ci scriva prima qui, così possiamo risolvere senza che debba lasciare un commento negativo.

Cordiali saluti,
Pasta Fresca Italia""")

# ---- ok
a("it", "ok", "", "hard: bank transfer named only to refuse", """Gentile signor Marino,

capiamo che preferirebbe ricevere il rimborso tramite bonifico, ma non possiamo effettuare pagamenti al di fuori di Amazon. Il rimborso di 29,90 € è già stato emesso tramite Amazon e le verrà accreditato sul metodo di pagamento originale entro pochi giorni.

Cordiali saluti,
Valentina
Casa del Caffè""")

a("it", "ok", "", "hard: Telegram mentioned only to refuse", """Ciao Davide,

grazie per averci lasciato il tuo contatto Telegram, ma Amazon ci chiede di comunicare con i clienti solo tramite la messaggistica di Amazon. Puoi allegare le foto direttamente qui sotto e ti rispondiamo appena le vediamo.

Un saluto,
Simone
Bici & Ricambi""")

a("it", "ok", "", "hard: BRT tracking number and CAP", """Buongiorno signora Galli,

il suo ordine 403-8812736-1940228 è stato spedito il 3 dicembre con BRT. Il numero di spedizione è 068123456789012 e al momento il pacco si trova nella filiale di 20121 Milano. La consegna è prevista per domani.

Cordiali saluti,
Erbe di Montagna""")

a("it", "ok", "", "hard: official cancellation path 'I miei ordini'", """Buongiorno signor Conti,

l'ordine non è ancora stato spedito, quindi può annullarlo lei stesso: vada su I miei ordini, selezioni l'ordine e clicchi su «Richiedi annullamento». Approveremo la richiesta appena ci arriva e l'importo le sarà restituito.

Cordialmente,
Giocattoli Stella""")

a("it", "ok", "", "hard: thanks for existing review", """Ciao Martina,

volevamo solo ringraziarti per la bellissima recensione che hai scritto sulla lampada da comodino. Ci ha fatto davvero piacere sapere che la usi per leggere la sera con i tuoi bambini.

Un abbraccio,
Elisa
Luce Calda""")

a("it", "ok", "", "hard: Amazon promotion reduces refund", """Buongiorno signor Bruno,

il rimborso è di 44,10 € invece di 49,00 € perché al momento dell'acquisto era attiva una promozione Amazon del 10 % applicata al suo ordine. Amazon rimborsa sempre l'importo effettivamente pagato, quindi la cifra è corretta.

Cordiali saluti,
Stefano
Sport Alpino""")

a("it", "ok", "", "hard: free replacement unconditioned", """Gentile signora Ricci,

ci scusiamo per il piatto arrivato scheggiato. Le spediamo gratuitamente un piatto nuovo domani, senza bisogno di restituire quello danneggiato. Non deve fare nient'altro: riceverà il pacco entro tre giorni lavorativi.

Con i migliori saluti,
Ceramiche Deruta Arte""")

a("it", "ok", "", "standard: return unwanted, partial refund to keep", """Buongiorno signor Mancini,

ci dispiace che lo zaino non faccia al caso suo. Può restituirlo entro 30 giorni tramite I miei ordini. In alternativa, se le può comunque servire, può tenerlo e le rimborsiamo il 30 % del prezzo, evitando la spedizione di ritorno. Ci faccia sapere cosa preferisce.

Saluti cordiali,
Zaini Dolomiti""")
