package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/internal/corpora"
)

func referenceRecord(t testing.TB) (*chronicle.Record, *eval.Gold) {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return goldRecord(t, p, filepath.Join(corpora.Shared(t, "examples"), "trump-putin-call.gold.json"))
}

// goldRecord reads the gold file at path and extracts its article, the
// gold's "doc" beside it, dated as the gold says.
func goldRecord(t testing.TB, p *Pipeline, path string) (*chronicle.Record, *eval.Gold) {
	t.Helper()
	g, err := eval.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(filepath.Dir(path), g.Doc))
	if err != nil {
		t.Fatal(err)
	}
	return p.Extract(chronicle.Document{Source: g.Doc, Published: g.Published, Text: string(text)}, nil), g
}

// TestReferenceArticleFloors guards the figures reached on the reference
// article (chronicle eval article --gold ../shared/examples/trump-putin-call.gold.json).
func TestReferenceArticleFloors(t *testing.T) {
	rec, g := referenceRecord(t)
	s := eval.ScoreArticle(rec, g)
	if s.EntitiesRight < 23 {
		t.Errorf("entities right %d/%d, floor 23; missed %q", s.EntitiesRight, s.Entities, s.MissedEntities)
	}
	if len(s.WrongType) > 0 {
		t.Errorf("entities of a wrong type: %q", s.WrongType)
	}
	if len(s.Flagged) != 1 {
		t.Errorf("spelling flags %q, want Scott Besant", s.Flagged)
	}
	for _, e := range rec.Entities {
		if len(e.Flags) > 0 && e.Name != "Scott Bessent" {
			t.Errorf("unexpected flag on %s: %q", e.Name, e.Flags)
		}
	}
	if s.QuotesFound < 19 || s.SpeakersRight < 19 {
		t.Errorf("quotes found %d/19 (floor 19), speakers right %d (floor 19); wrong %q", s.QuotesFound, s.SpeakersRight, s.WrongSpeakers)
	}
	if s.Unattributed > 0 {
		t.Errorf("%d direct quotes without a speaker", s.Unattributed)
	}
}

// TestReferenceArticleReferences: the titles and pronouns that refer to
// Trump, Putin and Zelensky are mentions of them.
func TestReferenceArticleReferences(t *testing.T) {
	rec, _ := referenceRecord(t)
	want := map[string][]string{
		"Donald Trump":        {"the US president", "The US president", "he"},
		"Vladimir Putin":      {"his Russian counterpart", "the Russian president", "President Putin"},
		"Volodymyr Zelensky":  {"The Ukrainian leader", "He"},
		"Mohammed bin Salman": {"The Saudi crown prince"},
	}
	for _, e := range rec.Entities {
		for _, m := range want[e.Name] {
			found := false
			for _, got := range e.Mentions {
				found = found || strings.HasSuffix(got.Text, m)
			}
			if !found {
				t.Errorf("%s: no mention %q", e.Name, m)
			}
		}
		delete(want, e.Name)
	}
	for name := range want {
		t.Errorf("%s not among the entities", name)
	}
}

func BenchmarkExtract(b *testing.B) {
	rec, _ := referenceRecord(b)
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	doc := chronicle.Document{Text: rec.Text, Published: rec.Published}
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		p.Extract(doc, nil)
	}
}

// BenchmarkEntities measures recognition and resolution together over the
// reference article's annotated sentences, in tokens per second.
func BenchmarkEntities(b *testing.B) {
	rec, _ := referenceRecord(b)
	p, err := New(Options{Grammar: true})
	if err != nil {
		b.Fatal(err)
	}
	doc := chronicle.Document{Text: rec.Text, Published: rec.Published}
	sents := p.Extract(doc, nil).Sentences
	ntok := 0
	for _, s := range sents {
		ntok += len(s.Tokens)
	}
	for b.Loop() {
		p.entities(doc, sents)
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestEmptyListsNotNull: a document with no words still gets arrays, not
// nulls, for every list of the record.
func TestEmptyListsNotNull(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", " \n ", "…", "🙂🙂"} {
		rec := p.Extract(chronicle.Document{Text: text}, nil)
		if rec.Sentences == nil || rec.Entities == nil || rec.Quotes == nil || rec.Warnings == nil {
			t.Errorf("%q: a list is nil: %+v", text, rec)
		}
	}
}

// TestConcurrentExtract: one Pipeline serves several goroutines (run with
// -race to check it).
func TestConcurrentExtract(t *testing.T) {
	rec, _ := referenceRecord(t)
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := chronicle.Document{Text: rec.Text, Published: rec.Published}
	want := len(p.Extract(doc, nil).Entities)
	done := make(chan int)
	for range 4 {
		go func() { done <- len(p.Extract(doc, nil).Entities) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent extract found %d entities, want %d", got, want)
		}
	}
}

// TestQuotesThroughTheParse: speaker choices that lean on the parse. A
// participle the parse hangs on the reported clause belongs to the verb
// that reports it; a cue whose parsed subject is a quoted word reports no
// clause of its own.
func TestQuotesThroughTheParse(t *testing.T) {
	text := "Gerry Conlon spoke after the meeting. He said Mr Blair had spoken with \"such sincerity\", adding: " +
		"\"He went beyond what we thought he would.\"\n\n" +
		"\"It represents a move away from the old approach,\" said a Home Office spokesman.\n\n" +
		"The case has been backed by David Kahn - a former Yale historian, and a leading expert on code-breaking, " +
		"who has confirmed his information was valuable to the Western allies. Scottish ministers insist they " +
		"will still have the final say on whether a casino will be built.\n\n" +
		"But party leader Ann Kerr said the prince was in a privileged position and said he should apologise in " +
		"person. \"There is a reservoir of goodwill for him in this country, but it can't last forever.\"\n\n" +
		"According to the Saudi Interior Ministry over 345 pilgrims have been killed in a stampede. " +
		"According to Rathbun the property was returned by mail.\n\n" +
		"Martin Mubanga was freed last week. His lawyer said the officials would be taken to court. " +
		"The suspect plans to sue the government, it is reported.\n\n" +
		"The secretary general of the bishops' conference, Nunzio Galantino, said the ruling was dangerous. " +
		"Malaysia's Prime Minister, Najib Razak said, \"We are in contact with all relevant parties.\"\n\n" +
		"The authors say the results confirm the existence of inadequate iodine intake in the Australian population. " +
		"They call for \"urgent implementation of mandatory iodisation of all edible salt in Australia.\"\n\n" +
		"Richard Thomas \"totally condemned\" the deletion of e-mails to prevent their disclosure.\n\n" +
		"Judges can already jail parents, but that was a \"nuclear option\" which was rarely used, a spokesman said.\n\n" +
		"Officials in Ankara said the U.S. and the European Union had been briefed, and that Qatar had offered to host a meeting. " +
		"Mr Wallace agreed and said the figures had to be looked at in context.\n\n" +
		"Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told reporters in Doha that \"there is a window, but it is closing.\"\n\n" +
		"Iran will not halt uranium enrichment, Foreign Minister Abbas Araghchi said on Wednesday, a day after the head of the UN nuclear watchdog warned that inspectors had lost track of the country's stockpile.\n\n" +
		"NAIROBI, Kenya (AP) — Kenyan President William Ruto on Thursday defended the police response to protests that left at least 16 people dead, saying officers had acted to protect lives and property.\n\n" +
		"KYIV, Ukraine — Russia launched more than 400 drones at Ukraine overnight, Ukrainian officials said Saturday. " +
		"Hours later, Ukrainian drones struck an oil refinery in Russia's Saratov region, the regional governor, Roman Busargin, said.\n\n" +
		"GAZA CITY (AFP) - Israeli air strikes killed at least 25 Palestinians across the Gaza Strip overnight, the territory's civil defence agency said on Tuesday, as negotiators met in Cairo. " +
		"The United Nations agency for Palestinian refugees, UNRWA, warned that famine conditions persisted in the north.\n\n" +
		"CARACAS, Venezuela (Reuters) - Venezuela's government on Wednesday condemned a U.S. military strike on a boat in the southern Caribbean that killed six people, calling it \"an extrajudicial execution.\"\n\n" +
		"Presidential aide Yuri Ushakov told journalists that a personal meeting of the two leaders was possible before the end of the year. " +
		"Lord Falconer told BBC Radio 4's Today programme it was impossible for some elderly people to go to court.\n\n" +
		"In Berlin, German Chancellor Friedrich Merz said the crisis in Paris was a matter for the French.\n\n" +
		"India's Defence Minister Rajnath Singh told lawmakers the strikes had been measured and non-escalatory.\n\n" +
		"Blinken, speaking at a news conference with South Korean Foreign Minister Cho Tae-yul, called the launch \"a reminder\" of the threat.\n\n" +
		"Nvidia Chief Executive Jensen Huang told reporters the deal would combine the two firms' technology.\n\n" +
		"The Home Affairs Committee met. Committee chairman John Denham said drugs were sometimes used as an excuse.\n\n" +
		"\"The committee believes that these arguments should be rejected by sentencers.\" At present judges differ.\n\n" +
		"Other sites such as Gawker.com have stated that they will keep hosting the video.\n\n" +
		"\"So far, it's the Internet: 1, Scientology: 0. But it's a long game.\" - Matthew Ingram\n\n" +
		"Fico told reporters in Bratislava that Slovakia had secured guarantees on energy prices.\n\n" +
		"Israeli Prime Minister Benjamin Netanyahu's office said Israel would not tolerate delays.\n\n" +
		"The head of the Russian delegation, presidential aide Vladimir Medinsky, said that the Russian side had handed over its memorandum.\n\n" +
		"BP has paused all shipments through the Red Sea, a spokesperson for the company said on Monday, after Houthi attacks on vessels.\n\n" +
		"A spokesperson for the Chinese foreign ministry, Mao Ning, said Beijing opposed the move.\n\n" +
		"China said it had expelled a vessel, as Manila accused Beijing of \"dangerous manoeuvres\".\n\n" +
		"Maria Zakharova, the official representative of the Russian Foreign Ministry, said earlier that the West was escalating the conflict.\n\n" +
		"The unions are quiet, but one insider pointed out to the BBC News website that \"nobody is denying suggestions a merger could be on the agenda\".\n\n" +
		"Israeli Prime Minister Benjamin Netanyahu fired his defence minister on Tuesday, citing a \"crisis of trust\".\n\n" +
		"The head of the Office of the President Andriy Yermak noted that the American side supported the initiative. " +
		"The barrister who had represented Mr Martin had said the rules were weighted in favour of the householder.\n\n" +
		"The Queen and Duke of Edinburgh said the news had made them \"very happy\".\n\n" +
		"The Democratic nominee said tariffs would raise prices, while the Republican called her a \"radical left Marxist\".\n\n" +
		"The cardinal used a Christmas message to denounce the war in Iraq as a \"terrible\" waste of money.\n\n" +
		"The pressure prompted the prime minister to say the police would be consulted.\n\n" +
		"China's Foreign Minister Wang Yi told his South Korean counterpart Cho Hyun in a phone call that Japan was \"crossing a red line\".\n\n" +
		"US envoy Steve Witkoff is expected in the region next week, a State Department official told AFP, speaking on condition of anonymity.\n\n" +
		"The Russian defence ministry said its forces had struck military targets. It also said Russian troops had captured the village of Pishchane.\n\n" +
		"US forces struck another boat in the Caribbean that Washington said was carrying drugs.\n\n" +
		"\"We will fight,\" his lawyer, Paulo Bueno, said.\n\n" +
		"Reform UK leader Nigel Farage said the government had \"lost control\" of the economy.\n\n" +
		"Britain's finance minister Rachel Reeves raised taxes in her budget on Wednesday, breaking what critics said was an election promise.\n\n" +
		"His powerful sister Kim Yo Jong said in a statement carried by the state news agency KCNA that Pyongyang had “no interest” in dialogue.\n\n" +
		"Japan's defence ministry said they fell outside its exclusive economic zone.\n\n" +
		"A Tory spokesman \"totally refuted\" any wrongdoing.\n\n" +
		"According to The New Zealand Herald, Emeritus Professor John Burrows, the chairman of the panel, said the flag had never been open to public choice.\n\n" +
		"But the Pentagon told BBC News US policy \"condemns and prohibits\" torture.\n\n" +
		"U.S. Senator John Cornyn, Republican from Texas, issued a statement regarding the decision. \"Like many Texans, I am disappointed with NASA's decision.\"\n\n" +
		"IMF Managing Director Kristalina Georgieva said the reforms were \"delivering results\".\n\n" +
		"Peskov was quoted by the RIA news agency as saying that Moscow remained open to talks.\n\n" +
		"\"The risk is low, but we are not complacent,\" WHO Director-General Tedros Adhanom Ghebreyesus told a news conference.\n\n" +
		"\"No one is above the law,\" said Balkees Jarrah, associate international justice director at Human Rights Watch.\n\n" +
		"Security, stability and prosperity would be the key themes, he said.\n\n" +
		"However, all sides are anxious to avoid a confrontation before the election, said BBC labour affairs correspondent Stephen Cape.\n\n" +
		"The commissioner is asking for details of Cabinet Office orders telling staff to delete e-mails more than three months old.\n\n" +
		"There was an \"absolute crisis\" in the recruitment of statisticians and other social science experts, the Commons science and technology committee added.\n\n" +
		"According to the report, \"more than half\" the qualifications were achieved by learners aged 16 to 18.\n\n" +
		"The EU's move was welcomed at the time by Beijing, which described the embargo as a \"product of the Cold War\".\n\n" +
		"The minister was received by Antonio Costa, President of the European Council, who described the country as \"a reliable partner in a world which is not stable\".\n\n" +
		"\"The Kingdom leads the transition,\" - stated the Minister of Energy, His Royal Highness Prince Abdulaziz bin Salman, who attended the talks.\n"
	rec := extractText(t, text, "2005-02-09")
	speakers := speakersOf(rec)
	for _, q := range rec.Quotes {
		for _, e := range rec.Entities {
			if q.Text == "very happy" && e.ID == q.Speaker && e.Type == chronicle.GeoPolitical {
				t.Errorf("'The Queen and Duke of Edinburgh said': the speaker is the town %s", e.Name)
			}
		}
	}
	if got := speakers["He went beyond what we thought he would."]; got != "Gerry Conlon" {
		t.Errorf("speaker of the added quote = %q, want Gerry Conlon; quotes %v", got, speakers)
	}
	if got := speakers["his information was valuable to the Western allies"]; got != "David Kahn" {
		t.Errorf("'who' in an appositive's prepositional phrase: speaker %q, want David Kahn", got)
	}
	if got := speakers["There is a reservoir of goodwill for him in this country, but it can't last forever."]; got != "Ann Kerr" {
		t.Errorf("a quote opening the sentence after a report: speaker %q, want Ann Kerr", got)
	}
	for q, want := range map[string]string{
		"over 345 pilgrims have been killed in a stampede": "Ministry of Interior of Saudi Arabia",
		"the property was returned by mail":                "Rathbun",
	} {
		if got, ok := speakers[q]; !ok || !strings.HasSuffix(got, want) {
			t.Errorf("'according to X CLAUSE' without a comma: %q spoken by %q (found %v), want %s", q, got, ok, want)
		}
	}
	if got := speakers["the officials would be taken to court"]; got != "His lawyer" {
		t.Errorf("'His lawyer said': speaker %q, want His lawyer (not the man he is the lawyer of)", got)
	}
	if sp, ok := speakers["The suspect plans to sue the government"]; ok {
		t.Errorf("'CLAUSE, it is reported' gave a quote spoken by %q; an impersonal passive names no one", sp)
	}
	for q := range speakers {
		if strings.HasPrefix(q, "Korean counterpart") {
			t.Errorf("'told his South Korean counterpart Cho Hyun in a phone call that …': the hearer's words reported as said: %q", q)
		}
	}
	if got := speakers["US envoy Steve Witkoff is expected in the region next week"]; got != "a State Department official" {
		t.Errorf("'CLAUSE, a State Department official told AFP, speaking …': speaker %q, want a State Department official", got)
	}
	if got := speakers["Russian troops had captured the village of Pishchane"]; got != "Ministry of Defence of Russia" {
		t.Errorf("'The Russian defence ministry said …. It also said': speaker %q, want the ministry", got)
	}
	if _, ok := speakers["was carrying drugs"]; !ok {
		t.Errorf("'a boat that Washington said was carrying drugs': want the report 'was carrying drugs', got %v", speakers)
	}
	for q := range speakers {
		if strings.Contains(q, "his lawyer") {
			t.Errorf("'“…,” his lawyer, Paulo Bueno, said' reports its own speaker's phrase: %q", q)
		}
	}
	if got := speakers["We will fight"]; got != "Paulo Bueno" {
		t.Errorf("'“…,” his lawyer, Paulo Bueno, said': speaker %q, want Paulo Bueno", got)
	}
	if _, ok := speakers["the government had \"lost control\" of the economy"]; !ok {
		t.Errorf("'Reform UK leader Nigel Farage said CLAUSE': want the clause after the cue, got %v", speakers)
	}
	if got, ok := speakers["was an election promise"]; ok && got != "critics" {
		t.Errorf("'breaking what critics said was …': speaker %q, want critics", got)
	}
	if _, ok := speakers["Pyongyang had “no interest” in dialogue"]; !ok {
		t.Errorf("'said in a statement carried by … that CLAUSE': want the clause after 'that', got %v", speakers)
	}
	if got := speakers["they fell outside its exclusive economic zone"]; got != "Ministry of Defence of Japan" {
		t.Errorf("a head noun the parse made a second subject: speaker %q, want Japan's defence ministry (the Ministry of Defence of Japan)", got)
	}
	if got := speakers["totally refuted"]; got != "A Tory spokesman" {
		t.Errorf("'A Tory spokesman “totally refuted” …': speaker %q, want A Tory spokesman", got)
	}
	if got := speakers["absolute crisis"]; got != "the Commons science and technology committee" {
		t.Errorf("'CLAUSE, the Commons science and technology committee added': speaker %q", got)
	}
	if got := speakers["more than half"]; got != "the report" {
		t.Errorf("'According to the report, “…”': speaker %q, want the report", got)
	}
	if got := speakers["The Kingdom leads the transition"]; !strings.Contains(got, "Abdulaziz bin Salman") {
		t.Errorf("'said the Minister of Energy, His Royal Highness Prince Abdulaziz bin Salman,': speaker %q", got)
	}
	if got := speakers["a reliable partner in a world which is not stable"]; got == "" || got == "European Council" {
		t.Errorf("'Antonio Costa, President of the European Council, who described …': speaker %q, want Costa", got)
	}
	if got := speakers["product of the Cold War"]; got != "China" {
		t.Errorf("'by Beijing, which described …': speaker %q, want China", got)
	}
	for q, sp := range speakers {
		if strings.Contains(q, "John Burrows") {
			t.Errorf("'According to the Herald, X said CLAUSE' reports X's cue as the Herald's: %q by %q", q, sp)
		}
	}
	if got := speakers["the flag had never been open to public choice"]; got != "John Burrows" {
		t.Errorf("'According to the Herald, Professor John Burrows … said CLAUSE': speaker %q, want John Burrows", got)
	}
	for q := range speakers {
		if strings.HasPrefix(q, "staff to delete") {
			t.Errorf("'orders telling staff to delete …' is an order, not a report: %q", q)
		}
	}
	for q := range speakers {
		if strings.HasPrefix(q, "BBC News") || strings.HasPrefix(q, "Today programme") {
			t.Errorf("a named hearer reported as said: %q", q)
		}
	}
	if got := speakers["Like many Texans, I am disappointed with NASA's decision."]; got != "John Cornyn" {
		t.Errorf("a quote after 'X issued a statement': speaker %q, want John Cornyn", got)
	}
	if got := speakers["delivering results"]; got != "Kristalina Georgieva" {
		t.Errorf("'IMF Managing Director Kristalina Georgieva said', headed on IMF: speaker %q", got)
	}
	if got := speakers["Moscow remained open to talks"]; got != "Peskov" {
		t.Errorf("'X was quoted by the RIA news agency as saying that …': speaker %q, want Peskov", got)
	}
	if got := speakers["The risk is low, but we are not complacent"]; got != "Tedros Adhanom Ghebreyesus" {
		t.Errorf("'“…,” WHO Director-General Tedros … told': speaker %q", got)
	}
	for q := range speakers {
		if strings.HasPrefix(q, "Balkees Jarrah") {
			t.Errorf("'“…,” said X, description': the speaker's phrase reported as said: %q", q)
		}
	}
	for q, sp := range speakers {
		if sp != "" && strings.HasPrefix(q, sp+",") {
			t.Errorf("the speaker's own phrase reported as said: %q by %q", q, sp)
		}
	}
	if got := speakers["However, all sides are anxious to avoid a confrontation before the election"]; got != "Stephen Cape" {
		t.Errorf("'CLAUSE, said X.' with X parsed as the verb's subject after it: speaker %q, want Stephen Cape", got)
	}
	if got := speakers["terrible"]; !strings.HasSuffix(got, "cardinal") {
		t.Errorf("'used a message to denounce the war as “…”': speaker %q, want the cardinal", got)
	}
	if got := speakers["the police would be consulted"]; got != "the prime minister" {
		t.Errorf("'prompted the prime minister to say': speaker %q, want the prime minister", got)
	}
	if got := speakers["radical left Marxist"]; got != "the Republican" {
		t.Errorf("'while the Republican called her “…”': speaker %q, want the Republican", got)
	}
	if got := speakers["the American side supported the initiative"]; got != "Andriy Yermak" {
		t.Errorf("a name the parse made a second subject after its description: speaker %q, want Andriy Yermak", got)
	}
	if got := speakers["the rules were weighted in favour of the householder"]; got == "Martin" {
		t.Errorf("'The barrister who had represented Mr Martin had said': speaker %q, want the barrister", got)
	}
	if got := speakers["crisis of trust"]; got != "Benjamin Netanyahu" {
		t.Errorf("', citing a “…”': speaker %q, want Benjamin Netanyahu", got)
	}
	if got := speakers["nobody is denying suggestions a merger could be on the agenda"]; got != "one insider" {
		t.Errorf("'pointed out … that “…”': speaker %q, want one insider", got)
	}
	if _, ok := speakers["the West was escalating the conflict"]; !ok {
		t.Errorf("'said earlier that CLAUSE' does not report the clause alone; quotes %v", speakers)
	}
	if got := speakers["dangerous manoeuvres"]; got != "Philippines" {
		t.Errorf("a quote in a clause of its own beside the report: speaker %q, want Manila's Philippines", got)
	}
	if got := speakers["Beijing opposed the move"]; got != "Mao Ning" {
		t.Errorf("a name the parse put in apposition to the body a spokesperson serves: speaker %q, want Mao Ning", got)
	}
	if got := speakers["We are in contact with all relevant parties."]; got != "Najib Razak" {
		t.Errorf("a title subject with the name in apposition: speaker %q, want Najib Razak", got)
	}
	if got := speakers["urgent implementation of mandatory iodisation of all edible salt in Australia"]; got != "The authors" {
		t.Errorf("'they' after a report takes back its speaker: %q, want The authors", got)
	}
	if got := speakers["there is a window, but it is closing"]; got != "Mohammed bin Abdulrahman Al Thani" {
		t.Errorf("a speaker phrase the parse heads on its demonym: speaker %q, want the prime minister", got)
	}
	if _, ok := speakers["the figures had to be looked at in context"]; !ok {
		t.Errorf("a reported clause whose two-word subject the parse took for the verb's object lost it; quotes %v", speakers)
	}
	if _, ok := speakers["the U.S. and the European Union had been briefed, and that Qatar had offered to host a meeting"]; !ok {
		t.Errorf("a reported clause whose subject the parse took for the verb's object lost its subject; quotes %v", speakers)
	}
	if got := speakers["nuclear option"]; got != "a spokesman" {
		t.Errorf("a quoted term inside reported speech: speaker %q, want the reporter, a spokesman", got)
	}
	if got := speakers["totally condemned"]; got != "Richard Thomas" {
		t.Errorf("a quote holding its sentence's verb: speaker %q, want its subject Richard Thomas", got)
	}
	if got := speakers["Iran will not halt uranium enrichment"]; got != "Abbas Araghchi" {
		t.Errorf("a fronted clause before 'X said on Wednesday, a day after …': speaker %q, want Abbas Araghchi; quotes %v", got, speakers)
	}
	if got := speakers["inspectors had lost track of the country's stockpile"]; got != "the head of the UN nuclear watchdog" {
		t.Errorf("'a day after X warned': speaker %q, want X, not the day", got)
	}
	if got := speakers["officers had acted to protect lives and property"]; got != "William Ruto" {
		t.Errorf("', saying …' after a relative clause, in a story with a dateline: speaker %q, want William Ruto", got)
	}
	if got := speakers["Russia launched more than 400 drones at Ukraine overnight"]; got != "Ukrainian officials" {
		t.Errorf("a report after a dateline, without it: speaker %q, want Ukrainian officials; quotes %v", got, speakers)
	}
	if got := speakers["Hours later, Ukrainian drones struck an oil refinery in Russia's Saratov region"]; got != "Roman Busargin" {
		t.Errorf("a clause the parse ran on into the speaker and his description: speaker %q, want Roman Busargin; quotes %v", got, speakers)
	}
	if got := speakers["Israeli air strikes killed at least 25 Palestinians across the Gaza Strip overnight"]; got != "the territory's civil defence agency" {
		t.Errorf("a dateline ending in '(AFP) -' that the parse made the subject: speaker %q, want the agency", got)
	}
	if got := speakers["famine conditions persisted in the north"]; !strings.Contains(got, "Relief and Works") {
		t.Errorf("a body's description with its name in apposition: speaker %q, want UNRWA", got)
	}
	if got := speakers["an extrajudicial execution"]; got != "Venezuela's government" {
		t.Errorf("a subject after a dateline's '(Reuters) -': speaker %q, want Venezuela's government", got)
	}
	if _, ok := speakers["a personal meeting of the two leaders was possible before the end of the year"]; !ok {
		t.Errorf("a reported clause whose subject the parse made a verbless clause of its own lost its subject; quotes %v", speakers)
	}
	if _, ok := speakers["it was impossible for some elderly people to go to court"]; !ok {
		t.Errorf("a hearer the parse made a clause became part of the report; quotes %v", speakers)
	}
	if got := speakers["the crisis in Paris was a matter for the French"]; got != "Friedrich Merz" {
		t.Errorf("'In Berlin, X said' where the parse made Berlin the subject: speaker %q, want Friedrich Merz", got)
	}
	if got := speakers["the strikes had been measured and non-escalatory"]; got != "Rajnath Singh" {
		t.Errorf("a possessor the parse made a second subject ('India's Defence Minister Rajnath Singh told'): speaker %q", got)
	}
	if got := speakers["a reminder"]; got != "Blinken" {
		t.Errorf("'X, speaking … with Y, called': speaker %q, want Blinken", got)
	}
	if got := speakers["the deal would combine the two firms' technology"]; got != "Jensen Huang" {
		t.Errorf("'Nvidia Chief Executive Jensen Huang told', parsed as the firm with the man in apposition: speaker %q", got)
	}
	if got := speakers["drugs were sometimes used as an excuse"]; got != "John Denham" {
		t.Errorf("'Committee chairman John Denham said', headed on the body: speaker %q, want John Denham", got)
	}
	if got := speakers["The committee believes that these arguments should be rejected by sentencers."]; got != "John Denham" {
		t.Errorf("a quote opening the paragraph after a report: speaker %q, want John Denham", got)
	}
	if got := speakers["So far, it's the Internet: 1, Scientology: 0. But it's a long game."]; strings.Contains(got, "Gawker") {
		t.Errorf("a quote that names its source after a dash went to the report before it: %q", got)
	}
	if _, ok := speakers["Slovakia had secured guarantees on energy prices"]; !ok {
		t.Errorf("a report opening on a 'that' the parse took for a pronoun keeps it; quotes %v", speakers)
	}
	if got := speakers["Israel would not tolerate delays"]; got != "Benjamin Netanyahu" {
		t.Errorf("'Israeli Prime Minister Benjamin Netanyahu's office said': speaker %q, want Netanyahu, not Israel", got)
	}
	if got := speakers["the Russian side had handed over its memorandum"]; got != "Vladimir Medinsky" {
		t.Errorf("'The head of the Russian delegation, presidential aide Vladimir Medinsky, said': speaker %q", got)
	}
	if got := speakers["BP has paused all shipments through the Red Sea"]; got != "a spokesperson for the company" {
		t.Errorf("'CLAUSE, a spokesperson for the company said on Monday, after …', parsed with the company as subject: speaker %q", got)
	}
	if got := speakers["the ruling was dangerous"]; got != "Nunzio Galantino" {
		t.Errorf("a subject that describes the person its appositive names: speaker %q, want Nunzio Galantino", got)
	}
	for q, sp := range speakers {
		if sp == "final" || strings.HasPrefix(q, "whether") {
			t.Errorf("'the final say' taken for a cue: %q by %q", q, sp)
		}
		if q == "a Home Office spokesman" || sp == "represents" || q == "Malaysia's Prime Minister" {
			t.Errorf("a reported quote made of the speaker: %q by %q", q, sp)
		}
	}
}

// TestEntitiesThroughTheParse: resolution choices that lean on the parse.
// A name in apposition to a subject that describes someone is the subject a
// later pronoun refers to; "of" after a common noun ends a title phrase.
func TestEntitiesThroughTheParse(t *testing.T) {
	text := "Interior Secretary Kipchumba Murkomen spoke to parliament. The U.S. ambassador, Meg Whitman, left her post earlier this year.\n\n" +
		"The protests began after the death in police custody of blogger Albert Ojwang.\n\n" +
		"Patricia Hewitt will meet the industry. His mother, Giselle, said her son's killer had mimicked the game. " +
		"Police dismissed its influence. Ahead of Sunday's meeting in London, Ms Hewitt said she was proud of the industry.\n\n" +
		"Earlier, Secretary of the Security Council of Russia Sergei Shoigu said that NATO is building up its forces. " +
		"Russia's Permanent Representative to the UN Vasily Nebenzya stated that Kiev is using Western weapons. " +
		"The official representative of the Russian Foreign Ministry Maria Zakharova said Europe is preparing for war. " +
		"The head of the Pentagon Pete Hegseth said Washington would not send troops.\n\n" +
		"Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom would pay Syria's debts. " +
		"Al-Sharaa, who led the rebel offensive that toppled Bashar al-Assad in December, thanked the Saudi leadership. " +
		"\"We will not forget who stood with the Syrian people,\" he said.\n\n" +
		"Brazil's Supreme Court sentenced former President Jair Bolsonaro to 27 years. Justice Luiz Fux voted for acquittal. " +
		"Bolsonaro's lawyers said they would appeal. His son, Senator Flavio Bolsonaro, called the ruling persecution.\n\n" +
		"Netanyahu fired Defense Minister Yoav Gallant. Foreign Minister Israel Katz will replace him, Netanyahu's office said.\n\n" +
		"Prime Minister Benjamin Netanyahu has asked President Isaac Herzog to pardon him. U.S. President Donald Trump wrote to Herzog this month urging him to pardon the Israeli leader.\n\n" +
		"President Trump threatened to cut funding. Ms. Hochul congratulated Mr. Mamdani and said she looked forward to working with him.\n"
	rec := extractText(t, text, "2025-07-10")
	mentions := map[string][]string{}
	byName := map[string]chronicle.Entity{}
	for _, e := range rec.Entities {
		byName[e.Name] = e
		for _, m := range e.Mentions {
			mentions[e.Name] = append(mentions[e.Name], m.Text)
		}
	}
	if !slices.Contains(mentions["Meg Whitman"], "her") {
		t.Errorf("'her' after 'The U.S. ambassador, Meg Whitman, left': mentions %v", mentions)
	}
	if e := byName["Sergei Shoigu"]; e.Sector != "GOV" || !slices.Contains(mentions[e.Name], "Secretary of the Security Council of Russia Sergei Shoigu") {
		t.Errorf("Shoigu = %+v, want GOV and the whole title; a body inside a title is one unit", e)
	}
	if e := byName["Vasily Nebenzya"]; e.Country != "RUS" || e.Sector != "GOV" {
		t.Errorf("Nebenzya = %+v, want RUSGOV, not the UN's: the body one is posted to is not one's own", e)
	}
	if e := byName["Maria Zakharova"]; e.Country != "RUS" || e.Sector != "GOV" {
		t.Errorf("Zakharova = %+v, want RUS GOV", e)
	}
	if _, ok := byName["Pete Hegseth"]; !ok {
		t.Errorf("no Pete Hegseth: a body the recognizer ran into a name stays in it; entities %v", mentions)
	}
	if !slices.Contains(mentions["Ahmed al-Sharaa"], "he") {
		t.Errorf("a name opening its sentence before a comma is its subject, whatever the parse says: mentions %v", mentions)
	}
	for name, ms := range mentions {
		if slices.Contains(ms, "Foreign Minister Israel Katz") && slices.Contains(ms, "him") {
			t.Errorf("'Israel Katz will replace him': him went to Katz (%s); mentions %v", name, ms)
		}
	}
	if slices.Contains(mentions["Donald Trump"], "him") || !slices.Contains(mentions["Benjamin Netanyahu"], "him") ||
		!slices.Contains(mentions["Isaac Herzog"], "him") {
		t.Errorf("'Netanyahu has asked Herzog to pardon him', 'Trump wrote to Herzog urging him': him is "+
			"Netanyahu, then Herzog; mentions %v", mentions)
	}
	if !slices.Contains(mentions["Mamdani"], "him") {
		t.Errorf("'congratulated Mr. Mamdani and said she looked forward to working with him': mentions %v", mentions)
	}
	if slices.Contains(mentions["Luiz Fux"], "His") {
		t.Errorf("'Bolsonaro's lawyers said they would appeal. His son …': His went to the judge; mentions %v", mentions)
	}
	if slices.Contains(mentions["Giselle"], "she") {
		t.Errorf("'Ms Hewitt said she was proud': she went to Giselle; mentions %v", mentions)
	}
	if !slices.Contains(mentions["Albert Ojwang"], "blogger Albert Ojwang") {
		t.Errorf("'police custody of blogger Albert Ojwang': mentions %v, want 'blogger Albert Ojwang'", mentions["Albert Ojwang"])
	}
}

// TestTranslatedNewsIdioms: idioms of news translated from Russian or
// Ukrainian. "the head of state" is the head of state named last; "In his
// words, “…”" is said by whom "his" stands for.
func TestTranslatedNewsIdioms(t *testing.T) {
	text := "Ukrainian President Volodymyr Zelensky said that Kiev had not been consulted. " +
		"\"Nothing about Ukraine without Ukraine,\" the head of state emphasized.\n\n" +
		"Kremlin spokesman Dmitry Peskov declined to comment on the details. " +
		"In his words, \"it is premature to talk about any agreements.\"\n\n" +
		"Ukraine's army said Ukrainian drones hit targets overnight. Kyiv and Ukraine's allies welcomed it. " +
		"Hours later, Ukrainian drones struck an oil refinery in Russia's Saratov region, the regional governor, Roman Busargin, said.\n\n" +
		"Russian Foreign Minister Sergei Lavrov said Moscow was ready for dialogue. The head of Russian diplomacy noted that " +
		"the ball was in the American court. The minister also criticized the European Union. He met his Egyptian colleague " +
		"Badr Abdelatty. Putin spoke with Erdogan. The head of the Kremlin also informed him about Kursk.\n"
	rec := extractText(t, text, "2025-11-20")
	mentions := map[string][]string{}
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			mentions[e.Name] = append(mentions[e.Name], m.Text)
		}
		if e.Name == "Badr Abdelatty" && e.Country != "EGY" {
			t.Errorf("'his Egyptian colleague Badr Abdelatty': %+v, want EGY", e)
		}
	}
	for _, m := range []string{"The head of Russian diplomacy", "The minister"} {
		if !slices.Contains(mentions["Sergey Lavrov"], m) {
			t.Errorf("Lavrov's mentions %v lack %q", mentions["Sergey Lavrov"], m)
		}
	}
	if !slices.Contains(mentions["Vladimir Putin"], "The head of the Kremlin") {
		t.Errorf("Putin's mentions %v lack the head of the Kremlin", mentions["Vladimir Putin"])
	}
	for _, e := range rec.Entities {
		if e.Name == "Roman Busargin" && e.Country != "RUS" {
			t.Errorf("'… in Russia's Saratov region, the regional governor, Roman Busargin,': %+v, want RUS", e)
		}
	}
	speakers := speakersOf(rec)
	if got := speakers["Nothing about Ukraine without Ukraine"]; got != "Volodymyr Zelensky" {
		t.Errorf("'…,\" the head of state emphasized': speaker %q, want Volodymyr Zelensky", got)
	}
	if got := speakers["it is premature to talk about any agreements"]; got != "Dmitry Peskov" {
		t.Errorf("'In his words, “…”': speaker %q, want Dmitry Peskov; quotes %v", got, speakers)
	}
}

// TestCallingRestatesSubjectBefore: a definite calling after a quote is
// the person the sentence before was about, when it names no one else.
func TestCallingRestatesSubjectBefore(t *testing.T) {
	rec := extractText(t, "Slawomir Mentzen, whose voters are likely to decide the run-off, declined to endorse either candidate. "+
		"\"I will not tell my voters what to do,\" the Confederation leader said.\n\n"+
		"Rafal Trzaskowski met Karol Nawrocki on Monday. \"We will see,\" the party leader said.\n\n"+
		"Prime Minister Sebastien Lecornu survived the censure motion on Thursday. "+
		"On the side of the far right, Marine Le Pen denounced an arrangement to save the Prime Minister. "+
		"\"This government is a government of survival,\" said the president of the RN group in the Assembly.\n\n"+
		"Minister of Foreign Affairs Seyed Abbas Araghchi wrote on his social media page that the snapback closed the door. "+
		"\"Diplomacy is not dead,\" the chief of the diplomatic apparatus wrote.\n\n"+
		"The atmosphere was tense, and Assembly President Yael Braun-Pivet had to call for calm several times. "+
		"\"Let us keep this debate worthy of the institution,\" the speaker said.\n\n"+
		"Nuclear scientist Askar Nurlanov welcomed the project. The akim of the Ulken rural district Yerlan Abdikarimov informed "+
		"that the population of the village has grown by 15 percent.\n\n"+
		"The deputy director of the Institute of Nuclear Physics in Almaty Daniyar Seitkali underlined the importance of the personnel training. "+
		"\"The station is not only concrete and equipment,\" the scientist noted.\n", "2025-05-20")
	speakers := speakersOf(rec)
	for quote, want := range map[string]string{
		"I will not tell my voters what to do":              "Slawomir Mentzen", // the sentence before opens on the name
		"This government is a government of survival":       "Marine Le Pen",    // "the Prime Minister" there names no one
		"Diplomacy is not dead":                             "Abbas Araghchi",   // an office of a body, with "of"
		"Let us keep this debate worthy of the institution": "Yael Braun-Pivet", // "the speaker"
		"The station is not only concrete and equipment":    "Daniyar Seitkali", // the name right before the main verb
	} {
		if got := speakers[quote]; got != want {
			t.Errorf("speaker of %q: %q, want %s; quotes %v", quote, got, want, speakers)
		}
	}
	if got := speakers["We will see"]; got != "the party leader" {
		t.Errorf("'Trzaskowski met Nawrocki. “…,” the party leader said': speaker %q, want the phrase itself; quotes %v", got, speakers)
	}
}

// TestSpeakersOfShortStories: cases of who said a quote that need the
// parse, each a short story: the speaker's name, or with entity set the
// name of the entity the quote is linked to.
func TestSpeakersOfShortStories(t *testing.T) {
	tests := []struct {
		name, date, text, quote, want string
		entity                        bool
	}{
		{"'and he' after a clause whose subject is a person is that person, not one named inside the clause", "2025-11-30",
			"TEGUCIGALPA -- Nasry Asfura voted on Sunday.\n\n" +
				"Trump wrote on social media this week that Asfura was the only candidate who would stand up to drug traffickers, " +
				"and he warned that Washington would \"think very hard\" about its aid to Honduras if another candidate won.\n",
			"think very hard", "Donald Trump", true},
		{"a name opening the sentence before is its main subject, whatever the parse made of its verb", "2025-02-08",
			"BEIRUT -- Lebanese Prime Minister Nawaf Salam formed a government on Saturday.\n\n" +
				"Salam, a former president of the International Court of Justice, was designated prime minister in January, days " +
				"after Aoun, a former army commander, was elected head of state by parliament.\n\n" +
				"He said the government's priorities would include rebuilding the south. The state, he said, must have \"the " +
				"exclusive right to carry arms\" across all of Lebanon's territory.\n",
			"the exclusive right to carry arms", "Nawaf Salam", true},
		{"'according to the decision published by' a body is the body's", "2025-08-11",
			"OSLO -- Norway's wealth fund sold its stake in an Israeli firm.\n\n" +
				"According to the decision published by Norges Bank, there was \"an unacceptable risk that the company contributes " +
				"to serious violations of the rights of individuals.\"\n",
			"an unacceptable risk that the company contributes to serious violations of the rights of individuals", "Norges Bank", true},
		{"'the Minister' is the minister named before, not the prime minister", "2025-02-18",
			"AMMAN -- King Abdullah II visited the Jordan Valley on Tuesday.\n\n" +
				"Prime Minister Jafar Hassan, who accompanied the King, said that the government will allocate 35 million dinars. " +
				"\"Of this amount 12 million dinars are for the canal,\" Prime Minister Jafar Hassan said.\n\n" +
				"The Minister of Water and Irrigation, Raed Abu Al Saud, briefed the King on the works. The Minister said: " +
				"\"When the works are completed, the losses of the water will decrease.\"\n",
			"When the works are completed, the losses of the water will decrease.", "Raed Abu Al Saud", false},
		{"a quote 'is said in the message of' a body is the body's", "2025-11-16",
			"KIEV -- Ukrainian drones struck an oil refinery in Saratov overnight.\n\n" +
				"\"The Saratov oil refinery is one of key enterprises which provides the Russian army with fuel,\" is said in the " +
				"message of the Ministry of Defence of Ukraine.\n",
			"The Saratov oil refinery is one of key enterprises which provides the Russian army with fuel",
			"Ministry of Defence of Ukraine", true},
		{"a quote 'was expressed in the decision text of' a body is the body's", "2025-10-23",
			"ANKARA -- The Monetary Policy Committee (PPK) of the central bank met on Thursday.\n\n" +
				"\"Leading indicators point that the underlying trend of inflation continued to decline,\" it was expressed in the " +
				"decision text of the PPK.\n",
			"Leading indicators point that the underlying trend of inflation continued to decline", "Monetary Policy Committee", true},
		{"a quote 'noted in the statement' is the body the sentence before says made it", "2025-06-04",
			"ULAANBAATAR -- Thousands rallied on Sukhbaatar Square.\n\n" +
				"The Office of the President of Mongolia in its statement called all political forces to maintain stability. " +
				"\"The President calls on the political parties to solve the situation within the framework of the Constitution,\" " +
				"it was noted in the statement.\n",
			"The President calls on the political parties to solve the situation within the framework of the Constitution",
			"Office of the President of Mongolia", true},
		{"a one-word label a naming verb gives a short noun phrase is the caller's", "2025-06-02",
			"HELSINKI -- Finland closed its border crossings in 2023. The Russian Ministry of Foreign Affairs earlier called the " +
				"Finnish policy \"Russophobic\".\n",
			"Russophobic", "Ministry of Foreign Affairs of Russia", true},
		{"the body a country's adjective describes speaks, not the country", "2025-06-02",
			"MEXICO CITY -- Mexicans elected judges on Sunday. The peso weakened slightly against the US dollar in early trading on Monday, " +
				"and analysts at the Mexican bank Banorte wrote in a note that markets would focus on \"who ends up sitting on the Supreme Court\" " +
				"rather than on turnout.\n",
			"who ends up sitting on the Supreme Court", "Banorte", true},
		{"'who said he' is the person the relative clause describes, not the subject of the sentence before", "2025-10-05",
			"Tbilisi Mayor Kakha Kaladze, a former footballer who is seeking a third term, is expected to win comfortably. " +
				"Among the crowd on Monday evening was Giorgi Tsiklauri, 34, an architect who said he had joined the protests on the first night.\n\n" +
				"\"I am tired, but I am not going home,\" he said.\n",
			"I am tired, but I am not going home", "Giorgi Tsiklauri", false},
		{"a quote after a colon closing a clause whose subject is a person, whatever the verb", "2025-06-02",
			"MADRID -- \"The young people cannot wait more,\" declared Pilar Alegria.\n\n" +
				"The President of the Government, Pedro Sanchez, celebrated the approval in a message in the social network X: " +
				"\"Housing must be a right and not a privilege. Today we take another step.\"\n",
			"Housing must be a right and not a privilege. Today we take another step.", "Pedro Sánchez", false},
		{"a name right before 'told' is the subject a pronoun after takes back, however long its title", "2025-06-02",
			"MINSK -- Finance Minister Anton Siluanov said the budget of the Union State was balanced.\n\n" +
				"Head of the financial department of the Standing Committee of the Union State Oleg Kravchenko told BelTA correspondent " +
				"that the execution of the budget exceeded 96 percent. \"The programs are financed on time,\" he said.\n",
			"The programs are financed on time", "Oleg Kravchenko", false},
		{"a person named between a description and the cue, whom the parse left out of the subject", "2025-06-02",
			"YEREVAN -- \"The removal of the barriers remains our main task,\" Bakytzhan Sagintayev said.\n\n" +
				"The exporter of dried fruits from Ararat province Lilit Sargsyan said: \"Our trucks sometimes stay at Upper Lars for a week.\"\n",
			"Our trucks sometimes stay at Upper Lars for a week.", "Lilit Sargsyan", true},
		{"an appositive a participle runs through, before the cue", "2025-08-08",
			"LUSAKA -- The court ruled on Friday.\n\n\"This matter is far from over,\" Bwalya Musonda, " +
				"a lawyer representing the Lungu family, told reporters outside the court.\n",
			"This matter is far from over", "Bwalya Musonda", false},
		{"'“…,” the party said' is the body that spoke before, though that sentence names a person", "2025-03-27",
			"JUBA -- A convoy of armed vehicles entered Machar's residence late on Wednesday, and security officers " +
				"disarmed his bodyguards, the Sudan People's Liberation Movement-in-Opposition (SPLM-IO) said in a statement.\n\n" +
				"\"The arrest of the first vice president is a flagrant violation of the peace agreement,\" the party said.\n",
			"The arrest of the first vice president is a flagrant violation of the peace agreement",
			"Sudan People's Liberation Army-In Opposition", true},
		{"'…, a delivery rider who gave his name only as Faizal, said he' is Faizal", "2025-05-04",
			"SINGAPORE -- \"I voted for stability,\" said Rosalind Goh, a 61-year-old retiree. Her neighbour, " +
				"a delivery rider who gave his name only as Faizal, said he had voted for the opposition. " +
				"\"We need more voices in parliament, not just one,\" he said.\n",
			"We need more voices in parliament, not just one", "Faizal", false},
		{"a date the parse made the cue's subject, after 'Name, the economist who …'", "2025-12-11",
			"DHAKA -- Bangladesh's interim leader Muhammad Yunus announced the date of the election.\n\n" +
				"Yunus, the economist who has led the interim government as chief adviser since August 2024, said in a televised address " +
				"on Sunday evening that the vote would be \"free, fair and festive\".\n",
			"free, fair and festive", "Muhammad Yunus", false},
		{"a quote in a participle's clause that opens the sentence is the main clause's subject's", "2025-04-01",
			"BISHKEK -- The government allocated funds for two new checkpoints.\n\n" +
				"Calling the border agreements \"a historic decision which closed the question for the future generations\", " +
				"President Sadyr Japarov earlier underlined that the delimitation of the border was complete.\n",
			"a historic decision which closed the question for the future generations", "Sadyr Japarov", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := extractText(t, tc.text, tc.date)
			speakers := speakersOf(rec)
			if tc.entity {
				speakers = speakerEntitiesOf(rec)
			}
			if got := speakers[tc.quote]; got != tc.want {
				t.Errorf("speaker of %q: %q, want %q; quotes %v", tc.quote, got, tc.want, speakers)
			}
		})
	}
}

// extractText runs the whole pipeline over text published on date.
func extractText(t *testing.T, text, published string) *chronicle.Record {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p.Extract(chronicle.Document{Text: text, Published: published}, nil)
}

// speakersOf maps each quote's text to its speaker's name.
func speakersOf(rec *chronicle.Record) map[string]string {
	speakers := map[string]string{}
	for _, q := range rec.Quotes {
		speakers[q.Text] = q.SpeakerName
	}
	return speakers
}

// speakerEntitiesOf maps each direct quote's text to the name of the
// entity linked as its speaker ("" when none is).
func speakerEntitiesOf(rec *chronicle.Record) map[string]string {
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
	}
	speakers := map[string]string{}
	for _, q := range rec.Quotes {
		if q.Direct {
			speakers[q.Text] = names[q.Speaker]
		}
	}
	return speakers
}

// TestGeoVirusFloors: place recognition and geocoding on GeoVirus (229
// Wikinews articles; see `chronicle eval places`) must not fall below the
// figures reached (F1 0.9022, 0.7444 within 161 km), less a little slack.
func TestGeoVirusFloors(t *testing.T) {
	path := corpora.Require(t, "geovirus", "GeoVirus.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, err := eval.ReadGeoVirus(f)
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sc eval.PlaceScore
	for _, a := range arts {
		sc.Add(eval.ScorePlaces(a, p.Extract(chronicle.Document{Text: a.Text}, nil).Places))
	}
	t.Logf("GeoVirus: F1 %.4f, within %d km %.4f, mean error %.0f km", sc.F1(), eval.NearKm, sc.NearShare(), sc.MeanErrorKm())
	if sc.F1() < 0.899 || sc.NearShare() < 0.740 {
		t.Errorf("GeoVirus places: F1 %.4f (floor 0.899), within %d km %.4f (floor 0.740)", sc.F1(), eval.NearKm, sc.NearShare())
	}
}

// TestArabicSurnameAfterTo: "asylum to al-Assad", which the recognizer takes
// for a body, is Bashar al-Assad; "Islamist" is no body.
func TestArabicSurnameAfterTo(t *testing.T) {
	rec := extractText(t, "Syrian President Ahmed al-Sharaa met Trump. Rebels led by his Islamist group toppled Bashar al-Assad in December. "+
		"Russia, which gave asylum to al-Assad, keeps bases in the country.\n", "2025-11-11")
	for _, e := range rec.Entities {
		if e.Name == "al-Assad" || e.Name == "Islamist" {
			t.Errorf("%s is an entity of its own: %+v", e.Name, e)
		}
		if e.Name == "Bashar al-Assad" && len(e.Mentions) != 2 {
			t.Errorf("Bashar al-Assad mentions = %+v, want 2", e.Mentions)
		}
	}
}

// TestEnvoyToBody: "Permanent Representative of Russia to the UN Vasily
// Nebenzya", which the recognizer may run together with "UN", is Vasily
// Nebenzya, of Russia, not of the body he is posted to.
func TestEnvoyToBody(t *testing.T) {
	rec := extractText(t, "Permanent Representative of Russia to the UN Vasily Nebenzya said that Western countries were prolonging the war.\n", "2025-10-20")
	found := false
	for _, e := range rec.Entities {
		if strings.Contains(e.Name, "Nebenzya") {
			found = true
			if e.Name != "Vasily Nebenzya" || e.Country != "RUS" {
				t.Errorf("Nebenzya = %+v, want Vasily Nebenzya of RUS", e)
			}
		}
	}
	if !found {
		t.Errorf("Nebenzya not found: %+v", rec.Entities)
	}
}

// TestAppositiveThroughTaggerSlips: "associate" and the "Watch" of Human
// Rights Watch, which the tagger reads as verbs, do not end the appositive
// that says whom the speaker works for.
func TestAppositiveThroughTaggerSlips(t *testing.T) {
	rec := extractText(t, "\"No one is above the law,\" said Balkees Jarrah, associate international justice director at Human Rights Watch.\n", "2025-10-16")
	for _, e := range rec.Entities {
		if e.Name == "Balkees Jarrah" && e.Sector != "NGO" {
			t.Errorf("Balkees Jarrah = %+v, want sector NGO", e)
		}
	}
}

// TestTownsInAList: towns of a story's country listed together are places,
// though the recognizer missed one and took another for a person.
func TestTownsInAList(t *testing.T) {
	rec := extractText(t, "Russian drones hit Odesa, Dnipro and Zaporizhzhia overnight, Ukrainian officials said.\n", "2025-11-22")
	got := map[string]string{}
	for _, e := range rec.Entities {
		got[e.Name] = e.Type + " " + e.Country
	}
	for _, town := range []string{"Odesa", "Dnipro", "Zaporizhzhia"} {
		if got[town] != "GPE UKR" {
			t.Errorf("%s = %q, want a Ukrainian town; entities %v", town, got[town], got)
		}
	}
}

// TestSpeakersThroughTheParse: speakers that only the parse finds.
func TestSpeakersThroughTheParse(t *testing.T) {
	text := "Ukraine's delegation was led by Andriy Yermak, the head of the presidential office, who said the sides had made \"very good progress\".\n\n" +
		"Modi's alliance won a landslide victory in Bihar, according to results released by the Election Commission of India on Friday.\n\n" +
		"Feroz Abbasi was held for three years. An identical letter has been sent to Feroz Abbasi, the men's solicitor says.\n\n" +
		"Economists at the Ifo Institute in Munich warned the plan would add billions to the federal budget.\n\n" +
		"TAIPEI (AP) — Lai Ching-te, Taiwan's president, said the island would not be intimidated.\n\n" +
		"John Cotton resigned. He said he was stepping down \"with a heavy heart\". " +
		"He said the city faced \"the toughest financial position of any council in the country\".\n\n" +
		"A White House spokeswoman, Taylor Rogers, said President Donald Trump would not \"jeopardize our security to pursue vague climate goals.\"\n\n" +
		"Nvidia shares climbed 5% after Chief Executive Jensen Huang said demand for its chips was \"off the charts.\"\n\n" +
		"Judges ruled against Rodrigo Duterte. In Manila, Duterte's daughter, Vice President Sara Duterte, called the decision \"cruel.\"\n\n" +
		"Prime Minister Benjamin Netanyahu's office said he had ordered the military to respond \"forcefully.\" " +
		"Mr Bush had won, but Mr Kerry declined to say if he was pleased with the result.\n\n" +
		"Opposition leader Maria Corina Machado said the government was \"in its final days.\"\n\n" +
		"Russia is ready to continue dialogue with the United States, Russian Foreign Minister Sergey Lavrov said at a press conference following talks in Moscow.\n\n" +
		"Sepa predict that the two methods will remain. Experts studying the seas have already forecast more devastating weather. " +
		"They predicted that damaging storms will become more frequent.\n\n" +
		"Ukraine's agriculture ministry said on Tuesday that grain exports through its Black Sea ports would resume next week.\n\n" +
		"Addressing parliament, Abiy Ahmed said Ethiopia had \"no intention of invading anyone,\" but insisted access to the sea was \"an existential matter\" for its people.\n\n" +
		"The results were announced on Wednesday. Turnout was 56%, the commission's chairman, Omar Ahmed Mohammed, told a news conference.\n\n" +
		"In a speech focusing on issues arising from the re-election of George W Bush, Mr Kennedy said Iraq had become a \"crucible of militant terrorism\".\n\n" +
		"Sudani's coalition won the most seats in Iraq's parliamentary election, according to preliminary results announced Wednesday by the Independent High Electoral Commission.\n\n" +
		"A spokesperson for the Department for Housing, Communities and Local Government said commissioners would continue to oversee the council's finances.\n\n" +
		"Russia's Foreign Ministry spokeswoman Maria Zakharova said new sanctions would \"only harm those who impose them.\"\n\n" +
		"Sanctions loom. The measures could target tankers of the shadow fleet, two people familiar with the matter said.\n\n" +
		"Donald Trump met Xi Jinping. Trump said tariffs on Chinese goods would be cut to 47% from 57%.\n\n" +
		"The leader of Birmingham City Council has resigned after a row over cuts to bin collections, the council confirmed on Tuesday.\n\n" +
		"Mayor Sushma Kharakwal defended the move.\n\n\"Nobody wants to pay more tax, I understand that,\" Kharakwal told reporters.\n\n" +
		"In the village, residents described the night. \"The shells started falling while it was still dark. " +
		"We ran to the bunker with the children,\" one villager said by phone.\n\n" +
		"Rescuers led by coastguard chief Eleni Vathi searched all night.\n\nIn Heraklion, a local fisherman who joined the search " +
		"described the scene. \"We found only life jackets and a shoe. The sea does not forgive,\" he said.\n\n" +
		"Tanvir Hossain leads the union. \"Tear gas was used only after bricks were thrown,\" police spokesman Rafiqul Islam said.\n\n" +
		"Hossain was defiant. \"If the owners think tear gas will send us home, they are mistaken.\"\n\n" +
		"A member of the rebel delegation, who spoke on condition of anonymity, struck a different tone. " +
		"\"We came to talk about the regions, not about rifles.\"\n\n" +
		"Lib Dem spokesman Mark Oaten said: \"It would be prudent to wait.\" Norfolk's chief constable, Andy Hayman, spoke. " +
		"Chief constable Mr Hayman acknowledged that binge drinking did cause problems. \"If you come to Norwich on a Friday night you will see things.\"\n\n" +
		"\"I worry about faith schools,\" said Ofsted's David Bell. The schools chief said his report would cover them. " +
		"\"Many must adapt their curriculum to ensure it is broad.\"\n\n" +
		"The U.N. peacekeeping force in southern Lebanon, UNIFIL, said in a statement it was \"coordinating closely with the army.\"\n\n" +
		"The Reserve Bank of India held rates. In its statement, the bank said growth was strong. " +
		"\"The committee will not hesitate to act if it deems appropriate,\" the statement said.\n\n" +
		"A senior administrator at a hospital in Kisumu, who asked not to be named, said the facility was owed \"tens of millions of shillings.\"\n\n" +
		"\"We look forward to our next meeting,\" a senior U.S. administration official said.\n\n" +
		"\"The defendant knew the company had no right to sell the land,\" the Ho Chi Minh City People's Procuracy said.\n\n" +
		"Finance Minister Fernando Haddad said the reform was fiscally neutral.\n\nIn Recife, the capital of the northeastern " +
		"state of Pernambuco, bus driver Josué Ferreira, 38, said the change would make a real difference to his household. " +
		"\"It is almost 300 reais more a month for me. That is the school bus for my daughter,\" he said.\n\n" +
		"Palestinian leader Mahmoud Abbas met Tony Blair. At a news conference following talks with Mr Blair, Mr Abbas said " +
		"the British prime minister was \"in a unique position\". He added: \"Your endeavour is another example of your support.\"\n\n" +
		"Low turnout in Mexico's vote as Sheinbaum hails \"historic\" day\n\nPresident Claudia Sheinbaum spoke on Monday.\n\n" +
		"Outgoing Prime Minister Petr Fiala, whose centre-right Spolu alliance came second in the election, warned that the " +
		"new government risked \"drifting towards the east.\"\n\n" +
		"Al-Shabaab fighters attacked a base near Mogadishu. The al Qaeda-linked group claimed responsibility in a statement, " +
		"saying its fighters had \"overrun the base of the apostates\".\n\n" +
		"Qatari foreign ministry spokesman Majed al-Ansari said earlier reports that Doha had been informed in advance were " +
		"\"completely false,\" adding that the call came late.\n"
	rec := extractText(t, text, "2025-11-23")
	for _, e := range rec.Entities {
		if e.Name == "Feroz Abbasi" && e.Sector != "" {
			t.Errorf("'sent to Feroz Abbasi, the men's solicitor says': the speaker's title went to the name before: %+v", e)
		}
	}
	speakers := speakersOf(rec)
	for _, q := range rec.Quotes {
		if q.Cue == "respond" || strings.HasPrefix(q.Text, "if he was pleased") || strings.HasPrefix(q.Text, "he was pleased") {
			t.Errorf("'ordered the military to respond', 'declined to say': what is unsaid is no report; got %+v", q)
		}
	}
	for _, q := range rec.Quotes {
		// Someone unnamed whom a place describes, or a body the recognizer
		// missed ("the Ho Chi Minh City People's Procuracy"): no entity
		// speaks, not the place.
		if (q.Text == "tens of millions of shillings" || q.Text == "We look forward to our next meeting" ||
			q.Text == "The defendant knew the company had no right to sell the land") && q.Speaker != "" {
			t.Errorf("%q: speaker %s (%s), want no entity", q.Text, entityName(rec, q.Speaker), q.SpeakerName)
		}
	}
	for _, q := range rec.Quotes {
		if q.Text == "overrun the base of the apostates" && strings.Contains(strings.ToLower(entityName(rec, q.Speaker)), "qaeda") {
			t.Errorf("'The al Qaeda-linked group … saying': the name that qualifies the group does not speak; got %s", entityName(rec, q.Speaker))
		}
	}
	if _, ok := speakers["the government was \"in its final days.\""]; !ok {
		t.Errorf("'said the government was “in its final days.”': want the closing mark after the full stop; quotes %v", speakers)
	}
	for _, q := range rec.Quotes {
		if q.Text == "commissioners would continue to oversee the council's finances" && entityName(rec, q.Speaker) != "Department for Housing, Communities and Local Government" {
			t.Errorf("'A spokesperson for the Department for Housing, Communities and …': speaker %q (%s), want the department", q.Speaker, q.SpeakerName)
		}
	}
	if _, ok := speakers["new sanctions would \"only harm those who impose them.\""]; !ok {
		t.Errorf("'would “only harm those who impose them.”': want the clause to the quote's end; quotes %v", speakers)
	}
	if _, ok := speakers["tariffs on Chinese goods would be cut to 47% from 57%"]; !ok {
		t.Errorf("'cut to 47%% from 57%%': want the clause with its last '%%'; quotes %v", speakers)
	}
	if _, ok := speakers["the city faced"]; ok {
		t.Errorf("'said the city faced “…”': the clause cut before the quote that goes on it")
	}
	if _, ok := speakers["he was stepping down \"with a heavy heart\""]; !ok {
		t.Errorf("'said he was stepping down “with a heavy heart”': want the clause with the quote's closing mark; quotes %v", speakers)
	}
	if _, ok := speakers["billions to the federal budget"]; ok {
		t.Errorf("'the plan would add billions': adding a thing reported as speech")
	}
	for q, want := range map[string]string{
		"very good progress": "Andriy Yermak", // "NAME, the head of …, who said"
		"Modi's alliance won a landslide victory in Bihar":      "Election Commission of India",              // "results released by X"
		"the plan would add billions to the federal budget":     "Economists at the Ifo Institute in Munich", // "warned N would V"
		"the island would not be intimidated":                   "Lai Ching-te",                              // dateline, "NAME, X's title, said"
		"jeopardize our security to pursue vague climate goals": "Taylor Rogers",                             // "A … spokeswoman, NAME, said"
		"off the charts": "Jensen Huang", // "N shares climbed after X said"
		"cruel":          "Sara Duterte", // "X's daughter, Vice President NAME, called"
		"Russia is ready to continue dialogue with the United States":      "Sergey Lavrov",                      // "CLAUSE, X said at …"
		"damaging storms will become more frequent":                        "Experts",                            // "Experts … forecast …. They predicted"
		"grain exports through its Black Sea ports would resume next week": "Ministry of Agriculture of Ukraine", // "said … that N V-s …"; the ministry, which the KB does not list, is the article's
		"an existential matter":                                            "Abiy Ahmed",                         // "X said …, but insisted N was “…”"
		"Turnout was 56%":                                                  "Omar Ahmed Mohammed",                // "CLAUSE, DESC, NAME, told a news conference."
		"The leader of Birmingham City Council has resigned after a row over cuts to bin collections": "Birmingham City Council",               // "CLAUSE, X confirmed on Tuesday."
		"The measures could target tankers of the shadow fleet":                                       "two people familiar with the matter",   // "CLAUSE, people familiar with X said."
		"crucible of militant terrorism":                                                              "Kennedy",                               // "…, Mr Kennedy said"
		"Sudani's coalition won the most seats in Iraq's parliamentary election":                      "Independent High Electoral Commission", // "results announced Wednesday by X"
		"Nobody wants to pay more tax, I understand that":                                             "Sushma Kharakwal",                      // the parse makes "that" the cue's subject
		"We found only life jackets and a shoe. The sea does not forgive":                             "a local fisherman",                     // "he" after an unnamed person's sentence
		"The shells started falling while it was still dark. We ran to the bunker with the children":  "one villager",                          // a description after a quote of two sentences
		"If the owners think tear gas will send us home, they are mistaken.":                          "Tanvir Hossain",                        // the subject of the sentence before
		"We came to talk about the regions, not about rifles.":                                        "A member of the rebel delegation",      // an unnamed subject before
		"If you come to Norwich on a Friday night you will see things.":                               "Andy Hayman",                           // a report of another between quotes
		"Many must adapt their curriculum to ensure it is broad.":                                     "David Bell",                            // a description's report goes on a turn
		"coordinating closely with the army":                                                          "UNIFIL",                                // a description that ends by naming the body
		"The committee will not hesitate to act if it deems appropriate":                              "Reserve Bank of India",                 // "the statement" of the body that spoke last
		"It is almost 300 reais more a month for me. That is the school bus for my daughter":          "Josué Ferreira",                        // "…, NAME, 38, said" after a long opening
		"Your endeavour is another example of your support.":                                          "Mahmoud Abbas",                         // "He added" after "Mr X said N was"
		"historic":                  "Claudia Sheinbaum", // a headline: NAME VERBs “…” NOUN
		"drifting towards the east": "Petr Fiala",        // "NAME, whose … alliance came second, warned"
		"completely false":          "Majed al-Ansari",   // "X said reports that Doha had been informed were “…”": a passive hearer says nothing
	} {
		if got := speakers[q]; got != want {
			t.Errorf("%q: speaker %q, want %s; quotes %v", q, got, want, speakers)
		}
	}
}

// TestHeadlineColon: "NAME: CLAUSE" as a headline reports what NAME said;
// "NAME: An Interview with …" reports nothing.
func TestHeadlineColon(t *testing.T) {
	rec := extractText(t, "Lavrov: Moscow is ready for dialogue with Washington\nMOSCOW (TASS) - Russian Foreign Minister Sergey Lavrov spoke on Tuesday.\n", "2025-11-25")
	if got := speakersOf(rec)["Moscow is ready for dialogue with Washington"]; got != "Sergey Lavrov" {
		t.Errorf("headline 'Lavrov: CLAUSE': speaker %q, want Sergey Lavrov; quotes %v", got, speakersOf(rec))
	}
	rec = extractText(t, "Gandhi alleges vote theft\nNew Delhi, Nov 5 (PTI) Leader of Opposition in the Lok Sabha Rahul Gandhi on Wednesday "+
		"alleged that lakhs of fake voters had been added to the electoral rolls in Haryana, and accused the Election Commission "+
		"of colluding with the BJP.\n", "2025-11-05")
	for _, q := range rec.Quotes {
		if strings.HasPrefix(q.SpeakerName, "New Delhi") {
			t.Errorf("a dateline with its wire in brackets and no dash is no part of the speaker: %q", q.SpeakerName)
		}
	}
	rec = extractText(t, "Frank Messina: An interview with the poet\nFrank Messina spoke to Wikinews on Wednesday.\n", "2007-10-03")
	if len(rec.Quotes) > 0 {
		t.Errorf("'NAME: An interview with …' is no report: %v", speakersOf(rec))
	}
}

// entityName is the name of the record's entity with the given id, or "".
func entityName(rec *chronicle.Record, id string) string {
	for _, e := range rec.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return ""
}

// TestBodyRestated: "the ministry" speaks for the body named before whose
// name holds the noun, "the company" for the company named most in the last
// paragraphs (not a public body, nor a parent named once in passing). The
// resolver makes them mentions of the body, so the quote's speaker is it.
func TestBodyRestated(t *testing.T) {
	text := "The Security Ministry said 14 officers were hurt. \"The right to protest is no right to riot,\" the ministry said.\n\n" +
		"The court fined Minera Sierra Alta, a subsidiary of Northfield Metals. Minera Sierra Alta disputed the Tax Administration Service's sums. " +
		"\"We will appeal,\" the company said.\n"
	rec := extractText(t, text, "2026-03-10")
	for q, want := range map[string]string{"The right to protest is no right to riot": "Security Ministry", "We will appeal": "Minera Sierra Alta"} {
		found := false
		for _, got := range rec.Quotes {
			if got.Text == q {
				found = true
				if name := entityName(rec, got.Speaker); name != want {
					t.Errorf("%q: speaker %q (%s), want %s", q, name, got.SpeakerName, want)
				}
			}
		}
		if !found {
			t.Errorf("no quote %q in %+v", q, rec.Quotes)
		}
	}
}

// TestSpeakerBeforeARelativeClause: "Gonzalez, who has lived in exile in
// Spain since September 2024, said": the date the parse may make the
// subject is no speaker; the person before "who" is.
func TestSpeakerBeforeARelativeClause(t *testing.T) {
	rec := extractText(t, "Former diplomat Edmundo Gonzalez won the vote. Gonzalez, who has lived in exile in Spain since "+
		"September 2024, said from Madrid that the sanctions were \"a just response to a stolen election.\"\n", "2025-06-02")
	for _, q := range rec.Quotes {
		if q.Direct && entityName(rec, q.Speaker) != "Edmundo Gonzalez" {
			t.Errorf("%q: speaker %q (%s), want Edmundo Gonzalez", q.Text, entityName(rec, q.Speaker), q.SpeakerName)
		}
	}
}

// TestTitleAfterAParticiple: a participle and an ordinal between a
// country's possessive and the title are part of the title phrase, so
// the country still reaches the name, even when the headline named the
// person first.
func TestTitleAfterAParticiple(t *testing.T) {
	text := "Machar trial opens\n\n" +
		"South Sudan's suspended First Vice President Riek Machar told a special court on Monday that the charges were false.\n"
	rec := extractText(t, text, "2025-09-22")
	for _, e := range rec.Entities {
		if e.Name == "Riek Machar" && (e.Country != "SSD" || e.Sector != "GOV") {
			t.Errorf("Riek Machar = %s %s%s, want SSD GOV", e.Name, e.Country, e.Sector)
		}
	}
}

// TestPossessorTakenForTheSubject: "Congo's Foreign Minister … struck a
// note. She said": the parse made "Congo" the subject, but the subject
// is the minister, whom "She" means, not a person named before.
func TestPossessorTakenForTheSubject(t *testing.T) {
	text := "Talks end\n\nMassad Boulos, senior adviser to President Donald Trump on Africa, said the deal was good. " +
		"\"Our goal is very simple,\" Boulos told reporters at the State Department.\n\n" +
		"Congo's Foreign Minister Thérèse Kayikwamba Wagner struck a more cautious note. She said Kinshasa would not sign a final agreement.\n"
	rec := extractText(t, text, "2025-08-01")
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if m.Text == "She" && e.Name != "Thérèse Kayikwamba Wagner" {
				t.Errorf("She went to %s, want Thérèse Kayikwamba Wagner", e.Name)
			}
		}
	}
}

// TestRelativeClauseBeforeTheCue: “…,” NAME, who …, told — the relative
// clause, whose verbs end an appositive, stands between the speaker and
// the cue.
func TestRelativeClauseBeforeTheCue(t *testing.T) {
	text := "Budget\n\nFinance Minister Lars Klingbeil presented the plan on Tuesday.\n\n" +
		"\"After years of neglect, we are now investing in our security,\" Klingbeil, who is also vice chancellor and co-leader " +
		"of the Social Democrats, told a news conference.\n"
	rec := extractText(t, text, "2025-08-01")
	if got := speakersOf(rec)["After years of neglect, we are now investing in our security"]; got != "Lars Klingbeil" {
		t.Errorf("speaker %q, want Lars Klingbeil", got)
	}
}

// TestFullNameOfASurname: a full name the recognizer missed after a common
// noun ("strategist Prashant Kishor") is found when it finds the surname
// alone later, and the quote goes to the person named in full.
func TestFullNameOfASurname(t *testing.T) {
	text := "Bihar votes\n\nThe election is also the first test for the Jan Suraaj Party of former election strategist Prashant Kishor, " +
		"which is contesting almost every seat. \"People are tired,\" Kishor said on Wednesday.\n"
	rec := extractText(t, text, "2025-11-06")
	if got := speakersOf(rec)["People are tired"]; got != "Prashant Kishor" {
		t.Errorf("speaker %q, want Prashant Kishor", got)
	}
}

// TestFirstNameOfEitherSex: "Hilary" is no woman's name only; "he" after
// "Benn said" is Hilary Benn's.
func TestFirstNameOfEitherSex(t *testing.T) {
	text := "Legacy row\n\nIrish Foreign Minister Simon Harris met Northern Ireland Secretary Hilary Benn in Dublin. " +
		"\"Commitments are not legislation,\" Harris told reporters.\n\n" +
		"Benn said he understood the Irish position. \"We are doing the hard work,\" he said.\n"
	rec := extractText(t, text, "2025-06-01")
	if got := speakersOf(rec)["We are doing the hard work"]; got != "Hilary Benn" {
		t.Errorf("speaker %q, want Hilary Benn", got)
	}
}

// TestNameAfterAFrontedPhrase: "In Kyiv, Prime Minister Yulia Svyrydenko
// called for talks" has the minister for subject, though the parse joined
// her name to the place; "she said" after it is hers.
func TestNameAfterAFrontedPhrase(t *testing.T) {
	text := "Border row\n\nPresident Karol Nawrocki, a conservative who took office in August, said the border would stay shut.\n\n" +
		"In Kyiv, Prime Minister Yulia Svyrydenko called for talks. \"Blocking the border hurts both our economies,\" she said.\n"
	rec := extractText(t, text, "2025-11-20")
	if got := speakersOf(rec)["Blocking the border hurts both our economies"]; got != "Yulia Svyrydenko" {
		t.Errorf("speaker %q, want Yulia Svyrydenko", got)
	}
}

// TestRestatedByKind: "the rights group" after "Amnesty International
// said" is Amnesty, and "the party chief" after "Communist Party chief To
// Lam" is To Lam, so the quotes they give are theirs.
func TestRestatedByKind(t *testing.T) {
	text := "Abductions\n\nAmnesty International said the authorities were failing rural communities. " +
		"\"Nigerian authorities must stop treating these abductions as routine,\" the rights group said in a statement.\n\n" +
		"The drive is championed by Communist Party chief To Lam. Lam has vowed to press on.\n\n" +
		"\"There are no forbidden zones,\" the party chief told a meeting of officials in Hanoi.\n"
	rec := extractText(t, text, "2025-10-01")
	speakers := speakersOf(rec)
	if got := speakers["Nigerian authorities must stop treating these abductions as routine"]; got != "Amnesty International" {
		t.Errorf("'the rights group said': speaker %q, want Amnesty International", got)
	}
	if got := speakers["There are no forbidden zones"]; got != "Tô Lâm" {
		t.Errorf("'the party chief told': speaker %q, want Tô Lâm", got)
	}
}

// TestShadowTitleRestated: "The shadow chancellor said" after a sentence
// naming the opposition's Oliver Letwin and the chancellor is Letwin; the
// recognizer's "Brown “Sir Wastealot" is cut at the quote mark, and the
// nickname is no person.
func TestShadowTitleRestated(t *testing.T) {
	text := "Brown shrugs off fears\n\nChancellor Gordon Brown hailed growth. But Oliver Letwin, for the Tories, attacked government red tape " +
		"and debt, dubbing Mr Brown \"Sir Wastealot\".\n\nThe shadow chancellor said Mr Brown's \"golden rule\" had \"turned to dross in his hands\".\n"
	rec := extractText(t, text, "2004-12-02")
	if got := speakersOf(rec)["turned to dross in his hands"]; got != "Oliver Letwin" {
		t.Errorf("speaker %q, want Oliver Letwin", got)
	}
	for _, e := range rec.Entities {
		if strings.Contains(e.Name, "Wastealot") {
			t.Errorf("entity %q, want no person named by the nickname", e.Name)
		}
	}
}

// TestSurnameWithArticle: a lone "al-Kaabi" is Saad Sherida al-Kaabi, named
// in full before, as "Kaabi" would be, and speaks as him.
func TestSurnameWithArticle(t *testing.T) {
	text := "Gas\n\nDOHA, Oct 21 — Qatar will ship gas, Energy Minister Saad Sherida al-Kaabi said on Tuesday.\n\n\"We are reliable,\" al-Kaabi said.\n"
	rec := extractText(t, text, "2025-10-21")
	if got := speakersOf(rec)["We are reliable"]; got != "Saad Sherida al-Kaabi" {
		t.Errorf("speaker %q, want Saad Sherida al-Kaabi", got)
	}
}

// TestParticipleInAnAppositive: “…,” NAME, the firm's chief operating
// officer, said — "operating", which the tagger calls a verb, does not end
// the appositive.
func TestParticipleInAnAppositive(t *testing.T) {
	text := "Hydrogen\n\nHyphen Hydrogen Energy delayed its decision.\n\n" +
		"\"The fundamentals of this project remain very strong,\" Johan Breytenbach, Hyphen's chief operating officer, said in a statement.\n"
	rec := extractText(t, text, "2025-10-21")
	if got := speakersOf(rec)["The fundamentals of this project remain very strong"]; got != "Johan Breytenbach" {
		t.Errorf("speaker %q, want Johan Breytenbach", got)
	}
}

// TestSurnameOpeningOnALetterBeyondASCII: "Žukauskas said" is Rimantas
// Žukauskas, named in full before; a capital beyond ASCII is a capital.
func TestSurnameOpeningOnALetterBeyondASCII(t *testing.T) {
	text := "Drones\n\nEngineers will adapt the systems, said Rimantas Žukauskas, chief executive of Vilmeta Defence.\n\n" +
		"\"That is the rhythm we need to learn,\" Žukauskas said.\n"
	rec := extractText(t, text, "2025-10-21")
	if got := speakersOf(rec)["That is the rhythm we need to learn"]; got != "Rimantas Žukauskas" {
		t.Errorf("speaker %q, want Rimantas Žukauskas", got)
	}
}

// TestCalledOnAfterARelativeClause: "The OAS, which sent a mission, called
// on “…”": the particle "on" is no inverted speaker, and the subject the
// parse made passive is the active one.
func TestCalledOnAfterARelativeClause(t *testing.T) {
	text := "Vote\n\nThe Organization of American States (OAS), which sent an observer mission, called on \"all political actors to act " +
		"responsibly and wait for the official results\", and said it had found no fraud.\n"
	rec := extractText(t, text, "2025-12-03")
	if got := speakersOf(rec)["all political actors to act responsibly and wait for the official results"]; got != "Organization of American States" {
		t.Errorf("speaker %q, want Organization of American States", got)
	}
}

// TestPrivatePersonAfterAFrontedPlace: "Across the frontier in the Tajik
// town of Isfara, shopkeeper Mahmadali Nazarov said" places the shopkeeper
// in Tajikistan, though the story is mostly about Kyrgyzstan.
func TestPrivatePersonAfterAFrontedPlace(t *testing.T) {
	text := "Border\n\nBISHKEK, March 13 — Kyrgyzstan and Tajikistan signed a border treaty in Bishkek, Kyrgyzstan's capital. " +
		"Kyrgyzstan's parliament will ratify it.\n\nAcross the frontier in the Tajik town of Isfara, shopkeeper Mahmadali Nazarov " +
		"said trade had collapsed.\n"
	rec := extractText(t, text, "2025-03-13")
	for _, e := range rec.Entities {
		if e.Name == "Mahmadali Nazarov" && e.Country != "TJK" {
			t.Errorf("Mahmadali Nazarov = %s, want TJK", e.Country)
		}
	}
}

// TestOfficialInAParagraphSetInAPlace: "In Kyiv, Prime Minister Yulia
// Svyrydenko called for talks. … Economy Minister Oleksiy Sobolev noted"
// places the minister in Ukraine, though the story is Poland's too.
func TestOfficialInAParagraphSetInAPlace(t *testing.T) {
	text := "Border\n\nPolish farmers blocked the border with Ukraine. Poland's Prime Minister Donald Tusk urged calm in Warsaw.\n\n" +
		"In Kyiv, Prime Minister Yulia Svyrydenko called for talks. \"Blocking the border hurts both our economies,\" she said. " +
		"Economy Minister Oleksiy Sobolev noted that exports via Poland made up a small share.\n"
	rec := extractText(t, text, "2025-11-20")
	for _, e := range rec.Entities {
		if e.Name == "Oleksiy Sobolev" && e.Country != "UKR" {
			t.Errorf("Oleksiy Sobolev = %q, want UKR", e.Country)
		}
	}
}

// TestNamesWithHyphensAndPatronymics: "former prime minister Alain-Claude
// Bilie-By-Nze", a name of two hyphens after a title in lower case, is one
// person, whom a later "Bilie-By-Nze, who …" and its "he said" mean; and
// "Finance Minister Sultan bin Salim al-Habsi" keeps the given name
// "Sultan" before "bin", though it spells a title.
func TestNamesWithHyphensAndPatronymics(t *testing.T) {
	text := "Gabon\n\nFormer prime minister Alain-Claude Bilie-By-Nze won 3% of the vote.\n\n" +
		"Bilie-By-Nze, who served as Ali Bongo's last prime minister, rejected the figures. \"These numbers are wrong,\" he said.\n\n" +
		"\"We have chosen to remain prudent,\" Finance Minister Sultan bin Salim al-Habsi told a news conference in Muscat.\n"
	rec := extractText(t, text, "2025-04-14")
	speakers := speakersOf(rec)
	if got := speakers["These numbers are wrong"]; got != "Alain-Claude Bilie-By-Nze" {
		t.Errorf("'These numbers are wrong': speaker %q, want Alain-Claude Bilie-By-Nze", got)
	}
	if got := speakers["We have chosen to remain prudent"]; got != "Sultan bin Salim al-Habsi" {
		t.Errorf("'We have chosen to remain prudent': speaker %q, want Sultan bin Salim al-Habsi", got)
	}
	for _, e := range rec.Entities {
		if e.Name == "By-Nze" || e.Name == "Bilie-By" {
			t.Errorf("entity %q: a part of Bilie-By-Nze", e.Name)
		}
	}
}

// TestPossessorOfARelative: "The student leader's mother, Thembi Nxumalo,
// said …. “…,” she said": the mother speaks, not the student leader whose
// mother she is; "Mr Campbell's e-mail suggested …. In it, he said" is
// still Campbell's.
func TestPossessorOfARelative(t *testing.T) {
	text := "Trial\n\nThe four, including student leader Sakhile Nxumalo, were arrested in October.\n\n" +
		"The student leader's mother, Thembi Nxumalo, said her son had been held for eight months. " +
		"\"He is a student,\" she said.\n\n" +
		"Mr Alastair Campbell's e-mail suggested they should get Trevor Beattie, TBWA's boss, to issue a statement. " +
		"In it, he said: \"Just spoke to trev.\"\n"
	rec := extractText(t, text, "2025-06-01")
	speakers := speakersOf(rec)
	if got := speakers["He is a student"]; got != "Thembi Nxumalo" {
		t.Errorf("'He is a student': speaker %q, want Thembi Nxumalo", got)
	}
	if got := speakers["Just spoke to trev."]; got != "Alastair Campbell" {
		t.Errorf("'Just spoke to trev.': speaker %q, want Alastair Campbell", got)
	}
}

// TestStatementOfAPerson: "Manele congratulated the winner in a brief
// statement and said …. “…,” the statement said": the statement is his.
func TestStatementOfAPerson(t *testing.T) {
	text := "By-election\n\nPrime Minister Jeremiah Manele welcomed the vote.\n\n" +
		"Manele congratulated the winner in a brief statement and said the result would not change the government's direction. " +
		"\"Our government remains stable,\" the statement said.\n"
	rec := extractText(t, text, "2025-09-01")
	if got := speakersOf(rec)["Our government remains stable"]; got != "Jeremiah Manele" {
		t.Errorf("speaker %q, want Jeremiah Manele", got)
	}
}

// TestCallingAfterCountryWord: "the French philosopher Bernard-Henri Levy"
// in a story about Tunisia is French: a calling no title list holds, after
// a country's word, still carries the country to the name.
func TestCallingAfterCountryWord(t *testing.T) {
	rec := extractText(t, "TUNIS — A Tunisian court jailed critics of President Kais Saied on Saturday. Tunisia's opposition called the trial a farce. The businessman Kamel Eltaief received the heaviest sentence, and the French philosopher Bernard-Henri Levy was sentenced in absentia.\n", "2025-04-19")
	for _, e := range rec.Entities {
		if e.Name == "Bernard-Henri Levy" {
			if e.Country != "FRA" {
				t.Errorf("Bernard-Henri Levy = %+v, want FRA", e)
			}
			return
		}
	}
	t.Errorf("no Bernard-Henri Levy in %+v", rec.Entities)
}

// TestBodyOwnedByAPlaceSpeaks: "Yemen's Houthi movement said …" is the
// movement's word, not Yemen's.
func TestBodyOwnedByAPlaceSpeaks(t *testing.T) {
	rec := extractText(t, "DUBAI, July 9 (Reuters) - Yemen's Houthi movement said on Wednesday it had sunk a bulk carrier in the Red Sea and taken some of its crew to a \"safe location\", its second deadly attack in a week.\n", "2025-07-09")
	if got := speakerEntitiesOf(rec)["safe location"]; got != "Houthis" {
		t.Errorf("speaker of \"safe location\" = %q, want Houthis", got)
	}
}

// TestPronounAfterALongQuote: the sentences of a quote are no narrative a
// pronoun after it looks back over: "she" of '“… Thirteen million Mexicans
// voted. …,” she said' is the president who spoke before the quote, and
// the man named before her (known by his first name) is ruled out.
func TestPronounAfterALongQuote(t *testing.T) {
	rec := extractText(t, "MEXICO CITY — Sunday's vote filled 2,600 judicial posts under an overhaul pushed through last year by former President Andrés Manuel López Obrador and championed by his successor, President Claudia Sheinbaum.\n\n"+
		"Sheinbaum hailed the vote as a democratic milestone at her daily morning news conference. \"Mexico is the most democratic country in the world. Here the people elect their judges. Thirteen million Mexicans voted. That is a success, not a failure,\" she said.\n", "2025-06-03")
	wantEverySpeaker(t, rec, "Claudia Sheinbaum")
}

// TestSubjectPastADescription: a name followed by a description in commas
// and a verb in a finite tense is that verb's subject, whom a "he" of the
// next sentence takes back ("Somchai Boonmee, a 52-year-old rice farmer
// …, described fleeing … “…,” he said"), not a leader named before.
func TestSubjectPastADescription(t *testing.T) {
	rec := extractText(t, "BANGKOK — Malaysian Prime Minister Anwar Ibrahim, whose country chairs the regional bloc, said he had spoken to both leaders and urged a ceasefire.\n\n"+
		"Thailand's health ministry said 14 civilians had been killed.\n\n"+
		"In a school gymnasium in Surin province being used as an evacuation centre, Somchai Boonmee, a 52-year-old rice farmer from Kap Choeng district, described fleeing with his family before dawn. \"We heard the explosions and just ran,\" he said.\n", "2025-07-25")
	wantEverySpeaker(t, rec, "Somchai Boonmee")
}

// TestFromAndBasedIn: a person described as someone from a place, or based
// in one, is of its country, not of the country the story is about.
func TestFromAndBasedIn(t *testing.T) {
	rec := extractText(t, "TUNIS — Tunisia tightened its coast on Monday. \"They brought me back,\" said Ibrahim Kone, a 24-year-old from Ivory Coast. "+
		"\"It will not hold,\" said Paul Hendry, a shipping consultant based in London. Tunisia denied it.\n", "2025-07-07")
	wantCountries(t, rec, map[string]string{"Ibrahim Kone": "CIV", "Paul Hendry": "GBR"})
}

// wantEverySpeaker fails the test for each direct quote of the record whose
// speaker is not the entity named want.
func wantEverySpeaker(t *testing.T, rec *chronicle.Record, want string) {
	t.Helper()
	for text, name := range speakerEntitiesOf(rec) {
		if name != want {
			t.Errorf("speaker of %q = %q, want %s", text, name, want)
		}
	}
}

// wantSpeakers checks the speaker of each direct quote of want, by its text.
func wantSpeakers(t *testing.T, rec *chronicle.Record, want map[string]string) {
	t.Helper()
	got := speakerEntitiesOf(rec)
	for text, name := range want {
		if got[text] != name {
			t.Errorf("speaker of %q = %q, want %s", text, got[text], name)
		}
	}
}

// wantCountries checks the country of each entity of want, by its name.
func wantCountries(t *testing.T, rec *chronicle.Record, want map[string]string) {
	t.Helper()
	for name, country := range want {
		if e := entityNamed(rec, name); e == nil || e.Country != country {
			t.Errorf("%s = %+v, want country %s", name, e, country)
		}
	}
}

// entityNamed is the record's entity of that name, or nil.
func entityNamed(rec *chronicle.Record, name string) *chronicle.Entity {
	for i := range rec.Entities {
		if rec.Entities[i].Name == name {
			return &rec.Entities[i]
		}
	}
	return nil
}

// TestWorkplaceAfterParticiple: a description with a participle in it
// ("an emerging markets strategist at London-based …") still reaches the
// workplace, whose country the person takes.
func TestWorkplaceAfterParticiple(t *testing.T) {
	rec := extractText(t, "ANKARA — Turkey's central bank cut rates again on Thursday. Turkey wants lower inflation. "+
		"\"It will not last,\" said Mark Davidson, an emerging markets strategist at London-based Harwell Asset Management.\n", "2025-07-24")
	if e := entityNamed(rec, "Mark Davidson"); e == nil || e.Country != "GBR" {
		t.Errorf("Mark Davidson = %+v, want country GBR", e)
	}
}

// TestSpokesmanBeforeWhichClause: a relative clause on "which" that
// describes the body between the spokesman and the cue ("a spokesman for
// Dangote Group, which owns the refinery, said") leaves the body speaking.
func TestSpokesmanBeforeWhichClause(t *testing.T) {
	rec := extractText(t, "LAGOS -- Dangote Group cut its petrol price on Tuesday.\n\n"+
		"\"We are determined to pass on the benefits of local refining to Nigerian consumers,\" a spokesman for "+
		"Dangote Group, which owns the refinery, said in a statement.\n", "2025-03-04")
	wantEverySpeaker(t, rec, "Dangote Group")
}

// TestTwoPostsOfOneMinister: a demonym before two ministers' posts joined
// by "and" places the one person holding both.
func TestTwoPostsOfOneMinister(t *testing.T) {
	rec := extractText(t, "Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar told a television channel "+
		"that his country wanted peace.\n", "2025-08-01")
	if e := entityNamed(rec, "Ishaq Dar"); e == nil || e.Country != "PAK" {
		t.Errorf("Ishaq Dar = %+v, want PAK", e)
	}
}

// TestModifiedSpokesmanFor: a spokesman's phrase the parse cut after "for"
// runs back over the body's name to its article: "a Commission
// spokesperson for trade told" speaks for the European Commission.
func TestModifiedSpokesmanFor(t *testing.T) {
	rec := extractText(t, "The European Commission opened the probe.\n\n\"We are engaging constructively, but any solution "+
		"must be effective,\" a Commission spokesperson for trade told a regular briefing.\n", "2025-08-01")
	wantEverySpeaker(t, rec, "European Commission")
}

// TestShoalWithAFirstName: "the Second Thomas Shoal" is a place, whole,
// though Thomas is a first name.
func TestShoalWithAFirstName(t *testing.T) {
	rec := extractText(t, "The Philippines accused China of firing water cannon near the Second Thomas Shoal in the "+
		"South China Sea.\n", "2025-08-01")
	if e := entityNamed(rec, "Second Thomas Shoal"); e == nil || e.Type != chronicle.Location {
		t.Errorf("Second Thomas Shoal = %+v, want a place", e)
	}
}

// TestFirmsTheRecognizerMissed: companies after a firm's kind, after
// "state-owned" or a place's "-listed", and names ending in a firm's word
// are bodies; "-based" over the kind gives the firm its country; a number
// after the words ("Transport 2000") leaves them alone.
func TestFirmsTheRecognizerMissed(t *testing.T) {
	rec := extractText(t, "OSLO -- Oil producers met on Monday.\n\nLondon-listed Gulf Keystone Petroleum said it had signed up. "+
		"\"This is a fragile fix,\" said Karim Haddad, an energy analyst at Dubai-based consultancy Qamar Energy. Mines operated "+
		"by Canada's First Quantum Minerals expanded production. Senegal's Sangomar field is operated by Australia's Woodside "+
		"Energy, and the state-owned Petrosen holds stakes in it. Environmental group Transport 2000 said the freeze was wrong.\n",
		"2025-08-01")
	for name, country := range map[string]string{"Gulf Keystone Petroleum": "", "Qamar Energy": "ARE", "First Quantum Minerals": "CAN",
		"Woodside Energy": "AUS", "Petrosen": ""} {
		e := entityNamed(rec, name)
		if e == nil || e.Type != chronicle.Organization || country != "" && e.Country != country {
			t.Errorf("%s = %+v, want a body of %q", name, e, country)
		}
	}
	if e := entityNamed(rec, "Transport"); e != nil {
		t.Errorf("Transport = %+v, want none", e)
	}
}

// TestSpeakerOpeningTheSentence: "NAME, director of … group Vote No, said:"
// has the person speak though the parse made a word of the group the
// subject.
func TestSpeakerOpeningTheSentence(t *testing.T) {
	rec := extractText(t, "Neil O'Brien, director of anti-constitution group Vote No, said: \"The reality is that the "+
		"government has lost the argument.\"\n", "2005-08-01")
	wantEverySpeaker(t, rec, "Neil O'Brien")
}

// TestPortsAndHighways: "the Port of Callao" is a facility of the town's
// country (Port of Spain stays the city), and "the Pan-American Highway" a
// facility whole, not an American one.
func TestPortsAndHighways(t *testing.T) {
	rec := extractText(t, "Peru said ships left the Port of Callao. Truckers drive on the Pan-American Highway. "+
		"Talks were held in Port of Spain.\n", "2025-08-01")
	if e := entityNamed(rec, "Port of Callao"); e == nil || e.Type != chronicle.Facility || e.Country != "PER" {
		t.Errorf("Port of Callao = %+v, want a facility of PER", e)
	}
	if e := entityNamed(rec, "Pan-American Highway"); e == nil || e.Type != chronicle.Facility {
		t.Errorf("Pan-American Highway = %+v, want a facility", e)
	}
	if e := entityNamed(rec, "United States"); e != nil {
		t.Errorf("United States = %+v, want none", e)
	}
	if e := entityNamed(rec, "Trinidad and Tobago"); e == nil {
		t.Errorf("no Trinidad and Tobago for Port of Spain")
	}
}

// TestBodyLeaderRestated: "the AUR leader" is the person named before as
// the leader of the Alliance for the Union of Romanians (AUR).
func TestBodyLeaderRestated(t *testing.T) {
	rec := extractText(t, "Dan took 53.6% of the vote against 46.4% for George Simion, the leader of the Alliance for the "+
		"Union of Romanians (AUR).\n\n\"The Romanian people have decided, and I accept their decision,\" the AUR leader said.\n",
		"2025-05-19")
	wantEverySpeaker(t, rec, "George Simion")
}

// TestPronounAfterSetClause: the subject of a clause set in a sentence
// ("where Dan won") is not whom "she" in the next takes back; the main
// clause's subject is.
func TestPronounAfterSetClause(t *testing.T) {
	rec := extractText(t, "Romania's president Nicusor Dan won the vote on Sunday.\n\nIn Cluj-Napoca, where Dan won by a wide "+
		"margin, 29-year-old software engineer Andreea Popescu said she had travelled home from Germany to vote.\n\n"+
		"\"I came back because I was afraid of waking up in a different country,\" she said.\n", "2025-05-19")
	wantEverySpeaker(t, rec, "Andreea Popescu")
}

// TestQuoteAfterReportAndItsSequel: a quote paragraph with no cue after a
// paragraph that reports one person and goes on about him alone is his.
func TestQuoteAfterReportAndItsSequel(t *testing.T) {
	rec := extractText(t, "BUENOS AIRES -- Argentina's peso held steady on Tuesday.\n\nEconomy Minister Luis Caputo said the "+
		"government would not defend any particular exchange rate inside the band. Speaking to a local radio station on "+
		"Tuesday morning, he ruled out dipping into reserves to prop up the currency.\n\n\"We are not going to burn reserves "+
		"to defend a number. In between, the market decides.\"\n", "2025-04-15")
	wantEverySpeaker(t, rec, "Luis Caputo")
}

// TestHyphenatedTownAndFirmWords: "Cluj-Napoca" cut at its hyphen by the
// recognizer is one town; "Hanwha Aerospace" is a firm.
func TestHyphenatedTownAndFirmWords(t *testing.T) {
	rec := extractText(t, "Romania voted on Sunday.\n\nIn Cluj-Napoca, where Dan won by a wide margin, 29-year-old software "+
		"engineer Andreea Popescu said she had travelled home. Poland bought tanks from Hanwha Aerospace.\n", "2025-05-19")
	if e := entityNamed(rec, "Cluj-Napoca"); e == nil || e.Country != "ROU" {
		t.Errorf("Cluj-Napoca = %+v, want the Romanian town", e)
	}
	if e := entityNamed(rec, "Hanwha Aerospace"); e == nil || e.Type != chronicle.Organization {
		t.Errorf("Hanwha Aerospace = %+v, want a firm", e)
	}
}

// TestKBPersonOfNoOfficeTitled: a KB person whose KB offices are over but
// whom the text calls a minister is of the story's country ("Finance
// Minister Jens Stoltenberg", NATO's former head, in a Norwegian story).
func TestKBPersonOfNoOfficeTitled(t *testing.T) {
	rec := extractText(t, "OSLO -- Norway's wealth fund sold its Israeli shares, Norway's government said.\n\n"+
		"Finance Minister Jens Stoltenberg said the exclusions followed long-standing Norwegian rules.\n", "2025-08-20")
	if e := entityNamed(rec, "Jens Stoltenberg"); e == nil || e.Country != "NOR" {
		t.Errorf("Jens Stoltenberg = %+v, want NOR", e)
	}
}

// TestOfficeGroupAndAgedSpeakers: "the office said" after "Netanyahu's
// office said" is Netanyahu's; "the group said" after the Hostages and
// Missing Families Forum (cut at its "and" by the recognizer) is the
// forum's; an age before a relative clause ("Samir Abu Daqqa, 45, who …,
// said") leaves the named man speaking.
func TestOfficeGroupAndAgedSpeakers(t *testing.T) {
	rec := extractText(t, "JERUSALEM -- Israel's cabinet delayed its vote on the deal.\n\n"+
		"On Thursday morning, Prime Minister Benjamin Netanyahu's office said the cabinet would not meet. \"Hamas is "+
		"reneging on parts of the understandings,\" the office said in a statement.\n\n"+
		"\"We celebrated last night, but we are afraid to believe it,\" Samir Abu Daqqa, 45, who has been displaced five "+
		"times, said by phone from a tent camp.\n\n"+
		"In Israel, the Hostages and Missing Families Forum urged the government to approve the deal. \"Every hostage must "+
		"come home,\" the group said.\n", "2025-01-16")
	want := map[string]string{"Hamas is reneging on parts of the understandings": "Benjamin Netanyahu",
		"We celebrated last night, but we are afraid to believe it": "Samir Abu Daqqa",
		"Every hostage must come home":                              "Hostages and Missing Families Forum"}
	wantSpeakers(t, rec, want)
}

// TestSpokesmenOfUtilitiesAndCentres: "A spokesman for state-owned
// Ethiopian Electric Power" speaks for it however the parse cut the
// phrase, and so does "he" after him; "the centre" after the Canadian
// Interagency Forest Fire Centre is that body, whose spokesperson speaks.
func TestSpokesmenOfUtilitiesAndCentres(t *testing.T) {
	rec := extractText(t, "ADDIS ABABA -- Ethiopia opened its dam.\n\nA spokesman for state-owned Ethiopian Electric Power "+
		"said the utility planned to export power. \"We already have signed agreements, and more countries are asking to "+
		"buy our power,\" he said.\n\nAccording to the Canadian Interagency Forest Fire Centre (CIFFC), more than 1.3 million "+
		"hectares have burned. A spokesperson for the centre said resources were stretched.\n\n\"We are seeing fire "+
		"behaviour in May that we would normally expect in July,\" the spokesperson said.\n", "2025-09-09")
	want := map[string]string{"We already have signed agreements, and more countries are asking to buy our power": "Ethiopian Electric Power",
		"We are seeing fire behaviour in May that we would normally expect in July": "Canadian Interagency Forest Fire Centre"}
	wantSpeakers(t, rec, want)
}

// TestGivenNameOfAnUnplacedEthiopian: in a story about Ethiopia, "Tesfaye
// said" after "Tesfaye Bekele, a 52-year-old shopkeeper" is he, though
// nothing but the story places him yet.
func TestGivenNameOfAnUnplacedEthiopian(t *testing.T) {
	rec := extractText(t, "ADDIS ABABA -- Ethiopia inaugurated its dam on Tuesday. Ethiopia's prime minister spoke.\n\n"+
		"Across Ethiopia, the mood was celebratory. Tesfaye Bekele, a 52-year-old shopkeeper, watched the ceremony.\n\n"+
		"\"I gave what I could, like millions of others,\" Tesfaye said.\n", "2025-09-09")
	wantEverySpeaker(t, rec, "Tesfaye Bekele")
}

// TestTownOfAForeignCityName: "near the town of Palma" in a story about
// Mozambique is no Spanish city; "the town of Camborne" in Cornwall is the
// KB's; "University of California, Los Angeles (UCLA)" leaves Los Angeles a
// place, while "Ministry of Agriculture, Forestry and Fisheries (MAFF)" is
// one body.
func TestTownOfAForeignCityName(t *testing.T) {
	rec := extractText(t, "MAPUTO -- Mozambique's LNG plant, led by France's TotalEnergies and backed by Britain, is being "+
		"built on the Afungi peninsula in Cabo Delgado province, near the town of Palma, where insurgents killed dozens of "+
		"people in 2021. Fire crews were called to a park in the town of Camborne in Cornwall. Dr. James "+
		"Cherry of the University of California, Los Angeles (UCLA) spoke.\n", "2025-09-09")
	if e := entityNamed(rec, "Palma"); e == nil || e.Country != "MOZ" {
		t.Errorf("Palma = %+v, want a town of MOZ", e)
	}
	if e := entityNamed(rec, "Camborne"); e == nil || e.KB == "" {
		t.Errorf("Camborne = %+v, want the KB's town", e)
	}
	if e := entityNamed(rec, "Los Angeles"); e == nil {
		t.Errorf("no Los Angeles")
	}
}

// TestCompoundAdjectiveInATitle: "Israel's far-right National Security
// Minister Itamar Ben-Gvir" is Israeli in a story filed from Doha.
func TestCompoundAdjectiveInATitle(t *testing.T) {
	rec := extractText(t, "DOHA -- Qatar said on Thursday the deal was on track. Qatar and Qatar agreed.\n\n"+
		"Israel's far-right National Security Minister Itamar Ben-Gvir has threatened to quit.\n", "2025-01-16")
	if e := entityNamed(rec, "Itamar Ben-Gvir"); e == nil || e.Country != "ISR" {
		t.Errorf("Itamar Ben-Gvir = %+v, want ISR", e)
	}
}

// TestSpokeFromAPlace: a private person who "said by phone from a tent camp
// in Deir al-Balah" is of that place's country, not of the story's
// dateline.
func TestSpokeFromAPlace(t *testing.T) {
	rec := extractText(t, "DOHA -- Qatar said on Thursday the deal was on track. Qatar and Qatar agreed.\n\n"+
		"\"We celebrated last night,\" Samir Abu Daqqa, 45, who has been displaced five times, said by phone from a tent "+
		"camp in Deir al-Balah.\n", "2025-01-16")
	if e := entityNamed(rec, "Samir Abu Daqqa"); e == nil || e.Country != "PSE" {
		t.Errorf("Samir Abu Daqqa = %+v, want PSE", e)
	}
}

// TestRestatedPrivatePerson: "the 45-year-old farmer" and "the contractor"
// restate the private person named the sentence before, and the quotes
// they open or close are that person's.
func TestRestatedPrivatePerson(t *testing.T) {
	rec := extractText(t, "LATUR, India -- Floods ruined the crop. Santosh Jadhav, who farms five acres near Latur, "+
		"lost everything.\n\nThe 45-year-old farmer said no official had visited. \"They tell us to file online.\"\n\n"+
		"In Douma, contractor Rami Suleiman said demand was huge.\n\n"+
		"\"People want to build, but the banks have no liquidity,\" the contractor said.\n\n"+
		"Park Ji-hoon voted early. \"There was no way I was going to miss this vote,\" said the 34-year-old office worker.\n",
		"2025-09-25")
	wantSpeakers(t, rec, map[string]string{
		"They tell us to file online.":                          "Santosh Jadhav",
		"People want to build, but the banks have no liquidity": "Rami Suleiman",
		"There was no way I was going to miss this vote":        "Park Ji-hoon",
	})
}

// TestBodyRestatedAfterQuote: "“…,” the medical group said" restates the
// one body that spoke in the sentence before the quote opened, however
// the description names it; of several bodies, the one that said it.
func TestBodyRestatedAfterQuote(t *testing.T) {
	rec := extractText(t, "The attack hit a mosque in El Fasher, the Sudan Doctors Network said.\n\n"+
		"\"The worshippers were killed while they were praying. Many of the bodies could not be identified,\" "+
		"the medical group said in a statement.\n\n"+
		"The European Union's naval mission in the region, Operation Aspides, said four seafarers had been killed. "+
		"\"This is a deliberate attack on civilian seafarers,\" the mission said.\n", "2025-07-08")
	wantSpeakers(t, rec, map[string]string{
		"The worshippers were killed while they were praying. Many of the bodies could not be identified": "Sudan Doctors Network",
		"This is a deliberate attack on civilian seafarers":                                               "EUNAVFOR Aspides", // as the KB names it
	})
}

// TestLocalOfficeSeat: a city or region before a local office is its
// seat, whose country the holder takes ("Ryazan Governor Pavel Malkov" in a
// story filed from Kyiv), and so is the place of a relative clause that
// says where someone lives or works.
func TestLocalOfficeSeat(t *testing.T) {
	rec := extractText(t, "KYIV -- Ukrainian drones struck a refinery in Russia, Ukraine said. Ukraine and Ukraine agreed.\n\n"+
		"Ryazan Governor Pavel Malkov said debris had caused a fire.\n\n"+
		"\"The windows were shaking,\" said Natalya Sokolova, 52, who lives on the southern outskirts of Ryazan.\n\n"+
		"\"Nobody will send a crew,\" said Nikos Papadakis, who manages a fleet from the Greek port of Piraeus.\n", "2025-09-25")
	wantCountries(t, rec, map[string]string{"Pavel Malkov": "RUS", "Natalya Sokolova": "RUS", "Nikos Papadakis": "GRC"})
}

// TestInternationalStaff: the staff of an international body have no
// country, whatever the place of their posting ("the United Nations special
// envoy for Yemen") or the head they speak for; a fronted place does not
// hide the spokesman who speaks; and a spokeswoman speaks for the body
// named before, not for one named inside her quote.
func TestInternationalStaff(t *testing.T) {
	rec := extractText(t, "SANAA -- Houthi fighters attacked a ship off Yemen, Yemen said. Yemen and Yemen agreed.\n\n"+
		"Hans Grundberg, the United Nations special envoy for Yemen, urged restraint.\n\n"+
		"At the United Nations in New York, Stephane Dujarric, spokesman for Secretary-General Antonio Guterres, "+
		"said the world body was alarmed.\n\n"+
		"The U.S. State Department condemned the attack. \"These attacks show the threat the Houthis pose,\" "+
		"spokeswoman Tammy Bruce told reporters.\n", "2025-07-09")
	for name, want := range map[string]string{"Hans Grundberg": "IGOUNO", "Stephane Dujarric": "IGOUNO", "Tammy Bruce": "USAGOV"} {
		if e := entityNamed(rec, name); e == nil || e.Code != want {
			t.Errorf("%s = %+v, want %s", name, e, want)
		}
	}
	for _, q := range rec.Quotes {
		if q.Text == "the world body was alarmed" && q.SpeakerName != "Stephane Dujarric" {
			t.Errorf("speaker of %q = %q, want Stephane Dujarric", q.Text, q.SpeakerName)
		}
	}
}

// TestPlaceOfKind: a town the KB does not know takes the country of the
// demonym or place its kind phrase names.
func TestPlaceOfKind(t *testing.T) {
	rec := extractText(t, "Gangs stormed the central Haitian town of Mirebalais on Monday, officials in Kenya and the "+
		"United States said. Kenya leads the mission.\n\nIn the Jobar district of eastern Damascus, blocks remain in rubble.\n",
		"2025-04-02")
	wantCountries(t, rec, map[string]string{"Mirebalais": "HTI", "Jobar": "SYR"})
}

// TestBodyAfterDescription: a body the recognizer missed after a
// description between commas is a body, of the description's country, and
// "the operator said" after it is that body speaking.
func TestBodyAfterDescription(t *testing.T) {
	rec := extractText(t, "LISBON -- Power returned on Tuesday to Spain and Portugal. Engineers at Red Electrica worked overnight.\n\n"+
		"Red Electrica, the national grid operator, said it had found no evidence of foul play.\n\n"+
		"The Portuguese grid operator, REN, was more direct: \"The problem originated outside,\" the operator said. "+
		"Spain's state rail company, Renfe, cancelled trains.\n", "2025-04-29")
	if e := entityNamed(rec, "Red Electrica"); e == nil || e.Type != chronicle.Organization {
		t.Errorf("Red Electrica = %+v, want an ORG", e)
	}
	for name, want := range map[string]string{"REN": "PRT", "Renfe": "ESP"} {
		if e := entityNamed(rec, name); e == nil || e.Type != chronicle.Organization || e.Country != want {
			t.Errorf("%s = %+v, want an ORG of %s", name, e, want)
		}
	}
	wantSpeakers(t, rec, map[string]string{"The problem originated outside": "REN"})
}

// TestOfficeOfTheOtherCountry: a minister whose office the KB says another
// holds in the story's home country serves the one other country the
// sentences before name ("Defence Minister Khawaja Asif" after Pakistan's
// prime minister, in a story filed from Srinagar).
func TestOfficeOfTheOtherCountry(t *testing.T) {
	rec := extractText(t, "SRINAGAR, April 27 (AFP) -- Indian and Pakistani soldiers exchanged fire in Kashmir, the Indian "+
		"Army said.\n\nSpeaking in Abbottabad, Sharif offered to cooperate. \"Pakistan is open,\" he said.\n\n"+
		"Defence Minister Khawaja Asif said the armed forces were on high alert.\n", "2025-04-27")
	if e := entityNamed(rec, "Khawaja Asif"); e == nil || e.Country != "PAK" {
		t.Errorf("Khawaja Asif = %+v, want PAK", e)
	}
}

// TestPartyOfAnotherCountry: a party the KB knows in another country than
// the one the story is about, which the story never names, is the story's
// own party of that name ("the small Podemos party" in Mozambique).
func TestPartyOfAnotherCountry(t *testing.T) {
	rec := extractText(t, "MAPUTO -- Mondlane ran with the backing of the small Podemos party. Mozambique and Mozambique "+
		"and Mozambique held a vote, Mozambique said.\n", "2025-01-10")
	if e := entityNamed(rec, "Podemos"); e == nil || e.Country != "MOZ" || e.KB != "" {
		t.Errorf("Podemos = %+v, want Mozambique's party", e)
	}
}

// TestPresidentRestatedWithOthersAbroad: "the president said" after
// President Rumen Radev is Radev, whom the KB has in that office, though
// the story names another country whose president the KB knows too.
func TestPresidentRestatedWithOthersAbroad(t *testing.T) {
	rec := extractText(t, "SOFIA -- Bulgaria will adopt the euro, Bulgaria said, as U.S. President Donald Trump weighed tariffs.\n\n"+
		"European Central Bank President Christine Lagarde welcomed the step. Not everyone is convinced. President Rumen Radev "+
		"had pushed for a referendum.\n\n\"The government has ignored the fears of ordinary people,\" the president said.\n",
		"2025-07-08")
	wantSpeakers(t, rec, map[string]string{"The government has ignored the fears of ordinary people": "Rumen Radev"})
}

// TestRestatedAge: "the 68-year-old said" restates the one person the
// sentence before names, whatever its pronouns, or names as "he" only.
func TestRestatedAge(t *testing.T) {
	rec := extractText(t, "HAVANA -- The grid failed again, Cuba said.\n\n\"My food is going bad,\" said Yanet Fernandez, a "+
		"41-year-old hairdresser.\n\nHer neighbour, retired bus driver Orlando Perez, was more resigned. \"We have learned to "+
		"live like this,\" the 68-year-old said.\n\nGeorge Simion won the first round. After briefly claiming victory, he "+
		"conceded. \"I accept their decision,\" the 38-year-old said in a video message.\n\nBurak Ozturk, who sells "+
		"textiles in Istanbul's Grand Bazaar, said his loans still cost more.\n\n\"Even a small cut is oxygen for us,\" "+
		"the 47-year-old trader said.\n", "2025-03-15")
	wantSpeakers(t, rec, map[string]string{
		"We have learned to live like this": "Orlando Perez",
		"I accept their decision":           "George Simion",
		"Even a small cut is oxygen for us": "Burak Ozturk", // a calling the title words list, not an office
	})
	rec = extractText(t, "KATHMANDU -- Nepal reopened, Nepal said. Nepal and Nepal.\n\nPrakash Shrestha said he had lost "+
		"almost everything when his electronics shop on Durbar Marg was looted.\n\n\"Who will pay for this?\" the "+
		"51-year-old asked.\n", "2025-09-13")
	wantSpeakers(t, rec, map[string]string{"Who will pay for this?": "Prakash Shrestha"}) // the one who speaks before
}

// TestMinistrySpokesmanOfTheActingCountry: "foreign ministry spokesman
// Esmaeil Baghaei" after "Iran … welcomed the agreement" speaks for Iran,
// not for the country the story is mostly about.
func TestMinistrySpokesmanOfTheActingCountry(t *testing.T) {
	rec := extractText(t, "YEREVAN -- Armenia and Azerbaijan signed a deal, Armenia said. Armenia and Armenia agreed.\n\n"+
		"Iran, which borders the Syunik region, welcomed the agreement but warned against any foreign presence. "+
		"\"Any intervention is a source of concern,\" foreign ministry spokesman Esmaeil Baghaei said.\n", "2025-08-09")
	if e := entityNamed(rec, "Esmaeil Baghaei"); e == nil || e.Country != "IRN" {
		t.Errorf("Esmaeil Baghaei = %+v, want IRN", e)
	}
}

// TestRiverOfTheHome: a river the KB does not know, in a story filed from
// its home, lies there.
func TestRiverOfTheHome(t *testing.T) {
	rec := extractText(t, "KITWE, June 10 (AFP) -- Zambia is seeking financing from China, even as farmers along the Kafue "+
		"River demand compensation for an acid spill at a plant China owns. China lends.\n",
		"2025-06-10")
	if e := entityNamed(rec, "Kafue River"); e == nil || e.Country != "ZMB" {
		t.Errorf("Kafue River = %+v, want ZMB", e)
	}
}

// TestMovementOfAnotherCountry: a body the KB knows as another country's
// armed movement, in a story mainly about a country that has one of that
// name, is the story's, and so are the people it placed.
func TestMovementOfAnotherCountry(t *testing.T) {
	rec := extractText(t, "TUNIS -- A Tunisian court sentenced opposition figures, Tunisia said. Tunisia and Tunisia reacted.\n\n"+
		"Ahmed Nejib Chebbi, the head of the opposition National Salvation Front, was given 18 years.\n", "2025-11-28")
	wantCountries(t, rec, map[string]string{"National Salvation Front": "TUN", "Ahmed Nejib Chebbi": "TUN"})
}

// TestPossessorIsNoSubject: "he" after "His eldest son, Senator Flavio
// Bolsonaro, struck a defiant tone" is the son, not the father "His" means.
func TestPossessorIsNoSubject(t *testing.T) {
	rec := extractText(t, "BRASILIA -- Brazil's Supreme Court convicted former President Jair Bolsonaro, Brazil said.\n\n"+
		"His eldest son, Senator Flavio Bolsonaro, struck a defiant tone. \"They can jail my father, but not the ideas,\" "+
		"he wrote on X.\n", "2025-09-11")
	wantSpeakers(t, rec, map[string]string{"They can jail my father, but not the ideas": "Flavio Bolsonaro"})
}

// TestMinisterOfANamedMinistry: a minister titled by a portfolio takes the
// country of the one ministry of that portfolio named before.
func TestMinisterOfANamedMinistry(t *testing.T) {
	rec := extractText(t, "ADDIS ABABA -- Ethiopia and Eritrea traded accusations, Ethiopia said. Ethiopia and Eritrea met.\n\n"+
		"The Eritrean Ministry of Information said the port was not a subject for discussion. Information Minister "+
		"Yemane Gebremeskel went further, accusing the Ethiopian government of preparing for war.\n", "2025-09-02")
	wantCountries(t, rec, map[string]string{"Yemane Gebremeskel": "ERI"})
}

// TestPostedOnX: the "X" of "wrote on X" is the social network.
func TestPostedOnX(t *testing.T) {
	rec := extractText(t, "His eldest son struck a defiant tone. \"They will not jail our ideas,\" Flavio Bolsonaro wrote on X.\n",
		"2025-09-11")
	if e := entityNamed(rec, "X Corp."); e == nil || e.Country != "USA" || len(e.Mentions) != 1 || e.Mentions[0].Text != "X" {
		t.Errorf("X Corp. = %+v, want the network, mentioned as X", e)
	}
}

// TestPlatformsByPlace: a platform is named by its place as well as after
// "wrote on": "the social network X", "his account of X", a list of social
// networks, "the chat platform" before an unknown name; a body after "posted
// on Discord," is no platform of a list.
func TestPlatformsByPlace(t *testing.T) {
	rec := extractText(t, "BOGOTA -- The ministry replied in a message published in the social network X. Later, the president "+
		"wrote in his account of X that the measure would stand.\n\nRegulators fined Facebook, YouTube, Zapchat and X. "+
		"Students met on the chat platform Kolibri. In a statement posted on Discord, Juventud 21 said it would march.\n",
		"2025-06-11")
	if e := entityNamed(rec, "X Corp."); e == nil || len(e.Mentions) != 3 {
		t.Errorf("X Corp. = %+v, want the network, mentioned three times", e)
	}
	for _, name := range []string{"Zapchat", "Kolibri"} {
		if e := entityNamed(rec, name); e == nil || e.Type != chronicle.Organization {
			t.Errorf("%s = %+v, want a platform (ORG)", name, e)
		}
	}
	if e := entityNamed(rec, "Juventud"); e != nil {
		t.Errorf("Juventud = %+v, want no entity cut from Juventud 21", e)
	}
}

// TestNationalWireDateline: a dateline's place the KB does not know is a
// place all the same, in the country of the national agency that filed the
// story, and so is the unplaced minister of a story that no one country
// dominates; a minister's portfolio run into his name is cut off it, an
// event's name begun inside a town's goes back over it, and the agency one
// "told" is no person.
func TestNationalWireDateline(t *testing.T) {
	rec := extractText(t, "Leaders gather for Gaza summit\n\nSHARM EL-SHEIKH, Oct 13 (MENA) - President Abdel Fattah El-Sisi and "+
		"President Donald Trump co-chaired on Monday the Sharm el-Sheikh Peace Summit on the war in the Gaza Strip. "+
		"Leaders of Qatar, Turkey, Jordan and the United States attended.\n\n"+
		"Samir Abu Hasan, a father of five, told MENA by phone that people follow the news from Sharm el-Sheikh with hope.\n\n"+
		"Minister of Foreign Affairs and Emigration Badr Abdelatty said a conference would follow. "+
		"Israel welcomed it, as did Qatar, Turkey and Indonesia.\n", "2025-10-13")
	wantCountries(t, rec, map[string]string{"Sharm el-Sheikh": "EGY", "Badr Abdelatty": "EGY"})
	if e := entityNamed(rec, "Sharm el-Sheikh"); e == nil || e.Type != chronicle.GeoPolitical {
		t.Errorf("Sharm el-Sheikh = %+v, want a place", e)
	}
	if e := entityNamed(rec, "MENA"); e != nil {
		t.Errorf("MENA = %+v, want the agency of \"told MENA by phone\", not a person", e)
	}
	if e := entityNamed(rec, "Sharm el-Sheikh Peace Summit"); e == nil {
		t.Errorf("no Sharm el-Sheikh Peace Summit among %+v", rec.Entities)
	}
}

// TestDashedCueAndAgedCalling: a cue after a dash is one whatever the
// tagger makes of it ("“…,” - emphasised President …", the verb taken for
// an adjective and once run into his title), and a name with an age after a
// calling that can be a firm's kind is a person's ("pony operator Ghulam
// Nabi Bhat, 43,").
func TestDashedCueAndAgedCalling(t *testing.T) {
	rec := extractText(t, "Ashgabat, 18 June (TDH) - Talks were held.\n\n\"Russia is a reliable partner of Turkmenistan,\" - "+
		"emphasised President Serdar Berdimuhamedov.\n\nIn Pahalgam, pony operator Ghulam Nabi Bhat, 43, said business had "+
		"only partly recovered. \"Before April we had hundreds of tourists every day,\" he said.\n", "2025-06-18")
	wantSpeakers(t, rec, map[string]string{"Russia is a reliable partner of Turkmenistan": "Serdar Berdimuhamedow",
		"Before April we had hundreds of tourists every day": "Ghulam Nabi Bhat"})
	if e := entityNamed(rec, "Ghulam Nabi Bhat"); e == nil || e.Type != chronicle.Person {
		t.Errorf("Ghulam Nabi Bhat = %+v, want a person", e)
	}
}

// TestStatementOfAnUnnamedBody: "the statement said" after "The army said
// in a statement" is the army's, though no entity names it.
func TestStatementOfAnUnnamedBody(t *testing.T) {
	rec := extractText(t, "DJIBO -- Gunmen attacked the town on Sunday.\n\nThe army said in a statement read on the state "+
		"broadcaster that it had repelled the assault. \"The enemy suffered heavy losses,\" the statement said.\n", "2025-05-12")
	for _, q := range rec.Quotes {
		if q.Text == "The enemy suffered heavy losses" && !strings.EqualFold(q.SpeakerName, "the army") {
			t.Errorf("speaker of %q = %q, want the army", q.Text, q.SpeakerName)
		}
	}
}

// TestCountryAsField: "a Belarus expert at the Polish Institute of
// International Affairs" is Polish; Belarus is her field.
func TestCountryAsField(t *testing.T) {
	rec := extractText(t, "WARSAW -- Poland closed a crossing with Belarus, Poland said.\n\n\"Lukashenko wants to show he can "+
		"create trouble,\" said Marta Kowalska, a Belarus expert at the Polish Institute of International Affairs.\n", "2025-09-12")
	wantCountries(t, rec, map[string]string{"Marta Kowalska": "POL"})
}

// TestOfficialOfTheSentencesAround: with no main country, an official
// nothing else places serves the one country the sentences around name.
func TestOfficialOfTheSentencesAround(t *testing.T) {
	rec := extractText(t, "Power returned to Spain and Portugal on Tuesday. Portugal counted the cost.\n\n"+
		"\"We can rule out a cyberattack,\" an engineer told a news conference in Seville. Sara Aagesen, the third deputy "+
		"prime minister and minister for ecological transition, cautioned against quick conclusions.\n", "2025-04-29")
	wantCountries(t, rec, map[string]string{"Sara Aagesen": "ESP"})
}

// TestPronounCueTheParseMisreads: "“…,” she said" after a quote that the
// parse reads into the cue's clause is still hers.
func TestPronounCueTheParseMisreads(t *testing.T) {
	rec := extractText(t, "Flood hits town\n\nKamala Devi, a tea plucker, lost her sister.\n\n\"There was nothing where their "+
		"house had been,\" she said.\n", "2025-11-30")
	wantSpeakers(t, rec, map[string]string{"There was nothing where their house had been": "Kamala Devi"})
}

// TestSexedNounRestatesAPrivatePerson: "the grandmother said" restates the
// one private person the sentence before names, whom the text calls "she";
// not a man.
func TestSexedNounRestatesAPrivatePerson(t *testing.T) {
	rec := extractText(t, "Mexicans vote for judges\n\nIn Iztapalapa, Rosa Elena Mendoza, a 61-year-old seamstress, said she "+
		"had spent half an hour filling in her ballots.\n\n\"I recognised maybe two names,\" the grandmother said.\n\nIn Puebla, "+
		"Jorge Ramirez, a taxi driver, said he had not voted.\n\n\"Nobody explained it,\" the grandmother said.\n", "2025-06-02")
	wantSpeakers(t, rec, map[string]string{"I recognised maybe two names": "Rosa Elena Mendoza", "Nobody explained it": ""})
}

// TestSpokesmanDescribedWithAnotherName: "…," Dedy Kurniawan, a spokesman
// for the park, known as IMIP, said — the name speaks, past the description
// and the other name it gives, whose "known" the parse reads as a verb.
func TestSpokesmanDescribedWithAnotherName(t *testing.T) {
	rec := extractText(t, "Blast at nickel park\n\nThe blast occurred at a furnace.\n\n\"At around 7:40 a.m., a furnace "+
		"exploded,\" Dedy Kurniawan, a spokesman for the park, known as IMIP, said in a statement.\n", "2025-03-01")
	wantSpeakers(t, rec, map[string]string{"At around 7:40 a.m., a furnace exploded": "Dedy Kurniawan"})
}

// TestStatusNounRestatesAPrivatePerson: "the pensioner said" after "Nina
// Bondarenko, 71, …" in the same sentence, and "the student said" after
// "Lena Hoffmann, a 17-year-old pupil" in the sentence before, restate them;
// "the farmer said" after the text brought in "a farmer" is that farmer.
func TestStatusNounRestatesAPrivatePerson(t *testing.T) {
	rec := extractText(t, "Strike hits Kharkiv\n\nNina Bondarenko, 71, who lives on the fifth floor, was still in shock "+
		"when we met her. \"I woke up on the floor,\" the pensioner said.\n\nLena Hoffmann, a 17-year-old pupil from "+
		"Altona, was among the protesters.\n\n\"Nobody asked us,\" the student said.\n\nOleg Marchenko, 52, lost his "+
		"barn. A farmer from the next village came to help.\n\n\"We help each other,\" the farmer said.\n", "2025-11-04")
	wantSpeakers(t, rec, map[string]string{"I woke up on the floor": "Nina Bondarenko", "Nobody asked us": "Lena Hoffmann",
		"We help each other": ""})
}

// TestStatusNounOpeningASentence: "The pensioner said" opening a sentence
// restates the one private person the sentence before names, so that the
// "he said" after it is his, not the opposition leader's named earlier.
func TestStatusNounOpeningASentence(t *testing.T) {
	rec := extractText(t, "Rally in Tel Aviv\n\nTEL AVIV -- Thousands rallied. Opposition leader Yair Lapid addressed the crowd."+
		"\n\nAmong those in the square was Avi Shapira, 67, a retired teacher from Kibbutz Nir Oz. The pensioner said two "+
		"of his neighbours were still held in Gaza.\n\n\"We stood here every Saturday for almost two years,\" he said.\n",
		"2025-09-07")
	wantSpeakers(t, rec, map[string]string{"We stood here every Saturday for almost two years": "Avi Shapira"})
}

// TestHisHighness: a bare "His Highness" or "His Royal Highness" after a
// quote is the person the text styled so before, not the guest named last.
func TestHisHighness(t *testing.T) {
	rec := extractText(t, "HH the Amir receives the President\n\nDoha, April 15 (QNA) - His Highness the Amir Sheikh Tamim bin "+
		"Hamad Al-Thani received at the Amiri Diwan His Excellency President of the Lebanese Republic General Joseph Aoun.\n\n"+
		"\"Qatar stood and will always stand by the brotherly Lebanese people,\" His Highness said during the talks.\n", "2025-04-15")
	wantSpeakers(t, rec, map[string]string{"Qatar stood and will always stand by the brotherly Lebanese people": "Tamim bin Hamad Al Thani"})
}

// TestQuoteAfterAnIntroduction: a quote with no cue right after a sentence
// of its paragraph about one person is that person's, whether the parse
// makes the person an appositive of the subject ("Wafula's mother, Agnes
// Nasimiyu, spoke to reporters") or hangs the clauses elsewhere ("Nguyen
// Thi Lan, 62, who runs a lantern shop …, watched the water rise").
func TestQuoteAfterAnIntroduction(t *testing.T) {
	rec := extractText(t, "Floods and protests\n\nNAIROBI -- Police fired tear gas, Interior Minister Kipchumba Murkomen said. "+
		"\"We will not allow chaos,\" he said.\n\nWafula's mother, Agnes Nasimiyu, spoke to reporters at the family home in "+
		"Bungoma. \"They took my son alive and gave him back to me in a bag.\"\n\nIn Hoi An, Nguyen Thi Lan, 62, who runs a "+
		"lantern shop on Bach Dang street, watched the water rise to the ceiling of her ground floor. \"I have lived here "+
		"all my life.\"\n", "2025-10-30")
	wantSpeakers(t, rec, map[string]string{"They took my son alive and gave him back to me in a bag.": "Agnes Nasimiyu",
		"I have lived here all my life.": "Nguyen Thi Lan"})
}

// TestNameEndingTheSubjectsAppositives: when the parse gives the cue no
// subject, the name right before it, after a chain of titles and an
// honorific, speaks.
func TestNameEndingTheSubjectsAppositives(t *testing.T) {
	rec := extractText(t, "Council of ministers\n\nRABAT (MAP) - The King chaired the council.\n\nFor his part, the Minister "+
		"Delegate in charge of Relations with Parliament, Government Spokesman, Mr. Mustapha Baitas, indicated that the "+
		"government \"is conscious of the expectations of the citizens\" and that the texts will be sent to Parliament.\n",
		"2025-10-19")
	wantSpeakers(t, rec, map[string]string{"is conscious of the expectations of the citizens": "Mustapha Baitas"})
}

// TestPronounAfterCapitalisedTitleAppositive: "The Minister of the Interior,
// Diosdado Cabello, went further …. “…,” he said" is Cabello's, the
// appositive of a subject whose title the tagger calls a proper noun.
func TestPronounAfterCapitalisedTitleAppositive(t *testing.T) {
	rec := extractText(t, "Nobel stirs Caracas\n\nEdmundo Gonzalez Urrutia said he was proud of her.\n\nThe Minister of the "+
		"Interior, Diosdado Cabello, went further in his weekly television program. \"This prize was bought in "+
		"Washington,\" he said.\n", "2025-10-10")
	wantSpeakers(t, rec, map[string]string{"This prize was bought in Washington": "Diosdado Cabello"})
}

// TestRestatedTitleOfTheSubject: "The Nigerian President asked Wang to
// convey his greetings to President Xi. “…,” the President said" is the
// sentence's subject's, of the two presidents it names.
func TestRestatedTitleOfTheSubject(t *testing.T) {
	rec := extractText(t, "Wang Yi in Abuja\n\nChina's Foreign Minister Wang Yi, who met President Xi Jinping last week, was "+
		"received by President Bola Tinubu. The Nigerian President asked "+
		"Wang to convey his greetings to President Xi. \"Nigeria and China should grow together,\" the President said.\n",
		"2025-01-11")
	wantSpeakers(t, rec, map[string]string{"Nigeria and China should grow together": "Bola Tinubu"})
}

// TestRoleRestatedFromAnAppositiveWithoutArticle: "Kamran Ahmadi, professor
// of water engineering at the University of Tehran, …. “…,” the professor
// said" is his.
func TestRoleRestatedFromAnAppositiveWithoutArticle(t *testing.T) {
	rec := extractText(t, "Tehran rations water\n\nKamran Ahmadi, professor of water engineering at the University of "+
		"Tehran, believes that the rationing is unavoidable. \"No dam will save us,\" the professor said.\n", "2025-11-07")
	wantSpeakers(t, rec, map[string]string{"No dam will save us": "Kamran Ahmadi"})
}

// TestAccusedObjectIsNoSpeaker: "X, whose …, accused the Congress
// government of “sleeping”": when the parse finds no subject, the object
// after "accused" is not taken for an inverted speaker.
func TestAccusedObjectIsNoSpeaker(t *testing.T) {
	rec := extractText(t, "Landslides in Himachal\n\nLeader of the Opposition Jai Ram Thakur of the Bharatiya Janata Party "+
		"(BJP), whose Seraj constituency in Mandi was devastated by cloudbursts in July, accused the Congress government of "+
		"\"sleeping\" while villages were cut off.\n", "2025-08-30")
	for _, q := range rec.Quotes {
		if q.Text == "sleeping" && strings.Contains(q.SpeakerName, "Congress") {
			t.Errorf("speaker of %q = %q, want not the accused", q.Text, q.SpeakerName)
		}
	}
}

// TestNoteSignedByALawyer: "“…,” affirmed the note, signed by the lawyer
// Rodrigo Azevedo Mendes" is the lawyer's.
func TestNoteSignedByALawyer(t *testing.T) {
	rec := extractText(t, "Bolsonaro under house arrest\n\nThe defence of Bolsonaro said in a note that it will appeal. \"The "+
		"former president did not violate any measure,\" affirmed the note, signed by the lawyer Rodrigo Azevedo Mendes.\n",
		"2025-08-05")
	wantSpeakers(t, rec, map[string]string{"The former president did not violate any measure": "Rodrigo Azevedo Mendes"})
}

// TestOfficeOfACountryBeforeTheName: "The Deputy Chairman of the Security
// Council of Russia Dmitry Medvedev on Tuesday stated …" is Medvedev's.
func TestOfficeOfACountryBeforeTheName(t *testing.T) {
	rec := extractText(t, "Medvedev warns Finland\n\nThe Deputy Chairman of the Security Council of Russia Dmitry Medvedev on "+
		"Tuesday stated that the closing of the border \"is the biggest mistake of Finland in eighty years\".\n", "2025-06-17")
	wantSpeakers(t, rec, map[string]string{"is the biggest mistake of Finland in eighty years": "Dmitry Medvedev"})
}

// TestMediumCarriesAnOrder: "Xi ordered local authorities to “spare no
// effort”, Xinhua said" is Xi's, the agency carrying it; and "Minister of
// Emergency Management Wang Xiangxi", whom the recognizer misses after the
// portfolio, is a person whom "the minister told" restates.
func TestMediumCarriesAnOrder(t *testing.T) {
	rec := extractText(t, "Mine collapse in Inner Mongolia\n\nBEIJING (Reuters) -- President Xi Jinping ordered local authorities "+
		"to \"spare no effort\" to rescue the trapped miners, Xinhua said.\n\nMinister of Emergency Management Wang Xiangxi "+
		"arrived at the site overnight. \"Every minute counts,\" the minister told a meeting in Ordos.\n", "2025-03-01")
	wantSpeakers(t, rec, map[string]string{"spare no effort": "Xi Jinping", "Every minute counts": "Wang Xiangxi"})
}

// TestHonorificSubjectIntroducesAQuote: "Mrs Ngozi Eze, a fabric trader,
// was blunt. “…”" is hers, though the parse heads the subject on "Mrs".
func TestHonorificSubjectIntroducesAQuote(t *testing.T) {
	rec := extractText(t, "Teachers strike\n\nLAGOS -- Teachers went on strike.\n\nMrs Ngozi Eze, a fabric trader, was blunt. "+
		"\"My children are sitting at home.\"\n", "2025-04-10")
	wantSpeakers(t, rec, map[string]string{"My children are sitting at home.": "Ngozi Eze"})
}

// TestStatementFromACountrysBody: "According to a statement from China's
// Ministry of Commerce, Beijing will work to “…”" is the ministry's, not
// China's.
func TestStatementFromACountrysBody(t *testing.T) {
	rec := extractText(t, "Rare earth truce\n\nBEIJING -- According to a statement from China's Ministry of Commerce, Beijing "+
		"will suspend the controls and will work to \"keep global supply chains stable and open.\"\n", "2025-10-30")
	for _, q := range rec.Quotes {
		if strings.HasPrefix(q.Text, "keep global supply chains") && !strings.Contains(q.SpeakerName, "Commerce") {
			t.Errorf("speaker of %q = %q, want the Ministry of Commerce", q.Text, q.SpeakerName)
		}
	}
}

// TestRolesNoTitleListHolds: "the analyst said" after "Giorgi Beridze,
// analyst of the Caucasus Policy Centre," and "the expert said" after "Igor
// Zaitsev, the leading researcher of the Institute of Europe," restate them,
// though neither word is a title.
func TestRolesNoTitleListHolds(t *testing.T) {
	rec := extractText(t, "Georgia and the EU\n\nTBILISI -- Giorgi Beridze, analyst of the Tbilisi-based Caucasus Policy Centre, "+
		"says that relations are at a low.\n\n\"Georgian Dream calculates that the EU will not act,\" the analyst said.\n\n"+
		"In the opinion of Igor Zaitsev, the leading researcher of the Institute of Europe, the statements of Medvedev are "+
		"addressed to the internal audience. \"The rhetoric is hard,\" the expert said.\n", "2025-11-05")
	wantSpeakers(t, rec, map[string]string{"Georgian Dream calculates that the EU will not act": "Giorgi Beridze",
		"The rhetoric is hard": "Igor Zaitsev"})
}

// TestOfficeBeforeRank: "TNI commander Gen. Agus Subiyanto" is "the
// commander" later, the body's short form and the rank aside.
func TestOfficeBeforeRank(t *testing.T) {
	rec := extractText(t, "JAKARTA - TNI commander Gen. Agus Subiyanto spoke on Thursday. "+
		"\"Soldiers will not return to politics,\" the commander said.\n", "2025-03-20")
	wantSpeakers(t, rec, map[string]string{"Soldiers will not return to politics": "Agus Subiyanto"})
}

// TestGivenNamesTakenForPeoples: a given name the recognizer takes for a
// people's word ("Christian") is a person's with the word after it where
// the text quotes or describes someone.
func TestGivenNamesTakenForPeoples(t *testing.T) {
	rec := extractText(t, "Cameroon votes on Sunday. \"The question is not who won, but who will succeed a 92-year-old "+
		"president,\" said Christian Ebode, a political analyst at the University of Yaounde.\n", "2025-10-12")
	found := false
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			found = found || m.Text == "Christian Ebode" && e.Type == chronicle.Person
		}
	}
	if !found {
		t.Errorf("no person mentioned as Christian Ebode in %+v", rec.Entities)
	}
}

// TestPeopleNamedAfterHonorificsAndModifiers: a given name that is also a
// common word is a name's after "Dr" ("Minister Dr Anxious Masuka"); a
// description whose modifier is a name still describes a person ("Chimwemwe
// Banda, a DPP organiser,"); Karen is a man's name in Armenia, so "Mr.
// Harutyunyan" is Karen Harutyunyan.
func TestPeopleNamedAfterHonorificsAndModifiers(t *testing.T) {
	rec := extractText(t, "Wheat harvest\n\nHARARE -- Agriculture Minister Dr Anxious Masuka told The Herald the harvest was "+
		"good. \"Our farmers have proved that wheat can be grown profitably,\" Dr Masuka said.\n\n"+
		"Chimwemwe Banda, a DPP organiser in the Southern Region, said the party had worked hard. \"We campaigned in every "+
		"village,\" Banda said.\n\nThe chairman of the Armenian Union of Freight Carriers Karen Harutyunyan said the drivers "+
		"wait. \"Our trucks stay at the border for days,\" Mr. Harutyunyan said.\n", "2025-10-01")
	wantSpeakers(t, rec, map[string]string{"Our farmers have proved that wheat can be grown profitably": "Anxious Masuka",
		"We campaigned in every village": "Chimwemwe Banda", "Our trucks stay at the border for days": "Karen Harutyunyan"})
}

// TestDashBeforeInvertedCue: "“…,” - said the analyst", the dash of
// translations from Russian, restates the analyst named before as "“…,”
// said the analyst" does.
func TestDashBeforeInvertedCue(t *testing.T) {
	rec := extractText(t, "New premier\n\nKYIV -- The political analyst Taras Kovalenko, director of the Kyiv Institute of "+
		"Political Studies, told Anadolu that the choice of Yulia Svyrydenko was expected. \"Svyrydenko is a technocrat, she "+
		"is well known to the partners,\" - said the analyst.\n", "2025-07-18")
	wantSpeakers(t, rec, map[string]string{"Svyrydenko is a technocrat, she is well known to the partners": "Taras Kovalenko"})
}

// TestDescriptionBeforeCommaAndRank: "The military expert, retired colonel
// Mikhail Tolstykh," is "the expert" later, though a rank stands between
// the description and the name.
func TestDescriptionBeforeCommaAndRank(t *testing.T) {
	rec := extractText(t, "Front line\n\nMOSCOW -- Russian forces took the city.\n\nThe military expert, retired colonel Mikhail Tolstykh, in a conversation with "+
		"the correspondent of TASS noted that the fall of the city opens the road west. \"The next in the line are Kramatorsk "+
		"and Slavyansk. The enemy understands it very well,\" the expert said.\n", "2025-11-02")
	wantSpeakers(t, rec, map[string]string{"The next in the line are Kramatorsk and Slavyansk. The enemy understands it very well": "Mikhail Tolstykh"})
}

// TestFieldsListedBeforeBodies: a body whose name lists its fields is one
// body ("the Refugee Relief and Repatriation Commission", "the Kenya Medical
// Practitioners, Pharmacists and Dentists Union"), but two bodies joined by
// "and" stay two ("Apple and Samsung Electronics").
func TestFieldsListedBeforeBodies(t *testing.T) {
	rec := extractText(t, "Camps\n\nDHAKA -- Officials of the Refugee Relief and Repatriation Commission visited the camps on "+
		"Monday. Doctors of the Kenya Medical Practitioners, Pharmacists and Dentists Union joined them. Apple and Samsung "+
		"Electronics gave phones.\n", "2025-09-01")
	for _, name := range []string{"Refugee Relief and Repatriation Commission", "Kenya Medical Practitioners, Pharmacists and Dentists Union"} {
		if e := entityNamed(rec, name); e == nil || e.Type != chronicle.Organization {
			t.Errorf("no organisation named %q in %+v", name, rec.Entities)
		}
	}
	if e := entityNamed(rec, "Apple and Samsung Electronics"); e != nil {
		t.Errorf("Apple and Samsung Electronics taken for one body")
	}
}

// TestPartyOpeningASentenceAndDashedStatement: "The Amanat party" opening a
// sentence is a party, and its statement speaks for it; "“…,” - the
// statement said" is the statement of the body named before.
func TestPartyOpeningASentenceAndDashedStatement(t *testing.T) {
	rec := extractText(t, "Reform\n\nASTANA -- The Amanat party in its statement welcomed the initiative. \"Amanat will hold open "+
		"discussions in all regions,\" the statement said.\n\nIt was noted in the statement of the press service of the State "+
		"Emergency Service of Ukraine that the rescuers worked in difficult conditions. \"The units were forced twice to "+
		"interrupt the works,\" - the statement said.\n", "2025-09-08")
	if e := entityNamed(rec, "Amanat"); e == nil || e.Type != chronicle.Organization {
		t.Errorf("Amanat is %+v, want an organisation", e)
	}
	wantSpeakers(t, rec, map[string]string{"Amanat will hold open discussions in all regions": "Amanat",
		"The units were forced twice to interrupt the works": "State Emergency Service of Ukraine"})
}

// TestPlacesListedWithPlaces: names a list gives beside a known place, or
// before "districts", are places, though the recognizer took them for
// people; a list of people after a place ("In Osaka, Keiko Yamamoto, …")
// is none.
func TestPlacesListedWithPlaces(t *testing.T) {
	rec := extractText(t, "Rail\n\nVIENTIANE -- The trains between Vientiane and Luang Prabang are full every day. Schools "+
		"were built in the Shohmansur, Sino and Ismoili Somoni districts. In Osaka, Keiko Yamamoto, a 38-year-old mother, "+
		"said she had queued for an hour.\n", "2025-06-01")
	for _, name := range []string{"Luang Prabang", "Sino", "Ismoili Somoni"} {
		found := false
		for _, e := range rec.Entities {
			for _, m := range e.Mentions {
				found = found || strings.HasPrefix(m.Text, name) && isPlaceType(e.Type)
			}
		}
		if !found {
			t.Errorf("no place mentioned as %q in %+v", name, rec.Entities)
		}
	}
	if e := entityNamed(rec, "Keiko Yamamoto"); e == nil || e.Type != chronicle.Person {
		t.Errorf("Keiko Yamamoto is %+v, want a person", e)
	}
}

func isPlaceType(t string) bool {
	return t == chronicle.GeoPolitical || t == chronicle.Location || t == chronicle.Facility
}

// TestAdministrativeRegions: a place the text calls a region, district or
// province is a division (GPE), unless the KB knows it as a world region
// or it is a natural feature.
func TestAdministrativeRegions(t *testing.T) {
	rec := extractText(t, "Border\n\nWARSAW -- The minister spoke during a visit to troops in the Podlaskie region. Queues "+
		"formed in the Stann Creek District. Drought hit the Sahel region and the Great Lakes region.\n", "2025-06-01")
	for name, want := range map[string]string{"Podlaskie": chronicle.GeoPolitical, "Stann Creek District": chronicle.GeoPolitical,
		"Sahel": chronicle.Location} {
		e := entityNamed(rec, name)
		if e == nil || e.Type != want {
			t.Errorf("%s is %+v, want type %s", name, e, want)
		}
	}
	for _, e := range rec.Entities {
		if strings.HasPrefix(e.Name, "Great Lakes") && e.Type == chronicle.GeoPolitical {
			t.Errorf("%s is a division", e.Name)
		}
	}
}

// TestSeatNamedAsAPlaceThatSpeaks: a seat of power the story puts talks
// at is the building, though the story also has it speak.
func TestSeatNamedAsAPlaceThatSpeaks(t *testing.T) {
	rec := extractText(t, "Talks\n\nPARIS -- President Emmanuel Macron received the Algerian foreign minister at the Elysee "+
		"Palace on Monday. The Elysee said in a statement that the talks were frank.\n", "2025-04-07")
	if e := entityNamed(rec, "Élysée Palace"); e == nil || e.Type != chronicle.Facility {
		t.Errorf("Élysée Palace is %+v, want a facility", e)
	}
}

// TestCallingInATown: "a 29-year-old teacher in Bahir Dar" is of the town's
// country in a story mostly about another; "a fugitive businessman living
// in Russia" is not Russian for living there.
func TestCallingInATown(t *testing.T) {
	rec := extractText(t, "Dam\n\nCAIRO -- Egypt protested again. Egypt said the dam harms Egypt, and Egyptian farmers agreed.\n\n"+
		"\"It belongs to us,\" said Selamawit Tesfaye, a 29-year-old teacher in Bahir Dar. Kremlin-backed networks linked to "+
		"Ilan Shor, a fugitive businessman living in Russia, spent millions.\n", "2025-09-09")
	if e := entityNamed(rec, "Selamawit Tesfaye"); e == nil || e.Country != "ETH" {
		t.Errorf("Selamawit Tesfaye is %+v, want ETH", e)
	}
	if e := entityNamed(rec, "Ilan Shor"); e != nil && e.Country == "RUS" {
		t.Errorf("Ilan Shor is Russian for living there")
	}
}

// TestOfficerOfABodyRestated: "the representative of the Foreign Ministry"
// restates the person the text named the official representative of that
// ministry, not the ministry.
func TestOfficerOfABodyRestated(t *testing.T) {
	rec := extractText(t, "Troops\n\nMOSCOW -- The statement was made by the official representative of the Ministry of Foreign "+
		"Affairs of the Russian Federation Maria Zakharova. She spoke at a briefing.\n\nSpeaking about Washington, the "+
		"representative of the Foreign Ministry underlined: \"We will judge by deeds.\"\n", "2025-03-06")
	wantSpeakers(t, rec, map[string]string{"We will judge by deeds.": "Maria Zakharova"})
}

// TestGivenNameSpellings: "Mariya Zakharova" after "Maria Zakharova" is
// one person, her given name transliterated two ways.
func TestGivenNameSpellings(t *testing.T) {
	rec := extractText(t, "Briefing\n\nMOSCOW -- Foreign ministry spokeswoman Maria Zakharova spoke on Thursday. \"Yerevan "+
		"knows this very well,\" said Mariya Zakharova.\n", "2025-03-06")
	if e := entityNamed(rec, "Mariya Zakharova"); e != nil {
		t.Errorf("Mariya Zakharova is a person apart from Maria Zakharova")
	}
	wantSpeakers(t, rec, map[string]string{"Yerevan knows this very well": "Maria Zakharova"})
}

// TestKnownDivisionBeforeItsNoun: a division the KB knows, missed by the
// recognizer before "province", is found ("in Ha Tinh province"); "Jammu
// and Kashmir" is one division, not two places.
func TestKnownDivisionBeforeItsNoun(t *testing.T) {
	rec := extractText(t, "Ports\n\nHANOI -- Officials in Ha Tinh province signed the deal. Tourists were killed in Jammu and "+
		"Kashmir in April.\n", "2025-06-01")
	found := map[string]string{}
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			found[m.Text] = e.Type + " " + e.Country
		}
	}
	for text, want := range map[string]string{"Ha Tinh": "GPE VNM", "Jammu and Kashmir": "GPE IND"} {
		if found[text] != want {
			t.Errorf("%q is %q, want %q", text, found[text], want)
		}
	}
}

// TestHyphenatedPlaces: a place the KB knows whose name has a hyphen is one
// place, not the pieces the recognizer made of it ("Ba Ria-Vung Tau").
func TestHyphenatedPlaces(t *testing.T) {
	rec := extractText(t, "Merger\n\nHANOI -- Ho Chi Minh City is merged with Binh Duong and Ba Ria-Vung Tau provinces.\n", "2025-06-01")
	for _, name := range []string{"Ba Ria-Vung Tau", "Binh Duong"} {
		if e := entityNamed(rec, name); e == nil || e.Type != chronicle.GeoPolitical || e.Country != "VNM" {
			t.Errorf("%s is %+v, want a Vietnamese division", name, e)
		}
	}
}

// TestInitialledNameAfterAFirm: "Steppe Trails LLC O.Saruul", one span to
// the recognizer, is a firm and the Mongolian name with its initial glued
// on after it; the quote after is hers.
func TestInitialledNameAfterAFirm(t *testing.T) {
	rec := extractText(t, "Manager of the Ulaanbaatar-based travel company Steppe Trails LLC O.Saruul said that the hotels are full. "+
		"\"The demand this year is higher than last year by almost one third,\" she said.\n", "2025-07-10")
	if e := entityNamed(rec, "O.Saruul"); e == nil || e.Type != chronicle.Person {
		t.Errorf("O.Saruul = %+v, want a person", e)
	}
	if e := entityNamed(rec, "Steppe Trails LLC"); e == nil || e.Type != chronicle.Organization {
		t.Errorf("Steppe Trails LLC = %+v, want the firm", e)
	}
	wantSpeakers(t, rec, map[string]string{"The demand this year is higher than last year by almost one third": "O.Saruul"})
}

// TestNamesakeJustNamed: "Lee said" right after "Lee Seung-woo, a senior
// research fellow, said …" is Lee Seung-woo, though President Lee
// Jae-myung, whom the KB knows, was named paragraphs before.
func TestNamesakeJustNamed(t *testing.T) {
	rec := extractText(t, "President Lee Jae-myung will visit Washington. Markets rose. Exporters waited.\n\n"+
		"Lee Seung-woo, a senior research fellow at the Korea Development Institute, said the scale was large. "+
		"\"Without a currency swap, it is difficult to be realized,\" Lee said.\n", "2025-10-20")
	wantSpeakers(t, rec, map[string]string{"Without a currency swap, it is difficult to be realized": "Lee Seung-woo"})
}

// TestCompanyRestatedAfterQuote: "the company" as a quote's speaker restates the one
// body of the sentence before whose sector fits.
func TestCompanyRestatedAfterQuote(t *testing.T) {
	rec := extractText(t, "The Dangote Petroleum Refinery cut the price on Tuesday. \"This is our commitment,\" the company said.\n", "2025-11-20")
	wantSpeakers(t, rec, map[string]string{"This is our commitment": "Dangote Petroleum Refinery"})
}

// TestNameRunOnFromAKnownBody: "President of the National Assembly of Laos
// Saysomphone Phomvihane", one span to the recognizer, is the KB's body and
// a person.
func TestNameRunOnFromAKnownBody(t *testing.T) {
	rec := extractText(t, "The Vietnamese leader will meet with President of the National Assembly of Laos Saysomphone Phomvihane on Monday.\n", "2025-04-06")
	if e := entityNamed(rec, "Saysomphone Phomvihane"); e == nil || e.Type != chronicle.Person {
		t.Errorf("Saysomphone Phomvihane = %+v, want a person", e)
	}
	if e := entityNamed(rec, "National Assembly of Laos"); e == nil || e.KB == "" {
		t.Errorf("National Assembly of Laos = %+v, want the KB's body", e)
	}
}

// TestPronounAfterATitleUsedAgain: "the minister criticized the plans of
// the government headed by Prime Minister Benjamin Netanyahu. “…,” he
// said": "the minister", used before for Badr Abdelatty, is the subject
// "he" takes up, not Netanyahu.
func TestPronounAfterATitleUsedAgain(t *testing.T) {
	rec := extractText(t, "AL-ARISH, Aug. 18 (MENA) - The Minister of Foreign Affairs, Emigration and Egyptian Expatriates Badr "+
		"Abdelatty visited the Rafah crossing on Monday.\n\n"+
		"Abdel-Aty reiterated that Cairo will host the international conference on the reconstruction of Gaza. The conference, "+
		"as the minister put it, \"will be the message to everybody that the Palestinians will remain on their land\".\n\n"+
		"Talking about the negotiations which are conducted with the mediation of Egypt, Qatar and the United States, the minister "+
		"criticized the plans of the Israeli government headed by Prime Minister Benjamin Netanyahu to expand the military operation "+
		"to Gaza City. \"The Egyptian proposal is on the table, and now the ball is in the Israeli court,\" he said.\n", "2025-08-18")
	wantSpeakers(t, rec, map[string]string{"The Egyptian proposal is on the table, and now the ball is in the Israeli court": "Badr Abdelatty"})
}

// TestPronounAfterAnAppositiveSubject: "the Minister of Information, Paul
// Morcos, read the decisions …. He said: “…”": the name in apposition to
// the subject, though the parse hangs it on "Information", is the one "he"
// takes up, not the president of the paragraph before.
func TestPronounAfterAnAppositiveSubject(t *testing.T) {
	rec := extractText(t, "President Aoun stressed at the beginning of the session that the decision belongs to the state.\n\n"+
		"After the session, the Minister of Information, Paul Morcos, read the decisions of the Council of Ministers to the "+
		"journalists. He said: \"The Council of Ministers welcomed the plan.\"\n", "2025-09-05")
	wantSpeakers(t, rec, map[string]string{"The Council of Ministers welcomed the plan.": "Paul Morcos"})
}

// TestTitleGivenBeforeAName: "the defense minister said" after
// "Venezuela's defense minister, Vladimir Padrino Lopez," is he, though the
// story is American and its KB defense secretary named.
func TestTitleGivenBeforeAName(t *testing.T) {
	rec := extractText(t, "WASHINGTON (AP) - Defense Secretary Pete Hegseth said the United States would keep up strikes on boats "+
		"off Venezuela. The United States has moved warships to the region.\n\n"+
		"Venezuela's defense minister, Vladimir Padrino Lopez, this week announced a deployment of troops. \"We are ready to "+
		"defend every inch of our territory,\" the defense minister said on state television.\n", "2025-11-14")
	wantSpeakers(t, rec, map[string]string{"We are ready to defend every inch of our territory": "Vladimir Padrino Lopez"})
}

// TestAppositiveWithARelativeClause: "“…,” Kim Leadbeater, the Labour
// lawmaker who brought the bill, told reporters": the verb of the relative
// clause does not end the appositive.
func TestAppositiveWithARelativeClause(t *testing.T) {
	rec := extractText(t, "LONDON (Reuters) - British lawmakers backed the bill on Friday.\n\n"+
		"\"For too long dying people have been let down. Today the Commons listened to them,\" Kim Leadbeater, the Labour "+
		"lawmaker who brought the bill, told reporters outside parliament.\n", "2025-06-20")
	wantSpeakers(t, rec, map[string]string{"For too long dying people have been let down. Today the Commons listened to them": "Kim Leadbeater"})
}

// The field of a minister's portfolio in a title before a name is no body
// of the record: "Minister of Foreign Affairs Mohammad Ishaq Dar".
func TestPortfolioFieldInTitleIsNoBody(t *testing.T) {
	rec := extractText(t, "Pact\n\nRIYADH, Sept 18. The Pakistani side was represented by the Deputy Prime Minister and "+
		"Minister of Foreign Affairs Mohammad Ishaq Dar and the Chief of Army Staff. Pakistan agreed.\n", "2025-09-18")
	for _, e := range rec.Entities {
		if e.Name == "Foreign Affairs" {
			t.Errorf("entity %+v, want none for the portfolio's field", e)
		}
	}
}

// TestQuoteAfterAParagraphOfAddress: a paragraph that ends on someone
// addressing others introduces the quote that opens the next paragraph,
// with no cue of its own.
func TestQuoteAfterAParagraphOfAddress(t *testing.T) {
	text := "Duma passes law on foreign agents\n\n" +
		"MOSCOW, May 20 (TASS) - The State Duma adopted the law in the third reading.\n\n" +
		"At the end of the discussion Vyacheslav Volodin returned to the topic and addressed the colleagues from all factions.\n\n" +
		"\"We see that the attempts to interfere in the internal affairs of our country did not stop. The answer must be adequate.\"\n"
	rec := extractText(t, text, "2025-05-20")
	for q, who := range speakersOf(rec) {
		if strings.HasPrefix(q, "We see") && who != "Vyacheslav Volodin" {
			t.Errorf("quote %q: speaker %q, want Vyacheslav Volodin", q, who)
		}
	}
	if len(rec.Quotes) == 0 {
		t.Error("no quote found")
	}
}

// TestOfficeNamedByItsHoldersTitle: "the Anticorruption Prosecutor's Office
// of Moldova" is one body, which the recognizer missed.
func TestOfficeNamedByItsHoldersTitle(t *testing.T) {
	text := "Moldova court case\n\nKISHINEV, October 1 (TASS) - In the Anticorruption Prosecutor's Office of Moldova it was stated that the evidence is complete.\n"
	rec := extractText(t, text, "2025-10-01")
	for _, e := range rec.Entities {
		if e.Name == "Anticorruption Prosecutor's Office of Moldova" && e.Type == chronicle.Organization && e.Country == "MDA" {
			return
		}
	}
	t.Errorf("entities %+v, want the Anticorruption Prosecutor's Office of Moldova", rec.Entities)
}

// TestPlacesProsecutorsOffice: "the Paris prosecutor's office" is a body;
// "The president's office" names none by these words alone.
func TestPlacesProsecutorsOffice(t *testing.T) {
	text := "Louvre theft\n\nPARIS (AP) - The Paris prosecutor's office said the thieves fled on scooters. The president's office declined to comment.\n"
	rec := extractText(t, text, "2025-10-20")
	found := false
	for _, e := range rec.Entities {
		found = found || e.Name == "Paris prosecutor's office" && e.Type == chronicle.Organization
		if strings.HasPrefix(e.Name, "'s") {
			t.Errorf("entity %+v, want none named from a possessive", e)
		}
	}
	if !found {
		t.Errorf("entities %+v, want the Paris prosecutor's office", rec.Entities)
	}
}

// TestCapitalAsPlaceOrBody: "Brussels said" is the EU's Commission, but a
// capital that modifies a thing ("the Brussels summit", "Brussels and
// Berlin airports") names the city, and so does a dateline closed by an
// agency in brackets and a full stop ("Brussels, October 24 (UzA).").
func TestCapitalAsPlaceOrBody(t *testing.T) {
	for _, text := range []string{
		"Fico holds out on sanctions on eve of Brussels summit\n\nSlovakia's Prime Minister Robert Fico refused to lift his veto. Brussels said it would wait.\n",
		"Cyberattack disrupts Brussels and Berlin airports\n\nTravellers faced long queues on Monday. Brussels said it would help.\n",
		"Brussels, October 24 (UzA). Today the two sides signed an agreement. Brussels said it would help.\n",
	} {
		rec := extractText(t, text, "2025-10-24")
		for _, e := range rec.Entities {
			if e.Name != "European Commission" {
				continue
			}
			if len(e.Mentions) != 1 || e.Mentions[0].Start != strings.LastIndex(text, "Brussels") {
				t.Errorf("%q: European Commission %+v, want only 'Brussels said'", text, e.Mentions)
			}
		}
	}
}

// TestResidenceAcrossAListedObject: "who grows soybeans and corn near
// Ames, Iowa" places the grower, the clause running on past a list of
// what they grow.
func TestResidenceAcrossAListedObject(t *testing.T) {
	text := "Mexico owes water under a 1944 treaty. Mexico said it would pay, and Mexican officials agreed in Mexico City. " +
		"\"A promise is nice, but I need the water in the canal,\" said Ramon Garza, 63, who grows cotton and sorghum near Houston.\n"
	rec := extractText(t, text, "2025-04-28")
	for _, e := range rec.Entities {
		if e.Name == "Ramon Garza" && e.Country != "USA" {
			t.Errorf("Ramon Garza = %+v, want USA", e)
		}
	}
	// So does a workplace the text describes but does not name, after a
	// bare calling: "Thomas Brenner, purchasing director at a mid-sized
	// parts supplier near Stuttgart".
	text = "The Dutch government seized Nexperia in the Netherlands, and Dutch officials met in Amsterdam. " +
		"Thomas Brenner, purchasing director at a mid-sized parts supplier near Stuttgart, said his company had stock for a fortnight.\n"
	rec = extractText(t, text, "2025-10-20")
	for _, e := range rec.Entities {
		if e.Name == "Thomas Brenner" && e.Country != "DEU" {
			t.Errorf("Thomas Brenner = %+v, want DEU", e)
		}
	}
}

// TestLabelIsTheCallersWords: a label given in quotation marks after
// "called it" is the caller's words, though written as a name.
func TestLabelIsTheCallersWords(t *testing.T) {
	text := "The shutdown entered its fifth week. President Donald Trump has repeatedly called it the \"Democrat Shutdown\" in posts on social media.\n"
	rec := extractText(t, text, "2025-11-05")
	if got := speakersOf(rec)["Democrat Shutdown"]; got != "Donald Trump" {
		t.Errorf("'called it the “Democrat Shutdown”': speaker %q, want Donald Trump", got)
	}
}

// TestCrossingAfterTown: "the Adre crossing" is the crossing, though Adre
// is a town the KB knows.
func TestCrossingAfterTown(t *testing.T) {
	rec := extractText(t, "Cholera in Darfur\n\nPORT SUDAN -- Cholera spread in Darfur.\n\nMost aid for Darfur enters "+
		"through the Adre crossing on the Chadian border, which the authorities in Port Sudan have agreed to keep open.\n",
		"2025-06-02")
	if e := entityNamed(rec, "Adre crossing"); e == nil || e.Type != chronicle.Facility {
		t.Errorf("Adre crossing = %+v, want the crossing; all %v", e, rec.Entities)
	}
}

// TestNamesakesFolded: "the Egyptian Foreign Ministry" and "The Ministry of
// Foreign Affairs of Egypt" are one body.
func TestNamesakesFolded(t *testing.T) {
	rec := extractText(t, "Sudan talks\n\nCAIRO, Aug 12 (MENA) - Egypt rejects any steps that threaten the unity of Sudan, the "+
		"spokesman of the Egyptian Foreign Ministry said in a statement.\n\nThe Ministry of Foreign Affairs of Egypt said that "+
		"the visit comes within the framework of coordination.\n", "2025-08-12")
	n := 0
	for _, e := range rec.Entities {
		if e.Name == "Ministry of Foreign Affairs of Egypt" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d entities named Ministry of Foreign Affairs of Egypt, want 1: %v", n, rec.Entities)
	}
}
