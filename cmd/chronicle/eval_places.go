package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/pipeline"
)

// runEvalPlaces scores the places of extract's records against a
// geoparsing gold set.
func runEvalPlaces(args []string, io stdio) error {
	fl := newFlagSet("eval places", io, "Usage: chronicle eval places --geovirus FILE [--json]")
	gold := fl.String("geovirus", "", "gold `file` in the GeoVirus XML layout")
	asJSON := fl.Bool("json", false, "print the scores as JSON")
	if err := parseFlags(fl, args, func() bool { return *gold != "" && fl.NArg() == 0 }); err != nil {
		return err
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	defer f.Close()
	arts, err := eval.ReadGeoVirus(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *gold, err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	var sc eval.PlaceScore
	for _, a := range arts {
		rec := p.Extract(chronicle.Document{Source: a.Source, Text: a.Text}, nil)
		sc.Add(eval.ScorePlaces(a, rec.Places))
	}
	if *asJSON {
		out := struct {
			eval.PlaceScore
			Articles  int     `json:"articles"`
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
			F1        float64 `json:"f1"`
			NearShare float64 `json:"near_share"`
			MeanKm    float64 `json:"mean_error_km"`
		}{sc, len(arts), sc.Precision(), sc.Recall(), sc.F1(), sc.NearShare(), sc.MeanErrorKm()}
		enc := json.NewEncoder(io.out)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(io.out, "%d articles, %d gold place mentions, %d in the records\n", len(arts), sc.Gold, sc.Predicted)
	fmt.Fprintf(io.out, "recognized (exact span): P %.4f  R %.4f  F1 %.4f\n", sc.Precision(), sc.Recall(), sc.F1())
	fmt.Fprintf(io.out, "geocoded within %d km: %d/%d = %.4f; mean error %.0f km\n", eval.NearKm, sc.Near, sc.Correct,
		sc.NearShare(), sc.MeanErrorKm())
	return nil
}
