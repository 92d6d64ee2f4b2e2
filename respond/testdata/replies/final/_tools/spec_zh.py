from spec_common import add, U, SH, DL, RT, CX

L = "zh"

add(L, "com", "address_change", "Wei", "Bamboo Bath Caddy Tray for Bathtub, Expandable", """
你好，我下单时地址写错了，还没发货的话请寄到这个地址：
Wei Zhang
2250 Pine St, Apt 12
San Francisco, CA 94115
谢谢！
""", U("fbm", 35.99, p=0, l=6),
    note="unshipped FBM order, new address given (Chinese-speaking buyer on .com): Amazon's rule is cancel and reorder with the right address; reply in Chinese",
    offers=["reorder"], forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "co.uk", "address_change", "Li Na", "Microfibre Cleaning Cloths, 12 Pack", """
您好，物流显示已经发货了，但我刚搬家。可以寄一份到我的新地址吗？
Li Na, Flat 5, 88 Oxford Road, Manchester M1 5NH
""", SH("fbm", 9.99, "Royal Mail", "JT818834410GB", s=-1, l=3),
    note="shipped FBM, GBP 9.99 under the GBP 25 threshold, new address given: offer a new unit to the new address and create the reship task",
    offers=["reship_new_address"], forbid_requests=["address"], tasks=["reship"])

add(L, "com", "address_change", "Chen", "Robot Vacuum Replacement Brush Kit, 12 Pieces", """
你好，我的包裹已经发出了，能不能改到公司地址？新地址是 500 Main St, Floor 3, Boston, MA 02110。
""", SH("fbm", 45.00, "USPS", "9400111899227781234509", s=-2, l=3),
    note="shipped FBM, USD 45 above the threshold, new address given: explain it has shipped and the address can't be changed; no reship",
    forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "de", "cancel_order", "Hui", "Kopfhörer Over-Ear Bluetooth, faltbar, Schwarz", """
你好，我想取消这个订单，因为我不小心买了两个。谢谢。
""", U("fbm", 39.99, p=0, l=5),
    note="unofficial cancellation in Chinese on amazon.de (German template), unshipped, reason given: point to Your Orders > Request cancellation; reply in Chinese",
    offers=["cancel_via_amazon"], forbid_offers=["cancel"], forbid_requests=["reason"])

add(L, "com", "cancel_order", "Jun", "LED Strip Lights 50ft, Music Sync, App Control", """
请帮我取消订单，谢谢。
""", None,
    note="unofficial cancellation for an order the seller has no record of: point to Your Orders > Request cancellation and flag the order to be checked",
    offers=["cancel_via_amazon"], forbid_offers=["cancel"], forbid_requests=["order_id"], tasks=["check_order"])

add(L, "com", "shipping_inquiry", "Ming", "Silicone Stretch Lids, 14 Pack, Reusable", """
你好，请问我的包裹到哪里了？大概什么时候能到？
""", SH("fbm", 12.99, "YunExpress", "YT2418562011234567", p=-8, s=-6, l=4),
    note="FBM shipped with tracking: give carrier, tracking number and expected delivery (in Chinese)",
    offers=["tracking"], forbid_requests=["order_id"])

add(L, "co.jp", "shipping_inquiry", "王 芳", "折りたたみ収納ボックス 3個セット グレー", """
您好，我的订单什么时候能送到？已经过了预计送达时间。
""", SH("fba", 2580, "Amazon Logistics", "JP0184471188", p=-5, s=-4, l=-1),
    note="FBA order on amazon.co.jp (Japanese template), Chinese buyer: point to Amazon customer service; reply in Chinese",
    offers=["amazon_support"], forbid_requests=["order_id"])

add(L, "com", "return_dissatisfied", "Yang", "Electric Wine Opener Set, Rechargeable", """
我一个多月前下的单，到现在都没收到，物流信息三个星期没更新了。请直接给我退款，不用再寄了。
""", SH("fbm", 26.99, "Yanwen", "UG512066741YP", p=-36, s=-34, l=-14), sub="not_received",
    note="FBM order long overdue, buyer wants a refund and explicitly no resend",
    offers=["refund"], forbid_offers=["replacement"], forbid_requests=["order_id"])

add(L, "co.uk", "return_dissatisfied", "Xiao", "Glass Teapot with Infuser, 1000ml", """
收到的茶壶把手断了，附上照片。请再给我寄一个新的。
""", DL("fbm", 18.99, "Royal Mail", "JT818834427GB", d=-1), photo=True, sub="damaged",
    note="teapot handle broken, photo attached, new one asked: apologise, send a replacement; no photo request",
    offers=["replacement"], forbid_requests=["photo"], tasks=["reship"])

add(L, "com", "return_dissatisfied", "Lin", "Men's Crew Neck T-Shirt, 3 Pack, White, L", """
我买的是白色的，收到的是黑色的。请给我换成白色的。
""", DL("fbm", 22.99, "USPS", "9400111899223390011278", d=-2), sub="wrong_item",
    note="wrong colour (black instead of white), wanted colour named: send the white one; don't ask for the colour; a photo may be asked",
    offers=["replacement"], forbid_requests=["variant"], requests=["photo"], tasks=["reship"])

add(L, "de", "return_dissatisfied", "Zhou", "Elektrische Zahnbürste mit 4 Putzmodi, Weiß", """
牙刷用了一个星期就充不进电了，充电灯一直不亮，换了插座也一样。我不要换货，请退款。
""", DL("fbm", 34.99, "DHL", "00340434161094105521", d=-8), sub="defective",
    note="defect described (won't charge, light stays off, other socket tried), buyer wants a refund and no exchange; Chinese on amazon.de",
    offers=["refund"], forbid_offers=["replacement"], forbid_requests=["symptom"])

add(L, "com", "return_dissatisfied", "Hao", "Metal Bed Frame Queen Size, No Box Spring Needed", """
床架少了两根中间支撑腿（说明书上的 D 号零件），没法装。请补发这两个零件。
""", DL("fbm", 89.99, "FedEx", "771249888802", d=-2), sub="missing_parts",
    note="two centre support legs (part D) missing and asked for: send them; don't ask which part",
    offers=["send_parts"], forbid_requests=["missing_part"], tasks=["ship_parts"])

add(L, "co.uk", "return_unwanted", "Fang", "Faux Fur Throw Blanket, 130 x 170 cm, Cream", """
你好，这个毯子我不想要了，想退货，怎么操作？
""", DL("fbm", 19.99, "Royal Mail", "JT818834435GB", d=-3),
    note="FBM delivered, buyer no longer wants it: returns are costly, ask whether they'd keep it with a refund",
    offers=["keep_with_refund"], requests=["keep_item"])

add(L, "com", "refund_status", "Qiang", "Cordless Electric Screwdriver, USB Rechargeable", """
我已经退货了，退款什么时候到账？
""", RT("fbm", 24.99, "USPS", "9400111899221100446672", r=-5, rfa=24.99, rf=-4),
    note="refund already issued (amount and date on record): give amount, date and bank timing; no new refund",
    offers=["refund_info"], forbid_offers=["refund"])

add(L, "com", "cancel_order", "Lei", "Kids' Art Easel, Double-Sided, Wooden", """
你好，我要取消这个订单，请尽快处理，钱什么时候退给我？
""", CX("fbm", 49.99, p=-2, rfa=49.99, rf=-1),
    note="order already canceled with a refund on record: say so and give the refund amount/date; nothing to cancel",
    offers=["refund_info"], forbid_offers=["cancel", "cancel_via_amazon"])

add(L, "co.jp", "negative_review", "刘 洋", "木製 デスクオーガナイザー 引き出し付き", """
收到的商品少了两个小抽屉的把手，请尽快寄给我。如果不处理，我会给差评。
""", DL("fbm", 2980, "日本郵便", "2345-6789-3456", d=-1), sub="missing_parts",
    note="bad-review threat in Chinese on amazon.co.jp, two drawer knobs missing and asked for: send them, tie nothing to the review; needs human",
    offers=["send_parts"], forbid_requests=["missing_part"], tasks=["ship_parts"])
