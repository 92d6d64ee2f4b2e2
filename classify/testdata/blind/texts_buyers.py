# -*- coding: utf-8 -*-
"""Buyer messages relayed by Amazon.  Every text, name and address is invented.

B(case, subreason, language, marketplace, buyer display name, buyer text, **options)

Placeholders in texts: {O1} {O2} order ids, {TRK} a tracking number.
Options (all optional):
  nh        needs_human label (default False)
  layout    plain | plain2 | html | alt | blocks | deco | old | cs   (default: rotates)
  topic     subject topic key (shipping, ship_faster, delivery, return_policy, product, refund, damaged)
  subj      'msg' (Message from ...), 'nospace', 'noname', 'cs'
  presale   True: no order id anywhere (pre-sale question)
  orders    number of order ids generated (default 1); label lists all of them unless label_orders given
  label_orders  'first' to label only the first
  item      product key (default chosen by the generator), qty
  photo     number of photo attachments
  quote     dict(seller=<seller's earlier text>, style=gt|orig|amz, subject=<seller subject>)
  cs        dict(reason=...) for the Amazon customer-service relay layout (text = CS's own words)
  wl        wrapper language override (e.g. French on amazon.ca)
  charset / cte   MIME choices (default: rotates per language)
  when      'YYYY-MM-DD' to pin the date; crlf True for CRLF line ends
"""


def B(case, sub, lang, mp, name, text, **kw):
    d = dict(kind='buyer', case=case, sub=sub or '', lang=lang, mp=mp, name=name, text=text)
    d.update(kw)
    return d


BUYERS = [
    # ------------------------------------------------------------------ English
    # address_change
    B('address_change', '', 'en', 'us', 'Megan',
      "Hi, I just realized my order is going to my old apartment - I moved last week and forgot to update my "
      "Amazon address book. Can you please send it to 4127 Larkspur Ct, Apt 2B, Denver, CO 80211 instead?\n\n"
      "Thanks so much!!\nMegan", item='teapot'),
    B('address_change', '', 'en', 'uk', 'Oliver',
      "wrong postcode on my order, should be BS7 9QX not BS7 9QZ. can you fix before it ships", item='grinder',
      layout='plain2'),
    B('address_change', '', 'en', 'us', 'Darnell W.',
      "The customer states he entered his home address by mistake and will not be home during the week. He would "
      "like the package delivered to his work address instead: 880 Quarry Road, Suite 300, Madison, WI 53703. "
      "The order has not shipped yet according to the customer.",
      layout='cs', cs=dict(reason='Change shipping address'), subj='cs', item='kettle'),
    B('address_change', '', 'en', 'ca', 'Priya',
      "Hello sir/madam,\n\nKindly change the delivery address for my order. I have shifted to new flat last "
      "Sunday only. New address is 2205-41 Birchmount Avenue, Scarborough ON M1K 0A0.\n\nKindly do the needful "
      "and revert back at the earliest.\n\nRegards\nPriya", item='coldbrew'),
    B('address_change', '', 'en', 'us', 'Glen',
      "I PUT THE WRONG ADDRESS ON THIS. PLEASE SEND IT TO MY DAUGHTERS HOUSE 12 WILLOW BEND DR OCALA FL 34471 "
      "NOT MINE. THANK YOU", item='mugs', layout='old'),
    B('address_change', '', 'en', 'uk', 'Fiona',
      "Hiya, two things - could you change the delivery to my mum's address (Flat 3, 19 Harcourt Road, Leeds "
      "LS6 2ER) as I'll be staying with her over Christmas? And is it possible to pop a gift note in? It's a "
      "present for her so no receipt please.\n\nCheers, Fi", item='tray', when='2025-12-11'),
    B('address_change', '', 'en', 'us', 'Kevin',
      "Correction: it should be apartment 14C, not 4C. Sorry about that!\n\nKevin",
      item='frother',
      quote=dict(style='gt', subject='Your Kestrel Lane order - shipping today',
                 seller="Hello Kevin,\n\nThank you for your order. Your milk frother will leave our warehouse "
                        "later today and you will receive tracking details from Amazon.\n\nBest regards,\n"
                        "Kestrel Lane Support")),
    # cancel_order
    B('cancel_order', '', 'en', 'us', 'Kyle', "cancel pls, ordered by mistake", item='grinder', layout='plain'),
    B('cancel_order', '', 'en', 'us', 'Rebecca',
      "Hi there, so this is a little embarrassing. I ordered the teapot on Sunday night after seeing it on a "
      "friend's Instagram, and then on Monday my husband came home with basically the same teapot from the "
      "farmers market (he had no idea I'd ordered one, he was trying to surprise me, which is sweet but now we "
      "have two). I checked and it says it hasn't shipped yet, so would you be able to cancel my order before it "
      "goes out? I really don't need two teapots in a one-bedroom apartment lol. I'm sorry for the hassle and "
      "thank you in advance, I'm sure it's a lovely teapot.\n\nBest,\nRebecca", item='teapot'),
    B('cancel_order', '', 'en', 'uk', 'Harriet',
      "Hello, I placed two orders for the same grinder by accident ({O1} and {O2}). Please cancel the second one "
      "({O2}), I only need one. Many thanks, Harriet", orders=2, item='grinder', layout='blocks'),
    B('cancel_order', '', 'en', 'us', 'Marcus',
      "Wow. \"Ships in 1-2 days\" and it's been six days with zero movement. Great job, really impressive "
      "operation you have there. Just cancel it. I'll buy it from someone who actually ships things.",
      item='kettle', topic='shipping'),
    B('cancel_order', '', 'en', 'us', 'Tanya',
      "CANCEL THIS ORDER NOW. I asked you to cancel 3 days ago and you still shipped it?? If I get charged for "
      "this I am filing an A-to-z claim and disputing it with my credit card company. Do not ignore me again.",
      nh=True, item='coldbrew'),
    B('cancel_order', '', 'en', 'us', 'Samir',
      "Actually please just cancel the whole thing, I don't want to wait until March.",
      item='kettle',
      quote=dict(style='amz', subject='Update on your Kestrel Lane order',
                 seller="Dear Samir,\n\nWe're sorry - the gooseneck kettle is temporarily out of stock at our "
                        "warehouse. We expect new stock in early March and will ship your order as soon as it "
                        "arrives.\n\nKind regards,\nKestrel Lane"), when='2026-02-04'),
    # shipping_inquiry
    B('shipping_inquiry', '', 'en', 'us', 'Brandon', "where is my order", item='frother', layout='html'),
    B('shipping_inquiry', '', 'en', 'uk', 'Sophie',
      "Hi, the tracking says it was delivered yesterday at 2:14pm but there's nothing here. I've checked with "
      "both neighbours and behind the bins. Could you check with the courier please? Thanks, Sophie",
      item='mugs', topic='delivery'),
    B('shipping_inquiry', '', 'en', 'us', 'Luis',
      "Is there any way to get this by Friday? It's a birthday gift for my dad. Happy to pay extra for faster "
      "shipping if that's an option.", item='grinder', topic='ship_faster'),
    B('shipping_inquiry', '', 'en', 'us', 'Jennifer',
      "hi i orderd the kettle on the 3rd and it still says label created, whats goin on?? no updates at all for "
      "5 days. pls advise", item='kettle'),
    B('shipping_inquiry', '', 'en', 'de', 'Mark',
      "Hello, sorry I don't speak German well. When will my order arrive? The tracking number in my account "
      "does not work on the courier website, it says 'unknown shipment'.", item='pourover'),
    B('shipping_inquiry', '', 'en', 'jp', 'Daniel',
      "Hi, I ordered the grinder on amazon.co.jp. When will it be shipped? The product page said it ships in "
      "2-3 days, it has been 4 days. Thank you.", item='grinder'),
    B('shipping_inquiry', '', 'en', 'us', 'Noreen',
      "The customer reports that the tracking has not updated since the package left the sorting facility six "
      "days ago. She would like to know where the package is and when she can expect it.",
      layout='cs', cs=dict(reason="Where's my stuff?"), subj='cs', item='tray'),
    # return_unwanted
    B('return_unwanted', '', 'en', 'us', 'Ashley',
      "Hi! I ordered the sand mugs but honestly they just don't go with my kitchen now that I see them next to "
      "my counters. Can I return them? They're unused, still in the box with all the paper. Thank you!",
      item='mugs', topic='return_policy', subj='nospace'),
    B('return_unwanted', '', 'en', 'uk', 'Gareth', "dont need it anymore, how do i send it back", item='coldbrew'),
    B('return_unwanted', '', 'en', 'us', 'Nina',
      "I found the same dripper set for $12 less at a store near me. Can I return this one? It's not opened.",
      item='pourover'),
    B('return_unwanted', '', 'en', 'us', 'Carl',
      "Ordered the slate colour by mistake - I wanted sand. My fault entirely. Can I send these back and get "
      "the sand ones instead?", item='mugs', layout='alt'),
    B('return_unwanted', '', 'en', 'us', 'Ravi',
      "Dear Seller,\n\nI have purchased the cold brew bottle but my wife also purchased same item on same day "
      "without telling me. So now we are having two pieces. I want to return one piece. Please guide the "
      "process.\n\nThanks and regards\nRavi", item='coldbrew', layout='plain2'),
    B('return_unwanted', '', 'en', 'ca', 'Jacqueline',
      "Bought this as a gift and it turns out she already has one. Can I return it? The box is still sealed.",
      item='matcha'),
    # return_dissatisfied
    B('return_dissatisfied', 'damaged', 'en', 'us', 'Heather',
      "The glass teapot arrived shattered. The box looked fine on the outside but the teapot is in pieces "
      "inside - photo attached. Really disappointed, it was supposed to be a gift. I'd like a replacement "
      "please.", item='teapot', photo=1, topic='damaged'),
    B('return_dissatisfied', 'damaged', 'en', 'uk', 'Ian', "CARAFE CRACKED. REFUND.", item='pourover', layout='plain'),
    B('return_dissatisfied', 'damaged', 'en', 'us', 'Kathleen',
      "Good afternoon. I want to tell you what happened because I am quite upset. I bought these mugs for my "
      "granddaughter who just moved into her first place, and I had them shipped to me first so I could wrap "
      "them. The box sat on my porch in the rain on Tuesday (the driver did not ring the bell, I have a doorbell "
      "camera and he just dropped it and walked off) and when I opened it two of the four mugs have big chips "
      "on the rim and one has a crack running down the side. The other one is fine. I don't blame you for the "
      "driver but I can't give her a set with three broken mugs. I would like you to send replacements for the "
      "three damaged ones if you can, or a new set. I still have the box and the packing paper if you need it. "
      "Thank you for reading this long message.\n\nKathleen", item='mugs'),
    B('return_dissatisfied', 'damaged', 'en', 'us', 'Carol',
      "Second time writing. One of the four mugs arrived cracked. Send me a replacement mug or I'm leaving a "
      "1-star review, simple as that.", item='mugs'),
    B('return_dissatisfied', 'wrong_item', 'en', 'us', 'Dylan',
      "I ordered the SAND colour mugs and got slate grey. Order page clearly says sand. Please send the right "
      "ones.", item='mugs', layout='deco'),
    B('return_dissatisfied', 'wrong_item', 'en', 'uk', 'Amira',
      "Received a bamboo tray today but I ordered the tea tin set?? I think someone mixed up the parcels. What "
      "do I do with the tray and when can I get the tins?", item='tins'),
    B('return_dissatisfied', 'not_received', 'en', 'us', 'Victor',
      "Order was supposed to arrive Oct 2. It's now Oct 29. No tracking update in three weeks. I want a refund "
      "or send another one, I'm done waiting.", item='kettle', when='2025-10-29', layout='old'),
    B('return_dissatisfied', 'not_received', 'en', 'us', 'Brenda',
      "It has been over a month. Tracking hasn't moved since \"handed to carrier\". Either refund me by Monday or "
      "I open an A-to-z claim. Your choice.", nh=True, item='tray'),
    B('return_dissatisfied', 'defective', 'en', 'us', 'Sam',
      "Frother stopped working after 4 days. Charged it fully, the light comes on but the whisk won't spin. "
      "Can I get a replacement?", item='frother'),
    B('return_dissatisfied', 'defective', 'en', 'us', 'Joanne',
      "The base of the kettle sparked when I switched it on this morning and tripped the breaker in my kitchen. "
      "This is a fire hazard. I have kept the unit and taken photos. I expect a full refund, and I am "
      "consulting a lawyer and reporting the product to the Consumer Product Safety Commission.",
      nh=True, item='kettle'),
    B('return_dissatisfied', 'defective', 'en', 'uk', 'Tom',
      "this grinder is absolute garbage. handle snapped clean off the first time i used it. what a load of "
      "sh*te you lot sell, bunch of useless cowboys. refund me.", nh=True, item='grinder'),
    B('return_dissatisfied', 'missing_parts', 'en', 'us', 'Alicia',
      "The pour-over set came without the filters. The box says 100 filters included and there are none. "
      "Can you send them?", item='pourover', layout='blocks'),
    B('return_dissatisfied', 'missing_parts', 'en', 'us', 'Jorge',
      "Hello, the matcha set arrive but is missing the bamboo scoop, only come the whisk and the bowl. Please "
      "can you send the scoop. Thank you very much", item='matcha'),
    B('return_dissatisfied', 'missing_parts', 'en', 'us', 'Wendy',
      "Thanks - it arrived today, but the lid for the teapot isn't in the box. Everything else is there.",
      item='teapot',
      quote=dict(style='gt', subject='Your teapot is on its way',
                 seller="Hi Wendy,\n\nGood news - your teapot shipped this morning with tracking number {TRK}. "
                        "It should arrive within 3 business days.\n\nKind regards,\nKestrel Lane Support")),
    # negative_review
    B('negative_review', '', 'en', 'us', 'Derek',
      "I left 1 star because the kettle took 3 weeks to get here. Just letting you know why.", item='kettle'),
    B('negative_review', '', 'en', 'us', 'Greg',
      "Just so you know, I'm about to post a review telling everyone how your \"premium\" grinder feels like a "
      "dollar-store toy. Unless you have something to say for yourselves.", item='grinder', layout='html'),
    B('negative_review', '', 'en', 'us', 'Patricia',
      "Already did. 2 stars. The infuser started rusting after a week.",
      item='teapot',
      quote=dict(style='orig', subject='How are you getting on with your teapot?',
                 seller="Dear Patricia,\n\nYour glass teapot was delivered last week. If you have a moment, "
                        "we would be grateful if you could share your experience by leaving a review on "
                        "Amazon.\n\nKind regards,\nKestrel Lane")),
    B('negative_review', '', 'en', 'us', 'Mike',
      "I gave you guys 1 star. Refund me the full amount and I'll bump it up to 5. Otherwise it stays.",
      nh=True, item='frother'),
    B('negative_review', '', 'en', 'uk', 'Lucy',
      "Hi, I left negative feedback last week about the late delivery, but the parcel has now turned up and "
      "it's all fine. How do I remove the feedback? Sorry for the trouble!", item='tins'),
    # refund_status
    B('refund_status', '', 'en', 'us', 'Stephanie',
      "I returned the frother on the 2nd and the tracking shows you received it on the 6th. Still no refund. "
      "When will I get my money back?", item='frother', topic='refund'),
    B('refund_status', '', 'en', 'uk', 'Dave', "wheres my refund", item='grinder', layout='plain'),
    B('refund_status', '', 'en', 'us', 'Angela',
      "You promised a refund for the missing filters last week and I haven't seen anything on my card yet. "
      "Could you check, please?", item='pourover', layout='alt'),
    B('refund_status', '', 'en', 'us', 'Tyrone',
      "3 weeks since you supposedly \"issued\" the refund. Nothing on my Visa. If it isn't there by Friday I'm "
      "calling my bank to dispute the charge.", nh=True, item='kettle'),
    B('refund_status', '', 'en', 'ca', 'Emily',
      "Got an email saying a refund of $18.40 was issued, but I paid $36.80. Why only half?", item='tins'),
    B('refund_status', '', 'en', 'us', 'Maurice',
      "The customer returned the item and the return was delivered to the seller 9 days ago. The customer has "
      "not yet received a refund and is asking when it will be processed.",
      layout='cs', cs=dict(reason='Refund not received for returned item'), subj='cs', item='matcha'),
    # other
    B('other', '', 'en', 'us', 'Hannah',
      "Hi, is the glass teapot safe to use directly on a gas stove? And is the infuser stainless steel or "
      "plastic? Thanks!", presale=True, item='teapot', topic='product'),
    B('other', '', 'en', 'uk', 'Raj',
      "does the grinder's catch cup fit inside a normal travel mug? want to grind straight into it",
      presale=True, item='grinder', layout='html'),
    B('other', '', 'en', 'us', 'Linda',
      "Just wanted to say the teapot is beautiful and arrived super fast. Thank you!", item='teapot',
      layout='plain2'),
    B('other', '', 'en', 'de', 'Kai',
      "Hello, could you please send a VAT invoice for this order made out to our company: Brightfold Studio "
      "GmbH, Am Kanal 9, 20457 Hamburg. Thank you.", item='kettle'),
    B('other', '', 'en', 'us', 'Bill',
      "How do I descale the kettle? The little manual just says 'regularly'. Vinegar ok or will it wreck "
      "the inside?", item='kettle', topic='product'),
    B('other', '', 'en', 'us', 'Jess',
      "Could you include a gift note saying \"Happy 30th, Em! Love, J\"? Thank you so much", item='matcha',
      layout='blocks'),
    B('other', '', 'en', 'us', 'Ron',
      "please stop emailing me. i do not want your newsletter or your offers. remove me from whatever list "
      "this is.", item='tins'),
    B('other', '', 'en', 'us', 'Dana', "", photo=1, nh=True, item='frother', layout='plain'),
    B('return_dissatisfied', 'missing_parts', 'en', 'us', 'Pete',
      "Two things. The teapot from {O1} came without the lid - either send me a lid or refund me, whatever is "
      "easier for you. Also I need to change the address on my other order {O2}, it should go to 55 Ridge Road, "
      "Bangor ME 04401.", orders=2, nh=True, item='teapot'),
    B('shipping_inquiry', '', 'en', 'us', 'Maria',
      "Hola! Quick question, the order dice que \"out for delivery\" since yesterday but nothing came. Do you "
      "know when it will arrive? My English is not perfect, gracias por la paciencia.", item='coldbrew'),

    # ------------------------------------------------------------------ German
    B('address_change', '', 'de', 'de', 'Jana',
      "Hallo,\n\nich habe bei der Bestellung leider noch meine alte Adresse angegeben. Könnten Sie das Paket "
      "bitte an folgende Adresse schicken:\n\nJana Köhler\nLindenstraße 14\n50674 Köln\n\nVielen Dank!\nJana",
      item='kettle'),
    B('cancel_order', '', 'de', 'de', 'Werner',
      "Guten Tag,\n\nich möchte meine Bestellung stornieren, ich habe die Mühle versehentlich doppelt "
      "bestellt.\n\nMit freundlichen Grüßen\nWerner Aßmann", item='grinder', charset='iso-8859-1',
      cte='quoted-printable'),
    B('cancel_order', '', 'de', 'de', 'Sabine',
      "Dann stornieren Sie bitte, ich brauche es bis Samstag.", item='tray',
      quote=dict(style='orig', subject='Ihre Bestellung bei Kestrel Lane',
                 seller="Guten Tag,\n\nleider verzögert sich der Versand Ihrer Bestellung um 3-4 Werktage. "
                        "Wir bitten um Entschuldigung.\n\nFreundliche Grüße\nKestrel Lane Support")),
    B('shipping_inquiry', '', 'de', 'de', 'Thomas',
      "Wo bleibt meine Lieferung? Laut Sendungsverfolgung liegt das Paket seit 4 Tagen im Verteilzentrum.",
      item='mugs', topic='shipping'),
    B('shipping_inquiry', '', 'de', 'de', 'Ursula',
      "Hallo, können Sie mir bitte die Sendungsnummer schicken? In meinem Konto steht nur \"versandt\" und "
      "sonst nichts.", item='teapot', layout='old', charset='iso-8859-15', cte='8bit'),
    B('return_unwanted', '', 'de', 'de', 'Felix',
      "Hallo, die Kaffeemühle gefällt mir doch nicht so gut wie gedacht, ich würde sie gerne zurückschicken. "
      "Sie ist unbenutzt. Wie gehe ich vor?", item='grinder'),
    B('return_dissatisfied', 'defective', 'de', 'de', 'Monika',
      "Der Milchaufschäumer lädt nicht mehr. Die Lampe blinkt kurz rot und dann passiert nichts. Ist das ein "
      "bekanntes Problem? Ich hätte gerne einen Ersatz.", item='frother', layout='alt'),
    B('return_dissatisfied', 'damaged', 'de', 'de', 'Stefan',
      "Die Glaskanne ist mit einem Sprung angekommen, siehe Foto. Bitte um Ersatz.", item='teapot',
      photo=1, charset='windows-1252', cte='quoted-printable'),
    B('negative_review', '', 'de', 'de', 'Karl-Heinz',
      "Ich habe 1 Stern vergeben. Der Deckel sitzt nicht richtig auf der Kanne und es tropft beim Ausgießen. "
      "Für 35 Euro erwarte ich mehr.", item='teapot', layout='html'),
    B('refund_status', '', 'de', 'de', 'Petra',
      "Ich habe die Mühle am 3. März zurückgeschickt, laut Amazon ist sie bei Ihnen angekommen. Bis heute "
      "keine Erstattung!!! Wenn das Geld nicht bis Freitag da ist, schalte ich meinen Anwalt ein.",
      nh=True, item='grinder', when='2025-03-24'),
    B('other', '', 'de', 'de', 'Lukas',
      "Hallo, ich bräuchte eine Rechnung mit ausgewiesener MwSt. für meine Firma. Firmenname: Stadtcafé "
      "Brenner GmbH, Hafenweg 3, 28195 Bremen. Danke!", item='pourover', layout='deco'),

    # ------------------------------------------------------------------ French
    B('address_change', '', 'fr', 'ca', 'Geneviève',
      "Bonjour, j'ai fait une erreur dans mon adresse : c'est le 2418 rue des Érables, app. 5, Montréal QC "
      "H2K 3R7, et non le 2814. Merci de corriger avant l'envoi !", item='teapot', wl='fr'),
    B('cancel_order', '', 'fr', 'fr', 'Nathalie',
      "Bonjour,\n\nJe souhaite annuler ma commande, j'ai trouvé le même article en magasin.\n\nCordialement,\n"
      "Nathalie Roussel", item='kettle'),
    B('cancel_order', '', 'fr', 'fr', 'Hugo', "Merci d'annuler la commande, erreur de ma part.", item='tins',
      layout='plain'),
    B('shipping_inquiry', '', 'fr', 'fr', 'Claire',
      "Bonjour, le colis est indiqué « en cours de livraison » depuis une semaine. Pouvez-vous me dire quand il "
      "arrivera ? Merci d'avance.", item='frother', charset='iso-8859-15', cte='quoted-printable'),
    B('shipping_inquiry', '', 'fr', 'ca', 'Mathieu',
      "Allo, est-ce que ma commande va arriver avant Noël? C'est pour un cadeau. Merci!", item='matcha',
      wl='fr', when='2025-12-15'),
    B('return_unwanted', '', 'fr', 'fr', 'Élodie',
      "Bonjour, finalement le moulin est trop encombrant pour ma petite cuisine, je voudrais le retourner. Il "
      "n'a servi qu'une fois. Comment faire ?", item='grinder'),
    B('return_unwanted', '', 'fr', 'fr', 'Julien',
      "J'ai commandé la mauvaise couleur (ardoise au lieu de sable), c'est ma faute. Est-il possible "
      "d'échanger ?", item='mugs', layout='blocks', charset='windows-1252', cte='8bit'),
    B('return_dissatisfied', 'wrong_item', 'fr', 'fr', 'Sandrine',
      "J'ai reçu des boîtes à thé alors que j'avais commandé le set à matcha. Merci de m'envoyer le bon "
      "article.", item='matcha'),
    B('return_dissatisfied', 'missing_parts', 'fr', 'fr', 'Bernard',
      "Il manque le couvercle de la théière dans le colis. Le reste est bien là.", item='teapot', layout='old'),
    B('return_dissatisfied', 'not_received', 'fr', 'fr', 'Amélie',
      "Commande passée il y a cinq semaines, toujours rien reçu. Le suivi ne bouge plus depuis le 12. Je "
      "souhaite être remboursée ou recevoir un nouveau colis.", item='tray'),
    B('negative_review', '', 'fr', 'fr', 'Olivier',
      "Bravo pour la « livraison express » : 17 jours. J'ai laissé une évaluation à la hauteur de votre "
      "service.", item='kettle', layout='html'),
    B('refund_status', '', 'fr', 'fr', 'Isabelle',
      "Bonjour, vous m'aviez promis un remboursement il y a dix jours pour la tasse cassée. Je n'ai toujours "
      "rien reçu. Pouvez-vous vérifier ?", item='mugs'),
    B('refund_status', '', 'fr', 'fr', 'Christophe',
      "Retour effectué le 4 février (numéro de suivi {TRK}), toujours pas de remboursement à ce jour. Merci de "
      "faire le nécessaire.", item='coldbrew', when='2026-02-19', layout='alt'),
    B('other', '', 'fr', 'fr', 'Léa',
      "Bonjour, la bouilloire est-elle compatible avec les prises suisses ? Je commanderais depuis Genève.",
      presale=True, item='kettle', topic='product'),

    # ------------------------------------------------------------------ Spanish
    B('address_change', '', 'es', 'mx', 'Alejandra',
      "Hola, me equivoqué en la dirección. La correcta es Calle Fresno 118, Col. Del Valle, 03100 Ciudad de "
      "México. ¿La pueden cambiar? Gracias", item='coldbrew'),
    B('address_change', '', 'es', 'es', 'Javier',
      "Buenas, me he mudado y el pedido va a la dirección antigua. La nueva es: Avda. de la Constitución 42, "
      "3º B, 41001 Sevilla. Un saludo.", item='tray', charset='iso-8859-1', cte='quoted-printable'),
    B('cancel_order', '', 'es', 'es', 'Lucía', "Quiero cancelar el pedido, lo compré por error. Gracias.",
      item='frother', layout='plain'),
    B('shipping_inquiry', '', 'es', 'mx', 'Fernando',
      "¿Cuándo llega mi pedido? Ya pasaron 10 días y no tengo número de rastreo.", item='grinder',
      topic='shipping'),
    B('shipping_inquiry', '', 'es', 'us', 'Rosa',
      "Hola, compré la tetera para mi mamá. El seguimiento dice que se entregó pero ella no la recibió. ¿Me "
      "pueden ayudar a revisar con la paquetería?", item='teapot'),
    B('return_unwanted', '', 'es', 'es', 'Pablo',
      "Hola, ya no necesito el molinillo, me regalaron uno por mi cumpleaños. ¿Cómo lo devuelvo? Está sin "
      "abrir.", item='grinder', layout='deco'),
    B('return_unwanted', '', 'es', 'es', 'Marta',
      "Encontré el mismo juego de tazas más barato en otra tienda. Quiero devolverlo.", item='mugs'),
    B('return_dissatisfied', 'damaged', 'es', 'es', 'Carmen',
      "Me llegó la jarra rota, el cristal estaba partido en dos. Adjunto foto.", item='pourover', photo=2,
      charset='windows-1252', cte='base64'),
    B('return_dissatisfied', 'defective', 'es', 'mx', 'Ricardo',
      "EL ESPUMADOR NO FUNCIONA. LO CARGUÉ TODA LA NOCHE Y NADA. QUIERO MI DINERO.", item='frother'),
    B('return_dissatisfied', 'wrong_item', 'es', 'es', 'Inés',
      "Pedí las tazas color arena y me han llegado grises. ¿Me podéis enviar las correctas?", item='mugs',
      layout='old'),
    B('negative_review', '', 'es', 'es', 'Sergio',
      "Ya os he dejado una estrella. Tres semanas para recibir una tetera y encima con la caja destrozada.",
      item='teapot'),
    B('refund_status', '', 'es', 'es', 'Elena',
      "Buenas tardes, devolví el artículo hace dos semanas y todavía no veo el reembolso en mi cuenta. "
      "¿Pueden comprobarlo?", item='kettle', layout='alt'),
    B('refund_status', '', 'es', 'mx', 'Gabriel',
      "¿Ya me hicieron el reembolso? Amazon dice que ustedes recibieron la devolución el lunes.",
      item='tins', topic='refund'),
    B('other', '', 'es', 'es', 'Nuria', "Muchas gracias, todo perfecto. ¡La tetera es preciosa!",
      item='teapot', layout='plain2'),

    # ------------------------------------------------------------------ Italian
    B('address_change', '', 'it', 'it', 'Francesca',
      "Buongiorno, ho sbagliato il numero civico: è via Garibaldi 27, non 72 (10122 Torino). Potete "
      "correggere? Grazie", item='tins'),
    B('cancel_order', '', 'it', 'it', 'Roberto',
      "Il cliente chiede di annullare l'ordine perché ha trovato lo stesso articolo a un prezzo inferiore "
      "presso un altro negozio. L'ordine non risulta ancora spedito.",
      layout='cs', cs=dict(reason='Richiesta di annullamento ordine'), subj='cs', item='kettle'),
    B('cancel_order', '', 'it', 'it', 'Giulia', "Salve, vorrei annullare l'ordine. Ho sbagliato modello. "
      "Grazie mille", item='grinder', charset='iso-8859-1', cte='quoted-printable'),
    B('shipping_inquiry', '', 'it', 'it', 'Marco',
      "Buonasera, il pacco risulta in giacenza presso il corriere da giorni. Come posso fare per riceverlo?",
      item='coldbrew', topic='delivery'),
    B('shipping_inquiry', '', 'it', 'it', 'Chiara', "ciao quando arriva?? nn ho ricevuto nessuna mail di "
      "spedizione", item='frother', layout='plain'),
    B('return_unwanted', '', 'it', 'it', 'Davide',
      "Ho cambiato idea, vorrei restituire il macinacaffè. È ancora imballato.", item='grinder', layout='html'),
    B('return_dissatisfied', 'defective', 'it', 'it', 'Paola',
      "Il bollitore perde acqua dalla base dopo due utilizzi. Vorrei la sostituzione.", item='kettle'),
    B('return_dissatisfied', 'missing_parts', 'it', 'it', 'Alessandro',
      "Nel set per il matcha manca il cucchiaino di bambù. Potete spedirlo?", item='matcha', layout='blocks'),
    B('return_dissatisfied', 'not_received', 'it', 'it', 'Silvia',
      "Ordine del 3 ottobre, mai arrivato. Sono passate sei settimane. Rimborsatemi o rispeditelo, grazie.",
      item='tray', when='2025-11-15'),
    B('negative_review', '', 'it', 'it', 'Lorenzo',
      "Ho lasciato una recensione negativa perché il vassoio è arrivato graffiato e nessuno mi ha risposto. "
      "Ormai è tardi.", item='tray', charset='windows-1252', cte='quoted-printable'),
    B('negative_review', '', 'it', 'it', 'Valentina',
      "Se mi rimborsate tutto cambio la recensione in 5 stelle, altrimenti la lascio così.", nh=True,
      item='pourover'),
    B('refund_status', '', 'it', 'it', 'Matteo',
      "Salve, il reso è stato consegnato il 12/01 ma non ho ancora ricevuto il rimborso. Quando arriverà?",
      item='kettle', when='2026-01-26', layout='alt'),
    B('other', '', 'it', 'it', 'Federica',
      "Buongiorno, il barattolo da tè va bene anche per il caffè in grani? Chiude ermeticamente?",
      presale=True, item='tins', topic='product'),
    B('other', '', 'it', 'it', 'Andrea',
      "Salve, il macinino ha una garanzia? Se tra un anno si rompe a chi mi devo rivolgere?", item='grinder',
      layout='plain2'),

    # ------------------------------------------------------------------ Japanese
    B('address_change', '', 'ja', 'jp', '山本 恵美',
      "お世話になっております。\n注文時に転居前の住所を入力してしまいました。お手数ですが、下記住所へ配送先を変更して"
      "いただくことは可能でしょうか。\n\n〒150-0001 東京都渋谷区神宮前9-99-9 コーポ桜202\n山本 恵美\n\n"
      "何卒よろしくお願い申し上げます。", item='teapot', charset='iso-2022-jp', cte='7bit'),
    B('address_change', '', 'ja', 'jp', 'Sato',
      "配送先の部屋番号が抜けていました。「301号室」を追加してください。よろしくお願いします。", item='tins',
      layout='plain'),
    B('cancel_order', '', 'ja', 'jp', '高橋',
      "注文を間違えてしまいました。キャンセルをお願いできますでしょうか。まだ発送前であれば幸いです。",
      item='kettle', charset='shift_jis', cte='base64'),
    B('shipping_inquiry', '', 'ja', 'jp', '中村',
      "いつ頃届きますでしょうか。お届け予定日を過ぎておりますが、追跡番号の情報が更新されていないようです。"
      "ご確認をお願いいたします。", item='grinder', topic='shipping', charset='iso-2022-jp', cte='7bit'),
    B('shipping_inquiry', '', 'ja', 'jp', 'Kobayashi',
      "Trackingが「配達完了」になっているのですが、まだ届いていません。ポストにも宅配ボックスにもありませんでした。"
      "確認していただけますか？", item='coldbrew', layout='html'),
    B('return_unwanted', '', 'ja', 'jp', '伊藤',
      "イメージと違ったため、返品させていただきたいです。未開封です。返品方法を教えてください。", item='tray',
      charset='shift_jis', cte='8bit'),
    B('return_unwanted', '', 'ja', 'jp', '渡辺',
      "同じものを二つ注文してしまいました。一つだけ返品したいのですが、可能でしょうか。", item='mugs', qty=2,
      layout='blocks'),
    B('return_dissatisfied', 'damaged', 'ja', 'jp', '加藤',
      "本日商品を受け取りましたが、ガラスポットの注ぎ口が欠けておりました。写真を添付いたします。"
      "交換をお願いできますでしょうか。", item='teapot', photo=1),
    B('return_dissatisfied', 'wrong_item', 'ja', 'jp', '吉田',
      "注文したのは「サンド」色のマグカップですが、届いたのは「スレート」色でした。正しい商品を送っていただけますか。",
      item='mugs', charset='iso-2022-jp', cte='7bit'),
    B('return_dissatisfied', 'defective', 'ja', 'jp', '松本 直樹',
      "突然のご連絡失礼いたします。先日購入させていただいた電気ケトルについてご相談させてください。\n\n"
      "届いた日から使用しておりますが、本日、温度を90度に設定したにもかかわらず、沸騰するまで加熱が止まらず、"
      "表示も「--」のままとなってしまいました。電源を入れ直しても症状は変わりません。取扱説明書の"
      "トラブルシューティングも一通り試しましたが、改善いたしませんでした。\n\n"
      "大変恐縮ではございますが、初期不良の可能性もあるかと存じますので、交換もしくはご対応のほどご検討いただけますと"
      "幸いです。\n\nお忙しいところ恐れ入りますが、何卒よろしくお願い申し上げます。\n松本", item='kettle',
      layout='alt', charset='utf-8', cte='base64'),
    B('negative_review', '', 'ja', 'jp', '山田',
      "正直に申し上げて、星1つのレビューを書かせていただきました。梱包が雑で箱が潰れていました。",
      item='pourover'),
    B('refund_status', '', 'ja', 'jp', '林',
      "返品した商品は先週「到着済み」と表示されていますが、返金がまだ確認できません。いつ頃返金されますか。",
      item='frother', topic='refund', charset='shift_jis', cte='base64'),
    B('other', '', 'ja', 'jp', '清水',
      "こちらのティーポットは食洗機に対応していますか？購入を検討しております。", presale=True, item='teapot',
      topic='product', charset='iso-2022-jp', cte='7bit'),
    B('other', '', 'ja', 'jp', '森',
      "お世話になります。領収書（適格請求書）を発行していただくことは可能でしょうか。宛名は「株式会社ミドリ設計」で"
      "お願いいたします。", item='tray', layout='deco'),
    B('shipping_inquiry', '', 'ja', 'jp', '井上',
      "お客様によると、お届け予定日を3日過ぎても商品が届いておらず、配送状況も「出荷準備中」のままとのことです。"
      "発送状況をご確認のうえ、お客様へご連絡をお願いいたします。",
      layout='cs', cs=dict(reason='配送状況の確認'), subj='cs', item='matcha'),

    # ------------------------------------------------------------------ Chinese
    B('address_change', '', 'zh', 'us', '王芳',
      "你好，我下单的时候地址写错了，应该是 1820 Maple Grove Dr, Apt 5, San Jose, CA 95131。麻烦帮我改一下，"
      "谢谢！", item='kettle', charset='gbk', cte='base64'),
    B('cancel_order', '', 'zh', 'uk', 'Li Wei', "您好，我想取消这个订单，颜色拍错了。谢谢。", item='mugs',
      charset='utf-8', cte='quoted-printable'),
    B('cancel_order', '', 'zh', 'us', '陳小姐', "您好，請幫我取消這筆訂單，我重複下單了。謝謝。", item='tins',
      charset='big5', cte='base64'),
    B('shipping_inquiry', '', 'zh', 'us', 'Zhang', "请问我的包裹什么时候能到？物流信息五天没有更新了。",
      item='grinder', charset='gb18030', cte='8bit'),
    B('shipping_inquiry', '', 'zh', 'ca', 'Chen',
      "Hi 你好，我的order显示已经delivered了，但是我没收到，能帮忙查一下吗？", item='frother', layout='html'),
    B('return_unwanted', '', 'zh', 'us', '刘洋', "买了以后发现家里已经有一个了，想退货，还没拆封，可以吗？",
      item='coldbrew', charset='gbk', cte='base64', layout='alt'),
    B('return_dissatisfied', 'damaged', 'zh', 'us', 'Yang',
      "收到的玻璃壶碎了，盒子里全是玻璃渣。请给我换一个新的。", item='teapot', photo=1,
      charset='utf-8', cte='base64'),
    B('return_dissatisfied', 'missing_parts', 'zh', 'jp', '赵',
      "你好，手冲套装里面没有滤纸，说明书上写有100张。请补发一下。", item='pourover', charset='utf-8',
      cte='quoted-printable'),
    B('return_dissatisfied', 'not_received', 'zh', 'us', '林先生',
      "訂單已經超過一個月了還沒收到，追蹤號碼也查不到。請退款或重新寄送。", item='tray', charset='big5',
      cte='8bit'),
    B('negative_review', '', 'zh', 'us', 'Sun', "已经给了差评。客服态度太差，问了三次都没人回。", item='kettle',
      charset='gbk', cte='base64'),
    B('refund_status', '', 'zh', 'us', '黄', "退货已经签收一个星期了，退款什么时候到账？", item='mugs',
      charset='utf-8', cte='base64', layout='blocks'),
    B('refund_status', '', 'zh', 'ca', 'Wu',
      "你们说好给我退款的，到现在还没收到！！再不退款我就申请A-to-z索赔！", nh=True, item='frother',
      charset='gb18030', cte='base64'),
    B('other', '', 'zh', 'us', '張先生', "請問這個茶盤的尺寸是多少？放得下一般的功夫茶具組嗎？", presale=True,
      item='tray', charset='big5', cte='base64', topic='product'),

    # ------------------------------------------------------------------ Dutch
    B('shipping_inquiry', '', 'nl', 'nl', 'Sanne',
      "Hallo, wanneer wordt mijn bestelling geleverd? Ik heb nog geen track & trace ontvangen.", item='tins'),
    B('return_dissatisfied', 'defective', 'nl', 'nl', 'Bram',
      "De melkopschuimer doet het niet meer na een week. Kunnen jullie een nieuwe sturen?", item='frother',
      charset='iso-8859-1', cte='quoted-printable'),
    B('refund_status', '', 'nl', 'nl', 'Femke',
      "Ik heb het pakket twee weken geleden teruggestuurd maar nog steeds geen terugbetaling ontvangen. "
      "Hoe lang duurt dat nog?", item='grinder', layout='old'),
    B('cancel_order', '', 'nl', 'nl', 'Joost', "Graag mijn bestelling annuleren, ik heb hem per ongeluk twee "
      "keer besteld.", item='coldbrew', layout='plain'),

    # ------------------------------------------------------------------ Polish
    B('address_change', '', 'pl', 'pl', 'Katarzyna',
      "Dzień dobry, proszę o zmianę adresu dostawy na: ul. Kwiatowa 8/12, 00-999 Warszawa. Dziękuję.",
      item='teapot', charset='iso-8859-2', cte='quoted-printable'),
    B('return_unwanted', '', 'pl', 'pl', 'Agnieszka',
      "Chciałabym zwrócić zamówienie, nie jest mi już potrzebne. Jak to zrobić?", item='tray'),
    B('return_dissatisfied', 'wrong_item', 'pl', 'pl', 'Piotr',
      "Zamówiłem młynek, a dostałem czajnik. Proszę o wysłanie właściwego produktu.", item='grinder',
      layout='alt'),
    B('negative_review', '', 'pl', 'pl', 'Tomasz', "Wystawiłem negatywną opinię, bo paczka szła 3 tygodnie.",
      item='kettle'),
    B('shipping_inquiry', '', 'pl', 'de', 'Marek',
      "Dzień dobry, kiedy dotrze moja paczka? Status nie zmienia się od 5 dni.", item='mugs'),

    # ------------------------------------------------------------------ Portuguese
    B('cancel_order', '', 'pt', 'es', 'João',
      "Boa tarde, gostaria de cancelar a encomenda, enganei-me no modelo. Obrigado.", item='kettle'),
    B('shipping_inquiry', '', 'pt', 'us', 'Thiago',
      "Olá, meu pedido ainda não chegou, vocês podem me passar o código de rastreio?", item='tins'),
    B('return_dissatisfied', 'damaged', 'pt', 'es', 'Beatriz',
      "A caneca chegou partida. Envio foto em anexo. Gostaria de receber outra.", item='mugs', photo=1,
      charset='iso-8859-1', cte='quoted-printable'),
    B('refund_status', '', 'pt', 'us', 'Camila',
      "Devolvi o produto há 15 dias e ainda não recebi o reembolso. Podem verificar, por favor?",
      item='frother', layout='html'),
    B('other', '', 'pt', 'us', 'Rafael',
      "A chaleira funciona em 220V? Vou levar para o Brasil.", presale=True, item='kettle'),
    B('return_unwanted', '', 'pt', 'fr', 'Inês',
      "Olá, já não preciso do moinho. Posso devolver? Está por abrir.", item='grinder'),

    # ------------------------------------------------------------------ Swedish
    B('address_change', '', 'sv', 'se', 'Elin',
      "Hej! Jag har skrivit fel postnummer, det ska vara 113 99 och inte 113 89. Kan ni ändra det?",
      item='pourover'),
    B('cancel_order', '', 'sv', 'se', 'Oskar', "Hej, jag vill avbeställa min order. Beställde av misstag.",
      item='tins', charset='iso-8859-1', cte='8bit'),
    B('return_dissatisfied', 'not_received', 'sv', 'se', 'Maja',
      "Jag beställde för över en månad sedan och har fortfarande inte fått något. Jag vill ha pengarna "
      "tillbaka eller en ny leverans.", item='kettle', layout='alt'),
    B('refund_status', '', 'sv', 'se', 'Linnea',
      "Hej, när får jag tillbaka pengarna? Returen kom fram till er för tio dagar sedan.", item='coldbrew'),
    B('other', '', 'sv', 'se', 'Erik', "Tack för snabb leverans, tekannan är jättefin!", item='teapot',
      layout='plain'),
    B('negative_review', '', 'sv', 'se', 'Johanna',
      "Jag har lämnat ett omdöme med en stjärna eftersom handtaget lossnade efter två veckor.", item='mugs',
      layout='html'),

    # ------------------------------------------------------------------ Turkish
    B('shipping_inquiry', '', 'tr', 'de', 'Emre',
      "Merhaba, siparişim ne zaman gelir? Kargo takip numarası çalışmıyor.", item='kettle',
      charset='iso-8859-9', cte='quoted-printable'),
    B('return_dissatisfied', 'defective', 'tr', 'de', 'Ayşe',
      "Süt köpürtücü çalışmıyor, şarj oluyor ama dönmüyor. Değişim istiyorum.", item='frother'),
    B('return_unwanted', '', 'tr', 'de', 'Mehmet', "Merhaba, ürünü iade etmek istiyorum, artık ihtiyacım yok.",
      item='tray', layout='plain'),
    B('other', '', 'tr', 'uk', 'Zeynep', "Bu çaydanlık ocakta kullanılabilir mi? Cam kırılır mı?", presale=True,
      item='teapot'),
    B('cancel_order', '', 'tr', 'nl', 'Burak',
      "Siparişimi iptal etmek istiyorum, yanlışlıkla iki kere sipariş verdim.", item='matcha'),
    B('address_change', '', 'tr', 'de', 'Elif',
      "Adresimi yanlış yazdım. Doğru adres: Bergstraße 5, 44137 Dortmund. Lütfen düzeltin.", item='tins',
      layout='alt'),

    # ------------------------------------------------------------------ later additions (photo-only, CS relays, quotes)
    B('other', '', 'de', 'de', 'Jürgen', "", photo=2, nh=True, item='mugs', layout='html'),
    B('other', '', 'ja', 'jp', 'Tanaka', "", photo=1, nh=True, item='kettle', layout='plain2'),
    B('return_dissatisfied', 'damaged', 'de', 'de', 'Ralf',
      "Der Kunde gibt an, dass die Glaskanne beim Auspacken bereits in zwei Teile zerbrochen war. Der Versandkarton "
      "war eingedrückt. Der Kunde wünscht eine Ersatzlieferung und hat Fotos angeboten.",
      layout='cs', cs=dict(reason='Artikel beschädigt angekommen'), subj='cs', item='teapot',
      charset='iso-8859-15', cte='quoted-printable'),
    B('address_change', '', 'fr', 'fr', 'Yannick',
      "Le client indique avoir déménagé et souhaite que le colis soit livré à sa nouvelle adresse : 14 allée des "
      "Tilleuls, 69003 Lyon. La commande n'a pas encore été expédiée selon lui.",
      layout='cs', cs=dict(reason="Modification de l'adresse de livraison"), subj='cs', item='grinder'),
    B('other', '', 'fr', 'fr', 'Aurélie',
      "Merci pour les explications. Finalement je garde l'article, il me plaît bien. Par contre, pourriez-vous "
      "m'envoyer une facture au nom de mon entreprise (Atelier Vasseur SARL) ?", item='tray',
      quote=dict(style='gt', subject='Votre demande de retour',
                 seller="Bonjour Aurélie,\n\nPour retourner le plateau, il suffit de passer par « Vos commandes » "
                        "sur Amazon et de choisir « Retourner ou remplacer des articles ». Le retour est gratuit "
                        "sous 30 jours.\n\nBien cordialement,\nKestrel Lane")),
    B('other', '', 'zh', 'us', 'Huang', "收到了，谢谢！东西很好，包装也很仔细。", item='tins',
      quote=dict(style='gt', subject='Your Kestrel Lane order has shipped',
                 seller="您好，\n\n您的茶叶罐已经发货，单号 {TRK}，预计3到5天送达。如有问题请随时联系我们。\n\n"
                        "Kestrel Lane"), charset='utf-8', cte='base64'),
]
