package grammar_test

import (
	"fmt"
	"log"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/grammar"
)

func ExampleGrammar_Annotate() {
	g, err := grammar.Default()
	if err != nil {
		log.Fatal(err)
	}
	var toks []chronicle.Token
	for _, w := range []string{"Police", "arrested", "two", "men", "."} {
		toks = append(toks, chronicle.Token{Text: w})
	}
	g.Annotate(toks)
	for _, t := range toks {
		fmt.Println(t.Text, t.UPOS, t.Head, t.DepRel)
	}
	// Output:
	// Police NOUN 2 nsubj
	// arrested VERB 0 root
	// two NUM 4 nummod
	// men NOUN 2 obj
	// . PUNCT 2 punct
}
