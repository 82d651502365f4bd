// Package ner recognises named entities in tokenized sentences: people
// (PERSON), organisations (ORG), countries, cities and states (GPE), other
// places (LOC), nationalities and groups (NORP), buildings and facilities
// (FAC) and named events (EVENT).
//
// The recognizer is a structured averaged perceptron over BILOU tags (Begin,
// Inside, Last, Unit, Outside), decoded with Viterbi so that every output is
// a well-formed sequence of spans. Emission features look at the word, its
// shape and affixes, its neighbours, optional part-of-speech tags, title cues
// and a gazetteer stored in the model file; transition scores between tags
// are learned alongside them.
//
// Edge cases: an empty sentence yields no spans; a pos slice of the wrong
// length is ignored; decoding is linear in the sentence length, so a run of
// ten thousand capitalized words costs ten thousand times one word.
package ner

import (
	"bytes"
	"embed"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/modelfile"
	"github.com/chronicle-news/chronicle/perceptron"
	"github.com/chronicle-news/chronicle/text"
)

// Types lists the entity types the recognizer can output, in tag order.
var Types = []string{
	chronicle.Person,
	chronicle.Organization,
	chronicle.GeoPolitical,
	chronicle.Location,
	chronicle.Nationality,
	chronicle.Facility,
	chronicle.EventName,
}

// Span is an entity mention over token indices [Start, End).
type Span struct {
	Start, End int
	Type       string
}

// Recognizer finds entity spans in tokenized sentences. It is safe for
// concurrent use.
type Recognizer struct {
	model *perceptron.Model
	gaz   *Gazetteer
	lex   *Lexicon
	clus  map[string]string // word clusters (see ClusterCounter), when opts.Clusters
	opts  FeatureOptions
	// trans[p*numTags+c] is the score of tag c after tag p; start[c] and
	// stop[c] score the first and last tag of a sentence.
	trans, start, stop []float32
	// Tagger, when set, supplies part-of-speech tags for sentences given
	// without them to a recognizer trained with POS features.
	Tagger func(words []string) []string
}

//go:embed model
var modelFS embed.FS

// loader opens recognizer model files, whole, with Read.
var loader = modelfile.Loader[*Recognizer]{Pkg: "ner", Train: "chronicle train ner",
	Decode: func(data []byte) (*Recognizer, error) { return Read(bytes.NewReader(data)) }}

var embedded = loader.Embedded(modelFS, "model/ner.bin")

// Default returns the recognizer trained on the project's corpora and
// embedded in the binary, loading it on first use.
func Default() (*Recognizer, error) { return embedded() }

// Load reads a recognizer model file written by Train from fsys.
func Load(fsys fs.FS, name string) (*Recognizer, error) { return loader.Load(fsys, name) }

// newRecognizer wraps a trained model and precomputes its transition table.
func newRecognizer(m *perceptron.Model, gaz *Gazetteer, lx *Lexicon, opts FeatureOptions) *Recognizer {
	r := &Recognizer{model: m, gaz: gaz, lex: lx, opts: opts}
	r.refresh()
	return r
}

// refresh copies the transition weights out of the model into dense tables.
func (r *Recognizer) refresh() {
	n := numTags
	if len(r.trans) != n*n {
		r.trans = make([]float32, n*n)
		r.start = make([]float32, n)
		r.stop = make([]float32, n)
	}
	for p := 0; p < n; p++ {
		f := transFeature(p)
		for c := 0; c < n; c++ {
			r.trans[p*n+c] = r.model.Weight(f, c)
		}
	}
	for c := 0; c < n; c++ {
		r.start[c] = r.model.Weight(startFeature, c)
		r.stop[c] = r.model.Weight(stopFeature, c)
	}
}

// UsesPOS reports whether the model was trained with part-of-speech
// features, so callers know whether passing tags helps.
func (r *Recognizer) UsesPOS() bool { return r.opts.POS }

// Recognize returns the entity spans of one tokenized sentence, in order and
// without overlap. pos holds one part-of-speech tag (UPOS) per word, or nil;
// when nil and the model uses tags, the Tagger field supplies them if set.
func (r *Recognizer) Recognize(words []string, pos []string) []Span {
	if r == nil || r.model == nil || len(words) == 0 {
		return nil
	}
	if len(pos) != len(words) {
		pos = nil
		if r.opts.POS && r.Tagger != nil {
			pos = r.Tagger(words)
			if len(pos) != len(words) {
				pos = nil
			}
		}
	}
	d := getDecoder(len(words))
	defer putDecoder(d)
	r.emissions(d, words, pos)
	tags := r.viterbi(d, len(words))
	spans := trimTitles(words, joinNames(joinParticles(words, pluralPossessives(words, r.splitPossessors(words, spansOf(tags))))))
	spans = peoplesNotBodies(words, spans)
	return r.knownBodies(words, placesInPlaces(words, spans))
}

// placesInPlaces splits a place's span at a comma: "[Washington], [D.C.]",
// "[Holyoke], [MA]", as the evaluation sets and news gazetteers treat them.
// (Splitting between two names the gazetteer knows as places, "[Texas]
// [USA]", split "East Africa" and "Hong Kong Island" too.)
func placesInPlaces(words []string, spans []Span) []Span {
	var out []Span
	for i, s := range spans {
		k := -1
		if s.Type == chronicle.GeoPolitical || s.Type == chronicle.Location {
			k = slices.Index(words[s.Start:s.End], ",")
		}
		if k <= 0 || s.Start+k == s.End-1 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)+1), spans[:i]...)
		}
		out = append(out, Span{s.Start, s.Start + k, s.Type}, Span{s.Start + k + 1, s.End, s.Type})
	}
	if out == nil {
		return spans
	}
	return out
}

// knownBodies marks the organisations the gazetteer knows that the model
// left out or took for another type: a run of capitalised words that is an
// organisation's whole name, outside every span ("Microsoft", "Korean
// Air", "Hezbollah") and not inside a longer one ("SNP Square", "Comelec
// Chairman George Garcia", "the Commission on Elections"), or a span that
// is one ("[Burger King]" as a place, "[White House]", which Universal NER
// EWT marks ORG). A one-word name of two letters is left alone ("EU" and
// "UN" the model knows; "OK" is none), and so is one usually written in
// lower case unless it is in capitals. On Universal NER EWT test this took
// F1 from 0.726 to 0.731; PUD stayed level (MODEL.md).
func (r *Recognizer) knownBodies(words []string, spans []Span) []Span {
	if r.gaz == nil || len(r.gaz.hashes) == 0 {
		return spans
	}
	// shaped tells whether words [a, b) can be a name the rule marks.
	shaped := func(a, b int) bool {
		if b-a == 1 && (len(words[a]) <= 2 || capsOf(words[a]) != capUpper && lexShare(r.lex.classOf(strings.ToLower(words[a]))) <= 2) {
			return false // (nor a word mostly written in lower case: "Who" opening a question is no WHO)
		}
		if inOrgName(words[a]) {
			return false
		}
		for _, w := range words[a:b] {
			if !capitalized(capsOf(w)) && !inOrgName(w) {
				return false
			}
		}
		return true
	}
	var out []Span
	next := 0 // the first word no span holds
	add := func(end int) {
		for i := next; i < end; i++ {
			if !capitalized(capsOf(words[i])) || i > 0 && capitalized(capsOf(words[i-1])) {
				continue // a name opens on a capitalised word, not inside a run of them
			}
			j := -1
			r.gaz.namesFrom(words, i, end, func(k int, typ string) {
				if typ == chronicle.Organization && shaped(i, k) && !runsOn(words, k) {
					j = k // the longest
				}
			})
			if j > i {
				out = append(out, Span{i, j, chronicle.Organization})
				i = j - 1
			}
		}
	}
	for _, s := range spans {
		add(s.Start)
		if s.Type != chronicle.Organization && shaped(s.Start, s.End) {
			r.gaz.namesFrom(words, s.Start, s.End, func(k int, typ string) {
				if k == s.End && typ == chronicle.Organization {
					s.Type = chronicle.Organization
				}
			})
		}
		out = append(out, s)
		next = s.End
	}
	add(len(words))
	return out
}

// runsOn tells whether a name goes on at word j: a capitalised word, or
// "of", "on" or "for" and one ("the Commission on Elections").
func runsOn(words []string, j int) bool {
	if j < len(words) && capitalized(capsOf(words[j])) {
		return true
	}
	switch {
	case j+1 >= len(words):
		return false
	case words[j] == "of" || words[j] == "on" || words[j] == "for":
		return capitalized(capsOf(words[j+1]))
	}
	return false
}

// inOrgName tells whether w is a lower-case word inside organisations'
// names: one of nameConnectors ("Bank of England") or "the".
func inOrgName(w string) bool { return nameConnectors[w] || w == "the" }

// leadingTitle tells whether w is a title or honorific that goes before a
// name but is not part of it: every training set but Universal NER is
// trimmed of them, and Universal NER leaves them out of its spans too ("Mr
// [Panvalkar]", "Emperor [Meiji]"), yet the model sometimes takes them in.
func leadingTitle(w string) bool {
	t, ok := text.TitleWord(w)
	return ok && t.Prefix || text.Honorific(w)
}

// splitPossessors splits an organisation's span that opens with a place
// the gazetteer knows and its possessive into the place and the rest:
// "[China]'s [Health Ministry]", as the evaluation sets and the other
// training sets mark them.
func (r *Recognizer) splitPossessors(words []string, spans []Span) []Span {
	var out []Span
	for i, s := range spans {
		k := -1
		if s.Type == chronicle.Organization && r.gaz != nil {
			for j := s.Start + 1; j < s.End-1; j++ {
				if w := words[j]; w == "'s" || w == "’s" {
					k = j
					break
				}
			}
		}
		if k < 0 || r.gaz.Lookup(strings.Join(words[s.Start:k], " ")) != chronicle.GeoPolitical {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)+1), spans[:i]...)
		}
		out = append(out, Span{s.Start, k, chronicle.GeoPolitical}, Span{k + 1, s.End, s.Type})
	}
	if out == nil {
		return spans
	}
	return out
}

// joinParticles merges a span that opens on a lower-case name particle into
// the span right before it, whose type it takes: "[San Juan] [de
// Lurigancho]" is one district, "[Charles] [de Gaulle]" one man; and runs a
// person's span back over "bin" and the name before it.
func joinParticles(words []string, spans []Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		if k := len(out) - 1; k >= 0 && out[k].End == s.Start && s.End-s.Start >= 2 && nameParticle(words[s.Start]) {
			out[k].End = s.End
			continue
		}
		// "Badr bin [Hamad Al Busaidi]": a person's name runs back over
		// "bin" and the capitalised name before it.
		prev := 0
		if k := len(out) - 1; k >= 0 {
			prev = out[k].End
		}
		for s.Type == chronicle.Person && s.Start-2 >= prev && arabicNameLink(words[s.Start-1]) && capitalized(capsOf(words[s.Start-2])) {
			s.Start -= 2
		}
		out = append(out, s)
	}
	return out
}

// pluralPossessives runs a name that ends on a plural's apostrophe on over
// the capitalised words after it ("[International Year of Glaciers]'
// Preservation", "the [Farmers]' Union"), taking in a span that starts
// there. Not a person's name ("the Jones' house").
func pluralPossessives(words []string, spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.Type != chronicle.Person && s.End+1 < len(words) && (words[s.End] == "'" || words[s.End] == "’") &&
			strings.HasSuffix(words[s.End-1], "s") && capitalized(capsOf(words[s.End+1])) {
			end := s.End + 1
			for end < len(words) && capitalized(capsOf(words[end])) {
				end++
			}
			for i+1 < len(spans) && spans[i+1].Start < end {
				end = max(end, spans[i+1].End)
				i++ // the words after, found as a name of their own
			}
			s.End = end
		}
		out = append(out, s)
	}
	return out
}

// peoplesNotBodies makes a span that ends on the word "people" a people's
// name without it: "the [Syrian] people", not a body "[Syrian people]".
func peoplesNotBodies(words []string, spans []Span) []Span {
	for i, s := range spans {
		if s.End-s.Start >= 2 && s.Type != chronicle.Person && words[s.End-1] == "people" {
			spans[i].End--
			spans[i].Type = chronicle.Nationality
		}
	}
	return spans
}

// arabicNameLink tells whether w joins the parts of an Arabic name: "bin",
// "bint", "ibn".
func arabicNameLink(w string) bool {
	return w == "bin" || w == "bint" || w == "ibn" || w == "wa" || w == "arap" // and "Bingu wa Mutharika", "Daniel arap Moi"
}

// nameParticle tells whether w is a lower-case particle inside names of
// places and people ("de", "del", "da", "von").
func nameParticle(w string) bool {
	switch w {
	case "de", "del", "da", "do", "dos", "das", "di", "du", "des", "von", "van", "der":
		return true
	}
	return false
}

// joinNames merges a one-word place directly followed by a person's name
// into that name: "Douglas Hogg" is one man, not the capital of the Isle
// of Man and a Mr Hogg.
func joinNames(spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && s.End-s.Start == 1 && (s.Type == chronicle.GeoPolitical || s.Type == chronicle.Location) &&
			spans[i+1].Start == s.End && spans[i+1].Type == chronicle.Person {
			s = Span{s.Start, spans[i+1].End, chronicle.Person}
			i++
		}
		out = append(out, s)
	}
	return out
}

// trimTitles moves the start of each PERSON span past leading titles, as
// long as a word is left. A span of another type that an honorific opens or
// directly follows is a person's name ("Mrs [Hassan]", not the Indian city).
func trimTitles(words []string, spans []Span) []Span {
	for i, s := range spans {
		if s.Type != chronicle.Person {
			if text.Honorific(words[s.Start]) && s.End-s.Start > 1 ||
				s.Start > 0 && text.Honorific(words[s.Start-1]) {
				s.Type = chronicle.Person
			}
		}
		for s.Type == chronicle.Person && s.End-s.Start > 1 && leadingTitle(words[s.Start]) {
			s.Start++
		}
		spans[i] = s
	}
	return spans
}

// RecognizeTags is Recognize returning one BILOU tag name per word.
func (r *Recognizer) RecognizeTags(words []string, pos []string) []string {
	spans := r.Recognize(words, pos)
	out := make([]string, len(words))
	for i := range out {
		out[i] = "O"
	}
	for _, s := range spans {
		for i := s.Start; i < s.End; i++ {
			p := "I-"
			switch {
			case s.End-s.Start == 1:
				p = "U-"
			case i == s.Start:
				p = "B-"
			case i == s.End-1:
				p = "L-"
			}
			out[i] = p + s.Type
		}
	}
	return out
}

// decoder is per-call scratch space, pooled to keep Recognize from
// allocating in the steady state.
type decoder struct {
	feats  []perceptron.Feature
	emit   []float32 // n × numTags
	score  []float32
	back   []int32
	tags   []int
	sent   sentence
	lowers []string
}

var decoders = sync.Pool{New: func() any { return new(decoder) }}

func getDecoder(n int) *decoder {
	d := decoders.Get().(*decoder)
	if cap(d.emit) < n*numTags {
		d.emit = make([]float32, n*numTags)
		d.score = make([]float32, n*numTags)
		d.back = make([]int32, n*numTags)
	}
	d.emit = d.emit[:n*numTags]
	d.score = d.score[:n*numTags]
	d.back = d.back[:n*numTags]
	if cap(d.tags) < n {
		d.tags = make([]int, n)
	}
	d.tags = d.tags[:n]
	return d
}

func putDecoder(d *decoder) {
	if cap(d.emit) > 1<<20 { // do not pin the scratch of a pathological sentence
		return
	}
	decoders.Put(d)
}

// emissions fills d.emit with the model's score of each tag at each word.
func (r *Recognizer) emissions(d *decoder, words, pos []string) {
	d.sent.reset(words, pos, r.gaz, r.lex, r.clus, r.opts.LowerGaz)
	for i := range words {
		d.feats = r.opts.features(&d.sent, i, d.feats[:0])
		r.model.Scores(d.feats, d.emit[i*numTags:(i+1)*numTags])
	}
}

// viterbi returns the best tag sequence under the emission and transition
// scores, allowing only well-formed BILOU sequences.
func (r *Recognizer) viterbi(d *decoder, n int) []int {
	const nt = numTags
	const neg = float32(-1e30)
	score, back, emit := d.score, d.back, d.emit
	for c := 0; c < nt; c++ {
		if !allowedStart[c] {
			score[c] = neg
			continue
		}
		score[c] = emit[c] + r.start[c]
		back[c] = -1
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*nt : i*nt]
		cur := score[i*nt : (i+1)*nt]
		bk := back[i*nt : (i+1)*nt]
		e := emit[i*nt : (i+1)*nt]
		for c := 0; c < nt; c++ {
			best, arg := neg, int32(-1)
			for _, p := range allowedPrev[c] {
				s := prev[p] + r.trans[int(p)*nt+c]
				if s > best {
					best, arg = s, p
				}
			}
			if arg < 0 {
				cur[c] = neg
				bk[c] = -1
				continue
			}
			cur[c] = best + e[c]
			bk[c] = arg
		}
	}
	last := score[(n-1)*nt : n*nt]
	best, arg := neg, 0
	for c := 0; c < nt; c++ {
		if !allowedStop[c] {
			continue
		}
		if s := last[c] + r.stop[c]; s > best {
			best, arg = s, c
		}
	}
	tags := d.tags[:n]
	for i := n - 1; i >= 0; i-- {
		tags[i] = arg
		if i > 0 {
			a := back[i*nt+arg]
			if a < 0 {
				a = 0
			}
			arg = int(a)
		}
	}
	return tags
}
