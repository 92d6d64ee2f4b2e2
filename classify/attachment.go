package classify

import (
	"strings"

	"github.com/aftersale/aftersale"
)

// A buyer sometimes writes nothing, or next to nothing ("see attached"),
// and lets an attachment speak: a photo of what arrived, or the model
// withdrawal form of EU consumer law, filled in. The relay keeps the
// attachment's file name (mailbox notes it in Message.Attachments), and the
// name is evidence of the case when the words are missing. It is weak
// evidence: the verdict always needs a person.

// attachmentCue is a kind of attachment and the case it suggests.
type attachmentCue struct {
	c     aftersale.Case
	sub   aftersale.SubReason
	what  string   // what the attachment is, for the reason shown to the seller
	stems []string // folded, matched anywhere in the file name
}

// attachmentCues are tried in order; the first that a file name holds wins.
// The playbook is silent on attachments; reading a form as the wish to
// return the item, and a file named as damage or the wrong item as that
// complaint, is our choice, always for a person to check.
// Stems are written without diacritics too, as file names often drop them.
var attachmentCues = []attachmentCue{
	{aftersale.CaseReturnUnwanted, aftersale.SubNone, "a return or withdrawal form", []string{
		// en
		"withdrawal", "return_form", "return-form", "returnform", "return form", "returns_form",
		// de
		"widerruf", "retourenschein", "retoure", "ruecksend", "rücksend", "rueckgabe", "rückgabe",
		// fr
		"retractation", "rétractation", "formulaire_de_retour", "formulaire-de-retour", "bon_de_retour", "bon-de-retour",
		// es, pt
		"desistimiento", "devolucion", "devolución", "devolucao", "devolução", "desistencia", "desistência", "arrependimento",
		// it
		"recesso", "modulo_reso", "modulo-reso", "modulo di reso",
		// nl
		"herroeping", "retourformulier", "retour_formulier", "retourbon",
		// pl
		"odstapien", "odstąpien", "formularz_zwrotu", "formularz-zwrotu", "formularz zwrotu", "zwrot",
		// tr
		"cayma", "iade_formu", "iade-formu", "iade formu", "iadeformu",
		// sv
		"angerblankett", "ångerblankett", "angerratt", "ångerrätt", "returblankett", "retursedel",
		// ja, zh
		"返品", "退货", "退貨", "退换",
	}},
	{aftersale.CaseReturnDissatisfied, aftersale.SubDamaged, "a photo or file named as damage", []string{
		"damage", "broken", "crack", "shatter", "kaputt", "beschaedig", "beschädig", "bruch", "casse", "endommag",
		"rotto", "rotta", "danneg", "dañad", "danad", "quebrad", "danificad", "uszkodz", "zepsut",
		"pekniet", "pęknięt", "hasar", "kirik", "kırık", "trasig", "skadad", "sönder", "kapot", "beschadig",
		"破損", "破损", "损坏", "壊れ", "割れ",
	}},
	{aftersale.CaseReturnDissatisfied, aftersale.SubWrongItem, "a photo or file named as the wrong item", []string{
		"wrong_item", "wrong-item", "wrongitem", "wrong item", "falscher_artikel", "falscher-artikel", "falsche_ware",
		"mauvais_article", "articolo_sbagliato", "articulo_equivocado", "artículo_equivocado", "verkeerd_artikel",
		"zly_produkt", "zły_produkt", "yanlis_urun", "yanlış_ürün", "fel_vara", "間違い", "发错", "錯誤",
	}},
}

// attachmentCase returns the case that the attachments' names suggest,
// with what they are; ok is false when they suggest none. A picture with
// no telling name ("IMG_0412.png") suggests none: it may show damage, the
// wrong item, or the item at home with a thank-you, and a person looks.
func attachmentCase(names []string) (c aftersale.Case, sub aftersale.SubReason, what string, ok bool) {
	for _, cue := range attachmentCues {
		for _, n := range names {
			l := strings.ToLower(n)
			for _, s := range cue.stems {
				if strings.Contains(l, s) {
					return cue.c, cue.sub, cue.what, true
				}
			}
		}
	}
	return "", "", "", false
}

// attachmentConfidence is the confidence of a verdict that rests on an
// attachment's name or kind alone: under DefaultMinConfidence, so that
// it needs a person, and never in the band that is expected to be right
// nearly always.
const attachmentConfidence = 0.5

// maxNoteWords is the most words a note beside an attachment may have
// ("see attached", "Formular anbei") for an attachment's name to decide
// the case when the model reads no case, or no confident one, in them.
const maxNoteWords = 6

// attachmentVerdict gives cl the case that its attachments' names
// suggest, at attachmentConfidence and needing a person; otherwise cl is
// unchanged.
func attachmentVerdict(cl *aftersale.Classification, names []string) {
	c, sub, what, ok := attachmentCase(names)
	if !ok {
		return
	}
	cl.Case, cl.SubReason, cl.Confidence = c, sub, attachmentConfidence
	cl.NeedsHuman = true
	cl.Reasons = append(cl.Reasons, "read from the attachment's name alone ("+what+"): check it before replying")
}
