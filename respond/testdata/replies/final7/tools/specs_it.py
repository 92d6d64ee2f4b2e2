from common import O, E, S
L = "it"
SPECS = [
S(L, "it", "Giulia", "Portaspezie girevole in bambù", """
Buongiorno, ho sbagliato indirizzo nell'ordine. Quello giusto è Via Garibaldi 14, 10122 Torino. È possibile modificarlo? Grazie mille
""", O("unshipped", "fbm", 21.90, purch=0, latest=5),
 E("non spedito, FBM, nuovo indirizzo dato: annullare e riordinare", offers=["reorder"], fo=["reship_new_address"], fr=["address"])),

S(L, "it", "Marco", "Borraccia termica 750 ml", """
Salve, il pacco risulta spedito al mio vecchio indirizzo di Bologna. Adesso abito a Firenze, Via dei Serragli 80. Si può fare qualcosa? grazie
""", O("shipped", "fbm", 18.50, ship=-1, carrier="BRT", trk="BRT0123456789", purch=-2, latest=3),
 E("spedito, sotto EUR 30, nuovo indirizzo dato: rispedire al nuovo indirizzo", offers=["reship_new_address"], fr=["address"], tasks=["reship"])),

S(L, "it", "Francesca", "Set di valigie rigide, 3 pezzi", """
Buonasera, vorrei annullare l'ordine, ho trovato un modello che mi piace di più. Grazie
""", O("unshipped", "fbm", 149.00, purch=0, latest=6),
 E("annullamento non ufficiale, non spedito: indicare I miei ordini > Richiedi annullamento", offers=["cancel_via_amazon"], fo=["cancel"], fr=["reason"])),

S(L, "it", "Alessandro", "Tostapane 2 fette acciaio", """
Il tostapane è arrivato ieri ma non lo voglio più, volevo annullare prima. Come faccio a restituirlo e avere i soldi?
""", O("delivered", "fbm", 27.90, ship=-4, deliv=-1, carrier="GLS", trk="GLS987654321", purch=-5),
 E("annullamento dopo consegna FBM: preferibile rimborso concordato tenendo l'articolo, non annullare", offers=["keep_with_refund"], fo=["cancel"])),

S(L, "it", "Paola", "Umidificatore ad ultrasuoni 3L", """
Buongiorno, volevo sapere quando arriva il mio ordine. Grazie, Paola
""", O("shipped", "fba", 36.99, ship=-2, carrier="AMZL", trk="IT1234567890", purch=-3, latest=1),
 E("richiesta spedizione FBA: rimandare al servizio clienti Amazon / tracciamento nei propri ordini", offers=["amazon_support"])),

S(L, "it", "Roberto", "Trapano a percussione 800W", """
Salve, sono passati 10 giorni e l'ordine risulta ancora non spedito. Mi dite quando parte?
""", O("unshipped", "fbm", 54.90, purch=-10, latest=1),
 E("FBM non ancora spedito, nessun tracking: dire quando parte e segnalare al venditore", offers=["tracking"], tasks=["add_tracking"])),

S(L, "it", "Chiara", "Lenzuola matrimoniali in cotone, blu", """
Ciao, ho ordinato il blu e mi è arrivato il rosa antico. Vorrei il blu, come da ordine. Grazie!
""", O("delivered", "fbm", 39.90, ship=-5, deliv=-1, carrier="SDA", trk="SDA12345678", purch=-6),
 E("colore sbagliato, colore voluto (blu) indicato: mandare quello giusto, chiedere una foto", offers=["replacement"], fr=["variant"], req=["photo"])),

S(L, "it", "Luca", "Mouse wireless ergonomico", """
Il mouse dopo 3 giorni ha iniziato a fare doppio clic da solo col tasto sinistro. Ho cambiato le batterie ma niente. Potete mandarmene uno nuovo?
""", O("delivered", "fbm", 22.99, ship=-7, deliv=-4, carrier="Poste Italiane", trk="PI123456789IT", purch=-8),
 E("difettoso, sintomo descritto, chiede sostituzione", offers=["replacement"], fr=["symptom"], tasks=["reship"])),

S(L, "it", "Silvia", "Scarpiera 4 ripiani", """
Buongiorno,
montando la scarpiera mi sono accorta che mancano 6 viti piccole (quelle da 15mm, sacchetto B). Potreste spedirmele? Il resto è tutto ok.
Cordiali saluti
""", O("delivered", "fbm", 29.90, ship=-5, deliv=-2, carrier="BRT", trk="BRT5555566666", purch=-6),
 E("viti mancanti indicate (6 da 15mm): spedire i pezzi", offers=["send_parts"], fr=["missing_part"], tasks=["ship_parts"])),

S(L, "it", "Giorgio", "Vaso in ceramica grande", """
Vaso arrivato rotto. Allego foto.
""", O("delivered", "fba", 32.00, ship=-3, deliv=0, carrier="AMZL", trk="IT5555566666", purch=-4),
 E("arrivato rotto, foto allegata: scusarsi, spiegare danno da trasporto, non richiedere foto", fr=["photo", "symptom"]), photo=True),

S(L, "it", "Valentina", "Cuscino memory foam cervicale", """
Salve, non mi trovo bene con il cuscino, troppo alto per me. Vorrei fare il reso.
""", O("delivered", "fbm", 29.99, ship=-9, deliv=-6, carrier="GLS", trk="GLS123123123", purch=-10),
 E("reso senza difetto, FBM: proporre di tenerlo con rimborso invece di un reso costoso", offers=["keep_with_refund"], fr=["reason"])),

S(L, "it", "Antonio", "Friggitrice ad aria 4L", """
Ho restituito la friggitrice e mi è arrivata una mail di rimborso ma sul conto non vedo niente. Dove sono i miei soldi?
""", O("returned", "fbm", 69.90, ship=-28, deliv=-25, carrier="BRT", trk="BRT7777788888", ref=69.90, refd=-2, purch=-29, ret="true"),
 E("rimborso registrato: importo, data e tempi della banca", offers=["refund_info"], fr=["order_id"])),

S(L, "it", "Federica", "Zaino scuola bambina, unicorno", """
Lo zaino si è scucito dopo una settimana, la spallina si è staccata. Mia figlia è disperata. Se non mi rimborsate lascio una recensione da una stella. Foto in allegato.
""", O("delivered", "fbm", 24.90, ship=-10, deliv=-7, carrier="SDA", trk="SDA87654321", purch=-11),
 E("minaccia di recensione con difetto chiaro e foto, chiede rimborso: risolvere senza legarlo alla recensione", offers=["refund"], fr=["symptom", "photo"]), photo=True),

S(L, "it", "Davide", "Cavo HDMI 2.1 3 metri", """
Ciao, ordine mai arrivato, è passato un mese. Rimborso per favore.
""", None,
 E("ordine non presente nei dati del venditore: segnalare per verifica", tasks=["check_order"], fo=["tracking"])),
]
