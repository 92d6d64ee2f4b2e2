// Package pii replaces personal data in a buyer's words with placeholders,
// so that the words can be kept as a training example after the message
// itself is purged (the data-protection retention) and shared with others.
//
// Scrub is a pure function: no I/O, no state, deterministic. It replaces
//
//   - e-mail addresses with <email> and web addresses with <url>;
//   - Amazon order ids (3-7-7, also in full-width digits) with <order>;
//   - phone numbers with <phone>, and other long numbers (tracking numbers,
//     bank accounts, card numbers) with <number>;
//   - street addresses, postcodes with their town, and Japanese and Chinese
//     addresses with <address>;
//   - names with <name>: the names the caller knows (Known: the relay's
//     display name, the name the classifier read from the signature), and
//     names found by their context in English, German, French, Spanish,
//     Italian, Japanese and Chinese (after a title such as "Mr", "Frau",
//     "Mme", "Sra", "Sig.ra", before 様, さん, 先生 or 女士; in a greeting;
//     after "my name is" and its translations; in a sign-off or a closing
//     signature line), and common first names in any position.
//
// It does not find a name it has no clue for: a surname alone in the middle
// of a sentence, written without a title, is kept. Placeholders are never
// changed again; Scrub(Scrub(s)) == Scrub(s) for mail as buyers write it.
//
// It owns no storage and logs nothing; callers decide what to keep. The
// corrections a seller makes to the classifier's verdicts are kept through
// it (store.Correction, classify.Learner).
package pii
