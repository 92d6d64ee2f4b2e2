from common import O, E, S
L = "ja"
SPECS = [
S(L, "co.jp", "佐藤", "ステンレス製 水切りラック", """
お世話になっております。
注文時に住所を間違えてしまいました。正しくは「〒150-0001 東京都渋谷区神宮前3-12-8 メゾン神宮前302」です。
まだ発送前のようでしたら、変更をお願いできますでしょうか。
よろしくお願いいたします。
""", O("unshipped", "fbm", 2980, purch=0, latest=4),
 E("未発送・FBM・新住所記載：住所変更は不可のためキャンセルして再注文を案内", offers=["reorder"], fo=["reship_new_address"], fr=["address"])),

S(L, "co.jp", "田中", "折りたたみ傘 自動開閉", """
すみません、発送済みになってますが、届け先が実家のままでした。今の住所は大阪府吹田市江坂町1-23-4 です。なんとかなりませんか？
""", O("shipped", "fbm", 1980, ship=-1, carrier="ヤマト運輸", trk="4567-8901-2345", purch=-2, latest=2),
 E("発送済み・閾値JPY 4000未満・新住所記載：新住所へ再送", offers=["reship_new_address"], fr=["address"], tasks=["reship"])),

S(L, "co.jp", "鈴木", "電動歯ブラシ 音波式", """
住所変更お願いします。発送済みとのことですが。
""", O("shipped", "fbm", 6980, ship=-1, carrier="佐川急便", trk="3601-2345-6789", purch=-2, latest=2),
 E("発送済み・閾値以上：住所変更できない旨を丁寧に説明、再送しない", fo=["reship_new_address"], fr=["address"])),

S(L, "co.jp", "高橋", "珪藻土バスマット", """
間違えて注文してしまったのでキャンセルしたいです。
""", O("unshipped", "fbm", 2480, purch=0, latest=3),
 E("メッセージでの非公式キャンセル依頼・未発送：注文履歴からキャンセルリクエストするよう案内", offers=["cancel_via_amazon"], fo=["cancel"], fr=["reason"])),

S(L, "co.jp", "伊藤", "ワイヤレスイヤホン Bluetooth 5.3", """
お世話になります。先日注文したイヤホンですが、キャンセルをお願いしたく連絡しました。もう出荷されていますか？
""", O("shipped", "fbm", 4980, ship=-1, carrier="日本郵便", trk="1234-5678-9012", purch=-2, latest=2),
 E("発送済み後のキャンセル依頼・理由なし：理由を伺い、受け取っていただけるか確認（受取拒否の案内）", req=["reason", "keep_item"], fo=["cancel"])),

S(L, "co.jp", "渡辺", "ペット用 自動給水器", """
まだ届きません。いつ届きますか？
""", O("shipped", "fbm", 3580, ship=-3, carrier="ヤマト運輸", trk="4567-8901-9999", purch=-4, latest=0),
 E("FBM配送問い合わせ・追跡番号あり：配送業者、追跡番号、お届け予定日を伝える", offers=["tracking"], fr=["order_id"])),

S(L, "co.jp", "山本", "加湿器 スチーム式", """
配送状況を確認したいのですが、お届け予定日を過ぎても届いていません。確認お願いします。
""", O("shipped", "fba", 8980, ship=-5, carrier="Amazon", trk="JP1234567890", purch=-6, latest=-1),
 E("FBA配送問い合わせ：Amazonカスタマーサービスへ案内", offers=["amazon_support"])),

S(L, "co.jp", "中村", "メンズ ダウンジャケット", """
Lサイズを注文したのですが、届いたのはMサイズでした。写真を添付します。Lサイズに交換していただけますか。
""", O("delivered", "fbm", 12800, ship=-4, deliv=-1, carrier="佐川急便", trk="3601-9999-0000", purch=-5),
 E("サイズ違い・希望サイズ(L)明記・写真添付：Lサイズを送る", offers=["replacement"], fr=["variant", "photo"], tasks=["reship"]), photo=True),

S(L, "co.jp", "小林", "コーヒーメーカー 全自動", """
使い始めて1週間ですが、電源を入れても「E2」というエラーが表示されて抽出できません。説明書の通りリセットもしましたがダメでした。返金していただけますか。交換は結構です。
""", O("delivered", "fbm", 15800, ship=-10, deliv=-8, carrier="ヤマト運輸", trk="4567-0000-1111", purch=-11),
 E("不具合内容を記載（E2エラー）、交換不要で返金希望", offers=["refund"], fo=["replacement"], fr=["symptom"])),

S(L, "co.jp", "加藤", "組み立て式 本棚 5段", """
部品が足りません。棚板を固定するダボが4個しか入っておらず、説明書では12個必要です。不足分の8個を送ってください。
""", O("delivered", "fbm", 5980, ship=-5, deliv=-1, carrier="佐川急便", trk="3601-1111-2222", purch=-6),
 E("不足部品と数量を明記（ダボ8個）：部品を送る", offers=["send_parts"], fr=["missing_part"], tasks=["ship_parts"])),

S(L, "co.jp", "吉田", "陶器 マグカップ 2個セット", """
届いた商品の箱を開けたら、マグカップが一つ割れていました。
""", O("delivered", "fbm", 2200, ship=-3, deliv=0, carrier="日本郵便", trk="1234-0000-5555", purch=-4),
 E("破損・写真なし：お詫び、配送中の破損と説明、写真をお願いする", req=["photo"], fr=["symptom"])),

S(L, "co.jp", "山田", "ヨガマット 10mm", """
イメージと違ったので返品したいです。未使用です。
""", O("delivered", "fbm", 2780, ship=-6, deliv=-3, carrier="日本郵便", trk="1234-2222-3333", purch=-7),
 E("不要による返品・FBM：返品ではなく返金して商品をお持ちいただく案を提示", offers=["keep_with_refund"], fr=["reason"])),

S(L, "co.jp", "松本", "LEDデスクライト", """
返品した商品の返金がまだです。いつになりますか。
""", O("returned", "fbm", 4280, ship=-25, deliv=-22, carrier="ヤマト運輸", trk="4567-3333-4444", purch=-26, ret="true"),
 E("返品受領済み・返金記録なし(FBM)：返金タスク、手続き中と返信", tasks=["refund"], fr=["order_id"])),

S(L, "co.jp", "井上", "キッズ レインコート 120cm", """
注文から3週間以上たちますが届いていません。追跡番号で調べても「引受」のままです。これ以上待てないので、返金してください。対応いただけない場合は評価に書かせていただきます。
""", O("shipped", "fbm", 2680, ship=-22, carrier="日本郵便", trk="1234-4444-5555", purch=-23, latest=-12),
 E("長期未着・返金希望・評価をほのめかす：返金で解決、評価と結びつけない", offers=["refund"])),
]
