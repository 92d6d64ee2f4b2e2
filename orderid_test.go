package aftersale

import (
	"slices"
	"testing"
)

func TestOrderIDs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Order: 302-5518472-1190356.", []string{"302-5518472-1190356"}},
		{"注文番号３０２－５５１８４７２－１１９０３５６です", []string{"302-5518472-1190356"}},
		{"302‐5518472‐1190356 and 302–5518472–1190356", []string{"302-5518472-1190356"}},
		{"a302-5518472-1190356b", []string{"302-5518472-1190356"}},
		{"1302-5518472-1190356", nil},
		{"302-5518472-11903561", nil},
		{"302-5518472-1190356９", nil},
		{"12-302-5518472-1190356", []string{"302-5518472-1190356"}},
		{"302-5518472-1190356-111-2222222-3333333", []string{"302-5518472-1190356", "111-2222222-3333333"}},
		{"302 5518472 1190356", nil},
		{"no ids here", nil},
	}
	for _, tt := range tests {
		if got := OrderIDs(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("OrderIDs(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := HasOrderID(tt.in); got != (tt.want != nil) {
			t.Errorf("HasOrderID(%q) = %v", tt.in, got)
		}
	}
	if got := OrderIDs("111-2222222-3333333", "x 302-5518472-1190356 111-2222222-3333333"); !slices.Equal(got, []string{"111-2222222-3333333", "302-5518472-1190356"}) {
		t.Errorf("OrderIDs over two texts = %q", got)
	}
}

func TestScanOrderIDsSpans(t *testing.T) {
	s := "x ３０２－５５１８４７２－１１９０３５６ y"
	var spans [][2]int
	ScanOrderIDs(s, func(i, j int, id string) {
		spans = append(spans, [2]int{i, j})
		if id != "302-5518472-1190356" {
			t.Errorf("id %q", id)
		}
	})
	if len(spans) != 1 || s[:spans[0][0]] != "x " || s[spans[0][1]:] != " y" {
		t.Errorf("spans %v in %q", spans, s)
	}
}

func FuzzScanOrderIDs(f *testing.F) {
	f.Add("302-5518472-1190356")
	f.Add("３０２－５５１８４７２－１１９０３５６")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		ScanOrderIDs(s, func(i, j int, id string) {
			if i < last || j <= i || j > len(s) || !ValidOrderID(id) {
				t.Fatalf("span %d:%d (after %d) id %q in %q", i, j, last, id, s)
			}
			last = j
		})
	})
}

// TestScanOrderIDs holds the cases of the classifier's former scanner.
func TestScanOrderIDs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Order: 111-2222222-3333333", []string{"111-2222222-3333333"}},
		{"111-2222222-3333333,204-1111111-2222222.", []string{"111-2222222-3333333", "204-1111111-2222222"}},
		{"9111-2222222-3333333 and 111-2222222-33333334", nil}, // part of longer digit runs
		{"11-2222222-3333333 111-222222-3333333 111-2222222-333333", nil},
		{"tel 555-1234, ref 12-34", nil},
		{"注文番号111-2222222-3333333です", []string{"111-2222222-3333333"}},
		{"-111-2222222-3333333-", []string{"111-2222222-3333333"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		ScanOrderIDs(tt.in, func(i, j int, _ string) { got = append(got, tt.in[i:j]) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("ScanOrderIDs(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if HasOrderID(tt.in) != (len(tt.want) > 0) {
			t.Errorf("HasOrderID(%q) = %v, want %v", tt.in, !(len(tt.want) > 0), len(tt.want) > 0)
		}
	}
}
