// Package geo turns the places among an article's entities into geocoded
// places: a city linked to GeoNames gets its coordinates and id, a country
// its centroid, a state or province the centre of its cities, a continent
// or world region a fixed centre, each with the mentions that name it.
//
// It geocodes only what resolution linked: a place the knowledge base does
// not know is left out rather than guessed, so every coordinate in a record
// can be traced to a gazetteer entry.
package geo

import (
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
)

// Geocoder looks places up in a knowledge base.
type Geocoder struct {
	kb *kb.KB
}

// New returns a geocoder over k.
func New(k *kb.KB) *Geocoder { return &Geocoder{kb: k} }

// Places returns the geocoded places of ents, in the order of the
// entities. Only mentions that name a place are kept: "Russian" is a
// mention of Russia the country, not of a place, and is left out. A
// capital that resolution folded into its country ("in Kiev", "Moscow
// said") is geocoded as the city it names.
func (g *Geocoder) Places(ents []chronicle.Entity) []chronicle.Place {
	out := []chronicle.Place{}
	cities := map[int]int{} // GeoNames id -> index in out
	for _, e := range ents {
		if e.Type != chronicle.GeoPolitical && e.Type != chronicle.Location {
			continue
		}
		p, ok := g.place(e)
		if !ok {
			continue
		}
		for _, m := range e.Mentions {
			if !g.namesPlace(m.Text) {
				continue
			}
			if c, ok := g.cityIn(m.Text, p); ok {
				i, seen := cities[c.GeonamesID]
				if !seen {
					i = len(out)
					cities[c.GeonamesID] = i
					out = append(out, c)
				}
				out[i].Mentions = append(out[i].Mentions, m)
				continue
			}
			p.Mentions = append(p.Mentions, m)
		}
		if len(p.Mentions) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// cityIn finds the city a mention of country place p names, when the
// mention is not the country's own name: "Kiev" in Ukraine.
func (g *Geocoder) cityIn(text string, p chronicle.Place) (chronicle.Place, bool) {
	if p.GeonamesID != 0 {
		return chronicle.Place{}, false // already a city
	}
	if _, ok := g.kb.CountryByName(text); ok {
		return chronicle.Place{}, false
	}
	for _, c := range g.kb.Cities(text) {
		if c.Country == p.Country {
			return chronicle.Place{Name: text, Country: c.Country, Lat: c.Lat, Lon: c.Lon, GeonamesID: c.GeonameID}, true
		}
	}
	return chronicle.Place{}, false
}

// place geocodes one linked entity.
func (g *Geocoder) place(e chronicle.Entity) (chronicle.Place, bool) {
	switch {
	case strings.HasPrefix(e.KB, "geonames:"):
		id, err := strconv.Atoi(strings.TrimPrefix(e.KB, "geonames:"))
		if err != nil {
			return chronicle.Place{}, false
		}
		c, ok := g.kb.City(id)
		if !ok {
			return chronicle.Place{}, false
		}
		return chronicle.Place{Name: e.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, GeonamesID: c.GeonameID}, true
	case strings.HasPrefix(e.KB, "country:"):
		c, ok := g.kb.Country(strings.TrimPrefix(e.KB, "country:"))
		if !ok {
			return chronicle.Place{}, false
		}
		return chronicle.Place{Name: c.Name, Country: c.ISO3, Lat: c.Lat, Lon: c.Lon}, true
	case strings.HasPrefix(e.KB, "region:"):
		country, name, _ := strings.Cut(strings.TrimPrefix(e.KB, "region:"), ":")
		lat, lon, ok := g.kb.RegionCentre(name, country)
		if !ok {
			return chronicle.Place{}, false
		}
		return chronicle.Place{Name: e.Name, Country: country, Lat: lat, Lon: lon}, true
	case e.KB == "":
		if at, ok := worldRegions[e.Name]; ok {
			return chronicle.Place{Name: e.Name, Lat: at[0], Lon: at[1]}, true
		}
	}
	return chronicle.Place{}, false
}

// worldRegions places the continents and the world regions news names, at
// rough geographic centres (written for Chronicle from public atlas facts;
// good to a few hundred kilometres, as a region's centre can be).
var worldRegions = map[string][2]float64{
	"Africa": {2, 17}, "Asia": {43, 87}, "Europe": {53, 15}, "North America": {45, -100},
	"South America": {-15, -60}, "Latin America": {-5, -65}, "Central America": {13, -86},
	"Americas": {15, -85}, "the Americas": {15, -85}, "Oceania": {-18, 140}, "Antarctica": {-80, 0},
	"Middle East": {29, 45}, "Caribbean": {17, -72}, "Southeast Asia": {5, 110}, "South East Asia": {5, 110},
	"South Asia": {23, 80}, "East Asia": {35, 115}, "Central Asia": {43, 65}, "West Africa": {12, -3},
	"East Africa": {0, 36}, "North Africa": {27, 12}, "Southern Africa": {-25, 25}, "Central Africa": {2, 20},
	"Sub-Saharan Africa": {0, 20}, "Horn of Africa": {8, 45}, "Western Europe": {48, 5}, "Eastern Europe": {50, 30},
	"Central Europe": {50, 15}, "Northern Europe": {60, 15}, "Southern Europe": {41, 14}, "Scandinavia": {63, 15},
	"Balkans": {43, 21}, "Caucasus": {42, 45}, "Sahel": {14, 5}, "Sahara": {23, 13}, "Siberia": {60, 100},
	"Arctic": {80, 0}, "Gulf": {27, 51}, "Persian Gulf": {27, 51}, "Mediterranean": {35, 18},
	"Pacific": {0, -160}, "Atlantic": {0, -30}, "Indian Ocean": {-20, 80}, "Black Sea": {43, 35},
	"Red Sea": {20, 38}, "South China Sea": {12, 114}, "Baltic": {58, 20}, "Korean Peninsula": {38, 127.5},
	"Gaza Strip": {31.4, 34.4}, "West Bank": {32, 35.25},
}

// namesPlace tells whether a mention's text names a place rather than a
// people or a language: demonyms ("Russian", "Saudi") do not.
func (g *Geocoder) namesPlace(text string) bool {
	if _, ok := g.kb.CountryByDemonym(text); ok {
		if _, named := g.kb.CountryByName(text); !named {
			return false
		}
	}
	return true
}
