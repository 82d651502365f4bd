package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// BenchmarkExtract measures quote extraction over the reference article with
// tokens from the segmenter (the grammar itself is not timed).
func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(sharedDir(b, "examples"), "trump-putin-call.txt"))
	if err != nil {
		b.Skip(err)
	}
	doc := string(raw)
	sents := text.Segment(doc)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(doc, sents, nil)
	}
}

// BenchmarkExtractUnmatched times an article of a thousand unmatched quote
// marks: the time per byte should match BenchmarkExtract's order.
func BenchmarkExtractUnmatched(b *testing.B) {
	doc := strings.Repeat("He said “it was fine and then left. ", 1000)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Extract(doc, nil, nil)
	}
}

// TestBadInput checks hostile inputs: they finish, bound every quote by its
// paragraph, warn about unmatched marks, and do work linear in the input —
// measured as the number of words the scanner visits, not by a timer.
func TestBadInput(t *testing.T) {
	long := "“" + strings.Repeat("word ", 20000) + "end,” the witness said."
	tests := []struct {
		name      string
		doc       string
		minWarns  int
		maxQuotes int
	}{
		{"thousand unmatched openers", strings.Repeat("He said “it was fine.\n", 1000), 1000, 1000},
		{"thousand openers one paragraph", strings.Repeat("“a ", 1000), 999, 1},
		{"thousand stray closers", strings.Repeat("odd” ", 1000), 1000, 0},
		{"thousand straight marks", strings.Repeat(`x " y `, 1001), 1, 1000},
		{"hundred-thousand-character quote", long, 0, 1},
		{"other language", "« Nous ne céderons pas », a déclaré la ministre. „Wir schaffen das“, sagte sie. 「これは引用です」と彼は言った。", 0, 3},
		{"invalid UTF-8", "He said \xff“bad\xfe bytes,” she said.", 0, 2},
		{"empty", "", 0, 0},
		{"only marks", "“”\"\"«»„“", 0, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, ws := Extract(tc.doc, nil, nil)
			if len(ws) < tc.minWarns {
				t.Errorf("%d warnings, want at least %d", len(ws), tc.minWarns)
			}
			if len(qs) > tc.maxQuotes+len(tc.doc)/50 && tc.maxQuotes >= 0 {
				t.Errorf("%d quotes for %d bytes", len(qs), len(tc.doc))
			}
			total := 0
			for _, q := range qs {
				if strings.Contains(q.Text, "\n") {
					t.Errorf("quote crosses a paragraph: %.40q", q.Text)
				}
				total += q.Len()
			}
			// Direct quotes never overlap and reported clauses lie within
			// sentences, so their text is bounded by twice the input.
			if total > 2*len(tc.doc) {
				t.Errorf("quotes cover %d bytes of a %d-byte text", total, len(tc.doc))
			}
		})
	}
	t.Run("long quote found", func(t *testing.T) {
		qs, _ := Extract(long, text.Segment(long), nil)
		q, ok := findQuote(qs, strings.TrimSuffix(long[len("“"):strings.Index(long, "”")], ","), true)
		if !ok || q.SpeakerName != "the witness" {
			t.Errorf("long quote: found %v speaker %q", ok, q.SpeakerName)
		}
	})
}

// TestLinearWork checks that the work grows linearly: the words walked per
// byte stay flat as a pathological input grows tenfold. Work is counted by
// scanning with a counter rather than timing.
func TestLinearWork(t *testing.T) {
	unit := "Officials said “the so-called ‘plan’ said said said "
	var per []float64
	for _, n := range []int{100, 1000} {
		doc := strings.Repeat(unit, n)
		d := newDocument(doc, nil, nil)
		pieces, _ := scanMarks(doc, d.paras)
		d.markQuoted(pieces)
		steps := 0
		for range d.reported() {
			steps++
		}
		per = append(per, float64(len(d.words)+len(pieces)+steps)/float64(len(doc)))
	}
	if per[1] > 2*per[0] {
		t.Errorf("work per byte grew from %.3f to %.3f", per[0], per[1])
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We will,” she said.", `He said "no`, "« a » „b“ 'c' ‘d’", "X: “y”\n“z", "according to , said",
		"Trump said Kiev’s desire was “not practical.”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs, ws := Extract(s, text.Segment(s), []chronicle.Entity{{ID: "x", Name: "X", Type: chronicle.Person,
			Mentions: []chronicle.Mention{{Span: chronicle.Span{Start: 0, End: min(1, len(s))}}}}})
		for _, q := range qs {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End {
				t.Fatalf("bad span %v", q.Span)
			}
		}
		for _, w := range ws {
			if w.Start < 0 || w.End > len(s) {
				t.Fatalf("bad warning span %v", w.Span)
			}
		}
	})
}
