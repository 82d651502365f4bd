package kb

import (
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A table is a data file read into rows of named fields. The embedded files
// and users' TSV files share one format: '#' lines are comments, the first
// other line names the columns (in any order), and multi-valued fields are
// separated by '|'. JSON user files are read into the same rows.
type table struct {
	file string // as named in errors
	kind string // country, city, org, person, alias
	rows []row
}

type row struct {
	line   int // 1-based line (for JSON, the line the entry starts on)
	cols   map[string]int
	fields []string
}

func (r row) get(col string) string {
	if i, ok := r.cols[col]; ok && i < len(r.fields) {
		return r.fields[i]
	}
	return ""
}

// rowOf builds a row from named values (JSON entries).
func rowOf(line int, m map[string]string) row {
	r := row{line: line, cols: make(map[string]int, len(m))}
	for k, v := range m {
		r.cols[k] = len(r.fields)
		r.fields = append(r.fields, v)
	}
	return r
}

// fieldError is a malformed field, reported as "kb FILE:LINE: field NAME: ...".
type fieldError struct {
	file  string
	line  int
	field string
	msg   string
}

func (e *fieldError) Error() string {
	return fmt.Sprintf("kb %s:%d: field %s: %s", e.file, e.line, e.field, e.msg)
}

func parseTSV(file string, b []byte) (table, error) {
	t := table{file: file}
	var cols []string
	var colIx map[string]int
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if cols == nil {
			cols = fields
			for i := range cols {
				cols[i] = strings.ToLower(strings.TrimSpace(cols[i]))
			}
			kind, err := kindOf(cols)
			if err != nil {
				return t, fmt.Errorf("kb %s:%d: %w", file, n+1, err)
			}
			t.kind = kind
			colIx = make(map[string]int, len(cols))
			for i, c := range cols {
				colIx[c] = i
			}
			continue
		}
		if len(fields) > len(cols) {
			return t, &fieldError{file, n + 1, cols[len(cols)-1], fmt.Sprintf("%d fields for %d columns", len(fields), len(cols))}
		}
		for i, v := range fields {
			fields[i] = strings.TrimSpace(v)
		}
		t.rows = append(t.rows, row{line: n + 1, cols: colIx, fields: fields})
	}
	if cols == nil {
		return t, fmt.Errorf("kb %s: no header line", file)
	}
	return t, nil
}

// kindOf tells from a header which kind of entry a table holds.
func kindOf(cols []string) (string, error) {
	has := func(c string) bool { return slices.Contains(cols, c) }
	switch {
	case has("kind") && has("alias"):
		return "alias", nil
	case has("geonameid"):
		return "city", nil
	case has("iso3"):
		return "country", nil
	case has("id") && (has("office") || has("start")):
		return "person", nil
	case has("id") && (has("code") || has("type") || has("sector")):
		return "org", nil
	}
	return "", fmt.Errorf("header %q names no known kind of entry (people need id and office; organisations id and code; countries iso3; cities geonameid)", strings.Join(cols, "\t"))
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for v := range strings.SplitSeq(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Sectors are the CAMEO agent codes an entry may carry; compound sectors
// (GOVMIL) are runs of them.
var sectors = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`GOV MIL LEG JUD COP SPY BUS MED EDU CRM REB OPP ELI CVL NGO REF HLH LAB REL
		ENV HRI AGR DEV INS SEP UAF MOD RAD IGO MNC SET PTY UNO NGM`) {
		sectors[s] = true
	}
}

func validSector(s string) bool {
	if len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 3 {
		if !sectors[s[i:i+3]] {
			return false
		}
	}
	return true
}

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func upperCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// merge adds a table's entries to d. Entries from a user file replace those
// with the same ID and are marked as the user's; conflicts describes what
// they replaced or overlapped. On error d may be half changed, so callers
// merge into a copy.
func (d *data) merge(t table, user bool) (conflicts []string, err error) {
	errf := func(r row, field, format string, args ...any) error {
		return &fieldError{path.Base(t.file), r.line, field, fmt.Sprintf(format, args...)}
	}
	if user {
		errf = func(r row, field, format string, args ...any) error {
			return &fieldError{t.file, r.line, field, fmt.Sprintf(format, args...)}
		}
	}
	countryIx := map[string]int{}
	for i, c := range d.countries {
		countryIx[c.ISO3] = i
	}
	knownCountry := func(r row, field, v string) error {
		if v == "" {
			return nil
		}
		if _, ok := countryIx[v]; !ok && len(d.countries) > 0 {
			return errf(r, field, "%q is not a known ISO alpha-3 country code", v)
		}
		if !upperCode(v, 3) {
			return errf(r, field, "%q is not an ISO alpha-3 code", v)
		}
		return nil
	}
	require := func(r row, field string) (string, error) {
		v := r.get(field)
		if v == "" {
			return "", errf(r, field, "missing")
		}
		return v, nil
	}
	float := func(r row, field string) (float64, error) {
		v := r.get(field)
		if v == "" {
			return 0, nil
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return 0, errf(r, field, "%q is not a number", v)
		}
		return f, nil
	}
	integer := func(r row, field string) (int, error) {
		v := r.get(field)
		if v == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return 0, errf(r, field, "%q is not a whole number", v)
		}
		return n, nil
	}

	switch t.kind {
	case "country":
		for _, r := range t.rows {
			iso3, err := require(r, "iso3")
			if err != nil {
				return nil, err
			}
			if !upperCode(iso3, 3) {
				return nil, errf(r, "iso3", "%q is not an ISO alpha-3 code", iso3)
			}
			name, err := require(r, "name")
			if err != nil {
				return nil, err
			}
			lat, err := float(r, "lat")
			if err != nil {
				return nil, err
			}
			lon, err := float(r, "lon")
			if err != nil {
				return nil, err
			}
			c := Country{ISO2: r.get("iso2"), ISO3: iso3, CAMEO: r.get("cameo"), Name: name,
				Aliases: list(r.get("aliases")), Demonyms: list(r.get("demonyms")), Capital: r.get("capital"), Lat: lat, Lon: lon,
				Sovereign: r.get("sovereign") != "0"}
			if c.CAMEO == "" {
				c.CAMEO = iso3
			}
			if i, ok := countryIx[iso3]; ok {
				conflicts = append(conflicts, fmt.Sprintf("%s:%d: country %s replaces %q", t.file, r.line, iso3, d.countries[i].Name))
				d.countries[i] = c
				continue
			}
			countryIx[iso3] = len(d.countries)
			d.countries = append(d.countries, c)
		}
		slices.SortFunc(d.countries, func(a, b Country) int { return strings.Compare(a.ISO3, b.ISO3) })

	case "city":
		cityIx := make(map[int]int, len(d.cities)+len(t.rows))
		for i, c := range d.cities {
			cityIx[c.GeonameID] = i
		}
		d.cities = slices.Grow(d.cities, len(t.rows)) // one allocation for the GeoNames table's rows
		for _, r := range t.rows {
			if _, err := require(r, "geonameid"); err != nil {
				return nil, err
			}
			id, err := integer(r, "geonameid")
			if err != nil {
				return nil, err
			}
			name, err := require(r, "name")
			if err != nil {
				return nil, err
			}
			if err := knownCountry(r, "country", r.get("country")); err != nil {
				return nil, err
			}
			lat, err := float(r, "lat")
			if err != nil {
				return nil, err
			}
			lon, err := float(r, "lon")
			if err != nil {
				return nil, err
			}
			pop, err := integer(r, "population")
			if err != nil {
				return nil, err
			}
			c := City{GeonameID: id, Name: name, ASCII: r.get("ascii"), Alternates: list(r.get("alternates")),
				Country: r.get("country"), Admin1: r.get("admin1"), Lat: lat, Lon: lon, Population: pop}
			if i, ok := cityIx[id]; ok {
				if user {
					conflicts = append(conflicts, fmt.Sprintf("%s:%d: city %d replaces %q", t.file, r.line, id, d.cities[i].Name))
				}
				d.cities[i] = c
				continue
			}
			cityIx[id] = len(d.cities)
			d.cities = append(d.cities, c)
		}

	case "org":
		orgIx := make(map[string]int, len(d.orgs))
		names := map[string]string{}
		for i, o := range d.orgs {
			orgIx[o.ID] = i
			for _, n := range append([]string{o.Name}, o.Aliases...) {
				names[foldKey(n)] = o.ID
			}
		}
		for _, r := range t.rows {
			id, err := require(r, "id")
			if err != nil {
				return nil, err
			}
			name, err := require(r, "name")
			if err != nil {
				return nil, err
			}
			if err := knownCountry(r, "country", r.get("country")); err != nil {
				return nil, err
			}
			if s := r.get("sector"); s != "" && !validSector(s) {
				return nil, errf(r, "sector", "%q is not a CAMEO agent code", s)
			}
			typ := r.get("type")
			switch typ {
			case "":
				typ = "ORG"
			case "ORG", "FAC", "GPE", "LOC", "NORP":
			default:
				return nil, errf(r, "type", "%q is not ORG, FAC, GPE, LOC or NORP", typ)
			}
			o := Org{ID: id, Name: name, Aliases: list(r.get("aliases")), Country: r.get("country"),
				Sector: r.get("sector"), Code: r.get("code"), Type: typ}
			if o.Code == "" && o.Country != "" {
				o.Code = o.Country + o.Sector
			}
			if user {
				d.user["org:"+id] = true
				for _, n := range append([]string{o.Name}, o.Aliases...) {
					if other, ok := names[foldKey(n)]; ok && other != id {
						conflicts = append(conflicts, fmt.Sprintf("%s:%d: org %s: name %q is also %s's", t.file, r.line, id, n, other))
					}
				}
			}
			if i, ok := orgIx[id]; ok {
				if user {
					conflicts = append(conflicts, fmt.Sprintf("%s:%d: org %s replaces %q", t.file, r.line, id, d.orgs[i].Name))
				} else {
					return nil, errf(r, "id", "%q is listed twice", id)
				}
				d.orgs[i] = o
				continue
			}
			orgIx[id] = len(d.orgs)
			d.orgs = append(d.orgs, o)
		}

	case "person":
		return d.mergePeople(t, user, errf, knownCountry)

	case "alias":
		return nil, d.mergeAliases(t, errf)
	}
	return conflicts, nil
}

func (d *data) mergePeople(t table, user bool, errf func(row, string, string, ...any) error,
	knownCountry func(row, string, string) error) (conflicts []string, err error) {
	personIx := make(map[string]int, len(d.people))
	for i, p := range d.people {
		personIx[p.ID] = i
	}
	orgs := make(map[string]bool, len(d.orgs))
	for _, o := range d.orgs {
		orgs[o.ID] = true
	}
	seen := map[string]bool{} // IDs met in this file
	var added []int
	for _, r := range t.rows {
		id := r.get("id")
		if id == "" {
			return nil, errf(r, "id", "missing")
		}
		o := Office{Title: NormalizeOffice(r.get("office")), Local: r.get("local"), Country: r.get("country"),
			Org: r.get("org"), Sector: r.get("sector"), Role: r.get("role"), Start: r.get("start"), End: r.get("end")}
		if err := knownCountry(r, "country", o.Country); err != nil {
			return nil, err
		}
		if o.Org != "" && !orgs[o.Org] {
			return nil, errf(r, "org", "%q is not a known organisation ID", o.Org)
		}
		if o.Sector != "" && !validSector(o.Sector) {
			return nil, errf(r, "sector", "%q is not a CAMEO agent code", o.Sector)
		}
		if strings.Trim(o.Role, "hgl") != "" {
			return nil, errf(r, "role", "%q: use the letters h (head of state), g (head of government), l (leader)", o.Role)
		}
		if o.Start != "" && !validDate(o.Start) {
			return nil, errf(r, "start", "%q is not a date", o.Start)
		}
		if o.End != "" && !validDate(o.End) {
			return nil, errf(r, "end", "%q is not a date", o.End)
		}
		if o.End != "" && o.Start != "" && o.End < o.Start {
			return nil, errf(r, "end", "%q is before start %q", o.End, o.Start)
		}
		if o.Title != "" && o.Country == "" && o.Org == "" {
			return nil, errf(r, "country", "missing: an office needs a country or an org")
		}
		if o.Title == "" && (o.Start != "" || o.Country != "") {
			return nil, errf(r, "office", "missing")
		}

		i, known := personIx[id]
		switch {
		case !seen[id] && known && user:
			// A user's entry replaces the built-in one whole.
			conflicts = append(conflicts, fmt.Sprintf("%s:%d: person %s replaces %q", t.file, r.line, id, d.people[i].Name))
			d.people[i] = Person{ID: id}
		case !known:
			if r.get("name") == "" {
				return nil, errf(r, "name", "missing")
			}
			i = len(d.people)
			personIx[id] = i
			d.people = append(d.people, Person{ID: id})
		}
		if !seen[id] {
			added = append(added, i)
		}
		seen[id] = true
		p := &d.people[i]
		if n := r.get("name"); n != "" {
			p.Name = n
		}
		for _, a := range list(r.get("aliases")) {
			if !slices.Contains(p.Aliases, a) {
				p.Aliases = append(slices.Clip(p.Aliases), a)
			}
		}
		if o.Title != "" {
			p.Offices = append(slices.Clip(p.Offices), o)
		}
		if user {
			d.user["person:"+id] = true
		}
	}
	if user {
		conflicts = append(conflicts, d.overlaps(t.file, added)...)
	}
	for _, i := range added {
		slices.SortStableFunc(d.people[i].Offices, func(a, b Office) int { return strings.Compare(a.Start, b.Start) })
	}
	return conflicts, nil
}

// overlaps reports offices of the given people that someone else held at the
// same time: two presidents of one country on one day.
func (d *data) overlaps(file string, added []int) []string {
	var out []string
	for _, i := range added {
		p := d.people[i]
		for _, o := range p.Offices {
			for j, q := range d.people {
				if j == i {
					continue
				}
				for _, qo := range q.Offices {
					if qo.Title != o.Title || qo.Country != o.Country || qo.Org != o.Org || !overlap(o, qo) {
						continue
					}
					same := ""
					if foldKey(q.Name) == foldKey(p.Name) {
						same = " (same name)"
					}
					out = append(out, fmt.Sprintf("%s: person %s: %s %s%s from %s overlaps %s%s (%s to %s)", file, p.ID,
						o.Country+o.Org, o.Title, "", o.Start, q.ID, same, qo.Start, orOpen(qo.End)))
				}
			}
		}
	}
	return out
}

func overlap(a, b Office) bool {
	aEnd, bEnd := orMax(a.End), orMax(b.End)
	return a.Start < bEnd && b.Start < aEnd
}

func orMax(s string) string {
	if s == "" {
		return "9999-12-31"
	}
	return s
}

func orOpen(s string) string {
	if s == "" {
		return "now"
	}
	return s
}

// mergeAliases applies aliases.tsv: extra names for entries defined in the
// other files. A name starting with '-' removes that name instead (some
// generated aliases, like "Mann" for the Isle of Man, are ordinary words).
func (d *data) mergeAliases(t table, errf func(row, string, string, ...any) error) error {
	edit := func(v []string, name string) []string {
		if drop, ok := strings.CutPrefix(name, "-"); ok {
			return slices.DeleteFunc(slices.Clone(v), func(s string) bool { return s == drop })
		}
		if slices.Contains(v, name) {
			return v
		}
		return append(slices.Clip(v), name)
	}
	for _, r := range t.rows {
		key, name := r.get("key"), r.get("alias")
		if key == "" {
			return errf(r, "key", "missing")
		}
		if name == "" {
			return errf(r, "alias", "missing")
		}
		found := false
		switch r.get("kind") {
		case "country":
			for i := range d.countries {
				c := &d.countries[i]
				if c.ISO3 != key {
					continue
				}
				found = true
				switch r.get("as") {
				case "demonym":
					c.Demonyms = edit(c.Demonyms, name)
				case "capital":
					c.Capital = name
				case "name":
					// The name news uses, the generated one kept as an alias.
					c.Aliases = edit(c.Aliases, c.Name)
					c.Name = name
				default:
					c.Aliases = edit(c.Aliases, name)
				}
			}
		case "city":
			id, err := strconv.Atoi(key)
			if err != nil {
				return errf(r, "key", "%q is not a GeoNames id", key)
			}
			for i := range d.cities {
				if d.cities[i].GeonameID == id {
					found = true
					d.cities[i].Alternates = edit(d.cities[i].Alternates, name)
				}
			}
		case "region":
			// key is ISO3:division, as GeoNames names the division.
			country, region, ok := strings.Cut(key, ":")
			if !ok || region == "" {
				return errf(r, "key", "%q is not ISO3:division", key)
			}
			for _, c := range d.cities {
				if c.Country == country && c.Admin1 == region {
					found = true
					break
				}
			}
			if found {
				d.regionAliases = append(d.regionAliases, regionAlias{name, region, country})
			}
		default:
			return errf(r, "kind", "%q is not country, city or region", r.get("kind"))
		}
		if !found && len(d.countries) > 0 {
			return errf(r, "key", "%q names no entry", key)
		}
	}
	return nil
}
