package eval

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func TestReadGeoVirus(t *testing.T) {
	xml := `<articles><article><source>s1</source><text>Flu in Zürich and Bern.</text><locations>
<location><name>Zürich</name><start>8</start><end>14</end><lat>47.37</lat><lon>8.54</lon></location>
<location><name>Bern</name><start>19</start><end>23</end><lat>46.95</lat><lon>7.45</lon></location>
</locations></article></articles>`
	arts, err := ReadGeoVirus(strings.NewReader(xml))
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	for i, want := range []string{"Zürich", "Bern"} {
		if got := a.Places[i].In(a.Text); got != want {
			t.Errorf("place %d spans %q, want %q (character offsets from 1 turned into byte offsets)", i, got, want)
		}
	}
	misspelt := strings.Replace(xml, "<name>Bern</name>", "<name>Basel</name>", 1)
	if _, err := ReadGeoVirus(strings.NewReader(misspelt)); err == nil || !strings.Contains(err.Error(), "Basel") {
		t.Errorf("a span that does not spell its name: error %v, want one naming it", err)
	}
	bad := strings.Replace(xml, "<end>23</end>", "<end>99</end>", 1)
	if _, err := ReadGeoVirus(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "s1") {
		t.Errorf("out-of-range location: error %v, want one naming the article", err)
	}
}

func TestScorePlaces(t *testing.T) {
	g := GeoArticle{Text: "Flu in Zürich and Bern.", Places: []GeoMention{
		{Span: chronicle.Span{Start: 7, End: 14}, Lat: 47.37, Lon: 8.54},
		{Span: chronicle.Span{Start: 19, End: 23}, Lat: 46.95, Lon: 7.45},
	}}
	places := []chronicle.Place{
		{Name: "Zürich", Lat: 47.37, Lon: 8.54, Mentions: []chronicle.Mention{{Span: chronicle.Span{Start: 7, End: 14}}}},
		{Name: "Bern", Lat: 40, Lon: 7.45, Mentions: []chronicle.Mention{{Span: chronicle.Span{Start: 19, End: 23}}}},
		{Name: "Flu", Mentions: []chronicle.Mention{{Span: chronicle.Span{Start: 0, End: 3}}}},
	}
	s := ScorePlaces(g, places)
	if s.Gold != 2 || s.Predicted != 3 || s.Correct != 2 || s.Near != 1 {
		t.Errorf("score %+v, want 2 gold, 3 predicted, 2 correct, 1 near", s)
	}
	if km := s.MeanErrorKm(); km < 350 || km > 400 {
		t.Errorf("mean error %.0f km, want about 386 (Bern placed 7 degrees south)", km)
	}
}
