package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite docs/cli.md from the command tree (make docs)")

// cliDocPath is the generated command reference.
var cliDocPath = filepath.Join("..", "..", "docs", "cli.md")

// TestCLIReference fails when docs/cli.md is not what the command tree
// generates; "make docs" rewrites it.
func TestCLIReference(t *testing.T) {
	got := cliReference(newRootCmd(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, now: time.Now}))
	if *updateDocs {
		if err := os.WriteFile(cliDocPath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(cliDocPath)
	if err != nil {
		t.Fatalf("%v: run \"make docs\"", err)
	}
	if string(want) != got {
		t.Fatalf("docs/cli.md is stale: run \"make docs\" and commit it\n%s", firstDiff(string(want), got))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  docs/cli.md: %q\n  generated:   %q", i+1, x, y)
		}
	}
	return ""
}

// cliReference renders every visible command of root as Markdown: usage,
// description, examples, flags and subcommands, global flags once at the
// top. Defaults that depend on the machine (the temporary directory) are
// written as the variable they come from.
func cliReference(root *cobra.Command) string {
	var b bytes.Buffer
	b.WriteString("# aftersale command reference\n\n")
	b.WriteString("Generated from the command tree by `make docs`; do not edit by hand (a test\n")
	b.WriteString("fails when this file is stale). `aftersale COMMAND --help` prints the same.\n\n")
	b.WriteString("Exit status: 0 success, 1 failure, 2 usage error (unknown command or flag,\n")
	b.WriteString("bad argument, invalid config).\n\n")
	b.WriteString("## Global flags\n\nEvery command takes these.\n\n")
	writeFlags(&b, root.PersistentFlags())
	var cmds []*cobra.Command
	walk(root, func(c *cobra.Command) {
		if c == root || !c.IsAvailableCommand() {
			return
		}
		cmds = append(cmds, c)
	})
	b.WriteString("## Commands\n\n")
	for _, c := range cmds {
		indent := strings.Repeat("  ", strings.Count(c.CommandPath(), " ")-1)
		fmt.Fprintf(&b, "%s- [%s](#%s) — %s\n", indent, c.CommandPath(), anchor(c.CommandPath()), c.Short)
	}
	b.WriteString("\n")
	for _, c := range cmds {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", c.CommandPath(), c.Short)
		use := c.UseLine()
		if c.HasAvailableSubCommands() {
			use = c.CommandPath() + " COMMAND"
		}
		fmt.Fprintf(&b, "```\n%s\n```\n\n", use)
		if c.Long != "" {
			b.WriteString(strings.TrimSpace(c.Long) + "\n\n")
		}
		if len(c.Aliases) > 0 {
			fmt.Fprintf(&b, "Aliases: %s\n\n", strings.Join(c.Aliases, ", "))
		}
		if c.Example != "" {
			fmt.Fprintf(&b, "Examples:\n\n```\n%s\n```\n\n", strings.TrimRight(c.Example, "\n"))
		}
		if fs := c.NonInheritedFlags(); fs.HasAvailableFlags() {
			b.WriteString("Flags:\n\n")
			writeFlags(&b, fs)
		}
		if c.HasAvailableSubCommands() {
			b.WriteString("Commands:\n\n")
			for _, s := range c.Commands() {
				if s.IsAvailableCommand() {
					fmt.Fprintf(&b, "- [%s](#%s) — %s\n", s.CommandPath(), anchor(s.CommandPath()), s.Short)
				}
			}
			b.WriteString("\n")
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

func writeFlags(b *bytes.Buffer, fs *pflag.FlagSet) {
	clean := pflag.NewFlagSet("", pflag.ContinueOnError)
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		g := *f
		if tmp := os.TempDir(); strings.HasPrefix(g.DefValue, tmp) {
			g.DefValue = "$TMPDIR" + strings.TrimPrefix(g.DefValue, tmp)
		}
		clean.AddFlag(&g)
	})
	if !clean.HasFlags() {
		return
	}
	fmt.Fprintf(b, "```\n%s```\n\n", clean.FlagUsagesWrapped(100))
}

// anchor is the GitHub heading anchor of "## text".
func anchor(text string) string {
	return strings.ReplaceAll(strings.ToLower(text), " ", "-")
}
