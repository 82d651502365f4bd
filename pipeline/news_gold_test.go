package pipeline

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/eval"
)

// TestNewsGoldFloors guards the figures reached on the invented wire
// stories of testdata/news (chronicle eval article --gold testdata/news):
// entities with the right name, type and country, and direct quotes with an
// acceptable speaker, summed over every article.
func TestNewsGoldFloors(t *testing.T) {
	const entitiesFloor, speakersFloor = 14699, 6034
	files, err := eval.GoldFiles(filepath.Join("..", "testdata", "news"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var total eval.ArticleScore
	for _, f := range files {
		rec, g := goldRecord(t, p, f)
		total.Add(strings.TrimSuffix(filepath.Base(f), ".gold.json"), eval.ScoreArticle(rec, g))
	}
	t.Logf("%d articles: entities right %d/%d, direct quotes found %d/%d, speakers right %d",
		len(files), total.EntitiesRight, total.Entities, total.QuotesFound, total.Quotes, total.SpeakersRight)
	if total.EntitiesRight < entitiesFloor {
		t.Errorf("entities right %d/%d, floor %d; missed %q", total.EntitiesRight, total.Entities, entitiesFloor, total.MissedEntities)
	}
	if total.SpeakersRight < speakersFloor {
		t.Errorf("speakers right %d/%d, floor %d; wrong %q", total.SpeakersRight, total.Quotes, speakersFloor, total.WrongSpeakers)
	}
}
