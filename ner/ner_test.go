package ner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/corpora"
	"github.com/chronicle-news/chronicle/perceptron"
)

func TestTagsOfSpansOfRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		spans []Span
	}{
		{"empty", 3, nil},
		{"unit", 3, []Span{{1, 2, "GPE"}}},
		{"multi", 5, []Span{{0, 3, "PERSON"}, {3, 4, "ORG"}}},
		{"adjacent same type", 4, []Span{{0, 2, "ORG"}, {2, 4, "ORG"}}},
		{"whole", 4, []Span{{0, 4, "EVENT"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spansOf(tagsOf(tt.n, tt.spans))
			if !reflect.DeepEqual(got, tt.spans) {
				t.Errorf("spansOf(tagsOf(%v)) = %v, want %v", tt.spans, got, tt.spans)
			}
		})
	}
}

func TestTagsOfSkipsBadSpans(t *testing.T) {
	got := tagsOf(3, []Span{{0, 2, "PERSON"}, {1, 3, "ORG"}, {2, 9, "GPE"}, {2, 3, "MISC"}})
	want := []int{tagOf(0, tagB), tagOf(0, tagL), 0}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tagsOf = %v, want %v", got, want)
	}
}

func TestParseIOB(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []Span
	}{
		{"iob2", []string{"B-PER", "I-PER", "O", "B-LOC"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"iob1", []string{"I-ORG", "I-ORG", "B-ORG", "O"}, []Span{{0, 2, "ORG"}, {2, 3, "ORG"}}},
		{"type change", []string{"I-PER", "I-LOC"}, []Span{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{"bilou", []string{"U-GPE", "B-PER", "L-PER"}, []Span{{0, 1, "GPE"}, {1, 3, "PER"}}},
		{"junk", []string{"X", "", "B-"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseIOB(tt.tags); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseIOB(%v) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestTransitions(t *testing.T) {
	tests := []struct {
		prev, cur string
		want      bool
	}{
		{"O", "B-PERSON", true},
		{"O", "I-PERSON", false},
		{"B-PERSON", "I-PERSON", true},
		{"B-PERSON", "L-PERSON", true},
		{"B-PERSON", "L-ORG", false},
		{"B-PERSON", "O", false},
		{"L-PERSON", "U-GPE", true},
		{"U-GPE", "L-GPE", false},
	}
	idx := map[string]int{}
	for i, n := range tagNames {
		idx[n] = i
	}
	for _, tt := range tests {
		if got := transitionOK(idx[tt.prev], idx[tt.cur]); got != tt.want {
			t.Errorf("transitionOK(%s, %s) = %v, want %v", tt.prev, tt.cur, got, tt.want)
		}
	}
}

func TestShapeAndCaps(t *testing.T) {
	tests := []struct {
		word, shape string
		caps        byte
	}{
		{"McDonald", "XxXxx", capMixed},
		{"Paris", "Xxx", capTitle},
		{"NATO", "XX", capUpper},
		{"1990s", "ddx", capLower},
		{"--", "--", capNone},
		{"Zürich", "Xxx", capTitle},
	}
	for _, tt := range tests {
		if got := shapeOf(tt.word); got != tt.shape {
			t.Errorf("shapeOf(%q) = %q, want %q", tt.word, got, tt.shape)
		}
		if got := capsOf(tt.word); got != tt.caps {
			t.Errorf("capsOf(%q) = %c, want %c", tt.word, got, tt.caps)
		}
	}
}

func TestGazetteerMark(t *testing.T) {
	g := NewGazetteer()
	g.Add("United States", "GPE")
	g.Add("United States of America", "GPE")
	g.Add("French", "NORP")
	tests := []struct {
		words []string
		want  []string
	}{
		{strings.Fields("the United States of America said"), []string{"", "B-GPE", "I-GPE", "I-GPE", "L-GPE", ""}},
		{strings.Fields("United States of Mind"), []string{"B-GPE", "L-GPE", "", ""}},
		{strings.Fields("French and french"), []string{"U-NORP", "", ""}},
	}
	for _, tt := range tests {
		var s sentence
		s.reset(tt.words, nil, g, nil, nil, false)
		if !reflect.DeepEqual(s.gaz, tt.want) {
			t.Errorf("mark(%v) = %q, want %q", tt.words, s.gaz, tt.want)
		}
	}
}

// corporaDir is the shared corpora directory; it skips the test when
// uner-english-ewt is absent (see internal/corpora).
func corporaDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(corpora.Require(t, "uner-english-ewt"))
}

func defaultRecognizer(t testing.TB) *Recognizer {
	t.Helper()
	r, err := Default()
	if err != nil {
		t.Skipf("no embedded model: %v", err)
	}
	return r
}

// unerScore scores r on a Universal NER file with PER/ORG/LOC mapping.
func unerScore(t testing.TB, r *Recognizer, path string) (f1 float64, perType map[string]float64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("gold not available: %v", err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f, true)
	if err != nil {
		t.Fatal(err)
	}
	type c struct{ gold, pred, ok int }
	counts := map[string]*c{"PER": {}, "ORG": {}, "LOC": {}, "all": {}}
	for _, s := range sents {
		gold := map[Span]bool{}
		for _, sp := range s.Spans {
			gold[sp] = true
			counts[sp.Type].gold++
			counts["all"].gold++
		}
		for _, sp := range r.Recognize(s.Words, nil) {
			switch sp.Type {
			case "PERSON":
				sp.Type = "PER"
			case "GPE", "LOC", "FAC":
				sp.Type = "LOC"
			case "ORG":
			default:
				continue
			}
			counts[sp.Type].pred++
			counts["all"].pred++
			if gold[sp] {
				counts[sp.Type].ok++
				counts["all"].ok++
			}
		}
	}
	f1of := func(x *c) float64 {
		if x.ok == 0 {
			return 0
		}
		p, r := float64(x.ok)/float64(x.pred), float64(x.ok)/float64(x.gold)
		return 2 * p * r / (p + r)
	}
	perType = map[string]float64{}
	for k, v := range counts {
		perType[k] = f1of(v)
	}
	return perType["all"], perType
}

// TestQualityFloor fails when the embedded model scores below the figures
// recorded in MODEL.md on the Universal NER test sets.
func TestQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := corporaDir(t)
	r := defaultRecognizer(t)
	tests := []struct {
		name, path string
		floor      float64
	}{
		{"uner-ewt-test", filepath.Join(dir, "uner-english-ewt", "en_ewt-ud-test.iob2"), 0.73},
		{"uner-pud", filepath.Join(dir, "uner-english-pud", "en_pud-ud-test.iob2"), 0.74},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f1, per := unerScore(t, r, tt.path)
			t.Logf("%s: F1 %.4f (PER %.4f ORG %.4f LOC %.4f)", tt.name, f1, per["PER"], per["ORG"], per["LOC"])
			if f1 < tt.floor {
				t.Errorf("%s F1 = %.4f, want >= %.2f", tt.name, f1, tt.floor)
			}
		})
	}
}

func TestRecognizeExample(t *testing.T) {
	r := defaultRecognizer(t)
	words := strings.Fields("President Joe Biden met German Chancellor Olaf Scholz in Washington on Friday .")
	got := map[string]string{}
	for _, s := range r.Recognize(words, nil) {
		got[strings.Join(words[s.Start:s.End], " ")] = s.Type
	}
	want := map[string]string{"Joe Biden": "PERSON", "Olaf Scholz": "PERSON", "Washington": "GPE", "German": "NORP"}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%q: got type %q, want %q (all: %v)", name, got[name], typ, got)
		}
	}
}

// TestFeaturesBounded checks that the work per word does not grow with the
// sentence: a run of ten thousand capitalized words, all in the gazetteer,
// gets no more features per word than a short sentence.
func TestFeaturesBounded(t *testing.T) {
	g := NewGazetteer()
	g.Add("New", "GPE")
	g.Add("New New New New New New New New", "GPE")
	words := make([]string, 10000)
	for i := range words {
		words[i] = "New"
	}
	opts := FeatureOptions{Gazetteer: true, POS: true}
	var s sentence
	pos := make([]string, len(words))
	for i := range pos {
		pos[i] = "PROPN"
	}
	s.reset(words, pos, g, nil, nil, false)
	const limit = 64
	for i := range words {
		if n := len(opts.features(&s, i, nil)); n > limit {
			t.Fatalf("word %d has %d features, want <= %d", i, n, limit)
		}
	}
	r := newRecognizer(newTestModel(), g, nil, opts)
	spans := r.Recognize(words, pos)
	checkSpans(t, words, spans)
}

func checkSpans(t *testing.T, words []string, spans []Span) {
	t.Helper()
	end := 0
	for _, s := range spans {
		if s.Start < end || s.End <= s.Start || s.End > len(words) {
			t.Fatalf("bad span %v after %d in %d words", s, end, len(words))
		}
		if _, ok := typeIndex[s.Type]; !ok {
			t.Fatalf("span %v has unknown type", s)
		}
		end = s.End
	}
}

func FuzzRecognize(f *testing.F) {
	f.Add("President Joe Biden visited New York .")
	f.Add("")
	f.Add("\xff\xfe A B C D")
	f.Add(strings.Repeat("Xi ", 300))
	r, err := Default()
	if err != nil {
		r = newRecognizer(newTestModel(), NewGazetteer(), nil, FeatureOptions{Gazetteer: true})
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		spans := r.Recognize(words, nil)
		checkSpans(t, words, spans)
		if utf8.ValidString(s) {
			_ = r.RecognizeTags(words, words) // pos of the right length, junk values
		}
	})
}

func BenchmarkRecognize(b *testing.B) {
	r := defaultRecognizer(b)
	words := strings.Fields("Russian President Vladimir Putin told reporters in Moscow on Tuesday that the Kremlin " +
		"would consider the proposal from the United Nations , a spokesman for Secretary of State Antony Blinken said .")
	pos := benchPOS(b, r, words)
	b.ReportAllocs()
	b.SetBytes(int64(len(words))) // "bytes" here are tokens: MB/s reads as million tokens/s
	for b.Loop() {
		r.Recognize(words, pos)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

// benchPOS tags words once for a model that uses POS features: the
// pipeline tags every sentence anyway, so tagging is not the recognizer's
// cost.
func benchPOS(b *testing.B, r *Recognizer, words []string) []string {
	if !r.UsesPOS() || r.Tagger == nil {
		return nil
	}
	return r.Tagger(words)
}

// BenchmarkRecognizeLong decodes one ten-thousand-word run of capitalized
// words; its time per token should match BenchmarkRecognize's.
func BenchmarkRecognizeLong(b *testing.B) {
	r := defaultRecognizer(b)
	words := make([]string, 10000)
	for i := range words {
		words[i] = "Capital"
	}
	pos := benchPOS(b, r, words)
	b.ReportAllocs()
	for b.Loop() {
		r.Recognize(words, pos)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

// newTestModel trains a tiny model on a few hand-made sentences.
func newTestModel() *perceptron.Model {
	data := []Sentence{
		{Words: strings.Fields("Angela Merkel visited Paris ."), Spans: []Span{{0, 2, "PERSON"}, {3, 4, "GPE"}}},
		{Words: strings.Fields("The United Nations met in Geneva ."), Spans: []Span{{1, 3, "ORG"}, {5, 6, "GPE"}}},
		{Words: strings.Fields("French troops crossed the Alps ."), Spans: []Span{{0, 1, "NORP"}, {4, 5, "LOC"}}},
	}
	r, err := Train(data, TrainOptions{Iterations: 3, Seed: 1})
	if err != nil {
		panic(err)
	}
	return r.model
}

func TestTrainLearnsToyData(t *testing.T) {
	r := newRecognizer(newTestModel(), nil, nil, FeatureOptions{})
	words := strings.Fields("Angela Merkel visited Paris .")
	got := r.Recognize(words, nil)
	want := []Span{{0, 2, "PERSON"}, {3, 4, "GPE"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Recognize(%v) = %v, want %v", words, got, want)
	}
}

// TestClustersRoundTrip trains a tiny model with word clusters and the
// lower-case gazetteer, writes it and reads it back: the copy must keep the
// options and the cluster table and decode the same.
func TestClustersRoundTrip(t *testing.T) {
	cc := NewClusterCounter()
	for _, s := range []string{"Angela Merkel visited Paris .", "Olaf Scholz visited Berlin .", "The United Nations met in Geneva .",
		"Emmanuel Macron visited Rome .", "the united nations met in paris ."} {
		for range 3 {
			cc.AddText(s)
		}
	}
	cl := cc.Clusters(2, 50, 6)
	if len(cl) == 0 || cl["paris"] == "" {
		t.Fatalf("clusters = %v", cl)
	}
	g := NewGazetteer()
	g.Add("Paris", "GPE")
	lc := NewLexiconCounter()
	lc.AddSentence(strings.Fields("we went to Paris and Paris was nice ."))
	data := []Sentence{
		{Words: strings.Fields("Angela Merkel visited Paris ."), Spans: []Span{{0, 2, "PERSON"}, {3, 4, "GPE"}}},
		{Words: strings.Fields("The United Nations met in Geneva ."), Spans: []Span{{1, 3, "ORG"}, {5, 6, "GPE"}}},
		{Words: strings.Fields("i live in paris ."), Spans: []Span{{3, 4, "GPE"}}},
	}
	r, err := Train(data, TrainOptions{Iterations: 3, Seed: 1, Gazetteer: g, Lexicon: lc.Lexicon(1), Clusters: cl,
		Features: FeatureOptions{Gazetteer: true, Casing: true, Clusters: true, LowerGaz: true}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := r.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	r2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if r2.opts != r.opts || len(r2.clus) != len(cl) || r2.clus["paris"] != cl["paris"] {
		t.Fatalf("read back opts %+v, %d clusters; want %+v, %d", r2.opts, len(r2.clus), r.opts, len(cl))
	}
	for _, s := range data {
		if a, b := fmt.Sprint(r.Recognize(s.Words, nil)), fmt.Sprint(r2.Recognize(s.Words, nil)); a != b {
			t.Errorf("%v: %s after reading, want %s", s.Words, b, a)
		}
	}
}

func TestTrimTitles(t *testing.T) {
	words := []string{"Mr.", "Panvalkar", "met", "Emperor", "Meiji", "and", "Prophet", "Muhammad", "Mr"}
	got := trimTitles(words, []Span{{0, 2, "PERSON"}, {3, 5, "PERSON"}, {6, 8, "PERSON"}, {8, 9, "PERSON"}, {3, 5, "ORG"}})
	want := []Span{{1, 2, "PERSON"}, {4, 5, "PERSON"}, {6, 8, "PERSON"}, {8, 9, "PERSON"}, {3, 5, "ORG"}}
	if !slices.Equal(got, want) {
		t.Errorf("trimTitles = %v, want %v", got, want)
	}
	words = []string{"Prime", "Minister", "Blair", "and", "Herr", "Schmidt"}
	got = trimTitles(words, []Span{{0, 3, "PERSON"}, {4, 6, "PERSON"}})
	want = []Span{{2, 3, "PERSON"}, {5, 6, "PERSON"}}
	if !slices.Equal(got, want) {
		t.Errorf("trimTitles = %v, want %v", got, want)
	}
	words = []string{"Mrs", "Hassan", "and", "Ms", "Hassan", "of", "Hassan"}
	got = trimTitles(words, []Span{{0, 2, "GPE"}, {4, 5, "GPE"}, {6, 7, "GPE"}})
	want = []Span{{1, 2, "PERSON"}, {4, 5, "PERSON"}, {6, 7, "GPE"}}
	if !slices.Equal(got, want) {
		t.Errorf("trimTitles = %v, want %v", got, want)
	}
}

func TestJoinNames(t *testing.T) {
	got := joinNames([]Span{{0, 1, "GPE"}, {1, 2, "PERSON"}, {3, 4, "GPE"}, {5, 6, "PERSON"}, {6, 7, "LOC"}})
	want := []Span{{0, 2, "PERSON"}, {3, 4, "GPE"}, {5, 6, "PERSON"}, {6, 7, "LOC"}}
	if !slices.Equal(got, want) {
		t.Errorf("joinNames = %v, want %v", got, want)
	}
}

func TestSplitPossessors(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Skip(err)
	}
	words := []string{"China", "'s", "Health", "Ministry", "and", "Acme", "'s", "board"}
	got := r.splitPossessors(words, []Span{{0, 4, "ORG"}, {5, 8, "ORG"}})
	want := []Span{{0, 1, "GPE"}, {2, 4, "ORG"}, {5, 8, "ORG"}}
	if !slices.Equal(got, want) {
		t.Errorf("splitPossessors = %v, want %v", got, want)
	}
}

// TestKnownBodies: a gazetteer organisation the model missed or typed
// otherwise is marked, but not a word usually in lower case, nor a name
// inside a longer one.
func TestKnownBodies(t *testing.T) {
	g := NewGazetteer()
	for _, n := range []string{"Microsoft", "Korean Air", "WHO", "SNP", "Commission", "Burger King"} {
		g.Add(n, "ORG")
	}
	lc := NewLexiconCounter()
	for range 50 {
		lc.AddSentence([]string{"Asked", "who", "said", "it", "?"})
	}
	r := &Recognizer{gaz: g, lex: lc.Lexicon(1)}
	for _, tt := range []struct {
		words string
		spans []Span
		want  []Span
	}{
		{"He left Microsoft to join Korean Air .", nil, []Span{{2, 3, "ORG"}, {5, 7, "ORG"}}},
		{"We ate at Burger King .", []Span{{3, 5, "LOC"}}, []Span{{3, 5, "ORG"}}},
		{"Who said WHO ?", nil, []Span{{2, 3, "ORG"}}},
		{"They packed SNP Square .", nil, nil},
		{"the Commission on Elections ruled", nil, nil},
	} {
		words := strings.Fields(tt.words)
		if got := r.knownBodies(words, tt.spans); !slices.Equal(got, tt.want) {
			t.Errorf("knownBodies(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}

// TestPlacesInPlaces: a place's span with a comma inside is two places.
func TestPlacesInPlaces(t *testing.T) {
	words := strings.Fields("in Washington , D.C. and Paris , and Rome ,")
	got := placesInPlaces(words, []Span{{1, 4, "GPE"}, {5, 7, "GPE"}, {8, 10, "GPE"}})
	want := []Span{{1, 2, "GPE"}, {3, 4, "GPE"}, {5, 7, "GPE"}, {8, 10, "GPE"}}
	if !slices.Equal(got, want) {
		t.Errorf("placesInPlaces = %v, want %v", got, want)
	}
}

// TestJoinParticles: a span opening on a name particle joins the span before.
func TestJoinParticles(t *testing.T) {
	words := strings.Fields("from San Juan de Lurigancho and Charles de Gaulle , de facto")
	got := joinParticles(words, []Span{{1, 3, "GPE"}, {3, 5, "PERSON"}, {6, 7, "PERSON"}, {7, 9, "PERSON"}})
	want := []Span{{1, 5, "GPE"}, {6, 9, "PERSON"}}
	if !slices.Equal(got, want) {
		t.Errorf("joinParticles = %v, want %v", got, want)
	}
	words = strings.Fields("Sayyid Badr bin Hamad Al Busaidi said")
	got = joinParticles(words, []Span{{3, 6, "PERSON"}})
	if want := []Span{{1, 6, "PERSON"}}; !slices.Equal(got, want) {
		t.Errorf("joinParticles = %v, want %v", got, want)
	}
	words = strings.Fields("the late president Bingu wa Mutharika and Daniel arap Moi")
	got = joinParticles(words, []Span{{5, 6, "PERSON"}, {9, 10, "PERSON"}})
	if want := []Span{{3, 6, "PERSON"}, {7, 10, "PERSON"}}; !slices.Equal(got, want) {
		t.Errorf("joinParticles = %v, want %v", got, want)
	}
}

// A name ending on a plural's apostrophe runs on over the capitalised words
// after it; a person's does not.
func TestPluralPossessives(t *testing.T) {
	words := strings.Fields("the International Year of Glaciers ' Preservation and the Farmers ' Union Congress , the Jones ' House")
	got := pluralPossessives(words, []Span{{1, 5, "ORG"}, {9, 10, "ORG"}, {12, 13, "ORG"}, {15, 16, "PERSON"}})
	want := []Span{{1, 7, "ORG"}, {9, 13, "ORG"}, {15, 16, "PERSON"}}
	if !slices.Equal(got, want) {
		t.Errorf("pluralPossessives = %v, want %v", got, want)
	}
}

// A span ending on "people" is the people's name without it.
func TestPeoplesNotBodies(t *testing.T) {
	words := strings.Fields("support the Syrian people and the Hope People party")
	got := peoplesNotBodies(words, []Span{{2, 4, "ORG"}, {6, 8, "ORG"}})
	want := []Span{{2, 3, "NORP"}, {6, 8, "ORG"}}
	if !slices.Equal(got, want) {
		t.Errorf("peoplesNotBodies = %v, want %v", got, want)
	}
}
