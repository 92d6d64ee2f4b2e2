add("it", "Francesca", "Tappetino bagno memory foam", """Buongiorno, ho sbagliato l'indirizzo di consegna, il civico giusto è Via Garibaldi 112, 10122 Torino, non 12. L'ordine risulta ancora da spedire. Potete modificarlo? Grazie mille""",
    X("non spedito FBM, nuovo indirizzo dato: annullare e riordinare (modifica indirizzo disattivata)", o="reorder", fo="reship_new_address", fr="address"),
    order=O("unshipped", "fbm", 16.90, p=0, ld=5), date="2026-04-09 08:08")
add("it", "Marco", "Trapano a percussione 800W", """Salve, l'ordine è partito ma devo cambiare indirizzo, mi sono trasferito a Bologna. Via Saragozza 40, 40123 Bologna. Si può fare?""",
    X("spedito FBM, valore sopra soglia (64,90 EUR): spiegare che l'indirizzo non si può più cambiare", fo="reship_new_address"),
    order=O("shipped", "fbm", 64.90, p=-3, s=-1, carrier="BRT", trk="0590987654321", ld=2), date="2026-02-13 15:55")
add("it", "Giulia", "Set pennelli trucco 12 pezzi", """ciao volevo annullare l'ordine perche l'ho trovato a meno su un altro sito. grazie""",
    X("annullamento non ufficiale, non spedito: indicare I miei ordini > Richiedi annullamento; non annullare", o="cancel_via_amazon", fo="cancel", fr="reason"),
    order=O("unshipped", "fbm", 13.99, p=0, ld=6), date="2025-11-11 22:22")
add("it", "Alessandro", "Mouse verticale ergonomico", """Dove si trova il mio pacco? Doveva arrivare ieri.""",
    X("richiesta spedizione per ordine FBA: indirizzare al servizio clienti Amazon", o="amazon_support"),
    order=O("shipped", "fba", 25.99, p=-4, s=-3, ld=-1), date="2026-06-04 09:33")
add("it", "Chiara", "Scarpe da ginnastica donna", """Ho ordinato il 38 e mi è arrivato il 39, nella scatola giusta ma il numero sulla suola è sbagliato. Vorrei il 38 per favore. Allego foto.""",
    X("taglia sbagliata, taglia voluta 38, foto allegata: spedire la variante giusta", o="replacement", fr="variant photo"),
    order=O("delivered", "fbm", 59.90, p=-6, s=-4, d=-1, carrier="GLS", trk="IT123456789"), date="2026-05-19 13:13", photo=True)
add("it", "Roberto", "Macchina da caffè espresso", """La macchina perde acqua da sotto dopo ogni caffè, si forma una pozza sul piano. L'ho usata tre giorni. Cosa facciamo?""",
    X("difettoso, sintomo descritto: scusarsi, offrire sostituzione o rimborso; chiedere foto", o="replacement", fr="symptom"),
    order=O("delivered", "fbm", 129.00, p=-8, s=-6, d=-3, carrier="BRT", trk="0590111222333"), date="2026-08-12 19:20")
add("it", "Paola", "Organizer per cassetti in bambù", """Mancano due dei divisori piccoli, nella confezione ce ne sono 4 invece di 6. Potete spedirmeli?""",
    X("mancano 2 divisori piccoli, chiede l'invio: spedire le parti", o="send_parts", fr="missing_part", t="ship_parts"),
    order=O("delivered", "fbm", 22.90, p=-7, s=-5, d=-2, carrier="Poste Italiane", trk="RR123456789IT"), date="2026-01-14 10:45")
add("it", "Luca", "Zaino da trekking 45L", """Non lo voglio più, come faccio il reso?""",
    X("reso per non più desiderato, FBA: reso possibile tramite Amazon entro 30 giorni; chiedere eventualmente il motivo", o="return"),
    order=O("delivered", "fba", 69.99, p=-9, s=-8, d=-6), date="2025-10-21 14:14")
add("it", "Valentina", "Cuscino cervicale memory", """Il cuscino è arrivato con la fodera strappata e una macchia. Ecco la foto. Preferirei essere rimborsata, non mi fido a riceverne un altro.""",
    X("danneggiato, foto allegata, chiede rimborso invece di sostituzione", o="refund", fo="replacement", fr="photo symptom"),
    order=O("delivered", "fbm", 29.90, p=-5, s=-3, d=-1, carrier="SDA", trk="SDA9988776655"), date="2026-03-08 16:36", photo=True)
add("it", "Stefano", "Lampadina smart WiFi 4 pezzi", """Ho spedito indietro le lampadine, avete ricevuto? Quando mi rimborsate?""",
    X("stato rimborso: rimborso già registrato; comunicare importo, data e tempi bancari", o="refund_info", fo="refund"),
    order=O("returned", "fbm", 34.99, p=-28, s=-26, d=-24, carrier="BRT", trk="0590444555666", ra="34.99", rd=-4, rr="yes"), date="2026-09-25 12:12")
add("it", "Antonella", "Pentola a pressione 7 litri", """È passato un mese e non ho ricevuto niente!!! Vergogna. Se entro domani non ho una risposta apro una reclamo con la garanzia dalla A alla Z e vi lascio una recensione da una stella.""",
    X("non ricevuto, molto in ritardo, minaccia A-to-z e recensione: serve un umano; offrire rimborso o rispedizione", o="refund"),
    order=O("shipped", "fbm", 54.90, p=-31, s=-29, carrier="Poste Italiane", trk="RR987654321IT", ld=-15), date="2026-07-01 20:02")
add("it", "Davide", "Cover iPhone 15 silicone", """Salve, ho appena visto che l'indirizzo è sbagliato ma il pacco è già partito. Il nuovo indirizzo me lo dite voi come mandarlo?""",
    X("spedito FBM, valore sotto soglia, indirizzo nuovo non dato: offrire rispedizione e chiedere l'indirizzo completo", o="reship_new_address", r="address"),
    order=O("shipped", "fbm", 11.99, p=-2, s=-1, carrier="Poste Italiane", trk="RR555444333IT", ld=3), date="2026-10-08 07:50")
add("it", "Gianni", "Tostiera elettrica antiaderente", """Buonasera, volevo annullare l'ordine ma ormai mi è arrivato oggi. Non l'ho nemmeno aperto, non mi serve più perché me l'hanno regalata. Come possiamo fare?""",
    X("annullamento su ordine FBM già consegnato: niente annullamento; rimborso concordato preferibile al reso costoso, chiedere se lo tiene", r="keep_item", fo="cancel cancel_via_amazon", fr="reason"),
    order=O("delivered", "fbm", 34.90, p=-4, s=-2, d=0, carrier="BRT", trk="0590777888999"), date="2026-11-19 19:25")
