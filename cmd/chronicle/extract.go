package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
)

func runExtract(args []string, io stdio) error {
	fs := newFlagSet("extract", io,
		"Usage: chronicle extract [flags] [PATH|DIR|-]...",
		"Reads text, HTML or JSON Lines articles (directories are walked, - is standard input)",
		"and prints one JSON record per document on standard output.",
		"Exit status 1 when any input failed; each failure is one line on standard error.",
	)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for inputs whose metadata has none")
	pretty := fs.Bool("pretty", false, "indent each record (the output is then no longer one record a line)")
	withGrammar := fs.Bool("grammar", false, "include each sentence's tokens with tags, lemmas and dependencies")
	var kbFiles listFlag
	fs.Var(&kbFiles, "kb", "user knowledge-base `FILE` (JSON or TSV) adding or overriding entries; repeatable")
	if err := parseFlags(fs, args, nil); err != nil {
		return err
	}
	if err := checkPublished("extract", *published, io); err != nil {
		return err
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
