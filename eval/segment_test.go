package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/internal/corpora"
	"github.com/chronicle-news/chronicle/text"
)

// corporaDir is the shared corpora directory (see internal/corpora).
func corporaDir(t testing.TB) string {
	d, err := corpora.Dir()
	if err != nil {
		t.Skip(err)
	}
	return d
}

// scoreFiles scores text.Segment on the CoNLL-U files matching pattern in the
// corpora, skipping the test when there are none.
func scoreFiles(t *testing.T, pattern string) SegmentScore {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corporaDir(t), pattern))
	if len(files) == 0 {
		t.Skipf("no gold files %s under %s (set CHRONICLE_CORPORA)", pattern, corporaDir(t))
	}
	var total SegmentScore
	for _, f := range files {
		sents, err := conllu.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		total.Add(ScoreSegment(SegmentDocs(sents), text.Segment))
	}
	return total
}

// TestSegmentQualityFloor fails when tokenization or sentence splitting
// falls below the figures recorded on the test sets.
func TestSegmentQualityFloor(t *testing.T) {
	tests := []struct {
		name, pattern         string
		minToken, minSentence float64
	}{
		{"EWT test", "ud-english-ewt/en_ewt-ud-test.conllu", 0.99, 0.85},
		{"GUM news", "gum/dep/GUM_news_*.conllu", 0.995, 0.95},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := scoreFiles(t, tt.pattern)
			t.Logf("%s: %d docs, token P %.4f R %.4f F1 %.4f; sentence P %.4f R %.4f F1 %.4f", tt.name, sc.Documents,
				sc.Tokens.Precision(), sc.Tokens.Recall(), sc.Tokens.F1(),
				sc.Sentences.Precision(), sc.Sentences.Recall(), sc.Sentences.F1())
			if got := sc.Tokens.F1(); got < tt.minToken {
				t.Errorf("token F1 = %.4f, want >= %.4f", got, tt.minToken)
			}
			if got := sc.Sentences.F1(); got < tt.minSentence {
				t.Errorf("sentence F1 = %.4f, want >= %.4f", got, tt.minSentence)
			}
		})
	}
}

// TestSegmentDev reports the development figures without a floor.
func TestSegmentDev(t *testing.T) {
	for _, p := range []string{"ud-english-ewt/en_ewt-ud-dev.conllu", "gum/dep/GUM_[abcivz]*.conllu"} {
		sc := scoreFiles(t, p)
		t.Logf("%s: token F1 %.4f, sentence P %.4f R %.4f F1 %.4f", p, sc.Tokens.F1(),
			sc.Sentences.Precision(), sc.Sentences.Recall(), sc.Sentences.F1())
	}
}

func TestSegmentDocs(t *testing.T) {
	const gold = `# newdoc id = d1
# newpar
# text = Hello world.
1	Hello	hello	INTJ	UH	_	2	discourse	_	_
2	world	world	NOUN	NN	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# newpar
# text = Heading
1	Heading	heading	NOUN	NN	_	0	root	_	_

# newdoc id = d2
# text = Two.
1	Two	two	NUM	CD	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

`
	var sents []*conllu.Sentence
	for s, err := range conllu.Read(strings.NewReader(gold), "gold") {
		if err != nil {
			t.Fatal(err)
		}
		sents = append(sents, s)
	}
	docs := SegmentDocs(sents)
	if len(docs) != 2 {
		t.Fatalf("got %d docs, want 2", len(docs))
	}
	if want := "Hello world. I don't know.\nHeading"; docs[0].Text != want {
		t.Errorf("text = %q, want %q", docs[0].Text, want)
	}
	var got []string
	for _, sp := range docs[0].Tokens {
		got = append(got, sp.In(docs[0].Text))
	}
	if want := "Hello|world|.|I|don't|know|.|Heading"; strings.Join(got, "|") != want {
		t.Errorf("tokens = %q, want %q", strings.Join(got, "|"), want)
	}
	sc := ScoreSegment(docs, text.Segment)
	if sc.Tokens.F1() != 1 || sc.Sentences.F1() != 1 {
		t.Errorf("score = %+v, want perfect", sc)
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{Gold: 4, Predicted: 2, Correct: 2}, 1, 0.5, 2.0 / 3},
		{Counts{}, 0, 0, 0},
		{Counts{Gold: 3, Predicted: 3, Correct: 0}, 0, 0, 0},
	}
	for _, tt := range tests {
		if got := tt.c.Precision(); got != tt.p {
			t.Errorf("%+v precision = %v, want %v", tt.c, got, tt.p)
		}
		if got := tt.c.Recall(); got != tt.r {
			t.Errorf("%+v recall = %v, want %v", tt.c, got, tt.r)
		}
		if got := tt.c.F1(); got-tt.f > 1e-12 || tt.f-got > 1e-12 {
			t.Errorf("%+v F1 = %v, want %v", tt.c, got, tt.f)
		}
	}
}

func TestSurfaceSpans(t *testing.T) {
	const s = "Kiev’s I'll can't 'tis"
	got := SurfaceSpans([]chronicle.Sentence{{Tokens: text.Tokenize(s)}})
	var forms []string
	for _, sp := range got {
		forms = append(forms, sp.In(s))
	}
	if want := "Kiev’s|I'll|can't|'|tis"; strings.Join(forms, "|") != want {
		t.Errorf("surface = %q, want %q", strings.Join(forms, "|"), want)
	}
}
