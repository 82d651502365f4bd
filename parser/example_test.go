package parser_test

import (
	"fmt"
	"log"

	"github.com/chronicle-news/chronicle/parser"
)

func ExampleParser_Parse() {
	p, err := parser.Default()
	if err != nil {
		log.Fatal(err)
	}
	words := []string{"Rebels", "seized", "the", "town", "."}
	lemmas := []string{"rebel", "seize", "the", "town", "."}
	upos := []string{"NOUN", "VERB", "DET", "NOUN", "PUNCT"}
	xpos := []string{"NNS", "VBD", "DT", "NN", "."}
	heads, rels := p.Parse(words, lemmas, upos, xpos)
	for i, w := range words {
		fmt.Println(w, heads[i], rels[i])
	}
	// Output:
	// Rebels 2 nsubj
	// seized 0 root
	// the 4 det
	// town 2 obj
	// . 2 punct
}
