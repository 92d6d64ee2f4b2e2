add("zh", "Wei", "Rice Cooker 3 Cup Mini", """你好，我下单的时候地址写错了，还没发货。正确地址是 1820 Kiely Blvd, Apt 12, Santa Clara, CA 95051。麻烦改一下，谢谢！""",
    X("未发货 FBM，已给新地址：地址修改关闭，说明取消后重新下单", o="reorder", fo="reship_new_address", fr="address"),
    order=O("unshipped", "fbm", 39.99, p=0, ld=5), date="2026-03-02 03:03")
add("zh", "Li Na", "Silk Pillowcase Queen", """已经发货了，但是我搬家了。新地址：88 Canal St, Apt 5F, New York, NY 10013。可以帮我重新寄一个到新地址吗？""",
    X("已发货 FBM，金额低于 30 美元，给了新地址：提供寄新的一件到新地址", o="reship_new_address", fr="address"),
    order=O("shipped", "fbm", 25.99, p=-2, s=-1, carrier="USPS", trk="9400111899561212121212", ld=3), date="2026-05-29 04:15")
add("zh", "Zhang", "Air Purifier HEPA Large Room", """我想取消这个订单，买错型号了。""",
    X("非官方取消请求，未发货：引导到 Your Orders 申请取消，卖家不取消", o="cancel_via_amazon", fo="cancel", fr="reason"),
    order=O("unshipped", "fbm", 129.99, p=0, ld=5), date="2026-01-18 02:48")
add("zh", "Chen", "Tea Set Porcelain 15 pcs", """请问我的包裹到哪里了？已经一个星期了还没收到""",
    X("物流查询 FBM：提供承运商、单号和预计送达日期", o="tracking", fr="order_id"),
    order=O("shipped", "fbm", 45.00, p=-7, s=-5, carrier="UPS", trk="1Z1234AA0987654321", ld=1), date="2026-04-04 12:12")
add("zh", "Liu", "Electric Toothbrush Heads 8 Pack", """亚马逊显示昨天应该送到，但是没有收到。怎么办？""",
    X("物流查询 FBA：引导联系亚马逊客服", o="amazon_support"),
    order=O("shipped", "fba", 19.99, p=-4, s=-3, ld=-1), date="2026-06-26 01:01")
add("zh", "Huang", "Women's Cardigan Sweater", """我买的是米白色M码，收到的是黑色的。我还是想要米白色的，能换吗？照片附上。""",
    X("颜色错误，想要的颜色（米白色 M 码）已说明，附照片：寄正确款式", o="replacement", fr="variant photo"),
    order=O("delivered", "fbm", 36.99, p=-6, s=-4, d=-1, carrier="USPS", trk="9400111899563434343434"), date="2026-02-20 08:40", photo=True)
add("zh", "Zhou", "Kids Desk and Chair Set", """组装的时候发现少了两个桌腿的螺丝和一个脚垫，能不能补寄一下？""",
    X("缺件已说明（两个桌腿螺丝和一个脚垫），要求补寄", o="send_parts", fr="missing_part", t="ship_parts"),
    order=O("delivered", "fbm", 89.99, p=-8, s=-6, d=-2, carrier="FedEx", trk="778899001122"), date="2026-07-11 05:55")
add("zh", "Wu", "Bluetooth Car Adapter FM Transmitter", """这个东西插上以后一直有电流声，而且蓝牙连上几分钟就断。我不要换货了，直接退款吧。""",
    X("产品有缺陷，症状已描述；要求退款不要换货", o="refund", fo="replacement", fr="symptom"),
    order=O("delivered", "fbm", 22.99, p=-10, s=-8, d=-5, carrier="USPS", trk="9400111899565656565656"), date="2026-08-16 10:20")
add("zh", "Xu", "Ceramic Vase Set of 2", """收到的时候一个花瓶碎了，另一个也有裂纹。附上照片。希望给我重新寄一套。""",
    X("运输损坏，附照片，要求重发一套：说明多半是运输途中损坏，补发", o="replacement", fr="photo symptom", t="reship"),
    order=O("delivered", "fbm", 29.99, p=-5, s=-3, d=0, carrier="UPS", trk="1Z7777AA0111222333"), date="2026-03-27 07:07", photo=True)
add("zh", "Sun", "Standing Desk Converter", """不想要了，想退货。""",
    X("不想要了，FBM 已送达：先问是否愿意保留并获得部分退款，而不是退货", r="keep_item"),
    order=O("delivered", "fbm", 119.99, p=-9, s=-7, d=-4, carrier="FedEx", trk="778800112233"), date="2025-12-12 13:30")
add("zh", "Ma", "Wireless Keyboard and Mouse Combo", """退货已经寄回去十多天了，退款什么时候到账？""",
    X("退款状态：已有退款记录，告诉金额、日期和银行到账时间", o="refund_info", fo="refund"),
    order=O("returned", "fbm", 32.99, p=-30, s=-28, d=-26, carrier="USPS", trk="9400111899567878787878", ra="32.99", rd=-3, rr="yes"), date="2026-09-03 16:16")
add("zh", "Zhao", "Cast Iron Dutch Oven 6 Qt", """锅盖边缘有一大块掉漆，锅底还有锈迹，新买的就这样？太失望了，不解决我就给差评。""",
    X("差评威胁，问题已描述（掉漆、生锈）：道歉、提供换货或退款，不得与评价挂钩；请求照片", o="replacement", r="photo", fr="symptom"),
    order=O("delivered", "fbm", 59.99, p=-7, s=-5, d=-2, carrier="UPS", trk="1Z5555AA0444333222"), date="2026-10-09 11:45")
add("zh", "Yang", "Portable Monitor 15.6 inch", """订单号 113-2233445-5667788，快一个月了还没收到，物流信息一直不更新。""",
    X("卖家没有该订单的记录：核查订单", t="check_order", fr="order_id"),
    order=None, oid="113-2233445-5667788", date="2026-05-15 09:50")
add("zh", "Lin", "Bath Towel Set 6 Piece", """已经收到了，质量很好，谢谢！""",
    X("仅表示感谢：不需要回复", draft=False),
    order=O("delivered", "fbm", 34.99, p=-8, s=-6, d=-2, carrier="USPS", trk="9400111899569090909090"), date="2026-01-24 22:22")
