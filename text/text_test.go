package text

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/corpora"
)

func texts(toks []chronicle.Token) string {
	var b []string
	for _, t := range toks {
		b = append(b, t.Text)
	}
	return strings.Join(b, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"curly double quotes", "He said “yes.”", "He|said|“|yes|.|”"},
		{"nested quotes", "“He said ‘no’ today,” she said.", "“|He|said|‘|no|’|today|,|”|she|said|."},
		{"straight quotes", `"It's 'fine'," he said.`, `"|It|'s|'|fine|'|,|"|he|said|.`},
		{"guillemets", "« Bonjour » dit-il", "«|Bonjour|»|dit|-|il"},
		{"em dash", "I’ll go there — and we’ll", "I|’ll|go|there|—|and|we|’ll"},
		{"en dash range", "2014–2015", "2014|–|2015"},
		{"double hyphen", "peace--now", "peace|--|now"},
		{"possessive curly", "Kiev’s desire", "Kiev|’s|desire"},
		{"possessive straight", "Trump's call", "Trump|'s|call"},
		{"contractions", "don't can't won't they're I'm we've he'd", "do|n't|ca|n't|wo|n't|they|'re|I|'m|we|'ve|he|'d"},
		{"curly n't", "Don’t", "Do|n’t"},
		{"name with apostrophe", "O'Brien rock'n'roll", "O'Brien|rock'n'roll"},
		{"U.S.", "U.S. officials", "U.S.|officials"},
		{"titles", "Mr. Fogel and Gen. Smith", "Mr.|Fogel|and|Gen.|Smith"},
		{"month", "on Jan. 20", "on|Jan.|20"},
		{"e.g. i.e.", "e.g. this, i.e. that", "e.g.|this|,|i.e.|that"},
		{"a.m.", "at 9 a.m. today", "at|9|a.m.|today"},
		{"company", "Apple Inc. and Acme Ltd. said", "Apple|Inc.|and|Acme|Ltd.|said"},
		{"street", "Main St. station", "Main|St.|station"},
		{"No. before digit", "No. 10 Downing", "No.|10|Downing"},
		{"No at sentence end", "The answer was No.", "The|answer|was|No|."},
		{"initials", "J. D. Vance", "J.|D.|Vance"},
		{"pronoun I at end", "so did I.", "so|did|I|."},
		{"hyphen split", "Russia-US search-engine", "Russia|-|US|search|-|engine"},
		{"hyphen prefixes", "pre-2014 e-mail non-negotiable co-founder", "pre-2014|e-mail|non-negotiable|co-founder"},
		{"phone number", "call 713-853-3989", "call|713-853-3989"},
		{"number range", "3-9 years", "3|-|9|years"},
		{"slash words", "Russia/Ukraine war", "Russia|/|Ukraine|war"},
		{"slash digits", "24/7 on 1/2/2003", "24/7|on|1/2/2003"},
		{"decimal and thousands", "1,000.50 and 3.5%", "1,000.50|and|3.5|%"},
		{"currency", "$5 and £3.20", "$|5|and|£|3.20"},
		{"time", "at 2:30 today", "at|2:30|today"},
		{"units", "10pm 5km 21st 1990s", "10|pm|5|km|21st|1990s"},
		{"url", "see https://www.bbc.co.uk/news/world-123.", "see|https://www.bbc.co.uk/news/world-123|."},
		{"bare url", "(www.example.com)", "(|www.example.com|)"},
		{"domain path", "bbc.co.uk/news today", "bbc.co.uk/news|today"},
		{"email", "write to john.smith@example.org.", "write|to|john.smith@example.org|."},
		{"email capitals", "Kevin.A.Boone@example.com", "Kevin.A.Boone@example.com"},
		{"emoticons", "great :) ok ;-) sad :(", "great|:)|ok|;-)|sad|:("},
		{"emoji", "nice 👍🏽 🇺🇸 ❤️ ok", "nice|👍🏽|🇺🇸|❤️|ok"},
		{"ellipsis", "wait... what", "wait|...|what"},
		{"unicode ellipsis", "wait… what", "wait|…|what"},
		{"punctuation runs", "What?! No!!!", "What|?!|No|!!!"},
		{"hashtag mention", "#Ukraine @user_1", "#Ukraine|@user_1"},
		{"brackets", "(see [1])", "(|see|[|1|]|)"},
		{"decade apostrophe", "the '90s", "the|'90s"},
		{"non-ASCII letters", "Zelenskyy’s café in Kyiv", "Zelenskyy|’s|café|in|Kyiv"},
		{"nbsp", "10\u00a0km", "10|km"},
		{"empty", "", ""},
		{"spaces only", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokenize(tt.in)
			if g := texts(got); g != tt.want {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, g, tt.want)
			}
			for _, tok := range got {
				if tok.Span.In(tt.in) != tok.Text {
					t.Errorf("token %q has span %v covering %q", tok.Text, tok.Span, tok.Span.In(tt.in))
				}
			}
		})
	}
}

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Segment(text) {
		out = append(out, s.In(text))
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One. Two? Three!", []string{"One.", "Two?", "Three!"}},
		{"U.S. at sentence end", "They flew to the U.S. The talks began.", []string{"They flew to the U.S.", "The talks began."}},
		{"U.S. inside", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"initials", "J. D. Vance spoke. He left.", []string{"J. D. Vance spoke.", "He left."}},
		{"one-letter name after on", "She wrote on X. Von der Leyen agreed.", []string{"She wrote on X.", "Von der Leyen agreed."}},
		{"title", "Mr. Smith arrived. Dr. Jones left.", []string{"Mr. Smith arrived.", "Dr. Jones left."}},
		{"quote closes sentence", `He said: “We will.” Then he left.`, []string{`He said: “We will.”`, "Then he left."}},
		{"mixed closing quotes", "a motto, ‘common sense.'” However, concerns grow.", []string{"a motto, ‘common sense.'”", "However, concerns grow."}},
		{"straight closing quote", `He said "no." They left.`, []string{`He said "no."`, "They left."}},
		{"question in quote", "“Why?” he asked.", []string{"“Why?” he asked."}},
		{"ellipsis inside", "He left... and came back.", []string{"He left... and came back."}},
		{"bracket", "(He left.) Then she did.", []string{"(He left.)", "Then she did."}},
		{"money", "It cost $5. The rest was free.", []string{"It cost $5.", "The rest was free."}},
		{"heading line", "Desire for peace\nEarlier, Trump spoke.", []string{"Desire for peace", "Earlier, Trump spoke."}},
		{"newline always ends", "no stop here\nand a new line", []string{"no stop here", "and a new line"}},
		{"numbered heading", "2.1. Results\nThe data.", []string{"2.1. Results", "The data."}},
		{"citation", "It was shown. [12] Others agree.", []string{"It was shown. [12]", "Others agree."}},
		{"no space after stop", "See report.pdf now.", []string{"See report.pdf now."}},
		{"lowercase after stop", "it was late. we left.", []string{"it was late.", "we left."}},
		{"etc.", "apples, pears etc. Then more.", []string{"apples, pears etc.", "Then more."}},
		{"Inc. before name", "Apple Inc. Chief Tim Cook spoke.", []string{"Apple Inc. Chief Tim Cook spoke."}},
		{"picture credit", "The station in orbit Image: NASA.", []string{"The station in orbit", "Image: NASA."}},
		{"list item number", "It is done. 3. I expect more.", []string{"It is done.", "3. I expect more."}},
		{"ext. before digits", "Call ext. 37625 now.", []string{"Call ext. 37625 now."}},
		{"glued initial", "The head Ch.Munkhzul said so. Ts.Oyunchimeg agreed.", []string{"The head Ch.Munkhzul said so.", "Ts.Oyunchimeg agreed."}},
		{"agency between slashes", "Brussels, October 15. /Ukrinform/. Zelensky spoke.",
			[]string{"Brussels, October 15. /Ukrinform/.", "Zelensky spoke."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if strings.Join(got, "‖") != strings.Join(tt.want, "‖") {
				t.Errorf("Segment(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsClitic(t *testing.T) {
	tests := []struct {
		tok  string
		want bool
	}{
		{"'s", true}, {"’s", true}, {"n't", true}, {"n’t", true}, {"N'T", true}, {"'ll", true},
		{"'re", true}, {"'ve", true}, {"'d", true}, {"'m", true}, {"'", false}, {"s", false},
		{"'tis", false}, {"not", false}, {"", false},
	}
	for _, tt := range tests {
		if got := IsClitic(tt.tok); got != tt.want {
			t.Errorf("IsClitic(%q) = %v, want %v", tt.tok, got, tt.want)
		}
	}
}

// corporaDir is the shared corpora directory (see internal/corpora).
func corporaDir(t testing.TB) string {
	d, err := corpora.Dir()
	if err != nil {
		t.Skip(err)
	}
	return d
}

func TestReferenceArticle(t *testing.T) {
	path := filepath.Join(corporaDir(t), "..", "examples", "trump-putin-call.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("reference article absent: %v", err)
	}
	text := string(b)
	sents := Segment(text)
	checkInvariants(t, text, sents)
	var headings []string
	splitBeforeHowever := false
	for i, s := range sents {
		st := s.In(text)
		if strings.Contains(st, "\n") {
			t.Errorf("sentence %d spans a newline: %q", i, st)
		}
		if st == "Desire for peace" || st == "Root cause" {
			headings = append(headings, st)
		}
		if strings.HasSuffix(st, "‘common sense.'”") && i+1 < len(sents) && strings.HasPrefix(sents[i+1].In(text), "However,") {
			splitBeforeHowever = true
		}
	}
	if strings.Join(headings, "|") != "Desire for peace|Root cause" {
		t.Errorf("heading sentences = %q, want Desire for peace and Root cause", headings)
	}
	if !splitBeforeHowever {
		t.Errorf("no sentence ends with ‘common sense.'” before one starting with However")
	}
}

// checkInvariants verifies the offsets of sentences and tokens.
func checkInvariants(t *testing.T, text string, sents []chronicle.Sentence) {
	t.Helper()
	prev := 0
	for i, s := range sents {
		if s.Start < prev || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("sentence %d span %v out of order or range (prev end %d, len %d)", i, s.Span, prev, len(text))
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", i)
		}
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			t.Fatalf("sentence %d span %v does not run from its first token to its last", i, s.Span)
		}
		tp := s.Start
		for _, tok := range s.Tokens {
			if tok.Start < tp || tok.End <= tok.Start || tok.End > s.End {
				t.Fatalf("token %q span %v out of order or outside sentence %v", tok.Text, tok.Span, s.Span)
			}
			if text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token text %q differs from its span %q", tok.Text, text[tok.Start:tok.End])
			}
			tp = tok.End
		}
		prev = s.End
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"", "U.S. The", "“We will.” Then", "‘common sense.'” However,", "a\nb", "don't 'n' ’s",
		"http://x.y/z.", "a@b.c", ":) 👍🏽 🇺🇸", "2.1. X\n", "[1] .[", "\xff\xfe.", "-- — …", "1,000.5%",
		"x.A.B@c.de", "'90s", "#x @y", "Mr. J. R. R. Tolkien's", "e-mail pre-2014 713-853-3989",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sents := Segment(s)
		checkInvariants(t, s, sents)
		toks := Tokenize(s)
		n := 0
		for _, st := range sents {
			n += len(st.Tokens)
		}
		if n != len(toks) {
			t.Fatalf("Segment has %d tokens, Tokenize %d", n, len(toks))
		}
		for _, tok := range toks {
			if strings.TrimSpace(tok.Text) == "" && utf8.ValidString(tok.Text) {
				t.Fatalf("blank token %q", tok.Text)
			}
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	dir := filepath.Join(corporaDir(b), "news", "bbc-politics")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var docs []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		size += len(data)
	}
	if size == 0 {
		b.Skipf("no news articles in %s (set CHRONICLE_CORPORA)", dir)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Segment(d)
		}
	}
}

func ExampleSegment() {
	text := "Trump spoke to Putin. “We will meet,” he said.\nRoot cause"
	for _, s := range Segment(text) {
		fmt.Println(s.Start, s.End, s.In(text))
	}
	// Output:
	// 0 21 Trump spoke to Putin.
	// 22 50 “We will meet,” he said.
	// 51 61 Root cause
}

func ExampleTokenize() {
	for _, t := range Tokenize("Kiev’s pre-2014 borders can't hold.") {
		fmt.Printf("%d:%d %s\n", t.Start, t.End, t.Text)
	}
	// Output:
	// 0:4 Kiev
	// 4:8 ’s
	// 9:17 pre-2014
	// 18:25 borders
	// 26:28 ca
	// 28:31 n't
	// 32:36 hold
	// 36:37 .
}

func TestHonorific(t *testing.T) {
	for w, want := range map[string]bool{"Mr": true, "Mrs.": true, "Dr": true, "Sir": true, "President": false, "Mister": false, "mr": false} {
		if got := Honorific(w); got != want {
			t.Errorf("Honorific(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTitleWord(t *testing.T) {
	tests := []struct {
		w    string
		ok   bool
		want Title
	}{
		{"President", true, Title{Sector: "GOV", Prefix: true}},
		{"gen.", true, Title{Sector: "MIL", Prefix: true}},
		{"Gen", true, Title{Sector: "MIL", Prefix: true}},
		{"PM", true, Title{Sector: "GOV", Prefix: true}},
		{"spokesmen", true, Title{Sector: "GOV", Generic: true, Plural: true}},
		{"Secretaries", true, Title{Sector: "GOV", Prefix: true, Plural: true}},
		{"princesses", true, Title{Sector: "GOV", Prefix: true, Plural: true}},
		{"MPs", true, Title{Sector: "LEG", Plural: true}},
		{"journalist", true, Title{Sector: "MED"}},
		{"Lord", true, Title{Prefix: true}},
		{"Prime", true, Title{Prefix: true}},
		{"primes", false, Title{}},
		{"Mr", false, Title{}},
		{"police", false, Title{}},
		{"Putin", false, Title{}},
	}
	for _, tt := range tests {
		got, ok := TitleWord(tt.w)
		if got != tt.want || ok != tt.ok {
			t.Errorf("TitleWord(%q) = %+v, %v; want %+v, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
}

// TestClockTimeEndsSentence: "p.m." before a capitalised word that is no
// weekday, month, zone or "X time" ends the sentence.
func TestClockTimeEndsSentence(t *testing.T) {
	for src, want := range map[string]int{
		"They would stop firing from 5 p.m. Pakistan's foreign minister confirmed it.": 2,
		"The vote closes at 5 p.m. Monday.":                                            1,
		"The vote closes at 5 p.m. EST tomorrow.":                                      1,
		"The vote closes at 5 p.m. Moscow time.":                                       1,
		"The vote closed at 5 p.m. The count began.":                                   2,
	} {
		if got := len(Segment(src)); got != want {
			t.Errorf("Segment(%q): %d sentences, want %d", src, got, want)
		}
	}
}

func TestPrivatePersonOpening(t *testing.T) {
	for _, tc := range []struct {
		words []string
		prep  bool
		want  int
	}{
		{strings.Fields("In Heraklion , a local fisherman described the scene"), true, 5},
		{strings.Fields("Another man said the station was empty"), false, 1},
		{strings.Fields("A Labour MP said"), false, -1},
		{strings.Fields("The fisherman said"), false, -1},
		{strings.Fields("Across the border , one Cambodian villager told AFP"), true, 6},
		{strings.Fields("Another current member of the Cabinet says"), false, 2},
		{strings.Fields("A Reuters Tokyo reporter said"), false, -1},
	} {
		got := PrivatePersonOpening(len(tc.words), func(i int) string { return tc.words[i] }, func(i int) bool { return i == 0 && tc.prep })
		if got != tc.want {
			t.Errorf("PrivatePersonOpening(%q) = %d, want %d", tc.words, got, tc.want)
		}
	}
}
