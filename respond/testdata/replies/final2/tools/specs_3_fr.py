from build import S, O, E

S("fr", "FR", "Élodie", "Tapis de yoga en liège 183x61 cm",
  O("unshipped", "fba", 39.90, latest=4),
  """Bonjour, je souhaiterais modifier l'adresse de livraison : je serai chez ma sœur, 14 rue des Tanneurs, 67000 Strasbourg. Merci d'avance.""",
  E("FBA order: the seller cannot change the address; point to Amazon customer service",
    offers="amazon_support", fo="reship_new_address", freq="address"))

S("fr", "FR", "Mathieu", "Lot de 4 verres à whisky en cristal",
  O("shipped", "fbm", 18.50, ship=-1, carrier="Colissimo", track="6A12345678901", latest=3),
  """Bonjour, je me suis trompé d'adresse en passant commande (ancien logement). Le colis est déjà parti d'après Amazon. Que peut-on faire ?""",
  E("shipped FBM under EUR 30, the correct address not given: offer to send a new unit to the new address and ask for it",
    offers="reship_new_address", req="address"))

S("fr", "FR", "Nadia", "Robot pâtissier 1200 W, bol 5 L",
  O("shipped", "fbm", 129.00, ship=-1, carrier="Chronopost", track="XW123456789FR", latest=2),
  """Bonjour, je voudrais annuler ma commande s'il vous plaît.""",
  E("cancel asked after shipping, no reason: explain it has shipped, ask why and whether she would keep it (or refuse delivery)",
    fo="cancel cancel_via_amazon", req="reason keep_item"))

S("fr", "FR", "Laurent", "Casque audio Bluetooth pliable",
  O("unshipped", "fbm", 45.00, latest=5),
  "", E("official cancellation request, unshipped FBM: cancel in Seller Central and confirm",
    offers="cancel", tasks="cancel_order", fo="cancel_via_amazon", freq="reason"),
  kind="cancel", reason="Trouvé moins cher ailleurs")

S("fr", "FR", "Camille", "Plaid en laine tricoté main, écru",
  O("shipped", "fbm", 49.00, ship=-3, carrier="Colissimo", track="6A98765432109", latest=1),
  """Bonjour, pourriez-vous me dire où en est mon colis ? Je n'ai reçu aucun numéro de suivi. Bonne journée""",
  E("FBM shipped with tracking on record: give carrier, tracking number and expected date",
    offers="tracking", fo="amazon_support", freq="order_id"))

S("fr", "FR", "Bernard", "Thermomètre de cuisson digital",
  O("shipped", "fbm", 14.90, ship=-20, carrier="La Poste", track="LL123456789FR", latest=-10),
  """Bonjour, cela fait trois semaines et toujours rien. Le suivi est bloqué depuis le 2e jour. Je souhaite être remboursé, je ne veux pas d'un nouvel envoi.""",
  E("not received and long overdue, buyer wants a refund and explicitly not a new shipment",
    offers="refund", fo="replacement", freq="photo symptom", tasks="refund"))

S("fr", "FR", "Sandrine", "Vase en céramique émaillée, bleu nuit",
  O("delivered", "fbm", 36.00, ship=-5, deliv=-1, carrier="Colissimo", track="6A11122233344"),
  """Le vase est arrivé avec une grosse fêlure sur le col et un éclat à la base. Je suis très déçue, c'était un cadeau.""",
  E("damaged, described, no photo: apologise, explain transit damage, ask for photos",
    req="photo", freq="symptom"))

S("fr", "FR", "Julien", "Sweat à capuche homme, coton bio",
  O("delivered", "fbm", 29.00, ship=-4, deliv=-1, carrier="Mondial Relay", track="MR12345678"),
  """J'ai commandé le sweat en vert forêt et j'ai reçu un bordeaux (photo jointe). Est-ce possible d'avoir le vert ?""",
  E("wrong colour, wanted colour named, photo attached: send the right colour; don't ask which or for a photo",
    offers="replacement", freq="variant photo", tasks="reship"), photo=True)

S("fr", "FR", "Hélène", "Cocotte en fonte 24 cm avec couvercle",
  O("delivered", "fbm", 59.90, ship=-6, deliv=-2, carrier="Colissimo", track="6A55566677788"),
  """Bonjour, la cocotte est bien arrivée mais sans son couvercle ! Pouvez-vous m'envoyer le couvercle manquant ? Merci""",
  E("missing part named (the lid) and asked for: send it",
    offers="send_parts", tasks="ship_parts", freq="missing_part symptom", fo="return"))

S("fr", "FR", "Kevin", "Mini projecteur portable 1080p",
  O("delivered", "fbm", 89.00, ship=-10, deliv=-6, carrier="DPD", track="09876543210987"),
  """Il ne marche pas votre projecteur.""",
  E("defective but nothing described: apologise and ask what happens exactly",
    req="symptom"))

S("fr", "FR", "Agnès", "Arrosoir d'intérieur en laiton 1 L",
  O("delivered", "fba", 26.00, ship=-7, deliv=-3),
  """Bonjour, finalement je n'en ai plus l'utilité, je voudrais exercer mon droit de rétractation. Comment faire ?""",
  E("unwanted, FBA: return through Amazon within 30 days, say so honestly",
    offers="return", fo="replacement", freq="photo symptom"))

S("fr", "FR", "Thierry", "Perceuse à percussion sans fil 18 V",
  O("delivered", "fbm", 79.00, ship=-25, deliv=-21, carrier="DPD", track="09876543219999"),
  """Je vous ai renvoyé la perceuse il y a dix jours. Toujours pas de remboursement. C'est normal ?""",
  E("refund asked, nothing on record (return not received, no refund): ask for patience and flag for the seller",
    tasks="check_order", fo="refund_info"))

S("fr", "FR", "Manon", "Lampe de chevet tactile, laiton",
  O("delivered", "fbm", 42.00, ship=-9, deliv=-6, carrier="Colissimo", track="6A99988877766"),
  "La lampe clignote en permanence.",
  E("authorised return request, reason 'defective': notice only, no reply", draft=False),
  kind="return_auth", reason="Item defective or doesn't work")

S("fr", "FR", "Yves", "Moulin à poivre électrique, lot de 2",
  O("delivered", "fbm", 24.90, ship=-6, deliv=-2, carrier="Colissimo", track="6A44455566677"),
  """Bien reçu, tout est parfait. Merci beaucoup et bonne continuation !""",
  E("thank-you note: no reply needed", draft=False))

S("fr", "CA", "Geneviève", "Gants de ski imperméables, femme, taille M",
  O("shipped", "fbm", 34.99, ship=-3, latest=2, cur="CAD"),
  """Bonjour, ma commande indique expédiée mais il n'y a aucun numéro de suivi. Quand vais-je la recevoir? Merci!""",
  E("French-Canadian buyer (amazon.ca): FBM shipped but no tracking on record; flag it and give the expected date",
    tasks="add_tracking", fo="amazon_support"), tpl="fr")

S("fr", "FR", "Océane", "Sèche-cheveux ionique 2200 W",
  O("delivered", "fbm", 49.90, ship=-8, deliv=-4, carrier="Colissimo", track="6A12312312312"),
  """J'ai mis 1 étoile. Le sèche-cheveux sent le brûlé dès la 2e utilisation et s'est coupé tout seul, voir la photo de la grille noircie. Je veux être remboursée.""",
  E("negative review left, defect described with photo, buyer wants a refund: solve it, never tie anything to the review",
    offers="refund", freq="photo symptom"), photo=True)
