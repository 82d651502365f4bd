package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// kind describes a token for the sentence splitter.
type kind uint16

const (
	kUpper    kind = 1 << iota // word starting with an uppercase letter
	kLower                     // word starting with a lowercase letter
	kDigit                     // word starting with a digit
	kTerminal                  // . ? ! … or a run of them
	kEllipsis                  // ... or …
	kOpen                      // opening quote or bracket
	kClose                     // closing quote or bracket
	kAbbrev                    // word that kept its final period
	kNewline                   // a line break comes before the token
	kSpace                     // white space comes before the token
	kQuestion                  // terminal containing ? or !
)

// ASCII character classes.
const (
	cSpace = 1 << iota
	cLower
	cUpper
	cDigit
	cPunct
	cNewline

	cLetter = cLower | cUpper
	cAlnum  = cLetter | cDigit
)

// ascii classifies bytes; bytes of multi-byte characters are class 0. It has
// 256 entries so that indexing by a byte needs no bounds check.
var ascii [256]uint8

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == '\n':
			ascii[c] = cSpace | cNewline
		case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			ascii[c] = cSpace
		case c >= 'a' && c <= 'z':
			ascii[c] = cLower
		case c >= 'A' && c <= 'Z':
			ascii[c] = cUpper
		case c >= '0' && c <= '9':
			ascii[c] = cDigit
		case c < ' ' || c == 0x7f:
			ascii[c] = cSpace // control characters separate tokens like spaces
		default:
			ascii[c] = cPunct
		}
	}
}

// span is a token as the scanner finds it: compact, so that the result
// slice of chronicle.Token can be allocated once at its exact size.
type span struct {
	start, end int
	k          kind
}

// spanPool recycles the scanner's working slices between calls.
var spanPool = sync.Pool{New: func() any { return new([]span) }}

// scanner tokenizes one text.
type scanner struct {
	s       string
	sp      []span
	pending kind // kNewline|kSpace seen since the last token
	buf     *[]span
}

func newScanner(s string) *scanner {
	buf := spanPool.Get().(*[]span)
	z := &scanner{s: s, buf: buf, sp: (*buf)[:0]}
	// About one token per 5.5 bytes of news text.
	if n := len(s)/5 + 8; cap(z.sp) < n {
		z.sp = make([]span, 0, n)
	}
	return z
}

// release returns the working slice to the pool.
func (z *scanner) release() {
	if cap(z.sp) <= 1<<20 {
		*z.buf = z.sp[:0]
		spanPool.Put(z.buf)
	}
	z.sp = nil
}

// emit appends the token s[start:end].
func (z *scanner) emit(start, end int, k kind) {
	if start >= end {
		return
	}
	z.sp = append(z.sp, span{start, end, k | z.pending})
	z.pending = 0
}

// text returns the text of token i.
func (z *scanner) text(i int) string { return z.s[z.sp[i].start:z.sp[i].end] }

// tokens returns the scanned tokens as chronicle.Tokens.
func (z *scanner) tokens() []chronicle.Token {
	toks := make([]chronicle.Token, len(z.sp))
	for i, p := range z.sp {
		t := &toks[i]
		t.Start, t.End = p.start, p.end
		t.Text = z.s[p.start:p.end]
	}
	return toks
}

// wordKind classifies a word token by its first character.
func (z *scanner) wordKind(start int) kind {
	c := z.s[start]
	if c < utf8.RuneSelf {
		switch ascii[c] {
		case cUpper:
			return kUpper
		case cDigit:
			return kDigit
		case cLower:
			return kLower
		}
		return 0
	}
	r, _ := utf8.DecodeRuneInString(z.s[start:])
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return kUpper
	case unicode.IsLower(r):
		return kLower
	case unicode.IsDigit(r):
		return kDigit
	}
	return kUpper // other scripts: treat as a possible sentence start
}

// run tokenizes the whole text.
func (z *scanner) run() {
	s := z.s
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			cl := ascii[c]
			switch {
			case cl&cSpace != 0:
				if cl&cNewline != 0 {
					z.pending |= kNewline
				}
				z.pending |= kSpace
				i++
			case cl&cAlnum != 0:
				i = z.word(i)
			default:
				i = z.punct(i)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpaceRune(r):
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				z.pending |= kNewline
			}
			z.pending |= kSpace
			i += n
		case isWordRune(r):
			i = z.word(i)
		default:
			i = z.uniPunct(i, r, n)
		}
	}
}

// isSpaceRune reports white space and the invisible characters that stand
// between words like it.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// isWordRune reports letters, digits and combining marks.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// alnumAt reports whether a letter or digit starts at i.
func (z *scanner) alnumAt(i int) bool {
	if i < 0 || i >= len(z.s) {
		return false
	}
	c := z.s[i]
	if c < utf8.RuneSelf {
		return ascii[c]&cAlnum != 0
	}
	r, _ := utf8.DecodeRuneInString(z.s[i:])
	return isWordRune(r)
}

// alnumBefore reports whether a letter or digit ends just before i.
func (z *scanner) alnumBefore(i int) bool {
	if i <= 0 || i > len(z.s) {
		return false
	}
	c := z.s[i-1]
	if c < utf8.RuneSelf {
		return ascii[c]&cAlnum != 0
	}
	r, _ := utf8.DecodeLastRuneInString(z.s[:i])
	return isWordRune(r)
}

// letterAt reports whether a letter starts at i.
func (z *scanner) letterAt(i int) bool {
	if i < 0 || i >= len(z.s) {
		return false
	}
	c := z.s[i]
	if c < utf8.RuneSelf {
		return ascii[c]&cLetter != 0
	}
	r, _ := utf8.DecodeRuneInString(z.s[i:])
	return unicode.IsLetter(r)
}

func (z *scanner) classAt(i int) uint8 {
	if i < 0 || i >= len(z.s) || z.s[i] >= utf8.RuneSelf {
		return 0
	}
	return ascii[z.s[i]]
}

func (z *scanner) digitAt(i int) bool { return z.classAt(i)&cDigit != 0 }

// alnumRun returns the end of the run of word characters starting at i.
func (z *scanner) alnumRun(i int) int {
	s := z.s
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if ascii[c]&cAlnum == 0 {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			return i
		}
		i += n
	}
	return i
}

// apostropheAt returns the length of an apostrophe (' or ’) at i, or 0.
func (z *scanner) apostropheAt(i int) int {
	s := z.s
	if i < len(s) && s[i] == '\'' {
		return 1
	}
	if i+2 < len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// word scans a word starting at i and emits it, with any clitics, hyphens
// and slashes it splits into; it returns the end of what it consumed.
func (z *scanner) word(start int) int {
	s := z.s
	if s[start]|0x20 == 'w' && z.urlAhead(start) {
		return z.url(start)
	}
	i := start
	hyphens := 0
	for {
		// ASCII fast path; alnumRun takes over at the first other byte.
		for i < len(s) && ascii[s[i]]&cAlnum != 0 {
			i++
		}
		if i < len(s) && s[i] >= utf8.RuneSelf {
			i = z.alnumRun(i)
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c == ' ' || c == '\n' {
			break
		}
		switch c {
		case '.':
			if z.alnumAt(i + 1) {
				if z.joinDot(start, i) {
					i++
					continue
				}
				if z.emailAhead(i) {
					return z.url(start)
				}
			}
		case ',':
			if z.digitAt(i-1) && z.digitAt(i+1) && z.digitAt(i+2) && z.digitAt(i+3) && !z.digitAt(i+4) && allDigitsSep(s[start:i]) {
				i++
				continue
			}
		case ':':
			if i+2 < len(s) && s[i+1] == '/' && s[i+2] == '/' && allLetters(s[start:i]) {
				return z.url(start)
			}
			if z.digitAt(i-1) && z.digitAt(i+1) && allDigitsSep(s[start:i]) {
				i++
				continue
			}
		case '/':
			if z.digitAt(i-1) && z.digitAt(i+1) {
				i++
				continue
			}
			if z.alnumAt(i+1) && isDomain(s[start:i]) {
				return z.url(start) // bbc.co.uk/news
			}
		case '&':
			if z.classAt(i-1)&cUpper != 0 && z.classAt(i+1)&cUpper != 0 {
				i++
				continue
			}
		case '_':
			if z.alnumAt(i + 1) {
				i++
				continue
			}
		case '@':
			if z.alnumAt(i+1) && z.emailDomain(i+1) {
				return z.url(start)
			}
		case '-':
			if z.alnumAt(i + 1) {
				if z.emailAhead(i) {
					return z.url(start)
				}
				if z.joinHyphen(start, i, hyphens) {
					hyphens++
					i++
					continue
				}
				z.emit(start, i, z.wordKind(start))
				z.emit(i, i+1, 0)
				start = i + 1
				i = start
				hyphens = 0
				continue
			}
		}
		if n := z.apostropheAt(i); n > 0 {
			// n't: split before the n.
			if i-1 > start && (s[i-1] == 'n' || s[i-1] == 'N') && i+n < len(s) && (s[i+n] == 't' || s[i+n] == 'T') && !z.alnumAt(i+n+1) {
				z.emit(start, i-1, z.wordKind(start))
				z.emit(i-1, i+n+1, kLower)
				return i + n + 1
			}
			// 's 're 've 'll 'd 'm at the end of the word.
			e := z.alnumRun(i + n)
			if e > i+n && e-(i+n) <= 2 && cliticSuffix(s[i+n:e]) && !z.apostropheAt0(e) {
				z.emit(start, i, z.wordKind(start))
				z.emit(i, e, kLower)
				return e
			}
			// O'Brien, rock'n'roll.
			if e > i+n {
				i = e
				continue
			}
		}
		break
	}
	var k kind
	switch c := s[start]; {
	case c >= utf8.RuneSelf:
		k = z.wordKind(start)
	case c >= 'a':
		k = kLower
	case c >= 'A':
		k = kUpper
	default:
		k = kDigit
		if p := unitSplit(s[start:i]); p > 0 {
			z.emit(start, start+p, kDigit) // 10pm, 5km, 3bn: number and unit
			start += p
			k = z.wordKind(start)
		}
	}
	if i < len(s) && s[i] == '.' && z.keepPeriod(start, i) {
		i++
		k |= kAbbrev
	}
	z.emit(start, i, k)
	return i
}

// apostropheAt0 is apostropheAt that also reports a following letter run, so
// "rock'n'roll" is not cut at its first clitic-looking piece.
func (z *scanner) apostropheAt0(i int) bool {
	n := z.apostropheAt(i)
	return n > 0 && z.letterAt(i+n)
}

// unitSplit returns where the unit starts in a number written together with
// its unit (10pm, 5km, 3bn), or 0. Ordinals (21st) and decades (1990s)
// stay whole, as in UD English.
func unitSplit(w string) int {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0
	}
	p := 1
	for p < len(w) && w[p] >= '0' && w[p] <= '9' {
		p++
	}
	if p == len(w) || p > 12 {
		return 0
	}
	if units[strings.ToLower(w[p:])] {
		return p
	}
	return 0
}

// units are the unit words split off a number they are written against.
var units = map[string]bool{}

func init() {
	for _, u := range strings.Fields(`am pm k m bn mn km kg mm cm ml g mg mph kph ft lb lbs gb mb tb kb hrs hr h
		min mins yr yrs kw mw gw kwh mwh`) {
		units[u] = true
	}
}

// joinDot reports whether the period at i, between word characters, stays
// inside the word: decimals (3.5), dotted abbreviations (U.S, Ph.D, a.m),
// and lowercase domain or file names (bbc.co.uk, report.pdf).
func (z *scanner) joinDot(start, i int) bool {
	if z.digitAt(i-1) && z.digitAt(i+1) {
		return true
	}
	if z.classAt(i+1)&cLower != 0 && z.classAt(i-1)&cLetter != 0 {
		return true
	}
	// Short segments on both sides: U.S, Ph.D, U.S.A.
	segStart := start
	for j := i - 1; j >= start; j-- {
		if z.s[j] == '.' {
			segStart = j + 1
			break
		}
	}
	if i-segStart > 2 {
		return false
	}
	e := z.alnumRun(i + 1)
	return e-(i+1) <= 2
}

// keepPeriod reports whether the period at i belongs to the word
// s[start:i] as an abbreviation or initial.
func (z *scanner) keepPeriod(start, i int) bool {
	s := z.s
	if i+1 < len(s) && s[i+1] == '.' {
		return false // an ellipsis follows
	}
	w := s[start:i]
	if dottedAbbrev(w) {
		return true
	}
	// A number opening a line, as in a numbered heading or list item:
	// "2.1. Results".
	if (start == 0 || z.pending&kNewline != 0) && allDigitsSep(w) && i+2 < len(s) && s[i+1] == ' ' && z.letterAt(i+2) {
		return true
	}
	if len(w) == 1 && w[0] < utf8.RuneSelf && ascii[w[0]]&cUpper != 0 {
		if w[0] != 'I' {
			return true
		}
		// "I." is the pronoun ending a sentence unless more initials follow.
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		return j+1 < len(s) && ascii[s[j]]&cUpper != 0 && s[j+1] == '.'
	}
	if len(w) == 2 && ascii[w[0]]&cUpper != 0 && ascii[w[1]]&cLower != 0 && z.classAt(i+1)&cUpper != 0 && z.classAt(i+2)&cLower != 0 {
		return true // an initial glued to the name, as Mongolian names are written: "Ch.Munkhzul", "Ts.Oyunchimeg"
	}
	switch abbreviations[w] {
	case abbrTitle, abbrFinal, abbrPlain:
		return true
	case abbrBeforeDigit:
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		return z.digitAt(j)
	}
	return false
}

// dottedAbbrev reports a word of letter segments of at most two letters
// joined by periods, such as U.S, e.g or Ph.D.
func dottedAbbrev(w string) bool {
	dots, seg := 0, 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '.':
			if seg == 0 {
				return false
			}
			dots++
			seg = 0
		case c < utf8.RuneSelf && ascii[c]&cLetter != 0:
			seg++
			if seg > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && seg > 0
}

// joinHyphen reports whether the hyphen at i stays inside the word
// s[start:i]: after a bound prefix (e-mail, pre-2014) or between digit groups
// of a phone number.
func (z *scanner) joinHyphen(start, i, hyphens int) bool {
	w := z.s[start:i]
	if hyphens == 0 && isPrefix(w) {
		return true
	}
	if allDigits(w[lastHyphen(w)+1:]) {
		e := z.alnumRun(i + 1)
		right := z.s[i+1 : e]
		if allDigits(right) && (hyphens > 0 || len(w) >= 3 && len(right) >= 3) {
			return true
		}
	}
	return false
}

func lastHyphen(w string) int {
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] == '-' {
			return k
		}
	}
	return -1
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// allDigitsSep reports a number so far: digits with , . : separators.
func allDigitsSep(w string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if (c < '0' || c > '9') && c != ',' && c != '.' && c != ':' {
			return false
		}
	}
	return w != ""
}

func allLetters(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf || ascii[w[k]]&cLetter == 0 {
			return false
		}
	}
	return w != ""
}

// urlAhead reports a URL starting with "www." at i.
func (z *scanner) urlAhead(i int) bool {
	s := z.s
	return i+4 < len(s) && (s[i] == 'w' || s[i] == 'W') && (s[i+1] == 'w' || s[i+1] == 'W') &&
		(s[i+2] == 'w' || s[i+2] == 'W') && s[i+3] == '.' && z.alnumAt(i+4)
}

// isDomain reports a lowercase host name such as bbc.co.uk: letters,
// digits and hyphens in parts joined by periods, the last part letters.
func isDomain(w string) bool {
	dot := -1
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '.':
			if k == 0 || w[k-1] == '.' {
				return false
			}
			dot = k
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-':
		default:
			return false
		}
	}
	return dot > 0 && dot < len(w)-2 && allLetters(w[dot+1:])
}

// emailAhead reports an '@' followed by a domain before the next space
// after i, as in Kevin.A.Boone@example.com.
func (z *scanner) emailAhead(i int) bool {
	s := z.s
	for j := i; j < len(s) && j < i+64; j++ {
		c := s[j]
		if c == '@' {
			return z.alnumAt(j+1) && z.emailDomain(j+1)
		}
		if c >= utf8.RuneSelf || ascii[c]&cAlnum == 0 && c != '.' && c != '_' && c != '-' && c != '+' {
			return false
		}
	}
	return false
}

// emailDomain reports whether a domain name with a dot starts at i.
func (z *scanner) emailDomain(i int) bool {
	e := z.alnumRun(i)
	for e < len(z.s) && (z.s[e] == '.' || z.s[e] == '-') && z.alnumAt(e+1) {
		if z.s[e] == '.' {
			return true
		}
		e = z.alnumRun(e + 1)
	}
	return false
}

// url emits a URL or e-mail address starting at i: everything up to white
// space, less trailing punctuation that closes the sentence or a bracket.
func (z *scanner) url(start int) int {
	s := z.s
	i := start
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if ascii[c]&cSpace != 0 || c == '"' || c == '<' || c == '>' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpaceRune(r) || isQuoteRune(r) {
			break
		}
		i += n
	}
	end := i
	for end > start {
		c := s[end-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '\'' {
			end--
			continue
		}
		break
	}
	z.emit(start, end, kLower)
	return end
}

func isQuoteRune(r rune) bool {
	switch r {
	case '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u2039', '\u203a', '\u201e', '\u201a':
		return true
	}
	return false
}

// punct scans ASCII punctuation at i.
func (z *scanner) punct(i int) int {
	s := z.s
	c := s[i]
	switch c {
	case '.', '?', '!':
		j := i + 1
		q := c != '.'
		for j < len(s) && (s[j] == '.' || s[j] == '?' || s[j] == '!') {
			q = q || s[j] != '.'
			j++
		}
		k := kTerminal
		if q {
			k |= kQuestion
		} else if j-i > 1 {
			k |= kEllipsis
		}
		// ".5" is a number.
		if c == '.' && j == i+1 && z.digitAt(j) && !z.alnumBefore(i) {
			return z.word(i + 1)
		}
		z.emit(i, j, k)
		return j
	case '-', '*', '=', '<', '>', '~', '+', '^', '_':
		if c == '<' && i+1 < len(s) && s[i+1] == '3' && !z.alnumAt(i+2) {
			z.emit(i, i+2, 0)
			return i + 2
		}
		j := i + 1
		for j < len(s) && s[j] == c {
			j++
		}
		z.emit(i, j, 0)
		return j
	case '"':
		z.emit(i, i+1, z.quoteKind(i, 1))
		return i + 1
	case '\'':
		// '90s
		if !z.alnumBefore(i) && z.digitAt(i+1) && z.digitAt(i+2) && i+3 < len(s) && s[i+3] == 's' && !z.alnumAt(i+4) {
			z.emit(i, i+4, kDigit)
			return i + 4
		}
		z.emit(i, i+1, z.quoteKind(i, 1))
		return i + 1
	case '(', '[', '{':
		z.emit(i, i+1, kOpen)
		return i + 1
	case ')', ']', '}':
		z.emit(i, i+1, kClose)
		return i + 1
	case ':', ';':
		if n := z.emoticon(i); n > 0 {
			z.emit(i, i+n, kTerminal|kEllipsis) // an emoticon can end a sentence like "..."
			return i + n
		}
	case '#', '@':
		if z.letterAt(i+1) && !z.alnumBefore(i) {
			e := z.alnumRun(i + 1)
			for e < len(s) && s[e] == '_' && z.alnumAt(e+1) {
				e = z.alnumRun(e + 1)
			}
			z.emit(i, e, kLower)
			return e
		}
	}
	z.emit(i, i+1, 0)
	return i + 1
}

// emoticon returns the length of an emoticon such as :) ;-) :D starting at
// i, or 0.
func (z *scanner) emoticon(i int) int {
	s := z.s
	if z.alnumBefore(i) {
		return 0
	}
	j := i + 1
	if j < len(s) && (s[j] == '-' || s[j] == '\'') {
		j++
	}
	if j >= len(s) {
		return 0
	}
	m := s[j]
	switch m {
	case ')', '(', 'D', 'P', 'p', 'O', 'o', '/', '\\', '|', ']', '[', '*', '3', '$':
	default:
		return 0
	}
	j++
	for j < len(s) && s[j] == m && (m == ')' || m == '(') {
		j++
	}
	if z.alnumAt(j) || m == '/' && j < len(s) && s[j] == '/' {
		return 0
	}
	return j - i
}

// quoteKind decides whether the straight quote at i opens or closes.
func (z *scanner) quoteKind(i, n int) kind {
	s := z.s
	before := i == 0 || z.spaceOrOpenerBefore(i)
	after := i+n >= len(s) || !z.alnumAt(i+n) && !z.openerAt(i+n)
	switch {
	case before && !after:
		return kOpen
	case after && !before:
		return kClose
	}
	return 0
}

// openerAt reports an opening bracket or quote at i.
func (z *scanner) openerAt(i int) bool {
	c := z.s[i]
	if c < utf8.RuneSelf {
		return c == '(' || c == '[' || c == '{'
	}
	r, _ := utf8.DecodeRuneInString(z.s[i:])
	return r == '\u201c' || r == '\u2018' || r == '\u00ab'
}

// spaceOrOpenerBefore reports white space or an opening bracket, quote or
// dash just before i.
func (z *scanner) spaceOrOpenerBefore(i int) bool {
	s := z.s
	c := s[i-1]
	if c < utf8.RuneSelf {
		return ascii[c]&cSpace != 0 || c == '(' || c == '[' || c == '{' || c == '-' || c == '/'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	switch r {
	case '\u201c', '\u2018', '\u00ab', '\u2014', '\u2013':
		return true
	}
	return isSpaceRune(r)
}

// uniPunct scans a non-ASCII character that is not part of a word.
func (z *scanner) uniPunct(i int, r rune, n int) int {
	s := z.s
	switch r {
	case '\u201c', '\u2018', '\u00ab', '\u2039', '\u201e', '\u201a':
		z.emit(i, i+n, kOpen)
		return i + n
	case '\u201d', '\u00bb', '\u203a':
		z.emit(i, i+n, kClose)
		return i + n
	case '\u2019':
		z.emit(i, i+n, z.quoteKind(i, n)|kClose)
		return i + n
	case '\u2026':
		j := i + n
		for j+n <= len(s) && s[j:j+n] == "\u2026" {
			j += n
		}
		z.emit(i, j, kTerminal|kEllipsis)
		return j
	case '\u2014', '\u2013', '\u2015', '\u2012':
		j := i + n
		for j+n <= len(s) && s[j:j+n] == s[i:i+n] {
			j += n
		}
		z.emit(i, j, 0)
		return j
	}
	if r >= 0x1F000 || r >= 0x2600 && r <= 0x27BF {
		return z.emoji(i, n)
	}
	z.emit(i, i+n, 0)
	return i + n
}

// emoji emits one emoji at i with its modifiers, variation selectors and
// zero-width-joined parts.
func (z *scanner) emoji(i, n int) int {
	s := z.s
	j := i + n
	first, _ := utf8.DecodeRuneInString(s[i:])
	for j < len(s) {
		r, m := utf8.DecodeRuneInString(s[j:])
		switch {
		case r == '\ufe0f' || r == '\ufe0e' || r >= 0x1F3FB && r <= 0x1F3FF || r >= 0xE0020 && r <= 0xE007F:
			j += m
			continue
		case r == '\u200d':
			j += m
			if j < len(s) {
				_, m2 := utf8.DecodeRuneInString(s[j:])
				j += m2
			}
			continue
		case first >= 0x1F1E6 && first <= 0x1F1FF && r >= 0x1F1E6 && r <= 0x1F1FF && j == i+n:
			j += m // a flag: two regional indicators
			continue
		}
		break
	}
	z.emit(i, j, 0)
	return j
}
