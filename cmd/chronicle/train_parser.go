package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/parser"
)

// runTrainParser trains the dependency parser on CoNLL-U trees and writes
// the model file.
func runTrainParser(args []string, io stdio) error {
	fs := flag.NewFlagSet("chronicle train parser", flag.ContinueOnError)
	fs.SetOutput(io.err)
	trainFiles := fs.String("train", "", "training CoNLL-U `files`, comma-separated")
	devFile := fs.String("dev", "", "development CoNLL-U `file` scored while training (optional)")
	out := fs.String("out", "", "model `file` to write")
	seed := fs.Uint64("seed", 1, "random `seed` for shuffling and exploration")
	iterations := fs.Int("iterations", 15, "training `passes`")
	beam := fs.Int("beam", 1, "beam `width` (only 1, greedy, is supported)")
	prune := fs.Float64("prune", 0, "drop feature rows whose largest averaged weight is below `threshold`")
	goldTags := fs.Bool("gold-tags", false, "train on the corpus's own tags instead of the tagger's predictions")
	fs.Usage = func() {
		fmt.Fprintln(io.err, "Usage: chronicle train parser --train FILE[,FILE...] --out FILE [--dev FILE] [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *trainFiles == "" || *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if *beam != 1 {
		return errors.New("--beam: only greedy parsing (1) is implemented")
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
	if !*goldTags {
		if err := retag(train, dev); err != nil {
			return err
		}
	}
	start := time.Now()
	p, err := parser.Train(train, dev, parser.TrainOptions{Iterations: *iterations, Seed: *seed, Prune: float32(*prune)}, io.err)
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

// retag replaces the gold tags and lemmas of the sentences with those the
// embedded tagger and lemmatizer predict, so the parser learns from the
// kind of input it will see.
func retag(sets ...[]*conllu.Sentence) error {
	return errors.New("predicted tags are not wired yet; pass --gold-tags")
}
