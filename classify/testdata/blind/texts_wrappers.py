# -*- coding: utf-8 -*-
"""Invented Amazon relay wrapper strings, marketplaces and the seller's catalogue.

Everything here is made up for the corpus: the labels imitate the *kind* of
template Amazon uses (order id, product line, a "Message:" marker, a footer),
localized per marketplace language, with several generations of layout.
"""

SELLER = {
    'brand': 'Kestrel Lane',
    'company': 'Kestrel Lane Trading Ltd',
    'support': 'support@kestrellane.example',
    'support_name': 'Kestrel Lane Support',
    'mx': 'mx1.kestrellane.example',
}

# marketplace key -> facts used by the generator
MP = {
    'us': dict(tld='com', lang='en', site='Amazon.com', prefixes=['111', '112', '113', '114'], cur='$', tz=0),
    'ca': dict(tld='ca', lang='en', site='Amazon.ca', prefixes=['701', '702'], cur='CDN$', tz=0),
    'mx': dict(tld='com.mx', lang='es', site='Amazon.com.mx', prefixes=['701', '702'], cur='MXN', tz=0),
    'uk': dict(tld='co.uk', lang='en', site='Amazon.co.uk', prefixes=['202', '203', '204', '205', '206', '026'], cur='£', tz=0),
    'de': dict(tld='de', lang='de', site='Amazon.de', prefixes=['302', '303', '304', '305', '306', '028'], cur='EUR', tz=1),
    'fr': dict(tld='fr', lang='fr', site='Amazon.fr', prefixes=['402', '403', '404', '405', '407', '171'], cur='EUR', tz=1),
    'it': dict(tld='it', lang='it', site='Amazon.it', prefixes=['402', '403', '404', '405', '406', '171'], cur='EUR', tz=1),
    'es': dict(tld='es', lang='es', site='Amazon.es', prefixes=['402', '403', '405', '406', '408', '171'], cur='EUR', tz=1),
    'nl': dict(tld='nl', lang='nl', site='Amazon.nl', prefixes=['402', '404', '406'], cur='EUR', tz=1),
    'pl': dict(tld='pl', lang='pl', site='Amazon.pl', prefixes=['403', '405', '407'], cur='PLN', tz=1),
    'se': dict(tld='se', lang='sv', site='Amazon.se', prefixes=['403', '406', '408'], cur='SEK', tz=1),
    'jp': dict(tld='co.jp', lang='ja', site='Amazon.co.jp', prefixes=['249', '250', '503'], cur='JPY', tz=9),
}

# catalogue: key -> (asin, sku, {lang: title})
PRODUCTS = {
    'teapot': ('B0CKL7TP12', 'KL-TP-12', {
        'en': 'Kestrel Lane Glass Teapot 1.2 L with Removable Stainless Infuser',
        'de': 'Kestrel Lane Glas-Teekanne 1,2 L mit herausnehmbarem Edelstahl-Teesieb',
        'fr': 'Kestrel Lane Théière en verre 1,2 L avec infuseur amovible en inox',
        'es': 'Kestrel Lane Tetera de cristal 1,2 L con infusor extraíble de acero inoxidable',
        'it': 'Kestrel Lane Teiera in vetro 1,2 L con infusore rimovibile in acciaio inox',
        'ja': 'Kestrel Lane 耐熱ガラス ティーポット 1.2L ステンレス茶こし付き',
        'nl': 'Kestrel Lane Glazen theepot 1,2 L met uitneembaar RVS-filter',
        'pl': 'Kestrel Lane Szklany dzbanek do herbaty 1,2 l z wyjmowanym zaparzaczem',
        'sv': 'Kestrel Lane Tekanna i glas 1,2 L med löstagbar tesil i rostfritt stål',
    }),
    'frother': ('B0D3MF8RX4', 'KL-MF-BLK', {
        'en': 'Kestrel Lane Rechargeable Milk Frother, USB-C, 3 Speeds, Matte Black',
        'de': 'Kestrel Lane Milchaufschäumer akkubetrieben, USB-C, 3 Stufen, Schwarz matt',
        'fr': 'Kestrel Lane Mousseur à lait rechargeable USB-C, 3 vitesses, noir mat',
        'es': 'Kestrel Lane Espumador de leche recargable USB-C, 3 velocidades, negro mate',
        'it': 'Kestrel Lane Montalatte ricaricabile USB-C, 3 velocità, nero opaco',
        'ja': 'Kestrel Lane 充電式ミルクフォーマー USB-C 3段階 マットブラック',
        'nl': 'Kestrel Lane Oplaadbare melkopschuimer, USB-C, 3 standen, mat zwart',
        'pl': 'Kestrel Lane Spieniacz do mleka na akumulator, USB-C, 3 prędkości',
        'sv': 'Kestrel Lane Uppladdningsbar mjölkskummare, USB-C, 3 hastigheter',
    }),
    'pourover': ('B0BPV2KS09', 'KL-PO-SET', {
        'en': 'Kestrel Lane Pour-Over Coffee Set: Ceramic Dripper, 600 ml Carafe, 100 Filters',
        'de': 'Kestrel Lane Pour-Over Kaffee-Set: Keramik-Handfilter, 600-ml-Karaffe, 100 Filter',
        'fr': 'Kestrel Lane Set café filtre : dripper céramique, carafe 600 ml, 100 filtres',
        'es': 'Kestrel Lane Set de café de goteo: dripper de cerámica, jarra 600 ml, 100 filtros',
        'it': 'Kestrel Lane Set caffè pour-over: dripper in ceramica, caraffa 600 ml, 100 filtri',
        'ja': 'Kestrel Lane ハンドドリップ セット 陶器ドリッパー 600mlサーバー ペーパーフィルター100枚',
        'nl': 'Kestrel Lane Pour-over koffieset: keramische dripper, karaf 600 ml, 100 filters',
        'pl': 'Kestrel Lane Zestaw do kawy przelewowej: drip ceramiczny, karafka 600 ml, 100 filtrów',
        'sv': 'Kestrel Lane Pour over-set: keramikdripper, karaff 600 ml, 100 filter',
    }),
    'mugs': ('B0C9MG4ST2', 'KL-MUG4-SND', {
        'en': 'Kestrel Lane Stoneware Mugs, Set of 4, 350 ml, Matte Glaze (Sand)',
        'de': 'Kestrel Lane Steingut-Tassen 4er-Set, 350 ml, matte Glasur (Sand)',
        'fr': 'Kestrel Lane Lot de 4 mugs en grès 350 ml, émail mat (Sable)',
        'es': 'Kestrel Lane Juego de 4 tazas de gres 350 ml, esmalte mate (Arena)',
        'it': 'Kestrel Lane Set di 4 tazze in gres 350 ml, smalto opaco (Sabbia)',
        'ja': 'Kestrel Lane 陶器マグカップ 4個セット 350ml マット釉（サンド）',
        'nl': 'Kestrel Lane Set van 4 stoneware mokken, 350 ml, mat glazuur (Zand)',
        'pl': 'Kestrel Lane Zestaw 4 kubków kamionkowych 350 ml, matowe szkliwo (piaskowy)',
        'sv': 'Kestrel Lane Stengodsmuggar 4-pack, 350 ml, matt glasyr (Sand)',
    }),
    'tray': ('B0BTT5BM71', 'KL-TRAY-BAM', {
        'en': 'Kestrel Lane Bamboo Tea Tray with Water Drawer, 40 x 25 cm',
        'de': 'Kestrel Lane Bambus-Teetablett mit Wasserschublade, 40 x 25 cm',
        'fr': 'Kestrel Lane Plateau à thé en bambou avec tiroir à eau, 40 x 25 cm',
        'es': 'Kestrel Lane Bandeja de té de bambú con cajón de agua, 40 x 25 cm',
        'it': 'Kestrel Lane Vassoio da tè in bambù con cassetto raccogli-acqua, 40 x 25 cm',
        'ja': 'Kestrel Lane 竹製 茶盤 水受け引き出し付き 40×25cm',
        'nl': 'Kestrel Lane Bamboe theeblad met waterlade, 40 x 25 cm',
        'pl': 'Kestrel Lane Bambusowa taca do herbaty z szufladą, 40 x 25 cm',
        'sv': 'Kestrel Lane Tebricka i bambu med vattenlåda, 40 x 25 cm',
    }),
    'grinder': ('B0D1GR7NDX', 'KL-GR-MAN', {
        'en': 'Kestrel Lane Manual Coffee Grinder with Ceramic Burr, Adjustable Coarseness',
        'de': 'Kestrel Lane Manuelle Kaffeemühle mit Keramikmahlwerk, einstellbarer Mahlgrad',
        'fr': 'Kestrel Lane Moulin à café manuel à meule céramique, mouture réglable',
        'es': 'Kestrel Lane Molinillo de café manual con muela cerámica, molienda ajustable',
        'it': 'Kestrel Lane Macinacaffè manuale con macina in ceramica, macinatura regolabile',
        'ja': 'Kestrel Lane 手挽きコーヒーミル セラミック刃 粗さ調節可能',
        'nl': 'Kestrel Lane Handmatige koffiemolen met keramisch maalwerk',
        'pl': 'Kestrel Lane Ręczny młynek do kawy z ceramicznymi żarnami',
        'sv': 'Kestrel Lane Manuell kaffekvarn med keramisk malkvarn',
    }),
    'coldbrew': ('B0CCB1LT3Q', 'KL-CB-1L', {
        'en': 'Kestrel Lane Cold Brew Bottle 1 L, Borosilicate Glass with Fine Mesh Filter',
        'de': 'Kestrel Lane Cold-Brew-Flasche 1 L aus Borosilikatglas mit Feinfilter',
        'fr': 'Kestrel Lane Bouteille cold brew 1 L en verre borosilicate avec filtre fin',
        'es': 'Kestrel Lane Botella cold brew 1 L de vidrio borosilicato con filtro fino',
        'it': 'Kestrel Lane Bottiglia cold brew 1 L in vetro borosilicato con filtro',
        'ja': 'Kestrel Lane 水出しボトル 1L 耐熱ガラス メッシュフィルター付き',
        'nl': 'Kestrel Lane Cold brew-fles 1 L, borosilicaatglas met fijn filter',
        'pl': 'Kestrel Lane Butelka do cold brew 1 l, szkło borokrzemowe',
        'sv': 'Kestrel Lane Cold brew-flaska 1 L i borosilikatglas med finmaskigt filter',
    }),
    'kettle': ('B0DGK08EKT', 'KL-GK-08', {
        'en': 'Kestrel Lane Electric Gooseneck Kettle 0.8 L, Temperature Control, Matte Black',
        'de': 'Kestrel Lane Elektrischer Schwanenhals-Wasserkocher 0,8 L mit Temperaturwahl',
        'fr': 'Kestrel Lane Bouilloire col de cygne électrique 0,8 L, température réglable',
        'es': 'Kestrel Lane Hervidor eléctrico cuello de cisne 0,8 L con control de temperatura',
        'it': 'Kestrel Lane Bollitore elettrico a collo di cigno 0,8 L con controllo temperatura',
        'ja': 'Kestrel Lane 電気ケトル グースネック 0.8L 温度調節機能付き マットブラック',
        'nl': 'Kestrel Lane Elektrische zwanenhalswaterkoker 0,8 L met temperatuurregeling',
        'pl': 'Kestrel Lane Czajnik elektryczny z wylewką gęsia szyja 0,8 l',
        'sv': 'Kestrel Lane Elektrisk vattenkokare med svanhals 0,8 L',
    }),
    'matcha': ('B0CMW3SETZ', 'KL-MATCHA-3', {
        'en': 'Kestrel Lane Matcha Set: Bamboo Whisk (Chasen), Scoop and Ceramic Bowl',
        'de': 'Kestrel Lane Matcha-Set: Bambusbesen (Chasen), Löffel und Keramikschale',
        'fr': 'Kestrel Lane Set matcha : fouet en bambou (chasen), cuillère et bol en céramique',
        'es': 'Kestrel Lane Set de matcha: batidor de bambú (chasen), cuchara y cuenco de cerámica',
        'it': 'Kestrel Lane Set matcha: frusta in bambù (chasen), cucchiaino e ciotola in ceramica',
        'ja': 'Kestrel Lane 抹茶セット 茶筅・茶杓・茶碗',
        'nl': 'Kestrel Lane Matchaset: bamboe klopper (chasen), schepje en keramische kom',
        'pl': 'Kestrel Lane Zestaw do matchy: bambusowa miotełka, łyżeczka i miseczka',
        'sv': 'Kestrel Lane Matchaset: bambuvisp (chasen), mått och keramikskål',
    }),
    'tins': ('B0BTN3TINS', 'KL-TIN-3', {
        'en': 'Kestrel Lane Airtight Stainless Steel Tea Tins, Set of 3',
        'de': 'Kestrel Lane Luftdichte Teedosen aus Edelstahl, 3er-Set',
        'fr': 'Kestrel Lane Boîtes à thé hermétiques en inox, lot de 3',
        'es': 'Kestrel Lane Latas herméticas para té de acero inoxidable, juego de 3',
        'it': 'Kestrel Lane Barattoli ermetici per tè in acciaio inox, set da 3',
        'ja': 'Kestrel Lane ステンレス製 密閉茶筒 3個セット',
        'nl': 'Kestrel Lane Luchtdichte RVS theeblikken, set van 3',
        'pl': 'Kestrel Lane Hermetyczne puszki na herbatę ze stali, 3 szt.',
        'sv': 'Kestrel Lane Lufttäta teburkar i rostfritt stål, 3-pack',
    }),
}

# wrapper labels, one dict per wrapper language
WL = {
    'en': dict(
        order='Order ID', item='Item', qty='Quantity', pname='Product Name', msg='Message:',
        view='View message', resolve='Resolve case', report='Report suspicious activity',
        attach='Attachment', helpful='Was this email helpful? Yes | No',
        service='This service is provided by Amazon to help you communicate with your customers. '
                'Amazon keeps copies of the messages you send and receive through Buyer-Seller Messaging.',
        replyhint='Reply to this e-mail to respond to the buyer. Replies are relayed through Amazon.',
        copyright='© {y} {site} or its affiliates. All rights reserved.',
        begin='Begin message', end='End message', oldorder='Order ID {oid}:', oldqty='{q} of',
        oldfooter='For your information: to help arbitrate disputes and preserve trust and safety, '
                  'we retain all messages buyers and sellers send through {site} for two years. '
                  'This includes your response to the message above.',
        oldreport='If you believe this message is suspicious, please report it here:',
        nrn='To mark this message as no response needed, click here:',
        subj='Inquiry from Amazon customer {n} (Order: {o})',
        subj_msg='Message from Amazon customer {n} (Order: {o})',
        subj_topic='{t} inquiry from Amazon customer {n} (Order: {o})',
        subj_presale='Product details inquiry from Amazon customer {n}',
        subj_cs='Amazon Customer Service contact regarding order {o}',
        topics={'shipping': 'Shipping', 'ship_faster': 'Ship faster', 'delivery': 'Order delivery',
                'return_policy': 'Return policy', 'product': 'Product details', 'refund': 'Refund',
                'damaged': 'Damaged or defective item'},
        buyer_sent='The buyer has sent you the following message:',
    ),
    'de': dict(
        order='Bestellnummer', item='Artikel', qty='Menge', pname='Produktname', msg='Nachricht:',
        view='Nachricht anzeigen', resolve='Anliegen bearbeiten', report='Verdächtige Aktivität melden',
        attach='Anhang', helpful='War diese E-Mail hilfreich? Ja | Nein',
        service='Dieser Service wird von Amazon bereitgestellt, damit Sie mit Ihren Kunden kommunizieren können. '
                'Amazon speichert Kopien aller Nachrichten, die über den Käufer-Verkäufer-Nachrichtenservice gesendet werden.',
        replyhint='Antworten Sie auf diese E-Mail, um dem Käufer zu antworten.',
        copyright='© {y} {site} oder Tochtergesellschaften. Alle Rechte vorbehalten.',
        begin='Nachricht beginnt', end='Nachricht endet', oldorder='Bestellnummer {oid}:', oldqty='{q} von',
        oldfooter='Zu Ihrer Information: Um Streitigkeiten zu klären und Vertrauen und Sicherheit zu wahren, '
                  'speichern wir alle Nachrichten zwischen Käufern und Verkäufern auf {site} zwei Jahre lang.',
        oldreport='Wenn Ihnen diese Nachricht verdächtig vorkommt, melden Sie sie bitte hier:',
        nrn='Um diese Nachricht als "Keine Antwort erforderlich" zu markieren, klicken Sie hier:',
        subj='Anfrage von Amazon-Kunde {n} (Bestellung: {o})',
        subj_msg='Nachricht von Amazon-Kunde {n} (Bestellung: {o})',
        subj_topic='{t} - Anfrage von Amazon-Kunde {n} (Bestellung: {o})',
        subj_presale='Frage zu Produktdetails von Amazon-Kunde {n}',
        subj_cs='Kontaktaufnahme durch den Amazon Kundenservice zu Bestellung {o}',
        topics={'shipping': 'Versand', 'delivery': 'Lieferung', 'return_policy': 'Rückgabe',
                'product': 'Produktdetails', 'refund': 'Erstattung', 'damaged': 'Beschädigter Artikel'},
        buyer_sent='Der Käufer hat Ihnen folgende Nachricht gesendet:',
    ),
    'fr': dict(
        order='N° de commande', item='Article', qty='Quantité', pname='Nom du produit', msg='Message :',
        view='Afficher le message', resolve='Résoudre la demande', report='Signaler une activité suspecte',
        attach='Pièce jointe', helpful='Cet e-mail vous a-t-il été utile ? Oui | Non',
        service='Ce service est fourni par Amazon pour vous aider à communiquer avec vos clients. '
                'Amazon conserve une copie des messages échangés via la messagerie acheteur-vendeur.',
        replyhint="Répondez à cet e-mail pour répondre à l'acheteur.",
        copyright='© {y} {site} ou ses filiales. Tous droits réservés.',
        begin='Début du message', end='Fin du message', oldorder='N° de commande {oid} :', oldqty='{q} x',
        oldfooter="Pour information : afin d'arbitrer les litiges et de préserver la confiance, nous conservons "
                  "pendant deux ans tous les messages échangés entre acheteurs et vendeurs sur {site}.",
        oldreport='Si ce message vous semble suspect, signalez-le ici :',
        nrn='Pour indiquer que ce message ne nécessite pas de réponse, cliquez ici :',
        subj='Demande de renseignements de la part du client Amazon {n} (Commande : {o})',
        subj_msg='Message du client Amazon {n} (Commande : {o})',
        subj_topic='{t} : demande du client Amazon {n} (Commande : {o})',
        subj_presale='Question sur les détails du produit de la part du client Amazon {n}',
        subj_cs='Contact du Service client Amazon concernant la commande {o}',
        topics={'shipping': 'Expédition', 'delivery': 'Livraison de la commande', 'return_policy': 'Politique de retour',
                'product': 'Détails du produit', 'refund': 'Remboursement'},
        buyer_sent="L'acheteur vous a envoyé le message suivant :",
    ),
    'es': dict(
        order='N.º de pedido', item='Artículo', qty='Cantidad', pname='Nombre del producto', msg='Mensaje:',
        view='Ver mensaje', resolve='Resolver caso', report='Notificar actividad sospechosa',
        attach='Archivo adjunto', helpful='¿Te ha resultado útil este correo? Sí | No',
        service='Amazon ofrece este servicio para ayudarte a comunicarte con tus clientes. '
                'Amazon conserva copias de los mensajes enviados mediante el servicio de mensajería entre compradores y vendedores.',
        replyhint='Responde a este correo electrónico para contestar al comprador.',
        copyright='© {y} {site} o sus filiales. Todos los derechos reservados.',
        begin='Inicio del mensaje', end='Fin del mensaje', oldorder='N.º de pedido {oid}:', oldqty='{q} de',
        oldfooter='Para tu información: con el fin de resolver disputas y preservar la confianza, conservamos '
                  'durante dos años todos los mensajes entre compradores y vendedores de {site}.',
        oldreport='Si crees que este mensaje es sospechoso, notifícalo aquí:',
        nrn='Para marcar este mensaje como "No requiere respuesta", haz clic aquí:',
        subj='Consulta del cliente de Amazon {n} (Pedido: {o})',
        subj_msg='Mensaje del cliente de Amazon {n} (Pedido: {o})',
        subj_topic='Consulta sobre {t} del cliente de Amazon {n} (Pedido: {o})',
        subj_presale='Consulta sobre detalles del producto del cliente de Amazon {n}',
        subj_cs='Contacto de Atención al Cliente de Amazon sobre el pedido {o}',
        topics={'shipping': 'envío', 'delivery': 'entrega del pedido', 'return_policy': 'devoluciones',
                'product': 'detalles del producto', 'refund': 'reembolso'},
        buyer_sent='El comprador te ha enviado el siguiente mensaje:',
    ),
    'it': dict(
        order='Numero ordine', item='Articolo', qty='Quantità', pname='Nome prodotto', msg='Messaggio:',
        view='Visualizza messaggio', resolve='Risolvi la richiesta', report='Segnala attività sospetta',
        attach='Allegato', helpful='Questa e-mail ti è stata utile? Sì | No',
        service='Questo servizio è fornito da Amazon per aiutarti a comunicare con i tuoi clienti. '
                'Amazon conserva una copia dei messaggi inviati tramite il servizio di messaggistica acquirente-venditore.',
        replyhint="Rispondi a questa e-mail per rispondere all'acquirente.",
        copyright='© {y} {site} o società affiliate. Tutti i diritti riservati.',
        begin='Inizio messaggio', end='Fine messaggio', oldorder='Numero ordine {oid}:', oldqty='{q} di',
        oldfooter='Per tua informazione: per risolvere eventuali controversie e tutelare la fiducia, conserviamo '
                  'per due anni tutti i messaggi tra acquirenti e venditori su {site}.',
        oldreport='Se ritieni che questo messaggio sia sospetto, segnalalo qui:',
        nrn='Per contrassegnare questo messaggio come "Nessuna risposta necessaria", fai clic qui:',
        subj='Richiesta dal cliente Amazon {n} (Ordine: {o})',
        subj_msg='Messaggio dal cliente Amazon {n} (Ordine: {o})',
        subj_topic='Richiesta su {t} dal cliente Amazon {n} (Ordine: {o})',
        subj_presale='Domanda sui dettagli del prodotto dal cliente Amazon {n}',
        subj_cs='Contatto del Servizio clienti Amazon per l\'ordine {o}',
        topics={'shipping': 'spedizione', 'delivery': 'consegna', 'return_policy': 'resi',
                'product': 'dettagli prodotto', 'refund': 'rimborso'},
        buyer_sent="L'acquirente ti ha inviato il seguente messaggio:",
    ),
    'ja': dict(
        order='注文番号', item='商品', qty='数量', pname='商品名', msg='メッセージ:',
        view='メッセージを表示', resolve='問題を解決する', report='不審なメッセージを報告',
        attach='添付ファイル', helpful='このメールは役に立ちましたか？ はい | いいえ',
        service='このサービスは、出品者様がお客様と連絡を取るためにAmazonが提供しています。'
                'Amazonは購入者と出品者間のメッセージのコピーを保存します。',
        replyhint='このメールに返信すると、購入者にメッセージが送信されます。',
        copyright='Copyright {y} {site} or its affiliates. All rights reserved.',
        begin='メッセージ開始', end='メッセージ終了', oldorder='注文番号 {oid}:', oldqty='{q}点:',
        oldfooter='ご参考: 紛争の解決と安全性の維持のため、{site}を通じて購入者と出品者の間で送信された'
                  'すべてのメッセージを2年間保存しています。',
        oldreport='このメッセージが不審な場合は、こちらから報告してください:',
        nrn='このメッセージを「返信不要」にするには、こちらをクリックしてください:',
        subj='Amazonのお客様（{n}様）からのお問い合わせ（注文番号: {o}）',
        subj_msg='Amazonのお客様 {n} からのメッセージ (注文番号: {o})',
        subj_topic='{t}に関するお問い合わせ: Amazonのお客様 {n} (注文番号: {o})',
        subj_presale='商品詳細に関するお問い合わせ（Amazonのお客様 {n}様）',
        subj_cs='Amazonカスタマーサービスからのご連絡（注文番号: {o}）',
        topics={'shipping': '配送', 'delivery': 'お届け', 'return_policy': '返品', 'product': '商品詳細', 'refund': '返金'},
        buyer_sent='購入者から次のメッセージが届いています:',
    ),
    'nl': dict(
        order='Bestelnummer', item='Artikel', qty='Aantal', pname='Productnaam', msg='Bericht:',
        view='Bericht weergeven', resolve='Verzoek afhandelen', report='Verdachte activiteit melden',
        attach='Bijlage', helpful='Was deze e-mail nuttig? Ja | Nee',
        service='Deze service wordt door Amazon aangeboden om u te helpen met uw klanten te communiceren. '
                'Amazon bewaart kopieën van berichten tussen kopers en verkopers.',
        replyhint='Beantwoord deze e-mail om de koper te antwoorden.',
        copyright='© {y} {site} of gelieerde ondernemingen. Alle rechten voorbehouden.',
        begin='Begin bericht', end='Einde bericht', oldorder='Bestelnummer {oid}:', oldqty='{q} van',
        oldfooter='Ter informatie: om geschillen te beslechten bewaren wij alle berichten tussen kopers en verkopers op {site} twee jaar lang.',
        oldreport='Als u dit bericht verdacht vindt, meld het dan hier:',
        nrn='Klik hier om dit bericht te markeren als "Geen antwoord nodig":',
        subj='Vraag van Amazon-klant {n} (Bestelling: {o})',
        subj_msg='Bericht van Amazon-klant {n} (Bestelling: {o})',
        subj_topic='Vraag over {t} van Amazon-klant {n} (Bestelling: {o})',
        subj_presale='Vraag over productdetails van Amazon-klant {n}',
        subj_cs='Contact van de klantenservice van Amazon over bestelling {o}',
        topics={'shipping': 'verzending', 'delivery': 'levering'},
        buyer_sent='De koper heeft u het volgende bericht gestuurd:',
    ),
    'pl': dict(
        order='Numer zamówienia', item='Produkt', qty='Ilość', pname='Nazwa produktu', msg='Wiadomość:',
        view='Wyświetl wiadomość', resolve='Rozwiąż sprawę', report='Zgłoś podejrzaną aktywność',
        attach='Załącznik', helpful='Czy ten e-mail był pomocny? Tak | Nie',
        service='Ta usługa jest świadczona przez Amazon, aby ułatwić Ci komunikację z klientami. '
                'Amazon przechowuje kopie wiadomości wymienianych między kupującymi a sprzedawcami.',
        replyhint='Odpowiedz na tego e-maila, aby odpowiedzieć kupującemu.',
        copyright='© {y} {site} lub podmioty powiązane. Wszelkie prawa zastrzeżone.',
        begin='Początek wiadomości', end='Koniec wiadomości', oldorder='Numer zamówienia {oid}:', oldqty='{q} z',
        oldfooter='Dla informacji: w celu rozstrzygania sporów przechowujemy przez dwa lata wszystkie wiadomości między kupującymi i sprzedawcami w {site}.',
        oldreport='Jeśli uważasz, że ta wiadomość jest podejrzana, zgłoś ją tutaj:',
        nrn='Aby oznaczyć tę wiadomość jako niewymagającą odpowiedzi, kliknij tutaj:',
        subj='Zapytanie od klienta Amazon {n} (Zamówienie: {o})',
        subj_msg='Wiadomość od klienta Amazon {n} (Zamówienie: {o})',
        subj_topic='Zapytanie dotyczące: {t} od klienta Amazon {n} (Zamówienie: {o})',
        subj_presale='Pytanie o szczegóły produktu od klienta Amazon {n}',
        subj_cs='Kontakt Obsługi Klienta Amazon w sprawie zamówienia {o}',
        topics={'shipping': 'wysyłka', 'delivery': 'dostawa'},
        buyer_sent='Kupujący wysłał Ci następującą wiadomość:',
    ),
    'sv': dict(
        order='Ordernummer', item='Artikel', qty='Antal', pname='Produktnamn', msg='Meddelande:',
        view='Visa meddelande', resolve='Lös ärendet', report='Rapportera misstänkt aktivitet',
        attach='Bilaga', helpful='Var detta e-postmeddelande till hjälp? Ja | Nej',
        service='Den här tjänsten tillhandahålls av Amazon för att hjälpa dig att kommunicera med dina kunder. '
                'Amazon sparar kopior av meddelanden mellan köpare och säljare.',
        replyhint='Svara på det här e-postmeddelandet för att svara köparen.',
        copyright='© {y} {site} eller dess närstående bolag. Med ensamrätt.',
        begin='Meddelandet börjar', end='Meddelandet slutar', oldorder='Ordernummer {oid}:', oldqty='{q} av',
        oldfooter='För kännedom: för att kunna lösa tvister sparar vi alla meddelanden mellan köpare och säljare på {site} i två år.',
        oldreport='Om du tycker att meddelandet verkar misstänkt kan du rapportera det här:',
        nrn='Klicka här för att markera meddelandet som "Inget svar behövs":',
        subj='Förfrågan från Amazon-kund {n} (Beställning: {o})',
        subj_msg='Meddelande från Amazon-kund {n} (Beställning: {o})',
        subj_topic='Förfrågan om {t} från Amazon-kund {n} (Beställning: {o})',
        subj_presale='Fråga om produktinformation från Amazon-kund {n}',
        subj_cs='Kontakt från Amazons kundtjänst angående order {o}',
        topics={'shipping': 'leverans'},
        buyer_sent='Köparen har skickat följande meddelande till dig:',
    ),
}

# Amazon customer-service relays written on a buyer's behalf (invented wording)
CS = {
    'en': ("Dear Amazon Seller,\n\n"
           "This is Amazon's customer service team. We are contacting you on behalf of a customer, {n}, "
           "about the order below.\n\n"
           "Order #: {o}\nASIN: {asin}\nItem: {title}\n\n"
           "Reason for contact: {reason}\n\n"
           "Details:\n{text}\n\n"
           "Please reply to the customer within 24 hours by responding to this e-mail. "
           "Your reply will be forwarded to the customer.\n\n"
           "Sincerely,\n{site} Customer Service"),
    'de': ("Sehr geehrter Verkäufer,\n\n"
           "hier ist der Kundenservice von Amazon. Wir kontaktieren Sie im Auftrag eines Kunden ({n}) "
           "zu folgender Bestellung.\n\n"
           "Bestellnr.: {o}\nASIN: {asin}\nArtikel: {title}\n\n"
           "Grund der Kontaktaufnahme: {reason}\n\n"
           "Angaben des Kunden:\n{text}\n\n"
           "Bitte antworten Sie dem Kunden innerhalb von 24 Stunden, indem Sie auf diese E-Mail antworten.\n\n"
           "Mit freundlichen Grüßen\nKundenservice von {site}"),
    'it': ("Gentile venditore,\n\n"
           "siamo il Servizio clienti di Amazon. Ti contattiamo per conto di un cliente ({n}) in merito al seguente ordine.\n\n"
           "Ordine #: {o}\nASIN: {asin}\nMotivo: {reason}\n\n"
           "Commenti del cliente:\n{text}\n\n"
           "Ti preghiamo di rispondere al cliente entro 24 ore rispondendo a questa e-mail.\n\n"
           "Cordiali saluti,\nServizio clienti {site}"),
    'ja': ("出品者様\n\n"
           "Amazonカスタマーサービスです。お客様（{n}様）に代わり、下記のご注文についてご連絡いたします。\n\n"
           "注文番号: {o}\nASIN: {asin}\n商品: {title}\n\n"
           "お問い合わせ内容: {reason}\n\n"
           "詳細:\n{text}\n\n"
           "24時間以内にこのメールに返信し、お客様へご対応いただきますようお願いいたします。\n\n"
           "{site} カスタマーサービス"),
    'fr': ("Cher vendeur Amazon,\n\n"
           "Ici le service client d'Amazon. Nous vous contactons au nom d'un client ({n}) au sujet de la commande ci-dessous.\n\n"
           "Commande n° : {o}\nASIN : {asin}\nArticle : {title}\n\n"
           "Motif du contact : {reason}\n\n"
           "Précisions :\n{text}\n\n"
           "Merci de répondre au client sous 24 heures en répondant à cet e-mail.\n\n"
           "Cordialement,\nLe service client {site}"),
}

# how a buyer's mail client introduces the quoted seller message (by buyer language)
QUOTE_INTRO = {
    'en': 'On {d}, {who} wrote:',
    'de': 'Am {d} schrieb {who}:',
    'fr': 'Le {d}, {who} a écrit :',
    'es': 'El {d}, {who} escribió:',
    'it': 'Il giorno {d} {who} ha scritto:',
    'ja': '{d} {who}:',
    'zh': '在 {d}，{who} 写道：',
    'nl': 'Op {d} schreef {who}:',
    'pl': '{d} {who} napisał(a):',
    'pt': 'Em {d}, {who} escreveu:',
    'sv': 'Den {d} skrev {who}:',
    'tr': '{d} tarihinde {who} şunu yazdı:',
}
ORIG_HDR = {
    'en': ('-----Original Message-----', 'From', 'Sent', 'Subject'),
    'de': ('-----Ursprüngliche Nachricht-----', 'Von', 'Gesendet', 'Betreff'),
    'fr': ('-----Message d\'origine-----', 'De', 'Envoyé', 'Objet'),
    'es': ('-----Mensaje original-----', 'De', 'Enviado', 'Asunto'),
    'it': ('-----Messaggio originale-----', 'Da', 'Inviato', 'Oggetto'),
}
