package ner

import "math/bits"

// Lexicon records how each word is usually written away from the start of a
// sentence, counted over unlabelled text: a word almost always capitalized
// ("Seagal", "Kamchatka") is likely a name even where capitalization tells
// nothing (sentence-initially, in headlines), and a word almost always lower
// case ("however") is likely not one even when capitalized. It is stored in
// the model file.
type Lexicon struct {
	class map[string]byte
}

// LexiconCounter accumulates the counts behind a Lexicon.
type LexiconCounter struct {
	seen, capped map[string]int32
}

// NewLexiconCounter returns an empty counter.
func NewLexiconCounter() *LexiconCounter {
	return &LexiconCounter{seen: map[string]int32{}, capped: map[string]int32{}}
}

// AddSentence counts the words of one sentence, skipping the first word and
// words right after sentence-internal punctuation that starts a new clause
// or quote, where capitals are expected anyway. Sentences written entirely
// in capitals or entirely in title case tell nothing and are skipped.
func (c *LexiconCounter) AddSentence(words []string) {
	upper, letters := 0, 0
	for _, w := range words {
		switch capsOf(w) {
		case capUpper, capTitle, capMixed:
			upper++
			letters++
		case capLower:
			letters++
		}
	}
	if letters == 0 || upper*10 > letters*8 {
		return
	}
	for i, w := range words {
		if i == 0 {
			continue
		}
		if p := words[i-1]; p == "." || p == ":" || p == "\"" || p == "“" || p == "!" || p == "?" || p == "-" || p == "(" {
			continue
		}
		k := capsOf(w)
		if k == capNone {
			continue
		}
		lw := lowerWord(w)
		c.seen[lw]++
		if k != capLower {
			c.capped[lw]++
		}
	}
}

// Lexicon returns the classes of words seen at least minCount times.
func (c *LexiconCounter) Lexicon(minCount int32) *Lexicon {
	lx := &Lexicon{class: map[string]byte{}}
	for w, n := range c.seen {
		if n < minCount {
			continue
		}
		lx.class[w] = lexClass(n, c.capped[w])
	}
	return lx
}

// lexClass packs the share of capitalized uses (5 levels) and a log-scale
// frequency band (0-7) into one byte.
func lexClass(n, capped int32) byte {
	var share byte
	switch r := float64(capped) / float64(n); {
	case r < 0.02:
		share = 0
	case r < 0.3:
		share = 1
	case r < 0.7:
		share = 2
	case r < 0.98:
		share = 3
	default:
		share = 4
	}
	band := byte(min(bits.Len32(uint32(n))/2, 7))
	return share<<3 | band
}

// Len reports how many words the lexicon classifies.
func (lx *Lexicon) Len() int {
	if lx == nil {
		return 0
	}
	return len(lx.class)
}

// lexNames names the classes for features, so looking one up does not
// allocate: lexNames[class] is "s<share>f<band>"; class 255 is unseen.
var lexNames = func() [256]string {
	var names [256]string
	for i := range names {
		names[i] = "s" + string(rune('0'+(i>>3)%10)) + "f" + string(rune('0'+i&7))
	}
	names[255] = "unseen"
	return names
}()

// lexShares names the capitalized-share level of a class (lexShare).
var lexShares = [...]string{"s0", "s1", "s2", "s3", "s4", "unseen"}

// lexShare returns the capitalized-share level of class c, 5 when unseen.
func lexShare(c byte) int {
	if c == 255 {
		return 5
	}
	return min(int(c>>3), 4)
}

// classOf returns the class of lower-cased word lw, 255 when unseen.
func (lx *Lexicon) classOf(lw string) byte {
	if lx == nil {
		return 255
	}
	if c, ok := lx.class[lw]; ok {
		return c
	}
	return 255
}
