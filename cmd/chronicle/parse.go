package main

import (
	"bufio"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/grammar"
	"github.com/chronicle-news/chronicle/text"
)

// runParse tags and parses text or CoNLL-U and writes CoNLL-U.
func runParse(args []string, io stdio) error {
	fs := newFlagSet("parse", io,
		"Usage: chronicle parse [--input conllu|text] [--parser FILE] FILE|-",
		"Writes CoNLL-U with LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL filled in. CoNLL-U",
		"input keeps its tokens, sentence breaks and comments; text is tokenized and split first.",
	)
	input := fs.String("input", "auto", "input `format`: text, conllu, or auto (conllu for *.conllu files)")
	parserFile := fs.String("parser", "", "parser model `file` to use instead of the embedded one")
	if err := parseFlags(fs, args, func() bool { return fs.NArg() == 1 && slices.Contains([]string{"auto", "text", "conllu"}, *input) }); err != nil {
		return err
	}
	name := fs.Arg(0)
	format := *input
	if format == "auto" {
		format = "text"
		if strings.HasSuffix(name, ".conllu") {
			format = "conllu"
		}
	}
	p, err := loadParser(*parserFile)
	if err != nil {
		return err
	}
	g, err := grammar.WithParser(p)
	if err != nil {
		return err
	}
	r := io.in
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	w := bufio.NewWriter(io.out)
	if format == "conllu" {
		err = parseCoNLLU(g, r, name, w)
	} else {
		err = parseText(g, r, w)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// parseCoNLLU annotates each sentence of a CoNLL-U stream as it is read.
func parseCoNLLU(g *grammar.Grammar, r io.Reader, name string, w *bufio.Writer) error {
	for s, err := range conllu.Read(r, name) {
		if err != nil {
			return err
		}
		for i := range s.Words {
			x := &s.Words[i]
			x.Lemma, x.UPOS, x.XPOS, x.Feats, x.Head, x.DepRel, x.Deps = "", "", "", "", -1, "", ""
		}
		g.AnnotateCoNLLU(s)
		conllu.WriteSentence(w, s)
	}
	return nil
}

// parseText segments plain text into sentences and annotates each one.
func parseText(g *grammar.Grammar, r io.Reader, w *bufio.Writer) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	doc := string(data)
	for i, sent := range text.Segment(doc) {
		toks := sent.Tokens
		if len(toks) == 0 {
			continue
		}
		g.Annotate(toks)
		s := &conllu.Sentence{Comments: []string{
			"sent_id = " + strconv.Itoa(i+1),
			"text = " + strings.Join(strings.Fields(sent.In(doc)), " "),
		}}
		for j, t := range toks {
			misc := ""
			if t.End < len(doc) && !isSpaceByte(doc[t.End]) {
				misc = "SpaceAfter=No"
			}
			s.Words = append(s.Words, conllu.Word{ID: j + 1, Form: t.Text, Lemma: t.Lemma, UPOS: t.UPOS,
				XPOS: t.XPOS, Feats: t.Feats, Head: t.Head, DepRel: t.DepRel, Misc: misc})
		}
		conllu.WriteSentence(w, s)
	}
	return nil
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
