package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/grammar"
	"github.com/chronicle-news/chronicle/parser"
	"github.com/chronicle-news/chronicle/tagger"
)

// runTrainParser trains the dependency parser on CoNLL-U trees and writes
// the model file.
func runTrainParser(args []string, io stdio) error {
	fs := newFlagSet("train parser", io, "Usage: chronicle train parser --train FILE[,FILE...] --out FILE [--dev FILE] [flags]")
	trainFiles := fs.String("train", "", "training CoNLL-U `files`, comma-separated")
	devFile := fs.String("dev", "", "development CoNLL-U `file` scored while training (optional)")
	out := fs.String("out", "", "model `file` to write")
	seed := fs.Uint64("seed", 1, "random `seed` for shuffling and exploration")
	iterations := fs.Int("iterations", 15, "training `passes`")
	beam := fs.Int("beam", 1, "beam `width`: 1 trains a greedy parser with the dynamic oracle; more trains the action model globally for a beam that wide")
	exploreFrom := fs.Int("explore-from", 2, "first training `pass` that follows the model's own mistakes (dynamic oracle)")
	exploreProb := fs.Float64("explore-prob", 0.9, "`probability` of following a wrong prediction in those passes")
	prune := fs.Float64("prune", 0, "drop feature rows whose largest averaged weight is below `threshold`")
	beamGap := fs.Float64("beam-gap", 0, "store with the model the `score` gap beyond which decoding drops beam configurations trailing the best one (0: none; choose it on dev with eval grammar --beam-gap)")
	relabel := fs.Int("relabel", 0, "train a relabeller that reviews each finished tree's relations, for this many `passes` (0: none)")
	goldTags := fs.Bool("gold-tags", false, "train on the corpus's own tags instead of the tagger's predictions")
	jackknife := fs.Int("jackknife", 0, "tag the training data by `K`-fold jackknifing (a tagger trained on the other folds); 0 uses the embedded tagger")
	writeTagged := fs.String("write-tagged", "", "also write the retagged training data to `file` (reuse it with --gold-tags)")
	jkIterations := fs.Int("jackknife-iterations", 10, "training `passes` of each jackknife tagger")
	clusterFile := fs.String("clusters", "", "word cluster `file` the jackknife taggers use, as the embedded tagger was trained with (see tagger/MODEL.md)")
	if err := parseFlags(fs, args, func() bool { return *trainFiles != "" && *out != "" && fs.NArg() == 0 }); err != nil {
		return err
	}
	if *beam < 1 {
		return errors.New("--beam: the width must be 1 (greedy) or more")
	}
	var train []*conllu.Sentence
	for _, f := range strings.Split(*trainFiles, ",") {
		s, err := conllu.ReadFile(f)
		if err != nil {
			return err
		}
		train = append(train, s...)
	}
	var dev []*conllu.Sentence
	if *devFile != "" {
		var err error
		if dev, err = conllu.ReadFile(*devFile); err != nil {
			return err
		}
	}
	var clusters map[string]string
	if *clusterFile != "" {
		var err error
		if clusters, err = readClusterFile(*clusterFile); err != nil {
			return err
		}
	}
	start := time.Now()
	if !*goldTags {
		if err := retag(train, dev, *jackknife, *jkIterations, *seed, clusters, io); err != nil {
			return err
		}
		fmt.Fprintf(io.err, "tagged the training data in %s\n", time.Since(start).Round(time.Second))
		if *writeTagged != "" {
			f, err := os.Create(*writeTagged)
			if err != nil {
				return err
			}
			err = conllu.Write(f, train)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("write %s: %w", *writeTagged, err)
			}
		}
	}
	p, err := parser.Train(train, dev, parser.TrainOptions{Iterations: *iterations, Seed: *seed,
		ExploreFrom: *exploreFrom, ExploreProb: *exploreProb, Prune: float32(*prune), Beam: *beam, Relabel: *relabel, BeamGap: math.Round(*beamGap)}, io.err)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	n, err := p.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fmt.Fprintf(io.err, "wrote %s (%d bytes) in %s\n", *out, n, time.Since(start).Round(time.Second))
	return nil
}

// retag replaces the gold tags and lemmas of the training and development
// sentences with predicted ones, so the parser learns from the kind of input
// it will see. With k > 1 the training data is tagged by k-fold
// jackknifing: each fold by a tagger trained on the others, whose errors
// resemble those on unseen text. Otherwise the embedded tagger tags it,
// which has seen the training data and so errs less than it will later.
func retag(train, dev []*conllu.Sentence, k, iterations int, seed uint64, clusters map[string]string, io stdio) error {
	t, err := tagger.Default()
	if err != nil {
		return err
	}
	lem, err := grammar.DefaultLemmatizer()
	if err != nil {
		return err
	}
	tagWith := func(t *tagger.Tagger, sents []*conllu.Sentence) {
		var tags []tagger.Tag
		for _, s := range sents {
			forms := make([]string, len(s.Words))
			for i, w := range s.Words {
				forms[i] = w.Form
			}
			tags = t.Tag(forms, tags)
			for i := range s.Words {
				w := &s.Words[i]
				w.UPOS, w.XPOS, w.Feats = tags[i].UPOS, tags[i].XPOS, tags[i].Feats
				w.Lemma = w.Form
				if lem != nil {
					w.Lemma = lem.Lemma(w.Form, w.UPOS, w.XPOS)
				}
			}
		}
	}
	tagWith(t, dev)
	if k <= 1 {
		tagWith(t, train)
		return nil
	}
	// Contiguous folds keep each document's sentences together.
	gold := make([]*conllu.Sentence, len(train))
	for i, s := range train {
		c := *s
		c.Words = append([]conllu.Word(nil), s.Words...)
		gold[i] = &c
	}
	for f := range k {
		lo, hi := f*len(train)/k, (f+1)*len(train)/k
		rest := append(append([]*conllu.Sentence(nil), gold[:lo]...), gold[hi:]...)
		ft, err := tagger.Train(rest, nil, tagger.TrainOptions{Iterations: iterations, Seed: seed, Clusters: clusters}, nil)
		if err != nil {
			return fmt.Errorf("jackknife fold %d: %w", f+1, err)
		}
		tagWith(ft, train[lo:hi])
		fmt.Fprintf(io.err, "jackknife: tagged fold %d of %d\n", f+1, k)
	}
	return nil
}
