package ner

import (
	"sync"

	"github.com/chronicle-news/chronicle/tagger"
)

var (
	posOnce sync.Once
	posTag  *tagger.Tagger
)

// DefaultTagger returns a function that tags words with UPOS using the
// project's embedded part-of-speech tagger, or nil when it cannot be loaded.
// Models trained with POS features use it for sentences given without tags.
func DefaultTagger() func(words []string) []string {
	posOnce.Do(func() {
		posTag, _ = tagger.Default()
	})
	if posTag == nil {
		return nil
	}
	return func(words []string) []string {
		tags := posTag.Tag(words, nil)
		out := make([]string, len(tags))
		for i, t := range tags {
			out[i] = t.UPOS
		}
		return out
	}
}
