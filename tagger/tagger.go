// Package tagger assigns part-of-speech tags to the words of a sentence:
// Universal POS (UPOS), Penn Treebank POS (XPOS) and Universal morphological
// features (FEATS).
//
// It is a greedy left-to-right averaged perceptron over one joint UPOS+XPOS
// class per word, with features from the word, its affixes and shape, two
// words either side and the two previous predicted tags. Frequent words that
// training data shows to be unambiguous are tagged from a dictionary without
// scoring. FEATS are not predicted by the model: they are looked up from the
// predicted class and the lowercased word, as seen most often in training
// (class default for unseen words), which is cheap and right for most
// English words.
//
// The default model, trained on UD English-EWT, is embedded; Default loads
// it once. Words are taken as given (gold or tokenizer output); an empty
// sentence gives no tags.
package tagger

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/internal/binfile"
	"github.com/chronicle-news/chronicle/internal/modelfile"
	"github.com/chronicle-news/chronicle/perceptron"
)

// Tag is the tagging of one word.
type Tag struct {
	UPOS  string // Universal POS, e.g. NOUN
	XPOS  string // Penn Treebank POS, e.g. NNS
	Feats string // Universal features, e.g. Number=Plur; "_" when none
}

// Tagger tags words. It is safe for concurrent use.
type Tagger struct {
	model *perceptron.Model
	tags  []Tag            // class → UPOS, XPOS and default FEATS
	dict  map[string]int32 // unambiguous frequent form → class
	// feats maps class and lowercased word, joined by a tab, to FEATS where
	// they differ from the class default.
	feats map[string]string
	// amb maps frequent forms to their ambiguity class: the classes they
	// took in training, as sorted indices.
	amb map[string]string
	// lex holds casing histories and word clusters (model version 2).
	lex  lexicon
	pool sync.Pool
}

func newTagger(m *perceptron.Model, dict map[string]int32, defFeats []string, feats, amb map[string]string, lex lexicon) (*Tagger, error) {
	t := &Tagger{model: m, dict: dict, feats: feats, amb: amb, lex: lex}
	for i, c := range m.Classes {
		up, xp, ok := strings.Cut(c, "\t")
		if !ok {
			return nil, fmt.Errorf("tagger: class %q is not UPOS<tab>XPOS", c)
		}
		ft := "_"
		if i < len(defFeats) && defFeats[i] != "" {
			ft = defFeats[i]
		}
		t.tags = append(t.tags, Tag{UPOS: up, XPOS: xp, Feats: ft})
	}
	for f, c := range dict {
		if c < 0 || int(c) >= len(t.tags) {
			return nil, fmt.Errorf("tagger: dictionary class %d of %q out of range", c, f)
		}
	}
	t.pool.New = func() any { return new(sentence) }
	return t, nil
}

// Tag tags words and appends one Tag per word to out[:0].
func (t *Tagger) Tag(words []string, out []Tag) []Tag {
	out = out[:0]
	if len(words) == 0 {
		return out
	}
	s := t.pool.Get().(*sentence)
	t.classify(s, words)
	for i, c := range s.hist {
		tg := t.tags[c]
		if ft, ok := t.feats[t.model.Classes[c]+"\t"+s.lower[i]]; ok {
			tg.Feats = ft
		}
		out = append(out, tg)
	}
	s.words = nil
	t.pool.Put(s)
	return out
}

// classify fills s.hist with the class of each word.
func (t *Tagger) classify(s *sentence, words []string) {
	s.prepare(words, t.amb, &t.lex)
	for i, w := range words {
		if c, ok := t.dict[w]; ok {
			s.hist = append(s.hist, int(c))
			continue
		}
		c := t.model.Predict(s.features(i, t.model.Classes))
		if c < 0 {
			c = 0
		}
		s.hist = append(s.hist, c)
	}
}

// loader opens tagger model files.
var loader = modelfile.Loader[*Tagger]{Pkg: "tagger", Train: "chronicle train tagger", Decode: decode}

var embedded = loader.Embedded(modelFS, "model/tagger.bin")

// Default returns the embedded English tagger, loading it on first use.
func Default() (*Tagger, error) { return embedded() }

// Load reads a tagger model file written by WriteTo from fsys.
func Load(fsys fs.FS, name string) (*Tagger, error) { return loader.Load(fsys, name) }

// Read reads a tagger model written by WriteTo.
func Read(r io.Reader) (*Tagger, error) { return loader.Read(r) }

// The model file is magic "CHRTAGR", a version byte, the tag dictionary
// (count, then form and class each), the FEATS defaults (one per class), the
// word FEATS table (count, then class, word and FEATS), the ambiguity
// classes (count, then form and class list), from version 2 the casing
// histories (count, then lowercased form and bucket) and word clusters
// (count, then lowercased form and cluster string), the perceptron model
// (length, then its own file), and a CRC-32 of everything before it. Strings
// are uvarint length + bytes; numbers are uvarints; maps are written in
// sorted order, so the same tagger writes the same bytes.
const (
	magic   = "CHRTAGR"
	version = 2
)

// ErrFormat reports a file that is not a valid tagger model.
var ErrFormat = errors.New("tagger: bad model file")

// WriteTo writes the tagger model.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	b := binfile.Header(magic, version)
	b = binary.AppendUvarint(b, uint64(len(t.dict)))
	for _, f := range binfile.SortedKeys(t.dict) {
		b = binfile.AppendString(b, f)
		b = binary.AppendUvarint(b, uint64(t.dict[f]))
	}
	b = binary.AppendUvarint(b, uint64(len(t.tags)))
	for _, tg := range t.tags {
		b = binfile.AppendString(b, tg.Feats)
	}
	b = binary.AppendUvarint(b, uint64(len(t.feats)))
	for _, k := range binfile.SortedKeys(t.feats) {
		b = binfile.AppendString(b, k)
		b = binfile.AppendString(b, t.feats[k])
	}
	b = binary.AppendUvarint(b, uint64(len(t.amb)))
	for _, k := range binfile.SortedKeys(t.amb) {
		b = binfile.AppendString(b, k)
		b = binfile.AppendString(b, t.amb[k])
	}
	for _, tab := range []map[string]string{t.lex.caseHist, t.lex.clusters} {
		b = binary.AppendUvarint(b, uint64(len(tab)))
		for _, k := range binfile.SortedKeys(tab) {
			b = binfile.AppendString(b, k)
			b = binfile.AppendString(b, tab[k])
		}
	}
	var mb bytes.Buffer
	if _, err := t.model.WriteTo(&mb); err != nil {
		return 0, err
	}
	b = binary.AppendUvarint(b, uint64(mb.Len()))
	b = append(b, mb.Bytes()...)
	b = binfile.Seal(b)
	n, err := w.Write(b)
	return int64(n), err
}

func decode(data []byte) (*Tagger, error) {
	v, d, err := binfile.Open(data, magic, 1, version)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	n := d.Count()
	dict := make(map[string]int32, n)
	for range n {
		f := d.String()
		dict[f] = int32(d.Uvarint())
	}
	n = d.Count()
	defFeats := make([]string, 0, n)
	for range n {
		defFeats = append(defFeats, d.String())
	}
	n = d.Count()
	feats := make(map[string]string, n)
	for range n {
		k := d.String()
		feats[k] = d.String()
	}
	n = d.Count()
	amb := make(map[string]string, n)
	for range n {
		k := d.String()
		amb[k] = d.String()
	}
	var lex lexicon
	if v >= 2 {
		for _, tab := range []*map[string]string{&lex.caseHist, &lex.clusters} {
			n = d.Count()
			*tab = make(map[string]string, n)
			for range n {
				k := d.String()
				(*tab)[k] = d.String()
			}
		}
	}
	mb := d.Bytes(d.Count())
	if err := d.Close(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	m, err := perceptron.Decode(mb)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return newTagger(m, dict, defFeats, feats, amb, lex)
}

// Prune drops the model's features whose weights are all below threshold in
// magnitude, trading a little accuracy for a smaller, faster model, and
// returns how many features it kept.
func (t *Tagger) Prune(threshold float32) int { return t.model.Prune(threshold) }

// Cluster returns the distributional cluster of word (looked up in
// lowercase) cut to its first level granularities, coarse to fine, or the
// whole cluster string when level ≤ 0 or exceeds its length; "" when the
// word has no cluster. Words sharing a prefix share the coarser clusters.
func (t *Tagger) Cluster(word string, level int) string {
	if t == nil || len(t.lex.clusters) == 0 {
		return ""
	}
	c, ok := t.lex.clusters[word]
	if !ok && needsLower(word) {
		var buf [64]byte
		c = t.lex.clusters[string(appendLower(buf[:0], word))]
	}
	if level > 0 {
		c = prefix(c, level)
	}
	return c
}

// needsLower reports whether lowercasing could change w.
func needsLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}
