package resolve

import (
	"strconv"
	"strings"
)

// A gathering that meets in another country each year is placed where it
// met that year: "the G20 summit" of a 2025 story is South Africa's, "the
// 2023 G20 summit" India's. The year is the one the name gives, else the
// story's.

// summitHosts are the host countries of recurring summits and games by
// the year they met, 2015 on (none where a year's summit was called off).
// Source: each body's public record of its meetings and chairs (G20, G7,
// APEC, ASEAN, BRICS, SCO, NATO), the Bureau International des Expositions
// for the Expos, CAF for the Africa Cup of Nations, by the year each
// edition is named for.
var summitHosts = map[string]map[int]string{
	"G20": {2015: "TUR", 2016: "CHN", 2017: "DEU", 2018: "ARG", 2019: "JPN", 2020: "SAU", 2021: "ITA", 2022: "IDN",
		2023: "IND", 2024: "BRA", 2025: "ZAF", 2026: "USA"},
	"G7": {2015: "DEU", 2016: "JPN", 2017: "ITA", 2018: "CAN", 2019: "FRA", 2021: "GBR", 2022: "DEU", 2023: "JPN",
		2024: "ITA", 2025: "CAN", 2026: "FRA"},
	"APEC": {2015: "PHL", 2016: "PER", 2017: "VNM", 2018: "PNG", 2020: "MYS", 2021: "NZL", 2022: "THA", 2023: "USA",
		2024: "PER", 2025: "KOR", 2026: "CHN"},
	"ASEAN": {2015: "MYS", 2016: "LAO", 2017: "PHL", 2018: "SGP", 2019: "THA", 2020: "VNM", 2021: "BRN", 2022: "KHM",
		2023: "IDN", 2024: "LAO", 2025: "MYS", 2026: "PHL"},
	"BRICS": {2015: "RUS", 2016: "IND", 2017: "CHN", 2018: "ZAF", 2019: "BRA", 2020: "RUS", 2021: "IND", 2022: "CHN",
		2023: "ZAF", 2024: "RUS", 2025: "BRA", 2026: "IND"},
	"SCO": {2015: "RUS", 2016: "UZB", 2017: "KAZ", 2018: "CHN", 2019: "KGZ", 2020: "RUS", 2021: "TJK", 2022: "UZB",
		2023: "IND", 2024: "KAZ", 2025: "CHN", 2026: "KGZ"},
	"NATO": {2016: "POL", 2017: "BEL", 2018: "BEL", 2019: "GBR", 2021: "BEL", 2022: "ESP", 2023: "LTU", 2024: "USA",
		2025: "NLD", 2026: "TUR"},
	"Expo":                  {2015: "ITA", 2020: "ARE", 2025: "JPN"},
	"Africa Cup of Nations": {2015: "GNQ", 2017: "GAB", 2019: "EGY", 2021: "CMR", 2023: "CIV", 2025: "MAR"},
}

// summitSeries are the names news gives each series, before "summit" or
// alone.
var summitSeries = map[string]string{"G20": "G20", "G-20": "G20", "G7": "G7", "G-7": "G7", "APEC": "APEC",
	"ASEAN": "ASEAN", "BRICS": "BRICS", "SCO": "SCO", "NATO": "NATO", "Expo": "Expo", "World Expo": "Expo",
	"Africa Cup of Nations": "Africa Cup of Nations", "AFCON": "Africa Cup of Nations"}

// summitHost is the country that held the summit named name in the year
// the name gives ("2023 G20 summit", "Expo 2025", "COP29") or, failing
// that, in the story's year.
func (d *doc) summitHost(name string) (string, bool) {
	if host, ok := climateConferenceHosts[name]; ok {
		return host, true
	}
	words := strings.Fields(name)
	year := 0
	if len(words) > 1 {
		if y, err := strconv.Atoi(words[0]); err == nil && y >= 1900 && y < 2100 {
			year, words = y, words[1:]
		} else if y, err := strconv.Atoi(words[len(words)-1]); err == nil && y >= 1900 && y < 2100 {
			year, words = y, words[:len(words)-1]
		}
	}
	if n := len(words); n > 1 && strings.EqualFold(words[n-1], "summit") {
		words = words[:n-1]
		if n := len(words); n > 1 && words[n-1] == "Leaders'" {
			words = words[:n-1] // "APEC Leaders' Summit"
		}
	}
	if len(words) > 1 && isOrdinalWord(words[0]) {
		words = words[1:] // "the 47th ASEAN Summit"
	}
	series, ok := summitSeries[strings.Join(words, " ")]
	if !ok {
		return "", false
	}
	if year == 0 && len(d.date) >= 4 {
		year, _ = strconv.Atoi(d.date[:4])
		if series == "Africa Cup of Nations" && year%2 == 0 {
			// Named for the odd year, played into the next January.
			if len(d.date) >= 7 && d.date[5:7] <= "02" {
				year--
			} else {
				year++
			}
		}
	}
	host, ok := summitHosts[series][year]
	return host, ok
}
