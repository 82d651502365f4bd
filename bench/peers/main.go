// Command peers compares Chronicle's entity recognizer with prose v2's on the
// Universal NER test sets: exact-span precision, recall and F1 over PER, ORG
// and LOC, and recognition speed in tokens per second on one goroutine.
//
// It is a separate module so that the main module never depends on prose.
// Both recognizers read the same gold tokens. Chronicle gets them as they
// are; prose gets each sentence's tokens joined by spaces (it tokenizes and
// tags by itself), and its entities are aligned back to the gold tokens by
// character offsets. prose's labels map PERSON→PER, GPE→LOC, ORGANIZATION→ORG; it
// has no other types. prose's model is loaded once and reused, which is
// kinder to it than the per-document reload its NewDocument does by default.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/ner"
	"github.com/jdkato/prose/v2"
)

func main() {
	corpora := flag.String("corpora", defaultCorpora(), "shared corpora `dir`")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	sets := []struct{ name, path string }{
		{"UNER EWT test", filepath.Join(*corpora, "uner-english-ewt", "en_ewt-ud-test.iob2")},
		{"UNER PUD", filepath.Join(*corpora, "uner-english-pud", "en_pud-ud-test.iob2")},
	}
	rec, err := ner.Default()
	if err != nil {
		fail(err)
	}
	warm, err := prose.NewDocument("Warm up .", prose.WithSegmentation(false))
	if err != nil {
		fail(err)
	}
	model := warm.Model
	fmt.Printf("| system | set | PER F1 | ORG F1 | LOC F1 | P | R | F1 | tokens/s |\n")
	fmt.Printf("|---|---|---|---|---|---|---|---|---|\n")
	for _, set := range sets {
		f, err := os.Open(set.path)
		if err != nil {
			fail(err)
		}
		gold, err := eval.ReadNERGold(f)
		f.Close()
		if err != nil {
			fail(fmt.Errorf("%s: %w", set.path, err))
		}
		tokens := 0
		golds := make([][]eval.NERSpan, len(gold))
		for i, s := range gold {
			golds[i] = s.Spans
			tokens += len(s.Words)
		}

		preds := make([][]eval.NERSpan, len(gold))
		began := time.Now()
		for i, s := range gold {
			for _, sp := range rec.Recognize(s.Words, nil) {
				preds[i] = append(preds[i], eval.NERSpan{Start: sp.Start, End: sp.End, Type: sp.Type})
			}
		}
		row("Chronicle ner", set.name, eval.ScoreNER(golds, preds, eval.MapUNER), tokens, time.Since(began))

		// The pipeline tags every sentence before recognition anyway: time
		// recognition alone, with UPOS tags computed beforehand.
		if rec.UsesPOS() && rec.Tagger != nil {
			tags := make([][]string, len(gold))
			for i, s := range gold {
				tags[i] = rec.Tagger(s.Words)
			}
			preds = make([][]eval.NERSpan, len(gold))
			began = time.Now()
			for i, s := range gold {
				for _, sp := range rec.Recognize(s.Words, tags[i]) {
					preds[i] = append(preds[i], eval.NERSpan{Start: sp.Start, End: sp.End, Type: sp.Type})
				}
			}
			row("Chronicle ner, tags given", set.name, eval.ScoreNER(golds, preds, eval.MapUNER), tokens, time.Since(began))
		}

		preds = make([][]eval.NERSpan, len(gold))
		began = time.Now()
		for i, s := range gold {
			preds[i] = proseSpans(model, s.Words)
		}
		row("prose v2.0.0", set.name, eval.ScoreNER(golds, preds, nil), tokens, time.Since(began))
	}
}

// proseSpans runs prose over the words joined by spaces and returns its
// entities as spans over the words.
func proseSpans(model *prose.Model, words []string) []eval.NERSpan {
	text := strings.Join(words, " ")
	// start[i] is the byte offset of word i in text.
	start := make([]int, len(words))
	off := 0
	for i, w := range words {
		start[i] = off
		off += len(w) + 1
	}
	wordAt := func(b int) int { // index of the word covering byte b
		i := 0
		for i+1 < len(start) && start[i+1] <= b {
			i++
		}
		return i
	}
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model))
	if err != nil {
		return nil
	}
	var spans []eval.NERSpan
	cursor := 0
	open := -1
	openType := ""
	lastEnd := 0
	closeSpan := func() {
		if open >= 0 {
			if t := mapProse(openType); t != "" {
				spans = append(spans, eval.NERSpan{Start: wordAt(open), End: wordAt(lastEnd-1) + 1, Type: t})
			}
			open = -1
		}
	}
	for _, tok := range doc.Tokens() {
		at := strings.Index(text[cursor:], tok.Text)
		if at < 0 { // prose rewrote the token (quotes); keep position
			at = 0
		}
		b := cursor + at
		e := b + len(tok.Text)
		if at == 0 && !strings.HasPrefix(text[cursor:], tok.Text) {
			e = b
		}
		cursor = min(e, len(text))
		prefix, typ, _ := strings.Cut(tok.Label, "-")
		switch {
		// Like prose's own chunker, an entity runs from a B- token through the
		// I- tokens after it, whatever their type, and takes the B- type.
		case prefix == "B" || (prefix == "I" && open < 0):
			closeSpan()
			open, openType = b, typ
		case prefix == "I":
		default:
			closeSpan()
			continue
		}
		lastEnd = max(e, b+1)
	}
	closeSpan()
	return spans
}

func mapProse(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "GPE":
		return "LOC"
	case "ORGANIZATION", "ORG":
		return "ORG"
	}
	return ""
}

func row(system, set string, sc eval.NERScore, tokens int, took time.Duration) {
	f1 := func(t string) string {
		if c := sc.Types[t]; c != nil {
			return fmt.Sprintf("%.3f", c.F1())
		}
		return "-"
	}
	fmt.Printf("| %s | %s | %s | %s | %s | %.3f | %.3f | **%.3f** | %.0f |\n", system, set,
		f1("PER"), f1("ORG"), f1("LOC"),
		sc.Overall.Precision(), sc.Overall.Recall(), sc.Overall.F1(), float64(tokens)/took.Seconds())
}

func defaultCorpora() string {
	if d := os.Getenv("CHRONICLE_CORPORA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "corpora")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "peers:", err)
	os.Exit(1)
}
