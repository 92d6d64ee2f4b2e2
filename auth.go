package aftersale

// AuthVerdict is the outcome of reading a message's Authentication-Results:
// the SPF, DKIM and DMARC results its receiving mail server recorded.
type AuthVerdict string

// Authentication verdicts.
const (
	// AuthUnknown: no trusted Authentication-Results field, or only none,
	// neutral, temperror or policy results, or a field that could not be
	// read.
	AuthUnknown AuthVerdict = "unknown"
	// AuthOK: a DKIM or SPF pass for the From domain, and no DMARC fail.
	AuthOK AuthVerdict = "ok"
	// AuthFailed: DMARC failed, or DKIM or SPF failed with no pass for the
	// From domain. The mail may be forged.
	AuthFailed AuthVerdict = "failed"
)

// Auth is the sender-authentication finding kept with a message. Only a
// failure of mail from an Amazon relay or system address is recorded (the
// message then also carries FlagAuthFailed); the zero Auth means nothing
// was found against it.
type Auth struct {
	Verdict AuthVerdict // AuthFailed, or "" when nothing is recorded
	// Detail is the results behind the verdict in a short form,
	// "dkim=fail spf=softfail dmarc=fail"; a pass for another domain than
	// the sender's shows that domain, "dkim=pass(evil.example)".
	Detail string
}

// Failed reports whether the sender authentication of the message failed.
func (a Auth) Failed() bool { return a.Verdict == AuthFailed }

// FlagAuthFailed is the parse flag of mail from an Amazon relay or system
// address whose sender authentication failed (Message.Auth holds the
// results): it may be forged. It is kept and parsed, and its draft always
// needs a person.
const FlagAuthFailed = "auth_failed"

// AuthFailure reports whether m's sender authentication failed, with the
// results behind it ("dkim=fail spf=fail"; "" when none were recorded).
// A message flagged FlagAuthFailed counts even without a recorded Auth.
func (m Message) AuthFailure() (detail string, failed bool) {
	if !m.Auth.Failed() && !m.HasFlag(FlagAuthFailed) {
		return "", false
	}
	return m.Auth.Detail, true
}
