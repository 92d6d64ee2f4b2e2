from lib import S, O

S("it","it","Giulia","B0C2MW9RTX","Lampada da scrivania LED dimmerabile","2026-03-10 11:30",
"""Buongiorno, ho sbagliato l'indirizzo di spedizione nell'ordine. È possibile modificarlo prima della spedizione? Grazie mille""",
"non spedito FBM, nessun indirizzo fornito: annullare e riordinare con l'indirizzo giusto",
order=O("unshipped","fbm",28.90,purchase=0,latest=4),
offers=["reorder"], fo=["reship_new_address"], freq=["address_confirmation"], case="address_change")

S("it","it","Marco","B0BV8KP4WN","Borraccia termica 750ml","2025-09-30 14:48",
"""Ciao, vedo che l'ordine è già partito ma l'ho mandato all'indirizzo vecchio. Quello nuovo è Via Garibaldi 34, int. 6, 10122 Torino. Si può fare qualcosa?""",
"spedito FBM, 29,99 EUR appena sotto la soglia, nuovo indirizzo fornito: rispedire al nuovo indirizzo",
order=O("shipped","fbm",29.99,ship=-1,carrier="BRT",trk="BRT084512398776",purchase=-2,latest=2),
offers=["reship_new_address"], freq=["address"], tasks=["reship"], case="address_change")

S("it","it","Francesca","B0D4TN2XLQ","Robot da cucina multifunzione","2026-06-12 09:14",
"""Salve, il pacco è in viaggio ma devo cambiare l'indirizzo, mi sono trasferita a Bologna, Via Saragozza 101. Come posso fare?""",
"spedito FBA: il venditore non può modificare, rimandare al servizio clienti Amazon",
order=O("shipped","fba",149.00,ship=-1,carrier="Amazon Logistics",trk="IT2277113355",purchase=-2,latest=1),
offers=["amazon_support"], fo=["reship_new_address"], freq=["address"], case="address_change")

S("it","it","Alessandro","B0CL6QZ1VM","Tastiera wireless slim","2025-12-04 16:20",
"""Vorrei annullare l'ordine, ho trovato lo stesso prodotto in negozio sotto casa. grazie""",
"annullamento non ufficiale, non spedito FBM, motivo dato: indicare I miei ordini > Richiedi annullamento",
order=O("unshipped","fbm",24.90,purchase=0,latest=3),
offers=["cancel_via_amazon"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("it","it","Chiara","B0D9PX7KTE","Zaino porta PC 15,6 pollici","2026-02-19 10:03",
"""Buongiorno, devo annullare l'ordine perché l'ufficio mi ha già fornito uno zaino. Ho visto che risulta spedito, mi dite come procedere?""",
"annullamento su ordine FBM spedito, motivo dato: non si può richiamare, chiedere se lo tiene, altrimenti rifiutare la consegna e rimborso al rientro",
order=O("shipped","fbm",39.99,ship=-1,carrier="GLS",trk="GLS6612398745",purchase=-2,latest=2),
offers=["refund"], fo=["cancel","cancel_via_amazon"], req=["keep_item"], freq=["reason"], case="cancel_order")

S("it","it","Davide","B0BR3LW6ZP","Scarpe da trekking uomo 44","2025-07-08 19:37",
"""dove è il mio ordine? non è arrivato ancora""",
"FBA: rimandare al servizio clienti Amazon / tracciamento",
order=O("shipped","fba",79.90,ship=-3,carrier="Amazon Logistics",trk="IT2277119988",purchase=-4,latest=0),
offers=["amazon_support"], freq=["order_id"], case="shipping_inquiry")

S("it","it","Roberta","B0C7KT5QWA","Set asciugamani in cotone 6 pezzi","2026-05-25 12:56",
"""Salve, l'ordine risulta spedito da 4 giorni ma non c'è nessun numero di tracciamento. Potete mandarmelo per favore?""",
"FBM spedito senza tracking registrato: segnalare (aggiungere tracking), dare data prevista",
order=O("shipped","fbm",34.50,ship=-4,purchase=-5,latest=1),
tasks=["add_tracking"], freq=["order_id"], case="shipping_inquiry")

S("it","it","Luca","B0D5HM8RXN","Cuffie gaming con microfono","2026-01-16 21:22",
"""Non mi servono più, le vorrei restituire. Sono ancora nella confezione.""",
"non più necessario, FBA consegnato: reso entro 30 giorni tramite Amazon",
order=O("delivered","fba",45.99,ship=-7,deliv=-5,carrier="Amazon Logistics",trk="IT2277114466",purchase=-8,latest=-5),
offers=["return"], case="return_unwanted")

S("it","it","Elisa","B0BF1ZR7QK","Specchio da parete rotondo 60cm","2025-10-28 15:15",
"""Lo specchio è arrivato crepato in un angolo, la scatola era ammaccata. Allego la foto. Potete mandarmene uno nuovo?""",
"danneggiato nel trasporto, foto allegata, chiede la sostituzione",
order=O("delivered","fbm",27.90,ship=-4,deliv=-1,carrier="SDA",trk="SDA8800123456",purchase=-5,latest=-1),
offers=["replacement"], freq=["photo","symptom"], tasks=["reship"], photo=True, case="return_dissatisfied/damaged")

S("it","it","Paolo","B0CW4NJ2TV","Felpa con cappuccio uomo, L","2026-04-06 08:08",
"""Ho ordinato la felpa nera e mi è arrivata blu. Taglia giusta, colore sbagliato. Mi mandate quella nera per favore? Rimando indietro questa.""",
"colore sbagliato, colore voluto (nero) indicato: inviare la variante corretta",
order=O("delivered","fbm",32.00,ship=-4,deliv=-1,carrier="Poste Italiane",trk="PI3345556677",purchase=-5,latest=-1),
offers=["replacement"], freq=["variant"], tasks=["reship"], case="return_dissatisfied/wrong_item")

S("it","it","Stefania","B0D1VQ3MLP","Scrivania pieghevole in legno","2025-11-11 17:44",
"""Buonasera, mancano 2 viti lunghe M6 e la chiave a brugola, non riesco a montare le gambe. Me le potete spedire? Grazie""",
"parti mancanti indicate (2 viti M6 + chiave a brugola): spedirle",
order=O("delivered","fbm",59.00,ship=-5,deliv=-2,carrier="GLS",trk="GLS6612391122",purchase=-6,latest=-2),
offers=["send_parts"], freq=["missing_part"], tasks=["ship_parts"], case="return_dissatisfied/missing_parts")

S("it","it","Giovanni","B0BN7XK5WR","Spazzolino elettrico sonico","2026-07-02 13:31",
"""Non funziona.""",
"difettoso senza descrizione: chiedere cosa succede",
order=O("delivered","fbm",24.99,ship=-6,deliv=-3,carrier="BRT",trk="BRT084512391199",purchase=-7,latest=-3),
req=["symptom"], case="return_dissatisfied/defective")

S("it","it","Valentina","B0C3RP9ZKT","Umidificatore ad ultrasuoni","2025-08-05 10:40",
"""Buongiorno, ho restituito l'articolo e volevo sapere se il rimborso è stato fatto perché sul conto non vedo niente.""",
"rimborso registrato (ieri): indicare importo, data e tempi della banca",
order=O("returned","fbm",36.90,ship=-25,deliv=-22,carrier="GLS",trk="GLS6612394433",refund=36.90,refund_d=-1,purchase=-26,latest=-22,ret=-2),
offers=["refund_info"], fo=["refund"], case="refund_status")

S("it","it","Antonio","B0D7WX2NHQ","Trapano avvitatore a batteria","2026-03-29 18:09",
"""Sono passate due settimane dalla data di consegna prevista e non ho ricevuto niente. Il tracciamento Amazon è fermo. Cosa devo fare?""",
"FBA non ricevuto da tempo: rimandare al servizio clienti Amazon",
order=O("shipped","fba",64.90,ship=-18,carrier="Amazon Logistics",trk="IT2277110011",purchase=-19,latest=-14),
offers=["amazon_support"], case="return_dissatisfied/not_received")

S("it","it","","B0CK8TM3QV","Bilancia pesapersone smart","2026-01-22 06:35", None,
"autorizzazione al reso, motivo 'Articolo difettoso o non funzionante': nessuna risposta",
order=O("delivered","fbm",29.90,ship=-12,deliv=-9,carrier="BRT",trk="BRT084512390077",purchase=-13,latest=-9),
draft=False, case="returned_goods (return authorization)",
raw=dict(frm=("Amazon","order-update@amazon.it"), subject="Richiesta di autorizzazione al reso per l'ordine # {o}",
body="""Gentile venditore,

è stata autorizzata una richiesta di reso per il seguente articolo.

Ordine #: {o}
Articolo | ASIN | SKU | Quantità | Motivo del reso | Commento del cliente
{p} | {a} | BIL-SMART-IT | 1 | Articolo difettoso o non funzionante | non si collega all'app

Al cliente è stata fornita un'etichetta di reso prepagata. Effettua il rimborso entro due giorni lavorativi dalla ricezione del reso.

Amazon Services Europe"""))
