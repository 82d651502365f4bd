package kb

import "strings"

// officeSynonyms maps the ways news names a post to the normalised titles the
// data uses. Titles are lower case and British-spelt ("defence minister");
// posts with a local name (the US "secretary of state") are stored under the
// generic title, with the local one in Office.Local.
var officeSynonyms = map[string]string{
	"premier":                          "prime minister",
	"amir":                             "emir",
	"pm":                               "prime minister",
	"head of the government":           "head of government",
	"defense minister":                 "defence minister",
	"minister of defence":              "defence minister",
	"minister of defense":              "defence minister",
	"defence secretary":                "defence minister",
	"defense secretary":                "defence minister",
	"secretary of defense":             "defence minister",
	"secretary of war":                 "defence minister",
	"war secretary":                    "defence minister",
	"secretary of state for defence":   "defence minister",
	"foreign secretary":                "foreign minister",
	"minister of foreign affairs":      "foreign minister",
	"foreign affairs minister":         "foreign minister",
	"external affairs minister":        "foreign minister",
	"minister of external affairs":     "foreign minister",
	"secretary of state":               "foreign minister",
	"finance secretary":                "finance minister",
	"minister of finance":              "finance minister",
	"treasury secretary":               "finance minister",
	"secretary of the treasury":        "finance minister",
	"chancellor of the exchequer":      "finance minister",
	"economy minister":                 "finance minister",
	"secretary general":                "secretary-general",
	"sec-gen":                          "secretary-general",
	"vice-president":                   "vice president",
	"vp":                               "vice president",
	"monarch":                          "king",
	"federal chancellor":               "chancellor",
	"high representative":              "foreign policy chief",
	"director general":                 "director-general",
	"supreme leader of iran":           "supreme leader",
	"leader of the revolution":         "supreme leader", // as Iran's press calls its Supreme Leader
	"leader of the islamic revolution": "supreme leader",
	"head of state":                    HeadOfState,
	"leader":                           Leader,
	"head of government":               HeadOfGovernment,
	"minister for foreign affairs":     "foreign minister",
	"minister for defence":             "defence minister",
	"minister for finance":             "finance minister",
}

// LooseOffice tells whether a post's name, as news writes it, is the
// normalised title in some countries only: an "economy minister" holds the
// finance portfolio in Argentina, France and Italy, but a post of its own in
// Germany, Russia, Spain and Japan, so that the KB's finance minister does
// not rule out someone else called economy minister.
func LooseOffice(s string) bool {
	return NormalizeOffice(s) == "finance minister" && strings.Contains(strings.ToLower(s), "econom")
}

// NormalizeOffice turns a post's name as news writes it into the normalised
// title HolderOf and Office.Title use: "Defense Secretary" → "defence
// minister", "Premier" → "prime minister". Unknown titles are lower-cased.
func NormalizeOffice(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	if t, ok := officeSynonyms[s]; ok {
		return t
	}
	return s
}
