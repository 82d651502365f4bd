package resolve

import (
	"strings"

	"github.com/chronicle-news/chronicle"
)

// A country's ministry is named one way whatever the text calls it, so the
// same body reads the same in every article: "Ministry of Foreign Affairs
// of Algeria" for "the Algerian Foreign Ministry", "Algeria's foreign
// ministry" or "the Ministry of Foreign Affairs" of an Algerian story.

// portfolioOfMinistry maps the word before "Ministry" to the portfolio the
// ministry's full name gives it: "Foreign Ministry" is the Ministry of
// Foreign Affairs.
var portfolioOfMinistry = map[string]string{"foreign": "Foreign Affairs", "home": "Home Affairs",
	"external": "External Affairs", "interior": "Interior", "defence": "Defence", "defense": "Defense",
	"finance": "Finance", "health": "Health", "justice": "Justice", "commerce": "Commerce", "trade": "Trade",
	"economy": "Economy", "energy": "Energy", "agriculture": "Agriculture", "education": "Education",
	"information": "Information", "culture": "Culture", "labour": "Labour", "labor": "Labor",
	"transport": "Transport", "oil": "Oil", "environment": "Environment", "tourism": "Tourism"}

// canonicalMinistries renames each ministry of a known country named by
// the country's word and its portfolio ("Algerian Foreign Ministry",
// "Russia's defence ministry", "Ethiopian Ministry of Foreign Affairs") to
// "Ministry of <portfolio> of <country>"; the mentions keep the text's
// words. A ministry named without its country ("the Ministry of Finance")
// keeps the name: most stories about one country are so written.
func (d *doc) canonicalMinistries() {
	for _, e := range d.ents {
		if e.Type != chronicle.Organization || e.Country == "" {
			continue
		}
		c, ok := d.r.kb.Country(e.Country)
		if !ok {
			continue
		}
		words := d.countryWords(e.Country)
		name, ok := ministryName(e.Name, words)
		if !ok && d.possessedByCountry(e, words) {
			// "Iraq's Ministry of Oil", "Ukraine's Foreign Ministry": the
			// country's word stands before the mention.
			name, ok = ministryName(words[0]+" "+e.Name, words)
		}
		if !ok || e.KB != "" && name == e.Name {
			continue // the KB's own full name: Britain's "Ministry of Defence"
		}
		e.Name = name + " of " + countryPhrase(c.Name)
		for _, m := range e.Mentions {
			// The text's own full name, if it gives one: "the Ministry
			// of Foreign Affairs of the Russian Federation".
			if full := strings.TrimPrefix(m.Text, "the "); strings.HasPrefix(full, name+" of ") {
				e.Name = full
				break
			}
		}
	}
}

// ministryName reads a ministry's name, the country's words (its names and
// demonyms) allowed before it, and returns "Ministry of <portfolio>".
func ministryName(name string, countryWords []string) (string, bool) {
	owned := false
	for _, w := range countryWords {
		if rest, ok := strings.CutPrefix(name, w+"'s "); ok {
			name, owned = rest, true
			break
		}
		if rest, ok := strings.CutPrefix(name, w+" "); ok {
			name, owned = rest, true
			break
		}
	}
	if !owned {
		return "", false // "the Ministry of Finance" of a story about one country keeps its name
	}
	if rest, ok := strings.CutPrefix(name, "Ministry of "); ok {
		if rest == "" || strings.Contains(rest, " of ") || !isCapitalized(rest) {
			return "", false // "Ministry of Foreign Affairs of Egypt" already, or not a portfolio
		}
		return "Ministry of " + rest, true
	}
	word, ok := strings.CutSuffix(name, " Ministry")
	if !ok {
		word, ok = strings.CutSuffix(name, " ministry")
	}
	if !ok {
		return "", false
	}
	if p, ok := portfolioOfMinistry[strings.ToLower(word)]; ok {
		return "Ministry of " + p, true
	}
	return "", false
}

// countryWords are the words a text names country iso by before one of its
// bodies: its names and its demonyms ("Algeria", "Algerian").
func (d *doc) countryWords(iso string) []string {
	c, ok := d.r.kb.Country(iso)
	if !ok {
		return nil
	}
	words := append([]string{c.Name}, c.Aliases...)
	return append(words, c.Demonyms...)
}

// countryPhrase is a country's name as it follows "of": "the United
// Kingdom", "the Philippines", "Egypt".
func countryPhrase(name string) string {
	if theCountries[name] || strings.HasPrefix(name, "United ") || strings.HasSuffix(name, " Islands") ||
		strings.HasSuffix(name, " Republic") || strings.Contains(name, " Republic of ") {
		return "the " + name
	}
	return name
}

// theCountries take "the" before their short names.
var theCountries = map[string]bool{"Netherlands": true, "Philippines": true, "Gambia": true, "Bahamas": true,
	"Maldives": true, "Comoros": true, "Seychelles": true, "Vatican City": true}

// possessedByCountry tells whether a mention of e follows one of the
// country's words with "'s": "Iraq's Ministry of Oil".
func (d *doc) possessedByCountry(e *entity, words []string) bool {
	for _, m := range e.Mentions {
		before := strings.TrimSuffix(d.text[:m.Start], " ")
		for _, w := range words {
			if strings.HasSuffix(before, w+"'s") || strings.HasSuffix(before, w+"’s") {
				return true
			}
		}
	}
	return false
}
