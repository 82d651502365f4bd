package tagger

import (
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/perceptron"
)

// Feature templates. The numbers are part of the model file's meaning:
// renumbering them invalidates trained models.
const (
	fBias uint32 = iota
	fWord
	fForm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fPre4
	fShape
	fInitCap
	fInitCapFirst
	fAllCaps
	fDigit
	fHyphen
	fPrevWord
	fPrev2Word
	fNextWord
	fNext2Word
	fPrevTag
	fPrevTags
	fPrevTagWord
	fPrevWordWord
	fWordNextWord
	fPrevSuf3
	fNextSuf3
	fNextShape
	fPrevShape
	fPrevNextWord
	fPrevTagSuf3
	fNextShapeWord
	fAmb
	fPrevAmb
	fNextAmb
	fNext2Amb
	fAmbNextAmb
	fPrevTagAmb
	fPrevTagNextAmb
	fNextWordNext2Word
	fPrevTagNextWord
	// Added with model version 2; version 1 models have no weights for them.
	fSentCase     // the sentence's casing profile with the word's own casing
	fCaseHist     // how the word is cased elsewhere, with its own casing
	fCaseHistPrev // ... and the previous word's casing history
	fCaseHistNext // ... and the next word's
	fCluster      // the word's distributional cluster at several granularities
	fPrevCluster
	fNextCluster
	fSuf5
)

// clusterPrefixes are the lengths of the cluster-string prefixes used as
// features: coarse to fine granularities.
var clusterPrefixes = [...]int{1, 2, 3}

// lexicon holds what the tagger knows of words beyond its weights: how they
// are cased in running text and their distributional clusters, both keyed by
// lowercased form.
type lexicon struct {
	caseHist map[string]string
	clusters map[string]string
}

// caseBucket names the casing history of a word from its counts of
// lowercase, capitalised and all-capital occurrences not at the start of a
// sentence.
func caseBucket(low, capital, caps int) string {
	n := low + capital + caps
	if n == 0 {
		return ""
	}
	var b string
	switch r := float64(capital+caps) / float64(n); {
	case caps*2 > n:
		b = "X"
	case r < 0.1:
		b = "0"
	case r < 0.5:
		b = "1"
	case r < 0.9:
		b = "2"
	default:
		b = "3"
	}
	if n == 1 {
		return b + "1"
	}
	return b + "+"
}

const (
	start1, start2 = "-START-", "-START2-"
	end1, end2     = "-END-", "-END2-"
)

// sentence holds per-sentence views of the words: lowercased forms and word
// shapes, carved out of one string so a sentence costs one allocation.
type sentence struct {
	words []string
	lower []string
	shape []string
	arena []byte
	feats []perceptron.Feature
	hist  []int
	amb   []string // ambiguity class of each word, "" when rare
	chist []string // casing-history bucket of each word, "" when unknown
	clus  []string // cluster bit string of each word, "" when unknown
	scase string   // casing profile of the sentence
}

// prepare fills s.lower and s.shape for words.
func (s *sentence) prepare(words []string, amb map[string]string, lx *lexicon) {
	s.words = words
	s.arena = s.arena[:0]
	bounds := make([]int, 0, 2*len(words)+1)
	for _, w := range words {
		bounds = append(bounds, len(s.arena))
		s.arena = appendLower(s.arena, w)
		bounds = append(bounds, len(s.arena))
		s.arena = appendShape(s.arena, w)
	}
	bounds = append(bounds, len(s.arena))
	all := string(s.arena)
	s.lower = s.lower[:0]
	s.shape = s.shape[:0]
	for i := range words {
		s.lower = append(s.lower, all[bounds[2*i]:bounds[2*i+1]])
		s.shape = append(s.shape, all[bounds[2*i+1]:bounds[2*i+2]])
	}
	s.hist = s.hist[:0]
	s.amb = s.amb[:0]
	for _, w := range words {
		s.amb = append(s.amb, amb[w])
	}
	s.chist = s.chist[:0]
	s.clus = s.clus[:0]
	for _, w := range s.lower {
		var h, c string
		if lx != nil {
			h, c = lx.caseHist[w], lx.clusters[w]
		}
		s.chist = append(s.chist, h)
		s.clus = append(s.clus, c)
	}
	s.scase = sentenceCase(words)
}

// sentenceCase sums up how a sentence is cased: "T" when most of its words
// after the first are capitalised (titles, headlines), "L" when no word is,
// "U" when most are all capitals, "N" otherwise; "S" for short sentences.
func sentenceCase(words []string) string {
	alpha, capital, allCaps := 0, 0, 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if i > 0 {
			alpha++
		}
		if unicode.IsUpper(r) {
			if i > 0 {
				capital++
			}
			if wordCase(w) == "X" && utf8.RuneCountInString(w) > 1 {
				allCaps++
			}
		}
	}
	switch {
	case alpha < 3:
		return "S"
	case 2*allCaps > alpha:
		return "U"
	case 5*capital >= 3*alpha:
		return "T"
	case capital == 0:
		return "L"
	}
	return "N"
}

// wordCase classifies a word's casing: "X" all capitals, "C" initial
// capital, "l" lowercase, "-" no letters.
func wordCase(w string) string {
	upper, lower := 0, 0
	first := true
	initial := false
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
			if first {
				initial = true
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
		return "-"
	case lower == 0:
		return "X"
	case initial:
		return "C"
	}
	return "l"
}

func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// appendShape maps letters to X or x, digits to d and keeps other
// characters, with runs of one kind cut at two: "McDonald's" → "XxXxx'x".
func appendShape(b []byte, w string) []byte {
	start := len(b)
	for _, r := range w {
		var c byte
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z', r >= utf8.RuneSelf && unicode.IsLower(r):
			c = 'x'
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
		case '0' <= r && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsLetter(r):
			c = 'l'
		default:
			c = 'o'
		}
		n := len(b)
		if n-start >= 2 && b[n-1] == c && b[n-2] == c {
			continue
		}
		b = append(b, c)
	}
	return b
}

func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// features returns the features of word i given the classes predicted for
// the words before it (s.hist) and the class names.
func (s *sentence) features(i int, classes []string) []perceptron.Feature {
	f := s.feats[:0]
	w := s.lower[i]
	form := s.words[i]
	prev, prev2 := start1, start2
	pshape := start1
	if i > 0 {
		prev, pshape = s.lower[i-1], s.shape[i-1]
	}
	if i > 1 {
		prev2 = s.lower[i-2]
	}
	next, next2 := end1, end2
	nshape := end1
	if i+1 < len(s.lower) {
		next, nshape = s.lower[i+1], s.shape[i+1]
	}
	if i+2 < len(s.lower) {
		next2 = s.lower[i+2]
	}
	t1, t2 := start1, start2
	a := s.amb[i]
	pa, na, na2 := start1, end1, end2
	if i > 0 {
		pa = s.amb[i-1]
	}
	if i+1 < len(s.amb) {
		na = s.amb[i+1]
	}
	if i+2 < len(s.amb) {
		na2 = s.amb[i+2]
	}
	if i > 0 {
		t1 = classes[s.hist[i-1]]
	}
	if i > 1 {
		t2 = classes[s.hist[i-2]]
	}
	suf3 := suffix(w, 3)
	f = append(f,
		perceptron.Hash1(fBias, ""),
		perceptron.Hash1(fWord, w),
		perceptron.Hash1(fForm, form),
		perceptron.Hash1(fSuf1, suffix(w, 1)),
		perceptron.Hash1(fSuf2, suffix(w, 2)),
		perceptron.Hash1(fSuf3, suf3),
		perceptron.Hash1(fSuf4, suffix(w, 4)),
		perceptron.Hash1(fPre1, prefix(w, 1)),
		perceptron.Hash1(fPre2, prefix(w, 2)),
		perceptron.Hash1(fShape, s.shape[i]),
		perceptron.Hash1(fPrevWord, prev),
		perceptron.Hash1(fPrev2Word, prev2),
		perceptron.Hash1(fNextWord, next),
		perceptron.Hash1(fNext2Word, next2),
		perceptron.Hash1(fPrevTag, t1),
		perceptron.Hash2(fPrevTags, t1, t2),
		perceptron.Hash2(fPrevTagWord, t1, w),
		perceptron.Hash2(fPrevWordWord, prev, w),
		perceptron.Hash2(fWordNextWord, w, next),
		perceptron.Hash1(fPrevSuf3, suffix(prev, 3)),
		perceptron.Hash1(fNextSuf3, suffix(next, 3)),
		perceptron.Hash1(fNextShape, nshape),
		perceptron.Hash1(fPrevShape, pshape),
		perceptron.Hash2(fPrevNextWord, prev, next),
		perceptron.Hash2(fPrevTagSuf3, t1, suf3),
		perceptron.Hash2(fNextShapeWord, nshape, w),
		perceptron.Hash1(fAmb, a),
		perceptron.Hash1(fPrevAmb, pa),
		perceptron.Hash1(fNextAmb, na),
		perceptron.Hash2(fAmbNextAmb, a, na),
		perceptron.Hash2(fPrevTagAmb, t1, a),
		perceptron.Hash2(fPrevTagNextAmb, t1, na),
		perceptron.Hash2(fNextWordNext2Word, next, next2),
		perceptron.Hash2(fPrevTagNextWord, t1, next),
	)
	f = append(f, perceptron.Hash1(fPre3, prefix(w, 3)), perceptron.Hash1(fPre4, prefix(w, 4)), perceptron.Hash1(fNext2Amb, na2))
	wc := wordCase(form)
	pos := "m"
	if i == 0 {
		pos = "f"
	}
	ph, nh := start1, end1
	if i > 0 {
		ph = s.chist[i-1]
	}
	if i+1 < len(s.chist) {
		nh = s.chist[i+1]
	}
	f = append(f,
		perceptron.Hash3(fSentCase, s.scase, wc, pos),
		perceptron.Hash3(fCaseHist, s.chist[i], wc, pos),
		perceptron.Hash2(fCaseHistPrev, ph, wc),
		perceptron.Hash2(fCaseHistNext, nh, wc),
		perceptron.Hash1(fSuf5, suffix(w, 5)),
	)
	if c := s.clus[i]; c != "" {
		for _, n := range clusterPrefixes {
			f = append(f, perceptron.Hash1(fCluster, prefix(c, n)))
		}
	} else {
		f = append(f, perceptron.Hash1(fCluster, ""))
	}
	if i > 0 {
		f = append(f, perceptron.Hash1(fPrevCluster, prefix(s.clus[i-1], 2)))
	}
	if i+1 < len(s.clus) {
		f = append(f, perceptron.Hash1(fNextCluster, prefix(s.clus[i+1], 2)))
	}
	if len(form) > 0 {
		r, _ := utf8.DecodeRuneInString(form)
		if unicode.IsUpper(r) {
			if i == 0 {
				f = append(f, perceptron.Hash1(fInitCapFirst, ""))
			} else {
				f = append(f, perceptron.Hash1(fInitCap, ""))
			}
		}
	}
	var upper, letters, digit, hyphen bool = true, false, false, false
	for _, r := range form {
		switch {
		case unicode.IsLetter(r):
			letters = true
			if !unicode.IsUpper(r) {
				upper = false
			}
		case '0' <= r && r <= '9':
			digit = true
		case r == '-':
			hyphen = true
		}
	}
	if letters && upper {
		f = append(f, perceptron.Hash1(fAllCaps, ""))
	}
	if digit {
		f = append(f, perceptron.Hash1(fDigit, ""))
	}
	if hyphen {
		f = append(f, perceptron.Hash1(fHyphen, ""))
	}
	s.feats = f
	return f
}
