# -*- coding: utf-8 -*-
"""Mail that is neither a relayed buyer message nor from Amazon.  All invented.

X(language, from display name, from address, subject, body, **options)
Options: nh, html ('' | 'only' | 'alt'), charset, cte, attach [(mime type, filename)],
headers [(name, value)], dsn dict (multipart/report), when, order (label an order id
placeholder {O1} that appears in the text), reply_to.
All non-Amazon domains are example.* or clearly fictional; IPs are documentation ranges.
"""


def X(lang, from_name, from_addr, subject, body, **kw):
    d = dict(kind='other', case='other', sub='', lang=lang, from_name=from_name, from_addr=from_addr,
             subject=subject, body=body, nh=False)
    d.update(kw)
    return d


OTHERS = [
    # ------------------------------------------------ bounces / DSNs
    X('en', 'Mail Delivery System', 'MAILER-DAEMON@mx1.kestrellane.example',
      'Undelivered Mail Returned to Sender',
      "This is the mail system at host mx1.kestrellane.example.\n\n"
      "I'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients. It's attached below.\n\n"
      "For further assistance, please send mail to postmaster.\n\n"
      "If you do so, please include this problem report. You can\n"
      "delete your own text from the attached returned message.\n\n"
      "                   The mail system\n\n"
      "<orders@teahouse-supply.example>: host mail.teahouse-supply.example[192.0.2.44]\n"
      "    said: 550 5.1.1 <orders@teahouse-supply.example>: Recipient address\n"
      "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)",
      dsn=dict(rcpt='orders@teahouse-supply.example', status='5.1.1', action='failed',
               diag='smtp; 550 5.1.1 <orders@teahouse-supply.example>: Recipient address rejected: User unknown',
               subject='Reorder: tea tins 500 pcs', mta='mail.teahouse-supply.example'),
      charset='us-ascii', cte='7bit'),
    X('en', 'Mail Delivery Subsystem', 'mailer-daemon@relay.example.net',
      'Delivery Status Notification (Delay)',
      "** Delivery is delayed to these recipients or groups:\n\n"
      "accounts@brightcarton.example\n\n"
      "Subject: Invoice 2025-0733 query\n\n"
      "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
      "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. "
      "You'll be notified if the message can't be delivered by that time.",
      dsn=dict(rcpt='accounts@brightcarton.example', status='4.4.7', action='delayed',
               diag='smtp; 421 4.4.7 Connection timed out', subject='Invoice 2025-0733 query',
               mta='mx.brightcarton.example')),
    X('de', 'Mail Delivery System', 'postmaster@mail.kestrellane.example',
      'Unzustellbar: Angebot Versandkartons 40x30x20',
      "Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.\n\n"
      "Empfänger: vertrieb@kartonwerk-nord.example\n"
      "Grund: Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.\n\n"
      "Diagnoseinformationen für Administratoren:\n"
      "Generierender Server: mail.kestrellane.example\n"
      "vertrieb@kartonwerk-nord.example\n"
      "Remoteserver hat '552 5.2.2 Mailbox full' zurückgegeben",
      dsn=dict(rcpt='vertrieb@kartonwerk-nord.example', status='5.2.2', action='failed',
               diag='smtp; 552 5.2.2 Mailbox full', subject='Angebot Versandkartons 40x30x20',
               mta='mx.kartonwerk-nord.example'), charset='iso-8859-1', cte='quoted-printable'),
    X('en', 'Mail Delivery Subsystem', 'MAILER-DAEMON@mx1.kestrellane.example',
      'Returned mail: see transcript for details',
      "The original message was received at Mon, from localhost [127.0.0.1]\n\n"
      "   ----- The following addresses had permanent fatal errors -----\n"
      "<hannah.o@oldshop-mail.example>\n"
      "    (reason: 554 5.7.1 Message rejected as spam)\n\n"
      "   ----- Transcript of session follows -----\n"
      "... while talking to mx.oldshop-mail.example.:\n"
      ">>> DATA\n<<< 554 5.7.1 Message rejected as spam\n554 5.0.0 Service unavailable",
      dsn=dict(rcpt='hannah.o@oldshop-mail.example', status='5.7.1', action='failed',
               diag='smtp; 554 5.7.1 Message rejected as spam', subject='Wholesale enquiry - Kestrel Lane mugs',
               mta='mx.oldshop-mail.example'), charset='us-ascii', cte='7bit'),
    X('zh', '系统退信', 'postmaster@mail.ningbo-glassware.example', '系统退信：无法投递的邮件',
      "您好，这是系统自动发出的退信通知。\n\n"
      "您发送给 lin.yao@kestrellane.example 的邮件暂时无法投递。\n"
      "原因：对方服务器在规定时间内没有响应（连接超时）。\n\n"
      "原邮件主题：回复：玻璃壶3月订单交期确认\n\n"
      "系统将不再重试，请稍后重新发送。", charset='gbk', cte='base64'),

    # ------------------------------------------------ vendor spam
    X('en', 'Growth Team at RankRocket', 'hello@rankrocket-growth.example',
      'Get 500 verified 5-star reviews in 30 days (100% safe)',
      "Hi Kestrel Lane team,\n\n"
      "Struggling with reviews? Our network of real buyers leaves verified 5-star reviews on your listings. "
      "No bans, 100% safe, trusted by 3,000+ sellers.\n\n"
      "- 50 reviews: $399\n- 200 reviews: $1,299\n- 500 reviews: $2,999\n\n"
      "Reply YES and we'll start today.\n\nBest,\nJake | RankRocket\n\n"
      "To unsubscribe reply STOP.", html='alt',
      headers=[('List-Unsubscribe', '<mailto:unsub@rankrocket-growth.example>')]),
    X('en', 'Priya from AdLift Agency', 'priya@adlift-agency.example',
      'Quick question about your teapot listing PPC',
      "Hi there,\n\n"
      "I was looking at your glass teapot listing and noticed you're not bidding on several high-intent "
      "keywords your competitors rank for. We helped a similar kitchenware brand cut ACoS from 41% to 19% in "
      "60 days.\n\n"
      "Would you be open to a 15-minute call next week?\n\n"
      "Cheers,\nPriya\nAdLift Agency\n\n"
      "P.S. If this isn't relevant, just reply \"no thanks\" and I won't follow up."),
    X('en', 'StudioSnap', 'offers@studiosnap-photo.example', 'Amazon listing photos from $9 - this week only',
      "Make your listings pop!\n\nWhite-background photos from $9 per image, lifestyle scenes from $29, A+ "
      "content design from $149. 48-hour turnaround.\n\nBook now and get 20% off with code KITCHEN20.\n\n"
      "StudioSnap, 1 Example Plaza, Springfield\nUnsubscribe: https://studiosnap-photo.example/unsub",
      html='only', headers=[('List-Unsubscribe', '<https://studiosnap-photo.example/unsub>'),
                            ('Precedence', 'bulk')]),
    X('zh', '跨境无忧服务', 'service@kuajing-wuyou.example', '【亚马逊卖家必看】真人测评+海外仓一件代发，限时优惠',
      "尊敬的亚马逊卖家：\n\n"
      "您好！我们提供以下服务：\n"
      "1. 欧美真人买家测评，留评率高，安全不封号；\n"
      "2. 美国、德国、日本海外仓一件代发，头程双清包税；\n"
      "3. listing优化、A+页面设计、站内广告代运营。\n\n"
      "本月签约享8折优惠，欢迎添加微信咨询。\n\n"
      "如不希望再收到此类邮件，请回复“退订”。", charset='gb2312', cte='base64'),
    X('en', 'SellerCapital', 'funding@sellercapital-loans.example',
      'Kestrel Lane, you are pre-approved for up to $150,000',
      "Good news!\n\nBased on your marketplace sales, Kestrel Lane is pre-approved for working capital of up to "
      "$150,000. No credit checks, funds in 24 hours, repay from your disbursements.\n\n"
      "Claim your offer before it expires on Friday.\n\n"
      "SellerCapital - Funding for online brands\n"
      "This is a commercial message. Reply REMOVE to opt out.", html='alt'),

    # ------------------------------------------------ newsletters
    X('en', 'The Seller Ledger', 'newsletter@sellerledger.example',
      'The Seller Ledger #142: fee changes, Q4 inventory limits, and a returns deep-dive',
      "THE SELLER LEDGER - Issue #142\n\n"
      "1. Fee changes for the new year: what we know so far\n"
      "2. Q4 inventory limits: plan your shipments now\n"
      "3. Deep-dive: why returns are rising in home & kitchen, and what small brands do about it\n"
      "4. Reader question: \"Should I answer every 'thank you' message?\"\n\n"
      "Read online: https://sellerledger.example/issues/142\n\n"
      "You're receiving this because you subscribed at sellerledger.example. Unsubscribe any time.",
      html='alt', headers=[('List-Id', 'The Seller Ledger <weekly.sellerledger.example>'),
                           ('List-Unsubscribe', '<https://sellerledger.example/u/kl>'), ('Precedence', 'bulk')]),
    X('de', 'Onlinehandel Aktuell', 'redaktion@onlinehandel-aktuell.example',
      'Onlinehandel Aktuell: Verpackungsgesetz, neue Rücksendefristen und Termine',
      "Onlinehandel Aktuell - Ihr Newsletter für Händlerinnen und Händler\n\n"
      "In dieser Ausgabe:\n"
      "- Verpackungsregister: Was sich für Marktplatzhändler ändert\n"
      "- Widerruf und Rücksendungen: aktuelle Urteile\n"
      "- Webinar: Steuern im EU-Versandhandel (Donnerstag, 10 Uhr)\n\n"
      "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: "
      "https://onlinehandel-aktuell.example/abmelden", html='only', charset='iso-8859-15', cte='quoted-printable',
      headers=[('List-Unsubscribe', '<https://onlinehandel-aktuell.example/abmelden>')]),
    X('en', 'BoxCraft Packaging', 'news@boxcraft-packaging.example', 'Spring restock sale: 15% off mailer boxes',
      "Hi Lin,\n\nOur spring restock sale is live: 15% off all mailer boxes and honeycomb wrap until the end of "
      "the month. Perfect for glassware.\n\nShop now at boxcraft-packaging.example\n\n"
      "BoxCraft Packaging Ltd\nYou're getting this because you've ordered from us before.", html='alt',
      when='2025-03-20'),
    X('ja', 'ECセラー通信', 'info@ec-seller-tsushin.example', 'ECセラー通信 第58号：年末商戦の配送遅延対策',
      "ECセラー通信 第58号\n\n"
      "今号の内容\n"
      "・年末商戦に向けた配送遅延対策\n"
      "・返品対応テンプレートの見直しポイント\n"
      "・オンラインセミナーのご案内\n\n"
      "配信停止はこちら: https://ec-seller-tsushin.example/stop", charset='iso-2022-jp', cte='7bit',
      when='2025-11-20'),

    # ------------------------------------------------ suppliers
    X('zh', '宁波晶杰玻璃制品有限公司 - 陈经理', 'chen.jing@ningbo-glassware.example', '关于3月份玻璃壶订单的交期确认',
      "Lin 您好！\n\n"
      "贵司3月份下的1.2L玻璃壶订单（PO-2025-031，共2400只），目前已完成80%生产。"
      "由于春节后工人返岗较晚，预计交期推迟到4月10日左右，比原计划晚一周。\n\n"
      "附件是最新的形式发票（PI），请确认。如需提前发一部分货，请告知数量，我们可以先安排1200只走海运。\n\n"
      "祝好！\n陈静\n宁波晶杰玻璃制品有限公司", charset='gbk', cte='base64',
      attach=[('application/pdf', 'PI-2025-031.pdf')], when='2025-03-06'),
    X('en', 'Anna Wu (Hangzhou Brightway Appliances)', 'anna.wu@brightway-appliances.example',
      'PI for PO-2025-118 - gooseneck kettle restock',
      "Dear Tom,\n\nPlease find attached the proforma invoice for PO-2025-118 (1,000 pcs gooseneck kettle, matte "
      "black, UK and EU plugs 50/50).\n\nUnit price USD 17.80, FOB Ningbo. Lead time 30 days after deposit.\n\n"
      "Regarding the complaint about the temperature display, our engineer has updated the firmware in this "
      "batch. We will send you 5 samples by express for testing.\n\nBest regards,\nAnna Wu\nSales Manager",
      attach=[('application/pdf', 'PI_PO-2025-118.pdf')], html='alt'),
    X('zh', '杭州明途电器 - 吴安娜', 'anna.wu@brightway-appliances.example', '样品已寄出',
      "Tom 你好，\n\n5台新固件的样品已经寄出，顺达快递单号 SD 4409 1187 2236，预计4-5个工作日到英国。\n"
      "收到后麻烦测试一下温度显示，有问题随时联系。\n\n安娜", charset='utf-8', cte='8bit'),
    X('de', 'Kartonwerk Nord GmbH', 'auftrag@kartonwerk-nord.example', 'Lieferavis zu Ihrer Bestellung 88213',
      "Sehr geehrte Damen und Herren,\n\n"
      "Ihre Bestellung 88213 (2.000 Versandkartons 40x30x20, 1.000 Polsterbeutel) wird am Donnerstag an Ihr "
      "Lager geliefert. Anlieferung zwischen 8 und 12 Uhr, bitte Rampe freihalten.\n\n"
      "Die Rechnung erhalten Sie separat.\n\n"
      "Mit freundlichen Grüßen\nKartonwerk Nord GmbH - Auftragsabwicklung", charset='windows-1252',
      cte='quoted-printable'),
    X('it', 'Laboratorio Ceramiche Valdarno', 'ordini@ceramiche-valdarno.example',
      'Conferma ordine n. 2025/147 - tazze in gres',
      "Buongiorno Lin,\n\n"
      "confermiamo l'ordine n. 2025/147: 600 tazze in gres smalto opaco (200 sabbia, 200 salvia, 200 ardesia). "
      "Consegna prevista entro fine maggio.\n\n"
      "Per il colore ardesia la cottura potrebbe dare leggere differenze di tonalità tra i lotti; vi "
      "invieremo foto prima della spedizione.\n\n"
      "Cordiali saluti,\nGiovanna Bellini\nLaboratorio Ceramiche Valdarno", charset='iso-8859-1',
      cte='quoted-printable', when='2025-04-15'),

    # ------------------------------------------------ carriers
    X('en', 'Parcelyne', 'noreply@notify.parcelyne.example',
      'Delivery exception: address incomplete for shipment PL7731029485GB',
      "Hello,\n\nWe attempted to deliver your shipment PL7731029485GB but the address appears to be incomplete "
      "(missing flat number).\n\nSender: Kestrel Lane\nRecipient: L. Marsh, Leeds\n\n"
      "Please update the delivery details within 3 days or the parcel will be returned to the sender.\n\n"
      "Parcelyne Customer Care", html='alt'),
    X('de', 'SwiftPost Paket', 'benachrichtigung@swiftpost-paket.example',
      'Ihre Sendung 00340433887719 wurde zugestellt',
      "Guten Tag,\n\nIhre Sendung 00340433887719 wurde heute um 11:42 Uhr zugestellt.\n"
      "Empfänger: Jana K., Köln\nZugestellt an: Nachbar\n\n"
      "Vielen Dank, dass Sie SwiftPost nutzen.", charset='utf-8', cte='quoted-printable'),
    X('fr', 'Colisaro', 'suivi@colisaro.example', 'Votre colis CL0099218845FR est en cours d\'acheminement',
      "Bonjour,\n\nVotre colis CL0099218845FR a été pris en charge et est en cours d'acheminement.\n"
      "Livraison estimée : sous 2 à 3 jours ouvrés.\n\nL'équipe Colisaro", html='only',
      charset='iso-8859-15', cte='8bit'),
    X('en', 'Parcelyne Business', 'collections@parcelyne.example', 'Collection booked for tomorrow - ref COL-55810',
      "Hi Kestrel Lane,\n\nYour collection is booked for tomorrow between 13:00 and 17:00.\n"
      "Reference: COL-55810\nParcels: 14\nAccount: KL-00982\n\n"
      "Please have labels attached to every parcel.\n\nParcelyne Business Services"),
    X('es', 'Mensajería Sol', 'avisos@mensajeria-sol.example', 'Incidencia en la entrega de su envío MS-2291-0043',
      "Estimado cliente:\n\nNo ha sido posible entregar el envío MS-2291-0043 (remitente: Kestrel Lane) porque "
      "el destinatario estaba ausente. Se realizará un segundo intento mañana.\n\nMensajería Sol",
      charset='iso-8859-1', cte='quoted-printable'),

    # ------------------------------------------------ personal and business contacts
    X('en', 'Sam Okafor', 'sam.okafor@mailbox.example', 'drinks friday?',
      "hey! are you two still up for drinks on friday? thinking the place by the harbour, 7ish. let me know\n\nsam"),
    X('zh', '妈妈', 'yao.mei1962@family-mail.example', '周末回家吃饭吗',
      "琳琳：\n周末回家吃饭吗？你爸说想吃饺子。天冷了多穿点，别总是忙到半夜。\n妈", charset='gb18030', cte='8bit'),
    X('en', 'Fletcher & Hale Accountants', 'jo.fletcher@fletcherhale.example',
      'VAT return Q3 - documents needed by the 20th',
      "Hi Tom and Lin,\n\nWe're preparing the VAT return for Q3. Could you please upload by the 20th:\n\n"
      "- Amazon VAT transaction reports for July to September (all EU marketplaces)\n"
      "- Supplier invoices for the kettle and glassware orders\n"
      "- Any refunds or returns you processed outside Amazon\n\n"
      "Many thanks,\nJo Fletcher\nFletcher & Hale", when='2025-10-06'),

    # ------------------------------------------------ out-of-office / auto replies
    X('en', 'Gary Pratt', 'gary.pratt@northbay-3pl.example', 'Automatic reply: Re: pallet booking for next week',
      "Thank you for your email. I am out of the office until Monday 8 September with limited access to email.\n\n"
      "For urgent warehouse matters please contact the operations desk.\n\nGary Pratt\nNorthbay 3PL",
      headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], when='2025-09-01'),
    X('de', 'Martina Vogel', 'm.vogel@kartonwerk-nord.example', 'Abwesenheitsnotiz: AW: Rechnung 2025-0412',
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. August nicht im Büro. Ihre E-Mail wird "
      "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an auftrag@kartonwerk-nord.example.\n\n"
      "Martina Vogel", headers=[('Auto-Submitted', 'auto-replied')], charset='iso-8859-1', cte='8bit',
      when='2025-08-11'),
    X('fr', 'Sophie Marchand', 'sophie.marchand@boutique-lumiere.example',
      'Réponse automatique : absence du bureau',
      "Bonjour,\n\nJe suis absente jusqu'au 2 janvier inclus. Pour toute demande urgente concernant les "
      "commandes en gros, merci d'écrire à commandes@boutique-lumiere.example.\n\nBonnes fêtes !\nSophie",
      headers=[('Auto-Submitted', 'auto-replied')], when='2025-12-23'),
    X('es', 'Diego Ramos', 'diego.ramos@distribuciones-ramos.example', 'Respuesta automática: Fuera de la oficina',
      "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes. Responderé a su correo a mi "
      "regreso.\n\nDiego Ramos", headers=[('Auto-Submitted', 'auto-replied')], html='alt'),

    # ------------------------------------------------ phishing from look-alike domains
    X('en', 'Amazon Seller Central', 'no-reply@sellercentral-amazon-verify.example',
      'Your seller account has been suspended - verify your identity within 24 hours',
      "Dear Seller,\n\nWe have detected unusual activity on your Seller Central account. Your listings have been "
      "deactivated and your disbursements are on hold.\n\nTo restore your account, verify your identity "
      "within 24 hours:\nhttp://sellercentral-amazon-verify.example/login?id=KL8841\n\n"
      "Failure to verify will result in permanent suspension.\n\nAmazon Seller Performance Team",
      nh=True, html='alt', headers=[('Authentication-Results',
                                      'mx1.kestrellane.example; spf=fail smtp.mailfrom=sellercentral-amazon-verify.example; dkim=none')]),
    X('en', 'Laura - Amazon Marketplace', 'k3j9xw2m7qplr4t@marketplace.amazon.de.msg-relay.example',
      'Inquiry from Amazon customer Laura (Order: {O1})',
      "Order ID: {O1}\n\nMessage:\nHi, the teapot arrived broken, I uploaded the photos here because Amazon "
      "won't let me attach them: http://photo-share.msg-relay.example/v/8823\nPlease log in with your seller "
      "account to view and refund me.\n\nView message",
      nh=True, order=True, headers=[('Authentication-Results',
                                     'mx1.kestrellane.example; spf=fail smtp.mailfrom=msg-relay.example; dmarc=fail')]),
    X('en', 'Amazon Payments', 'payments-messages@amazon-payments-secure.example',
      'Disbursement on hold: update your bank details',
      "Hello,\n\nYour latest disbursement of $4,382.19 could not be transferred because your bank details "
      "failed verification. Please update them within 48 hours to avoid further delays:\n"
      "https://amazon-payments-secure.example/update-bank\n\nAmazon Payments", nh=True, html='only'),
    X('de', 'Amazon Verkäuferservice', 'service@amazon-de-konto.example',
      'Ihr Verkäuferkonto wurde eingeschränkt',
      "Sehr geehrter Verkäufer,\n\naufgrund einer Überprüfung wurde Ihr Verkäuferkonto vorübergehend "
      "eingeschränkt. Bitte bestätigen Sie Ihre Kontodaten innerhalb von 48 Stunden über folgenden Link:\n"
      "http://amazon-de-konto.example/verifizierung\n\nAndernfalls wird Ihr Konto dauerhaft gesperrt.\n\n"
      "Ihr Amazon Verkäuferservice", nh=True, charset='utf-8', cte='base64'),
    X('ja', 'Amazon.co.jp', 'account-update@amazon.co.jp.account-check.example',
      '【重要】アカウント情報の確認をお願いします',
      "Amazon出品者様\n\nお客様のアカウントで異常なログインが検出されました。アカウントを保護するため、"
      "24時間以内に以下のリンクから情報を確認してください。\n\n"
      "http://amazon.co.jp.account-check.example/verify\n\n確認されない場合、アカウントは停止されます。\n\nAmazon.co.jp",
      nh=True, charset='shift_jis', cte='base64'),
    X('en', 'Amazon Marketplace Notices', 'cancellation@amazon-marketplace-notices.example',
      'Order cancellation request - immediate action required',
      "Hello,\n\nA buyer has requested cancellation of an order. Open the attached form to review the order and "
      "confirm the refund. Orders not confirmed within 12 hours will be charged a penalty.\n\n"
      "Amazon Marketplace", nh=True, attach=[('text/html', 'Cancellation_Form.html')]),

    # ------------------------------------------------ software / billing
    X('en', 'Shipwise Billing', 'billing@shipwise-app.example', 'Your Shipwise invoice for February 2026',
      "Hi Kestrel Lane,\n\nYour invoice INV-2026-0211 for $49.00 (Growth plan, February 2026) is now "
      "available. It will be charged to the card ending 4242 on 1 March.\n\nThanks for using Shipwise!",
      html='alt', when='2026-02-20'),
]
