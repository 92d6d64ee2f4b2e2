package respond

import "testing"

// TestSpokenPhone: a phone number written in words, in each language,
// blocks as phone_number; amounts, dates, counts and model numbers spelled
// out stay allowed.
func TestSpokenPhone(t *testing.T) {
	var s Settings
	for _, tt := range []struct {
		lang, text string
		phone      bool
	}{
		{"en", "If it still won't pair, ring our support desk on oh-two-oh, eight four one three, oh seven six nine.", true},
		{"en", "Our engineer can guide you: dial six one seven, five five five, zero one nine eight.", true},
		{"en", "Reach Sam on oh seven seven double zero, nine double zero, four five six.", true},
		{"en", "We refunded twenty-four ninety-nine on the third; allow three to five working days.", false},
		{"en", "The clip fits filter sizes one, two and three.", false},
		{"en", "Steps one, two, three, four, five, six and seven are in the manual.", false},
		{"de", "Rufen Sie uns gern an unter null drei null, vier fünf sechs sieben acht neun eins.", true},
		{"de", "Unser Techniker ist unter null vierzig, einundzwanzig dreiundsechzig achtundvierzig erreichbar.", true},
		{"de", "Die Erstattung über neunzehn Euro neunzig ist am zwölften erfolgt; es dauert drei bis fünf Tage.", false},
		{"fr", "Vous pouvez joindre notre technicien au zéro quatre, quatre-vingt-onze, douze, trente, soixante-dix-sept.", true},
		{"fr", "Le remboursement de vingt-neuf euros quatre-vingt-dix a été fait ; comptez trois à cinq jours.", false},
		{"es", "Puede llamarnos al nueve uno, tres dos uno, cuarenta y cinco, sesenta y siete.", true},
		{"es", "Le devolvimos treinta y cuatro euros con noventa; tardará entre tres y cinco días.", false},
		{"it", "Per la configurazione ci può chiamare allo zero due, quarantotto ventuno sessantatré.", true},
		{"it", "Abbiamo rimborsato trentaquattro euro e novanta; ci vorranno da tre a cinque giorni.", false},
		{"ja", "設定についてはゼロロクゼロ、サンニーイチ、ヨンゴーロク、までお電話ください。", true},
		{"ja", "〇三の五五五五の〇一二三までご連絡ください。", true},
		{"ja", "二〇二六年十二月五日に発送いたしました。三日から五日ほどで届きます。", false},
		{"zh", "有问题请拨打一八六 二二三三 四四五五。", true},
		{"zh", "我们已于二〇二六年十二月五日退款一百二十九元，三到五个工作日到账。", false},
		{"zh", "这款风扇一二三档风速都可以调节。", false},
	} {
		got := false
		for _, is := range CheckText(tt.text, CheckOptions{}, s) {
			if is.Rule == RulePhone {
				got = true
			}
		}
		if got != tt.phone {
			t.Errorf("[%s] %q: phone_number %v, want %v", tt.lang, tt.text, got, tt.phone)
		}
	}
}

// TestSpokenValue: number words and their compounds.
func TestSpokenValue(t *testing.T) {
	for w, want := range map[string]string{
		"oh-two-oh": "020", "twenty-one": "21", "vierunddreißig": "34", "trente-quatre": "34",
		"soixante-dix-huit": "78", "quatre-vingt-douze": "92", "vingt-et-un": "21", "trentaquattro": "34",
		"ventuno": "21", "veintidós": "22", "dieciséis": "16", "hello": "", "two-day": "",
	} {
		if got := spokenValue(w); got != want {
			t.Errorf("spokenValue(%q) = %q, want %q", w, got, want)
		}
	}
}
