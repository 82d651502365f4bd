package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadNERGold(t *testing.T) {
	tests := []struct {
		name, in string
		want     []NERSentence
	}{
		{
			"uner",
			"# sent_id = a-1\n# text = Obama visited Paris\n1\tObama\tB-PER\t-\t-\n2\tvisited\tO\t-\t-\n3\tParis\tB-LOC\t-\t-\n\n",
			[]NERSentence{{Words: []string{"Obama", "visited", "Paris"}, Spans: []NERSpan{{Start: 0, End: 1, Type: "PER"}, {Start: 2, End: 3, Type: "LOC"}}}},
		},
		{
			"conll2003 iob1",
			"-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n# O\nNew I-LOC\nYork I-LOC\n",
			[]NERSentence{
				{Words: []string{"EU", "rejects", "German"}, Spans: []NERSpan{{Start: 0, End: 1, Type: "ORG"}, {Start: 2, End: 3, Type: "MISC"}}},
				{Words: []string{"#", "New", "York"}, Spans: []NERSpan{{Start: 1, End: 3, Type: "LOC"}}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadNERGold(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestReadNERGoldErrors(t *testing.T) {
	for _, in := range []string{"1\tA\tO\nx\tB\tO\n", "lonely\n"} {
		if _, err := ReadNERGold(strings.NewReader(in)); err == nil {
			t.Errorf("ReadNERGold(%q): no error", in)
		}
	}
}

func TestScoreNER(t *testing.T) {
	gold := [][]NERSpan{{{Start: 0, End: 2, Type: "PER"}, {Start: 3, End: 4, Type: "LOC"}}, {{Start: 0, End: 1, Type: "ORG"}}}
	pred := [][]NERSpan{{{Start: 0, End: 2, Type: "PERSON"}, {Start: 3, End: 4, Type: "GPE"}, {Start: 5, End: 6, Type: "NORP"}}, {{Start: 0, End: 2, Type: "ORG"}}}
	sc := ScoreNER(gold, pred, MapUNER)
	if got, want := sc.Overall, (Counts{Gold: 3, Predicted: 3, Correct: 2}); got != want {
		t.Errorf("overall = %+v, want %+v", got, want)
	}
	if got, want := *sc.Types["ORG"], (Counts{Gold: 1, Predicted: 1}); got != want {
		t.Errorf("ORG = %+v, want %+v", got, want)
	}
}

func TestMapUNER(t *testing.T) {
	tests := map[string]string{"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "FAC": "LOC", "LOC": "LOC", "NORP": "", "EVENT": ""}
	for in, want := range tests {
		if got := MapUNER(in); got != want {
			t.Errorf("MapUNER(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMapCoNLL(t *testing.T) {
	tests := map[string]string{"PERSON": "PER", "GPE": "LOC", "NORP": "MISC", "EVENT": "MISC", "ORG": "ORG"}
	for in, want := range tests {
		if got := MapCoNLL(in); got != want {
			t.Errorf("MapCoNLL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIOB2(t *testing.T) {
	got := IOB2(4, []NERSpan{{Start: 1, End: 3, Type: "PER"}, {Start: 3, End: 4, Type: "LOC"}})
	want := []string{"O", "B-PER", "I-PER", "B-LOC"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("IOB2 = %v, want %v", got, want)
	}
}
