package eval

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/text"
)

// Counts are the tallies behind a precision, recall and F1 score.
type Counts struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	Correct   int `json:"correct"`
}

// Add adds o's tallies to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Predicted += o.Predicted
	c.Correct += o.Correct
}

// Precision is the share of predicted items that are correct; 0 when nothing
// was predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is the share of gold items that were found; 0 when there is no gold.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SegmentDoc is one gold document rebuilt from CoNLL-U: the raw text and
// the byte spans of its gold surface tokens and sentences in that text.
type SegmentDoc struct {
	ID        string
	Text      string
	Tokens    []chronicle.Span
	Sentences []chronicle.Span
	// Unaligned counts gold tokens whose form could not be found in the
	// sentence's "# text"; they stay in the gold count but cannot match.
	Unaligned int
}

// SegmentDocs rebuilds the raw documents behind CoNLL-U sentences from their
// "# text" comments: sentences of a paragraph joined by a space, paragraphs
// ("# newpar") by "\n", and a new document at each "# newdoc". Gold token
// spans come from aligning the surface token forms (multiword tokens whole)
// to the sentence text in order, skipping white space.
func SegmentDocs(sents []*conllu.Sentence) []SegmentDoc {
	var docs []SegmentDoc
	var b strings.Builder
	var cur *SegmentDoc
	finish := func() {
		if cur != nil {
			cur.Text = b.String()
			docs = append(docs, *cur)
		}
		b.Reset()
		cur = nil
	}
	for _, s := range sents {
		if s.NewDoc || cur == nil {
			finish()
			cur = &SegmentDoc{ID: docID(s)}
		} else if s.NewPar {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
		sentText := s.Text
		if sentText == "" {
			sentText = joinTokens(s.Tokens())
		}
		off := b.Len()
		b.WriteString(sentText)
		cur.Sentences = append(cur.Sentences, chronicle.Span{Start: off, End: off + len(sentText)})
		p := 0
		for _, t := range s.Tokens() {
			for p < len(sentText) {
				r, n := utf8.DecodeRuneInString(sentText[p:])
				if !unicode.IsSpace(r) {
					break
				}
				p += n
			}
			if strings.HasPrefix(sentText[p:], t.Form) {
				cur.Tokens = append(cur.Tokens, chronicle.Span{Start: off + p, End: off + p + len(t.Form)})
				p += len(t.Form)
				continue
			}
			if k := strings.Index(sentText[p:], t.Form); k >= 0 && t.Form != "" {
				p += k
				cur.Tokens = append(cur.Tokens, chronicle.Span{Start: off + p, End: off + p + len(t.Form)})
				p += len(t.Form)
				continue
			}
			cur.Tokens = append(cur.Tokens, chronicle.Span{Start: -1, End: -1})
			cur.Unaligned++
		}
	}
	finish()
	return docs
}

func docID(s *conllu.Sentence) string {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "newdoc") {
			if _, v, ok := strings.Cut(c, "="); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	if s.ID != "" {
		return s.ID
	}
	return fmt.Sprintf("line%d", s.Line)
}

// joinTokens rebuilds a sentence's text from its tokens when "# text" is
// missing.
func joinTokens(toks []conllu.SurfaceToken) string {
	var b strings.Builder
	for i, t := range toks {
		b.WriteString(t.Form)
		if t.SpaceAfter && i < len(toks)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// SegmentScore is a tokenization and sentence-splitting score.
type SegmentScore struct {
	Documents int    `json:"documents"`
	Tokens    Counts `json:"tokens"`
	Sentences Counts `json:"sentences"`
	Unaligned int    `json:"unaligned_gold_tokens"`
}

// Add adds o's tallies to s.
func (s *SegmentScore) Add(o SegmentScore) {
	s.Documents += o.Documents
	s.Tokens.Add(o.Tokens)
	s.Sentences.Add(o.Sentences)
	s.Unaligned += o.Unaligned
}

// SurfaceSpans returns the surface token spans of predicted sentences:
// a clitic that text.Tokenize split off (n't, 's ...) is glued back to the
// token it touches, since UD lists such a pair as one multiword token.
func SurfaceSpans(pred []chronicle.Sentence) []chronicle.Span {
	var out []chronicle.Span
	for _, s := range pred {
		for i, t := range s.Tokens {
			if i > 0 && len(out) > 0 && out[len(out)-1].End == t.Start && text.IsClitic(t.Text) {
				out[len(out)-1].End = t.End
				continue
			}
			out = append(out, t.Span)
		}
	}
	return out
}

// ScoreSegmentDoc scores predicted sentences of d.Text against d's gold. A
// token is correct when its exact byte span is a gold surface token span; a
// sentence is correct when its exact span, from the first byte of its first
// token to the last byte of its last, is a gold sentence span (the strict
// measure of the CoNLL 2018 shared task, rather than boundaries alone).
func ScoreSegmentDoc(d SegmentDoc, pred []chronicle.Sentence) SegmentScore {
	sc := SegmentScore{Documents: 1, Unaligned: d.Unaligned}
	sc.Tokens = matchSpans(d.Tokens, SurfaceSpans(pred))
	ps := make([]chronicle.Span, len(pred))
	for i, s := range pred {
		ps[i] = s.Span
	}
	sc.Sentences = matchSpans(d.Sentences, ps)
	return sc
}

// ScoreSegment segments every document with seg and sums the scores.
func ScoreSegment(docs []SegmentDoc, seg func(string) []chronicle.Sentence) SegmentScore {
	var total SegmentScore
	for _, d := range docs {
		total.Add(ScoreSegmentDoc(d, seg(d.Text)))
	}
	return total
}

// matchSpans counts exact span matches between gold and predicted spans.
func matchSpans(gold, pred []chronicle.Span) Counts {
	set := make(map[chronicle.Span]struct{}, len(gold))
	for _, g := range gold {
		if g.Start >= 0 {
			set[g] = struct{}{}
		}
	}
	c := Counts{Gold: len(gold), Predicted: len(pred)}
	for _, p := range pred {
		if _, ok := set[p]; ok {
			c.Correct++
			delete(set, p) // each gold span matches once
		}
	}
	return c
}

// SentenceMisses lists, for reading, each gold sentence of d that pred did
// not reproduce exactly, with the predicted spans that cover it shown as
// lines separated by " | ".
func SentenceMisses(d SegmentDoc, pred []chronicle.Sentence) []string {
	ps := make(map[chronicle.Span]bool, len(pred))
	for _, s := range pred {
		ps[s.Span] = true
	}
	var out []string
	for _, g := range d.Sentences {
		if ps[g] {
			continue
		}
		var parts []string
		for _, s := range pred {
			if s.End > g.Start && s.Start < g.End {
				parts = append(parts, s.In(d.Text))
			}
		}
		out = append(out, fmt.Sprintf("gold: %s\npred: %s", g.In(d.Text), strings.Join(parts, " | ")))
	}
	return out
}

// TokenMisses lists gold surface tokens of d that pred did not reproduce,
// each with the predicted tokens overlapping it.
func TokenMisses(d SegmentDoc, pred []chronicle.Sentence) []string {
	ps := SurfaceSpans(pred)
	set := make(map[chronicle.Span]bool, len(ps))
	for _, p := range ps {
		set[p] = true
	}
	var out []string
	j := 0
	for _, g := range d.Tokens {
		if g.Start < 0 || set[g] {
			continue
		}
		for j < len(ps) && ps[j].End <= g.Start {
			j++
		}
		var parts []string
		for k := j; k < len(ps) && ps[k].Start < g.End; k++ {
			parts = append(parts, ps[k].In(d.Text))
		}
		out = append(out, fmt.Sprintf("%q -> %q", g.In(d.Text), parts))
	}
	return out
}
