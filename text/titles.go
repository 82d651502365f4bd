package text

import "strings"

// Title is what a title word tells of the person it names.
type Title struct {
	// Sector is the CAMEO agent type the word signals: GOV for a minister,
	// MIL for a general, REL for an imam; "" when it signals none (Lord,
	// Director) or only opens a longer title (Prime, Crown).
	Sector string
	// Prefix marks a title written capitalised in front of a name as part
	// of how the person is called: "President Putin", "Gen. Gerasimov",
	// "Pope Francis", "Prime Minister Tony Blair". Other title words only
	// describe ("spokesman", "journalist John Smith").
	Prefix bool
	// Generic marks a post that any body has (its spokesman, chief, head):
	// its sector GOV holds only when the text names no body with one of its
	// own.
	Generic bool
	// Plural marks the plural of a title noun ("ministers", "MPs"): a
	// group, or several people named after it ("Ministers Alan Milburn
	// and Tessa Jowell").
	Plural bool
}

// TitleWord returns what w, in any case, with or without a final period
// and in the plural, tells as a title word, and whether it is one: a word
// that names a person by office, rank, calling or trade ("minister",
// "Gen.", "spokesmen", "journalist"), or opens such a title ("Prime",
// "Crown", "Vice"). Courtesy titles are not title words; see Honorific.
func TitleWord(w string) (Title, bool) {
	t, ok := titles[strings.TrimSuffix(strings.ToLower(w), ".")]
	return t, ok
}

// titles holds the title words, lowercased and without periods.
//
// The project compiled it from news usage for package ner (titles trimmed
// from the start of a person's name), resolve (title words and the sector
// they give a person) and quote (words that introduce an office rather than
// a name), which each kept a list of their own before. The sector codes are
// agent types of the CAMEO codebook (Schrodt, "CAMEO Conflict and Mediation
// Event Observations Event and Actor Codebook", version 1.1b3, 2012): GOV
// government, LEG legislature, MIL military, JUD judiciary, COP police, EDU
// education, MED media, CRM criminals, BUS business, REB rebels, REL
// religion, CVL civil society, OPP opposition, HLH health, SPY
// intelligence, REF refugees.
var titles = map[string]Title{}

// Kinds of title word, for building the table.
const (
	prefix  = 1 << iota // a Title.Prefix
	generic             // a Title.Generic
	bare                // an abbreviation or an opening word, with no plural
)

func init() {
	for _, g := range []struct {
		sector string
		kind   int
		words  string
	}{
		{"GOV", prefix, `president minister secretary chancellor king queen prince princess emperor empress tsar
			czar emir sultan sheikh premier governor mayor ambassador commissioner ombudsman taoiseach tánaiste tanaiste`},
		{"GOV", prefix | bare, `vice gov pm`},
		{"GOV", prefix | generic, `chief deputy`},
		{"GOV", generic, `official leader head aide adviser advisor spokesman spokeswoman spokesperson`},
		{"GOV", 0, `envoy diplomat counterpart negotiator undersecretary`},
		{"LEG", prefix, `senator congressman congresswoman speaker`},
		{"LEG", prefix | bare, `sen rep`},
		{"LEG", 0, `lawmaker legislator mp msp mep mla parliamentarian`},
		{"MIL", prefix, `general colonel admiral commander marshal sergeant lieutenant major captain commodore brigadier
			corporal`},
		{"MIL", prefix | bare, `gen col adm lt capt`},
		{"MIL", 0, `soldier officer pilot`},
		{"JUD", prefix, `judge justice`},
		{"JUD", prefix, `attorney`},
		{"JUD", 0, `prosecutor magistrate lawyer solicitor barrister`},
		{"COP", prefix, `sheriff detective constable superintendent`},
		{"COP", 0, `policeman`},
		{"EDU", prefix, `professor`},
		{"EDU", 0, `teacher student academic scholar researcher lecturer principal`},
		{"MED", 0, `journalist reporter editor correspondent photographer columnist blogger`},
		{"CRM", 0, `kingpin hacker smuggler trafficker gangster fraudster criminal mobster suspect`},
		{"BUS", prefix, `chairman chairperson`},
		{"BUS", 0, `businessman businesswoman billionaire executive ceo chairwoman tycoon investor banker
			entrepreneur founder trader oligarch`},
		{"REB", 0, `rebel militant insurgent guerrilla jihadist warlord`},
		{"REL", prefix, `pope cardinal archbishop bishop imam rabbi ayatollah patriarch reverend`},
		{"REL", prefix | bare, `rev`},
		{"REL", 0, `cleric priest`},
		{"CVL", 0, `activist campaigner`},
		{"OPP", 0, `dissident`},
		{"HLH", 0, `doctor nurse physician surgeon`},
		{"SPY", 0, `spy agent`},
		{"REF", 0, `refugee migrant`},
		{"", prefix, `lord lady`},
		{"", prefix | bare, `prime crown`},
		{"", 0, `director representative chair organiser organizer coordinator`},
	} {
		t := Title{Sector: g.sector, Prefix: g.kind&prefix != 0, Generic: g.kind&generic != 0}
		for _, w := range strings.Fields(g.words) {
			titles[w] = t
			if g.kind&bare == 0 {
				p := t
				p.Plural = true
				titles[plural(w)] = p
			}
		}
	}
}

// plural is the plural of a title noun.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "man"):
		return strings.TrimSuffix(w, "man") + "men"
	case strings.HasSuffix(w, "s"):
		return w + "es"
	case strings.HasSuffix(w, "y") && !strings.ContainsAny(w[len(w)-2:len(w)-1], "aeiou"):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
