package mailbox

import "testing"

func TestBuyerText(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want      string
		inMarkers bool
	}{
		{"empty", "", "", false},
		{"no markers", "  Where is my order?  \n", "Where is my order?", false},
		{"message marker", "Order ID: 1\nMessage:\nHello\nthere\n\nView message\nmore", "Hello\nthere", true},
		{"text on marker line", "Message: Hello there\nResolve case", "Hello there", true},
		{"french space before colon", "Message :\nBonjour\nCe service est fourni", "Bonjour", true},
		{"german", "Nachricht:\nHallo\n[Nachricht anzeigen]", "Hallo", true},
		{"japanese", "メッセージ：\nこんにちは\nメッセージを表示", "こんにちは", true},
		{"chinese 消息", "消息:\n你好\n查看消息", "你好", true},
		{"no footer", "Mensaje:\nHola\n", "Hola", true},
		{"photo only", "Message:\n\nView message\n", "", true},
		{"old template", "Order ID 1:\n------------- Begin message -------------\n\nHi\n\n------------- End message -------------\nfooter", "Hi", true},
		{"old template without end", "------------- Begin message -------------\nHi\n", "Hi", true},
		{"quotes not stripped inside markers", "Message:\nyes\n> earlier\nView message", "yes\n> earlier", true},
		{"on wrote", "Thanks!\n\nOn Mon, Mar 3, 2025 at 10:00 AM Shop <s@x> wrote:\n> old", "Thanks!", false},
		{"on wrote wrapped", "Thanks!\nOn Mon, Mar 3, 2025 at 10:00 AM Shop Name <shop@example.com>\nwrote:\n> old", "Thanks!", false},
		{"interleaved quote", "> question?\nanswer\n> question 2?\nanswer 2", "answer\nanswer 2", false},
		{"signature", "Body\n-- \nSig", "Body", false},
		{"original message", "Ok\n-----Original Message-----\nFrom: x", "Ok", false},
		{"outlook block", "Fine\n\nFrom: Shop <s@x>\nSent: Monday\nTo: me\n", "Fine", false},
		{"am schrieb", "Gut\nAm 01.03.2025 um 10:00 schrieb Shop:\n> alt", "Gut", false},
		{"le a écrit", "Oui\nLe lun. 3 mars 2025, Shop a écrit :\n> ancien", "Oui", false},
		{"only a quote", "> all quoted", "> all quoted", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, in, _ := buyerText(tt.text)
			if got != tt.want || in != tt.inMarkers {
				t.Errorf("buyerText(%q) = %q, %v; want %q, %v", tt.text, got, in, tt.want, tt.inMarkers)
			}
		})
	}
}

func TestNoBuyerTextFlag(t *testing.T) {
	m, err := Parse([]byte("From: a@marketplace.amazon.com\r\nSubject: photo\r\n\r\nMessage:\r\n\r\nView message\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !m.HasFlag(FlagNoBuyerText) || m.BuyerText != "" {
		t.Errorf("Parse(photo only) Flags = %q, BuyerText = %q; want %q and empty", m.Flags, m.BuyerText, FlagNoBuyerText)
	}
}
