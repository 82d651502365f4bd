package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
	"github.com/chronicle-news/chronicle/source"
)

// quoteWidth is how many characters of a quote the table shows.
const quoteWidth = 70

func runQuotes(args []string, io stdio) error {
	fs := newFlagSet("quotes", io,
		"Usage: chronicle quotes [flags] FILE|-...",
		"Prints the quotes of each article as a table: speaker, cue, direct or reported,",
		"confidence and the quote itself, shortened. Warnings about unmatched quote marks",
		"follow the table.",
	)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for inputs whose metadata has none")
	if err := parseFlags(fs, args, nil); err != nil {
		return err
	}
	if err := checkPublished("quotes", *published, io); err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	out := bufio.NewWriter(io.out)
	defer out.Flush()
	failed, n := 0, 0
	for doc, err := range source.Documents(inputs, io.in, source.Options{Published: *published}) {
		if err != nil {
			failed++
			fmt.Fprintf(io.err, "chronicle quotes: %v\n", err)
			continue
		}
		rec := p.Extract(doc, nil)
		quotes, warns := rec.Quotes, quoteWarnings(rec.Warnings)
		if n > 0 {
			fmt.Fprintln(out)
		}
		n++
		writeQuotes(out, doc, quotes, warns)
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

// quoteWarnings keeps the warnings about quote marks.
func quoteWarnings(ws []chronicle.Warning) []chronicle.Warning {
	var out []chronicle.Warning
	for _, w := range ws {
		if strings.Contains(w.Message, "quote mark") {
			out = append(out, w)
		}
	}
	return out
}

// writeQuotes prints one document's quotes as an aligned table.
func writeQuotes(w io.Writer, doc chronicle.Document, quotes []chronicle.Quote, warns []chronicle.Warning) {
	name := doc.Source
	if doc.Title != "" {
		name += " — " + doc.Title
	}
	fmt.Fprintf(w, "%s: %d quotes\n", name, len(quotes))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tCUE\tKIND\tCONF\tQUOTE")
	for _, q := range quotes {
		kind := "reported"
		switch {
		case q.Scare:
			kind = "scare"
		case q.Direct:
			kind = "direct"
		}
		speaker := q.SpeakerName
		if speaker == "" {
			speaker = "-"
		}
		cue := q.Cue
		if cue == "" {
			cue = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s\n", shorten(speaker, 32), shorten(cue, 20), kind, q.Confidence, shorten(q.Text, quoteWidth))
	}
	tw.Flush()
	for _, wn := range warns {
		fmt.Fprintf(w, "warning: bytes %d-%d: %s\n", wn.Start, wn.End, wn.Message)
	}
}

// shorten puts s on one line and cuts it to n characters with an ellipsis.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
