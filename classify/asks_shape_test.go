package classify

import (
	"slices"
	"testing"

	"github.com/aftersale/aftersale"
)

// shapeCase is a buyer sentence whose facts are read by the shape of the
// sentence rather than by a word list: the part after a lack or absence,
// a replacement refused in other words, a reason in other words, a
// refund for the broken pieces only, a fault said only as "doesn't work".
type shapeCase struct {
	name, text string
	part       string // the missing part read, "" for none
	count      int
	refused    bool // a replacement refused
	reason     bool // a reason given
	partial    bool // a partial refund asked
	sendParts  bool // the parts or pieces asked to be sent
	noSymptom  bool // nothing described: Symptom is ""
	symptom    bool // a fault described: Symptom is read
}

var shapeCases = []shapeCase{
	// A part named after a lack or an absence.
	{name: "en/not in the kit", text: "Three of the wall plugs weren't in the kit.", part: "wall plugs"},
	{name: "en/nowhere in the box", text: "The spare belt was nowhere in the box.", part: "spare belt"},
	{name: "en/has no", text: "The left door has no hinges, please send some.", part: "hinges", sendParts: true},
	{name: "en/n of m", text: "I only got 5 of the 6 coasters.", part: "coasters", count: 1},
	{name: "en/not a part: tracking", text: "There's no tracking number on my order."},
	{name: "en/not a part: parcel", text: "The parcel wasn't in the mailbox when I got home."},
	{name: "de/nicht im Karton", text: "Die Wandhalterung war nicht im Karton.", part: "wandhalterung"},
	{name: "de/zu wenig", text: "Es waren drei Dübel zu wenig in der Tüte.", part: "dübel", count: 3},
	{name: "de/ohne", text: "Der Tisch kam ohne Gleiter an.", part: "gleiter"},
	{name: "fr/ne se trouvait pas", text: "Le chargeur ne se trouvait pas dans la boîte.", part: "chargeur"},
	{name: "fr/sans ses", text: "La lampe est arrivée sans son ampoule.", part: "ampoule"},
	{name: "es/no venía", text: "El soporte no venía en la caja.", part: "soporte"},
	{name: "es/hace falta is no lack", text: "Os mando una foto si hace falta."},
	{name: "it/non c'era", text: "Il cavo di ricarica non c'era nella scatola.", part: "cavo di ricarica"},
	{name: "it/senza", text: "Il tavolo è arrivato senza le viti.", part: "viti"},
	{name: "ja/同梱されていません", text: "取扱説明書が同梱されていませんでした。", part: "取扱説明書"},
	{name: "zh/没在里面", text: "收到了，但是充电器没在里面。", part: "充电器"},
	{name: "zh/两个 and 四颗", text: "少了两个挂钩和四颗螺丝。", part: "挂钩", count: 2},
	{name: "zh/一些零件 is unnamed", text: "少了一些零件。"},
	{name: "fr/des trucs is unnamed", text: "il manque des trucs je crois, y'a des trous sans vis"},
	{name: "en/some things is unnamed", text: "A few things are missing from the box."},
	{name: "en/seem to be missing is unnamed", text: "A few things seem to be missing from the box."},
	{name: "es/cosas is unnamed", text: "Faltan cosas en la caja."},

	// A shortfall: the count that came names the part.
	{name: "en/only one in the package", text: "Only a single hinge was in the package, I need the other one.", part: "hinge"},
	{name: "en/came with just", text: "The lamp came with just one bulb, it takes two.", part: "bulb"},
	{name: "en/only days is no part", text: "I only got it 3 days ago and the box is open."},
	{name: "de/nur statt", text: "Es lagen nur 5 statt 7 Klammern bei.", part: "klammern", count: 2},
	{name: "fr/qu'une seule", text: "Il n'y avait qu'une seule charnière dans la boîte.", part: "charnière"},
	{name: "es/solo venía", text: "Solo venía un cojín en el paquete, son dos.", part: "cojín"},
	{name: "it/c'era solo", text: "Nella confezione c'era solo un cuscino.", part: "cuscino"},
	{name: "ja/しか入っておらず", text: "ネジが3本しか入っておらず、残りが足りません。", part: "ネジ"},
	{name: "zh/只有", text: "盒子里只有一个盖子，少了一个。", part: "盖子"},

	// A replacement refused in other words.
	{name: "en/no use", text: "A second unit would be no use to me, I want my money back.", refused: true},
	{name: "en/don't bother another", text: "Don't bother sending another one, just refund it.", refused: true},
	{name: "de/keinen neuen", text: "Ich möchte keinen neuen Mixer, bitte erstatten Sie den Kaufpreis.", refused: true},
	{name: "fr/inutile", text: "Inutile de m'en envoyer un autre, remboursez-moi.", refused: true},
	{name: "es/no me mandéis otro", text: "No me mandéis otro, prefiero el reembolso.", refused: true},
	{name: "it/non voglio un altro", text: "Non voglio un altro frullatore, rivoglio i soldi.", refused: true},
	{name: "ja/再送は不要", text: "再送は不要です。返金してください。", refused: true},
	{name: "zh/不用再发", text: "不用再发了，给我退款。", refused: true},
	{name: "en/asks another", text: "Could you send me another one please?"},

	// A reason in other words.
	{name: "en/already got one", text: "Please cancel, my neighbour already gave me one.", reason: true},
	{name: "de/schon gekauft", text: "Bitte stornieren, ich habe ihn schon woanders gekauft.", reason: true},
	{name: "fr/déjà acheté", text: "Annulez svp, je l'ai déjà acheté ailleurs.", reason: true},
	{name: "es/otra tienda", text: "Cancelad el pedido, lo he comprado en otra tienda.", reason: true},
	{name: "it/altro negozio", text: "Annullate l'ordine, l'ho preso in un altro negozio.", reason: true},
	{name: "ja/店で買った", text: "キャンセルしてください。店で同じ物を買いました。", reason: true},
	{name: "zh/别的店", text: "取消订单吧，在别的店买了。", reason: true},
	{name: "notice reason line", text: "Motivo indicato dall'acquirente: Trovato a un prezzo migliore", reason: true},

	// A refund for the broken pieces only.
	{name: "en/broken ones", text: "Please refund me for the two broken mugs.", partial: true},
	{name: "de/kaputten", text: "Bitte erstatten Sie mir den Betrag für die kaputten Teller.", partial: true},
	{name: "es/rotas", text: "Quiero el reembolso de las dos tazas rotas.", partial: true},
	{name: "it/rotti", text: "Chiedo il rimborso dei bicchieri rotti.", partial: true},
	{name: "en/full refund for a broken item is not partial", text: "It arrived broken, I want a full refund."},

	// The money back for the broken pieces counted or pointed at.
	{name: "en/refund those two", text: "Two of the six glasses were smashed. Could you just refund me for those two?", partial: true},
	{name: "de/Geld für die zwei", text: "Zwei Tassen kamen zerbrochen an. Ich möchte das Geld für die zwei Tassen zurück.", partial: true},
	{name: "zh/那两个退款", text: "6个杯子碎了两个，那两个退款就行。", partial: true},

	// New pieces asked for the broken ones, counted or pointed at; a new
	// unit or "replacements" stay a replacement.
	{name: "es/mandar esos dos", text: "Llegaron dos cuencos rotos. ¿Me podéis mandar esos dos cuencos?", sendParts: true},
	{name: "es/los que faltan", text: "Vinieron 4 platos rotos. Me gustaría que me mandarais los platos que faltan, no quiero devolver todo.", sendParts: true},
	{name: "ja/割れた2枚だけ送って", text: "5枚のうち2枚が割れて届きました。割れた2枚だけ送っていただけますか。", sendParts: true},
	{name: "zh/补寄那两个", text: "6个杯子碎了两个，请补寄那两个。", sendParts: true},
	{name: "zh/寄一个新的 is a replacement", text: "茶壶把手断了，请再给我寄一个新的。"},
	{name: "en/replacements is a replacement", text: "Two containers arrived shattered. Can you send replacements for the two broken ones?"},

	// "Doesn't work" alone describes nothing.
	{name: "en/doesn't work", text: "It doesn't work.", noSymptom: true},
	{name: "fr/ne marche pas", text: "Votre lampe ne marche pas.", noSymptom: true},
	{name: "de/funktioniert nicht", text: "Das Gerät funktioniert nicht.", noSymptom: true},
	{name: "zh/不能用", text: "用不了。", noSymptom: true},

	// A fault said in one phrase: a part and the way it gave way.
	{name: "en/fell out", text: "Half the bristles fell out after one wash, worst buy ever.", symptom: true},
	{name: "en/tore", text: "The strap tore on the third day.", symptom: true},
	{name: "de/gesprungen", text: "Der Deckel ist gesprungen.", symptom: true},
	{name: "de/sich gelöst", text: "Nach einer Woche hat die Sohle sich gelöst.", symptom: true},
	{name: "de/Problem gelöst is no fault", text: "Danke, das Problem ist gelöst.", noSymptom: true},
	{name: "fr/détachée", text: "La poignée s'est détachée au bout de trois jours.", symptom: true},
	{name: "fr/tombent", text: "Les poils tombent à chaque passage.", symptom: true},
	{name: "es/se le cayeron", text: "Se le cayeron las cerdas después del primer lavado.", symptom: true},
	{name: "es/se despegó", text: "La suela se despegó a la semana.", symptom: true},
	{name: "it/staccato", text: "Il manico si è staccato dopo una settimana.", symptom: true},
	{name: "it/cadono", text: "Le setole cadono dopo un lavaggio.", symptom: true},
	{name: "ja/抜けた", text: "一度洗っただけで毛が抜けました。", symptom: true},
	{name: "ja/部屋番号が抜けて is no fault", text: "お届け先の部屋番号が抜けていました。", noSymptom: true},
	{name: "pt/cade is no fault", text: "cade meu pedido", noSymptom: true},
	{name: "ja/折れた", text: "使って二日で取っ手が折れました。", symptom: true},
	{name: "zh/掉了", text: "洗了一次毛就掉了一半。", symptom: true},
	{name: "zh/断了", text: "拉链第二天就断了。", symptom: true},
	{name: "zh/电流声", text: "充电时一直有滋滋的电流声，一会儿就断电。", symptom: true},

	// More shapes.
	{name: "es/no aparecen", text: "Las bisagras no aparecen por ningún lado.", part: "bisagras"},
	{name: "en/can't find", text: "I can't find the wall anchors anywhere in the box.", part: "wall anchors"},
	{name: "zh/锅盖没有", text: "锅收到了，锅盖没有，请补一个。", part: "锅盖", sendParts: true},
	{name: "zh/找不到", text: "找不到说明书。", part: "说明书"},
	{name: "it/regalato is a reason", text: "Annullate, me ne hanno regalato uno.", reason: true},
	{name: "en/rather not wait for a swap", text: "I'd rather not wait for a swap, refund it please.", refused: true},
	{name: "en/did not come with", text: "The hex bits did not come with the drill.", part: "hex bits"},
	{name: "en/small parts is unnamed", text: "Some small parts did not come with it."},
	{name: "fr/il manquait", text: "Il manquait les roulettes dans le carton.", part: "roulettes"},
	{name: "zh/一颗都没有", text: "螺丝一颗都没有。", part: "螺丝"},
	{name: "zh/一点反应都没有 is a fault", text: "开关一点反应都没有。"},
	{name: "it/non mi serve un sostituto", text: "Non mi serve un sostituto, voglio il rimborso.", refused: true},
	{name: "fr/rembourser les deux abîmées", text: "Pourriez-vous me rembourser les deux tasses abîmées ?", partial: true},
	{name: "de/schon bestellt", text: "Bitte stornieren, mein Mann hat ihn schon bestellt.", reason: true},

	// A part after a lack verb or a negated "come" or "be in the box".
	{name: "en/no X at all", text: "The kit has the rails but no rubber feet at all.", part: "rubber feet"},
	{name: "en/manual lists", text: "The leaflet lists 6 wing nuts (part B) but there were none.", part: "wing nuts"},
	{name: "en/but no reply is no part", text: "I wrote to you on Monday but no reply."},
	{name: "en/no luck so far is no part", text: "Tried to assemble it but no luck so far."},
	{name: "fr/il n'y avait pas de", text: "Il n'y avait pas de câble dans le colis.", part: "câble"},
	{name: "fr/il n'y a pas de problème is no part", text: "Il n'y a pas de problème avec la livraison."},
	{name: "es/no viene el", text: "En la caja no viene el adaptador.", part: "adaptador"},
	{name: "es/no viene nada is no part", text: "No viene nada de lo que pedí."},
	{name: "it/non c'era il", text: "Nel pacco non c'era il caricabatterie.", part: "caricabatterie"},
	{name: "it/nessun problema is no part", text: "Non c'è nessun problema."},
	{name: "ja/okurigana part", text: "取り付け金具が見当たりません。", part: "取り付け金具"},
	{name: "ja/part after の", text: "本体用のフタが入っていませんでした。", part: "フタ"},
	{name: "zh/没有X alone", text: "收到了，没有说明书。", part: "说明书"},
	{name: "zh/没有问题 is no part", text: "这个产品没有问题。"},
	{name: "en/puzzle pieces counted", text: "Our jigsaw came with 7 pieces missing.", part: "pieces", count: 7},
	{name: "en/pieces of furniture stay unnamed", text: "Two pieces are missing from the wardrobe."},

	// A part counted against the pack, or named beside the one that came.
	{name: "en/n of the pack", text: "The bag only had 7 of the tent pegs. The listing says pack of 8.", part: "tent peg", count: 1},
	{name: "de/n der Packung", text: "Es waren nur 2 der Klammern drin, es ist ein 6er-Pack.", part: "klammern", count: 4},
	{name: "es/n de los del pack", text: "Solo llegaron 3 de los imanes y el paquete es de 4.", part: "imanes", count: 1},
	{name: "it/n dei della confezione", text: "Solo 4 dei tappi, la confezione è da 6.", part: "tappi", count: 2},
	{name: "en/no pack size, no count shape", text: "Only had 3 of the hooks up before it fell."},
	{name: "en/only the one, no other", text: "There is only the top cushion, no bottom one.", part: "bottom cushion"},
	{name: "en/only the one, no part", text: "Only the frame came, but no cushions.", part: "cushions"},
	{name: "en/side adjective", text: "It arrived missing the lower shelf.", part: "lower shelf"},

	// A reason given as a size outgrown.
	{name: "en/outgrew", text: "Please cancel, my son outgrew that size last week.", reason: true},
	{name: "de/passt nicht mehr", text: "Bitte stornieren, die Größe passt nicht mehr.", reason: true},
	{name: "fr/ne lui va plus", text: "Annulez svp, la taille ne lui va plus.", reason: true},
	{name: "es/ya no le queda", text: "Cancelad, por favor, ya no le queda esa talla.", reason: true},
	{name: "it/non gli va più", text: "Annullate, la taglia non gli va più.", reason: true},
	{name: "ja/サイズアウト", text: "キャンセルしてください。子どもがサイズアウトしました。", reason: true},
	{name: "ja/ついていますか is a question", text: "購入前の質問です。自動電源オフ機能はついていますか？"},
	{name: "ja/入っていますか is a question", text: "説明書は箱に入っていますか？"},
	{name: "ja/付いていません is a lack", text: "脚が付いていません。", part: "脚"},
	{name: "zh/穿不下", text: "请取消订单，孩子长大了穿不下。", reason: true},
	{name: "it/ne avevo già una", text: "Annullate, mi sono accorto che ne avevo già una a casa.", reason: true},
	{name: "fr/j'en ai déjà un", text: "Annulez, j'en ai déjà un.", reason: true},
	{name: "de/habe schon einen", text: "Bitte stornieren, ich habe schon einen.", reason: true},
	{name: "es/ya tenía una", text: "Cancelad, ya tenía una en casa.", reason: true},
}

// TestInlineAddressByShape reads a street without a street word, by the
// place of its house number before the postcode.
func TestInlineAddressByShape(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Sorry, wrong house number! It's 8 not 18: 8 Mill Bank, Leeds LS1 4AP. Already posted I see.", "8 Mill Bank, Leeds LS1 4AP"},
		{"Ich wohne jetzt Zum Anger 3, 80331 München. Bitte dorthin.", "Zum Anger 3, 80331 München"},
		{"It is 221 Elm Street, Austin, TX 78701", "221 Elm Street, Austin, TX 78701"},
		{"Order 12345 arrived fine.", ""},
	} {
		if got := inlineAddress(tc.text); got != tc.want {
			t.Errorf("inlineAddress(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestReadAsksSubject: a fact said only in the buyer's own subject is
// given; the subject of a reply ("Re: …") is the earlier sender's words.
func TestReadAsksSubject(t *testing.T) {
	m := aftersale.Message{Subject: "Lid cracked on first use", Text: "See the subject. What can you do?",
		BuyerText: "See the subject. What can you do?", Sender: aftersale.SenderBuyer}
	if _, g := ReadAsks(m); g.Symptom == "" {
		t.Errorf("no symptom read from the subject %q", m.Subject)
	}
	m.Subject = "2 shelf pins missing"
	if _, g := ReadAsks(m); g.MissingPart == "" {
		t.Errorf("no missing part read from the subject %q", m.Subject)
	}
	m.Subject = "Re: Your damaged blender"
	if _, g := ReadAsks(m); g.Symptom != "" || g.Complaint != aftersale.SubNone {
		t.Errorf("a reply's subject %q read as the buyer's: symptom %q complaint %q", m.Subject, g.Symptom, g.Complaint)
	}
}

func TestReadAsksShapes(t *testing.T) {
	for _, tc := range shapeCases {
		t.Run(tc.name, func(t *testing.T) {
			asks, g := ReadAsks(aftersale.Message{Text: tc.text, BuyerText: tc.text, Sender: aftersale.SenderBuyer})
			if g.MissingPart != tc.part || (tc.count > 0 && g.MissingCount != tc.count) {
				t.Errorf("missing part %q ×%d, want %q ×%d", g.MissingPart, g.MissingCount, tc.part, tc.count)
			}
			if got := g.HasDeclined(aftersale.AskReplacement); got != tc.refused {
				t.Errorf("replacement refused = %v, want %v (asks %v)", got, tc.refused, asks)
			}
			if tc.refused && slices.Contains(asks, aftersale.AskReplacement) {
				t.Errorf("a refused replacement is asked: %v", asks)
			}
			if tc.reason && g.Reason == "" {
				t.Errorf("no reason read")
			}
			if got := slices.Contains(asks, aftersale.AskPartialRefund); got != tc.partial {
				t.Errorf("partial refund asked = %v, want %v (asks %v)", got, tc.partial, asks)
			}
			if got := slices.Contains(asks, aftersale.AskSendParts); got != tc.sendParts {
				t.Errorf("send parts asked = %v, want %v (asks %v)", got, tc.sendParts, asks)
			}
			if tc.symptom && g.Symptom == "" {
				t.Errorf("no symptom read from a sentence that describes the fault")
			}
			if tc.noSymptom && g.Symptom != "" {
				t.Errorf("symptom %q read from a sentence that describes nothing", g.Symptom)
			}
		})
	}
}

// TestReadAsksPhotoSaid: a photo said to be attached in the words of each
// template language is given, with no attachment in the mail.
func TestReadAsksPhotoSaid(t *testing.T) {
	for _, text := range []string{
		"Pictures are attached showing the crack.",
		"Bilder hänge ich an. Die Vase kam zerbrochen an.",
		"Je vous joins deux photos du colis abîmé.",
		"Te mando las fotos adjuntas.",
		"Il vaso è arrivato rotto, allego le foto.",
		"写真を添付します。",
		"照片在附件里。",
	} {
		if _, g := ReadAsks(aftersale.Message{Text: text, BuyerText: text, Sender: aftersale.SenderBuyer}); !g.Photo {
			t.Errorf("%q: no photo read", text)
		}
	}
	if _, g := ReadAsks(aftersale.Message{Text: "The lid is cracked.", BuyerText: "The lid is cracked.", Sender: aftersale.SenderBuyer}); g.Photo {
		t.Errorf("a photo read where none is said")
	}
}

func TestPartialAddress(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Wrong house number, it's 14 not 41, Maple Close.", "14, Maple Close"},
		{"Falsche Hausnummer: 5 statt 50, Birkenweg, Kiel.", "5, Birkenweg, Kiel"},
		{"House number is not 41 but 14, Maple Close.", "14, Maple Close"},
		{"Adesso abito a Genova, Via Balbi 7. Grazie", "Via Balbi 7"},
		{"Je suis maintenant au 4 rue Victor Hugo à Lille.", "4 rue Victor Hugo à Lille"},
		{"I live at 22 Mill Lane now", "22 Mill Lane now"},
		{"今は名古屋市中区栄3-4-5に住んでいます。", "名古屋市中区栄3-4-5"},
		{"I'm in Bristol now.", ""},
		{"The tracking number 1Z999 says it left the depot on Via Roma.", ""},
	} {
		if got := partialAddress(tc.text); got != tc.want {
			t.Errorf("partialAddress(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestMediaSeenInPassing(t *testing.T) {
	for _, tc := range []struct {
		text  string
		photo bool
	}{
		{"The seam is torn, as you can see in the photo.", true},
		{"Come si vede nella foto, la maniglia è rotta.", true},
		{"写真のとおり、角が欠けています。", true},
		{"如图，把手断了。", true},
		{"Could you send me a photo of the right size?", false},
		{"The colour is not the one in the picture on the listing, I'd like to return it.", false},
	} {
		if got := mediaShape(sentences(tc.text)); got != tc.photo {
			t.Errorf("mediaShape(%q) = %v, want %v", tc.text, got, tc.photo)
		}
	}
}

func TestKeepRefusedByShape(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"I have no intention of keeping it.", "no"},
		{"Behalten will ich es auf keinen Fall.", "no"},
		{"Je n'ai aucune envie de le garder.", "no"},
		{"No me lo voy a quedar.", "no"},
		{"Non ho intenzione di tenerlo.", "no"},
		{"手元に残すつもりはないです。", "no"},
		{"我不打算留着。", "no"},
		{"I'd keep it for a partial refund.", "yes"},
	} {
		if got := keepWish(sentences(tc.text)); got != tc.want {
			t.Errorf("keepWish(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if _, _, w := variants(sentences("Could I swap it for the large instead?")); w != "large" {
		t.Errorf("wanted size = %q, want large", w)
	}
}
