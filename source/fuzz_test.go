package source

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzDocuments feeds arbitrary bytes through standard input, so that all
// three readers are reached by sniffing, and checks that reading never
// panics and that what comes out keeps the package's promises.
func FuzzDocuments(f *testing.F) {
	for _, seed := range []string{
		"Plain text.\r\n\r\n\r\nNext paragraph.",
		"caf\xe9 \x93quoted\x94",
		"mostly UTF-8 é with \xff",
		"\x00\x01\x02",
		"\xff\xfeH\x00i\x00",
		"<html><head><title>t</title></head><body><p>Body text.</p></body></html>",
		"<p>unclosed <b>tags <pre>x",
		`{"id":1,"text":"a"}` + "\n" + `{"html":"<p>b</p>"}` + "\nnot json\n",
		"{",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for doc, err := range Documents([]string{"-"}, bytes.NewReader(data), Options{MaxBytes: 1 << 16}) {
			if err != nil {
				msg := err.Error()
				if !strings.HasPrefix(msg, "read -") || strings.Contains(msg, "\n") {
					t.Errorf("error %q does not name the input on one line", msg)
				}
				continue
			}
			if doc.Text == "" || !utf8.ValidString(doc.Text) {
				t.Errorf("bad text %q", doc.Text)
			}
			if strings.Contains(doc.Text, "\r") || strings.Contains(doc.Text, "\n\n\n") ||
				strings.HasPrefix(doc.Text, "\n") || strings.TrimRightFunc(doc.Text, unicode.IsSpace) != doc.Text {
				t.Errorf("untidy text %q", doc.Text)
			}
			if doc.Source != "-" && !strings.HasPrefix(doc.Source, "-:") {
				t.Errorf("source %q", doc.Source)
			}
		}
	})
}
