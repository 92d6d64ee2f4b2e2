from base import *

S('en','com','Brian','Insulated Travel Mug 16 oz',
"""Hi, is this mug dishwasher safe and does the lid fit in a standard car cup holder? Thinking of buying 3 for my crew.""",
None,
X('pre-sale product question with no order: case other, no reply drafted unless the seller asks', d=False), extra={'no_order': True})

S('en','com','Shannon','Outdoor Solar Path Lights, 8 pack',
"""Hi, I moved out of state last week and this is headed to my old place per the tracking. New address is 305 Pine Ridge Dr, Boise ID 83706. Anything you can do?""",
O('shipped','fba',27.99,purchase=-3,ship=-2,carrier='AMZL',trk='TBA304958370011',latest=1),
X('address change on a shipped FBA order: the seller cannot redirect or reship FBA stock; point to Amazon customer service', o=['amazon_support'], fr=['address']))

S('en','co.uk','Amelia','Knitted Pouffe, Mustard',
"""Hello, I left a 1 star review yesterday because the seam on the side has split open after a week, stuffing is coming out. Just so you know. I'd be fine with a replacement if you have one.""",
O('delivered','fbm',24.99,purchase=-14,ship=-12,deliv=-9,carrier='Evri',trk='H01ABC0011223344',latest=-9),
X('negative review already left, clear defect (split seam), replacement asked: fix it, no review ask tied to it', o=['replacement'], fr=['symptom'], t=['reship']))

S('en','com','Greg','Trail Running Socks, 3 pairs, L',
"""Hey, you refunded me when the order got canceled but I don't see it on my card yet. How long does that take?""",
O('canceled','fbm',17.99,purchase=-6,refund=17.99,refund_d=-2),
X('canceled order with refund on record: give amount, date and card timing', o=['refund_info'], fo=['refund','cancel']))

S('de','de','Nadine','Kosmetiktasche Samt, Rosé',
"""Hallo, das Paket ist ja schon unterwegs, aber ich brauche die Tasche doch nicht mehr. Kann ich das irgendwie rückgängig machen?""",
O('shipped','fbm',18.50,purchase=-3,ship=-1,carrier='DHL',trk='00340434161094012399',latest=2),
X('versendet, Kundin will stornieren (Grund: nicht mehr benötigt): nicht stornieren, fragen ob sie die Ware behält, sonst Annahme verweigern', fo=['cancel'], r=['keep_item'], fr=['reason']))

S('es','es','Nuria','Cafetera italiana 6 tazas',
"""Hola, la cafetera me llegó con el asa floja y se mueve al servirla, pero no quiero devolverla porque el resto está bien. ¿Me podéis hacer un descuento y me la quedo?""",
O('delivered','fbm',31.90,purchase=-7,ship=-5,deliv=-2,carrier='Correos',trk='PQ4A2B0012345675555',latest=-1),
X('defecto menor descrito, la compradora pide un descuento y quedarse el artículo', o=['partial_refund'], fo=['return'], fr=['symptom','keep_item']))

S('ja','co.jp','清水','珪藻土バスマット',
return_received('Unopened, original packaging'),
O('returned','fbm',2980,purchase=-25,ship=-23,deliv=-21,carrier='日本郵便',trk='123456783333',latest=-21,ret=0),
X('FBM return came back intact and nothing refunded yet: inspect/resell and refund within two business days; no reply', d=False, t=['inspect_return','refund']), kind='return_received')

S('zh','co.uk','Lin','Slim Card Wallet, RFID, Black',
"""你好，我想问一下，上次我退回去的钱包你们收到了吗？已经快三周了，退款一直没有到。""",
O('delivered','fbm',15.99,purchase=-40,ship=-38,deliv=-35,carrier='Royal Mail',trk='RM554433110GB',latest=-35),
X('退款查询，但记录中既无退货到达也无退款：请耐心等待并标记给卖家核查', t=['check_order'], fo=['refund_info']))

S('fr','fr','Océane','Bougie parfumée figue, 220 g',
"""Bonjour, ma commande n'est pas encore partie je crois, est-ce que je peux la faire livrer en point relais plutôt qu'à domicile ?""",
O('unshipped','fbm',21.00,purchase=0,latest=4),
X("non expédiée, changement d'adresse de livraison sans adresse donnée : annuler et recommander avec la bonne adresse", o=['reorder'], fo=['reship_new_address']))

S('it','it','Federica','Orecchini in argento 925, cerchio',
"""Buongiorno, gli orecchini sono arrivati ma la confezione era aperta e dentro c'era solo un orecchino. Manca l'altro! Mi potete mandare quello mancante? Allego una foto.""",
O('delivered','fbm',26.90,purchase=-5,ship=-3,deliv=-1,carrier='Poste Italiane',trk='PI0123456666',latest=0),
X('manca un orecchino (indicato), foto allegata: inviare il pezzo mancante', o=['send_parts'], fr=['missing_part','photo'], t=['ship_parts']), photo='orecchini.jpg')
