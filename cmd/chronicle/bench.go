package main

import (
	"fmt"
	"io"
	"runtime"
	"text/tabwriter"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
)

// defaultBenchDir is the news corpus beside the repository.
const defaultBenchDir = "../shared/corpora/news"

func runBench(args []string, io stdio) error {
	fs := newFlagSet("bench", io,
		"Usage: chronicle bench [--rounds N] [DIR|PATH]...",
		fmt.Sprintf("Runs extract over the articles (default %s) on one goroutine and prints", defaultBenchDir),
		"documents/s, tokens/s and MB/s, stage by stage, and the peak resident memory.",
	)
	rounds := fs.Int("rounds", 3, "passes over the articles; figures are for all passes together")
	if err := parseFlags(fs, args, nil); err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{defaultBenchDir}
	}

	loadStart := time.Now()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	load := time.Since(loadStart)

	var docs []chronicle.Document
	failed := 0
	for doc, err := range source.Documents(inputs, io.in, source.Options{}) {
		if err != nil {
			failed++
			fmt.Fprintf(io.err, "chronicle bench: %v\n", err)
			continue
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return fmt.Errorf("no documents read from %v", inputs)
	}

	var t pipeline.Timings
	start := time.Now()
	for range *rounds {
		for _, d := range docs {
			p.Extract(d, &t)
		}
	}
	writeBench(io.out, &t, time.Since(start), load, len(docs))
	if failed > 0 {
		return errFailed
	}
	return nil
}

func writeBench(w io.Writer, t *pipeline.Timings, total, load time.Duration, ndocs int) {
	fmt.Fprintf(w, "%d documents (%d distinct), %d tokens, %.2f MB; models loaded in %s; GOMAXPROCS %d\n",
		t.Documents, ndocs, t.Tokens, float64(t.Bytes)/1e6, load.Round(time.Millisecond), runtime.GOMAXPROCS(0))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\tseconds\tdocs/s\ttokens/s\tMB/s\t")
	row := func(name string, d time.Duration) {
		s := d.Seconds()
		if s <= 0 {
			s = 1e-9
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.0f\t%.0f\t%.1f\t\n", name, d.Seconds(),
			float64(t.Documents)/s, float64(t.Tokens)/s, float64(t.Bytes)/1e6/s)
	}
	for _, name := range pipeline.Stages {
		if d, ok := t.Elapsed[name]; ok {
			row(name, d)
		}
	}
	row("total", total)
	tw.Flush()
	if mb, ok := peakRSSMB(); ok {
		fmt.Fprintf(w, "peak resident memory: %.1f MB\n", mb)
	}
}
