package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/corpora"
	"github.com/chronicle-news/chronicle/text"
)

// sharedDir is ../shared/NAME beside the module root, or the corpora
// directory for "corpora"; it skips the test when the directory is missing.
func sharedDir(t testing.TB, name string) string {
	t.Helper()
	if name == "corpora" {
		d, err := corpora.Dir()
		if err != nil {
			t.Skip(err)
		}
		return d
	}
	return corpora.Shared(t, name)
}

// normalize folds a quote for comparison: curly apostrophes and quotes to
// straight ones, no surrounding punctuation, single spaces, lower case.
func normalize(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	return strings.ToLower(s)
}

type referenceGold struct {
	Entities []struct {
		Name    string   `json:"name"`
		Type    any      `json:"type"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Quotes []struct {
		Speaker []string `json:"speaker"`
		Text    string   `json:"text"`
	} `json:"quotes"`
}

// referenceEntities is a TEST FIXTURE standing in for the entity stage: each
// gold entity's name and aliases are searched for in the text, every
// occurrence becoming a mention.
func referenceEntities(doc string, g referenceGold) []chronicle.Entity {
	var out []chronicle.Entity
	for i, ge := range g.Entities {
		e := chronicle.Entity{ID: "gold:" + ge.Name, Name: ge.Name}
		switch v := ge.Type.(type) { // a type, or a list of acceptable types
		case string:
			e.Type = v
		case []any:
			if len(v) > 0 {
				e.Type, _ = v[0].(string)
			}
		}
		seen := map[int]bool{}
		lower := lowerASCIIBytes(doc) // same offsets as doc
		for _, a := range append([]string{ge.Name}, ge.Aliases...) {
			a = lowerASCIIBytes(a)
			for off := 0; ; {
				j := strings.Index(lower[off:], a)
				if j < 0 {
					break
				}
				s := off + j
				if !seen[s] {
					seen[s] = true
					e.Mentions = append(e.Mentions, chronicle.Mention{Span: chronicle.Span{Start: s, End: s + len(a)}, Text: a})
				}
				off = s + len(a)
			}
		}
		_ = i
		out = append(out, e)
	}
	return out
}

func lowerASCIIBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// speakerMatches reports whether a quote's speaker is one of the gold names:
// strictly, its entity or name is one of them; leniently (for runs without
// entities, where the name is the speaker phrase), the phrase also contains
// a gold name as whole words (Pentagon chief Pete Hegseth) or is a gold
// name's last word (Trump).
func speakerMatches(q chronicle.Quote, gold []string, lenient bool) bool {
	for _, s := range gold {
		if q.SpeakerName == s || strings.EqualFold(strings.TrimPrefix(q.Speaker, "gold:"), s) {
			return true
		}
		if !lenient || q.SpeakerName == "" {
			continue
		}
		if strings.Contains(" "+strings.Trim(q.SpeakerName, ".,")+" ", " "+s+" ") || strings.Contains(q.SpeakerName, " "+s+",") ||
			strings.HasSuffix(s, " "+q.SpeakerName) {
			return true
		}
	}
	return false
}

// scoreReference returns how many gold quotes were found as direct quotes
// and how many of those have an acceptable speaker.
func scoreReference(t *testing.T, g referenceGold, quotes []chronicle.Quote, lenient bool) (found, right int) {
	for _, gq := range g.Quotes {
		var hit *chronicle.Quote
		for i := range quotes {
			if quotes[i].Direct && normalize(quotes[i].Text) == normalize(gq.Text) {
				hit = &quotes[i]
				break
			}
		}
		if hit == nil {
			t.Logf("missed %q", gq.Text)
			continue
		}
		found++
		if speakerMatches(*hit, gq.Speaker, lenient) {
			right++
		} else {
			t.Logf("speaker of %q: %q, want one of %q", gq.Text, hit.SpeakerName, gq.Speaker)
		}
	}
	return found, right
}

func TestReferenceArticle(t *testing.T) {
	dir := sharedDir(t, "examples")
	raw, err := os.ReadFile(filepath.Join(dir, "trump-putin-call.txt"))
	if err != nil {
		t.Skip(err)
	}
	gb, err := os.ReadFile(filepath.Join(dir, "trump-putin-call.gold.json"))
	if err != nil {
		t.Skip(err)
	}
	var g referenceGold
	if err := json.Unmarshal(gb, &g); err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	sents := text.Segment(doc)
	tests := []struct {
		name                 string
		ents                 []chronicle.Entity
		lenient              bool
		minFound, minSpeaker int
	}{
		{"with entities", referenceEntities(doc, g), false, 18, 18},
		{"without entities, strict", nil, false, 18, 10},
		{"without entities, lenient", nil, true, 18, 15},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, _ := Extract(doc, sents, tc.ents)
			found, right := scoreReference(t, g, qs, tc.lenient)
			t.Logf("%s: %d/%d gold quotes found, %d with an acceptable speaker", tc.name, found, len(g.Quotes), right)
			if found < tc.minFound || right < tc.minSpeaker {
				t.Errorf("found %d, speakers right %d; floors %d and %d", found, right, tc.minFound, tc.minSpeaker)
			}
		})
	}
}
