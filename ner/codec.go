package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/chronicle-news/chronicle/perceptron"
)

// The model file is:
//
//	magic "CHRNER\x00\x01"
//	flags byte: 1 POS, 2 gazetteer, 4 clusters, 8 casing, 16 lower-case gazetteer
//	uvarint count, then count × (name, type) gazetteer entries
//	uvarint count, then count × (word, class byte) Lexicon entries
//	when flag 4 is set: uvarint count, then count × (word, bit string) clusters
//	the perceptron model (see perceptron.Model.WriteTo)
//
// Strings are a uvarint length and the bytes.
const magic = "CHRNER\x00\x01"

// ErrFormat reports a file that is not a recognizer model.
var ErrFormat = errors.New("not a ner model file")

// WriteTo writes the recognizer's model file.
func (r *Recognizer) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	var flags byte
	if r.opts.POS {
		flags |= 1
	}
	if r.opts.Gazetteer {
		flags |= 2
	}
	if r.opts.Clusters {
		flags |= 4
	}
	if r.opts.Casing {
		flags |= 8
	}
	if r.opts.LowerGaz {
		flags |= 16
	}
	buf.WriteByte(flags)
	var gaz [][2]string
	if r.gaz != nil {
		gaz = r.gaz.entries()
	}
	putUvarint(&buf, uint64(len(gaz)))
	for _, e := range gaz {
		putString(&buf, e[0])
		putString(&buf, e[1])
	}
	var words []string
	if r.lex != nil {
		for w := range r.lex.class {
			words = append(words, w)
		}
		slices.Sort(words)
	}
	putUvarint(&buf, uint64(len(words)))
	for _, w := range words {
		putString(&buf, w)
		buf.WriteByte(r.lex.class[w])
	}
	if r.opts.Clusters {
		keys := make([]string, 0, len(r.clus))
		for w := range r.clus {
			keys = append(keys, w)
		}
		slices.Sort(keys)
		putUvarint(&buf, uint64(len(keys)))
		for _, w := range keys {
			putString(&buf, w)
			putString(&buf, r.clus[w])
		}
	}
	if _, err := r.model.WriteTo(&buf); err != nil {
		return 0, err
	}
	n, err := w.Write(buf.Bytes())
	return int64(n), err
}

// Read reads a model file written by WriteTo.
func Read(rd io.Reader) (*Recognizer, error) {
	br := bufio.NewReader(rd)
	head := make([]byte, len(magic)+1)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	flags := head[len(magic)]
	opts := FeatureOptions{POS: flags&1 != 0, Gazetteer: flags&2 != 0, Clusters: flags&4 != 0, Casing: flags&8 != 0, LowerGaz: flags&16 != 0}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("%w: gazetteer size", ErrFormat)
	}
	gaz := NewGazetteer()
	for range n {
		name, err1 := getString(br)
		typ, err2 := getString(br)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%w: gazetteer entry", ErrFormat)
		}
		gaz.Add(name, typ)
	}
	n, err = binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("%w: lexicon size", ErrFormat)
	}
	lx := &Lexicon{class: make(map[string]byte, n)}
	for range n {
		w, err := getString(br)
		if err != nil {
			return nil, fmt.Errorf("%w: lexicon entry", ErrFormat)
		}
		c, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("%w: lexicon entry", ErrFormat)
		}
		lx.class[w] = c
	}
	var clus map[string]string
	if opts.Clusters {
		n, err = binary.ReadUvarint(br)
		if err != nil || n > 1<<24 {
			return nil, fmt.Errorf("%w: cluster table size", ErrFormat)
		}
		clus = make(map[string]string, n)
		for range n {
			w, err1 := getString(br)
			c, err2 := getString(br)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("%w: cluster entry", ErrFormat)
			}
			clus[w] = c
		}
	}
	m, err := perceptron.Read(br)
	if err != nil {
		return nil, err
	}
	if len(m.Classes) != numTags {
		return nil, fmt.Errorf("%w: %d classes, want %d", ErrFormat, len(m.Classes), numTags)
	}
	for i, c := range m.Classes {
		if c != tagNames[i] {
			return nil, fmt.Errorf("%w: class %d is %q, want %q", ErrFormat, i, c, tagNames[i])
		}
	}
	r := newRecognizer(m, gaz, lx, opts)
	r.clus = clus
	if opts.POS {
		r.Tagger = DefaultTagger()
	}
	return r, nil
}

func putUvarint(b *bytes.Buffer, v uint64) {
	var tmp [binary.MaxVarintLen64]byte
	b.Write(tmp[:binary.PutUvarint(tmp[:], v)])
}

func putString(b *bytes.Buffer, s string) {
	putUvarint(b, uint64(len(s)))
	b.WriteString(s)
}

func getString(r *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<16 {
		return "", ErrFormat
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", ErrFormat
	}
	return string(b), nil
}
