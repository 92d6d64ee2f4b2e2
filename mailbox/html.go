package mailbox

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText converts an HTML body into readable plain text: block elements
// and <br> become line breaks, table cells are separated by a space, list
// items get "- ", script/style/head content is dropped, entities are decoded
// and runs of white space collapse as a browser would collapse them.
//
// github.com/jaytaylor/html2text, the library first chosen, does not compile
// against the tablewriter v1 this module requires, so this small converter
// on golang.org/x/net/html's tokenizer (linear time, never fails) replaces it.
func htmlToText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0      // depth inside script/style/title
	pre := 0       // depth inside <pre>
	space := false // a collapsed space is pending
	newline := func(n int) {
		space = false
		str := b.String()
		have := len(str) - len(strings.TrimRight(str, "\n"))
		if b.Len() == 0 {
			return
		}
		for ; have < n; have++ {
			b.WriteByte('\n')
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return strings.TrimSpace(b.String())
		case html.TextToken:
			if skip > 0 {
				continue
			}
			text := string(z.Text())
			if pre > 0 {
				b.WriteString(text)
				continue
			}
			for i, f := range strings.Fields(text) {
				if (i > 0 || space || startsWithSpace(text)) && b.Len() > 0 && !endsWithNewline(&b) {
					b.WriteByte(' ')
				}
				b.WriteString(f)
				space = false
			}
			if endsWithSpace(text) {
				space = true
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt != html.EndTagToken
			switch a {
			case atom.Script, atom.Style, atom.Title, atom.Noscript, atom.Template:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Pre:
				if tt == html.StartTagToken {
					pre++
				} else if tt == html.EndTagToken && pre > 0 {
					pre--
				}
				newline(1)
			case atom.Br:
				b.WriteByte('\n')
				space = false
			case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Hr, atom.Table:
				newline(2)
			case atom.Div, atom.Tr, atom.Ul, atom.Ol, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Dl, atom.Dt, atom.Dd, atom.Center, atom.Form:
				newline(1)
			case atom.Li:
				newline(1)
				if start {
					b.WriteString("- ")
				}
			case atom.Td, atom.Th:
				if start && b.Len() > 0 && !endsWithNewline(&b) {
					b.WriteByte(' ')
				}
			case atom.Img:
				if alt, ok := attr(z, "alt"); ok && skip == 0 && strings.TrimSpace(alt) != "" {
					if b.Len() > 0 && !endsWithNewline(&b) {
						b.WriteByte(' ')
					}
					b.WriteString(strings.TrimSpace(alt))
				}
			}
		}
	}
}

func attr(z *html.Tokenizer, key string) (string, bool) {
	for {
		k, v, more := z.TagAttr()
		if string(k) == key {
			return string(v), true
		}
		if !more {
			return "", false
		}
	}
}

func startsWithSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\r\n\f", rune(s[0]))
}

func endsWithSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\r\n\f", rune(s[len(s)-1]))
}

func endsWithNewline(b *strings.Builder) bool {
	s := b.String()
	return s != "" && s[len(s)-1] == '\n'
}
