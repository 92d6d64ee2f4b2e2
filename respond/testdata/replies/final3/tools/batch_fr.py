from lib import S, O

S("fr","fr","Camille","B0C6RK2WQT","Aspirateur balai sans fil 2 en 1","2026-03-04 09:36",
"""Bonjour, je dois changer l'adresse de livraison, je serai chez mes parents au 5 rue des Tilleuls, 69003 Lyon. La commande n'est pas encore partie il me semble. Merci d'avance !""",
"non expédiée mais FBA : le vendeur ne peut rien modifier, renvoyer vers le service client Amazon",
order=O("unshipped","fba",129.00,purchase=0,latest=3),
offers=["amazon_support"], fo=["reship_new_address"], freq=["address"], case="address_change")

S("fr","fr","Julien","B0BX7PL3MV","Coque iPhone 15 silicone, bleu nuit","2025-10-21 22:14",
"""Salut, je me suis trompé d'adresse en commandant et je vois que c'est déjà expédié... c'est possible de me le renvoyer à la bonne adresse ? Je vous la donne si besoin""",
"expédiée FBM, 17,99 EUR sous le seuil, pas encore de nouvelle adresse : proposer un renvoi et demander l'adresse",
order=O("shipped","fbm",17.99,ship=-1,carrier="Colissimo",trk="6A22334455667",purchase=-2,latest=3),
offers=["reship_new_address"], req=["address"], case="address_change")

S("fr","fr","Nathalie","B0D2QT9XCL","Nappe en lin 160x250","2025-06-28 14:03",
"""Bonjour Madame, Monsieur, J'ai commis une erreur dans mon adresse : il s'agit du 12 bis et non du 12. Le colis est déjà expédié. Pourriez-vous faire le nécessaire ? Bien cordialement, Nathalie Morel""",
"expédiée FBM, 30,00 EUR = seuil (au moins égal) : expliquer que l'adresse ne peut plus être changée",
order=O("shipped","fbm",30.00,ship=-1,carrier="Colissimo",trk="6A22334499887",purchase=-2,latest=2),
fo=["reship_new_address"], case="address_change")

S("fr","fr","Mehdi","B0CK4ZN7RW","Manette sans fil pour PC","2026-01-08 13:57",
"""Annulez ma commande svp""",
"demande d'annulation non officielle, non expédiée FBM : renvoyer vers Vos commandes > Demander l'annulation",
order=O("unshipped","fbm",27.90,purchase=0,latest=4),
offers=["cancel_via_amazon"], fo=["cancel"], case="cancel_order")

S("fr","ca","Geneviève","B0BV2MX8QJ","Pelle à neige ergonomique","2025-11-30 16:45",
"""Bonjour, je voudrais annuler ma commande svp, mon chum en a déjà acheté une au Canadian Tire hier. Merci beaucoup!""",
"annulation non officielle (amazon.ca), non expédiée FBM, raison donnée",
order=O("unshipped","fbm",44.99,purchase=0,latest=5,cur="CAD"),
offers=["cancel_via_amazon"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("fr","fr","Laurent","B0D5VC3NKE","Montre connectée sport","2026-05-19 10:25",
"""Bonjour, j'aimerais annuler cette commande. Je l'ai reçue hier mais finalement je n'en veux plus, mon fils m'en a offert une.""",
"« annuler » une commande FBA déjà livrée : retour via Amazon",
order=O("delivered","fba",59.99,ship=-3,deliv=-1,carrier="Amazon Logistics",trk="FR3319988771",purchase=-4,latest=-1),
offers=["return"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("fr","fr","Isabelle","B0C9HW1TPL","Set de couteaux de cuisine 6 pièces","2025-09-05 08:12",
"""Bonjour, j'ai commandé il y a 5 jours et la commande n'est toujours pas expédiée. Quand est-ce que vous comptez l'envoyer ? C'est pour un cadeau samedi.""",
"FBM non expédiée sans suivi : indiquer la date d'envoi/livraison prévue et signaler",
order=O("unshipped","fbm",39.90,purchase=-5,latest=2),
offers=["tracking"], tasks=["add_tracking"], freq=["order_id"], case="shipping_inquiry")

S("fr","fr","Hugo","B0BQ6TR4ZX","Tapis de souris gamer RGB","2026-02-15 19:30",
"""Je ne veux plus de cet article, je voudrais le renvoyer. Comment faire ?""",
"n'en veut plus, FBA livré : retour sous 30 jours via Amazon, le dire honnêtement",
order=O("delivered","fba",22.99,ship=-6,deliv=-4,carrier="Amazon Logistics",trk="FR3312233445",purchase=-7,latest=-4),
offers=["return"], case="return_unwanted")

S("fr","fr","Sylvie","B0D7NP2KWF","Vase en céramique blanc 30cm","2026-04-23 11:18",
"""Bonjour, le vase est arrivé avec un gros éclat sur le col, on dirait qu'il a pris un choc pendant le transport. Pouvez-vous m'en envoyer un autre s'il vous plaît ?""",
"abîmé (choc de transport), pas de photo, remplacement demandé : s'excuser, demander une photo",
order=O("delivered","fbm",26.50,ship=-4,deliv=-1,carrier="Colissimo",trk="6A22334400112",purchase=-5,latest=-1),
offers=["replacement"], req=["photo"], freq=["symptom"], case="return_dissatisfied/damaged")

S("fr","fr","Léa","B0C1XM5QRV","Bottines en cuir femme, camel","2025-12-16 17:02",
"""Bonjour ! J'ai commandé du 38 et j'ai reçu du 40 (photo de l'étiquette jointe). Est-ce que vous pouvez m'envoyer la bonne pointure, 38 donc ? Merci :)""",
"mauvaise taille, photo jointe, taille voulue (38) donnée",
order=O("delivered","fbm",69.00,ship=-4,deliv=-1,carrier="Mondial Relay",trk="MR24019988",purchase=-5,latest=-1),
offers=["replacement"], freq=["variant","photo"], tasks=["reship"], photo=True, case="return_dissatisfied/wrong_item")

S("fr","fr","Bernard","B0CR8JT6WN","Étagère murale métal 3 niveaux","2026-06-07 15:40",
"""il manque des piece dans le carton impossible de monter l etagere""",
"pièces manquantes non précisées : demander lesquelles et combien",
order=O("delivered","fbm",32.99,ship=-4,deliv=-1,carrier="Colissimo",trk="6A22334477665",purchase=-5,latest=-1),
offers=["send_parts"], req=["missing_part"], case="return_dissatisfied/missing_parts")

S("fr","fr","Chantal","B0BL9KQ2XD","Ventilateur colonne avec télécommande","2025-07-17 20:50",
"""Bonsoir, le ventilateur fonctionne mais il n'y avait pas de télécommande dans la boîte alors que c'est écrit dessus. Pouvez-vous me l'envoyer ? Cordialement""",
"pièce manquante nommée (télécommande) : l'envoyer",
order=O("delivered","fbm",49.99,ship=-5,deliv=-2,carrier="Colissimo",trk="6A22334433221",purchase=-6,latest=-2),
offers=["send_parts"], freq=["missing_part"], tasks=["ship_parts"], case="return_dissatisfied/missing_parts")

S("fr","fr","Antoine","B0D4LF7MVZ","Enceinte Bluetooth portable","2026-03-21 12:05",
"""Produit défectueux. Franchement décevant, si je n'ai pas de solution rapidement je mets 1 étoile.""",
"menace d'avis, défaut sans description : demander ce qui ne va pas, proposer une solution sans lien avec l'avis",
order=O("delivered","fbm",35.99,ship=-8,deliv=-5,carrier="Colissimo",trk="6A22334412345",purchase=-9,latest=-5),
req=["symptom"], case="negative_review")

S("fr","fr","Martine","B0C7TX3WLQ","Plaid polaire 150x200","2025-11-04 09:49",
"""Bonjour, vous avez bien reçu mon retour (le suivi indique livré lundi) mais je n'ai toujours pas été remboursée. Merci de faire le nécessaire.""",
"retour reçu (FBM), pas de remboursement : rembourser (sous deux jours ouvrés) et répondre que c'est en cours",
order=O("returned","fbm",24.90,ship=-21,deliv=-18,carrier="Colissimo",trk="6A22334455001",purchase=-22,latest=-18,ret=-3),
tasks=["refund"], fo=["refund_info"], case="refund_status")

S("fr","fr","Pierre","B0BD3WR8KT","Thermomètre de cuisine digital","2026-07-10 18:00",
"""Bien reçu, merci beaucoup et bonne journée !""",
"remerciements seulement : pas de réponse",
order=O("delivered","fbm",12.99,ship=-3,deliv=0,carrier="La Poste",trk="6A22334466778",purchase=-4,latest=0),
draft=False, case="other")

S("fr","fr","","B0CF2KP9NM","Lampe de chevet tactile","2026-04-14 04:30", None,
"alerte d'évaluation négative (français) : tâche contacter l'acheteur, pas de réponse à l'avis",
order=O("delivered","fbm",23.99,ship=-9,deliv=-6,carrier="Colissimo",trk="6A22334488990",purchase=-10,latest=-6),
draft=False, tasks=["contact_buyer"], case="negative_review (feedback alert)",
raw=dict(frm=("Amazon Performance Vendeur","seller-performance@amazon.fr"), subject="Évaluation négative reçue pour la commande {o}",
body="""Bonjour,

Un acheteur a laissé une évaluation pour l'une de vos commandes.

Numéro de commande : {o}
Note : 2 sur 5
Commentaire : « La lampe clignote quand on la touche, et aucune réponse du vendeur. »

Vous pouvez répondre publiquement à cette évaluation ou contacter l'acheteur via la messagerie acheteur-vendeur.

L'équipe Performance Vendeur Amazon"""))
