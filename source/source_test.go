package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// writeFiles creates files (path → content) under dir, with parents.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// collect runs Documents to the end.
func collect(args []string, stdin string, opt Options) (docs []chronicle.Document, errs []error) {
	for doc, err := range Documents(args, strings.NewReader(stdin), opt) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errs
}

// articleHTML is a page readability recognises as an article.
func articleHTML(head, body string) string {
	return `<!DOCTYPE html><html><head>` + head + `</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>` + body + `</article>
<footer><a href="/about">About us</a></footer>
</body></html>`
}

const (
	para1 = "Foreign ministers from France and Germany met in Geneva on Tuesday to discuss the crisis on the border, officials said, in a meeting that lasted more than four hours."
	para2 = "The talks will continue next week, according to a statement released by the French foreign ministry after the meeting ended late in the evening on Tuesday."
)

func TestDocumentsBadInputs(t *testing.T) {
	invalid := "Café au lait, naïve façade.\nA stray byte \xff here."
	tests := []struct {
		name  string
		files map[string]string
		setup func(t *testing.T) // extra files, made in the working directory
		args  []string           // inputs between good1.txt and good2.txt
		opt   Options
		want  []string // exact error messages
		docs  int      // documents from args, besides the two good ones
	}{
		{
			name:  "empty",
			files: map[string]string{"notes.txt": ""},
			args:  []string{"notes.txt"},
			want:  []string{"read notes.txt: empty file"},
		},
		{
			name:  "whitespace only",
			files: map[string]string{"blank.md": " \n\t\r\n  \n"},
			args:  []string{"blank.md"},
			want:  []string{"read blank.md: empty file"},
		},
		{
			name:  "binary with NUL",
			files: map[string]string{"image.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			args:  []string{"image.txt"},
			want:  []string{"read image.txt: binary file"},
		},
		{
			name:  "binary by control characters",
			files: map[string]string{"blob": strings.Repeat("ab\x01\x02\x03", 20)},
			args:  []string{"blob"},
			want:  []string{"read blob: binary file"},
		},
		{
			name:  "invalid UTF-8 in mostly UTF-8",
			files: map[string]string{"bad.txt": invalid},
			args:  []string{"bad.txt"},
			want:  []string{fmt.Sprintf("read bad.txt: invalid UTF-8 at byte %d", strings.IndexByte(invalid, 0xff))},
		},
		{
			name: "file over the size limit",
			setup: func(t *testing.T) {
				f, err := os.Create("big.txt")
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := f.Truncate(50 << 20); err != nil { // sparse: no disk used
					t.Fatal(err)
				}
			},
			args: []string{"big.txt"},
			want: []string{"read big.txt: file is 52428800 bytes, over the 16777216-byte limit"},
		},
		{
			name:  "sniffed file over a small limit",
			files: map[string]string{"notes": strings.Repeat("word ", 30)},
			args:  []string{"notes"},
			opt:   Options{MaxBytes: 100},
			want:  []string{"read notes: file is 150 bytes, over the 100-byte limit"},
		},
		{
			name:  "HTML without a body",
			files: map[string]string{"page.html": `<html><head><title>Nothing</title></head><body><nav><a href="/">Home</a> <a href="/x">X</a></nav></body></html>`},
			args:  []string{"page.html"},
			want:  []string{"read page.html: no article body found"},
		},
		{
			name:  "empty HTML body",
			files: map[string]string{"page.htm": `<html><head><title>Nothing</title></head><body></body></html>`},
			args:  []string{"page.htm"},
			want:  []string{"read page.htm: no article body found"},
		},
		{
			name: "malformed JSON line among good ones",
			files: map[string]string{"feed.jsonl": `{"id":"a","text":"First article."}` + "\n" +
				`{"id":"b","text":"Second article.` + "\n" +
				`{"id":"c","text":"Third article."}` + "\n"},
			args: []string{"feed.jsonl"},
			want: []string{"read feed.jsonl:2: malformed JSON: unexpected end of JSON input"},
			docs: 2,
		},
		{
			name: "JSON line that is not an object",
			files: map[string]string{"feed.ndjson": `["a"]` + "\n" +
				`{"text":"Kept."}`},
			args: []string{"feed.ndjson"},
			want: []string{"read feed.ndjson:1: malformed JSON: line is not a JSON object"},
			docs: 1,
		},
		{
			name: "JSON line with a field of the wrong type",
			files: map[string]string{"feed.jsonl": `{"title":7,"text":"x"}` + "\n" +
				`{"text":"Kept."}`},
			args: []string{"feed.jsonl"},
			want: []string{`read feed.jsonl:1: malformed JSON: field "title" is a number, want a string`},
			docs: 1,
		},
		{
			name: "JSON line without text or html",
			files: map[string]string{"feed.jsonl": `{"id":"a","title":"No body"}` + "\n\n" +
				`{"id":"b","text":"Body."}` + "\n" +
				`{"id":"c","text":"   "}` + "\n"},
			args: []string{"feed.jsonl"},
			want: []string{"read feed.jsonl:1: no text or html field", "read feed.jsonl:4: empty text"},
			docs: 1,
		},
		{
			name: "JSON line over the limit",
			files: map[string]string{"feed.jsonl": `{"text":"short"}` + "\n" +
				`{"text":"` + strings.Repeat("long ", 40) + `"}` + "\n" +
				`{"text":"also short"}`},
			args: []string{"feed.jsonl"},
			opt:  Options{MaxBytes: 120},
			want: []string{"read feed.jsonl:2: line is over the 120-byte limit"},
			docs: 2,
		},
		{
			name:  "empty JSON Lines file",
			files: map[string]string{"feed.jsonl": "\n\n"},
			args:  []string{"feed.jsonl"},
			want:  []string{"read feed.jsonl: empty file"},
		},
		{
			name: "missing path",
			args: []string{"nope.txt"},
			want: []string{"read nope.txt: no such file or directory"},
		},
		{
			name: "stdin over the limit",
			args: []string{"-"},
			opt:  Options{MaxBytes: 10},
			want: []string{"read -: input is over the 10-byte limit"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir) // name inputs by relative paths, as a user would
			writeFiles(t, dir, map[string]string{"good1.txt": "One.", "good2.txt": "Two."})
			writeFiles(t, dir, tt.files)
			if tt.setup != nil {
				tt.setup(t)
			}
			args := append(append([]string{"good1.txt"}, tt.args...), "good2.txt")
			docs, errs := collect(args, "stdin text that is long enough", tt.opt)
			var got []string
			for _, err := range errs {
				got = append(got, err.Error())
				var e *Error
				if !errors.As(err, &e) {
					t.Errorf("error %q is a %T, want *Error", err, err)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("errors:\n got %q\nwant %q", got, tt.want)
			}
			if len(docs) != tt.docs+2 {
				t.Fatalf("got %d documents, want %d: %+v", len(docs), tt.docs+2, docs)
			}
			if docs[0].Text != "One." || docs[len(docs)-1].Text != "Two." {
				t.Errorf("good inputs read as %q and %q", docs[0].Text, docs[len(docs)-1].Text)
			}
		})
	}
}

func TestErrorsMatchSentinels(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"empty.txt":  "",
		"bin.txt":    "\x00",
		"bad.txt":    "é\xff",
		"page.html":  "<html><body></body></html>",
		"feed.jsonl": "{\n{}\n",
	})
	want := map[string]error{
		"empty.txt":  ErrEmpty,
		"bin.txt":    ErrBinary,
		"bad.txt":    ErrInvalidUTF8,
		"page.html":  ErrNoBody,
		"feed.jsonl": ErrMalformed,
	}
	_, errs := collect([]string{dir}, "", Options{MaxBytes: 1 << 10})
	got := map[string]bool{}
	for _, err := range errs {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%v is not an *Error", err)
		}
		name := filepath.Base(e.Input)
		if !errors.Is(err, want[name]) && !(name == "feed.jsonl" && errors.Is(err, ErrNoText)) {
			t.Errorf("%v: errors.Is(%v) is false", err, want[name])
		}
		got[name] = true
	}
	for name := range want {
		if !got[name] {
			t.Errorf("no error for %s", name)
		}
	}
}

func TestTextEncodings(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"utf-8", "“Quoted,” she said. Café.", "“Quoted,” she said. Café."},
		{"utf-8 BOM", "\uFEFFHello.\n", "Hello."},
		{"windows-1252 curly quotes", "\x93Quoted,\x94 she said. Caf\xe9 \x96 \x80 5.", "“Quoted,” she said. Café – € 5."},
		{"iso-8859-1", "Na\xefve caf\xe9 in M\xfcnchen costs \xa35.", "Naïve café in München costs £5."},
		{"undefined windows-1252 byte dropped", "A\x81B caf\xe9", "AB café"},
		{"utf-16le BOM", "\xff\xfeH\x00i\x00 \x00\xe9\x00", "Hi é"},
		{"utf-16be BOM", "\xfe\xff\x00H\x00i", "Hi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect([]string{"-"}, tt.in, Options{})
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("got %d documents and errors %v", len(docs), errs)
			}
			if got := docs[0].Text; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTidy(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"CRLF and CR", "one\r\ntwo\rthree\n", "one\ntwo\nthree"},
		{"trailing spaces", "one  \t\ntwo \u00a0\n", "one\ntwo"},
		{"paragraph lines kept", "First paragraph.\nSecond paragraph.", "First paragraph.\nSecond paragraph."},
		{"blank line kept", "Para one,\nwrapped.\n\nPara two.", "Para one,\nwrapped.\n\nPara two."},
		{"blank runs collapse", "one\n\n\n\ntwo\r\n\r\n\r\nthree", "one\n\ntwo\n\nthree"},
		{"whitespace-only lines are blank", "one\n  \n\t\n\ntwo", "one\n\ntwo"},
		{"leading and trailing blank lines", "\n\n  \nbody\n\n\n", "body"},
		{"indentation kept", "list:\n  - item", "list:\n  - item"},
		{"controls dropped, tab kept", "a\x01b\x7fc\u0085d\te\u200b", "abc\nd\te\u200b"},
		{"stray BOM", "a\uFEFFb", "ab"},
		{"unicode separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"invalid UTF-8 replaced", "a\xffb", "a\uFFFDb"},
		{"empty", " \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tidy(tt.in); got != tt.want {
				t.Errorf("Tidy(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextParagraphsKept(t *testing.T) {
	dir := t.TempDir()
	in := "Title line\r\n\r\n\r\n\r\nFirst paragraph, which is\r\nhard-wrapped.   \r\n\r\nSecond paragraph.\r\nThird paragraph on its own line.\r\n"
	writeFiles(t, dir, map[string]string{"story.txt": in})
	docs, errs := collect([]string{filepath.Join(dir, "story.txt")}, "", Options{Published: "2024-05-01"})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	want := chronicle.Document{
		Source:    filepath.Join(dir, "story.txt"),
		Published: "2024-05-01",
		Text:      "Title line\n\nFirst paragraph, which is\nhard-wrapped.\n\nSecond paragraph.\nThird paragraph on its own line.",
	}
	if docs[0] != want {
		t.Errorf("got  %+v\nwant %+v", docs[0], want)
	}
}

func TestWalkOrder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":            "b",
		"a.txt":            "a",
		"B.txt":            "B",
		"sub/c.txt":        "c",
		"sub/deeper/d.md":  "d",
		"a2/e.txt":         "e",
		".hidden.txt":      "hidden",
		".git/config.txt":  "hidden",
		"sub/.cache/f.txt": "hidden",
		"README.TXT":       "about the corpus",
		"SOURCE.md":        "where it came from",
		"sub/index.tsv":    "file\tdate",
	})
	t.Chdir(dir) // name inputs by relative paths, as a user would
	docs, errs := collect([]string{"."}, "", Options{})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.Source)
	}
	want := []string{"B.txt", "a.txt", filepath.Join("a2", "e.txt"), "b.txt", filepath.Join("sub", "c.txt"), filepath.Join("sub", "deeper", "d.md")}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}

	// A hidden file or a README named on the command line is read all the
	// same, and arguments keep their order.
	docs, errs = collect([]string{"sub", ".hidden.txt"}, "", Options{})
	if len(errs) > 0 || len(docs) != 3 || docs[2].Text != "hidden" || docs[0].Source != filepath.Join("sub", "c.txt") {
		t.Errorf("got %+v, errors %v", docs, errs)
	}
}

func TestWalkSymlinkedRoot(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/a.txt": "a"})
	t.Chdir(dir) // name inputs by relative paths, as a user would
	if err := os.Symlink("real", "link"); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	docs, errs := collect([]string{"link"}, "", Options{})
	if len(errs) > 0 || len(docs) != 1 || docs[0].Source != filepath.Join("link", "a.txt") {
		t.Errorf("got %+v, errors %v", docs, errs)
	}
}

func TestStdinSniffing(t *testing.T) {
	page := articleHTML(`<title>Geneva talks</title>`, "<p>"+para1+"</p><p>"+para2+"</p>")
	tests := []struct {
		name  string
		in    string
		want  chronicle.Document
		count int
	}{
		{"text", "Just words.\nMore words.", chronicle.Document{Source: "-", Text: "Just words.\nMore words."}, 1},
		{"text starting with an angle bracket", "<not html> just a note", chronicle.Document{Source: "-", Text: "<not html> just a note"}, 1},
		{"html", "\n  " + page, chronicle.Document{Source: "-", Title: "Geneva talks", Text: para1 + "\n" + para2}, 1},
		{"json lines", `{"id":1,"text":"A."}` + "\n" + `{"id":2,"text":"B."}`, chronicle.Document{ID: "1", Source: "-:1", Text: "A."}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect([]string{"-"}, tt.in, Options{})
			if len(errs) > 0 || len(docs) != tt.count {
				t.Fatalf("got %d documents (%+v), errors %v", len(docs), docs, errs)
			}
			if docs[0] != tt.want {
				t.Errorf("got  %+v\nwant %+v", docs[0], tt.want)
			}
		})
	}
}

func TestNoStdin(t *testing.T) {
	var got []string
	for _, err := range Documents([]string{"-"}, nil, Options{}) {
		got = append(got, fmt.Sprint(err))
	}
	if want := []string{"read -: no standard input"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPublishedFallback(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // name inputs by relative paths, as a user would
	writeFiles(t, dir, map[string]string{"a.txt": "Text."})
	docs, errs := collect([]string{"a.txt"}, "", Options{Published: "2024-03-05T10:00:00Z"})
	if len(errs) > 0 || len(docs) != 1 || docs[0].Published != "2024-03-05" {
		t.Errorf("normalised fallback: got %+v, errors %v", docs, errs)
	}
	docs, errs = collect([]string{"a.txt"}, "", Options{Published: "yesterday"})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `"yesterday" is not a date`) || len(docs) != 1 || docs[0].Published != "" {
		t.Errorf("bad fallback: got %+v, errors %v", docs, errs)
	}
}

func TestStopEarly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":      "a",
		"b.txt":      "",
		"c.jsonl":    "{\"text\":\"1\"}\n{\"text\":\"2\"}\n",
		"sub/d.txt":  "d",
		"sub/e.html": "<p>e</p>",
	})
	for stopAfter := 1; stopAfter <= 6; stopAfter++ {
		n := 0
		for range Documents([]string{dir, dir}, nil, Options{}) {
			n++
			if n == stopAfter {
				break
			}
		}
		if n != stopAfter {
			t.Errorf("stopping after %d: iterated %d times", stopAfter, n)
		}
	}
}
