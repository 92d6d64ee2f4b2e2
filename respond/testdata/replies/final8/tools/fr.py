from base import *

S('fr','fr','Camille','Lampe de chevet en rotin',
"""Bonjour, je viens de voir que l'adresse de livraison est celle de mon ancien appartement... Serait-il possible d'envoyer le colis au 27 rue des Tanneurs, 67000 Strasbourg ? La commande n'est pas encore expédiée il me semble. Merci d'avance !""",
O('unshipped','fbm',29.90,purchase=0,latest=5),
X("commande non expédiée (FBM), nouvelle adresse donnée : annuler et recommander, pas de modification d'adresse", o=['reorder'], fo=['reship_new_address'], fr=['address']))

S('fr','fr','Julien','Coque iPhone 15 silicone, bleu nuit',
"""Bonsoir, j'ai oublié de mettre le numéro d'appartement, le facteur ne va jamais trouver. Le colis est parti hier d'après le suivi. C'est 12 avenue Jean Jaurès, Bât. C, appt 34, 69007 Lyon. Désolé pour le dérangement.""",
O('shipped','fbm',12.99,purchase=-2,ship=-1,carrier='La Poste Colissimo',trk='6A12345678901',latest=2),
X('expédiée, valeur sous 30 EUR, adresse complète donnée : renvoyer à la nouvelle adresse', o=['reship_new_address'], fr=['address'], t=['reship']))

S('fr','fr','Nathalie','Robot pâtissier 1200 W, 5 L',
"""Bonjour, pouvez-vous faire livrer chez ma mère à Nantes plutôt que chez moi ? Je vous donne l'adresse si c'est possible.""",
O('shipped','fbm',189.00,purchase=-3,ship=-1,carrier='Chronopost',trk='XY123456789FR',latest=1),
X("expédiée, valeur au-dessus du seuil : expliquer poliment que l'adresse ne peut plus être changée", fo=['reship_new_address','cancel']))

S('fr','fr','Sébastien','Tapis de souris XXL 90x40',
"""Bonjour, je souhaiterais annuler ma commande svp, je me suis trompé de taille. Cordialement""",
O('unshipped','fbm',15.99,purchase=0,latest=4),
X("annulation non officielle, non expédiée, raison donnée : renvoyer vers Vos commandes > Demander l'annulation", o=['cancel_via_amazon'], fo=['cancel'], fr=['reason']))

S('fr','fr','Élodie','Gourde isotherme 500 ml, rose poudré',
"""Bonjour, ma commande devait arriver mardi et toujours rien... Vous pouvez me dire où elle en est ?""",
O('shipped','fbm',19.90,purchase=-7,ship=-5,carrier='La Poste Colissimo',trk='6A12345670000',latest=-1),
X('demande de suivi FBM avec numéro : transporteur, numéro et date prévue', o=['tracking']))

S('fr','fr','Thierry','Étagère murale industrielle, 2 niveaux',
"""Bonjour,
Colis reçu ce matin mais il manque les chevilles et une des deux équerres. Impossible de monter l'étagère. Merci de m'envoyer les pièces manquantes rapidement.""",
O('delivered','fbm',34.90,purchase=-5,ship=-3,deliv=0,carrier='Mondial Relay',trk='MR123456789',latest=1),
X('pièces manquantes nommées (chevilles, une équerre) : envoyer les pièces', o=['send_parts'], fo=['return'], fr=['missing_part'], t=['ship_parts']))

S('fr','fr','Manon','Pull col roulé femme, taille S, écru',
"""Coucou, j'ai reçu le pull en gris anthracite au lieu d'écru :( Je voudrais vraiment l'écru, c'est possible de faire l'échange ? Je vous mets une photo.""",
O('delivered','fbm',39.00,purchase=-6,ship=-4,deliv=-1,carrier='La Poste Colissimo',trk='6A12345671111',latest=0),
X('mauvaise couleur, photo jointe, couleur voulue (écru) indiquée', o=['replacement'], fr=['variant','photo'], t=['reship']), photo='pull.jpg')

S('fr','fr','Gérard','Radio-réveil FM avec projection',
"""Madame, Monsieur,
L'appareil ne fonctionne pas.
Cordialement""",
O('delivered','fbm',27.50,purchase=-8,ship=-6,deliv=-3,carrier='La Poste Colissimo',trk='6A12345672222',latest=-2),
X('défaut non décrit : demander ce qui ne va pas', r=['symptom']))

S('fr','fr','Aurélie','Set de 6 verres à vin',
"""Bonjour, deux verres sont arrivés cassés, le carton était écrasé sur un coin. Je ne veux pas de remplacement, juste être remboursée pour les verres cassés si possible.""",
O('delivered','fbm',24.90,purchase=-5,ship=-3,deliv=0,carrier='Mondial Relay',trk='MR123456000',latest=1),
X('casse en transport décrite, la cliente veut un remboursement partiel et pas de remplacement', o=['partial_refund'], fo=['replacement'], fr=['symptom']))

S('fr','fr','Hugo','Casque audio Bluetooth pliable',
"""Salut, finalement je ne vais pas le garder, il serre trop sur les oreilles. Je peux le renvoyer ?""",
O('delivered','fba',49.99,purchase=-8,ship=-7,deliv=-5,latest=-5),
X('retour sans défaut sur commande FBA : expliquer le retour via Amazon sous 30 jours', o=['return'], fr=['reason']))

S('fr','fr','Chantal','Plaid en laine 130x170',
"""Bonjour, le retour a été déposé il y a dix jours et reçu chez vous d'après le suivi. Je n'ai toujours pas vu le remboursement.""",
O('returned','fbm',45.00,purchase=-30,ship=-28,deliv=-25,carrier='La Poste Colissimo',trk='6A12345673333',latest=-25,ret=-3),
X('retour reçu (FBM), pas de remboursement enregistré : rembourser maintenant', t=['refund']))

S('fr','fr','Patrick','Support TV mural orientable',
"""Le bras s'est plié au bout de deux jours avec une télé de 20 kg alors qu'il est donné pour 35 kg. J'ai failli perdre ma télé. Je veux un remboursement sinon je mets une étoile et je préviens tout le monde.""",
O('delivered','fbm',54.90,purchase=-9,ship=-7,deliv=-3,carrier='Colissimo',trk='6A12345674444',latest=-3),
X('menace d\'avis avec défaut clair, remboursement demandé : proposer le remboursement sans le lier à l\'avis', o=['refund'], fr=['symptom']))

S('fr','fr','Isabelle','Diffuseur d\'huiles essentielles',
"""Bonjour, toujours pas reçu ma commande, ça fait presque un mois. Le suivi est bloqué depuis le 2. Que proposez-vous ?""",
O('shipped','fbm',26.90,purchase=-28,ship=-26,carrier='La Poste Colissimo',trk='6A12345675555',latest=-15),
X('non reçu, très en retard (FBM) : proposer renvoi ou remboursement au choix', o=['refund','replacement']))

S('fr','fr','Marc','Brosse nettoyante visage',
"""Bonjour, commande reçue, tout est parfait, merci beaucoup !""",
O('delivered','fba',21.90,purchase=-5,ship=-4,deliv=-1,latest=-1),
X('simple remerciement : pas de réponse', d=False))
