package mailbox

import "testing"

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		html, want string
	}{
		{"", ""},
		{"<p>Hello</p><p>World</p>", "Hello\n\nWorld"},
		{"Hello<br>World", "Hello\nWorld"},
		{"<div>a</div><div>b</div>", "a\nb"},
		{"<b>bold</b> and <i>it</i>", "bold and it"},
		{"Hello <b>world</b>!", "Hello world!"},
		{"<table><tr><td>1</td><td>B0ABCDEFGH</td></tr></table>", "1 B0ABCDEFGH"},
		{"<ul><li>one</li><li>two</li></ul>", "- one\n- two"},
		{"<style>p{}</style><script>x()</script><p>seen</p>", "seen"},
		{"<html><head><meta charset=utf-8><title>T</title></head><body>body", "body"},
		{"<p>a &amp; b &lt;c&gt; &euro;</p>", "a & b <c> €"},
		{"<pre>  keep\n  spaces</pre>", "keep\n  spaces"},
		{"<img alt=\"photo\" src=x>", "photo"},
		{"unclosed <p>tags <div>everywhere", "unclosed\n\ntags\neverywhere"},
		{"   lots   of\n\n  space  ", "lots of space"},
	}
	for _, tt := range tests {
		if got := htmlToText(tt.html); got != tt.want {
			t.Errorf("htmlToText(%q) = %q, want %q", tt.html, got, tt.want)
		}
	}
}
