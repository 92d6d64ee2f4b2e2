from build import S, O, E

S("ja", "JP", "佐藤", "ステンレス製 保温弁当箱 2段",
  O("shipped", "fbm", 2980, ship=-1, carrier="ヤマト運輸", track="4912-3456-7890", latest=2),
  """お世話になっております。引っ越したばかりで、旧住所のまま注文してしまいました。新しい住所は 〒150-0001 東京都渋谷区神宮前3-12-8 メゾン神宮前 402号室 です。こちらに送っていただくことは可能でしょうか。""",
  E("shipped FBM, JPY 2,980 under the JPY 4,000 threshold, new address given: offer a new unit to it; don't ask for the address",
    offers="reship_new_address", freq="address", fo="reorder"))

S("ja", "JP", "高橋", "電気ケトル 1.0L 温度調節付き",
  O("shipped", "fbm", 4000, ship=-1, carrier="佐川急便", track="3601-2345-6789", latest=2),
  """住所を間違えてしまいました。正しくは大阪府吹田市江坂町1-23-4です。配送先を変更してください。""",
  E("shipped FBM at exactly JPY 4,000 (at or above the threshold): explain it can no longer be changed; no reship",
    fo="reship_new_address reorder", freq="address"))

S("ja", "JP", "中村", "珪藻土バスマット 60×39cm",
  O("unshipped", "fbm", 3280, latest=4),
  """まだ発送前でしたら、お届け先を実家に変更したいのですが可能でしょうか。""",
  E("unshipped FBM, address change (updates off): cancel and reorder with the right address",
    offers="reorder", fo="reship_new_address"))

S("ja", "JP", "小林", "ワイヤレス充電スタンド 15W",
  O("unshipped", "fbm", 2480, latest=3),
  """間違えて注文してしまいました。キャンセルをお願いします。""",
  E("unofficial cancel request, unshipped, reason given (ordered by mistake): point to the cancellation request in the order history",
    offers="cancel_via_amazon", fo="cancel", freq="reason"))

S("ja", "JP", "加藤", "木製 ブックスタンド 卓上",
  O("unshipped", "fbm", 1980, latest=4),
  "", E("official cancellation request, unshipped FBM: cancel in Seller Central and confirm",
    offers="cancel", tasks="cancel_order", fo="cancel_via_amazon", freq="reason"),
  kind="cancel", reason="間違えて注文した")

S("ja", "JP", "吉田", "ドリップコーヒー 粗挽き 500g",
  O("shipped", "fbm", 1680, ship=-2, carrier="日本郵便", track="1234-5678-9012", latest=1),
  """発送済みとなっていますが、まだ届きません。追跡番号を教えていただけますか。""",
  E("FBM shipped with tracking on record: give carrier, tracking number and expected date",
    offers="tracking", fo="amazon_support", freq="order_id"))

S("ja", "JP", "山田", "モバイルバッテリー 10000mAh",
  O("shipped", "fba", 3480, ship=-2, latest=0),
  """本日到着予定のはずですが、配送状況が更新されていません。どうなっていますか？""",
  E("FBA order: Amazon handles delivery and customer service; point there",
    offers="amazon_support"))

S("ja", "JP", "松本", "北欧風 クッションカバー 45×45 2枚組",
  O("shipped", "fbm", 2200, ship=-17, carrier="日本郵便", track="9876-5432-1098", latest=-10),
  """注文してから3週間近く経ちますが、まだ届いていません。追跡も途中で止まったままです。再送ではなく返金をお願いします。""",
  E("not received, long overdue, buyer wants a refund rather than a reshipment",
    offers="refund", fo="replacement", freq="photo symptom", tasks="refund"))

S("ja", "JP", "井上", "耐熱ガラス 保存容器 5点セット",
  O("delivered", "fbm", 3680, ship=-4, deliv=-1, carrier="ヤマト運輸", track="4912-0000-1111"),
  """本日届きましたが、容器が2つ割れていました。写真を添付します。交換していただけますか。""",
  E("damaged, photo attached, replacement asked: send one; don't ask for a photo or a description",
    offers="replacement", freq="photo symptom", tasks="reship"), photo=True)

S("ja", "JP", "木村", "レディース ダウンベスト Mサイズ",
  O("delivered", "fbm", 5980, ship=-5, deliv=-2, carrier="佐川急便", track="3601-9999-0000"),
  """ブラックを注文しましたが、ホワイトが届きました。ブラックに交換をお願いできますでしょうか。""",
  E("wrong colour, wanted colour (black) named: offer the right colour; a photo is a fair ask, not which colour",
    offers="replacement", req="photo", freq="variant"))

S("ja", "JP", "林", "組み立て式 スチールラック 4段",
  O("delivered", "fbm", 6480, ship=-6, deliv=-2, carrier="西濃運輸", track="5566-7788-9900"),
  """付属の六角レンチとボルトが2本入っていませんでした。送っていただけますか。""",
  E("missing parts named (hex key, 2 bolts) and asked for: send them",
    offers="send_parts", tasks="ship_parts", freq="missing_part symptom", fo="return"))

S("ja", "JP", "清水", "コードレス ハンディ扇風機",
  O("delivered", "fbm", 2780, ship=-9, deliv=-6, carrier="日本郵便", track="1111-2222-3333"),
  """満充電しても5分ほどで止まってしまいます。初期不良だと思いますので、交換をお願いします。""",
  E("defective, symptom described, replacement asked: offer it; don't ask what's wrong",
    offers="replacement", freq="symptom"))

S("ja", "JP", "山口", "アロマディフューザー 超音波式",
  O("delivered", "fba", 3980, ship=-7, deliv=-4),
  """イメージと違ったので返品したいです。未開封です。""",
  E("unwanted, FBA: return through Amazon within 30 days, say so",
    offers="return", fo="replacement", freq="photo symptom"))

S("ja", "JP", "森", "ヘアドライヤー 大風量",
  O("returned", "fbm", 4980, ship=-27, deliv=-23, carrier="ヤマト運輸", track="4912-7777-8888", refund=4980, refdate=-4, retrecv=-5),
  """返品した商品の返金はいつになりますか。""",
  E("refund on record: give the amount and date, and the card timing; don't refund again",
    offers="refund_info", fo="refund"))

S("ja", "JP", "池田", "竹製 まな板 大",
  O("returned", "fbm", 2580, ship=-26, deliv=-22, carrier="日本郵便", track="2222-3333-4444", refund=2580, refdate=-1, retrecv=-1),
  "返品商品がお届け先に配達されました",
  E("return received and the refund is already on record: only inspect the returned item; no reply",
    tasks="inspect_return", draft=False), kind="return_recv", reason="Inaccurate website description")

S("ja", "JP", "橋本", "今治タオル フェイスタオル 3枚セット",
  O("delivered", "fbm", 2400, ship=-5, deliv=-1, carrier="ヤマト運輸", track="4912-5555-6666"),
  """無事に届きました。丁寧な梱包をありがとうございました。""",
  E("thank-you note: no reply needed", draft=False))
