// Package classify triages buyer messages into the playbook's case types
// (../shared/playbook.md, "Case types") and runs the worker that does so for
// stored messages.
//
// It owns the case taxonomy's rules, the structured-notice recognisers
// (amazon.md §2.2, §2.3, §2.7), the statistical model with its embedded,
// hand-written training examples (examples/*.tsv, one file per language),
// language detection and fact extraction (order ids, a new shipping address,
// Amazon's return reason code, the buyer's name). It does not own SQL (the
// Worker calls store), drafting or sending.
//
// Pipeline of Classify: (1) unparsed messages, auto-replies, seller copies,
// delivery failures, opt-outs, cancellation requests, return authorisations,
// refunds, A-to-z claims and feedback notices are decided by rules with
// confidence 1; (2) other text goes to a multinomial naive Bayes model over
// word unigrams and bigrams, character n-grams (2-4, and 1-4 inside CJK runs,
// so Japanese and Chinese need no segmenter) and multilingual keyword
// "concepts", with uniform class priors and a softmax temperature fitted by
// 5-fold cross-validation on the examples at New; (3) risk cues (legal
// threats, A-to-z or chargeback threats, abuse, review threats) force
// needs_human; (4) language and facts are extracted.
//
// Invariants:
//   - New is deterministic: the same examples give the same model, and the
//     same message gets the same Classification (At aside, which comes from
//     Options.Now).
//   - A Classifier is immutable and safe for concurrent use.
//   - A-to-z claims, unparsed messages, low-confidence verdicts, two strong
//     cases in one message and risk cues are always needs_human, each with a
//     reason in plain words.
//   - Message text is never logged.
//   - Version changes whenever examples, features, cues or rules change.
//   - The shared evaluation data (../shared/data) is read by tests only and
//     was never used to train or tune anything here.
package classify
