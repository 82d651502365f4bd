package tagger

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/internal/corpora"
)

// corporaDir is the shared corpora directory; it skips the test when
// ud-english-ewt is absent (see internal/corpora).
func corporaDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(corpora.Require(t, "ud-english-ewt"))
}

func readCorpus(t testing.TB, rel string) []*conllu.Sentence {
	t.Helper()
	s, err := conllu.ReadFile(filepath.Join(corporaDir(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func loadDefault(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("no embedded model: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// toyCorpus is a tiny hand-written training set.
func toyCorpus() []*conllu.Sentence {
	rows := []string{
		"The DET DT Definite=Def|PronType=Art;dogs NOUN NNS Number=Plur;bark VERB VBP _;. PUNCT . _",
		"A DET DT Definite=Ind|PronType=Art;dog NOUN NN Number=Sing;barks VERB VBZ _;. PUNCT . _",
		"The DET DT Definite=Def|PronType=Art;cats NOUN NNS Number=Plur;sleep VERB VBP _;. PUNCT . _",
		"A DET DT Definite=Ind|PronType=Art;cat NOUN NN Number=Sing;sleeps VERB VBZ _;. PUNCT . _",
	}
	var out []*conllu.Sentence
	for _, r := range rows {
		s := &conllu.Sentence{}
		for i, tok := range strings.Split(r, ";") {
			f := strings.Fields(tok)
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: f[0], UPOS: f[1], XPOS: f[2], Feats: f[3]})
		}
		out = append(out, s)
	}
	return out
}

func TestTrainToy(t *testing.T) {
	sents := toyCorpus()
	tg, err := Train(sents, nil, TrainOptions{Iterations: 5, Seed: 1, DictMinCount: 100}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sc := tg.Evaluate(sents); sc.Joint != 1 || sc.Feats != 1 {
		t.Errorf("training-set score = %+v, want all 1", sc)
	}
	var a, b bytes.Buffer
	if _, err := tg.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	again, _ := Train(sents, nil, TrainOptions{Iterations: 5, Seed: 1, DictMinCount: 100}, nil)
	again.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training twice gives different model bytes")
	}
	loaded, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	got := loaded.Tag([]string{"The", "dogs", "sleep", "."}, nil)
	want := []Tag{
		{"DET", "DT", "Definite=Def|PronType=Art"},
		{"NOUN", "NNS", "Number=Plur"},
		{"VERB", "VBP", "_"},
		{"PUNCT", ".", "_"},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	if got := loaded.Tag(nil, got); len(got) != 0 {
		t.Errorf("empty sentence gave %d tags", len(got))
	}
	bad := bytes.Clone(a.Bytes())
	bad[len(bad)/2] ^= 1
	if _, err := Read(bytes.NewReader(bad)); !errors.Is(err, ErrFormat) {
		t.Errorf("corrupt model: got %v, want ErrFormat", err)
	}
}

func TestTrainNoData(t *testing.T) {
	if _, err := Train(nil, nil, TrainOptions{}, nil); err == nil {
		t.Error("Train with no data succeeded")
	}
}

func TestDefaultTags(t *testing.T) {
	tg := loadDefault(t)
	tests := []struct {
		words []string
		upos  string
	}{
		{strings.Fields("The president said he would visit Paris ."), "DET NOUN VERB PRON AUX VERB PROPN PUNCT"},
		{strings.Fields("Rebels attacked the town on Monday ."), "NOUN VERB DET NOUN ADP PROPN PUNCT"},
	}
	for _, tt := range tests {
		t.Run(tt.words[0], func(t *testing.T) {
			var got []string
			for _, g := range tg.Tag(tt.words, nil) {
				got = append(got, g.UPOS)
			}
			if strings.Join(got, " ") != tt.upos {
				t.Errorf("got %s, want %s", strings.Join(got, " "), tt.upos)
			}
		})
	}
}

// Quality floors on UD English-EWT test with gold tokenization: the figures
// reached by the committed model (see MODEL.md), rounded down.
const (
	floorUPOS = 0.957
	floorXPOS = 0.950
)

func TestQualityEWT(t *testing.T) {
	tg := loadDefault(t)
	sc := tg.Evaluate(readCorpus(t, "ud-english-ewt/en_ewt-ud-test.conllu"))
	t.Logf("EWT test: %d words, UPOS %.4f, XPOS %.4f, FEATS %.4f", sc.Words, sc.UPOS, sc.XPOS, sc.Feats)
	if sc.UPOS < floorUPOS {
		t.Errorf("UPOS %.4f below floor %.4f", sc.UPOS, floorUPOS)
	}
	if sc.XPOS < floorXPOS {
		t.Errorf("XPOS %.4f below floor %.4f", sc.XPOS, floorXPOS)
	}
}

func BenchmarkTag(b *testing.B) {
	tg := loadDefault(b)
	sents := readCorpus(b, "ud-english-ewt/en_ewt-ud-dev.conllu")
	var words [][]string
	n := 0
	for _, s := range sents {
		var w []string
		for _, x := range s.Words {
			w = append(w, x.Form)
		}
		words = append(words, w)
		n += len(w)
	}
	var out []Tag
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	for i := 0; b.Loop(); i++ {
		w := words[i%len(words)]
		out = tg.Tag(w, out)
		tokens += len(w)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

func TestTagOddInput(t *testing.T) {
	tg := loadDefault(t)
	tests := [][]string{
		{""},
		{"\xff\xfe", "ok"},
		{strings.Repeat("a", 10000)},
		{"é", "ÉCOLE", "日本", "1,000", "--", "U.S."},
	}
	for _, words := range tests {
		if got := tg.Tag(words, nil); len(got) != len(words) {
			t.Errorf("Tag(%q) gave %d tags, want %d", words, len(got), len(words))
		}
	}
}

func FuzzTag(f *testing.F) {
	tg, err := Default()
	if err != nil {
		f.Skip(err)
	}
	f.Add("The cat sat .")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if got := tg.Tag(words, nil); len(got) != len(words) {
			t.Fatalf("got %d tags for %d words", len(got), len(words))
		}
	})
}
