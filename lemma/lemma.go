// Package lemma finds the dictionary form (lemma) of a tagged word: "went"
// VBD → "go", "children" NNS → "child", "Americans" NNPS → "American".
//
// A Lemmatizer learns from a treebank: an exception table of the forms that
// its rules get wrong (irregular verbs and plurals, pronouns), suffix-rewrite
// rules keyed by the word's XPOS (or UPOS) and its longest seen suffix, and
// for capitalised words whether a tag keeps their case. Lemmas are lowercase
// except for proper nouns and what the casing table keeps. A few common
// irregular forms are written in by hand in case training lacks them.
//
// Lemma never fails: a word that matches nothing is its own lemma, lowercased
// unless its tag keeps case.
package lemma

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/binfile"
	"github.com/chronicle-news/chronicle/internal/modelfile"
)

// minKnownLemma is the shortest known lemma that can overrule a rule.
const minKnownLemma = 3

// maxSuffix is the longest word suffix (in bytes) a rule is keyed by.
const maxSuffix = 7

// rule rewrites a lowercased form: strip bytes are removed from its end and
// add is appended.
type rule struct {
	strip int
	add   string
}

// Lemmatizer maps tagged words to lemmas. It is safe for concurrent use.
type Lemmatizer struct {
	// exceptions maps "form\tTAG" to a lemma, where form is lowercased, or
	// "=" and the exact form, and TAG is an XPOS or "u:" and a UPOS.
	exceptions map[string]string
	// rules maps "TAG\tsuffix" to the commonest rewrite of forms with that
	// tag and lowercased suffix.
	rules map[string]rule
	// keepCase holds "TAG\tshape" for capitalised shapes ("Xx", "XX") whose
	// lemmas keep the form's case under that tag, and "TAG\tshape\tsuffix"
	// (keeps) or "!TAG\tshape\tsuffix" (lowercases) where words with that
	// lowercased suffix go the other way.
	keepCase map[string]bool
	// known holds the lowercased lemmas of the training data (version 2):
	// a rule whose output is no known lemma gives way to a shorter
	// suffix's rule whose output is one ("wiped": "wi" → "wipe").
	known map[string]bool
}

// Lemma returns the lemma of form tagged upos and xpos. Either tag may be
// empty or "_".
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	if xpos == "_" {
		xpos = ""
	}
	if upos == "_" {
		upos = ""
	}
	lower := toLower(form)
	for _, f := range [...]string{"=" + form, lower} {
		if xpos != "" {
			if lm, ok := l.exceptions[f+"\t"+xpos]; ok {
				return lm
			}
		}
		if xpos == "" && upos != "" {
			if lm, ok := l.exceptions[f+"\tu:"+upos]; ok {
				return lm
			}
		}
	}
	if lm, ok := conventionLemma(form, upos, xpos); ok {
		return lm
	}
	keep := upos == "PROPN" || strings.HasPrefix(xpos, "NNP")
	if !keep && lower != form {
		keep = l.keepsCase(form, lower, upos, xpos)
	}
	if upos == "PROPN" && !strings.HasPrefix(xpos, "NNPS") {
		return form // singular proper nouns are their own lemma
	}
	tag := xpos
	r, ok := l.rule(lower, xpos)
	if !ok {
		tag = "u:" + upos
		r, ok = l.rule(lower, tag)
	}
	if ok && len(l.known) > 0 && !l.known[apply(lower, r)] {
		r = l.knownRule(lower, tag, r)
	}
	base := lower
	if keep {
		base = form
	}
	if !ok || r.strip > len(base) || r.strip == len(base) && r.add == "" {
		return base
	}
	return base[:len(base)-r.strip] + r.add
}

// caseSuffix is how many trailing bytes of a word refine the casing table:
// "Jordanian" keeps its capital as most capitalised adjectives in "-ian" do,
// though most capitalised adjectives do not ("Special" → special).
const caseSuffix = 3

// keepsCase reports whether the lemma of a capitalised form that is no
// proper noun keeps the form's case: as training words of the same tag,
// case shape and last caseSuffix bytes did, where the table records that
// they differ from the tag and shape as a whole, else as the tag and shape.
func (l *Lemmatizer) keepsCase(form, lower, upos, xpos string) bool {
	tag := xpos
	if tag == "" {
		tag = "u:" + upos
	}
	k := tag + "\t" + caseShape(form)
	if len(lower) > caseSuffix {
		s := k + "\t" + lower[len(lower)-caseSuffix:]
		if l.keepCase[s] {
			return true
		}
		if l.keepCase["!"+s] {
			return false
		}
	}
	return l.keepCase[k]
}

// conventionLemma applies three conventions of UD English EWT that suffix
// rules cannot learn, each counted on en_ewt-ud-train.conllu:
//   - a number written with thousands separators loses them: "6,363,217" →
//     "6363217" (108 of 108 NUM tokens);
//   - a proper noun written in capitals and at least six letters long is a
//     shouted name, lemmatised in title case: "GINSBURG" → "Ginsburg" (109 of
//     118; shorter ones are mostly acronyms, "NASA", "LTTE");
//   - a common noun that starts with a capital and holds a digit is a code
//     and keeps its case: "EB3326" (45 of 49).
func conventionLemma(form, upos, xpos string) (string, bool) {
	switch {
	case upos == "NUM" || xpos == "CD":
		if groupedNumber(form) {
			return strings.ReplaceAll(form, ",", ""), true
		}
	case upos == "PROPN" && xpos != "NNPS":
		if len(form) >= 6 && allCapitals(form) {
			return form[:1] + strings.ToLower(form[1:]), true
		}
	case upos == "NOUN":
		if form[0] >= 'A' && form[0] <= 'Z' && strings.ContainsAny(form, "0123456789") {
			return form, true
		}
	}
	return "", false
}

// groupedNumber reports whether s is digits in groups of three after the
// first, separated by commas, with an optional decimal part: "12,514,373.5".
func groupedNumber(s string) bool {
	intPart, _, hasFrac := strings.Cut(s, ".")
	if hasFrac && !allDigits(s[len(intPart)+1:]) {
		return false
	}
	groups := strings.Split(intPart, ",")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// allCapitals reports whether s is ASCII capital letters only.
func allCapitals(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// apply rewrites lower by r, or returns it as it is when r strips more
// than it has.
func apply(lower string, r rule) string {
	if r.strip > len(lower) {
		return lower
	}
	return lower[:len(lower)-r.strip] + r.add
}

// knownRule looks through the rules of ever shorter suffixes of lower under
// tag for one whose output is a known lemma of at least minKnownLemma bytes,
// and returns it, else r. Shorter lemmas are mostly letters and
// abbreviations, no evidence for a rewrite ("sped" is not "s").
func (l *Lemmatizer) knownRule(lower, tag string, r rule) rule {
	if c, ok := l.firstRule(lower, tag, func(c rule) bool { o := apply(lower, c); return len(o) >= minKnownLemma && l.known[o] }); ok {
		return c
	}
	return r
}

// rule finds the rule for the longest suffix of lower seen under tag.
func (l *Lemmatizer) rule(lower, tag string) (rule, bool) {
	if tag == "" || tag == "u:" {
		return rule{}, false
	}
	return l.firstRule(lower, tag, nil)
}

// firstRule returns the rule of the longest suffix of lower seen under tag
// that accept takes (any, when accept is nil).
func (l *Lemmatizer) firstRule(lower, tag string, accept func(rule) bool) (rule, bool) {
	var buf [64]byte
	key := append(buf[:0], tag...)
	key = append(key, '\t')
	n := len(key)
	for k := min(len(lower), maxSuffix); k >= 0; k-- {
		key = append(key[:n], lower[len(lower)-k:]...)
		if r, ok := l.rules[string(key)]; ok && r.strip <= len(lower) && (accept == nil || accept(r)) {
			return r, true
		}
	}
	return rule{}, false
}

// caseShape classifies a word with upper case: "XX" all capitals, "Xx"
// initial capital, "xX" otherwise.
func caseShape(form string) string {
	upper, lower := 0, 0
	for _, r := range form {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	r, _ := utf8.DecodeRuneInString(form)
	switch {
	case lower == 0 && upper > 0:
		return "XX"
	case unicode.IsUpper(r) && upper == 1:
		return "Xx"
	}
	return "xX"
}

func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// loader opens lemmatizer model files.
var loader = modelfile.Loader[*Lemmatizer]{Pkg: "lemma", Train: "chronicle train lemmatizer", Decode: decode}

var embedded = loader.Embedded(modelFS, "model/lemma.bin")

// Default returns the embedded English lemmatizer, loading it on first use.
func Default() (*Lemmatizer, error) { return embedded() }

// Load reads a lemmatizer model file written by WriteTo from fsys.
func Load(fsys fs.FS, name string) (*Lemmatizer, error) { return loader.Load(fsys, name) }

// Read reads a lemmatizer model written by WriteTo.
func Read(r io.Reader) (*Lemmatizer, error) { return loader.Read(r) }

// The model file is magic "CHRLEMM", a version byte, the exceptions (count,
// then key and lemma), the rules (count, then key, strip and add), the
// case-keeping keys (count, then key), from version 2 the known lemmas
// (count, then lemma), and a CRC-32 of everything before it.
// Strings are uvarint length + bytes; tables are written sorted by key, so
// the same model writes the same bytes.
const (
	magic   = "CHRLEMM"
	version = 2
)

// ErrFormat reports a file that is not a valid lemmatizer model.
var ErrFormat = errors.New("lemma: bad model file")

// WriteTo writes the lemmatizer model.
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	b := binfile.Header(magic, version)
	b = binary.AppendUvarint(b, uint64(len(l.exceptions)))
	for _, k := range binfile.SortedKeys(l.exceptions) {
		b = binfile.AppendString(b, k)
		b = binfile.AppendString(b, l.exceptions[k])
	}
	b = binary.AppendUvarint(b, uint64(len(l.rules)))
	for _, k := range binfile.SortedKeys(l.rules) {
		b = binfile.AppendString(b, k)
		b = binary.AppendUvarint(b, uint64(l.rules[k].strip))
		b = binfile.AppendString(b, l.rules[k].add)
	}
	for _, set := range []map[string]bool{l.keepCase, l.known} {
		b = binary.AppendUvarint(b, uint64(len(set)))
		for _, k := range binfile.SortedKeys(set) {
			b = binfile.AppendString(b, k)
		}
	}
	b = binfile.Seal(b)
	n, err := w.Write(b)
	return int64(n), err
}

func decode(data []byte) (*Lemmatizer, error) {
	v, d, err := binfile.Open(data, magic, 1, version)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	l := &Lemmatizer{exceptions: map[string]string{}, rules: map[string]rule{}, keepCase: map[string]bool{},
		known: map[string]bool{}}
	for range d.Count() {
		k := d.String()
		l.exceptions[k] = d.String()
	}
	for range d.Count() {
		k := d.String()
		strip := d.Count()
		l.rules[k] = rule{strip: strip, add: d.String()}
	}
	for range d.Count() {
		l.keepCase[d.String()] = true
	}
	if v >= 2 {
		for range d.Count() {
			l.known[d.String()] = true
		}
	}
	if err := d.Close(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return l, nil
}
