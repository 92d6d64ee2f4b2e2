package report

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/store"
)

func TestCheckChoice(t *testing.T) {
	for _, tc := range []struct {
		name   string
		values []string
		bad    string
	}{
		{"case", []string{"return_unwanted", ""}, ""},
		{"case", []string{"Return_Unwanted", "nonsense"}, "nonsense"},
		{"state", []string{"proposed", "phishing"}, ""},
		{"state", []string{"nope"}, "nope"},
		{"marketplace", []string{"amazon.de", "DE", " co.uk "}, ""},
		{"marketplace", []string{"amazon.xx"}, "amazon.xx"},
	} {
		bad, valid := CheckChoice(tc.name, tc.values)
		if bad != tc.bad || len(valid) == 0 {
			t.Errorf("CheckChoice(%q, %q) = %q, %d valid; want %q", tc.name, tc.values, bad, len(valid), tc.bad)
		}
	}
	if d := MarketplaceDomains(); len(d) == 0 || !strings.HasPrefix(d[0], "amazon.") {
		t.Errorf("MarketplaceDomains() = %q", d)
	}
}

func TestFiltersAreUsageErrors(t *testing.T) {
	if _, err := OrderFilter("lost", "", 0); !errors.As(err, new(UsageError)) {
		t.Errorf("OrderFilter(lost): %v, want a UsageError", err)
	}
	if f, err := OrderFilter("shipped", "amazon.de", 5); err != nil || f.Status != aftersale.StatusShipped || f.Limit != 5 {
		t.Errorf("OrderFilter(shipped) = %+v, %v", f, err)
	}
	if _, err := CorrectionFilter("de", "nonsense"); !errors.As(err, new(UsageError)) || !strings.HasPrefix(err.Error(), "--case: ") {
		t.Errorf("CorrectionFilter(nonsense): %v", err)
	}
	if f, err := CorrectionFilter("DE", ""); err != nil || f.Language != "de" {
		t.Errorf("CorrectionFilter(DE) = %+v, %v", f, err)
	}
	if err := DeleteCorrections(context.Background(), []string{"0"}, nil, &bytes.Buffer{}); !errors.As(err, new(UsageError)) {
		t.Errorf("DeleteCorrections(0): %v", err)
	}
}

func TestRetention(t *testing.T) {
	cfg := &config.Config{Retention: 10 * 24 * time.Hour}
	for _, tc := range []struct {
		cfg  *config.Config
		days int
		set  bool
		want time.Duration
	}{
		{nil, 0, false, store.DefaultRetention},
		{cfg, 0, false, cfg.Retention},
		{cfg, 3, true, 3 * 24 * time.Hour},
	} {
		if got, err := Retention(tc.cfg, tc.days, tc.set); err != nil || got != tc.want {
			t.Errorf("Retention(%v, %d, %v) = %v, %v; want %v", tc.cfg != nil, tc.days, tc.set, got, err, tc.want)
		}
	}
	if _, err := Retention(cfg, 0, true); !errors.As(err, new(UsageError)) {
		t.Errorf("Retention(--days 0): %v, want a UsageError", err)
	}
}

func TestImportCorrectionsDryRun(t *testing.T) {
	var out, bad bytes.Buffer
	in := CorrectionsImport{Files: []string{"-"}, Stdin: strings.NewReader("# language: de\nreturn_unwanted\t\tIch möchte es zurückgeben\n"),
		Who: "test", DryRun: true}
	if err := ImportCorrections(context.Background(), in, nil, &out, &bad); err != nil {
		t.Fatal(err, bad.String())
	}
	if got := out.String(); got != "1 corrections read; nothing imported (--dry-run)\n" {
		t.Errorf("out = %q", got)
	}
	in.Language = "german"
	if err := ImportCorrections(context.Background(), in, nil, &out, &bad); !errors.As(err, new(UsageError)) {
		t.Errorf("--language german: %v, want a UsageError", err)
	}
}

func TestOpenStoreWithoutPath(t *testing.T) {
	if _, err := OpenStore(context.Background(), "", nil, false, time.Now); !errors.Is(err, ErrNoStore) {
		t.Errorf("OpenStore without path or config: %v", err)
	}
	_, err := OpenStore(context.Background(), t.TempDir()+"/missing.db", nil, false, time.Now)
	if !errors.Is(err, store.ErrNoDatabase) {
		t.Errorf("OpenStore of a missing file: %v", err)
	}
}
