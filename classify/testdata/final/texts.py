# -*- coding: utf-8 -*-
"""Texts for the Brackenridge Trail Co. triage corpus (read by gen.py).

Everything here is invented: the seller, buyers, addresses, order ids (made by
gen.py from hashes), ASINs, SKUs, tracking numbers and every non-Amazon domain
(all *.example). Placeholders in <<...>> are filled in by gen.py:
  <<o1>> <<o2>>  order ids of the message      <<name>>  buyer name
  <<title>> <<asin>> <<sku>>  first product (title in the wrapper language)
  <<d0>>  message date (YYYY-MM-DD)  <<d-N>>  N days before it
  <<seller>>  seller name              <<trk>>  a tracking number
"""

SELLER = 'Brackenridge Trail Co.'
SUPPORT = 'support@brackenridge-trail.example'
SUPPORT_NAME = 'Brackenridge Trail Co. Support'
OUR_MX = 'mx.brackenridge-trail.example'

# ---------------------------------------------------------------- products
PRODUCTS = {
    'poles': dict(asin='B0C7TRK4PL', sku='BT-TP-CARB-135',
        en='Brackenridge Carbon Trekking Poles, 1 Pair, Adjustable 110-135 cm, Cork Grip',
        de='Brackenridge Carbon Trekkingstöcke, 1 Paar, verstellbar 110-135 cm, Korkgriff',
        fr='Brackenridge Bâtons de randonnée en carbone, 1 paire, réglables 110-135 cm, poignée liège',
        it='Brackenridge Bastoncini da trekking in carbonio, 1 paio, regolabili 110-135 cm, impugnatura in sughero',
        es='Brackenridge Bastones de trekking de carbono, 1 par, ajustables 110-135 cm, empuñadura de corcho',
        ja='Brackenridge カーボン トレッキングポール 2本セット 110-135cm 調節可能 コルクグリップ'),
    'pot': dict(asin='B0B9TIPOT7', sku='BT-CK-TI750',
        en='Brackenridge Titanium Cook Pot 750 ml with Lid and Folding Handles',
        de='Brackenridge Titan-Kochtopf 750 ml mit Deckel und Klappgriffen',
        fr='Brackenridge Popote en titane 750 ml avec couvercle et poignées pliables',
        it='Brackenridge Pentola in titanio 750 ml con coperchio e manici pieghevoli',
        es='Brackenridge Olla de titanio 750 ml con tapa y asas plegables',
        ja='Brackenridge チタンクッカー 750ml 蓋付き 折りたたみハンドル'),
    'headlamp': dict(asin='B0D2HLMP45', sku='BT-HL-450R',
        en='Brackenridge Rechargeable LED Headlamp 450 Lumens, IPX6, Red Light Mode',
        de='Brackenridge LED Stirnlampe wiederaufladbar 450 Lumen, IPX6, Rotlichtmodus',
        fr='Brackenridge Lampe frontale LED rechargeable 450 lumens, IPX6, mode lumière rouge',
        it='Brackenridge Torcia frontale LED ricaricabile 450 lumen, IPX6, modalità luce rossa',
        es='Brackenridge Linterna frontal LED recargable 450 lúmenes, IPX6, modo luz roja',
        ja='Brackenridge LEDヘッドライト 充電式 450ルーメン IPX6 赤色ライト搭載'),
    'bladder': dict(asin='B0CHYD2L0B', sku='BT-HY-2L',
        en='Brackenridge Hydration Bladder 2 L, BPA-Free, Leak-Proof, Quick-Release Hose',
        de='Brackenridge Trinkblase 2 L, BPA-frei, auslaufsicher, Schnellkupplung',
        fr='Brackenridge Poche à eau 2 L, sans BPA, étanche, tuyau à déconnexion rapide',
        it='Brackenridge Sacca idrica 2 L, senza BPA, a prova di perdite, tubo a sgancio rapido',
        es='Brackenridge Bolsa de hidratación 2 L, sin BPA, antifugas, tubo de desconexión rápida',
        ja='Brackenridge ハイドレーションパック 2L BPAフリー 漏れ防止 クイックリリースホース'),
    'stove': dict(asin='B0A5STV88G', sku='BT-ST-MINI88',
        en='Brackenridge Mini Backpacking Stove with Piezo Ignition, 88 g',
        de='Brackenridge Mini-Gaskocher mit Piezozündung, 88 g',
        fr='Brackenridge Mini réchaud de randonnée avec allumage piézo, 88 g',
        it='Brackenridge Mini fornello da escursionismo con accensione piezo, 88 g',
        es='Brackenridge Mini hornillo de senderismo con encendido piezoeléctrico, 88 g',
        ja='Brackenridge ミニ シングルバーナー 圧電点火 88g'),
    'bottle': dict(asin='B0BTL1LGB3', sku='BT-BO-1L-GLB',
        en='Brackenridge Insulated Steel Bottle 1 L, Keeps Cold 24 h, Glacier Blue',
        de='Brackenridge Isolierflasche Edelstahl 1 L, 24 h kalt, Gletscherblau',
        fr='Brackenridge Bouteille isotherme en acier 1 L, garde le froid 24 h, bleu glacier',
        it='Brackenridge Borraccia termica in acciaio 1 L, fredda per 24 h, blu ghiacciaio',
        es='Brackenridge Botella térmica de acero 1 L, frío 24 h, azul glaciar',
        ja='Brackenridge 真空断熱ボトル 1L 保冷24時間 グレイシャーブルー'),
    'socks': dict(asin='B09SOCKM3X', sku='BT-SO-MER-M',
        en='Brackenridge Merino Hiking Socks, 3 Pairs, Size M (EU 39-42)',
        de='Brackenridge Merino Wandersocken, 3 Paar, Größe M (39-42)',
        fr='Brackenridge Chaussettes de randonnée mérinos, 3 paires, taille M (39-42)',
        it='Brackenridge Calze da trekking in merino, 3 paia, taglia M (39-42)',
        es='Brackenridge Calcetines de senderismo de merino, 3 pares, talla M (39-42)',
        ja='Brackenridge メリノウール トレッキングソックス 3足組 Mサイズ (23-25cm)'),
    'jacket': dict(asin='B0RJKTOLVL', sku='BT-RJ-M-OLV-L',
        en="Brackenridge Men's Packable Rain Jacket, 10K Waterproof, Olive, L",
        de='Brackenridge Herren Regenjacke verstaubar, 10.000 mm wasserdicht, Oliv, L',
        fr='Brackenridge Veste de pluie compressible homme, imperméable 10K, olive, L',
        it='Brackenridge Giacca antipioggia uomo ripiegabile, impermeabile 10K, oliva, L',
        es='Brackenridge Chaqueta impermeable plegable hombre, 10K, oliva, L',
        ja='Brackenridge メンズ パッカブル レインジャケット 耐水圧10,000mm オリーブ Lサイズ'),
    'pad': dict(asin='B0SLPAD42R', sku='BT-SP-UL42',
        en='Brackenridge Ultralight Inflatable Sleeping Pad, R-Value 4.2, with Pump Sack',
        de='Brackenridge Ultraleichte aufblasbare Isomatte, R-Wert 4,2, mit Pumpsack',
        fr='Brackenridge Matelas gonflable ultraléger, valeur R 4,2, avec sac de gonflage',
        it='Brackenridge Materassino gonfiabile ultraleggero, valore R 4,2, con sacca pompa',
        es='Brackenridge Esterilla hinchable ultraligera, valor R 4,2, con bolsa de inflado',
        ja='Brackenridge 超軽量 エアマット R値4.2 ポンプサック付き'),
    'chair': dict(asin='B0CHR900GK', sku='BT-CH-900',
        en='Brackenridge Folding Camp Chair, 900 g, Holds 120 kg, with Carry Bag',
        de='Brackenridge Faltbarer Campingstuhl, 900 g, bis 120 kg belastbar, mit Tasche',
        fr='Brackenridge Chaise de camping pliante, 900 g, charge 120 kg, avec housse',
        it='Brackenridge Sedia da campeggio pieghevole, 900 g, portata 120 kg, con sacca',
        es='Brackenridge Silla de camping plegable, 900 g, soporta 120 kg, con bolsa',
        ja='Brackenridge 折りたたみ キャンプチェア 900g 耐荷重120kg 収納袋付き'),
    'gaiters': dict(asin='B0GTRBLK01', sku='BT-GA-BLK',
        en='Brackenridge Waterproof Trail Gaiters, One Size, Black',
        de='Brackenridge Wasserdichte Gamaschen, Einheitsgröße, Schwarz',
        fr='Brackenridge Guêtres de randonnée imperméables, taille unique, noir',
        it='Brackenridge Ghette impermeabili da trekking, taglia unica, nero',
        es='Brackenridge Polainas impermeables de trekking, talla única, negro',
        ja='Brackenridge 防水 トレイルゲイター フリーサイズ ブラック'),
    'filter': dict(asin='B0WFLT01MC', sku='BT-WF-SQ01',
        en='Brackenridge Squeeze Water Filter 0.1 Micron with 2 Pouches',
        de='Brackenridge Wasserfilter 0,1 Mikron mit 2 Beuteln',
        fr='Brackenridge Filtre à eau 0,1 micron avec 2 poches',
        it='Brackenridge Filtro per acqua 0,1 micron con 2 sacche',
        es='Brackenridge Filtro de agua 0,1 micras con 2 bolsas',
        ja='Brackenridge 携帯浄水器 0.1ミクロン パウチ2個付き'),
    'lantern': dict(asin='B0LNTRN3CM', sku='BT-LN-USBC',
        en='Brackenridge Collapsible Camp Lantern, USB-C Rechargeable, 3 Colour Modes',
        de='Brackenridge Faltbare Campinglaterne, USB-C aufladbar, 3 Lichtfarben',
        fr='Brackenridge Lanterne de camping pliable, rechargeable USB-C, 3 couleurs',
        it='Brackenridge Lanterna da campeggio pieghevole, ricaricabile USB-C, 3 colori',
        es='Brackenridge Farol de camping plegable, recargable USB-C, 3 modos de color',
        ja='Brackenridge 折りたたみ式 LEDランタン USB-C充電 3色切替'),
}

# ---------------------------------------------------------------- marketplaces
# wl = language of Amazon's wrapper on that marketplace
MARKETPLACES = {
    'com':   dict(tld='com',    wl='en', region='us-east-1'),
    'ca':    dict(tld='ca',     wl='en', region='us-east-1'),
    'ca_fr': dict(tld='ca',     wl='fr', region='us-east-1'),
    'mx':    dict(tld='com.mx', wl='es', region='us-east-1'),
    'uk':    dict(tld='co.uk',  wl='en', region='eu-west-1'),
    'au':    dict(tld='com.au', wl='en', region='ap-southeast-2'),
    'de':    dict(tld='de',     wl='de', region='eu-west-1'),
    'fr':    dict(tld='fr',     wl='fr', region='eu-west-1'),
    'be':    dict(tld='com.be', wl='fr', region='eu-west-1'),
    'be_nl': dict(tld='com.be', wl='nl', region='eu-west-1'),
    'it':    dict(tld='it',     wl='it', region='eu-west-1'),
    'es':    dict(tld='es',     wl='es', region='eu-west-1'),
    'nl':    dict(tld='nl',     wl='nl', region='eu-west-1'),
    'se':    dict(tld='se',     wl='sv', region='eu-west-1'),
    'pl':    dict(tld='pl',     wl='pl', region='eu-west-1'),
    'tr':    dict(tld='com.tr', wl='tr', region='eu-west-1'),
    'jp':    dict(tld='co.jp',  wl='ja', region='ap-northeast-1'),
}

# ---------------------------------------------------------------- wrapper labels
L10N = {
    'en': dict(order='Order ID', qty='Quantity', item='Item', prod='Product Name', msg='Message:',
        view='View message', resolve='Resolve case', report='Report suspicious activity',
        service='This service is provided by Amazon to keep the e-mail addresses of buyers and sellers private. Amazon keeps copies of these messages to help resolve disputes.',
        helpful='Was this e-mail helpful?',
        reply='To reply, answer this e-mail or use Buyer-Seller Messages in Seller Central.',
        copy='© <<year>> Amazon.com, Inc. or its affiliates. All rights reserved.',
        wrote='On <<qd>>, <<seller>> wrote:', orig='-----Original Message-----', re='RE: ',
        inq='Inquiry from Amazon customer <<name>> (Order: <<o1>>)',
        msgsubj='Message from Amazon customer <<name>> (Order: <<o1>>)'),
    'de': dict(order='Bestellnummer', qty='Menge', item='Artikel', prod='Produktname', msg='Nachricht:',
        view='Nachricht anzeigen', resolve='Fall lösen', report='Verdächtige Aktivität melden',
        service='Dieser Service wird von Amazon bereitgestellt, um die E-Mail-Adressen von Käufern und Verkäufern zu schützen. Amazon speichert Kopien dieser Nachrichten, um bei Streitfällen helfen zu können.',
        helpful='War diese E-Mail hilfreich?',
        reply='Antworten Sie auf diese E-Mail oder verwenden Sie die Käufer-Verkäufer-Nachrichten in Seller Central.',
        copy='© <<year>> Amazon.com, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.',
        wrote='Am <<qd>> schrieb <<seller>>:', orig='-----Ursprüngliche Nachricht-----', re='AW: ',
        inq='Anfrage von Amazon-Kunde <<name>> (Bestellung: <<o1>>)',
        msgsubj='Nachricht von Amazon-Kunde <<name>> (Bestellung: <<o1>>)'),
    'fr': dict(order='Numéro de commande', qty='Quantité', item='Article', prod='Nom du produit', msg='Message :',
        view='Afficher le message', resolve='Résoudre le dossier', report='Signaler une activité suspecte',
        service="Ce service est fourni par Amazon afin de protéger l'adresse e-mail des acheteurs et des vendeurs. Amazon conserve une copie de ces messages pour aider à résoudre les litiges.",
        helpful='Cet e-mail vous a-t-il été utile ?',
        reply='Pour répondre, répondez à cet e-mail ou utilisez la messagerie acheteur-vendeur dans Seller Central.',
        copy='© <<year>> Amazon.com, Inc. ou ses filiales. Tous droits réservés.',
        wrote='Le <<qd>>, <<seller>> a écrit :', orig='-----Message d\'origine-----', re='RE : ',
        inq='Demande de renseignements de la part du client Amazon <<name>> (Commande : <<o1>>)',
        msgsubj='Message du client Amazon <<name>> (Commande : <<o1>>)'),
    'it': dict(order='Numero ordine', qty='Quantità', item='Articolo', prod='Nome prodotto', msg='Messaggio:',
        view='Visualizza messaggio', resolve='Risolvi il caso', report='Segnala attività sospetta',
        service='Questo servizio è fornito da Amazon per proteggere gli indirizzi e-mail di acquirenti e venditori. Amazon conserva una copia di questi messaggi per aiutare a risolvere eventuali controversie.',
        helpful='Questa e-mail ti è stata utile?',
        reply='Per rispondere, rispondi a questa e-mail o usa i messaggi acquirente-venditore in Seller Central.',
        copy='© <<year>> Amazon.com, Inc. o società affiliate. Tutti i diritti riservati.',
        wrote='Il giorno <<qd>> <<seller>> ha scritto:', orig='-----Messaggio originale-----', re='R: ',
        inq='Richiesta di informazioni dal cliente Amazon <<name>> (Ordine: <<o1>>)',
        msgsubj='Messaggio dal cliente Amazon <<name>> (Ordine: <<o1>>)'),
    'es': dict(order='Número de pedido', qty='Cantidad', item='Artículo', prod='Nombre del producto', msg='Mensaje:',
        view='Ver mensaje', resolve='Resolver caso', report='Informar de actividad sospechosa',
        service='Amazon ofrece este servicio para proteger las direcciones de correo electrónico de compradores y vendedores. Amazon guarda una copia de estos mensajes para ayudar a resolver disputas.',
        helpful='¿Te ha resultado útil este correo?',
        reply='Para responder, contesta a este correo o utiliza los mensajes entre compradores y vendedores de Seller Central.',
        copy='© <<year>> Amazon.com, Inc. o sus afiliados. Todos los derechos reservados.',
        wrote='El <<qd>>, <<seller>> escribió:', orig='-----Mensaje original-----', re='RE: ',
        inq='Consulta del cliente de Amazon <<name>> (Pedido: <<o1>>)',
        msgsubj='Mensaje del cliente de Amazon <<name>> (Pedido: <<o1>>)'),
    'ja': dict(order='注文番号', qty='数量', item='商品', prod='商品名', msg='メッセージ:',
        view='メッセージを表示', resolve='ケースを解決', report='不審なアクティビティを報告',
        service='このサービスは、購入者と出品者のメールアドレスを保護するためにAmazonが提供しています。Amazonは紛争解決のためにメッセージの写しを保管します。',
        helpful='このメールは役に立ちましたか？',
        reply='返信するには、このメールに返信するか、セラーセントラルの「購入者とのメッセージ」をご利用ください。',
        copy='(c) <<year>> Amazon.com, Inc. またはその関連会社',
        wrote='<<qd>> <<seller>> のメッセージ:', orig='-----元のメッセージ-----', re='Re: ',
        inq='Amazonのお客様 <<name>> からのお問い合わせ (注文番号: <<o1>>)',
        msgsubj='Amazonのお客様 <<name>> からのメッセージ (注文番号: <<o1>>)'),
    'nl': dict(order='Bestelnummer', qty='Aantal', item='Artikel', prod='Productnaam', msg='Bericht:',
        view='Bericht bekijken', resolve='Zaak oplossen', report='Verdachte activiteit melden',
        service='Deze service wordt door Amazon aangeboden om de e-mailadressen van kopers en verkopers te beschermen. Amazon bewaart kopieën van deze berichten om geschillen te helpen oplossen.',
        helpful='Was deze e-mail nuttig?',
        reply='Beantwoord deze e-mail of gebruik Koper-verkoper-berichten in Seller Central.',
        copy='© <<year>> Amazon.com, Inc. of gelieerde ondernemingen.',
        wrote='Op <<qd>> schreef <<seller>>:', orig='-----Oorspronkelijk bericht-----', re='RE: ',
        inq='Vraag van Amazon-klant <<name>> (Bestelling: <<o1>>)',
        msgsubj='Bericht van Amazon-klant <<name>> (Bestelling: <<o1>>)'),
    'pl': dict(order='Numer zamówienia', qty='Ilość', item='Produkt', prod='Nazwa produktu', msg='Wiadomość:',
        view='Wyświetl wiadomość', resolve='Rozwiąż sprawę', report='Zgłoś podejrzaną aktywność',
        service='Ta usługa jest świadczona przez Amazon w celu ochrony adresów e-mail kupujących i sprzedawców. Amazon przechowuje kopie tych wiadomości, aby pomóc w rozstrzyganiu sporów.',
        helpful='Czy ten e-mail był pomocny?',
        reply='Aby odpowiedzieć, odpowiedz na tego e-maila lub skorzystaj z wiadomości kupujący-sprzedawca w Seller Central.',
        copy='(c) <<year>> Amazon.com, Inc. lub podmioty powiązane.',
        wrote='W dniu <<qd>> <<seller>> napisał(a):', orig='-----Wiadomość oryginalna-----', re='Odp: ',
        inq='Zapytanie od klienta Amazon <<name>> (Zamówienie: <<o1>>)',
        msgsubj='Wiadomość od klienta Amazon <<name>> (Zamówienie: <<o1>>)'),
    'sv': dict(order='Ordernummer', qty='Antal', item='Artikel', prod='Produktnamn', msg='Meddelande:',
        view='Visa meddelande', resolve='Lös ärendet', report='Rapportera misstänkt aktivitet',
        service='Den här tjänsten tillhandahålls av Amazon för att skydda köpares och säljares e-postadresser. Amazon sparar kopior av meddelandena för att kunna lösa tvister.',
        helpful='Var det här e-postmeddelandet till hjälp?',
        reply='Svara på det här e-postmeddelandet eller använd köpar-säljarmeddelanden i Seller Central.',
        copy='© <<year>> Amazon.com, Inc. eller dess dotterbolag.',
        wrote='Den <<qd>> skrev <<seller>>:', orig='-----Ursprungligt meddelande-----', re='SV: ',
        inq='Fråga från Amazon-kunden <<name>> (Order: <<o1>>)',
        msgsubj='Meddelande från Amazon-kunden <<name>> (Order: <<o1>>)'),
    'tr': dict(order='Sipariş numarası', qty='Adet', item='Ürün', prod='Ürün adı', msg='Mesaj:',
        view='Mesajı görüntüle', resolve='Talebi çöz', report='Şüpheli etkinliği bildir',
        service='Bu hizmet, alıcıların ve satıcıların e-posta adreslerini korumak için Amazon tarafından sağlanır. Amazon, anlaşmazlıkların çözümüne yardımcı olmak için bu mesajların kopyalarını saklar.',
        helpful='Bu e-posta faydalı oldu mu?',
        reply="Yanıtlamak için bu e-postayı yanıtlayın veya Seller Central'daki alıcı-satıcı mesajlarını kullanın.",
        copy='© <<year>> Amazon.com, Inc. veya bağlı şirketleri.',
        wrote='<<qd>> tarihinde <<seller>> şunu yazdı:', orig='-----Orijinal Mesaj-----', re='YNT: ',
        inq='Amazon müşterisi <<name>> tarafından gönderilen soru (Sipariş: <<o1>>)',
        msgsubj='Amazon müşterisi <<name>> tarafından gönderilen mesaj (Sipariş: <<o1>>)'),
}

# Amazon customer-service relays written on a buyer's behalf
CS_RELAY = {
    'en': dict(greet='Dear Amazon Seller,',
        intro='This is Amazon Customer Service. We are contacting you on behalf of one of our customers about the order below.',
        order='Order #:', asin='ASIN:', reason='Reason for contact:', details='Details from the customer:',
        ask='Please reply to the customer within 24 hours by answering this e-mail. Your answer will reach the customer through Buyer-Seller Messaging.',
        sign='Kind regards,\nAmazon Customer Service'),
    'it': dict(greet='Gentile venditore,',
        intro="ti contattiamo dal Servizio clienti Amazon per conto di un cliente in merito all'ordine indicato di seguito.",
        order='Ordine #:', asin='ASIN:', reason='Motivo:', details='Dettagli forniti dal cliente:',
        ask='Ti chiediamo di rispondere al cliente entro 24 ore rispondendo a questa e-mail.',
        sign='Cordiali saluti,\nServizio clienti Amazon.it'),
}


def B(**kw):
    kw['kind'] = 'buyer'
    return kw


# ====================================================================
# Buyer messages relayed by Amazon
# ====================================================================
BUYERS = [
# ---------------------------------------------------------------- address_change
B(mp='com', name='Megan', lang='en', case='address_change', prod=['headlamp'], wrap='plain_table', cs='us-ascii', cte='7bit',
  text="""Hi, I just realized the order still has my old address on it. I moved last week! Could you please send it to:

Megan Kowalczyk
4417 Larkspur Ct, Apt 2B
Boise, ID 83709

Thank you so much,
Megan"""),
B(mp='uk', name='Dave', lang='en', case='address_change', prod=['socks'], wrap='alt', cs='utf-8', cte='quoted-printable',
  text="""wrong address pls change to 12 Haverley Road, Leeds LS6 3PQ. ta"""),
B(mp='com', name='Patricia', lang='en', case='address_change', prod=['pad'], wrap='legacy', cs='us-ascii', cte='7bit',
  text="""Hello there,

So this is a bit of a long story, sorry in advance. I ordered the sleeping pad as a surprise for my daughter, who is starting a semester-long outdoor leadership program in Colorado. I had it going to our house because I wanted to wrap it and give it to her before she left, but her departure got moved up a whole week (the program changed their orientation date, don't get me started) and now she will already be gone by the time it gets here. The program says packages can go straight to their field office.

Could you ship it there instead? The address they gave us is:

Attn: Chloe Brennan
Alpine Pathways Field Office
1820 County Road 7
Leadville, CO 80461

If this causes any trouble or extra cost please just tell me, I am happy to pay whatever it is. And if it's too late, I understand, I'll figure something out with her.

Thanks for reading all this!
Patricia"""),
B(mp='de', name='Jürgen', lang='de', case='address_change', prod=['poles'], wrap='plain', cs='ISO-8859-15', cte='quoted-printable',
  text="""Hallo,

ich habe beim Bestellen versehentlich meine alte Adresse angegeben. Könnten Sie das Paket bitte an folgende Adresse schicken?

Jürgen Albers
Lindenweg 14
79102 Freiburg im Breisgau

Vielen Dank und freundliche Grüße
Jürgen Albers"""),
B(mp='fr', name='Camille', lang='fr', case='address_change', prod=['chair'], wrap='html', cs='utf-8', cte='quoted-printable',
  text="""Bonjour,

Je déménage ce samedi et je ne serai plus à l'adresse indiquée dans la commande. Serait-il possible de modifier l'adresse de livraison ? Je peux vous envoyer la nouvelle adresse tout de suite.

Merci d'avance,
Camille"""),
B(mp='it', name='Francesca', lang='it', case='address_change', prod=['bottle'], wrap='plain', cs='ISO-8859-1', cte='8bit',
  text="""Buongiorno, ho sbagliato il numero civico nell'indirizzo: è via dei Platani 27, non 72. Potete correggerlo prima della spedizione? Grazie mille"""),
B(mp='es', name='Marta', lang='es', case='address_change', prod=['jacket'], wrap='blocks', cs='windows-1252', cte='quoted-printable',
  text="""Hola:

El pedido tiene la dirección de mi oficina y esta semana estoy de vacaciones. ¿Se podría enviar a mi casa? Calle del Almendro 9, 3.º B, 28045 Madrid.

Gracias y un saludo,
Marta"""),
B(mp='jp', name='佐藤', lang='ja', case='address_change', prod=['pot'], wrap='plain', cs='ISO-2022-JP', cte='7bit',
  text="""お世話になっております。
先ほど注文いたしました商品についてご相談です。
配送先を実家に変更していただくことは可能でしょうか。

新しい住所：
〒390-0811 長野県松本市中央4-5-8
佐藤 恵子

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。"""),
B(mp='com', name='Wang Lei', lang='zh', case='address_change', prod=['lantern'], wrap='alt', cs='UTF-8', cte='base64',
  text="""你好，我下单的时候地址写错了，正确的地址是：
2280 Maple Grove Dr, Unit 14, San Jose, CA 95131
收件人不变。麻烦帮我改一下，谢谢！"""),
B(mp='ca', name='Nadia', lang='en', case='address_change', prod=['headlamp'], wrap='plain_table', cs='utf-8', cte='8bit',
  text="""Hello, I am sorry for my english. The adress on the order is not complete, the appartment number is missing. It is 1150 rue Sainte-Catherine Est, app. 804, Montréal QC H2L 2G8. Please can you add it so the delivery man can find me? Thank you very much"""),
B(mp='com', name='Greg', lang='en', case='address_change', nh=True, prod=['chair'], wrap='deco', cs='us-ascii', cte='7bit',
  note='either-or: cancel or re-address; labelled address_change (the address is the substance), needs_human',
  text="""Either cancel this or ship it to my work address (300 Harbor Blvd, Suite 410, Long Beach, CA 90802), whichever is quicker for you. I'm away from home for three weeks starting tomorrow, so the current address won't work."""),
B(mp='nl', name='Sanne', lang='nl', case='address_change', prod=['filter'], wrap='plain', cs='ISO-8859-1', cte='quoted-printable',
  text="""Goedemiddag,

Ik ben vorige week verhuisd en zie nu dat de bestelling nog naar mijn oude adres gaat. Kunt u het pakket naar Kerkstraat 112, 3581 RE Utrecht sturen?

Met vriendelijke groet,
Sanne de Vries"""),
B(mp='uk', name='Oliver', lang='en', case='address_change', prod=['gaiters'], wrap='reply', cs='utf-8', cte='quoted-printable',
  quote=dict(style='gt', subj='Your new delivery address',
    text="""Dear Oliver,

Thank you for your message. So that we can help, could you please send us the complete new address including the postcode? Please note that if the order has already been dispatched we may not be able to change it.

Kind regards,
Brackenridge Trail Co."""),
  text="""Sorry for the slow reply, here it is:

Flat 3, 27 Mercer Street
Bristol BS2 8QT

Same name as on the order. Thanks!"""),
B(mp='es', name='João', lang='pt', case='address_change', prod=['poles'], wrap='plain', cs='ISO-8859-15', cte='quoted-printable',
  text="""Olá, enganei-me na morada ao fazer a encomenda. A morada correta é Rua das Flores 45, 2.º Esq., 4050-262 Porto, Portugal. É possível alterar antes do envio? Obrigado, João"""),
B(mp='com', name='Brandon', lang='en', case='address_change', prod=['bottle'], wrap='plain', cs='us-ascii', cte='7bit',
  text="""I NEED THIS SENT TO MY SISTERS HOUSE NOT MINE!!! 88 ELM ST, DULUTH MN 55803. PLEASE CONFIRM YOU GOT THIS"""),
B(mp='de', name='Emre', lang='tr', case='address_change', prod=['socks'], wrap='plain', cs='utf-8', cte='8bit',
  text="""Merhaba, siparişteki adres yanlış girilmiş. Doğru adres: Bahnhofstraße 61, 45127 Essen. Lütfen kargoya vermeden önce değiştirin. Teşekkürler, Emre"""),
B(mp='se', name='Elin', lang='sv', case='address_change', prod=['pad'], wrap='blocks', cs='ISO-8859-1', cte='quoted-printable',
  text="""Hej!

Jag har precis flyttat och glömde uppdatera adressen innan jag beställde. Nya adressen är Storgatan 8B, 903 26 Umeå. Går det att ändra innan ni skickar paketet?

Tack på förhand,
Elin"""),

# ---------------------------------------------------------------- cancel_order
B(mp='com', name='Jake', lang='en', case='cancel_order', prod=['stove'], wrap='legacy', cs='us-ascii', cte='7bit',
  text="""Please cancel this order, I ordered it by mistake. Thanks"""),
B(mp='uk', name='Stuart', lang='en', case='cancel_order', prod=['poles'], wrap='alt', cs='utf-8', cte='7bit',
  text="""Hiya, can I cancel this? Found the same poles in a shop in Keswick this morning so I don't need them posted anymore. Cheers, Stu"""),
B(mp='de', name='Katrin', lang='de', case='cancel_order', prod=['jacket'], wrap='plain', cs='utf-8', cte='quoted-printable',
  subj='Versandanfrage von Amazon-Kunde <<name>> (Bestellung: <<o1>>)',
  note='subject topic (shipping) contradicts the body (cancel); body wins',
  text="""Guten Tag,

bitte stornieren Sie meine Bestellung. Eine Lieferzeit von zwei Wochen ist mir leider zu lang, ich brauche die Jacke schon für den Urlaub nächste Woche.

Mit freundlichen Grüßen
Katrin Weber"""),
B(mp='fr', name='Julien', lang='fr', case='cancel_order', prod=['stove'], wrap='plain', cs='ISO-8859-1', cte='quoted-printable',
  text="""Bonjour,

J'ai commandé deux fois le même réchaud par erreur. Merci d'annuler cette commande-ci (<<o1>>) et de garder l'autre.

Cordialement,
Julien"""),
B(mp='it', name='Marco', lang='it', case='cancel_order', prod=['headlamp'], wrap='html', cs='utf-8', cte='quoted-printable',
  text="""Salve, vorrei annullare l'ordine perché ho trovato lo stesso articolo a un prezzo più basso. Grazie"""),
B(mp='mx', name='Carlos', lang='es', case='cancel_order', prod=['bottle'], wrap='plain', cs='utf-8', cte='8bit',
  text="""Buenas, quiero cancelar mi pedido porque me equivoqué de color, pedí el azul y yo quería el negro. ¿Me lo pueden cancelar y lo vuelvo a pedir? Gracias"""),
B(mp='jp', name='鈴木', lang='ja', case='cancel_order', prod=['socks'], wrap='plain', cs='Shift_JIS', cte='base64',
  text="""注文をキャンセルしたいです。間違えて2回注文してしまいました。よろしくお願いします。"""),
B(mp='com', name='Chen', lang='zh', case='cancel_order', prod=['filter'], wrap='plain', cs='UTF-8', cte='8bit',
  text="""你好，请帮我取消这个订单，我不小心下错了，谢谢。"""),
B(mp='com', name='Kevin', lang='en', case='cancel_order', nh=True, prod=['chair'], wrap='alt', cs='utf-8', cte='quoted-printable',
  note='chargeback threat',
  text="""Cancel it NOW. The listing said ships in 1-2 days and it still says 'preparing for shipment' a week later. If this ships anyway I'm disputing the charge with my card company. Not paying for something I cancelled."""),
B(mp='pl', name='Tomasz', lang='pl', case='cancel_order', prod=['socks'], wrap='blocks', cs='ISO-8859-2', cte='quoted-printable',
  text="""Dzień dobry,
proszę o anulowanie zamówienia. Zamówiłem przez pomyłkę zły rozmiar skarpet.
Pozdrawiam,
Tomasz"""),
B(mp='com', name='Laura', lang='en', case='cancel_order', prod=['pad'], wrap='legacy', cs='us-ascii', cte='7bit',
  text="""Hi there, I need to cancel, my trip got called off (broken ankle, long story). If it already shipped just let me know what I should do. Thanks!"""),
B(mp='ca', name='Mike', lang='en', case='cancel_order', prod=['headlamp'], wrap='alt', cs='utf-8', cte='8bit',
  note='sarcastic but civil',
  text="""Wow, nine days and it hasn't even shipped. Really impressive. Just cancel it, I'll buy one from someone who actually ships things."""),
B(mp='se', name='Johan', lang='sv', case='cancel_order', prod=['lantern'], wrap='plain', cs='utf-8', cte='quoted-printable',
  text="""Hej, jag vill avbryta min beställning. Tack."""),
B(mp='it', name='Chiara', lang='it', case='cancel_order', prod=['pot'], wrap='cs', cs='utf-8', cte='quoted-printable',
  cs_reason='Annullamento ordine',
  note='Amazon customer service writing on the buyer\'s behalf',
  text="""La cliente ci ha contattato telefonicamente chiedendo di annullare l'ordine: ha acquistato per errore la pentola da 750 ml invece di quella da 1,1 litri. Ti chiediamo di verificare se l'ordine non è ancora stato spedito e, in tal caso, di annullarlo."""),
B(mp='uk', name='Rachel', lang='en', case='cancel_order', nh=True, prod=['gaiters', 'socks'], orders=2, wrap='plain_table', cs='us-ascii', cte='7bit',
  note='two requests about two orders (cancel + where is it)',
  text="""Hi, two things. Please cancel order <<o1>> (the gaiters), I don't need them anymore. And for <<o2>>, the socks, can you tell me when they'll arrive? Tracking hasn't changed in days."""),
B(mp='it', name='Luca', lang='it', case='cancel_order', prod=['lantern'], wrap='plain', cs='ISO-8859-1', cte='8bit',
  subj="Richiesta di annullamento dell'ordine dal cliente Amazon <<name>> (Ordine: <<o1>>)",
  text="""Annullate per favore, l'ho ordinata due volte per sbaglio."""),

# ---------------------------------------------------------------- shipping_inquiry
B(mp='com', name='Harold', lang='en', case='shipping_inquiry', prod=['poles'], wrap='plain', cs='us-ascii', cte='7bit', tag='harold',
  subj='Shipping inquiry from Amazon customer <<name>> (Order: <<o1>>)',
  text="""Where is my order??"""),
B(mp='com', name='Ray', lang='en', case='shipping_inquiry', prod=['stove'], wrap='alt', cs='utf-8', cte='quoted-printable',
  text="""Hi, tracking says delivered yesterday at 2:14 pm but there's nothing on my porch or in the mailroom, and my neighbors haven't seen it either. Could you please check with the carrier? Thanks, Ray"""),
B(mp='uk', name='Fiona', lang='en', case='shipping_inquiry', prod=['poles'], wrap='plain_table', cs='utf-8', cte='8bit',
  text="""Hello, do you know when this will arrive? I'm off walking in the Lake District on the 14th and really need the poles before then. Kind regards, Fiona"""),
B(mp='com', name='Tyler', lang='en', case='shipping_inquiry', prod=['headlamp'], wrap='legacy', cs='us-ascii', cte='7bit',
  text="""hi i odrered the headlamp 5 days ago and the trackng numbr you gave doesnt work on the carrier site?? can u send the right one thx"""),
B(mp='de', name='Klaus', lang='de', case='shipping_inquiry', prod=['stove'], wrap='blocks', cs='ISO-8859-1', cte='quoted-printable',
  text="""Guten Tag,

laut Sendungsverfolgung liegt das Paket seit vier Tagen im Verteilzentrum Leipzig. Wissen Sie, wann es weitergeht? Ich brauche den Kocher bis zum Wochenende.

MfG
K. Brandt"""),
B(mp='de', name='Anja', lang='de', case='shipping_inquiry', prod=['bottle'], wrap='html', cs='utf-8', cte='base64',
  text="""Wann wird versendet? Ich brauche die Flasche bis Freitag."""),
B(mp='fr', name='Élodie', lang='fr', case='shipping_inquiry', prod=['filter'], wrap='plain', cs='utf-8', cte='quoted-printable',
  text="""Bonjour,

Mon colis est indiqué « livré » depuis hier, mais je ne l'ai pas reçu : rien dans la boîte aux lettres ni chez les voisins. Pouvez-vous vérifier auprès du transporteur ?

Merci d'avance,
Élodie"""),
B(mp='be', name='Mathieu', lang='fr', case='shipping_inquiry', prod=['lantern'], wrap='alt', cs='ISO-8859-15', cte='quoted-printable',
  text="""Bonjour, est-ce que vous livrez en point relais en Belgique ? Et quand est-ce que ma commande sera expédiée ? Merci."""),
B(mp='it', name='Giulia', lang='it', case='shipping_inquiry', prod=['gaiters'], wrap='plain', cs='windows-1252', cte='quoted-printable',
  text="""Buonasera, l'ordine risulta spedito ma il numero di tracciamento non funziona sul sito del corriere (dice “spedizione non trovata”). Potete verificare? Grazie mille"""),
B(mp='es', name='Javier', lang='es', case='shipping_inquiry', prod=['pad'], wrap='html', cs='utf-8', cte='8bit',
  text="""Hola! Cuándo me llega? Pone entrega entre el 3 y el 7 y hoy ya es 8. Un saludo"""),
B(mp='es', name='Ana', lang='es', case='shipping_inquiry', prod=['chair'], wrap='alt', cs='utf-8', cte='base64',
  text="""Buenos días, el repartidor me dejó un aviso pero no pone de qué empresa es. ¿Me podrían decir con qué transportista se envió y el número de seguimiento? Gracias"""),
B(mp='jp', name='高橋', lang='ja', case='shipping_inquiry', prod=['headlamp'], wrap='deco', cs='ISO-2022-JP', cte='7bit',
  text="""いつ届きますか？お届け予定日を過ぎていますが、まだ発送のお知らせが来ていません。"""),
B(mp='jp', name='Haruka', lang='ja', case='shipping_inquiry', prod=['bladder'], wrap='html', cs='utf-8', cte='base64',
  text="""お忙しいところ大変恐れ入ります。
追跡番号を教えていただけますでしょうか。
配送状況を確認したく存じます。
どうぞよろしくお願いいたします。"""),
B(mp='ca', name='Lin', lang='zh', case='shipping_inquiry', prod=['jacket'], wrap='plain', cs='utf-8', cte='base64',
  note='traditional Chinese',
  text="""您好，請問我的訂單什麼時候會寄出？追蹤號碼一直沒有更新，謝謝。"""),
B(mp='com', name='Zhang', lang='zh', case='shipping_inquiry', prod=['pot'], wrap='reply', cs='utf-8', cte='8bit',
  quote=dict(style='orig', subj='您的订单已发货',
    text="""您好，

您的钛锅已于昨天发出，物流信息一般会在24小时内更新，请耐心等待。

Brackenridge Trail Co."""),
  text="""物流信息三天没更新了，能帮我查一下包裹到哪了吗？"""),
B(mp='com', name='Suresh K.', lang='en', case='shipping_inquiry', prod=['poles'], wrap='plain', cs='us-ascii', cte='7bit',
  text="""Dear Sir/Madam,

Kindly inform me the status of my parcel. It is showing in transit since one week and no update is coming. I need it urgently for my trek which is starting on next Monday.

Thanks and regards,
Suresh"""),
B(mp='au', name='Bec', lang='en', case='shipping_inquiry', prod=['lantern'], wrap='blocks', cs='us-ascii', cte='7bit',
  text="""G'day, ordered on the 2nd and it still says pre-shipment. Any ETA? Cheers"""),
B(mp='tr', name='Ayşe', lang='tr', case='shipping_inquiry', prod=['bottle'], wrap='plain', cs='ISO-8859-9', cte='quoted-printable',
  text="""Merhaba, siparişim ne zaman kargoya verilecek? Bir haftadır "hazırlanıyor" görünüyor. Teşekkürler."""),
B(mp='com', name='Nate', lang='en', case='shipping_inquiry', prod=['headlamp'], wrap='reply', cs='utf-8', cte='7bit',
  quote=dict(style='orig', subj='Shipping update for your order',
    text="""Hi Nate,

Thanks for reaching out. Your headlamp will ship tomorrow and you will receive the tracking number by e-mail as soon as the carrier scans the parcel.

Best regards,
Brackenridge Trail Co."""),
  text="""It's been 3 days since you wrote this. Still no tracking number. What's going on?"""),
B(mp='nl', name='Daan', lang='nl', case='shipping_inquiry', prod=['gaiters'], wrap='alt', cs='utf-8', cte='8bit',
  text="""Hallo, wanneer wordt mijn bestelling geleverd? Ik heb nog geen track & trace ontvangen. Groetjes, Daan"""),
B(mp='uk', name='Priya', lang='en', case='shipping_inquiry', prod=['jacket'], wrap='plain', cs='us-ascii', cte='7bit',
  subj='Ship faster inquiry from Amazon customer <<name>> (Order: <<o1>>)',
  text="""Any chance you could upgrade it to next-day delivery? Happy to pay the difference. I need it by Saturday for a wedding (outdoors, in Scotland, in October, yes really)."""),
B(mp='it', name='Stefano', lang='it', case='shipping_inquiry', prod=['pad'], wrap='deco', cs='utf-8', cte='quoted-printable',
  text="""Il pacco è fermo in dogana?? Il corriere mi chiede 12 euro di dazi, è normale? Nella pagina del prodotto non c'era scritto niente."""),
B(mp='com', name='Rafael', lang='pt', case='shipping_inquiry', prod=['chair'], wrap='plain', cs='utf-8', cte='quoted-printable',
  text="""Oi, meu pedido ainda não chegou e o rastreamento não atualiza desde segunda-feira. Vocês podem verificar, por favor? Obrigado"""),

# ---------------------------------------------------------------- return_unwanted
B(mp='com', name='Denise', lang='en', case='return_unwanted', prod=['chair'], wrap='plain', cs='us-ascii', cte='7bit', tag='denise',
  text="""Hi, I changed my mind about the chair. It's heavier than I expected for backpacking. How do I return it? It's still in the box."""),
B(mp='uk', name='Hannah', lang='en', case='return_unwanted', prod=['socks'], wrap='alt', cs='utf-8', cte='7bit',
  note='buyer ordered the wrong size (her mistake)',
  text="""Bought the wrong size socks, I need L not M. Can I send them back?"""),
B(mp='com', name='Jen', lang='en', case='return_unwanted', prod=['stove'], wrap='plain_table', cs='us-ascii', cte='7bit',
  text="""My husband already bought the exact same stove last week without telling me lol. Can I return mine? Never opened."""),
B(mp='de', name='Lukas', lang='de', case='return_unwanted', prod=['jacket'], wrap='plain', cs='windows-1252', cte='8bit',
  text="""Hallo, ich brauche die Jacke nicht mehr, die Tour wurde abgesagt. Wie kann ich sie zurückschicken? Etikett ist noch dran. Danke, Lukas"""),
B(mp='fr', name='Aurélie', lang='fr', case='return_unwanted', prod=['bladder'], wrap='html', cs='utf-8', cte='quoted-printable',
  text="""Bonjour, j'ai trouvé le même modèle moins cher en magasin. Puis-je vous le retourner ? Il n'a pas été utilisé, l'emballage est intact."""),
B(mp='it', name='Paolo', lang='it', case='return_unwanted', prod=['bottle'], wrap='html', cs='utf-8', cte='8bit',
  text="""Salve, ho ordinato il colore sbagliato (volevo il grigio antracite). Posso restituirla e riordinare quella giusta?"""),
B(mp='es', name='Lucía', lang='es', case='return_unwanted', prod=['lantern'], wrap='plain', cs='ISO-8859-15', cte='quoted-printable',
  text="""Hola, me han regalado uno igual por mi cumpleaños, así que ya no lo necesito. ¿Cómo hago la devolución? Está sin abrir."""),
B(mp='jp', name='中村', lang='ja', case='return_unwanted', prod=['chair'], wrap='plain', cs='Shift_JIS', cte='8bit',
  text="""思っていたより大きかったので返品したいです。未使用です。返品方法を教えてください。"""),
B(mp='com', name='Li Na', lang='zh', case='return_unwanted', prod=['bottle'], wrap='plain', cs='utf-8', cte='base64',
  text="""我买重复了，想退掉一个，还没拆封，请问怎么操作？"""),
B(mp='com', name='Carol', lang='en', case='return_unwanted', prod=['pad'], wrap='html', cs='utf-8', cte='7bit',
  text="""I don't really need this anymore, we decided to go with a hammock setup instead. Can I return it? It's still sealed."""),
B(mp='se', name='Sara', lang='sv', case='return_unwanted', prod=['headlamp'], wrap='plain', cs='utf-8', cte='8bit',
  text="""Hej, jag beställde fel modell av pannlampan (ville ha den med större batteri). Kan jag returnera den? Den är oöppnad."""),
B(mp='pl', name='Agnieszka', lang='pl', case='return_unwanted', prod=['chair'], wrap='alt', cs='utf-8', cte='quoted-printable',
  text="""Dzień dobry, rozmyśliłam się i chciałabym zwrócić krzesło. Jest nieużywane, w oryginalnym opakowaniu. Jak mam to zrobić?"""),
B(mp='ca_fr', name='Geneviève', lang='fr', case='return_unwanted', prod=['lantern'], wrap='plain', cs='ISO-8859-1', cte='quoted-printable',
  text="""Bonjour, finalement je n'en ai plus besoin, mon fils en a déjà une. Comment faire le retour ? Merci"""),
B(mp='de', name='Sabine', lang='de', case='return_unwanted', prod=['pad'], wrap='legacy', cs='ISO-8859-1', cte='quoted-printable',
  note='"too wide for our tent" is the buyer\'s fit problem, not a defect',
  text="""Hallo,

ich muss leider etwas ausholen. Wir haben die Isomatte für unsere Alpenüberquerung im Sommer gekauft. Mein Mann hatte eine andere ausgesucht und ich habe dann diese hier bestellt, weil sie leichter ist. Jetzt haben wir sie zu Hause aufgeblasen und festgestellt, dass sie für unser Zelt zu breit ist, es passen einfach keine zwei Matten nebeneinander hinein. An der Matte selbst ist überhaupt nichts auszusetzen, sie ist wirklich schön, aber sie passt halt nicht zu unserer Ausrüstung. Ein neues Zelt wollen wir deswegen auch nicht kaufen.

Kann ich sie zurückgeben? Sie war nur einmal im Wohnzimmer aufgeblasen.

Viele Grüße
Sabine"""),
B(mp='com', name='Bill', lang='en', case='return_unwanted', prod=['lantern'], wrap='deco', cs='us-ascii', cte='7bit',
  text="""HOW DO I RETURN THIS. DONT NEED IT ANYMORE."""),

# ---------------------------------------------------------------- return_dissatisfied
B(mp='com', name='Jess', lang='en', case='return_dissatisfied', sub='damaged', prod=['pot'], wrap='alt', cs='utf-8', cte='7bit',
  attach=[('png', 'IMG_3381.png')],
  text="""Lid arrived dented, see photo."""),
B(mp='uk', name='Alan', lang='en', case='return_dissatisfied', sub='damaged', prod=['pot'], wrap='plain', cs='us-ascii', cte='7bit',
  attach=[('png', 'photo1.png')],
  text="""The outer box was fine but the pot inside has a big dent on the side and one of the handles is bent. Not happy. What can you do?"""),
B(mp='de', name='Markus', lang='de', case='return_dissatisfied', sub='damaged', prod=['bottle'], wrap='alt', cs='utf-8', cte='quoted-printable',
  text="""Guten Tag,

die Flasche kam mit einer tiefen Delle und zerkratzter Lackierung an. Ich bitte um Ersatz.

Gruß
Markus"""),
B(mp='fr', name='Nicolas', lang='fr', case='return_dissatisfied', sub='damaged', prod=['chair'], wrap='plain', cs='ISO-8859-1', cte='quoted-printable',
  attach=[('png', 'IMG_20250304_181522.png')],
  text="""Bonjour,

La chaise est arrivée avec un pied tordu, le carton était complètement écrasé. Je souhaite un remplacement.

Cordialement,
Nicolas Lefèvre"""),
B(mp='jp', name='小林', lang='ja', case='return_dissatisfied', sub='damaged', prod=['bottle'], wrap='alt', cs='utf-8', cte='quoted-printable',
  text="""届いた商品を確認したところ、ボトルの側面に大きな傷とへこみがございました。
交換をお願いできますでしょうか。
お手数をおかけしますが、よろしくお願いいたします。"""),
B(mp='es', name='Sergio', lang='es', case='return_dissatisfied', sub='damaged', prod=['lantern'], wrap='plain', cs='utf-8', cte='8bit',
  note='review threat attached to a clear request (replacement): case follows the request, not needs_human',
  text="""La linterna llegó rota, con el plástico partido. Mándenme otra o les pongo una estrella."""),
B(mp='com', name='Liu Yang', lang='zh', case='return_dissatisfied', sub='damaged', prod=['pot'], wrap='plain', cs='GB18030', cte='base64',
  note='relay body in GB18030 (template drift)',
  text="""收到的锅盖是变形的，外面的盒子也压坏了，能换一个新的吗？"""),
B(mp='it', name='Roberto', lang='it', case='return_dissatisfied', sub='damaged', nh=True, prod=['bottle'], wrap='plain', cs='ISO-8859-1', cte='quoted-printable',
  note='abusive',
  text="""Ma siete dei ladri o cosa? Borraccia ammaccata e scatola già aperta, mi avete mandato un reso usato. Vergognatevi, incompetenti. Rimandatemela nuova SUBITO."""),
B(mp='com', name='Ashley', lang='en', case='return_dissatisfied', sub='wrong_item', prod=['bottle'], wrap='html', cs='utf-8', cte='7bit',
  text="""I ordered the Glacier Blue bottle and got a pink one. Please send the right color."""),
B(mp='uk', name='Gareth', lang='en', case='return_dissatisfied', sub='wrong_item', prod=['socks'], wrap='plain_table', cs='us-ascii', cte='7bit',
  note='seller sent the wrong size (compare the Hannah message, where the buyer ordered the wrong size)',
  text="""You sent size M, I ordered L. It says L on my order page. Can you swap them please?"""),
B(mp='de', name='Thomas', lang='de', case='return_dissatisfied', sub='wrong_item', prod=['poles'], wrap='plain', cs='utf-8', cte='8bit', plus=True,
  text="""Statt der Trekkingstöcke war ein Campingstuhl im Paket! Wie gehen wir jetzt vor?"""),
B(mp='ca_fr', name='Sophie', lang='fr', case='return_dissatisfied', sub='wrong_item', prod=['jacket'], wrap='alt', cs='utf-8', cte='quoted-printable',
  text="""Bonjour, j'ai reçu une veste taille S alors que j'ai commandé une L. Pouvez-vous m'envoyer la bonne taille ? Merci"""),
B(mp='it', name='Alessandro', lang='it', case='return_dissatisfied', sub='wrong_item', prod=['stove'], wrap='blocks', cs='utf-8', cte='quoted-printable',
  text="""Mi è arrivato un fornellino diverso da quello in foto, senza accensione piezo e con un altro marchio. Non è quello che ho ordinato."""),
B(mp='de', name='Piotr', lang='pl', case='return_dissatisfied', sub='wrong_item', prod=['jacket'], wrap='plain', cs='utf-8', cte='base64',
  text="""Dzień dobry, dostałem kurtkę w innym kolorze niż zamówiłem (zamówiłem oliwkową, przyszła czarna). Proszę o wymianę."""),
B(mp='jp', name='山本', lang='ja', case='return_dissatisfied', sub='wrong_item', prod=['jacket'], wrap='plain', cs='ISO-2022-JP', cte='7bit',
  text="""Lサイズを注文しましたが、Mサイズが届きました。交換をお願いします。"""),
B(mp='com', name='Harold', lang='en', case='return_dissatisfied', sub='not_received', prod=['poles'], wrap='plain', cs='us-ascii', cte='7bit', same='harold', gap=9,
  note='follow-up from the same buyer alias and order as an earlier "Where is my order??"',
  text="""Ordered 5 weeks ago. Tracking hasn't moved since it left the origin facility. I want a refund or a new one shipped, I'm done waiting."""),
B(mp='com', name='Brian', lang='en', case='return_dissatisfied', sub='not_received', nh=True, prod=['stove'], wrap='alt', cs='utf-8', cte='quoted-printable',
  note='A-to-z threat',
  text="""This is now a month late. If I don't get a refund by Friday I'm filing an A-to-z claim."""),
B(mp='de', name='Ryan', lang='en', case='return_dissatisfied', sub='not_received', prod=['poles'], wrap='plain', cs='utf-8', cte='8bit',
  note='English buyer on amazon.de',
  text="""Hi, I've been waiting over three weeks now and the parcel never turned up. Tracking just says 'in transit' since the day it was posted. Please refund me."""),
B(mp='fr', name='Isabelle', lang='fr', case='return_dissatisfied', sub='not_received', prod=['gaiters'], wrap='html', cs='utf-8', cte='quoted-printable',
  text="""Commande passée il y a plus d'un mois, toujours rien reçu. Le suivi n'a pas bougé depuis trois semaines. Je demande le remboursement."""),
B(mp='ca', name='Zhou', lang='zh', case='return_dissatisfied', sub='not_received', prod=['headlamp'], wrap='plain', cs='utf-8', cte='8bit',
  text="""订单已经超过预计送达日期两个多星期了，还是没有收到。请尽快重新发货。"""),
B(mp='mx', name='Guadalupe', lang='es', case='return_dissatisfied', sub='not_received', prod=['chair'], wrap='plain', cs='utf-8', cte='quoted-printable',
  text="""Llevo 40 días esperando el paquete. Ya no lo quiero, devuélvanme mi dinero."""),
B(mp='com', name='Walter', lang='en', case='return_dissatisfied', sub='defective', prod=['headlamp'], wrap='cs_system', cs='utf-8', cte='7bit',
  cs_reason='Item not working',
  note='Amazon CS relay sent from a system address (cs-reply@amazon.com), written on the buyer\'s behalf',
  text="""The customer reports that the headlamp will not charge. He has tried three different USB cables and chargers; the red indicator blinks briefly and then goes off. He would like a replacement unit."""),
B(mp='com', name='Dustin', lang='en', case='return_dissatisfied', sub='defective', prod=['bladder'], wrap='legacy', cs='us-ascii', cte='7bit',
  text="""Okay so I want to tell you exactly what happened because I'm honestly pretty bummed. I took this bladder on a 4-day loop in the Sierras last weekend. First night at camp I filled it up, put it in my pack, and leaned the pack against the tent like always. Woke up at 2 am because the foot of my sleeping bag was soaked. The seam along the bottom edge was leaking, slowly but steadily, and basically the whole 2 liters ended up in my tent. A wet down bag at 9,000 ft is not fun. I had to cut the trip short the next day.

I've used hydration bladders for 10 years and never had one fail like this. I didn't overfill it, didn't freeze it, didn't sit on it. It was the second time I used it.

I'd like a refund please. I can send photos of the seam if that helps.

Dustin"""),
B(mp='uk', name='Chris', lang='en', case='return_dissatisfied', sub='defective', prod=['bladder'], wrap='plain', cs='windows-1252', cte='quoted-printable',
  note='sarcastic but civil',
  text="""Lovely ‘leak-proof’ bladder. Leaked all over my sleeping bag on night one. Great job, really. Refund please."""),
B(mp='de', name='Wolfgang', lang='de', case='return_dissatisfied', sub='defective', prod=['stove'], wrap='plain', cs='ISO-8859-1', cte='8bit',
  text="""Sehr geehrte Damen und Herren,

der Piezozünder am Kocher funktioniert seit dem zweiten Einsatz nicht mehr. Es kommt kein Funke. Ich bitte um Austausch des Geräts.

Mit freundlichen Grüßen
W. Hoffmann"""),
B(mp='fr', name='Bernard', lang='fr', case='return_dissatisfied', sub='defective', prod=['filter'], wrap='html', cs='utf-8', cte='quoted-printable',
  text="""Madame, Monsieur,

Le filtre à eau que j'ai reçu fuit au niveau du raccord dès la première utilisation. Je vous saurais gré de bien vouloir procéder à son remplacement dans les meilleurs délais.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

B. Garnier"""),
B(mp='it', name='Federica', lang='it', case='return_dissatisfied', sub='defective', nh=True, prod=['lantern'], wrap='alt', cs='utf-8', cte='base64',
  note='legal threat',
  text="""La lanterna si è surriscaldata durante la ricarica e ha bruciato il piano del tavolo. È pericolosa. Se non ricevo un rimborso completo entro una settimana mi rivolgerò a un avvocato e all'associazione dei consumatori."""),
B(mp='tr', name='Mehmet', lang='tr', case='return_dissatisfied', sub='defective', prod=['lantern'], wrap='plain', cs='utf-8', cte='quoted-printable',
  text="""Kamp feneri çalışmıyor, hiç şarj olmuyor. Değişim istiyorum."""),
B(mp='com', name='Kyle', lang='en', case='return_dissatisfied', sub='missing_parts', prod=['poles'], wrap='plain', cs='us-ascii', cte='7bit', tag='kyle',
  text="""Box only had 1 pole, not 2. Where's the other one??"""),
B(mp='jp', name='松田', lang='ja', case='return_dissatisfied', sub='missing_parts', prod=['pad'], wrap='plain', cs='Shift_JIS', cte='quoted-printable',
  text="""いつもお世話になっております。
本日商品が届きましたが、収納袋とポンプサックが入っておりませんでした。
お手数ですが、お送りいただけますでしょうか。"""),
B(mp='es', name='Pilar', lang='es', case='return_dissatisfied', sub='missing_parts', prod=['chair'], wrap='alt', cs='ISO-8859-1', cte='quoted-printable',
  text="""Hola, a la silla le falta la bolsa de transporte. En la foto sale, pero en la caja no venía. ¿Me la pueden enviar?"""),
B(mp='com', name='Xu', lang='zh', case='return_dissatisfied', sub='missing_parts', prod=['filter'], wrap='deco', cs='utf-8', cte='quoted-printable',
  text="""滤水器少了一个水袋，说明书上写的是两个，我只收到一个。请补发一个，谢谢。"""),

B(mp='com', name='Marisol', lang='es', case='return_dissatisfied', sub='wrong_item', prod=['jacket'], wrap='alt', cs='utf-8', cte='quoted-printable',
  note='Spanish-English mix, Spanish dominant',
  text="""Hola, I ordered la chaqueta en talla L y me llegó una S, y además es de otro color, negra en vez de verde oliva. Necesito que me manden la correcta porfa, la necesito para un viaje el próximo fin de semana. Gracias!"""),
B(mp='com', name='Kevin Z.', lang='zh', case='shipping_inquiry', prod=['headlamp'], wrap='plain', cs='utf-8', cte='base64',
  note='Chinese-English mix, Chinese dominant',
  text="""Hi, 我的 order 已经一个礼拜了还是显示 label created，tracking number 是不是有问题？麻烦 check 一下，thanks!"""),

# ---------------------------------------------------------------- negative_review
B(mp='com', name='Gary', lang='en', case='negative_review', prod=['poles'], wrap='plain_table', cs='us-ascii', cte='7bit',
  note='states a defect but asks for nothing; the point is the review',
  text="""I left 1 star because the poles collapsed on my first descent. The locks don't hold. Just so you know."""),
B(mp='com', name='Tiffany', lang='en', case='negative_review', nh=True, prod=['headlamp'], wrap='alt', cs='utf-8', cte='7bit',
  note='offers to trade the review for a refund',
  text="""Refund me in full and I'll change my review to 5 stars. Otherwise it stays at 1."""),
B(mp='uk', name='Martin', lang='en', case='negative_review', prod=['gaiters'], wrap='reply', cs='utf-8', cte='quoted-printable',
  quote=dict(style='gt', subj='How are you getting on with your gaiters?',
    text="""Hello Martin,

We hope your gaiters arrived safely. If you have a moment, we would appreciate it if you could share your experience in a review on Amazon. Your feedback helps other walkers.

Best wishes,
Brackenridge Trail Co."""),
  note='answer to a review request',
  text="""You asked for a review. Honestly? Mediocre. The zip broke after two walks, and that's exactly what I wrote. 2 stars."""),
B(mp='de', name='Heike', lang='de', case='negative_review', prod=['lantern'], wrap='plain', cs='ISO-8859-15', cte='quoted-printable',
  text="""Ich habe eine negative Bewertung abgegeben, weil die Lieferung zehn Tage zu spät kam. Das Produkt selbst ist in Ordnung."""),
B(mp='fr', name='Pascal', lang='fr', case='negative_review', prod=['stove'], wrap='alt', cs='utf-8', cte='quoted-printable',
  text="""J'ai mis 2 étoiles. Le produit est correct mais la notice n'existe qu'en anglais et en chinois, c'est inadmissible pour un produit vendu en France."""),
B(mp='it', name='Valentina', lang='it', case='negative_review', prod=['chair'], wrap='plain', cs='utf-8', cte='8bit',
  text="""Vi avviso che lascerò una recensione negativa. Il vostro servizio clienti è inesistente."""),
B(mp='es', name='Raúl', lang='es', case='negative_review', prod=['bladder'], wrap='plain', cs='ISO-8859-1', cte='8bit',
  text="""He dejado una valoración de una estrella porque nadie contestó a mis mensajes en toda una semana."""),
B(mp='jp', name='井上', lang='ja', case='negative_review', prod=['bottle'], wrap='alt', cs='ISO-2022-JP', cte='7bit',
  text="""レビューで星1つをつけさせていただきました。商品ページの写真と実物の色が違いすぎます。"""),
B(mp='com', name='Huang', lang='zh', case='negative_review', prod=['pot'], wrap='html', cs='utf-8', cte='base64',
  text="""我已经给了差评，你们客服回复太慢了。"""),
B(mp='com', name='Rick', lang='en', case='negative_review', nh=True, prod=['bottle'], wrap='plain', cs='us-ascii', cte='7bit',
  note='abusive',
  text="""You scam artists. Enjoy your 1 star on every single product you sell. I'm telling everyone on the hiking forums what a garbage company you are."""),
B(mp='com', name='Eleanor', lang='en', case='negative_review', prod=['socks'], wrap='html', cs='utf-8', cte='quoted-printable',
  note='buyer wants to remove feedback left by mistake',
  text="""Hi, I left negative feedback on this order by mistake, it was meant for a different seller. So sorry! How do I remove it?"""),
B(mp='nl', name='Bram', lang='nl', case='negative_review', prod=['headlamp'], wrap='blocks', cs='ISO-8859-1', cte='7bit',
  text="""Ik heb een slechte review geschreven omdat de lamp na een week al kapot was. Jammer."""),
B(mp='se', name='Karin', lang='sv', case='negative_review', prod=['bladder'], wrap='alt', cs='utf-8', cte='quoted-printable',
  text="""Jag har lämnat ett negativt omdöme. Leveransen tog tre veckor."""),
B(mp='es', name='Beatriz', lang='pt', case='negative_review', prod=['socks'], wrap='plain', cs='utf-8', cte='8bit',
  text="""Deixei uma avaliação de 1 estrela. As meias chegaram sujas e pareciam usadas."""),
B(mp='ca', name='Doug', lang='en', case='negative_review', prod=['lantern'], wrap='plain', cs='us-ascii', cte='7bit',
  note='answer to a review request',
  text="""That's the third review request e-mail this week. Stop. I gave you 3 stars, that's what it's worth."""),

# ---------------------------------------------------------------- refund_status
B(mp='com', name='Denise', lang='en', case='refund_status', prod=['chair'], wrap='plain', cs='us-ascii', cte='7bit', same='denise', gap=11,
  note='follow-up from the same buyer alias and order as the earlier return question',
  text="""I returned the chair like you said. The return tracking shows it was delivered to you 9 days ago. Still no refund. When will I get it?"""),
B(mp='uk', name='Neil', lang='en', case='refund_status', prod=['jacket'], wrap='legacy', cs='us-ascii', cte='7bit',
  text="""Where is my refund? It's been 2 weeks."""),
B(mp='com', name='Vanessa', lang='en', case='refund_status', nh=True, prod=['pad'], wrap='alt', cs='utf-8', cte='quoted-printable',
  note='A-to-z and chargeback threat',
  text="""You promised a refund 10 days ago. Nothing. If it's not in my account by Monday I'm opening an A-to-z claim and calling my bank."""),
B(mp='de', name='Stefan', lang='de', case='refund_status', prod=['stove'], wrap='reply', cs='utf-8', cte='8bit',
  quote=dict(style='orig', subj='Ihre Rücksendung',
    text="""Guten Tag Herr Krüger,

vielen Dank für Ihre Nachricht. Wir haben die Rücksendung erhalten und werden Ihnen den vollen Betrag in den nächsten Tagen erstatten.

Mit freundlichen Grüßen
Brackenridge Trail Co."""),
  text="""Guten Tag,

Sie hatten mir vor zwei Wochen eine Erstattung zugesagt. Bisher ist auf meinem Konto nichts eingegangen. Können Sie das bitte prüfen?

Danke und Gruß
Stefan Krüger"""),
B(mp='fr', name='Céline', lang='fr', case='refund_status', prod=['jacket'], wrap='blocks', cs='windows-1252', cte='quoted-printable',
  text="""Bonjour, d’après le suivi, le retour a été réceptionné il y a 8 jours, mais je n’ai toujours pas été remboursée. Pouvez-vous me dire où en est le remboursement ?"""),
B(mp='it', name='Davide', lang='it', case='refund_status', prod=['poles'], wrap='html', cs='utf-8', cte='base64',
  text="""Ho restituito il prodotto da due settimane, quando arriva il rimborso?"""),
B(mp='es', name='Elena', lang='es', case='refund_status', prod=['bottle'], wrap='reply', cs='utf-8', cte='quoted-printable',
  quote=dict(style='gt', subj='Su pedido de botella térmica',
    text="""Hola, Elena:

Sentimos mucho que la botella haya llegado con un arañazo. No hace falta que la devuelva: le haremos un reembolso completo en los próximos días.

Un saludo,
Brackenridge Trail Co."""),
  text="""Hola, me dijeron que me devolvían el dinero sin tener que devolver el producto, pero todavía no me ha llegado nada. ¿Cuándo lo recibiré?"""),
B(mp='jp', name='加藤', lang='ja', case='refund_status', prod=['headlamp'], wrap='reply', cs='ISO-2022-JP', cte='7bit',
  quote=dict(style='gt', subj='返品について',
    text="""加藤様

この度はご不便をおかけし、誠に申し訳ございません。
返品商品の到着を確認いたしましたので、返金の手続きを進めさせていただきます。

Brackenridge Trail Co."""),
  text="""返品した商品の返金がまだ反映されていません。ご確認いただけますでしょうか。"""),
B(mp='com', name='Zhao Min', lang='zh', case='refund_status', prod=['chair'], wrap='alt', cs='utf-8', cte='base64',
  text="""退货已经签收一个星期了，退款什么时候能到账？"""),
B(mp='com', name='Lisa', lang='en', case='refund_status', prod=['pot'], wrap='reply', cs='utf-8', cte='7bit',
  quote=dict(style='gt', subj='About your damaged cook pot',
    text="""Dear Lisa,

We are very sorry that the lid of your cook pot arrived damaged. Could you please send us a photo of the damage? We will then arrange a refund or a replacement, whichever you prefer.

Kind regards,
Brackenridge Trail Co."""),
  note='quoted seller text talks about damage; the buyer\'s own words ask about the refund',
  text="""I sent the photo last week and you said you'd refund me. My bank says nothing has come through. Can you check the status?"""),
B(mp='com', name='Kim', lang='en', case='refund_status', prod=['bottle'], wrap='reply', cs='us-ascii', cte='7bit',
  quote=dict(style='gt', subj='Scratch on your bottle',
    text="""Hi Kim,

We're sorry the bottle arrived with a scratch. If you'd like to keep it, we can refund $10 of the price. Just let us know.

Best regards,
Brackenridge Trail Co."""),
  text="""You offered $10 back for the scratch on the bottle. Has that been sent? I don't see it on my card."""),
B(mp='de', name='Selin', lang='tr', case='refund_status', prod=['jacket'], wrap='plain', cs='utf-8', cte='base64',
  text="""Merhaba, iade ettiğim ürünün parası hâlâ hesabıma yatmadı. Ne zaman yatacak?"""),
B(mp='pl', name='Kasia', lang='pl', case='refund_status', prod=['lantern'], wrap='plain', cs='ISO-8859-2', cte='8bit',
  text="""Dzień dobry, kiedy otrzymam zwrot pieniędzy? Paczka wróciła do Państwa 10 dni temu."""),
B(mp='com', name='Ron', lang='en', case='refund_status', prod=['poles'], wrap='plain', cs='us-ascii', cte='7bit',
  note='all caps, angry but civil',
  text="""STILL NO REFUND. 3 WEEKS. UNACCEPTABLE."""),
B(mp='de', name='Jana', lang='de', case='refund_status', prod=['jacket'], wrap='alt', cs='utf-8', cte='8bit',
  note='mixed German/English, German dominant',
  text="""Hi, quick question: die Erstattung für die Jacke ist noch nicht da, obwohl Amazon sagt, dass der Return angekommen ist. Könnt ihr mal schauen? Danke!"""),
B(mp='se', name='Anders', lang='sv', case='refund_status', prod=['gaiters'], wrap='deco', cs='ISO-8859-1', cte='quoted-printable',
  text="""Hej, när får jag tillbaka pengarna för returen? Tack."""),
B(mp='jp', name='森', lang='ja', case='refund_status', prod=['pot'], wrap='html', cs='utf-8', cte='base64',
  text="""先日はご丁寧にご対応いただき、誠にありがとうございました。
返金のお手続きをいただいたとのご連絡を頂戴しましたが、カードの明細にまだ反映されておりません。
通常どのくらいの日数がかかるものでしょうか。
お手数ですが、ご確認のほどよろしくお願い申し上げます。"""),
B(mp='mx', name='Fernanda', lang='es', case='refund_status', prod=['headlamp'], wrap='plain', cs='utf-8', cte='8bit',
  text="""Buen día, cancelaron mi pedido pero el cargo sigue en mi tarjeta. ¿Cuándo se va a reflejar el reembolso?"""),
B(mp='uk', name='Paula', lang='en', case='refund_status', nh=True, prod=['jacket', 'socks'], orders=2, wrap='plain', cs='us-ascii', cte='7bit',
  note='two cases about two orders (refund status + not arrived)',
  text="""Two issues: for order <<o1>> I'm still waiting for the refund on the jacket I sent back. And order <<o2>> (the socks) hasn't arrived at all. Please sort both."""),

# ---------------------------------------------------------------- other
B(mp='com', name='Sam', lang='en', case='other', prod=['pot'], orders=0, wrap='plain', cs='us-ascii', cte='7bit',
  subj='Product details inquiry from Amazon customer <<name>>',
  note='pre-sale question, no order',
  text="""Does the 750 ml pot fit a standard 100 g gas canister inside, together with the stove? Trying to pack small."""),
B(mp='com', name='Linda', lang='en', case='other', prod=['headlamp'], wrap='legacy', cs='us-ascii', cte='7bit',
  text="""Got it today, works great. Thanks for the fast shipping!"""),
B(mp='de', name='Tobias', lang='de', case='other', prod=['stove', 'pot'], wrap='plain', cs='ISO-8859-1', cte='quoted-printable',
  note='invoice request',
  text="""Guten Tag,

für unsere Buchhaltung benötige ich eine Rechnung mit ausgewiesener Mehrwertsteuer auf folgende Firma:

Bergwerk Outdoor GmbH
Schillerstraße 3
70173 Stuttgart
USt-IdNr. DE000111222

Vielen Dank
Tobias Maier"""),
B(mp='fr', name='Hugo', lang='fr', case='other', prod=['poles'], orders=0, wrap='plain', cs='utf-8', cte='quoted-printable',
  subj='Question sur un produit de la part du client Amazon <<name>>',
  text="""Bonjour, est-ce que ces bâtons sont compatibles avec des rondelles neige standard ? Merci"""),
B(mp='it', name='Matteo', lang='it', case='other', prod=['headlamp'], wrap='alt', cs='utf-8', cte='quoted-printable',
  note='warranty question (device failed after 14 months): other per the label conventions',
  text="""Buongiorno, la frontale ha smesso di funzionare dopo 14 mesi. È ancora coperta dalla garanzia? Cosa devo fare?"""),
B(mp='es', name='Irene', lang='es', case='other', prod=['bladder'], wrap='plain', cs='utf-8', cte='8bit',
  text="""Hola, ¿cómo se limpia bien la bolsa de hidratación? ¿Se puede meter en el lavavajillas?"""),
B(mp='jp', name='吉田', lang='ja', case='other', prod=['pot'], orders=0, wrap='plain', cs='ISO-2022-JP', cte='7bit',
  subj='Amazonのお客様 <<name>> からの商品に関するお問い合わせ',
  text="""購入を検討しております。こちらのチタンクッカーはIHコンロでも使用できますでしょうか。ご教示いただけますと幸いです。"""),
B(mp='com', name='Wu', lang='zh', case='other', prod=['headlamp'], orders=0, wrap='plain', cs='utf-8', cte='base64',
  subj='Product details inquiry from Amazon customer <<name>>',
  text="""请问这个头灯可以用18650电池吗？还是只能用自带的电池？"""),
B(mp='com', name='Ruth', lang='en', case='other', prod=['lantern'], wrap='plain', cs='us-ascii', cte='7bit',
  note='gift note request',
  text="""This is a gift for my grandson. Can you make sure there's no invoice or price in the box? And if possible a little note: "Happy 12th birthday Sam, love Nana". Thank you dear."""),
B(mp='uk', name='Geoff', lang='en', case='other', prod=['filter'], wrap='plain', cs='utf-8', cte='8bit',
  note='cancel a Subscribe & Save subscription, not an order',
  text="""Please cancel my Subscribe & Save for the spare filter pouches, I've got plenty now. Ta."""),
B(mp='com', name='Tina', lang='en', case='other', nh=True, prod=['bottle'], wrap='plain', cs='us-ascii', cte='7bit',
  attach=[('png', 'IMG_5532.png')],
  note='photo with no words; language = marketplace language',
  text=""""""),
B(mp='de', name='Uwe', lang='de', case='other', nh=True, prod=['chair'], wrap='alt', cs='utf-8', cte='quoted-printable',
  attach=[('png', 'Foto_Stuhl_1.png'), ('png', 'Foto_Stuhl_2.png')],
  note='two photos, no words; language = marketplace language',
  text=""""""),
B(mp='com', name='Joanne', lang='en', case='other', prod=['chair'], orders=0, wrap='plain', cs='us-ascii', cte='7bit',
  subj='Return policy inquiry from Amazon customer <<name>>',
  note='pre-sale question about the return policy',
  text="""If I buy two chairs and one doesn't fit in my car trunk, can I return just one of them?"""),
B(mp='fr', name='Claire', lang='fr', case='other', prod=['headlamp'], wrap='reply', cs='utf-8', cte='quoted-printable',
  quote=dict(style='gt', subj='Remboursement de votre commande',
    text="""Bonjour Claire,

Nous sommes désolés que la lampe frontale ne fonctionne pas correctement. Nous venons de procéder au remboursement intégral de votre commande ; il apparaîtra sur votre compte d'ici quelques jours.

Cordialement,
Brackenridge Trail Co."""),
  note='thanks; the quoted seller message is about a refund',
  text="""Merci beaucoup, c'est parfait. Bonne journée !"""),
B(mp='it', name='Simone', lang='it', case='other', prod=['poles'], wrap='plain', cs='ISO-8859-15', cte='quoted-printable',
  text="""Come si regola la lunghezza dei bastoncini? La leva di bloccaggio è durissima, ho paura di romperla."""),
B(mp='es', name='Alberto', lang='es', case='other', prod=['stove'], wrap='blocks', cs='utf-8', cte='8bit',
  text="""Buenas, ¿me podrían enviar la factura a nombre de mi empresa? Montes y Senderos S.L., CIF B00112233. Gracias."""),
B(mp='jp', name='斎藤', lang='ja', case='other', prod=['poles'], wrap='alt', cs='Shift_JIS', cte='base64',
  text="""本日無事に受け取りました。丁寧な梱包をありがとうございました。大切に使わせていただきます。"""),
B(mp='com', name='Chang', lang='zh', case='other', prod=['lantern'], wrap='plain', cs='utf-8', cte='quoted-printable',
  note='traditional Chinese; invoice request',
  text="""請問可以開立發票嗎？公司報帳需要，謝謝。"""),
B(mp='com', name='Dan', lang='en', case='other', prod=['headlamp'], orders=0, wrap='plain', cs='us-ascii', cte='7bit',
  subj='Product details inquiry from Amazon customer <<name>>',
  text="""I run a scout troop, 24 kids. Any chance of a discount if we order 24 headlamps? Also do you have them in a brighter color so they're easier to spot?"""),
B(mp='com', name='Erik', lang='en', case='other', prod=['pad'], wrap='plain_table', cs='utf-8', cte='8bit',
  text="""Is the pad OK to use on snow? Is R 4.2 enough for around -10 °C or do I need a foam pad underneath?"""),
B(mp='be_nl', name='Wout', lang='nl', case='other', prod=['stove'], wrap='plain', cs='utf-8', cte='7bit',
  text="""Hallo, bestaat er een Nederlandstalige handleiding voor de brander? Alvast bedankt."""),
B(mp='com', name='Luana', lang='pt', case='other', prod=['jacket'], orders=0, wrap='html', cs='utf-8', cte='quoted-printable',
  subj='Product details inquiry from Amazon customer <<name>>',
  text="""Olá! Vocês enviam para o Brasil? Quanto fica o frete?"""),
B(mp='tr', name='Burak', lang='tr', case='other', prod=['bottle'], wrap='deco', cs='utf-8', cte='base64',
  text="""Ürün elime ulaştı, çok teşekkürler, harika!"""),
B(mp='com', name='Priyanka', lang='en', case='other', prod=['pot'], wrap='alt', cs='utf-8', cte='7bit',
  text="""Love the pot! Quick question, do you sell the lid separately? Our dog chewed ours."""),
B(mp='com', name='Terrence', lang='en', case='other', prod=['gaiters'], wrap='cs', cs='utf-8', cte='7bit',
  cs_reason='Product information',
  note='Amazon customer service writing on the buyer\'s behalf',
  text="""The customer is asking whether the gaiters can be worn over size 47 (US 13) mountaineering boots, and whether the strap under the sole can be replaced if it wears out."""),
]


def N(**kw):
    kw['kind'] = 'notice'
    return kw


# ====================================================================
# Notices from Amazon system senders
# ====================================================================
NOTICES = [
# ---------------------------------------------------------------- official buyer cancellation requests
N(mp='com', lang='en', case='cancel_order', sender=('Amazon.com', 'donotreply@amazon.com'), prod=['lantern'], name='Helen',
  fmt='plain', cs='us-ascii', cte='7bit',
  note='official cancellation request; the buyer\'s reason (change address) does not change the case',
  subj='Order cancellation request from Amazon customer <<name>> (Order: <<o1>>)',
  body="""Hello,

Amazon customer <<name>> has submitted a cancellation request for the order below. If the order has not shipped yet, please cancel it in Seller Central. If it has already shipped, you do not need to cancel it, but please confirm the shipment so that the customer can track the package.

Reason for cancellation: Need to change shipping address
Item: <<title>>
ASIN: <<asin>>
Quantity: 1

Buyer Cancellation Request for Order ID: <<o1>>

Go to Manage Orders:
https://sellercentral.amazon.com/orders-v3/order/<<o1>>

Thank you for selling on Amazon."""),
N(mp='es', lang='es', case='cancel_order', sender=('Amazon.es', 'donotreply@amazon.es'), prod=['pad'], name='Montserrat',
  fmt='plain', cs='ISO-8859-1', cte='quoted-printable',
  subj='Solicitud de cancelación de pedido del cliente de Amazon <<name>> (Pedido: <<o1>>)',
  body="""Hola:

El cliente de Amazon <<name>> ha enviado una solicitud de cancelación para el pedido siguiente. Si todavía no lo has enviado, cancélalo desde Seller Central. Si ya se ha enviado, no es necesario que hagas nada.

Motivo de la cancelación: Pedido por error
Producto: <<title>>
ASIN: <<asin>>
Cantidad: 1

Solicitud de cancelación del comprador para el ID de pedido: <<o1>>

Gracias por vender en Amazon."""),
N(mp='de', lang='de', case='cancel_order', sender=('Amazon.de', 'donotreply@amazon.de'), prod=['gaiters'], name='Dirk',
  fmt='html', cs='utf-8', cte='quoted-printable',
  subj='Stornierungsanfrage von Amazon-Kunde <<name>> (Bestellung: <<o1>>)',
  body="""Hallo,

Amazon-Kunde <<name>> hat eine Stornierungsanfrage für die folgende Bestellung gesendet. Falls die Bestellung noch nicht versandt wurde, stornieren Sie sie bitte in Seller Central.

Grund für die Stornierung: Lieferzeit zu lang
Artikel: <<title>>
ASIN: <<asin>>
Menge: 1

Stornierungsanfrage des Käufers für Bestellnummer: <<o1>>

Vielen Dank, dass Sie bei Amazon verkaufen."""),
N(mp='jp', lang='ja', case='cancel_order', sender=('Amazon.co.jp', 'donotreply@amazon.co.jp'), prod=['filter'], name='岡田',
  fmt='plain', cs='ISO-2022-JP', cte='7bit',
  subj='注文キャンセルのリクエスト：お客様 <<name>> 様 (注文番号: <<o1>>)',
  body="""出品者様

Amazonのお客様（<<name>> 様）から、以下の注文についてキャンセルのリクエストが届きました。未出荷の場合は、セラーセントラルで注文をキャンセルしてください。出荷済みの場合、対応は不要です。

キャンセル理由：注文内容を間違えた
商品：<<title>>
ASIN：<<asin>>
数量：1

購入者によるキャンセルリクエストの注文番号：<<o1>>

Amazon.co.jp"""),

# ---------------------------------------------------------------- return authorizations (reason code decides)
N(mp='com', lang='en', case='return_unwanted', sender=('Amazon', 'order-update@amazon.com'), prod=['bottle'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='Return authorization request for order # <<o1>>',
  body="""Dear <<seller>>,

We are writing to let you know that a return request has been authorized for the following order:

Order ID: # <<o1>>
Item: <<title>>
Quantity: 1
Return reason: No longer needed
Customer comments:
Request received: <<d0>>

The customer has been given a prepaid return label, so you do not need to take any action now. When the return is delivered, please issue the refund within two business days.

To view this return, go to Manage Returns:
https://sellercentral.amazon.com/returns/list?orderId=<<o1>>

Sincerely,
Amazon Services"""),
N(mp='uk', lang='en', case='return_unwanted', sender=('Amazon.co.uk', 'order-update@amazon.co.uk'), prod=['gaiters'],
  fmt='html', cs='utf-8', cte='quoted-printable',
  subj='Return authorisation notification for order <<o1>>',
  body="",
  html="""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Return authorisation</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#111">
<p>Dear <<seller>>,</p>
<p>The following return has been authorised in line with the Amazon returns policy. No action is required from you at this stage.</p>
<p><b>Order ID:</b> <<o1>></p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr style="background:#eaeded"><th>Order Item</th><th>ASIN</th><th>SKU</th><th>Return Quantity</th><th>Return Reason</th><th>Customer&#39;s Comment</th></tr>
<tr><td><<title>></td><td><<asin>></td><td><<sku>></td><td>1</td><td>Bought by mistake</td><td>ordered the wrong one</td></tr>
</table>
<p>Please process the refund within two business days of receiving the returned item.</p>
<p><a href="https://sellercentral.amazon.co.uk/returns/list?orderId=<<o1>>">Manage Returns</a></p>
<p style="color:#767676;font-size:11px">This e-mail was sent from a notification-only address that cannot accept incoming e-mail. Please do not reply to this message.</p>
</body>
</html>"""),
N(mp='de', lang='de', case='return_unwanted', sender=('Amazon.de', 'order-update@amazon.de'), prod=['headlamp'],
  fmt='alt', cs='ISO-8859-15', cte='quoted-printable',
  subj='Rücksendeanfrage genehmigt für Bestellung # <<o1>>',
  body="""Sehr geehrte/r <<seller>>,

für die folgende Bestellung wurde eine Rücksendung genehmigt:

Bestellnummer: # <<o1>>
Artikel: <<title>>
Menge: 1
Rücksendegrund: Besserer Preis verfügbar
Kommentar des Kunden: Woanders 12 € günstiger gesehen
Anfrage eingegangen am: <<d0>>

Der Kunde hat ein vorfrankiertes Rücksendeetikett erhalten. Bitte erstatten Sie den Betrag innerhalb von zwei Werktagen nach Eingang der Rücksendung.

Rücksendungen verwalten:
https://sellercentral.amazon.de/returns/list?orderId=<<o1>>

Mit freundlichen Grüßen
Amazon Services Europe"""),
N(mp='it', lang='it', case='return_unwanted', sender=('Amazon.it', 'order-update@amazon.it'), prod=['bladder'],
  fmt='html', cs='utf-8', cte='base64',
  note='reason code "no longer needed" but the comment says it arrived broken: labelled by the reason code',
  subj="Richiesta di autorizzazione al reso per l'ordine <<o1>>",
  body="",
  html="""<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Autorizzazione al reso</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Gentile <<seller>>,</p>
<p>ti informiamo che è stata autorizzata una richiesta di reso per l'ordine <b><<o1>></b>.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>Articolo ordinato</th><th>ASIN</th><th>SKU</th><th>Quantità resa</th><th>Motivo del reso</th><th>Commento del cliente</th></tr>
<tr><td><<title>></td><td><<asin>></td><td><<sku>></td><td>1</td><td>Non più necessario</td><td>arrivata con il tappo rotto</td></tr>
</table>
<p>Ricordati di emettere il rimborso entro due giorni lavorativi dalla ricezione del reso.</p>
<p><a href="https://sellercentral.amazon.it/returns/list?orderId=<<o1>>">Gestisci resi</a></p>
<p>Cordiali saluti,<br>Amazon Services Europe</p>
</body>
</html>"""),
N(mp='es', lang='es', case='return_unwanted', sender=('Amazon.es', 'order-update@amazon.es'), prod=['jacket'],
  fmt='plain', cs='utf-8', cte='8bit',
  subj='Solicitud de autorización de devolución para el pedido n.º <<o1>>',
  body="""Estimado/a <<seller>>:

Se ha autorizado una solicitud de devolución para el siguiente pedido:

Número de pedido: <<o1>>
Artículo: <<title>>
Cantidad: 1
Motivo de la devolución: Talla incorrecta: demasiado grande
Comentario del cliente: La L me queda enorme, necesito una M.

El cliente ha recibido una etiqueta de devolución prepagada. Cuando recibas el artículo, emite el reembolso en un plazo de dos días hábiles.

Gestionar devoluciones:
https://sellercentral.amazon.es/returns/list?orderId=<<o1>>

Atentamente,
Amazon Services Europe"""),
N(mp='com', lang='en', case='return_unwanted', sender=('Amazon', 'order-update@amazon.com'), prod=['poles'],
  fmt='alt', cs='utf-8', cte='quoted-printable',
  note='reason "Item arrived too late" read as unwanted (amazon.md split)',
  subj='Return request authorized: order <<o1>>',
  body="""Hello <<seller>>,

Amazon has authorized a return on your behalf under your prepaid return label settings.

Order ID: <<o1>>
ASIN: <<asin>>
SKU: <<sku>>
Return Quantity: 1
Return Reason: Item arrived too late
Customer’s Comment: Needed them for a trip last weekend, they came on Tuesday.

No action is needed until the item is delivered back to you.

Manage Returns: https://sellercentral.amazon.com/returns/list?orderId=<<o1>>

Amazon Services"""),
N(mp='fr', lang='fr', case='return_dissatisfied', sub='defective', sender=('Amazon.fr', 'order-update@amazon.fr'), prod=['headlamp'],
  fmt='alt', cs='ISO-8859-1', cte='quoted-printable',
  subj="Demande d'autorisation de retour pour la commande n° <<o1>>",
  body="""Bonjour <<seller>>,

Une demande de retour a été autorisée pour la commande suivante :

Numéro de commande : <<o1>>
Article : <<title>>
Quantité : 1
Motif du retour : Article défectueux ou ne fonctionne pas
Commentaire du client : La lampe s'éteint toute seule au bout de 5 minutes.
Date de la demande : <<d0>>

Le client a reçu une étiquette de retour prépayée. Merci d'effectuer le remboursement dans les deux jours ouvrés suivant la réception du retour.

Gérer les retours :
https://sellercentral.amazon.fr/returns/list?orderId=<<o1>>

Cordialement,
Amazon Services Europe"""),
N(mp='com', lang='en', case='return_dissatisfied', sub='damaged', sender=('Amazon', 'order-update@amazon.com'), prod=['pot'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='Return authorization request for order # <<o1>>',
  body="""Dear <<seller>>,

We are writing to let you know that a return request has been authorized for the following order:

Order ID: # <<o1>>
Item: <<title>>
Quantity: 1
Return reason: Product damaged, but shipping box OK
Customer comments: Handle snapped off the pot, the box looked fine.
Request received: <<d0>>

The customer has been given a prepaid return label, so you do not need to take any action now. When the return is delivered, please issue the refund within two business days.

To view this return, go to Manage Returns:
https://sellercentral.amazon.com/returns/list?orderId=<<o1>>

Sincerely,
Amazon Services"""),
N(mp='com', lang='zh', case='return_dissatisfied', sub='wrong_item', sender=('Amazon', 'order-update@amazon.com'), prod=['jacket'],
  fmt='html', cs='utf-8', cte='base64',
  note='notice in Chinese (Seller Central language set to Chinese) for an amazon.com order',
  subj='订单 # <<o1>> 的退货授权请求',
  body="",
  html="""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>退货授权</title></head>
<body style="font-family:'Microsoft YaHei',Arial,sans-serif;font-size:13px">
<p><<seller>>，您好：</p>
<p>以下订单的退货请求已获授权：</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>订单商品</th><th>ASIN</th><th>SKU</th><th>退货数量</th><th>退货原因</th><th>买家留言</th></tr>
<tr><td><<title>></td><td><<asin>></td><td><<sku>></td><td>1</td><td>发错了商品</td><td>我订的是L号，收到的是S号。</td></tr>
</table>
<p>订单编号：<<o1>></p>
<p>收到退货后，请在两个工作日内为买家退款。</p>
<p><a href="https://sellercentral.amazon.com/returns/list?orderId=<<o1>>">管理退货</a></p>
<p>亚马逊卖家服务</p>
</body>
</html>"""),
N(mp='es', lang='es', case='return_dissatisfied', sub='missing_parts', sender=('Amazon.es', 'order-update@amazon.es'), prod=['pad'],
  fmt='alt', cs='windows-1252', cte='quoted-printable',
  subj='Devolución autorizada: pedido <<o1>>',
  body="""Hola, <<seller>>:

Hemos autorizado la siguiente devolución:

Número de pedido: <<o1>>
ASIN: <<asin>>
SKU: <<sku>>
Cantidad devuelta: 1
Motivo de la devolución: Faltan piezas o accesorios
Comentario del cliente: No venía la bolsa de inflado.

Recuerda emitir el reembolso en un plazo de dos días hábiles desde la recepción del artículo.

Atentamente,
Amazon Services Europe"""),
N(mp='jp', lang='ja', case='return_dissatisfied', sub='defective', sender=('Amazon.co.jp', 'order-update@amazon.co.jp'), prod=['bottle'],
  fmt='plain', cs='Shift_JIS', cte='base64',
  note='reason "performance or quality not adequate" read as defective',
  subj='返品リクエストが承認されました（注文番号：<<o1>>）',
  body="""<<seller>> 様

以下の注文について、返品リクエストが承認されました。

注文番号：<<o1>>
商品名：<<title>>
数量：1
返品理由：性能・品質が不十分
お客様のコメント：保冷力が説明より明らかに低いです。

返品商品の受領後、2営業日以内に返金を行ってください。

Amazon.co.jp"""),

# ---------------------------------------------------------------- A-to-z claims and decisions (always needs_human)
N(mp='com', lang='en', case='return_dissatisfied', sub='not_received', nh=True, sender=('Amazon A-to-z Guarantee', 'atoz-guarantee-no-reply@amazon.com'), prod=['stove'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='A-to-z Guarantee Claim for Order <<o1>>',
  body="""Hello <<seller>>,

A buyer has filed an A-to-z Guarantee claim for the order below.

Order ID: <<o1>>
Claim reason: Item not received
Claim amount: USD 29.99
Buyer's comments: "Tracking stopped updating 3 weeks ago. Seller didn't answer."

Please respond within 72 hours from the A-to-z Guarantee Claims page in Seller Central. If you do not respond, Amazon may decide the claim in the buyer's favor and debit your account.

https://sellercentral.amazon.com/guarantee/claims?orderId=<<o1>>

Regards,
Amazon A-to-z Guarantee Team"""),
N(mp='uk', lang='en', case='return_dissatisfied', sub='defective', nh=True, sender=('Amazon.co.uk', 'seller-guarantee@amazon.co.uk'), prod=['lantern'],
  fmt='html', cs='utf-8', cte='quoted-printable',
  subj='Action required: Claim received on order <<o1>>',
  body="""Dear <<seller>>,

We have received an A-to-z Guarantee claim on one of your orders.

Order ID: <<o1>>
Claim reason: Item defective or does not work
Claim amount: GBP 21.99
Buyer comment: Lantern dies after about ten minutes even when fully charged.

Respond to this claim within 72 hours. You can provide information about the order, issue a refund, or contact the buyer through Buyer-Seller Messaging.

https://sellercentral.amazon.co.uk/guarantee/claims?orderId=<<o1>>

Amazon A-to-z Guarantee"""),
N(mp='de', lang='de', case='return_dissatisfied', sub='not_received', nh=True, sender=('Amazon.de', 'atoz-guarantee-no-reply@amazon.de'), prod=['jacket'],
  fmt='plain', cs='utf-8', cte='quoted-printable',
  subj='A-bis-z-Garantieantrag für Bestellung <<o1>>',
  body="""Guten Tag <<seller>>,

ein Käufer hat für die folgende Bestellung einen Antrag auf die A-bis-z-Garantie gestellt.

Bestellnummer: <<o1>>
Grund des Antrags: Artikel nicht erhalten
Betrag: 79,90 EUR
Kommentar des Käufers: Paket laut Sendungsverfolgung seit 18 Tagen unterwegs, keine Antwort vom Verkäufer.

Bitte antworten Sie innerhalb von 72 Stunden über die Seite A-bis-z-Garantieanträge in Seller Central. Ohne Antwort kann Amazon zugunsten des Käufers entscheiden und Ihr Konto belasten.

https://sellercentral.amazon.de/guarantee/claims?orderId=<<o1>>

Ihr Amazon A-bis-z-Garantie-Team"""),
N(mp='fr', lang='fr', case='return_dissatisfied', sub='damaged', nh=True, sender=('Amazon.fr', 'atoz-guarantee-no-reply@amazon.fr'), prod=['chair'],
  fmt='alt', cs='utf-8', cte='quoted-printable',
  subj='Réclamation au titre de la Garantie A à Z – commande <<o1>>',
  body="""Bonjour <<seller>>,

Un acheteur a déposé une réclamation au titre de la Garantie A à Z pour la commande ci-dessous.

Numéro de commande : <<o1>>
Motif de la réclamation : Article endommagé à la réception
Montant : 44,99 EUR
Commentaire de l'acheteur : Un pied de la chaise est cassé, le carton était éventré.

Merci de répondre sous 72 heures depuis la page Réclamations au titre de la Garantie A à Z de Seller Central.

https://sellercentral.amazon.fr/guarantee/claims?orderId=<<o1>>

L'équipe Garantie A à Z d'Amazon"""),
N(mp='com', lang='en', case='return_dissatisfied', sub='not_received', nh=True, sender=('Amazon A-to-z Guarantee', 'seller-guarantee@amazon.com'), prod=['pad', 'gaiters'],
  fmt='plain', cs='us-ascii', cte='7bit',
  note='claim decision; labelled with the claim reason like the claim itself',
  subj='Claim Decision on Order <<o1>>',
  body="""Hello <<seller>>,

We have reviewed the A-to-z Guarantee claim filed on the order below and decided it in the buyer's favor.

Order ID: <<o1>>
Claim reason: Item not received
Amount debited from your account: USD 54.90

Our decision was based on the information available: the tracking information does not show a delivery scan, and we did not receive a response from you within the required time.

If you believe this decision is wrong, you may appeal within 30 calendar days from the A-to-z Guarantee Claims page:
https://sellercentral.amazon.com/guarantee/claims?orderId=<<o1>>

Sincerely,
Amazon A-to-z Guarantee Team"""),

# ---------------------------------------------------------------- chargebacks (other, needs_human)
N(mp='com', lang='en', case='other', nh=True, sender=('Amazon Payments', 'payments-messages@amazon.com'), prod=['poles'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='Chargeback claim received for order <<o1>>',
  body="""Hello <<seller>>,

The card issuer of one of your buyers has notified us of a chargeback on the order below.

Order ID: <<o1>>
Chargeback reason: Merchandise not received
Chargeback amount: USD 89.00

Please respond within 7 days with any information that supports your case, such as proof of delivery. You can respond from the Chargeback Claims page in Seller Central:
https://sellercentral.amazon.com/chargebacks?orderId=<<o1>>

If we do not receive a response, the claim may be decided against you.

Amazon Payments"""),
N(mp='fr', lang='fr', case='other', nh=True, sender=('Amazon Payments', 'payments-messages@amazon.fr'), prod=['bottle'],
  fmt='html', cs='ISO-8859-15', cte='quoted-printable',
  subj='Notification de rétrofacturation pour la commande <<o1>>',
  body="""Bonjour <<seller>>,

La banque émettrice de la carte d'un acheteur nous a informés d'une rétrofacturation pour la commande suivante :

Numéro de commande : <<o1>>
Motif : Transaction non reconnue
Montant : 32,90 €

Vous disposez de 7 jours pour nous transmettre tout justificatif utile (preuve de livraison, échanges avec l'acheteur). Sans réponse de votre part, le montant pourra être prélevé sur votre compte.

https://sellercentral.amazon.fr/chargebacks?orderId=<<o1>>

Amazon Payments Europe"""),

# ---------------------------------------------------------------- returned goods: returns received and refunds
N(mp='com', lang='en', case='returned_goods', sender=('Amazon.com', 'do-not-reply@amazon.com'), prod=['chair'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='Refund initiated for order <<o1>>',
  body="""Hello,

We have initiated a refund on behalf of <<seller>> for the order below.

Order ID: <<o1>>
Item: <<title>>
Refund amount: $34.99
Reason: Customer return

The refund will appear on your next settlement report.

This e-mail was sent from a notification-only address that cannot accept incoming e-mail. Please do not reply to this message."""),
N(mp='uk', lang='en', case='returned_goods', sender=('Amazon.co.uk', 'do-not-reply@amazon.co.uk'), prod=['jacket'],
  fmt='html', cs='utf-8', cte='quoted-printable',
  subj='Refund issued for order <<o1>>',
  body="""Hello <<seller>>,

A refund has been issued for the following order.

Order ID: <<o1>>
Item: <<title>>
Refund amount: £54.99
Refund reason: Item returned

The amount will be deducted from your next disbursement.

Amazon Services Europe"""),
N(mp='de', lang='de', case='returned_goods', sender=('Amazon.de', 'do-not-reply@amazon.de'), prod=['stove'],
  fmt='plain', cs='ISO-8859-1', cte='quoted-printable',
  subj='Erstattung für Bestellung <<o1>> veranlasst',
  body="""Guten Tag,

für die folgende Bestellung wurde im Namen von <<seller>> eine Erstattung veranlasst.

Bestellnummer: <<o1>>
Artikel: <<title>>
Erstattungsbetrag: EUR 39,99
Grund: Rücksendung durch den Kunden

Der Betrag wird mit Ihrer nächsten Auszahlung verrechnet.

Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht."""),
N(mp='fr', lang='fr', case='returned_goods', sender=('Amazon.fr', 'do-not-reply@amazon.fr'), prod=['headlamp'],
  fmt='alt', cs='utf-8', cte='quoted-printable',
  subj='Remboursement effectué pour la commande <<o1>>',
  body="""Bonjour,

Un remboursement a été effectué au nom de <<seller>> pour la commande suivante.

Numéro de commande : <<o1>>
Article : <<title>>
Montant remboursé : 29,99 €
Motif : Retour client

Ce montant apparaîtra dans votre prochain rapport de paiement.

Cet e-mail a été envoyé depuis une adresse qui ne reçoit pas de messages. Merci de ne pas y répondre."""),
N(mp='it', lang='it', case='returned_goods', sender=('Amazon.it', 'do-not-reply@amazon.it'), prod=['pad'],
  fmt='plain', cs='windows-1252', cte='quoted-printable',
  subj="Rimborso emesso per l'ordine <<o1>>",
  body="""Buongiorno,

è stato emesso un rimborso per conto di <<seller>> per il seguente ordine.

Numero ordine: <<o1>>
Articolo: <<title>>
Importo rimborsato: 64,99 €
Motivo: Reso del cliente

L’importo sarà detratto dal prossimo pagamento.

Questa e-mail è stata inviata da un indirizzo che non accetta messaggi in arrivo. Non rispondere a questo messaggio."""),
N(mp='es', lang='es', case='returned_goods', sender=('Amazon.es', 'do-not-reply@amazon.es'), prod=['lantern'],
  fmt='plain', cs='utf-8', cte='8bit',
  subj='Reembolso procesado para el pedido <<o1>>',
  body="""Hola:

Se ha procesado un reembolso en nombre de <<seller>> para el siguiente pedido.

Número de pedido: <<o1>>
Artículo: <<title>>
Importe reembolsado: 24,99 €
Motivo: Devolución del cliente

El importe se descontará de tu próximo pago.

Este correo se ha enviado desde una dirección que no admite respuestas."""),
N(mp='jp', lang='ja', case='returned_goods', sender=('Amazon.co.jp', 'do-not-reply@amazon.co.jp'), prod=['socks'],
  fmt='plain', cs='ISO-2022-JP', cte='7bit',
  subj='返金処理のお知らせ（注文番号：<<o1>>）',
  body="""<<seller>> 様

以下の注文について、返金処理が行われました。

注文番号：<<o1>>
商品名：<<title>>
返金額：2,980円
理由：お客様による返品

返金額は次回の支払いから差し引かれます。

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。"""),
N(mp='com', lang='zh', case='returned_goods', sender=('Amazon', 'do-not-reply@amazon.com'), prod=['filter'],
  fmt='plain', cs='utf-8', cte='base64',
  note='notice in Chinese (Seller Central language set to Chinese)',
  subj='订单 <<o1>> 的退款已发起',
  body="""您好，

我们已代表 <<seller>> 为以下订单发起退款。

订单编号：<<o1>>
商品：<<title>>
退款金额：US$19.99
原因：买家退货

该款项将在您的下一次结算报告中显示。

此邮件由仅用于发送通知的地址发出，请勿直接回复。"""),
N(mp='com', lang='en', case='returned_goods', sender=('Amazon', 'order-update@amazon.com'), prod=['gaiters'],
  fmt='alt', cs='utf-8', cte='7bit',
  subj='Return delivered: order <<o1>>',
  body="""Hello <<seller>>,

The return for the order below was delivered to your return address on <<d0>>.

Order ID: <<o1>>
Item: <<title>>
Return Quantity: 1
Tracking ID: <<trk>>

Please inspect the item and issue the refund within two business days. If you do not issue the refund in time, Amazon may refund the buyer on your behalf and charge your account.

Manage Returns: https://sellercentral.amazon.com/returns/list?orderId=<<o1>>"""),
N(mp='com', lang='en', case='returned_goods', sender=('Amazon Fulfillment', 'donotreply@amazon.com'), prod=['headlamp'],
  fmt='plain', cs='us-ascii', cte='7bit',
  note='FBA customer return received; the buyer\'s reason (DEFECTIVE) does not change the case',
  subj='FBA customer return received at fulfillment center (Order <<o1>>)',
  body="""Hello,

A customer return has been received at an Amazon fulfillment center.

Order ID: <<o1>>
ASIN: <<asin>>
SKU: <<sku>>
Quantity: 1
Return reason: DEFECTIVE
Disposition: CUSTOMER_DAMAGED
Fulfillment center: QXR4
Received: <<d0>>

Units with the disposition CUSTOMER_DAMAGED are unsellable. You can create a removal order or have them disposed of from the FBA Inventory page.

Amazon Fulfillment"""),
N(mp='de', lang='de', case='returned_goods', sender=('Amazon.de', 'donotreply@amazon.de'), prod=['socks'],
  fmt='html', cs='utf-8', cte='base64',
  subj='Rücksendung eingegangen – Bestellung <<o1>>',
  body="""Hallo <<seller>>,

die Rücksendung zur folgenden Bestellung ist in unserem Logistikzentrum eingegangen.

Bestellnummer: <<o1>>
ASIN: <<asin>>
SKU: <<sku>>
Menge: 1
Zustand: Verkäuflich
Eingegangen am: <<d0>>

Der Artikel wurde wieder Ihrem verkäuflichen Bestand hinzugefügt.

Amazon Services Europe"""),
N(mp='com', lang='en', case='returned_goods', sender=('Amazon.com', 'do-not-reply@amazon.com'), prod=['filter'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='Returnless refund issued for order <<o1>>',
  body="""Hello,

Under your returnless refund settings, a refund was issued for the order below. The customer does not need to send the item back.

Order ID: <<o1>>
Item: <<title>>
Refund amount: $12.99
Return reason: Item defective or doesn't work

You can change your returnless refund rules in Seller Central under Returns Settings.

This e-mail was sent from a notification-only address. Please do not reply."""),
N(mp='nl', lang='nl', case='returned_goods', sender=('Amazon.nl', 'do-not-reply@amazon.nl'), prod=['bottle'],
  fmt='plain', cs='ISO-8859-1', cte='quoted-printable',
  subj='Terugbetaling uitgevoerd voor bestelling <<o1>>',
  body="""Hallo,

Namens <<seller>> is een terugbetaling uitgevoerd voor de volgende bestelling.

Bestelnummer: <<o1>>
Artikel: <<title>>
Terugbetaald bedrag: EUR 27,99
Reden: Retour door klant

Het bedrag wordt verrekend met uw volgende uitbetaling.

Deze e-mail is verzonden vanaf een adres waarop geen berichten kunnen worden ontvangen."""),
N(mp='pl', lang='pl', case='returned_goods', sender=('Amazon.pl', 'donotreply@amazon.pl'), prod=['lantern'],
  fmt='plain', cs='ISO-8859-2', cte='quoted-printable',
  subj='Zwrot dotarł: zamówienie <<o1>>',
  body="""Dzień dobry,

zwrot dotyczący poniższego zamówienia został dostarczony na Twój adres zwrotny.

Numer zamówienia: <<o1>>
Produkt: <<title>>
Ilość: 1
Data dostarczenia: <<d0>>

Sprawdź produkt i zwróć pieniądze kupującemu w ciągu dwóch dni roboczych.

Amazon Services Europe"""),
N(mp='se', lang='sv', case='returned_goods', sender=('Amazon.se', 'do-not-reply@amazon.se'), prod=['pad'],
  fmt='alt', cs='utf-8', cte='quoted-printable',
  subj='Återbetalning initierad för order <<o1>>',
  body="""Hej,

En återbetalning har initierats för <<seller>> för följande order.

Ordernummer: <<o1>>
Artikel: <<title>>
Återbetalt belopp: 749,00 kr
Orsak: Kundretur

Beloppet dras av från din nästa utbetalning.

Det här meddelandet skickades från en adress som inte tar emot e-post."""),

# ---------------------------------------------------------------- feedback and review alerts
N(mp='com', lang='en', case='negative_review', sender=('Amazon Seller Central', 'seller-notification@amazon.com'), prod=['bladder'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='New negative feedback received for order <<o1>>',
  body="""Hello <<seller>>,

A buyer has left feedback for you.

Rating: 1 out of 5
Order ID: <<o1>>
Comment: "Arrived a week late and the box was crushed."
Date: <<d0>>

You can post a public response or contact the buyer from the Feedback Manager page:
https://sellercentral.amazon.com/feedback-manager/index.html

Please remember that you may not offer incentives to buyers to change or remove feedback."""),
N(mp='de', lang='de', case='negative_review', sender=('Amazon Seller Central', 'seller-notification@amazon.de'), prod=['chair'],
  fmt='alt', cs='utf-8', cte='quoted-printable',
  subj='Neue Verkäuferbewertung: 2 von 5 Sternen (Bestellung <<o1>>)',
  body="""Hallo <<seller>>,

ein Käufer hat eine Bewertung für Sie abgegeben.

Bewertung: 2 von 5 Sternen
Bestellnummer: <<o1>>
Kommentar: „Stuhl wackelt, Antwort vom Verkäufer kam erst nach 4 Tagen.“
Datum: <<d0>>

Sie können öffentlich auf die Bewertung antworten oder den Käufer über die Seite Käuferzufriedenheit kontaktieren.

Bitte beachten Sie: Es ist nicht erlaubt, Käufern Anreize für das Ändern oder Entfernen einer Bewertung anzubieten."""),
N(mp='com', lang='en', case='negative_review', sender=('Amazon Brand Registry', 'brand-registry@amazon.com'), prod=['bladder'], orders=0,
  fmt='html', cs='utf-8', cte='quoted-printable',
  note='product review alert; reviews are not tied to an order in the alert, so no order id',
  subj='Review alert: a new 1-star review on <<asin>>',
  body="""Hello <<seller>>,

A new customer review was posted on one of your brand's products.

Product: <<title>>
ASIN: <<asin>>
Rating: 1 star
Review title: Leaked on day one
Review text: The seam split on the first night out. Soaked my quilt. Avoid.

You can respond to reviews from Customer Reviews in Brand Registry.

Amazon Brand Registry"""),
N(mp='jp', lang='ja', case='negative_review', sender=('Amazon.co.jp', 'seller-notification@amazon.co.jp'), prod=['headlamp'],
  fmt='plain', cs='Shift_JIS', cte='base64',
  subj='【評価通知】新しい評価が投稿されました（評価：1）',
  body="""<<seller>> 様

購入者から新しい評価が投稿されました。

評価：1
注文番号：<<o1>>
コメント：「説明より暗く、電池の持ちも悪いです。」
投稿日：<<d0>>

評価への返信は、セラーセントラルの「評価管理」から行えます。

評価の変更や削除と引き換えに、購入者に特典を提供することは禁止されています。"""),
N(mp='it', lang='it', case='negative_review', sender=('Amazon Seller Central', 'seller-notification@amazon.it'), prod=['poles'],
  fmt='plain', cs='ISO-8859-1', cte='8bit',
  subj='Hai ricevuto un nuovo feedback negativo (ordine <<o1>>)',
  body="""Gentile <<seller>>,

un acquirente ha lasciato un feedback per il tuo account venditore.

Valutazione: 1 su 5
Numero ordine: <<o1>>
Commento: "Uno dei bastoncini non si blocca, nessuna risposta alle mie domande."
Data: <<d0>>

Puoi rispondere pubblicamente o contattare l'acquirente dalla pagina Gestione feedback.

Ti ricordiamo che non è consentito offrire incentivi per modificare o rimuovere un feedback."""),

# ---------------------------------------------------------------- other Amazon mail
N(mp='com', lang='en', case='other', sender=('Amazon Seller Central', 'donotreply@amazon.com'), prod=['poles'], same='kyle', gap=2,
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='Message delivery failure (Order: <<o1>>)',
  body="""Hello,

We were unable to deliver the message you sent to the buyer for order <<o1>>.

Reason: Your message contains an external link. Messages to buyers may only contain links that are necessary to complete the order.

Your message has not been sent. Please remove the link and send your message again from Buyer-Seller Messages.

https://sellercentral.amazon.com/messaging/inbox

Amazon Seller Central"""),
N(mp='fr', lang='fr', case='other', sender=('Amazon Seller Central', 'donotreply@amazon.fr'), prod=['gaiters'],
  fmt='plain', cs='utf-8', cte='quoted-printable',
  subj="Échec de l'envoi de votre message (Commande : <<o1>>)",
  body="""Bonjour,

Nous n'avons pas pu transmettre le message que vous avez envoyé à l'acheteur de la commande <<o1>>.

Motif : la pièce jointe n'est pas dans un format autorisé.

Votre message n'a pas été envoyé. Vous pouvez le renvoyer depuis la messagerie acheteur-vendeur après avoir retiré la pièce jointe.

Amazon Seller Central"""),
N(mp='uk', lang='en', case='other', sender=('Amazon Seller Central', 'donotreply@amazon.co.uk'), prod=['socks'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='Your message was not delivered (Order: <<o1>>)',
  body="""Hello,

Your message to the buyer of order <<o1>> was not delivered because the buyer has chosen to opt out of receiving unsolicited messages from sellers.

Messages that are required to complete the order, and replies to messages the buyer sends you, are still delivered.

Amazon Seller Central"""),
N(mp='com', lang='en', case='other', sender=('Amazon Seller Performance', 'seller-performance@amazon.com'), prod=['poles'], orders=0,
  fmt='html', cs='utf-8', cte='quoted-printable',
  subj='Your Late Response Rate needs attention',
  body="""Hello <<seller>>,

Over the last 7 days, 14% of your buyer messages were not answered within 24 hours. Sellers who respond quickly receive less negative feedback.

Late Response Rate (7 days): 14%
Messages without a response: 3

You can see the details on the Buyer-Seller Contact Metrics page:
https://sellercentral.amazon.com/messaging/metrics

Messages that do not need a reply can be marked "No response needed".

Amazon Seller Performance"""),
N(mp='de', lang='de', case='other', sender=('Amazon Seller Performance', 'seller-performance@amazon.de'), prod=['lantern'], orders=0,
  fmt='alt', cs='utf-8', cte='quoted-printable',
  subj='Richtlinienwarnung: Angebot wegen fehlender Sicherheitsinformationen deaktiviert',
  body="""Guten Tag <<seller>>,

wir haben das folgende Angebot deaktiviert, weil die vorgeschriebenen Produktsicherheitsinformationen fehlen.

ASIN: <<asin>>
SKU: <<sku>>
Produkt: <<title>>
Fehlende Angaben: Kontaktdaten der verantwortlichen Person in der EU, Sicherheitshinweise

Bitte ergänzen Sie die fehlenden Angaben über den Produktsicherheitsbereich in Seller Central. Wiederholte Verstöße können zu Einschränkungen Ihres Verkäuferkontos führen.

Amazon Seller Performance"""),
N(mp='com', lang='en', case='other', sender=('Amazon.com', 'auto-confirm@amazon.com'), prod=['headlamp'],
  fmt='plain', cs='us-ascii', cte='7bit',
  subj='Sold, ship now: <<title>>',
  body="""Dear <<seller>>,

Congratulations! You have a new order. Please ship it using the details below.

Order ID: <<o1>>
Item: <<title>>
SKU: <<sku>>
Quantity: 1
Order date: <<d0>>
Price: $29.99
Shipping: Standard
Ship by: <<d+2>>

Ship to:
Denise Orlov
77 Birchwood Lane
Fairbanks, AK 99709

Confirm shipment in Seller Central once the package has shipped:
https://sellercentral.amazon.com/orders-v3/order/<<o1>>"""),
N(mp='tr', lang='tr', case='other', sender=('Amazon.com.tr', 'auto-confirm@amazon.com.tr'), prod=['bottle'],
  fmt='plain', cs='utf-8', cte='quoted-printable',
  subj='Satıldı, şimdi gönderin: <<title>>',
  body="""Sayın <<seller>>,

Yeni bir siparişiniz var. Lütfen aşağıdaki bilgileri kullanarak gönderin.

Sipariş numarası: <<o1>>
Ürün: <<title>>
SKU: <<sku>>
Adet: 1
Sipariş tarihi: <<d0>>

Gönderiyi yaptıktan sonra Seller Central'da onaylayın.

Amazon.com.tr"""),
N(mp='com', lang='en', case='other', sender=('Amazon Seller Central', 'order-update@amazon.com'), prod=['pot', 'stove'], orders=2,
  fmt='html', cs='utf-8', cte='7bit',
  subj='Action Required: Unshipped Prime orders that need to be shipped today',
  body="""Hello <<seller>>,

The following Prime orders must be shipped today to meet the delivery promise to your customers.

Order ID: <<o1>>
Order ID: <<o2>>

Late shipment of Prime orders can affect your eligibility for Seller Fulfilled Prime.

https://sellercentral.amazon.com/orders-v3/mfn/unshipped"""),
N(mp='com', lang='en', case='other', sender=('Amazon Selling Partner News', 'seller-news@amazon.com'), prod=['poles'], orders=0,
  fmt='alt', cs='utf-8', cte='quoted-printable',
  subj='Prime Big Deal Days: submit your Lightning Deals before the deadline',
  body="""Hello <<seller>>,

Prime Big Deal Days is coming. Deals submitted before the deadline can be featured to millions of Prime members.

Why submit a deal?
Last year, participating sellers in Sports & Outdoors saw strong traffic during the event.

Recommended for you: 3 of your products are eligible for Lightning Deals.

Submit deals: https://sellercentral.amazon.com/merchandising-new/deals

You are receiving this e-mail because you sell on Amazon. To change your e-mail preferences, go to Notification Preferences in Seller Central."""),
N(mp='es', lang='es', case='other', sender=('Amazon Ads', 'novedades-vendedores@amazon.es'), prod=['poles'], orders=0,
  fmt='html', cs='utf-8', cte='quoted-printable',
  subj='Llega a más clientes con Sponsored Products: 50 € de crédito promocional',
  body="""Hola, <<seller>>:

Crea tu primera campaña de Sponsored Products antes de fin de mes y recibe 50 € de crédito promocional.

Cómo funciona:
Elige los productos que quieres anunciar, fija un presupuesto diario y Amazon mostrará tus anuncios a los clientes que buscan productos como los tuyos.

Empieza ahora: https://advertising.amazon.es/

Has recibido este correo porque vendes en Amazon.es. Puedes cambiar tus preferencias de notificación en Seller Central."""),
N(mp='it', lang='it', case='other', sender=('Amazon Seller Central', 'auto-communication@amazon.it'), prod=['poles'],
  fmt='plain', cs='utf-8', cte='quoted-printable',
  note='copy of the seller\'s own outgoing message (which talks about a refund)',
  subj="Copia del tuo messaggio all'acquirente (Ordine: <<o1>>)",
  body="""Questa è una copia del messaggio che hai inviato a un acquirente tramite Amazon.

Ordine: <<o1>>
Articolo: <<title>>

------------- Inizio messaggio -------------

Gentile Davide,

abbiamo ricevuto il reso e abbiamo appena emesso il rimborso completo. L'importo sarà visibile sul tuo conto entro 3-5 giorni lavorativi.

Cordiali saluti,
<<seller>>

------------- Fine messaggio -------------"""),
N(mp='com', lang='en', case='other', sender=('Amazon Seller Central', 'auto-communication@amazon.com'), prod=['poles'], same='kyle', gap=1,
  fmt='plain', cs='us-ascii', cte='7bit',
  note='copy of the seller\'s own outgoing message',
  subj='Your e-mail to Amazon customer Kyle (Order: <<o1>>)',
  body="""This is a copy of the message you sent to the buyer.

Order ID: <<o1>>

Message:

Hi Kyle,

We're sorry that only one pole was in the box. We have shipped the missing pole today; it should arrive within 3-5 days.

Best regards,
<<seller>>

This copy is for your records only. Replies to this address are not monitored."""),
N(mp='com', lang='zh', case='other', sender=('亚马逊卖家绩效', 'seller-performance@amazon.com'), prod=['poles'], orders=0,
  fmt='html', cs='utf-8', cte='base64',
  subj='账户状况提醒：您的迟发率已超过目标',
  body="""<<seller>>，您好：

过去 30 天内，您的卖家自配送订单迟发率为 5.8%，已超过 4% 的目标。

迟发率：5.8%
迟发订单数：7
目标：低于 4%

迟发率过高可能导致您的销售权限受到限制。请及时确认发货，并在账户状况页面查看详情。

亚马逊卖家绩效团队"""),
N(mp='com', lang='en', case='other', sender=('Amazon Customer Questions', 'community-help@amazon.com'), prod=['filter'], orders=0,
  fmt='plain', cs='us-ascii', cte='7bit',
  note='listing Q&A relay (pre-sale question posted on the product page)',
  subj='A customer has a question about <<title>>',
  body="""A customer has asked a question about a product you sell:

<<title>>
ASIN: <<asin>>

Question: "Does this filter remove viruses, or only bacteria and protozoa?"

Answer this question so that other customers can see it on the product page:
https://www.amazon.com/ask/questions/asin/<<asin>>

You are receiving this e-mail because you sell this product on Amazon.com."""),
]


def X(**kw):
    kw['kind'] = 'nonamazon'
    kw.setdefault('case', 'other')
    return kw


# ====================================================================
# Mail that is neither from a buyer nor from Amazon
# ====================================================================
OTHERS = [
# ---------------------------------------------------------------- bounces (DSN)
X(lang='en', sender=('Mail Delivery System', 'MAILER-DAEMON@mx.brackenridge-trail.example'), tz=-7,
  fmt='dsn', cs='us-ascii', cte='7bit',
  subj='Undelivered Mail Returned to Sender',
  dsn=dict(rcpt='sales@hengda-outdoor.example', status='5.1.1', action='failed',
           diag='smtp; 550 5.1.1 <sales@hengda-outdoor.example>: Recipient address rejected: User unknown in virtual mailbox table',
           remote='mx1.hengda-outdoor.example', orig_subj='Re: PO BT-2025-044 lid batch',
           orig_body='Hi Mr. Chen,\n\nPlease confirm the new ship date for the lids.\n\nThanks,\nAnna\nBrackenridge Trail Co.\n'),
  body="""This is the mail system at host mx.brackenridge-trail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sales@hengda-outdoor.example>: host mx1.hengda-outdoor.example[198.51.100.23]
    said: 550 5.1.1 <sales@hengda-outdoor.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)"""),
X(lang='de', sender=('Microsoft Outlook', 'postmaster@bergwerk-outdoor.example'), tz=1,
  fmt='dsn', cs='utf-8', cte='quoted-printable',
  subj='Unzustellbar: Rechnung zu Ihrer Bestellung',
  dsn=dict(rcpt='buchhaltung@bergwerk-outdoor.example', status='5.2.2', action='failed',
           diag='smtp; 552 5.2.2 Mailbox full; STOREDRV.Deliver; quota exceeded',
           remote='mail.bergwerk-outdoor.example', orig_subj='Rechnung zu Ihrer Bestellung',
           orig_body='Sehr geehrter Herr Maier,\n\nanbei erhalten Sie die gewuenschte Rechnung.\n\nMit freundlichen Gruessen\nBrackenridge Trail Co.\n'),
  body="""Ihre Nachricht konnte nicht an folgende Empfänger zugestellt werden:

buchhaltung@bergwerk-outdoor.example

Das Postfach des Empfängers ist voll und kann momentan keine Nachrichten annehmen. Versuchen Sie, die Nachricht später erneut zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: mail.bergwerk-outdoor.example
Remote-Server: 552 5.2.2 Mailbox full; STOREDRV.Deliver; quota exceeded"""),

# ---------------------------------------------------------------- out-of-office
X(lang='en', sender=('Grace Lin', 'grace.lin@packright-supplies.example'), tz=-5, fmt='plain', cs='us-ascii', cte='7bit', auto=True,
  subj='Automatic reply: Re: Quote for 2,000 printed mailer boxes',
  body="""Thank you for your email.

I am out of the office until Monday with limited access to email. For urgent matters please contact our customer service team at the main office number.

Best regards,
Grace Lin
Account Manager, PackRight Supplies"""),
X(lang='fr', sender=('Sylvie Marchand', 's.marchand@alpes-distribution.example'), tz=1, fmt='plain', cs='ISO-8859-1', cte='quoted-printable', auto=True,
  subj='Réponse automatique : Commande de gourdes personnalisées',
  body="""Bonjour,

Je suis absente du bureau jusqu'au 2 septembre inclus, sans accès à ma messagerie.
Pour toute demande urgente, merci de contacter mon collègue Thierry Roux.

Cordialement,
Sylvie Marchand
Alpes Distribution"""),
X(lang='zh', sender=('宁波恒达户外用品有限公司', 'sales@hengda-outdoor.example'), tz=8, fmt='plain', cs='GBK', cte='base64', auto=True,
  subj='自动回复：春节放假通知',
  body="""您好！

我司将于1月25日至2月5日放春节假期，期间邮件回复可能会有延迟，2月6日正式上班。如有急事，请联系您的业务经理。

祝您新春愉快！

宁波恒达户外用品有限公司"""),
X(lang='en', sender=('Dana Whitfield', 'dana@brackenridge-trail.example'), tz=-7, fmt='plain', cs='us-ascii', cte='7bit', auto=True,
  subj='Out of office: Re: Return labels for the EU warehouse',
  body="""Hi,

I'm on leave until the 21st. For anything about Amazon returns or the EU warehouse, please ask Anna.

Dana"""),
X(lang='ja', sender=('山田 健一', 'k.yamada@shinwa-trading.example'), tz=9, fmt='plain', cs='Shift_JIS', cte='8bit', auto=True,
  subj='自動返信：夏季休業のお知らせ',
  body="""いつもお世話になっております。新和トレーディングの山田です。

誠に勝手ながら、8月9日から8月17日まで夏季休業とさせていただきます。
休業期間中にいただいたメールにつきましては、8月18日以降に順次対応いたします。

ご不便をおかけしますが、何卒よろしくお願いいたします。"""),

# ---------------------------------------------------------------- vendor spam
X(lang='en', sender=('Jessica from ReviewRocket', 'jessica@reviewrocket-growth.example'), tz=-5, fmt='alt', cs='utf-8', cte='quoted-printable',
  subj='Get 100+ verified reviews on your listings this month 🚀',
  body="""Hi there,

I noticed Brackenridge Trail Co. has some great products on Amazon, but only a handful of reviews on your newer listings.

Our "verified buyer" program gets you 100+ genuine-looking reviews in 30 days, 100% safe and undetectable. Over 2,000 sellers trust us.

Reply YES and I'll send our price list.

Cheers,
Jessica
ReviewRocket Growth

To unsubscribe, reply STOP."""),
X(lang='zh', sender=('深圳快达国际物流', 'service@kuaida-logistics.example'), tz=8, fmt='plain', cs='GB18030', cte='base64',
  subj='亚马逊卖家专属：美国FBA头程海运特价，限时优惠',
  body="""尊敬的亚马逊卖家您好：

快达国际物流本月推出美国FBA头程特价：
美西海运普船：每公斤5.8元起，时效25-30天
美西海运快船：每公斤8.5元起，时效15-18天
美国空派专线：每公斤32元起，时效8-12天

包清关包税，免费上门提货，可代贴FBA标签。

详情请回复本邮件或添加客服微信咨询。

深圳快达国际物流有限公司

如不希望再收到此类邮件，请回复"退订"。"""),
X(lang='en', sender=('Listingly Pro', 'hello@listinglypro.example'), tz=-8, fmt='html', cs='utf-8', cte='quoted-printable',
  subj='Free listing audit for Brackenridge Trail Co.',
  body="""Hi,

We ran a quick scan of your Amazon storefront and found 11 listings with title and keyword issues that may be costing you sales.

Book a free 20-minute audit call and we'll show you exactly what to fix.

Book your call: https://listinglypro.example/audit

Listingly Pro, listing optimization for Amazon brands

Unsubscribe: https://listinglypro.example/unsubscribe"""),
X(lang='pt', sender=('Prep Express Miami', 'contato@prepexpress-miami.example'), tz=-5, fmt='plain', cs='ISO-8859-1', cte='quoted-printable',
  subj='Prep center em Miami com 20% de desconto no primeiro mês',
  body="""Olá!

Somos um prep center em Miami especializado em vendedores da Amazon. Recebemos, inspecionamos, etiquetamos e enviamos sua mercadoria para os centros de distribuição da Amazon.

Neste mês, novos clientes ganham 20% de desconto no primeiro mês.

Responda este e-mail para receber nossa tabela de preços.

Abraços,
Equipe Prep Express"""),
X(lang='it', sender=('Traduzioni Rapide', 'info@traduzionirapide.example'), tz=1, fmt='plain', cs='utf-8', cte='8bit',
  subj='Traduzioni professionali delle tue inserzioni Amazon in 5 lingue',
  body="""Buongiorno,

vendi su Amazon in Europa? Traduciamo titoli, bullet point e descrizioni in italiano, francese, tedesco, spagnolo e olandese, con parole chiave ottimizzate per ogni mercato.

Prezzo di lancio: 39 € per inserzione, consegna in 48 ore.

Rispondi a questa e-mail per un preventivo gratuito.

Il team di Traduzioni Rapide"""),

# ---------------------------------------------------------------- newsletters
X(lang='en', sender=('Trail Retail Weekly', 'newsletter@trailretailweekly.example'), tz=-5, fmt='alt', cs='utf-8', cte='quoted-printable', listunsub=True,
  subj='Trail Retail Weekly #87: spring demand, fuel canister shortages and more',
  body="""TRAIL RETAIL WEEKLY - Issue #87

1. Spring demand: trekking poles and headlamps lead early-season search growth.
2. Fuel canisters: two major distributors report shortages ahead of summer.
3. Returns: why outdoor brands are testing returnless refunds for items under $15.
4. Interview: how a two-person brand handles customer service in six languages.

Read the full issue online: https://trailretailweekly.example/issues/87

You are receiving this because you subscribed at trailretailweekly.example.
Unsubscribe: https://trailretailweekly.example/unsubscribe"""),
X(lang='en', sender=('Cross-border Seller Digest', 'digest@crossborder-sellers.example'), tz=0, fmt='html', cs='utf-8', cte='base64', listunsub=True,
  subj='Cross-border Seller Digest: the EU product safety checklist',
  body="""This week in the Digest

The EU product safety checklist: what marketplaces now ask for, and where sellers get stuck.

VAT corner: quarterly OSS deadlines are coming up.

Tool of the week: bulk-editing safety attributes in flat files.

Read more: https://crossborder-sellers.example/digest

Unsubscribe: https://crossborder-sellers.example/unsubscribe"""),
X(lang='ja', sender=('イーコマース支援ラボ', 'info@ec-shien-lab.example'), tz=9, fmt='plain', cs='ISO-2022-JP', cte='7bit', listunsub=True,
  subj='【無料ウェビナー】Amazon出品者向け 返品・返金対応のコツ',
  body="""出品者の皆さま

いつもご愛読いただきありがとうございます。イーコマース支援ラボです。

来週水曜日に、無料ウェビナー「Amazon出品者向け 返品・返金対応のコツ」を開催します。
返品リクエストへの対応、評価への返信、購入者とのメッセージの注意点などを解説します。

お申し込みはこちら：
https://ec-shien-lab.example/webinar

配信停止をご希望の方は、こちらから手続きしてください。
https://ec-shien-lab.example/unsubscribe"""),

# ---------------------------------------------------------------- suppliers and service providers
X(lang='zh', sender=('陈明', 'chen@hengda-outdoor.example'), tz=8, fmt='plain', cs='GBK', cte='base64',
  attach=[('pdf', 'PI-BT-2025-061.pdf')],
  subj='关于钛锅盖子批次延期的说明',
  body="""您好，

关于贵司订单 PO-BT-2025-061（钛锅 750ml，3000套），由于盖子冲压模具需要维修，交货期需要延后约10天，预计下月18日出货。给您带来不便，深表歉意。

附件是更新后的形式发票（PI），请查收并确认。

陈明
宁波恒达户外用品有限公司"""),
X(lang='zh', sender=('林美華', 'amy.lin@guangyao-led.example'), tz=8, fmt='plain', cs='Big5', cte='base64',
  attach=[('pdf', '報價單_2025Q3.pdf')],
  note='traditional Chinese in Big5',
  subj='頭燈 LED 模組報價單（第三季）',
  body="""您好：

附上本季 450 流明頭燈 LED 模組報價單。5,000 顆以上單價 US$1.85，交期約 25 個工作天。

如有任何問題，歡迎隨時與我聯繫。

光耀電子股份有限公司
業務部 林美華"""),
X(lang='en', sender=('PackRight Supplies Accounts', 'accounts@packright-supplies.example'), tz=-5, fmt='plain', cs='us-ascii', cte='7bit',
  attach=[('pdf', 'INV-20931.pdf')],
  subj='Invoice INV-20931 for 2,000 printed mailer boxes',
  body="""Hello,

Please find attached invoice INV-20931 for your order of 2,000 printed mailer boxes (size M, kraft, 1-colour print).

Amount due: USD 1,460.00
Due date: net 30

Thank you for your business.

PackRight Supplies - Accounts Receivable"""),
X(lang='en', sender=('Harriet Cole', 'harriet@colebookkeeping.example'), tz=0, fmt='plain', cs='utf-8', cte='8bit',
  subj='Q2 VAT/OSS return: figures needed by the 20th',
  body="""Hi Anna,

Quick reminder that I need the Amazon VAT transaction reports for April to June by the 20th so I can prepare the OSS return.

Could you also send the invoices from the Dutch fulfilment centre? The total I have is €2,310 short of what the bank statement shows.

Thanks,
Harriet
Cole Bookkeeping"""),
X(lang='nl', sender=('Fulfilment Noord', 'facturen@fulfilmentnoord.example'), tz=1, fmt='plain', cs='utf-8', cte='quoted-printable',
  attach=[('pdf', 'Factuur-2025-0412.pdf')],
  subj='Factuur 2025-0412: opslag en orderpicking maart',
  body="""Beste klant,

In de bijlage vindt u factuur 2025-0412 voor opslag en orderpicking in maart.

Totaalbedrag: EUR 864,20
Betaaltermijn: 14 dagen

Met vriendelijke groet,
Fulfilment Noord B.V."""),
X(lang='en', sender=('RepriceHero Billing', 'billing@repricehero.example'), tz=-8, fmt='html', cs='utf-8', cte='7bit',
  subj='Your RepriceHero subscription renews in 3 days',
  body="""Hi Brackenridge Trail Co.,

Your Growth plan renews in 3 days. We'll charge the card on file USD 79.00.

Plan: Growth (up to 2,000 SKUs)
Next billing date: in 3 days

Manage your subscription: https://repricehero.example/billing

The RepriceHero team"""),
X(lang='en', sender=('Kevin Wu', 'kevin.wu@bluewave-freight.example'), tz=8, fmt='plain', cs='us-ascii', cte='7bit',
  subj='Booking confirmed: 12 cartons to FBA warehouse QXR4',
  body="""Hi Anna,

Your booking is confirmed.

Shipper: Ningbo Hengda Outdoor
Cartons: 12 (312 kg, 1.9 cbm)
Service: sea express + truck
Destination: Amazon FBA warehouse QXR4
Shipment ID: FBA18XK2QZ7P

Please send the carton labels by Friday so the factory can print them.

Best,
Kevin Wu
Bluewave Freight"""),
X(lang='zh', sender=('蓝海货运操作部', 'ops@bluewave-freight.example'), tz=8, fmt='plain', cs='utf-8', cte='quoted-printable',
  subj='入仓预约已确认：FBA 货件 FBA18XK2QZ7P',
  body="""您好，

贵司 FBA 货件 FBA18XK2QZ7P（12箱）的入仓预约已确认，预计下周二送达仓库。

如需修改箱唛或数量，请于本周五前告知。

蓝海货运 操作部"""),
X(lang='es', sender=('Gestoría Ribera', 'avisos@gestoriaribera.example'), tz=1, fmt='plain', cs='ISO-8859-15', cte='quoted-printable',
  subj='Recordatorio: modelo 303 del segundo trimestre',
  body="""Estimado cliente:

Le recordamos que el plazo para presentar el modelo 303 del segundo trimestre finaliza el día 20. Para preparar la declaración necesitamos las facturas de ventas y compras del trimestre.

Un saludo,
Gestoría Ribera"""),
X(lang='en', sender=('BrandWatchful Alerts', 'alerts@brandwatchful.example'), tz=0, fmt='plain', cs='utf-8', cte='quoted-printable',
  note='forum complaint quoted in a brand-monitoring alert: not an Amazon review',
  subj="New mention of 'Brackenridge Trail' on a hiking forum",
  body="""BrandWatchful found 1 new mention of your tracked keyword "Brackenridge Trail".

Source: a hiking forum, thread "Hydration bladders that don't leak?"
Excerpt: "...my Brackenridge bladder leaked on the second trip, seller replied fast and sent a new one though..."

View all mentions: https://brandwatchful.example/mentions

You receive this alert because you track the keyword "Brackenridge Trail"."""),

# ---------------------------------------------------------------- carriers
X(lang='en', sender=('SwiftParcel Notifications', 'noreply@swiftparcel.example'), tz=-5, fmt='alt', cs='utf-8', cte='7bit', orders=1,
  subj='Delay notice: shipment SP4471938820US',
  body="""Your shipment is delayed.

Tracking number: SP4471938820US
Reference: <<o1>>
Status: Delayed - weather conditions at the regional hub
New estimated delivery: 2 business days later than planned

No action is required. We will keep you updated.

SwiftParcel"""),
X(lang='de', sender=('ParcelNord', 'benachrichtigung@parcelnord.example'), tz=1, fmt='html', cs='ISO-8859-1', cte='quoted-printable', orders=1,
  subj='Zustellversuch nicht erfolgreich - Sendung PN00349912DE',
  body="""Guten Tag,

leider konnten wir Ihre Sendung heute nicht zustellen. Der Empfänger war nicht anzutreffen.

Sendungsnummer: PN00349912DE
Referenz: <<o1>>
Nächster Zustellversuch: am nächsten Werktag

Die Sendung wird nach dem zweiten erfolglosen Versuch an den Absender zurückgeschickt.

Ihr ParcelNord-Team"""),
X(lang='ja', sender=('ハヤテ急便', 'info@hayate-kyubin.example'), tz=9, fmt='plain', cs='ISO-2022-JP', cte='7bit', orders=1,
  subj='【ハヤテ急便】お荷物お届け完了のお知らせ',
  body="""ハヤテ急便をご利用いただき、ありがとうございます。

以下のお荷物のお届けが完了しました。

伝票番号：4471-2290-3318
お客様参照番号：<<o1>>
お届け日時：本日 14時32分
お届け方法：宅配ボックス

このメールは送信専用です。"""),
X(lang='pl', sender=('PaczkaPol', 'powiadomienia@paczkapol.example'), tz=1, fmt='plain', cs='utf-8', cte='quoted-printable', orders=1,
  subj='Twoja przesyłka została nadana',
  body="""Dzień dobry,

przesyłka została nadana i jest w drodze do odbiorcy.

Numer przesyłki: PP520091337761
Numer referencyjny: <<o1>>
Przewidywany termin doręczenia: 1-2 dni robocze

Pozdrawiamy,
PaczkaPol"""),

# ---------------------------------------------------------------- personal mail
X(lang='en', sender=('Mike Torres', 'mike.t@mailbox.example'), tz=-7, fmt='plain', cs='us-ascii', cte='7bit',
  subj='Saturday hike?',
  body="""Hey, are we still on for Saturday? Thinking the Eagle Ridge loop, 8am at the trailhead. Bring the new poles, I want to try them lol.

-M"""),
X(lang='zh', sender=('妈妈', 'mama.zhang@mailbox.example'), tz=8, fmt='plain', cs='utf-8', cte='base64',
  subj='周末回家吃饭吗',
  body="""儿子，这周末回家吃饭吗？你爸买了条鱼。天冷了多穿点衣服，别老熬夜。"""),
X(lang='it', sender=('Giorgio Bellini', 'giorgio.b@posta.example'), tz=1, fmt='plain', cs='ISO-8859-1', cte='8bit',
  subj='Cena venerdì?',
  body="""Ciao! Venerdì sera facciamo una grigliata da noi, vieni? Porta pure qualcuno.

Un abbraccio,
G."""),

# ---------------------------------------------------------------- phishing (look-alike domains): other, needs_human
X(lang='en', nh=True, sender=('Amazon Seller Central', 'seller-notification@amazon-sellercentral-verify.example'), tz=0, fmt='html', cs='utf-8', cte='quoted-printable', phish=True,
  subj='Your seller account has been suspended - action required within 24 hours',
  body="""Dear Seller,

We detected unusual activity on your seller account and have temporarily suspended your listings.

To restore your account, you must verify your identity and bank information within 24 hours:

https://amazon-sellercentral-verify.example/login

If you do not complete verification, your account and funds will be permanently deactivated.

Amazon Seller Performance Team"""),
X(lang='de', nh=True, sender=('Amazon.de', 'konto@amazon.de.kontoverifizierung.example'), tz=1, fmt='html', cs='utf-8', cte='base64', phish=True,
  subj='Ihr Verkäuferkonto wurde vorübergehend gesperrt',
  body="""Sehr geehrter Verkäufer,

aufgrund einer Überprüfung wurde Ihr Verkäuferkonto vorübergehend gesperrt. Ihre Auszahlungen werden zurückgehalten.

Bitte bestätigen Sie Ihre Bankverbindung innerhalb von 48 Stunden:

https://amazon.de.kontoverifizierung.example/verifizieren

Andernfalls wird Ihr Konto dauerhaft geschlossen.

Ihr Amazon Seller Team"""),
X(lang='en', nh=True, sender=('Karen - Amazon Marketplace', 'q8w7e6r5t4y3u2i@marketplace.amazon.com.msg-relay.example'), tz=0, fmt='plain', cs='utf-8', cte='7bit', phish=True, orders=1,
  note='imitates a buyer relay from a look-alike domain; the order id is the one the mail claims to be about',
  subj='Inquiry from Amazon customer Karen (Order: <<o1>>)',
  body="""Order ID: <<o1>>

Message:

Hi, the item I received is damaged, I uploaded the photos here, please check and refund:
https://photo-share.msg-relay.example/view?id=8812

Please respond within 24 hours or I will open a claim.

View message: https://sellercentral.amazon.com.msg-relay.example/messaging"""),
X(lang='ja', nh=True, sender=('Amazon.co.jp', 'security@amazon-co-jp.account-check.example'), tz=9, fmt='plain', cs='ISO-2022-JP', cte='7bit', phish=True,
  subj='【重要】お客様のアカウントを一時停止しました',
  body="""お客様

お客様のアカウントで不審なログインが検出されたため、アカウントを一時停止いたしました。
24時間以内に以下のリンクから本人確認を行ってください。

https://amazon-co-jp.account-check.example/verify

期限内に確認が行われない場合、アカウントは永久に停止されます。

Amazon.co.jp"""),
X(lang='es', nh=True, sender=('Amazon Pagos', 'pagos@amazon-es-pagos.example'), tz=1, fmt='alt', cs='utf-8', cte='quoted-printable', phish=True,
  subj='Pago retenido: verifique su información bancaria',
  body="""Estimado vendedor:

Su último pago ha sido retenido porque no hemos podido verificar su información bancaria.

Para liberar el pago, actualice sus datos aquí:
https://amazon-es-pagos.example/vendedores/verificar

Si no lo hace en 48 horas, el pago será cancelado.

Equipo de Pagos de Amazon"""),
]
