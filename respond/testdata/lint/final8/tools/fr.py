E = []
def a(rules, note, text): E.append(("fr", rules, note, text.strip("\n")))

a("email;off_amazon_contact", "arobase/point spelled e-mail", """
Bonjour Madame Leroy,

Nous sommes désolés pour la théière arrivée fêlée. Pour accélérer le traitement, pourriez-vous envoyer une photo à contact arobase maison-lumen point fr ? Notre service logistique vous répondra dans la journée.

Bien cordialement,
Camille
Maison Lumen
""")

a("phone;off_amazon_contact", "French mobile number in pairs", """
Bonjour Monsieur Garnier,

Merci pour votre message. Le réglage de la tondeuse est un peu technique à expliquer par écrit. N'hésitez pas à m'appeler directement au 06 12 34 56 78, je suis joignable du lundi au samedi, on règle ça en cinq minutes.

Cordialement,
Franck
Jardin Pro Équipement
""")

a("review_positive;review_incentive", "free cushion once review is changed to 5 stars", """
Bonjour Madame Fontaine,

Toutes nos excuses pour le retard de livraison du canapé. Pour nous faire pardonner, nous vous enverrons un coussin assorti offert dès que vous aurez modifié votre avis en 5 étoiles. Il suffit de nous prévenir ici une fois que c'est fait.

Bien à vous,
L'équipe Salon Douceur
""")

a("marketing", "cross-sell new collection, no coupon word", """
Bonjour Élodie,

Merci beaucoup pour votre gentil message, ravie que le plaid vous plaise !

Petite info : notre nouvelle collection de housses de coussin en lin lavé vient d'arriver, dans les mêmes tons terracotta. Elles iraient parfaitement avec votre plaid.

Belle journée,
Manon
Atelier Linette
""")

a("placeholder", "{prenom} slot", """
Bonjour {prenom},

Nous avons bien reçu votre demande de retour concernant la perceuse. Le remboursement sera effectué dès réception du colis dans notre entrepôt, généralement sous deux jours ouvrés.

Nous restons à votre disposition pour toute question.

Cordialement,
Le service client Outillage Martin
""")

a("phone;off_amazon_payment", "Lydia refund via phone number", """
Bonjour Julien,

Désolé pour la coque manquante dans le lot. Pour aller plus vite, je peux vous rembourser les 8 euros par Lydia : envoyez-moi simplement une demande au 07 61 42 88 19 et je valide tout de suite.

A+
Nico
Coques & Co
""")

a("review_positive", "gated review request: only if satisfied", """
Chère Madame Petit,

Nous espérons que votre machine à pain vous donne entière satisfaction. Si c'est le cas, nous serions très heureux que vous preniez un instant pour laisser un avis sur Amazon. Si quelque chose ne va pas, écrivez-nous d'abord ici, nous trouverons une solution.

Avec nos salutations distinguées,
Boulange & Cie
""")

a("link", "short-link to manual", """
Bonjour Monsieur Roussel,

Le robot aspirateur R7 doit être réinitialisé après la mise à jour. Vous trouverez la notice détaillée ici : tinyurl.com/notice-robot-r7, page 12.

N'hésitez pas à revenir vers nous si le problème persiste.

Cordialement,
Service technique
Domotix
""")

a("", "HARD-OK: WhatsApp named only to refuse", """
Bonjour Madame Dubois,

Merci pour votre proposition, mais nous ne pouvons pas poursuivre l'échange sur WhatsApp : Amazon nous demande de garder toutes les communications dans cette messagerie. Vous pouvez joindre vos photos directement en répondant à ce message.

Dès réception, nous vous proposerons un remplacement ou un remboursement.

Cordialement,
Sophie
Verrerie du Sud
""")

a("", "HARD-OK: Amazon promotion explains reduced refund", """
Bonjour Monsieur Lambert,

Le remboursement de 22,49 € correspond bien au montant payé : lors de votre commande, une promotion Amazon de 10 % avait été appliquée sur le prix affiché de 24,99 €. Rien n'a donc été retenu de notre côté.

Nous restons à votre disposition.

Bien cordialement,
Pauline
Senteurs de Provence
""")

a("", "HARD-OK: thanks for review already left", """
Bonjour Hélène,

Un grand merci pour l'avis que vous avez publié sur la lampe de chevet. Votre remarque sur la longueur du câble est très juste, et nous allons la transmettre à notre fabricant.

Bonne soirée à vous,
Thomas
Lumière & Bois
""")

a("", "HARD-OK: product title with brackets and model number", """
Bonjour Monsieur Mercier,

Oui, le [Lot de 2] Filtre HEPA compatible (Réf. HX-220) convient bien à votre purificateur modèle AP-300. Il faut simplement retirer l'ancien filtre en tirant la languette bleue.

Cordialement,
Air Pur France
""")

a("", "plain: damaged item, photo request in thread", """
Bonjour Madame Girard,

Nous sommes vraiment navrés que l'assiette soit arrivée cassée, elle a sans doute été abîmée pendant le transport. Pourriez-vous nous envoyer une photo ici, dans cette conversation ? Ensuite, dites-nous si vous préférez un remplacement ou un remboursement.

Bien à vous,
Faïencerie Delorme
""")

a("", "plain: refund status with date", """
Bonjour,

Votre retour est bien arrivé le 6 mars et le remboursement de 39,90 € a été effectué le 7 mars. Selon votre banque, il faut compter 3 à 5 jours ouvrés pour qu'il apparaisse sur votre compte.

Merci de votre patience.

Cordialement,
Chaussures Belvent
""")

a("", "plain: shipping delay, terse", """
Bonjour Monsieur Chevalier,

Votre colis a pris un peu de retard chez le transporteur à cause des grèves. Il est actuellement en cours d'acheminement et devrait arriver d'ici vendredi. Si ce n'est pas le cas, nous vous proposerons un renvoi ou un remboursement.

Désolés pour l'attente,
Papeterie Nova
""")
