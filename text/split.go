package text

import (
	"strings"

	"github.com/chronicle-news/chronicle"
)

// sentences groups the scanned tokens into sentences.
func (z *scanner) sentences() []chronicle.Sentence {
	sp := z.sp
	n := len(sp)
	if n == 0 {
		return nil
	}
	// First the last token of each sentence, then the result in one go.
	var ends []int
	start := 0
	cut := func(last int) {
		ends = append(ends, last)
		start = last + 1
	}
	for i := 0; i < n; i++ {
		k := sp[i].k
		if i > start && k&kUpper != 0 && i+1 < n && z.text(i+1) == ":" && creditWords[z.text(i)] {
			cut(i - 1) // a picture credit after a caption: "... Station Image: NASA."
		}
		if k&(kTerminal|kAbbrev) != 0 {
			// Closing quotes and brackets written right after the mark belong
			// to the sentence it ends.
			j := i
			for j+1 < n && sp[j+1].k&kClose != 0 && sp[j+1].k&kSpace == 0 {
				j++
			}
			// So do citation marks: "... of our species. [10]".
			if e := z.citation(j + 1); e > 0 {
				j = e
			}
			if j+1 == n || sp[j+1].k&kNewline != 0 || !z.enumerator(start, i) && z.boundary(i, j, j+1) {
				cut(j)
				i = j
				continue
			}
		}
		if i+1 == n || sp[i+1].k&kNewline != 0 {
			cut(i)
		}
	}
	toks := z.tokens()
	out := make([]chronicle.Sentence, len(ends))
	start = 0
	for s, last := range ends {
		out[s] = chronicle.Sentence{
			Span:   chronicle.Span{Start: toks[start].Start, End: toks[last].End},
			Tokens: toks[start : last+1 : last+1],
		}
		start = last + 1
	}
	return out
}

// letterNameBefore are the words after which a capital letter and a full
// stop are a one-letter name ending the sentence ("posted on X."), not an
// initial.
var letterNameBefore = map[string]bool{"on": true, "via": true}

// boundary reports whether a sentence ends after token j, where token i is
// the terminal mark or abbreviation that may end it and next follows j.
func (z *scanner) boundary(i, j, next int) bool {
	k, nk := z.sp[i].k, z.sp[next].k
	nt := z.text(next)
	if nk&kSpace == 0 {
		return false // "report.pdf", "(draft).doc": no space, no new sentence
	}
	if k&kAbbrev != 0 {
		w := z.text(i)
		w = w[:len(w)-1]
		if nk&kUpper == 0 {
			return false
		}
		if w[0] >= '0' && w[0] <= '9' {
			return false // a numbered heading: "2.1. Results"
		}
		if dottedAbbrev(w) {
			if (w == "a.m" || w == "p.m") && !openers[nt] {
				return z.afterClockTime(next)
			}
			return openers[nt]
		}
		if len(w) == 1 {
			// An initial, but not a one-letter name after a preposition:
			// "wrote on X. Von der Leyen said".
			return i > 0 && letterNameBefore[strings.ToLower(z.text(i-1))]
		}
		switch abbreviations[w] {
		case abbrTitle, abbrBeforeDigit:
			return false
		}
		if w == "etc" {
			return true
		}
		return openers[nt]
	}
	if k&kEllipsis != 0 && j == i {
		// "..." inside a sentence is common; only a capitalised word or an
		// opening quote after it starts a new one.
		return nk&(kUpper|kOpen) != 0 && nt != "I"
	}
	if nk&kLower != 0 {
		// A full stop split off a word that is no known abbreviation ends
		// the sentence even before a lowercase word, as in informal text;
		// after a closing quote, "“Why?” he asked" goes on.
		return j == i || nt == "i"
	}
	if nk&(kUpper|kDigit|kOpen) != 0 {
		return true
	}
	switch nt {
	case ",", ";", ":", ")", "]", "}", "%", "-", "'", "’", "”", "\"", ".", "?", "!":
		return false
	case "/":
		return false // a dateline's agency: "Brussels, October 15. /Ukrinform/."
	}
	return nk&(kTerminal|kClose) == 0
}

// afterClockTime reports whether the capitalised word at token next opens a
// sentence after "a.m." or "p.m.": "from 5 p.m. Pakistan's foreign minister
// …" does, "at 5 p.m. Monday", "p.m. EST" and "p.m. Moscow time" do not.
func (z *scanner) afterClockTime(next int) bool {
	nt := z.text(next)
	if clockWords[nt] || len(nt) <= 4 && strings.ToUpper(nt) == nt {
		return false // a weekday, a month, a zone ("GMT", "ET")
	}
	if after := next + 1; after < len(z.sp) {
		if t := strings.ToLower(z.text(after)); t == "time" || t == "standard" || t == "daylight" {
			return false
		}
	}
	return true
}

// clockWords follow a clock time in the same sentence.
var clockWords = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true, "Jan.": true, "Feb.": true, "Aug.": true, "Sept.": true, "Oct.": true,
	"Nov.": true, "Dec.": true, "Eastern": true, "Pacific": true, "Central": true, "Mountain": true,
	"Greenwich": true, "GMT": true, "Local": true}

// citation returns the index of the "]" closing a bracketed reference such
// as [10] or [3 – 5] that starts at token i on the same line, or 0.
func (z *scanner) citation(i int) int {
	if i >= len(z.sp) || z.text(i) != "[" || z.sp[i].k&kNewline != 0 {
		return 0
	}
	for k := i + 1; k < len(z.sp) && k < i+8; k++ {
		t := z.text(k)
		switch {
		case t == "]":
			if k == i+1 {
				return 0
			}
			return k
		case z.sp[k].k&kNewline != 0:
			return 0
		case t == "," || t == "-" || t == "–" || allDigits(t):
		default:
			return 0
		}
	}
	return 0
}

// creditWords start the credit line of a picture, which follows its caption
// without a full stop between them.
var creditWords = map[string]bool{"Image": true, "Photo": true, "Photograph": true, "Picture": true,
	"Credit": true, "Illustration": true, "Video": true, "Graphic": true}

// enumerator reports whether token i, a full stop, follows a one- or
// two-digit number that opens the sentence: the "3." of a list item such
// as "... per project. 3. I expect ...", which starts a sentence rather than
// being one.
func (z *scanner) enumerator(start, i int) bool {
	return i == start+1 && z.text(i) == "." && z.sp[start].end == z.sp[i].start &&
		z.sp[start].end-z.sp[start].start <= 2 && allDigits(z.text(start))
}
