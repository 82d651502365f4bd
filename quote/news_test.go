package quote

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// TestNewsGold scores direct quotes on a few hand-annotated news articles
// (testdata/news-gold.tsv: offsets and speaker names only). A gold quote is
// found when a direct quote covers at least half of it; its speaker is right
// when the quote's speaker name is, contains or ends one of the acceptable
// names (no entities are given, so names are speaker phrases).
func TestNewsGold(t *testing.T) {
	dir := filepath.Join(sharedDir(t, "corpora"), "news")
	f, err := os.Open(filepath.Join("testdata", "news-gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cache := map[string][]chronicle.Quote{}
	total, found, right := 0, 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("bad gold line %q", line)
		}
		start, _ := strconv.Atoi(cols[1])
		end, _ := strconv.Atoi(cols[2])
		qs, ok := cache[cols[0]]
		if !ok {
			raw, err := os.ReadFile(filepath.Join(dir, cols[0]))
			if err != nil {
				t.Skipf("news article missing: %v", err)
			}
			doc := string(raw)
			qs, _ = Extract(doc, text.Segment(doc), nil)
			cache[cols[0]] = qs
		}
		total++
		gold := chronicle.Span{Start: start, End: end}
		var hit *chronicle.Quote
		for i, q := range qs {
			lo, hi := max(q.Start, gold.Start), min(q.End, gold.End)
			if q.Direct && hi-lo > 0 && 2*(hi-lo) >= gold.Len() {
				hit = &qs[i]
				break
			}
		}
		if hit == nil {
			t.Logf("%s: missed quote at %d-%d", cols[0], start, end)
			continue
		}
		found++
		if speakerMatches(*hit, strings.Split(cols[3], "|"), true) {
			right++
		} else {
			t.Logf("%s %d: speaker %q, want one of %s", cols[0], start, hit.SpeakerName, cols[3])
		}
	}
	recall := float64(found) / float64(max(total, 1))
	acc := float64(right) / float64(max(found, 1))
	t.Logf("news gold: recall %d/%d = %.3f, speaker accuracy %d/%d = %.3f", found, total, recall, right, found, acc)
	if recall < 0.95 || acc < 0.93 {
		t.Errorf("recall %.3f (floor 0.95), speaker accuracy %.3f (floor 0.93)", recall, acc)
	}
}
