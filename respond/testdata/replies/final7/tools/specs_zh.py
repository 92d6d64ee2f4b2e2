from common import O, E, S
L = "zh"
SPECS = [
S(L, "com", "Wei", "Rice Cooker 6-Cup, Non-Stick", """
你好，我下单的时候地址填错了，正确地址是 2150 Stockton St, Apt 5, San Francisco, CA 94133。还没发货的话能帮我改一下吗？谢谢！
""", O("unshipped", "fbm", 49.99, purch=0, latest=5),
 E("未发货FBM，已给新地址：地址修改关闭，按亚马逊规则取消后重新下单", offers=["reorder"], fo=["reship_new_address"], fr=["address"])),

S(L, "com", "Li", "Phone Tripod with Remote", """
您好，包裹已经发出了，但是寄到了我以前的地址。我现在住 88 Maple Ave, Flushing, NY 11355。可以再给我寄一个吗？麻烦了
""", O("shipped", "fbm", 19.99, ship=-1, carrier="USPS", trk="9400111899229988776655", purch=-2, latest=3),
 E("已发货，低于USD 30，给了新地址：补寄到新地址", offers=["reship_new_address"], fr=["address"], tasks=["reship"])),

S(L, "co.uk", "Zhang", "Air Fryer 4.5L Digital", """
你好，订单已经发货了，但地址写错了门牌号。能改吗？
""", O("shipped", "fbm", 69.99, ship=-1, carrier="DPD", trk="15501234599999", purch=-2, latest=2),
 E("已发货，高于GBP 25：说明无法更改地址，请求谅解，不补寄", fo=["reship_new_address"], fr=["address"])),

S(L, "com", "Chen", "Electric Toothbrush Heads, 8 Pack", """
我买错了，要取消订单
""", O("unshipped", "fbm", 15.99, purch=0, latest=4),
 E("非官方取消请求，未发货：引导买家在 Your Orders 中申请取消，卖家不直接取消", offers=["cancel_via_amazon"], fo=["cancel"], fr=["reason"])),

S(L, "com", "Huang", "Portable Blender, USB Rechargeable", """
你好，我想取消这个订单，但是显示已经送到了。我不需要了，朋友已经送了我一个。是亚马逊发的货，我要怎么退？
""", O("delivered", "fba", 29.99, ship=-3, deliv=-1, carrier="AMZL", trk="TBA306677889900", purch=-4),
 E("FBA已送达后要取消：通过亚马逊退货，不取消", offers=["return"], fo=["cancel"], fr=["reason"])),

S(L, "com", "Liu", "Acupressure Mat and Pillow Set", """
请问我的订单什么时候到？已经一个星期了还没收到。
""", O("shipped", "fbm", 27.99, ship=-5, carrier="USPS", trk="9400111899221212121212", purch=-7, latest=1),
 E("FBM物流查询，记录中有单号：告知承运商、单号和预计送达日期", offers=["tracking"], fr=["order_id"])),

S(L, "com", "Yang", "Silk Sleep Mask", """
订单三个多星期了还没到，物流一直没更新。请帮我重新寄一个，我还是想要的。
""", O("shipped", "fbm", 12.99, ship=-21, carrier="USPS", trk="9400111899223434343434", purch=-22, latest=-10),
 E("长期未收到，买家要求重寄：补发", offers=["replacement"], tasks=["reship"])),

S(L, "com", "Zhao", "Men's Running Shoes, Size 10", """
你好，我订的是10码，收到的是9码，鞋盒上标的也是9。照片在附件。请给我换成10码的，谢谢。
""", O("delivered", "fbm", 59.99, ship=-5, deliv=-1, carrier="UPS", trk="1Z999AA10123452222", purch=-6),
 E("尺码发错，已说明要10码，附照片：寄正确尺码", offers=["replacement"], fr=["variant", "photo"], tasks=["reship"]), photo=True),

S(L, "com", "Wu", "Electric Heated Lunch Box", """
饭盒插上电以后完全不加热，指示灯亮着但是半个小时了饭还是冷的。试了两个插座都一样。我不要换货了，直接退款吧。
""", O("delivered", "fbm", 32.99, ship=-8, deliv=-5, carrier="USPS", trk="9400111899225656565656", purch=-9),
 E("故障已描述（不加热），买家不要换货要退款", offers=["refund"], fo=["replacement"], fr=["symptom"])),

S(L, "com", "Zhou", "Bed Frame Queen, Metal Platform", """
床架少了两根中间支撑腿，说明书上是6根，我只收到4根。请尽快把缺的2根寄给我，现在床没法用。
""", O("delivered", "fbm", 129.99, ship=-6, deliv=-2, carrier="FedEx", trk="771234599999", purch=-7),
 E("缺件已说明（2根支撑腿），要求补寄：寄配件", offers=["send_parts"], fr=["missing_part"], tasks=["ship_parts"])),

S(L, "com", "Xu", "Glass Teapot with Warmer", """
收到的茶壶是碎的！！！盒子都压扁了。
""", O("delivered", "fbm", 34.99, ship=-4, deliv=0, carrier="UPS", trk="1Z999AA10123453333", purch=-5),
 E("运输破损，没有照片：道歉，说明多为运输损坏，请买家拍照", req=["photo"], fr=["symptom"])),

S(L, "com", "Sun", "Baby Bottle Warmer", """
东西没用过，宝宝不用奶瓶，想退货。
""", O("delivered", "fbm", 26.99, ship=-7, deliv=-4, carrier="USPS", trk="9400111899227878787878", purch=-8),
 E("无质量问题退货，FBM：询问是否愿意保留商品并退款，避免高昂退货", offers=["keep_with_refund"], fr=["reason"])),

S(L, "com", "Ma", "Car Vacuum Cleaner Cordless", """
我两个星期前就退回去了，到现在还没收到退款，怎么回事？
""", O("returned", "fbm", 39.99, ship=-30, deliv=-27, carrier="UPS", trk="1Z999AA10123454444", ref=39.99, refd=-3, purch=-31, ret="true"),
 E("记录中已退款：告知金额、日期和银行到账时间", offers=["refund_info"], fr=["order_id"])),

S(L, "com", "Lin", "Massage Gun, Deep Tissue", """
按摩枪用了三天就充不进电了，充电灯不亮。这么差的质量我要给差评。给我换一个好的，不然就一星。
""", O("delivered", "fbm", 49.99, ship=-8, deliv=-5, carrier="USPS", trk="9400111899229090909090", purch=-9),
 E("差评威胁且问题明确（无法充电），要求换货：换货解决，绝不与评价挂钩", offers=["replacement"], fr=["symptom"], tasks=["reship"])),
]
