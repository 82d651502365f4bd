package timex

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

// pub is a Wednesday.
const pub = "2025-02-12"

type ref struct{ text, value string }

func TestResolve(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  []ref
	}{
		{"on same weekday", "The talks opened on Wednesday in Riyadh.", pub, []ref{{"on Wednesday", "2025-02-12"}}},
		{"on weekday ahead", "The two leaders will meet on Friday.", pub, []ref{{"on Friday", "2025-02-14"}}},
		{"on weekday behind", "Troops crossed the border on Monday.", pub, []ref{{"on Monday", "2025-02-10"}}},
		{"On at sentence start", "On Saturday, crowds gathered.", pub, []ref{{"On Saturday", "2025-02-15"}}},
		{"on Sunday is behind", "He spoke on Sunday.", pub, []ref{{"on Sunday", "2025-02-09"}}},
		{"bare weekday is past", "Officials said Friday that the deal was off.", pub, []ref{{"Friday", "2025-02-07"}}},
		{"bare weekday today", "Wednesday's vote was close.", pub, []ref{{"Wednesday", "2025-02-12"}}},
		{"last weekday", "The strike began last Friday.", pub, []ref{{"last Friday", "2025-02-07"}}},
		{"last same weekday", "It rained last Wednesday.", pub, []ref{{"last Wednesday", "2025-02-05"}}},
		{"next weekday", "The court rules next Friday.", pub, []ref{{"next Friday", "2025-02-14"}}},
		{"next same weekday", "They return next Wednesday.", pub, []ref{{"next Wednesday", "2025-02-19"}}},
		{"this weekday", "The vote is this Sunday, after this Monday's debate.", pub, []ref{{"this Sunday", "2025-02-16"}, {"this Monday", "2025-02-10"}}},
		{"weekday part of day", "Shelling resumed on Tuesday night and Thursday morning.", pub, []ref{{"on Tuesday night", "2025-02-11"}, {"Thursday morning", "2025-02-06"}}},
		{"weekday with date", "Talks resume on Friday, January 24, 2025, in Doha.", pub, []ref{{"on Friday, January 24, 2025", "2025-01-24"}}},
		{"weekday with day month", "Voting ends Friday 28 February.", pub, []ref{{"Friday 28 February", "2025-02-28"}}},
		{"day words", "Today he resigned; yesterday he denied it; tomorrow the party meets.", pub, []ref{{"Today", "2025-02-12"}, {"yesterday", "2025-02-11"}, {"tomorrow", "2025-02-13"}}},
		{"night", "Tonight the curfew starts, after riots last night.", pub, []ref{{"Tonight", "2025-02-12"}, {"last night", "2025-02-11"}}},
		{"yesterday morning", "Police said yesterday morning that two died.", pub, []ref{{"yesterday morning", "2025-02-11"}}},
		{"this morning", "The minister arrived this morning.", pub, []ref{{"this morning", "2025-02-12"}}},
		{"weeks", "This week, last week and next week.", pub, []ref{{"This week", "2025-W07"}, {"last week", "2025-W06"}, {"next week", "2025-W08"}}},
		{"months", "Prices rose this month after falling last month; next month is uncertain.", pub, []ref{{"this month", "2025-02"}, {"last month", "2025-01"}, {"next month", "2025-03"}}},
		{"years", "Growth slowed last year and may recover this year or next year.", pub, []ref{{"last year", "2024"}, {"this year", "2025"}, {"next year", "2026"}}},
		{"earlier this week", "Protests erupted earlier this week and will go on later this year.", pub, []ref{{"earlier this week", "2025-W07"}, {"later this year", "2025"}}},
		{"month day", "The ceasefire of January 20 held.", pub, []ref{{"January 20", "2025-01-20"}}},
		{"abbreviated month", "He was sworn in on Jan. 20 and left Dec 3.", pub, []ref{{"on Jan. 20", "2025-01-20"}, {"Dec 3", "2024-12-03"}}},
		{"ordinal", "Elections are due on March 9th.", pub, []ref{{"on March 9th", "2025-03-09"}}},
		{"day month", "Signed 20 January and ratified 3rd of February.", pub, []ref{{"20 January", "2025-01-20"}, {"3rd of February", "2025-02-03"}}},
		{"full dates", "Born January 20, 2001, he died 20 January 2025.", pub, []ref{{"January 20, 2001", "2001-01-20"}, {"20 January 2025", "2025-01-20"}}},
		{"iso date", "The filing (2025-01-20) was late.", pub, []ref{{"2025-01-20", "2025-01-20"}}},
		{"us slash date", "Dated 1/20/2025 and 20/1/2025.", pub, []ref{{"1/20/2025", "2025-01-20"}, {"20/1/2025", "2025-01-20"}}},
		{"month year", "The war began in February 2022, not February of 2014.", pub, []ref{{"February 2022", "2022-02"}, {"February of 2014", "2014-02"}}},
		{"bare month before", "Talks stalled in March.", pub, []ref{{"March", "2024-03"}}},
		{"bare month same", "Since February, prices fell.", pub, []ref{{"February", "2025-02"}}},
		{"bare month needs cue", "March organizers said they may march. May he win.", pub, nil},
		{"mid month", "The offensive stalled in mid-January.", pub, []ref{{"January", "2025-01"}}},
		{"last and next month name", "It flooded last March and will again next January.", pub, []ref{{"last March", "2024-03"}, {"next January", "2026-01"}}},
		{"years", "In 2022, the 2022 invasion began; 2000 people fled, 1999% rose, $2020 spent.", pub, []ref{{"2022", "2022"}, {"2022", "2022"}}},
		{"not years", "It cost 12,2022 or 2022.5 units or 1850 or 2100; the 1990s; a 2000-year-old coin.", pub, nil},
		{"year range", "From 2014-2016 he served.", pub, []ref{{"2014", "2014"}, {"2016", "2016"}}},
		{"ago", "Two days ago, three weeks ago, a month ago, 10 years ago.", pub, []ref{{"Two days ago", "2025-02-10"}, {"three weeks ago", "2025-W04"}, {"a month ago", "2025-01"}, {"10 years ago", "2015"}}},
		{"later from anchor", "Fighting began on January 20. A day later, and two weeks later, talks began.", pub, []ref{{"on January 20", "2025-01-20"}, {"A day later", "2025-01-21"}, {"two weeks later", "2025-W06"}}},
		{"next day chains", "They met on Monday. The next day they signed, and the following day they left.", pub, []ref{{"on Monday", "2025-02-10"}, {"The next day", "2025-02-11"}, {"the following day", "2025-02-12"}}},
		{"earlier from publication", "Three days earlier the mayor quit.", pub, []ref{{"Three days earlier", "2025-02-09"}}},
		{"hours give nothing", "A deal is expected within 24 hours, or 3 hours ago.", pub, nil},
		{"impossible date skipped", "Due on February 30, 2025 or 2/30/2025 or 2025-02-30.", pub, nil},
		{"leap day", "On February 29, 2024 it snowed.", pub, []ref{{"On February 29, 2024", "2024-02-29"}}},
		{"no publication", "On Friday, January 20, 2025, in 2022 and last week and in March.", "", []ref{{"On Friday, January 20, 2025", "2025-01-20"}, {"2022", "2022"}, {"last week", ""}, {"March", ""}}},
		{"no publication relative", "Yesterday and January 20 and two days ago.", "", []ref{{"Yesterday", ""}, {"January 20", ""}, {"two days ago", ""}}},
		{"bad publication", "Yesterday, in 2022.", "2025-13-45", []ref{{"Yesterday", ""}, {"2022", "2022"}}},
		{"nbsp and lines", "Signed on January\u00a020\nand\nMarch\n2022.", pub, []ref{{"on January\u00a020", "2025-01-20"}, {"2022", "2022"}}},
		{"year end", "It was 2024", pub, []ref{{"2024", "2024"}}},
		{"week across years", "It happened last week.", "2025-01-02", []ref{{"last week", "2024-W52"}}},
		{"nearest year for december", "On December 30 the plan leaked.", "2025-01-02", []ref{{"On December 30", "2024-12-30"}}},
		{"empty", "", pub, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refs := Resolve(tt.text, tt.published)
			var got []ref
			for _, r := range refs {
				if r.Text != tt.text[r.Start:r.End] {
					t.Errorf("Text %q, want the slice %q", r.Text, tt.text[r.Start:r.End])
				}
				got = append(got, ref{r.Text, r.Value})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Resolve(%q, %q)\n got %q\nwant %q", tt.text, tt.published, got, tt.want)
			}
		})
	}
}

func TestWeekdayWindow(t *testing.T) {
	// "on <weekday>" stays within three days of publication for every pairing.
	p, _ := time.Parse("2006-01-02", pub)
	for d := range 7 {
		pd := p.AddDate(0, 0, d)
		for wd := time.Sunday; wd <= time.Saturday; wd++ {
			got := weekday(pd, wd, modOn)
			if diff := got.Sub(pd).Hours() / 24; got.Weekday() != wd || diff < -3 || diff > 3 {
				t.Errorf("on %v from %s: got %s", wd, pd.Format("2006-01-02 Mon"), got.Format("2006-01-02 Mon"))
			}
		}
	}
}

var valueForm = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?|-W\d{2})?)?$`)

func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"On Friday, January 24, 2025, two days later, 1/20/2025 and 2025-01-20.",
		"last night\nnext week in March 2022 the 2022 invasion",
		"20th of May 2024, Jan. 3, mid-June, a day later",
		"\xff\xfeMonday 31/31/2025 9999-99-99 on",
	} {
		f.Add(s, pub)
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		refs := Resolve(text, published)
		end := 0
		for _, r := range refs {
			if r.Start < end || r.End <= r.Start || r.End > len(text) {
				t.Fatalf("span [%d,%d) after %d in %d bytes", r.Start, r.End, end, len(text))
			}
			if r.Text != text[r.Start:r.End] {
				t.Fatalf("Text %q, want %q", r.Text, text[r.Start:r.End])
			}
			if !valueForm.MatchString(r.Value) {
				t.Fatalf("value %q of %q", r.Value, r.Text)
			}
			end = r.End
		}
	})
}

func TestHugeText(t *testing.T) {
	unit := "On Friday, January 24, 2025, 2022 people met two days ago in March; "
	text := strings.Repeat(unit, 20000) + strings.Repeat("9", 100000) + strings.Repeat("a", 100000)
	refs := Resolve(text, pub)
	if got, want := len(refs), 20000*3; got != want {
		t.Errorf("got %d refs, want %d", got, want)
	}
}

func BenchmarkResolve(b *testing.B) {
	text := strings.Repeat("Russian forces struck Kyiv on Wednesday, a day after talks that began on January 20, 2025 "+
		"stalled, officials said last week. In 2022, 2000 people fled in March.\n", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Resolve(text, pub)
	}
}

func ExampleResolve() {
	text := "The envoys met on Monday, a day after talks that began on January 20 stalled, and will meet again next week. The 2022 invasion began in February 2022."
	for _, d := range Resolve(text, "2025-02-12") {
		fmt.Printf("%d-%d %q %s\n", d.Start, d.End, d.Text, d.Value)
	}
	// Output:
	// 15-24 "on Monday" 2025-02-10
	// 55-68 "on January 20" 2025-01-20
	// 98-107 "next week" 2025-W08
	// 113-117 "2022" 2022
	// 136-149 "February 2022" 2022-02
}
