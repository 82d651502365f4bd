package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
)

// Gold is a hand-made annotation of one article: its entities with their
// acceptable names, and its direct quotes with acceptable speakers. Lists of
// strings hold the acceptable answers.
type Gold struct {
	Doc       string       `json:"doc"`
	Published string       `json:"published"`
	Entities  []GoldEntity `json:"entities"`
	Quotes    []GoldQuote  `json:"quotes"`
}

// GoldEntity is one entity of the gold: its canonical name, type (one or
// several acceptable), country and the spellings that refer to it.
type GoldEntity struct {
	Name    string     `json:"name"`
	Type    stringList `json:"type"`
	Country string     `json:"country"`
	Aliases []string   `json:"aliases"`
	// SpellingInText is set when the text misspells the name.
	SpellingInText string `json:"spelling_in_text"`
}

// GoldQuote is a direct quote and the names of its acceptable speakers.
type GoldQuote struct {
	Speaker []string `json:"speaker"`
	Text    string   `json:"text"`
}

// stringList reads a JSON string or an array of strings.
type stringList []string

func (l *stringList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*l = []string{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*l = many
	return nil
}

// ReadGold reads a gold JSON file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// GoldFiles lists the gold annotations at path: the file itself, or every
// *.gold.json file of a directory, in name order.
func GoldFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	files, err := filepath.Glob(filepath.Join(path, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.gold.json files", path)
	}
	slices.Sort(files)
	return files, nil
}

// ArticleScore compares a record with the gold of its article.
type ArticleScore struct {
	Entities       int      `json:"entities"`        // gold entities
	EntitiesFound  int      `json:"entities_found"`  // found with an acceptable name
	EntitiesRight  int      `json:"entities_right"`  // found with the right type and country too
	WrongType      []string `json:"wrong_type"`      // record entities matching a gold name with another type
	MissedEntities []string `json:"missed_entities"` // gold names not found, or found wrong
	Flagged        []string `json:"flagged"`         // gold misspellings the record flags
	Quotes         int      `json:"quotes"`          // gold direct quotes
	QuotesFound    int      `json:"quotes_found"`    // matched by a direct quote of the record
	SpeakersRight  int      `json:"speakers_right"`  // of those, with an acceptable speaker
	MissedQuotes   []string `json:"missed_quotes"`   // gold quotes not found
	WrongSpeakers  []string `json:"wrong_speakers"`  // found with a speaker the gold does not accept
	Unattributed   int      `json:"unattributed"`    // direct quotes of the record with no speaker
	RecordEntities int      `json:"record_entities"` // entities in the record
	RecordQuotes   int      `json:"record_quotes"`   // direct quotes in the record
}

// Add adds the counts of o, the score of the article doc, to s, and its
// lists, each item led by "doc: ", so that a sum over many articles still
// says where each miss is.
func (s *ArticleScore) Add(doc string, o ArticleScore) {
	s.Entities += o.Entities
	s.EntitiesFound += o.EntitiesFound
	s.EntitiesRight += o.EntitiesRight
	s.Quotes += o.Quotes
	s.QuotesFound += o.QuotesFound
	s.SpeakersRight += o.SpeakersRight
	s.Unattributed += o.Unattributed
	s.RecordEntities += o.RecordEntities
	s.RecordQuotes += o.RecordQuotes
	for _, l := range []struct{ to, from *[]string }{
		{&s.WrongType, &o.WrongType}, {&s.MissedEntities, &o.MissedEntities}, {&s.Flagged, &o.Flagged},
		{&s.MissedQuotes, &o.MissedQuotes}, {&s.WrongSpeakers, &o.WrongSpeakers},
	} {
		for _, item := range *l.from {
			*l.to = append(*l.to, doc+": "+item)
		}
	}
}

// ScoreArticle scores a record's entities and direct quotes against gold.
// An entity is found when a record entity's name equals the gold name or
// an alias (case-folded, a leading "the" ignored; mention texts do not
// count, so a record must name an entity as the gold does); it is right when the type is one the gold accepts and the
// country matches. A gold quote is found by a direct quote of the same
// text, or one that contains it or lies inside it and is at least half as
// long as the other; case and punctuation at the edges are ignored.
func ScoreArticle(rec *chronicle.Record, g *Gold) ArticleScore {
	s := ArticleScore{Entities: len(g.Entities), Quotes: len(g.Quotes), RecordEntities: len(rec.Entities)}
	matched := map[string]string{} // gold name, folded → the record entity found for it
	for _, ge := range g.Entities {
		match := matchEntity(rec.Entities, ge)
		if match == nil {
			s.MissedEntities = append(s.MissedEntities, ge.Name)
			continue
		}
		s.EntitiesFound++
		matched[fold(ge.Name)] = match.ID
		typeOK := false
		for _, t := range ge.Type {
			typeOK = typeOK || t == match.Type
		}
		if !typeOK {
			s.WrongType = append(s.WrongType, fmt.Sprintf("%s: %s, want %s", ge.Name, match.Type, strings.Join(ge.Type, "|")))
		}
		if typeOK && match.Country == ge.Country {
			s.EntitiesRight++
		} else {
			s.MissedEntities = append(s.MissedEntities, fmt.Sprintf("%s (found as %s %s %s)", ge.Name, match.Name, match.Type, match.Country))
		}
		if ge.SpellingInText != "" {
			for _, f := range match.Flags {
				if strings.Contains(f, ge.SpellingInText) {
					s.Flagged = append(s.Flagged, ge.SpellingInText)
				}
			}
		}
	}
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
	}
	for _, q := range rec.Quotes {
		if q.Direct && !q.Scare {
			s.RecordQuotes++
			if q.Speaker == "" && q.SpeakerName == "" {
				s.Unattributed++
			}
		}
	}
	for _, gq := range g.Quotes {
		found := matchQuote(rec.Quotes, trimQuote(gq.Text))
		if found == nil {
			s.MissedQuotes = append(s.MissedQuotes, gq.Text)
			continue
		}
		s.QuotesFound++
		speaker := names[found.Speaker]
		ok := len(gq.Speaker) == 0 && speaker == "" // no one the text names: none linked
		for _, sp := range gq.Speaker {
			ok = ok || fold(sp) == fold(speaker) || speaker == "" && strings.Contains(fold(found.SpeakerName), fold(sp)) ||
				found.Speaker != "" && matched[fold(sp)] == found.Speaker // under a name the gold lists as an alias
		}
		if ok {
			s.SpeakersRight++
		} else {
			s.WrongSpeakers = append(s.WrongSpeakers, fmt.Sprintf("%q: %q (%s), want %s", gq.Text, speaker, found.SpeakerName, strings.Join(gq.Speaker, "|")))
		}
	}
	return s
}

// matchEntity finds the record's entity for a gold one: the first whose
// name is the gold's name or one of its aliases, else the first with a
// mention that spells the gold's name, perhaps after a title (the KB calls
// the body "ASEAN", the gold "Association of Southeast Asian Nations", and
// the text spells it out; "President Ram Chandra Paudel" where the KB spells
// the name Poudel).
func matchEntity(ents []chronicle.Entity, ge GoldEntity) *chronicle.Entity {
	names := map[string]bool{fold(ge.Name): true}
	for _, a := range ge.Aliases {
		names[fold(a)] = true
	}
	for i := range ents {
		if names[fold(ents[i].Name)] {
			return &ents[i]
		}
	}
	name := fold(ge.Name)
	for i := range ents {
		for _, m := range ents[i].Mentions {
			if t := fold(m.Text); t == name || strings.HasSuffix(t, " "+name) {
				return &ents[i]
			}
		}
	}
	return nil
}

// matchQuote finds the direct quote whose folded text equals want, else
// one that contains it or lies inside it, the two at least half as long as
// each other ("immediately" is not found in "talks on Ukraine immediately").
func matchQuote(quotes []chronicle.Quote, want string) *chronicle.Quote {
	var near *chronicle.Quote
	for i := range quotes {
		q := &quotes[i]
		if !q.Direct {
			continue
		}
		got := trimQuote(q.Text)
		if got == want {
			return q
		}
		overlap := strings.Contains(got, want) || strings.Contains(want, got)
		if near == nil && got != "" && overlap && 2*min(len(got), len(want)) >= max(len(got), len(want)) {
			near = q
		}
	}
	return near
}

// fold compares names as the KB does: "the" dropped, case and diacritics
// ignored ("Félix Tshisekedi" is "Felix Tshisekedi"), and a hyphen read as
// a space ("Kim Jong-un" is "Kim Jong Un").
func fold(s string) string { return kb.Fold(strings.ReplaceAll(s, "-", " ")) }

// trimQuote folds a quote's text for matching: lowercased, typographic
// apostrophes made straight, punctuation at either end dropped.
func trimQuote(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "", "”", "").Replace(strings.ToLower(s))
	return strings.Trim(s, " .,;:'\"!?")
}
