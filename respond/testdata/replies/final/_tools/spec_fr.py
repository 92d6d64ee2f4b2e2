from spec_common import add, U, SH, DL, RT, CX

L = "fr"

add(L, "fr", "address_change", "Camille", "Tapis de bain antidérapant en mousse à mémoire, 50x80 cm, Gris", """
Bonjour, je viens de déménager et le colis part à mon ancienne adresse. Pouvez-vous me l'envoyer à la nouvelle ? Dites-moi ce qu'il vous faut.
""", SH("fbm", 17.90, "Colissimo", "6A19283746501", s=-1, l=3),
    note="shipped FBM, EUR 17.90 under the EUR 30 threshold, new address not given yet: offer a new unit to the new address and ask for the full address",
    offers=["reship_new_address"], requests=["address"])

add(L, "fr", "address_change", "Julien", "Gourde isotherme 750 ml, acier inoxydable, Vert sapin", """
Bonjour, est-il possible de livrer à mon adresse de travail plutôt qu'à la maison ? 12 rue de la République, 69002 Lyon. Merci.
""", SH("fba", 21.99, "Amazon Logistics", "FR0183321190", s=-1, l=2),
    note="FBA order: the seller can't change anything, point the buyer to Amazon customer service; no reship to the new address",
    offers=["amazon_support"], forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "fr", "cancel_order", "Élodie", "Sac à dos ordinateur 15,6 pouces, imperméable, Noir", """
Bonjour, je souhaite annuler ma commande s'il vous plaît.
""", U("fba", 35.99, p=0, l=2),
    note="unofficial cancellation on an unshipped FBA order: point to Your Orders > Request cancellation; the seller does not cancel",
    offers=["cancel_via_amazon"], forbid_offers=["cancel"])

add(L, "fr", "cancel_order", "Nicolas", "Casque audio Bluetooth pliable, 40 h d'autonomie", """
Bonjour, je voudrais annuler cette commande car je l'ai trouvée moins chère ailleurs.
""", SH("fbm", 45.00, "Colissimo", "6A19283746618", s=-1, l=4),
    note="cancel asked with a reason (found it cheaper) but the FBM order is already in transit: can't cancel; ask whether they'd accept it (else refuse delivery, refund when it comes back)",
    forbid_offers=["cancel", "cancel_via_amazon"], requests=["keep_item"], forbid_requests=["reason"])

add(L, "fr", "shipping_inquiry", "Sandrine", "Lampe de chevet tactile, 3 niveaux, USB", """
Bonjour, ma commande n'est toujours pas partie ? Quand sera-t-elle expédiée ?
""", U("fba", 26.99, p=-1, l=3),
    note="FBA order not shipped yet: Amazon handles shipping and customer service, point the buyer to Amazon",
    offers=["amazon_support"], forbid_requests=["order_id"])

add(L, "fr", "shipping_inquiry", "Mathieu", "Support de téléphone voiture magnétique, grille d'aération", """
Bonjour, pouvez-vous me donner le numéro de suivi de mon colis ? Merci d'avance.
""", SH("fbm", 12.99, "Colissimo", "6A19283746725", p=-4, s=-3, l=2),
    note="FBM shipped with tracking: give carrier, tracking number and expected date",
    offers=["tracking"], forbid_requests=["order_id"])

add(L, "fr", "return_dissatisfied", "Aurélie", "Tablier de cuisine en lin, lot de 2", """
Bonjour, je n'ai toujours rien reçu alors que la livraison était prévue il y a plus de deux semaines. Que comptez-vous faire ?
""", SH("fbm", 19.50, "La Poste", "LL902345671FR", p=-30, s=-28, l=-15), sub="not_received",
    note="FBM order more than two weeks overdue, no preference stated: offer a resend or a refund, as the buyer prefers",
    offers=["replacement", "refund"], forbid_requests=["order_id"])

add(L, "fr", "return_dissatisfied", "Thierry", "Service à thé en porcelaine, théière et 4 tasses", """
La théière est arrivée avec le bec cassé. Je voudrais qu'on m'en envoie une autre, s'il vous plaît.
""", DL("fbm", 38.00, "Colissimo", "6A19283746832", d=-1), sub="damaged",
    note="arrived broken (teapot spout), no photo, buyer asks for another one: apologise, explain transit, ask politely for a photo and send the replacement",
    offers=["replacement"], requests=["photo"], tasks=["reship"])

add(L, "fr", "return_dissatisfied", "Manon", "Coque pour Samsung Galaxy S24, silicone, Noir", """
J'ai commandé la coque noire et j'ai reçu une rose (photo jointe). Pourriez-vous m'envoyer la noire ?
""", DL("fbm", 11.99, "La Poste", "LL902345688FR", d=-1), photo=True, sub="wrong_item",
    note="wrong colour, wanted colour (black) named, photo attached: send the right variant, don't ask for colour or photo again",
    offers=["replacement"], forbid_requests=["variant", "photo"], tasks=["reship"])

add(L, "fr", "return_dissatisfied", "Sébastien", "Tondeuse à barbe rechargeable, 20 longueurs", """
La tondeuse ne marche pas. Je suis très déçu.
""", DL("fbm", 34.90, "Colissimo", "6A19283746949", d=-3), sub="defective",
    note="defective, no detail: apologise and ask what exactly does not work",
    requests=["symptom"])

add(L, "fr", "return_dissatisfied", "Céline", "Étagère de salle de bain 3 niveaux, bambou", """
Bonjour, il manque des pièces dans le carton, je ne peux pas monter l'étagère.
""", DL("fbm", 29.90, "Colissimo", "6A19283747056", d=-2), sub="missing_parts",
    note="parts missing, not which ones: ask which parts and how many",
    requests=["missing_part"])

add(L, "fr", "return_unwanted", "Pauline", "Robe d'été longue à fleurs, Bleu, Taille M", """
Bonjour, la robe ne me plaît finalement pas, je souhaite la retourner.
""", DL("fba", 32.99, "Amazon Logistics", "FR0183356204", d=-6),
    note="FBA order within 30 days, buyer no longer wants it: say honestly it can be returned through Amazon within 30 days",
    offers=["return"], forbid_requests=["reason"])

add(L, "fr", "refund_status", "Laurent", "Bouilloire électrique en verre 1,7 L avec LED", """
Bonjour, vous avez reçu mon retour il y a plusieurs jours d'après le suivi. Je n'ai toujours pas été remboursé.
""", RT("fbm", 36.99, "Colissimo", "6A19283747163", r=-4),
    note="FBM return received 4 days ago, no refund on record: refund now (two-business-day rule) and say it is being processed",
    offers=["refund"], forbid_offers=["refund_info"], tasks=["refund"])

add(L, "fr", "negative_review", "Hélène", "Pantalon de randonnée femme, Taille 38, Kaki", """
J'ai commandé du 38 et j'ai reçu du 44 ! Envoyez-moi la bonne taille (38) rapidement, sinon je laisse un avis négatif.
""", DL("fbm", 39.90, "Colissimo", "6A19283747270", d=-1), sub="wrong_item",
    note="negative review threat, wrong size, wanted size (38) named: send the right size, never tie anything to the review; needs human",
    offers=["replacement"], forbid_requests=["variant"], tasks=["reship"])

add(L, "fr", "return_dissatisfied", "Gilles", "Guirlande lumineuse solaire 20 m, 200 LED", """
Bonjour,

Un acheteur a déposé une réclamation au titre de la Garantie A à Z pour la commande ci-dessous.

Numéro de commande : {o}
Motif de la réclamation : Article non reçu
Montant de la réclamation : 28,99 EUR
Commentaire de l'acheteur : « Jamais reçu, le suivi est bloqué depuis trois semaines. »

Veuillez répondre à cette réclamation sous 72 heures dans Seller Central (Performance > Réclamations au titre de la Garantie A à Z).

Cordialement,
L'équipe Garantie A à Z d'Amazon
""", SH("fbm", 28.99, "Yanwen", "UG512098834YP", p=-42, s=-40, l=-20), kind="notice", draft=False, sub="not_received",
    sender='"Amazon" <atoz-guarantee-no-reply@amazon.{tld}>', subject="Réclamation au titre de la Garantie A à Z pour la commande {o}",
    note="A-to-z claim (not received, French notice): urgent, needs human; no reply to the no-reply sender, respond to the claim",
    tasks=["respond_claim"])
