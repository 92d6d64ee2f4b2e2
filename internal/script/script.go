// Package script counts the writing systems in a text, which is how both
// the classifier (buyer mail) and the policy check (replies) tell Japanese,
// Chinese and Korean from Latin-script languages before any word-based
// detection.
package script

import "unicode"

// Counts is how many letters of each kind a text holds.
type Counts struct {
	Kana   int // Hiragana and Katakana: Japanese
	Han    int // CJK ideographs: Chinese, or Japanese with kana
	Hangul int // Korean
	Other  int // every other letter (Latin, Cyrillic, ...)
}

// firstCJK is the least rune of Hiragana, Katakana, Han and Hangul (the
// first Hangul Jamo).
const firstCJK = 0x1100

// Count counts the letters of text by script.
func Count(text string) Counts {
	var c Counts
	for _, r := range text {
		if r < firstCJK { // no table lookups for Latin and most other text
			if unicode.IsLetter(r) {
				c.Other++
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			c.Kana++
		case unicode.Is(unicode.Han, r):
			c.Han++
		case unicode.Is(unicode.Hangul, r):
			c.Hangul++
		case unicode.IsLetter(r):
			c.Other++
		}
	}
	return c
}

// WordIndex inverts per-language lists of function words: each word maps to
// the languages that use it (in no particular order), for voting on a
// text's language.
func WordIndex(byLang map[string][]string) map[string][]string {
	idx := map[string][]string{}
	for lang, ws := range byLang {
		for _, w := range ws {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}
