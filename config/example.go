package config

import "strings"

// exampleSection is one table of the example config: its documentation,
// its header ("[store]", "[[account]]") and its keys. Off shows the whole
// section commented out (an optional feature).
type exampleSection struct {
	Doc    []string
	Header string
	Off    bool
	Keys   []exampleKey
}

// exampleKey is one documented setting: Value is TOML as written; Off
// shows it commented out (optional, or an alternative); Note is a comment
// after the value.
type exampleKey struct {
	Doc   []string
	Key   string
	Value string
	Off   bool
	Note  string
}

// noteColumn is where a key's Note starts.
const noteColumn = 29

// Example returns the documented example config: every setting the file
// format has, with an example value or its default and what it does.
// configs/aftersale.example.toml is its output ("aftersale config
// example"); a test keeps the two equal and checks that every setting
// of the file format is in it.
func Example() string {
	var b strings.Builder
	comment := func(lines []string) {
		for _, l := range lines {
			if l == "" {
				b.WriteString("#\n")
				continue
			}
			b.WriteString("# " + l + "\n")
		}
	}
	comment(exampleHeader)
	for _, s := range exampleSections {
		b.WriteString("\n")
		comment(s.Doc)
		if s.Off {
			b.WriteString("# ")
		}
		b.WriteString(s.Header + "\n")
		for _, k := range s.Keys {
			comment(k.Doc)
			line := k.Key + " = " + k.Value
			if k.Off || s.Off {
				line = "# " + line
			}
			if k.Note != "" {
				line += strings.Repeat(" ", max(1, noteColumn-len(line))) + "# " + k.Note
			}
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// exampleHeader opens the example config.
var exampleHeader = []string{
	"aftersale configuration (TOML).",
	"",
	"Check a file with:   aftersale config check FILE",
	"Print this example:  aftersale config example",
	"",
	"Unknown keys are errors, reported with file:line. Relative paths are",
	"resolved against the directory of this file. Passwords are never written",
	"here: every credential takes exactly one of password_file, password_env or",
	"password_command.",
}

// exampleSections is the documented example config, section by section.
var exampleSections = []exampleSection{
	{
		Header: "[store]",
		Keys: []exampleKey{
			{Doc: []string{"The SQLite database: messages, orders, drafts, the outbox and the sent log."}, Key: "path", Value: "\"/var/lib/aftersale/aftersale.db\""},
		},
	},
	{
		Header: "[log]",
		Keys: []exampleKey{
			{Doc: []string{"debug, info, warn or error. $AFTERSALE_LOG_LEVEL overrides it."}, Key: "level", Value: "\"info\""},
			{Doc: []string{"auto (text on a terminal, JSON otherwise), text or json."}, Key: "format", Value: "\"auto\""},
		},
	},
	{
		Header: "[seller]",
		Keys: []exampleKey{
			{Doc: []string{"Used in drafted replies. The closing (\"Kind regards,\" in the buyer's", "language) comes from the template; signature is what stands under it."}, Key: "name", Value: "\"Example Store\""},
			{Key: "signature", Value: "\"The Example Store team\""},
			{Doc: []string{"Your own language: every draft is also rendered in it, so you can approve", "a German reply knowing what it says."}, Key: "language", Value: "\"en\""},
			{Doc: []string{"Item value (per currency) under which reshipping a unit is cheaper than a", "dispute (playbook: address_change, shipped). Currencies missing here never", "get a reship offer."}, Key: "reship_threshold", Value: "{ EUR = \"30.00\", GBP = \"25.00\", USD = \"30.00\", JPY = \"4000\" }"},
			{Doc: []string{"The guide's \"update the address\" route for unshipped FBM orders. Amazon's", "rule is to ship only to the order's address (cancel and reorder), so it is", "off by default."}, Key: "allow_address_update", Value: "false"},
			{Doc: []string{"Replies offer to send a replacement (the right size or colour, a new unit)", "or the missing parts when the buyer asks, and you ship them (a reship or", "ship_parts task). Set to true if you never ship those yourself: replies", "then offer a return or a refund instead."}, Key: "no_replacements", Value: "false"},
			{Doc: []string{"Link domains a draft may contain without being blocked (Amazon forbids", "links to other sites)."}, Key: "allowed_link_domains", Value: "[\"amazon.com\", \"amazon.co.uk\", \"amazon.de\"]"},
			{Doc: []string{"Your own reply templates, laid over the built-in ones (en, de, fr, es, it,", "ja, zh): <dir>/<lang>/<action>.tmpl and <dir>/<lang>/layout.tmpl, same", "names as in the source (respond/templates). Checked at start-up: a broken", "template stops the daemon with its file:line. \"aftersale lint FILE\" checks", "a template's text against Amazon's messaging rules."}, Key: "templates_dir", Value: "\"/etc/aftersale/templates\"", Off: true},
			{Doc: []string{"Days you do not work, skipped like weekends when a task is due in business", "days (Amazon: refund an FBM return within two business days of receiving it)."}, Key: "holidays", Value: "[\"2026-12-24\", \"2026-12-25\", \"2026-12-31\", \"2027-01-01\"]", Off: true},
		},
	},
	{
		Header: "[classify]",
		Keys: []exampleKey{
			{Doc: []string{"Below this confidence a message is flagged \"needs human\"."}, Key: "min_confidence", Value: "0.55"},
		},
	},
	{
		Doc: []string{
			"One [[account]] per mailbox that receives Amazon buyer mail.",
		},
		Header: "[[account]]",
		Keys: []exampleKey{
			{Key: "name", Value: "\"main\""},
			{Key: "host", Value: "\"imap.example.com\""},
			{Doc: []string{"tls (implicit TLS, port 993), starttls (port 143) or plain (only for a", "server on this machine). Certificates are always verified."}, Key: "tls", Value: "\"tls\""},
			{Key: "port", Value: "993"},
			{Key: "username", Value: "\"seller@example.com\""},
			{Doc: []string{"Under systemd: LoadCredential=imap-password:/etc/aftersale/imap-password"}, Key: "password_file", Value: "\"/run/credentials/aftersale.service/imap-password\""},
			{Key: "password_env", Value: "\"AFTERSALE_IMAP_PASSWORD\"", Off: true},
			{Key: "password_command", Value: "[\"pass\", \"show\", \"mail/imap\"]", Off: true},
			{Doc: []string{"A private CA for the server's certificate (PEM)."}, Key: "ca_file", Value: "\"/etc/aftersale/ca.pem\"", Off: true},
			{Doc: []string{"Testing only: accept any certificate (prefer ca_file)."}, Key: "insecure_skip_verify", Value: "false", Off: true},
			{Key: "folders", Value: "[\"INBOX\"]"},
			{Doc: []string{"Re-check interval; new mail arrives at once where the server offers IDLE."}, Key: "poll_interval", Value: "\"1m\""},
			{Key: "idle", Value: "true"},
			{Doc: []string{"First run only: \"all\", \"new\" (only mail arriving from now on), a duration", "(\"7d\": the last seven days) or a date (\"2026-11-01\"). Keeps a big mailbox", "from turning into thousands of drafts."}, Key: "start_from", Value: "\"7d\""},
			{Doc: []string{"Larger mail is stored as headers only and flagged."}, Key: "max_message_size", Value: "\"25MB\""},
			{Doc: []string{"Gmail and Microsoft 365 take no passwords: log in with XOAUTH2 instead,", "using the access token a command prints (e.g. oama, or a script around", "your OAuth client). Replaces the password_* setting."}, Key: "oauth2_token_command", Value: "[\"oama\", \"access\", \"seller@example.com\"]", Off: true},
			{Doc: []string{"After a message is stored, optionally tag it with an IMAP keyword and/or", "move it to a folder (the folder must exist). Off by default; nothing is", "ever deleted."}, Key: "mark_keyword", Value: "\"$Triaged\"", Off: true},
			{Key: "move_to", Value: "\"Amazon/Triaged\"", Off: true},
			{Doc: []string{"File a copy of each reply sent into this folder, so that it shows in your", "mail client's Sent folder. Off by default. The folder must exist (its name", "depends on the server: \"Sent\", \"Sent Items\", \"[Gmail]/Sent Mail\"); only", "replies sent after it is first enabled are copied, each once."}, Key: "sent_folder", Value: "\"Sent\"", Off: true},
			{Doc: []string{"Mail from an Amazon relay or system address that fails sender", "authentication (SPF, DKIM or DMARC, as your mail server recorded it in the", "Authentication-Results header) may be forged: it is kept, drafted as", "\"needs a human\" and never auto-approved. By default only the topmost", "Authentication-Results header (the one your server added) is read. If", "your server records its results in several such headers, name it here to", "read all of its headers and no other's (a name or a list of names): the", "name before the first \";\" of the header. Only if the server removes", "headers carrying its own name from incoming mail, as RFC 8601 asks:", "otherwise a forger can add one that passes."}, Key: "authserv_id", Value: "\"mx.example.com\"", Off: true},
			{Doc: []string{"Mail that neither comes through Amazon's relay (…@marketplace.amazon.<tld>)", "nor from an Amazon system address (bounces, newsletters, vendors, personal", "mail, phishing) is stored and counted as not_buyer_mail, and never", "drafted. If buyers also write to this mailbox from their own address", "(found on your web shop, or on a card in the parcel), set this: such mail", "naming an order id that is in your orders (\"aftersale orders import\") is", "then triaged and drafted, to the sender's address, always for you to read", "first. Off by default."}, Key: "direct_buyer_mail", Value: "false", Off: true},
		},
	},
	{
		Header: "[smtp]",
		Keys: []exampleKey{
			{Doc: []string{"The server replies are sent through. Without [smtp] host, approved replies", "wait in the outbox."}, Key: "host", Value: "\"smtp.example.com\""},
			{Doc: []string{"tls (port 465), starttls (port 587) or plain (port 25, this machine only)."}, Key: "tls", Value: "\"starttls\""},
			{Key: "port", Value: "587"},
			{Key: "username", Value: "\"seller@example.com\""},
			{Key: "password_env", Value: "\"AFTERSALE_SMTP_PASSWORD\""},
			{Key: "password_file", Value: "\"/run/credentials/aftersale.service/smtp-password\"", Off: true},
			{Key: "password_command", Value: "[\"pass\", \"show\", \"mail/smtp\"]", Off: true},
			{Doc: []string{"The sender address. It must be listed in Seller Central under", "Settings > Notification Preferences > Messaging Permissions."}, Key: "from", Value: "\"support@example.com\""},
			{Key: "timeout", Value: "\"30s\""},
			{Doc: []string{"The name given in EHLO; default: this machine's host name."}, Key: "helo", Value: "\"mail.example.com\"", Off: true},
			{Doc: []string{"Testing only: accept any certificate."}, Key: "insecure_skip_verify", Value: "false", Off: true},
		},
	},
	{
		Header: "[sender]",
		Keys: []exampleKey{
			{Doc: []string{"How often the outbox is checked for approved replies."}, Key: "interval", Value: "\"5s\""},
			{Doc: []string{"A reply that keeps failing temporarily is given up after this many tries."}, Key: "max_attempts", Value: "8"},
			{Doc: []string{"Replies go only to the buyer's relay alias of the thread, on one of these", "domains; anything else is refused for good. Leave it out for Amazon's 22", "marketplace.amazon.<tld> relay domains. Exact names, no wildcards."}, Key: "allowed_recipient_domains", Value: "[\"marketplace.amazon.de\", \"marketplace.amazon.co.uk\"]", Off: true},
			{Doc: []string{"Per account: at most this many replies in any window (s, m, h or d), and", "at least min_gap between two, so a big approved batch goes out spread", "rather than as a burst. Drafts over the limit wait; they are not failed."}, Key: "rate_limit", Value: "\"60/h\""},
			{Key: "min_gap", Value: "\"5s\""},
		},
	},
	{
		Doc: []string{
			"Optional auto-approval (off unless a rule is given): the daemon approves a",
			"proposed draft of the rule's case without a person when every condition",
			"holds. It never approves a draft that needs a human, has any policy",
			"finding or placeholder, or was edited. Each auto-approval is logged and",
			"shows as \"auto\" in \"aftersale sent list\".",
		},
		Header: "[[auto_approve]]",
		Off:    true,
		Keys: []exampleKey{
			{Key: "case", Value: "\"shipping_inquiry\"", Off: true},
			{Key: "channel", Value: "\"fbm\"", Off: true, Note: "fba, fbm, or leave out for any"},
			{Key: "require_tracking", Value: "true", Off: true, Note: "a tracking number on record for the order"},
			{Key: "min_confidence", Value: "0.9", Off: true, Note: "the classifier's confidence, 0..1"},
			{Key: "allow_tasks", Value: "false", Off: true, Note: "true: also drafts that come with seller tasks"},
		},
	},
	{
		Header: "[service]",
		Keys: []exampleKey{
			{Doc: []string{"After SIGTERM, how long serve waits for the reply being sent before it", "aborts it. Keep it below systemd's TimeoutStopSec (90s by default)."}, Key: "shutdown_grace", Value: "\"10s\""},
		},
	},
	{
		Header: "[http]",
		Keys: []exampleKey{
			{Doc: []string{"/healthz (per-account connection state, last successful poll, sender", "state; JSON) and /metrics (Prometheus) for monitoring. Off unless set.", "A bare port (\"9321\") listens on 127.0.0.1 only: keep it on loopback or", "behind a proxy, it has no authentication."}, Key: "listen", Value: "\"127.0.0.1:9321\"", Off: true},
		},
	},
	{
		Header: "[retention]",
		Keys: []exampleKey{
			{Doc: []string{"Amazon's Data Protection Policy limits how long buyers' personal data is", "kept. This many days after a conversation's last activity (its last", "message, last reply sent, or the order's delivery), names, addresses and", "message texts are purged; anonymised facts (case, times, who approved)", "stay for statistics. \"aftersale purge --dry-run\" shows what would go."}, Key: "days", Value: "30"},
		},
	},
	{
		Header: "[orders]",
		Keys: []exampleKey{
			{Doc: []string{"A folder to drop order reports into (Seller Central flat files or the", "CSV that \"aftersale orders import\" reads). New files are imported and", "moved to processed/ inside it. A file that is refused (too large, not an", "order report) or has bad rows (the good rows are imported) is moved to", "rejected/ with a NAME.error file beside it saying why; fix it and drop it", "in again. Off unless set."}, Key: "watch_dir", Value: "\"/var/lib/aftersale/orders\"", Off: true},
			{Doc: []string{"How often the folder is checked."}, Key: "watch_interval", Value: "\"1m\""},
			{Doc: []string{"Larger order files are refused before they are read, here and by", "\"aftersale orders import\". A row may be 64 KiB at most and a cell 8 KiB."}, Key: "max_file_size", Value: "\"100MB\""},
		},
	},
}
