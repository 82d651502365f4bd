package source_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/source"
)

func ExampleDocuments() {
	stdin := strings.NewReader("{\"id\":\"a1\",\"title\":\"Talks\",\"published\":\"Tue, 05 Mar 2024 10:00:00 GMT\",\"text\":\"Ministers met.\\nTalks go on.\"}\n" +
		"{\"id\":\"a2\",\"text\":\"Broken\n" +
		"{\"id\":\"a3\",\"text\":\"No date on this one.\"}\n")
	for doc, err := range source.Documents([]string{"-", "missing.txt"}, stdin, source.Options{Published: "2024-03-01"}) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s %s %s %q\n", doc.Source, doc.ID, doc.Published, doc.Text)
	}
	// Output:
	// -:1 a1 2024-03-05 "Ministers met.\nTalks go on."
	// error: read -:2: malformed JSON: unexpected end of JSON input
	// -:3 a3 2024-03-01 "No date on this one."
	// error: read missing.txt: no such file or directory
}
