// Package parser is Chronicle's labelled dependency parser: a
// transition-based parser (arc-eager, the root at the end of the buffer)
// scored by averaged perceptrons over the feature templates of Zhang and
// Nivre (2011). It decodes greedily, trained with the dynamic oracle of
// Goldberg and Nivre (2012), or with a beam whose action model is trained
// globally (beam.go); a relabeller may then review each relation with the
// whole tree in view (relabel.go).
//
// Relations are Universal Dependencies relations with their subtypes
// (nsubj:pass, obl:tmod). Non-projective trees are handled by
// pseudo-projective parsing (Nivre and Nilsson 2005, Head encoding):
// training trees are made projective by lifting crossing arcs and recording
// the lifted head's relation in the label ("obl|obj"); after parsing, such
// words are lowered again to the first word with that relation below their
// head.
//
// Parse always returns a well-formed tree, whatever the input: exactly one
// word depends on the root (other stranded words are attached to it), there
// are no cycles, and every head is in range. An empty sentence gives empty
// results.
package parser

import (
	"bytes"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/chronicle-news/chronicle/internal/modelfile"
	"github.com/chronicle-news/chronicle/perceptron"
)

// Parser assigns heads and relations to the words of a sentence. It is safe
// for concurrent use.
type Parser struct {
	actions *perceptron.Model // SHIFT, REDUCE, LEFT, RIGHT
	lefts   *perceptron.Model // relations of left arcs (dependent before head)
	rights  *perceptron.Model // relations of right arcs

	labels   []string // global label ids: the union of both label models
	leftIDs  []int    // class of lefts → global label id
	rightIDs []int
	rootID   int // global id of "root", or -1

	width int     // beam width; 1 parses greedily
	gap   float64 // decoding drops configurations that trail the best by more; 0: none

	relabeller *perceptron.Model // relations of the finished tree; nil for none

	pool sync.Pool // *workspace
}

// workspace is the per-call memory of Parse.
type workspace struct {
	st     state
	ws     words
	all    []perceptron.Feature // every template's feature
	feats  []perceptron.Feature // action-model features
	lfeats []perceptron.Feature // relation-model features
	scores []float32
	beam   beam

	children [][]int // the relabeller's view of the tree
	// The gold configuration and its successor, in beam training.
	gold, goldNext item
}

//go:embed model
var modelFS embed.FS

// DefaultModel is the path of the embedded model inside the package's
// embedded file system.
const DefaultModel = "model/parser.bin"

// loader opens parser model files.
var loader = modelfile.Loader[*Parser]{Pkg: "parser", Train: "chronicle train parser", Decode: decode}

var embedded = loader.Embedded(modelFS, DefaultModel)

// Default returns the parser trained on UD English EWT and embedded in the
// binary, loading it on first use.
func Default() (*Parser, error) { return embedded() }

// magic opens a parser model file; three length-prefixed perceptron models
// follow (actions, left relations, right relations). A file opened by
// magicBeam gives, as varints, the beam width the action model was trained
// for, the gap (a whole number) beyond which decoding drops trailing
// configurations (0: none), and the number of models (3, or 4 with a
// relabeller) before them.
const (
	magic     = "CHRPARS1"
	magicBeam = "CHRPARS2"
)

// Load reads a parser model written by WriteTo from fsys.
func Load(fsys fs.FS, name string) (*Parser, error) { return loader.Load(fsys, name) }

// Read reads a parser model written by WriteTo.
func Read(r io.Reader) (*Parser, error) { return loader.Read(r) }

var errFormat = errors.New("bad parser model file")

func decode(data []byte) (*Parser, error) {
	width, count, gap := 1, 3, 0.0
	switch {
	case bytes.HasPrefix(data, []byte(magic)):
		data = data[len(magic):]
	case bytes.HasPrefix(data, []byte(magicBeam)):
		data = data[len(magicBeam):]
		w, k := binary.Uvarint(data)
		if k <= 0 || w == 0 || w > maxWidth {
			return nil, fmt.Errorf("%w: bad beam width", errFormat)
		}
		width, data = int(w), data[k:]
		g, k := binary.Uvarint(data)
		if k <= 0 || g > maxGap {
			return nil, fmt.Errorf("%w: bad beam gap", errFormat)
		}
		gap, data = float64(g), data[k:]
		c, k := binary.Uvarint(data)
		if k <= 0 || c < 3 || c > 4 {
			return nil, fmt.Errorf("%w: bad model count", errFormat)
		}
		count, data = int(c), data[k:]
	default:
		return nil, fmt.Errorf("%w: no magic %q", errFormat, magic)
	}
	ms := make([]*perceptron.Model, count)
	for i := range ms {
		size, k := binary.Uvarint(data)
		if k <= 0 || size > uint64(len(data)-k) {
			return nil, fmt.Errorf("%w: truncated", errFormat)
		}
		m, err := perceptron.Decode(data[k : k+int(size)])
		if err != nil {
			return nil, err
		}
		ms[i] = m
		data = data[k+int(size):]
	}
	if len(data) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errFormat, len(data))
	}
	if len(ms[0].Classes) != numActions {
		return nil, fmt.Errorf("%w: %d actions, want %d", errFormat, len(ms[0].Classes), numActions)
	}
	p := newParser(ms[0], ms[1], ms[2])
	p.width, p.gap = width, gap
	if count > 3 {
		p.relabeller = ms[3]
	}
	return p, nil
}

// maxWidth and maxGap bound the beam width and gap a model file may ask
// for.
const (
	maxWidth = 64
	maxGap   = 1 << 20
)

// Beam returns the beam width the parser decodes with and the gap beyond
// which it drops configurations trailing the best one (0: none).
func (p *Parser) Beam() (width int, gap float64) { return p.width, p.gap }

// WithBeam returns a parser that shares p's models and decodes with a beam
// of the given width (1: greedily) and gap (0: none), for measuring a model
// at other settings than its own.
func (p *Parser) WithBeam(width int, gap float64) *Parser {
	q := newParser(p.actions, p.lefts, p.rights)
	q.width = min(max(width, 1), maxWidth)
	q.gap = min(max(gap, 0), maxGap)
	q.relabeller = p.relabeller
	return q
}

// newParser joins the three models and numbers their relations.
func newParser(actions, lefts, rights *perceptron.Model) *Parser {
	p := &Parser{actions: actions, lefts: lefts, rights: rights, rootID: -1, width: 1}
	ids := map[string]int{}
	id := func(l string) int {
		if i, ok := ids[l]; ok {
			return i
		}
		ids[l] = len(p.labels)
		p.labels = append(p.labels, l)
		return ids[l]
	}
	for _, l := range lefts.Classes {
		p.leftIDs = append(p.leftIDs, id(l))
	}
	for _, l := range rights.Classes {
		p.rightIDs = append(p.rightIDs, id(l))
	}
	if i, ok := ids["root"]; ok {
		p.rootID = i
	}
	p.pool.New = func() any { return &workspace{} }
	return p
}

// WriteTo writes the model in the format Load reads.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	out := []byte(magic)
	ms := []*perceptron.Model{p.actions, p.lefts, p.rights}
	if p.relabeller != nil {
		ms = append(ms, p.relabeller)
	}
	if p.width > 1 || len(ms) > 3 {
		out = binary.AppendUvarint([]byte(magicBeam), uint64(p.width))
		out = binary.AppendUvarint(out, uint64(p.gap))
		out = binary.AppendUvarint(out, uint64(len(ms)))
	}
	for _, m := range ms {
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			return 0, err
		}
		out = binary.AppendUvarint(out, uint64(b.Len()))
		out = append(out, b.Bytes()...)
	}
	n, err := w.Write(out)
	return int64(n), err
}

// Labels returns the relations the parser can assign, lift-encoded ones
// included.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse returns the head (1-based, 0 for the root) and relation of each
// word. lemmas, upos and xpos run parallel to words; any of them may be
// shorter or nil, missing entries counting as unknown.
func (p *Parser) Parse(words, lemmas, upos, xpos []string) (heads []int, rels []string) {
	n := len(words)
	heads = make([]int, n)
	rels = make([]string, n)
	if n == 0 {
		return heads, rels
	}
	wk := p.pool.Get().(*workspace)
	defer p.pool.Put(wk)
	fill(&wk.ws, words, lemmas, upos, xpos)
	if p.width > 1 {
		p.runBeam(wk, p.width)
	} else {
		p.run(wk, nil)
	}
	p.finish(&wk.st, words, upos, heads, rels)
	if p.relabeller != nil {
		p.relabel(wk, heads, rels)
	}
	return heads, rels
}

// fill sets ws to the hashed attributes of a sentence.
func fill(ws *words, forms, lemmas, upos, xpos []string) {
	n := len(forms)
	ws.reset(n)
	for i, f := range forms {
		ws.w[i+1] = fnvWord(f)
		ws.p[i+1] = fnv(at(xpos, i))
		ws.u[i+1] = fnv(at(upos, i))
		ws.l[i+1] = fnvWord(at(lemmas, i))
		ws.x[i+1] = fnvWord(f[max(len(f)-3, 0):])
		ws.punct[i+1] = ws.punct[i]
		ws.verbs[i+1] = ws.verbs[i]
		switch at(upos, i) {
		case "PUNCT":
			ws.punct[i+1]++
		case "VERB", "AUX":
			ws.verbs[i+1]++
		}
	}
	ws.punct[n+1], ws.verbs[n+1] = ws.punct[n], ws.verbs[n]
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

// oracle guides training: it receives the configuration, its features and
// the legal actions, and returns the action to apply and the global label
// id for an arc. A nil oracle parses greedily with the model.
type oracle func(st *state, feats []perceptron.Feature, ok *[numActions]bool, predicted int) (action, label int)

// run parses the sentence held in wk.ws from the start configuration.
func (p *Parser) run(wk *workspace, or oracle) {
	n := len(wk.ws.w) - 2
	st := &wk.st
	st.reset(n)
	if cap(wk.scores) < max(numActions, len(p.lefts.Classes), len(p.rights.Classes)) {
		wk.scores = make([]float32, max(numActions, len(p.lefts.Classes), len(p.rights.Classes)))
	}
	var ok [numActions]bool
	for steps := 0; !st.terminal() && steps <= 2*n+2; steps++ {
		st.legal(&ok)
		// A forced SHIFT (empty stack) or REDUCE (the root reached with s0
		// attached) needs no scoring, in training or parsing.
		if forced := only(&ok); forced == shift || forced == reduce {
			st.apply(forced, 0)
			continue
		}
		wk.all = extract(wk.all[:0], st, &wk.ws)
		wk.feats = pick(wk.feats[:0], wk.all, actionTemplates)
		a := p.bestAction(wk.feats, &ok, wk.scores)
		lab := -1
		if or != nil {
			a, lab = or(st, wk.feats, &ok, a)
		} else if a == left || a == right {
			wk.lfeats = pick(wk.lfeats[:0], wk.all, labelTemplates)
			lab = p.bestLabel(a, wk.lfeats, wk.scores)
		}
		if a < 0 {
			break // cannot happen: some action is always legal
		}
		st.apply(a, max(lab, 0))
	}
}

// only returns the single legal action, or -1 when there are several.
func only(ok *[numActions]bool) int {
	a := -1
	for i, v := range ok {
		if v {
			if a >= 0 {
				return -1
			}
			a = i
		}
	}
	return a
}

// bestAction returns the highest-scoring legal action.
func (p *Parser) bestAction(feats []perceptron.Feature, ok *[numActions]bool, buf []float32) int {
	sc := buf[:numActions]
	p.actions.Scores(feats, sc)
	best := -1
	for a := range numActions {
		if ok[a] && (best < 0 || sc[a] > sc[best]) {
			best = a
		}
	}
	return best
}

// bestLabel returns the global id of the best relation for an arc made by
// action a (left or right), given the relation features.
func (p *Parser) bestLabel(a int, feats []perceptron.Feature, buf []float32) int {
	m, ids := p.lefts, p.leftIDs
	if a == right {
		m, ids = p.rights, p.rightIDs
	}
	if len(ids) == 0 {
		return 0
	}
	sc := buf[:len(ids)]
	m.Scores(feats, sc)
	best := 0
	for c := range sc {
		if sc[c] > sc[best] {
			best = c
		}
	}
	return ids[best]
}

// finish reads the final configuration into heads and rels, makes the tree
// single-rooted and undoes the pseudo-projective encoding.
func (p *Parser) finish(st *state, words, upos []string, heads []int, rels []string) {
	n := len(heads)
	root := 0
	for d := 1; d <= n; d++ {
		h := st.head[d]
		if h == 0 || h > n {
			h = 0
		}
		heads[d-1] = h
		if st.label[d] > 0 && st.label[d] <= len(p.labels) {
			rels[d-1] = p.labels[st.label[d]-1]
		} else {
			rels[d-1] = "dep"
		}
		if h == 0 && (root == 0 || rels[d-1] == "root" && rels[root-1] != "root") {
			root = d
		}
	}
	if !wellFormed(heads) { // cannot happen with arc-eager; keep the promise anyway
		for i := range heads {
			heads[i] = 0
		}
		root = 1
	}
	for d := 1; d <= n; d++ {
		if heads[d-1] != 0 || d == root {
			continue
		}
		heads[d-1] = root
		if baseRel(rels[d-1]) == "root" {
			rels[d-1] = strandedRel(at(upos, d-1))
		}
	}
	deprojectivize(heads, rels)
	rels[root-1] = "root"
	for i, r := range rels {
		if r == "root" && i != root-1 {
			rels[i] = strandedRel(at(upos, i))
		}
	}
}

// strandedRel is the relation given to a word the parser left unattached
// once another word has become the root.
func strandedRel(upos string) string {
	switch upos {
	case "PUNCT":
		return "punct"
	case "VERB", "AUX":
		return "parataxis"
	}
	return "dep"
}
