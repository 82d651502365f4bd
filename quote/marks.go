package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// piece is one run of quoted text found between quote marks, inside one
// paragraph. A quote that runs over several paragraphs (the newsroom
// convention: the opening mark repeated at each new paragraph, no closing
// mark until the end) becomes one piece per paragraph, linked by run.
type piece struct {
	open, close int            // byte offsets of the opening mark and of the closing mark (close == inner.End when unmatched)
	inner       chronicle.Span // the quoted text without its marks
	closed      bool           // a closing mark was found; false when recovered at the paragraph end
	run         int            // pieces of one multi-paragraph quote share a run number
	single      bool           // top-level single quotes ('...' or ‘...’)
}

// markKind tells how a double quote mark may be used.
type markKind int

const (
	markStraight  markKind = iota // " : decided by what stands on either side
	markLeft                      // “ ‟ : opens, or closes a „ quote
	markRight                     // ” : closes, or opens in the Scandinavian ”...” style
	markLow                       // „ : opens (German, Polish ...)
	markGuilOpen                  // «
	markGuilClose                 // »
)

// doubleMark reports whether r is a double quote mark and which kind.
func doubleMark(r rune) (markKind, bool) {
	switch r {
	case '"':
		return markStraight, true
	case '“', '‟':
		return markLeft, true
	case '”':
		return markRight, true
	case '„':
		return markLow, true
	case '«':
		return markGuilOpen, true
	case '»':
		return markGuilClose, true
	}
	return 0, false
}

// flanks reports whether the mark at text[i:i+size] leans right (opens: text
// follows, space or an opening bracket before) and whether it leans left
// (closes: text before, space or punctuation after).
func flanks(text string, i, size int) (left, right bool) {
	var prev, next rune = ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	if i+size < len(text) {
		next, _ = utf8.DecodeRuneInString(text[i+size:])
	}
	prevSpace := unicode.IsSpace(prev) || isOpenPunct(prev) || isQuoteRune(prev)
	nextSpace := unicode.IsSpace(next)
	nextClosing := nextSpace || isClosePunct(next) || isQuoteRune(next)
	opens := !nextSpace && prevSpace
	closes := !unicode.IsSpace(prev) && nextClosing
	return opens, closes
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case ')', ']', '}', '.', ',', ';', ':', '!', '?', '—', '–', '-', '…', '/':
		return true
	}
	return false
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '\'', '‘', '’':
		return true
	}
	return false
}

// scanMarks finds the direct quotes of text: the pieces between double quote
// marks, paragraph by paragraph, then top-level single quotes outside them.
// It runs in one pass over the text. Marks that cannot be matched produce
// warnings; an opening mark left open closes at the end of its paragraph at
// the latest, unless the next paragraph opens with a quote mark (a quote
// running over paragraphs), so one stray mark never swallows the article.
func scanMarks(text string, paras []chronicle.Span) ([]piece, []chronicle.Warning) {
	var pieces []piece
	var warns []chronicle.Warning
	run := 0
	carry := false // the previous paragraph ended inside a quote that continues here
	for pi, p := range paras {
		open := -1 // offset of the open mark, -1 when none
		var openKind markKind
		openSize := 0
		if carry {
			// The paragraph's first mark reopens the running quote.
			i := skipSpace(text, p.Start, p.End)
			r, size := utf8.DecodeRuneInString(text[i:])
			k, _ := doubleMark(r)
			open, openKind, openSize = i, k, size
		}
		carry = false
		for i := p.Start; i < p.End; {
			r, size := utf8.DecodeRuneInString(text[i:])
			k, ok := doubleMark(r)
			if !ok || i == open {
				i += size
				continue
			}
			opens, closes := flanks(text, i, size)
			switch {
			case open < 0:
				if canOpen(k, opens, closes) {
					open, openKind, openSize = i, k, size
				} else if !afterDigit(text, i) {
					warns = append(warns, chronicle.Warning{
						Span:    chronicle.Span{Start: i, End: i + size},
						Message: "closing quote mark without an opening one",
					})
				}
			case canClose(openKind, k, opens, closes):
				in := trimSpan(text, open+openSize, i)
				if in.Len() > 0 {
					pieces = append(pieces, piece{open: open, close: i, inner: in, closed: true, run: run})
					run++
				}
				open = -1
			case afterSentenceEnd(text, open+openSize, i):
				// Paragraphs run together (the break lost when the text
				// was flattened): “First part. “Second part,” she said.
				// The quote goes on, as across a paragraph break.
				in := trimSpan(text, open+openSize, i)
				if in.Len() > 0 {
					pieces = append(pieces, piece{open: open, close: in.End, inner: in, closed: true, run: run})
				}
				open, openKind, openSize = i, k, size
			default:
				// A second opening mark while one is open: the first was
				// never closed. Warn and start again from this one.
				warns = append(warns, chronicle.Warning{
					Span:    chronicle.Span{Start: open, End: open + openSize},
					Message: "unmatched opening quote mark",
				})
				open, openKind, openSize = i, k, size
			}
			i += size
		}
		if open < 0 {
			continue
		}
		in := trimSpan(text, open+openSize, p.End)
		if pi+1 < len(paras) && opensWithMark(text, paras[pi+1]) {
			if in.Len() > 0 {
				pieces = append(pieces, piece{open: open, close: in.End, inner: in, closed: true, run: run})
			}
			carry = true // same run number continues in the next paragraph
			continue
		}
		warns = append(warns, chronicle.Warning{
			Span:    chronicle.Span{Start: open, End: open + openSize},
			Message: "unmatched opening quote mark: quote closed at the end of its paragraph",
		})
		if in.Len() > 0 {
			pieces = append(pieces, piece{open: open, close: in.End, inner: in, run: run})
		}
		run++
	}
	// Top-level single quotes, in the stretches outside double quotes.
	out := make([]piece, 0, len(pieces))
	for _, p := range paras {
		from := p.Start
		for len(pieces) > 0 && pieces[0].open < p.End {
			pc := pieces[0]
			pieces = pieces[1:]
			out = scanSingles(text, from, pc.open, out, &run)
			out = append(out, pc)
			from = pc.close
			if from < pc.inner.End {
				from = pc.inner.End
			}
			from = min(from+1, p.End)
		}
		out = scanSingles(text, from, p.End, out, &run)
	}
	return out, warns
}

// afterSentenceEnd reports whether text[from:i] ends with a sentence-final
// mark and a space: the shape of a continued quote whose paragraph break was
// lost.
func afterSentenceEnd(text string, from, i int) bool {
	j := i
	for j > from && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j == i || j == from {
		return false
	}
	switch text[j-1] {
	case '.', '?', '!':
		return true
	}
	return false
}

func canOpen(k markKind, opens, closes bool) bool {
	switch k {
	case markStraight:
		return opens || !closes
	case markRight:
		return opens && !closes
	case markGuilClose:
		return false
	}
	return true
}

func canClose(openKind, k markKind, opens, closes bool) bool {
	switch k {
	case markRight, markStraight:
		if k == markStraight && opens && !closes {
			return false
		}
		return openKind != markGuilOpen || k == markRight
	case markLeft:
		return openKind == markLow || (openKind == markLeft && closes && !opens)
	case markGuilClose:
		return openKind == markGuilOpen
	case markGuilOpen:
		return openKind == markGuilClose
	}
	return false
}

// afterDigit reports a mark right after a digit, as in 12" (inches): not
// worth a warning when it matches nothing.
func afterDigit(text string, i int) bool {
	return i > 0 && text[i-1] >= '0' && text[i-1] <= '9'
}

func opensWithMark(text string, p chronicle.Span) bool {
	i := skipSpace(text, p.Start, p.End)
	if i >= p.End {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	k, ok := doubleMark(r)
	return ok && k != markRight && k != markGuilClose
}

func skipSpace(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// trimSpan returns [start, end) without surrounding spaces.
func trimSpan(text string, start, end int) chronicle.Span {
	start = skipSpace(text, start, end)
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return chronicle.Span{Start: start, End: end}
}

// elisions are words that begin with an apostrophe and are no quote.
var elisions = map[string]bool{
	"n": true, "em": true, "til": true, "cause": true, "tis": true, "twas": true,
	"bout": true, "round": true, "s": true, "d": true, "ll": true, "re": true, "ve": true, "m": true, "t": true,
}

// scanSingles finds top-level single-quoted runs in text[from:to], as in
// British usage (He called it 'unworkable'). Apostrophes are far commoner than
// single quotes, so a run is kept only when it opens at a word start, closes at
// a word end within the same stretch, and holds at least two letters; an
// opening mark that finds no closing one is taken for an apostrophe silently.
// Each closing candidate is visited once, so the scan is linear.
func scanSingles(text string, from, to int, out []piece, run *int) []piece {
	open := -1
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '\'' && r != '‘' && r != '’' {
			i += size
			continue
		}
		opens, closes := flanks(text, i, size)
		if open >= 0 && closes && r != '‘' && !possessiveS(text, i) {
			in := trimSpan(text, open+1, i)
			if letters(text[in.Start:in.End]) >= 2 {
				out = append(out, piece{open: open, close: i, inner: in, closed: true, run: *run, single: true})
				*run++
			}
			open = -1
		} else if open < 0 && opens && r != '’' && !elided(text, i+size) {
			open = i
			if r == '‘' {
				open = i + size - 1 // so that open+1 is the text start
			}
		}
		i += size
	}
	return out
}

// possessiveS reports a closing candidate that is more likely the apostrophe
// of a plural possessive (the leaders' talks): after an s and before a
// lowercase word.
func possessiveS(text string, i int) bool {
	if i == 0 || text[i-1] != 's' {
		return false
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	j := i + size
	if j+1 >= len(text) || text[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j+1:])
	return unicode.IsLower(r)
}

func elided(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 6 {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	w := text[i:j]
	if w == "" {
		return true
	}
	if w[0] >= '0' && w[0] <= '9' { // '90s
		return true
	}
	if j < len(text) && (text[j] == '\'' || hasPrefixRune(text[j:], '’')) && len(w) <= 2 { // 'n'
		return true
	}
	return elisions[lowerASCII(w)]
}

func hasPrefixRune(s string, r rune) bool {
	q, _ := utf8.DecodeRuneInString(s)
	return q == r
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
