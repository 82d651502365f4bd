package grammar

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/internal/corpora"
	"github.com/chronicle-news/chronicle/parser"
	"github.com/chronicle-news/chronicle/tagger"
)

// corporaDir is the shared corpora directory; it skips the test when it
// is absent (see internal/corpora).
func corporaDir(t testing.TB) string {
	t.Helper()
	return corpora.Require(t)
}

func readFiles(t testing.TB, paths ...string) []*conllu.Sentence {
	t.Helper()
	var all []*conllu.Sentence
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("corpus file %s not found (set CHRONICLE_CORPORA)", p)
		}
		s, err := conllu.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, s...)
	}
	return all
}

func mustDefault(t testing.TB) *Grammar {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// score annotates the gold sentences' words and scores the result.
func score(g *Grammar, gold []*conllu.Sentence) eval.GrammarScore {
	var sc eval.GrammarScore
	for _, s := range gold {
		pred := &conllu.Sentence{Words: make([]conllu.Word, len(s.Words))}
		for i, w := range s.Words {
			pred.Words[i] = conllu.Word{ID: w.ID, Form: w.Form}
		}
		g.AnnotateCoNLLU(pred)
		sc.Add(eval.ScoreGrammar(s, pred))
	}
	return sc
}

// Quality floors: the figures reached by the committed models (see
// parser/MODEL.md), less a little slack for deliberate trade-offs. A change
// that scores below them makes the grammar worse.
func TestQualityEWT(t *testing.T) {
	g := mustDefault(t)
	gold := readFiles(t, filepath.Join(corporaDir(t), "ud-english-ewt", "en_ewt-ud-test.conllu"))
	sc := score(g, gold)
	check(t, sc, floors{lemma: 0.975, uas: 0.864, las: 0.837})
}

// gumNewsHeldOut are the GUM news documents of the dev and test splits
// (gum/splits.md); the parser trained on the others.
var gumNewsHeldOut = []string{"GUM_news_homeopathic", "GUM_news_iodine", "GUM_news_nasa", "GUM_news_sensitive"}

func TestQualityGUMNews(t *testing.T) {
	g := mustDefault(t)
	var paths []string
	for _, d := range gumNewsHeldOut {
		paths = append(paths, filepath.Join(corporaDir(t), "gum", "dep", d+".conllu"))
	}
	sc := score(g, readFiles(t, paths...))
	check(t, sc, floors{lemma: 0.974, uas: 0.837, las: 0.811})
}

type floors struct{ lemma, uas, las float64 }

func check(t *testing.T, sc eval.GrammarScore, f floors) {
	t.Helper()
	uas, las := sc.Accuracy(sc.UAS), sc.Accuracy(sc.LAS)
	t.Logf("%d words: UPOS %.4f XPOS %.4f lemma %.4f UAS %.4f LAS %.4f (full labels %.4f)", sc.Words,
		sc.Accuracy(sc.UPOS), sc.Accuracy(sc.XPOS), sc.Accuracy(sc.Lemma), uas, las, sc.Accuracy(sc.LASFull))
	if lemma := sc.Accuracy(sc.Lemma); lemma < f.lemma {
		t.Errorf("lemma %.4f, want ≥ %.4f", lemma, f.lemma)
	}
	if uas < f.uas {
		t.Errorf("UAS %.4f, want ≥ %.4f", uas, f.uas)
	}
	if las < f.las {
		t.Errorf("LAS %.4f, want ≥ %.4f", las, f.las)
	}
}

func TestAnnotate(t *testing.T) {
	g := mustDefault(t)
	tokens := func(words ...string) []chronicle.Token {
		var out []chronicle.Token
		for _, w := range words {
			out = append(out, chronicle.Token{Text: w})
		}
		return out
	}
	tests := []struct {
		name string
		toks []chronicle.Token
	}{
		{"empty", nil},
		{"sentence", tokens("Rebels", "attacked", "the", "capital", "on", "Monday", ".")},
		{"punctuation", tokens(".", "!", "?", ",", "--", "...")},
		{"emoji", tokens("😀", "🇺🇸", "👍🏽")},
		{"long", tokens(slices.Repeat([]string{"Police", "said", "the", "man", ",", "who", "fled", "and"}, 125)...)},
		{"odd bytes", tokens("\xff", "", "\x00", "ééé")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g.Annotate(tt.toks)
			roots := 0
			for i, tok := range tt.toks {
				if tok.UPOS == "" || tok.XPOS == "" || tok.DepRel == "" {
					t.Errorf("token %d %q left without tags: %+v", i, tok.Text, tok)
				}
				if tok.Head < 0 || tok.Head > len(tt.toks) || tok.Head == i+1 {
					t.Errorf("token %d has head %d", i+1, tok.Head)
				}
				if tok.Head == 0 {
					roots++
				}
			}
			if len(tt.toks) > 0 && roots != 1 {
				t.Errorf("%d roots", roots)
			}
		})
	}
	// The plain sentence gets the obvious analysis.
	toks := tokens("Rebels", "attacked", "the", "capital", "on", "Monday", ".")
	g.Annotate(toks)
	var got []string
	for _, tok := range toks {
		got = append(got, tok.UPOS+"/"+tok.DepRel)
	}
	want := "NOUN/nsubj VERB/root DET/det NOUN/obj ADP/case PROPN/obl PUNCT/punct"
	if strings.Join(got, " ") != want {
		t.Errorf("got %s, want %s", strings.Join(got, " "), want)
	}
}

// BenchmarkAnnotate tags, lemmatizes and parses EWT test sentences and
// reports tokens per second.
func BenchmarkAnnotate(b *testing.B) {
	g := mustDefault(b)
	gold := readFiles(b, filepath.Join(corporaDir(b), "ud-english-ewt", "en_ewt-ud-test.conllu"))
	var sents [][]chronicle.Token
	for _, s := range gold {
		var toks []chronicle.Token
		for _, w := range s.Words {
			toks = append(toks, chronicle.Token{Text: w.Form})
		}
		sents = append(sents, toks)
	}
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	done := 0
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		g.Annotate(s)
		done += len(s)
	}
	b.ReportMetric(float64(done)/time.Since(start).Seconds(), "tokens/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(done)/used.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkLoad measures decoding every model of the grammar, as the first
// call to Default does, from the model files in the source tree (the same
// bytes the binary embeds).
func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS("..")
	for i := 0; i < b.N; i++ {
		if _, err := tagger.Load(fsys, "tagger/model/tagger.bin"); err != nil {
			b.Fatal(err)
		}
		if _, err := parser.Load(fsys, "parser/"+parser.DefaultModel); err != nil {
			b.Fatal(err)
		}
	}
}
