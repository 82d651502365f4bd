package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// runCLI runs one command line in-process.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, stdio{strings.NewReader(stdin), &out, &errb})
	return code, out.String(), errb.String()
}

func records(t *testing.T, jsonl string) []chronicle.Record {
	t.Helper()
	var recs []chronicle.Record
	dec := json.NewDecoder(strings.NewReader(jsonl))
	for dec.More() {
		var r chronicle.Record
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("decode record: %v", err)
		}
		recs = append(recs, r)
	}
	return recs
}

func TestExtractExample(t *testing.T) {
	code, out, errs := runCLI(t, "", "extract", "--published", "2026-11-24", "../../examples/grain-corridor-talks.txt")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	recs := records(t, out)
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	r := recs[0]
	if r.Published != "2026-11-24" || r.Language != "en" || r.ID != chronicle.TextID(r.Text) {
		t.Errorf("published %q language %q id %q", r.Published, r.Language, r.ID)
	}
	if len(r.Sentences) < 10 {
		t.Errorf("only %d sentences", len(r.Sentences))
	}
	for _, s := range r.Sentences {
		if s.Start < 0 || s.End > len(r.Text) || s.Start >= s.End {
			t.Fatalf("sentence span %v out of range", s.Span)
		}
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if m.Span.In(r.Text) != m.Text {
				t.Errorf("entity %s mention %q does not match text %q", e.Name, m.Text, m.Span.In(r.Text))
			}
		}
	}
	if len(r.Quotes) == 0 {
		t.Error("no quotes found in the example")
	}
	// Empty lists are arrays, never null: other tools read the record.
	for _, field := range []string{`"events":[]`} {
		if !strings.Contains(out, field) {
			t.Errorf("record lacks %s", field)
		}
	}
	if len(r.Places) == 0 {
		t.Error("no places geocoded in the example")
	}
	for _, p := range r.Places {
		// Every place has coordinates and mentions; every city and
		// country a country. Continents and seas ("East Africa", "the
		// Black Sea") belong to none.
		if p.Lat == 0 && p.Lon == 0 || len(p.Mentions) == 0 || p.Country == "" && p.GeonamesID != 0 {
			t.Errorf("place %+v lacks coordinates, mentions or, for a city, a country", p)
		}
	}
	for _, name := range []string{"Istanbul", "Black Sea"} {
		if !slices.ContainsFunc(r.Places, func(p chronicle.Place) bool { return p.Name == name }) {
			t.Errorf("%s not among the places %+v", name, r.Places)
		}
	}
}

// TestExtractBadInputs: each bad input gets one line on standard error
// naming it, the good inputs still get records, and the exit status is 1.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("The minister said on Monday that talks would resume.\n"))
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cases := []struct {
		name, path, reason string
	}{
		{"empty", write("empty.txt", nil), "empty"},
		{"binary", write("blob.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0}), "binary"},
		{"invalid utf-8", write("bad.txt", []byte("caf\xc3\x28 ok \xe2\x82 and “quotes” in UTF-8")), "UTF-8"},
		{"50 MB", big, "limit"},
		{"no body", write("nav.html", []byte("<html><body><nav><a href='/'>Home</a></nav></body></html>")), "no article body"},
		{"malformed json", write("feed.jsonl", []byte("{\"id\":\"a\",\"text\":\"Officials met.\"}\n{not json\n")), "feed.jsonl:2"},
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", "extract", good, tc.path)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			lines := strings.Split(strings.TrimSpace(errs), "\n")
			if len(lines) != 1 || !strings.Contains(errs, filepath.Base(tc.path)) || !strings.Contains(errs, tc.reason) {
				t.Errorf("stderr %q: want one line naming %s and %q", errs, filepath.Base(tc.path), tc.reason)
			}
			if len(records(t, out)) < 1 {
				t.Errorf("the good input got no record")
			}
		})
	}
}

func TestExtractNonEnglish(t *testing.T) {
	code, out, _ := runCLI(t, "Le président a déclaré mercredi qu'il allait rencontrer son homologue russe pour des pourparlers sur la paix.\n", "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	r := records(t, out)[0]
	if r.Language != "fr" || len(r.Warnings) == 0 || len(r.Sentences) != 0 {
		t.Errorf("language %q, %d warnings, %d sentences: want fr, a warning, no English stages", r.Language, len(r.Warnings), len(r.Sentences))
	}
}

func TestUsage(t *testing.T) {
	if code, _, errs := runCLI(t, "", "extract", "--published", "12/02/2025", "x"); code != 2 || !strings.Contains(errs, "YYYY-MM-DD") {
		t.Errorf("bad date: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runCLI(t, "", "nonsense"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	if code, out, _ := runCLI(t, "", "--help"); code != 0 || !strings.Contains(out, "Exit status") {
		t.Errorf("--help: exit %d, output %q", code, out)
	}
}

// TestExtractUserKB: a user's KB file adds actors of their own region; a
// malformed one names its line and field and stops before any work.
func TestExtractUserKB(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Governor Amara Okafor said on Monday that the bridge would reopen.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "mine.tsv")
	tsv := "id\tname\taliases\toffice\tlocal\tcountry\torg\tsector\trole\tstart\tend\n" +
		"amara-okafor\tAmara Okafor\t\tgovernor\tGovernor of Lagos State\tNGA\t\tGOV\t\t2023-05-29\t\n"
	if err := os.WriteFile(good, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "extract", "--published", "2025-03-03", "--kb", good, article)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	found := false
	for _, e := range records(t, out)[0].Entities {
		if e.Name == "Amara Okafor" {
			found = e.KB != "" && e.Country == "NGA" && e.Code == "NGAGOV"
			if !found {
				t.Errorf("Amara Okafor: kb %q country %q code %q", e.KB, e.Country, e.Code)
			}
		}
	}
	if !found {
		t.Errorf("the user's person was not linked: %s", out)
	}

	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(bad, []byte(strings.Replace(tsv, "2023-05-29", "2023-13-29", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = runCLI(t, "", "extract", "--kb", bad, article)
	if code != 1 || out != "" || !strings.Contains(errs, "bad.tsv:2") || !strings.Contains(errs, "start") {
		t.Errorf("malformed KB: exit %d, stdout %q, stderr %q; want exit 1, no records, an error naming line 2 and the field", code, out, errs)
	}
}
