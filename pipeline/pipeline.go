// Package pipeline composes Chronicle's stages into the one function that
// turns a Document into a Record. The order of the stages is visible in
// Extract and nowhere else: language check, segmentation, grammar, entities
// (recognition and resolution), places, dates, then quotes, which read the
// grammar and the entities.
//
// Models are loaded once by New and shared by every call to Extract, which is
// safe for concurrent use.
package pipeline

import (
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/geo"
	"github.com/chronicle-news/chronicle/grammar"
	"github.com/chronicle-news/chronicle/kb"
	"github.com/chronicle-news/chronicle/lang"
	"github.com/chronicle-news/chronicle/ner"
	"github.com/chronicle-news/chronicle/quote"
	"github.com/chronicle-news/chronicle/resolve"
	"github.com/chronicle-news/chronicle/text"
	"github.com/chronicle-news/chronicle/timex"
)

// Options choose what a Record carries.
type Options struct {
	// Grammar keeps each sentence's tokens, with tags, lemmas and
	// dependencies, in the record. The grammar is computed either way.
	Grammar bool
	// KBFiles are user knowledge-base files (JSON or TSV) that add to or
	// override the embedded entries.
	KBFiles []string
	// Warn receives non-fatal notes about the set-up, such as KB entries
	// a user file overrides. Nil discards them.
	Warn func(msg string)
}

// Pipeline holds the loaded stages.
type Pipeline struct {
	opt        Options
	grammar    *grammar.Grammar
	recognizer *ner.Recognizer
	resolver   *resolve.Resolver
	geocoder   *geo.Geocoder
}

// New loads every stage's model, and the user's KB files on top of the
// embedded knowledge base; a malformed KB file stops it before any work.
func New(opt Options) (*Pipeline, error) {
	g, err := grammar.Default()
	if err != nil {
		return nil, fmt.Errorf("load grammar: %w", err)
	}
	rec, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load entity recognizer: %w", err)
	}
	k, err := kb.Default()
	if err != nil {
		return nil, fmt.Errorf("load knowledge base: %w", err)
	}
	if len(opt.KBFiles) > 0 {
		// The user's entries must not leak into the shared default.
		if k, err = kb.Load(kb.Data()); err != nil {
			return nil, fmt.Errorf("load knowledge base: %w", err)
		}
		for _, f := range opt.KBFiles {
			conflicts, err := k.AddFile(f)
			if err != nil {
				return nil, err
			}
			for _, c := range conflicts {
				if opt.Warn != nil {
					opt.Warn(c)
				}
			}
		}
	}
	return &Pipeline{opt: opt, grammar: g, recognizer: rec, resolver: resolve.New(k), geocoder: geo.New(k)}, nil
}

// Stage names, in pipeline order, as Timings reports them.
const (
	StageLanguage = "language"
	StageSegment  = "segment"
	StageGrammar  = "grammar"
	StageEntities = "entities"
	StagePlaces   = "places"
	StageDates    = "dates"
	StageQuotes   = "quotes"
)

// Stages lists the stage names in the order Extract runs them.
var Stages = []string{StageLanguage, StageSegment, StageGrammar, StageEntities, StagePlaces, StageDates, StageQuotes}

// Timings accumulates the time spent in each stage and the work done, over
// any number of documents. A nil *Timings records nothing.
type Timings struct {
	Elapsed   map[string]time.Duration
	Documents int
	Tokens    int
	Bytes     int
}

func (t *Timings) add(stage string, start time.Time) {
	if t == nil {
		return
	}
	if t.Elapsed == nil {
		t.Elapsed = map[string]time.Duration{}
	}
	t.Elapsed[stage] += time.Since(start)
}

// Extract runs every stage over doc and returns its record. Problems that
// leave the rest of the document usable become warnings in the record.
func (p *Pipeline) Extract(doc chronicle.Document, t *Timings) *chronicle.Record {
	rec := chronicle.NewRecord(doc)
	if t != nil {
		t.Documents++
		t.Bytes += len(doc.Text)
	}

	start := time.Now()
	rec.Language = lang.Detect(doc.Text)
	t.add(StageLanguage, start)
	if rec.Language != "en" && rec.Language != lang.Undetermined {
		rec.Warnings = append(rec.Warnings, chronicle.Warning{
			Span:    chronicle.Span{Start: 0, End: len(doc.Text)},
			Message: fmt.Sprintf("language %q is not English: English stages skipped", rec.Language),
		})
		return rec
	}
	if rec.Language == lang.Undetermined {
		rec.Language = "en" // too little evidence either way: read it as English
	}

	start = time.Now()
	if sents := text.Segment(doc.Text); len(sents) > 0 {
		rec.Sentences = sents
	}
	t.add(StageSegment, start)

	start = time.Now()
	ntok := 0
	for i := range rec.Sentences {
		p.grammar.Annotate(rec.Sentences[i].Tokens)
		ntok += len(rec.Sentences[i].Tokens)
	}
	t.add(StageGrammar, start)

	start = time.Now()
	rec.Entities = p.entities(doc, rec.Sentences)
	t.add(StageEntities, start)

	start = time.Now()
	rec.Places = p.geocoder.Places(rec.Entities)
	t.add(StagePlaces, start)

	start = time.Now()
	if dates := timex.Resolve(doc.Text, doc.Published); len(dates) > 0 {
		rec.Dates = dates
	}
	t.add(StageDates, start)

	start = time.Now()
	quotes, warnings := quote.Extract(doc.Text, rec.Sentences, rec.Entities)
	rec.Quotes = append(rec.Quotes, quotes...)
	rec.Warnings = append(rec.Warnings, warnings...)
	t.add(StageQuotes, start)

	if !p.opt.Grammar {
		for i := range rec.Sentences {
			rec.Sentences[i].Tokens = nil
		}
	}
	if t != nil {
		t.Tokens += ntok
	}
	return rec
}

// entities recognizes the names of each sentence and resolves them into the
// document's entities.
func (p *Pipeline) entities(doc chronicle.Document, sents []chronicle.Sentence) []chronicle.Entity {
	var named []resolve.Named
	var words, pos []string
	for si, s := range sents {
		words, pos = words[:0], pos[:0]
		for _, tok := range s.Tokens {
			words = append(words, tok.Text)
			pos = append(pos, tok.UPOS)
		}
		for _, sp := range p.recognizer.Recognize(words, pos) {
			named = append(named, resolve.Named{Sentence: si, Start: sp.Start, End: sp.End, Type: sp.Type})
		}
	}
	ents := p.resolver.Resolve(doc.Text, doc.Published, sents, named)
	if ents == nil {
		ents = []chronicle.Entity{}
	}
	return ents
}
