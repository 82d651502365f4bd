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

// perfectAfterS sets the lemma of a clitic "'s" to "have" where the next
// verb shows a perfect ("it's been", "she's got", "he's had"), adverbs
// allowed between ("it's never been"): "'s" before "been" can only be
// "has", and the lemmatizer, which sees one word, gives "be" to the
// commoner reading. EWT train and dev lemmatize such an "'s" "have" 8 times
// in 9 with the verb next to it and 4 times in 4 with an adverb between.
func perfectAfterS(forms, xpos, lemmas []string) {
	for i := 0; i+1 < len(forms); i++ {
		if lemmas[i] != "be" || forms[i] != "'s" && forms[i] != "’s" {
			continue
		}
		j := i + 1
		for j+1 < len(forms) && j-i <= maxAdverbsInPerfect && strings.HasPrefix(xpos[j], "RB") {
			j++
		}
		switch strings.ToLower(forms[j]) {
		case "been", "got", "gotten", "had":
			lemmas[i] = "have"
		}
	}
}

// maxAdverbsInPerfect is how many adverbs perfectAfterS looks past ("it's
// not always been").
const maxAdverbsInPerfect = 2
