package grammar

import (
	"strings"

	"github.com/chronicle-news/chronicle/lemma"
)

// DefaultLemmatizer returns the embedded lemmatizer.
func DefaultLemmatizer() (Lemmatizer, error) {
	l, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	return l, nil
}

// perfectAfterS sets the lemma of a clitic "'s" to "have" where the word
// after it shows a perfect ("it's been", "she's got", "he's had"): "'s"
// before "been" can only be "has", and the lemmatizer, which sees one word,
// gives "be" to the commoner reading. EWT train lemmatizes such an "'s"
// "have" 8 times in 9.
func perfectAfterS(forms, lemmas []string) {
	for i := 0; i+1 < len(forms); i++ {
		if lemmas[i] != "be" || forms[i] != "'s" && forms[i] != "’s" {
			continue
		}
		switch strings.ToLower(forms[i+1]) {
		case "been", "got", "gotten", "had":
			lemmas[i] = "have"
		}
	}
}
