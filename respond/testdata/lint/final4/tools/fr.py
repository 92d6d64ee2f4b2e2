from en_block import a, D

# ---- block
a("fr", "block", "link;marketing", "domain spelled 'point fr' with shop promotion", """Bonjour Madame Lefèvre,

Merci pour votre message, ravie que la lampe vous plaise ! Pour information, l'abat-jour assorti en lin naturel et d'autres coloris sont disponibles sur notre boutique en ligne : atelier-lumen point fr. Vous y trouverez aussi nos nouveautés de saison.

Belle journée,
Camille
Atelier Lumen""")

a("fr", "block", "email;off_amazon_contact", "email spelled with 'arobase'", """Bonjour Monsieur Girard,

Nous sommes désolés que la cafetière fuie. Pour accélérer le traitement, pouvez-vous envoyer une photo du joint et votre numéro de commande à sav arobase maisonbrulerie point com ? Notre technicien vous répondra sous 24 heures.

Cordialement,
Le service client Maison Brûlerie""")

a("fr", "block", "phone;off_amazon_contact", "French mobile number with call invitation", """Bonjour Julie,

Désolée pour ce souci de montage ! Le plus simple serait qu'on en parle de vive voix, c'est vraiment plus rapide pour ce genre de meuble. N'hésitez pas à m'appeler au 06 12 34 56 78, je suis disponible tous les jours de 9 h à 18 h.

À bientôt,
Sandrine
Bois & Maison""")

a("fr", "block", "review_positive", "request for five stars", """Bonjour Monsieur Roux,

Merci beaucoup pour votre retour, nous sommes ravis que le remplacement soit arrivé rapidement. Si vous êtes satisfait, pourriez-vous prendre une minute pour nous laisser un avis 5 étoiles sur Amazon ? Pour une petite entreprise comme la nôtre, cela compte énormément.

Bien cordialement,
Antoine
Les Jardins d'Antoine""")

a("fr", "block", "review_incentive", "refund promised after review withdrawn", """Madame Dubois,

Nous regrettons sincèrement que le tapis ne corresponde pas à vos attentes. Nous vous proposons un remboursement de 30 % sans retour. Dès que vous aurez retiré votre commentaire négatif, nous déclencherons le remboursement, il vous suffit de nous prévenir ici.

Cordialement,
Tapis d'Orient Service Client""")

a("fr", "block", "marketing", "new collection and newsletter sign-up without a link", """Bonjour Élodie,

Votre colis de remplacement est parti ce matin, toutes nos excuses pour l'erreur de taille. Au passage, notre nouvelle collection d'hiver vient de sortir avec des pulls assortis à votre écharpe ; inscrivez-vous à notre newsletter pour être prévenue en avant-première des prochaines sorties.

À très vite,
Margaux
Maille & Co""")

a("fr", "block", "off_amazon_payment", "bank transfer refund, asks for RIB", """Bonjour Monsieur Bernard,

Suite à votre réclamation, nous acceptons de vous rembourser les 15 € correspondant à la pièce manquante. Pour éviter les délais d'Amazon, nous préférons procéder par virement bancaire : merci de nous envoyer votre RIB en réponse à ce message.

Cordialement,
Pierre Moulin
Outillage Moulin""")

a("fr", "block", "placeholder", "template slot {prenom} and unfilled date", """Bonjour {prenom},

Merci pour votre patience. Votre commande a bien été expédiée et devrait vous parvenir le [DATE_LIVRAISON]. Nous restons à votre disposition pour toute question concernant cette commande.

Bien à vous,
L'équipe Douceur de Provence""")

a("fr", "block", "off_amazon_contact", "WhatsApp/Messenger invitation without number", """Coucou Léa,

Merci pour les photos ! Pour le choix du prénom à graver sur le bracelet, ce serait plus simple d'échanger sur WhatsApp ou Messenger, je pourrais t'envoyer des aperçus des différentes polices. Dis-moi ce que tu préfères et je t'ajoute.

Bisous,
Manon
Les Petits Bijoux de Manon""")

a("fr", "block", "review_positive;review_incentive", "gift voucher in exchange for updating review to five stars", """Bonjour Monsieur Lambert,

Nous avons bien noté votre déception concernant le délai de livraison. Afin de nous faire pardonner, nous vous offrons une carte cadeau de 10 € dès que votre évaluation passera à 5 étoiles. Nous comptons sur votre compréhension.

Sincères salutations,
Épicerie Fine du Sud""")

# ---- ok
a("fr", "ok", "", "hard: WhatsApp mentioned only to refuse", """Bonjour Madame Perrin,

Merci pour votre proposition de poursuivre sur WhatsApp. Malheureusement, les règles d'Amazon nous imposent de communiquer uniquement via la messagerie Amazon. Vous pouvez joindre vos photos directement en réponse à ce message, et nous les examinerons dès réception.

Bien cordialement,
Thomas
Cuisine & Tradition""")

a("fr", "ok", "", "hard: bank transfer named only to refuse", """Bonjour Monsieur Fontaine,

Je comprends que vous préféreriez un virement, mais nous ne pouvons effectuer aucun paiement en dehors d'Amazon. Le remboursement de 42,50 € a été effectué aujourd'hui via Amazon sur votre moyen de paiement d'origine. Il apparaîtra sous 3 à 5 jours ouvrés.

Cordialement,
Isabelle
Literie Confort""")

a("fr", "ok", "", "hard: Colissimo tracking number and postcode", """Bonjour Madame Martin,

Votre colis a été remis à Colissimo le 3 décembre sous le numéro de suivi 6A23456789012. D'après le suivi, il est arrivé à la plateforme de 69007 Lyon et sera livré demain à l'adresse de votre commande.

Belle soirée,
Hugo
Thé & Tisanes""")

a("fr", "ok", "", "hard: thanks for an existing review", """Bonjour Nathalie,

Je viens de lire l'avis que vous avez laissé sur le coussin de méditation et je voulais simplement vous remercier d'avoir pris le temps de l'écrire. Vos remarques sur la fermeture éclair nous ont d'ailleurs donné une idée d'amélioration pour la prochaine série.

Avec toute ma gratitude,
Claire
Zen Atelier""")

a("fr", "ok", "", "hard: 'positive or negative' neutral review mention", """Bonjour Monsieur Caron,

Votre problème est maintenant réglé et la nouvelle télécommande est en route. Une fois que vous aurez utilisé le ventilateur quelque temps, vous êtes libre de laisser un avis, qu'il soit positif ou négatif : tous les retours sincères aident les autres acheteurs.

Cordialement,
Sébastien
Air Frais""")

a("fr", "ok", "", "hard: official cancellation path 'Vos commandes'", """Bonjour Madame Henry,

Merci de nous avoir prévenus. Votre commande n'est pas encore expédiée. Pour l'annuler, rendez-vous dans Vos commandes, sélectionnez la commande concernée puis cliquez sur « Demander l'annulation ». Nous validerons la demande dès qu'elle nous parviendra.

Bien à vous,
Laure
Papeterie Lumière""")

a("fr", "ok", "", "hard: Amazon coupon reduces the refund", """Bonjour Monsieur Gauthier,

Vous avez reçu 22,49 € au lieu de 24,99 € car un coupon Amazon de 10 % avait été appliqué lors de votre achat. Amazon rembourse toujours le montant réellement payé ; il ne manque donc rien sur votre remboursement.

Cordialement,
Nicolas
Brico Pro Direct""")

a("fr", "ok", "", "standard: damaged item, free replacement, unconditioned", """Bonjour Madame Morel,

Toutes nos excuses : le verre de la théière s'est visiblement brisé pendant le transport. Nous vous envoyons gratuitement une nouvelle théière dès demain, sans besoin de retourner l'ancienne. Si possible, joignez une photo de l'emballage ici, cela nous aidera à améliorer notre conditionnement.

Cordialement,
Yasmine
Arts de la Table""")
