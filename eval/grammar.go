package eval

import (
	"strings"

	"github.com/chronicle-news/chronicle/conllu"
)

// GrammarScore tallies word-level grammar agreement between predicted and
// gold CoNLL-U over the same words, as the CoNLL 2018 shared task counted
// when tokenization is given: every word counts, punctuation included.
type GrammarScore struct {
	Words int `json:"words"`
	UPOS  int `json:"upos"`  // words with the gold UPOS
	XPOS  int `json:"xpos"`  // words with the gold XPOS
	Feats int `json:"feats"` // words with the gold FEATS
	Lemma int `json:"lemma"` // words with the gold lemma
	UAS   int `json:"uas"`   // words with the gold head
	// LAS counts words with the gold head and the gold universal relation,
	// subtypes ignored (nsubj:pass counts as nsubj): the official CoNLL 2018
	// figure.
	LAS int `json:"las"`
	// LASFull counts words with the gold head and the gold relation
	// including its subtype.
	LASFull int `json:"las_full"`
	// Mismatched counts sentences whose word count differs from the gold,
	// which are left out of every tally.
	Mismatched int `json:"mismatched_sentences"`
}

// Add adds o's tallies to s.
func (s *GrammarScore) Add(o GrammarScore) {
	s.Words += o.Words
	s.UPOS += o.UPOS
	s.XPOS += o.XPOS
	s.Feats += o.Feats
	s.Lemma += o.Lemma
	s.UAS += o.UAS
	s.LAS += o.LAS
	s.LASFull += o.LASFull
	s.Mismatched += o.Mismatched
}

// Accuracy returns a tally as a share of the words scored.
func (s GrammarScore) Accuracy(tally int) float64 { return ratio(tally, s.Words) }

// ScoreGrammar compares the words of pred to those of gold, which must be
// the same sentence with the same words.
func ScoreGrammar(gold, pred *conllu.Sentence) GrammarScore {
	var s GrammarScore
	if len(gold.Words) != len(pred.Words) {
		s.Mismatched = 1
		return s
	}
	for i, g := range gold.Words {
		p := pred.Words[i]
		s.Words++
		s.UPOS += b2i(p.UPOS == g.UPOS)
		s.XPOS += b2i(p.XPOS == g.XPOS)
		s.Feats += b2i(normFeats(p.Feats) == normFeats(g.Feats))
		s.Lemma += b2i(p.Lemma == g.Lemma)
		if p.Head == g.Head {
			s.UAS++
			s.LAS += b2i(universalRel(p.DepRel) == universalRel(g.DepRel))
			s.LASFull += b2i(p.DepRel == g.DepRel)
		}
	}
	return s
}

// universalRel strips a relation's language-specific subtype.
func universalRel(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func normFeats(f string) string {
	if f == "" {
		return "_"
	}
	return f
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
