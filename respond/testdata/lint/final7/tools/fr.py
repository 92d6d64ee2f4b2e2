L = "fr"
D = []
def a(rules, note, text):
    D.append((L, rules, note, text.strip("\n")))

a("email;off_amazon_contact", "'arobase' spelled out", """
Bonjour Madame Lefèvre,

Merci pour votre message concernant la bougie. Pour que notre atelier puisse vous proposer un parfum de remplacement, écrivez-nous directement à contact arobase atelier-lumiere point fr en précisant vos préférences.

Belle journée,
Camille
L'Atelier Lumière
""")
a("phone;off_amazon_contact", "French mobile number in pairs", """
Bonjour Monsieur Girard,

Nous sommes désolés que le montage de l'étagère pose problème. Le plus simple est de nous appeler au 06 12 48 73 90, du lundi au vendredi, et notre menuisier vous guidera pas à pas.

Cordialement,
Bois & Compagnie
""")
a("off_amazon_payment", "bank transfer refund, asks for RIB", """
Bonjour Julien,

Nous avons bien vérifié : il manquait deux capsules dans votre coffret. Plutôt que de passer par Amazon, ce qui prend du temps, envoyez-nous votre RIB et nous vous rembourserons les 8 € par virement bancaire dès demain.

À bientôt,
Maison Torréfaction
""")
a("placeholder", "unfilled {prenom} slot", """
Bonjour {prenom},

Merci pour votre patience. Votre colis a été remis à Colissimo ce matin et devrait vous parvenir sous 48 heures. Vous pouvez suivre la livraison depuis la rubrique « Vos commandes » de votre compte Amazon.

Bien cordialement,
Le service client
Savonnerie du Lubéron
""")
a("review_incentive", "refund in sequence after modifying the review", """
Bonjour Monsieur Roux,

Nous comprenons votre déception concernant la couleur du plaid. Nous vous proposons un remboursement de 50 %. Modifiez d'abord votre avis sur la page du produit, puis répondez-nous ici : le remboursement sera effectué dans la foulée.

Cordialement,
Textiles de Provence
""")
a("marketing", "promo code for future purchase", """
Bonjour Madame Moreau,

Le remplacement de votre théière est parti aujourd'hui. Pour nous excuser du désagrément, profitez de 20 % de réduction sur votre prochaine commande avec le code THE20, valable jusqu'à la fin du mois.

Bien à vous,
Comptoir des Thés Anciens
""")
a("link", "'point fr' bare domain", """
Bonjour Léa,

Le guide des tailles que vous cherchez est disponible sur notre site, chaussures-alpina point fr, rubrique « Conseils ». Il indique la longueur du pied pour chaque pointure, ce qui devrait vous aider à choisir la bonne taille pour l'échange.

Bonne journée,
Alpina Chaussures
""")
a("review_positive", "asks for 5 stars if satisfied (gating)", """
Bonjour Monsieur Petit,

Nous sommes ravis que le moulin à poivre vous plaise ! Si vous êtes satisfait, pourriez-vous prendre une minute pour nous laisser une note de 5 étoiles ? Et si quelque chose ne va pas, écrivez-nous plutôt ici avant de laisser un avis.

Merci infiniment,
Épices & Moulins
""")

a("", "TRAP: PayPal named only to refuse it", """
Bonjour Madame Fontaine,

Nous comprenons que vous préféreriez un remboursement sur PayPal, mais nous ne pouvons rembourser que via Amazon, sur le moyen de paiement utilisé pour la commande. Le remboursement de 22,50 € a été lancé aujourd'hui.

Cordialement,
Herboristerie du Marais
""")
a("", "TRAP: review invitation 'positive ou négatif'", """
Bonjour Antoine,

Merci pour vos questions sur la lampe frontale : l'autonomie est d'environ 8 heures en mode fort et la batterie se recharge en USB-C.

Quand vous l'aurez utilisée quelque temps, vous êtes libre de laisser un avis, positif ou négatif, pour aider les autres acheteurs.

Bonne rando,
Cimes Équipement
""")
a("", "TRAP: Colissimo tracking number, postcode and date", """
Bonjour Madame Garnier,

Votre colis a été expédié le 4 mars en Colissimo suivi. Le numéro de suivi est 6A20483917265 et il est actuellement au centre de tri de Lyon pour une livraison au 69003 prévue le 6 mars.

Cordialement,
Papeterie des Canuts
""")
a("", "TRAP: neutral note that feedback may be updated", """
Bonjour Monsieur Lambert,

Merci de nous avoir confirmé que la nouvelle cafetière fonctionne parfaitement. Nous sommes contents d'avoir pu régler le problème.

Si vous estimez que nous avons répondu à votre réclamation, il vous est possible de mettre à jour ou de supprimer votre commentaire, mais c'est entièrement votre choix.

Cordialement,
Arômes du Nord
""")
a("", "TRAP: WhatsApp number request declined", """
Bonjour Sophie,

Vous nous demandiez notre numéro WhatsApp pour envoyer les photos : malheureusement, les règles d'Amazon nous imposent de rester dans cette messagerie. Vous pouvez joindre les photos directement à votre réponse ici.

Merci beaucoup,
Bijoux Marine
""")
a("", "plain: unwanted, keep with partial refund", """
Bonjour Madame Dubois,

Nous sommes désolés que le coussin ne corresponde pas à votre intérieur. Vous pouvez bien sûr le retourner sous 30 jours. Si vous préférez le garder, nous pouvons aussi vous rembourser 30 % du prix, ce qui vous évite l'envoi. Dites-nous ce qui vous convient le mieux.

Cordialement,
Déco Bohème
""")
a("", "plain: defective, troubleshooting then replacement", """
Bonjour Thomas,

Désolés que la balance affiche « Err ». Vérifiez qu'elle est posée sur une surface dure et plane, puis retirez les piles pendant une minute. Si le message reste affiché, dites-le-nous ici et nous vous enverrons une balance neuve.

Cordialement,
Cuisine Pratique
""")
