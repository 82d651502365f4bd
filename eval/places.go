package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// GeoArticle is one article of a geoparsing gold set: its text and its
// place mentions, with byte offsets into the text and the coordinates each
// names.
type GeoArticle struct {
	Source string
	Text   string
	Places []GeoMention
}

// GeoMention is one gold place mention.
type GeoMention struct {
	chronicle.Span
	Name     string
	Lat, Lon float64
}

// ReadGeoVirus reads the GeoVirus gold (Gritta et al. 2018): <article>
// elements with <text> and <location> entries whose <start> and <end> count
// characters from 1. Offsets are turned into byte offsets; a location whose
// span is out of range or does not spell its name is an error naming the
// article.
func ReadGeoVirus(r io.Reader) ([]GeoArticle, error) {
	var doc struct {
		Articles []struct {
			Source    string `xml:"source"`
			Text      string `xml:"text"`
			Locations []struct {
				Name  string  `xml:"name"`
				Start int     `xml:"start"`
				End   int     `xml:"end"`
				Lat   float64 `xml:"lat"`
				Lon   float64 `xml:"lon"`
			} `xml:"locations>location"`
		} `xml:"article"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("geovirus: %w", err)
	}
	out := make([]GeoArticle, 0, len(doc.Articles))
	for i, a := range doc.Articles {
		// byteAt[c] is the byte offset of character c.
		byteAt := make([]int, 0, len(a.Text)+1)
		for b := range a.Text {
			byteAt = append(byteAt, b)
		}
		byteAt = append(byteAt, len(a.Text))
		g := GeoArticle{Source: a.Source, Text: a.Text}
		for _, l := range a.Locations {
			s, e := l.Start-1, l.End-1
			if s < 0 || e > utf8.RuneCountInString(a.Text) || s >= e {
				return nil, fmt.Errorf("geovirus: article %d (%s): location %q at %d-%d is outside the text", i+1, a.Source, l.Name, l.Start, l.End)
			}
			sp := chronicle.Span{Start: byteAt[s], End: byteAt[e]}
			if got := sp.In(a.Text); got != l.Name {
				return nil, fmt.Errorf("geovirus: article %d (%s): location %q at %d-%d spells %q", i+1, a.Source, l.Name, l.Start, l.End, got)
			}
			g.Places = append(g.Places, GeoMention{Span: sp, Name: l.Name, Lat: l.Lat, Lon: l.Lon})
		}
		out = append(out, g)
	}
	return out, nil
}

// PlaceScore counts how a record's places match gold place mentions:
// mentions found with the exact span, and of those, how many are placed
// within NearKm of the gold point.
type PlaceScore struct {
	Counts
	Near    int     `json:"near"`     // found mentions placed within NearKm of the gold point
	ErrorKm float64 `json:"error_km"` // summed distance of the found mentions from their gold points
}

// NearKm is the distance within which a geocoded mention counts as right,
// 161 km (100 miles), as geoparsing evaluations use.
const NearKm = 161

// Add adds o to s.
func (s *PlaceScore) Add(o PlaceScore) {
	s.Counts.Add(o.Counts)
	s.Near += o.Near
	s.ErrorKm += o.ErrorKm
}

// NearShare is the share of found mentions placed within NearKm.
func (s PlaceScore) NearShare() float64 { return ratio(s.Near, s.Correct) }

// MeanErrorKm is the mean distance of found mentions from their gold points.
func (s PlaceScore) MeanErrorKm() float64 {
	if s.Correct == 0 {
		return 0
	}
	return s.ErrorKm / float64(s.Correct)
}

// ScorePlaces scores one article's places against its gold mentions.
func ScorePlaces(g GeoArticle, places []chronicle.Place) PlaceScore {
	type at struct{ lat, lon float64 }
	pred := map[chronicle.Span]at{}
	for _, p := range places {
		for _, m := range p.Mentions {
			pred[m.Span] = at{p.Lat, p.Lon}
		}
	}
	s := PlaceScore{Counts: Counts{Predicted: len(pred)}}
	seen := map[chronicle.Span]bool{}
	for _, m := range g.Places {
		if seen[m.Span] {
			continue
		}
		seen[m.Span] = true
		s.Gold++
		p, ok := pred[m.Span]
		if !ok {
			continue
		}
		s.Correct++
		d := distanceKm(m.Lat, m.Lon, p.lat, p.lon)
		s.ErrorKm += d
		if d <= NearKm {
			s.Near++
		}
	}
	return s
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, h)))
}
