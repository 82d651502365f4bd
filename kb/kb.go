// Package kb is Chronicle's knowledge base: countries and territories with
// their names and demonyms, cities, international organisations and the
// national institutions that news writes as metonyms ("the Kremlin"), and
// people with the offices they held and when.
//
// The default data is embedded (data/*.tsv) and loaded once by Default; Load
// reads the same files from any fs.FS, and AddFile lays a user's TSV or JSON
// file over a loaded KB. Look-ups are by name: case-insensitive and
// diacritic-blind for ordinary names, but exact for short all-capital codes,
// so "US" names the United States and "us" names nothing.
//
// Dates are strings YYYY-MM-DD. An office is held from its Start date
// (inclusive) until its End date (exclusive; empty while still held), so on
// 2021-01-20 the US president is the one sworn in that day.
package kb

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var embedded embed.FS

// Data returns the embedded data files, rooted so that Load(Data()) reads them.
func Data() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil { // cannot happen: "data" is a valid path
		panic(err)
	}
	return sub
}

// Country is a country or territory.
type Country struct {
	ISO2, ISO3 string
	CAMEO      string // CAMEO actor code: ISO3, or parent+ISO3 for dependencies (USAPRI), KSV for Kosovo
	Name       string
	Aliases    []string
	Demonyms   []string // adjectives and demonyms: Russian, Saudi, Emirati
	Capital    string
	Lat, Lon   float64 // a centroid, for maps
	Sovereign  bool    // an independent state, not a dependency
}

// City is a populated place from GeoNames.
type City struct {
	GeonameID  int
	Name       string
	ASCII      string // ASCII spelling when it differs from Name
	Alternates []string
	Country    string // ISO3
	Admin1     string // first-order division: state, province, oblast
	Lat, Lon   float64
	Population int
}

// Org is an organisation: an intergovernmental body, an NGO, or a national
// institution that stands for its government ("the Pentagon").
type Org struct {
	ID      string
	Name    string
	Aliases []string
	Country string // ISO3 for national bodies; empty for international ones
	Sector  string // CAMEO agent code: GOV, MIL, LEG, JUD, SPY, REB ...
	Code    string // full CAMEO actor code: RUSGOV, IGOWSTNAT, NGOHRIAMN
	Type    string // entity type: ORG, or FAC for buildings that stand for their occupants
}

// Person is someone the knowledge base knows, with the offices they held.
type Person struct {
	ID      string
	Name    string
	Aliases []string
	Offices []Office
}

// Office is one term in one post.
type Office struct {
	Title   string // normalised: "president", "prime minister", "foreign minister" ...
	Local   string // the post's own name where it differs: "Secretary of State"
	Country string // ISO3; empty for posts in an international organisation
	Org     string // Org.ID for posts in an organisation: "un", "nato"
	Sector  string // CAMEO agent code for the post: GOV, MIL ...
	Role    string // letters: h head of state, g head of government, l the country's leader
	Start   string // YYYY-MM-DD, inclusive
	End     string // YYYY-MM-DD, exclusive; empty while held
}

// HeadOfState reports whether the office is its country's head of state.
func (o Office) HeadOfState() bool { return strings.Contains(o.Role, "h") }

// HeadOfGovernment reports whether the office heads its country's government.
func (o Office) HeadOfGovernment() bool { return strings.Contains(o.Role, "g") }

// Leader reports whether the office is the one news calls the country's
// leader: the president of a presidential or semi-presidential state, the
// prime minister or chancellor of a parliamentary one.
func (o Office) Leader() bool { return strings.Contains(o.Role, "l") }

// On reports whether the office was held on date (YYYY-MM-DD).
func (o Office) On(date string) bool {
	return o.Start <= date && (o.End == "" || date < o.End)
}

// KB is a loaded knowledge base. Its look-ups are safe for concurrent use,
// also while AddFile runs.
type KB struct {
	mu sync.RWMutex
	d  data    // the entries
	ix *index  // built from d
	sz []Sized // files loaded, for Stats
}

// data is the KB's entries, kept apart from the indexes so that a user file
// can be merged into a copy and the indexes rebuilt.
type data struct {
	countries []Country
	cities    []City
	orgs      []Org
	people    []Person
	user      map[string]bool // "person:ID", "org:ID": entries a user file added or replaced
	// regionAliases are short names of first-level divisions: "NSW" for
	// New South Wales in AUS.
	regionAliases []regionAlias
}

type regionAlias struct{ alias, name, country string }

// Sized is a data file and its size in bytes.
type Sized struct {
	Name  string
	Bytes int
}

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the knowledge base built from the embedded data, loading it
// on first use. Every caller shares it; call AddFile on your own Load(Data())
// if other users of Default should not see your entries.
func Default() (*KB, error) {
	defaultOnce.Do(func() { defaultKB, defaultErr = Load(Data()) })
	return defaultKB, defaultErr
}

// Files are the names Load reads from its fs.FS, in order. Each is optional,
// but at least one must be present.
var Files = []string{"countries.tsv", "cities.tsv", "aliases.tsv", "orgs.tsv", "companies.tsv", "people.tsv"}

// Load reads a knowledge base from the files of fsys named in Files.
func Load(fsys fs.FS) (*KB, error) {
	k := &KB{d: data{user: map[string]bool{}}}
	found := 0
	for _, name := range Files {
		b, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		found++
		t, err := parseTSV(name, b)
		if err != nil {
			return nil, err
		}
		if _, err := k.d.merge(t, false); err != nil {
			return nil, err
		}
		k.sz = append(k.sz, Sized{name, len(b)})
	}
	if found == 0 {
		return nil, fmt.Errorf("kb: none of %s found", strings.Join(Files, ", "))
	}
	k.ix = k.d.index()
	return k, nil
}

// Stats counts what a KB holds.
type Stats struct {
	Countries, Cities, Orgs, People, Offices int
	Files                                    []Sized // the files Load read
	Bytes                                    int     // their total size
}

// Stats counts the KB's entries and reports the size of the data it loaded.
func (k *KB) Stats() Stats {
	k.mu.RLock()
	defer k.mu.RUnlock()
	s := Stats{Countries: len(k.d.countries), Cities: len(k.d.cities), Orgs: len(k.d.orgs),
		People: len(k.d.people), Files: slices.Clone(k.sz)}
	for _, p := range k.d.people {
		s.Offices += len(p.Offices)
	}
	for _, f := range k.sz {
		s.Bytes += f.Bytes
	}
	return s
}

// Country returns the country with the given ISO alpha-3 code (or alpha-2, or
// CAMEO code).
func (k *KB) Country(code string) (Country, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if i, ok := k.ix.countryCode[code]; ok {
		return k.d.countries[i], true
	}
	return Country{}, false
}

// Countries returns every country and territory, ordered by ISO3 code.
func (k *KB) Countries() []Country {
	k.mu.RLock()
	defer k.mu.RUnlock()
	return slices.Clone(k.d.countries)
}

// CountryByName finds a country by its name, an alias or an ISO code. Names
// match regardless of case and diacritics ("cote d'ivoire"); short capital
// codes match only as written ("US", "U.S.", "UK", but not "us").
func (k *KB) CountryByName(s string) (Country, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if i, ok := lookup(k.ix.countryName, s); ok {
		return k.d.countries[i], true
	}
	return Country{}, false
}

// CountryByDemonym finds the country an adjective or demonym belongs to:
// "Russian" → RUS, "Saudi" → SAU, "Emirati" → ARE.
func (k *KB) CountryByDemonym(s string) (Country, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if i, ok := lookup(k.ix.demonym, s); ok {
		return k.d.countries[i], true
	}
	if t, ok := strings.CutSuffix(s, "s"); ok && len(t) > 3 { // plural: "Russians", "Saudis"
		if i, ok := lookup(k.ix.demonym, t); ok {
			return k.d.countries[i], true
		}
	}
	return Country{}, false
}

// Cities returns the cities called name (by name, ASCII name or alternate
// name), the most populous first.
func (k *KB) Cities(name string) []City {
	k.mu.RLock()
	defer k.mu.RUnlock()
	var out []City
	ids := k.ix.city.all(name)
	if len(ids) == 0 && strings.Contains(name, "-") {
		// "Al-Fashir" for the "Al Fashir" GeoNames lists.
		ids = k.ix.city.all(strings.ReplaceAll(name, "-", " "))
	}
	for _, i := range ids {
		out = append(out, k.d.cities[i])
	}
	return out
}

// Region returns the country of a first-level division (a state,
// province or region) named by the cities: "California" → USA,
// "Bavaria" → DEU.
func (k *KB) Region(name string) (string, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	c, ok := k.ix.region[foldKey(name)]
	return c, ok
}

// RegionByAdjective returns the first-level division an adjective the
// aliases file gives it names, and its country: "Bavarian" → Bavaria, DEU;
// "Texan" → Texas. An adjective opens on the division's first four letters
// and ends as adjectives do ("-an", "-ese"); other aliases (NSW) are no
// adjectives.
func (k *KB) RegionByAdjective(s string) (name, country string, ok bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	a, ok := k.ix.regionAdj[s]
	return a.name, a.country, ok
}

// RegionCountries returns every country with a first-level division named
// name, however small ("Tasmania": AUS), in no particular order.
func (k *KB) RegionCountries(name string) []string {
	k.mu.RLock()
	defer k.mu.RUnlock()
	return slices.Clone(k.ix.regionsAll[foldKey(name)])
}

// RegionCentre returns where the first-level division name of country
// lies: the middle of the box holding its cities of 15,000 people or more
// (a division's own centroid is not in the data).
func (k *KB) RegionCentre(name, country string) (lat, lon float64, ok bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	c, ok := k.ix.regionAt[foldKey(name)+"|"+country]
	return c[0], c[1], ok
}

// City returns the city with the given GeoNames id.
func (k *KB) City(geonameID int) (City, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if i, ok := k.ix.cityID[geonameID]; ok {
		return k.d.cities[i], true
	}
	return City{}, false
}

// Org finds an organisation by name or alias: "NATO", "Nato", "the
// Kremlin", "Number 10".
func (k *KB) Org(name string) (Org, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if i, ok := lookup(k.ix.org, name); ok {
		return k.d.orgs[i], true
	}
	return Org{}, false
}

// MediumByInitials returns the news medium whose name's initials are acr,
// capitals only, and that fits (any, when fits is nil): "PTI" for the Press
// Trust of India, whose short form the KB leaves to a party; "ABC" for the
// Australian Broadcasting Corporation in a story about Australia.
func (k *KB) MediumByInitials(acr string, fits func(Org) bool) (Org, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	for _, o := range k.d.orgs {
		if o.Sector != "MED" || fits != nil && !fits(o) {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(o.Name) {
			if w[0] >= 'A' && w[0] <= 'Z' {
				b.WriteByte(w[0])
			}
		}
		if b.Len() > 1 && b.String() == acr {
			return o, true
		}
	}
	return Org{}, false
}

// OrgWithCode returns the first organisation whose full CAMEO code is
// code: "JPNGOVBUS" is the Bank of Japan.
func (k *KB) OrgWithCode(code string) (Org, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	for _, o := range k.d.orgs {
		if o.Code == code {
			return o, true
		}
	}
	return Org{}, false
}

// OrgByID returns the organisation with the given ID ("nato", "kremlin").
func (k *KB) OrgByID(id string) (Org, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if i, ok := k.ix.orgID[id]; ok {
		return k.d.orgs[i], true
	}
	return Org{}, false
}

// Parties returns the political parties of a country (ISO3) that the KB
// knows, in file order: for a story about New Zealand, "Labour" is the New
// Zealand Labour Party, though the name alone goes to the British one.
func (k *KB) Parties(country string) []Org {
	k.mu.RLock()
	defer k.mu.RUnlock()
	var out []Org
	for _, o := range k.d.orgs {
		if o.Sector == "PTY" && o.Country == country {
			out = append(out, o)
		}
	}
	return out
}

// PeopleNamed returns the people whose full name or alias is name, entries
// from user files first.
func (k *KB) PeopleNamed(name string) []Person {
	k.mu.RLock()
	defer k.mu.RUnlock()
	var out []Person
	for _, i := range k.ix.person.all(name) {
		out = append(out, k.d.people[i])
	}
	if len(out) == 0 && strings.Contains(name, "-") {
		// "Tamim bin Hamad Al-Thani": Arabic articles and family names
		// joined by a hyphen or not, as transliterations go.
		name = arabicHyphens.Replace(name)
		for _, i := range k.ix.person.all(name) {
			out = append(out, k.d.people[i])
		}
	}
	if words := strings.Fields(name); len(out) == 0 && len(words) == 3 && len(words[2]) > 1 && !strings.Contains(name, "-") {
		// "Kim Min Seok", "Kim Jong Un": a Korean given name of two
		// syllables written apart, which the KB joins ("Kim Min-seok").
		joined := words[0] + " " + words[1] + "-" + strings.ToLower(words[2][:1]) + words[2][1:]
		for _, i := range k.ix.person.all(joined) {
			out = append(out, k.d.people[i])
		}
	}
	if len(out) == 0 && (strings.Contains(name, " bin ") || strings.Contains(name, " bint ") || strings.Contains(name, " ibn ")) {
		// "Mohammed bin Salman bin Abdulaziz Al Saud": a longer chain of
		// forefathers than the KB's "Mohammed bin Salman", with or
		// without the family name.
		for _, short := range shorterLineage(name) {
			for _, i := range k.ix.person.all(short) {
				out = append(out, k.d.people[i])
			}
			if len(out) > 0 {
				break
			}
		}
	}
	return out
}

// shorterLineage returns the shorter forms of an Arabic name with two or
// more links of descent ("bin", "bint", "ibn"): the name and its father's
// with the family name that ends it, then without it. Nil for any other
// name.
func shorterLineage(name string) []string {
	words := strings.Fields(name)
	first := slices.IndexFunc(words, lineageWord)
	if first < 1 || first+1 >= len(words) || !slices.ContainsFunc(words[first+2:], lineageWord) {
		return nil
	}
	short := strings.Join(words[:first+2], " ")
	var out []string
	if n := len(words); words[n-2] == "Al" || words[n-2] == "al" {
		out = append(out, short+" "+words[n-2]+" "+words[n-1])
	}
	return append(out, short)
}

func lineageWord(w string) bool { return w == "bin" || w == "bint" || w == "ibn" }

// arabicHyphens unjoins the articles and particles of Arabic names that
// transliterations join to the next word: "Al-Thani", "al-Sharaa".
var arabicHyphens = strings.NewReplacer("Al-", "Al ", "al-", "al ", "El-", "El ", "el-", "el ")

// PeopleWithSurname returns the people whose name ends in the word w
// ("Blair": Tony Blair, Bill Blair), in file order.
func (k *KB) PeopleWithSurname(w string) []Person {
	k.mu.RLock()
	defer k.mu.RUnlock()
	var out []Person
	for _, i := range k.ix.surname[foldKey(w)] {
		out = append(out, k.d.people[i])
	}
	return out
}

// Person returns the person with the given ID.
func (k *KB) Person(id string) (Person, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if i, ok := k.ix.personID[id]; ok {
		return k.d.people[i], true
	}
	return Person{}, false
}

// Special office titles that HolderOf resolves through Office.Role.
const (
	HeadOfState      = "head of state"
	HeadOfGovernment = "head of government"
	Leader           = "leader"
)

// HolderOf returns who held an office of a country, or of an organisation,
// on date. Country is an ISO3 code (or any name CountryByName knows); for
// posts in an organisation pass the organisation's ID or name ("UN", "NATO").
// Office is a title ("president", "defense secretary" and other variants are
// normalised; see NormalizeOffice) or one of HeadOfState, HeadOfGovernment,
// Leader. Where entries overlap, a user file's entry wins, then the later
// start.
func (k *KB) HolderOf(country, office, date string) (Person, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	owner := k.ownerKey(country)
	if owner == "" {
		return Person{}, false
	}
	title := NormalizeOffice(office)
	var best holding
	found := false
	for _, h := range k.ix.holders[owner] {
		o := k.d.people[h.person].Offices[h.office]
		if !o.On(date) {
			continue
		}
		switch title {
		case HeadOfState:
			if !o.HeadOfState() {
				continue
			}
		case HeadOfGovernment:
			if !o.HeadOfGovernment() {
				continue
			}
		case Leader:
			if !o.Leader() {
				continue
			}
		default:
			if o.Title != title {
				continue
			}
		}
		if !found || k.better(h, best) {
			best, found = h, true
		}
	}
	if !found {
		return Person{}, false
	}
	return k.d.people[best.person], true
}

// HeadOf returns the one person the KB knows in a post of the organisation
// (its ID or name, as HolderOf takes it) on date: the KB keeps only the
// heads of international bodies, so "the IAEA chief" is that person. It
// reports false when the KB knows no one or several (the EU's presidents).
func (k *KB) HeadOf(org, date string) (Person, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	owner := k.ownerKey(org)
	if !strings.HasPrefix(owner, "o:") {
		return Person{}, false
	}
	found := int32(-1)
	for _, h := range k.ix.holders[owner] {
		if !k.d.people[h.person].Offices[h.office].On(date) || h.person == found {
			continue
		}
		if found >= 0 {
			return Person{}, false
		}
		found = h.person
	}
	if found < 0 {
		return Person{}, false
	}
	return k.d.people[found], true
}

// HasOffice reports whether the KB knows anyone, on any date, holding an
// office of that title (not one of HeadOfState, HeadOfGovernment, Leader)
// in country or organisation, as HolderOf takes them.
func (k *KB) HasOffice(country, office string) bool {
	k.mu.RLock()
	defer k.mu.RUnlock()
	owner := k.ownerKey(country)
	if owner == "" {
		return false
	}
	title := NormalizeOffice(office)
	for _, h := range k.ix.holders[owner] {
		if k.d.people[h.person].Offices[h.office].Title == title {
			return true
		}
	}
	return false
}

// better orders two holders of one post on one day: a user's entry first,
// then the later start.
func (k *KB) better(a, b holding) bool {
	pa, pb := k.d.people[a.person], k.d.people[b.person]
	ua, ub := k.d.user["person:"+pa.ID], k.d.user["person:"+pb.ID]
	if ua != ub {
		return ua
	}
	return pa.Offices[a.office].Start > pb.Offices[b.office].Start
}

// ownerKey turns HolderOf's first argument into the key of holders: "c:ISO3"
// or "o:orgID".
func (k *KB) ownerKey(s string) string {
	if i, ok := k.ix.countryCode[s]; ok {
		return "c:" + k.d.countries[i].ISO3
	}
	if i, ok := k.ix.orgID[s]; ok {
		return "o:" + k.d.orgs[i].ID
	}
	if i, ok := lookup(k.ix.org, s); ok {
		return "o:" + k.d.orgs[i].ID
	}
	if i, ok := lookup(k.ix.countryName, s); ok {
		return "c:" + k.d.countries[i].ISO3
	}
	return ""
}

// OfficeOn returns the office p held on date; when several, the leader's,
// then head of state or government, then the latest begun.
func (k *KB) OfficeOn(p Person, date string) (Office, bool) {
	var best Office
	found := false
	rank := func(o Office) int {
		switch {
		case o.Leader():
			return 3
		case o.HeadOfState() || o.HeadOfGovernment():
			return 2
		}
		return 1
	}
	for _, o := range p.Offices {
		if !o.On(date) {
			continue
		}
		if !found || rank(o) > rank(best) || rank(o) == rank(best) && o.Start > best.Start {
			best, found = o, true
		}
	}
	return best, found
}

// Gazetteer tells what kinds of entity a name is known as: any of PERSON,
// ORG, FAC, GPE (countries, cities), NORP (demonyms), in that order. It is
// meant as a feature for entity recognition; a nil result means unknown.
func (k *KB) Gazetteer(name string) []string {
	k.mu.RLock()
	defer k.mu.RUnlock()
	var types []string
	if len(k.ix.person.all(name)) > 0 {
		types = append(types, "PERSON")
	}
	if i, ok := lookup(k.ix.org, name); ok {
		types = append(types, cmp.Or(k.d.orgs[i].Type, "ORG"))
	}
	if _, ok := lookup(k.ix.countryName, name); ok {
		types = append(types, "GPE")
	} else if len(k.ix.city.all(name)) > 0 {
		types = append(types, "GPE")
	}
	if _, ok := lookup(k.ix.demonym, name); ok {
		types = append(types, "NORP")
	}
	return types
}

// Names yields every name the KB knows (names, aliases, demonyms, city
// names) with its entity type, for building a recogniser's dictionary. A
// name known in several ways is yielded once per type.
func (k *KB) Names() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		k.mu.RLock()
		defer k.mu.RUnlock()
		emit := func(typ string, names ...string) bool {
			for _, n := range names {
				if n != "" && !yield(n, typ) {
					return false
				}
			}
			return true
		}
		for _, p := range k.d.people {
			if !emit("PERSON", p.Name) || !emit("PERSON", p.Aliases...) {
				return
			}
		}
		for _, o := range k.d.orgs {
			t := cmp.Or(o.Type, "ORG")
			if !emit(t, o.Name) || !emit(t, o.Aliases...) {
				return
			}
		}
		for _, c := range k.d.countries {
			if !emit("GPE", c.Name) || !emit("GPE", c.Aliases...) || !emit("NORP", c.Demonyms...) {
				return
			}
		}
		for _, c := range k.d.cities {
			if !emit("GPE", c.Name, c.ASCII) || !emit("GPE", c.Alternates...) {
				return
			}
		}
	}
}
