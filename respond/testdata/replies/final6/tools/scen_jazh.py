from frame import *
J="co.jp"
S("ja",J,"佐藤","電気ケトル 1.0L","お世話になります。引っ越しのため住所を変更したいです。まだ発送前でしょうか？新住所は 〒160-0022 東京都新宿区新宿3-5-2 サンハイツ502 です。",
  O("unshipped","fbm",3280,purch=0,latest=4),E("unshipped FBM, new address given -> cancel & reorder",offers=["reorder"],fo=["reship_new_address"],fr=["address"]),state="unshipped-fbm",case="address_change")
S("ja",J,"田中","スマホ用 三脚スタンド","すみません、発送済みになってますが前の住所に送られてしまいました。大阪府吹田市江坂町1-12-8 に送り直していただけますか",
  O("shipped","fbm",1980,ship=-1,latest=2),E("shipped FBM under JPY 4000, address given -> reship",offers=["reship_new_address"],fr=["address"],tasks=["reship"]),state="shipped-fbm-under",case="address_change")
S("ja",J,"鈴木","ロボット掃除機","発送されたようですが、届け先を実家に変えたいです。可能ですか？",
  O("shipped","fbm",24800,ship=-1,latest=2),E("shipped FBM over JPY threshold -> cannot change",fo=["reship_new_address","cancel"]),state="shipped-fbm-over",case="address_change")
S("ja",J,"高橋","ワイヤレスマウス","注文をキャンセルしたいです。間違えて2個注文してしまいました。",
  O("unshipped","fbm",2480,purch=0,latest=3),E("unofficial cancel unshipped -> 注文履歴からキャンセル",offers=["cancel_via_amazon"],fo=["cancel"],fr=["reason"]),state="unshipped-fbm",case="cancel_order")
S("ja",J,"伊藤","加湿器 超音波式","いつ届きますか？追跡番号を教えてください。",
  O("shipped","fbm",5980,ship=-2,latest=1),E("FBM tracking",offers=["tracking"]),state="shipped-fbm-over",case="shipping_inquiry")
S("ja",J,"渡辺","モバイルバッテリー 10000mAh","まだ届きません。配送状況どうなってますか",
  O("shipped","fba",3480,ship=-4,latest=-1),E("FBA -> Amazonカスタマーサービス",offers=["amazon_support"]),state="shipped-fba",case="shipping_inquiry")
S("ja",J,"山本","組み立て式 本棚","本棚を組み立てようとしたら、棚板を留めるダボ（木の小さい棒）が8本足りませんでした。送っていただけますか。",
  O("delivered","fbm",6980,ship=-5,deliv=-2),E("missing dowels named -> send parts",offers=["send_parts"],fr=["missing_part"],tasks=["ship_parts"]),state="delivered-fbm-over",case="return_dissatisfied:missing_parts")
S("ja",J,"中村","メンズ Tシャツ 3枚組","Lサイズを注文したのにMサイズが届きました。Lサイズと交換してください。",
  O("delivered","fbm",2980,ship=-4,deliv=-1),E("wrong size, L wanted",offers=["replacement"],fr=["variant"],tasks=["reship"]),state="delivered-fbm-under",case="return_dissatisfied:wrong_item")
S("ja",J,"小林","炊飯器 5.5合","電源を入れてもすぐにエラー表示（E3）が出て炊けません。交換ではなく返金をお願いします。",
  O("delivered","fbm",12800,ship=-8,deliv=-5),E("defect described (E3 error), refund not exchange",offers=["refund"],fo=["replacement"],fr=["symptom"]),state="delivered-fbm-over",case="return_dissatisfied:defective")
S("ja",J,"加藤","ガラス製 保存容器セット","届いた容器の一つが割れていました。写真を添付します。",
  O("delivered","fbm",2780,ship=-3,deliv=0),E("damaged, photo attached -> apologise, transit",fr=["photo","symptom"]),photo=True,state="delivered-fbm-under",case="return_dissatisfied:damaged")
S("ja",J,"吉田","折りたたみ自転車","やっぱり不要になりました。返品したいです。",
  O("delivered","fbm",39800,ship=-7,deliv=-4),E("FBM unwanted -> keep with partial refund?",req=["keep_item"],fr=["reason"]),state="delivered-fbm-over",case="return_unwanted")
S("ja",J,"山田","ヘアアイロン","返品した商品の返金はいつになりますか？",
  O("returned","fbm",4980,ship=-30,deliv=-27,ret=-6,refund=4980,refund_d=-4),E("refund on record",offers=["refund_info"]),state="returned-fbm",case="refund_status")
S("ja",J,"松本","LEDデスクライト","すぐに点かなくなりました。ちゃんと対応してくれないなら星1のレビューを書きます。",
  O("delivered","fbm",3580,ship=-15,deliv=-12),E("review threat + defect (stopped lighting); offer fix, not tied to review",fr=["symptom"]),state="delivered-fbm-under",case="negative_review")
N("ja",J,"return_received","折りたたみ自転車",O("returned","fbm",39800,ship=-30,deliv=-27,ret=0),E("return received -> inspect + refund",draft=False,tasks=["inspect_return","refund"]),state="returned-fbm")
# zh (buyers writing Chinese on various marketplaces)
U="com"; K="co.uk"; D="de"
S("zh",U,"Wei","Electric Toothbrush Sonic","你好，我搬家了，订单还没发货，新地址是 2250 Stockton St, San Francisco, CA 94133。麻烦改一下，谢谢！",
  O("unshipped","fbm",35.99,purch=0,latest=4),E("unshipped FBM, address given -> cancel & reorder",offers=["reorder"],fo=["reship_new_address"],fr=["address"]),state="unshipped-fbm",case="address_change")
S("zh",K,"Li","Phone Case Clear","包裹寄到我以前住的地方了，已经发货了。能不能再寄一个到 Flat 9, 40 Oxford Road, Manchester M1 5QA？",
  O("shipped","fbm",8.99,ship=-1,latest=3),E("shipped FBM under GBP 25, address given -> reship",offers=["reship_new_address"],fr=["address"],tasks=["reship"]),state="shipped-fbm-under",case="address_change")
S("zh",U,"Zhang","Robot Vacuum Cleaner","请帮我取消订单，买错型号了",
  O("unshipped","fbm",199.00,purch=0,latest=4),E("unofficial cancel unshipped",offers=["cancel_via_amazon"],fo=["cancel"],fr=["reason"]),state="unshipped-fbm",case="cancel_order")
S("zh",D,"Chen","Reiskocher 1.8L","我想取消订单。看到已经发货了，但我已经不需要了。",
  O("shipped","fbm",49.00,ship=-1,latest=3),E("cancel on shipped FBM: cannot recall; ask keep",req=["keep_item"],fo=["cancel"]),state="shipped-fbm-over",case="cancel_order")
S("zh",U,"Wang","Wireless Charger Pad","我的包裹到哪了？一个星期了还没到",
  O("shipped","fbm",19.99,ship=-6,latest=0),E("FBM tracking",offers=["tracking"]),state="shipped-fbm-under",case="shipping_inquiry")
S("zh",K,"Liu","Air Purifier HEPA","请问什么时候能送到？物流信息一直没更新",
  O("shipped","fba",89.99,ship=-4,latest=0),E("FBA -> Amazon customer service",offers=["amazon_support"]),state="shipped-fba",case="shipping_inquiry")
S("zh",U,"Yang","Office Chair Mesh","椅子收到了，但是少了一个轮子和两颗螺丝（装扶手的）。请补发给我。",
  O("delivered","fbm",129.00,ship=-6,deliv=-2),E("missing parts named (one wheel, two armrest screws)",offers=["send_parts"],fr=["missing_part"],tasks=["ship_parts"]),state="delivered-fbm-over",case="return_dissatisfied:missing_parts")
S("zh",D,"Zhao","Damen Winterjacke","我买的是黑色L码，收到的是白色M码。照片附上。请给我换成黑色L码。",
  O("delivered","fbm",79.00,ship=-5,deliv=-1),E("wrong colour+size, wanted named, photo",offers=["replacement"],fr=["variant","photo"],tasks=["reship"]),photo=True,state="delivered-fbm-over",case="return_dissatisfied:wrong_item")
S("zh",U,"Huang","Bluetooth Headphones","耳机充不进电，充了一晚上还是没反应。我要退款。",
  O("delivered","fbm",28.99,ship=-9,deliv=-6),E("defect described, refund asked",offers=["refund"],fr=["symptom"]),state="delivered-fbm-under",case="return_dissatisfied:defective")
S("zh",K,"Zhou","Ceramic Dinner Plates Set","盘子到的时候碎了两个",
  O("delivered","fbm",34.00,ship=-4,deliv=0),E("damaged no photo -> ask photo",req=["photo"],fr=["symptom"]),state="delivered-fbm-over",case="return_dissatisfied:damaged")
S("zh",U,"Wu","Yoga Pants High Waist","不想要了，可以退货吗？没穿过",
  O("delivered","fba",26.99,ship=-6,deliv=-3),E("FBA unwanted -> return through Amazon",offers=["return"]),state="delivered-fba",case="return_unwanted")
S("zh",D,"Xu","Wasserkocher Glas","退货已经寄回去快两周了，DHL显示你们已经签收，钱还没退给我。",
  O("returned","fbm",29.90,ship=-35,deliv=-32,ret=-6),E("return received, no refund -> refund task",tasks=["refund"]),state="returned-fbm",case="refund_status")
S("zh",U,"Sun","Kitchen Knife Set","刀一个月就生锈了，质量太差。不给我解决我就给差评。",
  O("delivered","fbm",45.99,ship=-35,deliv=-32),E("review threat with defect (rust); offer fix not tied to review",fr=["symptom"]),state="delivered-fbm-over",case="negative_review")
S("zh",U,"Ma","Desk Organizer","下单快一个月了还没收到，订单号 113-8842017-5526631，帮我查一下",
  None,E("order not on record -> check_order",tasks=["check_order"],fr=["order_id"],fo=["tracking"]),state="none",case="shipping_inquiry")
