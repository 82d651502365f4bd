package kb

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func testKB(t testing.TB) *KB {
	t.Helper()
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestHolderOf(t *testing.T) {
	k := testKB(t)
	tests := []struct {
		country, office, date, want string
	}{
		{"USA", "president", "2019-06-01", "Donald Trump"},
		{"USA", "president", "2022-06-01", "Joe Biden"},
		{"USA", "president", "2025-02-12", "Donald Trump"},
		{"USA", "president", "2021-01-20", "Joe Biden"}, // the end date is exclusive
		{"USA", "president", "2016-06-01", "Barack Obama"},
		{"USA", "vice president", "2025-06-01", "JD Vance"},
		{"USA", "Secretary of State", "2025-06-01", "Marco Rubio"},
		{"USA", "defense secretary", "2025-06-01", "Pete Hegseth"},
		{"USA", "treasury secretary", "2025-06-01", "Scott Bessent"},
		{"United States", "leader", "2023-01-01", "Joe Biden"},
		{"UKR", "president", "2018-01-01", "Petro Poroshenko"},
		{"UKR", "president", "2024-01-01", "Volodymyr Zelensky"},
		{"UKR", Leader, "2024-01-01", "Volodymyr Zelensky"},
		{"RUS", "president", "2024-01-01", "Vladimir Putin"},
		{"RUS", "prime minister", "2019-01-01", "Dmitry Medvedev"},
		{"RUS", "prime minister", "2024-01-01", "Mikhail Mishustin"},
		{"RUS", "foreign minister", "2024-01-01", "Sergey Lavrov"},
		{"SAU", "king", "2024-01-01", "Salman of Saudi Arabia"},
		{"SAU", "crown prince", "2024-01-01", "Mohammed bin Salman"},
		{"KWT", "crown prince", "2025-10-01", "Sabah Al-Khalid Al-Sabah"},
		{"KWT", "crown prince", "2022-01-01", "Mishal Al-Ahmad Al-Jaber Al-Sabah"},
		{"SAU", "prime minister", "2021-01-01", "Salman of Saudi Arabia"},
		{"SAU", "prime minister", "2023-01-01", "Mohammed bin Salman"},
		{"GBR", "prime minister", "2023-01-01", "Rishi Sunak"},
		{"GBR", Leader, "2025-01-01", "Keir Starmer"},
		{"GBR", HeadOfState, "2025-01-01", "Charles III"},
		{"DEU", "chancellor", "2025-06-01", "Friedrich Merz"},
		{"DEU", "head of government", "2020-06-01", "Angela Merkel"},
		{"UN", "secretary-general", "2025-06-01", "António Guterres"},
		{"NATO", "secretary general", "2025-06-01", "Mark Rutte"},
		{"European Commission", "president", "2025-06-01", "Ursula von der Leyen"},
		{"UN General Assembly", "president", "2025-10-01", "Annalena Baerbock"},
		{"UN General Assembly", "president", "2024-10-01", "Philémon Yang"},
	}
	for _, tt := range tests {
		t.Run(tt.country+"/"+tt.office+"/"+tt.date, func(t *testing.T) {
			p, ok := k.HolderOf(tt.country, tt.office, tt.date)
			if !ok || p.Name != tt.want {
				t.Errorf("HolderOf(%q, %q, %q) = %q, %v; want %q", tt.country, tt.office, tt.date, p.Name, ok, tt.want)
			}
		})
	}
	if p, ok := k.HolderOf("USA", "president", "1900-01-01"); ok {
		t.Errorf("HolderOf in 1900 = %q; want none", p.Name)
	}
}

// TestHeadOf: the one head the KB knows of a body on a date; none for a
// country, or for a body with several posts at once.
func TestHeadOf(t *testing.T) {
	k := testKB(t)
	for _, tt := range []struct{ org, date, want string }{
		{"IAEA", "2025-06-01", "Rafael Grossi"},
		{"NATO", "2025-06-01", "Mark Rutte"},
		{"NATO", "2020-06-01", "Jens Stoltenberg"},
		{"UN", "2025-06-01", "António Guterres"},
		{"USA", "2025-06-01", ""},
	} {
		p, ok := k.HeadOf(tt.org, tt.date)
		if p.Name != tt.want || ok != (tt.want != "") {
			t.Errorf("HeadOf(%q, %q) = %q, %v; want %q", tt.org, tt.date, p.Name, ok, tt.want)
		}
	}
}

func TestOfficeOn(t *testing.T) {
	k := testKB(t)
	ps := k.PeopleNamed("Boris Johnson")
	if len(ps) != 1 {
		t.Fatalf("PeopleNamed(Boris Johnson) = %d people", len(ps))
	}
	for date, want := range map[string]string{"2017-01-01": "foreign minister", "2020-01-01": "prime minister"} {
		o, ok := k.OfficeOn(ps[0], date)
		if !ok || o.Title != want || o.Country != "GBR" {
			t.Errorf("OfficeOn(Boris Johnson, %s) = %+v, %v; want %s of GBR", date, o, ok, want)
		}
	}
	if o, ok := k.OfficeOn(ps[0], "2024-01-01"); ok {
		t.Errorf("OfficeOn(Boris Johnson, 2024) = %+v; want none", o)
	}
}

func TestPeopleNamed(t *testing.T) {
	k := testKB(t)
	for _, name := range []string{"Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "volodymyr zelensky"} {
		ps := k.PeopleNamed(name)
		if len(ps) != 1 || ps[0].ID != "volodymyr-zelensky" {
			t.Errorf("PeopleNamed(%q) = %v; want volodymyr-zelensky", name, ids(ps))
		}
	}
	for name, want := range map[string]string{
		"MBS": "mohammed-bin-salman", "J. D. Vance": "jd-vance", "Erdogan": "recep-tayyip-erdogan",
		"Recep Tayyip Erdoğan": "recep-tayyip-erdogan", "Sergei Lavrov": "sergey-lavrov",
		"Abdel Fattah Al Burhan": "abdel-fattah-al-burhan", "Abdel Fattah al-Burhan": "abdel-fattah-al-burhan",
	} {
		if ps := k.PeopleNamed(name); len(ps) != 1 || ps[0].ID != want {
			t.Errorf("PeopleNamed(%q) = %v; want %s", name, ids(ps), want)
		}
	}
	if ps := k.PeopleNamed("Nobody Atall"); len(ps) != 0 {
		t.Errorf("PeopleNamed(Nobody Atall) = %v", ids(ps))
	}
}

func ids(ps []Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func TestCountryByName(t *testing.T) {
	k := testKB(t)
	tests := []struct{ name, want string }{
		{"United States", "USA"}, {"US", "USA"}, {"U.S.", "USA"}, {"USA", "USA"}, {"America", "USA"},
		{"the United States", "USA"},
		{"UK", "GBR"}, {"Britain", "GBR"}, {"Great Britain", "GBR"}, {"United Kingdom", "GBR"},
		{"Russia", "RUS"}, {"Russian Federation", "RUS"},
		{"South Korea", "KOR"}, {"Republic of Korea", "KOR"}, {"North Korea", "PRK"},
		{"Czechia", "CZE"}, {"Czech Republic", "CZE"},
		{"Türkiye", "TUR"}, {"Turkey", "TUR"}, {"Turkiye", "TUR"},
		{"Burma", "MMR"}, {"Myanmar", "MMR"}, {"Malaya", "MYS"},
		{"DRC", "COD"}, {"DR Congo", "COD"}, {"Democratic Republic of the Congo", "COD"},
		{"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"}, {"Cote d'Ivoire", "CIV"}, {"Côte d’Ivoire", "CIV"},
		{"UKRAINE", "UKR"}, {"IRAN", "IRN"}, {"UAE", "ARE"}, {"Saudi Arabia", "SAU"},
		{"UKR", "UKR"}, {"DE", "DEU"},
		{"us", ""}, {"Us", ""}, {"russia", ""}, {"Atlantis", ""},
	}
	for _, tt := range tests {
		c, ok := k.CountryByName(tt.name)
		if got := c.ISO3; got != tt.want || ok != (tt.want != "") {
			t.Errorf("CountryByName(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestCountryByDemonym(t *testing.T) {
	k := testKB(t)
	for name, want := range map[string]string{
		"Russian": "RUS", "Ukrainian": "UKR", "Saudi": "SAU", "Saudis": "SAU", "American": "USA", "British": "GBR",
		"Emirati": "ARE", "Chinese": "CHN", "French": "FRA", "German": "DEU", "Israeli": "ISR", "Iranian": "IRN",
		"Palestinian": "PSE", "Dutch": "NLD", "Dominican": "DOM", "Serbian": "SRB", "Slovenian": "SVN", "Azeri": "AZE", "Turkish": "TUR", "South Korean": "KOR",
	} {
		c, ok := k.CountryByDemonym(name)
		if !ok || c.ISO3 != want {
			t.Errorf("CountryByDemonym(%q) = %q, %v; want %q", name, c.ISO3, ok, want)
		}
	}
	if c, ok := k.Country("XKX"); !ok || c.CAMEO != "KSV" {
		t.Errorf("Country(XKX) = %+v, %v; want CAMEO KSV", c, ok)
	}
}

func TestCities(t *testing.T) {
	k := testKB(t)
	for _, name := range []string{"Kyiv", "Kiev", "KYIV"} {
		cs := k.Cities(name)
		if len(cs) == 0 || cs[0].Country != "UKR" || cs[0].GeonameID != 703448 {
			t.Errorf("Cities(%q) = %+v; want Kyiv, UKR first", name, cs)
		}
	}
	cs := k.Cities("London")
	if len(cs) < 2 || cs[0].Country != "GBR" || cs[0].Population < cs[1].Population {
		t.Errorf("Cities(London) = %+v; want London GBR first, by population", cs)
	}
	if cs := k.Cities("Peking"); len(cs) == 0 || cs[0].Name != "Beijing" {
		t.Errorf("Cities(Peking) = %+v; want Beijing", cs)
	}
	// Names GeoNames writes with apostrophes (K'ut'aisi, Bat’umi, Ta’if),
	// found as news writes them.
	for name, country := range map[string]string{"Kutaisi": "GEO", "Batumi": "GEO", "Taif": "SAU"} {
		if cs := k.Cities(name); len(cs) == 0 || cs[0].Country != country {
			t.Errorf("Cities(%q) = %+v; want a city of %s", name, cs, country)
		}
	}
	// Cities renamed officially, which GeoNames lists far from the old name.
	for name, id := range map[string]int{"Bengaluru": 1277333, "Bangalore": 1277333, "Chattogram": 1205733,
		"Gurugram": 1270642, "Prayagraj": 1278994, "Vinnytsia": 689558,
		// GeoNames's names with the municipal suffix (Yokohama-shi), and
		// Da Nang under an old name (Turan).
		"Yokohama": 1848354, "Kobe": 1859171, "Sendai": 2111149, "Da Nang": 1583992, "Danang": 1583992,
		"Termez": 1215957, "Bukhara": 1217662, "Jizzakh": 1513886} {
		if cs := k.Cities(name); len(cs) == 0 || cs[0].GeonameID != id {
			t.Errorf("Cities(%q) = %+v; want GeoNames %d", name, cs, id)
		}
	}
	// A town under 50,000 keeps one long near spelling (Chah Bahar written
	// Chabahar), but no short one that is a name too (Lamu as Lama).
	if cs := k.Cities("Chabahar"); len(cs) == 0 || cs[0].Country != "IRN" {
		t.Errorf("Cities(Chabahar) = %+v; want the Iranian port", cs)
	}
	if cs := k.Cities("Lama"); len(cs) != 0 {
		t.Errorf("Cities(Lama) = %+v; want none", cs)
	}
	// Up to three near spellings, though English news writes none of
	// GeoNames' first two (Louang Prabang, Louangphrabang).
	for name, iso := range map[string]string{"Luang Prabang": "LAO", "Fallujah": "IRQ", "Bosaso": "SOM", "Baquba": "IRQ"} {
		if cs := k.Cities(name); len(cs) == 0 || cs[0].Country != iso {
			t.Errorf("Cities(%q) = %+v; want a town of %s", name, cs, iso)
		}
	}
}

// TestNationalUniversities: the flagship universities of countries beyond
// Europe and North America are known with their countries.
func TestNationalUniversities(t *testing.T) {
	k := testKB(t)
	for name, country := range map[string]string{"Keio University": "JPN", "Sultan Qaboos University": "OMN",
		"University of the Andes": "COL", "University of Dar es Salaam": "TZA", "Vietnam National University": "VNM"} {
		if o, ok := k.Org(name); !ok || o.Country != country || o.Sector != "EDU" {
			t.Errorf("Org(%q) = %+v, %v; want a university of %s", name, o, ok, country)
		}
	}
}

func TestOrg(t *testing.T) {
	k := testKB(t)
	tests := []struct{ name, id, country, sector, code string }{
		{"the Kremlin", "kremlin", "RUS", "GOV", "RUSGOV"},
		{"Kremlin", "kremlin", "RUS", "GOV", "RUSGOV"},
		{"White House", "whitehouse", "USA", "GOV", "USAGOV"},
		{"Pentagon", "pentagon", "USA", "MIL", "USAMIL"},
		{"US Department of Defense", "pentagon", "USA", "MIL", "USAMIL"},
		{"Downing Street", "downingst", "GBR", "GOV", "GBRGOV"},
		{"Number 10", "downingst", "GBR", "GOV", "GBRGOV"},
		{"Élysée", "elysee", "FRA", "GOV", "FRAGOV"},
		{"Elysee", "elysee", "FRA", "GOV", "FRAGOV"},
		{"Guardian Council", "guardiancouncil_irn", "IRN", "GOV", "IRNGOV"}, // not The Guardian's
		{"APS", "aps_dza", "DZA", "MED", "DZAMED"},
		{"Associated Press of Pakistan", "app_pak", "PAK", "MED", "PAKMED"},
		{"Trend", "trend_aze", "AZE", "MED", "AZEMED"},
		{"Expediency Council", "expediency_irn", "IRN", "GOV", "IRNGOV"},
		{"Bundestag", "bundestag", "DEU", "LEG", "DEULEG"},
		{"Knesset", "knesset", "ISR", "LEG", "ISRLEG"},
		{"Peronists", "norp_peronists", "ARG", "", "ARG"},
		{"Malacanang Palace", "malacanang", "PHL", "GOV", "PHLGOV"},
		{"Yonhap", "yonhap", "KOR", "MED", "KORMED"},
		{"NATO", "nato", "", "IGO", "IGOWSTNAT"},
		{"Nato", "nato", "", "IGO", "IGOWSTNAT"},
		{"UN", "un", "", "IGO", "IGOUNO"},
		{"United Nations", "un", "", "IGO", "IGOUNO"},
		{"IAEA", "iaea", "", "IGO", "IGOUNOIAE"},
		{"EU", "eu", "", "IGO", "IGOEUREEC"},
		{"Hamas", "hamas", "PSE", "REB", "PSEREBHMS"},
	}
	for _, tt := range tests {
		o, ok := k.Org(tt.name)
		if !ok || o.ID != tt.id || o.Country != tt.country || o.Sector != tt.sector || o.Code != tt.code {
			t.Errorf("Org(%q) = %+v, %v; want %s %s %s %s", tt.name, o, ok, tt.id, tt.country, tt.sector, tt.code)
		}
	}
	if o, ok := k.Org("un"); ok {
		t.Errorf("Org(un) = %+v; an ordinary word should not match", o)
	}
}

func TestGazetteer(t *testing.T) {
	k := testKB(t)
	for name, want := range map[string][]string{
		"Volodymyr Zelensky": {"PERSON"},
		"Kremlin":            {"FAC"},
		"NATO":               {"ORG"},
		"Ukraine":            {"GPE"},
		"Kyiv":               {"GPE"},
		"Russian":            {"NORP"},
		"the":                nil,
	} {
		if got := k.Gazetteer(name); !slices.Equal(got, want) {
			t.Errorf("Gazetteer(%q) = %v; want %v", name, got, want)
		}
	}
	n := 0
	for name, typ := range k.Names() {
		if name == "" || typ == "" {
			t.Fatalf("Names yielded %q, %q", name, typ)
		}
		n++
	}
	if n < 30000 {
		t.Errorf("Names yielded %d names; want many more", n)
	}
}

func TestNearMiss(t *testing.T) {
	k := testKB(t)
	for name, want := range map[string]string{
		"Scott Besant":       "scott-bessent",
		"Volodymyr Zelenski": "volodymyr-zelensky",
		"Emanuel Macron":     "emmanuel-macron",
		"Keir Starmar":       "keir-starmer",
	} {
		ms := k.NearMiss(name)
		if len(ms) == 0 || ms[0].Person.ID != want {
			t.Errorf("NearMiss(%q) = %+v; want %s first", name, ms, want)
		}
	}
	if ms := k.NearMiss("Scott Bessent"); len(ms) != 0 {
		t.Errorf("NearMiss(exact name) = %+v; want none", ms)
	}
}

func TestNormalizeOffice(t *testing.T) {
	for in, want := range map[string]string{
		"Defense Secretary": "defence minister", "Premier": "prime minister", "the President": "president",
		"Secretary of State": "foreign minister", "Chancellor of the Exchequer": "finance minister",
		"the Leader of the Revolution": "supreme leader",
	} {
		if got := NormalizeOffice(in); got != want {
			t.Errorf("NormalizeOffice(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestUNMembersCovered checks that each of the 193 UN member states has a
// head of state or government in office today.
func TestUNMembersCovered(t *testing.T) {
	k := testKB(t)
	if len(unMembers) != 193 {
		t.Fatalf("unMembers lists %d states; want 193", len(unMembers))
	}
	today := time.Now().Format("2006-01-02")
	var missing []string
	for _, iso3 := range unMembers {
		if _, ok := k.Country(iso3); !ok {
			t.Errorf("UN member %s is not in countries.tsv", iso3)
		}
		_, hos := k.HolderOf(iso3, HeadOfState, today)
		_, hog := k.HolderOf(iso3, HeadOfGovernment, today)
		if !hos && !hog {
			missing = append(missing, iso3)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d UN members lack a head of state or government on %s: %s", len(missing), today, strings.Join(missing, " "))
	}
}

// unMembers are the 193 member states of the United Nations (since South
// Sudan joined in 2011), by ISO 3166-1 alpha-3 code.
var unMembers = strings.Fields(`
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE`)

func TestAddFileTSV(t *testing.T) {
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "user.tsv")
	data := "# my additions\n" +
		"id\tname\taliases\toffice\tcountry\tsector\trole\tstart\tend\n" +
		"jane-doe\tJane Doe\tJ. Doe\tpresident\tUSA\tGOV\thgl\t2025-02-01\t\n" +
		"marco-rubio\tMarco Rubio\t\tforeign minister\tUSA\tGOV\t\t2025-01-21\t\n" +
		"marco-rubio\t\t\tnational security adviser\tUSA\tGOV\t\t2025-05-01\t\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	conflicts, err := k.AddFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var replaced, overlap bool
	for _, c := range conflicts {
		replaced = replaced || strings.Contains(c, "person marco-rubio replaces")
		overlap = overlap || strings.Contains(c, "jane-doe") && strings.Contains(c, "donald-trump")
	}
	if !replaced || !overlap {
		t.Errorf("conflicts = %q; want marco-rubio replaced and jane-doe overlapping donald-trump", conflicts)
	}
	if p, _ := k.HolderOf("USA", "president", "2025-03-01"); p.ID != "jane-doe" {
		t.Errorf("after AddFile, president on 2025-03-01 = %q; want the user's jane-doe", p.ID)
	}
	if p, _ := k.HolderOf("USA", "president", "2025-01-25"); p.ID != "donald-trump" {
		t.Errorf("after AddFile, president on 2025-01-25 = %q; want donald-trump", p.ID)
	}
	if p, _ := k.HolderOf("USA", "national security adviser", "2025-06-01"); p.ID != "marco-rubio" {
		t.Errorf("national security adviser = %q; want marco-rubio", p.ID)
	}
	if ps := k.PeopleNamed("J. Doe"); len(ps) != 1 {
		t.Errorf("PeopleNamed(J. Doe) = %v", ids(ps))
	}
	// Default is untouched by AddFile on another KB.
	if p, _ := testKB(t).HolderOf("USA", "president", "2025-03-01"); p.ID != "donald-trump" {
		t.Errorf("Default president = %q; want donald-trump", p.ID)
	}
}

func TestAddFileJSON(t *testing.T) {
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "orgs.json")
	data := `[
  {"id": "acme", "name": "Acme Corporation", "aliases": ["Acme", "ACME Corp"], "country": "USA", "sector": "BUS"},
  {"id": "kremlin", "name": "Kremlin", "aliases": "the Kremlin", "country": "RUS", "sector": "GOV", "type": "FAC"}
]`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	conflicts, err := k.AddFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(conflicts) != 1 || !strings.Contains(conflicts[0], "org kremlin replaces") {
		t.Errorf("conflicts = %q; want the kremlin replaced", conflicts)
	}
	if o, ok := k.Org("ACME Corp"); !ok || o.Code != "USABUS" {
		t.Errorf("Org(ACME Corp) = %+v, %v; want code USABUS", o, ok)
	}

	people := filepath.Join(t.TempDir(), "people.json")
	data = `[{"id": "x-y", "name": "Xavier Ypsilon",
  "offices": [{"title": "Defense Minister", "country": "FRA", "start": "2030-01-01"}]}]`
	if err := os.WriteFile(people, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := k.AddFile(people); err != nil {
		t.Fatal(err)
	}
	if p, ok := k.HolderOf("FRA", "defence minister", "2030-06-01"); !ok || p.ID != "x-y" {
		t.Errorf("HolderOf(FRA defence minister 2030) = %q, %v; want x-y", p.ID, ok)
	}
}

func TestAddFileMalformed(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ file, data, want string }{
		{"user.tsv", "id\tname\toffice\tcountry\tstart\n" +
			"a-b\tA B\tpresident\tUSA\t2025-01-01\n" + "c-d\tC D\tpresident\tUSA\t2025-13-01\n",
			`user.tsv:3: field start: "2025-13-01" is not a date`},
		{"country.tsv", "id\tname\toffice\tcountry\tstart\nc-d\tC D\tpresident\tXXX\t2025-01-01\n",
			`country.tsv:2: field country: "XXX" is not a known ISO alpha-3 country code`},
		{"role.tsv", "id\tname\toffice\tcountry\trole\tstart\nc-d\tC D\tpresident\tUSA\tq\t2025-01-01\n",
			`role.tsv:2: field role:`},
		{"noname.tsv", "id\tname\toffice\tcountry\tstart\nnew-person\t\tpresident\tUSA\t2025-01-01\n",
			`noname.tsv:2: field name: missing`},
		{"sector.tsv", "id\tname\tcode\tsector\nfoo\tFoo\t\tXYZ\n", `sector.tsv:2: field sector: "XYZ" is not a CAMEO agent code`},
		{"bad.json", "[\n {\"id\": \"a\", \"name\": \"A\", \"office\": \"president\", \"country\": \"USA\",\n \"start\": \"2025-01-01\"},\n {\"id\": \"b\", \"name\": \"B\", \"office\": \"president\", \"country\": \"USA\", \"start\": \"soon\"}\n]",
			`bad.json:4: field start: "soon" is not a date`},
		{"header.tsv", "foo\tbar\n1\t2\n", "header.tsv:1: header"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			k, err := Load(Data())
			if err != nil {
				t.Fatal(err)
			}
			before := k.Stats()
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err = k.AddFile(path)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "kb ") {
				t.Fatalf("AddFile error = %v; want one containing %q", err, tt.want)
			}
			if after := k.Stats(); after.People != before.People || after.Offices != before.Offices || after.Orgs != before.Orgs {
				t.Errorf("a malformed file changed the KB: %+v -> %+v", before, after)
			}
			if ps := k.PeopleNamed("A B"); len(ps) != 0 {
				t.Errorf("a malformed file's good rows were kept: %v", ids(ps))
			}
		})
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"countries.tsv": {Data: []byte("iso2\tiso3\tname\tdemonyms\nXA\tXAA\tExampleland\tExamplish\n")},
		"people.tsv":    {Data: []byte("id\tname\toffice\tcountry\trole\tstart\nq\tQueen Q\tqueen\tXAA\th\t2000-01-01\n")},
	}
	k, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := k.CountryByDemonym("Examplish"); !ok || c.ISO3 != "XAA" {
		t.Errorf("CountryByDemonym(Examplish) = %+v, %v", c, ok)
	}
	if p, ok := k.HolderOf("XAA", HeadOfState, "2020-01-01"); !ok || p.Name != "Queen Q" {
		t.Errorf("HolderOf = %+v, %v", p, ok)
	}
	if _, err := Load(fstest.MapFS{}); err == nil {
		t.Error("Load of an empty FS succeeded")
	}
	bad := fstest.MapFS{"people.tsv": {Data: []byte("id\tname\toffice\tcountry\tstart\nq\tQ\tqueen\tXAA\t2000-02-30\n")}}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "people.tsv:2: field start") {
		t.Errorf("Load(bad) error = %v", err)
	}
}

// TestLoadTime reports how long loading the embedded data takes and its
// size. It asserts nothing about time: see BenchmarkLoad.
func TestLoadTime(t *testing.T) {
	start := time.Now()
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	s := k.Stats()
	t.Logf("loaded in %v: %d countries, %d cities, %d orgs, %d people with %d terms; %d bytes embedded",
		time.Since(start), s.Countries, s.Cities, s.Orgs, s.People, s.Offices, s.Bytes)
	for _, f := range s.Files {
		t.Logf("  %-14s %8d bytes", f.Name, f.Bytes)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Data()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCountryByName(b *testing.B) {
	k := testKB(b)
	for b.Loop() {
		k.CountryByName("Côte d'Ivoire")
	}
}

func BenchmarkNearMiss(b *testing.B) {
	k := testKB(b)
	for b.Loop() {
		k.NearMiss("Scott Besant")
	}
}

// TestNewsNames: a country is named as news names it, its official or
// generated name kept as an alias.
func TestNewsNames(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c, ok := k.Country("TUR")
	if !ok || c.Name != "Turkey" {
		t.Errorf("TUR is named %q, want Turkey", c.Name)
	}
	if got, ok := k.CountryByName("Türkiye"); !ok || got.ISO3 != "TUR" {
		t.Errorf("Türkiye finds %q", got.ISO3)
	}
}

func TestRegion(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"California": "USA", "Florida": "USA", "Bavaria": "DEU", "Punjab": "PAK"} {
		if got, ok := k.Region(name); !ok || got != want {
			t.Errorf("Region(%q) = %q, %v; want %s", name, got, ok, want)
		}
	}
}

func TestRegionAliases(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := k.Region("NSW"); !ok || c != "AUS" {
		t.Errorf("Region(NSW) = %q, %v; want AUS", c, ok)
	}
	// Divisions of the former Soviet states under their English names.
	for name, want := range map[string]string{"Kostanay": "KAZ", "Jizzakh": "UZB", "Sughd": "TJK", "Ryazan": "RUS",
		"Odesa": "UKR", "Issyk-Kul": "KGZ"} {
		if cs := k.RegionCountries(name); !slices.Contains(cs, want) {
			t.Errorf("RegionCountries(%s) = %q; want %s among them", name, cs, want)
		}
	}
	lat, lon, ok := k.RegionCentre("NSW", "AUS")
	wlat, wlon, _ := k.RegionCentre("New South Wales", "AUS")
	if !ok || lat != wlat || lon != wlon {
		t.Errorf("RegionCentre(NSW) = %v, %v, %v; want New South Wales's %v, %v", lat, lon, ok, wlat, wlon)
	}
}

func TestRegionShortNames(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Tibet": "CHN", "Xinjiang": "CHN", "Crimea": "UKR", "Mendoza": "ARG"} {
		if got := k.RegionCountries(name); !slices.Contains(got, want) {
			t.Errorf("RegionCountries(%s) = %v, want %s among them", name, got, want)
		}
		if _, _, ok := k.RegionCentre(name, want); !ok {
			t.Errorf("RegionCentre(%s, %s) not found", name, want)
		}
	}
	// The word of a division's kind alone is no division: "Federal" of
	// Brazil's Federal District.
	for _, w := range []string{"Federal", "Capital", "National"} {
		if c, ok := k.Region(w); ok {
			t.Errorf("Region(%s) = %s, want none", w, c)
		}
	}
}

// TestCitiesHyphenated: a hyphenated spelling finds the city GeoNames
// lists with a space ("Al-Fashir" for "Al Fashir", El Fasher).
func TestCitiesHyphenated(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cs := k.Cities("Al-Fashir")
	if len(cs) == 0 || cs[0].Country != "SDN" {
		t.Errorf("Cities(Al-Fashir) = %+v, want El Fasher in SDN", cs)
	}
	// A hyphened name written with a space, as English news writes it.
	if cs := k.Cities("San Pedro"); !slices.ContainsFunc(cs, func(c City) bool { return c.Country == "CIV" }) {
		t.Errorf("Cities(San Pedro) = %+v, want San-Pédro of Côte d'Ivoire among them", cs)
	}
}

// TestOrgOtherSpelling: a body's name in the other spelling of a word
// ("Organisation", "Program") finds the body the KB lists in one.
func TestOrgOtherSpelling(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, id := range map[string]string{"Food and Agriculture Organisation": "fao", "World Food Program": "wfp"} {
		if o, ok := k.Org(name); !ok || o.ID != id {
			t.Errorf("Org(%q) = %+v, %v; want %s", name, o, ok, id)
		}
	}
}

// TestRegnalNumberIsNoSurname: "II" finds no one by surname, so a crown
// prince named "... bin Abdullah II" is not taken for Albert II.
func TestRegnalNumberIsNoSurname(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := k.PeopleWithSurname("II"); len(got) != 0 {
		t.Errorf("PeopleWithSurname(II) = %d people, want none", len(got))
	}
	if got := k.PeopleNamed("Abdullah II"); len(got) == 0 {
		t.Error("Abdullah II no longer found by name")
	}
}

func TestAreaByAdjective(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for adj, name := range map[string]string{"West African": "West Africa", "Central American": "Central America"} {
		if a, ok := k.AreaByAdjective(adj); !ok || a.Name != name {
			t.Errorf("%s = %+v, %v; want %s", adj, a, ok, name)
		}
	}
	if _, ok := k.AreaByAdjective("Russian"); ok {
		t.Error("Russian read as a region's adjective")
	}
}

func TestRegionsOfOneCountry(t *testing.T) {
	k := testKB(t)
	for name, want := range map[string]string{"Kordofan": "SDN", "Upper Egypt": "EGY", "Transylvania": "ROU", "South-east Asia": ""} {
		if a, ok := k.Area(name); !ok || a.Country != want || a.Polity {
			t.Errorf("Area(%q) = %+v, %v; want a region of %q", name, a, ok, want)
		}
	}
}

func TestRegionAliasOfASmallDivision(t *testing.T) {
	k := testKB(t)
	if c, ok := k.Region("Nakhchivan Autonomous Republic"); !ok || c != "AZE" {
		t.Errorf("Region(Nakhchivan Autonomous Republic) = %q, %v; want AZE", c, ok)
	}
}

// TestThinkTanks: think tanks, pollsters and rights monitors news cites are
// known under the country they work from.
func TestThinkTanks(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, iso := range map[string]string{"Syrian Observatory for Human Rights": "GBR", "Levada Center": "RUS",
		"Kazakhstan Institute for Strategic Studies": "KAZ", "Centre for Strategic and International Studies": "IDN",
		"Center for Strategic and International Studies": "USA", "Iran Human Rights": "NOR", "Kpler": "FRA",
		"Institute for Security Studies": "ZAF"} {
		if o, ok := k.Org(name); !ok || o.Country != iso {
			t.Errorf("Org(%q) = %+v, %v; want a body of %s", name, o, ok, iso)
		}
	}
	if o, ok := k.Org("Institute for Fiscal Studies"); ok {
		t.Errorf("Org(Institute for Fiscal Studies) = %+v; want none, as Britain and Ghana both have one", o)
	}
}

// TestFoldApostrophes: the ʻokina, the modifier apostrophe, curly quotes and
// the backtick fold to the straight apostrophe.
func TestFoldApostrophes(t *testing.T) {
	for _, s := range []string{"Tuilaʻepa", "Tuilaʼepa", "Tuila’epa", "Tuila`epa"} {
		if Fold(s) != Fold("Tuila'epa") {
			t.Errorf("Fold(%q) = %q, want %q", s, Fold(s), Fold("Tuila'epa"))
		}
	}
}

// TestRegionByAdjective: a division's adjective from the aliases file names
// the division; a short form is no adjective.
func TestRegionByAdjective(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for adj, want := range map[string][2]string{"Bavarian": {"Bavaria", "DEU"}, "Texan": {"Texas", "USA"},
		"Ontarian": {"Ontario", "CAN"}} {
		if name, c, ok := k.RegionByAdjective(adj); !ok || name != want[0] || c != want[1] {
			t.Errorf("RegionByAdjective(%q) = %q, %q, %v; want %v", adj, name, c, ok, want)
		}
	}
	if name, _, ok := k.RegionByAdjective("NSW"); ok {
		t.Errorf("RegionByAdjective(NSW) = %q; want none", name)
	}
}

// TestKoreanGivenNamesApart: a Korean given name written as two words is
// the KB's hyphened one.
func TestKoreanGivenNamesApart(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if ps := k.PeopleNamed("Kim Min Seok"); len(ps) == 0 || ps[0].Name != "Kim Min-seok" {
		t.Errorf("PeopleNamed(Kim Min Seok) = %+v; want Kim Min-seok", ps)
	}
}
