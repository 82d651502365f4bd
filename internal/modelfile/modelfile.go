// Package modelfile opens Chronicle's model files the one way every model
// package offers them: the model embedded in the binary, loaded once on first
// use (Default), a file in any fs.FS (Load), and a stream (Read).
//
// Each model package keeps its own file format and decoder (some frame it
// with binfile); a Loader adds the reading and the errors, which name the
// package and the file, and for a missing embedded model the command that
// trains one. Decode gets the whole file: most formats end in a checksum of
// everything before it, so nothing can be trusted before the last byte.
package modelfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"
)

// Loader opens the model files of one package.
type Loader[T any] struct {
	// Pkg opens every error message: "lemma: load model/lemma.bin: …".
	Pkg string
	// Train is the command that writes the model, named when the embedded
	// one is missing: "chronicle train lemmatizer".
	Train string
	// Decode turns the bytes of a whole model file into a model.
	Decode func(data []byte) (T, error)
}

// Load reads and decodes the model file name from fsys.
func (l Loader[T]) Load(fsys fs.FS, name string) (T, error) {
	data, err := fs.ReadFile(fsys, name)
	if err == nil {
		var m T
		if m, err = l.Decode(data); err == nil {
			return m, nil
		}
	}
	var zero T
	return zero, fmt.Errorf("%s: load %s: %w", l.Pkg, name, err)
}

// Read reads r to its end and decodes the model. Decoding errors are
// returned as Decode words them.
func (l Loader[T]) Read(r io.Reader) (T, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%s: read model: %w", l.Pkg, err)
	}
	return l.Decode(data)
}

// Embedded returns a function that loads name from fsys on its first call
// and returns that model, or error, on every call. When fsys lacks the file
// the error says to train one with l.Train.
func (l Loader[T]) Embedded(fsys fs.FS, name string) func() (T, error) {
	return sync.OnceValues(func() (T, error) {
		m, err := l.Load(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			err = fmt.Errorf("%s: no embedded model; train one with `%s`: %w", l.Pkg, l.Train, err)
		}
		return m, err
	})
}
