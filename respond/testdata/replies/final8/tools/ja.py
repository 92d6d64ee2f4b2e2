from base import *

S('ja','co.jp','佐藤','ステンレス製 水切りラック 2段',
"""お世話になっております。
先日注文した件ですが、届け先を旧住所のままにしてしまいました。まだ発送前のようですので、〒150-0001 東京都渋谷区神宮前3-12-8 コーポ青葉201 へ変更していただけますでしょうか。
お手数をおかけしますが、よろしくお願いいたします。""",
O('unshipped','fbm',3480,purchase=0,latest=4),
X('未発送(FBM)、新住所あり。住所変更設定はオフなので、キャンセルして再注文を案内', o=['reorder'], fo=['reship_new_address'], fr=['address']))

S('ja','co.jp','高橋','スマホ用 ガラスフィルム 2枚入り',
"""すみません、マンション名と部屋番号を書き忘れていました。もう発送済みになっているのですが、大阪府吹田市江坂町1-5-3 江坂ハイツ 505号室 です。届かないかもしれないので何とかなりませんか。""",
O('shipped','fbm',1280,purchase=-2,ship=-1,carrier='日本郵便',trk='123456789012',latest=2),
X('発送済み、4000円未満、正しい住所あり:新住所へ再送', o=['reship_new_address'], fr=['address'], t=['reship']))

S('ja','co.jp','伊藤','電動コーヒーミル セラミック刃',
"""配送先を実家に変えたいのですが可能でしょうか。住所は後ほどお送りします。""",
O('shipped','fbm',12800,purchase=-2,ship=-1,carrier='ヤマト運輸',trk='4567-8901-2345',latest=1),
X('発送済み、しきい値以上:住所はもう変更できないと丁寧に説明', fo=['reship_new_address','cancel']))

S('ja','co.jp','渡辺','木製 ブックスタンド',
"""注文をキャンセルしたいです。間違えて2個注文してしまいました。""",
O('unshipped','fbm',2200,purchase=0,latest=4),
X('非公式のキャンセル依頼(未発送):注文履歴からキャンセルリクエストを案内、出品者はキャンセルしない', o=['cancel_via_amazon'], fo=['cancel'], fr=['reason']))

S('ja','co.jp','山本','アロマキャンドル 3個セット',
"""不要になったため""",
O('unshipped','fbm',2980,purchase=0,latest=5),
X('公式のキャンセルリクエスト通知、未発送FBM:セラーセントラルでキャンセルし購入者に確認', o=['cancel'], t=['cancel_order']), kind='cancel_official')

S('ja','co.jp','中村','折りたたみ傘 自動開閉',
"""注文した傘はいつ頃届きますか？来週出張なのでそれまでに欲しいです。""",
O('shipped','fbm',2580,purchase=-3,ship=-1,carrier='ヤマト運輸',trk='4567-8901-0000',latest=2),
X('FBM配送問い合わせ、追跡番号あり:配送業者・番号・お届け予定日を伝える', o=['tracking']))

S('ja','co.jp','小林','加湿器 超音波式 3L',
"""お届け予定日を過ぎていますがまだ届きません。どうなっていますか。""",
O('shipped','fba',5980,purchase=-5,ship=-4,carrier='Amazon',trk='TBA123456789012',latest=-1),
X('FBAの配送問い合わせ:Amazonカスタマーサービスへ案内', o=['amazon_support']))

S('ja','co.jp','加藤','組み立て式 カラーボックス 3段',
"""本日受け取りました。組み立てようとしたところ、棚板を留めるダボが4本足りませんでした(説明書では16本、入っていたのは12本)。不足分を送っていただけますか。""",
O('delivered','fbm',3980,purchase=-5,ship=-3,deliv=0,carrier='佐川急便',trk='3601-2345-6789',latest=1),
X('不足部品の明示(ダボ4本):部品を送る', o=['send_parts'], fo=['return'], fr=['missing_part'], t=['ship_parts']))

S('ja','co.jp','吉田','ランチボックス 2段 ネイビー',
"""ネイビーを注文したのですが、届いたのはピンクでした。写真を添付します。ネイビーと交換してほしいです。""",
O('delivered','fbm',1980,purchase=-5,ship=-3,deliv=-1,carrier='日本郵便',trk='123456780000',latest=0),
X('色違い、写真添付、希望色(ネイビー)明示:正しい色を送る', o=['replacement'], fr=['variant','photo'], t=['reship']), photo='lunchbox.jpg')

S('ja','co.jp','山田','Bluetooth キーボード 日本語配列',
"""キーボードのペアリングはできるのですが、「Enter」と「Backspace」がときどき反応しません。電池も新品に替えました。""",
O('delivered','fbm',4580,purchase=-10,ship=-8,deliv=-6,carrier='ヤマト運輸',trk='4567-8901-1111',latest=-5),
X('不具合の内容が具体的に書かれている:症状を聞き直さない', fr=['symptom']))

S('ja','co.jp','松本','陶器 マグカップ ペアセット',
"""届いたマグカップの片方の取っ手が欠けていました。""",
O('delivered','fbm',3300,purchase=-4,ship=-2,deliv=0,carrier='佐川急便',trk='3601-2345-0000',latest=1),
X('破損(写真なし):お詫び、輸送中の破損と説明、写真をお願いする', r=['photo'], fr=['symptom']))

S('ja','co.jp','井上','ヨガブロック 2個セット',
"""思っていたより硬かったので返品したいです。未使用です。""",
O('delivered','fbm',1680,purchase=-7,ship=-5,deliv=-2,carrier='日本郵便',trk='123456781111',latest=-1),
X('不要品の返品(FBM)、理由あり:返金して手元に残す案を確認', r=['keep_item'], fr=['reason']))

S('ja','co.jp','木村','ハンドブレンダー',
"""返品した分の返金はいつになりますか？""",
O('delivered','fbm',6980,purchase=-20,ship=-18,deliv=-15,carrier='ヤマト運輸',trk='4567-8901-2222',latest=-15),
X('返金状況の問い合わせ、記録に返品も返金もない:お待ちいただくよう伝え、出品者が確認', t=['check_order'], fo=['refund_info']))

S('ja','co.jp','林','電気ケトル 0.8L',
"""2回目の使用でスイッチが入らなくなりました。ランプも点きません。こんな不良品を売るなんてありえない。返金してください。対応がなければ星1のレビューを書きます。""",
O('delivered','fbm',3280,purchase=-8,ship=-6,deliv=-4,carrier='日本郵便',trk='123456782222',latest=-3),
X('レビューの脅し+明確な不具合、返金希望:返金を提案、レビューと結び付けない', o=['refund'], fr=['symptom']))
