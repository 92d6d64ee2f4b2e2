# -*- coding: utf-8 -*-
"""Texts of the Kettlewick triage corpus (read by gen.py).

Three kinds of spec:
  B(...)  a buyer message relayed by Amazon (wrapper rendered by gen.py)
  N(...)  a notice from an Amazon system sender (body written here)
  X(...)  mail from neither a buyer nor Amazon (body written here)
Placeholders: {oid} {oid2} {trk} {asin} {date} {title} {sku}; gen.py fills
them deterministically. Every spec carries its label: case, sub(reason),
lang, nh (needs_human).
"""

SPECS = []


def B(case, sub, nh, lang, tld, name, text, wrap='plain', mime='text', cs='UTF-8',
      cte='quoted-printable', items=('dripper',), **kw):
    d = dict(kind='buyer', case=case, sub=sub, nh=nh, lang=lang, tld=tld, name=name, text=text.strip('\n'),
             wrap=wrap, mime=mime, cs=cs, cte=cte, items=list(items))
    d.update(kw)
    SPECS.append(d)


def N(case, sub, nh, lang, tld, sender, subject, body, mime='text', cs='UTF-8', cte='quoted-printable', **kw):
    d = dict(kind='notice', case=case, sub=sub, nh=nh, lang=lang, tld=tld, sender=sender, subject=subject,
             body=body.lstrip('\n'), mime=mime, cs=cs, cte=cte)
    d.update(kw)
    SPECS.append(d)


def X(lang, frm, subject, body, nh=False, mime='text', cs='UTF-8', cte='quoted-printable', **kw):
    d = dict(kind='other', case='other', sub='', nh=nh, lang=lang, **{'from': frm}, subject=subject,
             body=body.lstrip('\n'), mime=mime, cs=cs, cte=cte)
    d.update(kw)
    SPECS.append(d)


def all_specs():
    """All specs in mailbox order: a fixed shuffle, so cases and kinds interleave."""
    import random
    out = list(SPECS)
    random.Random('kettlewick-mailbox-order').shuffle(out)
    return out


QP, B64, E8, E7 = 'quoted-printable', 'base64', '8bit', '7bit'

# ==========================================================================
# address_change (16)

B('address_change', '', False, 'en', 'com', 'Megan',
  """Hi, I just realized I put my old address on this order. I moved last week. Can you please send it to:
Megan Farrow
2210 Alder Creek Rd, Apt 4B
Springfield, OR 97477
Thank you so much!!""", items=('kettle',))
B('address_change', '', False, 'en', 'co.uk', 'Tom',
  """wrong address on order pls change to 14 Harbour View, Portreath TR16 4NX. cheers""", wrap='blocks')
B('address_change', '', False, 'en', 'com', 'Dwayne',
  """Hello Kettlewick team,

I ordered the starter set as a gift for my sister and I accidentally shipped it to my own house instead of hers. Is there any way to change the delivery address before it goes out? Her address is 88 Linden Street, Burlington VT 05401. If you can't change it, please let me know what I should do instead. I don't want to cancel because the price was good.

Regards,
Dwayne""", items=('set',), mime='alt', subj='topic:Shipping')
B('address_change', '', False, 'en', 'ca', 'Priya',
  """Can the delivery address be updated? I'm moving on the 14th and won't be at the old place anymore. I'll send you the new one once I confirm the unit number with my landlord.""", items=('grinder',), wrap='old')
B('address_change', '', False, 'en', 'com.au', 'Liam',
  """G'day, the order went to my work address by default and I'm on leave for 3 weeks. Could you redirect it to my home: 5/17 Banksia Parade, Coogee NSW 2034. Tracking shows it hasn't left your warehouse yet so hopefully not too late.""", items=('ekettle',), mime='html')
B('address_change', '', False, 'en', 'com', 'Rosa',
  """hey so my apartment number is missing!! its 3C not 3. the mailman will never find it. pleeease fix before shipping""", items=('mug',))
B('address_change', '', False, 'de', 'de', 'Jürgen', henc='Q', hcs='ISO-8859-1', text=
  """Guten Tag,

ich habe bei der Bestellung leider eine falsche Lieferadresse angegeben. Richtig ist:
Jürgen Kallweit
Mühlenstraße 12
34117 Kassel

Bitte ändern Sie die Adresse, bevor das Paket verschickt wird. Vielen Dank!

Mit freundlichen Grüßen
J. Kallweit""", cs='ISO-8859-1', items=('kettle',))
B('address_change', '', False, 'de', 'de', 'Sabine',
  """Hallo, wir sind umgezogen und ich habe vergessen die Adresse im Konto zu ändern. Können Sie das Paket noch an die neue Adresse schicken? Neue Anschrift: Am Lindenhof 3, 04109 Leipzig. Danke""", wrap='deco', cs='windows-1252', items=('scale',), sep='- - - - - - - - - - - - - - - - - - - - - - - -')
B('address_change', '', False, 'fr', 'fr', 'Élodie', henc='Q', text=
  """Bonjour,
Je me suis trompée d'adresse de livraison. Pourriez-vous envoyer le colis au 27 rue des Tanneurs, 69002 Lyon au lieu de l'adresse indiquée ? Merci d'avance,
Élodie""", cs='ISO-8859-15', items=('server',))
B('address_change', '', False, 'fr', 'com.be', 'Marc',
  """Bonjour, est-ce possible de livrer à mon bureau plutôt qu'à domicile ? Je ne suis jamais là en journée. Adresse : Avenue Louise 140, 1050 Ixelles. Merci""", mime='alt', items=('grinder',))
B('address_change', '', False, 'es', 'es', 'Lucía',
  """Hola! Me equivoqué con el código postal, es 28014 y no 28041. La calle y el número están bien (Calle de Moratín 9, 2ºB, Madrid). ¿Podéis corregirlo antes de enviarlo? Gracias""", cs='ISO-8859-1', cte=E8, items=('filters',))
B('address_change', '', False, 'it', 'it', 'Giorgio',
  """Buongiorno, vorrei cambiare l'indirizzo di spedizione: il pacco deve arrivare a Via Garibaldi 45, 10122 Torino, presso studio Ferri. Grazie mille""", wrap='blocks', cs='ISO-8859-15', items=('ekettle',))
B('address_change', '', False, 'ja', 'co.jp', '佐藤',
  """お世話になっております。
注文時に旧住所のまま購入してしまいました。
まだ発送前でしたら、下記の住所へ変更していただくことは可能でしょうか。

〒150-0002 東京都渋谷区渋谷3-12-8 メゾン渋谷402
佐藤 恵美

お手数をおかけしますが、よろしくお願いいたします。""", cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', items=('dripper',))
B('address_change', '', False, 'zh', 'com', 'Wei',
  """你好，我下单的时候地址写错了，应该寄到：1450 Pine Ave, Apt 210, San Jose, CA 95112。请问还来得及改吗？谢谢！""", cs='GB18030', cte=B64, hcs='GB18030', items=('kettle',))
B('address_change', '', False, 'nl', 'nl', 'Sanne',
  """Hoi, ik heb per ongeluk mijn oude adres gebruikt. Kunnen jullie het pakket naar Vondelstraat 77, 3514 AB Utrecht sturen? Alvast bedankt!""", items=('mug',), cte=E8)
B('address_change', '', False, 'pl', 'de', 'Katarzyna',
  """Dzień dobry, proszę o zmianę adresu dostawy na: Hauptstraße 5, 10827 Berlin (u Nowaków). Pod starym adresem już nie mieszkam. Dziękuję""", items=('scale',))

# ==========================================================================
# cancel_order, buyer relays (12)

B('cancel_order', '', False, 'en', 'com', 'Kevin',
  """Please cancel this order. I ordered it by mistake, meant to get the 0.8 L electric one.""", subj='cancel', items=('kettle',))
B('cancel_order', '', False, 'en', 'co.uk', 'Harriet',
  """Hello, I would like to cancel my order please, I found I already have one in the cupboard (my husband bought one without telling me!). It says dispatching soon so I hope it's not too late. Many thanks, Harriet""", items=('server',), mime='html')
B('cancel_order', '', False, 'en', 'com', 'Marcus',
  """CANCEL THIS ORDER. I WAS CHARGED TWICE AND I ONLY WANT ONE. I HAVE {oid} AND {oid2}, CANCEL {oid2} NOW""", items=('grinder',), n=2, wrap='blocks')
B('cancel_order', '', False, 'en', 'ca', 'Nadia',
  """hi can u cancel pls, dont need it anymore. thx""", items=('filters',), subj='msgfrom')
B('cancel_order', '', False, 'en', 'ie', 'Cian',
  """Hi there, I need to cancel the order above. The delivery estimate says 9-14 days and I need it before Saturday for a present, so it's no use to me. Sorry for the trouble.""", items=('set',), wrap='old')
B('cancel_order', '', False, 'de', 'de', 'Matthias',
  """Bitte stornieren Sie meine Bestellung. Ich habe den Artikel woanders günstiger gefunden. Danke.""", cs='ISO-8859-15', subj='cancel', items=('ekettle',))
B('cancel_order', '', False, 'fr', 'fr', 'Nathalie',
  """Bonjour, je souhaite annuler cette commande, j'ai commandé la mauvaise taille de filtres (il me fallait la taille 01). Merci de confirmer l'annulation.""", items=('filters',), wrap='blocks', cs='windows-1252')
B('cancel_order', '', False, 'es', 'com.mx', 'Alejandro',
  """Buenas tardes, quiero cancelar mi pedido porque la fecha de entrega es muy tarde. Gracias de antemano.""", items=('mug',), subj='cancel')
B('cancel_order', '', False, 'it', 'it', 'Chiara',
  """Salve, ho effettuato l'ordine per errore due volte. Potete annullare questo? Tengo l'altro. Grazie""", items=('dripper',), mime='alt', cs='ISO-8859-1')
B('cancel_order', '', False, 'ja', 'co.jp', '高橋',
  """恐れ入りますが、こちらの注文をキャンセルしていただけますでしょうか。
誤って同じ商品を二つ注文してしまいました。
ご対応のほど、よろしくお願い申し上げます。""", cs='Shift_JIS', cte=B64, hcs='ISO-2022-JP', items=('server',), subj='cancel')
B('cancel_order', '', False, 'zh', 'com', 'Jiahui',
  """您好，请帮我取消这个订单，我买错型号了，谢谢。Please cancel, thank you.""", cs='GBK', cte=B64, items=('grinder',))
B('cancel_order', '', False, 'tr', 'com.tr', 'Emre',
  """Merhaba, siparişimi iptal etmek istiyorum. Yanlışlıkla sipariş verdim. Teşekkürler.""", items=('mug',), cs='ISO-8859-9')

# ==========================================================================
# shipping_inquiry (18)

B('shipping_inquiry', '', False, 'en', 'com', 'Brittany',
  """where is my order??""", items=('mug',))
B('shipping_inquiry', '', False, 'en', 'com', 'Gary',
  """Good morning. I placed this order on the 2nd and the tracking number {trk} has not updated in 5 days. It just says "label created". Could you tell me when it will actually ship? I am not upset, just want to plan as it's a birthday gift. Thank you, Gary""", items=('set', 'mug'), subj='topic:Order delivery', trkkind='usps')
B('shipping_inquiry', '', False, 'en', 'co.uk', 'Aisha',
  """Hiya, tracking says delivered yesterday at 14:02 but there is nothing here, not with the neighbours either. Can you check with the courier please? Parcel might be in a safe place I don't know about.""", items=('ekettle',), mime='alt')
B('shipping_inquiry', '', False, 'en', 'com', 'Dale',
  """When will this ship? Ordered Monday, its Friday. Need it before camping trip on the 20th""", items=('kettle',), subj='topic:Ship faster')
B('shipping_inquiry', '', False, 'en', 'sg', 'Hui Min',
  """Hello, may I know the estimated delivery date to Singapore? Order page only says "arriving in 2-3 weeks". Is there a tracking number I can follow?""", items=('grinder',), wrap='deco', sep='*' * 50)
B('shipping_inquiry', '', False, 'en', 'com', 'Oleksandr',
  """Hello dear seller. I am waiting my package already 8 days, the tracking is not moving from "in transit to next facility". Please can you tell me where is it now, maybe it stuck? I am not hurry so much but want to know. Thank you very much and have a nice day""", items=('scale',), mime='html', entities=True)
B('shipping_inquiry', '', False, 'zh', 'de', 'Qing',
  """您好，请问我的订单什么时候发货？亚马逊上显示昨天就应该送到了，但是我还没有收到发货通知。谢谢！""", cs='UTF-8', cte=B64, items=('server',))
B('shipping_inquiry', '', False, 'de', 'de', 'Ömer', henc='Q', text=
  """Hallo!! Sendungsverfolgung zeigt seit Dienstag "Zustellung heute" aber nix kommt. Wo ist das Paket??""", items=('kettle',), wrap='old', cs='UTF-8')
B('shipping_inquiry', '', False, 'fr', 'fr', 'Céline',
  """Bonjour, pourriez-vous me donner le numéro de suivi de ma commande ? Je n'ai reçu aucun e-mail d'expédition. Merci beaucoup.""", items=('dripper',), mime='alt', cs='ISO-8859-1')
B('shipping_inquiry', '', False, 'fr', 'ca', 'Jean-François',
  """Bonjour, le suivi indique que le colis est bloqué aux douanes à Mississauga depuis une semaine. Est-ce normal? Dois-je faire quelque chose de mon côté? Merci""", items=('ekettle',), subjlang='fr', subj='Demande de renseignements de la part du client Amazon {name} (Commande : {oid})', wl='fr')
B('shipping_inquiry', '', False, 'es', 'es', 'Javier',
  """Hola, ¿cuándo llega mi pedido? Ponía entrega el martes y hoy es jueves. Gracias.""", items=('mug',), cs='windows-1252')
B('shipping_inquiry', '', False, 'es', 'es', 'Marta',
  """Buenos días, el seguimiento dice "entregado" pero el paquete no está. He preguntado al portero y a los vecinos. ¿Podéis revisarlo con la agencia de transporte? Un saludo, Marta""", items=('grinder',), mime='html')
B('shipping_inquiry', '', False, 'it', 'it', 'Federica',
  """Buonasera, il tracciamento è fermo da giorni su "in lavorazione presso il centro di smistamento". Sapete darmi una data di consegna indicativa? Grazie""", items=('scale',), wrap='blocks')
B('shipping_inquiry', '', False, 'ja', 'co.jp', '山本',
  """いつ頃発送されますか？お届け予定日を過ぎていますが、まだ発送通知が届いておりません。""", cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', items=('filters',))
B('shipping_inquiry', '', False, 'ja', 'co.jp', 'ナカムラ',
  """配送状況を確認したところ「配達完了」となっていますが、宅配ボックスにも玄関にもありません。
お手数ですが、配送業者にご確認いただけますか。追跡番号は {trk} です。""", cs='UTF-8', cte=B64, mime='alt', items=('ekettle',), trkkind='jp')
B('shipping_inquiry', '', False, 'zh', 'com', 'Xiaoyu',
  """请问我的包裹什么时候能到？物流信息一直没有更新。""", cs='GB18030', cte=B64, items=('dripper',), subj='topic:Order delivery')
B('shipping_inquiry', '', False, 'zh', 'co.uk', 'Chen',
  """Hello, 我想问一下 tracking number，订单页面上没有显示。什么时候发货呢？thanks""", cs='UTF-8', cte=B64, items=('mug',), mime='html')
B('shipping_inquiry', '', False, 'sv', 'se', 'Johan',
  """Hej! När skickas min beställning? Den har stått som "ej skickad" i fem dagar nu. Mvh Johan""", cs='ISO-8859-1', cte=E8, items=('kettle',))

# ==========================================================================
# return_unwanted, buyer relays (12)

B('return_unwanted', '', False, 'en', 'com', 'Heather',
  """Hi! The kettle is lovely but honestly I changed my mind, it's bigger than I expected and doesn't fit on my little stove. How do I return it? It's unused, still in the box.""", items=('kettle',), subj='topic:Return policy')
B('return_unwanted', '', False, 'en', 'co.uk', 'Oliver',
  """I ordered the wrong colour, my fault, I wanted the black one not the green. Can I send it back and swap?""", items=('mug',), wrap='blocks')
B('return_unwanted', '', False, 'en', 'com', 'Samantha',
  """So funny story, my mother-in-law got us the exact same grinder for our anniversary, same week. We now have two. I'd like to return this one please, unopened. What's the process?""", items=('grinder',), mime='html')
B('return_unwanted', '', False, 'en', 'com', 'Raj',
  """I see the same scale for 12 dollars less on another listing now. I want to return mine and just buy that one instead. Is that ok?""", items=('scale',), mime='alt')
B('return_unwanted', '', False, 'de', 'de', 'Lena',
  """Hallo, ich möchte die Kanne zurückschicken, sie gefällt mir optisch doch nicht so gut. Sie ist unbenutzt. Wie gehe ich vor? Lieben Gruß, Lena""", items=('server',), cs='ISO-8859-15', wrap='old')
B('return_unwanted', '', False, 'fr', 'fr', 'Hugo',
  """Bonjour, je n'ai finalement plus besoin de la balance, on m'en a offert une. Je voudrais la retourner, elle n'a jamais été ouverte. Cordialement""", items=('scale',), cs='ISO-8859-1', mime='alt')
B('return_unwanted', '', False, 'es', 'es', 'Carmen',
  """Hola, pedí el hervidor pero resulta que mi cocina es de inducción y no sé si sirve. Si no sirve, quiero devolverlo. Está sin usar.""", items=('kettle',), cs='ISO-8859-15')
B('return_unwanted', '', False, 'it', 'it', 'Davide',
  """Ciao, ho sbagliato misura, mi servivano i filtri 01 e non 02. Posso restituirli? La confezione è ancora sigillata.""", items=('filters',))
B('return_unwanted', '', False, 'it', 'it', 'Simona',
  """Buongiorno, il prodotto è arrivato in perfette condizioni ma non mi serve più perché mi trasferisco all'estero. Vorrei fare il reso. Grazie mille e scusate il disturbo.""", items=('ekettle',), wrap='cs', reason='Reso - non più necessario', mime='html')
B('return_unwanted', '', False, 'ja', 'co.jp', '鈴木',
  """お世話になります。
イメージしていた色と少し違ったため、返品を希望いたします。未開封です。
返品の手続き方法を教えていただけますでしょうか。""", cs='Shift_JIS', cte=B64, hcs='ISO-2022-JP', items=('mug',))
B('return_unwanted', '', False, 'zh', 'com.au', 'Mei',
  """你好，这个咖啡秤我买重复了，家里已经有一个，想退货，还没拆封。请问怎么退？""", cs='GB18030', cte=B64, items=('scale',))
B('return_unwanted', '', False, 'pt', 'es', 'Beatriz',
  """Olá, comprei este moinho mas mudei de ideias, já não preciso dele. Posso devolver? Obrigada""", items=('grinder',), cs='ISO-8859-1')

# ==========================================================================
# return_dissatisfied, buyer relays (28)

# damaged
B('return_dissatisfied', 'damaged', False, 'en', 'com', 'Jennifer',
  """The glass server arrived shattered. The box looked fine on the outside but inside it's in pieces. I'd like a replacement please. Photos attached.""", items=('server',), attach=('IMG_4471.png', 'IMG_4472.png'))
B('return_dissatisfied', 'damaged', False, 'en', 'co.uk', 'Graham',
  """Dripper arrived with a chip on the rim and a hairline crack running down the side. Not impressed given the price. Please advise - refund or replacement, I don't mind which.""", wrap='old')
B('return_dissatisfied', 'damaged', False, 'es', 'de', 'Nerea',
  """Hola, perdón por escribir en español. El hervidor ha llegado abollado y la tapa no cierra bien. ¿Me podéis mandar otro o devolverme el dinero? Gracias""", items=('kettle',), cs='ISO-8859-1', mime='alt')
B('return_dissatisfied', 'damaged', False, 'ja', 'co.jp', '伊藤',
  """商品が届きましたが、ガラスサーバーの注ぎ口が欠けておりました。
外箱にもへこみがありました。交換をお願いできますでしょうか。
写真を添付いたします。""", cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', items=('server',), attach=('DSC00193.png',))
B('return_dissatisfied', 'damaged', False, 'zh', 'com', 'Hao',
  """收到的杯子外面有很深的划痕，盒子也破了，应该是运输的时候压坏的。希望能换一个新的。""", cs='GBK', cte=B64, items=('mug',), mime='html')
B('return_dissatisfied', 'damaged', False, 'es', 'es', 'Pilar',
  """Buenas, la jarra ha llegado con una grieta en la base. No la puedo usar porque pierde agua. Quiero que me devolváis el dinero.""", items=('server',), wrap='blocks', cs='windows-1252')
# wrong item
B('return_dissatisfied', 'wrong_item', False, 'en', 'com', 'Tyler',
  """I ordered the BLACK electric kettle and you sent me a silver stovetop one?? Not even the same product. Please send the right one, I'll send this back.""", items=('ekettle',))
B('return_dissatisfied', 'wrong_item', False, 'en', 'com', 'Linda',
  """Wow. Great job. I order size 02 filters, get size 01. Really impressive quality control. Send me the right ones.""", items=('filters',), mime='alt')
B('return_dissatisfied', 'wrong_item', False, 'fr', 'fr', 'Sophie',
  """Bonjour, j'ai commandé le mug vert sauge et j'ai reçu un mug noir. Pouvez-vous m'envoyer la bonne couleur ? Je vous renvoie le noir. Merci""", items=('mug',), cs='ISO-8859-15', wrap='deco', sep='~' * 48)
B('return_dissatisfied', 'wrong_item', False, 'it', 'it', 'Luca',
  """Mi è arrivata una bilancia al posto del macinacaffè che avevo ordinato. Come facciamo? Vorrei il prodotto giusto.""", items=('grinder',), mime='alt', cs='ISO-8859-1')
B('return_dissatisfied', 'wrong_item', False, 'nl', 'nl', 'Pieter',
  """Goedemiddag, ik heb een verkeerd artikel ontvangen: een glazen kan in plaats van de waterkoker. Graag de juiste sturen of geld terug.""", items=('kettle',))
# defective
B('return_dissatisfied', 'defective', False, 'en', 'com', 'Brian',
  """The scale stopped working after 3 days. It won't turn on even after charging overnight with two different cables. Tried resetting per the manual. I'd like a refund.""", items=('scale',), subj='topic:Product details')
B('return_dissatisfied', 'defective', False, 'en', 'com.au', 'Chloe',
  """the temp control on the electric kettle is way off, set it to 90 and it boils at full 100 every time, checked w thermometer. faulty unit. want a replacement""", items=('ekettle',), wrap='blocks')
B('return_dissatisfied', 'defective', False, 'de', 'de', 'Klaus',
  """Sehr geehrte Damen und Herren,

die Kaffeemühle mahlt nicht gleichmäßig, das Mahlwerk wackelt und die Einstellung springt ständig auf grob. Ich habe sie genau nach Anleitung benutzt. Ich erwarte einen Ersatz oder die Rückerstattung des Kaufpreises.

Hochachtungsvoll
Dr. K. Brandes""", items=('grinder',), cs='ISO-8859-15', mime='html', entities=True)
B('return_dissatisfied', 'defective', False, 'ja', 'co.jp', '小林',
  """電気ケトルの電源が入りません。届いてすぐに使用しようとしたのですが、ランプも点灯しません。初期不良だと思われますので、交換か返金をお願いします。""", cs='Shift_JIS', cte=B64, hcs='ISO-2022-JP', items=('ekettle',), mime='alt')
B('return_dissatisfied', 'defective', False, 'zh', 'com', 'Li Na',
  """电子秤用了两次就不准了，放100克的砝码显示87克。这是质量问题吧？我要退款。""", cs='GB18030', cte=B64, items=('scale',))
B('return_dissatisfied', 'defective', False, 'pl', 'de', 'Tomasz',
  """Dzień dobry, czajnik przecieka przy uchwycie, woda kapie na kuchenkę. Proszę o wymianę lub zwrot pieniędzy.""", items=('kettle',), wrap='old', wl='de')
# missing parts
B('return_dissatisfied', 'missing_parts', False, 'en', 'com', 'Ashley',
  """The starter set came without the filters. Box says 40 filters included, there are none. Dripper and server are fine. Can you send the filters?""", items=('set',), mime='alt')
B('return_dissatisfied', 'missing_parts', False, 'fr', 'fr', 'Mathieu',
  """Bonjour, il manque le couvercle de la bouilloire dans le colis. Pouvez-vous me l'envoyer ? Merci.""", items=('kettle',), cs='windows-1252')
B('return_dissatisfied', 'missing_parts', False, 'es', 'com.mx', 'Fernanda',
  """Hola, el molino llegó sin la manivela. No se puede usar así. Por favor mándenme la pieza o un molino completo.""", items=('grinder',), mime='html')
# not received (long overdue, wants refund/new)
B('return_dissatisfied', 'not_received', False, 'en', 'com', 'Patricia',
  """I ordered this over a month ago. Tracking has said "in transit" for 3 weeks. I'm done waiting, either send a new one by express or refund me.""", items=('grinder',), subj='topic:Order delivery')
B('return_dissatisfied', 'not_received', True, 'en', 'com', 'Derek',
  """Still nothing. 5 weeks. You've ignored my last two messages. If I don't get a full refund by Friday I'm filing an A-to-z claim and disputing the charge with my bank.""", items=('kettle',), wrap='reply', subj='RE: Your order {oid} (Order: {oid})',
  quote="""Dear Derek,

thank you for your patience. Your parcel is on its way and should arrive within the next few days.

Best regards,
Kettlewick Support""")
B('return_dissatisfied', 'not_received', False, 'de', 'de', 'Monika',
  """Guten Tag, meine Bestellung vom letzten Monat ist immer noch nicht da. Die Sendungsverfolgung zeigt seit drei Wochen keine Bewegung. Bitte erstatten Sie mir den Betrag oder schicken Sie einen neuen Artikel.""", items=('set',), cs='ISO-8859-1', wrap='cs', reason='Artikel nicht erhalten')
B('return_dissatisfied', 'not_received', False, 'it', 'it', 'Alessandro',
  """Sono passate 4 settimane e il pacco non è mai arrivato. Voglio il rimborso, non mi interessa più aspettare.""", items=('mug',), wrap='cs', reason='Articolo non ricevuto')
B('return_dissatisfied', 'not_received', False, 'ja', 'co.jp', '渡辺',
  """注文から一か月以上経ちますが、まだ商品が届いておりません。追跡番号を調べても情報が更新されていません。大変恐縮ですが、返金または再送をお願いできますでしょうか。""", cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', items=('grinder',), wrap='cs', reason='商品未着')
B('return_dissatisfied', 'not_received', False, 'pt', 'com.br', 'Rafael',
  """Boa tarde. Já se passaram 40 dias e o pedido não chegou. O rastreio parou na alfândega. Quero o reembolso ou um novo envio.""", items=('scale',))
# abusive / legal
B('return_dissatisfied', 'defective', True, 'en', 'com', 'Rick',
  """Your garbage kettle LEAKED boiling water all over my hand. I have burns. My lawyer will be contacting you about this. I want a full refund immediately and you will be hearing from my attorney about medical costs.""", items=('ekettle',), mime='alt')
B('return_dissatisfied', 'damaged', True, 'en', 'co.uk', 'Darren',
  """absolute joke of a company. third cracked dripper you idiots have sent me. are you packing them with a hammer?? sort it out or i go to trading standards""", wrap='deco', sep='-' * 40)

# ==========================================================================
# negative_review, buyer relays (12)

B('negative_review', '', False, 'en', 'com', 'Karen',
  """Just so you know I left 1 star. The dripper drips coffee everywhere except the cup. Don't bother replying.""", items=('dripper',))
B('negative_review', '', False, 'en', 'com', 'Steve',
  """Got your email asking for a review. Here's my review: the grinder is fine but it took 3 weeks to arrive and nobody answered my questions. So 2 stars, that's what it gets.""", items=('grinder',), wrap='reply', subj='RE: How was your Kettlewick grinder? (Order: {oid})',
  quote="""Hi Steve,

we hope you are enjoying your new grinder. If you have a moment, we would appreciate your honest review on Amazon.

Kettlewick Support""", qhdr='-----Original message-----\nFrom: Kettlewick Support\nSent: {d}')
B('return_dissatisfied', 'damaged', False, 'en', 'co.uk', 'Fiona',
  """If this isn't replaced this week I'll be leaving a very honest review about the cracked lid and how long you took to answer. Please just send a new lid.""", items=('kettle',), mime='alt')
B('negative_review', '', True, 'en', 'com', 'Jason',
  """I'll make you a deal. Refund me the full price and keep the product, and I'll change my 1-star review to 5 stars. Otherwise it stays and I'll post photos too.""", items=('scale',))
B('negative_review', '', False, 'en', 'com', 'Maria',
  """Sorry, I left negative feedback by mistake - I meant to leave it for a different seller! Your kettle is great. How do I remove it?""", items=('kettle',), mime='html')
B('negative_review', '', False, 'de', 'de', 'Heike',
  """Ich habe eine 1-Sterne-Bewertung abgegeben, weil die Waage nach zwei Wochen kaputt war. Ihr Kundenservice hat nie reagiert. Das wollte ich Ihnen nur mitteilen.""", items=('scale',), cs='ISO-8859-15', mime='alt')
B('negative_review', '', False, 'fr', 'fr', 'Isabelle',
  """Bonjour, suite à votre message : oui j'ai laissé un avis négatif, le mug ne garde pas du tout le café chaud, il est tiède après 20 minutes. Je ne vois pas quoi ajouter.""", items=('mug',), cs='ISO-8859-1', wrap='reply', subj='RE: Votre avis sur votre commande (Commande : {oid})',
  quote="""Bonjour Isabelle,

nous avons vu votre commentaire et sommes désolés que le mug ne vous donne pas satisfaction. Pouvez-vous nous en dire plus ?

Le service client Kettlewick""", qhdr='Le {d}, Kettlewick Support a écrit :')
B('negative_review', '', False, 'es', 'es', 'Andrés',
  """He dejado una opinión de una estrella. El molinillo hace un ruido horrible y deja el café con trozos enormes. Lo aviso para que lo mejoréis.""", items=('grinder',), wrap='old')
B('negative_review', '', False, 'it', 'it', 'Paola',
  """Vi ho scritto tre volte e nessuno mi ha mai risposto. Vi avviso: se entro domani non ho notizie, lascio una recensione negativa con una stella e racconto a tutti come trattate i clienti.""", items=('ekettle',))
B('negative_review', '', False, 'ja', 'co.jp', '加藤',
  """レビューの件でご連絡いたしました。星1つを付けさせていただきましたが、理由はフィルターのサイズが合わなかったためです。説明文にサイズの詳細がもう少しあればと思います。""", cs='UTF-8', cte=B64, items=('filters',), mime='alt')
B('negative_review', '', False, 'zh', 'com', 'Zhang',
  """我已经给了差评。质量太差，用了一周就坏了。""", cs='GBK', cte=B64, items=('scale',))
B('negative_review', '', False, 'sv', 'se', 'Ingrid',
  """Hej, jag har lämnat ett negativt omdöme eftersom termosmuggen läcker. Ville bara säga det. Ingrid""", items=('mug',), cs='ISO-8859-1')

# ==========================================================================
# refund_status (17)

B('refund_status', '', False, 'en', 'com', 'Michelle',
  """Hi, I returned the kettle on the 3rd and UPS shows it was delivered back to you on the 9th. Still haven't seen the refund. Can you check?""", items=('kettle',), trkkind='ups', subj='topic:Shipping')
B('refund_status', '', False, 'en', 'com', 'Jorge',
  """where is my refund. you said 5 days. its been 12""", items=('grinder',), wrap='reply', subj='RE: Return received (Order: {oid})',
  quote="""Hello Jorge,

we received your return today. Your refund will be processed within 5 business days.

Kettlewick Support""")
B('refund_status', '', False, 'en', 'co.uk', 'Emma',
  """Hello, you agreed to refund me for the broken dripper without needing to send it back (thank you!). Just wondering when that will go through as I can't see it on my card yet.""", mime='alt')
B('refund_status', '', False, 'en', 'com', 'Tanisha',
  """I sent the scale back TWO WEEKS AGO. No refund. No reply. What is going on? I'm starting to think I got scammed.""", items=('scale',), mime='html')
B('refund_status', '', False, 'en', 'ca', 'Mark',
  """Amazon says the refund was issued by you but my bank shows nothing after 6 days. Can you give me a reference number so I can ask my bank?""", items=('server',), wrap='blocks')
B('refund_status', '', True, 'en', 'com', 'Victor',
  """Refund is 3 weeks late. This is my final message before I call my credit card company and file a chargeback. I've got screenshots of everything.""", items=('ekettle',), wrap='old')
B('refund_status', '', False, 'zh', 'de', 'Bo',
  """你好，磨豆机我十天前已经退回去了，DHL显示已经签收。请问什么时候退款？""", items=('grinder',), cs='GB18030', cte=B64, mime='alt')
B('refund_status', '', False, 'de', 'de', 'Birgit',
  """Sehr geehrtes Team, Sie hatten mir eine Teilerstattung von 10 EUR für den Kratzer zugesagt. Diese ist bisher nicht eingegangen. Bitte prüfen Sie das. Danke und Gruß""", items=('mug',), cs='ISO-8859-15', mime='alt')
B('refund_status', '', False, 'fr', 'fr', 'Antoine',
  """Bonjour, j'ai renvoyé le colis il y a deux semaines et je n'ai toujours pas été remboursé. Pouvez-vous me dire où en est le remboursement ?""", items=('ekettle',), cs='ISO-8859-1', wrap='deco', sep='=' * 50)
B('refund_status', '', False, 'es', 'es', 'Rocío', henc='Q', hcs='ISO-8859-1', cs='ISO-8859-1', text=
  """Hola, ¿cuándo me vais a devolver el dinero? Devolví el hervidor hace 15 días.""", items=('kettle',))
B('refund_status', '', False, 'es', 'com.mx', 'Diego',
  """Buen día, me dijeron que el reembolso ya fue emitido pero en mi tarjeta no aparece. ¿Me pueden confirmar la fecha y el monto? Gracias.""", items=('scale',), mime='alt', cs='ISO-8859-1')
B('refund_status', '', False, 'it', 'it', 'Francesca',
  """Buongiorno, vi ho restituito la caraffa il 5 del mese e ancora niente rimborso. Quanto ci vuole ancora?""", items=('server',), cs='ISO-8859-1')
B('refund_status', '', False, 'it', 'it', 'Marco',
  """Salve, il rimborso risulta emesso da 8 giorni ma sulla carta non vedo nulla. È normale?""", items=('filters',), wrap='blocks', mime='html')
B('refund_status', '', False, 'ja', 'co.jp', '松本',
  """返品した商品は先週そちらに到着しているようですが、まだ返金されていません。いつ頃返金されますでしょうか。""", cs='Shift_JIS', cte=B64, hcs='ISO-2022-JP', items=('kettle',))
B('refund_status', '', False, 'zh', 'com', 'Liu',
  """退货已经寄回去两个星期了，为什么还没退款？请尽快处理。""", cs='GB18030', cte=B64, items=('grinder',), mime='alt')
B('refund_status', '', False, 'zh', 'com', 'Tsai',
  """您好，我上週已經把商品退回了，物流顯示已簽收，請問退款什麼時候會到帳？謝謝。""", cs='Big5', cte=B64, items=('mug',))
B('refund_status', '', False, 'tr', 'de', 'Ayşe', henc='Q', text=
  """Merhaba, ürünü iade ettim ama paramı hâlâ geri almadım. Ne zaman iade edilecek? Teşekkürler""", items=('scale',), wl='de')

# ==========================================================================
# needs-human mixes among buyer relays

B('address_change', '', True, 'en', 'com', 'Brandon',
  """Can you ship this to 401 Maple Ave, Dayton OH 45402 instead? If that's not possible then just cancel it I guess, or refund me, whatever works for you.""", items=('grinder',))
B('return_dissatisfied', 'damaged', True, 'en', 'com', 'Natalie',
  """Two things. Order {oid} came with the server lid cracked. And my other order {oid2} (filters) hasn't shown up at all, it's been 10 days. Please sort both.""", items=('server', 'filters'), n=2, mime='alt')
B('other', '', True, 'en', 'com', 'Gloria', "", wrap='photo', items=('kettle',), attach=('image0.png',))
B('other', '', True, 'de', 'de', 'Horst', "", wrap='photo', items=('server',), attach=('IMG_20250811_183012.png',), mime='alt')

# ==========================================================================
# other, buyer relays (31)

# pre-sale questions (no order)
B('other', '', False, 'en', 'com', 'Ben',
  """Does the gooseneck kettle work on an induction cooktop? The listing doesn't say.""", items=('kettle',), n=0, subj='Product details inquiry from Amazon customer {name}')
B('other', '', False, 'en', 'co.uk', 'Yasmin',
  """Hi, is the dripper dishwasher safe? And is it compatible with the standard 02 filters from other brands? Thanks""", n=0, mime='html')
B('other', '', False, 'en', 'com', 'Frank',
  """Do you ship to Alaska? Thinking of getting 3 of the starter sets as Christmas gifts.""", items=('set',), n=0, wrap='old')
B('other', '', False, 'en', 'ae', 'Omar',
  """Hello, what is the voltage of the electric kettle? I need 220-240V for UAE. Also what plug type? Thank you""", items=('ekettle',), n=0, mime='alt')
B('other', '', False, 'it', 'de', 'Matteo',
  """Buongiorno, scrivo in italiano, spero vada bene. La bilancia va bene anche per l'espresso? Quanto è grande il piatto di pesata?""", items=('scale',), n=0, cs='ISO-8859-1')
B('other', '', False, 'fr', 'fr', 'Camille',
  """Bonjour, le moulin convient-il pour une mouture très fine (type espresso) ? Merci de votre réponse.""", items=('grinder',), n=0, mime='alt', cs='ISO-8859-15')
B('other', '', False, 'es', 'es', 'Sergio',
  """Hola, ¿la taza de viaje cabe en el portavasos de un coche normal? ¿Qué diámetro tiene la base?""", items=('mug',), n=0)
B('other', '', False, 'it', 'it', 'Giulia',
  """Salve, i filtri sono compostabili? Grazie.""", items=('filters',), n=0, wrap='blocks')
B('other', '', False, 'ja', 'co.jp', '中村',
  """購入を検討しております。こちらのケトルはIH対応でしょうか。また、容量の目盛りは付いていますか。""", cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', items=('kettle',), n=0)
B('other', '', False, 'zh', 'com', 'Yang',
  """你好，请问这个手冲壶可以用在电磁炉上吗？有没有中文说明书？""", cs='GBK', cte=B64, items=('kettle',), n=0, mime='alt')
B('other', '', False, 'zh', 'com', 'Lin',
  """請問這款磨豆機的刻度可以調到多細？適合手沖和義式嗎？謝謝。""", cs='Big5', cte=B64, items=('grinder',), n=0)
B('other', '', False, 'pt', 'com.br', 'Larissa',
  """Oi! Vocês enviam para o Brasil? O frete fica muito caro? Quero comprar a chaleira.""", items=('kettle',), n=0, cs='ISO-8859-1')
B('other', '', False, 'tr', 'com.tr', 'Mehmet',
  """Merhaba, bu demlik Türk kahvesi için de kullanılabilir mi? Garanti süresi ne kadar?""", items=('dripper',), n=0)
# thanks, confirmations
B('other', '', False, 'en', 'com', 'Hannah',
  """Got it today, it's perfect, thank you so much for the quick shipping and the cute note!!""", items=('set', 'filters'), mime='html')
B('other', '', False, 'en', 'co.uk', 'Peter',
  """Thanks, the replacement arrived this morning and all is well. No need to reply.""", items=('dripper',), wrap='reply', subj='RE: Replacement for your order (Order: {oid})',
  quote="""Dear Peter,

we are very sorry the dripper arrived damaged. A replacement has been dispatched today.

Kind regards,
Kettlewick Support""")
B('other', '', False, 'nl', 'nl', 'Daan',
  """Bedankt voor de snelle levering, alles in orde!""", items=('mug',))
B('other', '', False, 'pl', 'pl', 'Agnieszka',
  """Dziękuję, paczka dotarła, wszystko w porządku. Pozdrawiam!""", items=('filters',), mime='alt')
# invoice requests
B('other', '', False, 'de', 'de', 'Stefan',
  """Sehr geehrte Damen und Herren, bitte senden Sie mir eine Rechnung mit ausgewiesener Mehrwertsteuer auf meine Firma: Brandt Planungsbüro GmbH, Königsallee 9, 40212 Düsseldorf. USt-IdNr. DE000000000. Vielen Dank.""", items=('ekettle',), cs='ISO-8859-1', mime='alt')
B('other', '', False, 'de', 'de', 'Anja',
  """Brauche eine Rechnung für die Bestellung. Danke""", items=('scale',), wrap='old', cs='ISO-8859-1')
B('other', '', False, 'it', 'it', 'Roberto',
  """Buongiorno, avrei bisogno della fattura intestata alla mia partita IVA. Vi mando i dati: Studio Conti, Via Roma 3, 20121 Milano, P.IVA 00000000000. Grazie""", items=('grinder',), cs='ISO-8859-15')
B('other', '', False, 'fr', 'fr', 'Laurent',
  """Bonjour, pourriez-vous m'envoyer une facture pour cette commande ? C'est pour ma société. Merci d'avance.""", items=('server',), wrap='cs', reason='Demande de facture')
# how-to / warranty / gift / subscription
B('other', '', False, 'en', 'com', 'Chris',
  """How do I calibrate the scale? The manual says hold the unit button but nothing happens.""", items=('scale',), subj='topic:Product details')
B('other', '', False, 'en', 'com', 'Debbie',
  """What grind setting do you recommend for pour over with the 02 dripper? Number of clicks from zero? Loving it so far!""", items=('grinder',), mime='alt')
B('other', '', False, 'ja', 'co.jp', '森',
  """いつもお世話になっております。ドリッパーの使い方について質問です。お湯の温度は何度くらいが最適でしょうか。""", cs='Shift_JIS', cte=B64, hcs='ISO-2022-JP', items=('dripper',), mime='alt')
B('other', '', False, 'sv', 'se', 'Erik',
  """Hej, hur avkalkar man vattenkokaren bäst? Kan man använda citronsyra?""", items=('ekettle',), cs='ISO-8859-1')
B('other', '', False, 'en', 'com', 'Walter',
  """Hello, what is the warranty on the electric kettle and how do I register it? Just bought it, everything works fine, just want to be covered.""", items=('ekettle',), wrap='blocks')
B('other', '', False, 'es', 'es', 'Elena',
  """Buenas tardes, ¿cuánto tiempo de garantía tiene el molinillo? Por si acaso en el futuro. Gracias.""", items=('grinder',), mime='html', cs='ISO-8859-1')
B('other', '', False, 'en', 'com', 'Nancy',
  """This is a gift for my dad. Could you please include a note that says "Happy 70th Dad, enjoy the good coffee! Love, Nancy & kids". Thank you!""", items=('set',), mime='alt')
B('other', '', False, 'en', 'com', 'Richard',
  """Please cancel my Subscribe & Save for the filters, I have too many. Don't cancel this current delivery though, that one's fine.""", items=('filters',), subj='topic:Product details')
B('other', '', False, 'en', 'com', 'Aaron',
  """Quick question - can I add a second pack of filters to this order so they ship together?""", items=('filters',), wrap='deco', sep='#' * 44)
B('other', '', False, 'fr', 'ca', 'Geneviève',
  """Bonjour, le couvercle de la bouilloire peut-il passer au lave-vaisselle? Merci!""", items=('kettle',), wl='fr', subjlang='fr', mime='alt', cs='ISO-8859-1')

# ==========================================================================
# later additions (language balance)

B('return_dissatisfied', 'wrong_item', False, 'zh', 'com', 'Huang',
  """您好，我訂的是黑色的電熱水壺，收到的卻是銀色的手沖壺。請幫我換成正確的商品，謝謝。""", cs='Big5', cte=B64, hcs='Big5', items=('ekettle',), mime='alt')
B('return_unwanted', '', False, 'zh', 'co.jp', 'Zhao',
  """你好，我买了这个滤杯，但是回家发现我的滤纸是01号的，尺寸不合适，是我自己买错了。可以退货吗？还没用过。""", cs='UTF-8', cte=B64, items=('dripper',))
B('return_dissatisfied', 'wrong_item', False, 'es', 'es', 'Álvaro',
  """Buenas, pedí el molinillo manual y me ha llegado una taza de viaje verde. Os devuelvo la taza, pero necesito el molinillo, por favor.""", items=('grinder',), wrap='blocks', cs='ISO-8859-15')
B('other', '', False, 'es', 'es', 'Inés',
  """Muchas gracias por la rapidez, el set ha llegado perfecto y es precioso. ¡Un saludo!""", items=('set',), mime='html', cs='windows-1252')
B('return_dissatisfied', 'not_received', True, 'fr', 'fr', 'Valérie',
  """Toujours rien reçu après 5 semaines et vous ne répondez pas. Si je ne suis pas remboursée sous 48 heures, j'ouvre une réclamation A-à-z Garantie et je préviens ma banque.""", items=('ekettle',), cs='ISO-8859-15', mime='alt')
B('shipping_inquiry', '', False, 'en', 'com', 'Customer',
  """The customer would like to know the current status of this shipment. The tracking number {trk} has not updated for six days and the customer is concerned the package may be lost. Please provide an update or an estimated delivery date.""", items=('set',), wrap='cs', reason='Where is my order', trkkind='usps', subj='Message from Amazon customer service regarding order {oid}')
B('shipping_inquiry', '', False, 'en', 'com', 'Kimberly',
  """The dripper arrived and it's great, love it! Two quick things: the filters from the same order still say "not yet shipped" - when will they ship? And do you sell a size 01 dripper too? Thanks!""", items=('dripper', 'filters'), mime='alt')

B('return_dissatisfied', 'defective', False, 'en', 'com', 'Eleanor',
  """Hello there,

I hope this finds you well. I'm writing because I bought this kettle for my husband Harold for our 40th anniversary. He has been making his coffee in the same dented saucepan since 1987 and I thought it was finally time, and our granddaughter (who is a barista in Portland, very serious about it) told me the gooseneck kind is what the professionals use. So I ordered it, and it came on Tuesday, which was a day early, so thank you for that. The box was very nice, Harold said so too.

Anyway, the first few mornings were lovely. But on Saturday, when he was pouring, the lid popped right off and fell into the sink, and now it won't stay on at all. There's a little tab inside that's supposed to click and it just doesn't click anymore. We didn't drop it or anything, Harold is very careful with his things (you should see his record collection).

I'm not sure what the right thing is here. Could you send us a new one, or a new lid if that's possible? We would rather not go without it now that Harold has gotten used to it.

With thanks and warm regards,
Eleanor (and Harold)""", items=('kettle',), mime='alt')

# ==========================================================================
# Amazon notices

S = 'Kettlewick Coffee Tools'


def RA(case, sub, lang, tld, reason, comment, item, style='lines', mime='text', cs='UTF-8', cte=QP, uk=False,
       subject=None, sender=None):
    """Return authorization request notice in several languages and layouts."""
    if lang == 'en':
        auth = 'authorisation' if uk else 'authorization'
        subj = subject or 'Return %s request for order # {oid}' % auth
        head = ('Dear %s,\n\nA buyer has requested a return %s for the following order. '
                'The return has been authorized automatically under your return settings.\n\n' % (S, auth))
        if style == 'lines':
            tab = ('Order ID: # {oid}\nOrder Item: {title}\nASIN: {asin}\nSKU: {sku}\nReturn Quantity: 1\n'
                   'Return Reason: %s\nCustomer\'s Comment: %s\n' % (reason, comment))
        else:
            tab = ('Order ID: # {oid}\n\nOrder Item\tASIN\tSKU\tReturn Quantity\tReturn Reason\tCustomer\'s Comment\n'
                   '{title}\t{asin}\t{sku}\t1\t%s\t%s\n' % (reason, comment))
        tail = ('\nRequest received: {date}\n\nTo review this request, go to Manage Returns in Seller Central:\n'
                'https://sellercentral.amazon.%s/gp/returns/list/v2\n\nSincerely,\nAmazon Services\n' % tld)
        body = head + tab + tail
    elif lang == 'de':
        subj = subject or 'Rücksendegenehmigung angefordert für Bestellung # {oid}'
        body = ('Guten Tag %s,\n\nein Käufer hat für die folgende Bestellung eine Rücksendung beantragt.\n\n'
                'Bestellnummer: # {oid}\nArtikel: {title}\nASIN: {asin}\nSKU: {sku}\nRücksendemenge: 1\n'
                'Rücksendegrund: %s\nKommentar des Kunden: %s\n\nAnfrage eingegangen am: {date}\n\n'
                'Sie können die Anfrage unter "Rücksendungen verwalten" in Seller Central bearbeiten.\n\n'
                'Freundliche Grüße\nAmazon Services Europe\n' % (S, reason, comment))
    elif lang == 'fr':
        subj = subject or 'Demande d\'autorisation de retour pour la commande n° {oid}'
        body = ('Bonjour %s,\n\nUn acheteur a demandé une autorisation de retour pour la commande suivante.\n\n'
                'N° de commande : {oid}\nArticle : {title}\nASIN : {asin}\nSKU : {sku}\nQuantité retournée : 1\n'
                'Motif du retour : %s\nCommentaire du client : %s\n\nDemande reçue le : {date}\n\n'
                'Consultez la page Gérer les retours dans Seller Central.\n\nCordialement,\nAmazon Services Europe\n'
                % (S, reason, comment))
    elif lang == 'es':
        subj = subject or 'Solicitud de autorización de devolución del pedido n.º {oid}'
        body = ('Hola, %s:\n\nUn comprador ha solicitado la devolución del siguiente pedido.\n\n'
                'N.º de pedido: {oid}\nArtículo: {title}\nASIN: {asin}\nSKU: {sku}\nCantidad devuelta: 1\n'
                'Motivo de la devolución: %s\nComentario del cliente: %s\n\nSolicitud recibida: {date}\n\n'
                'Gestiona esta solicitud en Seller Central > Gestionar devoluciones.\n\nAtentamente,\n'
                'Amazon Services Europe\n' % (S, reason, comment))
    elif lang == 'it':
        subj = subject or 'Richiesta di autorizzazione al reso per l\'ordine n. {oid}'
        body = ('Gentile %s,\n\nun cliente ha richiesto un reso per il seguente ordine.\n\n'
                'Ordine #: {oid}\nArticolo: {title}\nASIN: {asin}\nSKU: {sku}\nQuantità resa: 1\n'
                'Motivo del reso: %s\nCommento del cliente: %s\n\nRichiesta ricevuta il: {date}\n\n'
                'Gestisci la richiesta da Seller Central > Gestisci resi.\n\nCordiali saluti,\n'
                'Amazon Services Europe\n' % (S, reason, comment))
    elif lang == 'ja':
        subj = subject or '返品リクエストのお知らせ 注文番号 {oid}'
        body = ('%s 様\n\n以下の注文について、購入者から返品リクエストがありました。\n\n'
                '注文番号：{oid}\n商品名：{title}\nASIN：{asin}\n出品者SKU：{sku}\n返品数量：1\n'
                '返品理由：%s\n購入者のコメント：%s\n\nリクエスト受付日：{date}\n\n'
                'セラーセントラルの「返品管理」からリクエストを確認してください。\n\nAmazon.co.jp\n' % (S, reason, comment))
    N(case, sub, False, lang, tld, sender or 'order-update@amazon.%s' % tld, subj, body, mime=mime, cs=cs, cte=cte,
      item=item, tlang=lang, datefmt='%d.%m.%Y' if lang == 'de' else ('%Y/%m/%d' if lang == 'ja' else '%d/%m/%Y'),
      sname={'en': 'Amazon Seller Notification', 'de': 'Amazon.de', 'fr': 'Amazon.fr Seller Central',
             'es': 'Amazon.es', 'it': 'Amazon.it', 'ja': 'Amazon.co.jp'}[lang])


# return authorizations: unwanted (6)
RA('return_unwanted', '', 'en', 'com', 'No longer needed', 'changed my mind', 'kettle')
RA('return_unwanted', '', 'en', 'co.uk', 'Bought by mistake', 'Ordered twice', 'filters', style='table', uk=True)
RA('return_unwanted', '', 'de', 'de', 'Besseren Preis gefunden', '', 'scale', cs='ISO-8859-1', mime='alt')
RA('return_unwanted', '', 'es', 'es', 'Ya no lo necesito', 'Me han regalado otro', 'grinder', cs='ISO-8859-1')
RA('return_unwanted', '', 'it', 'it', 'Incompatibile o non utile', 'Non funziona con il mio piano a induzione',
   'kettle', mime='html')
RA('return_unwanted', '', 'ja', 'co.jp', '間違えて注文した', 'サイズを間違えました', 'filters', cs='ISO-2022-JP', cte=E7)
# unwanted by reason code although the comment sounds like a defect (reason code decides)
RA('return_unwanted', '', 'en', 'com', 'No longer needed', 'lid is a bit loose', 'server', style='table', mime='alt')
# return authorizations: dissatisfied (6)
RA('return_dissatisfied', 'defective', 'en', 'com', "Item defective or doesn't work", 'does not power on',
   'ekettle')
RA('return_dissatisfied', 'damaged', 'en', 'co.uk', 'Product damaged, but shipping box OK',
   'Crack along the handle', 'mug', uk=True, subject='Return authorisation notification for order # {oid}')
RA('return_dissatisfied', 'wrong_item', 'de', 'de', 'Falscher Artikel wurde gesendet', 'Kanne statt Filter erhalten',
   'filters', cs='ISO-8859-15')
RA('return_dissatisfied', 'defective', 'fr', 'fr', 'Article défectueux ou ne fonctionne pas',
   "L'écran reste noir", 'scale', cs='windows-1252', mime='alt')
RA('return_dissatisfied', 'missing_parts', 'it', 'it', 'Mancano parti o accessori', 'Manca la manovella',
   'grinder', cs='ISO-8859-1')
RA('return_dissatisfied', 'damaged', 'ja', 'co.jp', '商品が破損していた（配送箱は問題なし）', '注ぎ口が欠けていました',
   'server', cs='Shift_JIS', cte=B64)

# returned_goods: return received / delivered (8)
N('returned_goods', '', False, 'en', 'com', 'order-update@amazon.com', 'Return delivered: Order {oid}',
  """Hello Kettlewick Coffee Tools,

The return for the following order has been delivered to your return address.

Order ID: {oid}
Item: {title}
Quantity returned: 1
Carrier: UPS   Tracking ID: {trk}
Delivered on: {date}

Please inspect the item and issue the refund within two business days of receiving the return. If you do not
issue the refund, Amazon may refund the buyer on your behalf and charge your account.

Manage Returns: https://sellercentral.amazon.com/gp/returns/list/v2

Amazon Services
""", item='ekettle', trkkind='ups', datefmt='%m/%d/%Y', sname='Amazon Seller Central')
N('returned_goods', '', False, 'en', 'co.uk', 'returns-notification@amazon.co.uk', 'Customer return received at fulfilment centre - {oid}',
  """Dear Seller,

We have received a customer return at our fulfilment centre.

Order ID:           {oid}
SKU:                {sku}
ASIN:               {asin}
Quantity:           1
Disposition:        SELLABLE
Reason:             UNWANTED_ITEM
Received:           {date}

The unit has been added back to your sellable inventory. You can review all customer returns in the
FBA Customer Returns report.

Regards,
Amazon Fulfilment
""", item='dripper', datefmt='%d/%m/%Y', sname='Amazon.co.uk')
N('returned_goods', '', False, 'de', 'de', 'order-update@amazon.de', 'Rücksendung eingegangen – Bestellung {oid}',
  """Guten Tag,

die Rücksendung zur Bestellung {oid} ist bei Ihnen eingegangen (DHL, Sendungsnummer {trk}, zugestellt am {date}).

Artikel: {title}
Menge: 1

Bitte erstatten Sie dem Käufer den Betrag innerhalb von zwei Werktagen nach Erhalt der Rücksendung.

Freundliche Grüße
Amazon Services Europe
""", item='grinder', cs='ISO-8859-15', tlang='de', sname='Amazon.de')
N('returned_goods', '', False, 'de', 'de', 'fba-noreply@amazon.de', 'Kundenrücksendung im Logistikzentrum erfasst',
  """Hallo,

folgende Kundenrücksendung wurde in unserem Logistikzentrum LEJ1 erfasst:

Bestellnummer: {oid}
SKU: {sku}
ASIN: {asin}
Menge: 1
Zustand: BESCHÄDIGT (KUNDE)
Datum: {date}

Der Artikel ist nicht verkaufsfähig. Sie können eine Rücksendung an Ihre Adresse oder die Entsorgung beauftragen.

Ihr Versand durch Amazon-Team
""", item='server', mime='alt', sname='Versand durch Amazon')
N('returned_goods', '', False, 'fr', 'fr', 'order-update@amazon.fr', 'Retour reçu pour la commande {oid}',
  """Bonjour,

Nous vous informons que le retour de la commande {oid} a été livré à votre adresse de retour le {date}.

Article : {title}
Quantité : 1

Merci d'effectuer le remboursement dans un délai de deux jours ouvrés.

Cordialement,
Amazon Services Europe
""", item='mug', tlang='fr', cs='ISO-8859-1', sname='Amazon.fr')
N('returned_goods', '', False, 'it', 'it', 'order-update@amazon.it', 'Reso consegnato - Ordine {oid}',
  """Gentile venditore,

il reso relativo all'ordine {oid} è stato consegnato al tuo indirizzo di reso in data {date}.

Articolo: {title}
Quantità: 1

Ti ricordiamo di emettere il rimborso entro due giorni lavorativi dalla ricezione.

Cordiali saluti,
Amazon Services Europe
""", item='kettle', tlang='it', mime='html', sname='Amazon.it')
N('returned_goods', '', False, 'es', 'es', 'order-update@amazon.es', 'Devolución recibida: pedido {oid}',
  """Hola:

Te informamos de que la devolución del pedido {oid} se ha entregado en tu dirección de devolución ({date}).

Artículo: {title}
Cantidad: 1

Recuerda realizar el reembolso en un plazo de dos días laborables desde la recepción.

Un saludo,
Amazon Services Europe
""", item='scale', tlang='es', cs='windows-1252', sname='Amazon.es')
N('returned_goods', '', False, 'ja', 'co.jp', 'order-update@amazon.co.jp', '返品商品の受領のお知らせ（注文番号：{oid}）',
  """Kettlewick Coffee Tools 様

以下の注文の返品商品が、返送先住所に配達されました。

注文番号：{oid}
商品名：{title}
数量：1
配達日：{date}

返品商品の受領後2営業日以内に返金処理を行ってください。

Amazon.co.jp セラーサポート
""", item='mug', tlang='ja', cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', datefmt='%Y/%m/%d', sname='Amazon.co.jp')
# returned_goods: refunds (7)
N('returned_goods', '', False, 'en', 'com', 'do-not-reply@amazon.com', 'Refund initiated for order {oid}',
  """Hello,

This is to confirm that a refund has been initiated for the following order:

Order ID: {oid}
Item: {title}
Refund amount: $34.99
Reason: Customer return

The refund will appear on the Transaction View page of your seller account.

Thank you for selling on Amazon.
""", item='grinder', sname='Amazon.com')
N('returned_goods', '', False, 'en', 'com', 'do-not-reply@amazon.com', 'Refund initiated for order {oid}',
  """Refund summary

Order: {oid}
Refunded: $19.95 (item) + $0.00 (shipping)
Refund initiated by: Amazon on behalf of seller (return not refunded within 2 business days)

Amazon has refunded the buyer on your behalf. The amount has been charged to your account.
""", item='filters', mime='alt', sname='Amazon.com')
N('returned_goods', '', False, 'en', 'com', 'payments-messages@amazon.com', 'Returnless refund issued for order {oid}',
  """Dear Seller,

Under your returnless refund rules, the buyer of order {oid} has received a refund without returning the item.

Item: {title}
Refund amount: $12.99
Return reason: Product damaged, but shipping box OK
Date: {date}

No further action is required.

Amazon Seller Payments
""", item='mug', datefmt='%m/%d/%Y', sname='Amazon Payments')
N('returned_goods', '', False, 'de', 'de', 'do-not-reply@amazon.de', 'Erstattung veranlasst für Bestellung {oid}',
  """Guten Tag,

für die folgende Bestellung wurde eine Erstattung veranlasst:

Bestellnummer: {oid}
Artikel: {title}
Erstattungsbetrag: 49,90 €
Grund: Rücksendung durch den Kunden

Die Erstattung wird in der Transaktionsübersicht Ihres Verkäuferkontos angezeigt.
""", item='ekettle', tlang='de', cs='ISO-8859-15', sname='Amazon.de')
N('returned_goods', '', False, 'fr', 'fr', 'do-not-reply@amazon.fr', 'Remboursement effectué pour la commande {oid}',
  """Bonjour,

Un remboursement a été effectué pour la commande {oid}.

Article : {title}
Montant remboursé : 24,90 €
Motif : Retour client

Le remboursement apparaîtra dans la page Transactions de votre compte vendeur.
""", item='server', tlang='fr', cs='windows-1252', mime='html', sname='Amazon.fr')
N('returned_goods', '', False, 'ja', 'co.jp', 'do-not-reply@amazon.co.jp', '返金処理が開始されました（注文番号 {oid}）',
  """以下の注文について返金処理が開始されました。

注文番号：{oid}
商品名：{title}
返金額：￥3,980
理由：購入者による返品

返金の詳細はセラーセントラルの「ペイメント」からご確認いただけます。
""", item='dripper', tlang='ja', cs='Shift_JIS', cte=B64, hcs='ISO-2022-JP', sname='Amazon.co.jp')
N('returned_goods', '', False, 'nl', 'nl', 'do-not-reply@amazon.nl', 'Terugbetaling gestart voor bestelling {oid}',
  """Hallo,

Er is een terugbetaling gestart voor bestelling {oid}.

Artikel: {title}
Bedrag: 18,50 €
Reden: Retour door klant

De terugbetaling verschijnt in het transactieoverzicht van je verkopersaccount.
""", item='mug', sname='Amazon.nl')

# feedback and review alerts (5)
N('negative_review', '', False, 'en', 'com', 'donotreply@amazon.com', 'New negative feedback received (Order ID: {oid})',
  """Hello Kettlewick Coffee Tools,

A buyer has left the following feedback for your order:

Order ID: {oid}
Rating: 1 out of 5
Comments: "Arrived late and the box was crushed. Seller never replied."
Date: {date}

You can respond to this feedback publicly or contact the buyer through Buyer-Seller Messaging.
Go to Feedback Manager: https://sellercentral.amazon.com/feedback-manager/index.html

Please remember that you may not offer any incentive in exchange for removing or changing feedback.

Amazon Seller Performance
""", datefmt='%m/%d/%Y', sname='Amazon Seller Central')
N('negative_review', '', False, 'en', 'co.uk', 'brand-notifications@amazon.co.uk', 'Review alert: a new 2-star review on {asin}',
  """A new customer review has been posted on one of your brand's products.

ASIN: {asin}
Product: {title}
Rating: 2 stars
Review title: "Pretty but not practical"
Review: "Looks great on the shelf, but the lid rattles and it loses heat in 15 minutes."

Verified purchase.

View in Customer Reviews (Brand Dashboard).
""", item='mug', mime='alt', sname='Amazon Brand Registry', n=0)
N('negative_review', '', False, 'it', 'it', 'donotreply@amazon.it', 'Nuovo feedback negativo ricevuto',
  """Gentile venditore,

hai ricevuto un nuovo feedback.

Numero ordine: {oid}
Valutazione: 2 su 5
Commento: "Consegna lentissima, nessuna risposta ai miei messaggi."
Data: {date}

Puoi rispondere pubblicamente al feedback dalla pagina Gestione feedback.

Amazon Services Europe
""", cs='ISO-8859-1', sname='Amazon.it')
N('negative_review', '', False, 'fr', 'fr', 'donotreply@amazon.fr', 'Nouvelle évaluation vendeur négative pour la commande {oid}',
  """Bonjour,

Un acheteur a laissé une évaluation pour la commande {oid}.

Note : 1 sur 5
Commentaire : « Produit cassé à l'arrivée, aucune réponse du vendeur. »
Date : {date}

Vous pouvez répondre publiquement à cette évaluation depuis le Gestionnaire d'évaluations.

Amazon Services Europe
""", cs='ISO-8859-15', mime='html', sname='Amazon.fr')
N('negative_review', '', False, 'ja', 'co.jp', 'donotreply@amazon.co.jp', '新しい評価が投稿されました（注文番号：{oid}）',
  """Kettlewick Coffee Tools 様

購入者から以下の評価が投稿されました。

注文番号：{oid}
評価：★☆☆☆☆（1）
コメント：「到着が遅く、梱包も雑でした。」
投稿日：{date}

評価マネージャーから公開コメントを投稿できます。

Amazon.co.jp
""", cs='UTF-8', cte=B64, datefmt='%Y/%m/%d', sname='Amazon.co.jp')

# official cancellation requests (5)
N('cancel_order', '', False, 'en', 'com', 'donotreply@amazon.com', 'Order cancellation request from Amazon customer Jamie (Order: {oid})',
  """Hello,

The buyer has submitted a cancellation request for the order below. If the order has not shipped, please
cancel it in Seller Central. If it has already shipped, please let the buyer know.

Reason: Order created by mistake

Buyer Cancellation Request for Order ID: {oid}

Manage Orders: https://sellercentral.amazon.com/orders-v3
""", sname='Amazon Seller Central')
N('cancel_order', '', False, 'en', 'co.uk', 'donotreply@amazon.co.uk', 'Order cancellation request from Amazon customer (Order: {oid})',
  """Hello,

We have received a cancellation request from the buyer of this order. Please cancel the order if it has not
yet been dispatched.

Reason given by buyer: Need to change shipping address

Buyer Cancellation Request for Order ID: {oid}
""", mime='alt', sname='Amazon Seller Central')
N('cancel_order', '', False, 'de', 'de', 'donotreply@amazon.de', 'Stornierungsanfrage des Käufers für Bestellung {oid}',
  """Hallo,

der Käufer hat eine Stornierungsanfrage für die unten stehende Bestellung gestellt. Bitte stornieren Sie die
Bestellung, falls sie noch nicht versandt wurde.

Grund: Lieferzeit zu lang

Stornierungsanfrage des Käufers für Bestellnummer: {oid}
""", cs='ISO-8859-1', sname='Amazon.de')
N('cancel_order', '', False, 'es', 'es', 'donotreply@amazon.es', 'Solicitud de cancelación de pedido del cliente de Amazon Pablo (Pedido: {oid})',
  """Hola:

El comprador ha enviado una solicitud de cancelación para el siguiente pedido. Si todavía no se ha enviado,
cancélalo en Seller Central.

Motivo: Encontré un precio mejor

Solicitud de cancelación del comprador para el pedido n.º: {oid}
""", cs='ISO-8859-1', sname='Amazon.es')
N('cancel_order', '', False, 'ja', 'co.jp', 'donotreply@amazon.co.jp', '購入者からのキャンセルリクエスト（注文番号：{oid}）',
  """出品者様

購入者から以下の注文のキャンセルリクエストが送信されました。未出荷の場合は、セラーセントラルで注文をキャンセルしてください。

キャンセル理由：配送予定日が遅すぎる

購入者キャンセルリクエストの注文番号：{oid}
""", cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', sname='Amazon.co.jp')

# A-to-z claims and decisions (4), chargebacks (2)
N('return_dissatisfied', 'not_received', True, 'en', 'com', 'atoz-guarantee-no-reply@amazon.com', 'A-to-z Guarantee Claim for Order {oid}',
  """Dear Kettlewick Coffee Tools,

The buyer has filed an A-to-z Guarantee claim for the order below.

Order ID: {oid}
Claim reason: Item not received
Claim amount: $42.00
Buyer comments: "Tracking hasn't moved in 3 weeks. Seller isn't responding."

Please respond within 72 hours through the A-to-z Guarantee Claims page in Seller Central. If you do not
respond, we may decide the claim in the buyer's favour and debit your account.

Sincerely,
Amazon A-to-z Guarantee Team
""", sname='Amazon A-to-z Guarantee')
N('return_dissatisfied', 'defective', True, 'en', 'com', 'seller-guarantee@amazon.com', 'Action required: Claim received on order {oid}',
  """Hello,

We received an A-to-z Guarantee claim from your buyer.

Order: {oid}
Reason: Item not as described - defective
Buyer's comment: The scale shows random numbers, it is broken. Seller refused a refund.

Action required by: {date}
Respond to the claim: https://sellercentral.amazon.com/guarantee/claims

Amazon Seller Performance
""", item='scale', ago=-3, datefmt='%m/%d/%Y', mime='alt', sname='Amazon Seller Central')
N('return_dissatisfied', 'not_received', True, 'de', 'de', 'atoz-guarantee-no-reply@amazon.de', 'A-bis-z-Garantieantrag für Bestellung {oid}',
  """Guten Tag,

der Käufer hat für die folgende Bestellung einen Antrag im Rahmen der A-bis-z-Garantie gestellt.

Bestellnummer: {oid}
Grund: Artikel nicht erhalten
Betrag: 54,90 €

Bitte reagieren Sie innerhalb von 72 Stunden über die Seite "A-bis-z-Garantieanträge" in Seller Central.

Mit freundlichen Grüßen
Amazon A-bis-z-Garantie
""", cs='ISO-8859-15', sname='Amazon.de')
N('return_dissatisfied', 'not_received', True, 'en', 'com', 'atoz-guarantee-no-reply@amazon.com', 'Claim Decision on Order {oid}',
  """Dear Seller,

We have reviewed the A-to-z Guarantee claim on order {oid} (claim reason: Item not received).

Decision: Granted in the buyer's favour. The buyer has been refunded $29.99 and this amount has been debited
from your account. The buyer does not need to return the item.

If you believe this decision is incorrect, you can appeal within 30 calendar days.

Amazon A-to-z Guarantee Team
""", sname='Amazon A-to-z Guarantee')
N('other', '', True, 'en', 'com', 'payments-messages@amazon.com', 'Chargeback notification for order {oid}',
  """Hello,

A chargeback has been filed by the buyer's card issuer for the following order.

Order ID: {oid}
Amount: $64.98
Reason code: Merchandise not received

Please provide the requested information within 7 days through Performance > Chargeback Claims. If no
response is received, the chargeback will be decided against you.

Amazon Payments
""", sname='Amazon Payments')
N('other', '', True, 'it', 'it', 'payments-messages@amazon.it', 'Notifica di chargeback per l\'ordine {oid}',
  """Gentile venditore,

l'emittente della carta dell'acquirente ha aperto un chargeback per l'ordine {oid}.

Importo: 39,90 €
Motivo: Transazione non riconosciuta

Ti chiediamo di fornire le informazioni richieste entro 7 giorni dalla pagina Reclami chargeback.

Amazon Payments Europe
""", cs='ISO-8859-15', sname='Amazon.it')

# other Amazon mail (11)
N('other', '', False, 'en', 'com', 'donotreply@amazon.com', 'Buyer opt-out: message not delivered (Order: {oid})',
  """Your message to the buyer for order {oid} was not delivered because the buyer has chosen to opt out of
non-critical messages from sellers.

Replies to messages that the buyer sent you are still delivered when you answer on the same thread.
""", sname='Amazon Seller Central')
N('other', '', False, 'en', 'co.uk', 'donotreply@amazon.co.uk', 'Delivery failure: your message could not be delivered',
  """We were unable to deliver the message you sent to the buyer of order {oid}.

Reason: the message contained an external link, which is not permitted under the Communication Guidelines.

Please remove the content and send your message again.
""", sname='Amazon Seller Central')
N('other', '', False, 'es', 'es', 'donotreply@amazon.es', 'No se ha podido entregar tu mensaje',
  """No hemos podido entregar el mensaje que enviaste al comprador del pedido {oid}.

Motivo: el archivo adjunto tiene un formato no admitido.

Vuelve a enviar el mensaje sin ese archivo adjunto.
""", cs='ISO-8859-1', sname='Amazon.es')
N('other', '', False, 'en', 'com', 'seller-performance@amazon.com', 'Your account health: Late Response Rate above target',
  """Hello,

Your Late Response Rate over the last 7 days is 14%. Amazon expects sellers to respond to buyer messages within
24 hours, including weekends and holidays.

Review your Buyer-Seller Contact Metrics in Seller Central and respond to open messages. Messages that do not
need a reply can be marked "No response needed".

Seller Performance Team
""", n=0, sname='Amazon Seller Performance')
N('other', '', False, 'fr', 'fr', 'seller-performance@amazon.fr', 'Avertissement relatif à la politique : fiche produit {asin}',
  """Bonjour,

Nous avons constaté que votre fiche produit {asin} ({title}) contient des allégations qui ne respectent pas notre
politique relative aux produits en contact alimentaire.

Veuillez modifier la fiche sous 7 jours. À défaut, l'offre pourra être désactivée.

Équipe Performance Vendeur
""", n=0, item='kettle', tlang='fr', cs='ISO-8859-1', mime='html', sname='Amazon.fr Performance Vendeur')
N('other', '', False, 'en', 'com', 'auto-confirm@amazon.com', 'Sold, ship now: {title}',
  """Dear Kettlewick Coffee Tools,

Congratulations! You sold an item. Please ship it now.

Order ID: {oid}
Item: {title}
Quantity: 1
Ship by: {date}
Shipping service: Standard

Go to Manage Orders to print the packing slip and confirm shipment.
""", item='set', ago=-2, datefmt='%m/%d/%Y', sname='Amazon Seller Central')
N('other', '', False, 'ja', 'co.jp', 'auto-confirm@amazon.co.jp', '商品が売れました。出荷してください：{title}',
  """Kettlewick Coffee Tools 様

商品が売れました。以下の注文を出荷してください。

注文番号：{oid}
商品名：{title}
数量：1
出荷期限：{date}
""", item='dripper', tlang='ja', ago=-2, datefmt='%Y/%m/%d', cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', sname='Amazon.co.jp')
N('other', '', False, 'en', 'com', 'order-update@amazon.com', 'Action Required: Unshipped Prime orders that need to be shipped today',
  """Hello,

You have 2 unshipped Prime orders that must be shipped today to meet the delivery promise:

{oid}
{oid2}

Late shipments affect your Late Shipment Rate and may affect Prime eligibility.
""", n=2, sname='Amazon Seller Central')
N('other', '', False, 'en', 'com', 'seller-news@amazon.com', 'New this season: grow your sales with Lightning Deals',
  """Selling on Amazon - Seller News

Make the most of the holiday season: submit your products for Lightning Deals and Prime Exclusive Discounts
before the deadline. Sellers who ran deals last year saw up to 3x more page views.

Submit a deal in Seller Central > Advertising > Deals.

You received this e-mail because you are a registered seller. Manage your e-mail preferences in Notification
Preferences.
""", n=0, mime='alt', sname='Selling on Amazon')
N('other', '', False, 'it', 'it', 'auto-communication@amazon.it', "Copia del messaggio inviato all'acquirente (Ordine {oid})",
  """Questa è una copia del messaggio che hai inviato all'acquirente:

--------------------------------------------------
Buongiorno,

grazie per il messaggio. Il pacco è stato spedito oggi con BRT. Il numero di tracciamento è disponibile
nella pagina dei tuoi ordini.

Cordiali saluti,
Kettlewick Support
--------------------------------------------------

Numero ordine: {oid}
""", cs='ISO-8859-15', sname='Amazon.it')
N('other', '', False, 'en', 'com', 'seller-answers@amazon.com', 'A customer has a question about {title}',
  """A customer asked a question about your product on the product detail page:

"Can this dripper be used with cone filters from other brands?"

ASIN: {asin}

Answer this question to help customers decide. Your answer will be posted publicly.
""", n=0, sname='Amazon Customer Questions')

# ==========================================================================
# mail that is neither a buyer relay nor from Amazon (all case "other")

DSN_EN = """Reporting-MTA: dns; mx1.kettlewick.example
X-Postfix-Queue-ID: 4F2A81C0D3
Arrival-Date: Tue, 3 Jun 2025 09:12:44 +0000

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: %s
Remote-MTA: dns; %s
Diagnostic-Code: smtp; %s
"""

X('en', ('Mail Delivery System', 'MAILER-DAEMON@mx1.kettlewick.example'), 'Undelivered Mail Returned to Sender',
  """This is the mail system at host mx1.kettlewick.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<x7kq2m9ttr0ab4c@marketplace.amazon.com>: host inbound-smtp.amazon.example[192.0.2.17]
    said: 550 5.7.1 Sender not authorized for this buyer thread (in reply to RCPT TO
    command)
""", mime='dsn', cs='us-ascii', cte=E7, label_oid=True, tld='com',
  dsn=DSN_EN % ('x7kq2m9ttr0ab4c@marketplace.amazon.com', 'x7kq2m9ttr0ab4c@marketplace.amazon.com', '5.7.1',
                'inbound-smtp.amazon.example', '550 5.7.1 Sender not authorized for this buyer thread'),
  orig="""From: Kettlewick Support <support@kettlewick.example>
To: x7kq2m9ttr0ab4c@marketplace.amazon.com
Subject: RE: Inquiry from Amazon customer Dana (Order: {oid})
Date: Tue, 3 Jun 2025 09:12:40 +0000
Message-ID: <kw.5512ab77@kettlewick.example>
""")
X('en', ('Mail Delivery Subsystem', 'mailer-daemon@mx1.kettlewick.example'), 'Delivery Status Notification (Failure)',
  """Your message to orders@jingde-ceramics.example could not be delivered.

The recipient's mailbox is full and can't accept messages now. Please try resending your message later,
or contact the recipient directly.
""", mime='dsn', cs='us-ascii', cte=E7,
  dsn=DSN_EN % ('orders@jingde-ceramics.example', 'orders@jingde-ceramics.example', '4.2.2',
                'mx.jingde-ceramics.example', '452 4.2.2 Mailbox full'),
  orig="""From: Kettlewick Support <support@kettlewick.example>
To: orders@jingde-ceramics.example
Subject: PO 2025-117 dripper reorder
Date: Mon, 8 Sep 2025 02:11:09 +0000
""")
X('de', ('Mail Delivery System', 'postmaster@mailout.kontor-nord.example'), 'Unzustellbar: Rechnungen Oktober',
  """Ihre Nachricht konnte nicht zugestellt werden.

Der Empfänger buchhaltung@kontor-nord.example ist unbekannt. Bitte prüfen Sie die Adresse.

Diese Nachricht wurde automatisch erstellt.
""", mime='dsn', cs='ISO-8859-1', cte=QP,
  dsn=DSN_EN % ('buchhaltung@kontor-nord.example', 'buchhaltung@kontor-nord.example', '5.1.1',
                'mailin.kontor-nord.example', '550 5.1.1 User unknown'),
  orig="""From: Kettlewick Support <support@kettlewick.example>
To: buchhaltung@kontor-nord.example
Subject: Rechnungen Oktober
Date: Mon, 3 Nov 2025 08:02:51 +0100
""")
# vendors / spam
X('en', ('Repricely', 'hello@repricely.example'), 'Still repricing by hand? Win the Buy Box 24/7',
  """Hi there,

Sellers like you lose the Buy Box up to 40% of the time because their prices are out of date.
Repricely adjusts your prices every 2 minutes, across all Amazon marketplaces.

Start your 14-day free trial today - no credit card needed.

Unsubscribe: https://repricely.example/u?id=88213
""", mime='alt', html="""<html><body><h2>Still repricing by hand?</h2><p>Sellers like you lose the Buy Box up to 40%
of the time because their prices are out of date.<br>Repricely adjusts your prices every 2 minutes, across all Amazon
marketplaces.</p><p><a href="https://repricely.example/trial">Start your 14-day free trial today - no credit card
needed.</a></p><p style="font-size:10px"><a href="https://repricely.example/u?id=88213">Unsubscribe</a></p></body></html>
""")
X('en', ('Rank Boost Reviews', 'growth@rankboost-reviews.example'), 'Get 50+ verified 5-star reviews this month',
  """Hello Seller,

We have a network of 12,000 real buyers in the US, UK and EU who purchase your product and leave a verified
5-star review. Full refund of product cost to the buyer via PayPal. 100% safe, Amazon cannot detect.

Packages from $299. Reply to this email to get started.

Best,
Kyle | Rank Boost
""")
X('en', ('Seller Rescue Partners', 'cases@sellerrescue.example'), 'Account suspended? We write appeals that work',
  """Dear Kettlewick Coffee Tools,

We noticed your brand on Amazon and wanted to introduce our appeal writing service. Former Amazon
investigators, 94% reinstatement rate, Plans of Action within 24 hours.

Book a free consultation: https://sellerrescue.example/book

Regards,
Seller Rescue Partners
""", mime='html', html="""<html><body><p>Dear Kettlewick Coffee Tools,</p><p>We noticed your brand on Amazon and wanted
to introduce our appeal writing service. Former Amazon investigators, 94% reinstatement rate, Plans of Action within
24 hours.</p><p><a href="https://sellerrescue.example/book">Book a free consultation</a></p></body></html>
""")
# newsletters
X('en', ('Coffee Trade Weekly', 'newsletter@coffeetradeweekly.example'), 'This week: green coffee prices, the pour-over boom, and more',
  """COFFEE TRADE WEEKLY - Issue 212

1. Green coffee futures climb for a third week
2. Why pour-over gear is outselling espresso machines online
3. Interview: a roaster on direct trade

Read online: https://coffeetradeweekly.example/212

You are receiving this because you subscribed at coffeetradeweekly.example.
""", mime='alt', html="""<html><body><h1>COFFEE TRADE WEEKLY</h1><p>Issue 212</p><ol><li>Green coffee futures climb for
a third week</li><li>Why pour-over gear is outselling espresso machines online</li><li>Interview: a roaster on direct
trade</li></ol><p><a href="https://coffeetradeweekly.example/212">Read online</a></p></body></html>
""", cte=B64)
X('en', ('Marketplace Pulse Digest', 'digest@mp-pulse.example'), 'Q3 fee changes: what EU sellers need to know',
  """Marketplace Pulse Digest

Fulfilment fees change again on 1 October. Here is a summary of what changes for small and standard
parcels in the EU, plus three ways to keep margins intact.

Manage subscription: https://mp-pulse.example/prefs
""")
X('de', ('Händlerbrief', 'redaktion@haendlerbrief.example'), 'Händlerbrief 44/2025: Neue Verpackungsregeln ab Januar',
  """Händlerbrief – Ausgabe 44/2025

Liebe Leserinnen und Leser,

ab Januar gelten neue Regeln für die Registrierung von Verpackungen. Wir erklären, was Online-Händler jetzt
tun müssen, und geben Tipps für den Versand in andere EU-Länder.

Abmelden: https://haendlerbrief.example/abmelden
""", cs='windows-1252')
# suppliers
X('zh', ('景德陶瓷 王经理', 'wang@jingde-ceramics.example'), '关于02号滴滤杯第三批货的出货时间',
  """您好！

第三批02号陶瓷滴滤杯（哑光白，3000个）已经完成烧制，正在做质检，预计下周三可以出货。
外箱尺寸和上次一样，每箱24个。请确认是否还是发到上次的头程货代。

另外，釉料供应商涨价了，下一批的单价可能要调整，具体报价下周发给您。

祝好
王经理
景德陶瓷有限公司
""", cs='GBK', cte=B64, hcs='GBK')
X('zh', ('深圳包装 Lisa', 'lisa@szpack.example'), '礼盒报价单（Kettlewick 入门套装）',
  """您好，

附件是入门套装礼盒的报价单，包括两种方案：
1. 天地盖礼盒，带EVA内托，单价 6.8 元（5000个起订）
2. 翻盖磁吸礼盒，单价 8.2 元（3000个起订）

打样时间5天，大货15天。如有问题请随时联系。

Lisa
""", cs='GB18030', cte=B64, hcs='GB18030', attach=('报价单_quote_KW.pdf',), pdftext='Quotation gift box')
X('zh', ('台灣玻璃 陳先生', 'chen@tw-glassworks.example'), '玻璃分享壺新模具進度',
  """您好：

600ml 玻璃分享壺的新模具已經完成，樣品下週寄出，請確認收件地址。
量產時間約三週。

陳先生 敬上
""", cs='Big5', cte=B64, hcs='Big5')
X('en', ('Ningbo Steelware Co. - Kevin Zhou', 'kevin@ningbo-steelware.example'), 'Shipment update PO-KW-0412 (gooseneck kettles)',
  """Dear partner,

The 1,200 pcs gooseneck kettles for PO-KW-0412 are loaded. Vessel ETD Ningbo 18th, ETA Hamburg approx. 30 days.
B/L and packing list attached once received from forwarder.

Please arrange the balance payment (70%) before release of the original B/L.

Best regards,
Kevin Zhou
Ningbo Steelware Co., Ltd.
""", attach=('PI_KW-0412.pdf',), pdftext='Proforma invoice KW-0412')
# carriers
X('en', ('ParcelStream Tracking', 'tracking@parcelstream.example'), 'Shipment exception: delivery attempted - {trk}',
  """ParcelStream

Shipment {trk}
Status: Exception - Delivery attempted, business closed
Next attempt: next business day

Ship-to: Kettlewick Returns, Unit 4, Westgate Trading Estate

Manage your delivery: https://parcelstream.example/track/{trk}
""", trkkind='ups')
X('en', ('ParcelStream Pickups', 'pickups@parcelstream.example'), 'Pickup confirmed for tomorrow, 2 packages',
  """Your pickup request PU-55810 is confirmed.

Date: tomorrow, between 12:00 and 17:00
Packages: 2
Location: Kettlewick Coffee Tools, loading door B

Please have labels attached before the driver arrives.
""")
X('it', ('PaccoVeloce Tracciamento', 'noreply@paccoveloce.example'), 'La tua spedizione {trk} è stata consegnata',
  """Buongiorno,

la spedizione {trk} è stata consegnata oggi alle 10:42.
Destinatario: Kettlewick Magazzino, Verona

Grazie per aver scelto PaccoVeloce.
""", cs='ISO-8859-1', mime='alt', html="""<html><body><p>Buongiorno,</p><p>la spedizione <b>{trk}</b> è stata consegnata oggi alle
10:42.<br>Destinatario: Kettlewick Magazzino, Verona</p><p>Grazie per aver scelto PaccoVeloce.</p></body></html>
""")
X('ja', ('さくら運輸', 'info@sakura-unyu.example'), 'お荷物お届け予定のお知らせ',
  """Kettlewick Coffee Tools 様

いつもさくら運輸をご利用いただきありがとうございます。
下記のお荷物を明日お届けの予定です。

伝票番号：{trk}
お届け予定日：明日 午前中

※このメールは送信専用アドレスから送信しています。
""", cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP', trkkind='jp')
# personal
X('en', ('Jess', 'jess.h@mailbox.example'), 'dinner sat?',
  """hey! are you guys still up for dinner saturday? we can do 7 at the thai place. bring the new kettle prototype, Sam wants to see it haha

x Jess
""")
X('de', ('Mama', 'ingrid.weller@familienpost.example'), 'Geburtstag Opa',
  """Hallo mein Schatz,

denk bitte an Opas Geburtstag am Sonntag. Wir treffen uns um 15 Uhr bei Tante Gisela. Kannst du einen Kuchen mitbringen?

Liebe Grüße
Mama
""", cs='ISO-8859-1', cte=E8)
# out of office
X('en', ('Kevin Zhou', 'kevin@ningbo-steelware.example'), 'Automatic reply: PO-KW-0415 questions',
  """Thank you for your email. I am out of office for Chinese New Year holiday until 17th Feb with limited access to email.
For urgent matters please contact sales@ningbo-steelware.example.

Kevin
""", extra_headers=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'])
X('de', ('Steuerkanzlei Berger', 'h.berger@kanzlei-berger.example'), 'Abwesenheitsnotiz: Umsatzsteuervoranmeldung',
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.08. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an mein Sekretariat.

Mit freundlichen Grüßen
Heike Berger, Steuerberaterin
""", cs='ISO-8859-15', extra_headers=['Auto-Submitted: auto-replied'])
X('fr', ('Atelier Céramique Rivière', 'contact@atelier-riviere.example'), 'Réponse automatique : échantillons',
  """Bonjour,

Je suis en congés jusqu'au 2 septembre. Votre message sera traité à mon retour.

Cordialement,
Margaux Rivière
""", cs='ISO-8859-1', extra_headers=['Auto-Submitted: auto-replied'])
# phishing from look-alike domains (needs_human)
X('en', ('Amazon Seller Central', 'seller-support@amazon-sellercentral-verify.example'), 'Your seller account has been suspended',
  """Dear Seller,

Your Amazon seller account has been suspended due to unusual activity. To restore access, please verify your
identity and bank information within 24 hours:

https://amazon-sellercentral-verify.example/login

Failure to verify will result in permanent closure and withholding of your funds.

Amazon Seller Support
""", nh=True, mime='html', html="""<html><body><p>Dear Seller,</p><p>Your Amazon seller account has been
<b>suspended</b> due to unusual activity. To restore access, please verify your identity and bank information within
24 hours:</p><p><a href="https://amazon-sellercentral-verify.example/login">Verify now</a></p><p>Failure to verify will
result in permanent closure and withholding of your funds.</p><p>Amazon Seller Support</p></body></html>""",
  host='mail.amazon-sellercentral-verify.example')
X('en', ('Amazon Payments', 'payments@amazon.com.account-security.example'), 'Action required: update your deposit method',
  """Hello,

We were unable to transfer your last disbursement because your deposit method could not be verified.
Update your bank account here to avoid delays: https://amazon.com.account-security.example/deposit

Thank you,
Amazon Payments
""", nh=True)
X('de', ('Amazon Verkäufer-Service', 'service@amazon.de.konto-pruefung.example'), 'Ihr Verkäuferkonto wurde eingeschränkt',
  """Sehr geehrter Verkäufer,

aufgrund einer Sicherheitsüberprüfung wurde Ihr Verkäuferkonto vorübergehend eingeschränkt. Bitte bestätigen
Sie Ihre Daten innerhalb von 48 Stunden über den folgenden Link:

https://amazon.de.konto-pruefung.example/verifizieren

Mit freundlichen Grüßen
Ihr Amazon Verkäufer-Service
""", nh=True, cs='ISO-8859-1')
X('ja', ('Amazon.co.jp', 'account@amaz0n-co-jp.example'), '【重要】アカウントの一時停止について',
  """Amazon 出品者様

お客様のアカウントで不審なログインが検出されたため、アカウントを一時停止しました。
24時間以内に下記URLから本人確認を行ってください。

https://amaz0n-co-jp.example/verify

Amazon.co.jp カスタマーサービス
""", nh=True, cs='Shift_JIS', cte=B64, hcs='ISO-2022-JP')
X('en', ('Megan - Amazon Marketplace', 'buyer-message@marketplace-amazon-messages.example'), 'Inquiry from Amazon customer Megan (Order: {oid})',
  """Order ID: {oid}

Message:

Hi, the item arrived damaged. Please see the photos here and tell me how to return it:
https://photo-share.marketplace-amazon-messages.example/view?id=88312

View message
""", nh=True, label_oid=True, tld='com')
# bookkeeping, logistics, fairs, misc
X('es', ('Gestoría Ruiz', 'laura@gestoria-ruiz.example'), 'Documentación para el modelo 303 del tercer trimestre',
  """Hola,

para preparar el modelo 303 del tercer trimestre necesito los informes de ventas de Amazon.es de julio a
septiembre y las facturas de compra. ¿Me los podéis enviar antes del día 15?

Un saludo,
Laura Ruiz
Gestoría Ruiz
""", cs='ISO-8859-1')
X('it', ('Studio Contabile Bassi', 'amministrazione@studiobassi.example'), 'Fatture di ottobre e liquidazione IVA',
  """Buongiorno,

vi ricordo di inviarci entro venerdì le fatture di acquisto di ottobre e il report delle vendite Amazon.it
per la liquidazione IVA.

Cordiali saluti,
Studio Contabile Bassi
""", cs='windows-1252')
X('nl', ('Fulfilment Oost', 'voorraad@fulfilment-oost.example'), 'Wekelijks voorraadrapport week 37',
  """Beste klant,

In de bijlage vindt u het voorraadrapport van week 37. Let op: de voorraad van de glazen kan (600 ml) is lager
dan 50 stuks.

Met vriendelijke groet,
Fulfilment Oost B.V.
""", attach=('voorraad_w37.csv',), csv='sku;omschrijving;voorraad\nKW-SERV-04;Glazen kan 600 ml;42\nKW-DRIP-01;Dripper 02;318\n')
X('pl', ('Magazyn Poznań', 'biuro@magazyn-poznan.example'), 'Zmiana godzin odbioru przesyłek',
  """Dzień dobry,

od przyszłego poniedziałku kurier będzie odbierał przesyłki z magazynu o godzinie 14:00 zamiast 16:00.
Prosimy o przygotowanie paczek wcześniej.

Pozdrawiamy,
Zespół Magazyn Poznań
""", cs='ISO-8859-2')
X('sv', ('Kaffemässan Göteborg', 'utstallare@kaffemassan.example'), 'Inbjudan: ställ ut på Kaffemässan 2026',
  """Hej!

Vi vill bjuda in er att ställa ut på Kaffemässan i Göteborg den 14–15 mars 2026. Boka monter före 31 januari
för att få tidigt bokningspris.

Vänliga hälsningar
Kaffemässan
""")
X('tr', ('Ambalaj Dünyası', 'satis@ambalajdunyasi.example'), 'Özel baskılı kutularda %20 indirim',
  """Merhaba,

Özel baskılı karton kutularda bu ay %20 indirim! Minimum sipariş 500 adet. Numune için bize yazın.

Saygılarımızla,
Ambalaj Dünyası
""", cs='ISO-8859-9')
X('pt', ('E-commerce Brasil Hoje', 'news@ecommerce-br-hoje.example'), 'Black Friday: 7 dicas para vender mais no marketplace',
  """E-commerce Brasil Hoje

Black Friday está chegando. Confira 7 dicas para preparar o estoque, os anúncios e o atendimento ao cliente.

Para cancelar a inscrição, clique aqui: https://ecommerce-br-hoje.example/sair
""", cs='ISO-8859-1', mime='alt', html="""<html><body><h2>E-commerce Brasil Hoje</h2><p>Black Friday está chegando.
Confira 7 dicas para preparar o estoque, os anúncios e o atendimento ao cliente.</p></body></html>
""")
X('zh', ('亚马逊代运营 小张', 'zhang@kuajing-yunying.example'), '亚马逊店铺代运营，首月免费',
  """老板您好，

我们是专业的跨境电商代运营团队，提供Listing优化、广告托管、站外推广等服务，首月免费试用。
有兴趣可以加微信详聊。

小张
""", cs='GBK', cte=B64, hcs='GBK')
X('ja', ('喫茶ひなた 田中', 'tanaka@kissa-hinata.example'), '業務用の卸売りについてのご相談',
  """Kettlewick ご担当者様

突然のご連絡失礼いたします。京都で喫茶店を営んでおります田中と申します。
貴社のドリッパーとサーバーを店舗で使用したく、業務用の卸価格についてご相談できればと思っております。
ご検討のほど、よろしくお願いいたします。

喫茶ひなた 田中
""", cs='ISO-2022-JP', cte=E7, hcs='ISO-2022-JP')
