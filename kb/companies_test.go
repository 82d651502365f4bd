package kb

import (
	"io/fs"
	"slices"
	"sort"
	"testing"
)

func TestCompanies(t *testing.T) {
	k := testKB(t)
	tests := []struct{ name, id, country, sector, code string }{
		{"Goldman Sachs", "goldmansachs", "USA", "BUS", "USABUS"},
		{"Goldman Sachs Group", "goldmansachs", "USA", "BUS", "USABUS"},
		{"Toyota", "toyota", "JPN", "BUS", "JPNBUS"},
		{"IBM", "ibm", "USA", "BUS", "USABUS"},
		{"International Business Machines", "ibm", "USA", "BUS", "USABUS"},
		{"Saudi Aramco", "aramco", "SAU", "BUS", "SAUBUS"},
		{"Gazprom", "gazprom", "RUS", "BUS", "RUSBUS"},
		{"The New York Times", "nyt", "USA", "MED", "USAMED"},
		{"New York Times", "nyt", "USA", "MED", "USAMED"},
		{"NYT", "nyt", "USA", "MED", "USAMED"},
		{"Reuters", "reuters", "GBR", "MED", "GBRMED"},
		{"AFP", "afp", "FRA", "MED", "FRAMED"},
		{"dpa", "dpa", "DEU", "MED", "DEUMED"},
		{"Xinhua", "xinhua", "CHN", "MED", "CHNMED"},
		{"TASS", "tass", "RUS", "MED", "RUSMED"},
		{"Bloomberg", "bloomberg", "USA", "MED", "USAMED"},
		{"Le Monde", "lemonde", "FRA", "MED", "FRAMED"},
		{"El País", "elpais", "ESP", "MED", "ESPMED"},
		{"El Pais", "elpais", "ESP", "MED", "ESPMED"},
		{"the Guardian", "guardian", "GBR", "MED", "GBRMED"},
		{"Harvard", "harvard", "USA", "EDU", "USAEDU"},
		{"MIT", "mit", "USA", "EDU", "USAEDU"},
		{"Tsinghua University", "tsinghua", "CHN", "EDU", "CHNEDU"},
		{"GOP", "gop", "USA", "PTY", "USAPTY"},
		{"Republican Party", "gop", "USA", "PTY", "USAPTY"},
		{"Tories", "con_gbr", "GBR", "PTY", "GBRPTY"},
		{"Labour", "lab_gbr", "GBR", "PTY", "GBRPTY"},
		{"AfD", "afd", "DEU", "PTY", "DEUPTY"},
		{"BJP", "bjp", "IND", "PTY", "INDPTY"},
		{"United Russia", "unitedrussia", "RUS", "PTY", "RUSPTY"},
		{"Servant of the People", "servant", "UKR", "PTY", "UKRPTY"},
		{"Likud", "likud", "ISR", "PTY", "ISRPTY"},
		{"New Zealand Labour Party", "lab_nzl", "NZL", "PTY", "NZLPTY"},
		{"NZ First", "nzfirst", "NZL", "PTY", "NZLPTY"},
		{"Communist Party of Viet Nam", "cpv", "VNM", "PTY", "VNMPTY"},
		{"CPV", "cpv", "VNM", "PTY", "VNMPTY"},
		{"Lao People's Revolutionary Party", "lprp", "LAO", "PTY", "LAOPTY"},
		{"SJB", "sjb", "LKA", "PTY", "LKAPTY"},
		{"PAS", "pas_mys", "MYS", "PTY", "MYSPTY"},
		{"APC", "apc_nga", "NGA", "PTY", "NGAPTY"},
		{"CPN-UML", "uml", "NPL", "PTY", "NPLPTY"},
		{"Mostaqbal Watan", "mostaqbalwatan", "EGY", "PTY", "EGYPTY"},
		{"Arbeiderpartiet", "ap_nor", "NOR", "PTY", "NORPTY"},
		{"Real Madrid", "realmadrid", "ESP", "BUS", "ESPBUS"},
		{"FC Barcelona", "fcbarcelona", "ESP", "BUS", "ESPBUS"},
		{"Premier League", "premierleague", "GBR", "BUS", "GBRBUS"},
		{"FIFA", "fifa", "", "NGO", "NGO"},
		{"Fifa", "fifa", "", "NGO", "NGO"},
	}
	for _, tt := range tests {
		o, ok := k.Org(tt.name)
		if !ok || o.ID != tt.id || o.Country != tt.country || o.Sector != tt.sector || o.Code != tt.code || o.Type != "ORG" {
			t.Errorf("Org(%q) = %+v, %v; want %s %s %s %s", tt.name, o, ok, tt.id, tt.country, tt.sector, tt.code)
		}
	}
	// Bare place names, common words and the first names or surnames of
	// people in the news name no company.
	for _, name := range []string{"Barcelona", "Madrid", "Milan", "Liverpool", "Chelsea", "Oxford", "Cambridge",
		"Delta", "Target", "Total", "Apollo", "Kellogg", "Abbott", "Hilton", "Goldman", "Democrats", "Republicans",
		"Times", "Independent", "Economist", "Hill", "Sun", "Swift", "apple", "shell"} {
		if o, ok := k.Org(name); ok {
			t.Errorf("Org(%q) = %s; want nothing", name, o.ID)
		}
	}
	// orgs.tsv keeps the bodies it had.
	for name, id := range map[string]string{"CCP": "ccp", "Rosatom": "rosatom", "Wagner": "wagner", "ICC": "icc", "RSF": "rsf_sdn"} {
		if o, ok := k.Org(name); !ok || o.ID != id {
			t.Errorf("Org(%q) = %s, %v; want %s", name, o.ID, ok, id)
		}
	}
}

// TestOrgNamesUnique: no two organisations of the embedded data share a
// name or alias, as written or folded. Load does not report such clashes
// between its own files, and a shared name would go to whichever came
// first.
func TestOrgNamesUnique(t *testing.T) {
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	for _, ki := range []keyIndex{k.ix.org.exact, k.ix.org.fold} {
		keys := make([]string, 0, len(ki.many))
		for key := range ki.many {
			keys = append(keys, key)
		}
		sort.Strings(keys)
		for _, key := range keys {
			var ids []string
			for _, i := range ki.many[key] {
				ids = append(ids, k.d.orgs[i].ID)
			}
			t.Errorf("name %q is shared by %v", key, ids)
		}
	}
}

// cityNamedCompanies are companies named like a city of 100,000 people or
// more, kept because news means the company far more often.
var cityNamedCompanies = []string{"Toyota", "Hitachi", "Carrefour", "Disney", "Morena"}

// codeNamedCompanies are the names of companies and parties that are also a
// country's ISO code, kept because news writes them and not the code: GE is
// General Electric far more often than Georgia.
var codeNamedCompanies = []string{"DJI", "BT", "SLB", "GM", "BA", "GE", "PRI", "PAN", "NLD", "CPV"}

// TestCompanyNamesNotPlaces: no name in companies.tsv is a country, a
// country's alias or capital, a demonym, a person of the KB, or a city of
// 100,000 people or more (but for codeNamedCompanies and
// cityNamedCompanies).
func TestCompanyNamesNotPlaces(t *testing.T) {
	k := testKB(t)
	b, err := fs.ReadFile(Data(), "companies.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := parseTSV("companies.tsv", b)
	if err != nil {
		t.Fatal(err)
	}
	if tab.kind != "org" || len(tab.rows) < 900 {
		t.Fatalf("companies.tsv: kind %q, %d rows", tab.kind, len(tab.rows))
	}
	capitals := map[string]string{}
	for _, c := range k.Countries() {
		if c.Capital != "" {
			capitals[foldKey(c.Capital)] = c.ISO3
		}
	}
	for _, r := range tab.rows {
		if r.get("type") != "ORG" {
			t.Errorf("companies.tsv:%d: type %q; want ORG", r.line, r.get("type"))
		}
		for _, name := range append([]string{r.get("name")}, list(r.get("aliases"))...) {
			if c, ok := k.CountryByName(name); ok && !(slices.Contains(codeNamedCompanies, name) && (name == c.ISO2 || name == c.ISO3)) {
				t.Errorf("companies.tsv:%d: %q is the country %s", r.line, name, c.ISO3)
			}
			if c, ok := capitals[foldKey(name)]; ok {
				t.Errorf("companies.tsv:%d: %q is the capital of %s", r.line, name, c)
			}
			if c, ok := k.CountryByDemonym(name); ok {
				t.Errorf("companies.tsv:%d: %q is a demonym of %s", r.line, name, c.ISO3)
			}
			if ps := k.PeopleNamed(name); len(ps) > 0 {
				t.Errorf("companies.tsv:%d: %q is the person %s", r.line, name, ps[0].ID)
			}
			if cs := k.Cities(name); len(cs) > 0 && cs[0].Population >= 100000 && !slices.Contains(cityNamedCompanies, name) {
				t.Errorf("companies.tsv:%d: %q is the city %s, %s (%d people)", r.line, name, cs[0].Name, cs[0].Country, cs[0].Population)
			}
		}
	}
}
