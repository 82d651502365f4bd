package resolve

// Offices named as bodies. The recognizer often takes "the Archbishop of
// Canterbury" or "the Mayor of London" for an organisation; it is a person
// known by office. Such a name is held back while the others are linked,
// then joined to the person it titles ("the Archbishop of Canterbury, Dr
// Rowan Williams"), or made a person of the article under the office's
// name.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
	"github.com/chronicle-news/chronicle/text"
)

// officeName is a name the recognizer gave as a body that is an office:
// tokens [a, b) of sentence s, the title before "of" and the place or body
// after it ("the" left out).
type officeName struct {
	s, a, b      int
	name         string
	title, place string
	placeAt      int // the token the place starts on
}

// isOfficeName reports whether words name an office rather than a body: a
// title word with a sector, "of", and more ("Archbishop of Canterbury",
// "Secretary of State for Health"), that the KB does not know as a body.
func (d *doc) isOfficeName(name string, words []string) bool {
	if len(words) < 3 || words[1] != "of" {
		return false
	}
	if t, ok := text.TitleWord(strings.ToLower(words[0])); !ok || t.Sector == "" || t.Plural {
		return false
	}
	_, known := d.r.kb.Org(name)
	return !known
}

// newOfficeName splits the office name of tokens [a, b) of sentence s, a
// determiner first if any, at its first "of".
func (d *doc) newOfficeName(s, a, b int) officeName {
	return d.newOfficeNameAt(s, a, b, -1)
}

// newOfficeNameAt is newOfficeName split at the "of" before token placeAt
// when it is not -1: "the Minister of Foreign Affairs of [the Republic of
// Turkiye]".
func (d *doc) newOfficeNameAt(s, a, b, placeAt int) officeName {
	toks := d.sents[s].Tokens
	start := a
	if strings.EqualFold(toks[a].Text, "the") {
		start++
	}
	o := officeName{s: s, a: a, b: b, name: d.spanOf(s, start, b).In(d.text)}
	for k := start; k < b; k++ {
		if toks[k].Text == "of" && (placeAt < 0 || k+1 == placeAt || k+2 == placeAt && strings.EqualFold(toks[k+1].Text, "the")) {
			o.title = d.spanOf(s, start, k).In(d.text)
			if k+1 < b && strings.EqualFold(toks[k+1].Text, "the") {
				k++
			}
			o.place, o.placeAt = d.spanOf(s, k+1, b).In(d.text), k+1
			break
		}
	}
	return o
}

// officesOfPlaces finds "the President of France", "the Mayor of London",
// "Archbishop of Canterbury" before any name is linked: title words with a
// sector, "of" and a place. Each is held back as an office name, its words
// claimed so that no sweep takes the place for a mention of its own, and
// the recognized spans inside it are dropped.
func (d *doc) officesOfPlaces(named []Named) []Named {
	var found []officeName
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			a, b, placeAt := d.officeOfPlaceAt(s, i)
			if b < 0 {
				continue
			}
			if slices.ContainsFunc(named, func(n Named) bool {
				return n.Sentence == s && n.Type == chronicle.Organization && n.Start < a && b <= n.End
			}) {
				i = b - 1
				continue // "the Institute … under the President of the Republic of Uzbekistan": a body's name
			}
			found = append(found, d.newOfficeNameAt(s, a, b, placeAt))
			i = b - 1
		}
	}
	if len(found) == 0 {
		return named
	}
	out := named[:0:0]
	for _, n := range named {
		inside := false
		for _, o := range found {
			if n.Sentence == o.s && n.Start < o.b && n.End > o.a {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, n)
		}
	}
	for _, o := range found {
		for k := o.a; k < o.b; k++ {
			d.claimed[[2]int{o.s, k}] = true
		}
	}
	d.offices = append(d.offices, found...)
	return out
}

// officeOfPlaceAt reads "[the] Title words of [the] Place" from token i of
// sentence s: the tokens [a, b) it spans, or b = -1. The title words are
// capitalised, one at least with a sector ("Prime Minister", "Archbishop");
// the place is a country, a region or a city of one to three capitalised
// words that no capitalised word follows ("the Bank of England Governor"
// and "Secretary of State for Health" are not read).
func (d *doc) officeOfPlaceAt(s, i int) (a, b, placeAt int) {
	toks := d.sents[s].Tokens
	a, j := i, i
	if strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	titled := false
	for j < len(toks) && j-a <= 5 && (isCapitalized(toks[j].Text) || joinedHyphen(toks, j)) {
		if joinedHyphen(toks, j) {
			j++ // "Secretary-General"
			continue
		}
		lw := strings.ToLower(toks[j].Text)
		if t, ok := text.TitleWord(lw); ok && t.Sector != "" && !t.Plural {
			titled = true
		} else if !modifierFill[lw] || lw == "of" {
			break
		}
		j++
	}
	if !titled || j >= len(toks) || toks[j].Text != "of" || (j > a && i > 0 && a == i && !strings.EqualFold(toks[a].Text, "the") && isCapitalized(toks[i-1].Text)) {
		return a, -1, -1
	}
	// "the Minister of [Foreign Affairs] of the Republic of Turkiye": a
	// portfolio between the title and the place's "of".
	if k := portfolioEnd(toks, j+1); k > j+1 && k < len(toks) && toks[k].Text == "of" {
		j = k
	}
	j++
	if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	if end, _ := d.knownBodyEnd(s, j); end > j {
		// "the General Secretary of the Workers' Party of Korea": the
		// body the KB knows, whole, and the organ of it named after
		// ("of the Lao People's Revolutionary Party Central Committee").
		// A name right after it is read by the sweeps of titled names
		// ("Chairman of the Parliament of Georgia Shalva Papuashvili").
		if end = organEnd(toks, end); end == len(toks) || !isCapitalized(toks[end].Text) && toks[end].Text != "(" {
			if !strings.EqualFold(toks[a].Text, "the") && !nameFollows(toks, end) {
				return a, -1, -1
			}
			return a, end, j
		}
	}
	for n := min(3, len(toks)-j); n >= 1; n-- {
		end := j + n
		if end < len(toks) && isCapitalized(toks[end].Text) {
			continue
		}
		place := d.spanOf(s, j, end).In(d.text)
		if !isCapitalized(place) {
			continue
		}
		_, country := d.countryNamed(place)
		_, region := d.r.kb.Region(place)
		_, body := d.r.kb.Org(place)
		if !country && !region && !body && len(d.r.kb.Cities(place)) == 0 {
			continue
		}
		// "the Mayor of London" is a person; "nominee for Governor of
		// Virginia" a post, unless a name follows.
		if !strings.EqualFold(toks[a].Text, "the") && !nameFollows(toks, end) {
			return a, -1, -1
		}
		return a, end, j
	}
	return a, -1, -1
}

// portfolioEnd returns the token after a portfolio's capitalised words
// from token i ("Foreign Affairs", "Labour and Social Protection"), or i.
func portfolioEnd(toks []chronicle.Token, i int) int {
	k := i
	for k < len(toks) && (capitalWord(toks[k].Text) && modifierFill[strings.ToLower(toks[k].Text)] ||
		k > i && toks[k].Text == "and" && k+1 < len(toks) && capitalWord(toks[k+1].Text)) {
		k++
	}
	return k
}

// joinedHyphen reports whether token i is a hyphen written between two
// words without spaces.
func joinedHyphen(toks []chronicle.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i].Text == "-" && toks[i].Start == toks[i-1].End && toks[i+1].Start == toks[i].End
}

// nameFollows reports whether a name starts at token i, or after a comma
// there: a capitalised word or a courtesy title.
func nameFollows(toks []chronicle.Token, i int) bool {
	if i < len(toks) && toks[i].Text == "," {
		i++
	}
	return i < len(toks) && (isCapitalized(toks[i].Text) || text.Honorific(toks[i].Text))
}

// officeNames links the held-back office names: first each one a person's
// name follows, which that person holds; then each office of a country to
// its holder on the article's date, a person of the article or the KB's;
// then the others to the person a name followed elsewhere, or to a person
// of the article called by the office.
func (d *doc) officeNames() {
	slices.SortFunc(d.offices, func(x, y officeName) int { return cmp.Or(cmp.Compare(x.s, y.s), cmp.Compare(x.a, y.a)) })
	holders := map[string]*entity{}
	var alone []officeName
	for _, o := range d.offices {
		if org, end, ok := d.bodyOfOffice(o); ok {
			// "the High Representative of the European Union", "the
			// General Secretary of the Workers' Party of Korea": the body
			// is named too (or the national one of an international
			// body's name: "the Secretary of the Security Council" after
			// "the Security Council of the Republic of Armenia"), and
			// the organ of it the office is of ("of the Lao People's
			// Revolutionary Party Central Committee").
			body := d.nationalNamesake(org, o.place)
			if body == nil {
				body = d.orgEntity(org)
			}
			d.attach(body, d.mentionOf(o.s, o.placeAt, end))
			if end < o.b {
				name := d.spanOf(o.s, o.placeAt, o.b).In(d.text)
				organ := d.entityFor("name:"+chronicle.Organization+":"+strings.ToLower(name), func() *entity {
					return &entity{Entity: chronicle.Entity{Name: name, Type: chronicle.Organization, Country: body.Country, Sector: body.Sector}}
				})
				d.attach(organ, d.mentionOf(o.s, o.placeAt, o.b))
			}
		}
		e := d.personAfter(o.s, o.a, o.b)
		if e == nil {
			if _, ofCountry := d.countryNamed(o.place); !ofCountry {
				// (A country's office goes to its holder, below, whose
				// name the KB knows however the text spells it.)
				e = d.personAfterTitles(o.s, o.a, o.b)
			}
		}
		if e != nil {
			holders[o.name] = e
			// "Secretary of the Security Council of the Republic of
			// Armenia Armen Grigoryan" is "the Secretary of the Security
			// Council" later.
			for k := strings.LastIndex(o.name, " of "); k > len(o.title); k = strings.LastIndex(o.name[:k], " of ") {
				if _, taken := holders[o.name[:k]]; !taken {
					holders[o.name[:k]] = e
				}
			}
			d.attach(e, d.mentionOf(o.s, o.a, o.b))
			country, sector := d.officeTies(o)
			e.Country = cmp.Or(e.Country, country)
			e.Sector = cmp.Or(e.Sector, sector)
			continue
		}
		alone = append(alone, o)
	}
	for _, o := range alone {
		m := d.mentionOf(o.s, o.a, o.b)
		if e := holders[o.name]; e != nil {
			d.attach(e, m)
			continue
		}
		if e := d.officeHolder(o); e != nil {
			d.attach(e, m)
			continue
		}
		if e := d.titledWithBody(o); e != nil {
			d.attach(e, m)
			continue
		}
		if e := d.officeTitledBefore(o); e != nil {
			d.attach(e, m)
			continue
		}
		if allFunctionWords(strings.Fields(o.place)) {
			continue // "the Head of State": a title restated, which restatedTitles reads
		}
		e := d.entityFor("office:"+strings.ToLower(o.name), func() *entity {
			e := &entity{Entity: chronicle.Entity{Name: o.name, Type: chronicle.Person}}
			e.Country, e.Sector = d.officeTies(o)
			return e
		})
		d.attach(e, m)
	}
}

// officeTitledBefore is the one person of the country an office of a country
// names ("the Minister of Foreign Affairs of Armenia") whom the text gave
// its title before the office is restated: "The Minister of Foreign Affairs
// of the Republic of Armenia Ararat Mirzoyan …"; or nil.
func (d *doc) officeTitledBefore(o officeName) *entity {
	c, ok := d.countryNamed(o.place)
	if !ok {
		return nil
	}
	title := strings.ToLower(o.title)
	at := d.sents[o.s].Tokens[o.a].Start
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Person && e.Country == c.ISO3 && e.first < at && d.describedWith(e, []string{title + " "})
	})
}

// officeHolder is the holder of an office of a country ("President of
// France") or of a body the KB knows ("Secretary-General of the United
// Nations") on the article's date: a person of the article, else the KB's;
// or nil.
func (d *doc) officeHolder(o officeName) *entity {
	if c, ok := d.countryNamed(o.place); ok {
		return d.holder(c.ISO3, strings.ToLower(o.title))
	}
	if org, ok := d.r.kb.Org(o.place); ok && d.date != "" {
		if p, ok := d.r.kb.HolderOf(org.ID, o.title, d.date); ok {
			return d.personEntity(p)
		}
	}
	return nil
}

// titledWithBody is the one person of the article whose mention holds the
// name of the national body the office is of: "the Secretary of the
// Security Council" after "Secretary of the Security Council of the
// Republic of Armenia Armen Grigoryan"; or nil.
func (d *doc) titledWithBody(o officeName) *entity {
	org, ok := d.r.kb.Org(o.place)
	if !ok {
		return nil
	}
	body := d.nationalNamesake(org, o.place)
	if body == nil {
		return nil
	}
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Person && slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool {
			return strings.Contains(m.Text, body.Name) && m.Text != body.Name
		})
	})
}

// personAfter is the person whose name starts at token b of sentence s,
// after a comma or courtesy titles, or nil.
func (d *doc) personAfter(s, a, b int) *entity {
	toks := d.sents[s].Tokens
	if b+2 < len(toks) && toks[b].Text == "of" && isCapitalized(toks[b+2].Text) {
		// "The Deputy Chairman of the Security Council of Russia Dmitry
		// Medvedev": past the country the office is of.
		if _, ok := d.placeCountry(toks[b+1].Text); ok {
			b += 2
		}
	}
	if b < len(toks) && toks[b].Text == "," {
		b++
	}
	if b+1 < len(toks) && (toks[b].Text == "for" || toks[b].Text == "of") {
		// "The Minister of the Russian Federation for the Development of
		// the Far East and the Arctic Alexei Chekunkov", "the Deputy Prime
		// Minister of Afghanistan for economic affairs Mullah Abdul Ghani
		// Baradar", "The Chairman of the Mazhilis of the Parliament Yerlan
		// Koshanov": past the portfolio or the body, no verb in it, to
		// the name.
		k := b + 1
		for k < len(toks) && k-b <= 14 && (isCapitalized(toks[k].Text) || isLowerWord(toks[k].Text) && toks[k].UPOS != "VERB" &&
			toks[k].UPOS != "AUX") {
			if o, ok := d.owner[[2]int{s, k}]; ok && o.e.Type == chronicle.Person && o.start >= b {
				return o.e
			}
			k++
		}
	}
	for b < len(toks) && text.Honorific(toks[b].Text) {
		b++
	}
	if b >= len(toks) {
		return nil
	}
	if o, ok := d.owner[[2]int{s, b}]; ok && o.e.Type == chronicle.Person && o.start >= a {
		// A mention starting at the office or after it; not one that runs
		// on through it from another's title ("the Special Envoy of [the
		// President of the United States] for the Middle East Steve
		// Witkoff").
		return o.e
	}
	return nil
}

// officeTies is the country and sector an office's name gives: the title
// word's sector, or the body's, and the country of the place after "of"
// ("Canterbury" in a British story is the English city, not the New Zealand
// region) or of the body.
func (d *doc) officeTies(o officeName) (country, sector string) {
	first, _, _ := strings.Cut(o.title, " ")
	first, _, _ = strings.Cut(first, "-")
	t, _ := text.TitleWord(strings.ToLower(first))
	if org, ok := d.r.kb.Org(o.place); ok {
		return org.Country, cmp.Or(org.Sector, t.Sector)
	}
	if c, ok := d.countryNamed(o.place); ok {
		return c.ISO3, t.Sector
	}
	cities := d.r.kb.Cities(o.place)
	for _, c := range cities {
		if d.storyNames(c.Country) {
			return c.Country, t.Sector
		}
	}
	if c, ok := d.r.kb.Region(o.place); ok {
		return c, t.Sector
	}
	if len(cities) > 0 {
		return d.pickCity(cities).Country, t.Sector
	}
	return d.countryInside(strings.Fields(o.place), true), t.Sector
}

// knownBodyEnd returns the end of the longest name of two tokens or more
// from token j of sentence s that the KB knows as a body, read over
// capitalised words and the words that join them ("Workers' Party of
// Korea", "Ministry of Foreign Affairs of the Russian Federation"), and the
// body; or j.
func (d *doc) knownBodyEnd(s, j int) (int, kb.Org) {
	toks := d.sents[s].Tokens
	best, body := j, kb.Org{}
	for k := j; k < len(toks) && k-j < 10; k++ {
		w := toks[k].Text
		if !capitalWord(w) && !inBodyName(w) && !joinedHyphen(toks, k) {
			break
		}
		if k > j && capitalWord(w) {
			if org, ok := d.r.kb.Org(d.spanOf(s, j, k+1).In(d.text)); ok {
				best, body = k+1, org
			}
		}
	}
	return best, body
}

// inBodyName tells whether a token that is no capitalised word may stand
// inside a body's name: a small linking word (nameLinks) or a possessive
// mark ("Workers' Party", "People's Party").
func inBodyName(w string) bool {
	switch w {
	case "'", "’", "'s", "’s":
		return true
	}
	return nameLinks[strings.ToLower(w)]
}

// organEnd returns the end of the organ of a body named from token i ("[the
// Party] Central Committee", "[the Party] Politburo"), or i.
func organEnd(toks []chronicle.Token, i int) int {
	if i < len(toks) && partyOrgans[toks[i].Text] {
		return i + 1
	}
	if i+1 < len(toks) && toks[i].Text == "Central" && toks[i+1].Text == "Committee" {
		return i + 2
	}
	return i
}

// partyOrgans are the one-word organs of a party named after it.
var partyOrgans = map[string]bool{"Politburo": true, "Secretariat": true, "Presidium": true}

// bodyOfOffice is the body the KB knows that an office is of, and the end
// of its name: the whole of what follows "of" ("the European Union"), or
// the start of it before an organ ("the Communist Party of Viet Nam
// Central Committee").
func (d *doc) bodyOfOffice(o officeName) (kb.Org, int, bool) {
	if o.placeAt <= o.a {
		return kb.Org{}, 0, false
	}
	if org, ok := d.r.kb.Org(o.place); ok {
		return org, o.b, true
	}
	if end, org := d.knownBodyEnd(o.s, o.placeAt); end > o.placeAt && end < o.b {
		return org, end, true
	}
	return kb.Org{}, 0, false
}

// personAfterTitles is the person named after the other offices the
// holder of an office ending at token b of sentence s has, each after a
// comma or "and": "General Secretary of the Workers' Party of Korea,
// President of the State Affairs of the DPRK Kim Jong Un"; or nil.
func (d *doc) personAfterTitles(s, a, b int) *entity {
	toks := d.sents[s].Tokens
	if b+1 >= len(toks) || toks[b].Text != "," && toks[b].Text != "and" {
		return nil
	}
	if t, ok := text.TitleWord(strings.ToLower(toks[b+1].Text)); !ok || t.Sector == "" || !isCapitalized(toks[b+1].Text) {
		return nil
	}
	for k := b + 1; k < len(toks) && k-b <= 16; k++ {
		if o, ok := d.owner[[2]int{s, k}]; ok && o.e.Type == chronicle.Person && o.start > b {
			return o.e
		}
		if w := toks[k].Text; !capitalWord(w) && !inBodyName(w) && w != "," {
			return nil
		}
	}
	return nil
}
