package pii

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// scrubCase is a buyer's message, the personal data in it that must not
// survive, and the placeholders that must replace it.
type scrubCase struct {
	name  string
	text  string
	known Known
	gone  []string // personal data; none may be in the result
	want  []string // placeholders (or kept words) the result must hold
}

var scrubCases = []scrubCase{
	{
		name: "en",
		text: "Hi Sarah,\nmy order 113-4827719-2208453 still hasn't come. Please ring me on +44 7911 123456 or write to jonah.price@example.org.\n" +
			"It should go to: 27 Willow Bank Road, Leeds LS6 2QY\nThanks,\nJonah Price",
		gone: []string{"Sarah", "113-4827719-2208453", "7911 123456", "jonah.price@example.org", "Willow Bank", "LS6 2QY", "Leeds", "Jonah", "Price"},
		want: []string{"Hi <name>,", Order, Phone, Email, Address, "Thanks,\n<name>", "still hasn't come"},
	},
	{
		name: "en us address and title",
		text: "Dear Mr. Okafor, please change the address to 1420 Cedar Park Drive, Austin, TX 78731. My cell is (512) 555-0143. Regards, Dana",
		gone: []string{"Okafor", "1420 Cedar Park", "78731", "555-0143", "Dana"},
		want: []string{"Mr. <name>", Address, Phone, "Regards, <name>"},
	},
	{
		name: "de",
		text: "Guten Tag Frau Kessler,\nbitte schicken Sie das Paket an Birkenweg 17a, 04109 Leipzig. Erreichbar bin ich unter 0176 55512345 oder tobias.kranz@beispiel.de.\n" +
			"Bestellnummer 302-6618203-4471928\nMit freundlichen Grüßen\nTobias Kranz",
		gone: []string{"Kessler", "Birkenweg", "04109", "Leipzig", "0176 55512345", "tobias.kranz", "302-6618203-4471928", "Tobias", "Kranz"},
		want: []string{"Frau <name>", Address, Phone, Email, Order, "Grüßen\n<name>", "bitte schicken Sie das Paket an"},
	},
	{
		name:  "de known relay name",
		text:  "Hallo, hier ist nochmal Wiebke. Die Lampe flackert seit gestern. Gruß W. Hansen",
		known: Known{Names: []string{"Wiebke Hansen - Amazon Marketplace"}},
		gone:  []string{"Wiebke", "Hansen"},
		want:  []string{Name, "Die Lampe flackert seit gestern"},
	},
	{
		name: "fr",
		text: "Bonjour,\nje m'appelle Océane Perrin. Merci d'envoyer le colis au 8 bis rue des Glycines, 44000 Nantes. Tél. : 06 71 22 48 90.\nBien cordialement,\nOcéane Perrin",
		gone: []string{"Océane", "Perrin", "Glycines", "44000", "Nantes", "06 71 22 48 90"},
		want: []string{"je m'appelle <name>", Address, Phone, "cordialement,\n<name>"},
	},
	{
		name: "es",
		text: "Hola, soy Rodrigo Vidal. Mi nueva dirección es Calle de Toledo 48, 2º C, 28005 Madrid y mi móvil 622 481 907. Correo: rvidal@correo.example. Gracias, Rodrigo",
		gone: []string{"Rodrigo", "Vidal", "Toledo 48", "28005", "622 481 907", "rvidal@"},
		want: []string{"soy <name>", Address, Phone, Email, "Gracias, <name>"},
	},
	{
		name: "it",
		text: "Buonasera, sono Ilaria Conti. Il pacco va consegnato in Viale dei Mille 23, 50131 Firenze (FI). Cellulare 347 218 5590.\nCordiali saluti\nIlaria Conti",
		gone: []string{"Ilaria", "Conti", "Mille 23", "50131", "Firenze", "347 218 5590"},
		want: []string{"sono <name>", Address, Phone, "saluti\n<name>"},
	},
	{
		name: "ja",
		text: "佐々木様\nいつもお世話になっております。注文番号２４９－５５１８２０３－８８１２０７４の商品がまだ届きません。" +
			"届け先：〒150-0041 東京都渋谷区神南1-19-11 パークビル302号室、電話 080-4471-2093 です。\n高橋と申します。よろしくお願いします。\n高橋 健一",
		gone: []string{"佐々木", "２４９－５５１８２０３－８８１２０７４", "150-0041", "渋谷区", "神南1-19-11", "302", "080-4471-2093", "高橋", "健一"},
		want: []string{"<name>様", Order, Address, Phone, "<name>と申します", "まだ届きません"},
	},
	{
		name: "zh",
		text: "你好，我叫刘晓明，订单号 111-2948817-6630925。请把收货地址改成：广州市天河区体育西路191号2栋1502室，联系电话 139 2200 7781，邮箱 xiaoming.liu@example.cn。谢谢！\n刘晓明",
		gone: []string{"刘晓明", "晓明", "111-2948817-6630925", "体育西路", "191号", "139 2200 7781", "xiaoming.liu"},
		want: []string{"我叫<name>", Order, Address, Phone, Email, "谢谢"},
	},
	{
		name: "zh honorific",
		text: "陈女士您好，包裹到现在还没收到，能帮我查一下吗？",
		gone: []string{"陈女士"},
		want: []string{"<name>女士", "包裹到现在还没收到"},
	},
	{
		name: "email and url",
		text: "see https://photos.example.com/u/8841/broken.jpg or mail me at kai.lund (at) example (dot) se",
		gone: []string{"photos.example.com", "kai.lund", "example (dot) se"},
		want: []string{URL, Email},
	},
	{
		name: "tracking and iban",
		text: "Tracking 1Z84A7E20391847265 shows nothing. Refund to DE44 5001 0517 5407 3249 31 please.",
		gone: []string{"1Z84A7E20391847265", "5407 3249"},
		want: []string{Number, "shows nothing"},
	},
}

func TestScrub(t *testing.T) {
	for _, tc := range scrubCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Scrub(tc.text, tc.known)
			for _, g := range tc.gone {
				if strings.Contains(got, g) {
					t.Errorf("Scrub kept %q:\n%s", g, got)
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("Scrub result lacks %q:\n%s", w, got)
				}
			}
			if again := Scrub(got, tc.known); again != got {
				t.Errorf("Scrub is not idempotent:\nonce  %q\ntwice %q", got, again)
			}
		})
	}
}

// TestScrubKeeps: text without personal data passes unchanged: dates,
// prices, quantities, sizes, product codes and ordinary capitalised words.
func TestScrubKeeps(t *testing.T) {
	for _, text := range []string{
		"I ordered 2 lamps on 12.03.2025 for 1.299,00 EUR and one arrived broken.",
		"Die Rückerstattung über 49,90 € ist noch nicht da. Bitte prüfen Sie das.",
		"Le colis est arrivé le 2025-03-14, taille M, référence B0C4XYZ12Q.",
		"El pedido llegó tarde, 3 días después de lo previsto.",
		"Il prodotto è difettoso: la batteria dura 20 minuti.",
		"注文した商品が2025年3月12日に届きましたが、壊れていました。",
		"我3月12日收到的货，但是坏了，想退货。",
		"Will you send a replacement? May I return it by Monday?",
		"Hello,\nwhere is my parcel?\nThank you",
	} {
		if got := Scrub(text, Known{}); got != text {
			t.Errorf("Scrub(%q) = %q, want it unchanged", text, got)
		}
	}
}

// TestScrubNoPersonalDataSurvives composes messages from pools of names,
// addresses, phone numbers and e-mail addresses in seven languages, with
// the names given the way the relay gives them (display name) or found by
// their context, and checks that none of the personal data is left.
func TestScrubNoPersonalDataSurvives(t *testing.T) {
	type lang struct {
		code      string
		names     []string // first and last name
		addresses []string
		phones    []string
		templates []string // %[1]s name, %[2]s address, %[3]s phone, %[4]s e-mail, %[5]s order id
	}
	langs := []lang{
		{"en", []string{"Margaret Holloway", "Devon Achterberg", "Priya Raman"},
			[]string{"88 Foxglove Lane, Bristol BS7 8EJ", "2210 Juniper Street, Portland, OR 97214", "Flat 4, 19 Marsh Road, Leeds LS6 2QY"},
			[]string{"+44 7700 900461", "(503) 555-0187", "07700 900982"},
			[]string{
				"Hello,\nplease send order %[5]s to %[2]s instead. Call %[3]s or email %[4]s if needed.\nKind regards,\n%[1]s",
				"Dear seller, my name is %[1]s and the parcel for %[5]s never arrived. My number is %[3]s.\nNew address: %[2]s\nThanks",
				"Hi, it's broken. %[4]s / %[3]s\nCheers, %[1]s",
			}},
		{"de", []string{"Jannik Oberländer", "Svenja Tiedemann", "Hartmut Scholz"},
			[]string{"Lerchenweg 12, 79098 Freiburg im Breisgau", "Karl-Marx-Allee 88, 10243 Berlin", "Am Anger 3, 99084 Erfurt"},
			[]string{"0151 23456789", "+49 30 9876543", "089/1234567"},
			[]string{
				"Hallo,\nbitte liefern Sie Bestellung %[5]s an: %[2]s\nTelefon %[3]s, Mail %[4]s\nViele Grüße\n%[1]s",
				"Sehr geehrte Damen und Herren, mein Name ist %[1]s. Neue Adresse: %[2]s. Rückruf unter %[3]s.",
			}},
		{"fr", []string{"Gaëlle Morvan", "Baptiste Lemaire"},
			[]string{"14 avenue Jean Jaurès, 69007 Lyon", "3 impasse des Lilas, 31000 Toulouse"},
			[]string{"06 12 45 78 90", "+33 1 42 68 53 00"},
			[]string{"Bonjour, je suis %[1]s. Commande %[5]s : merci de livrer au %[2]s. Tél %[3]s, courriel %[4]s.\nCordialement,\n%[1]s"}},
		{"es", []string{"Nerea Echeverría", "Marcos Villalobos"},
			[]string{"Calle Serrano 41, 4º B, 28001 Madrid", "Avenida Diagonal 512, 08006 Barcelona"},
			[]string{"612 345 678", "+34 915 555 123"},
			[]string{"Hola, me llamo %[1]s. El pedido %[5]s va a %[2]s. Teléfono: %[3]s. Email: %[4]s. Saludos, %[1]s"}},
		{"it", []string{"Beatrice Marchetti", "Tommaso Ferraris"},
			[]string{"Via Garibaldi 27, 10122 Torino", "Piazza San Marco 4, 30124 Venezia"},
			[]string{"338 765 4321", "+39 06 8841 2290"},
			[]string{"Buongiorno, mi chiamo %[1]s. Ordine %[5]s: il nuovo indirizzo è %[2]s. Cell. %[3]s, email %[4]s.\nDistinti saluti\n%[1]s"}},
		{"ja", []string{"中村 美咲", "小林 大輔"},
			[]string{"〒060-0001 北海道札幌市中央区北一条西2-1", "大阪府大阪市中央区難波5丁目1番60号"},
			[]string{"090-2345-6789", "03-5412-7788"},
			[]string{"%[1]s様\n注文番号%[5]sの届け先を%[2]sに変更してください。電話：%[3]s、メール：%[4]s\n%[1]s"}},
		{"zh", []string{"赵丽华", "孙建国"},
			[]string{"上海市浦东新区张杨路500号", "成都市武侯区人民南路四段12号"},
			[]string{"138 1234 5678", "13912345678"},
			[]string{"你好，我叫%[1]s，订单%[5]s请寄到%[2]s，电话%[3]s，邮箱%[4]s。谢谢\n%[1]s"}},
	}
	n := 0
	for _, l := range langs {
		for i, tpl := range l.templates {
			for j, name := range l.names {
				addr := l.addresses[(i+j)%len(l.addresses)]
				phone := l.phones[(i+j)%len(l.phones)]
				email := fmt.Sprintf("buyer%d.%s@mail.example", j, l.code)
				order := fmt.Sprintf("%03d-%07d-%07d", 302+j, 1234567+i*j, 7654321-j)
				text := fmt.Sprintf(tpl, name, addr, phone, email, order)
				// The relay gives the first name only; the rest is found.
				first := strings.Fields(name)[0]
				if l.code == "zh" {
					first = ""
				}
				got := Scrub(text, Known{Names: []string{first + " - Amazon Marketplace"}})
				n++
				var leaks []string
				for _, part := range append(strings.Fields(name), name, phone, email, order) {
					if strings.Contains(got, part) {
						leaks = append(leaks, part)
					}
				}
				for _, part := range addressParts(addr) {
					if strings.Contains(got, part) {
						leaks = append(leaks, part)
					}
				}
				if len(leaks) > 0 {
					t.Errorf("%s template %d: kept %q in\n%s", l.code, i, leaks, got)
				}
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d messages composed", n)
	}
}

// addressParts are the pieces of an address that identify it: the street
// with its number, the postcode, the block numbers.
func addressParts(addr string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(addr, func(r rune) bool { return r == ',' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	for _, w := range strings.Fields(strings.NewReplacer(",", " ").Replace(addr)) {
		if countDigits(w) >= 2 {
			out = append(out, w)
		}
	}
	return out
}

// FuzzScrub: any input gives valid UTF-8 without a private-use mark left
// over, and the placeholders already in the input survive.
func FuzzScrub(f *testing.F) {
	for _, tc := range scrubCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, isMark) {
			return
		}
		got := Scrub(s, Known{Names: []string{"Anna"}})
		if !utf8.ValidString(got) || strings.ContainsFunc(got, isMark) {
			t.Fatalf("Scrub(%q) = %q: invalid UTF-8 or a mark left", s, got)
		}
		for _, p := range Placeholders() {
			if strings.Contains(s, p) && !strings.Contains(got, p) {
				t.Errorf("Scrub(%q) = %q lost %s", s, got, p)
			}
		}
	})
}
