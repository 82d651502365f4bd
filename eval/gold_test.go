package eval

import (
	"testing"

	"github.com/chronicle-news/chronicle"
)

func TestMatchQuote(t *testing.T) {
	quotes := []chronicle.Quote{
		{Text: "have their teams begin talks on Ukraine immediately", Direct: true, SpeakerName: "A"},
		{Text: "immediately", Direct: true, SpeakerName: "B"},
		{Text: "not practical.", Direct: true, SpeakerName: "C"},
		{Text: "Kiev’s desire to join NATO was “not practical.”", Direct: false, SpeakerName: "D"},
	}
	tests := []struct{ want, speaker string }{
		{"immediately", "B"},
		{"not practical", "C"},
		{"have their teams begin talks on Ukraine", "A"},
		{"teams", ""},
	}
	for _, tc := range tests {
		got := matchQuote(quotes, trimQuote(tc.want))
		name := ""
		if got != nil {
			name = got.SpeakerName
		}
		if name != tc.speaker {
			t.Errorf("matchQuote(%q) = %q, want %q", tc.want, name, tc.speaker)
		}
	}
}

// A gold entity is found under the KB's name when a mention spells the
// gold's, and a quote's speaker is right under any name the gold lists for
// its entity.
func TestScoreArticleNames(t *testing.T) {
	rec := &chronicle.Record{
		Entities: []chronicle.Entity{
			{ID: "e1", Name: "ASEAN", Type: "ORG", Mentions: []chronicle.Mention{{Text: "Association of Southeast Asian Nations"}}},
			{ID: "e2", Name: "Pakistani Foreign Ministry", Type: "ORG", Country: "PAK"},
			{ID: "e3", Name: "Ram Chandra Poudel", Type: "PERSON", Country: "NPL", Mentions: []chronicle.Mention{{Text: "President Ram Chandra Paudel"}}},
		},
		Quotes: []chronicle.Quote{{Text: "committed to the ceasefire", Direct: true, Speaker: "e2", SpeakerName: "Pakistani Foreign Ministry"}},
	}
	g := &Gold{
		Entities: []GoldEntity{
			{Name: "Association of Southeast Asian Nations", Type: stringList{"ORG"}},
			{Name: "Ministry of Foreign Affairs of Pakistan", Type: stringList{"ORG"}, Country: "PAK", Aliases: []string{"Pakistani Foreign Ministry"}},
			{Name: "Ram Chandra Paudel", Type: stringList{"PERSON"}, Country: "NPL"},
		},
		Quotes: []GoldQuote{{Speaker: []string{"Ministry of Foreign Affairs of Pakistan"}, Text: "committed to the ceasefire"}},
	}
	s := ScoreArticle(rec, g)
	if s.EntitiesRight != 3 || s.SpeakersRight != 1 {
		t.Errorf("entities right %d, speakers right %d; want 3 and 1: %+v", s.EntitiesRight, s.SpeakersRight, s)
	}
}
