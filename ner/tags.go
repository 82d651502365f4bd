package ner

import (
	"strings"

	"github.com/chronicle-news/chronicle/perceptron"
)

// BILOU tags: tag 0 is O; type t has B, I, L, U at 1+4t+0..3.
const (
	tagB = iota
	tagI
	tagL
	tagU
)

// numTags is O plus four positions for each type.
const numTags = 1 + 4*7 // O plus B, I, L, U of each of the seven Types

// tagNames names each tag index ("O", "B-PERSON", ...).
var tagNames = func() []string {
	names := []string{"O"}
	for _, t := range Types {
		for _, p := range []string{"B-", "I-", "L-", "U-"} {
			names = append(names, p+t)
		}
	}
	return names
}()

// typeIndex maps an entity type to its index in Types.
var typeIndex = func() map[string]int {
	m := make(map[string]int, len(Types))
	for i, t := range Types {
		m[t] = i
	}
	return m
}()

// tagOf returns the tag index of position p (tagB...tagU) of type t.
func tagOf(t, p int) int { return 1 + 4*t + p }

// splitTag returns the type index and position of tag c; type -1 for O.
func splitTag(c int) (typ, pos int) {
	if c <= 0 {
		return -1, -1
	}
	return (c - 1) / 4, (c - 1) % 4
}

// Transition tables: which tags may start or end a sentence, and which tags
// may precede each tag.
var allowedStart, allowedStop []bool
var allowedPrev [][]int32

func init() {
	allowedStart = make([]bool, numTags)
	allowedStop = make([]bool, numTags)
	allowedPrev = make([][]int32, numTags)
	for c := 0; c < numTags; c++ {
		_, pc := splitTag(c)
		allowedStart[c] = c == 0 || pc == tagB || pc == tagU
		allowedStop[c] = c == 0 || pc == tagL || pc == tagU
		for p := 0; p < numTags; p++ {
			if transitionOK(p, c) {
				allowedPrev[c] = append(allowedPrev[c], int32(p))
			}
		}
	}
}

// transitionOK reports whether tag c may follow tag p in BILOU.
func transitionOK(p, c int) bool {
	tp, pp := splitTag(p)
	tc, pc := splitTag(c)
	open := tp >= 0 && (pp == tagB || pp == tagI) // p leaves a span open
	if open {
		return tc == tp && (pc == tagI || pc == tagL)
	}
	return c == 0 || pc == tagB || pc == tagU
}

// Feature templates of the transition scores, kept in the same model as the
// emission features so that averaging and the file format cover them.
const (
	tmplTrans uint32 = 1 + iota
	tmplStart
	tmplStop
)

var (
	startFeature = perceptron.Hash1(tmplStart, "")
	stopFeature  = perceptron.Hash1(tmplStop, "")
	transFeats   = func() []perceptron.Feature {
		fs := make([]perceptron.Feature, numTags)
		for p := range fs {
			fs[p] = perceptron.Hash1(tmplTrans, tagNames[p])
		}
		return fs
	}()
)

// transFeature is the feature of "the previous tag was p".
func transFeature(p int) perceptron.Feature { return transFeats[p] }

// spansOf turns a well-formed BILOU tag sequence into spans. It tolerates
// ill-formed input by closing spans where the type changes.
func spansOf(tags []int) []Span {
	var spans []Span
	open := -1
	openType := -1
	for i, c := range tags {
		t, p := splitTag(c)
		if open >= 0 && (t != openType || p == tagB || p == tagU) {
			spans = append(spans, Span{open, i, Types[openType]})
			open = -1
		}
		switch {
		case t < 0:
		case p == tagU:
			spans = append(spans, Span{i, i + 1, Types[t]})
		case p == tagL:
			if open < 0 {
				open, openType = i, t
			}
			spans = append(spans, Span{open, i + 1, Types[t]})
			open = -1
		default: // B or I
			if open < 0 {
				open, openType = i, t
			}
		}
	}
	if open >= 0 {
		spans = append(spans, Span{open, len(tags), Types[openType]})
	}
	return spans
}

// tagsOf returns the BILOU tag index of each of n tokens covered by spans;
// spans with unknown types, out of range or overlapping an earlier span are
// skipped.
func tagsOf(n int, spans []Span) []int {
	tags := make([]int, n)
	for _, s := range spans {
		t, ok := typeIndex[s.Type]
		if !ok || s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		free := true
		for i := s.Start; i < s.End; i++ {
			if tags[i] != 0 {
				free = false
			}
		}
		if !free {
			continue
		}
		if s.End-s.Start == 1 {
			tags[s.Start] = tagOf(t, tagU)
			continue
		}
		tags[s.Start] = tagOf(t, tagB)
		for i := s.Start + 1; i < s.End-1; i++ {
			tags[i] = tagOf(t, tagI)
		}
		tags[s.End-1] = tagOf(t, tagL)
	}
	return tags
}

// ParseIOB converts IOB2 (or IOB1) tag strings such as "B-PER", "I-LOC" and
// "O" into spans with the tag's type suffix as Type. An I- tag that does not
// continue a span of its type starts one, which reads IOB1 correctly.
func ParseIOB(tags []string) []Span {
	var spans []Span
	open, typ := -1, ""
	closeSpan := func(i int) {
		if open >= 0 {
			spans = append(spans, Span{open, i, typ})
			open = -1
		}
	}
	for i, tag := range tags {
		tag = strings.TrimSpace(tag)
		prefix, t, ok := strings.Cut(tag, "-")
		if !ok || t == "" || (prefix != "B" && prefix != "I" && prefix != "E" && prefix != "S" && prefix != "L" && prefix != "U") {
			closeSpan(i)
			continue
		}
		switch prefix {
		case "B", "S", "U":
			closeSpan(i)
			open, typ = i, t
		case "I", "E", "L":
			if open < 0 || typ != t {
				closeSpan(i)
				open, typ = i, t
			}
		}
		if prefix == "S" || prefix == "U" || prefix == "E" || prefix == "L" {
			closeSpan(i + 1)
		}
	}
	closeSpan(len(tags))
	return spans
}
