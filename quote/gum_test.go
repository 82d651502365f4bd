package quote

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/conllu"
)

// gumDoc is a GUM document rebuilt from CoNLL-U: its text (paragraphs on
// lines of their own), its sentences with the gold parse, and the gold
// <quote> spans without their marks.
type gumDoc struct {
	text   string
	sents  []chronicle.Sentence
	quotes []chronicle.Span
}

func readGUM(t *testing.T, path string) gumDoc {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var doc gumDoc
	var open []int // word start offsets of open <quote> elements
	for si, s := range sents {
		if si > 0 {
			if s.NewPar {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		cs := chronicle.Sentence{}
		cs.Start = b.Len()
		var prevSpace = false
		for wi, w := range s.Words {
			if wi > 0 && prevSpace {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(w.Form)
			tok := chronicle.Token{Span: chronicle.Span{Start: start, End: b.Len()}, Text: w.Form,
				UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Head: w.Head, DepRel: w.DepRel}
			cs.Tokens = append(cs.Tokens, tok)
			prevSpace = w.SpaceAfter()
			for range strings.Count(w.Misc, "<quote") {
				open = append(open, start)
			}
			for range strings.Count(w.Misc, "</quote>") {
				if len(open) > 0 {
					doc.quotes = append(doc.quotes, chronicle.Span{Start: open[len(open)-1], End: b.Len()})
					open = open[:len(open)-1]
				}
			}
		}
		cs.End = b.Len()
		doc.sents = append(doc.sents, cs)
	}
	doc.text = b.String()
	// Gold spans include their marks: strip them.
	for i, q := range doc.quotes {
		s := q.In(doc.text)
		s2 := strings.TrimLeft(s, "\"“'‘ ")
		q.Start += len(s) - len(s2)
		s3 := strings.TrimRight(s2, "\"”'’ ")
		q.End -= len(s2) - len(s3)
		doc.quotes[i] = q
	}
	return doc
}

// overlapHit reports whether some direct quote covers at least half of gold.
// GUM often marks a quote of several sentences sentence by sentence, so a
// found quote may be longer than the gold span.
func overlapHit(gold chronicle.Span, qs []chronicle.Quote) bool {
	for _, q := range qs {
		if !q.Direct {
			continue
		}
		lo, hi := max(q.Start, gold.Start), min(q.End, gold.End)
		if hi-lo > 0 && 2*(hi-lo) >= gold.Len() {
			return true
		}
	}
	return false
}

// TestGUMQuoteRecall measures how many of GUM's gold <quote> spans in the
// Wikinews news and interview documents are found as direct quotes, with the
// gold parse and with patterns only.
func TestGUMQuoteRecall(t *testing.T) {
	dir := filepath.Join(sharedDir(t, "corpora"), "gum", "dep")
	var files []string
	for _, g := range []string{"GUM_news_*.conllu", "GUM_interview_*.conllu"} {
		m, _ := filepath.Glob(filepath.Join(dir, g))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skipf("no GUM news documents in %s", dir)
	}
	docs := make([]gumDoc, 0, len(files))
	for _, f := range files {
		docs = append(docs, readGUM(t, f))
	}
	for _, mode := range []struct {
		name  string
		parse bool
		floor float64
	}{{"gold parse", true, 0.90}, {"patterns", false, 0.90}} {
		t.Run(mode.name, func(t *testing.T) {
			total, hit := 0, 0
			for fi, d := range docs {
				var sents []chronicle.Sentence
				if mode.parse {
					sents = d.sents
				}
				qs, _ := Extract(d.text, sents, nil)
				for _, g := range d.quotes {
					if g.Len() == 0 {
						continue
					}
					total++
					if overlapHit(g, qs) {
						hit++
					} else if testing.Verbose() {
						t.Logf("%s: missed %.80q", filepath.Base(files[fi]), g.In(d.text))
					}
				}
			}
			r := float64(hit) / float64(max(total, 1))
			t.Logf("GUM Wikinews quote-span recall (%s): %d/%d = %.3f", mode.name, hit, total, r)
			if r < mode.floor {
				t.Errorf("recall %.3f below the floor %.2f", r, mode.floor)
			}
		})
	}
}
