package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
)

func runEvalArticle(args []string, io stdio) error {
	fs := newFlagSet("eval article", io,
		"Usage: chronicle eval article --gold FILE [--json] [ARTICLE]",
		"Extracts the article (default: the gold's \"doc\", beside the gold file) and scores its",
		"entities and direct quotes against the gold.",
	)
	goldPath := fs.String("gold", "", "gold annotation `FILE` (JSON: entities with aliases, quotes with speakers)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	if err := parseFlags(fs, args, func() bool { return *goldPath != "" && fs.NArg() <= 1 }); err != nil {
		return err
	}
	g, err := eval.ReadGold(*goldPath)
	if err != nil {
		return err
	}
	article := filepath.Join(filepath.Dir(*goldPath), g.Doc)
	if fs.NArg() == 1 {
		article = fs.Arg(0)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	for doc, err := range source.Documents([]string{article}, io.in, source.Options{Published: g.Published}) {
		if err != nil {
			return err
		}
		s := eval.ScoreArticle(p.Extract(doc, nil), g)
		if *asJSON {
			enc := json.NewEncoder(io.out)
			enc.SetIndent("", "  ")
			return enc.Encode(s)
		}
		fmt.Fprintf(io.out, "entities: %d/%d found, %d/%d with the right type and country; %d in the record\n",
			s.EntitiesFound, s.Entities, s.EntitiesRight, s.Entities, s.RecordEntities)
		fmt.Fprintf(io.out, "spelling flags: %d %q\n", len(s.Flagged), s.Flagged)
		fmt.Fprintf(io.out, "direct quotes: %d/%d found, %d with an acceptable speaker; %d in the record, %d without a speaker\n",
			s.QuotesFound, s.Quotes, s.SpeakersRight, s.RecordQuotes, s.Unattributed)
		for _, m := range s.MissedEntities {
			fmt.Fprintf(io.out, "  entity missed or wrong: %s\n", m)
		}
		for _, m := range s.WrongType {
			fmt.Fprintf(io.out, "  wrong type: %s\n", m)
		}
		for _, m := range s.MissedQuotes {
			fmt.Fprintf(io.out, "  quote missed: %q\n", m)
		}
		for _, m := range s.WrongSpeakers {
			fmt.Fprintf(io.out, "  wrong speaker: %s\n", m)
		}
	}
	return nil
}
