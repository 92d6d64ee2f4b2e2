from lib import S, O

S("zh","us","Wei","B0C3XM8KQT","Rice Cooker 6-Cup with Steamer","2026-03-06 02:15",
"""你好，我下单的时候地址填错了，还没发货的话麻烦改成：1520 Jackson St Apt 4, San Francisco CA 94109。谢谢！""",
"未发货FBM，已给新地址；改地址功能关闭，应建议取消后重新下单；用中文回复",
order=O("unshipped","fbm",59.99,purchase=0,latest=4),
offers=["reorder"], fo=["reship_new_address"], freq=["address","address_confirmation"], case="address_change")

S("zh","us","Jing","B0BR6TW2LN","Silicone Ice Cube Trays 4 Pack","2025-09-03 23:40",
"""您好，我看到已经发货了，但是我填的是以前的地址。新地址是 2788 Bellevue Way NE, Apt 310, Bellevue WA 98004，可以重新寄到这里吗？麻烦了""",
"已发货FBM，19.99美元低于门槛，已给新地址：补发到新地址",
order=O("shipped","fbm",19.99,ship=-1,carrier="USPS",trk="9400111899220099887766",purchase=-2,latest=3),
offers=["reship_new_address"], freq=["address"], tasks=["reship"], case="address_change")

S("zh","uk","Hao","B0D7KP3WXZ","Electric Heated Throw Blanket","2026-01-13 12:02",
"""你好，包裹已经寄出了，但地址写错了门牌号，应该是 Flat 7 不是 Flat 1。能帮忙改一下吗""",
"已发货FBM，32英镑高于门槛：说明无法再改地址，不补发",
order=O("shipped","fbm",32.00,ship=-1,carrier="DPD",trk="15501237766554",purchase=-2,latest=2),
fo=["reship_new_address"], case="address_change")

S("zh","de","Li","B0CN9QR4MV","Reiskocher Mini 1,2L","2025-11-19 08:50",
"""您好，我想取消这个订单，因为我在别的地方买到了更便宜的。还没发货吧？""",
"非官方取消请求（amazon.de，中文），未发货FBM，已说明原因：引导到“我的订单”申请取消",
order=O("unshipped","fbm",34.99,purchase=0,latest=3),
offers=["cancel_via_amazon"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("zh","us","Chen","B0D1WZ7PKR","Adjustable Dumbbells 25 lb Pair","2026-05-09 17:36",
"""取消订单""",
"已发货FBM的取消请求，无原因：询问原因并问是否愿意收下",
order=O("shipped","fbm",89.99,ship=-1,carrier="FedEx",trk="771208899001",purchase=-2,latest=3),
fo=["cancel","cancel_via_amazon"], req=["reason","keep_item"], case="cancel_order")

S("zh","jp","Zhang","B0C5LT9RWQ","電気毛布 ダブル","2025-12-18 21:07",
"""你好，请问我的包裹什么时候到？已经好几天了""",
"亚马逊日本站FBA订单（中文）：引导联系亚马逊客服并告知如何查看物流",
order=O("shipped","fba",5980,ship=-3,carrier="Amazon",trk="JP3451280011",purchase=-4,latest=0),
offers=["amazon_support"], freq=["order_id"], case="shipping_inquiry")

S("zh","us","Yan","B0BX2MK6TD","Desk Organizer Bamboo","2026-06-23 09:27",
"""请问什么时候发货？下单五天了还显示未发货""",
"FBM未发货、无物流单号：告知预计发货/送达时间并标记",
order=O("unshipped","fbm",22.99,purchase=-5,latest=2),
offers=["tracking"], tasks=["add_tracking"], freq=["order_id"], case="shipping_inquiry")

S("zh","us","Ming","B0D5PR1XNK","Bluetooth Keyboard for iPad","2025-10-02 14:44",
"""收到了，但是不需要了，想退货。怎么退？""",
"不再需要，FBA已送达：如实说明30天内可通过亚马逊退货",
order=O("delivered","fba",39.99,ship=-6,deliv=-3,carrier="Amazon Logistics",trk="TBA304455667788",purchase=-7,latest=-3),
offers=["return"], case="return_unwanted")

S("zh","de","Fang","B0C8WN2TQX","Glas Teeservice 6-teilig","2026-02-26 19:19",
"""收到的时候有两个杯子碎了，照片在附件。不用补发了，直接退款就行。""",
"运输中损坏，已附照片，要求退款而不是补发",
order=O("delivered","fbm",24.99,ship=-4,deliv=-1,carrier="DHL",trk="00340434161094044556",purchase=-5,latest=-1),
offers=["refund"], fo=["replacement"], freq=["photo","symptom"], tasks=["refund"], photo=True, case="return_dissatisfied/damaged")

S("zh","us","Mei-Ling","B0BM7QK3ZP","Women's Cardigan Sweater","2026-04-18 11:55",
"""您好，我訂的是米白色，收到的卻是灰色。可以幫我換成米白色嗎？尺寸一樣是S。謝謝""",
"颜色发错（繁体中文），已说明想要米白色S号：寄正确款",
order=O("delivered","fbm",35.99,ship=-4,deliv=-1,carrier="USPS",trk="9400111899229988776655",purchase=-5,latest=-1),
offers=["replacement"], freq=["variant"], tasks=["reship"], case="return_dissatisfied/wrong_item")

S("zh","uk","Qiang","B0D3TM6WLR","Camping Tent 4 Person","2025-07-14 10:36",
"""帐篷收到了，但是少了地钉，一根都没有，说明书写的是12根。能补寄给我吗？""",
"缺件已说明（12根地钉）：补寄配件",
order=O("delivered","fbm",79.99,ship=-5,deliv=-2,carrier="Royal Mail",trk="JD014600005566778899",purchase=-6,latest=-2),
offers=["send_parts"], freq=["missing_part"], tasks=["ship_parts"], case="return_dissatisfied/missing_parts")

S("zh","us","Jun","B0CT4NP8KW","Smart Watch Fitness Tracker","2026-01-26 22:22",
"""东西有问题，用不了。再不处理我就给差评""",
"差评威胁，故障未描述：询问具体问题，提供解决方案，不得与评价挂钩",
order=O("delivered","fbm",45.99,ship=-7,deliv=-4,carrier="USPS",trk="9400111899221122003344",purchase=-8,latest=-4),
req=["symptom"], case="negative_review")

S("zh","us","Xin","B0BP5ZR9TM","Cordless Hair Clipper","2025-08-28 16:01",
"""你好，退货已经寄回去很久了，退款什么时候到账？""",
"退款已记录（4天前）：告知金额、日期和银行到账时间",
order=O("returned","fbm",32.99,ship=-30,deliv=-27,carrier="USPS",trk="9400111899220011223344",refund=32.99,refund_d=-4,purchase=-31,latest=-27,ret=-6),
offers=["refund_info"], fo=["refund"], case="refund_status")

S("zh","uk","Tao","B0D9KW4RPN","Kids Scooter Foldable","2026-03-31 13:13",
"""已经过了预计送达日期快三个星期了还没收到，物流一直没更新。麻烦重新发一个吧，孩子一直在等。""",
"严重逾期未收到，FBM，买家要求重新发货",
order=O("shipped","fbm",29.99,ship=-25,carrier="Evri",trk="H01HYA0015566778",purchase=-26,latest=-20),
offers=["replacement"], tasks=["reship"], case="return_dissatisfied/not_received")
