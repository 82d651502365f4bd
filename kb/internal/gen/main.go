// Command gen regenerates the generated tables of package kb, kb/data/countries.tsv
// and kb/data/cities.tsv, from the openly licensed corpora in ../shared/corpora.
//
// Run it from the repository root:
//
//	go run ./kb/internal/gen
//
// It reads
//   - world-countries/countries.json (mledoze/countries, ODbL 1.0): codes, names,
//     alternative spellings, demonyms, capitals, centroids;
//   - countryinfo/CountryInfo.120116.txt (Schrodt / OEDA, CC BY-SA 3.0): adjectival
//     forms and capital spellings;
//   - mordecai-gazetteer/nat_df.csv, countries.json, stopword_country_names.json,
//     admin1CodesASCII.json (Mordecai, MIT; admin1 names from GeoNames, CC BY 4.0);
//   - phoenix-dictionaries/text_to_CAMEO.countrynames.txt (OEDA, MIT): CAMEO codes
//     that differ from ISO alpha-3 (dependencies such as USAPRI);
//   - geonames-cities15000/cities15000.txt (GeoNames, CC BY): populated places.
//
// The output is deterministic: rows are sorted and no time stamps are written.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "directory holding the source corpora")
	out := flag.String("out", "kb/data", "directory to write the tables to")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")

	countries, err := buildCountries(*corpora)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeCountries(filepath.Join(*out, "countries.tsv"), countries); err != nil {
		log.Fatal(err)
	}
	iso3 := map[string]string{}
	for _, c := range countries {
		iso3[c.iso2] = c.iso3
	}
	n, err := writeCities(*corpora, filepath.Join(*out, "cities.tsv"), iso3)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d countries and %d cities", len(countries), n)
}

type country struct {
	iso2, iso3, cameo, name string
	aliases, demonyms       []string
	capital                 string
	lat, lon                float64
	sovereign               bool
}

// codeFixes maps the codes world-countries uses for entities without an
// official alpha-3 code to the ones news coders use.
var codeFixes = map[string][2]string{ // world-countries cca3 -> {ISO3, CAMEO}
	"UNK": {"XKX", "KSV"}, // Kosovo: user-assigned ISO code; CAMEO follows the World Bank
}

func buildCountries(dir string) ([]*country, error) {
	var raw []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		CCA2     string    `json:"cca2"`
		CCA3     string    `json:"cca3"`
		Indep    bool      `json:"independent"`
		Capital  []string  `json:"capital"`
		Alt      []string  `json:"altSpellings"`
		LatLng   []float64 `json:"latlng"`
		Demonyms map[string]struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"demonyms"`
	}
	if err := readJSON(filepath.Join(dir, "world-countries/countries.json"), &raw); err != nil {
		return nil, err
	}
	byISO3 := map[string]*country{}
	var list []*country
	for _, r := range raw {
		c := &country{iso2: r.CCA2, iso3: r.CCA3, cameo: r.CCA3, name: r.Name.Common, sovereign: r.Indep}
		if fix, ok := codeFixes[r.CCA3]; ok {
			c.iso3, c.cameo = fix[0], fix[1]
		}
		if len(r.Capital) > 0 {
			c.capital = r.Capital[0]
		}
		if len(r.LatLng) == 2 {
			c.lat, c.lon = r.LatLng[0], r.LatLng[1]
		}
		c.aliases = append(c.aliases, r.Name.Official)
		for _, a := range r.Alt {
			if len(a) > 2 && latinName(a) {
				c.aliases = append(c.aliases, a)
			}
		}
		if d, ok := r.Demonyms["eng"]; ok {
			c.demonyms = append(c.demonyms, d.M, d.F)
		}
		byISO3[r.CCA3] = c
		list = append(list, c)
	}
	byISO3["XKX"] = byISO3["UNK"]

	// Mordecai: nationality -> ISO3, and two tables of name variants.
	nat, err := readCSV(filepath.Join(dir, "mordecai-gazetteer/nat_df.csv"))
	if err != nil {
		return nil, err
	}
	for _, row := range nat[1:] {
		if c := byISO3[row[1]]; c != nil && len(row[0]) > 2 {
			c.demonyms = append(c.demonyms, row[0])
		}
	}
	// countries.json is a JSON string holding a JSON object, and the stored
	// copy is slightly damaged (a key lost its opening quote), so both name
	// tables are read pair by pair rather than decoded.
	mordecaiNames, err := readPairs(filepath.Join(dir, "mordecai-gazetteer/countries.json"))
	if err != nil {
		return nil, err
	}
	stop, err := readPairs(filepath.Join(dir, "mordecai-gazetteer/stopword_country_names.json"))
	if err != nil {
		return nil, err
	}
	for _, m := range []map[string]string{mordecaiNames, stop} {
		for _, name := range slices.Sorted(maps.Keys(m)) { // sorted, so the output is the same each run
			if c := byISO3[m[name]]; c != nil {
				name = strings.ReplaceAll(name, "_", " ")
				if len(name) > 2 && latinName(name) {
					c.aliases = append(c.aliases, name)
				}
			}
		}
	}

	if err := addCountryInfo(filepath.Join(dir, "countryinfo/CountryInfo.120116.txt"), byISO3); err != nil {
		return nil, err
	}

	// CAMEO codes of dependencies (USAPRI, GBRGIB ...) and the few
	// three-letter codes that differ from ISO.
	f, err := os.ReadFile(filepath.Join(dir, "phoenix-dictionaries/text_to_CAMEO.countrynames.txt"))
	if err != nil {
		return nil, err
	}
	byName := map[string]*country{}
	for _, c := range list {
		byName[strings.ToLower(c.name)] = c
	}
	for line := range strings.SplitSeq(string(f), "\n") {
		fs := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(fs) < 2 || len(fs[1]) != 6 {
			continue
		}
		if c := byName[strings.ToLower(fs[0])]; c != nil && fs[1][3:] == c.iso3 {
			c.cameo = fs[1]
		}
	}

	// The sources slip now and then: Mordecai files "Costa Rica" under
	// Equatorial Guinea and "Kinshasa" under the DR Congo. An alias that is
	// another country's name or any capital is dropped, and so is a demonym
	// that is a country's name.
	taken := map[string]bool{}
	for _, c := range list {
		taken[strings.ToLower(c.name)] = true
		if c.capital != "" {
			taken[strings.ToLower(c.capital)] = true
		}
	}
	for _, c := range list {
		keep := func(s string) bool { return !taken[strings.ToLower(s)] }
		c.aliases = slices.DeleteFunc(cleanList(c.aliases, c.name), func(s string) bool { return !keep(s) })
		c.demonyms = slices.DeleteFunc(cleanList(c.demonyms, c.name), func(s string) bool {
			return !keep(s) || strings.Contains(s, ",") || strings.Contains(s, " or ")
		})
	}
	slices.SortFunc(list, func(a, b *country) int { return strings.Compare(a.iso3, b.iso3) })
	return list, nil
}

var ciTag = regexp.MustCompile(`(?s)<(CountryCode|Nationality|Capital|MajorCities)>(.*?)</`)

// ciCities holds, per ISO3 code, the lower-cased capital and major-city
// spellings CountryInfo lists: English news forms such as Kyiv, Rangoon.
var ciCities = map[string]map[string]bool{}

// addCountryInfo takes adjectival forms and capital spellings from
// CountryInfo.txt. Its <Nationality> lists mix adjectives with misspelt and
// foreign names, so only adjective-shaped words near the head of the list are
// kept.
func addCountryInfo(path string, byISO3 map[string]*country) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := strings.ToValidUTF8(string(b), "")
	for _, block := range strings.Split(text, "<Country>")[2:] {
		var c *country
		for _, m := range ciTag.FindAllStringSubmatch(block, -1) {
			switch m[1] {
			case "CountryCode":
				c = byISO3[strings.TrimSpace(m[2])]
			case "Nationality":
				if c == nil {
					continue
				}
				for i, w := range ciEntries(m[2]) {
					if i < 3 && !strings.Contains(w, " ") && adjectival(w) &&
						levenshtein(strings.ToLower(w), strings.ToLower(c.name)) > 3 {
						c.demonyms = append(c.demonyms, w)
					}
				}
			case "Capital", "MajorCities":
				if c == nil {
					continue
				}
				if ciCities[c.iso3] == nil {
					ciCities[c.iso3] = map[string]bool{}
				}
				for _, w := range ciEntries(m[2]) {
					ciCities[c.iso3][strings.ToLower(w)] = true
					if c.capital == "" {
						c.capital = w
					}
				}
			}
		}
	}
	return nil
}

func ciEntries(s string) []string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "_"))
		if line == "" || !latinName(line) {
			continue
		}
		out = append(out, titleCase(strings.ReplaceAll(line, "_", " ")))
	}
	return out
}

func adjectival(w string) bool {
	for _, suf := range []string{"ian", "ean", "ish", "ese", "i"} {
		if strings.HasSuffix(strings.ToLower(w), suf) {
			return true
		}
	}
	return false
}

func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	start := true
	for i, r := range rs {
		if start && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-'
	}
	return string(rs)
}

func writeCountries(path string, list []*country) error {
	var b strings.Builder
	b.WriteString("# countries.tsv: countries and territories. Sources: world-countries (mledoze/countries, ODbL 1.0);\n")
	b.WriteString("# CountryInfo.txt (P. A. Schrodt / OEDA, CC BY-SA 3.0); Mordecai nat_df.csv and country names (MIT);\n")
	b.WriteString("# text_to_CAMEO country names (OEDA, MIT). Hand-written extra aliases live in country_aliases.tsv.\n")
	b.WriteString("# Generated by `go run ./kb/internal/gen` from ../shared/corpora. DO NOT EDIT.\n")
	b.WriteString("iso2\tiso3\tcameo\tname\taliases\tdemonyms\tcapital\tlat\tlon\tsovereign\n")
	for _, c := range list {
		sov := "0"
		if c.sovereign {
			sov = "1"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.iso2, c.iso3, c.cameo, c.name,
			strings.Join(c.aliases, "|"), strings.Join(c.demonyms, "|"), c.capital,
			fmtFloat(c.lat), fmtFloat(c.lon), sov)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writeCities trims cities15000 to the columns the resolver needs, keeping a
// few Latin-script alternate names per city (more for bigger cities), so the
// table stays small.
func writeCities(dir, path string, iso3 map[string]string) (int, error) {
	// The stored admin1 table has one bare NaN (Python's missing value)
	// where a name should be; read it as null.
	raw, err := os.ReadFile(filepath.Join(dir, "mordecai-gazetteer/admin1CodesASCII.json"))
	if err != nil {
		return 0, err
	}
	var admin1 map[string]string
	if err := json.Unmarshal([]byte(strings.ReplaceAll(string(raw), ": NaN", ": null")), &admin1); err != nil {
		return 0, fmt.Errorf("admin1CodesASCII.json: %w", err)
	}
	f, err := os.Open(filepath.Join(dir, "geonames-cities15000/cities15000.txt"))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	type city struct {
		id, pop int
		row     string
	}
	var cities []city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 19 {
			continue
		}
		id, _ := strconv.Atoi(fs[0])
		pop, _ := strconv.Atoi(fs[14])
		lat, _ := strconv.ParseFloat(fs[4], 64)
		lon, _ := strconv.ParseFloat(fs[5], 64)
		cc := iso3[fs[8]]
		if cc == "" {
			cc = fs[8]
		}
		if cc == "JPN" {
			// GeoNames names some Japanese cities with the municipal
			// suffix ("Kōbe-shi", "Yokohama-shi"), which English news never
			// writes.
			fs[1] = strings.TrimSuffix(fs[1], "-shi")
			fs[2] = strings.TrimSuffix(fs[2], "-shi")
		}
		alts := trimAlternates(fs[1], fs[2], fs[3], pop, ciCities[cc])
		ascii := fs[2]
		if ascii == fs[1] {
			ascii = ""
		}
		row := fmt.Sprintf("%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", id, fs[1], ascii, strings.Join(alts, "|"),
			cc, admin1[fs[8]+"."+fs[10]], fmtFloat(lat), fmtFloat(lon), pop)
		cities = append(cities, city{id, pop, row})
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	slices.SortFunc(cities, func(a, b city) int { return a.id - b.id })
	var b strings.Builder
	b.WriteString("# cities.tsv: populated places of 15,000 people or more. Source: GeoNames cities15000 (2012 dump),\n")
	b.WriteString("# CC BY, GeoNames (geonames.org); admin-1 names from GeoNames via Mordecai admin1CodesASCII.json.\n")
	b.WriteString("# Alternate names trimmed to Latin-script forms. Generated by `go run ./kb/internal/gen`. DO NOT EDIT.\n")
	b.WriteString("geonameid\tname\tascii\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\n")
	for _, c := range cities {
		b.WriteString(c.row)
	}
	return len(cities), os.WriteFile(path, []byte(b.String()), 0o644)
}

// trimAlternates keeps the alternate names an English text could plausibly
// use. GeoNames lists alternates of every language without tags, so two kinds
// are kept: the spellings CountryInfo gives for the country's capital and
// major cities (Kyiv, Rangoon, Bombay), and ASCII spellings within a small
// edit distance of the main name (Odesa, Kharkov, Fallujah for Al
// Fallūjah): three of them (four for cities of a million), those GeoNames
// gives in more than one form first (byRepeats: Luang Prabang is fourth of
// Louangphabang's in its order), and for towns under 50,000 only those of
// seven letters or more (Chabahar for Chah Bahar, not Lama for Lamu). A
// name split into words differently counts by its letters alone ("Luang
// Prabang" for Louangphabang), and is kept whatever the city's size when
// the letters are the same ("Hai Phong" for Haiphong). Airport codes and
// names that start in lower case are dropped.
func trimAlternates(name, ascii, alts string, pop int, known map[string]bool) []string {
	limit, minNear := 0, 4
	switch {
	case pop >= 1_000_000:
		limit = 4
	case pop >= 50_000:
		limit = 3
	default:
		// A town's near spelling only when long: "Chabahar" for Chah
		// Bahar, not "Lama" for Lamu, a name too.
		limit, minNear = 3, 7
	}
	base := strings.ToLower(ascii)
	seen := map[string]bool{strings.ToLower(name): true, base: true}
	var out []string
	near := 0
	for _, a := range byRepeats(alts) {
		la := strings.ToLower(a)
		if len(a) < 3 || len(a) > 40 || seen[la] || !plausibleEnglish(a) {
			continue
		}
		switch {
		case known[la], unspaced(la) == unspaced(base):
		case near < limit && len(a) >= minNear && min(levenshtein(la, base), levenshtein(unspaced(la), unspaced(base))) <= max(1, min(2, len(base)/4)):
			near++
		default:
			continue
		}
		seen[la] = true
		out = append(out, a)
	}
	return out
}

// byRepeats lists a city's comma-separated alternate names with those
// GeoNames gives in more than one form first ("Luang Prabang" and
// "Luang-Prabang"), a sign that many languages write the name so; ties keep
// GeoNames' order.
func byRepeats(alts string) []string {
	var names []string
	forms := map[string]int{}
	for a := range strings.SplitSeq(alts, ",") {
		a = strings.TrimSpace(a)
		names = append(names, a)
		forms[unspaced(strings.ToLower(a))]++
	}
	slices.SortStableFunc(names, func(a, b string) int {
		return forms[unspaced(strings.ToLower(b))] - forms[unspaced(strings.ToLower(a))]
	})
	return names
}

// unspaced is s without spaces, hyphens and apostrophes, so that
// transliterations that split or mark a name differently compare alike:
// "Luang Prabang" and "Louangphabang", "Hai Phong" and "Haiphong",
// "Kutaisi" and "K'ut'aisi".
func unspaced(s string) string {
	return strings.NewReplacer(" ", "", "-", "", "'", "", "’", "").Replace(s)
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func plausibleEnglish(s string) bool {
	if s[0] < 'A' || s[0] > 'Z' || strings.ToUpper(s) == s {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == ' ', c == '-', c == '\'', c == '.':
		default:
			return false
		}
	}
	return true
}

// latinName reports whether s is written in Latin script (letters with or
// without diacritics, spaces and punctuation), so it can serve English text.
func latinName(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func cleanList(in []string, exclude string) []string {
	seen := map[string]bool{strings.ToLower(exclude): true}
	var out []string
	for _, s := range in {
		s = strings.Join(strings.Fields(strings.ReplaceAll(s, "|", " ")), " ")
		if s == "" || seen[strings.ToLower(s)] {
			continue
		}
		seen[strings.ToLower(s)] = true
		out = append(out, s)
	}
	return out
}

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

var pairRE = regexp.MustCompile(`\\?"([^"\\,{}]+)\\?"\s*:\s*\\?"([A-Z]{3})\\?"`)

// readPairs collects "name":"ISO3" pairs from a loosely JSON file.
func readPairs(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, sm := range pairRE.FindAllStringSubmatch(string(b), -1) {
		name := sm[1]
		if strings.Contains(name, `\u`) {
			var u string
			if json.Unmarshal([]byte(`"`+name+`"`), &u) == nil {
				name = u
			}
		}
		m[name] = sm[2]
	}
	return m, nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		row, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(row) >= 2 {
			rows = append(rows, row)
		}
	}
}
