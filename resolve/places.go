package resolve

// Places: countries, states, cities and areas, chosen among the KB's
// namesakes by what else the story names.

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

// placesNamedAsEvents retypes as places the events that the article puts
// somewhere ("flights into Darfur"): a recognizer can take a region named
// for its conflict for the conflict. Every span of that name follows.
func (d *doc) placesNamedAsEvents(named []Named) {
	places := map[string]bool{}
	for _, n := range named {
		if n.Type != chronicle.EventName || !d.valid(n) {
			continue
		}
		name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
		if heldEventName(name) {
			continue // "in Astana International Forum", "at the Munich Security Conference": where things happen
		}
		if _, area := d.r.kb.Area(strings.TrimPrefix(name, "the ")); d.afterLocative(n.Sentence, n.Start) || area {
			places[name] = true // "in Davos"; "the Horn of Africa", an area the KB knows
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

// heldEventName tells whether a name ends on the word of an event held:
// "Summit", "Conference", "Forum".
func heldEventName(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return eventHeads[last] || last == "Forum"
}

// gatheringName tells whether an event's name is a meeting's, in capitals
// or not: "Munich Security Conference", "EU-Central Asia summit".
func gatheringName(name string) bool {
	if heldEventName(name) {
		return true
	}
	switch name[strings.LastIndexByte(name, ' ')+1:] {
	case "summit", "conference", "forum", "talks", "meeting", "Meeting":
		return true
	}
	return false
}

// addPlace links a country, a demonym or a city. Capitals stand for their
// country's government, as news uses them ("Moscow demanded").
func (d *doc) addPlace(n Named, a, b int, name string) bool {
	// The mention is the name itself: not "the", "southern" or "'s"; but
	// the division's word after it, in lower case, as the text names the
	// place ("the Batken region").
	m := d.mentionOf(n.Sentence, a, b)
	if toks := d.sents[n.Sentence].Tokens; b < len(toks) && !d.claimed[[2]int{n.Sentence, b}] && text.DivisionWord(toks[b].Text) {
		_, isCountry := d.countryNamed(name)
		_, isDemonym := d.r.kb.CountryByDemonym(name)
		if !isCountry && !isDemonym { // not "the British state"
			m = d.mentionOf(n.Sentence, a, b+1)
		}
	}
	if club, ok := d.clubNamed(n.Sentence, a, b, name); ok {
		d.attach(d.orgEntity(club), m) // "Barcelona coach Hansi Flick", "beat Barcelona 2-1"
		return true
	}
	c, isCountry := d.countryNamed(name)
	if toks := d.sents[n.Sentence].Tokens; !isCountry && b-a > 1 {
		// "US Department of State", which the recognizer took for a
		// place: a country's word before the name of one of its bodies.
		if cc, ok := d.placeCountry(toks[a].Text); ok {
			if o, known := d.r.kb.Org(d.spanOf(n.Sentence, a+1, b).In(d.text)); known && o.Country == cc {
				return d.addOrg(n, a, b, name)
			}
		}
	}
	if noun, country, ok := d.divisionOfCityName(n.Sentence, a, b, name); ok && !isCountry {
		// "the Kharkiv region", "Minsk Oblast": the division, not the
		// city it is named after, nor the capital's government.
		return d.addRegionOf(d.mentionOf(n.Sentence, a, b), name+" "+noun, country) // the mention is the toponym
	}
	if ar, ok := d.r.kb.Area(name); ok && !ar.County && ar.Country == "" && !isCountry {
		// A continent or world region is in no country, whatever follows
		// it: "in Eastern Europe, Poland and Czechoslovakia".
		return d.addArea(m, ar)
	}
	if r := d.listedRegionCountry(n.Sentence, a, b, name); r != "" && !isCountry {
		// "Ohio, Oregon, South Carolina", "Virginia, Washington, West
		// Virginia": a list of states names states, not towns or capitals,
		// nor a town and its state; "Haryana, Punjab and western Uttar
		// Pradesh" names India's Punjab, not Pakistan's.
		return d.addRegionOf(m, name, r)
	}
	if country, city, state, ok := d.placeSaysCountry(n.Sentence, a, b, name, isCountry); ok {
		if state {
			return d.addRegionOf(m, name, country)
		}
		if city.GeonameID != 0 {
			return d.addCity(m, city, name)
		}
		return d.addPlaceIn(m, name, country)
	}
	if c, ok := d.namedDivision(name); ok && !isCountry {
		return d.addRegionOf(m, name, c) // "Rakhine State", "Tabuk Province"
	}
	if c, ok := d.islandCountry(n.Sentence, a, name); ok && !isCountry {
		return d.addIsland(m, name, c) // "the Italian island of Lampedusa", "the eastern island of Samar"
	}
	if r, ok := d.r.kb.Region(name); ok && !isCountry && a >= 2 {
		// "Portland, Oregon": after a town and a comma, the state the
		// town lies in, not a town of its name (Oregon, Ohio).
		toks := d.sents[n.Sentence].Tokens
		if o, owned := d.owner[[2]int{n.Sentence, a - 2}]; owned && toks[a-1].Text == "," && o.e.Country == r &&
			(strings.HasPrefix(o.e.KB, "geonames:") || o.e.KB == "" && isPlace(o.e.Type) &&
				!slices.ContainsFunc(d.r.kb.Cities(name), func(c kb.City) bool { return c.Country == r })) {
			// (A town too small for the KB too, that the state placed:
			// "Niagara-on-the-Lake, Ontario", not the Californian city;
			// but "Queens, New York" and "Greenlane, Auckland" name a
			// part of the city.)
			return d.addRegionOf(m, name, r)
		}
	}
	if isCountry {
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
	if c, ok := d.partOfCountryNamed(name); ok {
		// "the north coast of Trinidad" in a story that names Trinidad
		// and Tobago: the island, not a town of the name elsewhere.
		return d.addPlaceOfType(m, name, c, chronicle.Location)
	}
	// "Brussels said" is the EU; "in Brussels" is the city.
	if org, ok := d.r.kb.Org(name); ok && (!d.afterLocative(n.Sentence, n.Start) || d.bodyOverForeignTown(org, name)) &&
		!d.isDateline(n.Sentence, a, b) && !(len(d.r.kb.Cities(name)) > 0 && modifiesThingNoun(d.sents[n.Sentence].Tokens, b)) {
		d.attach(d.orgEntity(org), m)
		return true
	}
	if a, ok := d.r.kb.Area(name); ok && (!a.County || d.countyOfStory(a, name)) {
		// A continent, sea or region: "the Middle East", "Darfur".
		return d.addArea(m, a)
	}
	cities := d.r.kb.Cities(name)
	if d.afterTownNoun(n.Sentence, a) && len(cities) > 0 && cities[0].Population >= minForeignTown && !d.storyNamesAnyOf(cities, name) {
		// "near the town of Palma" in a story about Mozambique is no
		// Spanish city of 400,000: a town the KB does not know. (A
		// small town of the name, "the town of Camborne", is likelier it.)
		cities = nil
	}
	city := kb.City{}
	if len(cities) > 0 {
		city = d.pickCity(cities)
		if strings.EqualFold(name, d.dateline) && city.Population < minForeignTown &&
			cities[0].Population >= minForeignTown {
			// Wire datelines qualify a small town ("GENEVA, Ill."), so a bare
			// one is the city known abroad, whatever else the story names,
			// and so is every mention of its name ("talks in Geneva").
			city = cities[0]
		} else if c, ok := d.cityQualified(name, cities); ok {
			// "GENEVA, Ill. (AP) -": the town of that state, and so is
			// every mention of its name.
			city = c
		} else if c, ok := d.cityLinkedBefore(cities); ok {
			// One place per name in a story.
			city = c
		}
	}
	if len(cities) == 0 || !d.storyNames(city.Country) {
		// A state of a country the story names ("Victoria" in a story
		// about Australia) before a city elsewhere (Vitória, Brazil).
		if c, ok := d.regionOfStory(name); ok {
			return d.addRegionOf(m, name, c)
		}
		// A large province before a mid-size town of a country the story
		// does not name: Ontario is the province, not Ontario, California.
		if c, ok := d.r.kb.Region(name); ok && len(cities) > 0 && city.Population < minCityOverRegion &&
			!d.isCapitalCity(city) {
			return d.addRegionOf(m, name, c)
		}
	} else if c, ok := d.r.kb.Region(name); ok && c != city.Country && d.storyNames(c) &&
		city.Population < minCityOverRegion && !d.isCapitalCity(city) {
		// The story names both countries: the large province still beats
		// the town (Ontario in a story about Canada and the United States).
		return d.addRegionOf(m, name, c)
	} else if ok && c == city.Country && city.Population < minForeignTown && !d.isCapitalCity(city) {
		// A town named like a state of its own country is less often
		// meant than the state: Delaware, not Delaware, Ohio.
		return d.addRegionOf(m, name, c)
	}
	if len(cities) == 0 {
		return d.addRegion(m, name)
	}
	if !d.storyNames(city.Country) && city.Population < minForeignTown &&
		!(d.afterSettlementNoun(n.Sentence, a) && d.outweighs(cities)) {
		// A small town in a country the article never names is more
		// likely a state ("Florida") or a word the recognizer mistook
		// ("Bay" of Bengal) than that town.
		return d.addRegion(m, name)
	}
	return d.addCity(m, city, name)
}

// addCity links a city, or its country when it is the capital, which news
// uses for the government ("Moscow said").
func (d *doc) addCity(m mention, city kb.City, name string) bool {
	if c, ok := d.r.kb.Country(city.Country); ok && (d.isCapital(c, city) || strings.EqualFold(c.Capital, name)) {
		d.attach(d.countryEntity(c), m)
		return true
	}
	if d.linkedCities == nil {
		d.linkedCities = map[int]bool{}
	}
	d.linkedCities[city.GeonameID] = true
	e := d.entityFor(fmt.Sprintf("kb:city:%d", city.GeonameID), func() *entity {
		// The text's spelling names the entity: GeoNames's main name may
		// be the local one (München for Munich).
		return &entity{Entity: chronicle.Entity{Name: cityName(city, name), Type: chronicle.GeoPolitical,
			KB: fmt.Sprintf("geonames:%d", city.GeonameID), Country: city.Country}}
	})
	d.attach(e, m)
	return true
}

// placeSaysCountry reads what the words around a place name say of it.
// "Surrey, UK", "Seattle, Washington": a country or state after a comma
// gives the country (not for a country's own name: "France, Germany and
// Spain" is a list). "Washington state", "the state of Washington": the
// place is that state (state is true), of the country the story names
// that has one so named, else of the likeliest.
func (d *doc) placeSaysCountry(s, a, b int, name string, isCountry bool) (country string, city kb.City, state, ok bool) {
	toks := d.sents[s].Tokens
	if !isCountry && b+1 < len(toks) && toks[b].Text == "," &&
		isCapitalized(toks[b+1].Text) {
		// The longest country or state name right after the comma.
		cities := d.r.kb.Cities(name)
		// A great city must lie in the country the words name: "Seoul,
		// Tokyo" lists two capitals, while "Stroud, Ontario" is a town too
		// small for the KB, not the English one.
		// So must a large one in a list that goes on past the words:
		// "Cologne, Osaka and Kobe" lists three cities, not a Cologne in
		// Osaka prefecture.
		// And a country's capital lies in it: "between Bishkek, Dushanbe
		// and the northern Tajik city of Khujand" lists capitals.
		inCountry := func(iso string, listed bool) bool {
			big := minCityOverRegion
			if listed || len(cities) > 0 && d.nationalCapital(cities[0]) {
				big = minForeignTown
			}
			return len(cities) == 0 || cities[0].Population < big ||
				slices.ContainsFunc(cities, func(c kb.City) bool { return c.Country == iso })
		}
		for k := min(b+4, len(toks)); k > b+1; k-- {
			after := d.spanOf(s, b+1, k).In(d.text)
			listed := k < len(toks) && (toks[k].Text == "," || toks[k].Text == "and" || toks[k].Text == "or") && listGoesOn(toks, k)
			// "Atlanta, Georgia", "Midland, Michigan": the town of that
			// name in a state so named, not the largest of its country,
			// beats the country so named that has none.
			for _, c := range cities {
				if strings.EqualFold(c.Admin1, after) {
					return c.Country, c, false, true
				}
			}
			if c, ok := d.countryNamed(after); ok && inCountry(c.ISO3, listed) {
				return c.ISO3, kb.City{}, false, true
			}
			if c, ok := d.r.kb.Region(after); ok && inCountry(c, listed) {
				return c, kb.City{}, false, true
			}
		}
	}
	stateWord := b < len(toks) && toks[b].Text == "state" ||
		a >= 2 && toks[a-1].Text == "of" && strings.EqualFold(toks[a-2].Text, "state")
	if !stateWord {
		return "", kb.City{}, false, false
	}
	if c, ok := d.regionOfStory(name); ok {
		return c, kb.City{}, true, true
	}
	if c, ok := d.r.kb.Region(name); ok {
		return c, kb.City{}, true, true
	}
	return "", kb.City{}, false, false
}

// islandCountry reads the country of an island named after "island of":
// a demonym before the noun gives it ("the Greek island of Lesbos"), else,
// when no town of the name lies in a country the story names, the country
// the story is mostly about, else the one it was filed from ("the eastern
// island of Samar" in a story from Manila, not Samara in Russia).
func (d *doc) islandCountry(s, a int, name string) (string, bool) {
	toks := d.sents[s].Tokens
	if a < 2 || toks[a-1].Text != "of" || !islandNouns[strings.ToLower(toks[a-2].Text)] {
		return "", false
	}
	country := ""
	for k := a - 3; k >= 0 && k >= a-5 && (isWordToken(toks[k].Text) || toks[k].Text == "-"); k-- {
		if c, ok := d.r.kb.CountryByDemonym(toks[k].Text); ok {
			country = c.ISO3
			break
		}
		if isDeterminer(toks[k].Text) {
			break
		}
	}
	if ar, ok := d.r.kb.Area(name); ok && country == "" && ar.Country != "" {
		return ar.Country, true // "the main island of Luzon" in a story about China's claims
	}
	if country == "" {
		own := strings.Count(d.text, name) // the name itself puts its largest town's country in the story
		if slices.ContainsFunc(d.r.kb.Cities(name), func(c kb.City) bool { return d.storyTimes[c.Country] > own }) {
			return "", false
		}
		main, share := d.mainCountry()
		if share < 0.5 {
			main = d.datelineCountry()
		}
		if main == "" {
			return "", false
		}
		country = main
	}
	return country, true
}

// islandNouns name islands before "of" and the island's name.
var islandNouns = map[string]bool{"island": true, "islands": true, "isle": true, "archipelago": true, "atoll": true}

// addIsland links an island of a country: the region of its name there
// ("the island of Crete"), else as addPlaceIn does, a place of its own
// being a location.
func (d *doc) addIsland(m mention, name, country string) bool {
	if slices.Contains(d.r.kb.RegionCountries(name), country) {
		return d.addRegionOf(m, name, country)
	}
	return d.addPlaceOfType(m, name, country, chronicle.Location)
}

// regionNouns follow a city's name to name the division called after it:
// "the Kharkiv region", "Kursk Oblast".
var regionNouns = map[string]bool{"region": true, "oblast": true, "province": true, "governorate": true,
	"prefecture": true, "krai": true}

// divisionOfCityName tells whether tokens [a, b) of sentence s, a name that
// is a city's and a first-level division's, are followed by a word that
// makes them the division; it returns that word and the division's country:
// the city's when it has a division so named, else the only one, else the
// one of the story.
func (d *doc) divisionOfCityName(s, a, b int, name string) (noun, country string, ok bool) {
	toks := d.sents[s].Tokens
	if b >= len(toks) || !regionNouns[strings.ToLower(toks[b].Text)] {
		return "", "", false
	}
	cities := d.r.kb.Cities(name)
	countries := d.r.kb.RegionCountries(name)
	if len(cities) == 0 || len(countries) == 0 {
		return "", "", false
	}
	switch city := d.pickCity(cities); {
	case slices.Contains(countries, city.Country):
		country = city.Country
	case len(countries) == 1:
		country = countries[0]
	default:
		if country, ok = d.regionOfStory(name); !ok {
			return "", "", false
		}
	}
	return toks[b].Text, country, true
}

// addPlaceIn links a place the text puts in a country: a city of it so
// named, else a first-level division, else a place of its own in that
// country, which geocoding leaves out.
func (d *doc) addPlaceIn(m mention, name, country string) bool {
	return d.addPlaceOfType(m, name, country, chronicle.GeoPolitical)
}

// addPlaceOfType is addPlaceIn with the type of a place of its own.
func (d *doc) addPlaceOfType(m mention, name, country, typ string) bool {
	for _, c := range d.r.kb.Cities(name) {
		if c.Country == country {
			return d.addCity(m, c, name)
		}
	}
	if slices.Contains(d.r.kb.RegionCountries(name), country) {
		return d.addRegionOf(m, name, country)
	}
	if a, ok := d.r.kb.Area(name); ok && a.Country == country {
		return d.addArea(m, a)
	}
	e := d.entityFor("place:"+country+":"+strings.ToLower(name), func() *entity {
		return &entity{Entity: chronicle.Entity{Name: name, Type: typ, Country: country}}
	})
	d.attach(e, m)
	return true
}

// listedWithRegions tells whether tokens [a, b) of sentence s stand in a
// list ("," or "and") beside the name of a first-level division of country,
// of one or two words.
func (d *doc) listedWithRegions(s, a, b int, country string) bool {
	toks := d.sents[s].Tokens
	listWord := func(i int) bool { return i >= 0 && i < len(toks) && (toks[i].Text == "," || toks[i].Text == "and") }
	isRegion := func(i, j int) bool {
		if i < 0 || j > len(toks) || i >= j || !isCapitalized(toks[i].Text) {
			return false
		}
		w := d.spanOf(s, i, j).In(d.text)
		if _, c := d.countryNamed(w); c {
			return false // "Taipei, Taiwan": a city and its country
		}
		return slices.Contains(d.r.kb.RegionCountries(w), country)
	}
	if listWord(a-1) && (isRegion(a-2, a-1) || isRegion(a-3, a-1)) {
		return true
	}
	return listWord(b) && (isRegion(b+1, b+2) || isRegion(b+1, b+3))
}

// stateNotCountry tells whether a country's name stands for a state of
// another country here, and which: Georgia in a story that names the United
// States and never Tbilisi or Georgians is the American state.
func (d *doc) stateNotCountry(c kb.Country, name string) (string, bool) {
	for _, r := range d.r.kb.RegionCountries(name) {
		// Only an American state outshines a country of its name in a
		// story about its own country (Georgia); Nigeria's Niger state
		// does not outshine Niger.
		if r == c.ISO3 || r != "USA" || !d.storyNames(r) {
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

// listedRegionCountry is the country of the first-level division so named
// that a list puts beside another of that country's divisions, or "".
func (d *doc) listedRegionCountry(s, a, b int, name string) string {
	for _, r := range d.r.kb.RegionCountries(name) {
		if d.listedWithRegions(s, a, b, r) {
			return r
		}
	}
	return ""
}

// regionOfStory finds the country of a state or province so named among
// the countries the story names: "Crimea" in a story about Ukraine is the
// province, whatever the recognizer thought.
func (d *doc) regionOfStory(name string) (string, bool) {
	best, most := "", -1
	for _, c := range d.r.kb.RegionCountries(name) {
		// Of several the story names, the one it names most: "Punjab" in
		// an Indian story whose wire, PTI, shares its letters with a
		// Pakistani party.
		if n := d.storyTimes[c]; d.storyNames(c) && (n > most || n == most && c < best) {
			best, most = c, n
		}
	}
	return best, best != ""
}

// namedDivision reads a name that says it is a first-level division, its
// kind capitalised after it ("Rakhine State", "Tabuk Province"): the
// country with a division of the name before the kind, however small, when
// only one has one, or only one the story names.
func (d *doc) namedDivision(name string) (string, bool) {
	i := strings.LastIndexByte(name, ' ')
	kind := name[i+1:]
	if i < 0 || divisionNouns[strings.ToLower(kind)] != chronicle.GeoPolitical && kind != "Region" || !isCapitalized(kind) {
		return "", false
	}
	cs := d.r.kb.RegionCountries(name[:i])
	if len(cs) == 1 {
		return cs[0], true
	}
	return d.regionOfStory(name[:i])
}

// addArea links a continent, sea, region or county of the KB.
func (d *doc) addArea(m mention, a kb.Area) bool {
	e := d.entityFor("kb:area:"+a.Name, func() *entity {
		typ := chronicle.Location
		if a.Polity || a.County {
			// The Gaza Strip, Transnistria: territories governed as
			// such; Essex, County Antrim: counties, which have councils.
			typ = chronicle.GeoPolitical
		}
		if i := strings.LastIndexByte(a.Name, ' '); i > 0 && builtFeatures[a.Name[i+1:]] {
			typ = chronicle.Facility // the Suez Canal, built
		}
		return &entity{Entity: chronicle.Entity{Name: a.Name, Type: typ, KB: "area:" + a.Name, Country: a.Country}}
	})
	d.attach(e, m)
	return true
}

// countyOfStory tells whether a county is meant: the story names its
// country or a place there, or no town of the name is known anywhere
// ("Wiltshire"; "Norfolk" in an American story is the Virginian city).
func (d *doc) countyOfStory(a kb.Area, name string) bool {
	if len(d.r.kb.Cities(name)) == 0 {
		return true
	}
	for _, e := range d.ents {
		if e.Country == a.Country && (e.Type == chronicle.GeoPolitical || e.Type == chronicle.Location || e.KB != "") {
			return true
		}
	}
	return false
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
	if region, c, ok := d.r.kb.RegionByAdjective(name); ok && c == country {
		name = region // "the Bavarian premier": Bavaria
	}
	key := strings.ToLower(name)
	if i := strings.LastIndexByte(key, ' '); i > 0 && regionNouns[key[i+1:]] && len(d.r.kb.Cities(name[:i])) > 0 {
		key = key[:i] + " division" // "the Kharkiv region" is "Kharkiv Oblast"
	}
	e := d.entityFor("region:"+country+":"+key, func() *entity {
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
	case "in", "at", "to", "from", "near", "outside", "inside", "into", "across", "around", "via", "fled", "above", "below",
		"beyond", "towards", "toward":
		return true
	}
	return false
}

// afterVerbOfPlaces tells whether token i of sentence s follows a verb
// whose object news makes a place: "struck Chuhuiv", "bound for Luang
// Prabang", "will connect Termez with Peshawar", "links Vientiane with
// Boten".
func (d *doc) afterVerbOfPlaces(s, i int) bool {
	toks := d.sents[s].Tokens
	if i == 0 {
		return false
	}
	before := func(k int) string {
		if k < 0 {
			return ""
		}
		return strings.ToLower(toks[k].Text)
	}
	switch before(i - 1) {
	case "for":
		return departureWords[before(i-2)]
	case "with":
		return routeVerbs[before(i-3)] // "links Vientiane with Boten"
	}
	return routeVerbs[before(i-1)] || strikeVerbs[before(i-1)]
}

// departureWords go before "for" and a destination; routeVerbs and
// strikeVerbs before a place as their object.
var (
	departureWords = map[string]bool{"bound": true, "headed": true, "heading": true, "left": true, "leaving": true,
		"departed": true, "departing": true, "sailed": true}
	routeVerbs = map[string]bool{"connect": true, "connects": true, "connecting": true, "link": true, "links": true,
		"linking": true}
	strikeVerbs = map[string]bool{"struck": true, "shelled": true, "bombed": true, "bombarded": true, "liberated": true,
		"stormed": true, "besieged": true}
)

// bodyOverForeignTown tells whether a name the KB gives a body of a country
// the story names is that body even after a locative, every town of the
// name being in a country the story names by nothing else: "hand the
// courts to Morena" in a Mexican story is the party, not the Indian town.
func (d *doc) bodyOverForeignTown(org kb.Org, name string) bool {
	if org.Country == "" || !d.storyNames(org.Country) {
		return false
	}
	cities := d.r.kb.Cities(name)
	return len(cities) > 0 && !slices.ContainsFunc(cities, func(c kb.City) bool { return c.Country == org.Country }) &&
		!d.storyNamesAnyOf(cities, name)
}

// modifiesThingNoun tells whether the name ending before token b modifies
// a common noun for a thing or a happening, alone or listed with another
// name: "on the eve of Brussels summit", "disrupts Brussels and Berlin
// airports" name the city. (Not its people: "Brussels officials" are the
// EU's.)
func modifiesThingNoun(toks []chronicle.Token, b int) bool {
	if b+2 < len(toks) && toks[b].Text == "and" && capitalWord(toks[b+1].Text) {
		b += 2
	}
	return b < len(toks) && toks[b].UPOS == "NOUN" && isLowerWord(toks[b].Text) && !peopleNouns[toks[b].Text] && !spokesWords[toks[b].Text]
}

// peopleNouns are nouns for a body or its people, which a name before them
// stands for: "Brussels officials", "Moscow diplomats", "the Morena party".
var peopleNouns = map[string]bool{
	"official": true, "officials": true, "bureaucrat": true, "bureaucrats": true, "bureaucracy": true,
	"diplomat": true, "diplomats": true, "authorities": true, "elite": true, "elites": true,
	"institutions": true, "leadership": true, "negotiator": true, "negotiators": true,
	"party": true, "movement": true, "government": true, "administration": true, "regime": true,
	"lawmakers": true, "legislators": true, "deputies": true, "senators": true, "members": true,
	"leaders": true, "coalition": true,
}

// afterTownNoun tells whether token a of sentence s follows "the town
// of", "the village of" and the like, which no large city is called.
func (d *doc) afterTownNoun(s, a int) bool {
	toks := d.sents[s].Tokens
	if !d.afterSettlementNoun(s, a) {
		return false
	}
	switch strings.ToLower(toks[a-2].Text) {
	case "town", "village", "hamlet", "settlement", "township":
		return true
	}
	return false
}

// storyNamesAnyOf tells whether the story names the country of one of
// cities by something other than name itself, whose own mentions
// noteCountries counted for its country.
func (d *doc) storyNamesAnyOf(cities []kb.City, name string) bool {
	self := strings.Count(d.text, name)
	return slices.ContainsFunc(cities, func(c kb.City) bool {
		return d.storyTimes[c.Country] > self || d.byKey["kb:country:"+c.Country] != nil
	})
}

// isDateline reports whether tokens [a, b) of sentence s are a wire
// dateline's place: capitals opening the sentence before a bracket, comma
// or dash ("BRUSSELS (Reuters) -"), which name the city, not its
// institutions.
func (d *doc) isDateline(s, a, b int) bool {
	toks := d.sents[s].Tokens
	if a == 1 && toks[0].Text == "THE" {
		a = 0 // "THE HAGUE, 21 October (dpa) -"
	}
	if a != 0 || b >= len(toks) {
		return false
	}
	if !isAllCaps(toks[a].Text) {
		// "Kyiv (AFP) -", "Bamako (AFP) -": wires that write the place in
		// title case put their name in brackets right after it; state
		// agencies a date or their name after a comma ("Ashgabat, 18
		// June (TDH) -", "Muscat, IRNA -", "Julfa, November 24, AZERTAC.").
		return b+2 < len(toks) && toks[b].Text == "(" && toks[b+2].Text == ")" && wireNames[toks[b+1].Text] ||
			datedAfterComma(toks, b)
	}
	switch toks[b].Text {
	case "(", ",", "-", "--", "—", "–":
		return true
	}
	return false
}

// datedAfterComma tells whether token b is a comma that opens the rest of
// a dateline: a date, a news agency's name or both, ended by a dash or by a
// full stop after the agency ("18 June (TDH) -", "IRNA -", "November 24,
// AZERTAC.", "July 4 /MONTSAME/."), within eight tokens.
func datedAfterComma(toks []chronicle.Token, b int) bool {
	if b >= len(toks) || toks[b].Text != "," {
		return false
	}
	agency, date, lastAgency, slashed := false, false, false, false
	for k := b + 1; k < len(toks) && k <= b+8; k++ {
		w := toks[k].Text
		switch {
		case w == "-" || w == "--" || w == "—" || w == "–":
			return agency || date
		case w == "." && (k == len(toks)-1 || slashed):
			return lastAgency
		case w == "." && date && k+1 < len(toks) && toks[k+1].Text == "/": // "October 15. /Ukrinform/."
		case w == ")" && lastAgency && toks[k-2].Text == "(":
			// "October 24 (UzA).": the agency stays the last word
		case w == "," || w == "(" || w == ")":
			lastAgency = false
		case w == "/": // "July 4 /MONTSAME/."
		case text.CalendarWord(w) || len(w) <= 4 && strings.Trim(w, "0123456789") == "":
			date, lastAgency = true, false
		case isAgencyName(w) || toks[k-1].Text == "/" && k+1 < len(toks) && toks[k+1].Text == "/" && isCapitalized(w):
			// (Between slashes any agency's name: "/Ukrinform/.", and the
			// full stop after it ends the dateline.)
			agency, lastAgency = true, true
			slashed = toks[k-1].Text == "/"
		default:
			return false
		}
	}
	return false
}

// isAgencyName tells whether a word could be a news agency's short name in
// a dateline: a capital first and another after ("IRNA", "TDH", "BelTA",
// "AZERTAC").
func isAgencyName(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' || !isWordToken(w) {
		return false
	}
	capitals := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			capitals++
		}
	}
	return capitals >= 2
}

// wireNames are the news agencies whose name a dateline gives in brackets.
var wireNames = map[string]bool{"AFP": true, "AP": true, "Reuters": true, "PTI": true, "IANS": true, "ANI": true,
	"Xinhua": true, "Bernama": true, "Yonhap": true, "Kyodo": true, "UPI": true, "dpa": true, "EFE": true, "ANSA": true}

// cityLinkedBefore returns the one of cities that an earlier mention in
// the story was linked to.
func (d *doc) cityLinkedBefore(cities []kb.City) (kb.City, bool) {
	for _, c := range cities {
		if d.linkedCities[c.GeonameID] {
			return c, true
		}
	}
	return kb.City{}, false
}

// noteDateline keeps the name of the article's dateline place when no
// state or country follows it: "GENEVA (Reuters) -" but not "GENEVA,
// Ill. (AP) -".
func (d *doc) noteDateline(named []Named) {
	d.datelineAt = -1
	for _, n := range named {
		if n.Sentence > 3 {
			return
		}
		if d.isDateline(n.Sentence, n.Start, n.End) {
			d.datelineAt = d.spanOf(n.Sentence, n.Start, n.End).Start
			toks := d.sents[n.Sentence].Tokens
			if toks[n.End].Text != "," || datedAfterComma(toks, n.End) {
				d.dateline = d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
			} else if n.End+1 < len(toks) {
				q := strings.TrimSuffix(toks[n.End+1].Text, ".")
				d.datelineIn = cmp.Or(usStateAbbreviations[q], q)
				d.datelineQualified = d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
			}
			return
		}
	}
}

// cityQualified returns the one of cities, named name, in the region or
// country that qualifies the dateline's place of that name.
func (d *doc) cityQualified(name string, cities []kb.City) (kb.City, bool) {
	if d.datelineIn == "" || !strings.EqualFold(name, d.datelineQualified) {
		return kb.City{}, false
	}
	country, isCountry := d.countryNamed(d.datelineIn)
	for _, c := range cities {
		if strings.EqualFold(c.Admin1, d.datelineIn) || isCountry && c.Country == country.ISO3 {
			return c, true
		}
	}
	return kb.City{}, false
}

// usStateAbbreviations are the short forms of American states that wire
// datelines use ("Ill.", "Calif."), without their dots. (States of short
// names go in full: "Ohio", "Texas".)
var usStateAbbreviations = map[string]string{"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas",
	"Calif": "California", "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
	"Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky",
	"La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
	"Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada",
	"N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina",
	"N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island",
	"S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia",
	"Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming"}

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
	// the Ukrainian city, not the Russian town. A country the story names
	// in passing weighs less: Geneva in a story about Congo that mentions
	// Washington is the Swiss city, not the American town a ninth its size.
	for _, c := range cities {
		factor := 10
		if !d.mainlyAbout(c.Country) || len(largest.Alternates) > 1 && len(c.Alternates) == 0 {
			// (Nor does a town of no other spelling outweigh a city the
			// world writes in several: Geneva in a story about Iran and
			// America is still the Swiss city.)
			factor = 3
		}
		if d.storyNames(c.Country) && factor*c.Population >= largest.Population {
			return c
		}
	}
	return largest
}

// isCapitalCity tells whether city is its country's capital.
func (d *doc) isCapitalCity(city kb.City) bool {
	c, ok := d.r.kb.Country(city.Country)
	return ok && d.isCapital(c, city)
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

// sportsRoles follow a club's name: "Barcelona coach", "Milan striker".
var sportsRoles = map[string]bool{"coach": true, "manager": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "winger": true, "forward": true, "captain": true, "fans": true,
	"supporters": true, "player": true, "players": true, "boss": true, "squad": true}

// sportsVerbs come before a club's name: "beat Barcelona", "against Milan".
var sportsVerbs = map[string]bool{"beat": true, "beats": true, "defeated": true, "against": true, "vs": true,
	"v": true, "v.": true, "versus": true, "hosts": true, "hosted": true, "thrashed": true, "edged": true}

// clubNamed finds the sports club the KB knows under a town's name with a
// club's prefix or suffix ("FC Barcelona", "AC Milan") when the words
// around the town's name are a match report's: a playing role after it, a
// result or a verb of winning before or after it.
func (d *doc) clubNamed(s, a, b int, name string) (kb.Org, bool) {
	toks := d.sents[s].Tokens
	sporting := b < len(toks) && sportsRoles[strings.ToLower(toks[b].Text)] ||
		a > 0 && sportsVerbs[strings.ToLower(toks[a-1].Text)] ||
		b < len(toks) && isScore(toks[b].Text)
	for _, form := range []string{"FC " + name, name + " FC", "AC " + name, "AS " + name, "SS " + name, "SL " + name} {
		org, ok := d.r.kb.Org(form)
		if !ok || org.Type == "FAC" {
			continue
		}
		// Once the report has named the club so, the town's name goes on
		// naming it ("Barcelona's Fermin Lopez"), except after "in" or
		// "at".
		if sporting || d.byKey["kb:org:"+org.ID] != nil && !d.afterLocative(s, a) {
			return org, true
		}
	}
	return kb.Org{}, false
}

// isScore reports a result written "2-1".
func isScore(w string) bool {
	l, r, ok := strings.Cut(w, "-")
	return ok && l != "" && r != "" && isNumber(l) && isNumber(r)
}

// memberWords name members of an assembly who sit for a seat: "the MP for
// Grantham", "AM for Aberavon".
var memberWords = map[string]bool{"MP": true, "MPs": true, "AM": true, "MSP": true, "MEP": true, "MLA": true,
	"TD": true, "member": true, "Member": true}

// seatAt tells whether a name at token a of sentence s is a member's seat.
func (d *doc) seatAt(s, a int) bool {
	toks := d.sents[s].Tokens
	return a >= 2 && toks[a-1].Text == "for" && memberWords[toks[a-2].Text]
}

// seatCountry is the country of a member's seat: the one country whose
// towns bear its name ("Grantham" in a story about a mugging in Kenya),
// else the story's country, else the country its names so far are most of.
func (d *doc) seatCountry(name string) string {
	if cities := d.r.kb.Cities(name); len(cities) > 0 && !slices.ContainsFunc(cities[1:], func(c kb.City) bool {
		return c.Country != cities[0].Country
	}) {
		return cities[0].Country
	}
	if c := d.storyCountry(); c != "" {
		return c
	}
	c, _ := d.mainCountry() // "Labour" and "the Commons" so far
	return c
}

// partOfCountryNamed returns the country that the story names whose name
// joins name and another by "and" ("Trinidad" of Trinidad and Tobago,
// "Herzegovina" of Bosnia and Herzegovina).
func (d *doc) partOfCountryNamed(name string) (string, bool) {
	for _, c := range d.r.andParts[name] {
		if d.storyNames(c) {
			return c, true
		}
	}
	return "", false
}

// nationalCapital tells whether city is its country's capital.
func (d *doc) nationalCapital(city kb.City) bool {
	c, ok := d.r.kb.Country(city.Country)
	return ok && strings.EqualFold(c.Capital, city.Name)
}

// homeEventName tells whether an event's name is of a kind that happens
// in one country, the story's, when nothing else places it: a military or
// police operation ("Operation Sindoor"), an address to a nation ("State
// of the Nation Address"), an uprising ("July uprising"), a fair, or a
// conference on a subject ("High-Level International Conference on
// Glaciers' Preservation"). Feasts, wars and storms are not: they cross
// borders.
func homeEventName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	switch words[len(words)-1] {
	case "Address", "uprising", "Uprising", "Fair", "election", "elections":
		return true // ("the 2028 presidential election": the story home's)
	}
	return words[0] == "Operation" || strings.Contains(name, " Conference on ")
}

// countriesInNames adds a mention of the country whose name or adjective
// opens the name of a body ("the US Federal Reserve",
// "the Russian Africa Corps", "the Turkish TRT World channel"), when the
// story names that country nowhere else: the name speaks of the country
// too. It runs last, when no pass weighs the country's mentions any more.
func (d *doc) countriesInNames() {
	added := map[string]bool{}
	for _, e := range slices.Clone(d.ents) {
		if e.Type != chronicle.Organization {
			continue
		}
		for _, m := range e.Mentions {
			s, a, b := d.tokensOf(m.Span)
			toks := d.sents[s].Tokens
			if a < b && strings.EqualFold(toks[a].Text, "the") {
				a++
			}
			for k := min(3, b-a-1); k >= 1; k-- {
				name := d.spanOf(s, a, a+k).In(d.text)
				c, ok := d.countryNamed(name)
				if !ok {
					c, ok = d.r.kb.CountryByDemonym(name)
				}
				if ok {
					if _, named := d.byKey["kb:country:"+c.ISO3]; !named || added[c.ISO3] {
						added[c.ISO3] = true
						d.attach(d.countryEntity(c), d.mentionOf(s, a, a+k))
					}
					break
				}
			}
		}
	}
}
