package grammar

import (
	"slices"
	"testing"
)

func TestPerfectAfterS(t *testing.T) {
	forms := []string{"it", "'s", "been", "a", "day", ";", "she", "’s", "got", "it", ";", "he", "'s", "done", "."}
	lemmas := []string{"it", "be", "be", "a", "day", ";", "she", "be", "get", "it", ";", "he", "be", "do", "."}
	perfectAfterS(forms, lemmas)
	want := []string{"it", "have", "be", "a", "day", ";", "she", "have", "get", "it", ";", "he", "be", "do", "."}
	if !slices.Equal(lemmas, want) {
		t.Errorf("lemmas = %q, want %q", lemmas, want)
	}
	perfectAfterS([]string{"'s"}, []string{"be"}) // last word: nothing after it
}
