package main

import (
	"context"
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// reparseBatch is how many stored messages one pass reads.
const reparseBatch = 200

func newReparseCmd(e *env) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "reparse",
		Short: "Parse stored mail again after an upgrade of the mail parser",
		Long: `reparse parses every stored message that an older version of the mail
parser read (see "aftersale version") again from its raw bytes, with the
account's settings (authserv_id), and saves the new result: decoded text,
the buyer's words (without the lines learned as Amazon's template),
order ids, flags such as auth_failed. Messages whose personal data the
retention purge removed are left alone.

Classifications and drafts are not changed: they are what you have seen
and acted on. reparse lists the open drafts (proposed or approved) that
answer a message whose flags or buyer's words changed, in particular mail
that now fails sender authentication, so that you can review them with
"queue show". With --dry-run nothing is saved. The daemon may keep
running.`,
		Example: "  aftersale reparse --dry-run\n  aftersale reparse",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cfg, err := e.config(false)
			if err != nil {
				return err
			}
			opts := map[string]mailbox.ParseOptions{}
			if cfg != nil {
				for _, a := range cfg.Accounts {
					opts[a.Name] = mailbox.ParseOptions{AuthServIDs: a.AuthServIDs}
				}
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			lines, err := db.TemplateLines(ctx)
			if err != nil {
				return err
			}
			tpl := mailbox.NewTemplate(lines)
			var (
				n       int
				changed []int64 // messages whose flags or buyer text changed
				authNew []int64 // of those, now failing sender authentication
			)
			for after := int64(0); ; {
				rows, err := db.Stale(ctx, mailbox.ParserVersion, after, reparseBatch)
				if err != nil {
					return err
				}
				if len(rows) == 0 {
					break
				}
				for _, r := range rows {
					after = r.ID
					old, err := db.Message(ctx, r.ID)
					if err != nil {
						return err
					}
					m, perr := mailbox.ParseStored(r.Raw, r.Truncated, opts[r.Account])
					m.ID, m.Account = r.ID, r.Account
					m, _ = tpl.Apply(m)
					if !slices.Equal(old.Flags, m.Flags) || old.BuyerText != m.BuyerText {
						changed = append(changed, r.ID)
						if m.HasFlag(mailbox.FlagAuthFailed) && !old.HasFlag(mailbox.FlagAuthFailed) {
							authNew = append(authNew, r.ID)
						}
					}
					if !dryRun {
						if err := db.SaveParsed(ctx, r.ID, m, perr); err != nil {
							return err
						}
					}
					n++
				}
			}
			verb := "re-parsed"
			if dryRun {
				verb = "would re-parse"
			}
			fmt.Fprintf(e.stdout, "%s %d messages parsed before parser version %d; flags or buyer's words changed on %d, %d of them now fail sender authentication\n",
				verb, n, mailbox.ParserVersion, len(changed), len(authNew))
			return reportOpenDrafts(ctx, e, db, changed, authNew)
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "only count; save nothing")
	return cmd
}

// reportOpenDrafts lists the open drafts answering the messages in
// changed, marking those in authNew.
func reportOpenDrafts(ctx context.Context, e *env, db *store.DB, changed, authNew []int64) error {
	if len(changed) == 0 {
		return nil
	}
	open, err := db.Drafts(ctx, store.DraftFilter{States: []aftersale.DraftState{aftersale.DraftProposed, aftersale.DraftApproved}})
	if err != nil {
		return err
	}
	for _, d := range open {
		if !slices.Contains(changed, d.MessageID) {
			continue
		}
		why := "the message's flags or buyer's words changed"
		if slices.Contains(authNew, d.MessageID) {
			why = "the message now fails sender authentication (may be forged)"
		}
		fmt.Fprintf(e.stdout, "  draft %d (%s): %s; review it: aftersale queue show %d\n", d.ID, d.State, why, d.ID)
	}
	return nil
}
