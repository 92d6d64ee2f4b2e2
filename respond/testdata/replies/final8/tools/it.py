from base import *

S('it','it','Giulia','Set asciugamani in cotone, 4 pezzi, salvia',
"""Buongiorno, mi sono accorta di aver lasciato il vecchio indirizzo. Il nuovo è Via Garibaldi 45, 10122 Torino, scala B interno 6. L'ordine non è ancora partito, si può cambiare? Grazie mille""",
O('unshipped','fbm',27.90,purchase=0,latest=5),
X('non spedito (FBM), nuovo indirizzo indicato: annullare e riordinare, niente modifica indirizzo', o=['reorder'], fo=['reship_new_address'], fr=['address']))

S('it','it','Marco','Portachiavi in pelle artigianale',
"""Salve, il pacco è già partito ma ho sbagliato il numero civico, è 18 non 81. Via Roma 18, 40121 Bologna. Potete rimediare in qualche modo?""",
O('shipped','fbm',14.00,purchase=-2,ship=-1,carrier='BRT',trk='BRT0123456789',latest=2),
X('spedito, valore sotto 30 EUR, indirizzo corretto dato: rispedire al nuovo indirizzo', o=['reship_new_address'], fr=['address'], t=['reship']))

S('it','it','Francesca','Macchina da caffè espresso manuale',
"""Buonasera, devo cambiare l'indirizzo di consegna, purtroppo ho cambiato casa. Vedo che è già in consegna con GLS.""",
O('shipped','fbm',139.00,purchase=-3,ship=-1,carrier='GLS',trk='GLS987654321',latest=1),
X("spedito, valore sopra soglia: spiegare che l'indirizzo non si può più cambiare", fo=['reship_new_address','cancel']))

S('it','it','Alessandro','Mouse verticale ergonomico',
"""ciao vorrei annullare l'ordine""",
O('unshipped','fba',25.99,purchase=0,latest=2),
X('annullamento non ufficiale su ordine FBA non spedito: indicare I miei ordini > Richiedi annullamento', o=['cancel_via_amazon'], fo=['cancel']))

S('it','it','Chiara','Tenda doccia in tessuto 180x200',
"""Vorrei annullare l'ordine perché ho visto che la misura non va bene per la mia vasca.""",
O('shipped','fbm',19.90,purchase=-3,ship=-1,carrier='Poste Italiane',trk='PI0123456789',latest=2),
X('annullamento chiesto dopo la spedizione FBM, motivo dato: spiegare che è partito, chiedere se lo tiene o rifiuta la consegna', fo=['cancel'], r=['keep_item'], fr=['reason']))

S('it','it','Roberto','Lampadine LED E27, confezione da 6',
"""Buongiorno, mi sapete dire dove si trova il mio pacco? Grazie""",
O('shipped','fbm',16.99,purchase=-5,ship=-3,carrier='BRT',trk='BRT0123450000',latest=1),
X('richiesta di tracciamento FBM: corriere, numero e data prevista', o=['tracking']))

S('it','it','Valentina','Scarpiera in legno 4 ripiani',
"""Salve, nel pacco mancano le viti lunghe per fissare i ripiani (ce ne sono solo 4 su 8) e la brugola. Potete mandarmele?""",
O('delivered','fbm',42.00,purchase=-6,ship=-4,deliv=-1,carrier='GLS',trk='GLS987650000',latest=0),
X('mancano pezzi indicati (4 viti lunghe, brugola): spedire i pezzi', o=['send_parts'], fr=['missing_part'], t=['ship_parts']))

S('it','it','Luca','Maglietta tecnica running, uomo',
"""Ho ordinato la maglietta blu e mi è arrivata rossa. Vorrei quella blu, stessa taglia (L). Allego foto dell'etichetta.""",
O('delivered','fbm',22.90,purchase=-5,ship=-3,deliv=-1,carrier='Poste Italiane',trk='PI0123451111',latest=0),
X('colore sbagliato, foto allegata, colore e taglia voluti indicati', o=['replacement'], fr=['variant','photo'], t=['reship']), photo='etichetta.jpg')

S('it','it','Paola','Frullatore a immersione 800 W',
"""Il frullatore non si accende""",
O('delivered','fbm',34.90,purchase=-9,ship=-7,deliv=-4,carrier='BRT',trk='BRT0123452222',latest=-3),
X('difetto appena accennato (non si accende): chiedere di descrivere cosa succede', r=['symptom']))

S('it','it','Giorgio','Servizio piatti in porcellana, 18 pezzi',
"""Buongiorno, tre piatti sono arrivati rotti. Non mi serve un altro servizio intero, mi basterebbe un rimborso per i pezzi rotti.""",
O('delivered','fbm',59.00,purchase=-5,ship=-3,deliv=0,carrier='GLS',trk='GLS987651111',latest=1),
X('rottura in transito descritta, vuole rimborso parziale, niente sostituzione completa', o=['partial_refund'], fo=['replacement'], fr=['symptom']))

S('it','it','Silvia','Borsa a tracolla in ecopelle',
"""Salve, la borsa è carina ma è più piccola di quanto pensassi, non ci entra il tablet. Vorrei restituirla.""",
O('delivered','fbm',36.00,purchase=-7,ship=-5,deliv=-2,carrier='Poste Italiane',trk='PI0123452222',latest=-1),
X('reso senza difetto (FBM), motivo dato: chiedere se la tiene con un rimborso', r=['keep_item'], fr=['reason']))

S('it','it','Antonio','Trapano avvitatore 12V',
"""Ho rimandato indietro il trapano, vi è arrivato 4 giorni fa secondo il tracking ma il rimborso non c'è ancora.""",
O('returned','fbm',54.90,purchase=-30,ship=-28,deliv=-25,carrier='BRT',trk='BRT0123453333',latest=-25,ret=-4),
X('reso ricevuto (FBM) e nessun rimborso registrato: rimborsare subito', t=['refund']))

S('it','it','Elisa','Cuscino cervicale memory foam',
"""Buonasera, sono passate tre settimane dalla data di consegna prevista e il cuscino non è mai arrivato. Rivoglio i miei soldi, grazie.""",
O('shipped','fbm',29.90,purchase=-30,ship=-28,carrier='Poste Italiane',trk='PI0123454444',latest=-21),
X('mai arrivato, molto in ritardo, chiede il rimborso', o=['refund'], t=['refund']))

S('it','it','Davide','Porta spezie magnetico',
feedback(2, 'Prodotto arrivato graffiato, venditore lento a rispondere.'),
O('delivered','fbm',18.90,purchase=-12,ship=-10,deliv=-7,carrier='BRT',trk='BRT0123455555',latest=-7),
X('avviso di feedback negativo: compito di contattare il cliente, nessuna risposta alla notifica', d=False, t=['contact_buyer']), kind='feedback')
