from build import S, O, E

S("zh", "US", "Wei", "Cordless Handheld Vacuum, 8000Pa",
  O("shipped", "fbm", 22.99, ship=-1, carrier="USPS", track="9400111899445566778899", latest=4),
  """你好，我下单时地址填错了，寄到了我以前的住址。新地址是：1550 Mission St Apt 708, San Francisco, CA 94103。能不能寄到新地址？谢谢！""",
  E("Chinese buyer on amazon.com: reply in Chinese; shipped FBM under USD 30 with the new address given: offer to send a new unit there",
    offers="reship_new_address", freq="address", fo="reorder"))

S("zh", "US", "Li", "Silk Sleep Mask with Adjustable Strap",
  O("unshipped", "fbm", 15.99, latest=5),
  """您好，订单还没发货的话，能帮我改一下收货地址吗？门牌号写错了。""",
  E("unshipped FBM, address change (updates off): cancel and reorder with the correct address",
    offers="reorder", fo="reship_new_address"))

S("zh", "US", "Zhang", "Ergonomic Office Chair Lumbar Pillow",
  O("unshipped", "fbm", 33.99, latest=5),
  """我不小心下了两单，请帮我取消这一单。""",
  E("unofficial cancel request, unshipped, reason given (duplicate order): point to Your Orders > Request cancellation; don't cancel",
    offers="cancel_via_amazon", fo="cancel", freq="reason"))

S("zh", "US", "Chen", "Electric Gooseneck Kettle with Temperature Control",
  O("shipped", "fbm", 69.00, ship=-2, carrier="UPS", track="1Z5R89390357123123", latest=2),
  """我想取消订单，因为在别家看到更便宜的了。""",
  E("cancel after shipping, reason given: say it has shipped and cannot be recalled; ask whether they would keep it (else refuse delivery)",
    fo="cancel cancel_via_amazon", req="keep_item", freq="reason"))

S("zh", "US", "Liu", "Adjustable Phone Tripod Stand with Remote",
  O("shipped", "fbm", 25.99, ship=-3, carrier="FedEx", track="785477889900", latest=2),
  """请问我的包裹现在到哪里了？有物流单号吗？""",
  E("FBM shipped with tracking on record: give carrier, number and expected date",
    offers="tracking", fo="amazon_support", freq="order_id"))

S("zh", "UK", "Huang", "Portable Monitor 15.6 inch, USB-C",
  O("shipped", "fba", 119.00, ship=-2, latest=0),
  """预计今天送到，但物流信息一直没有更新，请问怎么回事？""",
  E("Chinese buyer on amazon.co.uk, FBA: point to Amazon customer service for the delivery",
    offers="amazon_support"))

S("zh", "US", "Yang", "Ceramic Dinner Plates Set of 4, 10.5 inch",
  O("delivered", "fbm", 38.00, ship=-5, deliv=-1, carrier="UPS", track="1Z5R89390357321321"),
  """收到的时候有两个盘子碎了，照片在附件里。麻烦再给我寄一套新的。""",
  E("damaged, photo attached, replacement asked: send it; don't ask for a photo or a description",
    offers="replacement", freq="photo symptom", tasks="reship"), photo=True)

S("zh", "US", "Zhao", "Men's Slim Fit Chinos, 32W x 30L",
  O("delivered", "fbm", 29.99, ship=-6, deliv=-2, carrier="USPS", track="9400111899112233445566"),
  """我买的是32腰，收到的是34腰，能换成32的吗？""",
  E("wrong size, wanted size (32W) named: offer the right size; don't ask which size",
    offers="replacement", freq="variant"))

S("zh", "US", "Wu", "Kids Bunk Bed Ladder Hooks Kit",
  O("delivered", "fbm", 19.99, ship=-6, deliv=-2, carrier="USPS", track="9400111899998877665544"),
  """少了两个挂钩和四颗螺丝，请补发给我，谢谢。""",
  E("missing parts named (2 hooks, 4 screws) and asked for: send them",
    offers="send_parts", tasks="ship_parts", freq="missing_part symptom", fo="return"))

S("zh", "US", "Zhou", "Smart Body Fat Scale, Bluetooth",
  O("delivered", "fbm", 27.99, ship=-10, deliv=-7, carrier="USPS", track="9400111899121212343434"),
  """体重秤连不上手机App，蓝牙搜不到设备，换了两部手机都一样。不用换货了，直接退款吧。""",
  E("defective, symptom described, buyer wants a refund, not an exchange",
    offers="refund", fo="replacement", freq="symptom"))

S("zh", "US", "Xu", "Bamboo Bath Tray Caddy, Expandable",
  O("delivered", "fbm", 36.99, ship=-7, deliv=-3, carrier="UPS", track="1Z5R89390357456456"),
  """东西没问题，就是我不需要了，可以退货吗？""",
  E("unwanted FBM, nothing wrong: ask whether they'd keep it with a refund instead of returning it",
    req="keep_item", fo="replacement", freq="photo symptom"))

S("zh", "US", "Sun", "Wireless Earbuds with Charging Case",
  O("delivered", "fbm", 45.99, ship=-24, deliv=-20, carrier="UPS", track="1Z5R89390357789789"),
  """我上周已经把耳机退回去了，退款什么时候到账？""",
  E("refund asked, nothing on record (return not received, no refund): ask for patience and flag for the seller",
    tasks="check_order", fo="refund_info"))

S("zh", "US", "Ma", "LED Strip Lights 50 ft, App Control",
  O("shipped", "fbm", 28.99, ship=-18, carrier="USPS", track="9400111899676767898989", latest=-9),
  """下单快三周了还没收到，物流一直不动。再不处理我就给差评了。我要退款。""",
  E("review threat with a clear problem (not received, overdue), refund asked: offer the refund; nothing may be tied to the review",
    offers="refund", freq="photo symptom"))

S("zh", "DE", "Hu", "Kinder Schreibtisch höhenverstellbar",
  O("delivered", "fbm", 129.00, ship=-6, deliv=-2, carrier="DHL", track="00340434161094012121"),
  """你好，我是中国人，不太会德语。桌子少了一些零件，没办法组装。""",
  E("Chinese buyer on amazon.de: reply in Chinese; missing parts not specified: ask which ones, offer to send them",
    offers="send_parts", req="missing_part"))

S("zh", "JP", "Guo", "シリコン製 調理スプーン 5本セット",
  O("shipped", "fbm", 1980, ship=-1, carrier="日本郵便", track="5555-6666-7777", latest=3),
  """你好，我搬家了，地址写的是旧地址，包裹已经发出了，怎么办？""",
  E("Chinese buyer on amazon.co.jp: shipped FBM under JPY 4,000, new address not given: offer to send to the new address and ask for it",
    offers="reship_new_address", req="address"))

S("zh", "US", "Lin", "Cast Iron Tortilla Press 8 inch",
  O("delivered", "fbm", 31.99, ship=-6, deliv=-2, carrier="USPS", track="9400111899234234234234"),
  """收到了，质量很好，谢谢卖家！""",
  E("thank-you note: no reply needed", draft=False))
