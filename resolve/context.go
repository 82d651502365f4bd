package resolve

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
	"github.com/chronicle-news/chronicle/text"
)

func isDeterminer(s string) bool {
	switch strings.ToLower(s) {
	case "the", "a", "an":
		return true
	}
	return false
}

func isPossessive(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

// titleSector returns the sector that a word of a title or description
// signals, and whether it is such a word: a title word of package text
// ("minister", "Gen."), or one of sectorCues. Generic words (chief, head,
// official) signal GOV only when no more specific word or institution is
// near; see allGeneric.
func titleSector(lw string) (sector string, ok bool) {
	if t, ok := text.TitleWord(lw); ok {
		return t.Sector, true
	}
	sector, ok = sectorCues[lw]
	return sector, ok
}

// sectorCues are words of a title phrase that name the body or trade, not
// the person, yet give the sector: "police chief", "drug lord", "drugs
// baron", "opposition leader". Text's title words leave them out, as quote
// must not take "police" for one person's office.
var sectorCues = map[string]string{"police": "COP", "drug": "CRM", "drugs": "CRM", "opposition": "OPP",
	"senate": "LEG", "congressional": "LEG", "parliamentary": "LEG", "union": "LAB", "unions": "LAB"}

// bodyCues are the sector cues that name the body a post is held in, whose
// sector beats that of a post any body has: a "police chief" is police, a
// "union president" a trade unionist.
var bodyCues = map[string]bool{"police": true, "union": true, "unions": true}

// anyBodyPosts are the title words of posts that any body has.
var anyBodyPosts = map[string]bool{"president": true, "chairman": true, "chairwoman": true, "secretary": true,
	"general": true}

// bodyCueSector is the sector of a body cue among titles when the title's
// head, the first of them, is a post any body has; "" otherwise.
func bodyCueSector(titles []string) string {
	if len(titles) < 2 {
		return ""
	}
	if t, _ := text.TitleWord(titles[0]); !t.Generic && !anyBodyPosts[titles[0]] {
		return ""
	}
	for _, w := range titles[1:] {
		if bodyCues[w] {
			return sectorCues[w]
		}
	}
	return ""
}

// modifierFill are words allowed inside a title phrase without a sector of
// their own: "Secretary of State", "crown prince", "foreign minister".
var modifierFill = map[string]bool{"crown": true, "foreign": true, "defence": true, "defense": true,
	"finance": true, "interior": true, "treasury": true, "state": true, "prime": true, "former": true,
	"acting": true, "top": true, "high": true, "senior": true, "national": true, "security": true, "supreme": true,
	"cryptocurrency": true, "of": true, "intelligence": true, "army": true, "military": true,
	"economy": true, "trade": true, "health": true, "justice": true, "attorney": true, "deputy": true,
	"general": true, "union": true, "party": true, "opposition": true, "rights": true, "human": true,
	"white": true, "house": true, "press": true, "communications": true, "energy": true, "home": true,
	"shadow": true, "education": true, "environment": true, "transport": true, "culture": true,
	"emeritus": true, "director": true, "civil": true, "majority": true, "minority": true, "assistant": true,
	"democratic": true, "republican": true, "permanent": true, "special": true, "external": true,
	"affairs": true, "commerce": true, "labor": true, "labour": true, "agriculture": true, "industry": true,
	"technology": true, "science": true, "housing": true, "immigration": true, "homeland": true, "veterans": true,
	"digital": true, "climate": true, "strategic": true, "cabinet": true, "development": true, "infrastructure": true, "work": true, "pensions": true,
	"colleague": true, "associate": true, "executive": true, "international": true, "regional": true,
	"managing": true, "tourism": true, "sports": true, "sport": true, "information": true, "planning": true,
	"water": true, "mines": true, "mining": true, "oil": true, "petroleum": true, "investment": true, "youth": true,
	"women": true, "fisheries": true, "forestry": true, "aviation": true, "telecommunications": true,
	"budget": true, "lands": true, "resources": true, "public": true, "works": true, "heritage": true, "media": true,
	"emigration": true, "expatriates": true, "diaspora": true, "irrigation": true, "sanitation": true,
	"first": true, "second": true, "third": true} // "First Vice President", "Second Deputy Prime Minister"

// phrase is what the words before a name, or an appositive after it, say
// about the person: their country, title words and sector.
type phrase struct {
	start   int      // first token of the title phrase
	country string   // ISO3
	titles  []string // lowercased title words, nearest the name last
	sector  string
	code    string // the actor code of an international body whose office this is ("IGOEUREEC"), else ""
	// guessed: country is that of a body the KB does not know, which the
	// story's country gave it ("President of the Senate" in a story about
	// Vietnam), not one the words name.
	guessed bool
}

// modifiers reads the title phrase before token a of sentence s.
func (d *doc) modifiers(s, a int) (country string, titles []string) {
	p := d.titlePhrase(s, a)
	return p.country, p.titles
}

func (d *doc) titleStart(s, a int) int { return d.titlePhrase(s, a).start }

// portfolioFrom is the first token of a portfolio of three or more
// capitalised words, joined by "and" or commas, that ends at token i of
// sentence s and follows a title word and "of" or "for" ("Minister of
// [Foreign Affairs, Emigration and Egyptian Expatriates]", "Minister for
// [Europe and Foreign Affairs]"), or -1. No word of it may be a name found
// already but a people's ("Egyptian") or a region's ("Europe").
func (d *doc) portfolioFrom(s, i int) int {
	toks := d.sents[s].Tokens
	k, words := i, 0
walk:
	for ; k > 0 && i-k < 8; k-- {
		if o, ok := d.owner[[2]int{s, k}]; ok && !d.isDemonym(toks[k].Text) && o.e.Type != chronicle.Location {
			return -1 // (but "Minister for Europe and Foreign Affairs")
		}
		switch {
		case capitalWord(toks[k].Text):
			words++
		case (toks[k].Text == "and" || toks[k].Text == ",") && k < i && capitalWord(toks[k-1].Text):
		default:
			break walk
		}
	}
	if k < 1 || words < 3 || toks[k].Text != "of" && toks[k].Text != "for" {
		return -1
	}
	if _, title := titleSector(strings.ToLower(toks[k-1].Text)); !title {
		return -1
	}
	return k + 1
}

// quotedNameBefore returns where a body's quoted name that ends at token
// i of sentence s opens, its opening quote mark, when a body found already
// stands right before it ("the Agency for the Development of Atomic Energy
// "Uzatom""), or -1.
func (d *doc) quotedNameBefore(s, i int) int {
	toks := d.sents[s].Tokens
	if i < 3 || !isQuoteMark(toks[i].Text) {
		return -1
	}
	for j := i - 2; j >= 1 && i-j <= 4; j-- {
		if !isQuoteMark(toks[j].Text) {
			continue
		}
		if !slices.ContainsFunc(toks[j+1:i], func(t chronicle.Token) bool { return !isCapitalized(t.Text) }) {
			if o, ok := d.owner[[2]int{s, j - 1}]; ok && o.e.Type == chronicle.Organization {
				return j
			}
		}
		return -1
	}
	return -1
}

// interviewers are the titles of the reporter someone speaks to.
var interviewers = map[string]bool{"correspondent": true, "reporter": true, "journalist": true, "correspondents": true,
	"reporters": true, "journalists": true}

// titlePhrase walks left from the name over title words, institutions,
// countries and demonyms, and lowercase nouns and adjectives between them.
// ethnicDemonyms are the demonyms that also name a people of other states
// ("Bosnian Serb", "Kosovo Albanian"): after a state's word, the state is
// the person's.
var ethnicDemonyms = map[string]bool{"Serb": true, "Serbs": true, "Croat": true, "Croats": true, "Albanian": true,
	"Albanians": true, "Hungarian": true, "Uzbek": true, "Tajik": true, "Pashtun": true}

// governmentNouns name a country's government before "of" and its name:
// "the Minister of Foreign Affairs of the interim government of
// Afghanistan Amir Khan Muttaqi" is Afghan.
var governmentNouns = map[string]bool{"government": true, "cabinet": true, "administration": true}

// postingBefore returns where the area or country a title's post covers
// starts, right before the name at token a of sentence s, after "for" or
// "for the" and a title or a name ("the Special Envoy of the President of
// the United States for the Middle East Steve Witkoff"): the title phrase is
// read from there, and the area says nothing of the person's country. It
// returns a when there is none.
func (d *doc) postingBefore(s, a int) int {
	toks := d.sents[s].Tokens
	for j := a - 1; j >= 0 && a-j <= 3 && isCapitalized(toks[j].Text); j-- {
		k := j - 1
		if k >= 0 && toks[k].Text == "the" {
			k--
		}
		if k < 1 || toks[k].Text != "for" {
			continue
		}
		name := d.spanOf(s, j, a).In(d.text)
		if ar, ok := d.r.kb.Area(name); !ok || ar.Country != "" {
			if _, ok := d.countryNamed(name); !ok {
				continue
			}
		}
		if _, title := titleSector(strings.ToLower(toks[k-1].Text)); title || isCapitalized(toks[k-1].Text) {
			return k
		}
	}
	return a
}

func (d *doc) titlePhrase(s, a int) phrase {
	toks := d.sents[s].Tokens
	p := phrase{start: a}
	orgSector, orgOwns, orgCode := "", false, ""
	var titleAt []int // the token of each of p.titles
	from := d.postingBefore(s, a)
	if from < a {
		p.start = from
	}
	for i, steps := from-1, 0; i >= 0 && steps < 12; i, steps = i-1, steps+1 { // a place or body already found is one step
		if toks[i].Text == ")" && i >= 3 && toks[i-2].Text == "(" {
			i -= 3 // "Syrian Democratic Forces (SDF) commander": past the short form to the body
		}
		if j := d.quotedNameBefore(s, i); i == from-1 && j > 0 {
			i = j - 1 // "the Agency for the Development of Atomic Energy "Uzatom" Rustam Kholmatov": past the body's quoted name
		}
		if i >= 4 && strings.EqualFold(toks[i].Text, "chief") && toks[i-1].Text == "-" && strings.EqualFold(toks[i-2].Text, "in") &&
			toks[i-3].Text == "-" && toks[i-4].End == toks[i].Start-4 {
			i -= 4 // "commander-in-chief", "editor-in-chief", split by the tokenizer: the title is its first word's
		}
		w := toks[i].Text
		// "Ex-Labour MP", "ex-Soviet": a former tie still says which
		// country.
		if rest, ok := strings.CutPrefix(w, "Ex-"); ok && rest != "" {
			w = rest
		} else if rest, ok := strings.CutPrefix(w, "ex-"); ok && rest != "" {
			w = rest
		}
		lw := strings.ToLower(w)
		if k := d.portfolioFrom(s, i); i == a-1 && k >= 0 {
			// "Minister of Foreign Affairs, Emigration and Egyptian
			// Expatriates Badr Abdelatty": a portfolio of several fields
			// no list holds, after the title and "of" (or "for", which
			// the walk takes with it: "Minister for Europe and Foreign
			// Affairs Jean-Noel Barrot").
			p.start, i = k, k
			if toks[k-1].Text == "for" {
				p.start, i = k-1, k-1
			}
			continue
		}
		if _, title := titleSector(strings.ToLower(toks[max(i-1, 0)].Text)); i == a-1 && i > 0 && styleBefore(w) &&
			(title || d.placeOwnedAt(s, i-1) != nil) {
			// "foreign affairs spokesman Sir Menzies Campbell": the style
			// stands between the title and the name; so it does after the
			// country a title ends on ("Minister of Foreign Affairs … of
			// the Arab Republic of Egypt Dr. Badr Abdelatty").
			p.start = i
			continue
		}
		if rest, ok := strings.CutPrefix(lw, "co-"); ok && rest != "" {
			lw = rest // "co-leader", "co-chair"
		}
		if rest, ok := strings.CutSuffix(lw, "-elect"); ok && rest != "" {
			lw = rest // "Mayor-elect", "President-elect"
		}
		if lw == "elect" && i >= 2 && toks[i-1].Text == "-" {
			// "Mayor-elect", split by the tokenizer: on to the title.
			i--
			p.start = i
			continue
		}
		if portfolioAt(toks, i) {
			p.start = i // "Labour Minister Jeannette Jara": a portfolio, not the party
			continue
		}
		if i == a-1 && i > 0 && isCapitalized(w) && regionNouns[lw] && isCapitalized(toks[i-1].Text) {
			p.start = i // "Governor of Nizhny Novgorod Oblast Gleb Nikitin": the division's kind after its name
			continue
		}
		c, ok := d.placeCountry(w)
		o, claimed := d.owner[[2]int{s, i}]
		if claimed && o.e.Type == chronicle.GeoPolitical && o.e.Country != "" {
			// A place already found ("the United States") is one unit,
			// with the words of the country's formal name before it that
			// the recognizer left out ("the Republic of [Turkiye]").
			c, ok, i = o.e.Country, true, o.start
			if j, cc, found := d.placeEndingAt(s, o.start); found && cc == c {
				if isDeterminer(toks[j].Text) {
					j++ // the title's own article, as before any country
				}
				i = min(i, j)
			}
		} else if claimed && (o.e.Type == chronicle.GeoPolitical || o.e.Type == chronicle.Location) && p.country != "" && o.start < a &&
			i+2 < a && toks[i+1].Text == "of" {
			// So is a place of the country the walk passed, whatever
			// country it is placed in yet: "the Governor of the [Leningrad
			// Region] of the Russian Federation Alexander Drozdenko".
			c, ok, i = p.country, true, o.start
		} else if claimed && o.e.Type == chronicle.Organization && o.start < a && !holdsTitle(toks[o.start:i+1]) {
			// So is a body already found ("Commission for Racial Equality
			// chairman"), unless the recognizer ran it into the title
			// ("[Conservative Shadow] chancellor").
			if to := d.destination(s, o.start); to >= 0 {
				// "U.S. Ambassador to the U.N. Mike Waltz": the body is
				// the posting, not the envoy's; read on to the title.
				p.start, i = to, to
				continue
			}
			body := o.e
			if b := d.bodyOfInitials(toks[i].Text); body.Country == "" && b != nil {
				body = b // "MMA Governor", the short form not yet joined to its body
			}
			if p.country == "" {
				p.country, p.guessed = body.Country, body.KB == "" && !d.namesCountry(body)
			}
			orgSector, orgCode = body.Sector, body.Code
			// "Chairman of the Security Council of …": the body's office.
			orgOwns = orgOwns || o.start > 0 && toks[o.start-1].Text == "of" ||
				o.start > 1 && toks[o.start-1].Text == "the" && toks[o.start-2].Text == "of"
			p.start, i = o.start, o.start
			continue
		} else if j, cc, found := d.placeEndingAt(s, i); found {
			// So is a country's name of several words.
			c, ok, i = cc, true, j
		} else if j, org, found := d.orgEndingAt(s, i); found {
			// And a body's ("Lib Dem MP", "Scottish National Party
			// leader").
			if to := d.destination(s, j); to >= 0 {
				p.start, i = to, to
				continue
			}
			if p.country == "" {
				p.country = staffCountry(org)
			}
			orgSector, orgCode = org.Sector, org.Code
			p.start, i = j, j
			continue
		}
		if !ok && !claimed && len(p.titles) > 0 && localOffices[p.titles[len(p.titles)-1]] {
			// "Ryazan Governor Pavel Malkov", "Lviv Mayor Andriy Sadovyi": a
			// region or city before a local office is its seat.
			c, ok = d.officeSeatCountry(w)
		}
		if ok && len(p.titles) == 0 && i >= 2 && toks[i-1].Text == "of" && governmentNouns[strings.ToLower(toks[i-2].Text)] {
			// "… of the interim government of Afghanistan Amir Khan
			// Muttaqi": the government's country is the name's.
			if p.country == "" {
				p.country = c
			}
			break
		}
		if k := i - 1; ok && len(p.titles) == 0 && i >= 3 {
			if toks[k].Text == "the" {
				k--
			}
			if toks[k].Text == "of" && !d.isTitleWord(toks[k-1].Text) {
				if f := portfolioField(toks, k-1, true); f >= 0 {
					// "The Minister of Ecology, Environmental Protection
					// and Climate Change of the Republic of Uzbekistan Aziz
					// Abdukhakimov": a minister's portfolio, then the
					// country; read on to the title.
					if p.country == "" {
						p.country = c
					}
					p.start, i = f, f
					continue
				}
				if k == i-1 {
					// "the Armed Forces of [Ukraine] Oleksandr Syrskyi":
					// the place ends another phrase, of a body, not the
					// name's.
					break
				}
			}
		}
		if ok && len(p.titles) == 0 && d.afterLocative(s, i) && d.sents[s].Tokens[i-1].Text != "to" {
			if c, ok := d.envoyOfCountryBefore(s, i-2); ok {
				// "The Ambassador of Iran in Moscow Kazem Jalali": the
				// posting; the envoy is of the country before it.
				if p.country == "" {
					p.country = c
				}
				p.start, i = i-1, i-1
				continue
			}
			if d.titleOfBodyBefore(s, i-2) {
				// "Professor of the Faculty of Economics in Belgrade
				// Jelena Milosavljevic": the body's seat; read on past
				// "in" to the title.
				if p.country == "" {
					p.country = c
				}
				p.start, i = i-1, i-1
				continue
			}
			// "received in Abu Dhabi Narendra Modi, Prime Minister of
			// India": where the name stands, not whose it is.
			break
		}

		if ok {
			if to := d.destination(s, i); to >= 0 {
				// "Ambassador to the United States X": the posting is
				// not X's country; read on to the title before "to".
				p.start, i = to, to
				continue
			}
			if p.country == "" || p.start == i+1 && ethnicDemonyms[toks[i+1].Text] {
				// "Bosnian Serb leader Milorad Dodik": a people living in
				// another state is of the state named before it.
				p.country = c
			}
			p.start = i
			continue
		}
		if org, ok := d.r.kb.Org(w); ok && !isDeterminer(w) && org.Type != "NORP" {
			if sharedOrgNames[w].sector != "" {
				// "Labour leader Chris Hipkins" of a New Zealand story:
				// the party of the story's country.
				if e := d.nationalBody(w, s, i); e != nil {
					org = kb.Org{Name: e.Name, Country: e.Country, Sector: e.Sector, Code: e.Code}
				}
			}
			if to := d.destination(s, i); to >= 0 {
				// "Permanent Representative of Russia to the UN X": the
				// body posted to is not X's.
				p.start, i = to, to
				continue
			}
			if p.country == "" {
				p.country = staffCountry(org)
			}
			orgSector, orgCode = org.Sector, org.Code
			p.start = i
			continue
		}
		if e := d.bodyOfInitials(w); e != nil && len(p.titles) > 0 && !claimed {
			// "MMA Governor Ahmed Munawar" after "the Maldives Monetary
			// Authority (MMA)", whose short form is linked later.
			if p.country == "" {
				p.country = e.Country
			}
			orgSector, orgCode = e.Sector, e.Code
			p.start = i
			continue
		}
		if institutionHeads[w] == chronicle.Organization && len(p.titles) > 0 {
			// "Ministry spokesperson Mao Ning" after "China's Foreign
			// Ministry": the one body named before whose name holds the word.
			if e := d.orgCalled(w); e != nil && e.Country != "" {
				if p.country == "" {
					p.country = e.Country
				}
				orgSector, orgCode = e.Sector, e.Code
				p.start = i
				continue
			}
		}
		if partyWords[w] && len(p.titles) > 0 {
			// "Socialist leader Olivier Faure": a party's leader, of the
			// country the story is about.
			orgSector = "PTY"
			p.start = i
			continue
		}
		if c, ok := partyCountry[w]; ok {
			// "Conservative leader Kemi Badenoch", "Democratic leader
			// Hakeem Jeffries": a party's leader, of the party's country,
			// unless the story is about another that has such a party
			// ("Progressive Conservative Leader Doug Ford" in Ontario), or
			// the story never names the party's country ("Conservative
			// Evelyn Matthei" in a story about Chile).
			if main := d.storyCountry(); main != "" && main != c && !d.mainlyAbout(c) && (partyHomes[w][main] || !d.storyNames(c)) {
				c = main
			}
			if p.country == "" {
				p.country = c
			}
			orgSector = "PTY"
			p.start = i
			continue
		}
		if (lw == "its" || lw == "their") && len(p.titles) > 0 {
			// "Its co-leader Alice Weidel" after "the far-right
			// Alternative for Germany (AfD)": the body named last, not the
			// agency the dateline credits.
			if e := d.lastBodyBefore(s, i, func(e *entity) bool { return !d.creditedWire(e) }); e != nil {
				orgSector, orgOwns, orgCode = e.Sector, e.Sector != "", e.Code
				if p.country == "" {
					p.country = e.Country
				}
			}
			break
		}
		if isPossessive(w) && i > 0 {
			// "Milei's spokesman Manuel Adorni": the spokesman is of the
			// possessor's country; the possessor is no part of the title.
			// So is a body's: "The Scottish Green Party's health
			// spokeswoman" speaks for a party.
			o, owned := d.owner[[2]int{s, i - 1}]
			if !owned && i >= 2 && strings.EqualFold(toks[i-2].Text, "the") {
				// "the group's military spokesman": the body the text
				// last named that such a noun can stand for.
				if e := d.bodyCalled(s, i-1); e != nil {
					o, owned = owner{e: e}, true
				}
			}
			if owned && o.e.Type == chronicle.Organization {
				// "Hamas's chief negotiator": the body's office, whatever
				// the title alone would say.
				orgSector, orgOwns, orgCode = o.e.Sector, o.e.Sector != "", o.e.Code
			}
			if p.country == "" {
				// And a country's: "Japan's ambassador".
				if owned && (o.e.Type == chronicle.Person || o.e.Type == chronicle.Organization || o.e.Type == chronicle.GeoPolitical) {
					p.country = o.e.Country
				} else if e := d.personWithSurname(toks[i-1].Text); e != nil {
					p.country = e.Country
				} else if _, c, ok := d.placeEndingAt(s, i-1); ok && !owned {
					// "South Sudan's suspended First Vice President": a
					// country the recognizer missed.
					p.country = c
				}
			}
			break
		}
		if (w == "-" || w == "–") && i > 0 && i+1 < a {
			// "Secretary-General", split by the tokenizer: walk on to the
			// title word before the hyphen.
			if _, ok := titleSector(strings.ToLower(toks[i-1].Text)); ok {
				p.start = i
				continue
			}
			// "Israel's far-right National Security Minister": a compound
			// adjective in lower case, joined by the hyphen.
			if len(p.titles) > 0 && isLowerWord(toks[i-1].Text) && isLowerWord(toks[i+1].Text) &&
				toks[i].Start == toks[i-1].End && toks[i+1].Start == toks[i].End {
				p.start = i
				continue
			}
		}
		if lowerRanks[w] || callingsBeforeNames[w] && i == a-1 {
			// "English captain Harry Kane", "a major donor": in lower
			// case these words are no military rank.
			p.titles = append(p.titles, "lower "+w)
			titleAt = append(titleAt, i)
			p.start = i
			continue
		}
		if len(p.titles) > 0 && isCapitalized(w) {
			// "U.S. Mideast envoy", "EU Middle East envoy": a world region
			// the post covers, which says nothing of the country.
			j := i
			if i > 0 && isCapitalized(toks[i-1].Text) {
				if ar, ok := d.r.kb.Area(toks[i-1].Text + " " + w); ok && ar.Country == "" && !ar.County {
					j = i - 1
				}
			}
			if ar, ok := d.r.kb.Area(d.spanOf(s, j, i+1).In(d.text)); ok && ar.Country == "" && !ar.County {
				p.start, i = j, j
				continue
			}
		}
		if lw == "and" && len(p.titles) > 0 && i > 0 && !d.claimed[[2]int{s, i - 1}] &&
			(bothOneTitle(toks[i-1].Text, toks[i+1].Text) || twoMinistries(toks, i)) {
			// "Trade and Industry Secretary", "TSMC Chairman and Chief
			// Executive C.C. Wei": one office, or two of one person.
			p.start = i
			continue
		}
		if civilGenerals[lw] && len(p.titles) > 0 && p.titles[len(p.titles)-1] == "general" {
			// "Auditor General", "Inspector General": an office, no rank.
			p.titles = append(p.titles, lw)
			titleAt = append(titleAt, i)
			p.start = i
			continue
		}
		if _, ok := titleSector(lw); ok || modifierFill[lw] {
			if lw == "of" && (i == a-1 || i == 0) {
				break
			}
			if _, title := titleSector(strings.ToLower(toks[max(i-1, 0)].Text)); lw == "of" && len(p.titles) > 0 &&
				isCapitalized(toks[i-1].Text) && !title && !modifierFill[strings.ToLower(toks[i-1].Text)] {
				// "the HRPP of former prime minister Tuila'epa": the
				// body before "of" is the person's, no part of the title.
				break
			}
			p.titles = append(p.titles, lw)
			titleAt = append(titleAt, i)
			p.start = i
			continue
		}
		if _, title := text.TitleWord(toks[max(i-1, 0)].Text); lw == "for" && len(p.titles) > 0 && i > 0 && title {
			// "spokeswoman for women Sandra Gidley", "minister for sport
			// Hugh Robertson": the field is part of the title.
			p.start = i
			continue
		}
		if lw == "the" && i >= 2 && strings.EqualFold(toks[i-1].Text, "of") {
			// "Secretary of the Security Council of Russia": walk on
			// over "of the" to the title.
			if _, title := titleSector(strings.ToLower(toks[i-2].Text)); title {
				p.start = i
				continue
			}
			if o, placed := d.owner[[2]int{s, i - 2}]; placed && p.country != "" &&
				(o.e.Type == chronicle.GeoPolitical || o.e.Type == chronicle.Location) {
				// "Governor of the Leningrad Region of the Russian
				// Federation": walk on over "of the" to the region.
				p.start = i
				continue
			}
			// "Minister of Foreign Affairs of the Democratic People's
			// Republic of Korea Choe Son Hui": over the portfolio too,
			// one of several fields ("Minister of Digital Development and
			// Transport of the Republic of Azerbaijan Rashad Nabiyev").
			k := i - 2
			for k > 0 && (capitalWord(toks[k].Text) && modifierFill[strings.ToLower(toks[k].Text)] ||
				(toks[k].Text == "and" || toks[k].Text == ",") && k < i-2 && capitalWord(toks[k-1].Text)) {
				k--
			}
			if _, title := titleSector(strings.ToLower(toks[max(k-1, 0)].Text)); k < i-2 && k >= 1 && toks[k].Text == "of" && title {
				p.start = i
				continue
			}
		}
		if len(p.titles) > 0 && i > 0 && isCapitalized(w) && strings.EqualFold(toks[i-1].Text, "chief") {
			p.start = i // "Chief Financial Officer": on to "Chief"
			continue
		}
		if w == "Staff" && i > 0 && (d.isTitleWord(toks[i-1].Text) || toks[i-1].Text == "of") {
			p.start = i // "Chief of the General Staff Valery Gerasimov": on to "General"
			continue
		}
		up := toks[i].UPOS
		lower := w != "" && w[0] >= 'a' && w[0] <= 'z'
		if lower && (up == "NOUN" || up == "ADJ") && len(p.titles) > 0 && !styleBefore(toks[i+1].Text) && !reportVerbs[w] {
			// (not "“…,” - emphasised President Serdar Berdimuhamedov", a
			// cue the tagger took for an adjective)
			p.start = i
			continue
		}
		if lower && up == "NOUN" && i == a-1 && d.countryWordLeads(s, i) {
			// "the French philosopher Bernard-Henri Levy": a calling no
			// title list holds, after a country's word.
			p.start = i
			continue
		}
		if lower && toks[i].XPOS == "VBN" && len(p.titles) > 0 && i > 0 && (isPossessive(toks[i-1].Text) || isDeterminer(toks[i-1].Text)) {
			p.start = i // "South Sudan's suspended First Vice President", "the ousted president"
			continue
		}
		if len(p.titles) > 0 && i == p.start-1 && i > 0 && isCapitalized(w) && isWordToken(w) && !d.claimed[[2]int{s, i}] &&
			(d.knownBody(toks[i-1].Text) || d.isDemonym(toks[i-1].Text)) {
			// "EU Enlargement Commissioner Marta Kos": a portfolio between
			// a body or a country's word and the title; read on to them.
			p.start = i
			continue
		}
		break
	}
	// "of" joins title words ("Secretary of State"); after a common noun
	// it ends the title ("in police custody of blogger Albert Ojwang").
	for j := a - 1; j > p.start; j-- {
		if lw := strings.ToLower(toks[j].Text); lw == "of" {
			prev := toks[j-1].Text
			if _, title := titleSector(strings.ToLower(prev)); !title && !modifierFill[prev] && prev != "" && prev[0] >= 'a' && prev[0] <= 'z' {
				p.start = j + 1
				break
			}
		}
	}
	// Do not start on a bare "of", nor on a common noun before one ("part
	// of Prime Minister Rishi Sunak's plan"): neither is the title.
	for p.start < a {
		w := toks[p.start].Text
		lw := strings.ToLower(w)
		_, title := titleSector(lw)
		switch {
		case lw == "of":
			p.start++
			continue
		case w == lw && !title && !modifierFill[lw] && p.start+1 < a && strings.EqualFold(toks[p.start+1].Text, "of"):
			p.start += 2
			continue
		}
		break
	}
	for p.start < a && p.start >= 1 && toks[p.start-1].End == toks[p.start].Start &&
		(toks[p.start-1].Text == "-" || toks[p.start].Text == "-") {
		// "the commander-in-chief Oleksandr Syrskyi", which the tokenizer
		// split: the phrase opens where the hyphened word does.
		p.start--
	}
	for k, at := range titleAt {
		if at < p.start {
			p.titles = p.titles[:k]
			break
		}
	}
	// "the Office of the President Andriy Yermak": a title right after
	// "of the" or "to the" is another's office, which the name follows;
	// the name has no title of its own here.
	if len(titleAt) > 0 && titleAt[0] == p.start && p.start >= 3 && strings.EqualFold(toks[p.start-1].Text, "the") &&
		(toks[p.start-2].Text == "of" || toks[p.start-2].Text == "to") && len(p.titles) == 1 &&
		isCapitalized(toks[p.start-3].Text) && !d.isTitleWord(toks[p.start-3].Text) {
		// One who works in a president's office is a state official.
		p.titles, p.start = []string{"aide"}, a // not "the first case is of the mayor Luca Pastorino"
	}
	if p.start >= 2 && p.start < a && strings.EqualFold(toks[p.start-1].Text, "the") &&
		(toks[p.start-2].Text == "to" || toks[p.start-2].Text == "with") && interviewers[strings.ToLower(toks[p.start].Text)] {
		// "said to the correspondent of Kazinform Markus Lindqvist": the
		// one who spoke to the reporter, as translated agency copy puts
		// it; the title is the reporter's.
		return phrase{start: a}
	}
	if p.country == "" && slices.ContainsFunc(p.titles, func(t string) bool { return localOffices[t] }) {
		p.country = d.frontedSeat(s, p.start) // "In Texas, Governor Greg Abbott"
	}
	if p.country == "" && slices.Contains(p.titles, "secretary") && d.americanPost(d.spanOf(s, p.start, a).In(d.text)) {
		p.country = "USA" // "Army Secretary Dan Driscoll" in a story from Geneva
	}
	p.sector = sectorOf(p.titles)
	// A chairman or founder is of whatever the body is: "Countryside
	// Alliance chairman" heads a campaign group, not a firm.
	// So is a rebel group's or a gang's commander or spokesman: "SDF
	// commander Mazloum Abdi" is a rebel, not a soldier.
	if orgSector != "" && (orgOwns || p.sector == "" || p.sector == "BUS" || allGeneric(p.titles) ||
		orgSector == "REB" || orgSector == "CRM" || orgSector == "IGO" || p.sector == "GOV" && !stateSectors[orgSector]) &&
		p.sector != "ELI" && p.sector != "OPP" {
		// "FIFA President Gianni Infantino", "ASEAN Secretary-General Kao
		// Kim Hourn": a body outside government has its own presidents.
		p.sector = orgSector // not over "former" (ELI) or "shadow" (OPP)
	}
	if p.sector == "IGO" && orgSector == "IGO" {
		p.code = orgCode // "The European Union's climate commissioner": the EU's
	}
	return p
}

// schoolWords follow a country's word in the names of schools and the like
// that stand abroad: "the American University of Beirut", "the British
// School at Rome".
var schoolWords = map[string]bool{"University": true, "College": true, "School": true, "Institute": true,
	"Hospital": true, "Academy": true, "Museum": true, "Library": true}

// countryWordLeads tells whether a country's word stands before token i
// of sentence s with at most two lower-case words between, after an
// article or at the sentence's start: "the French [philosopher]", "a
// Russian cryptocurrency [kingpin]".
func (d *doc) countryWordLeads(s, i int) bool {
	toks := d.sents[s].Tokens
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if _, ok := d.placeCountry(toks[j].Text); ok {
			return j == 0 || isDeterminer(toks[j-1].Text) || isPossessive(toks[j-1].Text) || toks[j-1].Text == ","
		}
		if !isLowerWord(toks[j].Text) {
			return false
		}
	}
	return false
}

// bothOneTitle tells whether the words either side of "and" in a title
// join into one person's title: two fields of one portfolio ("Work and
// Pensions Secretary") or a firm's two top posts ("Chairman and Chief
// Executive"). Two offices proper are two people: "the prime minister and
// Chancellor Gordon Brown", "the Queen and Prince Philip".
func bothOneTitle(before, after string) bool {
	lb, la := strings.ToLower(before), strings.ToLower(after)
	if _, title := titleSector(lb); modifierFill[lb] && !title {
		return true
	}
	switch lb {
	case "chairman", "chairwoman", "president", "founder", "owner":
		return la == "chief" || la == "ceo" || la == "managing"
	}
	return false
}

// twoMinistries tells whether the "and" at token i joins two ministers'
// posts in capitals, the first of two words or more, that one person holds:
// "Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar". Not "the
// Queen and Prince Philip", nor "the prime minister and Chancellor Gordon
// Brown".
func twoMinistries(toks []chronicle.Token, i int) bool {
	if i < 2 || i+2 >= len(toks) {
		return false
	}
	before := toks[i-1].Text
	if before != "Minister" && before != "Secretary" || !capitalWord(toks[i-2].Text) || !capitalWord(toks[i+1].Text) {
		return false
	}
	_, title := titleSector(strings.ToLower(toks[i-2].Text))
	return title || modifierFill[strings.ToLower(toks[i-2].Text)]
}

// holdsTitle reports whether a recognized body's words hold a title word
// proper, as when the recognizer ran a body into a title ("[Conservative
// Shadow] chancellor"); "Foreign Ministry" holds none.
func holdsTitle(toks []chronicle.Token) bool {
	for _, t := range toks {
		if _, ok := text.TitleWord(t.Text); ok || strings.EqualFold(t.Text, "shadow") {
			return true
		}
	}
	return false
}

// theTown reports a word that names only towns called "The" and it ("The
// Valley", Anguilla's capital): inside a longer name it is a common word.
func (d *doc) theTown(w string) bool {
	cities := d.r.kb.Cities(w)
	return len(cities) > 0 && !slices.ContainsFunc(cities, func(c kb.City) bool { return !strings.HasPrefix(c.Name, "The ") })
}

// styleBefore reports a courtesy title or a peer's style ("Mr", "Lord
// Goldsmith"): a lowercase word before one is not part of the title, as in
// "a probe into claims Lord Goldsmith's statement was drawn up".
func styleBefore(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl":
		return true
	}
	return text.Honorific(w)
}

// allGeneric tells whether no title word gives a sector of its own: each
// is generic (a spokesman, a chief) or signals none (Lord, Prime).
func allGeneric(titles []string) bool {
	for _, w := range titles {
		t, _ := text.TitleWord(w)
		if s, _ := titleSector(w); s != "" && !t.Generic {
			return false
		}
	}
	return true
}

// sectorOf is the sector of the title word nearest the name.
func sectorOf(titles []string) string {
	if slices.Contains(titles, "former") && !slices.ContainsFunc(titles, func(t string) bool {
		return callingsBeforeNames[strings.TrimPrefix(t, "lower ")] // not "former royal chef Nick Wood"
	}) {
		return "ELI" // "former White House adviser": out of office, as CAMEO codes ex-officials
	}
	if slices.Contains(titles, "shadow") || slices.Contains(titles, "opposition") {
		return "OPP" // "shadow home secretary", "opposition leader": the opposition's
	}
	if slices.Contains(titles, "senate") || slices.Contains(titles, "congressional") || slices.Contains(titles, "parliamentary") {
		return "LEG" // "Senate Majority Leader": a legislature's office
	}
	if cSuite(titles) {
		return "BUS"
	}
	if slices.Contains(titles, "representative") && (slices.Contains(titles, "permanent") || slices.Contains(titles, "trade")) {
		return "GOV" // a "Permanent Representative" to a body, a "Trade Representative": posts of government
	}
	if s := bodyCueSector(titles); s != "" {
		return s
	}
	for i, t := range titles { // nearest the name first: the head of a title before a name
		if (t == "general" || t == "gen.") && (i+1 < len(titles) && civilGenerals[titles[i+1]] || i > 0 && civilGenerals[titles[i-1]]) {
			return "GOV" // "Director General", "Attorney General": no soldier
		}
		if s, _ := titleSector(t); s != "" {
			return s
		}
	}
	return ""
}

// modifiesNonTitle tells whether the title word at token i of sentence s is
// "chief" before a noun that is no title: a "chief investment strategist"
// or "chief economist" is no official.
func (d *doc) modifiesNonTitle(s, i int) bool {
	toks := d.sents[s].Tokens
	if !strings.EqualFold(toks[i].Text, "chief") || i+1 >= len(toks) || !isLowerWord(toks[i+1].Text) || toks[i+1].Text == "of" {
		return false
	}
	// A title word may follow a modifier or two: "chief financial officer".
	for j := i + 1; j < len(toks) && j-i <= 3 && isLowerWord(toks[j].Text) && !titleConnectors[toks[j].Text]; j++ {
		if _, title := titleSector(toks[j].Text); title {
			return false
		}
	}
	return true
}

// cSuite tells whether titles name a company's officer: "chief financial
// officer", "Chief Operating Officer", not a soldier.
func cSuite(titles []string) bool {
	return slices.Contains(titles, "officer") && slices.Contains(titles, "chief")
}

// headSector is the sector of titles written after a name, in text order:
// that of the last specific title word, the phrase's head ("the software
// giant's chief executive" is an executive, a "former editor-in-chief" an
// editor), else of the last generic one ("the UN human rights chief").
func headSector(titles []string) string {
	if cSuite(titles) {
		return "BUS"
	}
	r := reversed(titles)
	if s := bodyCueSector(r); s != "" {
		return s // "the union's president"
	}
	var specific []string
	for _, t := range titles {
		if tw, ok := text.TitleWord(t); ok && !tw.Generic {
			specific = append(specific, t) // a title word, not a cue ("union-backed")
		}
	}
	return cmp.Or(sectorOf(reversed(specific)), sectorOf(r))
}

// lowerRanks are military ranks that, written in lower case, name a role
// outside the forces.
var lowerRanks = map[string]bool{"captain": true, "major": true}

// callingsBeforeNames are trades and roles written in lower case right
// before a name, which say no sector but let the country before them reach
// it: "English defender Kyle Walker", "Tunisia's coach Nabil Maaloul",
// "Nigerian novelist Chimamanda Ngozi Adichie".
var callingsBeforeNames = map[string]bool{"coach": true, "defender": true, "striker": true, "goalkeeper": true,
	"midfielder": true, "winger": true, "footballer": true, "cricketer": true, "athlete": true, "sprinter": true,
	"runner": true, "swimmer": true, "cyclist": true, "boxer": true, "golfer": true, "player": true, "star": true,
	"singer": true, "actor": true, "actress": true, "author": true, "writer": true, "novelist": true, "poet": true,
	"artist": true, "filmmaker": true, "musician": true, "rapper": true, "comedian": true, "chef": true,
	"designer": true, "architect": true, "scientist": true, "engineer": true, "historian": true, "expert": true,
	"jockey": true, "strategist": true, "economist": true, "analyst": true, "politician": true, "businessman": true,
	"businesswoman": true, "dissident": true, "blogger": true}

// civilGenerals are the words before "general" in civilian titles.
var civilGenerals = map[string]bool{"director": true, "secretary": true, "attorney": true, "surgeon": true,
	"inspector": true, "solicitor": true, "governor": true, "postmaster": true, "auditor": true,
	"consul": true, "procurator": true, "comptroller": true}

// nameEndingAt finds the longest run of two to four words ending at token
// i of sentence s that match accepts ("United States", "Lib Dem"),
// returning its first token, or -1.
func (d *doc) nameEndingAt(s, i int, match func(name string) bool) int {
	for n := min(4, i+1); n >= 2; n-- {
		if match(d.spanOf(s, i-n+1, i+1).In(d.text)) {
			return i - n + 1
		}
	}
	return -1
}

// placeEndingAt finds a country or region named by several words ending at
// token i.
// nameStartingAt finds the longest run of one to four words starting at
// token a of sentence s, before token end, that match accepts, returning
// its length, or 0.
func (d *doc) nameStartingAt(s, a, end int, match func(name string) bool) int {
	for n := min(4, end-a); n >= 1; n-- {
		if match(d.spanOf(s, a, a+n).In(d.text)) {
			return n
		}
	}
	return 0
}

func (d *doc) placeEndingAt(s, i int) (start int, country string, ok bool) {
	start = d.nameEndingAt(s, i, func(name string) bool {
		if c, ok := d.countryNamed(name); ok {
			country = c.ISO3
			return true
		}
		// A region of several words: "the head of the Chechen Republic".
		country, ok = d.r.kb.Region(name)
		return ok
	})
	return start, country, start >= 0
}

// orgEndingAt finds a KB organisation named by several words ending at
// token i.
func (d *doc) orgEndingAt(s, i int) (start int, org kb.Org, ok bool) {
	start = d.nameEndingAt(s, i, func(name string) bool { org, ok = d.r.kb.Org(name); return ok })
	if start < 0 {
		return start, org, false
	}
	a := start
	if isDeterminer(d.sents[s].Tokens[a].Text) {
		a++ // "the Republican Party"
	}
	if name := d.spanOf(s, a, i+1).In(d.text); sharedOrgNames[name].sector != "" {
		// "the opposition Democratic Party" of an Italian story is Italy's.
		if e := d.nationalBody(name, s, a); e != nil {
			org = kb.Org{Name: e.Name, Country: e.Country, Sector: e.Sector, Code: e.Code}
		}
	}
	return start, org, true
}

// placeCountry tells whether a word names a country, a nationality or a
// capital, and which country.
func (d *doc) placeCountry(w string) (string, bool) {
	if !isCapitalized(w) {
		return "", false
	}
	if c, ok := d.r.kb.CountryByDemonym(w); ok {
		return c.ISO3, true
	}
	if c, ok := d.countryNamed(w); ok {
		return c.ISO3, true
	}
	if cities := d.r.kb.Cities(w); len(cities) > 0 {
		if c, ok := d.r.kb.Country(cities[0].Country); ok && (d.isCapital(c, cities[0]) || strings.EqualFold(c.Capital, w)) {
			return c.ISO3, true
		}
	}
	return "", false
}

// americanSecretaries are the departments whose heads news calls "the Army
// Secretary", "Commerce Secretary": cabinet posts of the United States, and,
// under the same names, of the countries in secretaryStyles.
var americanSecretaries = []string{"army", "navy", "air force", "homeland security", "veterans affairs", "commerce",
	"interior", "labor", "transportation", "energy", "agriculture", "education", "health and human services",
	"housing and urban development", "hud"}

// secretaryStyles are the countries whose ministers or senior officials
// also go by "Interior Secretary", "Energy Secretary" and the like.
var secretaryStyles = []string{"GBR", "PHL", "MEX", "IND", "PAK", "BGD", "LKA", "NPL", "AUS", "HKG"}

// americanPost tells whether title, the words before a name, is a post of
// the United States cabinet ("Commerce Secretary") in a story that names
// the United States and none of the other countries with such posts.
func (d *doc) americanPost(title string) bool {
	title = strings.ToLower(title)
	if !slices.ContainsFunc(americanSecretaries, func(dep string) bool {
		return strings.HasSuffix(title, dep+" secretary") || strings.HasSuffix(title, "secretary of "+dep) ||
			strings.HasSuffix(title, "secretary of the "+dep)
	}) {
		return false
	}
	return d.storyNames("USA") && !slices.ContainsFunc(secretaryStyles, d.storyNames)
}

// frontedSeat is the country of the region or city a sentence opens on
// ("In Texas,") when the title phrase starting at token start follows its
// comma: the seat of a local office, which the place names. "" otherwise.
func (d *doc) frontedSeat(s, start int) string {
	toks := d.sents[s].Tokens
	if start < 3 || toks[start-1].Text != "," || !strings.EqualFold(toks[0].Text, "in") {
		return ""
	}
	if o, ok := d.owner[[2]int{s, 1}]; ok && o.start == 1 && o.e.Type == chronicle.GeoPolitical &&
		d.owner[[2]int{s, start - 2}] == o {
		return o.e.Country
	}
	c, _ := d.officeSeatCountry(d.spanOf(s, 1, start-1).In(d.text))
	return c
}

// localOffices are the titles held in a region or city, whose name may
// stand before them: "Ryazan Governor", "Ontario Premier".
var localOffices = map[string]bool{"governor": true, "mayor": true, "premier": true, "prefect": true, "councillor": true}

// officeSeatCountry is the country of the first-level division or city called w,
// the city by far the largest of that name and of 50,000 people or more.
func (d *doc) officeSeatCountry(w string) (string, bool) {
	if !isCapitalized(w) {
		return "", false
	}
	if c, ok := d.r.kb.Region(w); ok {
		return c, true
	}
	if cities := d.r.kb.Cities(w); len(cities) > 0 && cities[0].Population >= 50000 && d.outweighs(cities) {
		return cities[0].Country, true
	}
	return "", false
}

// joinWords joins the words of a name with spaces, but a possessive's
// "'s", which the tokenizer splits off, to the word before it: "People's
// Republic of China".
func joinWords(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && w != "'s" && w != "’s" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// routeWords splits the hyphened words of a works' name that join two
// places, so that countryInside sees them: "Mombasa-Nairobi Standard Gauge
// Railway", "Laos-China Railway"; not a people's words ("Pan-American
// Highway", "Syrian-Lebanese").
func (d *doc) routeWords(words []string) []string {
	var out []string
	for _, w := range words {
		a, b, ok := strings.Cut(w, "-")
		if !ok || !isCapitalized(a) || !isCapitalized(b) || strings.Contains(b, "-") || d.isDemonym(a) || d.isDemonym(b) {
			out = append(out, w)
			continue
		}
		out = append(out, a, b)
	}
	return out
}

// countryInside finds a country named inside an organisation's or event's
// name: "Munich Security Conference" is German, "Russian Orthodox Church"
// Russian. Only the first word may be a city, and a large one; none in a
// town's own name (withCities false): "Kota Belud" is no part of Kota.
func (d *doc) countryInside(words []string, withCities bool) string {
	if a, ok := d.r.kb.Area(strings.Join(words, " ")); ok {
		return a.Country // "North America" is no country's; "Darfur" Sudan's
	}
	if i, j, ok := d.fieldInName(words); ok {
		// "Taiwan Affairs Office", "Institute of Taiwan Studies", "Office
		// for Kosovo and Metohija": the place is the body's field, not
		// its country; the rest of the name may still say whose it is
		// ("Brussels Institute for Gulf Studies").
		return d.countryInside(append(words[:i:i], words[j:]...), withCities)
	}
	// A country's name or word opening the name: "US District Court for
	// the Northern District of Illinois" is American, whatever district
	// of Israel its words spell.
	if len(words) > 2 && (words[1] == "State" || words[1] == "Province" || words[1] == "Region") {
		// "Niger State Emergency Management Agency": the body of a
		// division named like a country is the division's country's.
		if c, ok := d.namedDivision(words[0] + " " + words[1]); ok {
			return c
		}
	}
	if len(words) > 1 {
		if c, ok := d.countryNamed(words[0]); ok {
			return c.ISO3
		}
		if c, ok := d.r.kb.CountryByDemonym(words[0]); ok {
			return c.ISO3
		}
	}
	// Names of several words first, the longest first: "Northern Ireland
	// Assembly" is British, "University of North Carolina" American, and
	// "Ministry of Foreign Affairs of the People's Republic of China"
	// Chinese, not of the "Republic of China".
	for n := min(6, len(words)); n >= 2; n-- {
		for i := 0; i+n <= len(words); i++ {
			name := joinWords(words[i : i+n])
			if !isCapitalized(name) {
				continue
			}
			if c, ok := d.countryNamed(name); ok {
				return c.ISO3
			}
			if c, ok := d.r.kb.Region(name); ok {
				return c
			}
		}
	}
	for i, w := range words {
		if w == "States" && len(words) > 1 || d.theTown(w) || i > 0 && regionOfAmericas(words[i-1], w) {
			// "the States" is America; "Organization of Turkic States"
			// is not. Nor is "Silicon Valley" Anguilla's The Valley, nor
			// the "Central American Security Observatory" American.
			continue
		}
		if c, ok := d.placeCountry(w); ok {
			return c
		}
	}
	if len(words) < 2 {
		return ""
	}
	// A state or province ("Ontario Ghostbusters"), else the largest city
	// named ("Metro Toronto Convention Centre": Toronto, not the town of
	// Metro).
	for _, w := range words {
		// Not "Delta" of "Mekong Delta", Nigeria's Delta State: a
		// feature's word names no division.
		if c, ok := d.r.kb.Region(w); ok && isCapitalized(w) && !capitalParticles[w] && !naturalFeatures[w] && !regionWords[w] &&
			!plainWordRegions[w] {
			return c
		}
	}
	if !withCities {
		return ""
	}
	best, most := "", 100000-1
	for _, w := range words {
		if !isCapitalized(w) || capitalParticles[w] || naturalFeatures[w] || regionWords[w] {
			continue // not "Van" of "Van Thinh Phat Group", a Turkish city, nor Delta, British Columbia
		}
		if cities := d.r.kb.Cities(w); len(cities) > 0 && cities[0].Population > most && !d.theTown(w) {
			// Of the cities so named, one of a country the story names;
			// else only a name of one country's cities, or a city too
			// large to mistake ("Durham Cathedral" in a British story is
			// not in Durham, North Carolina).
			c := d.pickCity(cities)
			if !strings.EqualFold(c.Name, w) && !strings.EqualFold(c.ASCII, w) && !d.storyNames(c.Country) {
				continue // "Lion Peak Garments" is no body of Lyon, whose other names "Lion" is
			}
			// A name only one country's towns bear counts unless the story
			// is about another country and never names this one: the
			// "Mobile Brigade Corps" of an Indonesian story is no body of
			// Mobile, Alabama.
			oneCountry := !slices.ContainsFunc(cities, func(o kb.City) bool { return o.Country != c.Country })
			if main := d.storyCountry(); oneCountry && main != "" && main != c.Country {
				oneCountry = false
			}
			if oneCountry || d.storyNames(c.Country) || c.Population >= minCityOverRegion {
				best, most = c.Country, cities[0].Population
			}
		}
	}
	return best
}

// plainWordRegions are first-level divisions named by a plain English
// word, which in a body's name is that word: Togo's Maritime region is not
// in the "Japan Maritime Self-Defense Force", nor Somalia's Bay region in
// a "Bay Area Council".
var plainWordRegions = map[string]bool{"Maritime": true, "Capital": true, "Central": true, "Centre": true, "Center": true,
	"Delta": true, "East": true, "Eastern": true, "North": true, "Northern": true, "South": true, "Southern": true,
	"West": true, "Western": true, "Bay": true, "Lakes": true, "Plateau": true, "Oriental": true, "Littoral": true}

// titleFits tells whether the title words and country the text gives a name
// agree with a KB office: the country must not conflict, and a title word
// must occur in the office's name, or, with no title words, the country
// must match.
func titleFits(titles []string, country string, o kb.Office) bool {
	if country != "" && o.Country != "" && country != o.Country {
		return false
	}
	if len(titles) == 0 {
		return country != "" && country == o.Country
	}
	names := strings.Fields(strings.ToLower(o.Title + " " + o.Local))
	for _, n := range names {
		// "secretary-general" is a secretary's office too; a
		// "vice-president" is no president.
		if parts := strings.Split(n, "-"); len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return notTheOffice[p] }) {
			names = append(names, parts...)
		}
	}
	for _, t := range titles {
		if notTheOffice[t] && !slices.Contains(names, t) {
			return false // "the shadow chancellor" is not the chancellor
		}
	}
	if !portfolioFits(titles, names) {
		return false // a defence minister is no prime minister
	}
	for _, t := range titles {
		if modifierFill[t] && t != "treasury" && t != "foreign" && t != "defence" && t != "defense" &&
			t != "finance" && t != "interior" && t != "state" && t != "home" {
			continue
		}
		if slices.Contains(names, t) {
			return true
		}
	}
	return false
}

// notTheOffice are the words that make a title another post than the
// office it names: a shadow chancellor or a deputy prime minister is not
// the chancellor or the prime minister.
var notTheOffice = map[string]bool{"shadow": true, "deputy": true, "vice": true, "junior": true,
	"assistant": true, "under": true}

// isSubject tells whether token i, or the name it ends, is a nominal subject.
func isSubject(toks []chronicle.Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	rel := toks[i].DepRel
	if strings.HasPrefix(rel, "nsubj") {
		return true
	}
	// The possessor of a subject is as salient: "Bolsonaro's lawyers said
	// they would appeal. His son …".
	if h := toks[i].Head - 1; rel == "nmod:poss" && h > i && h < len(toks) {
		return strings.HasPrefix(toks[h].DepRel, "nsubj")
	}
	// A name in apposition to a subject that only describes someone
	// names that subject ("The U.S. ambassador, Meg Whitman, left her
	// post").
	if h := toks[i].Head - 1; (rel == "appos" || bareConjunct(toks, i)) && h >= 0 && h < i && (toks[h].UPOS == "NOUN" || titleCased(toks[h].Text)) {
		// ("The Minister of the Interior, Diosdado Cabello, went
		// further": a title written with a capital, tagged PROPN.)
		if toks[h].DepRel == "nmod" {
			// "the Minister of Information, Paul Morcos, read": the
			// name hung on the office's field, whose title is the
			// subject.
			if hh := toks[h].Head - 1; hh >= 0 && hh < h && (toks[hh].UPOS == "NOUN" || titleCased(toks[hh].Text)) {
				return strings.HasPrefix(toks[hh].DepRel, "nsubj")
			}
		}
		return strings.HasPrefix(toks[h].DepRel, "nsubj")
	}
	// In UD the first word of a multiword name heads it (flat, compound).
	if rel == "flat" || rel == "compound" || rel == "flat:name" {
		h := toks[i].Head - 1
		if h >= 0 && h < len(toks) && h != i {
			if bareConjunct(toks, h) && h > i || toks[h].DepRel == "appos" && h < i {
				return isSubject(toks, h) // "Diosdado" of "Diosdado Cabello" below; "Paul" of an appositive "Paul Morcos"
			}
			return strings.HasPrefix(toks[h].DepRel, "nsubj")
		}
	}
	return false
}

// bareConjunct tells whether token i is a conjunct with no conjunction of
// its own, set off by a comma after its head: "The Minister of the
// Interior, Diosdado Cabello, went further", with the name parsed as
// coordinated with the title, stands in apposition to it.
func bareConjunct(toks []chronicle.Token, i int) bool {
	h := toks[i].Head - 1
	if !strings.HasPrefix(toks[i].DepRel, "conj") || h < 0 || h >= i {
		return false
	}
	lo := i
	for j := range toks {
		if toks[j].Head-1 == i {
			if toks[j].DepRel == "cc" {
				return false
			}
			lo = min(lo, j)
		}
	}
	return lo > h+1 && (toks[lo].Text == "," || toks[lo-1].Text == ",")
}

// inLongerName reports whether word i is part of a longer capitalised name:
// a capitalised word, or "for"/"of" and one, on either side.
func inLongerName(toks []chronicle.Token, i int) bool {
	if i > 0 && isCapitalized(toks[i-1].Text) || i+1 < len(toks) && isCapitalized(toks[i+1].Text) {
		return true
	}
	return nameGoesOn(toks, i)
}

// endsLongerName tells whether a body's name found from token j ends a
// longer name the KB does not know: "Congress" of "the Ceylon Workers'
// Congress", not of "Russia's Duma" or "the US Congress".
func (d *doc) endsLongerName(s, j int) bool {
	toks := d.sents[s].Tokens
	k := j - 1
	if k >= 1 && isPossessive(toks[k].Text) {
		k--
	}
	if k < 0 || !isCapitalized(toks[k].Text) || isDeterminer(toks[k].Text) {
		return false
	}
	_, place := d.placeCountry(toks[k].Text)
	return !place && !d.knownPlace(toks[k].Text)
}

// nameGoesOn tells whether a name ending at token i goes on with "for" or
// "of" and a capitalised word: "Democratic Party for the People",
// "Commission for Racial Equality".
func nameGoesOn(toks []chronicle.Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Text != "for" && toks[i+1].Text != "of" {
		return false
	}
	return isCapitalized(toks[i+2].Text) || i+3 < len(toks) && toks[i+2].Text == "the" && isCapitalized(toks[i+3].Text)
}

// memberOf reports whether the body named from token start is introduced
// as someone's: "of the League Against Cruel Sports", "from the league".
func memberOf(toks []chronicle.Token, start int) bool {
	i := start - 1
	if i >= 0 && isDeterminer(toks[i].Text) {
		i--
	}
	if i < 0 {
		return false
	}
	switch toks[i].Text {
	case "of", "from", "at", "for":
		return true
	}
	return false
}

// appositive reads ", the head of the presidential office in Kiev," after
// token b-1 of sentence s: the country, title words and sector it gives.
func (d *doc) appositive(s, b int) phrase {
	var p phrase
	toks := d.sents[s].Tokens
	if b+1 >= len(toks) || toks[b].Text != "," {
		return p
	}
	if b+3 < len(toks) && toks[b+1].Text == "who" && leadVerbs[toks[b+2].Text] {
		// "Vladimir Medinsky, who led the Russian team,": what he leads
		// describes him as a title would.
		b += 2
	}
	first := strings.ToLower(toks[b+1].Text)
	_, region := d.r.kb.Area(toks[b+1].Text) // "Elaine Pearson, Asia director at Human Rights Watch,"
	if _, ok := titleSector(first); !ok && !isDeterminer(first) && !modifierFill[first] && !(region && b+2 < len(toks) && d.isTitleWord(toks[b+2].Text)) {
		_, place := d.placeCountry(toks[b+1].Text)
		_, body := d.r.kb.Org(toks[b+1].Text)
		if !place && !((body || d.personPossessor(s, b+1) != nil) && b+2 < len(toks) && isPossessive(toks[b+2].Text)) {
			return p // not "UNICEF's regional director", "Lee's national security adviser"
		}
	}
	orgSector, orgOwns, orgCode := "", false, ""
	nonState, nonStateSector := false, ""
	igo := false // an international body named before any country
	for i := b + 1; i < len(toks) && i-b <= 12; i++ {
		w := toks[i].Text
		lw := strings.ToLower(w)
		basedIn := lw == "based" && toks[i-1].Text == "-" // "at Jakarta-based Bank …"
		if w == "," || w == "." || w == ";" || toks[i].UPOS == "VERB" && !modifierFill[lw] && !isCapitalized(w) && !basedIn {
			if reportVerbs[lw] && (i+1 == len(toks) || toks[i+1].Text == ".") {
				// "… sent to Feroz Abbasi, the men's solicitor says.": the
				// phrase is the speaker of the sentence, not the name's.
				return phrase{}
			}
			break // not "associate" or the "Watch" of Human Rights Watch, which a tagger may read as verbs
		}
		if rest, ok := strings.CutPrefix(lw, "co-"); ok && rest != "" {
			lw = rest // "the co-leader of the far-right Alternative for Germany"
		}
		if _, ok := titleSector(lw); ok && !d.modifiesNonTitle(s, i) {
			p.titles = append(p.titles, lw)
		}
		org, isOrg := d.r.kb.Org(undotted.Replace(w)) // "the U.N. secretary-general's special envoy"
		if isOrg && (inLongerName(toks, i) || d.endsLongerName(s, i)) &&
			!(org.Sector == "IGO" && i+1 < len(toks) && isCapitalized(toks[i+1].Text) && !isCapitalized(toks[i-1].Text)) {
			// "Commission" of "Commission for Racial Equality", "Congress"
			// of "Ceylon Workers' Congress"; but "the U.N. Framework
			// Convention on Climate Change" is an organ of the UN.
			isOrg = false
		}
		if !isOrg && w == lw && len(w) > 3 && i >= 2 && toks[i-1].Text == "the" && memberOf(toks, i) {
			// "secretary general of the council": the body named before
			// whose name holds that word (the Muslim Council of Britain).
			if e := d.orgCalled(w); e != nil {
				org, isOrg = kb.Org{Name: e.Name, Country: e.Country, Sector: e.Sector, Code: e.Code}, true
			}
		}
		if !isOrg && i+1 < len(toks) && isPossessive(toks[i+1].Text) && i >= 1 && strings.EqualFold(toks[i-1].Text, "the") {
			// "Lee-Anne Mulholland, the company's global head of
			// regulatory affairs": the body named last that the noun
			// fits.
			if e := cmp.Or(d.bodyCalled(s, i), d.orgCalled(lw)); e != nil {
				// ("Teresa Ribera, the commission's executive vice
				// president": the European Commission, whose name holds
				// the noun.)
				org, isOrg = kb.Org{Name: e.Name, Country: e.Country, Sector: e.Sector, Code: e.Code}, true
			} else if sector, ok := nonStateBodies[lw]; ok {
				// "Clemens Fuest, the institute's president": not a
				// government's president, whatever the title alone says.
				nonState, nonStateSector = true, sector
			} else if sectors := bodyNouns[lw]; len(sectors) == 1 {
				// No such body nearby: the noun still says its kind.
				for sector := range sectors {
					org, isOrg = kb.Org{Sector: sector}, true
				}
			}
		}
		if sector, ok := nonStateBodies[lw]; ok && isCapitalized(w) && !isOrg && (i+1 == len(toks) || !isCapitalized(toks[i+1].Text)) {
			// "president of the National Retail Federation": a body
			// outside government, by the word its name ends on.
			k := i
			for k > b+1 && isCapitalized(toks[k-1].Text) {
				k--
			}
			if k > b+1 && introducesBody(toks, k) {
				nonState, nonStateSector = true, sector
			}
		}
		if sector, ok := nonStateBodies[lw]; ok && isCapitalized(w) && !isOrg && i+1 < len(toks) && isCapitalized(toks[i+1].Text) &&
			introducesBody(toks, i) {
			// "head of research at Jakarta-based Bank Nusantara Raya": a
			// name opening on its kind.
			nonState, nonStateSector = true, sector
		}
		start := i
		if j, o, ok := d.orgEndingAt(s, i); ok && !(j == i-1 && isDeterminer(toks[j].Text) && inLongerName(toks, i)) &&
			!(o.Sector == "PTY" && nameGoesOn(toks, i)) && !d.endsLongerName(s, j) {
			org, isOrg, start = o, true, j // not "the Commission" of "the Commission for Racial Equality"
		}
		if isOrg && orgSector == "" {
			switch {
			case memberOf(toks, start) || i+1 < len(toks) && isPossessive(toks[i+1].Text):
				// "president of the RN", "the RN's president": the
				// body's office.
				orgSector, orgOwns, orgCode = org.Sector, true, org.Code
			case genericTitleAt(toks, i+1):
				// "the Plaid Cymru leader": the body's leader.
				orgSector, orgOwns, orgCode = org.Sector, true, org.Code
			case org.Sector == "IGO" && i+1 < len(toks) && d.isTitleWord(toks[i+1].Text):
				// "the U.N. secretary-general's special envoy": an office
				// of the international body.
				orgSector, orgOwns, orgCode = org.Sector, true, org.Code
			case len(p.titles) > 0:
				orgSector, orgCode = org.Sector, org.Code
			}
		}
		if i >= 2 && toks[i-1].Text == "of" && relationNouns[strings.ToLower(toks[i-2].Text)] {
			break // "an outspoken critic of Beijing": the place is the object of the relation, not the person's own
		}
		if isOrg && org.Sector == "IGO" && p.country == "" {
			// "the United Nations special envoy for Yemen": an
			// international body's official; the place after is the
			// posting, not the official's country.
			igo = true
		}
		if i+1 < len(toks) && fieldNouns[strings.ToLower(toks[i+1].Text)] {
			continue // "a Belarus expert at the Polish Institute": the country is the field, not the person's
		}
		if p.country == "" && !igo {
			if c, ok := d.r.kb.Region(d.spanOf(s, i, min(i+2, len(toks))).In(d.text)); ok && i+1 < len(toks) && isCapitalized(toks[i+1].Text) &&
				(i+2 == len(toks) || !isCapitalized(toks[i+2].Text) && !nameParticles[toks[i+2].Text] && !capitalParticles[toks[i+2].Text]) {
				p.country = c // "the party chief of Inner Mongolia": the division named, not Mongolia
			} else if c, k, ok := d.countryOfWordsAt(s, i); ok {
				if i+k >= len(toks) || !fieldNouns[strings.ToLower(toks[i+k].Text)] {
					p.country = c // "a historian at the University of Papua New Guinea": not Guinea
				}
				i += k - 1 // (not "a professor of North Korean studies")
			} else if c, ok := d.placeCountry(w); ok && !(i+1 < len(toks) && schoolWords[toks[i+1].Text]) && !regionOfAmericas(toks[i-1].Text, w) {
				if d.destination(s, i) >= 0 && !(i+1 < len(toks) && d.isTitleWord(toks[i+1].Text)) {
					continue // "Trump's pick for ambassador to Israel": the posting, not the envoy's country (but "adviser to the US president")
				}
				p.country = c // not "the American University of Beirut"
			} else if e := d.personPossessor(s, i); e != nil {
				p.country = e.Country // "Wi Sung-lac, Lee's national security adviser"
			} else if e := d.personServed(s, i); e != nil && len(p.titles) > 0 {
				p.country = e.Country // "Massad Boulos, senior adviser to President Donald Trump"
				if e.Country == "" {
					// "spokesman for Secretary-General Antonio Guterres":
					// the international body's staff.
					orgSector, orgOwns, orgCode, igo = "IGO", true, e.Code, true
				}
			} else if isOrg {
				p.country = staffCountry(org)
			} else if c, ok := d.townOfStory(w); ok && (toks[i-1].Text == "of" || toks[i-1].Text == "in" || toks[i-1].Text == "from") {
				p.country = c // "the chief minister of Jammu and Kashmir", "a Republican from Iowa"
			}
		}
	}
	p.sector = headSector(p.titles)
	// The phrase's head is its last title word: "international justice
	// director at Human Rights Watch" is a director, of the NGO.
	headGeneric := len(p.titles) > 0 && allGeneric(p.titles[len(p.titles)-1:])
	if orgSector != "" && (orgOwns || p.sector == "" || allGeneric(p.titles) || headGeneric) {
		p.sector = orgSector // "leader of the far-right National Rally group"
	}
	if p.sector == "IGO" && orgSector == "IGO" || p.sector == "NGO" && orgSector == "NGO" && strings.HasPrefix(orgCode, "NGO") {
		p.code = orgCode // and an international NGO's staff go by its code, of no country
	}
	if nonState && orgSector == "" && (p.sector == "GOV" || p.sector == "") {
		p.sector = nonStateSector
	}
	return p
}

// regionOfAmericas tells whether "American" after prev names a region of
// the Americas, not the United States: "Central American", "Latin
// American", "South American".
func regionOfAmericas(prev, w string) bool {
	if w != "American" && w != "Americans" {
		return false
	}
	switch prev {
	case "Central", "Latin", "South", "North", "Pan", "Meso":
		return true
	}
	return false
}

// countryOfWordsAt is the country whose name or adjective of two to four
// words starts at token i of sentence s ("Papua New Guinea", "Trinidad and
// Tobago", "South African"), and the number of its words.
func (d *doc) countryOfWordsAt(s, i int) (string, int, bool) {
	toks := d.sents[s].Tokens
	if !isCapitalized(toks[i].Text) {
		return "", 0, false
	}
	if c, k := d.countryNameAt(s, i, 2, 4); k > 0 {
		return c.ISO3, k, true
	}
	for k := min(4, len(toks)-i); k >= 2; k-- {
		if c, ok := d.r.kb.CountryByDemonym(d.spanOf(s, i, i+k).In(d.text)); ok {
			return c.ISO3, k, true // "the South African who co-chaired the talks"
		}
	}
	return "", 0, false
}

// fieldNouns follow a country's name that is the field of someone's work,
// not their country: "a Belarus expert", "a China watcher".
var fieldNouns = map[string]bool{"expert": true, "analyst": true, "specialist": true, "watcher": true,
	"scholar": true, "researcher": true, "correspondent": true, "hawk": true, "studies": true}

// bodyOfInitials is the one body named so far whose initials spell the
// short form w ("MMA" for the Maldives Monetary Authority), or nil.
func (d *doc) bodyOfInitials(w string) *entity {
	if !isAcronym(w) || len(w) < 3 {
		return nil
	}
	return theOne(d.ents, func(e *entity) bool { return e.Type == chronicle.Organization && initials(e.Name) == w })
}

// relationNouns name a stance towards what follows "of": "a critic of
// Beijing" says nothing of whose the critic is.
var relationNouns = map[string]bool{"critic": true, "critics": true, "opponent": true, "opponents": true, "ally": true,
	"allies": true, "supporter": true, "supporters": true, "enemy": true, "enemies": true, "friend": true, "friends": true,
	"rival": true, "rivals": true, "foe": true, "admirer": true, "sceptic": true, "skeptic": true, "detractor": true}

// introducesBody tells whether the words before token i bring in the name
// of a body one works for: "at", "of", "of the", each perhaps followed by
// a "PLACE-based".
func introducesBody(toks []chronicle.Token, i int) bool {
	k := i
	if k >= 3 && toks[k-1].Text == "based" && toks[k-2].Text == "-" {
		k -= 3
	}
	if k >= 1 && toks[k-1].Text == "the" {
		k--
	}
	return k >= 1 && (toks[k-1].Text == "at" || toks[k-1].Text == "of")
}

// genericTitleAt tells whether token i is a lower-case title of a post any
// body has: leader, spokesman, chief.
func genericTitleAt(toks []chronicle.Token, i int) bool {
	if i >= len(toks) || !isLowerWord(toks[i].Text) {
		return false
	}
	t, ok := text.TitleWord(toks[i].Text)
	return ok && t.Generic
}

// personPossessor is the person whose name ends at token i of sentence s
// before a possessive ("Lee's"), or nil.
func (d *doc) personPossessor(s, i int) *entity {
	toks := d.sents[s].Tokens
	if i+1 >= len(toks) || !isPossessive(toks[i+1].Text) {
		return nil
	}
	if o, ok := d.owner[[2]int{s, i}]; ok && o.e.Type == chronicle.Person {
		return o.e
	}
	if _, ok := d.owner[[2]int{s, i}]; !ok && isCapitalized(toks[i].Text) {
		return d.personWithSurname(toks[i].Text) // named before, not yet linked here
	}
	return nil
}

// personServed is the person named from token i of sentence s after "to"
// or "for" ("adviser to President Donald Trump", "spokesman for
// Secretary-General Antonio Guterres"), whose country, or international
// body, a title before it serves, or nil.
func (d *doc) personServed(s, i int) *entity {
	toks := d.sents[s].Tokens
	if i == 0 || toks[i-1].Text != "to" && toks[i-1].Text != "for" {
		return nil
	}
	placed := func(e *entity) bool { return e.Country != "" || strings.HasPrefix(e.Code, "IGO") }
	if o, ok := d.owner[[2]int{s, i}]; ok {
		if o.start != i || o.e.Type != chronicle.Person || !placed(o.e) {
			return nil
		}
		return o.e
	}
	// Not read yet: a name the KB knows after the title words.
	a := i
	for a < len(toks) && (d.isTitleWord(toks[a].Text) && isCapitalized(toks[a].Text) || a > i && toks[a].Text == "-") {
		a++
	}
	b := a
	for b < len(toks) && isCapitalized(toks[b].Text) && isWordToken(toks[b].Text) {
		b++
	}
	if b-a < 2 {
		return nil
	}
	if p, ok := d.pickPerson(d.r.kb.PeopleNamed(d.spanOf(s, a, b).In(d.text)), ""); ok {
		if e := d.personEntity(p); placed(e) {
			return e
		}
	}
	return nil
}

// nonStateBodies are the nouns, lowercased, that stand for bodies outside
// government ("the institute's president") or end their names ("president
// of the National Retail Federation"), with the sector of their officers
// ("" where the word does not say).
var nonStateBodies = map[string]string{"institute": "", "foundation": "", "museum": "", "club": "", "federation": "",
	"association": "", "society": "", "confederation": "", "group": "", "network": "", "centre": "", "center": "",
	"alliance": "", "university": "EDU", "college": "EDU", "school": "EDU", "hospital": "HLH", "charity": "NGO",
	"union": "LAB", "bank": "BUS", "chamber": "BUS", "company": "BUS", "corporation": "BUS", "airline": "BUS",
	"carmaker": "BUS", "retailer": "BUS", "insurer": "BUS", "lender": "BUS", "broadcaster": "MED", "newspaper": "MED"}

// leadVerbs open a relative clause that gives a person's post: "who led the
// Russian team", "who heads the agency".
var leadVerbs = map[string]bool{"led": true, "leads": true, "heads": true, "headed": true, "chairs": true,
	"chaired": true, "runs": true, "ran": true, "represents": true, "represented": true, "commands": true,
	"commanded": true}

// orgCalled is the one body named so far with a sector whose name holds
// the common noun w as a word ("council": the Muslim Council of Britain),
// or nil when none or several do.
func (d *doc) orgCalled(w string) *entity {
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Organization && e.Sector != "" &&
			slices.ContainsFunc(strings.Fields(e.Name), func(x string) bool { return strings.EqualFold(x, w) })
	})
}

// bodyNouns are the common nouns that stand for a body named before, with
// the sectors of the bodies each can stand for ("" for any).
var bodyNouns = map[string]map[string]bool{
	"group":    {"REB": true, "NGO": true, "CRM": true, "BUS": true},
	"movement": {"REB": true, "PTY": true, "NGO": true},
	"militia":  {"REB": true},
	"party":    {"PTY": true, "OPP": true},
	"company":  {"BUS": true},
	"firm":     {"BUS": true},
	"ministry": {"GOV": true},
	"army":     {"MIL": true},
	// "the Office of the Prime Minister said …. “…,” the office said".
	"office":     {"GOV": true, "JUD": true},
	"presidency": {"GOV": true},
	"agency":     {"GOV": true, "MED": true, "IGO": true},
	"commission": {"GOV": true, "IGO": true, "JUD": true},
	"bloc":       {"IGO": true},
	"alliance":   {"IGO": true, "PTY": true},
}

// bodyCalled is the organisation that the common noun at token i of
// sentence s ("the group's") stands for: the last one named in that
// sentence or the one before whose sector the noun fits, or nil.
func (d *doc) bodyCalled(s, i int) *entity {
	sectors, ok := bodyNouns[d.sents[s].Tokens[i].Text]
	if !ok {
		return nil
	}
	fits := func(e *entity) bool { return sectors[e.Sector] }
	if e := d.lastBodyBefore(s, i, fits); e != nil {
		return e
	}
	// Else the such body the story has named before, and at least twice as
	// often as any other: "The company's chairman, Akio Toyoda,"
	// paragraphs after Toyota.
	e, _ := d.bodyNamedMost(fits, d.sents[s].Tokens[i].Start)
	return e
}

// bodyNamedMost is the organisation that fits and that the story names
// before offset at at least twice as often as any other that fits, with
// how often; nil when none or no one stands out so.
func (d *doc) bodyNamedMost(fits func(*entity) bool, at int) (*entity, int) {
	var best *entity
	most, second := 0, 0
	for _, e := range d.ents {
		if e.Type != chronicle.Organization || !fits(e) {
			continue
		}
		n := 0
		for _, m := range e.Mentions {
			if m.Start < at {
				n++
			}
		}
		switch {
		case n > most:
			best, most, second = e, n, most
		case n > second:
			second = n
		}
	}
	if best == nil || most < 2*second {
		return nil, 0
	}
	return best, most
}

// lastBodyBefore is the organisation that fits and is mentioned last
// before token i of sentence s, in that sentence or the one before, and not
// inside a quotation unless token i is too; or nil.
func (d *doc) lastBodyBefore(s, i int, fits func(*entity) bool) *entity {
	at := d.sents[s].Tokens[i].Start
	from := d.sents[s].Tokens[0].Start
	if s > 0 && len(d.sents[s-1].Tokens) > 0 {
		from = d.sents[s-1].Tokens[0].Start
	}
	// A body named inside a quotation is not one the words outside it
	// stand for: "The State Department condemned the attack. “… the
	// threat the Houthis pose …,” spokeswoman Tammy Bruce said".
	var q quoteState
	quoted := func(at int) bool { return q.inside(d.text, at) }
	outside := !quoted(at)
	return d.lastMentionedBefore(at, func(e *entity) bool { return e.Type == chronicle.Organization && fits(e) },
		func(m chronicle.Mention) bool { return m.Start >= from && !(outside && quoted(m.Start)) })
}

// townOfStory is the country of a town or province called w in a country
// the story names.
func (d *doc) townOfStory(w string) (string, bool) {
	if !isCapitalized(w) {
		return "", false
	}
	if c, ok := d.r.kb.Region(w); ok && d.storyNames(c) {
		return c, true
	}
	if cities := d.r.kb.Cities(w); len(cities) > 0 {
		if c := d.pickCity(cities); d.storyNames(c.Country) {
			return c.Country, true
		}
	}
	return "", false
}

// institutionHeads end the names of institutions and events that often
// open with a place: "Munich Security Conference", "Paris Agreement".
// The kinds of gathering (eventHeads) are added as events.
var institutionHeads = map[string]string{
	"Council": "ORG", "Committee": "ORG", "Commission": "ORG", "University": "ORG", "Bank": "ORG",
	"Forum": "ORG", "Party": "ORG", "Agency": "ORG", "Ministry": "ORG", "Institute": "ORG",
	"Association": "ORG", "Union": "ORG", "Court": "ORG", "Group": "ORG", "Organization": "ORG",
	"Organisation": "ORG", "Corporation": "ORG", "Company": "ORG", "Authority": "ORG", "Club": "ORG",
	"Police": "ORG", "Airport": "FAC", "Stadium": "FAC", "Times": "ORG", "Post": "ORG",
	"Agreement": "EVENT", "Accords": "EVENT", "Treaty": "EVENT", "Convention": "EVENT",
}

func init() {
	for w := range eventHeads {
		institutionHeads[w] = chronicle.EventName
	}
}

// gluedHyphenAt tells whether token i is a hyphen with no space on either
// side.
func gluedHyphenAt(toks []chronicle.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i].Text == "-" && toks[i].Start == toks[i-1].End && toks[i+1].Start == toks[i].End
}

// gluedInitial tells whether w is an initial of one capital letter, or a
// capital and a small letter, and a full stop: "D.", "Ch.", "Ts.".
func gluedInitial(w string) bool {
	return isInitial(w) || len(w) == 3 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z' && w[2] == '.'
}

// isInitial tells whether w is a capital letter and a full stop: "D.".
func isInitial(w string) bool { return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.' }

// wordSuffixes end words made from names ("Warhol-like", "Trump-era"),
// not names.
var wordSuffixes = map[string]bool{"like": true, "style": true, "era": true, "led": true, "backed": true,
	"based": true, "owned": true, "run": true, "linked": true, "funded": true, "aligned": true, "esque": true,
	"type": true, "born": true, "made": true, "allied": true, "supporting": true, "leaning": true}

// firstNameBefore returns where a person's name that the recognizer began
// after its first name starts: "his spokesman Nabil [Abu Rudeineh]". The
// word before must be a common first name or make a name the KB knows, or
// be any name word when the span opens on a particle ("Abu", "bin",
// "van"), and be no other name's.
func (d *doc) firstNameBefore(s, start, end int) int {
	toks := d.sents[s].Tokens
	if start == 0 || d.claimed[[2]int{s, start - 1}] {
		return start
	}
	w := toks[start-1].Text
	// A common first name, or one the KB knows the whole name with
	// ("Tedros [Adhanom Ghebreyesus]").
	first := maleNames[w] || femaleNames[w] || len(d.r.kb.PeopleNamed(d.spanOf(s, start-1, end).In(d.text))) > 0
	particle := surnameLinks[toks[start].Text] || toks[start].Text == "Abu" || toks[start].Text == "Al"
	// "Bishop [Bulus] Dauwa Yohanna", "nurse [Mei] Lin Chen": a name word
	// between a title or calling and the name is the first name.
	titled := false
	if start >= 2 {
		t, ok := text.TitleWord(toks[start-2].Text)
		titled = ok && !t.Plural && (t.Prefix || !isCapitalized(toks[start-2].Text) || start == 2)
	}
	// "said [Nur] Aisyah binte Rahman": a name word right after a verb of
	// saying opens the name.
	saidBefore := start >= 2 && (toks[start-2].Text == "said" || toks[start-2].Text == "says") && !partyWords[w] &&
		partyCountry[w] == ""
	if (first || particle && start > 1 || titled || saidBefore) && d.nameWord(w) && !text.Honorific(w) {
		return start - 1
	}
	return start
}

// surnameParticles returns where a person's name cut short at token end
// goes on to when capitalised words joined by a surname particle follow:
// "Andre [Correa do Lago]", "Ursula [von der Leyen]". Without such a
// particle the name ends where it was cut.
func (d *doc) surnameParticles(s, end int) int {
	toks := d.sents[s].Tokens
	j, particle := end, false
	for j < len(toks) && j-end < 5 {
		if surnameLinks[toks[j].Text] && j+1 < len(toks) && (surnameLinks[toks[j+1].Text] || d.nameWord(toks[j+1].Text)) {
			particle = true
			j++
		} else if d.nameWord(toks[j].Text) {
			j++
		} else {
			break
		}
	}
	if !particle || surnameLinks[toks[j-1].Text] || j < len(toks) && isCapitalized(toks[j].Text) {
		return end
	}
	return j
}

// surnameLinks are the particles inside Iberian, Dutch, German, Arabic and
// East African surnames.
var surnameLinks = map[string]bool{"do": true, "da": true, "dos": true, "das": true, "de": true, "del": true,
	"van": true, "von": true, "der": true, "den": true, "bin": true, "ibn": true, "dela": true, "delos": true,
	"wa": true, "arap": true}

// isWordToken reports a token of letters only.
func isWordToken(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// arabicArticles are the forms of the article that join the parts of
// Arabic given names: "Nour el-Din", "Salah ad-Din", "Saif al-Islam".
var arabicArticles = map[string]bool{"el": true, "al": true, "ad": true, "ed": true, "ud": true, "ul": true,
	"ash": true, "as": true, "az": true, "an": true, "ar": true}

// widen mends a name the recognizer cut short. A person's name goes on
// over a hyphen the tokenizer split off; a place name joins the
// capitalised words after it when they end in an institution's or event's
// head noun: the recognizer saw "Munich", the text says "Munich Security
// Conference".
// nameInitials tells whether w is a run of initials: "W.M.", "A.K.M." or,
// without stops, two to four capitals ("AMM", "SM").
func nameInitials(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	if strings.Contains(w, ".") {
		for i := 0; i < len(w); i += 2 {
			if i+1 >= len(w) || w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
				return false
			}
		}
		return len(w) >= 4 // "W.M.", not "W." alone
	}
	if len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// endsCountryName tells whether the two tokens before token i of sentence
// s name a country ("Lao PDR", "DR Congo").
func (d *doc) endsCountryName(s, i int) bool {
	if i < 2 {
		return false
	}
	_, ok := d.countryNamed(d.spanOf(s, i-2, i).In(d.text))
	return ok
}

func (d *doc) widen(n Named) Named {
	toks := d.sents[n.Sentence].Tokens
	// "The United [Nations] Special Envoy": a body's name the recognizer
	// began a word late, when the word before makes a name the KB knows.
	if k := n.Start - 1; k >= 0 && n.Type == chronicle.Organization && capitalWord(toks[k].Text) && !d.claimed[[2]int{n.Sentence, k}] &&
		!d.knownBody(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)) && d.knownBody(d.spanOf(n.Sentence, k, n.End).In(d.text)) {
		n.Start = k
	}
	// "Tropical Storm [Erin]", "Typhoon [Kalmaegi]": a storm's name the
	// recognizer took without its kind.
	if k := n.Start - 1; k >= 0 && n.Type != chronicle.Organization && stormWords[toks[k].Text] && toks[k].Text != "Tropical" &&
		!d.claimed[[2]int{n.Sentence, k}] {
		n.Start, n.Type = k, chronicle.EventName
		if k > 0 && toks[k-1].Text == "Tropical" && !d.claimed[[2]int{n.Sentence, k - 1}] {
			n.Start--
		}
	}
	// "Lai Ching-te": a name the recognizer ended at a hyphen the
	// tokenizer split off goes on over the hyphen and the word joined to it.
	for n.Type == chronicle.Person && n.End+1 < len(toks) && toks[n.End].Text == "-" &&
		toks[n.End].Start == toks[n.End-1].End && toks[n.End+1].Start == toks[n.End].End && isWordToken(toks[n.End+1].Text) &&
		!wordSuffixes[toks[n.End+1].Text] {
		n.End += 2 // each hyphen: "Bilie-By-Nze"
	}
	// "Chief Election Commissioner AMM [Nasir Uddin]", "W.M. [Sunil
	// Bandara]": initials the recognizer left off a name, as South Asian
	// names carry them; not a body's or a country's short form ("UN",
	// "US") nor a title's ("PM").
	if a := n.Start; n.Type == chronicle.Person && n.End-a >= 2 && a >= 1 && nameInitials(toks[a-1].Text) &&
		(a < 2 || !isDeterminer(toks[a-2].Text) && toks[a-2].Text != "of") && // "of the ECO Asad Majeed Khan": a body
		!d.claimed[[2]int{n.Sentence, a - 1}] && !d.knownBody(toks[a-1].Text) && !d.isTitleWord(toks[a-1].Text) &&
		!d.endsCountryName(n.Sentence, a) { // "President of the Lao PDR [Thongloun Sisoulith]"
		if _, place := d.placeCountry(toks[a-1].Text); !place {
			n.Start--
		}
	}
	// "[Minsk Centre of Military]-Political Analysis", "[K]-Electric",
	// "PIT-[CNT]": a body's name the recognizer cut at a hyphen the
	// tokenizer split off goes on over it, and over the capitalised words
	// after it.
	if n.Type == chronicle.Organization {
		if a := n.Start; a >= 2 && gluedHyphenAt(toks, a-1) && capitalWord(toks[a-2].Text) && !d.claimed[[2]int{n.Sentence, a - 2}] &&
			!d.knownBody(toks[a-2].Text) {
			n.Start -= 2
		}
		if b := n.End; b+1 < len(toks) && gluedHyphenAt(toks, b) && capitalWord(toks[b+1].Text) && !d.claimed[[2]int{n.Sentence, b + 1}] &&
			!maleNames[toks[b-1].Text] && !femaleNames[toks[b-1].Text] && !d.knownPlace(toks[b+1].Text) {
			// (not "… Mohammad-Reza Karimi", a person's given name, nor
			// "PDP-Benue South", a party's senator for a seat)
			n.End += 2
			for k := 0; k < 3 && n.End < len(toks) && capitalWord(toks[n.End].Text) && !d.claimed[[2]int{n.Sentence, n.End}]; k++ {
				n.End++
			}
		}
	}
	// "Ch.[Munkhzul]", "D.[Amarbayasgalan]": an initial glued to the name,
	// as Mongolian names are written, is part of it.
	if a := n.Start; n.Type == chronicle.Person && a >= 1 && toks[a-1].End == toks[a].Start && gluedInitial(toks[a-1].Text) &&
		!d.claimed[[2]int{n.Sentence, a - 1}] {
		n.Start--
	}
	// "[Nurlanbek Turgunbek] uulu": a Kyrgyz name goes on over its
	// patronymic word.
	if n.Type == chronicle.Person && n.End < len(toks) && kyrgyzPatronymics[toks[n.End].Text] &&
		!d.claimed[[2]int{n.Sentence, n.End}] {
		n.End++
	}
	// "Minister Do [Duc Duy]": a Vietnamese family name the recognizer left
	// off a name of two words, the name's first.
	if a := n.Start; n.Type == chronicle.Person && n.End-a == 2 && a >= 2 && vietnameseFamilyNames[toks[a-1].Text] &&
		!d.claimed[[2]int{n.Sentence, a - 1}] && !isPunctToken(toks[a-2].Text) {
		n.Start--
	}
	// "Nour el-Din Farouk", "Saif al-Islam Gaddafi", "Sharm el-Sheikh
	// Peace Summit": a name the recognizer began after the article joined
	// to a given name or a town's first word runs back over it to that word.
	if a := n.Start; a >= 3 && toks[a-1].Text == "-" && arabicArticles[toks[a-2].Text] &&
		toks[a-1].Start == toks[a-2].End && toks[a].Start == toks[a-1].End && capitalWord(toks[a-3].Text) &&
		!d.claimed[[2]int{n.Sentence, a - 3}] && !d.isTitleWord(toks[a-3].Text) {
		n.Start -= 3
	}
	// "Choi Mi-ran, 63,": a name the recognizer took for a place, ended
	// at the hyphen of a given name and followed by an age, is a person's.
	if (n.Type == chronicle.Location || n.Type == chronicle.GeoPolitical) && n.End-n.Start == 2 && n.End+2 < len(toks) &&
		toks[n.End].Text == "-" && toks[n.End].Start == toks[n.End-1].End && toks[n.End+1].Start == toks[n.End].End &&
		isLowerWord(toks[n.End+1].Text) && !wordSuffixes[toks[n.End+1].Text] && agedAt(toks, n.End+2) {
		n.End += 2
		n.Type = chronicle.Person
	}
	// "Fils-Aimé said": a name the recognizer began after a capitalised
	// word and a hyphen joined to it, when the whole is the surname of a
	// person named before, is that person's.
	if n.Type != chronicle.Person && n.Start >= 2 && toks[n.Start-1].Text == "-" && toks[n.Start-1].Start == toks[n.Start-2].End &&
		toks[n.Start].Start == toks[n.Start-1].End && isCapitalized(toks[n.Start-2].Text) &&
		d.personWithSurnameMost(d.spanOf(n.Sentence, n.Start-2, n.End).In(d.text)) != nil {
		n.Start -= 2
		n.Type = chronicle.Person
	}
	// "the Freedom and Direct Democracy party", "the Law and Justice
	// party": a party's name cut at its "and" runs back over it.
	if n.Type == chronicle.Organization && n.Start >= 2 && n.End < len(toks) && toks[n.End].Text == "party" &&
		toks[n.Start-1].Text == "and" && capitalWord(toks[n.Start-2].Text) && !d.claimed[[2]int{n.Sentence, n.Start - 2}] &&
		(n.Start < 3 || !capitalWord(toks[n.Start-3].Text)) {
		n.Start -= 2
	}
	// "the Hostages and Missing Families Forum": a body's name the
	// recognizer began after its "and", with "the" before the word ahead.
	if n.Type == chronicle.Organization && n.Start >= 3 && toks[n.Start-1].Text == "and" && capitalWord(toks[n.Start-2].Text) &&
		strings.EqualFold(toks[n.Start-3].Text, "the") && !d.claimed[[2]int{n.Sentence, n.Start - 2}] && n.End-n.Start >= 2 {
		n.Start -= 2
	}
	// "OPEC+": a body's name the tokenizer split a plus sign off, when
	// the KB knows the name with it.
	if n.Type == chronicle.Organization && n.End < len(toks) && toks[n.End].Text == "+" && toks[n.End].Start == toks[n.End-1].End {
		if _, ok := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, n.End+1).In(d.text)); ok {
			n.End++
		}
	}
	// "Lee-Anne Mulholland": one begun after a capitalised word and a hyphen
	// joined to it starts at that word.
	for n.Type == chronicle.Person && n.Start >= 2 && toks[n.Start-1].Text == "-" &&
		toks[n.Start-1].Start == toks[n.Start-2].End && toks[n.Start].Start == toks[n.Start-1].End &&
		isCapitalized(toks[n.Start-2].Text) && isWordToken(toks[n.Start-2].Text) {
		n.Start -= 2 // each hyphen: "[By-Nze]" of "Bilie-By-Nze"
	}
	if n.Type == chronicle.Person {
		// A person's name does not run on over a lower-case word that is
		// no particle: "Mr [Campbell] messaged Newsnight", "[Harry] the
		// Nazi".
		titled := false // not "Ambassador to the United States X", "U.S. Secretary of State X"
		for k := n.Start; k < n.End-1 && !titled; k++ {
			w := toks[k].Text
			if _, ok := titleSector(strings.ToLower(w)); ok {
				titled = true
			} else if k > n.Start && isLowerWord(w) && !nameParticles[w] && !surnameLinks[w] && toks[k-1].Text != "-" {
				n.End = k
				break
			}
		}
		n.End = d.surnameParticles(n.Sentence, n.End)
		if k := n.Start - 1; k >= 0 && capitalParticles[toks[k].Text] && !d.claimed[[2]int{n.Sentence, k}] {
			n.Start = k // "[Le] Pen, who is barred", "[Van] Rompuy said"
		}
		n.Start = d.firstNameBefore(n.Sentence, n.Start, n.End)
		if k := n.Start - 1; k >= 0 && patronymics[toks[n.Start].Text] && isCapitalized(toks[k].Text) && !d.claimed[[2]int{n.Sentence, k}] {
			n.Start = k // "[bin Salim al-Habsi]": the given name before "bin", whatever title it spells ("Sultan")
		}
		if k := n.Start - 1; k >= 0 && isInitial(toks[k].Text) && !d.claimed[[2]int{n.Sentence, k}] {
			n.Start = k // "Solicitor General [D.] John Sauer"
		}
	}
	if n.Type == chronicle.Organization && n.End-n.Start == 1 && toks[n.Start].Text == "Office" && n.Start >= 2 &&
		isPossessive(toks[n.Start-1].Text) {
		// "the Prime Minister's [Office]", "the Chief Minister's
		// [Office]": the office is named for the title before it.
		k := n.Start - 1
		for k > 0 && isCapitalized(toks[k-1].Text) && d.isTitleWord(toks[k-1].Text) && n.Start-k < 4 {
			k--
		}
		if _, title := titleSector(strings.ToLower(toks[n.Start-2].Text)); title && k < n.Start-1 {
			n.Start = k
		}
	}
	if n.Type == chronicle.Organization && n.End-n.Start > 2 && isLowerWord(toks[n.End-1].Text) && toks[n.End-2].Text == "of" {
		// Nor does a body's name run on over "of" into lower case:
		// "accused the [Election Commission of colluding] with the BJP".
		n.End -= 2
	}
	if n.Type == chronicle.Organization && n.End+1 < len(toks) && toks[n.End].Text == "of" {
		// "Security Council of the Russian Federation": a body the
		// recognizer cut before its country, whose short name the KB
		// gives another body (the UN's), is that country's.
		j := n.End + 1
		if toks[j].Text == "the" {
			j++
		}
		var country string
		if k := d.nameStartingAt(n.Sentence, j, len(toks), func(name string) bool {
			c, ok := d.countryNamed(name)
			country = c.ISO3
			return ok
		}); k > 0 {
			if _, whole := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, j+k).In(d.text)); whole {
				n.End = j + k // "Central Bank of the Republic of Turkey", a name the KB knows whole
			} else if org, known := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)); known && org.Country != country {
				n.End = j + k // a name the KB gives another body
			}
		} else if k := d.nameStartingAt(n.Sentence, j, len(toks), func(name string) bool {
			org, ok := d.r.kb.Org(name)
			return ok && org.Sector == "IGO" && strings.Contains(name, " ")
		}); k > 0 && toks[j-1].Text == "the" {
			// "Court of Justice of the European Union": an organ the
			// recognizer cut before the international body it belongs to.
			if _, known := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)); !known {
				n.End = j + k
			}
		}
		return n
	}
	// "KOTA BELUD, Sabah, Nov 25 (Bernama) -": a dateline's place in
	// capitals that the recognizer cut short runs on to the dateline's end.
	if n.Start == 0 && isAllCaps(toks[0].Text) && n.Type != chronicle.Person {
		end := n.End
		for end < len(toks) && end-n.Start < 4 && isAllCaps(toks[end].Text) && isWordToken(toks[end].Text) &&
			!d.claimed[[2]int{n.Sentence, end}] {
			end++
		}
		if end > n.End && end < len(toks) && d.isDateline(n.Sentence, 0, end) {
			n.End = end
		}
	}
	if end := d.worksAfter(n); end > n.End {
		return Named{Sentence: n.Sentence, Start: n.Start, End: end, Type: chronicle.Facility}
	}
	if n.Type != chronicle.GeoPolitical && n.Type != chronicle.Location && n.Type != chronicle.Nationality {
		return n
	}
	// "Cluj-Napoca": a town's name the recognizer cut at its hyphen goes on
	// over it when the KB knows the whole.
	if j := n.End; j+1 < len(toks) && toks[j].Text == "-" && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End &&
		capitalWord(toks[j+1].Text) {
		if whole := d.spanOf(n.Sentence, n.Start, j+2).In(d.text); len(d.r.kb.Cities(whole)) > 0 {
			n.End = j + 2
		} else if _, ok := d.r.kb.Area(whole); ok {
			n.End = j + 2
		}
	}
	// "Bay of Bengal", "Strait of Hormuz": a recognizer may split a sea or
	// a strait at "of"; the whole is the place when the KB knows it.
	for a := max(n.Start-3, 0); a <= n.Start; a++ {
		for b := n.End; b <= min(n.End+3, len(toks)); b++ {
			if (a < n.Start || b > n.End) && d.hasOfInside(n.Sentence, a, b) {
				if _, ok := d.r.kb.Area(d.spanOf(n.Sentence, a, b).In(d.text)); ok {
					return Named{Sentence: n.Sentence, Start: a, End: b, Type: chronicle.Location}
				}
			}
		}
	}
	for j := n.End; j < len(toks) && j-n.End < 4; j++ {
		w := toks[j].Text
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			break
		}
		if typ, ok := institutionHeads[w]; ok {
			return Named{Sentence: n.Sentence, Start: n.Start, End: j + 1, Type: typ}
		}
		if builtFeatures[w] && !d.claimed[[2]int{n.Sentence, j}] {
			// "the Pan-American Highway", "Kigali Convention Centre"
			start := n.Start
			if start >= 2 && toks[start-1].Text == "-" && toks[start-1].Start == toks[start-2].End &&
				toks[start].Start == toks[start-1].End && capitalWord(toks[start-2].Text) {
				start -= 2 // "Pan-": no American highway
			}
			return Named{Sentence: n.Sentence, Start: start, End: j + 1, Type: chronicle.Facility}
		}
	}
	return n
}

// worksAfter returns the end of the kind of works written in lower case
// after a name, after "the": "the [Medupi power station]", "the [Koeberg
// nuclear power station]", "the [Antonio Guiteras thermoelectric plant]",
// "the [Pandoh dam]", "the [Ghezel Hesar prison]", "the [Zamzam
// displacement camp]", "the [Rafah crossing]"; n.End when there is none.
// ("The Saratov plant" is the town's: a place the KB knows needs the kind
// spelt out, but for a crossing or a checkpoint.)
func (d *doc) worksAfter(n Named) int {
	toks := d.sents[n.Sentence].Tokens
	before := n.Start - 1
	if before > 0 && worksPlaceWords[toks[before].Text] {
		before-- // "the nearby Zamzam displacement camp"
	}
	if before < 0 || !strings.EqualFold(toks[before].Text, "the") || n.Type == chronicle.Organization {
		return n.End
	}
	j := n.End
	for j < len(toks) && j-n.End < 2 && worksModifiers[toks[j].Text] {
		j++
	}
	// A town's name before the kind alone is the town's ("the Saratov
	// plant"); before a kind spelt out it names the works ("the Krsko
	// nuclear power plant", "the Ryazan oil refinery").
	if j == len(toks) || !worksNouns[toks[j].Text] ||
		j == n.End && !crossingNouns[toks[j].Text] && d.knownPlace(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)) {
		return n.End
	}
	return j + 1
}

// vietnameseFamilyNames are the commonest Vietnamese family names, which
// open a full name of three words.
var vietnameseFamilyNames = map[string]bool{"Nguyen": true, "Tran": true, "Le": true, "Pham": true, "Hoang": true,
	"Huynh": true, "Phan": true, "Vu": true, "Vo": true, "Dang": true, "Bui": true, "Do": true, "Ho": true, "Ngo": true,
	"Duong": true, "Ly": true, "Dinh": true, "Truong": true, "Trinh": true, "Luong": true, "Dao": true, "Doan": true}

// worksModifiers and worksNouns make the lower-case kinds of works that
// follow a name: "nuclear power station", "thermoelectric plant", "dam".
var (
	worksModifiers = map[string]bool{"nuclear": true, "thermoelectric": true, "thermal": true, "hydroelectric": true,
		"hydropower": true, "coal": true, "gas": true, "solar": true, "wind": true, "power": true, "oil": true,
		"gold": true, "copper": true, "lithium": true, "uranium": true, "dry": true, "displacement": true,
		"refugee": true, "detention": true, "aluminium": true, "aluminum": true, "diamond": true, "iron": true,
		"border": true, "transport": true, "air": true, "naval": true, "military": true, "railway": true, "rail": true}
	worksNouns = map[string]bool{"plant": true, "station": true, "dam": true, "refinery": true, "smelter": true,
		"reservoir": true, "barrage": true, "terminal": true, "prison": true, "jail": true, "pipeline": true,
		"building": true, "camp": true, "port": true, "mine": true, "checkpoint": true, "market": true,
		"corridor": true, "railway": true, "base": true, "complex": true, "residence": true, "deposit": true,
		"crossing": true}
	// crossingNouns are the works a town's name before names all the
	// same: "the Rafah crossing" is no town's, as "the Saratov plant" is.
	crossingNouns = map[string]bool{"crossing": true, "checkpoint": true}
)

// worksPlaceWords are the words of place that may stand between "the" and
// a works' name: "the nearby Zamzam displacement camp".
var worksPlaceWords = map[string]bool{"nearby": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "main": true, "key": true, "vast": true, "giant": true, "huge": true, "sprawling": true}

// hasOfInside tells whether tokens [a, b) of sentence s are capitalised
// words with one "of" among them.
func (d *doc) hasOfInside(s, a, b int) bool {
	toks := d.sents[s].Tokens
	of := 0
	for i := a; i < b; i++ {
		switch w := toks[i].Text; {
		case w == "of" && i > a && i < b-1:
			of++
		case !isCapitalized(w):
			return false
		}
	}
	return of == 1
}

// countryNamed finds a country by name, but not by a bare two- or
// three-letter ISO code that is not also a name in use: "MP" before a name
// is a member of parliament, not the Northern Mariana Islands; "US" and
// "UK" are names.
func (d *doc) countryNamed(w string) (kb.Country, bool) {
	if (w == "Congo" || w == "the Congo") && d.democraticCongo() {
		return d.r.kb.Country("COD")
	}
	c, ok := d.r.kb.CountryByName(w)
	bare := strings.TrimPrefix(strings.TrimPrefix(w, "The "), "the ") // "The MP" is no Northern Mariana Islands
	if !ok || (bare != c.ISO2 && bare != c.ISO3) {
		return c, ok
	}
	for _, a := range c.Aliases {
		if a == bare {
			return c, true
		}
	}
	return kb.Country{}, false
}

// congoCues are words that put a story in the Democratic Republic of the
// Congo, whose short name "Congo" the KB, like ISO, gives the Republic of
// the Congo; news agencies call both "Congo".
var congoCues = []string{"Democratic Republic", "DRC", "DR Congo", "D.R. Congo", "Kinshasa", "Goma", "Bukavu",
	"M23", "Tshisekedi", "Kivu", "Ituri", "Kabila"}

// democraticCongo reports whether the article's bare "Congo" is the
// Democratic Republic: it names one of congoCues and not Brazzaville. The
// answer is worked out once per article.
func (d *doc) democraticCongo() bool {
	if d.congo == 0 {
		d.congo = 'n'
		if !strings.Contains(d.text, "Brazzaville") && slices.ContainsFunc(congoCues, func(c string) bool {
			return strings.Contains(d.text, c) || strings.Contains(d.text, strings.ToUpper(c))
		}) {
			d.congo = 'y'
		}
	}
	return d.congo == 'y'
}

// destination finds "to" before the place starting at token i when a title
// precedes it ("Ambassador to (the) United States"), returning its index,
// or -1.
func (d *doc) destination(s, i int) int {
	toks := d.sents[s].Tokens
	j := i - 1
	if j >= 0 && strings.EqualFold(toks[j].Text, "the") {
		j--
	}
	if j < 1 || !strings.EqualFold(toks[j].Text, "to") {
		return -1
	}
	if _, title := titleSector(strings.ToLower(toks[j-1].Text)); title {
		return j
	}
	// "Permanent Representative of Russia to the UN", "Ambassador of the
	// Islamic Republic of Iran to Pakistan": the post's country between
	// the title and "to".
	for k := j - 1; k >= 2 && j-k <= 6; k-- {
		if toks[k-1].Text != "of" {
			continue
		}
		a := k
		if strings.EqualFold(toks[a].Text, "the") {
			a++
		}
		if a >= j {
			continue
		}
		if _, place := d.placeCountry(d.spanOf(s, a, j).In(d.text)); place {
			if _, title := titleSector(strings.ToLower(toks[k-2].Text)); title {
				return j
			}
		}
	}
	return -1
}

// stateSectors are the CAMEO sectors of the state: their actors belong to
// a country.
var stateSectors = map[string]bool{"GOV": true, "LEG": true, "MIL": true, "JUD": true, "COP": true, "SPY": true,
	"PTY": true, "OPP": true, "ELI": true}

// institutionSectors maps the head word of an organisation's name to its
// sector: "Home Office" GOV, "Labour Party" PTY, "Court of Appeal" JUD.
var institutionSectors = map[string]string{
	"office": "GOV", "ministry": "GOV", "embassy": "GOV", "consulate": "GOV", "department": "GOV", "cabinet": "GOV", "executive": "GOV",
	"government": "GOV", "treasury": "GOV", "agency": "GOV", "council": "GOV", "commission": "GOV",
	"parliament": "LEG", "assembly": "LEG", "senate": "LEG", "congress": "LEG",
	"lords": "LEG", "party": "PTY", "democrats": "PTY", "conservatives": "PTY", "republicans": "PTY",
	"court": "JUD", "police": "COP", "constabulary": "COP", "army": "MIL", "navy": "MIL", "force": "MIL",
	"forces": "MIL", "guard": "MIL", "command": "MIL", "university": "EDU", "college": "EDU", "school": "EDU",
	"bank": "BUS", "company": "BUS", "corporation": "BUS", "group": "BUS", "airlines": "BUS",
	"securities": "BUS", "holdings": "BUS", "capital": "BUS", "partners": "BUS", "investments": "BUS",
	"ventures": "BUS", "airways": "BUS", "motors": "BUS", "technologies": "BUS", "pharmaceuticals": "BUS",
	"insurance": "BUS", "inc": "BUS", "inc.": "BUS", "ltd": "BUS", "ltd.": "BUS", "llc": "BUS", "corp": "BUS", "corp.": "BUS",
	"hospital": "HLH", "church": "REL", "union": "LAB", "authority": "GOV",
	"gazette": "MED", "times": "MED", "post": "MED", "herald": "MED", "tribune": "MED", "newspaper": "MED",
	"television": "MED", "radio": "MED", "broadcasting": "MED", "broadcaster": "MED",
}

// policeHeads end the names of police forces and their parts.
var policeHeads = map[string]bool{"Command": true, "Department": true, "Service": true, "Force": true, "Headquarters": true,
	"Officers": true, "Police": true}

// parliamentaryCommittee are words that mark a committee of a legislature.
var parliamentaryCommittee = map[string]bool{"Select": true, "Affairs": true, "Accounts": true, "Audit": true,
	"Standards": true, "Scrutiny": true, "Liaison": true, "Appropriations": true, "Judiciary": true,
	"Intelligence": true, "Armed": true, "Oversight": true, "Ways": true}

// institutionSector is the sector an unknown organisation's name signals
// by its head word: the word before the first "of" or "for" ("Court of
// Appeal", "Bank of England"), else the last word ("Home Office").
func institutionSector(words []string) string {
	if slices.Contains(words, "Legislative") {
		return "LEG" // "Legislative Council", "Legislative Assembly"
	}
	if len(words) > 1 && slices.Contains(words, "Police") && policeHeads[words[len(words)-1]] {
		// "Zamfara State Police Command", "Irving Police Department"; not
		// "Police Complaints Authority", which watches them.
		return "COP"
	}
	if len(words) > 1 && words[len(words)-1] == "Committee" &&
		slices.ContainsFunc(words, func(w string) bool { return parliamentaryCommittee[w] }) {
		return "LEG" // "Transport Select Committee", "Public Accounts Committee"
	}
	head := len(words) - 1
	for i, w := range words {
		if i > 0 && (strings.EqualFold(w, "of") || strings.EqualFold(w, "for")) {
			head = i - 1
			break
		}
	}
	if head < 0 {
		return ""
	}
	return institutionSectors[strings.ToLower(words[head])]
}

// portfolioHolders hold a portfolio named before them: "Labour Minister",
// "Labor Secretary".
var portfolioHolders = map[string]bool{"minister": true, "secretary": true, "ministry": true, "department": true}

// portfolioRunAt tells whether token b goes on a list of portfolios from
// the word before it, "and" and up to three capitalised words, to the
// title of their holder: "[Marine] and Blue Economy Minister".
func portfolioRunAt(toks []chronicle.Token, b int) bool {
	if b+2 >= len(toks) || toks[b].Text != "and" {
		return false
	}
	k := b + 1
	for k < len(toks) && k-b <= 3 && capitalWord(toks[k].Text) && !portfolioHolders[strings.ToLower(toks[k].Text)] {
		k++
	}
	return k > b+1 && k < len(toks) && (toks[k].Text == "Minister" || toks[k].Text == "Secretary")
}

// portfolioAt tells whether token i is a portfolio named like a party:
// "Labour" of "Labour Minister", "Labor" of "Labor Secretary".
func portfolioAt(toks []chronicle.Token, i int) bool {
	return (toks[i].Text == "Labour" || toks[i].Text == "Labor") && i+1 < len(toks) &&
		portfolioHolders[strings.ToLower(toks[i+1].Text)]
}

// namesCountry tells whether a mention of the body e spells its country
// ("the Cambodian Senate", "Senate of Cambodia").
func (d *doc) namesCountry(e *entity) bool {
	if e.Country == "" {
		return false
	}
	words := d.countryWords(e.Country)
	for _, m := range e.Mentions {
		for _, w := range words {
			if strings.Contains(m.Text, w) {
				return true
			}
		}
	}
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(e.Name, w) })
}

// staffCountry is the country a body's staff take from it: none from one
// whose own actor code is an international one's, which codes them
// ("Elaine Pearson, Asia director at Human Rights Watch" is NGOHRIHRW,
// though the NGO is run from New York).
func staffCountry(org kb.Org) string {
	if internationalCode(org.Code) {
		return ""
	}
	return org.Country
}

// internationalCode tells whether an actor code is an international
// body's or an NGO's, which stands without a country.
func internationalCode(code string) bool {
	return strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IGO")
}

// titleOfBodyBefore tells whether the words of sentence s up to token k
// are a title and the body it is of, in capitalised words: "Professor of
// the Faculty of Economics" before "in Belgrade Jelena Milosavljevic",
// where the place is the body's seat, and the title the name's.
func (d *doc) titleOfBodyBefore(s, k int) bool {
	toks := d.sents[s].Tokens
	for j := k; j >= 1 && k-j <= 8; j-- {
		w := toks[j].Text
		if w == "of" {
			if d.isTitleWord(toks[j-1].Text) && isCapitalized(toks[j-1].Text) {
				return true
			}
			continue
		}
		if w != "the" && w != "and" && !isCapitalized(w) {
			return false
		}
	}
	return false
}

// envoyOfCountryBefore reads "Ambassador of Iran" (or "… of the Islamic
// Republic of Iran") ending at token k of sentence s: the envoy's country.
func (d *doc) envoyOfCountryBefore(s, k int) (string, bool) {
	toks := d.sents[s].Tokens
	if k < 2 {
		return "", false
	}
	country, start := "", k
	if o, ok := d.owner[[2]int{s, k}]; ok && isPlace(o.e.Type) && o.e.Country != "" {
		country, start = o.e.Country, o.start
	} else if c, ok := d.placeCountry(toks[k].Text); ok {
		country = c // (a mention of the envoy may hold it already: "The Ambassador of Iran")
	} else {
		return "", false
	}
	j := start - 1
	if j >= 1 && strings.EqualFold(toks[j].Text, "the") {
		j--
	}
	if j < 1 || toks[j].Text != "of" {
		return "", false
	}
	switch strings.ToLower(toks[j-1].Text) {
	case "ambassador", "envoy", "consul", "representative":
		return country, true
	}
	return "", false
}

// fieldInName finds the words [i, j) of a body's name that name the
// place it deals with: before "Affairs" or "Studies" at the name's start
// or after "of" or "for" ("Taiwan Affairs Office", "Institute of Taiwan
// Studies"), or after "for" and an office's head ("Office for Kosovo and
// Metohija"). Every word of the field is a place's name or "and".
func (d *doc) fieldInName(words []string) (i, j int, ok bool) {
	places := func(a, b int) bool {
		if a >= b {
			return false
		}
		for _, part := range strings.Split(joinWords(words[a:b]), " and ") {
			if _, known := d.placeCountry(part); !known {
				if _, area := d.r.kb.Area(part); !area {
					return false
				}
			}
		}
		return true
	}
	for k, w := range words {
		switch {
		case (w == "Affairs" || w == "Studies") && k > 0:
			a := k
			for a > 0 && words[a-1] != "of" && words[a-1] != "for" {
				a--
			}
			if places(a, k) {
				return a, k, true
			}
		case w == "for" && k > 0 && fieldBodies[words[k-1]]:
			b := k + 1
			for b < len(words) && (isCapitalized(words[b]) || words[b] == "and") {
				b++
			}
			if places(k+1, b) {
				return k + 1, b, true
			}
		}
	}
	return 0, 0, false
}

// fieldBodies are the heads of bodies' names whose "for" names the field
// they serve: "Office for Kosovo and Metohija".
var fieldBodies = map[string]bool{"Office": true, "Ministry": true, "Bureau": true, "Agency": true, "Commission": true,
	"Commissioner": true, "Council": true, "Department": true, "Directorate": true}
