package source

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func TestJSONLines(t *testing.T) {
	page := articleHTML(`<title>From the page</title><link rel="canonical" href="/a/2">
<meta property="article:published_time" content="2024-02-02T08:00:00Z">`, "<p>"+para1+"</p><p>"+para2+"</p>")
	lines := []string{
		`{"id":"a-1","url":"https://example.com/a/1","title":"  First  story ","published":"2024-01-31T23:00:00-08:00","text":"Para one.\r\nPara two.  "}`,
		``,
		`{"id":17,"url":"https://example.com/feed/2","html":` + quoteJSON(page) + `}`,
		`{"title":"Line title wins","published":"not a date","html":` + quoteJSON(page) + `}`,
		`{"text":"Both given: text wins.","html":"<p>ignored</p>","extra":{"nested":[1,2]}}`,
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"feed.jsonl": "\uFEFF" + strings.Join(lines, "\r\n") + "\n"})
	t.Chdir(dir)
	docs, errs := collect([]string{"feed.jsonl"}, "", Options{Published: "2000-01-01"})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []chronicle.Document{
		{ID: "a-1", Source: "feed.jsonl:1", Title: "First story", URL: "https://example.com/a/1", Published: "2024-01-31", Text: "Para one.\nPara two."},
		{ID: "17", Source: "feed.jsonl:3", Title: "From the page", URL: "https://example.com/feed/2", Published: "2024-02-02", Text: para1 + "\n" + para2},
		{Source: "feed.jsonl:4", Title: "Line title wins", URL: "/a/2", Published: "2024-02-02", Text: para1 + "\n" + para2},
		{Source: "feed.jsonl:5", Published: "2000-01-01", Text: "Both given: text wins."},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents, want %d: %+v", len(docs), len(want), docs)
	}
	for i := range want {
		if docs[i] != want[i] {
			t.Errorf("line document %d:\n got %+v\nwant %+v", i, docs[i], want[i])
		}
	}
}

func TestJSONLinesHTMLWithoutBody(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"f.ndjson": `{"html":"<html><body></body></html>"}` + "\n" + `{"text":"ok"}`})
	docs, errs := collect([]string{filepath.Join(dir, "f.ndjson")}, "", Options{})
	if len(docs) != 1 || len(errs) != 1 || errs[0].Error() != "read "+filepath.Join(dir, "f.ndjson")+":1: no article body found" {
		t.Errorf("got %+v, errors %v", docs, errs)
	}
}

func TestReadLine(t *testing.T) {
	// Lines longer than the reader's buffer are still read whole.
	long := strings.Repeat("x", 200<<10)
	docs, errs := collect([]string{"-"}, `{"text":"`+long+`"}`+"\n"+`{"text":"y"}`, Options{})
	if len(errs) > 0 || len(docs) != 2 || len(docs[0].Text) != len(long) || docs[1].Text != "y" {
		t.Errorf("got %d documents, errors %v", len(docs), errs)
	}
}

func quoteJSON(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
