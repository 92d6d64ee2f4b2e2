from lib import S, O

# ---------------- de extras ----------------
S("de","de","Heike","B0C4NV8TQR","Nackenkissen orthopädisch","2026-04-08 18:44",
"""Ich würde gern stornieren, das Kissen kam heute an aber ist mir viel zu hart. Kann ich es zurückschicken?""",
"'stornieren' bei zugestellter FBA-Bestellung: Rücksendung über Amazon",
order=O("delivered","fba",34.95,ship=-3,deliv=0,carrier="Amazon Logistics",trk="DE3412870099",purchase=-4,latest=0),
offers=["return"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("de","de","Markus","B0D2PW5LXK","Werkzeugkoffer 108-teilig","2025-10-24 12:12",
"""Sehr geehrtes Team, laut Amazon sollte mein Werkzeugkoffer am 10.10. kommen. Heute ist der 24. und nichts. Die Sendungsverfolgung bei Amazon zeigt seit Tagen dasselbe. Ich bitte um Klärung.""",
"FBA, lange überfällig: an Amazon-Kundenservice verweisen (Amazon ist für FBA-Logistik zuständig)",
order=O("shipped","fba",69.99,ship=-16,carrier="Amazon Logistics",trk="DE3412875544",purchase=-17,latest=-14),
offers=["amazon_support"], freq=["order_id"], case="return_dissatisfied/not_received")

S("de","de","","B0BJ6TR2WM","Duschvorhang Textil 180x200","2026-06-22 14:30", None,
"Rücksendung eingegangen (FBM, deutsch), noch keine Erstattung: prüfen und erstatten, keine Antwort",
order=O("returned","fbm",18.99,ship=-20,deliv=-17,carrier="DHL",trk="00340434161094066778",purchase=-21,latest=-17,ret=0),
draft=False, tasks=["inspect_return","refund"], case="returned_goods (return received)",
raw=dict(frm=("Amazon","order-update@amazon.de"), subject="Rücksendung zugestellt für Bestellung # {o}",
body="""Sehr geehrter Verkäufer,

die Rücksendung zur Bestellung # {o} wurde an Ihre Rücksendeadresse zugestellt.

Artikel: {p}
ASIN: {a}
Menge: 1
Rücksendegrund: Leistung oder Qualität nicht ausreichend

Bitte prüfen Sie den Artikel und erstatten Sie den Betrag innerhalb von zwei Werktagen nach Eingang der Rücksendung.

Amazon Services Europe"""))

# ---------------- fr extras ----------------
S("fr","fr","Aurélie","B0D6TK3NWP","Gourde isotherme enfant 350ml, licorne","2025-12-02 16:27",
"""Bonjour, j'ai reçu une gourde dinosaure au lieu de la licorne (photo ci-jointe). Ma fille est déçue... je préfère être remboursée plutôt que d'attendre un nouvel envoi.""",
"mauvais article, photo jointe, remboursement préféré à un renvoi",
order=O("delivered","fbm",15.90,ship=-4,deliv=-1,carrier="Colissimo",trk="6A22334411223",purchase=-5,latest=-1),
offers=["refund"], fo=["replacement"], freq=["photo"], photo=True, case="return_dissatisfied/wrong_item")

S("fr","fr","Thierry","B0BW9QL5RT","Perceuse visseuse 18V","2026-02-10 09:01",
"""Bonjour, pouvez-vous me dire où en est mon remboursement ? Le colis retour a été déposé il y a 15 jours.""",
"remboursement enregistré (il y a 2 jours) : montant, date et délai bancaire",
order=O("returned","fbm",79.90,ship=-35,deliv=-32,carrier="Colissimo",trk="6A22334422334",refund=79.90,refund_d=-2,purchase=-36,latest=-32,ret=-4),
offers=["refund_info"], fo=["refund"], case="refund_status")

S("fr","fr","Kevin","B0C2ZP8MKW","Câble HDMI 2.1 3m","2026-05-28 21:40",
"""Colis parti mais j'ai mis l'adresse de mon ancien taf. Nouvelle adresse : 18 avenue Jean Jaurès, 31000 Toulouse. Vous pouvez le renvoyer la-bas ?""",
"expédié FBM, 11,99 EUR sous le seuil, nouvelle adresse donnée : renvoi à la nouvelle adresse",
order=O("shipped","fbm",11.99,ship=-1,carrier="Mondial Relay",trk="MR24015566",purchase=-2,latest=3),
offers=["reship_new_address"], freq=["address"], tasks=["reship"], case="address_change")

# ---------------- es extras ----------------
S("es","es","Beatriz","B0D4MX2QTL","Estantería metálica 5 baldas","2025-10-16 13:45",
"""Faltan piezas, adjunto foto de lo que ha venido en la caja""",
"faltan piezas sin decir cuáles, foto adjunta: preguntar qué pieza y cuántas, no pedir foto",
order=O("delivered","fbm",44.90,ship=-5,deliv=-2,carrier="SEUR",trk="ES2044873344",purchase=-6,latest=-2),
offers=["send_parts"], req=["missing_part"], freq=["photo"], photo=True, case="return_dissatisfied/missing_parts")

S("es","es","Diego","B0BS6KW9NR","Altavoz inteligente con pantalla","2026-03-24 10:20",
"""Hola, ya no lo necesito, me regalaron otro por mi cumple. Quiero devolverlo, qué tengo que hacer?""",
"ya no lo necesita, FBA entregado: devolución en 30 días vía Amazon",
order=O("delivered","fba",89.99,ship=-6,deliv=-3,carrier="Amazon Logistics",trk="ES3398877665",purchase=-7,latest=-3),
offers=["return"], freq=["reason"], case="return_unwanted")

S("es","es","Pilar","B0C9RT4WKZ","Almohada viscoelástica","2026-07-06 19:50",
"""Recibido perfectamente, muchas gracias por todo 😊""",
"solo agradecimiento: sin respuesta",
order=O("delivered","fbm",24.95,ship=-3,deliv=0,carrier="Correos",trk="PQ4B7C0123456780128033A",purchase=-4,latest=0),
draft=False, case="other")

# ---------------- it extras ----------------
S("it","it","Simona","B0D8LQ3XWT","Scarpe da ginnastica donna","2026-05-15 17:17",
"""Ho ordinato il 38 e mi avete mandato il 36!!! Voglio il 38 subito altrimenti lascio una recensione negativa.""",
"minaccia di recensione, taglia sbagliata, taglia voluta (38) indicata: inviare la taglia giusta senza legarla alla recensione",
order=O("delivered","fbm",49.90,ship=-4,deliv=-1,carrier="BRT",trk="BRT084512395544",purchase=-5,latest=-1),
offers=["replacement"], freq=["variant"], tasks=["reship"], case="negative_review")

S("it","it","Lorenzo","B0BK4WN7QZ","Macchina per la pasta manuale","2025-06-24 08:33",
"""Buongiorno, ho sbagliato il CAP. Quello giusto è 20135 (Milano, Viale Umbria 12). L'ordine non è ancora partito.""",
"non spedito FBM, nuovo indirizzo dato: annullare e riordinare (modifica indirizzo disattivata)",
order=O("unshipped","fbm",35.90,purchase=0,latest=4),
offers=["reorder"], fo=["reship_new_address"], freq=["address","address_confirmation"], case="address_change")

S("it","it","Federico","B0C6TX9KLN","Monitor 27 pollici QHD","2026-01-04 20:48",
"""Il monitor doveva arrivare il 20 dicembre, siamo al 4 gennaio e il tracking GLS è fermo da due settimane. Se non ricevo il rimborso apro una richiesta di garanzia dalla A alla Z.""",
"FBM molto in ritardo, minaccia A-to-z: serve un umano; offrire il rimborso",
order=O("shipped","fbm",229.00,ship=-18,carrier="GLS",trk="GLS6612397788",purchase=-19,latest=-15),
offers=["refund"], case="return_dissatisfied/not_received (A-to-z threat)")

# ---------------- ja extras ----------------
S("ja","jp","岡田","B0D1QN6WTK","ノイズキャンセリング イヤホン","2026-04-21 14:02",
"""使ってみたのですが、思っていたのと違ったので返品したいです。""",
"不要・イメージ違い、FBA配達済み：Amazon経由で30日以内に返品可能と正直に伝える",
order=O("delivered","fba",12800,ship=-8,deliv=-6,carrier="Amazon",trk="JP3451283344",purchase=-9,latest=-6),
offers=["return"], freq=["reason"], case="return_unwanted")

S("ja","jp","藤田","B0C7WK2RQN","シリコン調理器具セット","2025-09-29 17:25",
"""注文番号 250-1187734-6620915 の商品がまだ届きません。確認してもらえますか。""",
"注文記録なし：確認（check_order）",
order=None, oid="250-1187734-6620915", tasks=["check_order"], freq=["order_id"], case="shipping_inquiry")

S("ja","jp","前田","B0BN8TP3XZ","アウトドア チェア 軽量","2026-06-09 20:40",
"""こちらの椅子の耐荷重は何kgですか？また、収納袋は付属していますか？""",
"購入前の質問（注文なし）：既定では返信案を作らない",
order=None, oid="", draft=False, case="other (pre-sale)", subject="Amazonのお客様 前田 からの商品に関するお問い合わせ")

# ---------------- zh extras ----------------
S("zh","us","Lei","B0D6WT1KPR","Portable Blender USB Rechargeable","2026-02-01 15:35",
"""收到了但是不太想要了，跟我想象的不一样。可以退吗？""",
"不想要了，FBM已送达：建议保留商品并部分/全额退款，代替退货",
order=O("delivered","fbm",26.99,ship=-6,deliv=-2,carrier="USPS",trk="9400111899223399001122",purchase=-7,latest=-2),
offers=["keep_with_refund"], case="return_unwanted")

S("zh","jp","Yu","B0C3MK8WRT","電動ドリル コードレス","2025-11-26 09:48",
"""电钻用了两次就不转了，按开关只有嗡嗡声，电池是满的。照片和购买记录都附上了。请给我换一个新的。""",
"故障已描述，已附照片，要求换新（日本站，中文回复，3,980日元）",
order=O("delivered","fbm",3980,ship=-10,deliv=-7,carrier="日本郵便",trk="1234-5678-3344",purchase=-11,latest=-7),
offers=["replacement"], freq=["symptom","photo"], tasks=["reship"], photo=True, case="return_dissatisfied/defective")

S("zh","uk","Rui","B0BT3WK7LN","Pet Hair Remover Roller","2026-07-27 11:06",
"""我的退货上周就寄到你们那边了（签收了），但是还没收到退款。""",
"退货已签收（FBM），尚未退款：立即退款（两个工作日内）并回复正在处理",
order=O("returned","fbm",14.99,ship=-22,deliv=-19,carrier="Royal Mail",trk="JD014600001199228833",purchase=-23,latest=-19,ret=-5),
tasks=["refund"], fo=["refund_info"], case="refund_status")

S("zh","us","Hui","B0D4KZ9QWM","Air Purifier HEPA","2026-05-18 07:07",
"""你好，我要改收货地址，新地址是 45 Grove St, Jersey City NJ 07302。订单还没发货。""",
"未发货但为FBA：卖家无法修改，引导联系亚马逊客服",
order=O("unshipped","fba",119.99,purchase=0,latest=2),
offers=["amazon_support"], fo=["reship_new_address"], freq=["address"], case="address_change")

# ---------------- canceled orders (refund_status) ----------------
S("es","es","Nuria","B0C1WP7KQD","Lámpara de pie LED regulable","2026-03-13 09:32",
"""Buenos días. Cancelé el pedido hace unos días desde mi cuenta y todavía no veo el dinero en la tarjeta. ¿Cuándo me lo devolvéis?""",
"pedido cancelado con reembolso registrado: dar importe, fecha y plazo del banco",
order=O("canceled","fbm",59.90,refund=59.90,refund_d=-3,purchase=-6,latest=-1),
offers=["refund_info"], fo=["refund"], case="refund_status")

S("en","uk","Gemma","B0D2NW4TXL","Bath Towel Bale, 6 Piece","2025-05-06 12:50",
"""Hello, you cancelled my order as you had run out of stock, which is fine, but I haven't had any refund yet? It's been 4 days. Thanks""",
"order canceled by seller (out of stock), refund on record: give amount, date and bank timing",
order=O("canceled","fbm",32.00,refund=32.00,refund_d=-4,purchase=-7,latest=-2),
offers=["refund_info"], fo=["refund"], case="refund_status")
