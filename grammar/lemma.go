package grammar

import "github.com/chronicle-news/chronicle/lemma"

// DefaultLemmatizer returns the embedded lemmatizer.
func DefaultLemmatizer() (Lemmatizer, error) {
	l, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	return l, nil
}
