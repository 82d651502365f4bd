package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/grammar"
	"github.com/chronicle-news/chronicle/parser"
)

// runEvalGrammar tags and parses the words of gold CoNLL-U files with the
// full pipeline and prints UPOS, XPOS, FEATS and lemma accuracy, UAS and LAS.
func runEvalGrammar(args []string, io stdio) error {
	fs := newFlagSet("eval grammar", io,
		"Usage: chronicle eval grammar --conllu FILE [--conllu FILE...] [--json] [--gold-tags] [--parser FILE] [--beam N] [--beam-gap G]",
		"Keeps the gold words, predicts tags, lemmas and dependencies, and prints accuracy per",
		"word, punctuation included. LAS compares universal relations (subtypes ignored), as",
		"CoNLL 2018 did; LAS full compares whole relations.",
	)
	var files segmentPaths
	fs.Var(&files, "conllu", "gold CoNLL-U `FILE`, directory of *.conllu files, or glob; repeatable")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	goldTags := fs.Bool("gold-tags", false, "parse with the gold tags and lemmas, scoring the parser alone")
	parserFile := fs.String("parser", "", "parser model `file` to use instead of the embedded one")
	width := fs.Int("beam", 0, "decode with a beam of this `width` instead of the model's own (1: greedy)")
	gap := fs.Float64("beam-gap", -1, "drop beam configurations trailing the best by more than this `score` (0: none) instead of the model's own gap")
	if err := parseFlags(fs, args, func() bool { return len(files)+fs.NArg() > 0 }); err != nil {
		return err
	}
	paths, err := segmentInputs(append(files, fs.Args()...))
	if err != nil {
		return err
	}
	p, err := loadParser(*parserFile)
	if err != nil {
		return err
	}
	if *width > 0 || *gap >= 0 {
		w, g := p.Beam()
		if *width > 0 {
			w = *width
		}
		if *gap >= 0 {
			g = *gap
		}
		p = p.WithBeam(w, g)
	}
	var g *grammar.Grammar
	if !*goldTags {
		if g, err = grammar.WithParser(p); err != nil {
			return err
		}
	}

	type row struct {
		File string `json:"file"`
		eval.GrammarScore
	}
	var rows []row
	var total eval.GrammarScore
	failed := false
	for _, path := range paths {
		sents, err := conllu.ReadFile(path)
		if err != nil {
			fmt.Fprintf(io.err, "chronicle eval grammar: %v\n", err)
			failed = true
			continue
		}
		var sc eval.GrammarScore
		for _, gold := range sents {
			pred := &conllu.Sentence{Words: make([]conllu.Word, len(gold.Words))}
			for i, w := range gold.Words {
				pred.Words[i] = conllu.Word{ID: w.ID, Form: w.Form}
				if *goldTags {
					pred.Words[i] = w
				}
			}
			if *goldTags {
				heads, rels := p.Parse(columnOf(gold, func(w conllu.Word) string { return w.Form }),
					columnOf(gold, func(w conllu.Word) string { return w.Lemma }),
					columnOf(gold, func(w conllu.Word) string { return w.UPOS }),
					columnOf(gold, func(w conllu.Word) string { return w.XPOS }))
				for i := range pred.Words {
					pred.Words[i].Head, pred.Words[i].DepRel = heads[i], rels[i]
				}
			} else {
				g.AnnotateCoNLLU(pred)
			}
			sc.Add(eval.ScoreGrammar(gold, pred))
		}
		rows = append(rows, row{path, sc})
		total.Add(sc)
	}

	if *asJSON {
		type scores struct {
			File     string  `json:"file"`
			Words    int     `json:"words"`
			UPOS     float64 `json:"upos"`
			XPOS     float64 `json:"xpos"`
			Feats    float64 `json:"feats"`
			Lemma    float64 `json:"lemma"`
			UAS      float64 `json:"uas"`
			LAS      float64 `json:"las"`
			LASFull  float64 `json:"las_full"`
			GoldTags bool    `json:"gold_tags"`
		}
		conv := func(name string, s eval.GrammarScore) scores {
			return scores{name, s.Words, s.Accuracy(s.UPOS), s.Accuracy(s.XPOS), s.Accuracy(s.Feats),
				s.Accuracy(s.Lemma), s.Accuracy(s.UAS), s.Accuracy(s.LAS), s.Accuracy(s.LASFull), *goldTags}
		}
		out := struct {
			Files []scores `json:"files"`
			Total scores   `json:"total"`
		}{Total: conv("total", total)}
		for _, r := range rows {
			out.Files = append(out.Files, conv(r.File, r.GrammarScore))
		}
		enc := json.NewEncoder(io.out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		tw := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "file\twords\tUPOS\tXPOS\tFEATS\tlemma\tUAS\tLAS\tLAS full\t")
		line := func(name string, s eval.GrammarScore) {
			fmt.Fprintf(tw, "%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t\n", name, s.Words,
				s.Accuracy(s.UPOS), s.Accuracy(s.XPOS), s.Accuracy(s.Feats), s.Accuracy(s.Lemma),
				s.Accuracy(s.UAS), s.Accuracy(s.LAS), s.Accuracy(s.LASFull))
		}
		for _, r := range rows {
			line(filepath.Base(r.File), r.GrammarScore)
		}
		if len(rows) > 1 {
			line("total", total)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		if *goldTags {
			fmt.Fprintln(io.out, "(gold tags and lemmas: parser alone)")
		}
	}
	if total.Mismatched > 0 {
		fmt.Fprintf(io.err, "%d sentences had a different number of words and were not scored\n", total.Mismatched)
	}
	if failed {
		return errFailed
	}
	return nil
}

// loadParser loads a parser model file, or the embedded model when path is
// empty.
func loadParser(path string) (*parser.Parser, error) {
	if path == "" {
		return parser.Default()
	}
	return parser.Load(os.DirFS(filepath.Dir(path)), filepath.Base(path))
}

func columnOf(s *conllu.Sentence, get func(conllu.Word) string) []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = get(w)
	}
	return out
}
