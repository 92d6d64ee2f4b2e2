package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/terminput"
	"github.com/aftersale/aftersale/queue"
)

// jsonVersion is the schema version of every --json output.
const jsonVersion = queue.JSONVersion

func newQueueCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "queue",
		Short: "Review, approve, edit and reject reply drafts",
		Long: `The approval queue: every drafted reply waits here until a person approves
it. Drafts are ordered by Amazon's 24-hour reply deadline.`,
	}
	cmd.AddCommand(newQueueListCmd(e), newQueueShowCmd(e), newQueueApproveCmd(e),
		newQueueRejectCmd(e), newQueueNRNCmd(e), newQueueEditCmd(e), newQueueReviewCmd(e),
		newQueueResolveCmd(e), newQueueReclassifyCmd(e))
	return cmd
}

// queue opens the queue over the store, with the config's settings when
// there is a config.
func (e *env) queue(ctx context.Context) (*queue.Queue, error) {
	db, err := e.store(ctx)
	if err != nil {
		return nil, err
	}
	cfg, _ := e.config(false)
	return queue.New(db, queue.Options{MessageIDDomain: cfg.MessageIDDomain(), Now: e.now, Settings: cfg.RespondSettings()}), nil
}

func newQueueListCmd(e *env) *cobra.Command {
	var (
		f      queue.Filter
		caseF  string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List drafts waiting for a decision, most urgent first",
		Long: `List drafts ordered by Amazon's 24-hour reply deadline.

Columns: ID, STATE, DUE (time left, or how long overdue), CASE, ORDER, MKT
(marketplace), BUYER, FLAGS (H needs a human, B blocked by a policy finding,
P has placeholders to fill, ! send failed), SUBJECT. On a terminal the
subject is cut to the terminal's width and overdue drafts are red (not with
NO_COLOR set).

By default it shows drafts that need a decision (proposed, failed,
send_unknown) and approved ones still waiting to be sent.

--state not_buyer_mail lists the mail that gets no draft at all, newest
first: mail neither relayed from a buyer nor sent by Amazon (bounces,
newsletters, vendors, personal mail). Columns: MSG (message id, for
"aftersale inspect --message MSG"), RECEIVED, KIND (not_buyer_mail,
phishing, delivery_failure, auto_reply), FLAGS (H needs a human: possible
phishing), FROM, SUBJECT. --state phishing lists only the possible
phishing: mail imitating Amazon from an address that is not Amazon's.
Nothing needs approving there; look at the phishing in your mail client
and do not open its links.`,
		Example: `  aftersale queue list
  aftersale queue list --case cancel_order --overdue
  aftersale queue list --state sent --json
  aftersale queue list --state not_buyer_mail
  aftersale queue list --state phishing --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var err error
			if f.Case, err = queue.CaseFilter(caseF); err != nil {
				return usageError{err}
			}
			q, err := e.queue(ctx)
			if err != nil {
				return err
			}
			l, err := q.List(ctx, f)
			var iv *queue.InvalidValue
			if errors.As(err, &iv) {
				return usageError{err}
			}
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(e.stdout, queue.NewListingJSON(l, e.now()))
			}
			msg, err := l.WriteText(e.stdout, e.now(), terminalOf(e.stdout))
			if msg != 0 {
				fmt.Fprintf(e.stderr, "Show one with: aftersale inspect --message %d\n", msg)
			}
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&f.States, "state", nil, "only drafts in these states ("+strings.Join(queue.StateNames()[:len(aftersale.DraftStates())], ", ")+"); not_buyer_mail or phishing for the mail that gets no draft")
	fl.StringVar(&caseF, "case", "", "only drafts of this case, e.g. cancel_order")
	fl.StringVar(&f.Account, "account", "", "only drafts of this account")
	fl.StringVar(&f.Marketplace, "marketplace", "", "only drafts from this marketplace, e.g. de or amazon.co.uk")
	fl.BoolVar(&f.Overdue, "overdue", false, "only drafts past Amazon's 24-hour deadline")
	fl.BoolVar(&f.All, "all", false, "drafts in every state")
	fl.BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

// queueArgs parses the draft ids and opens the queue.
func (e *env) queueArgs(ctx context.Context, args []string) (*queue.Queue, []int64, error) {
	ids, err := queue.ParseIDs(args)
	if err != nil {
		return nil, nil, usageError{err}
	}
	q, err := e.queue(ctx)
	return q, ids, err
}

// printBatch prints each draft's outcome: done's line on stdout for a
// success, queue.Explain's sentence and hint on stderr for a failure. Its
// error says how many failed (the exit status is then 1).
func (e *env) printBatch(b queue.Batch, done func(queue.Outcome) string) error {
	for _, o := range b {
		if o.Err == nil {
			fmt.Fprintln(e.stdout, done(o))
			continue
		}
		msg, hint := queue.Explain(o.ID, o.Err)
		fmt.Fprintf(e.stderr, "draft %d: %s\n", o.ID, msg)
		if hint != "" {
			fmt.Fprintf(e.stderr, "  hint: %s\n", hint)
		}
	}
	return b.Err()
}

// draftError is queue.Explain's sentence about draft id as an error, with its
// hint.
func draftError(id int64, err error) error {
	if err == nil {
		return nil
	}
	msg, hint := queue.Explain(id, err)
	out := fmt.Errorf("draft %d: %s", id, msg)
	if hint != "" {
		return hintError{out, hint}
	}
	return out
}

func newQueueApproveCmd(e *env) *cobra.Command {
	var a queue.Approval
	cmd := &cobra.Command{
		Use:   "approve ID...",
		Short: "Approve drafts for sending",
		Long: `Approve one or more drafts. The daemon sends approved drafts within seconds.

Each edit makes a new revision of a draft. Approving approves the revision
you were shown last ("aftersale queue show ID"), or --revision N; a draft
that changed since is refused ("changed since you saw it"). A draft you
were never shown is approved as it is now.

A draft flagged "needs human" must be shown first ("aftersale queue show ID")
or approved with --reviewed. A draft with a blocking policy finding (a link,
an email address, a review ask ...) needs --override "reason"; the reason is
logged. A draft with [[placeholders]] must be edited first, and one without
a reply text or a recipient cannot be approved.`,
		Example: `  aftersale queue approve 12 13 14
  aftersale queue approve 15 --reviewed
  aftersale queue approve 17 --revision 2
  aftersale queue approve 16 --override "tracking link requested by the buyer"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q, ids, err := e.queueArgs(ctx, args)
			if err != nil {
				return err
			}
			if a.Revision != 0 && len(ids) != 1 {
				return usagef("--revision names the revision of one draft; give one draft id")
			}
			a.By = e.who()
			return e.printBatch(q.ApproveAll(ctx, ids, a), func(o queue.Outcome) string {
				return fmt.Sprintf("draft %d approved (revision %d); the daemon sends it shortly", o.ID, o.Draft.Revision)
			})
		},
	}
	cmd.Flags().BoolVar(&a.Reviewed, "reviewed", false, "confirm you have read a needs-human draft")
	cmd.Flags().StringVar(&a.Override, "override", "", "approve despite blocking policy findings, giving the reason")
	cmd.Flags().IntVar(&a.Revision, "revision", 0, "approve this revision of the draft (default: the one you were shown last)")
	return cmd
}

func newQueueRejectCmd(e *env) *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   "reject ID...",
		Short: "Reject drafts (nothing is sent)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if _, err := queue.ParseIDs(args); err != nil {
				return usageError{err}
			}
			if strings.TrimSpace(reason) == "" {
				return usagef("--reason is required")
			}
			q, ids, err := e.queueArgs(ctx, args)
			if err != nil {
				return err
			}
			return e.printBatch(q.RejectAll(ctx, ids, e.who(), reason), func(o queue.Outcome) string {
				return fmt.Sprintf("draft %d rejected", o.ID)
			})
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (recorded); required")
	return cmd
}

func newQueueNRNCmd(e *env) *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   "nrn ID...",
		Short: "Mark drafts \"no response needed\" (nothing is sent)",
		Long: `Mark the buyer messages behind these drafts as needing no reply. This stops
aftersale's 24-hour clock, but not Amazon's: also tick "No response needed"
on the message in Seller Central, since Amazon offers no API for it.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q, ids, err := e.queueArgs(ctx, args)
			if err != nil {
				return err
			}
			b := q.NoResponseNeededAll(ctx, ids, e.who(), reason)
			err = e.printBatch(b, func(o queue.Outcome) string { return fmt.Sprintf("draft %d: no response needed", o.ID) })
			if b.Succeeded() > 0 {
				fmt.Fprintln(e.stderr, queue.NRNReminder)
			}
			return err
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (recorded)")
	return cmd
}

func newQueueResolveCmd(e *env) *cobra.Command {
	var sent, notSent bool
	var note string
	cmd := &cobra.Command{
		Use:   "resolve ID --sent | --not-sent",
		Short: "Say whether a send_unknown draft went out",
		Long: `A draft is send_unknown when the daemon stopped while sending it: the reply
may or may not have reached the buyer, and aftersale never sends it again on
its own. "aftersale queue show ID" shows the attempt (time, server reply).
Look in the account's Sent folder or in Seller Central's message history:

  --sent      it went out: it is recorded in the sent log
  --not-sent  it did not: it goes back to approved and is sent again
              (with the same Message-ID)`,
		Example: `  aftersale queue resolve 21 --sent
  aftersale queue resolve 22 --not-sent`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if sent == notSent {
				return usagef("give one of --sent or --not-sent")
			}
			q, ids, err := e.queueArgs(ctx, args)
			if err != nil {
				return err
			}
			if err := q.Resolve(ctx, ids[0], e.who(), sent, note); err != nil {
				return draftError(ids[0], err)
			}
			fmt.Fprintln(e.stdout, queue.Resolved(ids[0], sent))
			return nil
		},
	}
	cmd.Flags().BoolVar(&sent, "sent", false, "the reply went out")
	cmd.Flags().BoolVar(&notSent, "not-sent", false, "the reply did not go out: send it")
	cmd.Flags().StringVar(&note, "note", "", "with --sent: where you saw it (kept in the sent log)")
	return cmd
}

func newQueueReclassifyCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "reclassify ID CASE[/SUBREASON]",
		Short: "Give a draft's message another case; the reply is drafted again",
		Long: `Say what the buyer's message really is. The draft is decided again for the
new case and the same order (new text, tasks and policy check) unless it is
sending or sent; the old classification is kept in its history, and the
correction is kept for the classifier, which learns it without a restart.

CASE is one of: ` + strings.Join(queue.CaseNames(), ", ") + `;
return_dissatisfied may take a sub-reason (return_dissatisfied/damaged).
not_buyer_mail says it is no buyer's message: it gets no reply.`,
		Example: `  aftersale queue reclassify 31 cancel_order
  aftersale queue reclassify 32 return_dissatisfied/missing_parts
  aftersale queue reclassify 33 not_buyer_mail`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			t, err := queue.ParseTarget(args[1])
			if err != nil {
				return usageError{err}
			}
			q, ids, err := e.queueArgs(ctx, args[:1])
			if err != nil {
				return err
			}
			r, err := q.Reclassify(ctx, ids[0], t, e.who())
			if err != nil {
				return draftError(ids[0], err)
			}
			queue.WriteReclassified(e.stdout, e.stderr, r, t)
			return nil
		},
	}
	return cmd
}

func newQueueEditCmd(e *env) *cobra.Command {
	var (
		fromFile   string
		saveAsTmpl bool
	)
	cmd := &cobra.Command{
		Use:   "edit ID",
		Short: "Edit a draft in $EDITOR; the policy check runs again",
		Long: `Open the reply in $EDITOR (or $VISUAL, else vi). When you save, aftersale
checks the text against Amazon's messaging rules again and stores it as a
new revision. An approved draft that is edited goes back to "proposed" and
needs a new approval; a needs-human draft must be read again. A reply
without text (or with only the greeting and the signature) is refused.
--file takes the new text from a file ("-" for standard input) instead of
opening an editor.

--save-template also keeps the edited reply as your template for the
draft's action and language, in [seller] templates_dir
(<lang>/<action>.tmpl): the greeting and closing are left to layout.tmpl,
and the order's facts (order id, name, product, carrier, tracking, dates,
amounts) become placeholders, so later drafts of that action use your
wording with their own facts. The file is checked like every override
before it replaces one; the daemon uses it after a reload (SIGHUP).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q, ids, err := e.queueArgs(ctx, args)
			if err != nil {
				return err
			}
			d, err := q.Draft(ctx, ids[0])
			if err != nil {
				return draftError(ids[0], err)
			}
			body, err := terminput.Text(ctx, fromFile, e.stdin, d.Body)
			if err != nil {
				return err
			}
			r, err := q.Edit(ctx, d.ID, body, e.who(), d.Revision)
			if err != nil {
				return draftError(d.ID, err)
			}
			queue.WriteEdited(e.stdout, r)
			if !saveAsTmpl {
				return nil
			}
			cfg, err := e.config(true)
			if err != nil {
				return err
			}
			name, err := q.SaveTemplate(ctx, d.ID, body, cfg.TemplatesDir)
			if errors.Is(err, queue.ErrNoTemplatesDir) {
				return hintError{usagef("draft %d saved, but not as a template: no [seller] templates_dir to save it in", d.ID),
					`set templates_dir = "templates" in [seller] (a folder beside the config), then edit again with --save-template`}
			}
			if err != nil {
				return fmt.Errorf("draft %d saved, but not as a template: %w", d.ID, err)
			}
			fmt.Fprintf(e.stdout, "template saved: %s (the daemon uses it after a reload: systemctl reload aftersale)\n", name)
			return nil
		},
	}
	cmd.Flags().StringVar(&fromFile, "file", "", "take the new text from this file (\"-\" for stdin) instead of $EDITOR")
	cmd.Flags().BoolVar(&saveAsTmpl, "save-template", false, "also keep the edited reply as the template for its action and language ([seller] templates_dir)")
	return cmd
}
