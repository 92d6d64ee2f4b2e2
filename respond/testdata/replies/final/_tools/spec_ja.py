from spec_common import add, U, SH, DL, RT, CX

L = "ja"

add(L, "co.jp", "address_change", "佐藤 健太", "LEDデスクライト 調光調色 USB充電ポート付き ホワイト", """
お世話になっております。注文時に旧住所のまま注文してしまいました。まだ発送前でしたら、下記の住所に変更していただけますでしょうか。

〒150-0002
東京都渋谷区渋谷2-15-1 渋谷ハイツ504
佐藤 健太

よろしくお願いいたします。
""", U("fbm", 3480, p=0, l=4),
    note="unshipped FBM order, new address given: Amazon's rule (updates off) is cancel and reorder with the right address; don't ask for the address",
    offers=["reorder"], forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "co.jp", "address_change", "鈴木 美咲", "シリコン製 調理スプーン 5本セット 耐熱", """
すでに発送済みとのことですが、引っ越しをしたため新しい住所に送っていただくことは可能でしょうか。
新住所：〒530-0001 大阪府大阪市北区梅田1-3-1 グランドメゾン801 鈴木 美咲
""", SH("fbm", 2980, "日本郵便", "1234-5678-9012", s=-1, l=2),
    note="shipped FBM, JPY 2980 under the JPY 4000 threshold, new address given: offer a new unit to the new address and create the reship task",
    offers=["reship_new_address"], forbid_requests=["address"], tasks=["reship"])

add(L, "co.jp", "address_change", "高橋 翔", "ステンレス 真空断熱 タンブラー 600ml", """
配送先を実家に変更したいです。もう発送されていますか？変更できるなら住所をお送りします。
""", SH("fbm", 4000, "ヤマト運輸", "4567-8901-2345", s=-1, l=2),
    note="shipped FBM, value exactly JPY 4000 = the threshold (at or above: no reship): explain the address can no longer be changed",
    forbid_offers=["reship_new_address"])

add(L, "co.jp", "cancel_order", "田中 陽子", "加湿器 超音波式 4L 上部給水 アロマ対応", """
申し訳ありませんが、注文をキャンセルしていただけますか。
""", U("fbm", 5980, p=0, l=4),
    note="unofficial cancellation in a normal inquiry, unshipped FBM: point to 注文履歴 > キャンセルをリクエスト; the seller does not cancel",
    offers=["cancel_via_amazon"], forbid_offers=["cancel"])

add(L, "co.jp", "cancel_order", "伊藤 大輔", "ワイヤレスマウス 静音 2.4GHz ブラック", "", U("fbm", 1980, p=-1, l=4),
    kind="cancel", reason="誤って注文した",
    note="official cancellation request (Japanese), FBM order not shipped: cancel in Seller Central and confirm to the buyer",
    offers=["cancel"], forbid_offers=["cancel_via_amazon"], forbid_requests=["reason"], tasks=["cancel_order"])

add(L, "co.jp", "shipping_inquiry", "渡辺 さくら", "折りたたみ傘 自動開閉 晴雨兼用 ネイビー", """
商品はいつ届きますか？追跡番号を教えてください。
""", SH("fbm", 2480, "日本郵便", "2345-6789-0123", p=-3, s=-2, l=2),
    note="FBM shipped with tracking: give carrier, tracking number and expected delivery",
    offers=["tracking"], forbid_requests=["order_id"])

add(L, "co.jp", "shipping_inquiry", "山本 拓也", "モバイルバッテリー 10000mAh 軽量 PD対応", """
お届け予定日を過ぎていますが、まだ届いていません。どうなっていますか？
""", SH("fba", 3299, "Amazon Logistics", "JP0184412290", p=-5, s=-4, l=-1),
    note="FBA order: Amazon handles logistics and customer service, point the buyer to Amazon customer service",
    offers=["amazon_support"], forbid_requests=["order_id"])

add(L, "co.jp", "return_dissatisfied", "中村 恵", "北欧風 マグカップ 2個セット 陶器", """
届いた商品のうち1個が割れていました。写真を添付します。交換品を送っていただけますか。
""", DL("fbm", 2680, "ヤマト運輸", "4567-8901-3456", d=-1), photo=True, sub="damaged",
    note="one mug broken, photo attached, replacement asked: apologise, explain transit damage, send it; no photo request",
    offers=["replacement"], forbid_requests=["photo"], tasks=["reship"])

add(L, "co.jp", "return_dissatisfied", "小林 直樹", "メンズ ランニングシューズ 軽量 グレー 27.0cm", """
27.0cmを注文しましたが、25.5cmが届きました（写真添付）。27.0cmと交換してください。
""", DL("fbm", 6980, "佐川急便", "3601-2345-6789", d=-2), photo=True, sub="wrong_item",
    note="wrong size sent, wanted size (27.0 cm) named, photo attached: send the right size; don't ask size or photo",
    offers=["replacement"], forbid_requests=["variant", "photo"], tasks=["reship"])

add(L, "co.jp", "return_dissatisfied", "加藤 理恵", "電気ケトル 1.0L 温度調節 保温機能", """
使い始めて3日で電源が入らなくなりました。スイッチを押してもランプが点かず、お湯が沸きません。交換ではなく返金をお願いします。
""", DL("fbm", 4580, "ヤマト運輸", "4567-8901-4567", d=-5), sub="defective",
    note="defect described (no power, lamp off), buyer wants a refund rather than an exchange",
    offers=["refund"], forbid_offers=["replacement"], forbid_requests=["symptom"])

add(L, "co.jp", "return_dissatisfied", "吉田 健", "スチールラック 4段 幅90cm 耐荷重200kg", """
組み立てようとしたところ、支柱を固定するネジが2本足りませんでした。送っていただけますか。
""", DL("fbm", 7980, "佐川急便", "3601-2345-7890", d=-1), sub="missing_parts",
    note="two fixing screws missing and asked for: send them; don't ask which part",
    offers=["send_parts"], forbid_requests=["missing_part"], tasks=["ship_parts"])

add(L, "co.jp", "return_unwanted", "山田 花子", "レディース カーディガン 薄手 ベージュ M", """
イメージと違ったので返品したいです。どうすればいいですか。
""", DL("fba", 3990, "Amazon Logistics", "JP0184437715", d=-4),
    note="FBA order within 30 days, buyer no longer wants it: say honestly it can be returned through Amazon within 30 days",
    offers=["return"], forbid_requests=["reason"])

add(L, "co.jp", "refund_status", "松本 誠", "Bluetooth スピーカー 防水 IPX7 ブルー", """
返品した商品の返金がまだありません。確認してもらえますか。
""", DL("fba", 4980, "Amazon Logistics", "JP0184455021", p=-30, s=-29, d=-27, l=-26),
    note="FBA order, no return and no refund on record: ask for patience and flag for the seller; quote nothing",
    forbid_offers=["refund_info"], tasks=["check_order"])

add(L, "co.jp", "negative_review", "井上 由美", "ガラス製 保存容器 5個セット 蓋付き", """
蓋が2つ割れた状態で届きました。すぐに交換品を送ってください。対応していただけない場合は低評価のレビューを書きます。
""", DL("fbm", 3280, "日本郵便", "2345-6789-1234", d=-1), sub="damaged",
    note="low-review threat, two lids arrived broken, replacement asked: send it without tying anything to the review, ask politely for a photo; needs human",
    offers=["replacement"], requests=["photo"], tasks=["reship"])

add(L, "co.jp", "returned_goods", "木村 浩二", "USB-C ハブ 7in1 HDMI 4K対応", """
出品者様

以下の注文について、返品が承認されました。購入者には返送用ラベルが発行されています。

注文番号: # {o}

Order Item  ASIN  SKU  Return Quantity  Return Reason  Customer's Comment
1  {asin}  {sku}  1  不要になった  

返品商品の受領後、2営業日以内に返金処理を行ってください。

Amazon.co.jp
""", DL("fbm", 3580, "日本郵便", "2345-6789-2345", d=-6), kind="notice", draft=False,
    sender='"Amazon.co.jp" <order-update@amazon.{tld}>', subject="返品リクエストの承認通知 注文番号 # {o}",
    note="authorised return notice (Japanese, reason no longer needed): no reply, a task to receive and inspect the return",
    tasks=["inspect_return"])
