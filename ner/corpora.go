package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/conllu"
)

// This file reads the training corpora of ../shared/corpora and maps each
// one's entity labels onto Types. The mappings are documented in MODEL.md.

// Labels that corpora without a GPE/LOC or NORP distinction leave coarse are
// refined with a gazetteer: see Refiner.

// ReadCoNLL reads token-per-line NER data: the Universal NER layout (index,
// token, tag, ... separated by tabs, "# " comments) when uner is set, else the
// CoNLL layout (token first, tag last, separated by tabs or spaces;
// "-DOCSTART-" lines skipped). Blank lines end sentences. Tags may be IOB1 or
// IOB2; the returned spans carry the corpus's own type names.
func ReadCoNLL(r io.Reader, uner bool) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	var words, tags []string
	flush := func() {
		if len(words) > 0 {
			out = append(out, Sentence{Words: words, Spans: ParseIOB(tags)})
		}
		words, tags = nil, nil
	}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		if uner && strings.HasPrefix(text, "#") {
			continue
		}
		var fields []string
		if strings.Contains(text, "\t") {
			fields = strings.Split(text, "\t")
		} else {
			fields = strings.Fields(text)
		}
		if uner {
			if len(fields) < 3 {
				return nil, fmt.Errorf("line %d: want index, token and tag columns", line)
			}
			if _, err := strconv.Atoi(fields[0]); err != nil {
				return nil, fmt.Errorf("line %d: index %q is not a number", line, fields[0])
			}
			words = append(words, fields[1])
			tags = append(tags, fields[2])
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("line %d: want token and tag columns", line)
		}
		words = append(words, fields[0])
		tags = append(tags, fields[len(fields)-1])
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Refiner maps corpus labels onto Types, using a gazetteer to split coarse
// location labels into GPE and LOC and to find nationality words (NORP) that
// a corpus leaves unlabelled or calls MISC.
type Refiner struct {
	Gaz *Gazetteer
	// keepSpans leaves span boundaries as the corpus has them (for Universal
	// NER, whose convention the others are trimmed to; it keeps a trailing
	// "'s" in shop names such as "Del Frisco 's").
	keepSpans bool
}

// Map rewrites the spans of each sentence: typeMap maps a corpus type to one
// of Types, to "LOC?" (GPE when the gazetteer knows the name as a GPE, else
// LOC), to "MISC?" (NORP when the gazetteer knows the name as NORP, else
// dropped), or to "" (dropped). Unlabelled capitalized nationality words
// become NORP when fillNORP is set.
func (f Refiner) Map(data []Sentence, typeMap func(string) string, fillNORP bool) []Sentence {
	for k := range data {
		s := &data[k]
		var spans []Span
		covered := make([]bool, len(s.Words))
		for _, sp := range s.Spans {
			if sp.Start < 0 || sp.End > len(s.Words) || sp.Start >= sp.End {
				continue
			}
			t := typeMap(sp.Type)
			name := strings.Join(s.Words[sp.Start:sp.End], " ")
			switch t {
			case "LOC?":
				t = chronicle.Location
				if g := f.lookup(name); g == chronicle.GeoPolitical || g == chronicle.Nationality {
					t = g
				}
			case "MISC?":
				t = ""
				if f.lookup(name) == chronicle.Nationality {
					t = chronicle.Nationality
				}
			}
			if t == "" {
				continue
			}
			if !f.keepSpans {
				sp = trimSpan(s.Words, sp, t)
			}
			if sp.Start >= sp.End {
				continue
			}
			spans = append(spans, Span{sp.Start, sp.End, t})
			for i := sp.Start; i < sp.End; i++ {
				covered[i] = true
			}
		}
		if fillNORP && f.Gaz != nil {
			for i, w := range s.Words {
				if covered[i] || capsOf(w) != capTitle {
					continue
				}
				if f.lookup(w) == chronicle.Nationality {
					spans = append(spans, Span{i, i + 1, chronicle.Nationality})
				}
			}
			sortSpans(spans)
		}
		s.Spans = spans
	}
	return data
}

// trimSpan makes a corpus span follow one convention (that of Universal
// NER and OntoNotes): no leading article, no leading title before a
// person's name, no trailing possessive or punctuation.
func trimSpan(words []string, sp Span, typ string) Span {
	for sp.Start < sp.End-1 {
		lw := strings.ToLower(words[sp.Start])
		if lw == "the" || (typ == chronicle.Person && titleCues[lw] && lw != "state") {
			sp.Start++
			continue
		}
		break
	}
	for sp.End > sp.Start+1 {
		w := words[sp.End-1]
		if w == "'s" || w == "’s" || w == "'" || w == "," || w == "." || w == ")" || w == "\"" {
			sp.End--
			continue
		}
		break
	}
	return sp
}

func (f Refiner) lookup(name string) string {
	if f.Gaz == nil {
		return ""
	}
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	return f.Gaz.Lookup(name)
}

func sortSpans(spans []Span) {
	for i := 1; i < len(spans); i++ {
		for j := i; j > 0 && spans[j].Start < spans[j-1].Start; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
}

// BuildGazetteer reads the knowledge base tables of kbDir (kb/data) into a
// gazetteer: GPE names (countries, their aliases and capitals, cities,
// first-level divisions) and NORP demonyms from countries.tsv, cities.tsv
// and aliases.tsv; PERSON names from people.tsv; ORG names from orgs.tsv
// (buildings standing for governments included) and companies.tsv
// (companies, media, universities, parties).
func BuildGazetteer(kbDir string) (*Gazetteer, error) {
	g := NewGazetteer()
	rows, err := readTSV(filepath.Join(kbDir, "countries.tsv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		for _, n := range splitNames(r["demonyms"]) {
			if len(n) > 2 && unicode.IsUpper([]rune(n)[0]) {
				g.Add(n, chronicle.Nationality)
				if !strings.HasSuffix(n, "s") {
					g.Add(n+"s", chronicle.Nationality)
				}
				// "South Korean" also gives "Korean".
				if f := strings.Fields(n); len(f) == 2 && (f[0] == "North" || f[0] == "South" || f[0] == "East" || f[0] == "West") {
					g.Add(f[1], chronicle.Nationality)
					g.Add(f[1]+"s", chronicle.Nationality)
				}
			}
		}
		for _, n := range append([]string{r["name"], r["capital"]}, splitNames(r["aliases"])...) {
			if n != "" && len(n) < 40 {
				g.Add(n, chronicle.GeoPolitical)
			}
		}
	}
	cities, err := readTSV(filepath.Join(kbDir, "cities.tsv"))
	if err != nil {
		return nil, err
	}
	for _, r := range cities {
		// Small towns named like people or things (Alice, Parker, Sulphur)
		// would mislead more than they help.
		if a := r["admin1"]; a != "" && !strings.ContainsAny(a, "0123456789") {
			g.Add(a, chronicle.GeoPolitical)
		}
		if pop, _ := strconv.Atoi(r["population"]); pop < minCityPopulation {
			continue
		}
		g.Add(r["name"], chronicle.GeoPolitical)
		g.Add(r["ascii"], chronicle.GeoPolitical)
	}
	// People and organisations of the knowledge base, when its tables are
	// there (older kb/data folders lack them).
	if people, err := readTSV(filepath.Join(kbDir, "people.tsv")); err == nil {
		for _, r := range people {
			for _, n := range append([]string{r["name"]}, splitNames(r["aliases"])...) {
				g.Add(n, chronicle.Person)
			}
		}
	}
	for _, file := range []string{"orgs.tsv", "companies.tsv"} {
		orgs, err := readTSV(filepath.Join(kbDir, file))
		if err != nil {
			continue
		}
		for _, r := range orgs {
			// The KB's buildings (the Kremlin, the White House) are there
			// because news uses them for their occupants: as names they
			// act as organisations, and Universal NER marks them ORG.
			typ := chronicle.Organization
			for _, n := range append([]string{r["name"]}, splitNames(r["aliases"])...) {
				g.Add(strings.TrimPrefix(n, "the "), typ)
			}
		}
	}
	if aliases, err := readTSV(filepath.Join(kbDir, "aliases.tsv")); err == nil {
		for _, r := range aliases {
			if r["kind"] == "country" {
				g.Add(r["alias"], chronicle.GeoPolitical)
			}
		}
	}
	// Common nationality and group words the tables lack.
	for _, n := range []string{"Americans", "Brits", "Europeans", "Arabs", "Arab", "Kurds", "Kurdish",
		"Palestinians", "Palestinian", "Israelis", "Sunni", "Shia", "Shiite", "Sunnis", "Shiites",
		"Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Catholic", "Catholics",
		"Democrat", "Democrats", "Republican", "Republicans", "Democratic", "Asian", "African",
		"European", "Latino", "Hispanic", "Western", "Islamic", "Hindu", "Buddhist", "Taliban"} {
		if n != "Taliban" {
			g.Add(n, chronicle.Nationality)
		}
	}
	for _, n := range []string{"Europe", "Asia", "Africa", "North America", "South America", "Antarctica",
		"Middle East", "Latin America", "Pacific", "Atlantic", "Mediterranean", "Caribbean", "Balkans",
		"Gulf", "Persian Gulf", "Sahara", "Himalayas", "Alps", "Arctic", "Indian Ocean", "Pacific Ocean",
		"Atlantic Ocean", "West Bank", "Gaza Strip", "Amazon", "Nile", "Mississippi", "Siberia", "Scandinavia",
		"Earth"} {
		g.Add(n, chronicle.Location)
	}
	return g, nil
}

// minCityPopulation is the smallest city the gazetteer lists.
const minCityPopulation = 100000

func splitNames(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// readTSV reads a "#"-commented, tab-separated table with a header row.
func readTSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var head []string
	var rows []map[string]string
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if head == nil {
			head = cols
			continue
		}
		row := make(map[string]string, len(head))
		for i, h := range head {
			if i < len(cols) {
				row[h] = cols[i]
			}
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

// ReadReDocRED reads a Re-DocRED JSON file (a list of documents with
// "sents" and "vertexSet" mentions) into sentences with the corpus's types.
func ReadReDocRED(r io.Reader) ([]Sentence, error) {
	var docs []struct {
		Sents     [][]string `json:"sents"`
		VertexSet [][]struct {
			Type   string `json:"type"`
			Pos    []int  `json:"pos"`
			SentID int    `json:"sent_id"`
		} `json:"vertexSet"`
	}
	if err := json.NewDecoder(r).Decode(&docs); err != nil {
		return nil, err
	}
	var out []Sentence
	for _, d := range docs {
		sents := make([]Sentence, len(d.Sents))
		for i, w := range d.Sents {
			sents[i].Words = w
		}
		for _, v := range d.VertexSet {
			for _, m := range v {
				if m.SentID < 0 || m.SentID >= len(sents) || len(m.Pos) != 2 {
					continue
				}
				sents[m.SentID].Spans = append(sents[m.SentID].Spans, Span{m.Pos[0], m.Pos[1], m.Type})
			}
		}
		for i := range sents {
			sents[i].Spans = outermost(sents[i].Spans)
		}
		out = append(out, sents...)
	}
	return out, nil
}

// outermost keeps the longest spans, dropping any that overlap a longer one.
func outermost(spans []Span) []Span {
	var kept []Span
	for len(spans) > 0 {
		bi := 0
		for i, s := range spans {
			if s.End-s.Start > spans[bi].End-spans[bi].Start {
				bi = i
			}
		}
		b := spans[bi]
		spans = append(spans[:bi:bi], spans[bi+1:]...)
		ok := true
		for _, k := range kept {
			if b.Start < k.End && k.Start < b.End {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, b)
		}
	}
	sortSpans(kept)
	return kept
}

// ReadGUM reads a GUM CoNLL-U file and returns its sentences with the named
// mentions of its entity layer: mentions of type person, place,
// organization or event whose head word is a proper noun, trimmed of leading
// determiners and trailing punctuation and possessives. Types are GUM's.
// Gold UPOS tags are kept in POS.
func ReadGUM(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	for s, err := range conllu.Read(r, "gum") {
		if err != nil {
			return nil, err
		}
		out = append(out, gumSentence(s))
	}
	return out, nil
}

// gumSentence extracts the named mentions of one GUM sentence.
func gumSentence(s *conllu.Sentence) Sentence {
	n := len(s.Words)
	out := Sentence{Words: make([]string, n), POS: make([]string, n)}
	type open struct {
		id, typ string
		start   int
	}
	var stack []open
	var spans []Span
	for i, w := range s.Words {
		out.Words[i] = w.Form
		out.POS[i] = w.UPOS
		v := miscValue(w.Misc, "Entity")
		for k := 0; k < len(v); {
			if v[k] == '(' {
				j := k + 1
				for j < len(v) && v[j] != '(' && v[j] != ')' {
					j++
				}
				parts := strings.SplitN(v[k+1:j], "-", 3)
				typ := ""
				if len(parts) > 1 {
					typ = parts[1]
				}
				if j < len(v) && v[j] == ')' {
					spans = append(spans, Span{i, i + 1, typ})
					k = j + 1
					continue
				}
				stack = append(stack, open{parts[0], typ, i})
				k = j
				continue
			}
			j := k
			for j < len(v) && v[j] != ')' && v[j] != '(' {
				j++
			}
			id := v[k:j]
			for m := len(stack) - 1; m >= 0; m-- {
				if stack[m].id == id {
					spans = append(spans, Span{stack[m].start, i + 1, stack[m].typ})
					stack = append(stack[:m], stack[m+1:]...)
					break
				}
			}
			if j < len(v) && v[j] == ')' {
				j++
			}
			k = j
		}
	}
	var named []Span
	for _, sp := range spans {
		if sp.Type != "person" && sp.Type != "place" && sp.Type != "organization" && sp.Type != "event" {
			continue
		}
		head := -1
		for i := sp.Start; i < sp.End; i++ {
			h := s.Words[i].Head - 1
			if h < sp.Start || h >= sp.End {
				head = i
				break
			}
		}
		if head < 0 || s.Words[head].UPOS != "PROPN" {
			continue
		}
		sp = gumNameCore(s, sp, head)
		for sp.Start < sp.End && (s.Words[sp.Start].UPOS == "DET" || s.Words[sp.Start].UPOS == "PUNCT") {
			sp.Start++
		}
		for sp.End > sp.Start && (s.Words[sp.End-1].UPOS == "PUNCT" || s.Words[sp.End-1].UPOS == "PART") {
			sp.End--
		}
		if sp.Start < sp.End {
			named = append(named, sp)
		}
	}
	out.Spans = outermost(named)
	return out
}

// gumNameCore narrows a GUM mention, which spans a whole noun phrase
// ("localist camp's Cheng Chung-tai of Civic Passion"), to the name around
// its head, as the other sets mark names: the run of proper nouns holding
// the head ("Cheng Chung-tai"). For places, organisations and events the
// run may go on over "of", "and", "&", "for" or "de" into more proper
// nouns, and over capitalised common words ("University of Texas", "Bank
// of England", "Civic Party").
func gumNameCore(s *conllu.Sentence, sp Span, head int) Span {
	person := sp.Type == "person"
	inName := func(i int) bool {
		w := s.Words[i]
		if w.UPOS == "PROPN" {
			return true
		}
		return !person && (w.UPOS == "NOUN" || w.UPOS == "ADJ" || w.UPOS == "NUM") &&
			w.Form != "" && unicode.IsUpper([]rune(w.Form)[0])
	}
	// A hyphen between two name words ("Chung - tai", tokenized apart in
	// UD) is inside the name.
	hyphen := func(i int) bool {
		return i > sp.Start && i+1 < sp.End && s.Words[i].Form == "-" && inName(i-1) && inName(i+1)
	}
	a, b := head, head+1
	for a > sp.Start && (inName(a-1) || hyphen(a-1)) {
		a--
	}
	for b < sp.End && (inName(b) || hyphen(b)) {
		b++
	}
	for !person && b+1 < sp.End && nameConnectors[strings.ToLower(s.Words[b].Form)] && inName(b+1) {
		b++
		for b < sp.End && (inName(b) || hyphen(b)) {
			b++
		}
	}
	return Span{a, b, sp.Type}
}

// nameConnectors are the lower-case words found inside organisation and
// place names.
var nameConnectors = map[string]bool{"of": true, "and": true, "&": true, "for": true, "de": true}

// miscValue returns the value of key in a CoNLL-U MISC column.
func miscValue(misc, key string) string {
	for _, item := range strings.Split(misc, "|") {
		if k, v, ok := strings.Cut(item, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// CorpusNames lists the training sets LoadCorpus knows, by the names the
// train command's --sets flag uses.
var CorpusNames = []string{
	"uner-ewt-dev", "gum", "wikigold", "crossner", "re-docred", "re3d",
	"btc", "wnut17", "litbank",
}

// LoadCorpus reads the training set name from the corpora directory dir and
// maps its labels onto Types with ref. For "uner-ewt-dev" it returns the
// part not held out by SplitUNERDev(path, holdout); GUM test documents are
// left out.
func LoadCorpus(dir, name string, ref Refiner, holdout int) ([]Sentence, error) {
	readFile := func(path string, read func(io.Reader) ([]Sentence, error)) ([]Sentence, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		s, err := read(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return s, nil
	}
	conll := func(r io.Reader) ([]Sentence, error) { return ReadCoNLL(r, false) }
	var out []Sentence
	switch name {
	case "uner-ewt-dev":
		train, _, err := SplitUNERDev(filepath.Join(dir, "uner-english-ewt", "en_ewt-ud-dev.iob2"), holdout)
		if err != nil {
			return nil, err
		}
		uref := ref
		uref.keepSpans = true
		return uref.Map(train, mapPLO, true), nil
	case "gum":
		test, err := gumTestDocs(filepath.Join(dir, "gum", "splits.md"))
		if err != nil {
			return nil, err
		}
		files, _ := filepath.Glob(filepath.Join(dir, "gum", "dep", "*.conllu"))
		for _, p := range files {
			if test[strings.TrimSuffix(filepath.Base(p), ".conllu")] {
				continue
			}
			s, err := readFile(p, ReadGUM)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return ref.Map(out, func(t string) string {
			switch t {
			case "person":
				return chronicle.Person
			case "organization":
				return chronicle.Organization
			case "place":
				return "LOC?"
			case "event":
				return chronicle.EventName
			}
			return ""
		}, true), nil
	case "wikigold":
		s, err := readFile(filepath.Join(dir, "wikigold", "wikigold.conll.txt"), conll)
		if err != nil {
			return nil, err
		}
		return ref.Map(s, mapPLO, true), nil
	case "crossner":
		files, _ := filepath.Glob(filepath.Join(dir, "crossner", "*", "*.txt"))
		for _, p := range files {
			s, err := readFile(p, conll)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return ref.Map(out, mapCrossNER, true), nil
	case "re-docred":
		for _, f := range []string{"dev_revised.json", "test_revised.json"} {
			s, err := readFile(filepath.Join(dir, "re-docred", f), ReadReDocRED)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return ref.Map(out, mapPLO, true), nil
	case "re3d":
		files, _ := filepath.Glob(filepath.Join(dir, "re3d", "*", "*.conll"))
		for _, p := range files {
			s, err := readFile(p, conll)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		out = ref.Map(out, func(t string) string {
			switch t {
			case "Person":
				return chronicle.Person
			case "Organisation":
				return chronicle.Organization
			case "Location":
				return "LOC?"
			case "Nationality":
				return chronicle.Nationality
			}
			return ""
		}, true)
		// re3d also marks nominal mentions ("the regime"); keep names only.
		for i := range out {
			s := &out[i]
			kept := s.Spans[:0]
			for _, sp := range s.Spans {
				if capitalized(capsOf(s.Words[sp.Start])) && s.Words[sp.Start] != "The" {
					kept = append(kept, sp)
				}
			}
			s.Spans = kept
		}
		return out, nil
	case "btc":
		files, _ := filepath.Glob(filepath.Join(dir, "broad-twitter-corpus", "*.conll"))
		for _, p := range files {
			s, err := readFile(p, conll)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return ref.Map(out, mapPLO, true), nil
	case "wnut17":
		for _, f := range []string{"wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated"} {
			s, err := readFile(filepath.Join(dir, "wnut17", f), conll)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return ref.Map(out, func(t string) string {
			switch t {
			case "person":
				return chronicle.Person
			case "corporation", "group":
				return chronicle.Organization
			case "location":
				return "LOC?"
			}
			return ""
		}, true), nil
	case "litbank":
		return nil, fmt.Errorf("litbank: reader not written yet")
	}
	return nil, fmt.Errorf("unknown training set %q (known: %s)", name, strings.Join(CorpusNames, ", "))
}

// mapPLO maps CoNLL-style PER/ORG/LOC/MISC labels.
func mapPLO(t string) string {
	switch t {
	case "PER", "PERSON":
		return chronicle.Person
	case "ORG":
		return chronicle.Organization
	case "LOC":
		return "LOC?"
	case "MISC":
		return "MISC?"
	}
	return ""
}

// mapCrossNER maps CrossNER's domain types.
func mapCrossNER(t string) string {
	switch t {
	case "person", "writer", "politician", "researcher", "scientist", "musicalartist":
		return chronicle.Person
	case "organisation", "politicalparty", "university", "band":
		return chronicle.Organization
	case "country":
		return chronicle.GeoPolitical
	case "location":
		return "LOC?"
	case "election", "event":
		return chronicle.EventName
	case "misc":
		return "MISC?"
	}
	return ""
}

// SplitUNERDev reads the Universal NER EWT dev file and splits it by
// document: every nth document (the 1st, n+1st ...) is held out as the
// recognizer's development set, the rest is training data; n <= 0 holds out
// nothing. Types are the file's own (PER, ORG, LOC).
func SplitUNERDev(path string, n int) (train, dev []Sentence, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	// Read once for the sentences and once more for document breaks.
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, nil, err
	}
	sents, err := ReadCoNLL(strings.NewReader(string(data)), true)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	doc := -1
	k := 0
	inSent := false
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			doc++
		case strings.TrimSpace(line) == "":
			if inSent {
				k++
				inSent = false
			}
		case !strings.HasPrefix(line, "#"):
			if !inSent && k < len(sents) {
				if n > 0 && doc%n == 0 {
					dev = append(dev, sents[k])
				} else {
					train = append(train, sents[k])
				}
			}
			inSent = true
		}
	}
	return train, dev, nil
}

// gumTestDocs reads the names of the test documents from GUM's splits.md.
func gumTestDocs(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	test := map[string]bool{}
	section := ""
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "## ") {
			section = strings.TrimPrefix(line, "## ")
			continue
		}
		if section == "test" || section == "test2" {
			if name, ok := strings.CutPrefix(line, "* "); ok {
				test[strings.TrimSpace(name)] = true
			}
		}
	}
	if len(test) == 0 {
		return nil, fmt.Errorf("%s: no test documents listed", path)
	}
	return test, nil
}
