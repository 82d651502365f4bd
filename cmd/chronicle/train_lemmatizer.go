package main

import (
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/lemma"
)

// runTrainLemmatizer learns the lemmatizer's rules and exceptions from
// CoNLL-U files and writes its model file.
func runTrainLemmatizer(args []string, io stdio) error {
	fl := newFlagSet("train lemmatizer", io, "Usage: chronicle train lemmatizer --train FILE[,FILE...] [--dev FILE] --out FILE")
	train := fl.String("train", "", "training CoNLL-U `files`, comma-separated")
	dev := fl.String("dev", "", "development CoNLL-U `files`, comma-separated, scored with gold tags (optional)")
	out := fl.String("out", "", "model `file` to write")
	known := fl.Bool("known-lemmas", true, "keep the training lemmas so a rule whose output is none of them gives way to a shorter suffix's rule whose output is one")
	fl.Uint64("seed", 1, "accepted for symmetry with the other trainers; training is not random")
	fl.Int("iterations", 1, "accepted for symmetry with the other trainers; training is one pass")
	if err := parseFlags(fl, args, func() bool { return *train != "" && *out != "" && fl.NArg() == 0 }); err != nil {
		return err
	}
	sents, err := readCoNLLUList(*train)
	if err != nil {
		return err
	}
	devSents, err := readCoNLLUList(*dev)
	if err != nil {
		return err
	}
	began := time.Now()
	l, err := lemma.Train(sents, lemma.TrainOptions{KnownLemmas: *known})
	if err != nil {
		return err
	}
	fmt.Fprintf(io.err, "trained on %d sentences in %s\n", len(sents), time.Since(began).Round(time.Millisecond))
	if len(devSents) > 0 {
		sc := l.Evaluate(devSents)
		fmt.Fprintf(io.err, "dev lemma accuracy with gold tags: %.4f over %d words\n", sc.Accuracy, sc.Words)
	}
	return writeModelFile(*out, l.WriteTo)
}
