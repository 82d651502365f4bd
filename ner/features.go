package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/perceptron"
)

// FeatureOptions chooses the optional feature groups of a model; it is
// stored in the model file so that decoding uses the features training did.
type FeatureOptions struct {
	POS       bool // part-of-speech tags of the word and its neighbours
	Gazetteer bool // position of the word in the longest gazetteer match
	Clusters  bool // word-cluster bit-string prefixes
	Casing    bool // how the word is usually capitalized (see Lexicon)
	LowerGaz  bool // gazetteer matches also in lower-case text (needs Casing)
}

// Emission feature templates. The numbers are part of the model format:
// never renumber, only add.
const (
	tBias uint32 = 100 + iota
	tWord
	tLower
	tShape
	tPrefix
	tSuffix
	tPrev1
	tPrev2
	tNext1
	tNext2
	tBigramPrev
	tBigramNext
	tShapeCtx
	tCaps
	tInitialLower
	tPOS
	tPOSPrev
	tPOSNext
	tPOSBigram
	tGaz
	tGazCaps
	tTitle
	tCluster
	tWordShapePrev
	tWordShapeNext
	tLen
	tInitialCaps
	tPOSWord
	tNextNext
	tPrevPrev
	tLex
	tLexCaps
	tLexCtx
	tClusterPrev
	tClusterNext
	tClusterWord
)

// sentence holds the per-sentence values features read: words, their lower
// case and shape, POS tags and gazetteer marks.
type sentence struct {
	words, lower, shape, pos []string
	gaz                      []string // per token: "" or e.g. "B-GPE"
	caps                     []byte   // per token: capitalization class
	title                    []bool   // per token: preceded by a title cue
	clusters                 []string
	lex                      []byte // per token: Lexicon class
}

// Capitalization classes.
const (
	capNone  = 'n' // no letters
	capLower = 'l' // all lower case
	capTitle = 't' // first letter upper, rest lower
	capUpper = 'u' // all upper case
	capMixed = 'm' // other mixes
)

func (s *sentence) reset(words, pos []string, gaz *Gazetteer, lx *Lexicon, cl map[string]string, lowerGaz bool) {
	n := len(words)
	s.words, s.pos = words, pos
	s.lower = resize(s.lower, n)
	s.shape = resize(s.shape, n)
	s.gaz = resize(s.gaz, n)
	if cap(s.caps) < n {
		s.caps = make([]byte, n)
		s.title = make([]bool, n)
	}
	s.caps, s.title = s.caps[:n], s.title[:n]
	for i, w := range words {
		s.lower[i] = lowerWord(w)
		s.shape[i] = shapeOf(w)
		s.caps[i] = capsOf(w)
		s.gaz[i] = ""
	}
	markTitles(s.lower, s.title)
	if cap(s.lex) < n {
		s.lex = make([]byte, n)
	}
	s.lex = s.lex[:n]
	for i := range s.lex {
		s.lex[i] = lx.classOf(s.lower[i])
	}
	if gaz != nil {
		if lowerGaz && lx != nil {
			gaz.markCase(s.lower, s.caps, s.lex, s.gaz)
		} else {
			gaz.mark(s.lower, s.caps, s.gaz)
		}
	}
	s.clusters = s.clusters[:0]
	if cl != nil {
		s.clusters = resize(s.clusters, n)
		for i, w := range s.lower {
			c, ok := cl[w]
			if !ok {
				c = cl[clusterKey(w)]
			}
			s.clusters[i] = c
		}
	} else {
		s.clusters = nil
	}
}

func resize(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

// lowerWord lower-cases w, returning w itself when it has no upper case so
// that the common case does not allocate.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// shapeOf maps letters to X/x, digits to d and keeps other characters,
// collapsing runs longer than two: "McDonald" → "XxXxx", "1990s" → "ddx".
func shapeOf(w string) string {
	var buf [32]byte
	b := buf[:0]
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		if len(b) < cap(b) {
			b = append(b, c)
		}
	}
	return string(b)
}

// capsOf classifies the capitalization of w.
func capsOf(w string) byte {
	upper, lower, first := 0, 0, true
	firstUpper := false
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
			if first {
				firstUpper = true
			}
		} else if unicode.IsLower(r) {
			lower++
		}
		if unicode.IsLetter(r) {
			first = false
		}
	}
	switch {
	case upper == 0 && lower == 0:
		return capNone
	case upper == 0:
		return capLower
	case lower == 0:
		return capUpper
	case firstUpper && upper == 1:
		return capTitle
	}
	return capMixed
}

// titleCues are words that, just before a name, announce a person (or an
// office holder's organisation). Multi-word cues are matched by their last
// word, which is what precedes the name. They are features the embedded
// model was trained on, so they stay apart from text.TitleWord: changing
// them means training the model again.
var titleCues = map[string]bool{
	"president": true, "minister": true, "secretary": true, "prince": true,
	"princess": true, "king": true, "queen": true, "gen.": true, "general": true,
	"mr.": true, "mrs.": true, "ms.": true, "mr": true, "mrs": true, "ms": true,
	"dr.": true, "dr": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "senator": true, "sen.": true, "rep.": true,
	"governor": true, "gov.": true, "chancellor": true, "premier": true,
	"ambassador": true, "envoy": true, "chairman": true, "ceo": true,
	"director": true, "judge": true, "lt.": true, "col.": true, "colonel": true,
	"sgt.": true, "capt.": true, "captain": true, "professor": true, "prof.": true,
	"sir": true, "lord": true, "pope": true, "sheikh": true, "ayatollah": true,
	"mayor": true, "commander": true, "leader": true, "chief": true,
	"lieutenant": true, "admiral": true, "sheik": true, "emir": true,
	"st.": true, "saint": true, "rev.": true, "father": true, "brother": true,
	"sister": true, "uncle": true, "aunt": true, "coach": true, "officer": true,
	"state": true, // "Secretary of State X"
}

// markTitles sets title[i] when one of the two words before i is a title cue.
func markTitles(lower []string, title []bool) {
	for i := range lower {
		title[i] = (i > 0 && titleCues[lower[i-1]]) || (i > 1 && titleCues[lower[i-2]] && lower[i-1] != "," && lower[i-1] != "and")
	}
}

// Boundary words beyond the sentence.
const (
	bos = "<s>"
	eos = "</s>"
)

func at(xs []string, i int, pad string) string {
	if i < 0 {
		return bos
	}
	if i >= len(xs) {
		return eos
	}
	if xs == nil {
		return pad
	}
	return xs[i]
}

// features appends the emission features of word i of s to out.
func (o FeatureOptions) features(s *sentence, i int, out []perceptron.Feature) []perceptron.Feature {
	w, lw, sh := s.words[i], s.lower[i], s.shape[i]
	caps := string(s.caps[i : i+1])
	initial := "m"
	if i == 0 {
		initial = "0"
	}
	out = append(out,
		perceptron.Hash1(tBias, ""),
		perceptron.Hash1(tWord, w),
		perceptron.Hash1(tLower, lw),
		perceptron.Hash1(tShape, sh),
		perceptron.Hash2(tCaps, caps, initial),
		perceptron.Hash2(tPrev1, at(s.lower, i-1, ""), ""),
		perceptron.Hash2(tNext1, at(s.lower, i+1, ""), ""),
		perceptron.Hash2(tPrev2, at(s.lower, i-2, ""), ""),
		perceptron.Hash2(tNext2, at(s.lower, i+2, ""), ""),
		perceptron.Hash2(tBigramPrev, at(s.lower, i-1, ""), lw),
		perceptron.Hash2(tBigramNext, lw, at(s.lower, i+1, "")),
		perceptron.Hash3(tShapeCtx, at(s.shape, i-1, ""), sh, at(s.shape, i+1, "")),
		perceptron.Hash2(tWordShapePrev, at(s.shape, i-1, ""), lw),
		perceptron.Hash2(tWordShapeNext, lw, at(s.shape, i+1, "")),
		perceptron.Hash3(tPrevPrev, at(s.lower, i-2, ""), at(s.lower, i-1, ""), caps),
		perceptron.Hash3(tNextNext, caps, at(s.lower, i+1, ""), at(s.lower, i+2, "")),
	)
	if i == 0 {
		out = append(out, perceptron.Hash1(tInitialLower, lw))
	}
	// Affixes of the lower-cased word, by runes.
	n := 0
	for j := range lw {
		if j == 0 {
			continue
		}
		n++
		if n > 3 {
			break
		}
		out = append(out, perceptron.Hash1(tPrefix, lw[:j]))
	}
	n = 0
	for j := len(lw); j > 0 && n < 4; {
		_, size := utf8.DecodeLastRuneInString(lw[:j])
		j -= size
		n++
		if j == 0 {
			break
		}
		out = append(out, perceptron.Hash1(tSuffix, lw[j:]))
	}
	if s.title[i] {
		out = append(out, perceptron.Hash2(tTitle, caps, at(s.lower, i-1, "")), perceptron.Hash1(tTitle, caps))
	}
	if o.POS && s.pos != nil {
		p := s.pos[i]
		out = append(out,
			perceptron.Hash1(tPOS, p),
			perceptron.Hash2(tPOSPrev, at(s.pos, i-1, ""), p),
			perceptron.Hash2(tPOSNext, p, at(s.pos, i+1, "")),
			perceptron.Hash3(tPOSBigram, at(s.pos, i-1, ""), p, at(s.pos, i+1, "")),
			perceptron.Hash2(tPOSWord, p, caps),
		)
	}
	if o.Gazetteer {
		g := s.gaz[i]
		if g != "" {
			out = append(out, perceptron.Hash1(tGaz, g), perceptron.Hash2(tGazCaps, g, caps))
		}
		out = append(out, perceptron.Hash2(tGaz, at(s.gaz, i-1, ""), at(s.gaz, i+1, "")))
	}
	if o.Casing {
		c := s.lex[i]
		out = append(out,
			perceptron.Hash1(tLex, lexNames[c]),
			perceptron.Hash3(tLexCaps, lexNames[c], caps, initial),
		)
		prev, next := "edge", "edge"
		if i > 0 {
			prev = lexShares[lexShare(s.lex[i-1])]
		}
		if i+1 < len(s.lex) {
			next = lexShares[lexShare(s.lex[i+1])]
		}
		out = append(out, perceptron.Hash4(tLexCtx, prev, lexNames[c], next, caps))
	}
	if o.Clusters && s.clusters != nil {
		c := s.clusters[i]
		if c == "" {
			out = append(out, perceptron.Hash2(tCluster, "?", caps))
		} else {
			for _, l := range clusterPrefixLens {
				if l > len(c) {
					l = len(c)
				}
				out = append(out, perceptron.Hash1(tCluster, c[:l]))
			}
			out = append(out, perceptron.Hash2(tClusterWord, clusterPrefix(c, 8), caps))
		}
		out = append(out,
			perceptron.Hash2(tClusterPrev, clusterPrefix(at(s.clusters, i-1, ""), 6), caps),
			perceptron.Hash2(tClusterNext, clusterPrefix(at(s.clusters, i+1, ""), 6), caps))
	}
	return out
}

// clusterPrefixLens are the cluster bit-string prefixes used as features.
var clusterPrefixLens = []int{4, 6, 9, 12, 16}

func clusterPrefix(c string, n int) string {
	if c == "" {
		return "?"
	}
	if len(c) > n {
		return c[:n]
	}
	return c
}
