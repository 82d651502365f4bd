package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// word is one token of the document, indexed document-wide.
type word struct {
	chronicle.Span
	text   string
	lower  string
	sent   int
	head   int // document index of the syntactic head; -1 for the root or no parse
	rel    string
	upos   string
	quoted bool // inside a direct quote's marks, or a quote mark itself
	mark   bool // a quote mark
}

// sentence is a sentence's span and its words [first, end).
type sentence struct {
	chronicle.Span
	first, end int
	parsed     bool
	para       int
}

// mentionRef is one mention of an entity.
type mentionRef struct {
	chronicle.Span
	ent int
}

// document is the working state of one extraction.
type document struct {
	text     string
	words    []word
	sents    []sentence
	paras    []chronicle.Span
	ents     []chronicle.Entity
	mentions []mentionRef // sorted by Start
	children [][]int      // per word, its dependents; built lazily
	// lastReported is the speaker of the last reported quote, while
	// reported speech is read in order.
	lastReported *speaker
	// reporters are the found speakers of reported quotes, in order, and
	// reportedClauses the clauses they report.
	reporters       []speaker
	reportedClauses []chronicle.Span
}

// newDocument indexes text: paragraphs, sentences (the given ones, or a
// simple split when none are given), words (the given tokens, or a simple
// tokenization of sentences that have none) and entity mentions.
func newDocument(text string, sents []chronicle.Sentence, ents []chronicle.Entity) *document {
	d := &document{text: text, ents: ents}
	d.paras = paragraphs(text)
	spans := make([]chronicle.Span, 0, len(sents))
	for _, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			continue
		}
		spans = append(spans, s.Span)
	}
	if len(spans) == 0 {
		spans = splitSentences(text, d.paras)
	}
	nw := 0
	for _, s := range sents {
		nw += len(s.Tokens)
	}
	d.words = make([]word, 0, max(nw, len(text)/5))
	pi := 0
	for si, sp := range spans {
		for pi+1 < len(d.paras) && d.paras[pi].End <= sp.Start {
			pi++
		}
		first := len(d.words)
		parsed := false
		var toks []chronicle.Token
		if len(sents) == len(spans) {
			toks = sents[si].Tokens
		}
		if ok := validTokens(toks, sp, len(text)); ok {
			labelled := 0
			for _, t := range toks {
				if t.DepRel != "" {
					labelled++
				}
			}
			parsed = labelled > 0 && labelled*2 >= len(toks)
			for _, t := range toks {
				w := word{Span: t.Span, text: text[t.Start:t.End], sent: si, head: -1, rel: t.DepRel, upos: t.UPOS}
				if parsed && t.Head > 0 && t.Head <= len(toks) {
					w.head = first + t.Head - 1
				}
				d.words = append(d.words, w)
			}
		} else {
			d.words = tokenize(text, sp, si, d.words)
		}
		for i := first; i < len(d.words); i++ {
			d.words[i].lower = strings.ToLower(d.words[i].text)
		}
		d.sents = append(d.sents, sentence{Span: sp, first: first, end: len(d.words), parsed: parsed, para: pi})
	}
	for ei, e := range ents {
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
				d.mentions = append(d.mentions, mentionRef{Span: m.Span, ent: ei})
			}
		}
	}
	// In text order; of mentions that start together the longer first.
	sort.SliceStable(d.mentions, func(i, j int) bool {
		a, b := d.mentions[i], d.mentions[j]
		return a.Start < b.Start || a.Start == b.Start && a.End > b.End
	})
	// A country's mention inside a body's name ("US" of "the US Federal
	// Reserve") names the country the body is of; the body speaks.
	outer := mentionRef{ent: -1}
	d.mentions = slices.DeleteFunc(d.mentions, func(m mentionRef) bool {
		if outer.ent >= 0 && m.End <= outer.End && m.ent != outer.ent && ents[m.ent].Type == chronicle.GeoPolitical {
			return true
		}
		if t := ents[m.ent].Type; (t == chronicle.Organization || t == chronicle.Facility || t == chronicle.EventName) &&
			(outer.ent < 0 || m.End > outer.End) {
			outer = m
		}
		return false
	})
	// An acronym the article names ("WHO", "US") is no function word:
	// "WHO Director-General Tedros … told" is no relative clause.
	for i := range d.words {
		if w := d.words[i]; len(w.text) > 1 && strings.ToUpper(w.text) == w.text && w.lower != w.text &&
			d.mentionCovering(w.Span) >= 0 {
			d.words[i].lower = w.text
		}
	}
	return d
}

// validTokens reports tokens that can be trusted: inside the sentence, in
// order, non-empty.
func validTokens(toks []chronicle.Token, sp chronicle.Span, n int) bool {
	if len(toks) == 0 {
		return false
	}
	prev := sp.Start
	for _, t := range toks {
		if t.Start < prev || t.End > n || t.Start >= t.End {
			return false
		}
		prev = t.End
	}
	return true
}

// paragraphs splits text at newlines; empty lines are dropped.
func paragraphs(text string) []chronicle.Span {
	var out []chronicle.Span
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if sp := trimSpan(text, start, end); sp.Len() > 0 {
			out = append(out, sp)
		}
		start = end + 1
	}
	return out
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "jr": true, "sr": true, "prof": true,
	"u.s": true, "u.k": true, "u.n": true, "no": true, "vs": true, "sgt": true, "capt": true,
	"maj": true, "rev": true, "hon": true, "inc": true, "co": true, "corp": true, "ltd": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// splitSentences is the fallback splitter used when no sentences are given:
// a break after . ! or ? (and any closing marks) before a space and an
// upper-case letter, digit or opening mark, unless the period ends a known
// abbreviation or an initial; and a break at every paragraph end.
func splitSentences(text string, paras []chronicle.Span) []chronicle.Span {
	var out []chronicle.Span
	for _, p := range paras {
		start := p.Start
		for i := p.Start; i < p.End; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < p.End {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !isQuoteRune(r) && r != ')' && r != ']' {
					break
				}
				j += size
			}
			if j >= p.End || text[j] != ' ' {
				continue
			}
			k := skipSpace(text, j, p.End)
			if k >= p.End {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isQuoteRune(r) {
				continue
			}
			if c == '.' {
				ws := i
				for ws > start && text[ws-1] != ' ' {
					ws--
				}
				w := strings.ToLower(strings.TrimLeft(text[ws:i], "(\"'“‘"))
				if abbreviations[w] || (len(w) == 1 && w[0] >= 'a' && w[0] <= 'z') {
					continue
				}
			}
			out = append(out, trimSpan(text, start, j))
			start = k
		}
		if sp := trimSpan(text, start, p.End); sp.Len() > 0 {
			out = append(out, sp)
		}
	}
	return out
}

// tokenize is the fallback tokenizer: words are runs of letters, digits and
// word-internal . ' ’ - &; every other non-space character is a token of its
// own. A final possessive 's stays with its word.
func tokenize(text string, sp chronicle.Span, si int, out []word) []word {
	i := sp.Start
	for i < sp.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		if isWordRune(r) {
			i += size
			for i < sp.End {
				r, size = utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) {
					i += size
					continue
				}
				if r == '.' || r == '\'' || r == '’' || r == '-' || r == '&' {
					if i+size < sp.End {
						n, _ := utf8.DecodeRuneInString(text[i+size:])
						if isWordRune(n) {
							i += size
							continue
						}
					}
				}
				break
			}
		} else {
			i += size
		}
		out = append(out, word{Span: chronicle.Span{Start: start, End: i}, text: text[start:i], sent: si, head: -1})
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordAt returns the index of the first word whose end is after offset.
func (d *document) wordAt(offset int) int {
	return sort.Search(len(d.words), func(i int) bool { return d.words[i].End > offset })
}

// sentOf returns the sentence holding byte offset.
func (d *document) sentOf(offset int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > offset })
	if i >= len(d.sents) {
		return len(d.sents) - 1
	}
	return i
}

// childrenOf returns the dependents of word i (parsed sentences only).
func (d *document) childrenOf(i int) []int {
	if d.children == nil {
		d.children = make([][]int, len(d.words))
		for j, w := range d.words {
			if w.head >= 0 && w.head < len(d.words) {
				d.children[w.head] = append(d.children[w.head], j)
			}
		}
	}
	return d.children[i]
}

// mentionCovering returns the entity whose mention covers sp, or -1. The
// shortest covering mention wins.
func (d *document) mentionCovering(sp chronicle.Span) int {
	m, ok := d.mentionOver(sp)
	if !ok {
		return -1
	}
	return m.ent
}

// mentionOver returns the shortest mention that covers sp.
func (d *document) mentionOver(sp chronicle.Span) (mentionRef, bool) {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start > sp.Start })
	best, bestLen := mentionRef{}, 1<<30
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		m := d.mentions[j]
		if m.Start <= sp.Start && m.End >= sp.End && m.Len() < bestLen {
			best, bestLen = m, m.Len()
		}
	}
	return best, bestLen < 1<<30
}

// personCovering returns the entity of a person's mention that covers sp,
// or -1.
func (d *document) personCovering(sp chronicle.Span) int {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start > sp.Start })
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		if m := d.mentions[j]; m.Start <= sp.Start && m.End >= sp.End && d.ents[m.ent].Type == chronicle.Person {
			return m.ent
		}
	}
	return -1
}

// mentionsIn returns the mentions that start inside sp, in order.
func (d *document) mentionsIn(sp chronicle.Span) []mentionRef {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start >= sp.Start })
	j := i
	for j < len(d.mentions) && d.mentions[j].Start < sp.End {
		j++
	}
	return d.mentions[i:j]
}

// isCap reports a word starting with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPunct reports a word made of no letters or digits.
func isPunct(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return false
		}
	}
	return true
}
