E = []
def a(rules, note, text): E.append(("it", rules, note, text.strip("\n")))

a("email;off_amazon_contact", "'chiocciola' spelled e-mail", """
Gentile signora Bianchi,

ci dispiace molto per la moka arrivata con il manico allentato. Per velocizzare la sostituzione, ci può mandare una foto a assistenza chiocciola caffetterie-sorrento punto it? Il nostro magazzino le risponderà entro domani.

Cordiali saluti,
Giulia
Caffetterie Sorrento
""")

a("link", "spaced-out www domain", """
Buongiorno signor Ferri,

il filtro che le serve per il suo aspirapolvere è il modello F-12. Trova la guida passo passo per montarlo su www . ricambi-rossi . it nella sezione Guide, con foto.

Resto a disposizione.

Saluti,
Paolo Rossi
Ricambi Rossi
""")

a("review_incentive", "soft cross-sentence review adjustment next to free replacement", """
Gentile signor Marino,

mi scuso ancora per il frullatore difettoso. Le abbiamo spedito oggi un apparecchio nuovo, senza alcun costo per lei.

Quando lo avrà ricevuto, le chiederemmo solo la cortesia di rivedere la sua recensione, visto che abbiamo risolto tutto. Ci farebbe davvero piacere.

Un cordiale saluto,
Elettrocasa Conti
""")

a("marketing", "bundle offer buy 2 get 3rd free", """
Ciao Francesca,

grazie per averci scritto, siamo felici che le candele ti siano piaciute!

Ti segnaliamo che questo mese sul nostro negozio c'è una promozione: compri due candele profumate e la terza è in omaggio. Perfetto per i regali di Natale.

Un caro saluto,
Chiara
Luce di Cera
""")

a("off_amazon_payment", "PayPal refund ask for account", """
Buonasera signor Greco,

ha ragione, nella confezione mancava un cuscino. Per non farla aspettare le rimborsiamo subito 15 euro tramite PayPal: ci indichi solo il nome del suo account PayPal e procediamo in giornata.

Cordialmente,
Casa Tessile Greco
""")

a("phone;off_amazon_contact", "Italian mobile number", """
Salve signora Colombo,

per capire il problema con il seggiolino auto è meglio sentirci a voce, così le spiego il montaggio dell'Isofix. Mi può chiamare al 338 123 4567 dalle 9 alle 18, chieda di Luca.

Grazie e buona giornata,
Luca
Bimbi Sicuri
""")

a("placeholder", "[NOME CLIENTE] and [DATA] slots", """
Gentile [NOME CLIENTE],

la ringraziamo per la sua pazienza. Il rimborso per il reso della giacca è stato emesso in data [DATA] e sarà visibile sul suo conto entro 3-5 giorni lavorativi.

Restiamo a disposizione per qualsiasi domanda.

Cordiali saluti,
Moda Vento
""")

a("review_positive", "asks for 5 stars directly", """
Ciao Marco,

bene, sono contento che il trapano funzioni alla grande dopo il cambio della batteria!

Se ti va, lasciaci cinque stelle su Amazon: per un piccolo negozio come il nostro fa una differenza enorme.

Grazie mille,
Stefano
Utensili Valle
""")

a("", "HARD-OK: Amazon.it named as the store", """
Gentile signora Ricci,

poiché ha acquistato su Amazon.it e l'ordine è gestito da Amazon, il reso va avviato dal suo account: I miei ordini, poi Restituisci o sostituisci articoli. L'etichetta di spedizione le verrà fornita direttamente da Amazon.

Cordiali saluti,
Borse Fiorentine
""")

a("", "HARD-OK: free replacement, no strings", """
Buongiorno signor De Luca,

mi dispiace che la lampada da scrivania sia arrivata con il braccio rotto. Le spediamo oggi stesso una lampada nuova, gratuitamente, e non deve rispedirci quella danneggiata.

Ci scusiamo ancora per l'inconveniente.

Cordiali saluti,
Luminalia
""")

a("", "HARD-OK: thanks for an existing review", """
Ciao Sara,

volevo solo ringraziarti per la recensione che hai scritto sul set di pennelli. Il tuo consiglio di lavarli con sapone neutro è utilissimo, lo aggiungeremo alle istruzioni.

Buona pittura!
Alessandra
Colori d'Arte
""")

a("", "HARD-OK: PayPal named to explain refund goes via Amazon", """
Gentile signor Gallo,

capisco che preferirebbe ricevere il rimborso su PayPal, ma per gli ordini Amazon non possiamo farlo: il rimborso viene sempre effettuato da Amazon sul metodo di pagamento originale. Lo abbiamo avviato oggi, per 19,90 euro.

Grazie per la comprensione,
Pelletteria Arno
""")

a("", "plain: unshipped address change via cancel and reorder", """
Gentile signora Fontana,

purtroppo non possiamo spedire a un indirizzo diverso da quello dell'ordine. Poiché il pacco non è ancora partito, può annullare l'ordine e rifarlo con il nuovo indirizzo di Torino; le basta richiedere l'annullamento dal suo account.

Cordiali saluti,
Erboristeria Verde
""")

a("", "plain: refund status", """
Buongiorno,

confermiamo di aver ricevuto il reso il 18 ottobre. Il rimborso di 64,00 euro è stato emesso il giorno successivo; a seconda della banca può servire fino a una settimana per vederlo sull'estratto conto.

Saluti cordiali,
Scarpe Lario
""")

a("", "plain: shipped cancellation: refuse delivery", """
Ciao Matteo,

purtroppo il tuo ordine era già stato consegnato al corriere quando ci hai scritto, quindi non possiamo più fermarlo. Se non ti serve più, puoi rifiutare il pacco alla consegna: appena torna da noi ti rimborsiamo tutto.

Scusa per l'inconveniente,
Giochi Bellini
""")
