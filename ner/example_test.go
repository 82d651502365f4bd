package ner_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/ner"
)

func ExampleRecognizer_Recognize() {
	r, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Angela Merkel flew to Paris on Monday .")
	for _, s := range r.Recognize(words, nil) {
		fmt.Println(strings.Join(words[s.Start:s.End], " "), s.Type)
	}
	// Output:
	// Angela Merkel PERSON
	// Paris GPE
}
