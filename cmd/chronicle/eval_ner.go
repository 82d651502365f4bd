package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"

	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/ner"
)

// runEvalNER scores the entity recognizer against CoNLL NER gold.
func runEvalNER(args []string, io stdio) error {
	fl := newFlagSet("eval ner", io,
		"Usage: chronicle eval ner --conll FILE [--json] [--map uner|conll|none|auto] [--model FILE]",
	)
	gold := fl.String("conll", "", "gold `file` in the Universal NER or CoNLL-2003 layout")
	asJSON := fl.Bool("json", false, "print the scores as JSON")
	mapping := fl.String("map", "auto", "map predicted types before scoring: uner (PERSON→PER, GPE/LOC/FAC→LOC, ORG→ORG, others ignored), conll (as uner, plus NORP/EVENT→MISC), none, or auto (uner when the gold has only PER, ORG and LOC; conll when it has only those and MISC)")
	model := fl.String("model", "", "model `file` to use instead of the embedded one")
	valid := func() bool {
		return *gold != "" && fl.NArg() == 0 && slices.Contains([]string{"auto", "uner", "conll", "none"}, *mapping)
	}
	if err := parseFlags(fl, args, valid); err != nil {
		return err
	}
	r, err := loadRecognizer(*model)
	if err != nil {
		return err
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := eval.ReadNERGold(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *gold, err)
	}
	golds, preds := recognizeGold(r, sents)
	var mapType func(string) string
	switch {
	case *mapping == "uner" || (*mapping == "auto" && eval.OnlyUNERTypes(sents)):
		mapType = eval.MapUNER
	case *mapping == "conll" || (*mapping == "auto" && eval.OnlyCoNLLTypes(sents)):
		mapType = eval.MapCoNLL
	}
	sc := eval.ScoreNER(golds, preds, mapType)
	if *asJSON {
		type prf struct {
			eval.Counts
			P  float64 `json:"precision"`
			R  float64 `json:"recall"`
			F1 float64 `json:"f1"`
		}
		out := struct {
			Types   map[string]prf `json:"types"`
			Overall prf            `json:"overall"`
		}{Types: map[string]prf{}}
		for t, c := range sc.Types {
			out.Types[t] = prf{*c, c.Precision(), c.Recall(), c.F1()}
		}
		out.Overall = prf{sc.Overall, sc.Overall.Precision(), sc.Overall.Recall(), sc.Overall.F1()}
		enc := json.NewEncoder(io.out)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	eval.WriteNERTable(io.out, sc)
	return nil
}

// loadRecognizer loads the model file path, or the embedded model when path
// is empty.
func loadRecognizer(path string) (*ner.Recognizer, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := ner.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// recognizeGold runs r over gold sentences, returning the gold spans and
// the predicted ones, sentence by sentence.
func recognizeGold(r *ner.Recognizer, gold []eval.NERSentence) (golds, preds [][]eval.NERSpan) {
	golds = make([][]eval.NERSpan, len(gold))
	preds = make([][]eval.NERSpan, len(gold))
	for i, s := range gold {
		golds[i] = s.Spans
		preds[i] = r.Recognize(s.Words, nil)
	}
	return golds, preds
}
