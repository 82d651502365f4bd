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
	"github.com/chronicle-news/chronicle/text"
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
		country := strings.HasPrefix(e.KB, "country:")
		for _, m := range e.Mentions {
			m = toponym(m)
			if !g.namesPlace(m.Text) {
				continue
			}
			if !country {
				p.Mentions = append(p.Mentions, m)
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

// toponym is the part of a mention that is the place's name: a mention
// may end on the division's word the text writes after it ("Batken
// region"), which names no place of its own.
func toponym(m chronicle.Mention) chronicle.Mention {
	i := strings.LastIndexByte(m.Text, ' ')
	if i <= 0 || !text.DivisionWord(m.Text[i+1:]) {
		return m
	}
	m.Span.End -= len(m.Text) - i
	m.Text = m.Text[:i]
	return m
}

// cityIn finds the city a mention of country place p names, when the
// mention is not the country's own name: "Kiev" in Ukraine.
func (g *Geocoder) cityIn(text string, p chronicle.Place) (chronicle.Place, bool) {
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
	case strings.HasPrefix(e.KB, "area:"):
		a, ok := g.kb.Area(strings.TrimPrefix(e.KB, "area:"))
		if !ok {
			return chronicle.Place{}, false
		}
		return chronicle.Place{Name: e.Name, Country: a.Country, Lat: a.Lat, Lon: a.Lon}, true
	}
	return chronicle.Place{}, false
}

// namesPlace tells whether a mention's text names a place rather than a
// people or a language: demonyms ("Russian", "Saudi") and the adjectives of
// regions ("European") do not.
func (g *Geocoder) namesPlace(text string) bool {
	if _, ok := g.kb.AreaByAdjective(text); ok {
		return false
	}
	if _, ok := g.kb.CountryByDemonym(text); ok {
		if _, named := g.kb.CountryByName(text); !named {
			return false
		}
	}
	return true
}
