package resolve

// Passes over the whole article after the recognizer's names are linked:
// merging, short forms, names the recognizer missed, and the story's main
// country.

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
	"github.com/chronicle-news/chronicle/text"
)

// peoplesNamed finds the peoples news names with "people" after them ("a
// leader of the Munduruku people"), which the recognizer may take for a
// surname, and gives a people with no country the one of a demonym before
// it ("Congolese Tutsis"), else, for one the KB does not know, that of a
// story mostly about one country (the KB's peoples of no country, Kurds or
// Arabs, live in many).
func (d *doc) peoplesNamed() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+1 < len(toks); i++ {
			if toks[i+1].Text != "people" || !strings.EqualFold(toks[i-1].Text, "the") || !capitalWord(toks[i].Text) {
				continue
			}
			if o, ok := d.owner[[2]int{s, i}]; ok && (o.e.Type != chronicle.Person || o.start != i || d.owner[[2]int{s, i + 1}] == o) {
				continue // a country's people, or a name of several words
			}
			if _, ok := d.placeCountry(toks[i].Text); ok {
				continue
			}
			name := toks[i].Text
			e := d.entityFor("people:"+strings.ToLower(name), func() *entity {
				return &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Nationality}}
			})
			d.absorb(s, i, i+1, e)
		}
	}
	main, share := d.mainCountry()
	for _, e := range d.ents {
		if e.Type != chronicle.Nationality || e.Country != "" || strings.HasPrefix(e.KB, "country:") {
			continue
		}
		for _, m := range e.Mentions {
			s, a, _ := d.tokensOf(m.Span)
			if a == 0 {
				continue
			}
			if c, ok := d.r.kb.CountryByDemonym(d.sents[s].Tokens[a-1].Text); ok {
				e.Country = c.ISO3 // "Congolese Tutsis"
				break
			}
		}
		if e.Country == "" && e.KB == "" && share >= 2.0/3 {
			e.Country = main
		}
	}
}

// sameNamedBodies folds a person the KB does not know into the body of the
// article spelled the same ("Valencia CF said" after "Valencia CF's new
// stadium", which the recognizer took for a person's), when the name opens
// on no first name; and a person or place the KB does not know into the
// firm the text introduced by its kind ("chipmaker Nexperia").
func (d *doc) sameNamedBodies() {
	bodies, firms := map[string]*entity{}, map[string]*entity{}
	for _, e := range d.ents {
		if e.Type == chronicle.Organization && strings.Contains(e.Name, " ") {
			bodies[e.Name] = e
		}
		if e.Type == chronicle.Organization && e.KB == "" && d.introducedAsFirm(e) {
			firms[e.Name] = e
		}
	}
	kept := d.ents[:0]
	for _, e := range d.ents {
		first, _, _ := strings.Cut(e.Name, " ")
		if into := bodies[e.Name]; into != nil && e.Type == chronicle.Person && e.KB == "" && !maleNames[first] && !femaleNames[first] {
			d.fold(e, into)
			continue
		}
		if into := firms[e.Name]; into != nil && into != e && e.KB == "" && (e.Type == chronicle.Person || isPlace(e.Type)) {
			d.fold(e, into) // "Nexperia" taken for a place, after "chipmaker Nexperia"
			continue
		}
		kept = append(kept, e)
	}
	d.ents = kept
}

// namesakesFolded folds, once every body has its canonical name, an entity
// into an earlier one of the same name and type when at most one of them is
// the KB's (the KB's kept): "the Foreign Ministry" and "the Egyptian
// Ministry of Foreign Affairs", both named Ministry of Foreign Affairs of
// Egypt, are one body; Kharkiv the city and Kharkiv the region, both known,
// stay two.
func (d *doc) namesakesFolded() {
	first := map[[2]string]*entity{}
	for _, e := range d.ents {
		k := [2]string{e.Type, e.Name}
		if o := first[k]; o == nil || o.KB == "" && e.KB != "" {
			first[k] = e
		}
	}
	d.foldEach(func(e *entity) *entity {
		o := first[[2]string{e.Type, e.Name}]
		if o == e || e.KB != "" && o.KB != e.KB || e.Type == chronicle.Person && e.KB == "" && o.KB == "" {
			return nil // (two people the KB does not know may share a name)
		}
		o.Country = cmp.Or(o.Country, e.Country)
		o.Sector = cmp.Or(o.Sector, e.Sector)
		return o
	})
}

// sameNamedPlaces folds a place the KB does not know, written in capitals
// in a dateline ("KOTA BELUD, Sabah"), into the place the text spells the
// same in title case ("outside Kota Belud town"), which names the two.
func (d *doc) sameNamedPlaces() {
	titled := map[string]*entity{}
	for _, e := range d.ents {
		if e.KB == "" && isPlace(e.Type) && !isAllCaps(e.Name) {
			titled[strings.ToLower(e.Name)] = e
		}
	}
	kept := d.ents[:0]
	for _, e := range d.ents {
		if into := titled[strings.ToLower(e.Name)]; into != nil && into != e && e.KB == "" && isPlace(e.Type) && isAllCaps(e.Name) {
			into.Country = cmp.Or(into.Country, e.Country)
			d.fold(e, into)
			continue
		}
		kept = append(kept, e)
	}
	d.ents = kept
}

// peopleTakenForPlaces folds a place the KB does not know whose name is a
// person's of the story into that person: the same name ("Tundu Lissu",
// taken for a place once of many), the surname or a near miss of it ("-
// noted Lavorv" after "Sergey Lavrov"), or a near miss of a KB person the
// story names ("According to Kasym-Zhomart Tokayev"). A misspelling of a
// KB person's name is flagged as such.
func (d *doc) peopleTakenForPlaces() {
	d.foldEach(func(e *entity) *entity {
		words := strings.Fields(e.Name)
		if !isPlace(e.Type) || e.KB != "" || len(words) == 0 || d.knownPlace(e.Name) || naturalFeatures[words[len(words)-1]] {
			return nil
		}
		var p *entity
		switch {
		case len(words) == 1:
			p = theOne(d.ents, func(o *entity) bool {
				return o.Type == chronicle.Person && len(o.tokens) >= 2 && strings.HasSuffix(o.Name, " "+e.Name)
			})
			if p == nil {
				p = d.surnameNearMiss(e.Name, "")
			}
		default:
			p = theOne(d.ents, func(o *entity) bool { return o.Type == chronicle.Person && o.Name == e.Name })
			for _, nm := range d.r.kb.NearMiss(e.Name) {
				if p != nil {
					break
				}
				if d.namesKBPerson(nm.Person.ID) {
					p = d.personEntity(nm.Person)
				}
			}
		}
		if p == nil {
			return nil
		}
		if p.person != nil && e.Name != p.Name && !strings.HasSuffix(p.Name, " "+e.Name) {
			p.addFlag(fmt.Sprintf("spelled '%s' in the text; known as %s", e.Name, p.Name))
		}
		return p
	})
}

// mergeLoneWords folds a one-word person the KB does not know into a place
// or organisation of the same name: the recognizer called one "Gatwick" a
// person and three others a place.
func (d *doc) mergeLoneWords() {
	kept := d.ents[:0]
	for _, e := range d.ents {
		if e.KB == "" && e.Type != chronicle.Person && !strings.Contains(e.Name, " ") && onlyBareName(e) {
			// "Phailin" and "the Cyclone" after "Cyclone Phailin",
			// whatever type the recognizer gave them.
			into := d.stormNamed(e.Name)
			if into == nil && stormWords[e.Name] {
				into = d.onlyStorm()
			}
			if into != nil && into != e {
				d.fold(e, into)
				continue
			}
		}
		if e.Type == chronicle.Person && e.person == nil && len(e.tokens) == 1 {
			if full := d.misjudgedFullName(e); full != nil {
				// "Vince Cable ... Mr Cable": the honorific shows the
				// recognizer's organisation was a person all along.
				full.Type, full.Sector, full.tokens = chronicle.Person, "", strings.Fields(full.Name)
				d.fold(e, full)
				continue
			}
			if into := d.namesake(e); into != nil {
				d.fold(e, into)
				continue
			}
			if into := d.stormNamed(e.Name); into != nil && onlyBareName(e) {
				d.fold(e, into) // "Hurricane Melissa … Melissa later struck Cuba"
				continue
			}
		}
		if (e.Type == chronicle.Organization || e.Type == chronicle.Location) && (e.KB == "" || d.onlyInHeadline(e)) &&
			!strings.Contains(e.Name, " ") ||
			e.Type == chronicle.GeoPolitical && (strings.HasPrefix(e.KB, "geonames:") || e.KB == "" && !strings.Contains(e.Name, " ")) &&
				d.onlyInHeadline(e) {
			// "Takaichi" in a headline, which the recognizer took for a
			// body, is the surname of the prime minister named below it;
			// so is "Ford" in "… as Ford seeks third majority", which the
			// KB knows as a carmaker, and "Ueda" in "… Ueda signals more
			// to come", which it knows as a Japanese town; and "… blow to
			// Bayrou", a place of no gazetteer.
			into := d.personWithSurname(e.Name)
			if p := d.personWithSurnameMost(e.Name); into == nil && p != nil && (p.person != nil || d.onlyInHeadline(e)) {
				// "Milei's party wins …", "… instead Milei got a mandate"
				// with Javier Milei and his sister Karina named: the one
				// the KB knows, or the one named most.
				into = p
			}
			if into != nil && nameShaped(into.tokens) {
				d.fold(e, into)
				continue
			}
		}
		if e.Type == chronicle.Organization && e.KB == "" && e.Sector == "" && !d.introducedAsFirm(e) {
			// "Labour chooses Manchester" over "its conference in
			// Manchester": a town the recognizer took for a body in a
			// headline or before a noun is the town named elsewhere, unless
			// the body is named more often (a club called by its town) or
			// by its trade ("chipmaker Nexperia").
			if into := d.namesake(e); into != nil && isPlace(into.Type) && (len(into.Mentions) >= len(e.Mentions) ||
				strings.Contains(e.Name, " ")) { // (a club goes by one word: "Liverpool"; "Islam Qala" by two is the town)
				d.fold(e, into)
				continue
			}
		}
		if e.Type == chronicle.Person && e.person == nil && len(e.tokens) > 1 && onlyBareName(e) {
			// "were Bethnal Green, in east London, and Rochdale": a name of
			// several words that the article also names as a place is the
			// place, unless a title or honorific made it a person.
			if into := d.namesake(e); into != nil && isPlace(into.Type) {
				d.fold(e, into)
				continue
			}
		}
		kept = append(kept, e)
	}
	d.ents = kept
}

// countriesThatAreSurnames folds a country named only by its bare name,
// which is the surname of a person the story names in full, into that
// person, when the story is about another country: "Portugal's Montenegro
// seeks clearer mandate" above "Prime Minister Luís Montenegro".
func (d *doc) countriesThatAreSurnames() {
	main := d.storyCountry()
	d.foldEach(func(e *entity) *entity {
		if !strings.HasPrefix(e.KB, "country:") || e.Country == main || strings.Contains(e.Name, " ") ||
			slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return m.Text != e.Name }) {
			return nil
		}
		if p := d.personWithSurnameMost(e.Name); p != nil && len(p.Mentions) > len(e.Mentions) {
			return p
		}
		return nil
	})
}

// foldEach folds each entity into the entity into names for it, if any,
// and drops it from the story's entities.
func (d *doc) foldEach(into func(e *entity) *entity) {
	kept := d.ents[:0]
	for _, e := range d.ents {
		if to := into(e); to != nil && to != e {
			d.fold(e, to)
			continue
		}
		kept = append(kept, e)
	}
	d.ents = kept
}

// patronymicAddresses folds a person the KB does not know, named by a first
// name and a patronymic as Russian speech addresses someone ("personally to
// Vladimir Vladimirovich"), into the one other person of the story with
// that first name.
func (d *doc) patronymicAddresses() {
	d.foldEach(func(e *entity) *entity {
		if e.Type != chronicle.Person || e.KB != "" || len(e.tokens) != 2 || !patronymic(e.tokens[1]) {
			return nil
		}
		var into *entity
		for _, o := range d.ents {
			if o != e && o.Type == chronicle.Person && len(o.tokens) >= 2 && o.tokens[0] == e.tokens[0] && !patronymic(o.tokens[1]) {
				if into != nil && into != o {
					return nil
				}
				into = o
			}
		}
		return into
	})
}

// patronymic tells whether w is an East Slavic patronymic: "Vladimirovich",
// "Sergeyevna", "Ilyich".
func patronymic(w string) bool {
	for _, end := range []string{"ovich", "evich", "ovna", "evna", "yich", "ichna"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return w == "Ilyich" || w == "Lukich" || w == "Kuzmich" || w == "Fomich"
}

// namesCutShort folds a person the KB does not know, named by two or more
// words that open the name of one other person of the story, into that
// person: "Amir Hamzah said" after "Second Finance Minister Amir Hamzah
// Azizan", as Malay names go.
func (d *doc) namesCutShort() {
	d.foldEach(func(e *entity) *entity {
		if e.Type != chronicle.Person || e.KB != "" || len(e.tokens) < 2 {
			return nil
		}
		var into *entity
		for _, o := range d.ents {
			if o != e && o.Type == chronicle.Person && len(o.tokens) > len(e.tokens) && slices.Equal(o.tokens[:len(e.tokens)], e.tokens) {
				if into != nil && into != o {
					return nil
				}
				into = o
			}
		}
		return into
	})
}

// givenNameSpellings folds a person the KB does not know into the one
// other person of the story with the same surname and a given name spelled
// one letter apart, as transliterations differ within a story: "Mariya
// Zakharova" after "Maria Zakharova", "Sergei Ivanov" after "Sergey
// Ivanov". Names of three letters or fewer are left alone ("Ian", "Ivan").
func (d *doc) givenNameSpellings() {
	d.foldEach(func(e *entity) *entity {
		if e.Type != chronicle.Person || e.KB != "" || len(e.tokens) != 2 || len(e.tokens[0]) < 4 {
			return nil
		}
		var into *entity
		for _, o := range d.ents {
			if o == e || o.Type != chronicle.Person || len(o.tokens) != 2 || o.tokens[1] != e.tokens[1] || o.first > e.first ||
				o.tokens[0] == e.tokens[0] || o.tokens[0][0] != e.tokens[0][0] || kb.EditDistance(o.tokens[0], e.tokens[0], 1) > 1 {
				continue
			}
			if into != nil && into != o {
				return nil
			}
			into = o
		}
		return into
	})
}

// initialledGivenNames folds a person named as Mongolian news writes
// names, the father's initial glued to the given name ("D.Amarbayasgalan"),
// into the one person of the story named in full, father's name first,
// whose names these are ("Dashzegviin Amarbayasgalan"); a given name one
// letter off, as a slip writes it ("D.Amarbayasgalang"), still counts when
// it is long.
func (d *doc) initialledGivenNames() {
	d.foldEach(func(e *entity) *entity {
		initial, given, ok := strings.Cut(e.Name, ".")
		if e.Type != chronicle.Person || !ok || len(initial) == 0 || len(initial) > 2 || !isCapitalized(initial) ||
			!isCapitalized(given) || strings.ContainsAny(given, ". ") {
			return nil
		}
		return theOne(d.ents, func(o *entity) bool {
			words := strings.Fields(o.Name)
			return o != e && o.Type == chronicle.Person && len(words) == 2 && strings.HasPrefix(words[0], initial) &&
				(words[1] == given || len(given) >= 8 && kb.EditDistance(words[1], given, 1) <= 1)
		})
	})
}

// firmsByFirstWord folds a one-word person the KB does not know, named
// bare, into the story's body whose name opens on that word and goes on in
// a firm's words: "smaller players such as Mazda and Subaru" beside "Mazda
// Motor Corp and Subaru Corp".
func (d *doc) firmsByFirstWord() {
	d.foldEach(func(e *entity) *entity {
		if e.Type == chronicle.Person && e.KB == "" && len(e.tokens) == 1 && onlyBareName(e) {
			return d.firmOpeningOn(e.Name)
		}
		return nil
	})
}

// firmsByTheirWords makes a one-word person the KB does not know, named
// bare, a firm when the word is made like the names of the state
// companies of the former Soviet Union, on a word of their trade:
// "Turkmengaz", "Dneprtekhmash", "Uzbekneftegaz", "Energoatom".
func (d *doc) firmsByTheirWords() {
	for _, e := range d.ents {
		if e.Type != chronicle.Person || e.KB != "" || len(e.tokens) != 1 || !onlyBareName(e) || len(e.Name) < 7 {
			continue
		}
		w := strings.ToLower(e.Name)
		if slices.ContainsFunc(firmStems, func(stem string) bool {
			return strings.HasSuffix(w, stem) || strings.HasPrefix(w, stem) && len(w) > len(stem)+2
		}) {
			e.Type, e.Sector = chronicle.Organization, "BUS"
			// A description says more than the story's country the
			// person was given: "the Mogilev enterprise Dneprtekhmash".
			guess := e.Country
			e.Country = ""
			if d.describedBodyTie(e); e.Country == "" {
				e.Country = guess
			}
		}
	}
}

// firmStems are the words of trade that open or close the one-word names
// of the state companies of Russia and Central Asia.
var firmStems = []string{"gaz", "neft", "neftegaz", "mash", "prom", "energo", "telecom", "zavod", "stroy", "transgaz"}

// firmOpeningOn is the one organisation of the story whose name is word
// followed only by words of firms' names ("Motor", "Corp"), or nil.
func (d *doc) firmOpeningOn(word string) *entity {
	return theOne(d.ents, func(e *entity) bool {
		rest, ok := strings.CutPrefix(e.Name, word+" ")
		if !ok || e.Type != chronicle.Organization {
			return false
		}
		for _, w := range strings.Fields(rest) {
			if !orgNameHeads[w] && w != "Motor" && w != "Co" && w != "Company" {
				return false
			}
		}
		return true
	})
}

// peopleListedAmongPlaces makes a place of a person the KB does not know
// whose every mention stands in a list between two places of the story
// ("Cagayan, Batanes and Ilocos Norte", "Swat, Shangla, Bajaur"), with
// the country of the place before it.
func (d *doc) peopleListedAmongPlaces() {
	for _, e := range d.ents {
		if e.Type != chronicle.Person || e.KB != "" || e.Sector != "" || len(e.Mentions) == 0 {
			continue
		}
		country, listed := "", true
		for _, m := range e.Mentions {
			s, a, b := d.tokensOf(m.Span)
			before, after := d.placeOwnedAt(s, a-2), d.placeOwnedAt(s, b+1)
			toks := d.sents[s].Tokens
			if before == nil || after == nil || !listWord(toks[a-1].Text) || !listWord(toks[b].Text) {
				listed = false
				break
			}
			country = cmp.Or(before.Country, after.Country)
		}
		if listed {
			e.Type, e.Country, e.tokens = chronicle.GeoPolitical, country, nil
		}
	}
}

// placeOwnedAt is the place whose mention holds token i of sentence s, or
// nil.
func (d *doc) placeOwnedAt(s, i int) *entity {
	if i < 0 || i >= len(d.sents[s].Tokens) {
		return nil
	}
	if o, ok := d.owner[[2]int{s, i}]; ok && isPlace(o.e.Type) {
		return o.e
	}
	return nil
}

func listWord(w string) bool { return w == "," || w == "and" }

// sharedNamesAgain folds a body named by a bare shared name ("Labor",
// "Liberals") that was linked to nothing when first read, before the
// story's country was plain, into the national body the name means once
// every name is read.
func (d *doc) sharedNamesAgain() {
	folded := map[*entity]bool{}
	for _, e := range slices.Clone(d.ents) { // nationalBody may add the body it names
		if _, shared := sharedOrgNames[e.Name]; shared && e.Type == chronicle.Organization && e.KB == "" && e.Country == "" &&
			len(e.Mentions) > 0 {
			s := d.sentenceAt(e.Mentions[0].Start)
			a := sort.Search(len(d.sents[s].Tokens), func(i int) bool { return d.sents[s].Tokens[i].Start >= e.Mentions[0].Start })
			if into := d.nationalBody(e.Name, s, a); into != nil && into != e {
				d.fold(e, into)
				folded[e] = true
			}
		}
	}
	d.ents = slices.DeleteFunc(d.ents, func(e *entity) bool { return folded[e] })
}

// fold moves the mentions of e to into; the caller drops e.
func (d *doc) fold(e, into *entity) {
	for _, m := range e.Mentions {
		into.Mentions = append(into.Mentions, m)
		into.first = min(into.first, m.Start)
	}
	d.moveOwners(e, into)
}

// stormNamed is the storm the article names with a storm word before
// name ("Hurricane Melissa" for "Melissa"), or nil.
func (d *doc) stormNamed(name string) *entity {
	for _, o := range d.ents {
		if first, rest, ok := strings.Cut(o.Name, " "); ok && o.Type == chronicle.EventName && stormWords[first] {
			if first == "Tropical" {
				_, rest, _ = strings.Cut(rest, " ") // "Tropical Storm Erin"
			}
			if rest == name {
				return o
			}
		}
	}
	return nil
}

// onlyStorm is the one storm the story names ("Cyclone Phailin"), or nil.
func (d *doc) onlyStorm() *entity {
	var found *entity
	for _, o := range d.ents {
		if first, _, ok := strings.Cut(o.Name, " "); ok && o.Type == chronicle.EventName && stormWords[first] {
			if found != nil {
				return nil
			}
			found = o
		}
	}
	return found
}

// featuresByFirstWord folds a town of a country the story never names into
// the one natural feature of the story whose name opens on the town's name:
// "the Aral" and "the Aral region" beside "the Aral Sea" are the sea, not
// Aral, the town in China.
func (d *doc) featuresByFirstWord() {
	d.foldEach(func(e *entity) *entity {
		if e.Type != chronicle.GeoPolitical || !strings.HasPrefix(e.KB, "geonames:") || d.storyNames(e.Country) {
			return nil
		}
		return theOne(d.ents, func(o *entity) bool {
			return o != e && o.Type == chronicle.Location && strings.HasPrefix(o.Name, e.Name+" ")
		})
	})
}

// shortBodyNames folds a body the KB does not know into the one known body
// of its country whose name ends with its name: "Supreme Court" in a
// headline over "the U.S. Supreme Court". It runs once bodies have their
// countries.
func (d *doc) shortBodyNames() {
	for _, e := range d.ents {
		if e.Type == chronicle.Organization && e.KB == "" && len(e.Mentions) > 0 {
			if into := d.knownBodyEndingIn(e); into != nil {
				d.fold(e, into)
				e.Mentions = nil
			}
		}
		if e.Type == chronicle.Organization && e.KB == "" && len(e.Mentions) > 0 {
			if into := d.bodyOfCountryNamed(e); into != nil {
				d.fold(e, into)
				e.Mentions = nil
				continue
			}
		}
		if e.Type != chronicle.Person && e.KB == "" && len(e.Mentions) > 0 {
			// "Zen-Noh" after "JA Zen-Noh": a body's name without the short
			// form that opens it.
			into := theOne(d.ents, func(o *entity) bool {
				first, rest, ok := strings.Cut(o.Name, " ")
				return o != e && o.Type == chronicle.Organization && ok && isAcronym(first) && rest == e.Name && o.first < e.first
			})
			if into != nil {
				d.fold(e, into)
				e.Mentions = nil
				continue
			}
		}
		if (e.Type == chronicle.Organization || e.Type == chronicle.Person) && e.KB == "" && len(e.Mentions) > 0 && !strings.Contains(e.Name, " ") {
			// "the House" after "the House of Representatives of the
			// Philippines", "Altyn-Sai" after "Altyn-Sai Mining": the one
			// body named before whose name opens with the word.
			into := theOne(d.ents, func(o *entity) bool {
				return o != e && o.Type == chronicle.Organization && strings.HasPrefix(o.Name, e.Name+" ") && o.first < e.first
			})
			if into != nil && !d.knownPlace(e.Name) {
				d.fold(e, into)
				e.Mentions = nil
			}
		}
	}
}

// bodyOfCountryNamed is the one other organisation of e's country named
// as e is and then "of" and that country, and maybe more: "Constitutional
// Court of the Republic of Uzbekistan" for "the Constitutional Court" of an
// Uzbek story, "Central Commission of the Republic of Belarus on
// Elections …" for "the Central Commission". A bare name placed nowhere
// is taken for the body too.
func (d *doc) bodyOfCountryNamed(e *entity) *entity {
	return theOne(d.ents, func(o *entity) bool {
		rest, ok := strings.CutPrefix(o.Name, e.Name+" of ")
		if !ok || o == e || o.Type != chronicle.Organization || o.Country == "" || e.Country != "" && o.Country != e.Country {
			return false
		}
		words := strings.Fields(strings.TrimPrefix(rest, "the "))
		for k := len(words); k > 0; k-- {
			if c, ok := d.countryNamed(strings.Join(words[:k], " ")); ok {
				return c.ISO3 == o.Country
			}
		}
		return false
	})
}

// knownBodyEndingIn is the one organisation of the KB in the article whose
// name ends with e's and that has e's country, or nil.
func (d *doc) knownBodyEndingIn(e *entity) *entity {
	if e.Country == "" {
		return nil
	}
	var found *entity
	for _, o := range d.ents {
		if o == e || o.Type != chronicle.Organization || o.KB == "" || o.Country != e.Country ||
			!strings.HasSuffix(o.Name, " "+e.Name) {
			continue
		}
		if found != nil {
			return nil
		}
		found = o
	}
	return found
}

// onlyBareName reports whether every mention of e is its name as it stands.
func onlyBareName(e *entity) bool {
	for _, m := range e.Mentions {
		if m.Text != e.Name {
			return false
		}
	}
	return true
}

func isPlace(t string) bool {
	return t == chronicle.GeoPolitical || t == chronicle.Location || t == chronicle.Facility
}

// acronyms joins an organisation's short form, given in brackets after its
// name ("the Qualifications and Curriculum Authority (QCA)"), to it: the
// short form's mentions anywhere in the article are that organisation.
func (d *doc) acronyms() {
	short := map[string]*entity{}
	spelled := map[string]bool{} // short forms in brackets after a body of the article whose name spells them out
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+2 < len(toks); i++ {
			if toks[i].Text != "known" || toks[i+1].Text != "as" || !isShortForm(toks[i+2].Text) {
				continue
			}
			k := i - 1
			if toks[k].Text == "," && k > 0 {
				k--
			}
			if bodyKinds[toks[k].Text] && k > 0 {
				k-- // "the … Freedom and Direct Democracy party, known as SPD"
			}
			if o, ok := d.owner[[2]int{s, k}]; ok && o.e.Type == chronicle.Organization && o.e.Name != toks[i+2].Text {
				short[toks[i+2].Text] = o.e // left unlinked by addOrg (knownAsShortForms)
			}
		}
		for i := 1; i+2 < len(toks); i++ {
			if toks[i].Text != "(" || toks[i+2].Text != ")" || !isShortForm(toks[i+1].Text) {
				continue
			}
			o, ok := d.owner[[2]int{s, i - 1}]
			if _, known := d.r.kb.Org(toks[i+1].Text); ok && isPlace(o.e.Type) && o.start >= 2 && !known {
				// "The European Chamber of Commerce in Vietnam (EuroCham)",
				// "The Central Bank of the Republic of Turkey (CBRT)": the
				// body named before the place, whose full name runs on
				// over it.
				k := o.start - 1 // the preposition
				if toks[k].Text == "the" && k > 0 && toks[k-1].Text == "of" {
					k--
				}
				if toks[k].Text == "in" || toks[k].Text == "of" {
					if body, found := d.owner[[2]int{s, k - 1}]; found && body.e.Type == chronicle.Organization &&
						(toks[k].Text == "in" || spellsOut(toks[i+1].Text, toks[body.start:i])) {
						if body.e.KB == "" && !strings.Contains(body.e.Name, " "+toks[k].Text+" ") {
							body.e.Name = d.spanOf(s, body.start, i).In(d.text)
						}
						o = body
					}
				}
			}
			if ok && o.e.Type == chronicle.Organization && o.e.Name != toks[i+1].Text {
				short[toks[i+1].Text] = o.e
				if o.e.KB == "" && spellsOut(toks[i+1].Text, toks[o.start:i]) {
					spelled[toks[i+1].Text] = true
				}
			}
		}
		// "CEI (Italian Episcopal Conference)": the name in brackets after
		// a short form spells it out, in any order of its initials.
		for i := 0; i+3 < len(toks); i++ {
			if toks[i+1].Text != "(" || !isAcronym(toks[i].Text) {
				continue
			}
			o, ok := d.owner[[2]int{s, i + 2}]
			if !ok || o.start != i+2 || o.e.Type == chronicle.Person {
				continue
			}
			j := i + 3
			for j < len(toks) && j-i < 12 && toks[j].Text != ")" {
				j++
			}
			if j >= len(toks) || toks[j].Text != ")" || !spellsOut(toks[i].Text, toks[i+2:j]) {
				continue
			}
			if a, ok := d.owner[[2]int{s, i}]; ok && a.e.Type == chronicle.Organization && o.e.Type != chronicle.Organization {
				o.e.Type = chronicle.Organization
			}
			short[toks[i].Text] = o.e
		}
	}
	// A short form the article never spells out in brackets is the one
	// name of the article whose initials it is: "KSC" for the Kennedy Space
	// Center named before.
	for _, e := range d.ents {
		if e.KB != "" || e.Type == chronicle.Person || !isAcronym(e.Name) || short[e.Name] != nil {
			continue
		}
		var found *entity
		for _, o := range d.ents {
			if o != e && o.Type != chronicle.Person && initials(o.Name) == e.Name {
				if found != nil {
					found = nil
					break
				}
				found = o
			}
		}
		if found != nil {
			short[e.Name] = found
		}
	}
	if len(short) == 0 {
		return
	}
	kept := d.ents[:0]
	for _, e := range d.ents {
		into := short[e.Name]
		if e.KB != "" && e.Type == chronicle.Organization {
			// "the Multinational Security Support (MSS) mission": the short
			// form spelled out in brackets is the article's body's, not
			// the KB's other body of those letters (China's MSS).
			d.moveSpelledShortForms(e, short, spelled) // left with none, it is dropped with the others at the end
		}
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

// moveSpelledShortForms moves the mentions of KB body e that are a short
// form the article spells out in brackets after another body to that body.
func (d *doc) moveSpelledShortForms(e *entity, short map[string]*entity, spelled map[string]bool) {
	kept := e.Mentions[:0]
	for _, m := range e.Mentions {
		into := short[m.Text]
		if into == nil || into == e || !spelled[m.Text] {
			kept = append(kept, m)
			continue
		}
		into.Mentions = append(into.Mentions, m)
		into.first = min(into.first, m.Start)
		s, a, b := d.tokensOf(m.Span)
		for i := a; i < b; i++ {
			if o, ok := d.owner[[2]int{s, i}]; ok && o.e == e {
				o.e = into
				d.owner[[2]int{s, i}] = o
			}
		}
	}
	e.Mentions = kept
}

// initials are the first letters of a name's capitalised words:
// "Kennedy Space Center" → "KSC"; "" for a name of one word.
func initials(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b []byte
	for _, w := range words {
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b = append(b, c)
		}
	}
	return string(b)
}

// shortFormsOfNamed links the short forms the recognizer missed to the body
// of the article whose name's initials begin with them: "CGN, which already
// holds stakes …" after "China General Nuclear Power Group". The short
// form has three letters or more, spells at least half the initials, and
// fits no other name of the article and nothing the KB knows.
func (d *doc) shortFormsOfNamed() {
	var bodies []*entity
	inits := map[*entity]string{}
	for _, e := range d.ents {
		if e.Type == chronicle.Organization {
			if ini := initials(e.Name); len(ini) >= 3 {
				bodies, inits[e] = append(bodies, e), ini
			}
		}
	}
	if len(bodies) == 0 {
		return
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i, t := range toks {
			w := t.Text
			if len(w) < 3 || !isAcronym(w) || strings.ToUpper(w) != w || d.claimed[[2]int{s, i}] || gluedBetween(toks, i, i+1) {
				continue
			}
			if _, known := d.r.kb.Org(w); known {
				continue
			}
			if _, country := d.countryNamed(w); country {
				continue
			}
			if found := theOne(bodies, func(e *entity) bool {
				ini := inits[e]
				return strings.HasPrefix(ini, w) && 2*len(w) >= len(ini)
			}); found != nil {
				d.attach(found, d.mentionOf(s, i, i+1))
			}
		}
	}
}

// bodiesBeforeTheirPeople links a capitalised word the recognizer left alone to
// the one body named before whose name opens with it, where a word for the
// body's people or its statements follows: "A Galil spokesperson said"
// after "Galil Defence Technologies". The word names no place and nothing
// the KB knows.
func (d *doc) bodiesBeforeTheirPeople() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+1 < len(toks); i++ {
			w := toks[i].Text
			if !capitalWord(w) || isAllCaps(w) || len(w) < 3 || d.claimed[[2]int{s, i}] || !firmPeopleNouns[toks[i+1].Text] && !spokesWords[toks[i+1].Text] {
				continue
			}
			if _, known := d.r.kb.Org(w); known || d.knownPlace(w) {
				continue
			}
			at := toks[i].Start
			if into := theOne(d.ents, func(o *entity) bool {
				return o.Type == chronicle.Organization && strings.HasPrefix(o.Name, w+" ") && o.first < at
			}); into != nil {
				d.attach(into, d.mentionOf(s, i, i+1))
			}
		}
	}
}

// firmPeopleNouns are the words after a body's name for those who speak
// for it or what it says: "a Galil spokesperson", "Hanwha officials".
// (spokesWords name the rest.)
var firmPeopleNouns = map[string]bool{"official": true, "officials": true, "executive": true, "executives": true,
	"statement": true, "representative": true}

// spellsOut tells whether the capitalised words of toks begin with the
// letters of the short form, in any order: "Italian Episcopal Conference"
// for CEI.
func spellsOut(short string, toks []chronicle.Token) bool {
	var initials []byte
	for _, t := range toks {
		if c := t.Text[0]; c >= 'A' && c <= 'Z' {
			initials = append(initials, c)
		}
	}
	letters := []byte(strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r
		}
		return -1
	}, short))
	if len(initials) != len(letters) || len(letters) < 2 {
		return false
	}
	slices.Sort(initials)
	slices.Sort(letters)
	return string(initials) == string(letters)
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

// moveOwners hands the tokens from's mentions claimed over to into.
func (d *doc) moveOwners(from, into *entity) {
	for k, o := range d.owner {
		if o.e == from {
			d.owner[k] = owner{into, o.start}
		}
	}
}

// surnameOfNamed tells whether word is the surname of the one person the
// article names in full with a known first name or from the KB, and no
// country's own name (Jordan).
func (d *doc) surnameOfNamed(word string) bool {
	if w := d.personWordsNow(); !w[kb.Fold(word)] && !w[kb.Fold(surname([]string{word}))] {
		return false // no person's name holds the word: spare the look-up through every entity
	}
	p := d.personWithSurnameMost(word)
	if p == nil || !nameShaped(p.tokens) || !(p.person != nil || maleNames[p.tokens[0]] || femaleNames[p.tokens[0]]) {
		return false
	}
	_, country := d.r.kb.CountryByName(word)
	return !country
}

// personWithSurnameMost is the person with surname word, or of several the
// only one the KB knows, or the one named at least twice as often as any
// other: "a fierce critic of Petro" after President Gustavo Petro and his
// son Nicolas Petro.
func (d *doc) personWithSurnameMost(word string) *entity {
	if p := d.personWithSurname(word); p != nil {
		return p
	}
	word = surname([]string{word})
	var best, known *entity
	second, knownCount := 0, 0
	for _, e := range d.ents {
		if d.nameRank(e, word) != 2 {
			continue
		}
		if e.person != nil {
			known, knownCount = e, knownCount+1
		}
		switch {
		case best == nil || len(e.Mentions) > len(best.Mentions):
			if best != nil {
				second = len(best.Mentions)
			}
			best = e
		case len(e.Mentions) > second:
			second = len(e.Mentions)
		}
	}
	if knownCount == 1 {
		return known // the one the KB knows: President Gustavo Petro, not his son
	}
	if best == nil || len(best.Mentions) < 2*second {
		return nil
	}
	return best
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

// bodiesNamedAgain finds the other mentions of the article's bodies the KB
// does not know where the recognizer missed them: "A Flickstream
// spokesperson said" after "Ofcom fined Flickstream". The name must be
// written as the entity's, in capitals, and stand alone (no capitalised
// word on either side).
func (d *doc) bodiesNamedAgain() {
	byFirst := map[string][]*entity{}
	for _, e := range d.ents {
		if e.Type != chronicle.Organization || e.KB != "" || len(e.Name) < 3 || !isCapitalized(e.Name) ||
			!strings.Contains(e.Name, " ") && len(e.Mentions) < 2 && !d.introducedAsFirm(e) {
			continue // a lone word recognized once may be a common one ("Crown", "Committee"), unless a firm's kind came before it ("chipmaker Nexperia")
		}
		first, _, _ := strings.Cut(e.Name, " ")
		byFirst[first] = append(byFirst[first], e)
	}
	if len(byFirst) == 0 {
		return
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := range toks {
			cands := byFirst[toks[i].Text]
			if len(cands) == 0 || d.claimed[[2]int{s, i}] ||
				i > 0 && isCapitalized(toks[i-1].Text) && !d.claimed[[2]int{s, i - 1}] && !isDeterminer(toks[i-1].Text) {
				continue
			}
			for _, e := range cands {
				words := strings.Fields(e.Name)
				j := i + len(words)
				if j > len(toks) || d.spanOf(s, i, j).In(d.text) != e.Name || d.claimed[[2]int{s, j - 1}] ||
					j < len(toks) && isCapitalized(toks[j].Text) {
					continue
				}
				d.attach(e, d.mentionOf(s, i, j))
				break
			}
		}
	}
}

// introducedAsFirm tells whether a mention of e follows a firm's kind:
// "chipmaker Nexperia", "the state-owned Petrosen".
func (d *doc) introducedAsFirm(e *entity) bool {
	return slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool {
		s, a, _ := d.tokensOf(m.Span)
		return a > 0 && firmCue(strings.ToLower(d.sents[s].Tokens[a-1].Text))
	})
}

// onlyInHeadline tells whether every mention of e is in the article's first
// sentence, its headline when it has more.
func (d *doc) onlyInHeadline(e *entity) bool {
	if len(d.sents) < 2 {
		return false
	}
	return !slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return m.Start >= d.sents[0].End })
}

// ministriesInLowerCase links "the Russian defence ministry" and "China's
// foreign ministry", which news writes in lower case, to the KB's ministry
// of that country where it knows one. The country's word, which had been a
// mention of the country, becomes part of the ministry's.
func (d *doc) ministriesInLowerCase() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+2 < len(toks); i++ {
			j := i + 1
			if isPossessive(toks[j].Text) {
				j++
			}
			if j < len(toks) && (toks[j].Text == "embassy" || toks[j].Text == "consulate") && !d.claimed[[2]int{s, j}] {
				// "the Chinese embassy in Lusaka": a mission of the
				// country's, which news writes in lower case.
				if c, ok := d.placeCountry(toks[i].Text); ok {
					if country, known := d.r.kb.Country(c); known && len(country.Demonyms) > 0 {
						name := d.attributive(toks, i, country) + " " + titleCase(toks[j].Text)
						e := d.entityFor("name:"+chronicle.Organization+":"+strings.ToLower(name), func() *entity {
							return &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Organization, Country: c, Sector: "GOV"}}
						})
						d.absorb(s, i, j+1, e)
						i = j
					}
				}
				continue
			}
			if j+1 >= len(toks) || portfolios[toks[j].Text] == nil || toks[j+1].Text != "ministry" {
				continue
			}
			c, ok := d.placeCountry(toks[i].Text)
			if !ok && isDeterminer(toks[i].Text) && j == i+1 && !d.claimed[[2]int{s, j}] {
				// "The foreign ministry said": the one named before with
				// that portfolio, else the story's country's.
				if e := d.ministryNamedBefore(toks[j].Text, toks[i].Start); e != nil {
					d.attach(e, d.mentionOf(s, i+1, j+2))
					i = j + 1
					continue
				}
				c = d.homeCountry()
				if main, share := d.mainCountry(); c == "" && share >= 0.5 {
					c = main
				}
				ok = c != ""
				if ok {
					i++ // the mention starts at the portfolio
				}
			}
			if !ok {
				continue
			}
			country, known := d.r.kb.Country(c)
			if !known {
				continue
			}
			found := false
			for _, dem := range country.Demonyms {
				org, ok := d.r.kb.Org(dem + " " + toks[j].Text + " ministry")
				if !ok || org.Country != c {
					continue
				}
				d.absorb(s, i, j+2, d.orgEntity(org))
				found = true
				break
			}
			if !found && len(country.Demonyms) > 0 {
				// A ministry the KB does not know is the article's, named
				// as news names such ministries: "Turkey's foreign
				// ministry" is the Turkish Foreign Ministry.
				name := d.attributive(toks, i, country) + " " + titleCase(toks[j].Text) + " Ministry"
				e := d.entityFor("name:"+chronicle.Organization+":"+strings.ToLower(name), func() *entity {
					return &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Organization, Country: c, Sector: "GOV"}}
				})
				d.absorb(s, i, j+2, e)
			}
			i = j + 1
		}
	}
}

// attributive is the word that names a country's body of the article
// whose description has the country's word at token i: the demonym the
// text used ("the Saudi foreign ministry", not Saudi Arabian), else the
// country's first ("Lebanon's army": Lebanese Army; "Britons" is a plural).
func (d *doc) attributive(toks []chronicle.Token, i int, country kb.Country) string {
	w := toks[i].Text
	if plural := strings.TrimSuffix(w, "s"); slices.Contains(country.Demonyms, w) && (plural == w || !slices.Contains(country.Demonyms, plural)) {
		return w
	}
	return country.Demonyms[0]
}

// nationalForces links "the Israeli military", "Lebanon's army" and "the
// Greek coast guard" to a country's forces, which news writes in lower case:
// the KB's body when it knows one by that description ("Israeli military"
// is the Israel Defense Forces), else a body of the article named after the
// country's first demonym ("Lebanese Army"), one for the army, the military
// and the armed forces together and one for each other service. A bare "the
// military" or "the army" after them is the last of the kind named before.
func (d *doc) nationalForces() {
	named := map[string][]earlier{} // by the service's name
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			j := i + 1
			if isPossessive(toks[j].Text) {
				j++
			}
			force, n := forceAt(toks, j)
			if n == 0 || d.anyClaimed(s, j, j+n) {
				continue
			}
			if o, ok := d.owner[[2]int{s, i}]; ok && (o.e.Type != chronicle.GeoPolitical || o.start != i) {
				continue // "Israel Defense Forces" is named already
			}
			c, ok := d.placeCountry(toks[i].Text)
			if !ok {
				continue
			}
			country, known := d.r.kb.Country(c)
			if !known || len(country.Demonyms) == 0 {
				continue
			}
			var e *entity
			kind := d.spanOf(s, j, j+n).In(d.text)
			// The KB's service by the country's adjective or name, or as
			// the text writes it: "Kosovo police" is the KB's Kosovo Police.
			for _, prefix := range append(slices.Clone(country.Demonyms), country.Name, toks[i].Text) {
				if org, ok := d.r.kb.Org(prefix + " " + kind); ok && org.Country == c {
					e = d.orgEntity(org)
					break
				}
			}
			if e == nil {
				name := d.attributive(toks, i, country) + " " + force.name
				e = d.entityFor("forces:"+c+":"+force.name, func() *entity {
					return &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Organization, Country: c, Sector: force.sector}}
				})
			}
			d.absorb(s, i, j+n, e)
			named[force.name] = append(named[force.name], earlier{e, toks[i].Start})
			i = j + n - 1
		}
	}
	if len(named) == 0 {
		return
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "the") {
				continue
			}
			force, n := forceAt(toks, i+1)
			if n == 0 || d.anyClaimed(s, i, i+1+n) || i+1+n < len(toks) && (isCapitalized(toks[i+1+n].Text) || toks[i+1+n].Text == "of") {
				continue // "the army of Sudan", "the army Chief"
			}
			if e := latestBefore(named[force.name], toks[i].Start); e != nil {
				d.attach(e, d.mentionOf(s, i+1, i+1+n))
				i += n
			}
		}
	}
}

// force is a country's service as news names it in lower case.
type force struct{ name, sector string }

// anyClaimed tells whether a mention holds any of tokens [a, b) of sentence s.
func (d *doc) anyClaimed(s, a, b int) bool {
	for k := a; k < b; k++ {
		if d.claimed[[2]int{s, k}] {
			return true
		}
	}
	return false
}

// forceAt reads the service named at token j of toks ("armed forces",
// "coast guard") and the number of its words, or 0 when none is.
func forceAt(toks []chronicle.Token, j int) (force, int) {
	word := func(k int) string {
		if k < len(toks) {
			return strings.ToLower(toks[k].Text)
		}
		return ""
	}
	switch w := word(j); {
	case w == "military" || w == "army":
		if word(j+1) == "chief" || word(j+1) == "commander" {
			return force{}, 0 // a person's title
		}
		return force{"Armed Forces", "MIL"}, 1
	case w == "armed" && word(j+1) == "forces":
		return force{"Armed Forces", "MIL"}, 2
	case w == "navy":
		return force{"Navy", "MIL"}, 1
	case w == "air" && word(j+1) == "force":
		return force{"Air Force", "MIL"}, 2
	case w == "coast" && (word(j+1) == "guard" || word(j+1) == "guards"):
		return force{"Coast Guard", "MIL"}, 2
	case w == "police" && (j+1 >= len(toks) || !isCapitalized(toks[j+1].Text)):
		return force{"Police", "COP"}, 1
	}
	return force{}, 0
}

// ministryNamedBefore is the one ministry of a country named before offset
// at whose name holds the portfolio word ("foreign"), or nil when none or
// several are.
func (d *doc) ministryNamedBefore(portfolio string, at int) *entity {
	return theOne(d.ents, func(e *entity) bool {
		name := strings.ToLower(e.Name)
		return e.Type == chronicle.Organization && e.Country != "" && e.first >= 0 && e.first < at &&
			strings.Contains(name, "ministry") && strings.Contains(name, portfolio)
	})
}

// centralBanks links "Argentina's central bank", "the Turkish central bank"
// and "the central bank" to the KB's central bank of the country (news
// writes them in lower case): the bare form means the one central bank the
// story has named, else that of a story mostly about one country. The
// country's word joins the bank's mention, as with ministries.
func (d *doc) centralBanks() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "central") || !strings.EqualFold(toks[i+1].Text, "bank") ||
				i+2 < len(toks) && isCapitalized(toks[i+2].Text) {
				continue // not "Central Bank Governor …" of another name
			}
			if o, ok := d.owner[[2]int{s, i}]; ok && o.e.Type != chronicle.GeoPolitical {
				continue // part of a name already: "European Central Bank"
			}
			a := i
			if a >= 1 && isPossessive(toks[a-1].Text) {
				a--
			}
			var bank *entity
			if a >= 1 {
				if c, ok := d.placeCountry(toks[a-1].Text); ok {
					if org, ok := d.r.kb.OrgWithCode(c + "GOVBUS"); ok {
						bank, a = d.orgEntity(org), a-1
					}
				}
			}
			if bank == nil && i >= 1 && strings.EqualFold(toks[i-1].Text, "the") {
				bank, a = d.theCentralBank(d.sents[s].Start), i
			}
			if bank == nil {
				continue
			}
			d.absorb(s, a, i+2, bank)
			i++
		}
	}
}

// theCentralBank is the central bank "the central bank" at offset at
// means: the one the story named before, else that of the story's main
// country when it has at least half the story; nil when neither is plain.
func (d *doc) theCentralBank(at int) *entity {
	var named *entity
	for _, e := range d.ents {
		if strings.HasSuffix(e.Code, "GOVBUS") && e.Country != "" && e.first >= 0 && e.first < at {
			if named != nil && named != e {
				return nil
			}
			named = e
		}
	}
	if named != nil {
		return named
	}
	if c, share := d.mainCountry(); c != "" && share >= 0.5 {
		if org, ok := d.r.kb.OrgWithCode(c + "GOVBUS"); ok {
			return d.orgEntity(org)
		}
	}
	return nil
}

// bodiesDescribedInLowerCase links "the U.N. human rights office", "the
// UN nuclear watchdog" and "the EU's medicines regulator" to the KB bodies
// known by those descriptions: a body's short form the story names, then
// one to four lower-case words. The short form's mention becomes part of
// the described body's.
func (d *doc) bodiesDescribedInLowerCase() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			o, ok := d.owner[[2]int{s, i}]
			if !ok || o.e.Type != chronicle.Organization || o.start != i || !isAcronym(undotted.Replace(toks[i].Text)) {
				continue
			}
			j := i + 1
			if isPossessive(toks[j].Text) {
				j++ // "the EU's medicines regulator"
			}
			for n := min(4, len(toks)-j); n >= 1; n-- {
				if !isLowerWord(toks[j+n-1].Text) || d.claimed[[2]int{s, j + n - 1}] {
					continue
				}
				words := undotted.Replace(toks[i].Text) + " " + d.spanOf(s, j, j+n).In(d.text)
				if org, ok := d.r.kb.Org(words); ok && (org.Name == words || slices.Contains(org.Aliases, words)) { // not "BBC news"
					d.absorb(s, i, j+n, d.orgEntity(org))
					i = j + n - 1
					break
				}
			}
		}
	}
}

// absorb makes tokens [a, b) of sentence s a mention of into, taking them
// from the mentions that held them. The entity whose mention opened at
// token a keeps that word as a mention when it had no other: the story
// still names Germany in "Germany's foreign ministry", the UN in "the U.N.
// refugee agency", though the longer name is another's.
func (d *doc) absorb(s, a, b int, into *entity) {
	o, owned := d.owner[[2]int{s, a}]
	d.release(s, a, b)
	d.attach(into, d.mentionOf(s, a, b))
	if owned && o.e != into && len(o.e.Mentions) == 0 {
		o.e.Mentions = append(o.e.Mentions, chronicle.Mention{Span: d.spanOf(s, a, a+1), Text: d.sents[s].Tokens[a].Text})
	}
}

// release takes tokens [a, b) of sentence s from the mentions that hold
// them, so that a longer name can claim them.
func (d *doc) release(s, a, b int) {
	sp := d.spanOf(s, a, b)
	for _, e := range d.ents {
		e.Mentions = slices.DeleteFunc(e.Mentions, func(m chronicle.Mention) bool {
			return m.Start >= sp.Start && m.End <= sp.End
		})
	}
	for k := a; k < b; k++ {
		delete(d.owner, [2]int{s, k})
		delete(d.claimed, [2]int{s, k})
	}
}

// knownNames finds the institutions and countries of the KB that the
// recognizer missed ("the Kremlin said"): the longest run of capitalised
// words, not already part of a mention, that is an organisation's name or
// alias, a country's name or a nationality.
func (d *doc) knownNames() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			if !isCapitalized(toks[i].Text) {
				continue
			}
			if d.claimed[[2]int{s, i}] {
				if b := d.knownNameOverPerson(s, i); b > i {
					i = b - 1
					continue
				}
				d.bodyInTitle(s, i)
				continue
			}
			var buf [16]int
			for _, end := range knownNameEnds(buf[:0], toks, i) {
				n := end - i
				if n >= 3 && d.onlyPlacesClaim(s, i, i+n) {
					// "the Bank of Japan", whose "Japan" was taken for the
					// country: the KB body named with "of" claims it.
					name := d.spanOf(s, i, i+n).In(d.text)
					if org, ok := d.r.kb.Org(name); ok && strings.Contains(name, " of ") {
						d.release(s, i, i+n)
						d.attach(d.orgEntity(org), d.mentionOf(s, i, i+n))
						i += n - 1
						break
					}
				}
				if d.claimed[[2]int{s, i + n - 1}] || !isCapitalized(toks[i+n-1].Text) {
					continue
				}
				if n == 1 && i == 0 && !isAllCaps(toks[i].Text) {
					continue // "Diet is ..." opens a sentence with a common word
				}
				if gluedBetween(toks, i, i+n) {
					continue // "AU" of "PORT-AU-PRINCE"
				}
				name := d.spanOf(s, i, i+n).In(d.text)
				m := d.mentionOf(s, i, i+n)
				if n == 1 && d.surnameOfNamed(name) {
					continue // "Türk said" after "Volker Türk": for surnames to link
				}
				if w, ok := d.wireNamed(s, i, i+n, name); ok {
					d.attach(d.orgEntity(w), m) // "New Delhi, Nov 5 (PTI)"
				} else if e := d.nationalBody(name, s, i); e != nil {
					d.attach(e, m) // "the Senate" of a story about America
				} else if org, ok := d.r.kb.Org(name); ok && (n > 1 || len(name) > 3 && !nameGoesOnWithOf(toks, i+1) || isAllCaps(name)) {
					if e := d.partyOfStory(org); e != nil {
						d.attach(e, m) // "the Conservatives" of a Norwegian story
					} else {
						d.attach(d.orgEntity(d.homeMedium(name, org)), m)
					}
				} else if c, ok := d.countryNamed(name); ok {
					d.attach(d.countryEntity(c), m)
				} else if c, ok := d.r.kb.CountryByDemonym(name); ok && n == 1 {
					d.attach(d.countryEntity(c), m)
				} else if a, ok := d.r.kb.Area(name); ok && !a.County && (n > 1 || len(name) > 4 || d.afterPlaceWord(s, i)) {
					d.addArea(m, a) // "the Indonesian island of Java"
				} else if p, ok := d.pickPerson(d.r.kb.PeopleNamed(name), ""); ok && n == 1 && len(name) >= 3 && isAllCaps(name) {
					d.attach(d.personEntity(p), m) // "MBS", "AMLO"
				} else if p, ok := d.familyFirstKnown(name); ok {
					d.attach(d.personEntity(p), m) // "The Takaichi Sanae administration": a KB person's name, family name first
				} else if e := d.namedPlace(name); e != nil && n > 1 {
					d.attach(e, m) // "fled El-Fasher", once "the city of El-Fasher" is known
				} else if city, ok := d.listedTown(s, i, i+n, name); ok {
					d.addCity(m, city, name) // "hit Odesa, Dnipro and Zaporizhzhia"
				} else if city, ok := d.worldCity(s, i, i+n, name); ok {
					d.addCity(m, city, name) // "trying to reach Lisbon"
				} else if e := d.personByGivenName(name); e != nil && n == 1 {
					d.attach(e, m) // "Fiame told reporters" after "Prime Minister Fiame Naomi Mata'afa"
				} else {
					continue
				}
				i += n - 1
				break
			}
		}
	}
}

// personByGivenName is the one person of the story whose name opens on
// word, of a country whose press calls people by their first name
// (Ethiopia's "Abiy", Samoa's "Fiame", Indonesia's, Thailand's, Laos's,
// Iceland's), or nil.
func (d *doc) personByGivenName(word string) *entity {
	return theOne(d.ents, func(e *entity) bool {
		first, rest, ok := strings.Cut(e.Name, " ")
		return e.Type == chronicle.Person && ok && rest != "" && givenNameCountries[e.Country] &&
			(first == word || kb.Fold(first) == kb.Fold(word))
	})
}

// givenNameCountries are the countries whose people the press calls by
// their first name.
var givenNameCountries = map[string]bool{"ETH": true, "ERI": true, "WSM": true, "TON": true, "IDN": true, "THA": true,
	"LAO": true, "ISL": true, "MMR": true}

// knownNameOverPerson gives a KB organisation or building of three words
// or more that opens at token i of sentence s the tokens that a shorter
// person's mention there claimed ("[Aras] an Uachtarain", taken for a
// man): the end of the name, or -1.
func (d *doc) knownNameOverPerson(s, i int) int {
	o, ok := d.owner[[2]int{s, i}]
	if !ok || o.start != i || o.e.Type != chronicle.Person || o.e.KB != "" {
		return -1
	}
	toks := d.sents[s].Tokens
	var buf [16]int
	for _, end := range knownNameEnds(buf[:0], toks, i) {
		if end-i < 3 || !isCapitalized(toks[end-1].Text) || d.owner[[2]int{s, end - 1}] == o {
			continue
		}
		if slices.ContainsFunc(toks[i:end], func(t chronicle.Token) bool { return isPunctToken(t.Text) }) {
			continue
		}
		if org, ok := d.r.kb.Org(d.spanOf(s, i, end).In(d.text)); ok {
			d.release(s, i, end) // the person, named nowhere else, goes
			d.attach(d.orgEntity(org), d.mentionOf(s, i, end))
			return end
		}
	}
	return -1
}

// worksInLowerCase finds the works and buildings of the KB written with
// their kind in lower case after a place's name, which the recognizer took
// for the place alone: "the jointly owned [Krsko] nuclear power plant",
// which the KB knows by that name in lower case.
func (d *doc) worksInLowerCase() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := range toks {
			o, ok := d.owner[[2]int{s, i}]
			if !ok || o.start != i || !isPlace(o.e.Type) {
				continue
			}
			end := i + 1
			for end < len(toks) && d.owner[[2]int{s, end}] == o {
				end++
			}
			for b := min(len(toks), end+4); b > end; b-- {
				if !isLowerWord(toks[b-1].Text) || slices.ContainsFunc(toks[end:b], func(t chronicle.Token) bool { return !isLowerWord(t.Text) }) {
					continue
				}
				if org, ok := d.r.kb.Org(d.spanOf(s, i, b).In(d.text)); ok && org.Type == chronicle.Facility {
					d.absorb(s, i, b, d.orgEntity(org))
					break
				}
			}
		}
	}
}

// knownNameEnds are the ends, longest first, of the spans from token i that
// hold up to maxKnownWords words, a word split at its hyphens by the
// tokenizer counting once ("the International North-South Transport
// Corridor"), appended to ends.
func knownNameEnds(ends []int, toks []chronicle.Token, i int) []int {
	for k, words := i, 0; k < len(toks); k++ {
		glued := k > i && k+1 < len(toks) && toks[k].Text == "-" && toks[k].Start == toks[k-1].End && toks[k+1].Start == toks[k].End
		if glued {
			continue
		}
		if k == i || toks[k-1].Text != "-" || toks[k].Start != toks[k-1].End {
			words++ // not the part after a hyphen of a word the tokenizer split
		}
		if words > maxKnownWords {
			break
		}
		ends = append(ends, k+1)
	}
	slices.Reverse(ends)
	return ends
}

// familyFirstKnown returns the KB person a name of two words written
// family name first stands for ("Takaichi Sanae"), of a country whose
// names are so written.
func (d *doc) familyFirstKnown(name string) (kb.Person, bool) {
	words := strings.Fields(name)
	if len(words) != 2 || isAllCaps(name) {
		return kb.Person{}, false
	}
	return d.pickPerson(d.familyNameFirst(words), "")
}

// gluedBetween tells whether tokens [a, b) are the middle of a hyphened
// word the tokenizer split, a hyphen joined to them on either side.
func gluedBetween(toks []chronicle.Token, a, b int) bool {
	return a >= 2 && b+1 < len(toks) && toks[a-1].Text == "-" && toks[a-1].End == toks[a].Start &&
		toks[b].Text == "-" && toks[b].Start == toks[b-1].End
}

// onlyPlacesClaim tells whether some of tokens [a, b) of sentence s, which
// end on a capitalised word, are claimed, and only by mentions of places
// that lie inside them.
func (d *doc) onlyPlacesClaim(s, a, b int) bool {
	if !isCapitalized(d.sents[s].Tokens[b-1].Text) {
		return false
	}
	sp := d.spanOf(s, a, b)
	any := false
	for k := a; k < b; k++ {
		o, ok := d.owner[[2]int{s, k}]
		if !ok {
			continue
		}
		if !isPlace(o.e.Type) {
			return false
		}
		for _, m := range o.e.Mentions {
			if m.End > sp.Start && m.Start < sp.End && (m.Start < sp.Start || m.End > sp.End) {
				return false
			}
		}
		any = true
	}
	return any
}

// bodyInTitle attaches the KB body named from token a of sentence s when
// the name lies in the title of a person's mention that goes on after it
// ("[Metropolitan Police] Commissioner Mark Rowley"): the person's mention
// claimed its tokens, but the body is still one the story names.
func (d *doc) bodyInTitle(s, a int) {
	toks := d.sents[s].Tokens
	o, ok := d.owner[[2]int{s, a}]
	if !ok || o.e.Type != chronicle.Person || o.start != a {
		return
	}
	for b := min(a+maxKnownWords, len(toks)-1); b > a; b-- {
		if !isCapitalized(toks[b-1].Text) || b == a+1 && !(isAllCaps(toks[a].Text) && len(toks[a].Text) > 2) {
			continue
		}
		same := true
		for i := a; i <= b; i++ {
			if oi, ok := d.owner[[2]int{s, i}]; !ok || oi.e != o.e {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		name := d.spanOf(s, a, b).In(d.text)
		if org, ok := d.r.kb.Org(name); ok {
			d.attach(d.orgEntity(d.homeMedium(name, org)), d.mentionOf(s, a, b))
			return
		}
	}
}

// listedTown returns the KB town that tokens [a, b) of sentence s name when
// they stand in a list beside another place or after a preposition of place,
// and the town is large and in a country the story names.
func (d *doc) listedTown(s, a, b int, name string) (kb.City, bool) {
	cities := d.r.kb.Cities(name)
	if len(cities) == 0 || a == 0 {
		return kb.City{}, false
	}
	city := d.pickCity(cities)
	if city.Population < minForeignTown || !d.storyNames(city.Country) || !d.outweighs(cities) {
		return kb.City{}, false
	}
	before, after := d.placesListedBeside(s, a, b)
	return city, before || after || d.afterIn(s, a)
}

// worldCity returns the city that tokens [a, b) of sentence s name when
// it is one the world knows by the name alone, which a recognizer missed:
// its country's capital of 300,000 people or more, or a city of a million,
// ten times any other of the name, called by its own name, not an
// alternate. Not at a sentence's start, nor inside
// a longer run of capitalised words, nor a common given name ("Florence",
// "Sydney").
func (d *doc) worldCity(s, a, b int, name string) (kb.City, bool) {
	toks := d.sents[s].Tokens
	cities := d.r.kb.Cities(name)
	if len(cities) == 0 || a == 0 || isCapitalized(toks[a-1].Text) || b < len(toks) && isCapitalized(toks[b].Text) ||
		maleNames[name] || femaleNames[name] || isAllCaps(name) || !d.outweighs(cities) {
		return kb.City{}, false // nor "SANA", the Syrian agency
	}
	city := cities[0]
	if name != city.Name && name != city.ASCII {
		return kb.City{}, false // an alternate name: "Soul" is Seoul's, and a word too
	}
	if city.Population >= 1000000 || city.Population >= 300000 && d.nationalCapital(city) {
		return city, true
	}
	return kb.City{}, false
}

// namedPlace returns the place of the article, known to the KB, named
// exactly name, or nil. (An unknown one may be a word the recognizer
// mistook, which its other uses should not repeat; the caller asks only for
// names of several tokens, as a one-word town also names viruses and
// firms: "Reston".)
func (d *doc) namedPlace(name string) *entity {
	for _, e := range d.ents {
		if e.Name == name && e.KB != "" && (e.Type == chronicle.GeoPolitical || e.Type == chronicle.Location || e.Type == chronicle.Facility) {
			return e
		}
	}
	return nil
}

// afterPlaceWord tells whether token i follows a preposition of place or
// "of" ("the island of Java"), which a short area name needs before it.
func (d *doc) afterPlaceWord(s, i int) bool {
	return d.afterLocative(s, i) || i > 0 && d.sents[s].Tokens[i-1].Text == "of"
}

func isAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// mainCountry is the country the article is about: the one whose mentions,
// with those of its cities, national bodies and the office holders the KB
// knows, are at least half of all such mentions, and two or more; else "".
// share is its part of them. Only when the KB's names settle nothing do the
// bodies and places it lacks count, by the country their names hold ("the
// Victorian government", "Parks Victoria" in a story that never names
// Australia).
func (d *doc) mainCountry() (country string, share float64) {
	if c, share := d.mainCountryOf(false); c != "" {
		return c, share
	}
	return d.mainCountryOf(true)
}

func (d *doc) mainCountryOf(unknown bool) (country string, share float64) {
	count := map[string]int{}
	total := 0
	for _, e := range d.ents {
		// A country's cities, national bodies and the office holders the
		// KB knows speak for it too: a story set in Mecca is about Saudi
		// Arabia, one about Labour and the Commons about Britain, one
		// about Netanyahu's cabinet about Israel.
		if e.Country == "" || !strings.HasPrefix(e.KB, "country:") && !strings.HasPrefix(e.KB, "geonames:") &&
			!strings.HasPrefix(e.KB, "region:") && !strings.HasPrefix(e.KB, "org:") && !strings.HasPrefix(e.KB, "person:") &&
			!(unknown && e.KB == "" && e.Type != chronicle.Person && e.Sector != "BUS") {
			continue
		}
		n := len(e.Mentions)
		if e.Sector == "MED" {
			n -= d.bylines(e) // the wire that carries the story, "(AP)", is no part of it
		}
		for _, m := range e.Mentions {
			if strings.HasSuffix(m.Text, " regime") || strings.HasSuffix(m.Text, " entity") {
				n-- // "the Zionist regime" of Iranian media: an adversary named, not where the story is
			}
		}
		if (e.Sector == "BUS" || e.Sector == "NGO") && strings.HasPrefix(e.KB, "org:") {
			// A firm's home says nothing of where the story is (Meta and
			// TikTok in Australia), nor a monitor's: Oslo's Iran Human
			// Rights in a story about Iran.
			continue
		}
		total += n
		count[e.Country] += n
	}
	best, bestN := "", 0
	for c, n := range count {
		if n > bestN || n == bestN && c < best {
			best, bestN = c, n
		}
	}
	second := 0
	for c, n := range count {
		if c != best {
			second = max(second, n)
		}
	}
	// The main country has half as many mentions again as the next: a
	// Venezuelan story that names Washington four times and Venezuela six
	// is Venezuela's, but one that names the United States seven times and
	// Mexico six is both's, and a Mexican minister in it is no American.
	if bestN < 2 || 2*bestN < 3*second {
		return "", 0
	}
	return best, float64(bestN) / float64(total)
}

// bylines counts the mentions of e that stand alone in brackets, as a
// dateline names its wire: "KINGSTON, Jamaica (AP) —".
func (d *doc) bylines(e *entity) int {
	n := 0
	for _, m := range e.Mentions {
		if m.Start > 0 && m.End < len(d.text) && d.text[m.Start-1] == '(' && d.text[m.End] == ')' {
			n++
		}
	}
	return n
}

// localName tells whether an organisation's or a building's name looks
// like one of the story's country rather than a faith, a movement or a
// foreign place the recognizer mistook: several words ("Countryside
// Alliance", "Belmarsh Prison"), for an organisation an acronym (TUC), and
// any town (the caller asks only of names the KB does not know).
func localName(e *entity) bool {
	switch e.Type {
	case chronicle.Organization:
		return strings.Contains(e.Name, " ") || isAcronym(e.Name)
	case chronicle.Location:
		// (Not a river, lake or sea, which many cross into more than one
		// country: "the Sava River" in a Slovenian story.)
		return strings.Contains(e.Name, " ") && !naturalFeature(e.Name)
	case chronicle.Facility:
		return strings.Contains(e.Name, " ")
	case chronicle.GeoPolitical:
		return !formerStates[e.Name] // a town or district the KB does not know: "Ashulia"
	}
	return false
}

// naturalFeature tells whether a place's name is a river's, lake's, sea's
// or basin's, by its generic word: "Dniester River", "Lake Victoria".
func naturalFeature(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	last := name[strings.LastIndexByte(name, ' ')+1:]
	switch {
	case first == "Lake" || first == "Gulf":
		return true
	case last == "River" || last == "Lake" || last == "Sea" || last == "Ocean" || last == "Basin" || last == "Desert":
		return true
	}
	return false
}

// nameShaped reports words that look like a person's name: each
// capitalised or a name particle ("Ahmed al-Sharaa"), not "Harry the Nazi".
func nameShaped(words []string) bool {
	for _, w := range words {
		if isLowerStart(w) && !nameParticles[w] && !strings.Contains(w, "-") {
			return false
		}
	}
	return true
}

// genericPartyWords make up party names found in many countries.
var genericPartyWords = map[string]bool{}

// genericName tells whether every word of a body's name is one that
// parties and movements of many countries use: "National Salvation Front",
// not "Arakan Army".
func genericName(name string) bool {
	return !slices.ContainsFunc(strings.Fields(strings.ToLower(name)), func(w string) bool { return !genericPartyWords[w] })
}

func init() {
	for _, w := range strings.Fields(`the democratic democrats republican republicans labour labor conservative
		conservatives liberal liberals green greens socialist socialists communist communists national people's
		peoples party social christian progressive workers' workers freedom reform new justice development unity
		independence union alliance front left right centre center popular salvation liberation revolutionary
		patriotic movement`) {
		genericPartyWords[w] = true
	}
}

// foreignParties unlinks the KB parties whose names say no country
// ("Democratic Party", "Labour Party"), or that belong to another country
// than the story's main one, from stories that name other countries but
// never the party's: Hong Kong has a Democratic Party too.
// The party stays an organisation of the story, with its sector.
func (d *doc) foreignParties() {
	// The countries the story names: its places, and the KB's people and
	// bodies other than such parties and the people they title.
	// So may a KB party or armed movement of another country than the one
	// the story is mainly about: "the small Podemos party" in Mozambique
	// is not Spain's, "the opposition National Salvation Front" in Tunisia
	// not South Sudan's.
	mainly, share := d.mainCountry()
	abroad := func(e *entity) bool {
		return strings.HasPrefix(e.KB, "org:") && (e.Sector == "PTY" || e.Sector == "REB" && genericName(e.Name)) &&
			e.Country != "" && share >= 0.5 && mainly != e.Country && // (not al-Qaeda or the IRA, which the KB gives no one country)
			!d.namesCountry(e) // not "Bangladesh Jamaat-e-Islami"
	}
	portable := func(e *entity) bool { return d.genericParty(e) || acronymParty(e) || abroad(e) }
	named := map[string]bool{}
	for _, e := range d.ents {
		if e.Country != "" && (e.Type == chronicle.GeoPolitical || e.Type == chronicle.Location || e.KB != "" && !portable(e)) {
			named[e.Country] = true
		}
	}
	if len(named) == 0 {
		return
	}
	for _, e := range d.ents {
		if named[e.Country] || !portable(e) {
			continue
		}
		// "SPD leader Tomio Okamura" in a Czech story, "Issam Chebbi, the
		// leader of the Republican Party" in a Tunisian one: the party's
		// people took its country from their titles; no longer. (Any of
		// its party's people when the story is another country's.)
		main := d.storyCountry()
		moved := abroad(e) // to the story's country, which its people are of too
		for _, p := range d.ents {
			if p.Type == chronicle.Person && p.KB == "" && p.Country == e.Country &&
				(moved || titledBy(p, e) || p.Sector == "PTY" && main != "" && main != e.Country) {
				// (Moved, the body was the only thing of its country the
				// story named: its people took their country from it.)
				p.Country, p.Code = "", ""
				if moved {
					p.Country = mainly
				}
			}
		}
		e.KB, e.Country, e.Code = "", "", ""
		if moved {
			e.Country = mainly
			if e.Sector == "REB" {
				e.Sector = "" // another country's armed movement; what this body is the KB does not say
			}
		}
		if len(e.Mentions) > 0 {
			// "People's Party", not Spain's "Partido Popular"; "Workers'
			// Party" of "the opposition Workers' Party".
			words := strings.Fields(e.Mentions[0].Text)
			for len(words) > 1 && (isLowerStart(words[0]) || isDeterminer(words[0])) {
				words = words[1:]
			}
			e.Name = strings.Join(words, " ")
		}
	}
}

// acronymParty tells whether e is a KB party named in the text only by an
// acronym, which parties of several countries may share: the Czech SPD is
// not Germany's.
func acronymParty(e *entity) bool {
	if !strings.HasPrefix(e.KB, "org:") || e.Sector != "PTY" || e.Country == "" {
		return false
	}
	return !slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return !isAcronym(m.Text) })
}

// titledBy tells whether a mention of p opens on a mention of body e:
// "SPD leader Tomio Okamura".
func titledBy(p, e *entity) bool {
	for _, m := range p.Mentions {
		for _, em := range e.Mentions {
			if em.Start >= m.Start && em.End < m.End {
				return true
			}
		}
	}
	return false
}

// genericParty tells whether e is a KB party named in the text only with
// words that parties of many countries use ("Democratic Party", not
// "Tories" or "Lib Dems").
func (d *doc) genericParty(e *entity) bool {
	if !strings.HasPrefix(e.KB, "org:") || e.Sector != "PTY" || e.Country == "" {
		return false
	}
	for _, m := range e.Mentions {
		for _, w := range strings.Fields(m.Text) {
			if !genericPartyWords[strings.ToLower(w)] && !isLowerWord(w) { // "opposition Workers' Party"
				return false
			}
		}
	}
	return true
}

// knownAs merges a person's byname into the person: "Mohamed Hamdan
// Dagalo, known as Hemedti", "better known as …". The byname's later
// mentions go with it.
func (d *doc) knownAs() {
	gone := map[*entity]bool{}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+2 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "known") || toks[i+1].Text != "as" {
				continue
			}
			j := i - 1
			for j > 0 && (toks[j].Text == "," || bynameAdverbs[strings.ToLower(toks[j].Text)]) {
				j--
			}
			alias, ok2 := d.owner[[2]int{s, i + 2}]
			if w := toks[i+2].Text; !ok2 && isLowerWord(toks[j].Text) && bodyWords[toks[j].Text] && capitalWord(w) &&
				(i+3 == len(toks) || isPunctToken(toks[i+3].Text)) {
				// "…, known as Copom," which the recognizer missed: the
				// body's name.
				e := d.entityFor("name:"+chronicle.Organization+":"+strings.ToLower(w), func() *entity {
					return &entity{Entity: chronicle.Entity{Name: w, Type: chronicle.Organization}}
				})
				d.attach(e, d.mentionOf(s, i+2, i+3))
				alias, ok2 = d.owner[[2]int{s, i + 2}]
			}
			if k := j; ok2 && alias.e.Type == chronicle.Organization && isLowerWord(toks[k].Text) && bodyWords[toks[k].Text] &&
				!d.claimed[[2]int{s, k}] {
				// "the bank's monetary policy committee, known as Copom":
				// the description names the body too, so that "the
				// committee" takes it back.
				for k > 0 && isLowerWord(toks[k-1].Text) && !isDeterminer(toks[k-1].Text) && !d.claimed[[2]int{s, k - 1}] && j-k < 3 {
					k--
				}
				d.attach(alias.e, d.mentionOf(s, k, j+1))
				continue
			}
			whole, ok1 := d.owner[[2]int{s, j}]
			// "Robert Kyagulanyi, better known as Bobi Wine": the other name
			// is the person's, whatever the recognizer took it for ("Irro"
			// a place), unless the KB knows it.
			if !ok1 || !ok2 || whole.e == alias.e || whole.e.Type != chronicle.Person ||
				alias.e.KB != "" || gone[alias.e] {
				continue
			}
			alias.e.Type = chronicle.Person
			for _, m := range alias.e.Mentions {
				whole.e.Mentions = append(whole.e.Mentions, m)
				whole.e.first = min(whole.e.first, m.Start)
			}
			d.moveOwners(alias.e, whole.e)
			gone[alias.e] = true
		}
	}
	if len(gone) == 0 {
		return
	}
	kept := d.ents[:0]
	for _, e := range d.ents {
		if !gone[e] {
			kept = append(kept, e)
		}
	}
	d.ents = kept
}

// bynameAdverbs may stand between a name and "known as".
var bynameAdverbs = map[string]bool{"also": true, "better": true, "widely": true, "popularly": true, "commonly": true}

// hyphenedNames finds the bodies and countries that open a hyphened word
// the tokenizer kept whole: "the UN-brokered grain deal", "a
// Kremlin-backed group", "Saudi-led forces". The name before the hyphen is
// a mention of its own, of a body the KB knows or of a country.
func (d *doc) hyphenedNames() {
	for s := range d.sents {
		for i, t := range d.sents[s].Tokens {
			name, rest, ok := strings.Cut(t.Text, "-")
			if !ok || len(name) < 2 || !isCapitalized(name) || !isLowerWord(rest) || d.claimed[[2]int{s, i}] {
				continue
			}
			m := mention{span: chronicle.Span{Start: t.Start, End: t.Start + len(name)}, sentence: s, text: name}
			if org, ok := d.r.kb.Org(name); ok && (len(name) > 3 || isAllCaps(name)) {
				d.attach(d.orgEntity(org), m)
			} else if c, ok := d.countryNamed(name); ok {
				d.attach(d.countryEntity(c), m)
			} else if c, ok := d.r.kb.CountryByDemonym(name); ok {
				d.attach(d.countryEntity(c), m)
			}
		}
	}
}

// isShortForm tells whether w may be a body's short form in brackets: an
// acronym ("KCNA") or a word of several capitals ("EuroCham").
func isShortForm(w string) bool {
	if isAcronym(w) {
		return true
	}
	caps := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			caps++
		}
	}
	return len(w) >= 4 && isCapitalized(w) && caps >= 2 && isWordToken(w)
}

// postingWords come before "on X" when X is the social network: "wrote on
// X", "said in a post on X".
var postingWords = map[string]bool{"account": true, "accounts": true, "page": true, "published": true, "shared": true,
	"tweeted": true, "announced": true, "stated": true, "wrote": true, "posted": true, "said": true, "post": true, "statement": true,
	"message": true, "writing": true, "posting": true, "video": true, "posts": true, "writes": true, "says": true}

// postedOnX links the "X" of "wrote on X", "the social network X", "his
// account of X", "the X platform" and "Facebook, YouTube and X" to the social network, which
// the KB knows as X Corp.; a lone capital X is nothing else the recognizer
// would read.
func (d *doc) postedOnX() {
	org, ok := d.r.kb.Org("X Corp")
	if !ok {
		return
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 2; i < len(toks); i++ {
			// "X." ends a sentence where it is last or a capital or a
			// quotation follows (the tokenizer takes it for an initial).
			xDot := toks[i].Text == "X." && (i == len(toks)-1 || isCapitalized(toks[i+1].Text) || isQuoteMark(toks[i+1].Text))
			nounAfter := i+1 < len(toks) && platformNouns[toks[i+1].Text] // "a post on the X platform"
			if (toks[i].Text == "X" || xDot) && (nounAfter || d.platformAt(toks, i)) && !d.claimed[[2]int{s, i}] {
				m := d.mentionOf(s, i, i+1)
				m.span.End = m.span.Start + 1 // not the full stop the tokenizer kept with it
				m.text = "X"
				d.attach(d.orgEntity(org), m)
			}
		}
	}
}

// platformAt tells whether the word at i names a platform by its place:
// after "on" or "of" and a word of posting up to two words before ("wrote
// afterwards on X", "in his account of X"), after a platform noun ("the
// social network X", "the messaging platform Discord"), or listed after a
// social platform the KB knows ("Facebook, YouTube and X").
func (d *doc) platformAt(toks []chronicle.Token, i int) bool {
	if i >= 2 && isQuoteMark(toks[i-1].Text) {
		i-- // "on the platform “X”"
	}
	if i < 1 {
		return false
	}
	prev := toks[i-1].Text
	if platformNouns[prev] {
		return true
	}
	if prev == "on" || prev == "of" {
		for k := i - 2; k >= 0 && k >= i-3; k-- {
			if postingWords[strings.ToLower(toks[k].Text)] {
				return true
			}
			if !isLowerWord(toks[k].Text) {
				break
			}
		}
		return false
	}
	if prev != "and" && prev != "," && prev != "or" || prev == "," && !listGoesOn(toks, i+1) {
		return false // not "In a statement posted on Discord, GenZ 212 said"
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		w := toks[k].Text
		if org, ok := d.r.kb.Org(w); ok && socialPlatforms[org.Name] {
			return true
		}
		if w != "," && w != "and" && !isCapitalized(w) {
			return false
		}
	}
	return false
}

// platformNouns are the nouns that go before a platform's name: "the
// social network X", "the chat platform Discord".
var platformNouns = map[string]bool{"platform": true, "network": true, "app": true, "messenger": true}

// socialPlatforms are the KB's social networks and messengers, by name.
var socialPlatforms = map[string]bool{"Facebook": true, "YouTube": true, "Instagram": true, "TikTok": true,
	"Telegram": true, "WhatsApp": true, "Threads": true, "Snap Inc.": true, "Reddit": true, "LinkedIn": true,
	"Truth Social": true, "Bluesky": true, "Discord": true, "VK": true, "Weibo": true, "WeChat": true, "Twitter": true}

// listGoesOn tells whether a list of names goes on from j to an "and" or
// "or" before its last name: "Threads, Snapchat, TikTok and Reddit".
func listGoesOn(toks []chronicle.Token, j int) bool {
	for ; j < len(toks); j++ {
		switch w := toks[j].Text; {
		case w == "and" || w == "or":
			return j+1 < len(toks) && isCapitalized(toks[j+1].Text)
		case w != "," && !isCapitalized(w):
			return false
		}
	}
	return false
}

// monarchies are the kingdoms whose agencies call their country "the
// Kingdom".
var monarchies = map[string]bool{"SAU": true, "MAR": true, "JOR": true, "BHR": true, "ESP": true, "THA": true,
	"KHM": true, "BTN": true, "NLD": true, "BEL": true, "SWE": true, "NOR": true, "DNK": true, "SWZ": true,
	"LSO": true, "TON": true}

// kingdoms folds "the Kingdom", taken for a place or body of its own, into
// the country the story names as a kingdom ("the Kingdom of Saudi Arabia"),
// else into the story's country or its dateline's when it is one.
func (d *doc) kingdoms() {
	var kingdom *entity
	for _, e := range d.ents {
		if e.Type != chronicle.GeoPolitical || !strings.HasPrefix(e.KB, "country:") {
			continue
		}
		if slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return strings.Contains(m.Text, "Kingdom") }) {
			if kingdom != nil && kingdom != e {
				return // two kingdoms: "the Kingdom" could be either
			}
			kingdom = e
		}
	}
	if kingdom == nil {
		c := d.storyCountry()
		if c == "" {
			c = d.datelineCountry()
		}
		if !monarchies[c] {
			return
		}
		if k, ok := d.r.kb.Country(c); ok {
			kingdom = d.countryEntity(k)
		}
	}
	if kingdom == nil {
		return
	}
	d.foldEach(func(e *entity) *entity {
		if e.KB == "" && e.Country == "" && (e.Name == "Kingdom" || e.Name == "the Kingdom" || e.Name == "The Kingdom") {
			return kingdom
		}
		return nil
	})
}

// governments adds "the Government", capitalised as the body it is in
// agencies' copy, as the country's government: "Government of Armenia",
// of the country named after "of" ("the Government of Armenia") or else of
// the national news agency that filed the story, of the story, or of its
// dateline. In lower case it needs its country named:
// "the Zambian government", "Zambia's government", "the government of
// Zambia". Before another name ("the Government House") it is left alone.
func (d *doc) governments() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i < len(toks); i++ {
			w := toks[i].Text
			if w != "Government" && w != "government" || d.claimed[[2]int{s, i}] {
				continue
			}
			country := ""
			switch {
			case strings.EqualFold(toks[i-1].Text, "the"):
				if t, ok := text.TitleWord(strings.ToLower(toks[max(i-3, 0)].Text)); i >= 3 && toks[i-2].Text == "of" && ok && !t.Plural {
					continue // "the head of the Government": a person, whom the descriptions read; not "members of the Government"
				}
			case i >= 2 && strings.EqualFold(toks[i-2].Text, "the"):
				c, ok := d.r.kb.CountryByDemonym(toks[i-1].Text) // "the Zambian government"
				if !ok {
					continue
				}
				country = c.ISO3
			case i >= 2 && isPossessive(toks[i-1].Text):
				c, ok := d.placeCountry(toks[i-2].Text) // "Zambia's government"
				if !ok {
					continue
				}
				country = c
			default:
				continue
			}
			end := i + 1
			if end+1 < len(toks) && toks[end].Text == "of" {
				k := end + 1
				if k < len(toks) && toks[k].Text == "the" {
					k++
				}
				o, ok := d.owner[[2]int{s, k}]
				if !ok || !strings.HasPrefix(o.e.KB, "country:") {
					continue // "the Government of National Unity": a body's own name
				}
				end, country = d.mentionEndFrom(s, k, o), o.e.Country
			} else if end < len(toks) && (isCapitalized(toks[end].Text) && !isPunctToken(toks[end].Text) || toks[end].Text == "-") {
				continue // "the Government House", "government-run"
			}
			if country == "" && w == "government" {
				continue // "the government" in lower case: of whichever country the sentence means
			}
			if country == "" {
				// A national agency writes its own government so.
				country = cmp.Or(d.nationalWireCountry(), d.storyCountry(), d.datelineCountry())
			}
			c, ok := d.r.kb.Country(country)
			if !ok {
				continue
			}
			e := d.entityFor("government:"+country, func() *entity {
				return &entity{Entity: chronicle.Entity{Name: "Government of " + countryPhrase(c.Name),
					Type: chronicle.Organization, Country: country, Sector: "GOV"}}
			})
			d.attach(e, d.mentionOf(s, i, end))
			i = end - 1
		}
	}
}

// presidencies adds "the Presidency", as agencies write the president's
// office, as the body of the country of the news agency that filed the
// story, else of the story or its dateline; or of the country named after
// it: "the Presidency of the Republic" (of the story's country) is the
// "Presidency of the Republic of Algeria", "the Presidency" the
// "Presidency of Nigeria". A Presidency of a body ("the Presidency of the
// Council") or one in a longer name is left alone.
func (d *doc) presidencies() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i < len(toks); i++ {
			if toks[i].Text != "Presidency" || d.claimed[[2]int{s, i}] || !strings.EqualFold(toks[i-1].Text, "the") {
				continue
			}
			end, republic, country := i+1, false, ""
			if end+2 < len(toks) && toks[end].Text == "of" && toks[end+1].Text == "the" && toks[end+2].Text == "Republic" &&
				(end+3 == len(toks) || toks[end+3].Text != "of") {
				end, republic = end+3, true
			} else if end+1 < len(toks) && toks[end].Text == "of" {
				k := end + 1
				if toks[k].Text == "the" && k+1 < len(toks) {
					k++
				}
				o, ok := d.owner[[2]int{s, k}]
				if !ok || !strings.HasPrefix(o.e.KB, "country:") {
					continue // "the Presidency of the Council of the EU"
				}
				end, country = d.mentionEndFrom(s, k, o), o.e.Country
			} else if end < len(toks) && isCapitalized(toks[end].Text) && !isPunctToken(toks[end].Text) {
				continue
			}
			if country == "" {
				country = cmp.Or(d.nationalWireCountry(), d.storyCountry(), d.datelineCountry())
			}
			c, ok := d.r.kb.Country(country)
			if !ok || !d.r.kb.HasOffice(country, "president") {
				continue // no president's office to speak of
			}
			name := "Presidency of " + countryPhrase(c.Name)
			if republic {
				name = "Presidency of the Republic of " + c.Name
			}
			e := d.entityFor("presidency:"+country, func() *entity {
				return &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Organization, Country: country, Sector: "GOV"}}
			})
			d.attach(e, d.mentionOf(s, i, end))
			i = end - 1
		}
	}
}

// parliaments adds "parliament" in lower case, as news writes a country's
// legislature it does not name, as that country's: of the country whose
// name or adjective comes before it ("Ghana's parliament", "the Moldovan
// parliament") or after "of", else of the story or its dateline. A
// parliament below the nation's ("the regional parliament"), one named
// after it ("parliament Speaker Alban Bagbin" is left to the title) or one
// of no country the story places is left alone. The KB's body of the
// country is used where it knows one ("Parliament" of Britain, Canada).
func (d *doc) parliaments() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i, t := range toks {
			if t.Text != "parliament" || d.claimed[[2]int{s, i}] || i+1 < len(toks) && isCapitalized(toks[i+1].Text) {
				continue
			}
			country := ""
			if i > 0 {
				before := toks[i-1].Text
				if subnationalWords[strings.ToLower(before)] {
					continue
				}
				if c, ok := d.r.kb.CountryByDemonym(before); ok {
					country = c.ISO3
				} else if i > 1 && isPossessive(before) {
					if country, _ = d.placeCountry(toks[i-2].Text); country == "" {
						continue // "the party's parliament group"
					}
				}
			}
			end := i + 1
			if country == "" && end+1 < len(toks) && toks[end].Text == "of" {
				if o, ok := d.owner[[2]int{s, end + 1}]; ok && strings.HasPrefix(o.e.KB, "country:") {
					country, end = o.e.Country, d.mentionEndFrom(s, end+1, o)
				}
			}
			if country == "" {
				country = cmp.Or(d.storyCountry(), d.datelineCountry())
			}
			c, ok := d.r.kb.Country(country)
			if !ok {
				continue
			}
			var e *entity
			if id := sharedOrgNames["Parliament"].byCountry[country]; id != "" {
				if org, ok := d.r.kb.OrgByID(id); ok {
					e = d.orgEntity(org)
				}
			}
			if e == nil {
				e = d.entityFor("parliament:"+country, func() *entity {
					return &entity{Entity: chronicle.Entity{Name: "Parliament of " + countryPhrase(c.Name),
						Type: chronicle.Organization, Country: country, Sector: "LEG"}}
				})
			}
			d.attach(e, d.mentionOf(s, i, end))
		}
	}
}

// subnationalWords before "parliament" make it a region's or a body's, not
// the nation's.
var subnationalWords = map[string]bool{"regional": true, "state": true, "provincial": true, "local": true,
	"city": true, "municipal": true, "student": true, "youth": true, "european": true}

// personWordsNow is the set of the words, folded, of the names of the
// article's people (each part of a hyphened word too), kept while no
// entity or mention is added: a gate before the look-up of a word through
// every entity, which a sweep makes for each capitalised word.
func (d *doc) personWordsNow() map[string]bool {
	m := &d.wordsMemo
	if m.valid && m.ents == len(d.ents) && m.attached == d.attached {
		return m.words
	}
	words := map[string]bool{}
	for _, e := range d.ents {
		if e.Type != chronicle.Person {
			continue
		}
		for _, t := range e.tokens {
			words[kb.Fold(t)] = true
			words[kb.Fold(surname([]string{t}))] = true
			for part := range strings.SplitSeq(t, "-") {
				words[kb.Fold(part)] = true
			}
		}
	}
	m.words, m.ents, m.attached, m.valid = words, len(d.ents), d.attached, true
	return words
}

// regionsInTitles adds the countries, world regions and the KB's bodies
// that people's titles name ("The President of Kazakhstan Kassym-Jomart
// Tokayev", "US Special Envoy for the Middle East Steve Witkoff", "Bank of
// Zambia Governor Denny Kalyalya"): the title is the person's mention, and
// the country, region or body one the story names as well.
func (d *doc) regionsInTitles() {
	for _, e := range slices.Clone(d.ents) {
		if e.Type != chronicle.Person {
			continue
		}
		for _, m := range slices.Clone(e.Mentions) {
			s, a, b := d.tokensOf(m.Span)
			toks := d.sents[s].Tokens
			for i := a; i+1 < b; i++ {
				if !capitalWord(toks[i].Text) || i > a && capitalWord(toks[i-1].Text) {
					continue
				}
				for j := min(i+5, b-1); j > i; j-- { // not the name at the end
					if !capitalWord(toks[j-1].Text) {
						continue
					}
					name := d.spanOf(s, i, j).In(d.text)
					if c, ok := d.countryNamed(name); ok && d.titleWordNear(toks, i, j, b) {
						d.attach(d.countryEntity(c), d.mentionOf(s, i, j)) // "The President of Kazakhstan Kassym-Jomart Tokayev"
						break
					}
					if ar, ok := d.r.kb.Area(name); ok && ar.Country == "" && !ar.County && strings.Contains(name, " ") {
						d.addArea(d.mentionOf(s, i, j), ar)
						break
					}
					if ar, ok := d.r.kb.Area(name); ok && ar.Country != "" && !ar.County && i >= 2 && toks[i-1].Text == "of" &&
						d.isTitleWord(toks[i-2].Text) && d.storyNames(ar.Country) {
						d.addArea(d.mentionOf(s, i, j), ar) // "The Governor of Primorsky Krai Oleg Kozhemyako"
						break
					}
					if _, shared := sharedOrgNames[name]; shared || name == "Security Council" {
						continue // whose body these are the title's context says ("Secretary of the Security Council")
					}
					if org, ok := d.r.kb.Org(name); ok && org.Type != "NORP" && (strings.Contains(name, " ") || isAcronym(name)) {
						if body, m := d.orgEntity(org), d.mentionOf(s, i, j); !d.mentionedWithin(body, m) {
							d.attach(body, m)
						}
						break
					}
				}
			}
		}
	}
}

// titleWordNear tells whether a title word stands next to tokens [i, j)
// inside a person's mention ending at b: "President of [Kazakhstan]",
// "[US] Treasury Secretary".
func (d *doc) titleWordNear(toks []chronicle.Token, i, j, b int) bool {
	if i >= 2 && toks[i-1].Text == "of" && d.isTitleWord(toks[i-2].Text) {
		return true
	}
	for k := j; k < b-1 && k < j+3; k++ {
		if d.isTitleWord(toks[k].Text) {
			return true
		}
	}
	return false
}

// seatsAsPlaces makes a seat of power or a public building a facility
// when the story names it as a place ("talks at the White House", "arrived
// at Planalto Palace", "outside the National Palace", though it also writes
// "the White House cast it as a win"): in or at it, whatever else the story
// says of it, after other locatives ("a visit to the Kremlin") only if it
// never speaks ("the Kremlin said"), when it stays the body. A seat that is
// no body's metonym is a building wherever it does not speak.
func (d *doc) seatsAsPlaces() {
	for _, e := range d.ents {
		if e.Type != chronicle.Organization || len(e.Mentions) == 0 || !seatName(e) && !d.knownBuilding(e) {
			continue
		}
		located, inside, speaks := false, false, false
		for _, m := range e.Mentions {
			s, a, b := d.tokensOf(m.Span)
			toks := d.sents[s].Tokens
			if a < len(toks) && strings.EqualFold(toks[a].Text, "the") {
				a++ // the span holds its article
			}
			if a > 0 && strings.EqualFold(toks[a-1].Text, "the") {
				a--
			}
			located = located || d.afterLocative(s, a)
			inside = inside || a > 0 && seatLocatives[strings.ToLower(toks[a-1].Text)]
			speaks = speaks || b < len(toks) && reportVerbs[toks[b].Text]
		}
		if located && !speaks || inside || !speaks && !bodyMetonyms[e.Name] {
			e.Type = chronicle.Facility
		}
	}
}

// bodyMetonyms are the seats whose names English news uses for the bodies
// in them, a place only where the text puts something in or at it: "the
// Kremlin", "the White House", "the Pentagon". Any other seat is a
// building unless it speaks: "a note distributed by the Planalto Palace",
// "a warning for the Casa Rosada".
var bodyMetonyms = map[string]bool{"Kremlin": true, "White House": true, "Pentagon": true}

// seatLocatives put what happens inside or beside a building: a story that
// holds talks "at the White House" names the building, though it also
// writes "the White House said".
var seatLocatives = map[string]bool{"at": true, "in": true, "inside": true, "outside": true, "near": true, "into": true}

// knownBuilding tells whether e is a building the KB knows as standing for
// its occupants ("Casa Rosada").
func (d *doc) knownBuilding(e *entity) bool {
	id, ok := strings.CutPrefix(e.KB, "org:")
	if !ok {
		return false
	}
	org, ok := d.r.kb.OrgByID(id)
	return ok && org.Type == chronicle.Facility
}

// seatName tells whether a body's name is a building's: the seats news
// names for governments ("White House", "Kremlin", "Downing Street") and
// names that end in a building's word ("Planalto Palace", "Parliament
// Buildings", "Government House", "International Congress Center") or open
// on one before "of" ("Palace of Independence", "Alley of Honor").
func seatName(e *entity) bool {
	switch e.Name {
	case "White House", "Kremlin", "Downing Street", "Elysee Palace", "Élysée Palace":
		return true
	}
	words := strings.Fields(e.Name)
	last := words[len(words)-1]
	if (last == "Centre" || last == "Center") && len(words) > 1 && !venueWords[words[len(words)-2]] {
		return false // "Tatra Policy Centre", a think tank, is no building
	}
	if len(words) > 1 && (seatWords[last] || len(words) > 2 && words[1] == "of" && seatOpeners[words[0]]) {
		return true
	}
	// "Regional Hospital of Ayacucho", "National Palace of Culture": a
	// building's word before "of" (not "House of Representatives").
	for k := 1; k+1 < len(words); k++ {
		if words[k+1] == "of" && buildingsBeforeOf[words[k]] {
			return true
		}
	}
	return false
}

// buildingsBeforeOf are the words that make a building of a name they
// stand in before "of".
var buildingsBeforeOf = map[string]bool{"Palace": true, "Hospital": true, "Building": true, "Complex": true, "Tower": true}

// venueWords make a centre a venue: "International Congress Center",
// "Moi International Sports Centre".
var venueWords = map[string]bool{"Convention": true, "Exhibition": true, "Congress": true, "Conference": true,
	"Trade": true, "Sports": true, "Business": true, "Shopping": true, "Cultural": true, "Press": true,
	"Medical": true, "Detention": true, "Community": true, "Arts": true, "Expo": true, "Events": true}

// seatWords end the names of buildings and grounds that news names as the
// places things happen at; seatOpeners open them before "of".
var (
	seatWords = map[string]bool{"Palace": true, "House": true, "Buildings": true, "Building": true, "Villa": true,
		"Complex": true, "Headquarters": true, "Centre": true, "Center": true, "Hall": true, "Academy": true,
		"Hospital": true, "Park": true, "Tower": true, "Courts": true}
	seatOpeners = map[string]bool{"Palace": true, "Alley": true, "Torre": true, "Avenida": true, "Hall": true}
)

// unknownPlacesAsTowns makes a place the KB does not know, which the
// recognizer called a location, a geopolitical one (a town, a district)
// unless its name says it is land or water ("Rift Valley"), a work of
// people ("Avenida Paulista") or a part of a compass ("Southwest", "Upper
// Egypt"): in news nine unknown place names in ten are settlements and
// divisions. One whose name ends on a building's, a street's or a park's
// word, or opens on a street's, is a facility: "Oval Office", "Camp
// Mystic", "Bangladesh Secretariat", "Rizal Park", "Avenida Paulista",
// "Rue de la Loi" (but a national park is land).
func (d *doc) unknownPlacesAsTowns() {
	for _, e := range d.ents {
		if e.KB == "" && e.Type != chronicle.Facility && e.Type != chronicle.EventName && e.Type != chronicle.Nationality &&
			strings.Contains(e.Name, " ") && foreignBuilding(strings.Fields(e.Name)) {
			// "Gurdwara Darbar Sahib", "Jalan Ampang", "Nirbachan Bhaban",
			// "Torre Ejecutiva": a building's or a street's word of
			// another language opens or ends the name, whatever the
			// recognizer took it for.
			e.Type, e.Sector, e.Code = chronicle.Facility, "", ""
			continue
		}
		if (e.Type == chronicle.Organization || e.Type == chronicle.Person) && e.KB == "" && strings.Contains(e.Name, " ") &&
			!strings.Contains(e.Name, " of ") && divisionHeads[e.Name[strings.LastIndexByte(e.Name, ' ')+1:]] {
			// "Nakhchivan Autonomous Republic", "Federal Capital Territory",
			// "Jhapa District", "Setagaya Ward": a division, whatever the
			// recognizer thought (not "University of the Republic").
			e.Type, e.Sector = chronicle.GeoPolitical, ""
			continue
		}
		if e.Type != chronicle.Location || e.KB != "" || e.Name == "" {
			continue
		}
		words := strings.Fields(e.Name)
		if len(words) > 1 && (builtWords[words[len(words)-1]] || builtOpeners[words[0]]) && !strings.HasSuffix(e.Name, "National Park") {
			e.Type = chronicle.Facility
			continue
		}
		if compassWords[words[0]] || slices.ContainsFunc(words, func(w string) bool { return landformWords[w] || builtWords[w] }) {
			continue
		}
		if d.namedAsTown(e) {
			e.Type = chronicle.GeoPolitical
		}
	}
}

// namedAsTown tells whether a mention of e stands where a town's name does,
// after "in", "near", "of", "from", "outside" or "across", and none stands
// before a noun that makes it something else or after "island of":
// "clashes in Ganda Singh Wala", not "at Heathrow and Gatwick airports",
// "the island of Vanua Levu" or "Flights left Gatwick".
func (d *doc) namedAsTown(e *entity) bool {
	town := false
	for _, m := range e.Mentions {
		s, a, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if a < len(toks) && strings.EqualFold(toks[a].Text, "the") {
			return false // "the Serengeti", "the Himalayas": a land's name
		}
		if b < len(toks) && placeKindWord(toks[b].Text) {
			return false
		}
		if a >= 2 && toks[a-1].Text == "of" && (islandNouns[strings.ToLower(toks[a-2].Text)] || toks[a-2].Text == "region") {
			return false
		}
		if a >= 1 {
			switch toks[a-1].Text {
			case "in", "near", "of", "from", "outside", "across":
				town = true
			}
		}
	}
	return town
}

// placeKindWord tells whether a word after a place's name makes it land,
// water or a building, singular or plural: "airports", "river", "Islands".
func placeKindWord(w string) bool {
	for _, v := range []string{titleCase(w), titleCase(strings.TrimSuffix(w, "s"))} {
		if landformWords[v] || builtWords[v] {
			return true
		}
	}
	return false
}

// titleCase is w with its first letter upper-cased: "river" → "River".
func titleCase(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// landformWords name land and water in a place's name.
var landformWords = map[string]bool{"River": true, "Lake": true, "Sea": true, "Ocean": true, "Gulf": true, "Bay": true,
	"Strait": true, "Mountain": true, "Mountains": true, "Mount": true, "Desert": true, "Basin": true, "Valley": true,
	"Coast": true, "Island": true, "Islands": true, "Peninsula": true, "Forest": true, "Plateau": true, "Region": true,
	"Corridor": true, "Delta": true, "Canal": true, "Hill": true, "Hills": true, "Range": true, "Highlands": true,
	"Steppe": true, "Shore": true, "Border": true, "Line": true, "Park": true, "Field": true, "Glacier": true,
	"Falls": true, "Reef": true, "Shoal": true, "Cape": true, "Point": true, "Beach": true, "Pass": true}

// builtWords name works of people in a place's name, which are no towns:
// "Avenida Paulista", "Oval Office", "Kyzyl-Bel checkpoint".
var builtWords = map[string]bool{"Street": true, "Avenue": true, "Avenida": true, "Boulevard": true, "Road": true,
	"Rue": true, "Square": true, "Office": true, "Museum": true, "Airport": true, "Port": true, "Camp": true,
	"Base": true, "Secretariat": true, "Mine": true, "Bridge": true, "Dam": true, "Palace": true,
	"checkpoint": true, "Complex": true, "Stadium": true, "Market": true, "Park": true, "Plaza": true, "Archives": true,
	"Causeway": true, "Checkpoint": true, "Shipyard": true, "Gate": true}

// namedForCountry tells whether a river or lake is named for a country:
// "Senegal River", "Lake Chad", "the Jordan River"; such waters cross
// borders, so the country is not theirs alone.
func (d *doc) namedForCountry(name string) bool {
	rest, ok := strings.CutSuffix(name, " River")
	if !ok {
		rest, ok = strings.CutPrefix(name, "Lake ")
	}
	if !ok {
		return false
	}
	_, isCountry := d.countryNamed(rest)
	return isCountry
}

// divisionHeads end the names of a country's divisions that a recognizer
// may take for bodies'.
var divisionHeads = map[string]bool{"Republic": true, "Territory": true, "District": true, "Province": true,
	"Region": true, "Oblast": true, "Krai": true, "Governorate": true, "Prefecture": true, "Ward": true, "County": true}

// builtOpeners open the names of works and streets: "Camp Mystic", "Port
// Sudan" as a port, "Avenida Paulista", "Rue de la Loi", "Route 8".
var builtOpeners = map[string]bool{"Camp": true, "Port": true, "Avenida": true, "Avenue": true, "Rue": true,
	"Boulevard": true, "Plaza": true, "Calle": true, "Route": true, "Parque": true, "Praça": true, "Piazza": true}

// foreignBuilding tells whether a name's words open or end on a word of
// another language for a building, a palace or a street.
func foreignBuilding(words []string) bool {
	return foreignBuildingOpeners[words[0]] || foreignBuildingEnds[words[len(words)-1]]
}

var (
	foreignBuildingOpeners = map[string]bool{"Gurdwara": true, "Puerta": true, "Galerie": true, "Jalan": true, "Istana": true,
		"Masjid": true, "Qasr": true, "Casa": true, "Torre": true, "Palacio": true, "Palais": true, "Kokhi": true,
		"Mezquita": true, "Calle": true, "Rua": true}
	foreignBuildingEnds = map[string]bool{"Marg": true, "Bhaban": true, "Bhawan": true, "Chowk": true, "Serail": true,
		"Durbar": true}
)

// compassWords open names of parts of a land: "North Africa", "Upper Egypt".
var compassWords = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Central": true,
	"Upper": true, "Lower": true, "Greater": true, "Northern": true, "Southern": true, "Eastern": true, "Western": true,
	"Northeast": true, "Northwest": true, "Southeast": true, "Southwest": true}

// mentionedWithin tells whether e has a mention holding m's words: not
// "the Workers' Party" inside "the Workers' Party of Korea".
func (d *doc) mentionedWithin(e *entity, m mention) bool {
	return slices.ContainsFunc(e.Mentions, func(old chronicle.Mention) bool {
		return old.Span.Start <= m.span.Start && m.span.End <= old.Span.End
	})
}

// partiesBeforeRoles names the party a capitalised word before a party
// role stands for ("Conservative leader Kemi Badenoch", "Conservative
// Leader Pierre Poilievre", "Republican
// lawmakers", "the Labour government"): the KB's party of that name or of
// that name and "Party", or its namesake of the story's country, when the
// story names the party's country.
func (d *doc) partiesBeforeRoles() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			w := toks[i].Text
			if !capitalWord(w) || !partyRoles[strings.ToLower(toks[i+1].Text)] || !isLowerWord(toks[i+1].Text) && toks[i+1].Text != "Leader" ||
				i > 0 && capitalWord(toks[i-1].Text) && !opensSentence(toks, i-1) {
				continue // not "Liberal Democrat leader", a name of two words
			}
			if o, ok := d.owner[[2]int{s, i}]; ok && o.e.Type != chronicle.Person {
				continue // a body's or a place's word already
			}
			org, ok := d.r.kb.Org(w)
			if !ok || org.Sector != "PTY" {
				if org, ok = d.r.kb.Org(w + " Party"); !ok || org.Sector != "PTY" {
					continue
				}
			}
			e := d.partyOfStory(org)
			if e == nil {
				if !d.storyNames(org.Country) {
					continue // "Conservative" in a story that never names Britain
				}
				e = d.orgEntity(org)
			}
			d.attach(e, d.mentionOf(s, i, i+1))
		}
	}
}

// partyRoles are the words after a party's name that say its people or
// its power: "Labour MPs", "Republican senator", "the Conservative
// government".
var partyRoles = map[string]bool{"leader": true, "leaders": true, "leadership": true, "mp": true, "mps": true,
	"lawmaker": true, "lawmakers": true, "senator": true, "senators": true, "congressman": true, "congresswoman": true,
	"congressmen": true, "legislator": true, "legislators": true, "candidate": true, "candidates": true, "nominee": true,
	"councillor": true, "councillors": true, "councilor": true, "councilors": true, "politician": true, "politicians": true,
	"government": true, "governments": true, "majority": true, "minority": true, "chairman": true, "chair": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "whip": true, "peer": true, "peers": true,
	"governor": true, "governors": true, "members": true, "member": true, "backbencher": true, "backbenchers": true,
	"deputy": true, "deputies": true, "party": true, "voters": true, "supporters": true, "activists": true}

// nameGoesOnWithOf tells whether the words from token j carry a one-word
// name on into a longer one: "of", "on" or "for" and a capitalised word
// that is no day or month. "Commission" alone is the European Commission,
// but "the Commission on Elections" is another body ("NATO on Tuesday" is
// NATO).
func nameGoesOnWithOf(toks []chronicle.Token, j int) bool {
	return j+1 < len(toks) && (toks[j].Text == "of" || toks[j].Text == "on" || toks[j].Text == "for") &&
		isCapitalized(toks[j+1].Text) && !text.CalendarWord(toks[j+1].Text)
}
