package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/internal/corpora"
	"github.com/chronicle-news/chronicle/ner"
)

// defaultNERSets are the training sets of the committed model with their
// update weights; see ner/MODEL.md for why each is weighted as it is.
const defaultNERSets = "uner-ewt-dev=5,wikigold=1,re-docred=1,crossner=1,gum=1,btc=0.5,wnut17=0.5,re3d=0.5"

// runTrainNER trains the entity recognizer on the shared corpora and writes
// its model file.
func runTrainNER(args []string, io stdio) error {
	fl := newFlagSet("train ner", io,
		"Usage: chronicle train ner --out FILE [--corpora DIR] [--kb DIR] [--sets name=w,...] [--seed N] [--iterations N]",
	)
	out := fl.String("out", "", "model `file` to write")
	corporaFlag := fl.String("corpora", "", "shared corpora `dir` (default $CHRONICLE_CORPORA or ../shared/corpora above go.mod)")
	kbDir := fl.String("kb", "", "knowledge-base tables `dir` with countries.tsv and cities.tsv (default kb/data of the module)")
	sets := fl.String("sets", defaultNERSets, "training `sets` with update weights, name=weight, comma-separated; known: "+strings.Join(ner.CorpusNames, ", "))
	seed := fl.Uint64("seed", 1, "shuffling seed")
	iters := fl.Int("iterations", 5, "training passes")
	prune := fl.Float64("prune", 0.05, "drop features whose averaged weights are all below this in magnitude (0 keeps all)")
	noGaz := fl.Bool("no-gazetteer", false, "train without gazetteer features")
	noCasing := fl.Bool("no-casing", false, "train without the casing lexicon counted over unlabelled text")
	pos := fl.Bool("pos", true, "train with part-of-speech features (UPOS from the embedded tagger)")
	clusters := fl.Bool("clusters", true, "train with word clusters computed from the unlabelled training text, UD English-EWT train and the news corpus")
	clusterMin := fl.Int("cluster-min", 3, "cluster words seen at least `n` times")
	clusterDepth := fl.Int("cluster-depth", 12, "cluster tree depth (at most 2^depth clusters)")
	lowerGaz := fl.Bool("lower-gazetteer", true, "also mark gazetteer names written in lower case")
	holdout := fl.Int("holdout", 0, "hold out every `n`th document of UNER EWT dev as the development set that picks the best pass (0: train on all of it and keep the last pass)")
	if err := parseFlags(fl, args, func() bool { return *out != "" && fl.NArg() == 0 }); err != nil {
		return err
	}
	dir := *corporaFlag
	if dir == "" {
		d, err := corpora.Dir()
		if err != nil {
			return err
		}
		dir = d
	}
	kd := *kbDir
	if kd == "" {
		root, err := corpora.ModuleRoot()
		if err != nil {
			return err
		}
		kd = filepath.Join(root, "kb", "data")
	}
	gaz, err := ner.BuildGazetteer(kd)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	ref := ner.Refiner{Gaz: gaz}
	var data []ner.Sentence
	for _, item := range strings.Split(*sets, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, ws, _ := strings.Cut(item, "=")
		w := 1.0
		if ws != "" {
			if w, err = strconv.ParseFloat(ws, 32); err != nil || w <= 0 {
				return fmt.Errorf("--sets: bad weight in %q", item)
			}
		}
		s, err := ner.LoadCorpus(dir, name, ref, *holdout)
		if err != nil {
			return err
		}
		entities := 0
		for i := range s {
			s[i].Weight = float32(w)
			s[i].POS = nil // tagged by the embedded tagger, as at run time
			entities += len(s[i].Spans)
		}
		fmt.Fprintf(io.err, "%s: %d sentences, %d entities, weight %g\n", name, len(s), entities, w)
		data = append(data, s...)
	}
	_, devRaw, err := ner.SplitUNERDev(filepath.Join(dir, "uner-english-ewt", "en_ewt-ud-dev.iob2"), *holdout)
	if err != nil {
		return err
	}
	// The casing lexicon is counted over the training text and the
	// unlabelled UD English-EWT train text (never its dev or test).
	counter := ner.NewLexiconCounter()
	for _, s := range data {
		counter.AddSentence(s.Words)
	}
	ewt, err := conllu.ReadFile(filepath.Join(dir, "ud-english-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	for _, s := range ewt {
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		counter.AddSentence(words)
	}
	lex := counter.Lexicon(2)
	var clus map[string]string
	if *clusters {
		cc := ner.NewClusterCounter()
		for _, s := range data {
			cc.AddSentence(s.Words)
		}
		for _, s := range ewt {
			words := make([]string, len(s.Words))
			for i, w := range s.Words {
				words[i] = w.Form
			}
			cc.AddSentence(words)
		}
		news, _ := filepath.Glob(filepath.Join(dir, "news", "*", "*.txt"))
		for _, name := range news {
			b, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			cc.AddText(string(b))
		}
		t0 := time.Now()
		clus = cc.Clusters(*clusterMin, 1000, *clusterDepth)
		fmt.Fprintf(io.err, "word clusters: %d words in %s\n", len(clus), time.Since(t0).Round(time.Millisecond))
	}
	fmt.Fprintf(io.err, "casing lexicon: %d words\n", lex.Len())
	dev := make([]eval.NERSentence, len(devRaw))
	for i, s := range devRaw {
		dev[i] = eval.NERSentence{Words: s.Words, Spans: s.Spans}
	}
	began := time.Now()
	r, err := ner.Train(data, ner.TrainOptions{
		Iterations: *iters,
		Seed:       *seed,
		Features:   ner.FeatureOptions{Gazetteer: !*noGaz, Casing: !*noCasing, POS: *pos, Clusters: *clusters, LowerGaz: *lowerGaz},
		Clusters:   clus,
		Tagger:     posTagger(*pos),
		Gazetteer:  gaz,
		Lexicon:    lex,
		Prune:      float32(*prune),
		Dev:        devScorer(dev),
		Log:        io.err,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(io.err, "trained on %d sentences in %s\n", len(data), time.Since(began).Round(time.Second))
	return writeModelFile(*out, r.WriteTo)
}

// posTagger is the embedded tagger's UPOS function when on, else nil.
func posTagger(on bool) func([]string) []string {
	if !on {
		return nil
	}
	return ner.DefaultTagger()
}

// devScorer returns the F1 of a recognizer on dev, or nil when dev is empty.
func devScorer(dev []eval.NERSentence) func(*ner.Recognizer) float64 {
	if len(dev) == 0 {
		return nil
	}
	return func(r *ner.Recognizer) float64 { return scoreNER(r, dev).Overall.F1() }
}

// scoreNER runs r over gold sentences and scores it, mapping predictions
// to PER/ORG/LOC when the gold has only those types.
func scoreNER(r *ner.Recognizer, gold []eval.NERSentence) eval.NERScore {
	golds, preds := recognizeGold(r, gold)
	var mapType func(string) string
	if eval.OnlyUNERTypes(gold) {
		mapType = eval.MapUNER
	}
	return eval.ScoreNER(golds, preds, mapType)
}
