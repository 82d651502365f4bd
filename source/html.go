package source

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"github.com/chronicle-news/chronicle"
	"golang.org/x/net/html"
)

// readHTML reads an HTML page: metadata from the whole page, text from the
// article body that readability finds. pageURL, when known, is the address
// the page was fetched from; it resolves a relative canonical link.
func readHTML(data []byte, pageURL string) (doc chronicle.Document, err error) {
	s, err := decode(data, true)
	if err != nil {
		return chronicle.Document{}, err
	}
	page, err := goquery.NewDocumentFromReader(strings.NewReader(s))
	if err != nil {
		return chronicle.Document{}, fmt.Errorf("parse HTML: %w", err)
	}
	base, _ := url.Parse(pageURL)
	if pageURL == "" || base == nil || !base.IsAbs() {
		base = nil
	}
	metas := metaContent(page)
	doc.Title = pageTitle(page, metas)
	doc.URL = canonicalURL(page, metas, base)
	doc.Published = publishedDate(page, metas)

	body, err := articleText(page, base)
	if err != nil {
		return chronicle.Document{}, err
	}
	doc.Text = body
	return doc, nil
}

// articleText runs readability over the parsed page (which it changes) and
// renders the body it finds, one paragraph per line.
func articleText(page *goquery.Document, base *url.URL) (text string, err error) {
	// Library code must not panic on input; readability is a large heuristic
	// engine, so a panic inside it becomes this page's error.
	defer func() {
		if p := recover(); p != nil {
			text, err = "", fmt.Errorf("extract article body: internal error: %v", p)
		}
	}()
	if len(page.Nodes) == 0 {
		return "", ErrNoBody
	}
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(page.Nodes[0], base)
	if err != nil {
		return "", fmt.Errorf("extract article body: %s", strings.ReplaceAll(err.Error(), "\n", " "))
	}
	if article.Node == nil {
		return "", ErrNoBody
	}
	var w paragraphs
	w.walk(article.Node)
	w.flush()
	text = Tidy(strings.Join(w.list, "\n"))
	// A "body" made only of link text is the navigation readability fell
	// back on when the page has no article.
	if text == "" || w.outLinks == 0 {
		return "", ErrNoBody
	}
	return text, nil
}

// paragraphs renders HTML as text with one paragraph-level element
// (paragraph, heading, list item, quotation, preformatted line) per line.
type paragraphs struct {
	list []string
	buf  strings.Builder

	inLink          int // depth of <a> elements around the current node
	chars, outLinks int // non-space characters seen, and those outside links
}

// blockTags start and end a paragraph. Containers (div, section, ul,
// blockquote ...) are here too, so loose text between their children becomes
// a paragraph of its own instead of running into its neighbours.
var blockTags = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "div": true, "section": true, "article": true,
	"main": true, "header": true, "footer": true, "aside": true, "nav": true,
	"figure": true, "figcaption": true, "table": true, "thead": true, "tbody": true,
	"tfoot": true, "tr": true, "caption": true, "ul": true, "ol": true, "dl": true,
	"dt": true, "dd": true, "address": true, "details": true, "summary": true,
	"form": true, "fieldset": true, "legend": true, "hr": true, "center": true,
	"body": true, "html": true,
}

// skipTags hold no reading text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"iframe": true, "svg": true, "math": true, "button": true, "select": true,
	"textarea": true, "object": true, "embed": true, "canvas": true,
}

func (w *paragraphs) flush() {
	if p := strings.Join(strings.Fields(w.buf.String()), " "); p != "" {
		w.list = append(w.list, p)
	}
	w.buf.Reset()
}

func (w *paragraphs) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		w.count(n.Data)
		return
	case html.ElementNode:
		tag := n.Data
		switch {
		case skipTags[tag]:
			return
		case tag == "br":
			w.flush()
			return
		case tag == "pre":
			w.flush()
			w.pre(n)
			return
		case tag == "td" || tag == "th":
			w.buf.WriteByte(' ')
			w.children(n)
			w.buf.WriteByte(' ')
			return
		case tag == "a":
			w.inLink++
			w.children(n)
			w.inLink--
			return
		case blockTags[tag]:
			w.flush()
			w.children(n)
			w.flush()
			return
		}
		w.children(n)
	case html.DocumentNode:
		w.children(n)
	}
}

func (w *paragraphs) count(s string) {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			w.chars++
			if w.inLink == 0 {
				w.outLinks++
			}
		}
	}
}

func (w *paragraphs) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// pre keeps the lines of preformatted text, each its own paragraph, with
// blank lines dropped.
func (w *paragraphs) pre(n *html.Node) {
	var b strings.Builder
	var collect func(*html.Node)
	collect = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			w.count(n.Data)
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteByte('\n')
		case n.Type == html.ElementNode && skipTags[n.Data]:
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				collect(c)
			}
		}
	}
	collect(n)
	for line := range strings.Lines(b.String()) {
		if line = strings.TrimRight(line, " \t\r\n"); strings.TrimSpace(line) != "" {
			w.list = append(w.list, line)
		}
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// metaContent maps the lower-cased property, name and itemprop of each meta
// tag to its first non-empty content.
func metaContent(page *goquery.Document) map[string]string {
	metas := map[string]string{}
	page.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content := strings.TrimSpace(s.AttrOr("content", ""))
		if content == "" {
			return
		}
		for _, attr := range []string{"property", "name", "itemprop"} {
			if k, ok := s.Attr(attr); ok {
				k = strings.ToLower(strings.TrimSpace(k))
				if _, seen := metas[k]; !seen {
					metas[k] = content
				}
			}
		}
	})
	return metas
}

func pageTitle(page *goquery.Document, metas map[string]string) string {
	if t := oneLine(metas["og:title"]); t != "" {
		return t
	}
	if t := oneLine(page.Find("head title").First().Text()); t != "" {
		return t
	}
	return oneLine(page.Find("h1").First().Text())
}

func canonicalURL(page *goquery.Document, metas map[string]string, base *url.URL) string {
	var found string
	page.Find("link[rel][href]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if slices.Contains(strings.Fields(strings.ToLower(s.AttrOr("rel", ""))), "canonical") {
			found = strings.TrimSpace(s.AttrOr("href", ""))
		}
		return found == ""
	})
	if found == "" {
		found = metas["og:url"]
	}
	if found == "" {
		return ""
	}
	u, err := url.Parse(found)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return found
		}
		u = base.ResolveReference(u)
	}
	return u.String()
}

// publishedMetas are the meta keys (lower-cased) that carry a publication
// date, in order of trust.
var publishedMetas = []string{
	"article:published_time", "og:published_time", "og:article:published_time",
	"date", "pubdate", "publishdate", "dc.date.issued", "dcterms.issued",
	"datepublished", "parsely-pub-date", "sailthru.date",
}

func publishedDate(page *goquery.Document, metas map[string]string) string {
	for _, k := range publishedMetas {
		if d, ok := NormalizeDate(metas[k]); ok {
			return d
		}
	}
	if d, ok := NormalizeDate(jsonLDPublished(page)); ok {
		return d
	}
	var found string
	try := func(sel string) {
		if found != "" {
			return
		}
		page.Find(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			for _, v := range []string{s.AttrOr("datetime", ""), s.AttrOr("content", ""), s.Text()} {
				if d, ok := NormalizeDate(v); ok {
					found = d
					return false
				}
			}
			return true
		})
	}
	try(`[itemprop="datePublished"]`)
	try("article time[datetime]")
	try("time[pubdate]")
	return found
}

// jsonLDPublished finds datePublished in the page's JSON-LD blocks, looking
// through arrays and @graph lists breadth first and preferring an object
// whose @type is an article of some kind over, say, the WebPage around it.
func jsonLDPublished(page *goquery.Document) string {
	var first, article string
	page.Find("script").Each(func(_ int, s *goquery.Selection) {
		if article != "" {
			return
		}
		typ := strings.ToLower(strings.TrimSpace(s.AttrOr("type", "")))
		if !strings.HasPrefix(typ, "application/ld+json") {
			return
		}
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return // broken JSON-LD is common and not this input's fault
		}
		queue := []any{v}
		for len(queue) > 0 && article == "" {
			v := queue[0]
			queue = queue[1:]
			switch v := v.(type) {
			case []any:
				queue = append(queue, v...)
			case map[string]any:
				if d, ok := v["datePublished"].(string); ok && strings.TrimSpace(d) != "" {
					if first == "" {
						first = d
					}
					if isArticleType(v["@type"]) {
						article = d
					}
				}
				keys := make([]string, 0, len(v))
				for k := range v {
					keys = append(keys, k)
				}
				slices.Sort(keys) // map order is random; the choice must not be
				if g, ok := v["@graph"]; ok {
					queue = append(queue, g)
				}
				for _, k := range keys {
					if k != "@graph" {
						queue = append(queue, v[k])
					}
				}
			}
		}
	})
	if article != "" {
		return article
	}
	return first
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		t = strings.ToLower(t)
		return strings.Contains(t, "article") || strings.Contains(t, "posting") || strings.HasSuffix(t, "report")
	case []any:
		return slices.ContainsFunc(t, isArticleType)
	}
	return false
}
