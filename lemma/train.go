package lemma

import (
	"fmt"
	"maps"
	"strings"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/internal/binfile"
)

// TrainOptions sets how Train learns. Zero fields take the defaults noted.
type TrainOptions struct {
	// MinRuleTypes is how many distinct training words must share a
	// suffix longer than the rule's rewrite for the suffix to key a rule;
	// default 1 (every seen suffix).
	MinRuleTypes int
	// MinCaseTypes is how many distinct capitalised training words must
	// share a tag, case shape and suffix before the suffix may override the
	// tag and shape's casing; default 3.
	MinCaseTypes int
	// KnownLemmas keeps the training lemmas, so that a rule whose output is
	// no known lemma gives way to a shorter suffix's rule whose output is.
	KnownLemmas bool
}

// handExceptions are irregular forms that training data may lack, keyed
// like the learned exceptions ("form\tXPOS"), besides the irregular verbs
// (irregularExceptions). Learned entries win.
var handExceptions = map[string]string{
	"is\tVBZ": "be", "are\tVBP": "be", "am\tVBP": "be",
	"better\tJJR": "good", "best\tJJS": "good", "worse\tJJR": "bad", "worst\tJJS": "bad",
	"children\tNNS": "child", "mice\tNNS": "mouse", "geese\tNNS": "goose", "feet\tNNS": "foot",
	"teeth\tNNS": "tooth", "men\tNNS": "man", "women\tNNS": "woman", "people\tNNS": "person",
	"oxen\tNNS": "ox", "lice\tNNS": "louse", "seized\tVBD": "seize",
}

// calendarAbbreviations are month and weekday abbreviations, which EWT
// lemmatizes as the full name ("Sept." → September, 19 of 19 in train).
// Those without a full stop that are also common names or words ("Jan",
// "Mar", "Jun", "Sun", "Sat", "Wed", "Mon") are left to training.
var calendarAbbreviations = map[string]string{
	"jan.": "January", "feb": "February", "feb.": "February", "mar.": "March", "apr": "April", "apr.": "April",
	"jun.": "June", "jul": "July", "jul.": "July", "aug": "August", "aug.": "August", "sep": "September",
	"sep.": "September", "sept": "September", "sept.": "September", "oct": "October", "oct.": "October",
	"nov": "November", "nov.": "November", "dec": "December", "dec.": "December", "mon.": "Monday",
	"tue": "Tuesday", "tue.": "Tuesday", "tues": "Tuesday", "tues.": "Tuesday", "wed.": "Wednesday",
	"thu": "Thursday", "thu.": "Thursday", "thur": "Thursday", "thur.": "Thursday", "thurs": "Thursday",
	"thurs.": "Thursday", "fri": "Friday", "fri.": "Friday", "sat.": "Saturday", "sun.": "Sunday",
}

type typeKey struct{ lower, form, upos, xpos, lemma string }

// Train learns a lemmatizer from sents' forms, tags and lemmas.
func Train(sents []*conllu.Sentence, opt TrainOptions) (*Lemmatizer, error) {
	if opt.MinRuleTypes <= 0 {
		opt.MinRuleTypes = 1
	}
	if opt.MinCaseTypes <= 0 {
		opt.MinCaseTypes = 3
	}
	types := map[typeKey]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Form == "" || w.Lemma == "" || w.Lemma == "_" && w.Form != "_" {
				continue
			}
			types[typeKey{toLower(w.Form), w.Form, w.UPOS, orEmpty(w.XPOS), w.Lemma}]++
		}
	}
	if len(types) == 0 {
		return nil, fmt.Errorf("lemma: no training words with lemmas")
	}
	l := &Lemmatizer{exceptions: map[string]string{}, rules: map[string]rule{}, keepCase: map[string]bool{},
		known: map[string]bool{}}
	if opt.KnownLemmas {
		for t := range types {
			l.known[toLower(t.lemma)] = true
		}
	}

	// Casing: per tag and case shape, does the lemma keep the form's case?
	keep, lower := map[string]int{}, map[string]int{}
	for t, n := range types {
		if t.lower == t.form || t.upos == "PROPN" || strings.HasPrefix(t.xpos, "NNP") {
			continue
		}
		k := t.xpos + "\t" + caseShape(t.form)
		ku := "u:" + t.upos + "\t" + caseShape(t.form)
		switch {
		case strings.HasPrefix(t.lemma, t.form[:1]) && t.lemma != toLower(t.lemma):
			keep[k] += n
			keep[ku] += n
		default:
			lower[k] += n
			lower[ku] += n
		}
	}
	for k, n := range keep {
		if n > lower[k] {
			l.keepCase[k] = true
		}
	}
	l.learnSuffixCasing(types, opt.MinCaseTypes)

	// Rules, counted over distinct (form, tag, lemma) types so that
	// frequent irregular words do not outvote the regular pattern.
	counts := map[string]map[rule]int{}
	seen := map[string]bool{}
	for t := range types {
		r, ok := rewrite(t.lower, toLower(t.lemma))
		if !ok {
			continue
		}
		for _, tag := range []string{t.xpos, "u:" + t.upos} {
			if tag == "" || tag == "u:" {
				continue
			}
			id := tag + "\t" + t.lower + "\t" + t.lemma
			if seen[id] {
				continue
			}
			seen[id] = true
			for k := r.strip; k <= min(len(t.lower), maxSuffix); k++ {
				key := tag + "\t" + t.lower[len(t.lower)-k:]
				if counts[key] == nil {
					counts[key] = map[rule]int{}
				}
				counts[key][r]++
			}
		}
	}
	for key, rc := range counts {
		best, bestN, total := rule{}, -1, 0
		for r, n := range rc {
			total += n
			if n > bestN || n == bestN && lessRule(r, best) {
				best, bestN = r, n
			}
		}
		_, suf, _ := strings.Cut(key, "\t")
		if len(suf) > best.strip && total < opt.MinRuleTypes {
			continue
		}
		l.rules[key] = best
	}
	l.dropRedundantRules()

	// Exceptions: the commonest lemma of each lowercased form and tag,
	// kept where the rules and casing get it wrong; then the commonest lemma
	// of each exact form ("=" prefix) and tag, kept where that still goes
	// wrong, so "Al" → "Al" can stand beside "al" → "al".
	best := map[string]string{}
	bestN := map[string]int{}
	uposOf := map[string]string{} // "form\tXPOS" → its commonest UPOS
	uposN := map[string]int{}
	for t, n := range types {
		for _, k := range []string{t.lower + "\t" + t.xpos, t.form + "\t" + t.xpos} {
			if n > uposN[k] || n == uposN[k] && t.upos < uposOf[k] {
				uposOf[k], uposN[k] = t.upos, n
			}
		}
		for _, tag := range []string{t.xpos, "u:" + t.upos} {
			if tag == "" || tag == "u:" {
				continue
			}
			for _, k := range []string{t.lower + "\t" + tag, "=" + t.form + "\t" + tag} {
				if n > bestN[k] || n == bestN[k] && t.lemma < best[k] {
					best[k], bestN[k] = t.lemma, n
				}
			}
		}
	}
	for _, exact := range []bool{false, true} {
		check := &Lemmatizer{rules: l.rules, keepCase: l.keepCase, exceptions: maps.Clone(l.exceptions), known: l.known}
		for k, lm := range best {
			if strings.HasPrefix(k, "=") != exact {
				continue
			}
			form, tag, _ := strings.Cut(strings.TrimPrefix(k, "="), "\t")
			var got string
			if up, ok := strings.CutPrefix(tag, "u:"); ok {
				got = check.Lemma(form, up, "")
			} else {
				got = check.Lemma(form, uposOf[form+"\t"+tag], tag)
			}
			if got != lm {
				l.exceptions[k] = lm
			}
		}
	}
	calendar := map[string]string{}
	for abbr, name := range calendarAbbreviations {
		calendar[abbr+"\tNNP"] = name
	}
	for _, hand := range []map[string]string{handExceptions, irregularExceptions(), calendar} {
		for k, lm := range hand {
			if _, ok := best[k]; !ok {
				l.exceptions[k] = lm
			}
		}
	}
	return l, nil
}

// learnSuffixCasing refines the casing table by the words' last
// caseSuffix bytes: where at least minTypes distinct capitalised words of a
// tag and case shape end alike and most of their occurrences went the other
// way from the tag and shape's decision, the suffix's decision is recorded.
func (l *Lemmatizer) learnSuffixCasing(types map[typeKey]int, minTypes int) {
	keep, lower, forms := map[string]int{}, map[string]int{}, map[string]int{}
	for t, n := range types {
		if t.lower == t.form || t.upos == "PROPN" || strings.HasPrefix(t.xpos, "NNP") || len(t.lower) <= caseSuffix {
			continue
		}
		for _, tag := range []string{t.xpos, "u:" + t.upos} {
			if tag == "" || tag == "u:" {
				continue
			}
			k := tag + "\t" + caseShape(t.form) + "\t" + t.lower[len(t.lower)-caseSuffix:]
			forms[k]++
			if strings.HasPrefix(t.lemma, t.form[:1]) && t.lemma != toLower(t.lemma) {
				keep[k] += n
			} else {
				lower[k] += n
			}
		}
	}
	for k, nf := range forms {
		if nf < minTypes {
			continue
		}
		shape := k[:strings.LastIndexByte(k, '\t')]
		switch keeps := keep[k] > lower[k]; {
		case keeps && !l.keepCase[shape]:
			l.keepCase[k] = true
		case !keeps && l.keepCase[shape]:
			l.keepCase["!"+k] = true
		}
	}
}

func lessRule(a, b rule) bool {
	if a.strip != b.strip {
		return a.strip < b.strip
	}
	return a.add < b.add
}

// rewrite finds the rule turning form into lemma by their common prefix.
func rewrite(form, lemma string) (rule, bool) {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	if !utf8Boundary(form, p) {
		return rule{}, false
	}
	return rule{strip: len(form) - p, add: lemma[p:]}, true
}

func utf8Boundary(s string, i int) bool {
	return i >= len(s) || s[i] < 0x80 || s[i] >= 0xC0
}

// dropRedundantRules removes rules that say the same as the rule the
// lookup would fall back to, which keeps the model small without changing
// any answer.
func (l *Lemmatizer) dropRedundantRules() {
	keys := binfile.SortedKeys(l.rules)
	// Shorter suffixes first, so each key's fallback is already final.
	slicesSortByLen(keys)
	for _, key := range keys {
		tag, suf, _ := strings.Cut(key, "\t")
		r := l.rules[key]
		for k := len(suf) - 1; k >= 0; k-- {
			if fb, ok := l.rules[tag+"\t"+suf[len(suf)-k:]]; ok {
				if fb == r {
					delete(l.rules, key)
				}
				break
			}
		}
	}
}

func slicesSortByLen(keys []string) {
	suffixLen := func(k string) int { _, s, _ := strings.Cut(k, "\t"); return len(s) }
	// Stable insertion by length keeps the sorted order within a length.
	byLen := make([][]string, maxSuffix+1)
	for _, k := range keys {
		n := min(suffixLen(k), maxSuffix)
		byLen[n] = append(byLen[n], k)
	}
	keys = keys[:0]
	for _, b := range byLen {
		keys = append(keys, b...)
	}
}

func orEmpty(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// Score is lemma accuracy over a set of words.
type Score struct {
	Words    int
	Accuracy float64
}

// Evaluate lemmatizes the words of sents with their own UPOS and XPOS
// (gold, or predicted ones written into the sentences) and scores the
// lemmas by exact match.
func (l *Lemmatizer) Evaluate(sents []*conllu.Sentence) Score {
	right, n := 0, 0
	for _, s := range sents {
		for _, w := range s.Words {
			if l.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
				right++
			}
			n++
		}
	}
	return Score{Words: n, Accuracy: float64(right) / float64(max(n, 1))}
}
