package lemma_test

import (
	"fmt"

	"github.com/chronicle-news/chronicle/lemma"
)

func ExampleLemmatizer_Lemma() {
	l, err := lemma.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Lemma("went", "VERB", "VBD"))
	fmt.Println(l.Lemma("children", "NOUN", "NNS"))
	fmt.Println(l.Lemma("Officials", "NOUN", "NNS"))
	fmt.Println(l.Lemma("Americans", "PROPN", "NNPS"))
	// Output:
	// go
	// child
	// official
	// American
}
