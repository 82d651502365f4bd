package tagger

import (
	"bytes"
	"testing"
)

func TestClusterGroupsByContext(t *testing.T) {
	var sents [][]string
	for range 20 {
		for _, n := range []string{"dog", "cat", "cow", "horse"} {
			sents = append(sents, []string{"the", n, "sleeps", "."}, []string{"a", n, "eats", "."})
		}
		for _, v := range []string{"runs", "walks", "swims", "jumps"} {
			sents = append(sents, []string{"it", v, "fast", "."}, []string{"she", v, "away", "."})
		}
	}
	cl := Cluster(sents, ClusterOptions{Levels: []int{2}, Seed: 1})
	if cl["dog"] == "" || cl["runs"] == "" {
		t.Fatalf("missing clusters: %v", cl)
	}
	for _, w := range []string{"cat", "cow", "horse"} {
		if cl[w] != cl["dog"] {
			t.Errorf("%s in %q, dog in %q", w, cl[w], cl["dog"])
		}
	}
	for _, w := range []string{"walks", "swims", "jumps"} {
		if cl[w] != cl["runs"] {
			t.Errorf("%s in %q, runs in %q", w, cl[w], cl["runs"])
		}
	}
	if cl["dog"] == cl["runs"] {
		t.Errorf("nouns and verbs share cluster %q", cl["dog"])
	}
	again := Cluster(sents, ClusterOptions{Levels: []int{2}, Seed: 1})
	for w, c := range cl {
		if again[w] != c {
			t.Fatalf("not deterministic: %s %q then %q", w, c, again[w])
		}
	}
}

func TestTrainWithClustersRoundTrip(t *testing.T) {
	clusters := map[string]string{"dog": "0a", "cat": "0a", "dogs": "0b", "cats": "0b"}
	tg, err := Train(toyCorpus(), nil, TrainOptions{Iterations: 5, Seed: 1, Clusters: clusters}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.lex.clusters["cat"] != "0a" || len(back.lex.caseHist) == 0 {
		t.Errorf("lexicon lost in round trip: %v %v", back.lex.clusters, back.lex.caseHist)
	}
	words := []string{"The", "cat", "sleeps", "."}
	a, b := tg.Tag(words, nil), back.Tag(words, nil)
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("word %d: %v before, %v after round trip", i, a[i], b[i])
		}
	}
}

func TestTaggerCluster(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	full := tg.Cluster("the", 0)
	if full == "" {
		t.Skip("embedded model has no clusters")
	}
	if got := tg.Cluster("The", 0); got != full {
		t.Errorf("Cluster(The) = %q, want %q as for the", got, full)
	}
	if got := tg.Cluster("the", 1); got != full[:1] {
		t.Errorf("Cluster(the, 1) = %q, want %q", got, full[:1])
	}
	if got := tg.Cluster("the", 99); got != full {
		t.Errorf("Cluster(the, 99) = %q, want %q", got, full)
	}
	if got := tg.Cluster("qzxqzxqzx", 2); got != "" {
		t.Errorf("Cluster of an unknown word = %q, want empty", got)
	}
	var nilTagger *Tagger
	if got := nilTagger.Cluster("the", 1); got != "" {
		t.Errorf("nil tagger Cluster = %q", got)
	}
}
