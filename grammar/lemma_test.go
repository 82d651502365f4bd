package grammar

import (
	"slices"
	"testing"
)

func TestPerfectAfterS(t *testing.T) {
	forms := []string{"it", "'s", "been", "a", "day", ";", "she", "’s", "got", "it", ";", "he", "'s", "done", ";",
		"it", "'s", "never", "been", ";", "it", "'s", "very", "much", "not", "had", "."}
	xpos := []string{"PRP", "VBZ", "VBN", "DT", "NN", ",", "PRP", "VBZ", "VBN", "PRP", ",", "PRP", "VBZ", "VBN", ",",
		"PRP", "VBZ", "RB", "VBN", ",", "PRP", "VBZ", "RB", "RB", "RB", "VBN", "."}
	lemmas := []string{"it", "be", "be", "a", "day", ";", "she", "be", "get", "it", ";", "he", "be", "do", ";",
		"it", "be", "never", "be", ";", "it", "be", "very", "much", "not", "have", "."}
	want := slices.Clone(lemmas)
	want[1], want[7], want[16] = "have", "have", "have" // not [21]: three adverbs between
	perfectAfterS(forms, xpos, lemmas)
	if !slices.Equal(lemmas, want) {
		t.Errorf("lemmas = %q, want %q", lemmas, want)
	}
	perfectAfterS([]string{"'s"}, []string{"VBZ"}, []string{"be"})                     // last word: nothing after it
	perfectAfterS([]string{"'s", "not"}, []string{"VBZ", "RB"}, []string{"be", "not"}) // adverbs to the end
}
