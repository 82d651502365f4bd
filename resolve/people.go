package resolve

// People: linking a person's name, its surname and honorifics, to the KB or
// to someone the article names in full.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
	"github.com/chronicle-news/chronicle/text"
)

// addPerson links a person's name.
func (d *doc) addPerson(n Named, a, b int, name string, words []string) bool {
	if len(words) > 1 && len(d.r.kb.PeopleNamed(name)) == 0 {
		// A name of several words the KB knows as a body is the body,
		// whatever the recognizer thought ("Opus Dei").
		if org, ok := d.r.kb.Org(name); ok && !d.afterHonorific(n.Sentence, a) {
			d.attach(d.orgEntity(org), d.mentionOf(n.Sentence, n.Start, n.End))
			return true
		}
	}
	if city, ok := d.townTakenForPerson(n.Sentence, a, b, name, words); ok {
		return d.addCity(d.mentionOf(n.Sentence, a, b), city, name)
	}
	ph := d.titlePhrase(n.Sentence, a)
	if len(ph.titles) == 0 {
		// "The governor of the Belgorod region Vyacheslav Gladkov", "The
		// head of the Kharkiv regional military administration Oleh
		// Syniehubov": a title of a place's body, written before the name
		// without a comma.
		if od, ok := d.ofDescription(n.Sentence, a); ok {
			ph.country, ph.titles, ph.sector = cmp.Or(ph.country, od.country), od.titles, od.sector
		}
	}
	if ph.country == "" && ph.code == "" && (bodySpokesman(ph.titles) || bodyOfficers(ph.titles)) &&
		!d.possessedAt(n.Sentence, ph.start) {
		// (Not an international body's officer, of no country:
		// "International Maritime Organization Secretary-General Arsenio
		// Dominguez" in a story about the Houthis.)
		// "The Kremlin dismissed the decision. Spokesman Dmitry Peskov
		// said": the spokesman of the body named just before.
		// Not a news agency the story quotes: "…, he told AFP. Government
		// spokesman Wilfried Houngbédji said" speaks for no French body.
		if e := d.lastBodyBefore(n.Sentence, ph.start, func(e *entity) bool {
			return (e.Country != "" || e.Sector == "IGO") && e.Sector != "MED"
		}); e != nil {
			ph.country, ph.sector = e.Country, cmp.Or(e.Sector, ph.sector)
			if e.Sector == "IGO" {
				ph.code = e.Code
			}
		} else if c := d.countrysBodyBefore(n.Sentence, ph.start); c != "" {
			ph.country = c // "China's foreign ministry criticised the plan. Spokesman Lin Jian said"
		} else if c := d.actingCountryBefore(n.Sentence, ph.start); c != "" && d.lowerMinistryIn(n.Sentence, ph.start, a) {
			// "Iran welcomed the agreement. “…,” foreign ministry
			// spokesman Esmaeil Baghaei said": the ministry of the
			// country that acted just before.
			ph.country = c
		}
	}
	country, title := ph.country, ph.titles
	if toks := d.sents[n.Sentence].Tokens; country == "" && b+1 < len(toks) && toks[b].Text == "of" {
		// "Lieutenant General Rajiv Ghai of India and Major General
		// Kashif Abdullah of Pakistan": the country after the name.
		if c, ok := d.countryNamed(toks[b+1].Text); ok {
			country = c.ISO3
		} else if o, ok := d.owner[[2]int{n.Sentence, b + 1}]; ok && strings.HasPrefix(o.e.KB, "country:") {
			country = o.e.Country
		}
	}
	m := d.mentionOf(n.Sentence, ph.start, b)
	known := d.r.kb.PeopleNamed(name)
	if len(known) == 0 && len(words) >= 3 {
		known = d.withMothersSurname(words)
	}
	if len(known) == 0 && len(words) == 3 && isCapitalized(words[1]) && !isAllCaps(words[1]) {
		// "Jair Messias Bolsonaro": the KB's Jair Bolsonaro, named with
		// the middle name the KB and the press leave out.
		known = d.r.kb.PeopleNamed(words[0] + " " + words[2])
	}
	if len(known) == 0 && len(words) == 2 {
		known = d.familyNameFirst(words)
	}
	if len(known) == 0 && len(title) > 0 && len(words) <= 2 {
		// "King Charles", "Pope Leo": the KB may know the name only with
		// its title.
		t := title[0]
		known = d.r.kb.PeopleNamed(titleCase(t) + " " + name)
	}
	titleText := ""
	if ph.start < a {
		titleText = strings.ToLower(d.spanOf(n.Sentence, ph.start, a).In(d.text))
	}
	known = slices.DeleteFunc(slices.Clone(known), func(p kb.Person) bool {
		// ("Prime Minister and Minister of Interior Anutin Charnvirakul"
		// holds two portfolios; the KB's office is one the text names.)
		return d.otherPortfolio(p, title) && !d.officeNamedIn(p, titleText) ||
			country != "" && !(ph.guessed && country == ph.country && len(words) >= 2) && !slices.ContainsFunc(p.Offices, func(o kb.Office) bool {
				return o.Country == "" || o.Country == country
			})
	})
	if p, ok := d.pickPerson(known, country); ok {
		e := d.personEntity(p)
		if e.Sector == "" || e.Sector == "ELI" {
			// Out of office: what the text calls them ("Tory leader",
			// "The opposition leader, Yair Lapid,").
			sector, code := ph.sector, ph.code
			if d.heldBefore(p, ph.titles, country) {
				// "President George H.W. Bush" in 2025: the post the text
				// names is one the KB says the person left.
				sector = "ELI"
			}
			if sector == "" {
				if desc, ok := d.describedBefore(n.Sentence, min(a, ph.start), b); ok {
					sector, code = desc.sector, desc.code
				} else {
					ap := d.appositive(n.Sentence, b)
					sector, code = ap.sector, ap.code
				}
			}
			e.Sector = cmp.Or(sector, e.Sector)
			if sector == "IGO" && strings.HasPrefix(code, "IGO") {
				// "Julie Bishop, the U.N. secretary-general's special envoy
				// for Myanmar": a post at an international body the KB does
				// not hold, of no country.
				e.Country, e.Code = "", code
			}
		}
		if e.Country == "" && e.Code == "" {
			// Out of an international post: the country the text gives
			// ("Frans Timmermans, the leader of the GroenLinks-PvdA
			// alliance").
			e.Country = cmp.Or(country, d.appositive(n.Sentence, b).country)
		} else if e.Country == "" && d.date == "" && country != "" && ph.sector != "" {
			// An undated story's own title for someone the KB knows last
			// at an international body: "Home Office minister Baroness
			// Scotland", years before the Commonwealth.
			e.Country, e.Sector, e.Code = country, ph.sector, ""
		}
		d.attach(e, m)
		return true
	}
	if len(words) == 1 {
		// A lone word the KB knows as an institution or a country is one,
		// whatever the recognizer thought: "the Kremlin", "Washington". A
		// firm, outlet, party or people named like a person ("Ford",
		// "Dell", "Tatar") is the person after an honorific or when the
		// article names someone so.
		if org, ok := d.r.kb.Org(name); ok && (!privateSectors[org.Sector] && org.Type != "NORP" ||
			!d.afterHonorific(n.Sentence, a) && !d.hasPersonNamed(name)) {
			d.attach(d.orgEntity(org), d.mentionOf(n.Sentence, n.Start, n.End))
			return true
		}
		if d.hasPersonNamed(name) {
			return false
		}
		// A word the article already names as a place or organisation
		// ("Gatwick") is that, not a person.
		for _, e := range d.ents {
			if e.Type != chronicle.Person && strings.EqualFold(e.Name, name) {
				d.attach(e, d.mentionOf(n.Sentence, n.Start, n.End))
				return true
			}
		}
		if c, ok := d.placeCountry(name); ok {
			if country, ok := d.r.kb.Country(c); ok {
				d.attach(d.countryEntity(country), d.mentionOf(n.Sentence, n.Start, n.End))
				return true
			}
		}
		if ar, ok := d.r.kb.Area(name); ok && !ar.County {
			return d.addArea(d.mentionOf(n.Sentence, a, b), ar) // "Kashmir", "Darfur"
		}
		if c, ok := d.regionOfStory(name); ok {
			return d.addRegionOf(d.mentionOf(n.Sentence, n.Start, n.End), name, c)
		}
		if c, ok := d.r.kb.Region(name); ok && d.listedWithRegions(n.Sentence, a, b, c) {
			return d.addRegionOf(d.mentionOf(n.Sentence, n.Start, n.End), name, c) // "Ohio, Oregon, South Carolina"
		}
		// "Hammond, Indiana": a town the words after it place.
		if country, city, state, ok := d.placeSaysCountry(n.Sentence, a, b, name, false); ok && !state {
			if city.GeonameID != 0 {
				return d.addCity(d.mentionOf(n.Sentence, n.Start, n.End), city, name)
			}
			if slices.ContainsFunc(d.r.kb.Cities(name), func(c kb.City) bool { return c.Country == country }) {
				return d.addPlaceIn(d.mentionOf(n.Sentence, n.Start, n.End), name, country)
			}
		}
		// A town of a country the story names, where the text puts a
		// place: "from Basingstoke", "Leicester, Somerset, Basingstoke".
		if cities := d.r.kb.Cities(name); len(cities) > 0 && (d.afterLocative(n.Sentence, a) || d.listedAfterPlace(n.Sentence, a) ||
			d.listedWithPlaces(n.Sentence, a, b) || d.afterVerbOfPlaces(n.Sentence, a)) {
			// Also a town known nowhere else, or ten times larger than
			// any namesake, right after "in" or "near" ("in Llanelli"),
			// though the story never names its country.
			city := d.pickCity(cities)
			if d.storyNames(city.Country) || d.afterIn(n.Sentence, a) && d.outweighs(cities) {
				return d.addCity(d.mentionOf(n.Sentence, n.Start, n.End), city, name)
			}
		}
		// "Basingstoke, Shrewsbury, Dorset and Torbay": a word no town
		// bears, listed after two places, is a place of the story's
		// country too (a county, a district), unless it is a first name.
		if country := d.storyCountry(); country != "" && d.listedAfterPlaces(n.Sentence, a) &&
			!maleNames[name] && !femaleNames[name] {
			return d.addPlaceIn(d.mentionOf(n.Sentence, n.Start, n.End), name, country)
		}
		return false
	}
	if cities := d.r.kb.Cities(name); len(cities) > 0 && d.storyNames(d.pickCity(cities).Country) &&
		(d.afterIn(n.Sentence, a) || d.listedAfterPlace(n.Sentence, a) || d.afterVerbOfPlaces(n.Sentence, a)) &&
		len(d.r.kb.PeopleNamed(name)) == 0 {
		// "Kandy, Badulla and Nuwara Eliya", "in Luang Prabang", "bound
		// for Luang Prabang": a town of several words, of a country the
		// story names, where the text puts a place, taken for a person.
		return d.addCity(d.mentionOf(n.Sentence, n.Start, n.End), d.pickCity(cities), name)
	}
	// "López Obrador" after "Andrés Manuel López Obrador": the last words
	// of a name given in full, as Spanish and Portuguese double surnames go
	// ("Tom Cruise", which opens on a first name, is a name of its own).
	if first := plainLetters.Replace(words[0]); !maleNames[first] && !femaleNames[first] {
		if e := d.personEndingWith(words); e != nil {
			d.attach(e, m)
			return true
		}
	}
	// A near miss of a KB name counts only when the text's title or country
	// fits the office the KB knows for that person on the date, or when
	// the story has named the person rightly already ("…," Prabowo
	// Soebianto said" after "President … Prabowo Subianto").
	for _, nm := range d.r.kb.NearMiss(name) {
		if regnalName(name) || regnalName(nm.Name) {
			continue // "Pope Leo XIII" is not Leo XIV
		}
		o, ok := d.r.kb.OfficeOn(nm.Person, d.date)
		if (!ok || !titleFits(title, country, o)) && !(d.namesKBPerson(nm.Person.ID) && longNearMiss(name)) {
			continue
		}
		e := d.personEntity(nm.Person)
		e.addFlag(fmt.Sprintf("spelled '%s' in the text; known as %s", name, nm.Person.Name))
		d.attach(e, m)
		return true
	}
	// So does the KB's name after a first given name it leaves out
	// ("Prime Minister Muhammad Shehbaz Sharif"), when the title fits or the
	// name is one of those Muslim names open on ("Muhammad", "Syed").
	if p, ok := d.fullerName(words, title, country); ok {
		d.attach(d.personEntity(p), m)
		return true
	}
	// So does a first name spelled another way, as transliterations are
	// ("Ukrainian President Vladimir Zelensky"): the same surname, the
	// same initial, and a title that fits the office on the date.
	if p, ok := d.otherFirstName(words, title, country); ok {
		e := d.personEntity(p)
		e.addFlag(fmt.Sprintf("spelled '%s' in the text; known as %s", name, p.Name))
		d.attach(e, m)
		return true
	}
	// The title phrase's sector counts its body's: a "Lib Dem leader" is
	// a party's.
	sector, code := ph.sector, ph.code
	if country == "" || len(title) == 0 {
		ap := d.appositive(n.Sentence, b)
		c, t, descSector, descCode := ap.country, ap.titles, ap.sector, ap.code
		if c == "" && len(t) == 0 {
			// The description stands before the title phrase, if any:
			// "The head of the Russian delegation, presidential aide
			// Vladimir Medinsky,".
			start := min(a, ph.start)
			for start > 0 && text.Honorific(d.sents[n.Sentence].Tokens[start-1].Text) {
				start-- // "Its chairman, Dr Tom Dolphin,"
			}
			if desc, ok := d.describedBefore(n.Sentence, start, b); ok {
				c, t, descSector, descCode = desc.country, desc.titles, desc.sector, desc.code
			}
		}
		country = cmp.Or(country, c)
		if len(title) == 0 {
			title, sector, code = t, descSector, descCode
		}
	}
	key := "person:" + strings.ToLower(name)
	e := d.byKey[key]
	if e == nil {
		// The whole name transliterated another way from someone the
		// article has named ("Erlan Koshanov" after "Yerlan Koshanov",
		// "Kasym-Zhomart Tokaev" after "Kassym-Jomart Tokayev").
		e = d.personSpelledAnotherWay(words)
	}
	if e == nil && len(words) == 2 {
		// "Nana Appiah" after "Nana Kwadwo Appiah": first and last name
		// of someone named with more.
		e = theOne(d.ents, func(o *entity) bool {
			return o.Type == chronicle.Person && len(o.tokens) >= 3 && sameWord(o.tokens[0], words[0]) &&
				sameWord(o.tokens[len(o.tokens)-1], words[1])
		})
	}
	if e == nil {
		e = d.entityFor(key, func() *entity {
			e := &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Person}, tokens: words}
			e.Country = country
			e.Sector = sector
			return e
		})
	}
	if e.Country == "" {
		e.Country = country
	}
	if e.Sector == "" {
		e.Sector = sector
	}
	if e.Sector == "" && d.byline(n.Sentence, a) {
		e.Sector = "MED" // "By Anna Petrova", "Reporting by …; Editing by …": the journalists
	}
	if e.Country == "" && (e.Sector == "IGO" || e.Sector == "NGO") && e.Code == "" {
		e.Code = code // an official of the EU is IGOEUREEC, as the EU is
	}
	d.attach(e, m)
	return true
}

// byline tells whether the name at token a of sentence s is in a byline or
// a credit line: after "By" opening the sentence, or after "Reporting by",
// "Editing by" or "Writing by", with only names, "and" and commas between.
func (d *doc) byline(s, a int) bool {
	toks := d.sents[s].Tokens
	for i := a - 1; i >= 0; i-- {
		w := toks[i].Text
		switch {
		case w == "By" && i == 0:
			return true
		case strings.EqualFold(w, "by") && i > 0:
			switch strings.ToLower(toks[i-1].Text) {
			case "reporting", "editing", "writing":
				return true
			}
			return false
		case w == "and" || w == "," || w == ";" || isCapitalized(w):
		default:
			return false
		}
	}
	return false
}

// describedBefore reads a description that a name between commas stands
// in apposition to: "The U.S. ambassador, Meg Whitman, left her post". The
// description must end on a title word, and the name be followed by a
// comma, so that "Speaking to the president, Joe Smith said" gives Joe
// Smith nothing.
func (d *doc) describedBefore(s, a, b int) (phrase, bool) {
	toks := d.sents[s].Tokens
	if a < 2 || b >= len(toks) || toks[a-1].Text != "," || toks[b].Text != "," {
		return phrase{}, false
	}
	if _, ok := titleSector(strings.ToLower(toks[a-2].Text)); ok {
		ph := d.titlePhrase(s, a-1)
		j := ph.start - 1
		for j >= 0 && j >= ph.start-3 && (isDeterminer(toks[j].Text) || isLowerWord(toks[j].Text)) {
			j-- // "the regional"
		}
		if k := j - 1; ph.country == "" && k >= 0 && toks[j].Text == "," {
			// "… in Russia's Saratov region, the regional governor, Roman
			// Busargin,": the place just named is the governor's.
			if k > 0 && isLowerWord(toks[k].Text) {
				k-- // "Saratov region"
			}
			if o, ok := d.owner[[2]int{s, k}]; ok && o.e.Country != "" &&
				(o.e.Type == chronicle.GeoPolitical || o.e.Type == chronicle.Location) {
				ph.country = o.e.Country
			}
		}
		return ph, true
	}
	if ph, ok := d.titleForBody(s, a-2); ok {
		return ph, true
	}
	if o, ok := d.owner[[2]int{s, a - 2}]; ok && o.e.Type == chronicle.GeoPolitical && strings.HasPrefix(o.e.KB, "country:") {
		// "The Minister of Foreign Affairs of the Islamic Republic of
		// Iran, Seyyed Abbas Araghchi,": a title of the country named.
		k := o.start - 1
		if k > 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k > 0 && toks[k].Text == "of" {
			if ph := d.titlePhrase(s, k); len(ph.titles) > 0 {
				ph.country = o.e.Country
				return ph, true
			}
		}
	}
	if f := portfolioFieldAt(toks, a-2); f >= 0 {
		// "Australia's Minister for Pacific Island Affairs, Pat Conroy,":
		// the title before the portfolio's field describes.
		return d.titlePhrase(s, f), true
	}
	if o, ok := d.owner[[2]int{s, a - 2}]; ok && isPlace(o.e.Type) {
		// "The United Nations special envoy for Syria, Geir Pedersen,":
		// the place is the posting, not the country; the title before it
		// describes. So does the title of a country before it: "the
		// Special Envoy of the President of the United States of America
		// to the Middle East, Mr. Steven Witkoff,".
		k := o.start - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k >= 1 && (toks[k].Text == "for" || toks[k].Text == "to") {
			if ph := d.titlePhrase(s, k); len(ph.titles) > 0 {
				return ph, true // (not "from Paris to London, John Smith said")
			}
		}
	}
	// "The head of the Russian Direct Investment Fund, Kirill Dmitriev,":
	// a title of a body the text names.
	o, ok := d.owner[[2]int{s, a - 2}]
	if !ok || o.e.Type != chronicle.Organization {
		return d.titleOfPlace(s, a)
	}
	i := o.start - 1
	if i > 0 && isDeterminer(toks[i].Text) {
		i--
	}
	if i < 1 || toks[i].Text != "of" {
		return phrase{}, false
	}
	t := strings.ToLower(toks[i-1].Text)
	sector, ok := titleSector(t)
	if !ok {
		return phrase{}, false
	}
	if tw, _ := text.TitleWord(t); tw.Generic || sector == "" {
		sector = o.e.Sector
	}
	return phrase{start: i - 1, country: o.e.Country, titles: []string{t}, sector: sector}, true
}

// portfolioFieldAt finds the "for" or "of" that opens a portfolio's field
// ending at token end ("Minister for Pacific Island Affairs": capitalised
// words, perhaps joined by "and", after a minister's, secretary's or
// commissioner's title), or -1.
func portfolioFieldAt(toks []chronicle.Token, end int) int { return portfolioField(toks, end, false) }

// portfolioField is portfolioFieldAt, with commas joining the field's words
// too when commas is set ("Minister of Ecology, Environmental Protection
// and Climate Change"), for a field known to end where the title goes on
// ("… of Uzbekistan"), not on a comma before a name.
func portfolioField(toks []chronicle.Token, end int, commas bool) int {
	for j := end; j >= 1 && end-j <= 8; j-- {
		w := toks[j].Text
		if (w == "for" || w == "of") && j < end && portfolioTitles[strings.ToLower(toks[j-1].Text)] {
			return j
		}
		if commas && w == "," && j < end && isCapitalized(toks[j-1].Text) {
			continue
		}
		if !isCapitalized(w) && w != "and" || !isWordToken(w) || !commas && end-j >= 5 {
			return -1
		}
	}
	return -1
}

// ofDescription reads "[the] TITLE of the PLACE … NOUN" ending right before
// token a of sentence s: a title word, "of", then place names and lower-case
// words up to the name, one of them a place the story names. It gives the
// place's country, the title, and the sector of the body noun before the
// name ("administration", "region") or else of the title. A body's name
// may stand between the title and the place: "The commander-in-chief of the
// Armed Forces of Ukraine Oleksandr Syrskyi" is Ukraine's, MIL.
func (d *doc) ofDescription(s, a int) (phrase, bool) {
	toks := d.sents[s].Tokens
	country, sector := "", ""
	body := false // inside a body's capitalised name: "the Armed Forces of Ukraine"
	for j := a - 1; j >= 1 && a-j <= 10; j-- {
		w := toks[j].Text
		switch {
		case w == "of":
			lt := strings.ToLower(toks[j-1].Text)
			if head, _, found := strings.Cut(lt, "-"); found {
				lt = head // "commander-in-chief"
			}
			ts, ok := titleSector(lt)
			if !ok && !body && country != "" && isCapitalized(toks[j-1].Text) {
				body = true // "Forces of Ukraine": a body of the place
				continue
			}
			if !ok || country == "" {
				return phrase{}, false
			}
			return phrase{start: a, country: country, titles: []string{lt}, sector: cmp.Or(sector, ts)}, true
		case isDeterminer(w) || w == "-":
		case isLowerWord(w):
			if sector == "" {
				sector = institutionSectors[w]
			}
		case isCapitalized(w):
			if c, ok := d.placeCountry(w); ok && !body {
				country = cmp.Or(country, c)
			} else if c, ok := d.townOfStory(w); ok && !body {
				country = cmp.Or(country, c)
			} else if body {
				if sector == "" {
					sector = institutionSectors[strings.ToLower(w)]
				}
			} else {
				return phrase{}, false
			}
		default:
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// titleForBody reads a description ending at token end on a body written
// in lower case: "A spokesperson for the Chinese foreign ministry" gives
// China and the ministry's sector (GOV), "an officer of the Ukrainian army"
// Ukraine and MIL. The body's head word must be one of
// institutionSectors, and a title word stand before "for" or "of".
func (d *doc) titleForBody(s, end int) (phrase, bool) {
	toks := d.sents[s].Tokens
	sector := institutionSectors[toks[end].Text]
	if sector == "" {
		return phrase{}, false
	}
	country := ""
	j := end - 1
	for ; j >= 0 && end-j <= 5; j-- {
		w := toks[j].Text
		if w == "for" || w == "of" {
			break
		}
		if c, ok := d.placeCountry(w); ok {
			country = cmp.Or(country, c)
			continue
		}
		if !isLowerWord(w) && !isDeterminer(w) {
			return phrase{}, false
		}
	}
	if j < 1 || toks[j].Text != "for" && toks[j].Text != "of" {
		return phrase{}, false
	}
	if _, ok := titleSector(strings.ToLower(toks[j-1].Text)); !ok {
		return phrase{}, false
	}
	ph := d.titlePhrase(s, j)
	ph.country = cmp.Or(ph.country, country)
	ph.sector = sector
	return ph, true
}

// leadingGivenNames open names that the KB and most news leave out:
// "Muhammad Shehbaz Sharif" is Shehbaz Sharif.
var leadingGivenNames = map[string]bool{"Muhammad": true, "Mohammad": true, "Mohammed": true, "Mohamed": true,
	"Syed": true, "Sayyid": true, "Alhaji": true, "Hajji": true, "Haji": true}

// fullerName finds the one KB person in office on the article's date named
// by words less the first, of three words or more, when the title fits
// the office or the first word is one of leadingGivenNames.
func (d *doc) fullerName(words, title []string, country string) (kb.Person, bool) {
	if len(words) < 3 {
		return kb.Person{}, false
	}
	var found []kb.Person
	for _, p := range d.r.kb.PeopleNamed(strings.Join(words[1:], " ")) {
		o, ok := d.r.kb.OfficeOn(p, d.date)
		if ok && (leadingGivenNames[words[0]] || len(title) > 0 && titleFits(title, country, o)) {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return kb.Person{}, false
	}
	return found[0], true
}

// personSpelledAnotherWay returns the one person of the article whose name
// has as many words as words, each the same once transliteration's
// variants are folded (nameSkeleton) or, from five letters, one letter off,
// and one of four letters or more the same; nil when none or several.
func (d *doc) personSpelledAnotherWay(words []string) *entity {
	if len(words) < 2 {
		return nil
	}
	words = articlesJoined(words)
	var found *entity
	for _, e := range d.ents {
		if e.Type != chronicle.Person {
			continue
		}
		names := [][]string{articlesJoined(e.tokens)} // as the text named them, and as the KB does
		if e.person != nil {
			for _, n := range append([]string{e.person.Name}, e.person.Aliases...) {
				names = append(names, articlesJoined(strings.Fields(n)))
			}
		}
		if !slices.ContainsFunc(names, func(n []string) bool {
			return len(n) == len(words) && sameNameTransliterated(n, words) || sameNameSpacedAnotherWay(n, words)
		}) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// sameNameSpacedAnotherWay tells whether two names of different numbers of
// words are one name split another way, their first words the same: "Guo
// Jia Kun" and "Guo Jiakun".
func sameNameSpacedAnotherWay(a, b []string) bool {
	if len(a) == len(b) || len(a) < 2 || len(b) < 2 || nameSkeleton(a[0]) != nameSkeleton(b[0]) {
		return false
	}
	return nameSkeleton(strings.Join(a, "")) == nameSkeleton(strings.Join(b, ""))
}

// articlesJoined joins an Arabic article written apart to the word after
// it, as transliterations also write it joined: "Al Marar" is "Almarar".
func articlesJoined(words []string) []string {
	if !slices.ContainsFunc(words[:len(words)-1], arabicArticle) {
		return words
	}
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) && arabicArticle(words[i]) {
			out = append(out, words[i]+words[i+1])
			i++
			continue
		}
		out = append(out, words[i])
	}
	return out
}

func arabicArticle(w string) bool { return arabicArticles[strings.ToLower(w)] }

func sameNameTransliterated(a, b []string) bool {
	anchored := false
	for i := range a {
		x, y := nameSkeleton(a[i]), nameSkeleton(b[i])
		switch {
		case x == y:
			anchored = anchored || len(a[i]) >= 4 && len(b[i]) >= 4
		case len(x) >= 5 && len(y) >= 5 && kb.EditDistance(x, y, 1) <= 1:
		default:
			return false
		}
	}
	return anchored
}

// skeletonFolds are the letters by which transliterations of one name
// differ: Zh/J, Kh/H, Gh/G, Q/K, Ye/E, Ya/A, Y/I, Ks/X.
var skeletonFolds = strings.NewReplacer("dzh", "j", "zh", "j", "dj", "j", "kh", "h", "gh", "g", "th", "t", "ph", "f",
	"sh", "s", "ch", "c", "ts", "c", "ou", "u", "oo", "u", "ye", "e", "yo", "o", "yu", "u", "ya", "a", "ia", "a",
	"iy", "i", "y", "i", "q", "k", "w", "v", "ks", "s", "x", "s", "-", "", "'", "")

// nameSkeleton is a name word with transliteration's variants folded and
// doubled letters single: "Kassym-Jomart" and "Kasym-Zhomart" are both
// "kasimjomart", "Natalya" and "Natalia" "natala".
func nameSkeleton(w string) string {
	s := skeletonFolds.Replace(strings.ToLower(plainLetters.Replace(w)))
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i] != s[i-1] {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// otherFirstName finds the one KB person in office on the article's date
// whose surname is the name's last word and whose first name starts with
// the same letter as the name's, when the text's title and country fit the
// office, or, with no title or country, when the article has named that
// person already ("Masoud Pezeshkian", then "Masud Pezeshkian"), or when the
// whole name is the KB's spelled another way and no other country is said
// ("Aleksandr Lukashenko").
func (d *doc) otherFirstName(words, title []string, country string) (kb.Person, bool) {
	bare := len(title) == 0 && country == ""
	if len(words) < 2 {
		return kb.Person{}, false
	}
	var found []kb.Person
	for _, p := range d.r.kb.PeopleWithSurname(words[len(words)-1]) {
		first, _, _ := strings.Cut(p.Name, " ")
		if plainLetters.Replace(first)[:1] != plainLetters.Replace(words[0])[:1] {
			continue
		}
		if _, named := d.byKey["kb:person:"+p.ID]; bare && !named {
			continue
		}
		// The whole name spelled another way, as transliterations do,
		// with no other country said: "Aleksandr Lukashenko".
		spelled := func(o kb.Office) bool {
			return (country == "" || country == o.Country) && slices.ContainsFunc(append([]string{p.Name}, p.Aliases...),
				func(n string) bool {
					nw := strings.Fields(n)
					return len(nw) == len(words) && sameNameTransliterated(nw, words) &&
						kb.Fold(n) != kb.Fold(strings.Join(words, " ")) // not "Pedro Sanchez", Colombia's defence minister
				})
		}
		if o, ok := d.r.kb.OfficeOn(p, d.date); ok && (bare || titleFits(title, country, o) || spelled(o)) {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return kb.Person{}, false
	}
	return found[0], true
}

// titleOfPlace reads a description that is a title with an "of" phrase
// before a name between commas: "The Russian-installed governor of the
// Zaporizhzhia region, Yevgeny Balitsky," takes the place's country.
func (d *doc) titleOfPlace(s, a int) (phrase, bool) {
	toks := d.sents[s].Tokens
	for t := a - 3; t >= 0 && a-t <= 10; t-- {
		w := toks[t].Text
		if w == "," || w == "." || w == ";" {
			break
		}
		if toks[t+1].Text != "of" {
			continue
		}
		if _, ok := titleSector(strings.ToLower(w)); !ok {
			continue
		}
		ph := d.titlePhrase(s, t+1)
		for k := t + 2; k < a-1; k++ {
			o, ok := d.owner[[2]int{s, k}]
			if !ok || o.e.Type == chronicle.Person {
				continue
			}
			if o.e.Type == chronicle.Organization {
				// "The secretary general of CEI": the body's office,
				// whatever the title alone would say.
				ph.sector = o.e.Sector
			}
			ph.country = cmp.Or(ph.country, o.e.Country)
			break
		}
		return ph, true
	}
	return phrase{}, false
}

// privateSectors are the sectors of the KB's organisations that are not
// the state: companies, media, universities, parties.
var privateSectors = map[string]bool{"BUS": true, "MED": true, "EDU": true, "PTY": true}

// afterHonorific tells whether token a of sentence s follows Mr, Mrs, Ms ...
func (d *doc) afterHonorific(s, a int) bool {
	return a > 0 && text.Honorific(d.sents[s].Tokens[a-1].Text)
}

// nameRank tells how a word names a person of the article named in full:
// 2 as the last name, 1 as the first, 0 not at all.
func (d *doc) nameRank(e *entity, word string) int {
	if e.Type != chronicle.Person || len(e.tokens) < 2 {
		return 0
	}
	if d.firstNameCalls(e) && sameWord(e.tokens[0], word) {
		return 2 // "Xi" for Xi Jinping, "Prabowo" for Prabowo Subianto
	}
	if strings.IndexByte(word, '-') > 0 {
		word = surname([]string{word}) // "al-Kaabi" is Kaabi's, as "Saad Sherida al-Kaabi" is
	}
	last := surname(e.tokens)
	first, _, double := strings.Cut(last, "-")
	switch {
	case sameWord(last, word):
		if e.person != nil && goesByAnother(*e.person, word) {
			return 1 // "Silva" is Marina Silva before Lula, who goes by "Lula"
		}
		return 2
	case double && sameWord(first, word) && len(first) > 2:
		return 2 // "Kilroy" for Robert Kilroy-Silk
	case len(e.tokens) >= 3 && isCapitalized(word) && !maleNames[word] && !femaleNames[word] &&
		slices.ContainsFunc(e.tokens[1:len(e.tokens)-1], func(t string) bool { return sameWord(t, word) }):
		return 2 // "González" for Edmundo González Urrutia, "Corrêa" for André Corrêa do Lago: a first surname
	case sameWord(e.tokens[0], word):
		return 1
	}
	return 0
}

// likelierNamesake tells whether e rather than best, two people of the
// article whom word names equally well, is the one meant by word at offset
// at. First the one named before the word: "Kim conceded" after Kim
// Moon-soo lost, not Kim Min-seok, named prime minister paragraphs later;
// then the one of them named in the sentence before or in the word's own
// (from offset near), when the word is the same part of both names: "Lee
// said" after "Lee Seung-woo, a senior research fellow, said …", not
// President Lee Jae-myung, named paragraphs before.
// Then the one the KB knows: "Prabowo" is President Prabowo Subianto, not
// police chief Listyo Sigit Prabowo. Then the one named more often; of two
// family names first named as often, the one named last before the word:
// "Kim said" after Industry Minister Kim Jung-kwan, not Kim Yong-beom,
// quoted a paragraph earlier (not "Whitman" after Walt Whitman and his
// brother George).
func likelierNamesake(e, best *entity, word string, at, near int) bool {
	eBefore, bestBefore := lastMentionBefore(e, at), lastMentionBefore(best, at)
	switch {
	case (eBefore >= 0) != (bestBefore >= 0):
		return eBefore >= 0
	case (eBefore >= near) != (bestBefore >= near) && sameWord(e.tokens[0], word) == sameWord(best.tokens[0], word):
		return eBefore >= near
	case (e.person != nil) != (best.person != nil):
		return e.person != nil
	case len(e.Mentions) != len(best.Mentions):
		return len(e.Mentions) > len(best.Mentions)
	}
	return sameWord(e.tokens[0], word) && sameWord(best.tokens[0], word) && eBefore > bestBefore
}

// firstNameCalls tells whether news calls e by the first word of the name:
// the family name in China or Korea ("Xi" for Xi Jinping), the given name in
// Indonesia ("Prabowo"); for a person the KB does not know and the text has
// not placed yet, as the story's main country would ("Kim conceded" after
// Kim Moon-soo, in a story about Korea's election).
func (d *doc) firstNameCalls(e *entity) bool {
	c := e.Country
	if c == "" && e.person == nil {
		c = d.mainCountryNow()
	}
	return familyNameFirst[c] || givenNameFirst[c]
}

// goesByAnother tells whether the KB gives p a one-word name other than
// surname and its spellings, not an acronym, by which news calls p alone
// ("Lula" for Luiz Inácio Lula da Silva): another person of the story with
// that surname is then likelier meant by it.
func goesByAnother(p kb.Person, surname string) bool {
	stem := kb.Fold(surname)[:min(4, len(surname))]
	return slices.ContainsFunc(p.Aliases, func(a string) bool {
		return !strings.Contains(a, " ") && !isAllCaps(a) && !strings.HasPrefix(kb.Fold(a), stem) // not "Zelenskyy"
	})
}

// generational are the suffixes that follow a surname ("Marcos Jr.").
var generational = map[string]bool{"Jr": true, "Jr.": true, "Sr": true, "Sr.": true, "II": true, "III": true, "IV": true}

// surname is the last word of a name's words that is no generational
// suffix, without an Arabic article: "Marcos" of Ferdinand Marcos Jr.,
// "Sharaa" of Ahmed al-Sharaa.
func surname(words []string) string {
	n := len(words)
	for n > 1 && generational[words[n-1]] {
		n--
	}
	w := words[n-1]
	for _, article := range [...]string{"al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "at-", "az-", "an-"} {
		if rest, ok := strings.CutPrefix(w, article); ok && len(rest) > 2 && isCapitalized(rest) {
			return rest
		}
	}
	return w
}

// familyNameFirst are the countries whose people English-language news
// names family name first and calls by it: China (with Taiwan, Hong Kong and
// Macau), the two Koreas and Cambodia. Vietnamese names put the family name
// first too, but news calls people by the last ("To Lam" is "Lam"), as it
// does elsewhere.
var familyNameFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true,
	"PRK": true, "KHM": true}

// personEndingWith returns the one person of the article whose full name,
// longer than words, ends with them, or nil.
func (d *doc) personEndingWith(words []string) *entity {
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Person && len(e.tokens) > len(words) &&
			slices.EqualFunc(e.tokens[len(e.tokens)-len(words):], words, strings.EqualFold)
	})
}

// surnameNearMiss is the one person of the article named in full whose
// surname is a near miss of word (nearMiss), whom the style before word
// does not rule out; nil when none or several are.
func (d *doc) surnameNearMiss(word, style string) *entity {
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Person && len(e.tokens) >= 2 && !genderClash(style, e) && d.calledName(e, word) != ""
	})
}

// flagSpelledElsewhere flags e as written word in the text, a near miss of
// the word of its name the text gives elsewhere (its surname, the given name
// news calls it by, or a one-word name whole).
func (d *doc) flagSpelledElsewhere(e *entity, word string) {
	called := d.calledName(e, word)
	if called == "" {
		called = e.Name // a mononym's near miss
	}
	e.addFlag(fmt.Sprintf("spelled '%s' in the text; named %s elsewhere in it", word, called))
}

// calledName is the word of e's name that word spells another way (a near
// miss): the surname, or the given name where news calls people by it
// ("Minister Santiphap" after Santiphab Phomvihane of Laos); "" when none.
func (d *doc) calledName(e *entity, word string) string {
	switch {
	case nearMiss(surname(e.tokens), word):
		return surname(e.tokens)
	case d.firstNameCalls(e) && nearMiss(e.tokens[0], word):
		return e.tokens[0]
	}
	return ""
}

// mononymNearMiss is the one person of the article the KB knows by a
// single name that is a near miss of word ("Sugiyono" for Sugiono), or nil.
func (d *doc) mononymNearMiss(word string) *entity {
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Person && e.person != nil && len(e.tokens) == 1 && nearMiss(e.Name, word)
	})
}

// nearMiss tells whether word, capitalised and of five letters or more,
// spells name another way: the first letter the same, and one edit away
// for words of up to six letters, two for longer.
func nearMiss(name, word string) bool {
	if len(word) < 5 || !isCapitalized(word) || name == word || name == "" || name[0] != word[0] {
		return false
	}
	maxd := 1
	if len(word) > 6 {
		maxd = 2
	}
	return kb.EditDistance(strings.ToLower(name), strings.ToLower(word), maxd) <= maxd
}

// titleFitsPerson tells whether the title words before a name are ones e
// was given in the text, or fit the office the KB says e held on the date.
func (d *doc) titleFitsPerson(e *entity, titles []string) bool {
	if len(titles) == 0 {
		return false
	}
	if e.person != nil && d.heldFitting(*e.person, titles) {
		return true
	}
	return d.describedWith(e, titles[len(titles)-1:])
}

// personWithSurname returns the one person of the article so far named in
// full whose last name is word, or nil.
func (d *doc) personWithSurname(word string) *entity {
	word = surname([]string{word}) // "al-Assad" is Assad's, as "Bashar al-Assad" is
	return theOne(d.ents, func(e *entity) bool { return d.nameRank(e, word) == 2 })
}

// surnameTransliterated tells whether two surnames are one spelled two
// ways: the same once transliteration's variants are folded, or, from six
// letters, one letter off, though not a woman's form of a man's
// ("Petrova", "Petrov").
func surnameTransliterated(a, b string) bool {
	x, y := nameSkeleton(a), nameSkeleton(b)
	if x == y {
		return true
	}
	if x+"a" == y || y+"a" == x {
		return false
	}
	return len(x) >= 6 && len(y) >= 6 && kb.EditDistance(x, y, 1) <= 1
}

// lastMentionBefore is where the last mention of e before offset at starts,
// or -1.
func lastMentionBefore(e *entity, at int) int {
	last := -1
	for _, m := range e.Mentions {
		if m.Start < at && m.Start > last {
			last = m.Start
		}
	}
	return last
}

// afterIn tells whether token i follows "in", "near" or "outside", which
// put a place after them more surely than "to" or "from" do.
func (d *doc) afterIn(s, i int) bool {
	toks := d.sents[s].Tokens
	if i >= 2 && lowerCompass[toks[i-1].Text] {
		i-- // "in eastern Khan Younis"
	}
	if i == 0 {
		return false
	}
	switch strings.ToLower(toks[i-1].Text) {
	case "in", "near", "outside":
		return true
	}
	return false
}

// outweighs tells whether the first (largest) of cities is the only one or
// ten times larger than the next.
func (d *doc) outweighs(cities []kb.City) bool {
	return len(cities) == 1 || cities[0].Population >= 10*cities[1].Population
}

// listedAfterPlace tells whether token i follows a place and a comma or
// "and", as in a list of places: "Kandy, Badulla and Nuwara Eliya".
func (d *doc) listedAfterPlace(s, i int) bool {
	if i < 2 || d.sents[s].Tokens[i-1].Text != "," && d.sents[s].Tokens[i-1].Text != "and" {
		return false
	}
	o, ok := d.owner[[2]int{s, i - 2}]
	return ok && (o.e.Type == chronicle.GeoPolitical || o.e.Type == chronicle.Location)
}

// listedAfterPlaces tells whether token i follows two places of a list:
// "Basingstoke, Shrewsbury, Dorset".
func (d *doc) listedAfterPlaces(s, i int) bool {
	if !d.listedAfterPlace(s, i) {
		return false
	}
	o := d.owner[[2]int{s, i - 2}]
	return d.listedAfterPlace(s, o.start)
}

// listedWithPlaces tells whether tokens [a, b) stand in a list between two
// names the KB knows as places: "Odesa, Dnipro and Zaporizhzhia".
func (d *doc) listedWithPlaces(s, a, b int) bool {
	before, after := d.placesListedBeside(s, a, b)
	return before && after
}

// placesListedBeside tells whether a name the KB knows as a place stands in
// a list ("," or "and") just before tokens [a, b) of sentence s, and just
// after them.
func (d *doc) placesListedBeside(s, a, b int) (before, after bool) {
	toks := d.sents[s].Tokens
	listWord := func(w string) bool { return w == "," || w == "and" }
	before = a >= 2 && listWord(toks[a-1].Text) && d.knownPlace(toks[a-2].Text)
	after = b+1 < len(toks) && listWord(toks[b].Text) && d.knownPlace(toks[b+1].Text)
	return before, after
}

// hasPersonNamed tells whether a person of the article so far has word as
// a first or last name.
func (d *doc) hasPersonNamed(word string) bool {
	return slices.ContainsFunc(d.ents, func(e *entity) bool { return d.nameRank(e, word) > 0 })
}

// pickPerson chooses among KB people of one name: the one in office on the
// date in the country the text names, else the one in office, else the first.
func (d *doc) pickPerson(ps []kb.Person, country string) (kb.Person, bool) {
	if len(ps) == 0 {
		return kb.Person{}, false
	}
	best, score := ps[0], -1
	for _, p := range ps {
		s := 0
		if o, ok := d.r.kb.OfficeOn(p, d.date); ok {
			s = 1
			if country != "" && o.Country == country {
				s = 2
			}
		}
		// Of namesakes alike, the one in office most recently: undated
		// news of "President George Bush" is more often of the son.
		if s > score || s == score && lastStart(p) > lastStart(best) {
			best, score = p, s
		}
	}
	return best, true
}

// lastStart is when p's latest office began ("" with none).
func lastStart(p kb.Person) string {
	last := ""
	for _, o := range p.Offices {
		last = max(last, o.Start)
	}
	return last
}

// personEntity returns the article's entity for a KB person, creating it.
func (d *doc) personEntity(p kb.Person) *entity {
	return d.entityFor("kb:person:"+p.ID, func() *entity {
		pp := p
		e := &entity{Entity: chronicle.Entity{Name: p.Name, Type: chronicle.Person, KB: "person:" + p.ID},
			person: &pp, tokens: strings.Fields(p.Name)}
		// The office held on the article's date, else the latest held.
		o, ok := d.r.kb.OfficeOn(p, d.date)
		if !ok && len(p.Offices) > 0 {
			o = p.Offices[len(p.Offices)-1]
		}
		e.Country, e.Sector = o.Country, o.Sector
		if !ok && d.date != "" {
			// Out of office on the article's date: the country stands, the
			// sector is the text's title for them (addPerson), else ELI
			// for a former officeholder, as dated actor dictionaries code
			// them.
			e.Sector = ""
			for _, o := range p.Offices {
				if o.End != "" && o.End <= d.date {
					e.Sector = "ELI"
				}
			}
		}
		if e.Country == "" && o.Org != "" && (ok || d.date == "") {
			// (Not a body the person has left: Frans Timmermans in 2025
			// leads a Dutch party, no longer the European Commission.)
			if org, ok := d.r.kb.OrgByID(o.Org); ok {
				e.Code = org.Code
			}
		}
		return e
	})
}

// addPartial links a one-word person name (a surname, or "Mr. Fogel") to a
// person of the article whose name ends or starts with it; failing that it
// becomes a person of its own.
func (d *doc) addPartial(n Named) {
	a, b := d.trimName(n)
	word := d.spanOf(n.Sentence, a, b).In(d.text)
	if d.isLawName(n.Sentence, a, word) {
		return // a bill, not Bill
	}
	// "Mr. Fogel", "President Putin": the honorific or title belongs to
	// the mention.
	start := min(n.Start, d.titleStart(n.Sentence, a))
	if toks := d.sents[n.Sentence].Tokens; start > 0 && text.Honorific(toks[start-1].Text) {
		start--
	}
	m := d.mentionOf(n.Sentence, start, n.End)
	style := ""
	if toks := d.sents[n.Sentence].Tokens; a > 0 {
		style = toks[a-1].Text
	}
	// Of several people sharing the name (Tony and Cherie Blair), the one
	// named most often so far; not one whose first name the style before
	// the word rules out (Mrs Howard is not Michael Howard).
	var best *entity
	bestRank := 0
	near := d.sents[max(0, n.Sentence-1)].Start // the sentence before the word's, where a namesake just named is meant
	for _, e := range d.ents {
		rank := d.nameRank(e, word)
		if rank > 0 && genderClash(style, e) {
			continue
		}
		if rank > bestRank || rank > 0 && rank == bestRank && likelierNamesake(e, best, word, m.span.Start, near) {
			best, bestRank = e, rank
		}
	}
	if best == nil {
		for _, e := range d.ents {
			if e.person != nil && slices.ContainsFunc(e.person.Aliases, func(a string) bool { return strings.EqualFold(a, word) }) {
				best = e
			}
		}
	}
	if best == nil {
		_, titles := d.modifiers(n.Sentence, a)
		if p, ok := d.officeholderCalled(word, titles, style); ok {
			if e := d.personEntity(p); !genderClash(style, e) {
				best = e
			}
		}
	}
	if best == nil && (groupNouns[word] || !d.couldBeName(n.Sentence, a, word)) {
		return // "the Bill", "Thursday", "Secretary", "Muslims": not a person
	}
	_, titles := d.modifiers(n.Sentence, a)
	if best == nil && (text.Honorific(style) || len(titles) > 0) {
		// "Ms Bauchtman" after "Lydia Buchtmann": a surname spelled
		// another way is the person named in full, flagged; so is
		// "Foreign Minister Fidam" after "Foreign Minister Hakan Fidan",
		// when the title is one the person holds.
		e := d.surnameNearMiss(word, style)
		if e == nil && len(titles) > 0 {
			e = d.mononymNearMiss(word) // "Foreign Minister Sugiyono" after "Minister of Foreign Affairs Sugiono"
		}
		if e != nil && (text.Honorific(style) || d.titleFitsPerson(e, titles)) {
			best = e
			d.flagSpelledElsewhere(e, word)
		}
	}
	if best == nil && len(titles) == 0 && !text.Honorific(style) && len(word) >= 5 && !maleNames[word] && !femaleNames[word] &&
		len(d.r.kb.PeopleNamed(word)) == 0 {
		// "According to Fiden," after Foreign Minister Hakan Fidan: a
		// surname one letter off that of someone the KB knows, whom the
		// text named in full, is theirs, flagged.
		if e := d.surnameNearMiss(word, ""); e != nil && e.person != nil &&
			kb.EditDistance(strings.ToLower(surname(e.tokens)), strings.ToLower(word), 1) <= 1 {
			best = e
			d.flagSpelledElsewhere(e, word)
		}
	}
	if sn := surname([]string{word}); best == nil && len(sn) >= 5 {
		// A long surname transliterated another way: "Qalibaf" after
		// "Mohammad Bagher Ghalibaf", "al-Shara" after "Ahmed al-Sharaa".
		best = theOne(d.ents, func(e *entity) bool {
			return e.Type == chronicle.Person && len(e.tokens) >= 2 && !sameWord(surname(e.tokens), sn) &&
				surnameTransliterated(surname(e.tokens), sn) && !genderClash(style, e)
		})
	}
	if best == nil {
		if c, ok := d.regionOfStory(word); ok {
			d.addRegionOf(d.mentionOf(n.Sentence, a, b), word, c)
			return
		}
	}
	if best == nil {
		country, title := d.modifiers(n.Sentence, a)
		sector := sectorOf(title)
		if country == "" && sector == "" {
			ap := d.appositive(n.Sentence, b) // "Ms. Hochul, the governor,"
			country, sector = ap.country, ap.sector
		}
		best = d.entityFor("person:"+strings.ToLower(word), func() *entity {
			return &entity{Entity: chronicle.Entity{Name: word, Type: chronicle.Person, Country: country,
				Sector: sector}, tokens: []string{word}}
		})
	}
	d.attach(best, m)
}

// countrysBodyBefore finds "Country's ministry" (a country's possessive and
// a body named in lower case) in sentence s before token i or in the
// sentence before, and returns the country, or "".
func (d *doc) countrysBodyBefore(s, i int) string {
	for t := s; t >= 0 && t >= s-1; t-- {
		toks := d.sents[t].Tokens
		end := len(toks)
		if t == s {
			end = i
		}
		for k := 0; k+2 < end; k++ {
			o, ok := d.owner[[2]int{t, k}]
			if !ok || o.e.Type != chronicle.GeoPolitical || o.e.Country == "" || !isPossessive(toks[k+1].Text) {
				continue
			}
			for j := k + 2; j < end && j-k <= 4 && isLowerWord(toks[j].Text); j++ {
				if institutionSectors[toks[j].Text] == "GOV" {
					return o.e.Country
				}
			}
		}
	}
	return ""
}

// lowerMinistryIn tells whether tokens [a, b) of sentence s hold
// "ministry" in lower case: "foreign ministry spokesman".
func (d *doc) lowerMinistryIn(s, a, b int) bool {
	return slices.ContainsFunc(d.sents[s].Tokens[a:b], func(t chronicle.Token) bool { return t.Text == "ministry" })
}

// actingCountryBefore is the country that opens sentence s, or the one
// before it, as the subject of its verb ("Iran, which borders …, welcomed
// the agreement"), when it is the only country either names outside
// quotes before token i; "" otherwise.
func (d *doc) actingCountryBefore(s, i int) string {
	var q quoteState
	found := ""
	for t := max(0, s-1); t <= s; t++ {
		toks := d.sents[t].Tokens
		end := len(toks)
		if t == s {
			end = i
		}
		for k := 0; k < end; k++ {
			o, ok := d.owner[[2]int{t, k}]
			if !ok || o.start != k || !strings.HasPrefix(o.e.KB, "country:") || q.inside(d.text, toks[k].Start) {
				continue
			}
			if found != "" && found != o.e.Country {
				return ""
			}
			found = o.e.Country
		}
	}
	return found
}

// possessedAt tells whether a possessive ("his", "Iran's") stands before
// token i of sentence s: "his spokesman Bayo Onanuga" speaks for a person.
func (d *doc) possessedAt(s, i int) bool {
	if i == 0 {
		return false
	}
	w := d.sents[s].Tokens[i-1].Text
	switch strings.ToLower(w) {
	case "his", "her", "its", "their":
		return true
	}
	return isPossessive(w)
}

// heldBefore tells whether titles name an office that person p left
// before the article's date.
func (d *doc) heldBefore(p kb.Person, titles []string, country string) bool {
	if d.date == "" || len(titles) == 0 {
		return false
	}
	for _, o := range p.Offices {
		if o.End != "" && o.End <= d.date && titleFits(titles, country, o) {
			return true
		}
	}
	return false
}

// spokesWords are the titles of those who speak for a body.
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// officeholderCalled finds the one KB person with this surname who holds an
// office on the article's date in a country the article names: "Mr Bush"
// in a 2005 story that names the United States. An article without a date
// takes the one such person who ever held an office there ("Mr Blair" in
// a story about Britain; "President Bush" stays unlinked, as two
// presidents had the name). A title before the name must fit the office
// ("President Carter" is not the defence secretary Carter). With two such
// people, nobody.
func (d *doc) officeholderCalled(word string, titles []string, style string) (kb.Person, bool) {
	fits := func(o kb.Office) bool {
		return o.Country != "" && d.storyNames(o.Country) && (len(titles) == 0 || titleFits(titles, "", o))
	}
	var found []kb.Person
	for _, p := range d.r.kb.PeopleWithSurname(word) {
		if d.date != "" {
			if o, ok := d.r.kb.OfficeOn(p, d.date); ok && fits(o) {
				found = append(found, p)
			}
			continue
		}
		if slices.ContainsFunc(p.Offices, fits) {
			found = append(found, p)
		}
	}
	if len(found) == 0 && len(titles) == 0 && !text.Honorific(style) && d.date != "" {
		// "Trump spoke with Putin": a leader in office on the date is
		// known by surname alone the world over, when no one else the KB
		// knows in office then bears it, whatever countries the story names.
		// Not after an honorific: "Mr Howard" in a British story of 2005 is
		// the Conservative leader, not Australia's prime minister.
		for _, p := range d.r.kb.PeopleWithSurname(word) {
			if o, ok := d.r.kb.OfficeOn(p, d.date); ok {
				if !o.Leader() && !o.HeadOfState() && !o.HeadOfGovernment() {
					return kb.Person{}, false
				}
				found = append(found, p)
			}
		}
	}
	if len(found) != 1 {
		return kb.Person{}, false
	}
	return found[0], true
}

// groupNouns are plural names of peoples and faiths, which a recognizer
// may take for a person's name.
var groupNouns = map[string]bool{"Kurd": true, "Gypsy": true, "Gypsies": true, "Gibraltarians": true, "Muslims": true, "Christians": true, "Jews": true, "Hindus": true, "Sikhs": true,
	"Buddhists": true, "Catholics": true, "Protestants": true, "Sunnis": true, "Shias": true, "Shiites": true,
	"Arabs": true, "Kurds": true, "Palestinians": true, "Israelis": true, "Europeans": true, "Africans": true,
	"Asians": true, "Latinos": true, "Americans": true, "Brits": true, "Britons": true, "Rohingya": true,
	"Uyghurs": true, "Uighurs": true, "Pashtuns": true, "Tamils": true, "Yazidis": true, "Druze": true}

// misjudgedFullName is the one organisation or place of the article, not
// from the KB, whose name is two or more words ending in the surname e,
// when e was named with an honorific ("Mr Cable"); else nil.
func (d *doc) misjudgedFullName(e *entity) *entity {
	honored, speaks := false, false
	for _, m := range e.Mentions {
		first, _, _ := strings.Cut(m.Text, " ")
		honored = honored || text.Honorific(first)
		speaks = speaks || pronounSex(m.Text) != 0
		if next := strings.Fields(d.text[m.End:min(m.End+16, len(d.text))]); len(next) > 0 && (reportVerbs[next[0]] || next[0] == "told" || next[0] == "tells") {
			speaks = true // "Hall told a local radio station": a person speaking
		}
	}
	if !honored && !speaks {
		return nil
	}
	var found *entity
	for _, o := range d.ents {
		if o == e || o.Type == chronicle.Person || o.KB != "" {
			continue
		}
		// Without an honorific, the word speaking or a pronoun taken
		// back to it, and a first name opening the full name, will do:
		// "Ana Paola Hall, one of the members of the council, said ….
		// Hall told …".
		if w := strings.Fields(o.Name); len(w) > 1 && w[len(w)-1] == e.Name && isCapitalized(w[0]) &&
			(honored || femaleNames[plainLetters.Replace(w[0])] || maleNames[plainLetters.Replace(w[0])]) {
			if found != nil {
				return nil
			}
			found = o
		}
	}
	return found
}

// surnames finds the surnames of the article's people where the recognizer
// missed them ("…,” Yermak said): a capitalised word equal to the last name
// of a person named in full, not followed by another capitalised word.
func (d *doc) surnames() {
	last := map[string]*entity{}
	shared := map[string]bool{}
	note := func(w string, e *entity) {
		if !isCapitalized(w) {
			return
		}
		w = kb.Fold(w) // "Fiame said" after Fiamē Naomi Mataʻafa, whom the KB spells so
		if other, ok := last[w]; ok && other != e {
			// Two people share it: leave it alone, unless the KB knows
			// one only ("Prabowo" of Prabowo Subianto and of Listyo
			// Sigit Prabowo).
			switch {
			case shared[w] || (other == nil || other.person != nil) == (e.person != nil):
				last[w], shared[w] = nil, true
			case e.person != nil:
				last[w] = e
			}
			return
		}
		last[w] = e
	}
	main, _ := d.mainCountry() // the country of the story's people not placed yet ("Tesfaye Bekele", an Ethiopian donor)
	for _, e := range d.ents {
		if e.Type != chronicle.Person || len(e.tokens) < 2 {
			continue
		}
		w := surname(e.tokens)
		switch {
		case familyNameFirst[e.Country] || len(e.tokens) == 2 && romanizedGivenName(e.tokens[1]):
			w = e.tokens[0] // "Xi" of Xi Jinping, "Lee" of Lee Jae-myung, "Chung" of Chung Mong-gyu
		case givenNameFirst[e.Country] || e.Country == "" && e.KB == "" && givenNameFirst[main]:
			note(e.tokens[0], e) // "Prabowo said" after "President Prabowo Subianto"
		case len(w) < 3:
			continue
		}
		note(w, e)
		for _, t := range e.tokens[1 : len(e.tokens)-1] {
			// "Corrêa" of André Corrêa do Lago, "González" of Edmundo
			// González Urrutia: a first surname.
			if len(t) >= 3 && !maleNames[t] && !femaleNames[t] {
				note(t, e)
			}
		}
		for _, m := range e.Mentions {
			// The text's own spelling: "Zelenskiy said" after "Volodymyr
			// Zelenskiy", whom the KB spells Zelensky.
			if f := strings.Fields(m.Text); len(f) > 1 && len(f[len(f)-1]) >= 3 && f[len(f)-1] != w {
				note(f[len(f)-1], e)
			}
		}
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := range toks {
			if !isCapitalized(toks[i].Text) || d.claimed[[2]int{s, i}] {
				continue // (most words: no folding for them)
			}
			word, end := toks[i].Text, i
			if j := pastJoinedHyphens(toks, i+1); j > i+1 {
				// "Bilie-By-Nze", which the tokenizer split at its hyphens.
				word, end = d.spanOf(s, i, j).In(d.text), j-1
			}
			e := last[kb.Fold(word)]
			if e == nil || d.claimed[[2]int{s, end}] {
				continue
			}
			if end+1 < len(toks) && isCapitalized(toks[end+1].Text) {
				continue
			}
			start := i
			if i > 0 && capitalParticles[toks[i-1].Text] && !d.claimed[[2]int{s, i - 1}] &&
				slices.Contains(e.tokens, toks[i-1].Text) {
				start = i - 1 // "Le Pen, who is barred" after "Marine Le Pen"
			}
			d.attach(e, d.mentionOf(s, start, end+1))
		}
	}
	d.titledNearMisses()
}

// titledNearMisses finds, where the recognizer missed them, the names of
// the article's people spelled another way after a title or an honorific:
// "“…,” - said Minister Santiphap" after "Minister of Finance Santiphab
// Phomvihane". The word is a near miss of one person's surname (or given
// name, where news calls people by it), and no name of its own; the
// mention is flagged.
func (d *doc) titledNearMisses() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i < len(toks); i++ {
			w := toks[i].Text
			_, title := titleSector(strings.ToLower(toks[i-1].Text))
			if d.claimed[[2]int{s, i}] || !isCapitalized(w) || len(w) < 5 || !title && !text.Honorific(toks[i-1].Text) ||
				i+1 < len(toks) && isCapitalized(toks[i+1].Text) || maleNames[w] || femaleNames[w] || d.knownPlace(w) ||
				d.knownBody(w) || len(d.r.kb.PeopleNamed(w)) > 0 {
				continue
			}
			e := d.surnameNearMiss(w, toks[i-1].Text)
			if e == nil {
				continue
			}
			d.attach(e, d.mentionOf(s, i, i+1))
			d.flagSpelledElsewhere(e, w)
		}
	}
}

// townTakenForPerson finds the town of the KB that a name the recognizer
// took for a person's names, when the words around it say it is a place: a
// preposition of place before it ("killed in Khan Younis", "from Ourense to
// Monforte de Lemos"), a word that names a town's people or officers and
// "of" ("deputy mayor of Wiener Neustadt", "residents of Lithi"), or "in"
// and the town's country after it ("Ayagoz in eastern Kazakhstan"). A town
// must be of a country the story names, or the largest of its name by far;
// one word must be of a country the story names, and no given name nor a
// word of a person's name in the story. A name the KB knows as a person's
// is that person.
func (d *doc) townTakenForPerson(s, a, b int, name string, words []string) (kb.City, bool) {
	if len(d.r.kb.PeopleNamed(name)) > 0 {
		return kb.City{}, false
	}
	cities := d.r.kb.Cities(name)
	if len(cities) == 0 {
		return kb.City{}, false
	}
	city := d.pickCity(cities)
	if len(words) == 1 && (maleNames[name] || femaleNames[name] || d.personWordsNow()[kb.Fold(name)]) {
		return kb.City{}, false
	}
	if d.countryFollows(s, b, city.Country) {
		return city, true
	}
	placed := d.afterIn(s, a) || d.afterLocative(s, a) || d.afterPeopleOf(s, a)
	if !placed || !d.storyNames(city.Country) && (len(words) == 1 || !d.outweighs(cities)) {
		return kb.City{}, false
	}
	return city, true
}

// countryFollows tells whether "in" and country come right after token b,
// maybe with a direction between: "Ayagoz in eastern Kazakhstan".
func (d *doc) countryFollows(s, b int, country string) bool {
	toks := d.sents[s].Tokens
	if b+1 >= len(toks) || toks[b].Text != "in" {
		return false
	}
	i := b + 1
	if lowerCompass[toks[i].Text] {
		i++
	}
	for k := 1; k <= 3 && i+k <= len(toks); k++ {
		if c, ok := d.countryNamed(d.spanOf(s, i, i+k).In(d.text)); ok {
			return c.ISO3 == country
		}
	}
	return false
}

// townPeopleWords name a town's people or officers before "of": "the mayor
// of", "residents of".
var townPeopleWords = map[string]bool{"mayor": true, "residents": true, "resident": true, "inhabitants": true,
	"outskirts": true, "suburbs": true, "streets": true, "municipality": true, "townspeople": true}

// afterPeopleOf tells whether token a follows one of townPeopleWords and
// "of" ("deputy mayor of Wiener Neustadt").
func (d *doc) afterPeopleOf(s, a int) bool {
	toks := d.sents[s].Tokens
	return a >= 2 && toks[a-1].Text == "of" && townPeopleWords[strings.ToLower(toks[a-2].Text)]
}

// romanizedGivenName tells whether a word is a Korean or Chinese given name
// as romanized with a hyphen, "Mong-gyu", "Ching-te": two syllables, the
// second in lower case. A name ending in one puts the family name first.
func romanizedGivenName(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && isCapitalized(a) && len(a) <= 5 && b != "" && len(b) <= 5 && isLowerWord(b)
}

// givenNameFirst are the countries whose news calls people by their given
// name, the first of their names: Indonesia (Prabowo), Thailand
// (Paetongtarn), Ethiopia and Eritrea, whose second names are
// patronymics (Abiy of Abiy Ahmed, Yemane of Yemane Gebremeskel), Samoa,
// whose chiefs go by the title their names open on (Tuila'epa of Tuila'epa
// Sa'ilele Malielegaoi, Fiame of Fiame Naomi Mata'afa), Malaysia and
// Brunei, whose Malay names end on the father's (Anwar of Anwar Ibrahim,
// Hajiji of Hajiji Noor), and Laos, whose news calls people by the given
// name as Thailand's does (Sonexay of Sonexay Siphandone).
var givenNameFirst = map[string]bool{"IDN": true, "THA": true, "ETH": true, "ERI": true, "WSM": true, "MYS": true, "BRN": true,
	"LAO": true}

// couldBeName tells whether a lone word (token a of sentence s) the
// recognizer called a person, and that matches no one, may be a name:
// not a title, a day or month, a nationality, or a word after an article.
func (d *doc) couldBeName(s, a int, word string) bool {
	lw := strings.ToLower(word)
	if _, ok := titleSector(lw); ok || modifierFill[lw] || text.CalendarWord(lw) || lw == "celsius" || lw == "fahrenheit" {
		return false // (and "40 degrees Celsius", a scale)
	}
	if _, ok := d.r.kb.CountryByDemonym(word); ok {
		return false
	}
	toks := d.sents[s].Tokens
	return a == 0 || !isDeterminer(toks[a-1].Text)
}

// isLawName tells whether the word at token a of sentence s ends the name
// of a law: "the Finance Bill", "the Terrorism Act".
func (d *doc) isLawName(s, a int, word string) bool {
	return lawWords[word] && a > 0 && isCapitalized(d.sents[s].Tokens[a-1].Text)
}

// lawWords end the names of laws and bills.
var lawWords = map[string]bool{"Bill": true, "Act": true, "Acts": true, "Bills": true}

// portfolios are the words of a title that name a ministry's field, with
// the words of KB office names that answer to each; in lower case before
// "ministry" they name a ministry too ("the Russian defence ministry").
var portfolios = map[string][]string{
	"defence": {"defence", "defense", "war"}, "defense": {"defence", "defense", "war"},
	"foreign": {"foreign", "state", "external"}, "finance": {"finance", "treasury", "exchequer"},
	"treasury": {"finance", "treasury", "exchequer"}, "interior": {"interior", "home"}, "home": {"interior", "home"},
	"health": {"health"}, "justice": {"justice", "attorney"}, "trade": {"trade", "commerce"},
	"agriculture": {"agriculture"}, "education": {"education"}, "energy": {"energy"},
	"economy": {"economy", "finance"}, "emergencies": {"emergencies", "emergency"},
	"commerce": {"commerce", "trade"}, "labour": {"labour", "labor", "employment"}, "labor": {"labour", "labor", "employment"},
	"transport": {"transport", "transportation"}, "environment": {"environment"}, "industry": {"industry"},
	"information": {"information"}, "culture": {"culture"}, "tourism": {"tourism"}, "housing": {"housing"},
}

// otherPortfolio tells whether the text's title gives a person a ministry
// other than the office the KB says they hold on the article's date:
// "Defence Minister Pedro Sánchez" of a Colombian story in 2026 is not
// Spain's prime minister of that name. (Offices before or after it are
// not all in the KB: "Education Secretary Charles Clarke" stands.)
func (d *doc) otherPortfolio(p kb.Person, titles []string) bool {
	o, ok := d.r.kb.OfficeOn(p, d.date)
	return ok && !portfolioFits(titles, strings.Fields(strings.ToLower(o.Title+" "+o.Local)))
}

// officeNamedIn tells whether the title text before a name spells the
// office the KB gives p on the story's date, among others it names.
func (d *doc) officeNamedIn(p kb.Person, titleText string) bool {
	o, ok := d.r.kb.OfficeOn(p, d.date)
	return ok && titleText != "" && o.Title != "" && strings.Contains(titleText, strings.ToLower(o.Title))
}

// portfolioFits tells whether the ministry the title words name, if any,
// is the one of an office with these (lower-case) words.
func portfolioFits(titles, office []string) bool {
	for _, t := range titles {
		if fields, ok := portfolios[t]; ok {
			return slices.ContainsFunc(fields, func(f string) bool { return slices.Contains(office, f) })
		}
	}
	return true
}

// sameWord compares two words of names as the KB does, case and
// diacritics aside: "Babis" is "Babiš".
func sameWord(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	return !(isASCII(a) && isASCII(b)) && kb.Fold(a) == kb.Fold(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// bodyOfficers tells whether titles name a post that bodies of every kind
// have, and that the body named before fills: "General secretary Brendan
// Barber" after the TUC, "Chairman Alan Beith" after a committee.
// bodySpokesman tells whether titles, the title phrase's words from the
// name back, are a spokesman's, perhaps of a portfolio: "spokesman",
// "foreign ministry spokesman".
func bodySpokesman(titles []string) bool {
	return len(titles) > 0 && spokesWords[titles[0]] && !slices.ContainsFunc(titles[1:], func(t string) bool { return portfolios[t] == nil })
}

func bodyOfficers(titles []string) bool {
	switch strings.Join(titles, " ") {
	case "general secretary", "secretary general", "chairman", "chairwoman", "chair", "chief executive", "executive":
		return true
	}
	return false
}

// mainCountryNow is mainCountry, kept while no entity or mention is added:
// a name's look-up asks for it once per word and entity, which made a long
// document of names quadratic.
func (d *doc) mainCountryNow() string {
	if m := &d.mainMemo; !m.valid || m.ents != len(d.ents) || m.attached != d.attached {
		m.country, m.share = d.mainCountry()
		m.ents, m.attached, m.valid = len(d.ents), d.attached, true
	}
	return d.mainMemo.country
}

// withMothersSurname returns the people of Spanish-speaking countries the KB
// knows by the name without its last word: official Spanish adds the
// mother's surname after the father's ("Nicolas Maduro Moros", "Gustavo
// Petro Urrego"), which the KB and the press leave out.
func (d *doc) withMothersSurname(words []string) []kb.Person {
	var out []kb.Person
	for _, p := range d.r.kb.PeopleNamed(strings.Join(words[:len(words)-1], " ")) {
		if slices.ContainsFunc(p.Offices, func(o kb.Office) bool { return spanishSpeaking[o.Country] }) {
			out = append(out, p)
		}
	}
	return out
}

// spanishSpeaking are the countries whose official language is Spanish
// (ISO 3166-1 alpha-3).
var spanishSpeaking = map[string]bool{"ARG": true, "BOL": true, "CHL": true, "COL": true, "CRI": true, "CUB": true,
	"DOM": true, "ECU": true, "ESP": true, "GNQ": true, "GTM": true, "HND": true, "MEX": true, "NIC": true, "PAN": true,
	"PER": true, "PRI": true, "PRY": true, "SLV": true, "URY": true, "VEN": true}

// familyNameFirst returns the people the KB knows by the two words of a
// name in the other order, of the countries whose names put the family
// name first, as their own press writes them in English ("Motegi
// Toshimitsu" for Toshimitsu Motegi).
func (d *doc) familyNameFirst(words []string) []kb.Person {
	var out []kb.Person
	for _, p := range d.r.kb.PeopleNamed(words[1] + " " + words[0]) {
		if slices.ContainsFunc(p.Offices, func(o kb.Office) bool { return familyFirst[o.Country] }) {
			out = append(out, p)
		}
	}
	return out
}

// familyFirst are the countries whose names put the family name first.
var familyFirst = map[string]bool{"JPN": true, "CHN": true, "TWN": true, "KOR": true, "PRK": true, "VNM": true, "HUN": true,
	"MNG": true, "KHM": true}

// longNearMiss tells whether a near miss of a KB name is long enough for a
// slip to be told from another person's name: ten letters or more,
// "Prabowo Soebianto", not "Li Jiang" for Li Qiang.
func longNearMiss(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 10
}

// regnalName tells whether a name ends on a regnal number ("Leo XIV").
func regnalName(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	return len(w) > 1 && strings.Trim(w, "IVXL") == ""
}

// namesKBPerson tells whether the story has linked the KB person id.
func (d *doc) namesKBPerson(id string) bool {
	return slices.ContainsFunc(d.ents, func(e *entity) bool { return e.KB == "person:"+id })
}
