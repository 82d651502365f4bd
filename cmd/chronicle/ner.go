package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/ner"
)

// runNER tags CoNLL token-per-line input with entities: one token per line
// (the whole line is the token), a blank line between sentences; it writes
// token<TAB>IOB2-tag lines with a blank line between sentences.
func runNER(args []string, io stdio) error {
	fl := newFlagSet("ner", io, "Usage: chronicle ner [--format conll] [--model FILE] FILE|-")
	format := fl.String("format", "conll", "input and output `format`: conll")
	model := fl.String("model", "", "model `file` to use instead of the embedded one")
	if err := parseFlags(fl, args, func() bool { return fl.NArg() == 1 && *format == "conll" }); err != nil {
		return err
	}
	r, err := loadRecognizer(*model)
	if err != nil {
		return err
	}
	in := io.in
	if name := fl.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	w := bufio.NewWriter(io.out)
	defer w.Flush()
	var words []string
	flush := func() {
		if len(words) == 0 {
			return
		}
		writeNERSentence(w, r, words)
		words = words[:0]
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		words = append(words, line)
	}
	flush()
	if err := sc.Err(); err != nil {
		return err
	}
	return w.Flush()
}

// writeNERSentence recognises one sentence and writes it as token-tag lines
// followed by a blank line.
func writeNERSentence(w *bufio.Writer, r *ner.Recognizer, words []string) {
	for i, tag := range eval.IOB2(len(words), r.Recognize(words, nil)) {
		fmt.Fprintf(w, "%s\t%s\n", words[i], tag)
	}
	w.WriteString("\n")
}
