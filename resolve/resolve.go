// Package resolve turns the names a recognizer found in an article into the
// article's entities: each name linked to the knowledge base where it can be,
// the mentions of one entity gathered (surnames to full names, titles and
// descriptions to the people who hold them on the article's date, capitals
// and institutions to their governments, pronouns to the nearest fitting
// person), and each entity given a CAMEO-style actor code.
//
// It works in passes over the mentions, in document order:
//  1. names: each recognized span becomes a mention, widened over the title
//     phrase before a person's name ("US Treasury Secretary Scott Besant")
//     and over an institution's name that opens with a place ("Munich
//     Security Conference");
//  2. linking: full names, organisations, countries, demonyms and capitals
//     to KB entries; near misses of KB names flagged when the title fits;
//     people the KB does not know get country and sector from their title
//     phrase or appositive ("Andriy Yermak, the head of the presidential
//     office in Kiev");
//  3. partial names: surnames and "Mr. Fogel" to a full name of the article;
//     a lone word the recognizer called a person folded into a place of the
//     same name;
//  4. sweeps for what the recognizer missed: KB institutions and countries,
//     and surnames of people named in full;
//  5. descriptions: "the US president", "his Russian counterpart";
//  6. pronouns: he, she, him, his, her to the nearest person subject.
//
// Last, officials and state bodies the text gives no country take the
// country the article is mostly about, as a coder reading it would.
//
// Entity IDs (e1, e2 ...) follow the order of first mention.
package resolve

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
)

// Named is a span the recognizer found: tokens [Start, End) of sentence
// Sentence, with its entity type.
type Named struct {
	Sentence, Start, End int
	Type                 string
}

// Resolver links and groups mentions using a knowledge base.
type Resolver struct {
	kb *kb.KB
}

// New returns a resolver over k.
func New(k *kb.KB) *Resolver { return &Resolver{kb: k} }

// entity is an entity under construction.
type entity struct {
	chronicle.Entity
	person *kb.Person // linked KB person
	first  int        // byte offset of the first mention
	tokens []string   // words of the full name, for surname matching
}

// owner is the entity whose mention claimed a token, and the mention's
// first token.
type owner struct {
	e     *entity
	start int
}

// mention is one place in the text, before it joins an entity.
type mention struct {
	span     chronicle.Span
	sentence int
	text     string
}

// doc is the state of one Resolve call.
type doc struct {
	r       *Resolver
	text    string
	date    string
	sents   []chronicle.Sentence
	ents    []*entity
	byKey   map[string]*entity
	claimed map[[2]int]bool  // sentence, token: already part of a mention
	owner   map[[2]int]owner // sentence, token: the first mention that claimed it
}

// Resolve returns the entities of a document. published (YYYY-MM-DD) dates
// the offices; when empty, today's holders are not assumed and titles link
// only to people named in the article.
func (r *Resolver) Resolve(text, published string, sents []chronicle.Sentence, named []Named) []chronicle.Entity {
	d := &doc{r: r, text: text, date: published, sents: sents, byKey: map[string]*entity{},
		claimed: map[[2]int]bool{}, owner: map[[2]int]owner{}}
	slices.SortFunc(named, func(a, b Named) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start))
	})
	d.placesNamedAsEvents(named)
	var partial []Named
	for _, n := range named {
		if !d.valid(n) || d.allClaimed(n) {
			continue
		}
		n = d.widen(n)
		if !d.addName(n) {
			partial = append(partial, n)
		}
	}
	for _, n := range partial {
		if !d.allClaimed(n) {
			d.addPartial(n)
		}
	}
	d.mergeLoneWords()
	d.acronyms()
	d.knownNames()
	d.surnames()
	d.descriptions()
	d.pronouns()
	return d.finish()
}

// placesNamedAsEvents retypes as places the events that the article puts
// somewhere ("flights into Darfur"): a recognizer can take a region named
// for its conflict for the conflict. Every span of that name follows.
func (d *doc) placesNamedAsEvents(named []Named) {
	places := map[string]bool{}
	for _, n := range named {
		if n.Type == chronicle.EventName && d.valid(n) && d.afterLocative(n.Sentence, n.Start) {
			places[d.spanOf(n.Sentence, n.Start, n.End).In(d.text)] = true
		}
	}
	if len(places) == 0 {
		return
	}
	for i, n := range named {
		if n.Type == chronicle.EventName && d.valid(n) && places[d.spanOf(n.Sentence, n.Start, n.End).In(d.text)] {
			named[i].Type = chronicle.Location
		}
	}
}

func (d *doc) valid(n Named) bool {
	return n.Sentence >= 0 && n.Sentence < len(d.sents) && n.Start >= 0 && n.Start < n.End &&
		n.End <= len(d.sents[n.Sentence].Tokens)
}

// spanOf is the byte span of tokens [a, b) of sentence s.
func (d *doc) spanOf(s, a, b int) chronicle.Span {
	toks := d.sents[s].Tokens
	return chronicle.Span{Start: toks[a].Start, End: toks[b-1].End}
}

// allClaimed tells whether every token of n is already part of a mention,
// as a surname inside a full name the recognizer also found alone.
func (d *doc) allClaimed(n Named) bool {
	for i := n.Start; i < n.End; i++ {
		if !d.claimed[[2]int{n.Sentence, i}] {
			return false
		}
	}
	return true
}

// trimName drops a leading "the" and honorifics and a trailing possessive
// from a recognized span, returning the tokens of the bare name.
func (d *doc) trimName(n Named) (a, b int) {
	toks := d.sents[n.Sentence].Tokens
	a, b = n.Start, n.End
	for a < b-1 && (isDeterminer(toks[a].Text) || honorifics[strings.TrimSuffix(toks[a].Text, ".")]) {
		a++
	}
	for b > a+1 && (isPossessive(toks[b-1].Text) || n.Type == chronicle.Person && postNominals[toks[b-1].Text]) {
		b--
	}
	if n.Type == chronicle.Person {
		// A recognizer may take the title into the name ("US President
		// Donald Trump", "Ambassador to the United States Hamdullah
		// Mohib"); the name proper starts after it.
		inTitle := false
		for a < b-1 {
			switch {
			case d.isTitleWord(toks[a].Text):
				a++
			case inTitle && titleConnectors[toks[a].Text]:
				a++
			default:
				k := 0
				if inTitle {
					k = d.placeNameAt(n.Sentence, a, b-1)
				}
				if k == 0 {
					return a, b
				}
				a += k
			}
			inTitle = true
		}
	}
	return a, b
}

// postNominals are letters after a name that are not part of it: "Ian
// MacDonald QC".
var postNominals = map[string]bool{"QC": true, "KC": true, "MP": true, "MEP": true, "MSP": true, "OBE": true,
	"MBE": true, "CBE": true, "KBE": true, "DBE": true, "PhD": true, "MD": true, "Esq": true, "Esq.": true}

// titleConnectors join the words of a title phrase: "Ambassador to the
// United States", "Secretary of State".
var titleConnectors = map[string]bool{"to": true, "of": true, "the": true, "for": true, "at": true, "in": true}

// placeNameAt returns how many tokens, from a up to end (exclusive), name a
// country, an organisation or a capital in the KB, preferring the longest;
// 0 when none does.
func (d *doc) placeNameAt(s, a, end int) int {
	for n := min(4, end-a); n >= 1; n-- {
		name := d.spanOf(s, a, a+n).In(d.text)
		if _, ok := d.countryNamed(name); ok {
			return n
		}
		if _, ok := d.r.kb.Org(name); ok {
			return n
		}
		if _, ok := d.placeCountry(name); ok {
			return n
		}
	}
	return 0
}

// isTitleWord tells whether a word belongs to a title phrase rather than to
// a name: a title, a country or nationality, or an institution.
func (d *doc) isTitleWord(w string) bool {
	lw := strings.ToLower(w)
	if _, ok := titleSectors[lw]; ok || modifierFill[lw] {
		return true
	}
	if _, ok := d.placeCountry(w); ok {
		return true
	}
	_, ok := d.r.kb.Org(w)
	return ok
}

// addName links a recognized span. It returns false for a person named by
// one word that no KB entry knows, which waits for the full names.
func (d *doc) addName(n Named) bool {
	toks := d.sents[n.Sentence].Tokens
	a, b := d.trimName(n)
	name := d.spanOf(n.Sentence, a, b).In(d.text)
	words := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		words = append(words, toks[i].Text)
	}
	if n.Type != chronicle.Person && len(words) == 1 && !d.afterLocative(n.Sentence, a) {
		// "Paris was a volunteer" after "Valeska Paris": the surname of
		// someone the article names in full is that person, not a place.
		if e := d.personWithSurname(name); e != nil {
			d.attach(e, d.mentionOf(n.Sentence, a, b))
			return true
		}
	}
	switch n.Type {
	case chronicle.Person:
		return d.addPerson(n, a, b, name, words)
	case chronicle.GeoPolitical, chronicle.Location, chronicle.Nationality:
		if d.addPlace(n, a, b, name) {
			return true
		}
	case chronicle.Organization, chronicle.Facility:
		if d.addOrg(n, a, b, name) {
			return true
		}
		// A country acting ("North Korea said") is still the country.
		if c, ok := d.countryNamed(name); ok {
			d.attach(d.countryEntity(c), d.mentionOf(n.Sentence, n.Start, n.End))
			return true
		}
	}
	if len(words) == 1 && compass[name] {
		// "the North" in a story about North Korea is North Korea; a bare
		// direction anywhere else names nothing.
		for _, e := range d.ents {
			if strings.HasPrefix(e.KB, "country:") && strings.HasPrefix(e.Name, name+" ") {
				d.attach(e, d.mentionOf(n.Sentence, a, b))
				break
			}
		}
		return true
	}
	// Anything else, or a place or organisation the KB does not know, is an
	// entity of the article under its own name.
	typ := n.Type
	if typ == chronicle.Nationality {
		return true // an unknown demonym is not an actor of its own
	}
	m := d.mentionOf(n.Sentence, n.Start, n.End)
	e := d.entityFor("name:"+typ+":"+strings.ToLower(name), func() *entity {
		e := &entity{Entity: chronicle.Entity{Name: name, Type: typ}}
		e.Country = d.countryInside(words)
		if e.Country == "" {
			e.Country, _ = d.modifiers(n.Sentence, n.Start)
		}
		if typ == chronicle.Organization {
			e.Sector = institutionSector(words)
			// A part of a known body ("BBC Radio 4", "Labour Party
			// conference") shares its country and, failing its own head
			// word, its sector.
			if parent, ok := d.orgPrefix(n.Sentence, a, b); ok {
				e.Country = cmp.Or(parent.Country, e.Country)
				e.Sector = cmp.Or(e.Sector, parent.Sector)
			}
		}
		return e
	})
	d.attach(e, m)
	return true
}

// addPerson links a person's name.
func (d *doc) addPerson(n Named, a, b int, name string, words []string) bool {
	country, title := d.modifiers(n.Sentence, a)
	start := d.titleStart(n.Sentence, a)
	m := d.mentionOf(n.Sentence, start, b)
	if p, ok := d.pickPerson(d.r.kb.PeopleNamed(name), country); ok {
		e := d.personEntity(p)
		if e.Sector == "" || e.Sector == "ELI" {
			// Out of office: what the text calls them ("Tory leader").
			e.Sector = cmp.Or(d.titlePhrase(n.Sentence, a).sector, e.Sector)
		}
		d.attach(e, m)
		return true
	}
	if len(words) == 1 {
		// A lone word the KB knows as an institution or a country is one,
		// whatever the recognizer thought: "the Kremlin", "Washington". A
		// firm, outlet or party named like a person ("Ford", "Dell") is
		// the person after an honorific or when the article names someone
		// so.
		if org, ok := d.r.kb.Org(name); ok && (!privateSectors[org.Sector] ||
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
		if c, ok := d.regionOfStory(name); ok {
			return d.addRegionOf(d.mentionOf(n.Sentence, n.Start, n.End), name, c)
		}
		return false
	}
	// A near miss of a KB name counts only when the text's title or country
	// fits the office the KB knows for that person on the date.
	for _, nm := range d.r.kb.NearMiss(name) {
		o, ok := d.r.kb.OfficeOn(nm.Person, d.date)
		if !ok || !titleFits(title, country, o) {
			continue
		}
		e := d.personEntity(nm.Person)
		flag := fmt.Sprintf("spelled '%s' in the text; known as %s", name, nm.Person.Name)
		if !slices.Contains(e.Flags, flag) {
			e.Flags = append(e.Flags, flag)
		}
		d.attach(e, m)
		return true
	}
	if country == "" || len(title) == 0 {
		c, t := d.appositive(n.Sentence, b)
		country = cmp.Or(country, c)
		if len(title) == 0 {
			title = t
		}
	}
	e := d.entityFor("person:"+strings.ToLower(name), func() *entity {
		e := &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Person}, tokens: words}
		e.Country = country
		e.Sector = sectorOf(title)
		return e
	})
	if e.Country == "" {
		e.Country = country
	}
	if e.Sector == "" {
		e.Sector = sectorOf(title)
	}
	d.attach(e, m)
	return true
}

// compass are the directions that stand alone for a country named after
// them ("the North" for North Korea).
var compass = map[string]bool{"North": true, "South": true, "East": true, "West": true}

// privateSectors are the sectors of the KB's organisations that are not
// the state: companies, media, universities, parties.
var privateSectors = map[string]bool{"BUS": true, "MED": true, "EDU": true, "PTY": true}

// afterHonorific tells whether token a of sentence s follows Mr, Mrs, Ms ...
func (d *doc) afterHonorific(s, a int) bool {
	return a > 0 && honorifics[strings.TrimSuffix(d.sents[s].Tokens[a-1].Text, ".")]
}

// personWithSurname returns the one person of the article so far named in
// full whose last name is word, or nil.
func (d *doc) personWithSurname(word string) *entity {
	var found *entity
	for _, e := range d.ents {
		if e.Type == chronicle.Person && len(e.tokens) > 1 && e.tokens[len(e.tokens)-1] == word {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// hasPersonNamed tells whether a person of the article so far has word as
// a first or last name.
func (d *doc) hasPersonNamed(word string) bool {
	for _, e := range d.ents {
		if e.Type == chronicle.Person && len(e.tokens) > 1 &&
			(strings.EqualFold(e.tokens[0], word) || strings.EqualFold(e.tokens[len(e.tokens)-1], word)) {
			return true
		}
	}
	return false
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
		if s > score {
			best, score = p, s
		}
	}
	return best, true
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
		if e.Country == "" && o.Org != "" {
			if org, ok := d.r.kb.OrgByID(o.Org); ok {
				e.Code = org.Code
			}
		}
		return e
	})
}

// addPlace links a country, a demonym or a city. Capitals stand for their
// country's government, as news uses them ("Moscow demanded").
func (d *doc) addPlace(n Named, a, b int, name string) bool {
	m := d.mentionOf(n.Sentence, n.Start, n.End)
	if c, ok := d.countryNamed(name); ok {
		if r, ok := d.stateNotCountry(c, name); ok {
			return d.addRegionOf(m, name, r)
		}
		d.attach(d.countryEntity(c), m)
		return true
	}
	if c, ok := d.r.kb.CountryByDemonym(name); ok {
		d.attach(d.countryEntity(c), m)
		return true
	}
	// "Brussels said" is the EU; "in Brussels" is the city.
	if org, ok := d.r.kb.Org(name); ok && !d.afterLocative(n.Sentence, n.Start) {
		d.attach(d.orgEntity(org), m)
		return true
	}
	if a, ok := d.r.kb.Area(name); ok {
		// A continent, sea or region: "the Middle East", "Darfur".
		e := d.entityFor("kb:area:"+name, func() *entity {
			return &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Location, KB: "area:" + name,
				Country: a.Country}}
		})
		d.attach(e, m)
		return true
	}
	cities := d.r.kb.Cities(name)
	city := kb.City{}
	if len(cities) > 0 {
		city = d.pickCity(cities)
	}
	if len(cities) == 0 || d.byKey["kb:country:"+city.Country] == nil {
		// A state of a country the story names ("Victoria" in a story
		// about Australia) before a city elsewhere (Vitória, Brazil).
		if c, ok := d.regionOfStory(name); ok {
			return d.addRegionOf(m, name, c)
		}
		// A large province before a mid-size town of a country the story
		// does not name: Ontario is the province, not Ontario, California.
		if c, ok := d.r.kb.Region(name); ok && len(cities) > 0 && city.Population < minCityOverRegion {
			return d.addRegionOf(m, name, c)
		}
	}
	if len(cities) == 0 {
		return d.addRegion(m, name)
	}
	if d.byKey["kb:country:"+city.Country] == nil && city.Population < minForeignTown {
		// A small town in a country the article never names is more
		// likely a state ("Florida") or a word the recognizer mistook
		// ("Bay" of Bengal) than that town.
		return d.addRegion(m, name)
	}
	if c, ok := d.r.kb.Country(city.Country); ok && (d.isCapital(c, city) || strings.EqualFold(c.Capital, name)) {
		d.attach(d.countryEntity(c), m)
		return true
	}
	e := d.entityFor(fmt.Sprintf("kb:city:%d", city.GeonameID), func() *entity {
		// The text's spelling names the entity: GeoNames's main name may
		// be the local one (München for Munich).
		return &entity{Entity: chronicle.Entity{Name: cityName(city, name), Type: chronicle.GeoPolitical,
			KB: fmt.Sprintf("geonames:%d", city.GeonameID), Country: city.Country}}
	})
	d.attach(e, m)
	return true
}

// stateNotCountry tells whether a country's name stands for a state of
// another country here, and which: Georgia in a story that names the United
// States and never Tbilisi or Georgians is the American state.
func (d *doc) stateNotCountry(c kb.Country, name string) (string, bool) {
	for _, r := range d.r.kb.RegionCountries(name) {
		if r == c.ISO3 || d.byKey["kb:country:"+r] == nil {
			continue
		}
		if c.Capital != "" && strings.Contains(d.text, c.Capital) {
			return "", false
		}
		for _, dem := range c.Demonyms {
			if strings.Contains(d.text, dem) {
				return "", false
			}
		}
		return r, true
	}
	return "", false
}

// regionOfStory finds the country of a state or province so named among
// the countries the story names: "Crimea" in a story about Ukraine is the
// province, whatever the recognizer thought.
func (d *doc) regionOfStory(name string) (string, bool) {
	for _, c := range d.r.kb.RegionCountries(name) {
		if d.byKey["kb:country:"+c] != nil {
			return c, true
		}
	}
	return "", false
}

// minCityOverRegion is the population from which a city of a country the
// story does not name beats a large first-level division of its name.
const minCityOverRegion = 1000000

// addRegion links a state, province or region to its country.
func (d *doc) addRegion(m mention, name string) bool {
	country, ok := d.r.kb.Region(name)
	if !ok {
		return false
	}
	return d.addRegionOf(m, name, country)
}

// addRegionOf links a first-level division of country.
func (d *doc) addRegionOf(m mention, name, country string) bool {
	e := d.entityFor("region:"+country+":"+strings.ToLower(name), func() *entity {
		return &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.GeoPolitical, Country: country,
			KB: "region:" + country + ":" + name}}
	})
	d.attach(e, m)
	return true
}

// afterLocative tells whether token i follows a preposition of place.
func (d *doc) afterLocative(s, i int) bool {
	if i == 0 {
		return false
	}
	switch strings.ToLower(d.sents[s].Tokens[i-1].Text) {
	case "in", "at", "to", "from", "near", "outside", "inside", "into", "across", "around", "via":
		return true
	}
	return false
}

// cityName is the text's spelling of a city, unless the text shouts it in
// a dateline (GENEVA): then the KB's spelling that matches it.
func cityName(c kb.City, text string) string {
	if !isAllCaps(text) {
		return text
	}
	for _, n := range append([]string{c.Name, c.ASCII}, c.Alternates...) {
		if strings.EqualFold(n, text) && !isAllCaps(n) {
			return n
		}
	}
	return text
}

// minForeignTown is the population a place needs to be linked when the
// article names no country it lies in.
const minForeignTown = 100000

// pickCity chooses among places of one name (most populous first): the
// first in a country the article has named, else the most populous. Essex
// in a story about Britain is the English county town, not the one in
// Vermont.
func (d *doc) pickCity(cities []kb.City) kb.City {
	largest := cities[0] // kb.Cities lists the most populous first
	// A city of a country the story names, unless another of the name is
	// ten times its size: Donetsk in a story that names Russia is still
	// the Ukrainian city, not the Russian town.
	for _, c := range cities {
		if d.byKey["kb:country:"+c.Country] != nil && 10*c.Population >= largest.Population {
			return c
		}
	}
	return largest
}

func (d *doc) isCapital(c kb.Country, city kb.City) bool {
	if c.Capital == "" {
		return false
	}
	capital := letters(c.Capital)
	if capital == letters(city.Name) || capital == letters(city.ASCII) {
		return true
	}
	for _, alt := range city.Alternates {
		if letters(alt) == capital {
			return true
		}
	}
	return false
}

// letters keeps the letters of s, lowercased: "Washington, D. C." and
// "Washington, D.C." compare equal.
func letters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func (d *doc) countryEntity(c kb.Country) *entity {
	return d.entityFor("kb:country:"+c.ISO3, func() *entity {
		return &entity{Entity: chronicle.Entity{Name: c.Name, Type: chronicle.GeoPolitical,
			KB: "country:" + c.ISO3, Country: c.ISO3, Code: cmp.Or(c.CAMEO, c.ISO3)}}
	})
}

// addOrg links an organisation or an institution standing for one.
func (d *doc) addOrg(n Named, a, b int, name string) bool {
	org, ok := d.r.kb.Org(name)
	if !ok {
		org, ok = d.r.kb.Org("the " + name)
	}
	if !ok {
		return false
	}
	d.attach(d.orgEntity(org), d.mentionOf(n.Sentence, n.Start, n.End))
	return true
}

// orgPrefix finds a KB organisation named by the first words of tokens
// [a, b) of sentence s, the longest first, leaving at least one word over.
func (d *doc) orgPrefix(s, a, b int) (kb.Org, bool) {
	for k := min(4, b-a-1); k >= 1; k-- {
		name := d.spanOf(s, a, a+k).In(d.text)
		if k == 1 && len(name) < 3 {
			continue
		}
		if org, ok := d.r.kb.Org(name); ok {
			return org, true
		}
	}
	return kb.Org{}, false
}

func (d *doc) orgEntity(org kb.Org) *entity {
	return d.entityFor("kb:org:"+org.ID, func() *entity {
		// Buildings in the KB stand for their occupants ("the Kremlin
		// said"): in a record they are organisations.
		return &entity{Entity: chronicle.Entity{Name: org.Name, Type: chronicle.Organization,
			KB: "org:" + org.ID, Country: org.Country, Sector: org.Sector, Code: org.Code}}
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
	if toks := d.sents[n.Sentence].Tokens; start > 0 && honorifics[strings.TrimSuffix(toks[start-1].Text, ".")] {
		start--
	}
	m := d.mentionOf(n.Sentence, start, n.End)
	// Of several people sharing the name (Tony and Cherie Blair), the one
	// named most often so far.
	var best *entity
	bestRank := 0
	for _, e := range d.ents {
		if e.Type != chronicle.Person || len(e.tokens) < 2 {
			continue
		}
		rank := 0
		switch {
		case strings.EqualFold(e.tokens[len(e.tokens)-1], word):
			rank = 2
		case strings.EqualFold(e.tokens[0], word):
			rank = 1
		}
		if rank > bestRank || rank > 0 && rank == bestRank && len(e.Mentions) > len(best.Mentions) {
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
		if p, ok := d.officeholderCalled(word); ok {
			best = d.personEntity(p)
		}
	}
	if best == nil && (groupNouns[word] || !d.couldBeName(n.Sentence, a, word)) {
		return // "the Bill", "Thursday", "Secretary", "Muslims": not a person
	}
	if best == nil {
		if c, ok := d.regionOfStory(word); ok {
			d.addRegionOf(d.mentionOf(n.Sentence, a, b), word, c)
			return
		}
	}
	if best == nil {
		country, title := d.modifiers(n.Sentence, a)
		best = d.entityFor("person:"+strings.ToLower(word), func() *entity {
			return &entity{Entity: chronicle.Entity{Name: word, Type: chronicle.Person, Country: country,
				Sector: sectorOf(title)}, tokens: []string{word}}
		})
	}
	d.attach(best, m)
}

// officeholderCalled finds the one KB person with this surname who holds an
// office on the article's date in a country the article names: "Mr Bush"
// in a 2005 story that names the United States. Without a date, or with
// two such people, nobody.
func (d *doc) officeholderCalled(word string) (kb.Person, bool) {
	if d.date == "" {
		return kb.Person{}, false
	}
	var found []kb.Person
	for _, p := range d.r.kb.PeopleWithSurname(word) {
		o, ok := d.r.kb.OfficeOn(p, d.date)
		if ok && o.Country != "" && d.byKey["kb:country:"+o.Country] != nil {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return kb.Person{}, false
	}
	return found[0], true
}

// groupNouns are plural names of peoples and faiths, which a recognizer
// may take for a person's name.
var groupNouns = map[string]bool{"Muslims": true, "Christians": true, "Jews": true, "Hindus": true, "Sikhs": true,
	"Buddhists": true, "Catholics": true, "Protestants": true, "Sunnis": true, "Shias": true, "Shiites": true,
	"Arabs": true, "Kurds": true, "Palestinians": true, "Israelis": true, "Europeans": true, "Africans": true,
	"Asians": true, "Latinos": true, "Americans": true, "Brits": true, "Britons": true, "Rohingya": true,
	"Uyghurs": true, "Uighurs": true, "Pashtuns": true, "Tamils": true, "Yazidis": true, "Druze": true}

// mergeLoneWords folds a one-word person the KB does not know into a place
// or organisation of the same name: the recognizer called one "Gatwick" a
// person and three others a place.
func (d *doc) mergeLoneWords() {
	kept := d.ents[:0]
	for _, e := range d.ents {
		if e.Type == chronicle.Person && e.person == nil && len(e.tokens) == 1 {
			if full := d.misjudgedFullName(e); full != nil {
				// "Vince Cable ... Mr Cable": the honorific shows the
				// recognizer's organisation was a person all along.
				full.Type, full.Sector, full.tokens = chronicle.Person, "", strings.Fields(full.Name)
				for _, m := range e.Mentions {
					full.Mentions = append(full.Mentions, m)
					full.first = min(full.first, m.Start)
				}
				d.moveOwners(e, full)
				continue
			}
			if into := d.namesake(e); into != nil {
				for _, m := range e.Mentions {
					into.Mentions = append(into.Mentions, m)
					into.first = min(into.first, m.Start)
				}
				continue
			}
		}
		kept = append(kept, e)
	}
	d.ents = kept
}

// acronyms joins an organisation's short form, given in brackets after its
// name ("the Qualifications and Curriculum Authority (QCA)"), to it: the
// short form's mentions anywhere in the article are that organisation.
func (d *doc) acronyms() {
	short := map[string]*entity{}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+2 < len(toks); i++ {
			if toks[i].Text != "(" || toks[i+2].Text != ")" || !isAcronym(toks[i+1].Text) {
				continue
			}
			if o, ok := d.owner[[2]int{s, i - 1}]; ok && o.e.Type == chronicle.Organization && o.e.Name != toks[i+1].Text {
				short[toks[i+1].Text] = o.e
			}
		}
	}
	if len(short) == 0 {
		return
	}
	kept := d.ents[:0]
	for _, e := range d.ents {
		into := short[e.Name]
		if into == nil || into == e || e.KB != "" {
			kept = append(kept, e)
			continue
		}
		for _, m := range e.Mentions {
			into.Mentions = append(into.Mentions, m)
			into.first = min(into.first, m.Start)
		}
		d.moveOwners(e, into)
	}
	d.ents = kept
	for s := range d.sents {
		for i, tok := range d.sents[s].Tokens {
			if into := short[tok.Text]; into != nil && !d.claimed[[2]int{s, i}] {
				d.attach(into, d.mentionOf(s, i, i+1))
			}
		}
	}
}

// isAcronym tells whether w is a short form in capitals: "QCA", "G8".
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// misjudgedFullName is the one organisation or place of the article, not
// from the KB, whose name is two or more words ending in the surname e,
// when e was named with an honorific ("Mr Cable"); else nil.
func (d *doc) misjudgedFullName(e *entity) *entity {
	honored := false
	for _, m := range e.Mentions {
		first, _, _ := strings.Cut(m.Text, " ")
		honored = honored || honorifics[strings.TrimSuffix(first, ".")]
	}
	if !honored {
		return nil
	}
	var found *entity
	for _, o := range d.ents {
		if o == e || o.Type == chronicle.Person || o.KB != "" {
			continue
		}
		if w := strings.Fields(o.Name); len(w) > 1 && w[len(w)-1] == e.Name && isCapitalized(w[0]) {
			if found != nil {
				return nil
			}
			found = o
		}
	}
	return found
}

// moveOwners hands the tokens from's mentions claimed over to into.
func (d *doc) moveOwners(from, into *entity) {
	for k, o := range d.owner {
		if o.e == from {
			d.owner[k] = owner{into, o.start}
		}
	}
}

// namesake is a non-person entity with e's name, or nil.
func (d *doc) namesake(e *entity) *entity {
	for _, o := range d.ents {
		if o != e && o.Type != chronicle.Person && strings.EqualFold(o.Name, e.Name) {
			return o
		}
	}
	return nil
}

// maxKnownWords bounds the length of a KB name looked for in the text.
const maxKnownWords = 4

// knownNames finds the institutions and countries of the KB that the
// recognizer missed ("the Kremlin said"): the longest run of capitalised
// words, not already part of a mention, that is an organisation's name or
// alias, a country's name or a nationality.
func (d *doc) knownNames() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			if d.claimed[[2]int{s, i}] || !isCapitalized(toks[i].Text) {
				continue
			}
			for n := min(maxKnownWords, len(toks)-i); n >= 1; n-- {
				if d.claimed[[2]int{s, i + n - 1}] || !isCapitalized(toks[i+n-1].Text) {
					continue
				}
				if n == 1 && i == 0 && !isAllCaps(toks[i].Text) {
					continue // "Diet is ..." opens a sentence with a common word
				}
				name := d.spanOf(s, i, i+n).In(d.text)
				m := d.mentionOf(s, i, i+n)
				if org, ok := d.r.kb.Org(name); ok && (n > 1 || len(name) > 3 || isAllCaps(name)) {
					d.attach(d.orgEntity(org), m)
				} else if c, ok := d.countryNamed(name); ok {
					d.attach(d.countryEntity(c), m)
				} else if c, ok := d.r.kb.CountryByDemonym(name); ok && n == 1 {
					d.attach(d.countryEntity(c), m)
				} else {
					continue
				}
				i += n - 1
				break
			}
		}
	}
}

func isAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// surnames finds the surnames of the article's people where the recognizer
// missed them ("…,” Yermak said): a capitalised word equal to the last name
// of a person named in full, not followed by another capitalised word.
func (d *doc) surnames() {
	last := map[string]*entity{}
	for _, e := range d.ents {
		if e.Type != chronicle.Person || len(e.tokens) < 2 {
			continue
		}
		w := e.tokens[len(e.tokens)-1]
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if other, ok := last[w]; ok && other != e {
			last[w] = nil // two people share it: leave it alone
			continue
		}
		last[w] = e
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := range toks {
			e := last[toks[i].Text]
			if e == nil || d.claimed[[2]int{s, i}] {
				continue
			}
			if i+1 < len(toks) && isCapitalized(toks[i+1].Text) {
				continue
			}
			d.attach(e, d.mentionOf(s, i, i+1))
		}
	}
}

func isCapitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// couldBeName tells whether a lone word (token a of sentence s) the
// recognizer called a person, and that matches no one, may be a name:
// not a title, a day or month, a nationality, or a word after an article.
func (d *doc) couldBeName(s, a int, word string) bool {
	lw := strings.ToLower(word)
	if _, ok := titleSectors[lw]; ok || modifierFill[lw] || calendarWords[lw] {
		return false
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

// calendarWords are capitalised words of dates, never names on their own.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// entityFor returns the entity under key, creating it with mk.
func (d *doc) entityFor(key string, mk func() *entity) *entity {
	if e, ok := d.byKey[key]; ok {
		return e
	}
	e := mk()
	e.first = -1
	d.byKey[key] = e
	d.ents = append(d.ents, e)
	return e
}

func (d *doc) mentionOf(s, a, b int) mention {
	sp := d.spanOf(s, a, b)
	return mention{span: sp, sentence: s, text: sp.In(d.text)}
}

// attach adds a mention to an entity, unless the entity already has a
// mention at that place.
func (d *doc) attach(e *entity, m mention) {
	for _, old := range e.Mentions {
		if old.Span == m.span {
			return
		}
	}
	e.Mentions = append(e.Mentions, chronicle.Mention{Span: m.span, Text: m.text})
	if e.first < 0 || m.span.Start < e.first {
		e.first = m.span.Start
	}
	toks := d.sents[m.sentence].Tokens
	first := -1
	for i := range toks {
		if toks[i].Start >= m.span.Start && toks[i].End <= m.span.End {
			if first < 0 {
				first = i
			}
			d.claimed[[2]int{m.sentence, i}] = true
			if _, ok := d.owner[[2]int{m.sentence, i}]; !ok {
				d.owner[[2]int{m.sentence, i}] = owner{e, first}
			}
		}
	}
}

// mainCountry is the country the article is about: the one whose mentions,
// with those of its cities and national bodies, are at least half of all
// such mentions, and two or more; else "". share is its part of them.
func (d *doc) mainCountry() (country string, share float64) {
	count := map[string]int{}
	total := 0
	for _, e := range d.ents {
		// A country's cities and national bodies speak for it too: a
		// story set in Mecca is about Saudi Arabia, one about Labour and
		// the Commons about Britain.
		if e.Country == "" || !strings.HasPrefix(e.KB, "country:") && !strings.HasPrefix(e.KB, "geonames:") &&
			!strings.HasPrefix(e.KB, "region:") && !strings.HasPrefix(e.KB, "org:") {
			continue
		}
		total += len(e.Mentions)
		count[e.Country] += len(e.Mentions)
	}
	best, bestN := "", 0
	for c, n := range count {
		if n > bestN || n == bestN && c < best {
			best, bestN = c, n
		}
	}
	if bestN < 2 || 2*bestN < total {
		return "", 0
	}
	return best, float64(bestN) / float64(total)
}

// localOrgName tells whether an organisation's name looks like a body of
// the story's country rather than a faith or a movement the recognizer
// took for one: several words ("Countryside Alliance") or an acronym (TUC).
func localOrgName(name string) bool {
	return strings.Contains(name, " ") || isAcronym(name)
}

// finish orders entities by first mention, numbers them and fills codes.
// An official or a state institution the text gives no country (Home
// Secretary Charles Clarke, the Home Office) takes the article's main
// country, as a coder reading the story would.
func (d *doc) finish() []chronicle.Entity {
	if main, share := d.mainCountry(); main != "" {
		for _, e := range d.ents {
			if e.Country != "" || e.KB != "" {
				continue
			}
			// Officials and state bodies belong to the main country; any
			// other person does too when the story is plainly about one
			// country (two thirds of its place mentions), as most people
			// a national story quotes are its own.
			if stateSectors[e.Sector] && (e.Type == chronicle.Person || e.Type == chronicle.Organization) ||
				share >= 2.0/3 && (e.Type == chronicle.Person || e.Type == chronicle.Organization && localOrgName(e.Name)) {
				e.Country = main
			}
		}
	}
	slices.SortStableFunc(d.ents, func(a, b *entity) int { return cmp.Compare(a.first, b.first) })
	out := make([]chronicle.Entity, 0, len(d.ents))
	for i, e := range d.ents {
		e.ID = fmt.Sprintf("e%d", i+1)
		slices.SortFunc(e.Mentions, func(a, b chronicle.Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		if e.Code == "" {
			e.Code = e.Country + e.Sector
		}
		if e.Flags == nil {
			e.Flags = []string{}
		}
		out = append(out, e.Entity)
	}
	return out
}
