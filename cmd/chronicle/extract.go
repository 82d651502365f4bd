package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
)

func runExtract(args []string, io stdio) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.err)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for inputs whose metadata has none")
	pretty := fs.Bool("pretty", false, "indent each record (the output is then no longer one record a line)")
	withGrammar := fs.Bool("grammar", false, "include each sentence's tokens with tags, lemmas and dependencies")
	var kbFiles listFlag
	fs.Var(&kbFiles, "kb", "user knowledge-base `FILE` (JSON or TSV) adding or overriding entries; repeatable")
	fs.Usage = func() {
		fmt.Fprintln(io.err, "Usage: chronicle extract [flags] [PATH|DIR|-]...")
		fmt.Fprintln(io.err, "Reads text, HTML or JSON Lines articles (directories are walked, - is standard input)")
		fmt.Fprintln(io.err, "and prints one JSON record per document on standard output.")
		fmt.Fprintln(io.err, "Exit status 1 when any input failed; each failure is one line on standard error.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *published != "" {
		if _, err := time.Parse("2006-01-02", *published); err != nil {
			fmt.Fprintf(io.err, "chronicle extract: --published %q is not a YYYY-MM-DD date\n", *published)
			return errUsage
		}
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}

	p, err := pipeline.New(pipeline.Options{Grammar: *withGrammar, KBFiles: kbFiles,
		Warn: func(msg string) { fmt.Fprintf(io.err, "chronicle extract: %s\n", msg) }})
	if err != nil {
		return err
	}
	out := bufio.NewWriter(io.out)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	failed := 0
	for doc, err := range source.Documents(inputs, io.in, source.Options{Published: *published}) {
		if err != nil {
			failed++
			fmt.Fprintf(io.err, "chronicle extract: %v\n", err)
			continue
		}
		if err := enc.Encode(p.Extract(doc, nil)); err != nil {
			return fmt.Errorf("write record of %s: %w", doc.Source, err)
		}
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }
