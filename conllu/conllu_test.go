package conllu

import (
	"bytes"
	"strings"
	"testing"
)

const sample = "# newdoc id = d1\n# sent_id = s1\n# text = I don't know.\n" +
	"1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
	"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
	"4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"

func TestReadTokensAndWrite(t *testing.T) {
	var got []*Sentence
	for s, err := range Read(strings.NewReader(sample), "sample") {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
	}
	if len(got) != 1 || !got[0].NewDoc || got[0].ID != "s1" || got[0].Text != "I don't know." {
		t.Fatalf("got %+v", got)
	}
	toks := got[0].Tokens()
	var forms []string
	for _, tk := range toks {
		forms = append(forms, tk.Form)
	}
	if want := "I don't know ."; strings.Join(forms, " ") != want {
		t.Errorf("tokens = %q, want %q", strings.Join(forms, " "), want)
	}
	if toks[2].SpaceAfter {
		t.Errorf("know: SpaceAfter = true, want false")
	}
	var buf bytes.Buffer
	if err := Write(&buf, got); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip:\n%s\nwant\n%s", buf.String(), sample)
	}
}

func TestMalformedLineNamesFileAndLine(t *testing.T) {
	bad := "# text = a b\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\n\n"
	for _, err := range Read(strings.NewReader(bad), "bad.conllu") {
		if err == nil {
			continue
		}
		if !strings.HasPrefix(err.Error(), "bad.conllu:3: ") {
			t.Errorf("err = %v, want prefix bad.conllu:3:", err)
		}
		return
	}
	t.Error("no error for a malformed line")
}
