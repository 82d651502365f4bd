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
