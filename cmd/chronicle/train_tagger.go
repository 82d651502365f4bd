package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/tagger"
)

// runTrainTagger trains the part-of-speech tagger on CoNLL-U files and
// writes its model file.
func runTrainTagger(args []string, io stdio) error {
	fl := newFlagSet("train tagger", io,
		"Usage: chronicle train tagger --train FILE[,FILE...] [--dev FILE] --out FILE [--seed N] [--iterations N]",
	)
	train := fl.String("train", "", "training CoNLL-U `files`, comma-separated")
	dev := fl.String("dev", "", "development CoNLL-U `files`, comma-separated, to choose the pass (optional)")
	out := fl.String("out", "", "model `file` to write")
	seed := fl.Uint64("seed", 1, "shuffling seed")
	iters := fl.Int("iterations", 10, "training passes")
	prune := fl.Float64("prune", 0.01, "drop features whose weights are all below this (negative keeps all)")
	clusters := fl.String("clusters", "", "word cluster `file` from `chronicle train clusters` (optional)")
	if err := parseFlags(fl, args, func() bool { return *train != "" && *out != "" && fl.NArg() == 0 }); err != nil {
		return err
	}
	trainSents, err := readCoNLLUList(*train)
	if err != nil {
		return err
	}
	devSents, err := readCoNLLUList(*dev)
	if err != nil {
		return err
	}
	var clus map[string]string
	if *clusters != "" {
		if clus, err = readClusterFile(*clusters); err != nil {
			return err
		}
	}
	began := time.Now()
	t, err := tagger.Train(trainSents, devSents, tagger.TrainOptions{
		Iterations: *iters, Seed: *seed, Prune: float32(*prune), Clusters: clus,
	}, io.err)
	if err != nil {
		return err
	}
	fmt.Fprintf(io.err, "trained on %d sentences in %s\n", len(trainSents), time.Since(began).Round(time.Second))
	return writeModelFile(*out, t.WriteTo)
}

// readClusterFile reads a word cluster table: one "word<TAB>cluster" line
// per word; blank lines and lines starting with # are skipped.
func readClusterFile(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, c, ok := strings.Cut(line, "\t")
		if !ok || w == "" || c == "" {
			return nil, fmt.Errorf("%s:%d: want word<TAB>cluster", path, n+1)
		}
		out[w] = c
	}
	return out, nil
}

// readCoNLLUList reads and concatenates the comma-separated CoNLL-U files of
// list; an empty list gives no sentences.
func readCoNLLUList(list string) ([]*conllu.Sentence, error) {
	var all []*conllu.Sentence
	for _, p := range strings.Split(list, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		s, err := conllu.ReadFile(p)
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}

// writeModelFile writes a model through a temporary file in the same
// directory, so a failed run never leaves a half-written model behind.
func writeModelFile(path string, write func(w io.Writer) (int64, error)) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, werr := write(tmp)
	merr := tmp.Chmod(0o644)
	cerr := tmp.Close()
	if err := errors.Join(werr, merr, cerr); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}
