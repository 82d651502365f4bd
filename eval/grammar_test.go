package eval

import (
	"testing"

	"github.com/chronicle-news/chronicle/conllu"
)

func TestScoreGrammar(t *testing.T) {
	w := func(form, lemma, upos, xpos string, head int, rel string) conllu.Word {
		return conllu.Word{Form: form, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, DepRel: rel}
	}
	gold := &conllu.Sentence{Words: []conllu.Word{
		w("It", "it", "PRON", "PRP", 3, "nsubj:pass"),
		w("was", "be", "AUX", "VBD", 3, "aux:pass"),
		w("sold", "sell", "VERB", "VBN", 0, "root"),
		w(".", ".", "PUNCT", ".", 3, "punct"),
	}}
	tests := []struct {
		name string
		pred *conllu.Sentence
		want GrammarScore
	}{
		{"identical", gold, GrammarScore{Words: 4, UPOS: 4, XPOS: 4, Feats: 4, Lemma: 4, UAS: 4, LAS: 4, LASFull: 4}},
		{"subtype and head errors", &conllu.Sentence{Words: []conllu.Word{
			w("It", "it", "PRON", "PRP", 3, "nsubj"), // universal part right
			w("was", "was", "VERB", "VBD", 3, "aux"), // lemma and UPOS wrong
			w("sold", "sell", "VERB", "VBD", 0, "root"),
			w(".", ".", "PUNCT", ".", 2, "punct"), // head wrong
		}}, GrammarScore{Words: 4, UPOS: 3, XPOS: 3, Feats: 4, Lemma: 3, UAS: 3, LAS: 3, LASFull: 1}},
		{"mismatched", &conllu.Sentence{Words: gold.Words[:2]}, GrammarScore{Mismatched: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ScoreGrammar(gold, tt.pred); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	var total GrammarScore
	total.Add(GrammarScore{Words: 2, UAS: 1})
	total.Add(GrammarScore{Words: 2, UAS: 2})
	if got := total.Accuracy(total.UAS); got != 0.75 {
		t.Errorf("Accuracy = %v, want 0.75", got)
	}
}
