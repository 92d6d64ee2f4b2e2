package pii

import (
	"strings"
	"testing"
)

// BenchmarkScrub measures a long buyer message (about 8 KB).
func BenchmarkScrub(b *testing.B) {
	text := strings.Repeat(scrubCases[0].text+"\n"+scrubCases[2].text+"\n", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Scrub(text, Known{Names: []string{"Sarah"}})
	}
}
