from lib import S, O

S("ja","jp","佐藤","B0C9QK3WTL","ステンレス 電気ケトル 1.0L","2026-02-09 10:12",
"""お世話になっております。注文時に住所を間違えてしまいました。正しい住所は〒150-0011 東京都渋谷区東3-14-7 ハイツ恵比寿202号室です。発送前でしたら変更をお願いできますでしょうか。""",
"未発送FBM、新住所記載済み。住所変更はオフのため、キャンセルして再注文を案内",
order=O("unshipped","fbm",4980,purchase=0,latest=4),
offers=["reorder"], fo=["reship_new_address"], freq=["address","address_confirmation"], case="address_change")

S("ja","jp","たかし","B0BW2NR8XP","スマホスタンド 折りたたみ","2025-11-06 22:31",
"""発送済みになってるけど引っ越し前の住所でした、、新しい住所は大阪府大阪市北区天満2-5-9 ラポール天満501です。こっちに送ってもらえますか？""",
"発送済みFBM、2,480円でしきい値未満、新住所あり：新住所へ再発送",
order=O("shipped","fbm",2480,ship=-1,carrier="ヤマト運輸",trk="4563-2291-0087",purchase=-2,latest=2),
offers=["reship_new_address"], freq=["address"], tasks=["reship"], case="address_change")

S("ja","jp","山本","B0D3XT7LMK","コーヒーメーカー 全自動","2026-05-13 08:26",
"""すでに発送されたようですが、番地を書き間違えていました（正しくは5-12です）。配送先の変更は可能でしょうか。""",
"発送済みFBM、4,000円ちょうど（しきい値以上）：住所変更不可を丁寧に説明、再発送なし",
order=O("shipped","fbm",4000,ship=-1,carrier="佐川急便",trk="3601-8823-4410",purchase=-2,latest=2),
fo=["reship_new_address"], case="address_change")

S("ja","jp","中村","B0CM5PW9QZ","ヘアクリップ 5本セット","2025-08-21 15:47",
"""すみません、送り先を実家にしたままでした。もう発送されてますよね…？どうしたらいいでしょうか""",
"発送済みFBM、980円でしきい値未満、新住所なし：再発送を提案し住所を尋ねる",
order=O("shipped","fbm",980,ship=-1,carrier="日本郵便",trk="1234-5678-9012",purchase=-2,latest=3),
offers=["reship_new_address"], req=["address"], case="address_change")

S("ja","jp","小林","B0D6KR2TVN","ワイヤレスマウス 静音","2026-01-20 13:05",
"""間違えて注文しました。キャンセルしてください。""",
"非公式キャンセル依頼、未発送FBM：注文履歴からキャンセルリクエストを案内",
order=O("unshipped","fbm",1980,purchase=0,latest=3),
offers=["cancel_via_amazon"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("ja","jp","伊藤","B0BQ8ZL4WE","収納ボックス 3個組","2025-12-27 19:52",
"""昨日届きましたが、サイズが合わず使えないのでキャンセルしたいです。""",
"配達済みFBMへの「キャンセル」：返品は高コスト、返品なし返金を提案",
order=O("delivered","fbm",3280,ship=-4,deliv=-1,carrier="ヤマト運輸",trk="4563-2291-3344",purchase=-5,latest=-1),
offers=["keep_with_refund"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("ja","jp","渡辺","B0C2TV6KRM","ランニングシューズ 26.5cm","2026-04-03 09:40",
"""注文した商品はいつ届きますか？週末に使いたいので教えてください。""",
"FBM発送済み・追跡番号あり：配送業者、追跡番号、お届け予定日を伝える",
order=O("shipped","fbm",7980,ship=-1,carrier="佐川急便",trk="3601-8823-9911",purchase=-2,latest=1),
offers=["tracking"], freq=["order_id"], case="shipping_inquiry")

S("ja","jp","加藤","B0D8NX1QWP","モバイルバッテリー 20000mAh","2025-10-14 18:18",
"""まだ届かないんですけど、どうなってますか""",
"FBA注文：Amazonカスタマーサービスと配送状況の確認方法を案内",
order=O("shipped","fba",3990,ship=-3,carrier="Amazon",trk="JP3451287766",purchase=-4,latest=0),
offers=["amazon_support"], freq=["order_id"], case="shipping_inquiry")

S("ja","jp","吉田","B0BZ4MK7TR","ヨガマット 10mm","2026-06-05 11:23",
"""届いたのですが、家族が同じものを買っていたので不要になりました。返品できますか？未開封です。""",
"不要になった、FBM配達済み：返品より返金（一部）で手元に残す案を提示",
order=O("delivered","fbm",2980,ship=-5,deliv=-2,carrier="日本郵便",trk="1234-5678-4455",purchase=-6,latest=-2),
offers=["keep_with_refund"], freq=["reason"], case="return_unwanted")

S("ja","jp","松本","B0C6WR3NZK","ガラス 保存容器 5点セット","2025-07-25 14:14",
"""商品が割れた状態で届きました。写真を添付します。新しいものを送っていただけますか。""",
"破損、写真添付、交換希望",
order=O("delivered","fbm",2680,ship=-4,deliv=-1,carrier="ヤマト運輸",trk="4563-2291-5566",purchase=-5,latest=-1),
offers=["replacement"], freq=["photo","symptom"], tasks=["reship"], photo=True, case="return_dissatisfied/damaged")

S("ja","jp","井上","B0D2LQ8XMV","レディース カーディガン","2026-03-02 20:07",
"""Mサイズを注文したのにLサイズが届きました。Mサイズに交換をお願いします。""",
"サイズ違い、希望サイズ（M）明記：正しいサイズを送る",
order=O("delivered","fbm",3490,ship=-4,deliv=-1,carrier="日本郵便",trk="1234-5678-7788",purchase=-5,latest=-1),
offers=["replacement"], freq=["variant"], tasks=["reship"], case="return_dissatisfied/wrong_item")

S("ja","jp","木村","B0BT7KW2QL","組み立て式 本棚 5段","2025-09-12 16:33",
"""組み立て途中で気付いたのですが、棚板を固定するネジが4本足りません（説明書の部品Bです）。送っていただけますでしょうか。よろしくお願いいたします。""",
"部品不足（部品Bのネジ4本）明記：部品を送る",
order=O("delivered","fbm",6980,ship=-5,deliv=-2,carrier="佐川急便",trk="3601-8823-2233",purchase=-6,latest=-2),
offers=["send_parts"], freq=["missing_part"], tasks=["ship_parts"], case="return_dissatisfied/missing_parts")

S("ja","jp","林","B0CX9PT5WN","電動歯ブラシ","2026-07-15 10:58",
"""充電してもランプが点滅するだけで全く動きません。交換ではなく返金でお願いします。""",
"不具合の症状記載、交換ではなく返金希望",
order=O("delivered","fbm",3980,ship=-7,deliv=-4,carrier="日本郵便",trk="1234-5678-9900",purchase=-8,latest=-4),
offers=["refund"], fo=["replacement"], freq=["symptom"], case="return_dissatisfied/defective")

S("ja","jp","斎藤","B0D4RW6KTQ","ペアマグカップ","2026-02-13 12:45",
"""ピンクとブルーのセットを注文したのに両方ブルーでした。バレンタインのプレゼントなのに最悪です。ちゃんとピンクを送ってくれないなら低評価つけます。""",
"低評価の予告、色違い（ピンク希望）明記：正しい商品を送る。評価と結び付けない",
order=O("delivered","fbm",2200,ship=-3,deliv=-1,carrier="ヤマト運輸",trk="4563-2291-7788",purchase=-4,latest=-1),
offers=["replacement"], freq=["variant"], tasks=["reship"], case="negative_review")

S("ja","jp","清水","B0BL3ZM8KV","折りたたみ傘 自動開閉","2025-06-17 09:09",
"""返品した商品は先週そちらに届いているはずですが、まだ返金されていません。確認をお願いします。""",
"返品受領済み（FBM）・未返金：返金処理（2営業日以内）し、処理中と返信",
order=O("returned","fbm",2580,ship=-24,deliv=-21,carrier="日本郵便",trk="1234-5678-1122",purchase=-25,latest=-21,ret=-6),
tasks=["refund"], fo=["refund_info"], case="refund_status")

S("ja","jp","森","B0C8TK1WXR","卓上 加湿器","2025-12-01 03:44", None,
"公式キャンセルリクエスト（日本語）、未発送FBM：セラーセントラルでキャンセルし日本語で確認",
order=O("unshipped","fbm",3480,purchase=0,latest=3),
offers=["cancel"], fo=["cancel_via_amazon"], tasks=["cancel_order"], case="cancel_order (official)",
raw=dict(frm=None, subject="Amazonのお客様 森 からの注文キャンセルリクエスト (注文番号: {o})",
body="""こんにちは

購入者から次の注文のキャンセルリクエスト（cancellation request）が届きました。未発送の場合はキャンセルしてください。

注文番号: {o}
1 | {a} | {p}
理由: 注文を間違えた
購入者のコメント: 色を間違えました。

Buyer Cancellation Request for Order ID: {o}"""))
