from common import O, E, S
L = "fr"
SPECS = [
S(L, "fr", "Camille", "Lampe de chevet tactile, bois", """
Bonjour,
Je me suis trompée d'adresse en passant commande. Pourriez-vous l'envoyer au 18 rue des Tanneurs, 67000 Strasbourg à la place ? Je vois qu'elle n'est pas encore expédiée.
Merci d'avance,
Camille
""", O("unshipped", "fbm", 27.90, purch=0, latest=5),
 E("non expédiée, FBM, nouvelle adresse donnée : annuler et recommander", offers=["reorder"], fo=["reship_new_address"], fr=["address"])),

S(L, "fr", "Julien", "Coque antichoc pour smartphone", """
Salut, le colis est parti à mon ancienne adresse, je viens de déménager. Vous pouvez le renvoyer à la nouvelle ? Je vous la donne si c'est bon.
""", O("shipped", "fbm", 12.99, ship=-1, carrier="Colissimo", trk="6A12345678901", purch=-2, latest=3),
 E("expédiée, sous EUR 30, nouvelle adresse pas encore donnée : proposer un nouvel envoi et demander l'adresse", offers=["reship_new_address"], req=["address"])),

S(L, "fr", "Nathalie", "Robot pâtissier 1200W, 5L", """
Bonjour, j'ai commandé par erreur ce robot, je souhaiterais annuler la commande s'il vous plaît. Cordialement, Nathalie Morel
""", O("unshipped", "fbm", 129.00, purch=0, latest=6),
 E("annulation demandée par message (non officielle), non expédiée : renvoyer vers Vos commandes > Demander l'annulation", offers=["cancel_via_amazon"], fo=["cancel"], fr=["reason"])),

S(L, "fr", "Éric", "Perceuse visseuse sans fil 20V", """
Bonjour,
Je voulais annuler mais le colis est arrivé ce matin. J'ai trouvé moins cher en magasin entre temps. Je ne l'ai pas ouvert. Comment faire ?
""", O("delivered", "fba", 69.99, ship=-3, deliv=0, carrier="AMZL", trk="FR3456789012", purch=-4),
 E("annulation après livraison FBA, raison donnée : retour via Amazon, pas d'annulation", offers=["return"], fo=["cancel"], fr=["reason"])),

S(L, "fr", "Sophie", "Tapis de bain antidérapant", """
Bonjour, où en est ma commande ? Toujours rien reçu. Merci
""", O("shipped", "fba", 15.99, ship=-4, carrier="AMZL", trk="FR3456700001", purch=-6, latest=-1),
 E("suivi FBA : Amazon gère la logistique, orienter vers le service client Amazon", offers=["amazon_support"])),

S(L, "fr", "Marc", "Sac à dos de randonnée 40L", """
Bonjour,
Commande passée il y a trois semaines, jamais reçue. Le suivi La Poste n'a pas bougé depuis le 2. Pouvez-vous me renvoyer un sac ? J'en ai besoin pour le 20.
Merci
""", O("shipped", "fbm", 54.90, ship=-20, carrier="Colissimo", trk="6A98765432101", purch=-21, latest=-9),
 E("non reçu, très en retard, FBM, le client demande un renvoi", offers=["replacement"])),

S(L, "fr", "Isabelle", "Service à thé en porcelaine, 6 tasses", """
Bonjour, j'ai reçu le service aujourd'hui : deux tasses cassées et une soucoupe fêlée. Je joins les photos. Le carton était tout enfoncé sur un côté. Pouvez-vous me renvoyer les pièces cassées ou un service complet ?
""", O("delivered", "fbm", 38.50, ship=-4, deliv=0, carrier="Colissimo", trk="6A11122233344", purch=-5),
 E("abîmé au transport, photos jointes : s'excuser, renvoyer les pièces ou un service, ne pas redemander de photo", offers=["replacement"], fr=["photo", "symptom"]), photo=True),

S(L, "fr", "Thomas", "T-shirt coton bio homme, col rond", """
Commandé en L, reçu en S. Je voudrais bien le L svp.
""", O("delivered", "fbm", 17.90, ship=-5, deliv=-1, carrier="Mondial Relay", trk="MR12345678", purch=-6),
 E("mauvaise taille, taille voulue (L) donnée : envoyer la bonne taille", offers=["replacement"], fr=["variant"], req=["photo"])),

S(L, "fr", "Chantal", "Bouilloire électrique en verre 1,7L", """
Bonjour,
Votre bouilloire ne fonctionne pas correctement.
""", O("delivered", "fbm", 29.90, ship=-8, deliv=-5, carrier="Colissimo", trk="6A55566677788", purch=-9),
 E("défaut sans détail : demander ce qui ne va pas", req=["symptom"])),

S(L, "fr", "Antoine", "Chaise de bureau ergonomique", """
Bonjour, il manque les 5 roulettes dans le carton ! Impossible de monter la chaise. Merci de me les envoyer rapidement.
""", O("delivered", "fbm", 119.00, ship=-5, deliv=-1, carrier="DPD", trk="09876543210987", purch=-6),
 E("pièces manquantes nommées (5 roulettes) : les envoyer", offers=["send_parts"], fr=["missing_part"], tasks=["ship_parts"])),

S(L, "fr", "Mélanie", "Rideaux occultants 140x260, lot de 2", """
Bonjour, finalement la couleur ne me plaît pas une fois accrochés. Je voudrais les retourner, ils sont comme neufs. Merci de m'indiquer la marche à suivre.
""", O("delivered", "fbm", 34.99, ship=-8, deliv=-4, carrier="Colissimo", trk="6A99988877766", purch=-9),
 E("retour sans défaut, FBM : proposer de garder l'article avec remboursement plutôt qu'un retour coûteux", offers=["keep_with_refund"], fr=["reason"])),

S(L, "fr", "Gérard", "Tondeuse à cheveux rechargeable", """
La tondeuse ne charge plus au bout de 10 jours, le voyant reste éteint. Je ne veux pas d'échange, je veux être remboursé. Sinon je mets un avis négatif, je préviens.
""", O("delivered", "fbm", 32.00, ship=-13, deliv=-10, carrier="Colissimo", trk="6A44455566677", purch=-14),
 E("menace d'avis, défaut décrit, remboursement voulu sans échange : rembourser, ne jamais lier à l'avis", offers=["refund"], fo=["replacement"], fr=["symptom"])),

S(L, "fr", "Hélène", "Couette 4 saisons 220x240", """
Bonjour, j'ai bien renvoyé la couette, vous l'avez reçue d'après le suivi il y a 5 jours. Toujours pas de remboursement. Merci de faire le nécessaire.
""", O("returned", "fbm", 64.90, ship=-30, deliv=-27, carrier="Colissimo", trk="6A12312312312", purch=-31, ret="true"),
 E("retour reçu FBM, pas de remboursement enregistré : tâche de remboursement, dire qu'il est en cours", tasks=["refund"], fr=["order_id"])),
]
