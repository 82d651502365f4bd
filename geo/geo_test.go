package geo

import (
	"strconv"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
)

func TestPlaces(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	munich := k.Cities("Munich")[0]
	ents := []chronicle.Entity{
		{Name: "Russia", Type: "GPE", KB: "country:RUS", Mentions: []chronicle.Mention{{Text: "Russian"}, {Text: "Moscow"}}},
		{Name: "Munich", Type: "GPE", KB: "geonames:" + strconv.Itoa(munich.GeonameID), Mentions: []chronicle.Mention{{Text: "Munich"}}},
		{Name: "Donald Trump", Type: "PERSON", KB: "person:donald-trump", Mentions: []chronicle.Mention{{Text: "Trump"}}},
		{Name: "Atlantis", Type: "LOC", Mentions: []chronicle.Mention{{Text: "Atlantis"}}},
		{Name: "Ukraine", Type: "GPE", KB: "country:UKR", Mentions: []chronicle.Mention{{Text: "Ukrainian"}}},
	}
	got := New(k).Places(ents)
	if len(got) != 2 {
		t.Fatalf("got %d places %+v, want Russia and Munich", len(got), got)
	}
	moscow := k.Cities("Moscow")[0]
	if got[0].Name != "Moscow" || got[0].GeonamesID != moscow.GeonameID || len(got[0].Mentions) != 1 {
		t.Errorf("got %+v, want Moscow the city for the capital folded into Russia", got[0])
	}
	if got[1].GeonamesID != munich.GeonameID || got[1].Country != "DEU" || got[1].Lat != munich.Lat {
		t.Errorf("Munich: %+v", got[1])
	}
	// "Russian" names no place, so Russia itself has no mention left.
	for _, p := range got {
		if p.Name == "Russia" {
			t.Errorf("Russia listed with mentions %+v", p.Mentions)
		}
	}
}

// TestRegionsAndContinents: a state is placed inside its country's cities'
// box, a continent at its fixed centre, an unknown place nowhere.
func TestRegionsAndContinents(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	ents := []chronicle.Entity{
		{Name: "California", Type: "GPE", KB: "region:USA:California", Country: "USA", Mentions: []chronicle.Mention{{Text: "California"}}},
		{Name: "Africa", Type: "LOC", KB: "area:Africa", Mentions: []chronicle.Mention{{Text: "Africa"}}},
		{Name: "Narnia", Type: "LOC", Mentions: []chronicle.Mention{{Text: "Narnia"}}},
	}
	got := New(k).Places(ents)
	if len(got) != 2 {
		t.Fatalf("got %+v, want California and Africa", got)
	}
	if c := got[0]; c.Country != "USA" || c.Lat < 34 || c.Lat > 39 || c.Lon < -122 || c.Lon > -116 {
		t.Errorf("California at %+v, want inside the state", c)
	}
	if a := got[1]; a.Country != "" || a.Lat < -10 || a.Lat > 15 {
		t.Errorf("Africa at %+v", a)
	}
}

// TestRegionMentionIsNotTheCapital: a state named like its country's
// capital (Washington) is placed as the state.
func TestRegionMentionIsNotTheCapital(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	got := New(k).Places([]chronicle.Entity{{Name: "Washington", Type: "GPE", KB: "region:USA:Washington", Country: "USA",
		Mentions: []chronicle.Mention{{Text: "Washington"}}}})
	if len(got) != 1 || got[0].GeonamesID != 0 || got[0].Lon > -110 {
		t.Errorf("Washington state placed at %+v, want the state, not the capital", got)
	}
}

// A place's mention that ends on the division's word ("Batken region")
// is geocoded under the toponym alone.
func TestToponym(t *testing.T) {
	m := toponym(chronicle.Mention{Span: chronicle.Span{Start: 10, End: 23}, Text: "Batken region"})
	if m.Text != "Batken" || m.Span.End != 16 {
		t.Errorf("toponym = %+v, want Batken ending at 16", m)
	}
	if m := toponym(chronicle.Mention{Span: chronicle.Span{Start: 0, End: 9}, Text: "Melbourne"}); m.Text != "Melbourne" || m.Span.End != 9 {
		t.Errorf("toponym = %+v, want Melbourne unchanged", m)
	}
}
