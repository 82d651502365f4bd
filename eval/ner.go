package eval

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/ner"
)

// NERSpan is an entity mention over token indices [Start, End), the
// recognizer's own span type.
type NERSpan = ner.Span

// NERSentence is one gold sentence of a CoNLL NER file.
type NERSentence struct {
	Words []string
	Spans []NERSpan
}

// ReadNERGold reads gold entities in either of two token-per-line layouts,
// told apart by their first token line: the Universal NER layout (index,
// token, tag and more tab-separated columns, "#" comment lines) or the
// CoNLL-2003 layout (token first, tag last, tabs or spaces, "-DOCSTART-"
// lines). Blank lines end sentences. IOB1 tags are read as well as IOB2.
func ReadNERGold(r io.Reader) ([]NERSentence, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	sents, err := ner.ReadCoNLL(bytes.NewReader(data), isUNERLayout(data))
	if err != nil {
		return nil, err
	}
	out := make([]NERSentence, len(sents))
	for i, s := range sents {
		out[i] = NERSentence{Words: s.Words, Spans: s.Spans}
	}
	return out, nil
}

// isUNERLayout tells the layouts apart by the first line that is neither
// blank nor a comment: Universal NER numbers its tokens from 1 in a first
// tab-separated column.
func isUNERLayout(data []byte) bool {
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		return len(fields) >= 3 && fields[0] == "1"
	}
	return false
}

// ParseIOB converts IOB2 or IOB1 tags ("B-PER", "I-LOC", "O"; also BIOES
// and BILOU prefixes) into spans.
func ParseIOB(tags []string) []NERSpan { return ner.ParseIOB(tags) }

// IOB2 writes spans over n tokens as IOB2 tags.
func IOB2(n int, spans []NERSpan) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, s := range spans {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		tags[s.Start] = "B-" + s.Type
		for i := s.Start + 1; i < s.End; i++ {
			tags[i] = "I-" + s.Type
		}
	}
	return tags
}

// MapUNER maps Chronicle's entity types onto Universal NER's three: PERSON
// → PER, ORG → ORG, GPE, LOC and FAC → LOC; other types map to "" (ignored).
// Types already in UNER's set are kept.
func MapUNER(t string) string {
	switch t {
	case "PERSON", "PER":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	}
	return ""
}

// MapCoNLL maps Chronicle's entity types onto CoNLL-2003's four: PERSON →
// PER, ORG → ORG, GPE, LOC and FAC → LOC, NORP and EVENT → MISC.
func MapCoNLL(t string) string {
	switch t {
	case "NORP", "EVENT", "MISC":
		return "MISC"
	}
	return MapUNER(t)
}

// OnlyCoNLLTypes reports whether every gold type is PER, ORG, LOC or MISC.
func OnlyCoNLLTypes(gold []NERSentence) bool {
	for _, t := range GoldTypes(gold) {
		if t != "PER" && t != "ORG" && t != "LOC" && t != "MISC" {
			return false
		}
	}
	return true
}

// GoldTypes returns the sorted set of types used by the gold sentences.
func GoldTypes(gold []NERSentence) []string {
	seen := map[string]bool{}
	for _, s := range gold {
		for _, sp := range s.Spans {
			seen[sp.Type] = true
		}
	}
	var out []string
	for t := range seen {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

// OnlyUNERTypes reports whether every gold type is PER, ORG or LOC, in
// which case predictions should be mapped with MapUNER before scoring.
func OnlyUNERTypes(gold []NERSentence) bool {
	for _, t := range GoldTypes(gold) {
		if t != "PER" && t != "ORG" && t != "LOC" {
			return false
		}
	}
	return true
}

// NERScore holds exact-span counts per type and overall.
type NERScore struct {
	Types   map[string]*Counts `json:"types"`
	Overall Counts             `json:"overall"`
}

// ScoreNER compares predicted spans with gold spans sentence by sentence; a
// prediction is correct when its start, end and type all match a gold span.
// When mapType is non-nil it is applied to predicted types first, and
// predictions it maps to "" are dropped.
func ScoreNER(gold [][]NERSpan, pred [][]NERSpan, mapType func(string) string) NERScore {
	sc := NERScore{Types: map[string]*Counts{}}
	get := func(t string) *Counts {
		c := sc.Types[t]
		if c == nil {
			c = &Counts{}
			sc.Types[t] = c
		}
		return c
	}
	for i, g := range gold {
		var p []NERSpan
		if i < len(pred) {
			for _, s := range pred[i] {
				if mapType != nil {
					s.Type = mapType(s.Type)
					if s.Type == "" {
						continue
					}
				}
				p = append(p, s)
			}
		}
		goldSet := map[NERSpan]bool{}
		for _, s := range g {
			goldSet[s] = true
			get(s.Type).Gold++
			sc.Overall.Gold++
		}
		for _, s := range p {
			c := get(s.Type)
			c.Predicted++
			sc.Overall.Predicted++
			if goldSet[s] {
				c.Correct++
				sc.Overall.Correct++
				delete(goldSet, s) // a duplicate prediction counts once
			}
		}
	}
	return sc
}

// WriteNERTable prints per-type and overall precision, recall and F1.
func WriteNERTable(w io.Writer, sc NERScore) {
	types := make([]string, 0, len(sc.Types))
	for t := range sc.Types {
		types = append(types, t)
	}
	slices.Sort(types)
	fmt.Fprintf(w, "%-8s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "ok", "P", "R", "F1")
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-8s %6d %6d %6d %7.4f %7.4f %7.4f\n", name, c.Gold, c.Predicted, c.Correct, c.Precision(), c.Recall(), c.F1())
	}
	for _, t := range types {
		row(t, *sc.Types[t])
	}
	row("overall", sc.Overall)
}
