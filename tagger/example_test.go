package tagger_test

import (
	"fmt"

	"github.com/chronicle-news/chronicle/tagger"
)

func ExampleTagger_Tag() {
	t, err := tagger.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, tg := range t.Tag([]string{"The", "rebels", "seized", "the", "town", "."}, nil) {
		fmt.Println(tg.UPOS, tg.XPOS)
	}
	// Output:
	// DET DT
	// NOUN NNS
	// VERB VBD
	// DET DT
	// NOUN NN
	// PUNCT .
}
