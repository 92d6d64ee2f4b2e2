from build import S, O, E

S("it", "IT", "Giorgio", "Macchina per la pasta manuale in acciaio",
  O("shipped", "fbm", 45.00, ship=-1, carrier="BRT", track="BRT0123456789012", latest=3),
  """Buongiorno, ho sbagliato indirizzo: il pacco deve arrivare in Via Garibaldi 18, 40121 Bologna e non a Modena. Potete modificarlo? Grazie mille""",
  E("shipped FBM, EUR 45 is above the threshold: explain the address can no longer be changed; no reship",
    fo="reship_new_address reorder", freq="address"))

S("it", "IT", "Chiara", "Borraccia termica 500 ml, verde salvia",
  O("shipped", "fba", 19.90, ship=-1, latest=2),
  """Ciao, posso cambiare l'indirizzo di consegna? Mi sono trasferita a Torino.""",
  E("FBA order shipped: the seller cannot change anything; point to Amazon customer service",
    offers="amazon_support", fo="reship_new_address"))

S("it", "IT", "Francesca", "Set di 3 cestini portaoggetti in corda",
  O("delivered", "fbm", 19.00, ship=-6, deliv=-1, carrier="Poste Italiane", track="RR987654321IT"),
  """Salve, vorrei annullare l'ordine, ormai non mi servono più. Però vedo che è già arrivato... come posso fare?""",
  E("'cancel' on a delivered FBM order, reason given: a refund without return is cheaper than a return",
    offers="keep_with_refund", fo="cancel cancel_via_amazon", freq="reason"))

S("it", "IT", "Luca", "Friggitrice ad aria 4,5 L",
  O("unshipped", "fbm", 79.99, latest=5),
  "", E("official cancellation request, unshipped FBM: cancel in Seller Central and confirm",
    offers="cancel", tasks="cancel_order", fo="cancel_via_amazon", freq="reason"),
  kind="cancel", reason="Ordinato per errore")

S("it", "IT", "Marco", "Tenda doccia in tessuto antimuffa 180x200",
  O("shipped", "fbm", 16.50, ship=-3, carrier="BRT", track="BRT0555666777888", latest=1),
  """Dov'è il mio pacco? Non trovo il numero di tracciamento.""",
  E("FBM shipped with tracking on record: give carrier, number and expected date",
    offers="tracking", fo="amazon_support", freq="order_id"))

S("it", "IT", "Alessia", "Cornice portafoto in legno 30x40",
  O("unshipped", "fbm", 22.00, latest=4),
  """Buongiorno, quando verrà spedito il mio ordine? Mi serve entro venerdì per un regalo.""",
  E("FBM not yet shipped, no tracking: say when it will be sent / the expected date and flag it",
    offers="tracking", tasks="add_tracking", fo="amazon_support"))

S("it", "IT", "Roberta", "Servizio di piatti in gres, 18 pezzi",
  O("delivered", "fbm", 89.00, ship=-6, deliv=-1, carrier="GLS", track="GLS1234567890"),
  """Sono arrivati 4 piatti rotti, allego la foto. Non voglio la sostituzione, preferisco il rimborso dei pezzi rotti.""",
  E("damaged with photo; buyer wants the broken pieces refunded, not a replacement: partial refund",
    offers="partial_refund", fo="replacement", freq="photo symptom"), photo=True)

S("it", "IT", "Simone", "Felpa con cappuccio unisex, taglia L",
  O("delivered", "fbm", 34.90, ship=-5, deliv=-2, carrier="SDA", track="SDA9988776655"),
  """Ho ordinato il colore verde salvia ma è arrivata rosa cipria. Vorrei quella verde, per favore.""",
  E("wrong colour, wanted colour named, no photo: send the right colour, ask for a photo; don't ask which colour",
    offers="replacement", req="photo", freq="variant"))

S("it", "IT", "Paola", "Scarpiera salvaspazio 5 ripiani",
  O("delivered", "fbm", 39.00, ship=-6, deliv=-2, carrier="GLS", track="GLS5566778899"),
  """Nella confezione mancano 2 tubi lunghi e i tappini di plastica. Potete spedirmeli? Grazie""",
  E("missing parts named (2 long tubes, plastic caps) and asked for: send them",
    offers="send_parts", tasks="ship_parts", freq="missing_part symptom", fo="return"))

S("it", "IT", "Davide", "Spazzolino elettrico sonico",
  O("delivered", "fba", 44.90, ship=-10, deliv=-7),
  """Lo spazzolino non si ricarica più: la spia resta spenta quando lo metto sulla base.""",
  E("FBA defective with symptom described: returns and replacements for FBA go through Amazon",
    offers="return", freq="symptom"))

S("it", "IT", "Valentina", "Specchio da parete rotondo 60 cm",
  O("delivered", "fbm", 59.00, ship=-8, deliv=-4, carrier="BRT", track="BRT0111222333444"),
  """Vorrei esercitare il diritto di recesso, lo specchio è più piccolo di come lo immaginavo. Come funziona il reso?""",
  E("unwanted FBM, nothing wrong: ask whether she'd keep it with a (partial) refund instead of an expensive return",
    req="keep_item", fo="replacement", freq="photo symptom"))

S("it", "IT", "Stefano", "Lampada da scrivania LED",
  O("returned", "fbm", 29.99, ship=-28, deliv=-24, carrier="BRT", track="BRT0999888777666", refund=29.99, refdate=-2, retrecv=-3),
  """Ho restituito la lampada, quando arriva il rimborso?""",
  E("refund on record: give amount and date and the bank timing; don't refund again",
    offers="refund_info", fo="refund"))

S("it", "IT", "Giulia", "Tappeto bagno in cotone 50x80",
  O("delivered", "fbm", 17.00, ship=-8, deliv=-5, carrier="Poste Italiane", track="RR123123123IT"),
  "Non mi serve più",
  E("authorised return request (No longer needed): notice only, no reply", draft=False),
  kind="return_auth", reason="No longer needed")

S("it", "IT", "Enzo", "Moka elettrica 3 tazze",
  O("delivered", "fbm", 36.00, ship=-10, deliv=-6, carrier="SDA", track="SDA1122334455"),
  "Arrivata rotta e nessuna risposta dal venditore.",
  E("negative feedback alert: find the buyer and reach out; no reply on the notice",
    tasks="contact_buyer", draft=False), kind="feedback", reason="1 su 5")

S("it", "IT", "Martina", "Zaino porta PC 15,6 pollici",
  None,
  """Salve, lo zaino è impermeabile? Ci sta un portatile da 16 pollici? Grazie""",
  E("pre-sale product question, no order: no reply drafted", draft=False),
  extra=dict(no_oid=True, subject="Domanda sul prodotto dal cliente Amazon {n}"))

S("it", "IT", "Antonio", "Trapano avvitatore 12 V",
  O("shipped", "fbm", 54.90, ship=-18, carrier="Poste Italiane", track="RR555444333IT", latest=-8),
  """Sono passate quasi tre settimane e non è arrivato niente. Il tracciamento è fermo. Se non risolvete apro una richiesta di garanzia dalla A alla Z.""",
  E("not received, long overdue, A-to-z threat (needs human): offer a refund or a new unit; no photo ask",
    offers="refund", freq="photo symptom"))
