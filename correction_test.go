package aftersale

import (
	"errors"
	"testing"
)

func TestCorrectionValidate(t *testing.T) {
	ok := Correction{Text: "where is my parcel", Language: "en", Case: CaseShippingInquiry, Source: CorrectionReclassify, By: "anna"}
	if err := ok.Validate(); err != nil {
		t.Fatalf("Validate(%+v) = %v, want nil", ok, err)
	}
	sub := ok
	sub.Case, sub.SubReason = CaseReturnDissatisfied, SubDamaged
	if err := sub.Validate(); err != nil {
		t.Errorf("Validate(return_dissatisfied/damaged) = %v, want nil", err)
	}
	bad := []func(*Correction){
		func(c *Correction) { c.Text = "  " },
		func(c *Correction) { c.Language = "" },
		func(c *Correction) { c.Language = "deu" },
		func(c *Correction) { c.Case = "lost" },
		func(c *Correction) { c.SubReason = "broken" },
		func(c *Correction) { c.SubReason = SubDamaged }, // not return_dissatisfied
		func(c *Correction) { c.Previous = "lost" },
		func(c *Correction) { c.Source = "guess" },
		func(c *Correction) { c.By = "" },
	}
	for i, f := range bad {
		c := ok
		f(&c)
		if err := c.Validate(); !errors.Is(err, ErrInvalid) {
			t.Errorf("case %d: Validate(%+v) = %v, want ErrInvalid", i, c, err)
		}
	}
}
