package main

import (
	"fmt"
	"strings"
)

// evals lists the scorers of `chronicle eval`.
var evals = []command{
	{"segment", "tokenization and sentence-boundary P/R/F1 against CoNLL-U", runEvalSegment},
	{"grammar", "UPOS, XPOS, lemma accuracy, UAS and LAS against CoNLL-U", runEvalGrammar},
	{"ner", "per-type and overall entity P/R/F1 against CoNLL NER gold", runEvalNER},
	{"article", "entities and quotes of one article against its gold JSON", runEvalArticle},
	{"places", "place recognition and geocoding against GeoVirus-style gold", runEvalPlaces},
}

func runEval(args []string, io stdio) error { return dispatch("eval", evals, args, io) }

// trainers lists the model trainers of `chronicle train`.
var trainers = []command{
	{"tagger", "train the part-of-speech tagger", runTrainTagger},
	{"lemmatizer", "train the lemmatizer", runTrainLemmatizer},
	{"clusters", "group words into clusters from unlabelled text for the tagger", runTrainClusters},
	{"parser", "train the dependency parser", runTrainParser},
	{"ner", "train the entity recognizer", runTrainNER},
}

func runTrain(args []string, io stdio) error { return dispatch("train", trainers, args, io) }

// dispatch runs the subcommand of parent named by args[0].
func dispatch(parent string, subs []command, args []string, io stdio) error {
	if len(args) > 0 {
		for _, c := range subs {
			if c.name == args[0] {
				return c.run(args[1:], io)
			}
		}
	}
	var names []string
	for _, c := range subs {
		names = append(names, c.name)
	}
	fmt.Fprintf(io.err, "Usage: chronicle %s %s [flags]\n", parent, strings.Join(names, "|"))
	for _, c := range subs {
		fmt.Fprintf(io.err, "  %-10s %s\n", c.name, c.summary)
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		return errUsage
	}
	return fmt.Errorf("unknown %s %q", parent, args[0])
}
