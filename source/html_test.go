package source

import (
	"strings"
	"testing"
)

func TestHTMLParagraphs(t *testing.T) {
	body := `<h1>Ministers meet in Geneva</h1>
<p class="lede">` + para1 + `</p>
<h2>Talks to continue</h2>
<p>` + para2 + ` It was <b>the third</b> such <a href="/m">meeting</a>
   this   year.</p>
<ul><li>First point of the agreement.</li><li>Second point, <i>with</i> emphasis.</li></ul>
<blockquote><p>“We made real progress,” the minister said.</p><p>“More is needed.”</p></blockquote>
<pre>line one
  line two

line three</pre>
<p>Dateline<br>GENEVA</p>`
	page := articleHTML(`<title>Page | Site</title>`, body)
	doc, err := readHTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"Ministers meet in Geneva", // kept: it does not repeat the <title>
		para1,
		"Talks to continue",
		para2 + " It was the third such meeting this year.",
		"First point of the agreement.",
		"Second point, with emphasis.",
		"“We made real progress,” the minister said.",
		"“More is needed.”",
		"line one",
		"  line two",
		"line three",
		"Dateline",
		"GENEVA",
	}, "\n")
	if doc.Text != want {
		t.Errorf("text:\n got %q\nwant %q", doc.Text, want)
	}
	if strings.Contains(doc.Text, "Home") || strings.Contains(doc.Text, "About us") {
		t.Errorf("navigation kept in the body: %q", doc.Text)
	}
}

func TestHTMLMetadata(t *testing.T) {
	body := "<p>" + para1 + "</p><p>" + para2 + "</p>"
	tests := []struct {
		name                  string
		head                  string
		body                  string // defaults to body above
		title, url, published string
	}{
		{
			name:  "og:title over title",
			head:  `<title>Page | Site</title><meta property="og:title" content="  Geneva   talks ">`,
			title: "Geneva talks",
		},
		{
			name:  "title",
			head:  `<title>Page | Site</title>`,
			title: "Page | Site",
		},
		{
			name:  "h1 when there is no title",
			body:  "<h1>Heading <em>one</em></h1>" + body,
			title: "Heading one",
		},
		{
			name: "canonical over og:url",
			head: `<meta property="og:url" content="https://example.com/og">
<link rel="stylesheet" href="/s.css"><link rel="Canonical" href="https://example.com/canonical">`,
			url: "https://example.com/canonical",
		},
		{
			name: "og:url",
			head: `<meta property="og:url" content="https://example.com/og">`,
			url:  "https://example.com/og",
		},
		{
			name:      "article:published_time keeps the local day",
			head:      `<meta property="article:published_time" content="2024-03-05T23:30:00-05:00">`,
			published: "2024-03-05",
		},
		{
			name:      "og:published_time",
			head:      `<meta property="og:published_time" content="2024-03-06">`,
			published: "2024-03-06",
		},
		{
			name:      "name=date",
			head:      `<meta name="date" content="2024-03-07 08:00:00">`,
			published: "2024-03-07",
		},
		{
			name:      "pubdate",
			head:      `<meta name="pubdate" content="20240308">`,
			published: "2024-03-08",
		},
		{
			name:      "publishdate",
			head:      `<meta name="publishdate" content="March 9, 2024">`,
			published: "2024-03-09",
		},
		{
			name:      "DC.date.issued",
			head:      `<meta name="DC.date.issued" content="2024-03-10">`,
			published: "2024-03-10",
		},
		{
			name:      "unparsable meta falls through to the next",
			head:      `<meta property="article:published_time" content="last week"><meta name="date" content="2024-03-11">`,
			published: "2024-03-11",
		},
		{
			name:      "itemprop datePublished on meta",
			body:      `<meta itemprop="datePublished" content="2024-03-12">` + body,
			published: "2024-03-12",
		},
		{
			name:      "itemprop datePublished on time",
			body:      `<span>By A. Writer, <time itemprop="datePublished" datetime="2024-03-13T09:00:00Z">13 March</time></span>` + body,
			published: "2024-03-13",
		},
		{
			name:      "time in the article",
			body:      `<p>Posted <time datetime="2024-03-14">Thursday</time></p>` + body,
			published: "2024-03-14",
		},
		{
			name: "JSON-LD object",
			head: `<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2024-03-15T12:00:00+01:00"}
</script>`,
			published: "2024-03-15",
		},
		{
			name: "JSON-LD @graph prefers the article",
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","datePublished":"2020-01-01"},
{"@type":["ReportageNewsArticle"],"datePublished":"2024-03-16"}]}</script>`,
			published: "2024-03-16",
		},
		{
			name: "JSON-LD array, after broken JSON-LD",
			head: `<script type="application/ld+json">{"broken": </script>
<script type="application/ld+json">[{"@type":"Organization","name":"x"},{"@type":"BlogPosting","datePublished":"Sat, 16 Mar 2024 10:00:00 GMT"}]</script>`,
			published: "2024-03-16",
		},
		{
			name:      "JSON-LD non-article date when it is the only one",
			head:      `<script type="application/ld+json">{"@type":"WebPage","datePublished":"2024-03-17"}</script>`,
			published: "2024-03-17",
		},
		{
			name: "meta before JSON-LD",
			head: `<meta property="article:published_time" content="2024-03-18">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-01"}</script>`,
			published: "2024-03-18",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.body
			if b == "" {
				b = body
			}
			doc, err := readHTML([]byte(articleHTML(tt.head, b)), "")
			if err != nil {
				t.Fatal(err)
			}
			if tt.title != "" && doc.Title != tt.title {
				t.Errorf("title: got %q, want %q", doc.Title, tt.title)
			}
			if doc.URL != tt.url {
				t.Errorf("url: got %q, want %q", doc.URL, tt.url)
			}
			if doc.Published != tt.published {
				t.Errorf("published: got %q, want %q", doc.Published, tt.published)
			}
			if !strings.Contains(doc.Text, para2) {
				t.Errorf("body lost: %q", doc.Text)
			}
		})
	}
}

func TestHTMLRelativeCanonical(t *testing.T) {
	page := articleHTML(`<link rel="canonical" href="/news/1">`, "<p>"+para1+"</p>")
	doc, err := readHTML([]byte(page), "https://example.com/feed/item?id=1")
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://example.com/news/1"; doc.URL != want {
		t.Errorf("got %q, want %q", doc.URL, want)
	}
}

func TestHTMLCharsets(t *testing.T) {
	tests := []struct {
		name string
		head string
		para string // the paragraph's bytes as written in the page
		want string
	}{
		{"windows-1252 declared", `<meta charset="windows-1252">`, "\x93Progress,\x94 said the caf\xe9 owner.", "“Progress,” said the café owner."},
		{"undeclared legacy bytes", ``, "\x93Progress,\x94 said the caf\xe9 owner.", "“Progress,” said the café owner."},
		{"iso-8859-2 declared", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">`, "\xa3\xf3d\xbc is a city.", "Łódź is a city."},
		{"utf-8 despite a latin-1 label", `<meta charset="iso-8859-1">`, "“Progress,” said the café owner.", "“Progress,” said the café owner."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := articleHTML(tt.head, "<p>"+tt.para+" "+para1+"</p>")
			doc, err := readHTML([]byte(page), "")
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.want + " " + para1; doc.Text != want {
				t.Errorf("got %q, want %q", doc.Text, want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want format
	}{
		{"<!DOCTYPE html><html>", hypertext},
		{"\uFEFF  <html lang=en>", hypertext},
		{"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", hypertext},
		{"<p>A paragraph.</p>", hypertext},
		{"<pre>code</pre>", text},
		{"<?xml version=\"1.0\"?><rss>", text},
		{"<3 you", text},
		{"  {\"text\": \"x\"}", jsonLines},
		{"Plain words <html> later", text},
		{"", text},
		{"{\x00\x01binary", text},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("sniff(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
