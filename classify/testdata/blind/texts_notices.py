# -*- coding: utf-8 -*-
"""Notices from Amazon system senders (invented wording, several languages).

N(case, subreason, language, needs_human, marketplace, sender, subject, body, **options)

Placeholders: {O1} {O2} order ids, {NAME} buyer first name, {ASIN} {TITLE} {SKU} of the item,
{AMT} an amount in the marketplace currency, {TRK} tracking number, {DATE} a date,
{DEADLINE} a date a few days later, {ALIAS} a buyer relay address, {TOK} a random token.
Lines with TABs are tables (rendered as <table> in HTML versions).
Options: html ('' plain only, 'only' HTML only, 'alt' multipart/alternative), charset, cte,
item, orders (number of order ids; 0 = none), sender_name, relay (From is the buyer alias),
when, apos (how the apostrophe in Customer's Comment is written in HTML).
"""


def N(case, sub, lang, nh, mp, sender, subject, body, **kw):
    d = dict(kind='notice', case=case, sub=sub or '', lang=lang, nh=nh, mp=mp, sender=sender,
             subject=subject, body=body)
    d.update(kw)
    return d


RA_EN = ("Dear Kestrel Lane,\n\n"
         "A buyer has requested a return for the item(s) below. Because the request is within Amazon's return "
         "policy, it has been authorized automatically and a prepaid return label has been made available to "
         "the buyer.\n\n"
         "Order ID: # {O1}\n"
         "Return request date: {DATE}\n\n"
         "Order Item\tASIN\tSKU\tReturn Quantity\tReturn Reason\tCustomer's Comment\n"
         "{TITLE}\t{ASIN}\t{SKU}\t1\t{REASON}\t{COMMENT}\n\n"
         "Seller-fulfilled returns must be refunded within two business days of the return being delivered "
         "to you. You can review the request in Manage Returns:\n"
         "https://sellercentral.amazon.{TLD}/returns/list?searchType=orderId&keywords={O1}\n\n"
         "Sincerely,\nAmazon Selling Partner Support")

NOTICES = [
    # ------------------------------------------------ return authorizations
    N('return_unwanted', '', 'en', False, 'us', 'order-update@amazon.com',
      'Return authorization request for order # {O1}',
      RA_EN.replace('{REASON}', 'No longer needed').replace('{COMMENT}', ''), item='coldbrew'),
    N('return_unwanted', '', 'en', False, 'uk', 'order-update@amazon.co.uk',
      'Return authorisation notification for order {O1}',
      RA_EN.replace('authorized', 'authorised').replace('{REASON}', 'Incompatible or not useful')
      .replace('{COMMENT}', 'Too big for our worktop, sorry'), item='tray', html='only', apos='&#39;'),
    N('return_dissatisfied', 'defective', 'en', False, 'us', 'order-update@amazon.com',
      'Return authorization request for order # {O1}',
      RA_EN.replace('{REASON}', "Item defective or doesn't work")
      .replace('{COMMENT}', 'Stops spinning after 5 seconds even when fully charged'), item='frother',
      html='alt', apos='’'),
    N('return_dissatisfied', 'defective', 'en', False, 'ca', 'order-update@amazon.ca',
      'Return authorization request for order # {O1}',
      RA_EN.replace('{REASON}', 'Performance or quality not adequate')
      .replace('{COMMENT}', 'Burrs grind very unevenly, half powder half boulders'), item='grinder'),
    N('return_unwanted', '', 'de', False, 'de', 'order-update@amazon.de',
      'Rücksendegenehmigung angefordert für Bestellung {O1}',
      "Hallo Kestrel Lane,\n\n"
      "ein Käufer möchte den folgenden Artikel zurücksenden. Die Anfrage entspricht den Amazon-Rückgaberichtlinien "
      "und wurde automatisch genehmigt.\n\n"
      "Bestellnummer: {O1}\nDatum der Anfrage: {DATE}\n\n"
      "Bestellposition\tASIN\tSKU\tRücksendemenge\tRücksendegrund\tKommentar des Kunden\n"
      "{TITLE}\t{ASIN}\t{SKU}\t1\tBesserer Preis verfügbar\tWoanders 8 EUR günstiger gesehen\n\n"
      "Bitte erstatten Sie den Betrag innerhalb von zwei Werktagen nach Eingang der Rücksendung.\n\n"
      "Mit freundlichen Grüßen\nAmazon Seller Support", item='grinder', charset='iso-8859-1',
      cte='quoted-printable'),
    N('return_dissatisfied', 'damaged', 'de', False, 'de', 'order-update@amazon.de',
      'Rücksendegenehmigung angefordert für Bestellung {O1}',
      "Hallo Kestrel Lane,\n\n"
      "ein Käufer hat eine Rücksendung für die folgende Bestellung beantragt.\n\n"
      "Bestellnummer: {O1}\n\n"
      "Bestellposition\tASIN\tSKU\tRücksendemenge\tRücksendegrund\tKommentar des Kunden\n"
      "{TITLE}\t{ASIN}\t{SKU}\t1\tProdukt beschädigt, Versandkarton jedoch unbeschädigt\tHenkel bei einer Tasse abgebrochen\n\n"
      "Rücksendungen verwalten: https://sellercentral.amazon.de/returns/list\n\n"
      "Amazon Seller Support", item='mugs', html='alt'),
    N('return_unwanted', '', 'fr', False, 'fr', 'order-update@amazon.fr',
      "Demande d'autorisation de retour pour la commande {O1}",
      "Bonjour Kestrel Lane,\n\n"
      "Un acheteur a demandé le retour de l'article ci-dessous. La demande respecte la politique de retour "
      "d'Amazon et a été autorisée automatiquement.\n\n"
      "Numéro de commande : {O1}\nDate de la demande : {DATE}\n\n"
      "Article commandé\tASIN\tSKU\tQuantité retournée\tMotif du retour\tCommentaire du client\n"
      "{TITLE}\t{ASIN}\t{SKU}\t1\tAcheté par erreur\t\n\n"
      "Veuillez rembourser l'acheteur dans les deux jours ouvrés suivant la réception du retour.\n\n"
      "Cordialement,\nL'équipe Amazon Services vendeurs", item='kettle', charset='iso-8859-15',
      cte='quoted-printable'),
    N('return_unwanted', '', 'ja', False, 'jp', 'order-update@amazon.co.jp',
      '返品リクエストのお知らせ（注文番号: {O1}）',
      "Kestrel Lane 様\n\n"
      "購入者から以下の商品について返品リクエストがありました。Amazonの返品ポリシーの範囲内のため、自動的に承認されています。\n\n"
      "注文番号: {O1}\nリクエスト日: {DATE}\n\n"
      "商品\tASIN\tSKU\t返品数量\t返品理由\t購入者のコメント\n"
      "{TITLE}\t{ASIN}\t{SKU}\t1\t不要になった\t\n\n"
      "返品商品の受領後、2営業日以内に返金処理を行ってください。\n\n"
      "Amazon出品サービス", item='tray', charset='iso-2022-jp', cte='7bit'),
    N('return_dissatisfied', 'missing_parts', 'it', False, 'it', 'order-update@amazon.it',
      "Richiesta di autorizzazione al reso per l'ordine {O1}",
      "Gentile Kestrel Lane,\n\n"
      "un acquirente ha richiesto il reso del seguente articolo.\n\n"
      "Numero ordine: {O1}\nData della richiesta: {DATE}\n\n"
      "Articolo ordinato\tASIN\tSKU\tQuantità reso\tMotivo del reso\tCommento del cliente\n"
      "{TITLE}\t{ASIN}\t{SKU}\t1\tParti o accessori mancanti\tManca il filtro\n\n"
      "Ricorda di emettere il rimborso entro due giorni lavorativi dalla ricezione del reso.\n\n"
      "Cordiali saluti,\nAmazon Servizi per i Venditori", item='coldbrew', html='only'),
    N('return_dissatisfied', 'wrong_item', 'es', False, 'es', 'order-update@amazon.es',
      'Solicitud de autorización de devolución para el pedido {O1}',
      "Hola, Kestrel Lane:\n\n"
      "Un comprador ha solicitado la devolución del siguiente artículo.\n\n"
      "N.º de pedido: {O1}\nFecha de la solicitud: {DATE}\n\n"
      "Artículo del pedido\tASIN\tSKU\tCantidad devuelta\tMotivo de la devolución\tComentario del cliente\n"
      "{TITLE}\t{ASIN}\t{SKU}\t1\tSe ha enviado un producto incorrecto\tPedí color arena y llegaron grises\n\n"
      "Recuerda reembolsar al comprador en un plazo de dos días hábiles tras recibir la devolución.\n\n"
      "Atentamente,\nServicios de Venta de Amazon", item='mugs', charset='utf-8', cte='base64'),
    N('return_unwanted', '', 'zh', False, 'us', 'order-update@amazon.com',
      '订单 {O1} 的退货授权请求',
      "Kestrel Lane 您好：\n\n"
      "买家已针对以下商品提交退货请求。该请求符合亚马逊退货政策，已自动授权。\n\n"
      "订单编号：{O1}\n请求日期：{DATE}\n\n"
      "订单商品\tASIN\tSKU\t退货数量\t退货原因\t买家留言\n"
      "{TITLE}\t{ASIN}\t{SKU}\t1\t不再需要\t杯口有一个小缺口\n\n"
      "对于卖家自配送订单，请在收到退货后两个工作日内退款。\n\n"
      "亚马逊卖家支持", item='mugs', charset='gb18030', cte='base64'),

    # ------------------------------------------------ returned goods / refunds
    N('returned_goods', '', 'en', False, 'us', 'do-not-reply@amazon.com', 'Refund initiated for order {O1}',
      "Hello Kestrel Lane,\n\n"
      "We've initiated a refund for the order below on your behalf.\n\n"
      "Order ID: {O1}\nItem: {TITLE}\nSKU: {SKU}\nRefund amount: {AMT}\nReason: Customer return\n\n"
      "The refund will be credited to the buyer's original payment method. No action is required from you.\n\n"
      "Thank you for selling on Amazon.\nAmazon Services", item='frother'),
    N('returned_goods', '', 'en', False, 'us', 'do-not-reply@amazon.com', 'Refund initiated for order {O1}',
      "Hello,\n\nA refund has been initiated for order {O1}.\n\n"
      "Item\tQuantity\tRefund\n{TITLE}\t2\t{AMT}\n\n"
      "Refund reason: Buyer return - item received in original condition.\n"
      "Refunds usually appear on the buyer's statement within 3-5 business days.\n\n"
      "Amazon Services", item='tins', html='alt'),
    N('returned_goods', '', 'en', False, 'uk', 'order-update@amazon.co.uk', 'Return delivered: order {O1}',
      "Dear Seller,\n\n"
      "The return for order {O1} was delivered to your return address on {DATE} (tracking ID {TRK}).\n\n"
      "Item: {TITLE}\nReturn reason: No longer needed\n\n"
      "Please inspect the item and issue a refund within two business days. If you have already issued a "
      "refund, please disregard this message.\n\n"
      "Regards,\nAmazon.co.uk Seller Support", item='teapot'),
    N('returned_goods', '', 'en', False, 'us', 'donotreply@amazon.com',
      'Customer return received at fulfillment center - Order {O1}',
      "Hello Kestrel Lane,\n\n"
      "A customer return for one of your Fulfillment by Amazon orders has been received and inspected.\n\n"
      "Order ID\tFNSKU\tASIN\tQuantity\tDisposition\tReason\n"
      "{O1}\tX00K7LP2QF\t{ASIN}\t1\tCUSTOMER DAMAGED\tDEFECTIVE\n\n"
      "Units with a disposition other than SELLABLE are moved to unfulfillable inventory. You can create a "
      "removal order or request disposal in Seller Central.\n\n"
      "Amazon Fulfillment Services", item='kettle', html='only'),
    N('returned_goods', '', 'en', False, 'us', 'do-not-reply@amazon.com', 'Returnless refund issued for order {O1}',
      "Hello,\n\n"
      "Under your returnless refund settings, Amazon has issued a refund of {AMT} for order {O1} without "
      "requiring the buyer to return the item.\n\n"
      "Item: {TITLE}\nRefund date: {DATE}\n\n"
      "You can change your returnless refund rules under Settings > Return Settings.\n\n"
      "Amazon Services", item='tins'),
    N('returned_goods', '', 'de', False, 'de', 'do-not-reply@amazon.de', 'Erstattung veranlasst für Bestellung {O1}',
      "Hallo Kestrel Lane,\n\n"
      "für die folgende Bestellung wurde eine Erstattung veranlasst.\n\n"
      "Bestellnummer: {O1}\nArtikel: {TITLE}\nErstattungsbetrag: {AMT}\nGrund: Rücksendung durch den Kunden\n\n"
      "Der Betrag wird dem Zahlungsmittel des Käufers gutgeschrieben. Sie müssen nichts weiter tun.\n\n"
      "Viele Grüße\nAmazon Services Europe", item='teapot', charset='iso-8859-15', cte='quoted-printable'),
    N('returned_goods', '', 'de', False, 'de', 'order-update@amazon.de', 'Rücksendung zugestellt: Bestellung {O1}',
      "Guten Tag,\n\n"
      "die Rücksendung zu Bestellung {O1} wurde am {DATE} an Ihre Rücksendeadresse zugestellt "
      "(Sendungsnummer {TRK}).\n\n"
      "Artikel: {TITLE}\nRücksendegrund: Artikel defekt oder funktioniert nicht\n\n"
      "Bitte prüfen Sie den Artikel und erstatten Sie den Kaufpreis innerhalb von zwei Werktagen.\n\n"
      "Amazon Seller Support", item='frother', html='alt'),
    N('returned_goods', '', 'fr', False, 'fr', 'do-not-reply@amazon.fr', 'Remboursement initié pour la commande {O1}',
      "Bonjour,\n\n"
      "Un remboursement de {AMT} a été initié pour la commande {O1}.\n\n"
      "Article : {TITLE}\nMotif : Retour client\n\n"
      "Le montant sera crédité sur le moyen de paiement de l'acheteur. Aucune action n'est requise de votre part.\n\n"
      "Amazon Services Europe", item='pourover'),
    N('returned_goods', '', 'fr', False, 'fr', 'order-update@amazon.fr', 'Retour reçu pour la commande {O1}',
      "Bonjour Kestrel Lane,\n\n"
      "Le retour de la commande {O1} a été livré à votre adresse de retour le {DATE}.\n\n"
      "Article : {TITLE}\nMotif du retour : Plus besoin de l'article\n\n"
      "Merci de contrôler l'article et de procéder au remboursement sous deux jours ouvrés.\n\n"
      "Cordialement,\nAmazon Services Europe", item='grinder', charset='windows-1252', cte='quoted-printable'),
    N('returned_goods', '', 'es', False, 'es', 'do-not-reply@amazon.es', 'Reembolso iniciado para el pedido {O1}',
      "Hola:\n\n"
      "Se ha iniciado un reembolso de {AMT} para el pedido {O1}.\n\n"
      "Artículo: {TITLE}\nMotivo: Devolución del cliente\n\n"
      "El importe se abonará en el método de pago del comprador. No tienes que hacer nada más.\n\n"
      "Amazon Services Europe", item='mugs', html='only'),
    N('returned_goods', '', 'it', False, 'it', 'do-not-reply@amazon.it', "Rimborso avviato per l'ordine {O1}",
      "Ciao,\n\n"
      "è stato avviato un rimborso di {AMT} per l'ordine {O1}.\n\n"
      "Articolo: {TITLE}\nMotivo: Reso del cliente\n\n"
      "L'importo verrà accreditato sul metodo di pagamento dell'acquirente.\n\n"
      "Amazon Services Europe", item='kettle', charset='iso-8859-15', cte='quoted-printable'),
    N('returned_goods', '', 'it', False, 'it', 'order-update@amazon.it', "Reso ricevuto per l'ordine {O1}",
      "Gentile venditore,\n\n"
      "il reso relativo all'ordine {O1} è stato ricevuto presso il centro logistico e controllato.\n\n"
      "Numero ordine\tASIN\tQuantità\tStato\n{O1}\t{ASIN}\t1\tDanneggiato dal cliente\n\n"
      "Le unità non vendibili sono state spostate nell'inventario non disponibile. Puoi richiederne la rimozione "
      "o lo smaltimento.\n\n"
      "Logistica di Amazon", item='teapot', html='alt'),
    N('returned_goods', '', 'ja', False, 'jp', 'do-not-reply@amazon.co.jp', '返金処理を開始しました（注文番号: {O1}）',
      "Kestrel Lane 様\n\n"
      "以下のご注文について返金処理を開始しました。\n\n"
      "注文番号: {O1}\n商品: {TITLE}\n返金額: {AMT}\n理由: 購入者による返品\n\n"
      "返金は購入者のお支払い方法に戻されます。出品者様による対応は不要です。\n\n"
      "Amazon出品サービス", item='grinder', charset='shift_jis', cte='base64'),
    N('returned_goods', '', 'ja', False, 'jp', 'order-update@amazon.co.jp', '返品商品が到着しました（注文番号 {O1}）',
      "出品者様\n\n"
      "注文番号 {O1} の返品商品が、{DATE} に返送先住所へ配達されました（追跡番号 {TRK}）。\n\n"
      "商品: {TITLE}\n返品理由: 間違えて注文した\n\n"
      "商品を確認のうえ、2営業日以内に返金してください。\n\n"
      "Amazon出品サービス", item='matcha', charset='iso-2022-jp', cte='7bit'),
    N('returned_goods', '', 'nl', False, 'nl', 'do-not-reply@amazon.nl', 'Terugbetaling gestart voor bestelling {O1}',
      "Hallo,\n\n"
      "Er is een terugbetaling van {AMT} gestart voor bestelling {O1}.\n\n"
      "Artikel: {TITLE}\nReden: Retour door klant\n\n"
      "Het bedrag wordt teruggestort op de betaalmethode van de koper. U hoeft niets te doen.\n\n"
      "Amazon Services Europe", item='tins'),
    N('returned_goods', '', 'pl', False, 'pl', 'do-not-reply@amazon.pl', 'Zainicjowano zwrot środków dla zamówienia {O1}',
      "Dzień dobry,\n\n"
      "zainicjowano zwrot środków w wysokości {AMT} dla zamówienia {O1}.\n\n"
      "Produkt: {TITLE}\nPowód: zwrot przez klienta\n\n"
      "Kwota zostanie zwrócona na metodę płatności kupującego. Nie musisz nic robić.\n\n"
      "Amazon Services Europe", item='teapot', charset='iso-8859-2', cte='quoted-printable'),

    # ------------------------------------------------ feedback and review alerts
    N('negative_review', '', 'en', False, 'us', 'donotreply@amazon.com',
      'New seller feedback: 1 out of 5 for order {O1}',
      "Hello Kestrel Lane,\n\n"
      "A buyer has left feedback for one of your orders.\n\n"
      "Rating: 1 out of 5\nOrder ID: {O1}\nComments: \"Arrived two weeks late and the box was crushed. "
      "Would not buy again.\"\n\n"
      "You can post a public response to this feedback in Seller Central > Performance > Feedback. "
      "Responses cannot be edited once posted.\n\n"
      "Amazon Services", item='kettle'),
    N('negative_review', '', 'de', False, 'de', 'donotreply@amazon.de',
      'Neue Verkäuferbewertung: 2 von 5 Sternen (Bestellung {O1})',
      "Hallo Kestrel Lane,\n\n"
      "ein Käufer hat eine Bewertung für eine Ihrer Bestellungen abgegeben.\n\n"
      "Bewertung: 2 von 5\nBestellnummer: {O1}\nKommentar: \"Artikel ok, aber der Versand hat ewig gedauert.\"\n\n"
      "Sie können unter Leistung > Feedback öffentlich auf diese Bewertung antworten.\n\n"
      "Amazon Services Europe", item='tray', html='alt'),
    N('negative_review', '', 'ja', False, 'jp', 'donotreply@amazon.co.jp',
      '【評価のお知らせ】新しい評価（星1つ）が投稿されました（注文番号: {O1}）',
      "Kestrel Lane 様\n\n"
      "購入者から新しい出品者評価が投稿されました。\n\n"
      "評価: 星1つ（5段階中）\n注文番号: {O1}\nコメント: 「写真と色が全然違う。問い合わせへの返事もない。」\n\n"
      "セラーセントラルの「評価」ページから、この評価に公開コメントを付けることができます。\n\n"
      "Amazon出品サービス", item='mugs', charset='shift_jis', cte='8bit'),
    N('negative_review', '', 'en', False, 'us', 'brand-notifications@amazon.com',
      'A customer posted a 1-star review on {ASIN}',
      "Hi Kestrel Lane,\n\n"
      "A new customer review was posted on one of your brand's products.\n\n"
      "Product: {TITLE}\nASIN: {ASIN}\nRating: 1 star\nReview title: \"Stopped heating after a month\"\n"
      "Review: \"Worked great for four weeks, then the display shows -- and it won't heat past lukewarm.\"\n\n"
      "View the review in Brand Dashboard > Customer Reviews.\n\n"
      "Amazon Brand Registry", item='kettle', orders=0, html='only', sender_name='Amazon Brand Registry'),
    N('negative_review', '', 'fr', False, 'fr', 'brand-notifications@amazon.fr',
      'Nouvel avis client 2 étoiles sur votre produit {ASIN}',
      "Bonjour Kestrel Lane,\n\n"
      "Un client a publié un nouvel avis sur l'un des produits de votre marque.\n\n"
      "Produit : {TITLE}\nASIN : {ASIN}\nNote : 2 étoiles\nTitre : « Joli mais fragile »\n"
      "Avis : « Le fouet a perdu des brins dès la deuxième utilisation. »\n\n"
      "Consultez l'avis dans le tableau de bord de la marque.\n\n"
      "Amazon Brand Registry", item='matcha', orders=0, charset='utf-8', cte='quoted-printable',
      sender_name='Amazon Brand Registry'),

    # ------------------------------------------------ official cancellation requests
    N('cancel_order', '', 'en', False, 'us', 'RELAY',
      'Order cancellation request from Amazon customer {NAME} (Order: {O1})',
      "Hello,\n\n"
      "The buyer has submitted a cancellation request for the order below through Your Orders.\n\n"
      "Reason given by the buyer: Order placed by mistake\n\n"
      "If the order has not shipped, please cancel it in Seller Central using the reason "
      "\"Buyer Canceled\". If it has already shipped, please let the buyer know.\n\n"
      "Buyer Cancellation Request for Order ID:\n{O1}\n\n"
      "Item: {TITLE}\nQuantity: 1", item='pourover', relay=True),
    N('cancel_order', '', 'en', False, 'uk', 'donotreply@amazon.co.uk',
      'Order cancellation request from Amazon customer (Order: {O1})',
      "Hello,\n\n"
      "We have received a cancellation request from the buyer of order {O1}. Buyer's reason: Need to change "
      "shipping address.\n\n"
      "Please review the order and cancel it if it has not yet been dispatched. Cancelling a buyer-requested "
      "order does not count against your Cancellation Rate.\n\n"
      "Buyer Cancellation Request for Order ID:\n{O1}\n\n"
      "Amazon.co.uk", item='kettle', html='alt'),
    N('cancel_order', '', 'es', False, 'es', 'donotreply@amazon.es',
      'Solicitud de cancelación de pedido del cliente de Amazon {NAME} (Pedido: {O1})',
      "Hola:\n\n"
      "El comprador ha enviado una solicitud de cancelación para el siguiente pedido.\n\n"
      "Motivo indicado por el comprador: Encontré un precio mejor\n\n"
      "Si el pedido aún no se ha enviado, cancélalo en Seller Central.\n\n"
      "Solicitud de cancelación del comprador para el pedido con ID:\n{O1}\n\n"
      "Amazon.es", item='coldbrew', charset='iso-8859-1', cte='quoted-printable'),
    N('cancel_order', '', 'de', False, 'de', 'donotreply@amazon.de',
      'Stornierungsanfrage von Amazon-Kunde {NAME} (Bestellung: {O1})',
      "Hallo,\n\n"
      "der Käufer hat für die folgende Bestellung eine Stornierung beantragt.\n\n"
      "Vom Käufer angegebener Grund: Lieferzeit zu lang\n\n"
      "Wenn die Bestellung noch nicht versandt wurde, stornieren Sie sie bitte in Seller Central.\n\n"
      "Stornierungsanfrage des Käufers für Bestellnummer:\n{O1}\n\n"
      "Amazon.de", item='tray'),
    N('cancel_order', '', 'it', False, 'it', 'donotreply@amazon.it',
      "Richiesta di cancellazione dell'ordine dal cliente Amazon {NAME} (Ordine: {O1})",
      "Ciao,\n\n"
      "l'acquirente ha inviato una richiesta di cancellazione per il seguente ordine.\n\n"
      "Motivo indicato: Ordine effettuato per errore\n\n"
      "Se l'ordine non è ancora stato spedito, annullalo da Seller Central.\n\n"
      "Richiesta di cancellazione dell'acquirente per l'ordine con ID:\n{O1}\n\n"
      "Amazon.it", item='frother', html='only'),

    # ------------------------------------------------ A-to-z claims and decisions
    N('return_dissatisfied', 'not_received', 'en', True, 'us', 'atoz-guarantee-no-reply@amazon.com',
      'A-to-z Guarantee Claim for Order {O1}',
      "Dear Kestrel Lane,\n\n"
      "A buyer has filed an A-to-z Guarantee claim for the order below.\n\n"
      "Order ID: {O1}\nClaim reason: Item not received\nClaim amount: {AMT}\n"
      "Buyer comments: \"Tracking stopped updating three weeks ago and the seller has not answered.\"\n\n"
      "Please respond in Seller Central > Performance > A-to-z Guarantee Claims by {DEADLINE}. If you do not "
      "respond, we may decide the claim in the buyer's favour and debit your account.\n\n"
      "Amazon Services", item='tray'),
    N('return_dissatisfied', 'defective', 'en', True, 'us', 'seller-guarantee@amazon.com',
      'Action required: Claim received on order {O1}',
      "Hello,\n\n"
      "We received an A-to-z Guarantee claim on order {O1}.\n\n"
      "Claim reason: Item not as described - defective or does not work\n"
      "Buyer's statement: \"The frother will not charge. Seller asked for photos, I sent them, then silence.\"\n"
      "Claim amount: {AMT}\n\n"
      "Action required: provide your response and any supporting information by {DEADLINE}.\n\n"
      "Amazon Seller Performance", item='frother', html='alt'),
    N('return_dissatisfied', 'not_received', 'de', True, 'de', 'atoz-guarantee-no-reply@amazon.de',
      'A-bis-z-Garantieantrag zu Bestellung {O1}',
      "Hallo Kestrel Lane,\n\n"
      "ein Käufer hat einen Antrag auf die A-bis-z-Garantie gestellt.\n\n"
      "Bestellnummer: {O1}\nGrund: Artikel nicht erhalten\nBetrag: {AMT}\n\n"
      "Bitte reagieren Sie bis {DEADLINE} in Seller Central unter Leistung > A-bis-z-Garantieanträge.\n\n"
      "Amazon Services Europe", item='kettle', charset='windows-1252', cte='quoted-printable'),
    N('return_dissatisfied', 'not_received', 'en', True, 'us', 'seller-guarantee@amazon.com',
      'Claim Decision on Order {O1}',
      "Hello,\n\n"
      "We have reviewed the A-to-z Guarantee claim on order {O1} (claim reason: Item not received) and "
      "decided it in the buyer's favour. {AMT} has been debited from your seller account.\n\n"
      "This claim counts towards your Order Defect Rate. If you believe the decision is wrong, you can appeal "
      "within 30 calendar days in Seller Central.\n\n"
      "Amazon Seller Performance", item='teapot'),
    N('return_dissatisfied', 'damaged', 'ja', True, 'jp', 'atoz-guarantee-no-reply@amazon.co.jp',
      'Amazonマーケットプレイス保証の申請がありました（注文番号: {O1}）',
      "Kestrel Lane 様\n\n"
      "以下のご注文について、購入者からAmazonマーケットプレイス保証の申請がありました。\n\n"
      "注文番号: {O1}\n申請理由: 商品が破損していた\n申請金額: {AMT}\n"
      "購入者のコメント: 「ガラスが割れて届きました。写真を送りましたが返事がありません。」\n\n"
      "{DEADLINE}までにセラーセントラルからご回答ください。\n\n"
      "Amazon出品サービス", item='teapot', charset='utf-8', cte='base64'),

    # ------------------------------------------------ chargebacks
    N('other', '', 'en', True, 'us', 'payments-messages@amazon.com', 'Chargeback received for order {O1}',
      "Dear Seller,\n\n"
      "The buyer's card issuer has notified us of a chargeback for the order below.\n\n"
      "Order ID: {O1}\nAmount: {AMT}\nChargeback reason: Merchandise not received\n\n"
      "Please provide proof of delivery and any correspondence with the buyer by {DEADLINE} through "
      "Seller Central > Performance > Chargeback Claims.\n\n"
      "Amazon Payments", item='grinder'),
    N('other', '', 'fr', True, 'fr', 'payments-messages@amazon.fr', 'Rétrofacturation reçue pour la commande {O1}',
      "Bonjour,\n\n"
      "La banque de l'acheteur nous a informés d'une rétrofacturation pour la commande suivante.\n\n"
      "N° de commande : {O1}\nMontant : {AMT}\nMotif : Transaction non reconnue\n\n"
      "Merci de fournir vos justificatifs avant le {DEADLINE} depuis Seller Central.\n\n"
      "Amazon Payments Europe", item='kettle', html='alt'),

    # ------------------------------------------------ everything else from Amazon
    N('other', '', 'en', False, 'us', 'donotreply@amazon.com',
      'Delivery failure: your message could not be delivered',
      "Hello,\n\n"
      "We were unable to deliver the message you sent to {ALIAS} regarding order {O1}.\n\n"
      "Reason: Your message contained an external link, which is not permitted under the Buyer-Seller "
      "Messaging guidelines.\n\n"
      "Please remove the content and send your message again from Buyer-Seller Messages.\n\n"
      "Amazon Services", item='mugs'),
    N('other', '', 'de', False, 'de', 'donotreply@amazon.de', 'Nachricht konnte nicht zugestellt werden',
      "Hallo,\n\n"
      "Wir konnten die Nachricht, die Sie an {ALIAS} gesendet haben (Bestellung {O1}), nicht zustellen.\n\n"
      "Grund: Der Anhang hat ein nicht unterstütztes Dateiformat.\n\n"
      "Amazon Services Europe", item='teapot', charset='iso-8859-1', cte='8bit'),
    N('other', '', 'en', False, 'us', 'donotreply@amazon.com', 'Your message was not delivered',
      "Hello,\n\n"
      "Your message to the buyer of order {O1} was not delivered because the buyer has chosen to opt out of "
      "receiving unsolicited messages from sellers.\n\n"
      "Messages that are critical to completing the order are still delivered. Replies to messages the buyer "
      "sent you are also delivered.\n\n"
      "Amazon Services", item='coldbrew', html='only'),
    N('other', '', 'es', False, 'es', 'donotreply@amazon.es', 'Tu mensaje no se ha entregado',
      "Hola:\n\n"
      "No hemos podido entregar tu mensaje al comprador del pedido {O1} porque el comprador ha decidido no "
      "recibir mensajes no solicitados de los vendedores.\n\n"
      "Amazon.es", item='grinder'),
    N('other', '', 'en', False, 'us', 'seller-performance@amazon.com',
      'Your account health: Late Response Rate above target',
      "Hello Kestrel Lane,\n\n"
      "Over the last 7 days, 14% of buyer messages to your account received a response after more than 24 "
      "hours. Responding quickly helps buyers and reduces negative feedback.\n\n"
      "Review the messages awaiting a response in Buyer-Seller Messages and, where no response is needed, "
      "mark them accordingly.\n\n"
      "Amazon Seller Performance", orders=0, html='alt'),
    N('other', '', 'zh', False, 'us', 'seller-performance@amazon.com', '账户状况提醒：您的订单缺陷率已超出目标',
      "Kestrel Lane 您好：\n\n"
      "在过去 60 天内，您的订单缺陷率为 1.3%，已超过亚马逊 1% 的目标。订单缺陷率包括负面反馈、亚马逊商城交易保障索赔和"
      "信用卡拒付。\n\n"
      "请在卖家平台“账户状况”页面查看受影响的订单并提交改进计划。\n\n"
      "亚马逊卖家绩效团队", orders=0, charset='gbk', cte='base64'),
    N('other', '', 'en', False, 'uk', 'seller-performance@amazon.co.uk',
      'Policy Warning: Buyer-Seller Messaging guidelines',
      "Hello,\n\n"
      "We noticed that a message you sent to a buyer regarding order {O1} asked the buyer to change their "
      "review. Asking buyers to remove or change reviews or feedback is against our Communication "
      "Guidelines.\n\n"
      "Further violations may lead to restrictions on sending messages or to the removal of your selling "
      "privileges.\n\n"
      "Amazon.co.uk Seller Performance", item='mugs'),
    N('other', '', 'en', False, 'uk', 'auto-confirm@amazon.co.uk', 'Sold, ship now: {TITLE}',
      "Dear Kestrel Lane,\n\n"
      "Congratulations - you've made a sale. Please dispatch the item now.\n\n"
      "Order ID: {O1}\nItem: {TITLE}\nSKU: {SKU}\nQuantity: 1\nShipping service: Standard\n"
      "Dispatch by: {DEADLINE}\n\n"
      "Confirm dispatch in Seller Central once the order has been sent.\n\n"
      "Amazon.co.uk", item='tray'),
    N('other', '', 'ja', False, 'jp', 'auto-confirm@amazon.co.jp', '注文確定：今すぐ発送してください（{TITLE}）',
      "Kestrel Lane 様\n\n"
      "商品が売れました。以下の注文の商品を発送してください。\n\n"
      "注文番号: {O1}\n商品: {TITLE}\n数量: 1\n発送期限: {DEADLINE}\n\n"
      "発送後、セラーセントラルで出荷通知を送信してください。\n\n"
      "Amazon.co.jp", item='matcha', charset='shift_jis', cte='base64'),
    N('other', '', 'en', False, 'us', 'order-update@amazon.com',
      'Action Required: Unshipped Prime orders that need to be shipped today',
      "Hello Kestrel Lane,\n\n"
      "The following Prime orders must be shipped today to arrive on time:\n\n"
      "Order ID\tShip by\n{O1}\t{DATE}\n{O2}\t{DATE}\n\n"
      "Late shipments can affect your Prime eligibility.\n\n"
      "Amazon Services", orders=2, item='kettle', html='only'),
    N('other', '', 'en', False, 'us', 'seller-news@amazon.com',
      'Prime Big Deal Days is coming: submit your deals now',
      "Hello Selling Partner,\n\n"
      "Our fall shopping event is coming soon. Submit Lightning Deals and Prime Exclusive Discounts before the "
      "deadline to get your products in front of millions of customers.\n\n"
      "- Lightning Deals: submission deadline in 10 days\n- Coupons: create them any time\n\n"
      "Visit the Deals dashboard in Seller Central to get started.\n\n"
      "Amazon Selling Partner Services\n\n"
      "You are receiving this e-mail because you are a registered seller. Manage your notification preferences "
      "in Seller Central.", orders=0, html='alt', sender_name='Amazon Selling Partner Services', when='2025-09-12'),
    N('other', '', 'de', False, 'de', 'auto-communication@amazon.de',
      'Kopie Ihrer Nachricht: Ihre Erstattung für Bestellung {O1}',
      "Dies ist eine Kopie der Nachricht, die Sie an den Käufer gesendet haben.\n\n"
      "----------\n"
      "Guten Tag,\n\nwir haben Ihre Rücksendung erhalten und die Erstattung über {AMT} heute veranlasst. Je nach "
      "Bank kann es einige Tage dauern, bis der Betrag auf Ihrem Konto erscheint.\n\n"
      "Freundliche Grüße\nKestrel Lane Support\n"
      "----------\n\n"
      "Bestellnummer: {O1}", item='grinder', charset='utf-8', cte='quoted-printable'),
    N('other', '', 'en', False, 'us', 'community-help@amazon.com',
      'A customer asked a question about your product',
      "Hello,\n\n"
      "A customer asked a question about a product you sell. Answering helps other customers too.\n\n"
      "Product: {TITLE}\nASIN: {ASIN}\n"
      "Question: \"Can the infuser go in the dishwasher, and is the glass thick enough for boiling water?\"\n\n"
      "Answer the question on the product page or in Seller Central.\n\n"
      "Amazon Customer Questions & Answers", item='teapot', orders=0),
]
