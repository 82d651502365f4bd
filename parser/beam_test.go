package parser

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/conllu"
)

// TestBeamOfOneIsGreedy checks the beam search against the greedy parser:
// a beam one wide keeps the best action at every step, as greedy parsing
// does, so the trees must be the same.
func TestBeamOfOneIsGreedy(t *testing.T) {
	p := tinyParser(t)
	if d, err := Default(); err == nil {
		p = d
	}
	var sents []*conllu.Sentence
	if dir := corporaDir(t); dir != "" {
		sents = readEWT(t, "dev")
	}
	if len(sents) > 300 {
		sents = sents[:300]
	}
	wk := &workspace{}
	var got, want []int
	checked := 0
	for _, s := range sents {
		fill(&wk.ws, wordForms(s), column(s, func(w conllu.Word) string { return w.Lemma }),
			column(s, func(w conllu.Word) string { return w.UPOS }), column(s, func(w conllu.Word) string { return w.XPOS }))
		p.run(wk, nil)
		want = append(want[:0], wk.st.head...)
		wantLab := slices.Clone(wk.st.label)
		p.runBeam(wk, 1)
		got = append(got[:0], wk.st.head...)
		if !slices.Equal(got, want) || !slices.Equal(wk.st.label, wantLab) {
			t.Fatalf("%s: beam of one gives heads %v, greedy %v", s.ID, got, want)
		}
		checked++
	}
	t.Logf("%d sentences", checked)
}

// TestBeamWellFormed is TestParseRandom's property for beam decoding.
func TestBeamWellFormed(t *testing.T) {
	p := tinyParser(t)
	if d, err := Default(); err == nil {
		p = d
	}
	rng := rand.New(rand.NewPCG(8, 8))
	tags := []string{"NOUN", "VERB", "PUNCT", "DET", "ADP", "X", "", "NN", "VBD", "."}
	for i := range 200 {
		p := p.WithBeam(4, float64(i%2)*50)
		n := rng.IntN(60)
		if i%50 == 0 {
			n = rng.IntN(600)
		}
		words := make([]string, n)
		upos := make([]string, n)
		for j := range words {
			words[j] = oddTokens[rng.IntN(len(oddTokens))]
			upos[j] = tags[rng.IntN(len(tags))]
		}
		heads, rels := p.Parse(words, nil, upos, upos[:n/2])
		checkTree(t, words, heads, rels)
	}
}

// TestTrainBeam trains a beam parser with a relabeller on a small treebank
// and checks that it learns the training trees, keeps its width and
// relabeller through a file, and parses odd input into trees.
func TestTrainBeam(t *testing.T) {
	var sents []*conllu.Sentence
	if dir := corporaDir(t); dir != "" {
		sents = readEWT(t, "dev")
	}
	if len(sents) > 400 {
		sents = sents[:400]
	}
	if len(sents) == 0 {
		t.Skip("no EWT corpus under CHRONICLE_CORPORA")
	}
	p, err := Train(sents, nil, TrainOptions{Iterations: 8, Beam: 4, Relabel: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := p.Beam(); w != 4 {
		t.Fatalf("width %d, want 4", w)
	}
	uas, las := p.score(sents)
	t.Logf("training sentences: UAS %.4f LAS %.4f", uas, las)
	if uas < 0.95 || las < 0.90 {
		t.Errorf("a beam parser fits its own training trees badly: UAS %.4f LAS %.4f", uas, las)
	}
	q, _ := roundTrip(t, p)
	if w, _ := q.Beam(); w != 4 || q.relabeller == nil {
		t.Errorf("reloaded width %d and relabeller %v, want 4 and one", w, q.relabeller != nil)
	}
	words := strings.Fields("The dog saw it yesterday , he said .")
	h1, r1 := p.Parse(words, nil, nil, nil)
	h2, r2 := q.Parse(words, nil, nil, nil)
	if !slices.Equal(h1, h2) || !slices.Equal(r1, r2) {
		t.Errorf("reloaded parser differs: %v %v, want %v %v", h2, r2, h1, r1)
	}
	checkTree(t, words, h1, r1)
	for _, odd := range [][]string{nil, {"."}, slices.Repeat([]string{"😀", "the", ","}, 300)} {
		h, r := q.Parse(odd, nil, nil, nil)
		checkTree(t, odd, h, r)
	}
	for _, bad := range [][]byte{[]byte("CHRPARS2"), append([]byte("CHRPARS2"), 0), append([]byte("CHRPARS2"), 200, 1), append([]byte("CHRPARS2"), 4, 5)} {
		if _, err := Read(bytes.NewReader(bad)); err == nil {
			t.Errorf("Read of %q succeeded", bad)
		}
	}
}
