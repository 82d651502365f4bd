package grammar

// DefaultLemmatizer returns the embedded lemmatizer. Until the lemma package
// lands it is nil, and the grammar leaves each word as its own lemma.
func DefaultLemmatizer() (Lemmatizer, error) { return nil, nil }
