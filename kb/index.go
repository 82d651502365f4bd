package kb

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// index holds the look-up tables built from a KB's data. It is rebuilt
// whole after a user file is added: building takes tens of milliseconds,
// and a rebuilt index cannot go stale.
type index struct {
	countryCode map[string]int // ISO3, ISO2, CAMEO
	countryName *nameIndex
	demonym     *nameIndex
	city        *nameIndex
	cityID      map[int]int
	org         *nameIndex
	orgID       map[string]int
	person      *nameIndex
	personID    map[string]int
	holders     map[string][]holding   // "c:USA" or "o:un" -> terms
	near        map[rune][]nearKey     // first letter of a name or of its last word -> names
	region      map[string]string      // folded first-level division name -> ISO3
	surname     map[string][]int32     // folded last word of a person's name -> people
	regionsAll  map[string][]string    // folded first-level division name -> every country with one so named
	regionAt    map[string][2]float64  // folded division name + "|" + ISO3 -> centre of its cities
	regionAdj   map[string]regionAlias // an adjective of a division, as written -> the division
}

type holding struct{ person, office int32 }

type nearKey struct {
	key    string // folded name
	person int32
}

// nameIndex maps names to entry numbers twice over: as written (for codes
// like "US") and folded (for ordinary names).
type nameIndex struct {
	exact, fold keyIndex
}

// keyIndex maps a key to entry numbers. Most keys name one entry, so those
// live in a plain map and only shared keys get a slice: this halves the
// time Load spends indexing 23,000 cities.
type keyIndex struct {
	one  map[string]int32
	many map[string][]int32
}

func newKeyIndex(n int) keyIndex {
	return keyIndex{one: make(map[string]int32, n), many: map[string][]int32{}}
}

func (x keyIndex) add(key string, i int32) {
	if v, ok := x.many[key]; ok {
		if !slices.Contains(v, i) {
			x.many[key] = append(v, i)
		}
		return
	}
	if j, ok := x.one[key]; ok {
		if j != i {
			x.many[key] = []int32{j, i}
		}
		return
	}
	x.one[key] = i
}

func (x keyIndex) get(key string) []int32 {
	if v, ok := x.many[key]; ok {
		return v
	}
	if i, ok := x.one[key]; ok {
		return []int32{i}
	}
	return nil
}

func newNameIndex(n int) *nameIndex {
	return &nameIndex{exact: newKeyIndex(n), fold: newKeyIndex(n)}
}

var acronymMarks = strings.NewReplacer(".", "", "-", "", "&", "")

func (n *nameIndex) add(name string, i int) {
	e := exactKey(name)
	if e == "" {
		return
	}
	n.exact.add(e, int32(i))
	if abbreviation(e) {
		// British style writes long acronyms as words: Nato, Opec, Unicef.
		if letters := acronymMarks.Replace(e); len(letters) >= 4 {
			n.exact.add(letters[:1]+strings.ToLower(letters[1:]), int32(i))
		}
		return
	}
	n.fold.add(foldKey(e), int32(i))
}

// all returns the entries called name: those matching as written if any,
// else those matching folded. Abbreviations are never in the folded table,
// so "us" finds nothing while "IRAN" finds Iran; and a single lower-case word
// does not fold, so "congress" and "diet" stay ordinary words while
// "cote d'ivoire" still finds Côte d'Ivoire.
func (n *nameIndex) all(name string) []int32 {
	e := exactKey(name)
	if v := n.exact.get(e); len(v) > 0 {
		return v
	}
	if !strings.ContainsAny(e, " ") && e == strings.ToLower(e) {
		return nil
	}
	return n.fold.get(foldKey(e))
}

func (n *nameIndex) sort(less func(a, b int32) int) {
	for _, m := range []map[string][]int32{n.exact.many, n.fold.many} {
		for _, v := range m {
			if len(v) > 1 {
				slices.SortStableFunc(v, less)
			}
		}
	}
}

func lookup(n *nameIndex, name string) (int, bool) {
	if v := n.all(name); len(v) > 0 {
		return int(v[0]), true
	}
	return 0, false
}

func (d *data) index() *index {
	ix := &index{
		countryCode: make(map[string]int, 3*len(d.countries)),
		countryName: newNameIndex(4 * len(d.countries)),
		demonym:     newNameIndex(2 * len(d.countries)),
		city:        newNameIndex(2 * len(d.cities)),
		cityID:      make(map[int]int, len(d.cities)),
		org:         newNameIndex(3 * len(d.orgs)),
		orgID:       make(map[string]int, len(d.orgs)),
		person:      newNameIndex(3 * len(d.people)),
		personID:    make(map[string]int, len(d.people)),
		holders:     map[string][]holding{},
		near:        map[rune][]nearKey{},
	}
	for i, c := range d.countries {
		for _, code := range []string{c.ISO3, c.ISO2, c.CAMEO} {
			if code != "" {
				if _, dup := ix.countryCode[code]; !dup {
					ix.countryCode[code] = i
				}
			}
		}
		ix.countryName.add(c.Name, i)
		for _, a := range c.Aliases {
			ix.countryName.add(a, i)
		}
		ix.countryName.add(c.ISO3, i)
		ix.countryName.add(c.ISO2, i)
		for _, dm := range c.Demonyms {
			ix.demonym.add(dm, i)
		}
	}
	// A name shared by a sovereign state and a dependency ("American" of the
	// United States and of the Northern Mariana Islands) goes to the state.
	sovereignFirst := func(a, b int32) int {
		return -cmp.Compare(boolInt(d.countries[a].Sovereign), boolInt(d.countries[b].Sovereign))
	}
	ix.countryName.sort(sovereignFirst)
	ix.demonym.sort(sovereignFirst)

	for i, c := range d.cities {
		ix.cityID[c.GeonameID] = i
		ix.city.add(c.Name, i)
		ix.city.add(c.ASCII, i)
		if spaced := strings.ReplaceAll(c.ASCII, "-", " "); spaced != c.ASCII {
			ix.city.add(spaced, i) // "San Pedro" for San-Pédro, as English news writes it
		}
		for _, a := range c.Alternates {
			ix.city.add(a, i)
		}
	}
	ix.city.sort(func(a, b int32) int { return cmp.Compare(d.cities[b].Population, d.cities[a].Population) })
	ri := indexRegions(d.cities)
	ix.region, ix.regionsAll, ix.regionAt = ri.byName, ri.all, ri.centres
	// Divisions are also known without their kind: "Tibet" for the Tibet
	// Autonomous Region, "Mendoza" for Mendoza Province.
	for _, full := range slices.Sorted(maps.Keys(ix.regionsAll)) {
		short := shortRegion(full)
		if short == full || len(short) < 4 || compassWords[short] || kindWords[short] || ix.regionsAll[short] != nil {
			continue
		}
		ix.regionsAll[short] = ix.regionsAll[full]
		if c, ok := ix.region[full]; ok {
			ix.region[short] = c
		}
		for _, c := range ix.regionsAll[full] {
			ix.regionAt[short+"|"+c] = ix.regionAt[full+"|"+c]
		}
	}
	for _, a := range d.regionAliases {
		k, name := foldKey(a.alias), foldKey(a.name)
		if ix.region[name] == a.country || slices.Contains(ix.regionsAll[name], a.country) && ix.region[k] == "" {
			// (A name written in by hand names its division however
			// small: "Nakhchivan Autonomous Republic".)
			ix.region[k] = a.country
		}
		if !slices.Contains(ix.regionsAll[k], a.country) {
			ix.regionsAll[k] = append(ix.regionsAll[k], a.country)
		}
		ix.regionAt[k+"|"+a.country] = ix.regionAt[name+"|"+a.country]
		// An adjective opens on the division's first four letters and
		// ends as adjectives do: "Bavarian", "Texan"; not "NSW".
		if len(a.alias) > 4 && len(a.name) >= 4 && strings.HasPrefix(a.alias, a.name[:4]) &&
			(strings.HasSuffix(a.alias, "an") || strings.HasSuffix(a.alias, "ese")) {
			if ix.regionAdj == nil {
				ix.regionAdj = map[string]regionAlias{}
			}
			ix.regionAdj[a.alias] = a
		}
	}

	for i, o := range d.orgs {
		ix.orgID[o.ID] = i
		ix.org.add(o.Name, i)
		for _, a := range o.Aliases {
			ix.org.add(a, i)
		}
	}
	// "Food and Agriculture Organisation": the other spelling of a word
	// that names bodies finds a body listed in one, unless it is another
	// body's own name.
	for i, o := range d.orgs {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if other := otherSpelling.Replace(n); other != n {
				if _, taken := lookup(ix.org, other); !taken {
					ix.org.add(other, i)
				}
			}
		}
	}
	// A user's organisation wins a shared name.
	ix.org.sort(func(a, b int32) int {
		return -cmp.Compare(boolInt(d.user["org:"+d.orgs[a].ID]), boolInt(d.user["org:"+d.orgs[b].ID]))
	})

	ix.surname = map[string][]int32{}
	for i, p := range d.people {
		ix.personID[p.ID] = i
		if f := foldKey(p.Name); f != "" {
			// A regnal number is no surname: "Al Hussein bin Abdullah II"
			// is not Albert II.
			if last := f[strings.LastIndexByte(f, ' ')+1:]; !regnalNumbers[last] {
				ix.surname[last] = append(ix.surname[last], int32(i))
			}
		}
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			ix.person.add(name, i)
			if unjoined := arabicHyphens.Replace(name); unjoined != name {
				ix.person.add(unjoined, i) // "Abdel Fattah Al Burhan" for al-Burhan
			}
			if f := foldKey(name); f != "" {
				first, _ := firstRune(f)
				ix.near[first] = append(ix.near[first], nearKey{f, int32(i)})
				if sp := strings.LastIndexByte(f, ' '); sp >= 0 {
					if last, _ := firstRune(f[sp+1:]); last != first {
						ix.near[last] = append(ix.near[last], nearKey{f, int32(i)})
					}
				}
			}
		}
		for j, o := range p.Offices {
			owner := "c:" + o.Country
			if o.Org != "" {
				owner = "o:" + o.Org
			}
			ix.holders[owner] = append(ix.holders[owner], holding{int32(i), int32(j)})
		}
	}
	ix.person.sort(func(a, b int32) int {
		return -cmp.Compare(boolInt(d.user["person:"+d.people[a].ID]), boolInt(d.user["person:"+d.people[b].ID]))
	})
	return ix
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return unicode.ToLower(r), true
	}
	return 0, false
}

// minRegionPeople is how many people the cities of a division must hold
// for Region to know it.
const minRegionPeople = 300000

// federalCountries are countries whose states news names as places in
// their own right, so Region knows every one of them, however few people
// the cities file gives it (Vermont, Wyoming, Tasmania).
var federalCountries = map[string]bool{"USA": true, "CAN": true, "AUS": true, "IND": true, "DEU": true,
	"BRA": true, "MEX": true, "NGA": true, "MYS": true}

// compassWords are division names that news uses as plain directions.
var compassWords = map[string]bool{}

func init() {
	for _, w := range []string{"North", "South", "East", "West", "Centre", "Center", "Central", "Northern",
		"Southern", "Eastern", "Western", "North-West", "North-East", "South-West", "South-East", "Northwest",
		"Northeast", "Southwest", "Southeast", "Littoral", "Coast"} {
		compassWords[foldKey(w)] = true
	}
}

// kindWords are the words left of a division's name by its kind that say
// nothing of where it is: "Federal District" is no "Federal".
var kindWords = map[string]bool{"federal": true, "capital": true, "national": true, "metropolitan": true,
	"special": true, "autonomous": true, "islands": true, "island": true, "territory": true}

// regionKinds are the words around a division's name that say what kind
// of division it is, folded.
var (
	regionPrefixes = []string{"republic of ", "province of ", "state of "}
	regionSuffixes = []string{" uyghur autonomous region", " zhuang autonomous region", " hui autonomous region",
		" special administrative region", " autonomous region", " autonomous okrug", " autonomous oblast",
		" province", " governorate", " oblast", " krai", " voivodeship", " prefecture", " region",
		" department", " district", " division", " municipality", " state"}
)

// shortRegion drops the kind of division from a folded division name:
// "tibet autonomous region" → "tibet"; "republic of crimea" → "crimea".
func shortRegion(name string) string {
	for _, p := range regionPrefixes {
		name = strings.TrimPrefix(name, p)
	}
	for _, suf := range regionSuffixes {
		if n, ok := strings.CutSuffix(name, suf); ok {
			return n
		}
	}
	return name
}

// regionIndex is what the cities tell of the first-level divisions they
// lie in, gathered in one pass over them.
type regionIndex struct {
	// byName maps each division named by the cities (California, Bavaria,
	// Punjab) to its country; a name shared by divisions of several
	// countries goes to the one with the most people in its cities.
	byName map[string]string
	// all maps each division name, whatever its size, to the countries
	// that have one so named.
	all map[string][]string
	// centres places each division ("name|ISO3") at the middle of the box
	// that holds its cities: nearer its geographic centre than their mean
	// position, which the largest city pulls toward itself.
	centres map[string][2]float64
}

func indexRegions(cities []City) regionIndex {
	type box struct{ s, n, w, e float64 }
	boxes := map[string]box{}
	people := map[string]map[string]int{}
	ri := regionIndex{all: map[string][]string{}}
	for _, c := range cities {
		if c.Admin1 == "" {
			continue
		}
		k := foldKey(c.Admin1)
		if !compassWords[k] && !slices.Contains(ri.all[k], c.Country) {
			ri.all[k] = append(ri.all[k], c.Country)
		}
		if people[k] == nil {
			people[k] = map[string]int{}
		}
		people[k][c.Country] += c.Population
		bk := k + "|" + c.Country
		bx, ok := boxes[bk]
		if !ok {
			bx = box{c.Lat, c.Lat, c.Lon, c.Lon}
		}
		boxes[bk] = box{min(bx.s, c.Lat), max(bx.n, c.Lat), min(bx.w, c.Lon), max(bx.e, c.Lon)}
	}
	ri.centres = make(map[string][2]float64, len(boxes))
	for k, bx := range boxes {
		ri.centres[k] = [2]float64{(bx.s + bx.n) / 2, (bx.w + bx.e) / 2}
	}
	ri.byName = make(map[string]string, len(people))
	for k, byCountry := range people {
		best, most := "", -1
		for country, n := range byCountry {
			if n > most || n == most && country < best {
				best, most = country, n
			}
		}
		// Small divisions with ordinary-word names ("Bay" in Somalia)
		// would catch more mistakes than places, and a bare compass word
		// ("the North" of a story about Korea) is never Cameroon's North.
		if (most >= minRegionPeople || federalCountries[best]) && !compassWords[k] && !kindWords[k] {
			ri.byName[k] = best
		}
	}
	return ri
}

// otherSpelling swaps the British and American spellings of words in the
// names of bodies.
var otherSpelling = strings.NewReplacer("Organisation", "Organization", "Organization", "Organisation",
	"Programme", "Program", "Program", "Programme", "Defence", "Defense", "Defense", "Defence", "Centre", "Center",
	"Center", "Centre")

// regnalNumbers are the numbers after a monarch's or pope's name, folded:
// "Abdullah II", "Charles III", "Leo XIV".
var regnalNumbers = map[string]bool{"ii": true, "iii": true, "iv": true, "v": true, "vi": true, "vii": true,
	"viii": true, "ix": true, "x": true, "xi": true, "xii": true, "xiii": true, "xiv": true, "xv": true, "xvi": true}
