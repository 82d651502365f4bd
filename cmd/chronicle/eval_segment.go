package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/text"
)

// segmentPaths is a repeatable flag of paths.
type segmentPaths []string

func (p *segmentPaths) String() string     { return strings.Join(*p, ",") }
func (p *segmentPaths) Set(v string) error { *p = append(*p, v); return nil }

// segmentFileScore is one row of `chronicle eval segment`.
type segmentFileScore struct {
	File string `json:"file"`
	eval.SegmentScore
}

func runEvalSegment(args []string, io stdio) error {
	fs := newFlagSet("eval segment", io,
		"Usage: chronicle eval segment --conllu FILE [--conllu FILE...] [--json] [--misses N]",
		"Rebuilds each document's raw text from its \"# text\" lines (sentences joined by a",
		"space, paragraphs by a newline), segments it, and prints precision, recall and F1",
		"of exact surface-token spans and exact sentence spans. Clitics the tokenizer splits",
		"off (n't, 's) are glued back, as UD lists don't or Kiev's as one multiword token.",
	)
	var files segmentPaths
	fs.Var(&files, "conllu", "gold CoNLL-U `FILE`, directory of *.conllu files, or glob; repeatable")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	misses := fs.Int("misses", 0, "also print up to `N` missed gold sentences and N missed tokens")
	if err := parseFlags(fs, args, func() bool { return len(files)+fs.NArg() > 0 }); err != nil {
		return err
	}
	paths, err := segmentInputs(append(files, fs.Args()...))
	if err != nil {
		return err
	}

	var rows []segmentFileScore
	var total eval.SegmentScore
	var sentMiss, tokMiss []string
	failed := false
	for _, p := range paths {
		sents, err := conllu.ReadFile(p)
		if err != nil {
			fmt.Fprintf(io.err, "chronicle eval segment: %v\n", err)
			failed = true
			continue
		}
		var sc eval.SegmentScore
		for _, d := range eval.SegmentDocs(sents) {
			pred := text.Segment(d.Text)
			sc.Add(eval.ScoreSegmentDoc(d, pred))
			if *misses > 0 {
				sentMiss = append(sentMiss, eval.SentenceMisses(d, pred)...)
				tokMiss = append(tokMiss, eval.TokenMisses(d, pred)...)
			}
		}
		rows = append(rows, segmentFileScore{File: p, SegmentScore: sc})
		total.Add(sc)
	}

	if *asJSON {
		type counts struct {
			eval.Counts
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
			F1        float64 `json:"f1"`
		}
		with := func(c eval.Counts) counts { return counts{c, c.Precision(), c.Recall(), c.F1()} }
		type row struct {
			File      string `json:"file"`
			Documents int    `json:"documents"`
			Unaligned int    `json:"unaligned_gold_tokens"`
			Tokens    counts `json:"tokens"`
			Sentences counts `json:"sentences"`
		}
		conv := func(name string, s eval.SegmentScore) row {
			return row{name, s.Documents, s.Unaligned, with(s.Tokens), with(s.Sentences)}
		}
		out := struct {
			Files []row `json:"files"`
			Total row   `json:"total"`
		}{Total: conv("total", total)}
		for _, r := range rows {
			out.Files = append(out.Files, conv(r.File, r.SegmentScore))
		}
		enc := json.NewEncoder(io.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		tw := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "file\tdocs\tgold tok\ttok P\ttok R\ttok F1\tgold sent\tsent P\tsent R\tsent F1\t")
		line := func(name string, s eval.SegmentScore) {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%.4f\t\n", name, s.Documents,
				s.Tokens.Gold, s.Tokens.Precision(), s.Tokens.Recall(), s.Tokens.F1(),
				s.Sentences.Gold, s.Sentences.Precision(), s.Sentences.Recall(), s.Sentences.F1())
		}
		for _, r := range rows {
			line(filepath.Base(r.File), r.SegmentScore)
		}
		if len(rows) > 1 {
			line("total", total)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		if total.Unaligned > 0 {
			fmt.Fprintf(io.out, "%d gold tokens could not be found in their \"# text\" and count as missed\n", total.Unaligned)
		}
	}
	if *misses > 0 {
		w := io.err
		if !*asJSON {
			w = io.out
		}
		fmt.Fprintln(w, "\nmissed sentences:")
		for _, m := range sentMiss[:min(*misses, len(sentMiss))] {
			fmt.Fprintf(w, "%s\n\n", m)
		}
		fmt.Fprintln(w, "missed tokens (gold -> predicted):")
		for _, m := range tokMiss[:min(*misses, len(tokMiss))] {
			fmt.Fprintln(w, m)
		}
	}
	if failed {
		return errFailed
	}
	return nil
}

// segmentInputs turns files, directories (their *.conllu files) and globs into
// a sorted list of files.
func segmentInputs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if strings.ContainsAny(a, "*?[") {
			m, err := filepath.Glob(a)
			if err != nil {
				return nil, fmt.Errorf("glob %q: %w", a, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("no files match %q", a)
			}
			sort.Strings(m)
			out = append(out, m...)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		m, err := filepath.Glob(filepath.Join(a, "*.conllu"))
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("no *.conllu files in %s", a)
		}
		sort.Strings(m)
		out = append(out, m...)
	}
	return out, nil
}
