package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/corpora"
)

// TestCommands runs each command once on small inputs and checks the shape
// of what it prints.
func TestCommands(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	article := write("a.txt", "“We will rebuild the bridge,” Mayor Ana Ruiz told reporters in Lima on Monday.\n")
	gold := write("gold.iob2", "# sent_id = 1\n1\tAna\tB-PER\n2\tRuiz\tI-PER\n3\tvisited\tO\n4\tLima\tB-LOC\n5\t.\tO\n\n")
	conllu := write("s.conllu", "# text = Ana left.\n1\tAna\t_\t_\t_\t_\t_\t_\t_\t_\n2\tleft\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []string // substrings of standard output
	}{
		{"ner", "Ana\nRuiz\nvisited\nLima\n.\n", []string{"ner", "--format", "conll", "-"},
			[]string{"Ana\tB-PERSON\n", "Ruiz\tI-PERSON\n", "Lima\tB-GPE\n"}},
		{"eval ner", "", []string{"eval", "ner", "--conll", gold}, []string{"PER", "overall"}},
		{"eval ner json", "", []string{"eval", "ner", "--json", "--conll", gold}, []string{`"overall"`}},
		{"parse conllu", "", []string{"parse", conllu}, []string{"1\tAna\tAna\tPROPN", "\troot\t"}},
		{"parse text", "Ana left.\n", []string{"parse", "--input", "text", "-"}, []string{"# text = Ana left.", "SpaceAfter=No"}},
		{"eval grammar", "", []string{"eval", "grammar", "--conllu", conllu}, []string{"UPOS", "LAS"}},
		{"quotes", "", []string{"quotes", article}, []string{"We will rebuild the bridge", "Ana Ruiz", "direct"}},
		{"bench", "", []string{"bench", "--rounds", "1", article}, []string{"stage", "grammar", "quotes", "total"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tc.stdin, tc.args...)
			if code != 0 {
				t.Fatalf("exit %d, stderr %s", code, errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestEvalArticleCommand(t *testing.T) {
	gold := filepath.Join(corpora.Shared(t, "examples"), "trump-putin-call.gold.json")
	code, out, errs := runCLI(t, "", "eval", "article", "--gold", gold)
	if code != 0 || !strings.Contains(out, "entities: 23/23 found") || !strings.Contains(out, "direct quotes: 19/19 found") {
		t.Errorf("exit %d, stderr %s, output:\n%s", code, errs, out)
	}
}

// Given a directory, eval article scores every gold file in it and sums
// them; a gold file it cannot read is one line on standard error, and the
// others are still scored.
func TestEvalArticleDirectory(t *testing.T) {
	examples := corpora.Shared(t, "examples")
	dir := t.TempDir()
	for _, name := range []string{"trump-putin-call.txt", "trump-putin-call.gold.json"} {
		b, err := os.ReadFile(filepath.Join(examples, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.gold.json"), []byte("{\"doc\": "), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "eval", "article", "--gold", dir)
	if code != 1 || !strings.Contains(errs, "broken.gold.json") ||
		!strings.Contains(out, "trump-putin-call: entities 23/23 right") || !strings.Contains(out, "all 1 articles") {
		t.Errorf("exit %d, stderr %s, output:\n%s", code, errs, out)
	}
}

func TestEvalSegmentCommand(t *testing.T) {
	dir := corpora.Require(t, "gum", "dep")
	code, out, errs := runCLI(t, "", "eval", "segment", "--conllu", filepath.Join(dir, "GUM_news_iodine.conllu"))
	if code != 0 || !strings.Contains(out, "GUM_news_iodine.conllu") || !strings.Contains(out, "sent F1") {
		t.Errorf("exit %d, stderr %s, output:\n%s", code, errs, out)
	}
}
