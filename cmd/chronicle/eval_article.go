package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
)

func runEvalArticle(args []string, io stdio) error {
	fs := newFlagSet("eval article", io,
		"Usage: chronicle eval article --gold FILE|DIR [--json] [ARTICLE]",
		"Extracts the article (default: the gold's \"doc\", beside the gold file) and scores its",
		"entities and direct quotes against the gold. Given a directory, scores every *.gold.json",
		"file in it against its article, then prints each article's line and the sum of all.",
		"Exit status 1 when any gold file or article could not be read; the others are still scored.",
	)
	goldPath := fs.String("gold", "", "gold annotation `FILE` (JSON: entities with aliases, quotes with speakers) or a directory of *.gold.json files")
	asJSON := fs.Bool("json", false, "print the scores as JSON (for a directory: each article's and the total)")
	if err := parseFlags(fs, args, func() bool { return *goldPath != "" && fs.NArg() <= 1 }); err != nil {
		return err
	}
	files, err := eval.GoldFiles(*goldPath)
	if err != nil {
		return err
	}
	if fs.NArg() == 1 && len(files) > 1 {
		fmt.Fprintf(io.err, "chronicle eval article: an ARTICLE goes with one gold FILE, not the directory %s\n", *goldPath)
		return errUsage
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	if len(files) == 1 {
		s, err := scoreGold(p, files[0], fs.Arg(0), io.in)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(io.out, s)
		}
		printArticleScore(io.out, s)
		return nil
	}
	type articleScore struct {
		Gold string `json:"gold"`
		eval.ArticleScore
	}
	var (
		total    eval.ArticleScore
		articles []articleScore
		failed   int
	)
	for _, f := range files {
		s, err := scoreGold(p, f, "", io.in)
		if err != nil {
			failed++
			fmt.Fprintf(io.err, "chronicle eval article: %v\n", err)
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".gold.json")
		total.Add(name, s)
		articles = append(articles, articleScore{name, s})
		if !*asJSON {
			fmt.Fprintf(io.out, "%s: entities %d/%d right, direct quotes %d/%d found, %d with an acceptable speaker\n",
				name, s.EntitiesRight, s.Entities, s.QuotesFound, s.Quotes, s.SpeakersRight)
		}
	}
	if *asJSON {
		err = writeJSON(io.out, struct {
			Articles []articleScore    `json:"articles"`
			Total    eval.ArticleScore `json:"total"`
		}{articles, total})
	} else {
		fmt.Fprintf(io.out, "\nall %d articles:\n", len(articles))
		printArticleScore(io.out, total)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

// scoreGold extracts the article of the gold file goldPath (article, when
// given, else the gold's "doc" beside it) and scores the record.
func scoreGold(p *pipeline.Pipeline, goldPath, article string, in io.Reader) (eval.ArticleScore, error) {
	g, err := eval.ReadGold(goldPath)
	if err != nil {
		return eval.ArticleScore{}, err
	}
	if article == "" {
		if g.Doc == "" {
			return eval.ArticleScore{}, fmt.Errorf("%s: no \"doc\" naming the article", goldPath)
		}
		article = filepath.Join(filepath.Dir(goldPath), g.Doc)
	}
	for doc, err := range source.Documents([]string{article}, in, source.Options{Published: g.Published}) {
		if err != nil {
			return eval.ArticleScore{}, fmt.Errorf("%s: %w", goldPath, err)
		}
		return eval.ScoreArticle(p.Extract(doc, nil), g), nil
	}
	return eval.ArticleScore{}, fmt.Errorf("%s: no article read from %s", goldPath, article)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printArticleScore(w io.Writer, s eval.ArticleScore) {
	fmt.Fprintf(w, "entities: %d/%d found, %d/%d with the right type and country; %d in the record\n",
		s.EntitiesFound, s.Entities, s.EntitiesRight, s.Entities, s.RecordEntities)
	fmt.Fprintf(w, "spelling flags: %d %q\n", len(s.Flagged), s.Flagged)
	fmt.Fprintf(w, "direct quotes: %d/%d found, %d with an acceptable speaker; %d in the record, %d without a speaker\n",
		s.QuotesFound, s.Quotes, s.SpeakersRight, s.RecordQuotes, s.Unattributed)
	for _, m := range s.MissedEntities {
		fmt.Fprintf(w, "  entity missed or wrong: %s\n", m)
	}
	for _, m := range s.WrongType {
		fmt.Fprintf(w, "  wrong type: %s\n", m)
	}
	for _, m := range s.MissedQuotes {
		fmt.Fprintf(w, "  quote missed: %q\n", m)
	}
	for _, m := range s.WrongSpeakers {
		fmt.Fprintf(w, "  wrong speaker: %s\n", m)
	}
}
