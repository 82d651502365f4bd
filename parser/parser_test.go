package parser

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
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

func readEWT(t testing.TB, part string) []*conllu.Sentence {
	t.Helper()
	s, err := conllu.ReadFile(filepath.Join(corporaDir(t), "ud-english-ewt", "en_ewt-ud-"+part+".conllu"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func treeOf(s *conllu.Sentence) ([]int, []string) {
	heads := make([]int, len(s.Words))
	rels := make([]string, len(s.Words))
	for i, w := range s.Words {
		heads[i], rels[i] = w.Head, w.DepRel
	}
	return heads, rels
}

func isProjective(heads []int) bool {
	for d := 1; d <= len(heads); d++ {
		if h := heads[d-1]; h != 0 && !projectiveArc(heads, h, d) {
			return false
		}
	}
	return true
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name      string
		heads     []int
		rels      []string
		wantHeads []int
		wantRels  []string
	}{
		{"projective", []int{2, 0, 2}, []string{"nsubj", "root", "obj"}, []int{2, 0, 2}, []string{"nsubj", "root", "obj"}},
		// The arc 3 → 1 spans the root word 2, so it is lifted to 3's
		// head 4, then to 4's head 2.
		{"crossing", []int{3, 0, 4, 2}, []string{"obj", "root", "ccomp", "nsubj"},
			[]int{2, 0, 4, 2}, []string{"obj|ccomp", "root", "ccomp", "nsubj"}},
		{"empty", []int{}, []string{}, []int{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			heads, rels := slices.Clone(tt.heads), slices.Clone(tt.rels)
			if !projectivize(heads, rels) {
				t.Fatal("projectivize reported a malformed tree")
			}
			if !slices.Equal(heads, tt.wantHeads) || !slices.Equal(rels, tt.wantRels) {
				t.Errorf("got %v %v, want %v %v", heads, rels, tt.wantHeads, tt.wantRels)
			}
			deprojectivize(heads, rels)
			if !slices.Equal(heads, tt.heads) || !slices.Equal(rels, tt.rels) {
				t.Errorf("round trip got %v %v, want %v %v", heads, rels, tt.heads, tt.rels)
			}
		})
	}
}

func TestProjectivizeMalformed(t *testing.T) {
	for _, heads := range [][]int{{2, 1}, {5}, {-1}, {1}} {
		if projectivize(slices.Clone(heads), make([]string, len(heads))) {
			t.Errorf("projectivize(%v) = true, want false", heads)
		}
	}
}

// TestProjectivizeTreebank checks on the EWT training trees that lifting
// leaves a projective tree and that lowering mostly restores the original.
func TestProjectivizeTreebank(t *testing.T) {
	var nonProj, restored int
	for _, s := range readEWT(t, "train") {
		heads, rels := treeOf(s)
		if !wellFormed(heads) {
			continue
		}
		orig := slices.Clone(heads)
		origRels := slices.Clone(rels)
		projectivize(heads, rels)
		if !isProjective(heads) {
			t.Fatalf("%s: still non-projective after lifting", s.ID)
		}
		if slices.Equal(orig, heads) {
			continue
		}
		nonProj++
		deprojectivize(heads, rels)
		if slices.Equal(orig, heads) && slices.Equal(origRels, rels) {
			restored++
		}
	}
	if nonProj == 0 {
		t.Fatal("no non-projective trees in EWT train")
	}
	if float64(restored) < 0.9*float64(nonProj) {
		t.Errorf("restored %d of %d non-projective trees, want ≥ 90%%", restored, nonProj)
	}
	t.Logf("restored %d of %d non-projective trees", restored, nonProj)
}

// TestOracle follows only zero-cost transitions on the EWT training trees and
// checks that they rebuild each projectivized gold tree exactly.
func TestOracle(t *testing.T) {
	var st state
	var ok [numActions]bool
	var c [numActions]int
	sents := readEWT(t, "train")
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range sents {
		heads, rels := treeOf(s)
		if !projectivize(heads, rels) {
			continue
		}
		n := len(heads)
		gold := make([]int, n+2)
		for d := 1; d <= n; d++ {
			gold[d] = heads[d-1]
			if gold[d] == 0 {
				gold[d] = n + 1
			}
		}
		st.reset(n)
		for !st.terminal() {
			st.legal(&ok)
			st.costs(gold, &ok, &c)
			var zero []int
			for a := range numActions {
				if ok[a] && c[a] == 0 {
					zero = append(zero, a)
				}
			}
			if len(zero) == 0 {
				t.Fatalf("%s: no zero-cost transition (legal %v costs %v)", s.ID, ok, c)
			}
			st.apply(zero[rng.IntN(len(zero))], 0)
		}
		for d := 1; d <= n; d++ {
			if st.head[d] != gold[d] {
				t.Fatalf("%s: word %d got head %d, want %d", s.ID, d, st.head[d], gold[d])
			}
		}
	}
}

// tinyParser trains a parser on a few EWT sentences, or on a handmade
// treebank when the corpus is absent, for tests that need any model.
func tinyParser(t testing.TB) *Parser {
	t.Helper()
	text := "# sent_id = a\n1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n" +
		"3\tbarks\tbark\tVERB\tVBZ\t_\t0\troot\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n" +
		"# sent_id = b\n1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tsaw\tsee\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
		"3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\t_\n4\tyesterday\tyesterday\tNOUN\tNN\t_\t2\tobl:tmod\t_\t_\n\n"
	var sents []*conllu.Sentence
	for s, err := range conllu.Read(strings.NewReader(text), "tiny") {
		if err != nil {
			t.Fatal(err)
		}
		sents = append(sents, s)
	}
	p, err := Train(sents, nil, TrainOptions{Iterations: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checkTree fails unless heads form a tree with exactly one root word.
func checkTree(t *testing.T, words []string, heads []int, rels []string) {
	t.Helper()
	if len(heads) != len(words) || len(rels) != len(words) {
		t.Fatalf("%d words got %d heads and %d relations", len(words), len(heads), len(rels))
	}
	roots := 0
	for i, h := range heads {
		if h < 0 || h > len(words) || h == i+1 {
			t.Fatalf("word %d has head %d", i+1, h)
		}
		if h == 0 {
			roots++
			if rels[i] != "root" {
				t.Errorf("root word %d has relation %q", i+1, rels[i])
			}
		} else if rels[i] == "root" {
			t.Errorf("non-root word %d has relation root", i+1)
		}
		if rels[i] == "" || strings.Contains(rels[i], liftSep) {
			t.Errorf("word %d has relation %q", i+1, rels[i])
		}
	}
	if len(words) > 0 && roots != 1 {
		t.Fatalf("%d roots in %v", roots, heads)
	}
	if !wellFormed(heads) {
		t.Fatalf("cycle in %v", heads)
	}
}

var oddTokens = []string{"", ".", ",", "!", "?", "…", "😀", "🇺🇸", "\x00", "\xff\xfe", "the", "The", "U.S.", "1,000",
	"said", "(", ")", "\"", "--", "a", "of", "in", "Obama", "-", "'s", "n't", "\t", " ", "ééé", "日本"}

func TestParseWellFormed(t *testing.T) {
	p := tinyParser(t)
	tests := []struct {
		name  string
		words []string
	}{
		{"empty", nil},
		{"one", []string{"Hi"}},
		{"punctuation", []string{".", ",", "!", "?", "...", "--", "(", ")"}},
		{"emoji", []string{"😀", "😀", "🇺🇸", "👍🏽"}},
		{"long", slices.Repeat([]string{"the", "dog", "said", ",", "and"}, 200)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			heads, rels := p.Parse(tt.words, nil, nil, nil)
			checkTree(t, tt.words, heads, rels)
		})
	}
}

// TestParseRandom is a property test: whatever the words and tags, Parse
// returns a single-rooted tree.
func TestParseRandom(t *testing.T) {
	p := tinyParser(t)
	if d, err := Default(); err == nil {
		p = d // the real model explores many more transitions
	}
	rng := rand.New(rand.NewPCG(7, 7))
	tags := []string{"NOUN", "VERB", "PUNCT", "DET", "ADP", "X", "", "NN", "VBD", "."}
	for i := range 500 {
		n := rng.IntN(60)
		if i%50 == 0 {
			n = rng.IntN(1000)
		}
		words := make([]string, n)
		upos := make([]string, n)
		xpos := make([]string, n)
		for j := range words {
			words[j] = oddTokens[rng.IntN(len(oddTokens))]
			upos[j] = tags[rng.IntN(len(tags))]
			xpos[j] = tags[rng.IntN(len(tags))]
		}
		// Mismatched column lengths must be tolerated too.
		heads, rels := p.Parse(words, nil, upos[:n/2], xpos)
		checkTree(t, words, heads, rels)
	}
}

func FuzzParse(f *testing.F) {
	p := tinyParser(f)
	f.Add("The dog barks .")
	f.Add(". . . 😀")
	f.Add("")
	f.Add("\xff\xfe \x00 ( ) ,,")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		heads, rels := p.Parse(words, words, words, words)
		checkTree(t, words, heads, rels)
	})
}

func TestWriteRead(t *testing.T) {
	p := tinyParser(t)
	q, file := roundTrip(t, p)
	words := []string{"The", "dog", "saw", "it", "."}
	h1, r1 := p.Parse(words, nil, nil, nil)
	h2, r2 := q.Parse(words, nil, nil, nil)
	if !slices.Equal(h1, h2) || !slices.Equal(r1, r2) {
		t.Errorf("reloaded parser differs: %v %v, want %v %v", h2, r2, h1, r1)
	}
	for _, bad := range [][]byte{nil, []byte("CHRPARS1"), file[:len(file)/2], append(slices.Clone(file), 0)} {
		if _, err := Read(bytes.NewReader(bad)); err == nil {
			t.Errorf("Read of %d bad bytes succeeded", len(bad))
		}
	}
}

// BenchmarkParse parses EWT dev sentences with their gold tags and reports
// words per second, with the model's own beam width and, for comparison,
// narrower ones.
func BenchmarkParse(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Skip(err)
	}
	sents := readEWT(b, "dev")
	type in struct{ w, l, u, x []string }
	var ins []in
	words := 0
	for _, s := range sents {
		ins = append(ins, in{wordForms(s), column(s, func(w conllu.Word) string { return w.Lemma }),
			column(s, func(w conllu.Word) string { return w.UPOS }), column(s, func(w conllu.Word) string { return w.XPOS })})
		words += len(s.Words)
	}
	width, gap := p.Beam()
	for w := 1; w <= width; w++ {
		q := p.WithBeam(w, gap)
		b.Run(fmt.Sprintf("beam=%d", w), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				x := ins[i%len(ins)]
				q.Parse(x.w, x.l, x.u, x.x)
			}
			b.ReportMetric(float64(b.N)*float64(words)/float64(len(ins))/b.Elapsed().Seconds(), "words/s")
		})
	}
}

// BenchmarkLoad measures reading the embedded model.
func BenchmarkLoad(b *testing.B) {
	if _, err := modelFS.Open(DefaultModel); err != nil {
		b.Skip("no embedded model")
	}
	for i := 0; i < b.N; i++ {
		if _, err := Load(modelFS, DefaultModel); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWellFormed(t *testing.T) {
	tests := []struct {
		heads []int
		want  bool
	}{
		{nil, true},
		{[]int{0}, true},
		{[]int{2, 0, 2}, true},
		{[]int{0, 0}, true}, // two roots: still a forest without cycles
		{[]int{1}, false},
		{[]int{2, 1}, false},
		{[]int{2, 3, 1, 0}, false},
		{[]int{0, 3, 2}, false},
		{[]int{4}, false},
		{[]int{-1}, false},
	}
	for _, tt := range tests {
		if got := wellFormed(tt.heads); got != tt.want {
			t.Errorf("wellFormed(%v) = %v, want %v", tt.heads, got, tt.want)
		}
	}
}

// TestParseHuge checks that a very long "sentence" (as a text without
// punctuation can give) is parsed in about linear time.
func TestParseHuge(t *testing.T) {
	p := tinyParser(t)
	if d, err := Default(); err == nil {
		p = d
	}
	words := slices.Repeat([]string{"the", "men", "said", "that", "and", "of", "it"}, 10000)
	heads, rels := p.Parse(words, nil, nil, nil)
	checkTree(t, words, heads, rels)
}

// roundTrip writes p to memory and reads it back; it returns the parser
// read and the bytes written.
func roundTrip(t *testing.T, p *Parser) (*Parser, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return q, buf.Bytes()
}
