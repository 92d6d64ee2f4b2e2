add("fr", "Camille", "Tapis de yoga épais 10mm", """Bonjour, je me suis trompée d'adresse en passant commande, c'est l'ancienne. La bonne adresse : 12 rue des Tanneurs, 67000 Strasbourg. La commande n'est pas encore partie je crois ? Merci d'avance""",
    X("non expédiée FBM, nouvelle adresse donnée: annuler et recommander (changement d'adresse désactivé)", o="reorder", fo="reship_new_address", fr="address"),
    order=O("unshipped", "fbm", 27.90, p=0, ld=5), date="2026-02-17 08:22")
add("fr", "Julien", "Enceinte Bluetooth portable 20W", """Salut, le colis est déjà parti mais j'ai déménagé. Je suis maintenant au 5 allée des Cerisiers, 44300 Nantes. Vous pouvez faire quelque chose ?""",
    X("expédiée FBM, valeur au-dessus du seuil (49,90 EUR): expliquer que l'adresse ne peut plus être changée", fo="reship_new_address"),
    order=O("shipped", "fbm", 49.90, p=-3, s=-1, carrier="Colissimo", trk="6A98765432109", ld=2), date="2026-06-08 12:35")
add("fr", "Nathalie", "Coussin de chaise lot de 4", """Bonjour, je souhaiterais annuler ma commande s'il vous plaît. J'ai commandé la mauvaise couleur. Cordialement.""",
    X("annulation non officielle, non expédiée: renvoyer vers Vos commandes > Demander l'annulation; ne pas annuler", o="cancel_via_amazon", fo="cancel", fr="reason"),
    order=O("unshipped", "fbm", 32.00, p=0, ld=6), date="2025-10-14 14:48")
add("fr", "Mathieu", "Gourde isotherme inox 750ml", """j'ai commandé il y a 3 semaines, toujours rien reçu, le suivi ne bouge plus depuis 12 jours. je commence à en avoir marre. renvoyez m'en une ou remboursez, peu importe""",
    X("non reçu, très en retard FBM; l'acheteur accepte renvoi ou remboursement: proposer les deux", o="refund", fr="keep_item"),
    order=O("shipped", "fbm", 19.90, p=-21, s=-19, carrier="Colissimo", trk="6A11223344556", ld=-10), date="2026-03-23 19:19")
add("fr", "Sophie", "Robe d'été fleurie", """Bonjour, la robe taille beaucoup trop petit, je prends toujours du 38 et là impossible de la fermer. Je voudrais la retourner et être remboursée s'il vous plaît.""",
    X("retour par insatisfaction de taille (trop petite) FBA: retour possible via Amazon sous 30 jours", o="return", fr="reason"),
    order=O("delivered", "fba", 35.99, p=-8, s=-7, d=-5), date="2026-07-16 10:10")
add("fr", "Bernard", "Perceuse visseuse sans fil 18V", """Bonjour. La perceuse est arrivée avec le boîtier fendu sur le côté et la batterie ne se clipse plus. Je joins une photo. Je préfère un remboursement.""",
    X("endommagé, photo jointe, remboursement demandé plutôt qu'un remplacement", o="refund", fo="replacement", fr="photo symptom"),
    order=O("delivered", "fbm", 69.90, p=-6, s=-4, d=-1, carrier="Chronopost", trk="XY123456789FR"), date="2026-05-27 09:45", photo=True)
add("fr", "Léa", "Housse de couette 220x240", """Coucou, j'avais commandé la housse en bleu canard et j'ai reçu du gris anthracite 😕 est-ce que vous pouvez m'envoyer la bleue ?""",
    X("mauvaise couleur, couleur voulue nommée (bleu canard): envoyer la bonne variante", o="replacement", fr="variant symptom"),
    order=O("delivered", "fbm", 44.90, p=-7, s=-5, d=-2, carrier="Mondial Relay", trk="MR12345678"), date="2026-01-09 21:30")
add("fr", "Antoine", "Étagère murale flottante lot de 3", """Il manque les chevilles et les vis pour fixer les étagères au mur. Pouvez-vous me les envoyer ?""",
    X("pièces manquantes nommées (chevilles et vis): les envoyer", o="send_parts", fr="missing_part", t="ship_parts"),
    order=O("delivered", "fbm", 26.50, p=-5, s=-3, d=-1, carrier="Colissimo", trk="6A55667788990"), date="2026-04-15 17:17")
add("fr", "Élodie", "Fer à lisser céramique", """Le lisseur ne chauffe plus du tout depuis hier. Le voyant s'allume mais les plaques restent froides. Je l'ai depuis 10 jours. Je voudrais un échange svp.""",
    X("défectueux, symptôme décrit; échange demandé", o="replacement", fr="symptom", t="reship"),
    order=O("delivered", "fbm", 29.99, p=-14, s=-12, d=-10, carrier="Colissimo", trk="6A99887766554"), date="2026-08-30 11:55")
add("fr", "Gérard", "Robot pâtissier 1000W", """Où en est mon remboursement ? J'ai renvoyé le robot il y a 10 jours et vous l'avez reçu d'après La Poste.""",
    X("statut du remboursement FBM: retour reçu, pas encore remboursé: créer la tâche de remboursement et dire qu'il est en cours", o="refund_info", t="refund"),
    order=O("returned", "fbm", 119.00, p=-35, s=-33, d=-30, carrier="Colissimo", trk="6A44332211009", rr="yes"), date="2026-02-28 15:05")
add("fr", "Chantal", "Lampe de chevet tactile", """Je suis très déçue. La lampe grésille et clignote dès qu'on la touche. Si je n'ai pas de solution je mets 1 étoile et je préviens tout le monde.""",
    X("menace d'avis négatif, défaut décrit: s'excuser, proposer remplacement ou remboursement, jamais lié à l'avis", o="replacement", fr="symptom"),
    order=O("delivered", "fbm", 24.90, p=-9, s=-7, d=-4, carrier="Colissimo", trk="6A12121212121"), date="2025-12-19 18:40")
add("fr", "Yves", "Thermomètre de cuisine digital", """Merci, bien reçu, parfait.""",
    X("remerciement: pas de réponse", draft=False),
    order=O("delivered", "fbm", 12.90, p=-6, s=-4, d=-1, carrier="La Poste", trk="LL123456789FR"), date="2026-09-18 07:07")
add("fr", "Manon", "Sac à dos ordinateur 15,6\"", """Bonjour, la commande est expédiée mais je souhaite l'annuler, j'ai trouvé un sac qui me convient mieux en magasin.""",
    X("annulation après expédition (FBM): impossible de rappeler le colis; demander si elle le garde, sinon refuser la livraison; raison déjà donnée", r="keep_item", fo="cancel", fr="reason"),
    order=O("shipped", "fbm", 39.90, p=-2, s=-1, carrier="Colissimo", trk="6A00998877665", ld=2), tld="fr", date="2026-10-20 13:33")
add("fr", "Inès", "Aspirateur balai sans fil", """Bonjour, mon colis est en route (expédié par Amazon) mais je ne serai pas chez moi, est-ce que vous pouvez le faire livrer chez ma mère, 9 rue Victor Hugo, 69002 Lyon ?""",
    X("commande FBA expédiée, nouvelle adresse: le vendeur ne peut rien modifier, renvoyer vers Amazon", o="amazon_support", fo="reship_new_address", fr="address"),
    order=O("shipped", "fba", 159.00, p=-2, s=-1, ld=2), date="2026-11-25 08:15")
