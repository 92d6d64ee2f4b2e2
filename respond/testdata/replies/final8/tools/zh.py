from base import *

S('zh','com','Wei','Bamboo Cutting Board Set, 3 pcs',
"""你好，我下单的时候地址写错了，还没发货的话麻烦帮我改成：1550 Mission St, Apt 1207, San Francisco, CA 94103。谢谢！""",
O('unshipped','fbm',26.99,purchase=0,latest=5),
X('未发货(FBM)，买家给了新地址；地址修改关闭，应引导取消后重新下单', o=['reorder'], fo=['reship_new_address'], fr=['address']))

S('zh','com','Li','Phone Ring Holder, 2 pack',
"""您好，包裹已经发出了，但是我上周搬家了。新地址是 22 Elm Street, Unit 3, Quincy, MA 02169。能不能重新寄一个到新地址？麻烦了""",
O('shipped','fbm',9.99,purchase=-3,ship=-1,carrier='USPS',trk='9400111899000011223344',latest=2),
X('已发货，金额低于30美元，新地址已给：补寄到新地址', o=['reship_new_address'], fr=['address'], t=['reship']))

S('zh','com','Zhang','Insulated Lunch Bag, Large',
"""你好，这个订单我不要了，麻烦取消一下""",
O('unshipped','fbm',19.99,purchase=0,latest=5),
X('非正式取消请求(未发货)：引导到 Your Orders 申请取消，卖家不直接取消', o=['cancel_via_amazon'], fo=['cancel']))

S('zh','co.uk','Chen','Electric Toothbrush, Rechargeable',
"""我想取消这个订单，但是今天已经送到了。我在别的地方买了一个更便宜的。怎么办？""",
O('delivered','fba',39.99,purchase=-4,ship=-3,deliv=0,latest=0),
X('FBA已送达，买家想取消：不能取消，说明通过亚马逊退货', o=['return'], fo=['cancel'], fr=['reason']))

S('zh','com','Liu','Shower Caddy, Stainless Steel',
"""请问我的快递到哪里了？""",
O('shipped','fbm',24.50,purchase=-6,ship=-4,carrier='UPS',trk='1Z999AA10188776655',latest=1),
X('FBM物流查询，有单号：告知承运商、单号和预计送达日期', o=['tracking']))

S('zh','com','Yang','Bed Frame Risers, Set of 8',
"""收到了，但是少了两个垫片（说明书上写的8个，只有6个）。麻烦补发两个给我，谢谢。""",
O('delivered','fbm',22.99,purchase=-5,ship=-3,deliv=-1,carrier='USPS',trk='9400111899000022334455',latest=0),
X('写明缺少的配件（两个垫片）并要求补发：补发配件', o=['send_parts'], fr=['missing_part'], t=['ship_parts']))

S('zh','com','Huang','Men\'s Chino Pants, 32x30, Khaki',
"""我买的是32x30的，收到的是34x32，太大了。能换成32x30吗？""",
O('delivered','fbm',36.00,purchase=-6,ship=-4,deliv=-1,carrier='USPS',trk='9400111899000033445566',latest=0),
X('尺码发错，写明想要的尺码(32x30)：补发正确尺码', o=['replacement'], fr=['variant'], t=['reship']))

S('zh','com','Zhao','Portable Blender, USB Rechargeable',
"""用了两次就充不进电了，插上充电线指示灯一直闪红灯，换了充电头也一样。我不想换货了，直接退款吧。""",
O('delivered','fbm',29.99,purchase=-10,ship=-8,deliv=-6,carrier='USPS',trk='9400111899000044556677',latest=-5),
X('故障已描述，买家要退款不要换货', o=['refund'], fo=['replacement'], fr=['symptom']))

S('zh','com','Wu','Glass Teapot with Infuser, 1000ml',
"""茶壶到的时候已经碎了，外箱也压扁了，照片附上。请再寄一个给我。""",
O('delivered','fbm',25.99,purchase=-4,ship=-2,deliv=0,carrier='USPS',trk='9400111899000055667788',latest=1),
X('运输破损，已附照片，要求补寄', o=['replacement'], fr=['photo','symptom'], t=['reship']), photo='teapot.jpg')

S('zh','com','Sun','Noise Cancelling Headphones',
"""不好意思，我买重复了，这个想退掉，还没拆封。""",
O('delivered','fba',79.99,purchase=-6,ship=-5,deliv=-3,latest=-3),
X('FBA无理由退货：说明可在30天内通过亚马逊退货', o=['return'], fr=['reason']))

S('zh','co.uk','Zhou','Memory Foam Seat Cushion',
"""退货已经退回去两个星期了，钱还没到账，请帮忙查一下。""",
O('returned','fbm',27.99,purchase=-35,ship=-33,deliv=-30,carrier='Royal Mail',trk='RM776655443GB',refund=27.99,refund_d=-4,latest=-30,ret=-6),
X('退款查询：记录中已退款，告知金额、日期和银行到账时间', o=['refund_info'], fo=['refund']))

S('zh','com','Xu','Air Fryer 5.8 QT',
"""用了一个星期就坏了，加热不了，风扇转但是不热。这么差的质量，不给我解决我就给差评。""",
O('delivered','fbm',89.99,purchase=-12,ship=-10,deliv=-7,carrier='UPS',trk='1Z999AA10199001122',latest=-6),
X('差评威胁，问题明确(不加热)：提供解决办法，不得与评价挂钩', fr=['symptom']))

S('zh','co.uk','Ma','Desk Organiser, Wooden',
"""订单早就应该到了，已经超过两个星期了还没收到，追踪信息也不更新。能再发一个吗？""",
O('shipped','fbm',16.99,purchase=-24,ship=-22,carrier='Royal Mail',trk='RM665544332GB',latest=-14),
X('长时间未收到(FBM)，买家要求重发', o=['replacement'], t=['reship']))

S('zh','com','Gao','Wireless Charging Pad',
"""这个有问题""",
O('delivered','fbm',19.99,purchase=-8,ship=-6,deliv=-3,carrier='USPS',trk='9400111899000066778899',latest=-2),
X('只说有问题，没有描述：请买家说明具体问题', r=['symptom']))
