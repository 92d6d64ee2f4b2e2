package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
)

// givenLines describes what a buyer's message already gave, one fact a
// line; none when it gives nothing.
func givenLines(g aftersale.Given) []string {
	var out []string
	q := func(s string) string { return "“" + truncate(strings.Join(strings.Fields(s), " "), 80) + "”" }
	if g.Symptom != "" {
		out = append(out, "symptom: "+q(g.Symptom))
	}
	if g.MissingPart != "" {
		s := "missing part: " + g.MissingPart
		if g.MissingCount > 0 {
			s += fmt.Sprintf(" ×%d", g.MissingCount)
		}
		out = append(out, s)
	}
	switch {
	case g.Video:
		out = append(out, "a video (or photo) attached")
	case g.Photo:
		out = append(out, "a photo attached")
	}
	var v []string
	for _, p := range [][2]string{{"ordered", g.Ordered}, {"received", g.Received}, {"wants", g.Wanted}} {
		if p[1] != "" {
			v = append(v, p[0]+" "+p[1])
		}
	}
	if len(v) > 0 {
		out = append(out, "variant: "+strings.Join(v, ", "))
	}
	if g.Reason != "" {
		out = append(out, "reason: "+q(g.Reason))
	}
	switch g.Keep {
	case "yes":
		out = append(out, "would keep the item")
	case "no":
		out = append(out, "will not keep the item")
	}
	return out
}

func askWords(as []aftersale.Ask) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = string(a)
	}
	return out
}

// planJSON is the plan in queue show --json.
type planJSON struct {
	Action    string    `json:"action"`   // the action Decide chooses now
	Asks      []string  `json:"asks"`     // what the buyer asks for
	Given     []string  `json:"given"`    // what the message already gave
	Offers    []string  `json:"offers"`   // what the reply offers
	Requests  []string  `json:"requests"` // what it asks the buyer for
	States    []string  `json:"states"`   // the facts it states
	Why       []string  `json:"why"`      // why, a line each
	Differs   bool      `json:"differs"`  // the draft was made with another action
	DecidedAt time.Time `json:"decided_at"`
}

// showPlan decides the draft's message again, as the drafter did when the
// draft was made (at its creation time, with today's order record and
// settings), to show why the reply says what it says.
func showPlan(d aftersale.Draft, m aftersale.Message, cl aftersale.Classification, o aftersale.Order, s respond.Settings) (respond.Decision, planJSON) {
	at := d.CreatedAt
	if at.IsZero() {
		at = time.Now()
	}
	dec := respond.Decide(respond.Input{Message: m, Class: cl, Order: o, Now: at}, s)
	p := planJSON{
		Action: dec.Action, Asks: nonNil(askWords(cl.Facts.Asks)), Given: nonNil(givenLines(cl.Facts.Given)),
		Offers: nonNil(words(dec.Plan.Offers)), Requests: nonNil(words(dec.Plan.Requests)),
		States: nonNil(dec.Plan.States), Why: nonNil(dec.Plan.Why), Differs: dec.Action != d.Action, DecidedAt: at.UTC(),
	}
	return dec, p
}

// printPlan prints the plan section of queue show.
func printPlan(w io.Writer, d aftersale.Draft, p planJSON) {
	fmt.Fprintln(w, "── Plan: why the reply says this ──")
	row := func(k string, vs []string) {
		v := "-"
		if len(vs) > 0 {
			v = strings.Join(vs, ", ")
		}
		fmt.Fprintf(w, "%-12s%s\n", k+":", v)
	}
	row("Buyer asks", p.Asks)
	if len(p.Given) == 0 {
		row("Buyer gave", nil)
	}
	for i, g := range p.Given {
		k := ""
		if i == 0 {
			k = "Buyer gave:"
		}
		fmt.Fprintf(w, "%-12s%s\n", k, g)
	}
	row("Offers", p.Offers)
	row("Asks buyer", p.Requests)
	row("States", p.States)
	for _, y := range p.Why {
		fmt.Fprintf(w, "  - %s\n", y)
	}
	if p.Differs {
		fmt.Fprintf(w, "Note: with today's order record and settings the decision would be %s; the draft was made as %s.\n", p.Action, d.Action)
	}
}
