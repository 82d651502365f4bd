// Package text splits news text into tokens and sentences, every one carrying
// byte offsets into the input, so later stages can point back at the words.
//
// Tokens follow the conventions of the Universal Dependencies English
// treebanks (EWT and GUM), so the tagger and parser see the words they were
// trained on:
//
//   - Clitics are split off as UD words: "Kiev’s" is Kiev + ’s, "I’ll" is
//     I + ’ll, "don't" is do + n't and "can't" is ca + n't. The treebanks list
//     such a word as one surface (multiword) token over two syntactic words;
//     IsClitic tells a scorer which tokens to glue back.
//   - Hyphenated compounds are split at the hyphen (Russia - US, search -
//     engine), which is what both EWT v2.16 and GUM do for most of them,
//     except after a closed list of bound prefixes (e-mail, pre-2014,
//     non-avian, co-founder, re-elected) and in digit groups that look like
//     phone numbers (713-853-3989); both treebanks keep those whole. In EWT
//     train+dev 837 hyphenated words are split and 358 kept, nearly all of
//     the kept ones prefixes or phone numbers. Token F1 on the development
//     sets (EWT dev / GUM non-news): this rule 0.9925 / 0.9961, splitting
//     every hyphen 0.9913 / 0.9945, keeping every hyphenated word whole
//     0.9859 / 0.9863.
//   - A slash between words splits (Russia / Ukraine); between digits it
//     does not (24/7, 1/2/2003).
//   - Numbers stay whole with their separators (1,000.50, 3.5, 2:30), while
//     currency and percent signs are tokens of their own ($ 5, 3.5 %), and
//     so are units written against a number (10 pm, 5 km); ordinals and
//     decades stay whole (21st, 1990s).
//   - Abbreviations keep their period (U.S., Mr., Gen., Jan., e.g., a.m.,
//     Inc., No. before a digit), as do initials (J. D. Vance).
//   - URLs, e-mail addresses, hashtags, @-mentions, emoticons and emoji are
//     one token each; runs of the same punctuation ("...", "--", "?!", "!!!")
//     are one token.
//
// Sentences end at ., ?, !, … and their runs, taking along the closing quotes
// and brackets written right after them (“We will.” and ‘common sense.'”)
// and a citation mark such as [10], when white space follows and the next
// token can start a sentence: not a lowercase word after ? or ! closed by a
// quote (“Why?” he asked), nor a lowercase word after "...". A full stop
// split off a word that is no known abbreviation ends the sentence even
// before a lowercase word. An abbreviation ends a sentence only when it
// commonly stands at the end of one (U.S., Inc., etc., a.m.) and the next
// word is a capitalised common sentence opener (The, He, But ...); titles and
// initials never do. A number with a full stop that opens a line or
// sentence ("2.1. Results", "3. I expect") numbers it rather than ending
// it. A picture credit (Image: ..., Photo: ...) starts a sentence. A newline
// always ends a sentence: a heading line without final punctuation is a
// sentence of its own. Colons and semicolons never end one.
//
// The scanner is hand-written over bytes with an ASCII fast path; apart from
// the result slices it does not allocate.
package text

import (
	"iter"

	"github.com/chronicle-news/chronicle"
)

// Tokenize returns the tokens of text, with Span and Text filled; each Text
// is a substring of text, not a copy.
func Tokenize(text string) []chronicle.Token {
	z := newScanner(text)
	defer z.release()
	z.run()
	return z.tokens()
}

// Segment splits text into sentences, each with its tokens (Span and Text
// filled; Text is a substring of text). The sentences' token slices share one
// backing array, each capped at its own length.
func Segment(text string) []chronicle.Sentence {
	z := newScanner(text)
	defer z.release()
	z.run()
	return z.sentences()
}

// Sentences yields the sentences of text in order; see Segment.
func Sentences(text string) iter.Seq[chronicle.Sentence] {
	return func(yield func(chronicle.Sentence) bool) {
		for _, s := range Segment(text) {
			if !yield(s) {
				return
			}
		}
	}
}

// Tokens yields the tokens of text in order; see Tokenize.
func Tokens(text string) iter.Seq[chronicle.Token] {
	return func(yield func(chronicle.Token) bool) {
		for _, t := range Tokenize(text) {
			if !yield(t) {
				return
			}
		}
	}
}

// IsClitic reports whether tok is a clitic that Tokenize splits off the word
// before it ('s, ’s, n't, 'll, 're, 've, 'd, 'm, in any case). When such a
// token starts where the previous token ends, the two make one surface token
// of the text, which UD lists as a multiword token.
func IsClitic(tok string) bool {
	var rest string
	switch {
	case len(tok) >= 2 && tok[0] == '\'':
		rest = tok[1:]
	case len(tok) >= 4 && tok[:3] == "\u2019":
		rest = tok[3:]
	case len(tok) == 3 && (tok[0] == 'n' || tok[0] == 'N') && tok[1] == '\'' && (tok[2] == 't' || tok[2] == 'T'):
		return true
	case len(tok) == 5 && (tok[0] == 'n' || tok[0] == 'N') && tok[1:4] == "\u2019" && (tok[4] == 't' || tok[4] == 'T'):
		return true
	default:
		return false
	}
	return cliticSuffix(rest)
}

// cliticSuffix reports whether s, the part after an apostrophe, is one of the
// clitics split off: s, re, ve, ll, d, m.
func cliticSuffix(s string) bool {
	switch len(s) {
	case 1:
		c := s[0] | 0x20
		return c == 's' || c == 'd' || c == 'm'
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')
	}
	return false
}
