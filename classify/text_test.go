package classify

import (
	"slices"
	"testing"
)

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
		scanOrderIDs(tt.in, func(i, j int) { got = append(got, tt.in[i:j]) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("scanOrderIDs(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if hasOrderID(tt.in) != (len(tt.want) > 0) {
			t.Errorf("hasOrderID(%q) = %v, want %v", tt.in, !(len(tt.want) > 0), len(tt.want) > 0)
		}
	}
}
