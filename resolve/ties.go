package resolve

// The passes here run once every name is linked: they give a person or a
// body the country or sector that the words around one of its mentions
// say, where its own title said none.

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// kinTie gives a person the country of another of the story's people with
// the same surname, a relative more often than not: "Vice President Sara
// Duterte" after former President Rodrigo Duterte, Flavio Bolsonaro after
// Jair Bolsonaro.
func (d *doc) kinTie(e *entity) {
	if e.Country != "" || len(e.tokens) < 2 {
		return
	}
	last := e.tokens[len(e.tokens)-1]
	country := ""
	for _, o := range d.ents {
		if o == e || o.Type != chronicle.Person || o.Country == "" || len(o.tokens) < 2 || o.tokens[len(o.tokens)-1] != last {
			continue
		}
		if country != "" && country != o.Country {
			return
		}
		country = o.Country
	}
	e.Country = country
}

// firstSpan is the span of e's earliest mention; e has one at least.
func (e *entity) firstSpan() chronicle.Span {
	first := e.Mentions[0].Span
	for _, m := range e.Mentions[1:] {
		if m.Start < first.Start {
			first = m.Span
		}
	}
	return first
}

// placeOfSentenceTie gives a person with no title or body, or one in
// business, the country of the place that opens the sentence first naming
// them: "In Nizwa, the historic Omani town, guesthouse owner Fatma Al
// Balushi said"; "In the central town of Bambari, trader Pelagie Namsene".
//
// An official whose title names no country takes it only from a country or
// its capital: "In Beijing, foreign ministry spokesman Guo Jiakun said";
// so does a state body: "In Nairobi, the Ministry of Foreign and Diaspora
// Affairs said" in a story about Kenya's police in Haiti.
func (d *doc) placeOfSentenceTie(e *entity) {
	if e.Country != "" || e.Sector != "" && !stateSectors[e.Sector] && !localSectors[e.Sector] && e.Sector != "BUS" || len(e.Mentions) == 0 {
		return
	}
	first := e.firstSpan()
	for s := d.sentenceAt(first.Start); s >= 0; s-- {
		toks := d.sents[s].Tokens
		if len(toks) >= 3 && toks[0].Text == "In" {
			at := 1
			for at < len(toks) && at <= 3 && (isDeterminer(toks[at].Text) || isLowerWord(toks[at].Text)) {
				at++ // "In the Caracas neighborhood of Petare,"
			}
			if at+1 < len(toks) && toks[at].Text == "of" && settlementNouns[toks[at-1].Text] {
				at++ // "In the central town of Bambari, trader Pelagie Namsene"
			}
			if o, ok := d.owner[[2]int{s, min(at, len(toks)-1)}]; ok && o.e != e && isPlace(o.e.Type) && o.e.Country != "" &&
				(!stateSectors[e.Sector] || strings.HasPrefix(o.e.KB, "country:")) {
				e.Country = o.e.Country
			}
			return
		}
		if c := d.frontedPlace(s); c != "" && e.Sector == "" {
			// "Across the frontier in the Tajik town of Isfara,
			// shopkeeper Mahmadali Nazarov said": the last place of a
			// fronted phrase of place.
			e.Country = c
			return
		}
		// A person quoted after the sentence that sets the paragraph's
		// scene: "In Goma, residents say …. “…,” said Esperance Mukeba, a
		// market trader"; "In Kyiv, Prime Minister Yulia Svyrydenko
		// called for talks. … Economy Minister Oleksiy Sobolev noted".
		if s == 0 || strings.Contains(d.text[d.sents[s-1].End:toks[0].Start], "\n") {
			return
		}
	}
}

// sentenceBodiesTie gives an official whose title names no country the
// country of the sentence first naming them, when every other name there
// with a country is of that one and a state body is among them: "The
// General Staff of the Armed Forces of Ukraine informed about 54 clashes,
// and the commander-in-chief Oleksandr Syrskyi earlier stated …" in a
// story from Moscow.
func (d *doc) sentenceBodiesTie(e *entity) {
	if e.Country != "" || !stateSectors[e.Sector] || len(e.Mentions) == 0 {
		return
	}
	s := d.sentenceAt(e.firstSpan().Start)
	country, body := "", false
	for i := range d.sents[s].Tokens {
		o, ok := d.owner[[2]int{s, i}]
		if !ok || o.e == e || o.e.Country == "" {
			continue
		}
		if country != "" && o.e.Country != country {
			return
		}
		country = o.e.Country
		body = body || o.e.Type == chronicle.Organization &&
			(stateSectors[o.e.Sector] || stateSectors[institutionSector(strings.Fields(o.e.Name))])
	}
	if body {
		e.Country = country
	}
}

// localSectors are the callings of people who mostly serve where they are
// met, clergy and teachers: "In Jos, the capital of Plateau State, Reverend
// Emmanuel Okafor said".
var localSectors = map[string]bool{"REL": true, "EDU": true}

// frontedPlace is the country of the last place named in the phrase that
// opens sentence s on a preposition and ends at its first comma, within
// twelve words; "" when there is none.
func (d *doc) frontedPlace(s int) string {
	toks := d.sents[s].Tokens
	if len(toks) < 4 || toks[0].UPOS != "ADP" || toks[0].Text == "In" {
		return ""
	}
	country := ""
	for i := 1; i < len(toks) && i <= 12; i++ {
		if toks[i].Text == "," {
			return country
		}
		if o, ok := d.owner[[2]int{s, i}]; ok && isPlace(o.e.Type) && o.e.Country != "" {
			country = o.e.Country
		} else if c, ok := d.r.kb.CountryByDemonym(toks[i].Text); ok && i+1 < len(toks) && settlementNouns[toks[i+1].Text] {
			country = c.ISO3 // "the Tajik town of …"
		}
	}
	return ""
}

// appositivesOf returns, for each mention of e that a comma and a
// determiner follow ("Kim Yo-jong, the influential sister of …"), its
// sentence and the index of the comma.
func (d *doc) appositivesOf(e *entity) [][2]int {
	var out [][2]int
	for _, m := range e.Mentions {
		s, _, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if b+2 < len(toks) && toks[b].Text == "," && isDeterminer(toks[b+1].Text) {
			out = append(out, [2]int{s, b})
		}
	}
	return out
}

// relativeOfTie gives a person described as a relative of another the
// other's country: "Kim Yo-jong, the influential sister of leader Kim
// Jong-un,".
func (d *doc) relativeOfTie(e *entity) {
	if e.Country != "" {
		return
	}
	for _, at := range d.appositivesOf(e) {
		s, b := at[0], at[1]
		toks := d.sents[s].Tokens
		for k := b + 2; k+2 < len(toks) && k-b <= 5; k++ {
			if _, kin := kinNouns[strings.ToLower(toks[k].Text)]; !kin {
				continue
			}
			if toks[k+1].Text != "of" {
				break
			}
			for j := k + 2; j < len(toks) && j-k <= 4; j++ { // "of leader Kim Jong-un", "of the late president X"
				if o, ok := d.owner[[2]int{s, j}]; ok && o.e != e && o.e.Type == chronicle.Person && o.e.Country != "" {
					e.Country = o.e.Country
					return
				}
			}
			break
		}
	}
}

// possessorsTie gives a person named first after a possessive pronoun the
// country of the person the pronoun stands for: in "Antonio Guterres urged
// restraint, his spokesman Stephane Dujarric said", the spokesman is the
// UN's, not of the country the story is about.
func (d *doc) possessorsTie(e *entity) {
	if len(e.Mentions) == 0 {
		return
	}
	first := e.firstSpan()
	s := d.sentenceAt(first.Start)
	toks := d.sents[s].Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > first.Start }) - 1
	if i >= 0 && toks[i].Text == "," {
		// "His foreign minister, Ishaq Dar,": the pronoun opens the
		// description before the name; so does a person's possessive:
		// "Petro's wife, Veronica Alcocer,".
		for j := i - 1; j >= 0 && i-j <= 5 && !isPunctToken(toks[j].Text); j-- {
			if pronounSex(toks[j].Text) != 0 {
				i = j
				break
			}
			if isPossessive(toks[j].Text) && j >= 1 {
				if o, ok := d.owner[[2]int{s, j - 1}]; ok && o.e.Type == chronicle.Person {
					i = j - 1
				}
				break
			}
		}
	}
	if i >= 1 && isLowerWord(toks[i].Text) {
		// "Trump's son-in-law Jared Kushner", "her chief of staff X": a
		// role in lower case between the possessor and the name.
		for j := i - 1; j >= 0 && i-j <= 5; j-- {
			if w := toks[j].Text; isPossessive(w) || strings.EqualFold(w, "his") || strings.EqualFold(w, "her") {
				if isPossessive(w) {
					j--
				}
				i = j
				break
			}
			if !isLowerWord(toks[j].Text) && toks[j].Text != "-" {
				break
			}
		}
	}
	if i < 0 {
		return
	}
	o, ok := d.owner[[2]int{s, i}]
	if t := strings.ToLower(toks[i].Text); t != "his" && t != "her" && !(ok && o.e.Type == chronicle.Person && i+1 < len(toks) &&
		isPossessive(toks[i+1].Text)) {
		return
	}
	if !ok || o.e == e || o.e.Type != chronicle.Person {
		return
	}
	switch {
	case o.e.Country != "":
		e.Country = o.e.Country
	case o.e.Sector == "IGO":
		e.Sector = "IGO"
	}
}

// leaderOf gives a person the text says leads a body ("The RSF, led by
// Mohamed Hamdan Dagalo") that body's sector, and its country when the
// person has none.
func (d *doc) leaderOf(e *entity) {
	for _, m := range e.Mentions {
		s := d.sentenceAt(m.Start)
		toks := d.sents[s].Tokens
		i := sort.Search(len(toks), func(i int) bool { return toks[i].End > m.Start }) - 1
		if i < 2 || toks[i].Text != "by" {
			continue
		}
		switch strings.ToLower(toks[i-1].Text) {
		case "led", "headed", "founded", "commanded", "chaired", "run":
		default:
			continue
		}
		j := i - 2
		if j >= 0 && toks[j].Text == "," {
			j--
		}
		if o, ok := d.owner[[2]int{s, j}]; ok && o.e.Type == chronicle.Organization && o.e.Sector != "" {
			e.Sector = o.e.Sector
			e.Country = cmp.Or(e.Country, o.e.Country)
			return
		}
	}
}

// memberFrom gives a person the text places in a body right after their
// name ("Mike Hobday, from the League Against Cruel Sports, said", "Laura
// Brownlees of Save the Children") that body's sector, and its country when the
// person has none.
func (d *doc) memberFrom(e *entity) {
	for _, m := range e.Mentions {
		s, _, i := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		comma := i < len(toks) && toks[i].Text == ","
		if comma {
			i++
		}
		// "from" only after a comma: "a video featuring Tom Cruise from
		// YouTube" places no one in YouTube.
		if i >= len(toks) || !(toks[i].Text == "of" || toks[i].Text == "from" && comma) {
			continue
		}
		i++
		if i < len(toks) && strings.EqualFold(toks[i].Text, "the") {
			i++
		}
		if o, ok := d.owner[[2]int{s, i}]; ok && o.start == i && o.e.Type == chronicle.Organization && o.e.Sector != "" {
			e.Sector = o.e.Sector
			e.Country = cmp.Or(e.Country, o.e.Country)
			return
		}
	}
}

// workplaceTie gives a person the country of the body an appositive places
// them at: "Yonas Tesfaye, a water policy researcher at Addis Ababa
// University" is Ethiopian, and so is "an economist from" it. The body is
// any of the story's with a country, named within a few words of the comma,
// before the phrase ends.
func (d *doc) workplaceTie(e *entity) {
	for _, m := range e.Mentions {
		s, _, i := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if i+2 >= len(toks) || toks[i].Text != "," {
			continue // "Priya Raman, senior economist at …", "…, the head of …"
		}
		for j := i + 2; j < len(toks) && j-i <= 10; j++ {
			w := toks[j].Text
			if w == "," || w == "." || w == ";" || toks[j].UPOS == "VERB" && toks[j].XPOS != "VBG" && toks[j].XPOS != "VBN" &&
				!employedCallings[w] && !callingsBeforeNames[w] {
				break // not at a participle or a calling the tagger took for a verb: "an emerging markets strategist at …"
			}
			if w != "at" && w != "of" && w != "with" && w != "from" || j+1 >= len(toks) {
				continue
			}
			k := j + 1
			if strings.EqualFold(toks[k].Text, "the") && k+1 < len(toks) {
				k++
			}
			if k+3 < len(toks) && toks[k+1].Text == "-" && strings.EqualFold(toks[k+2].Text, "based") {
				k += 3 // "at the Toronto-based Harbourview Institute"
			}
			if o, ok := d.owner[[2]int{s, k}]; ok && o.start == k && o.e.Type == chronicle.Organization && o.e.Country != "" &&
				!internationalCode(o.e.Code) {
				e.Country = o.e.Country // (not an NGO's staff, whom its code codes)
				return
			}
			if c := d.placeAfterBody(s, k); c != "" {
				e.Country = c
				return
			}
		}
	}
}

// placeAfterBody is the country of the place that follows the body whose
// name starts at token k of sentence s, past its short form in brackets and
// an "in": "at the Center for Middle Eastern Studies (ORSAM) in Ankara",
// "at the Centre for Strategic and International Studies (CSIS) Jakarta";
// "" when no place follows.
func (d *doc) placeAfterBody(s, k int) string {
	toks := d.sents[s].Tokens
	o, ok := d.owner[[2]int{s, k}]
	if !ok || o.start != k || o.e.Type != chronicle.Organization {
		return ""
	}
	j := k
	for j < len(toks) {
		if p, ok := d.owner[[2]int{s, j}]; !ok || p.e != o.e {
			break
		}
		j++
	}
	if j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" {
		j += 3
	}
	if j < len(toks) && toks[j].Text == "in" {
		j++
	}
	if p := d.placeOwnedAt(s, j); p != nil && p.Country != "" && (p.Type == chronicle.GeoPolitical || strings.HasPrefix(p.KB, "country:")) {
		return p.Country
	}
	return ""
}

// officerOfTheFirm gives a company officer the text names by a bare title
// ("Chief Executive Koji Sato told reporters at the company's
// headquarters") the country of the firm the story names most, when it
// names it at least twice as often as any other firm.
func (d *doc) officerOfTheFirm(e *entity) {
	if e.Country != "" || e.Sector != "BUS" {
		return
	}
	firm, times := d.bodyNamedMost(func(o *entity) bool { return o.Sector == "BUS" && o.Country != "" }, len(d.text))
	if firm != nil && times >= 2 {
		e.Country = firm.Country
	}
}

// governorOfTheBank gives "Governor Tiff Macklem" the country of the
// central bank named in the sentence or the two before ("The Bank of Canada
// held its key interest rate. Governor Tiff Macklem said …"); a state's
// governor comes with no bank.
func (d *doc) governorOfTheBank(e *entity) {
	for _, m := range e.Mentions {
		if !strings.HasPrefix(m.Text, "Governor ") {
			continue
		}
		s := d.sentenceAt(m.Start)
		bank := theOne(d.ents, func(o *entity) bool {
			return o.Type == chronicle.Organization && o.Country != "" && strings.HasSuffix(o.Code, "GOVBUS") &&
				d.namedSince(o, s-2, m.Start)
		})
		if bank != nil {
			e.Country = bank.Country
			return
		}
	}
}

// speakingFromTie gives a private person or an executive the country of
// the place the sentence that first names them says they spoke from:
// "Samir Abu Daqqa, 45, said by phone from a tent camp in Deir al-Balah",
// "Norvik chief executive Grant McAllister told analysts on a conference
// call from Toronto".
func (d *doc) speakingFromTie(e *entity) {
	if e.Country != "" || e.Sector != "" && e.Sector != "BUS" || len(e.Mentions) == 0 {
		return
	}
	s, _, b := d.tokensOf(e.firstSpan())
	toks := d.sents[s].Tokens
	for f := b + 1; f+1 < len(toks) && f-b <= 20; f++ {
		if toks[f].Text != "from" || !speakingWords[strings.ToLower(toks[f-1].Text)] {
			continue
		}
		for k := f + 1; k < len(toks) && k-f <= 6; k++ {
			if o, ok := d.owner[[2]int{s, k}]; ok {
				if isPlace(o.e.Type) && o.e.Country != "" {
					e.Country = o.e.Country
				}
				return
			}
			if isPunctToken(toks[k].Text) {
				return
			}
		}
		return
	}
}

// speakingWords come before "from" and the place someone spoke from.
var speakingWords = map[string]bool{"phone": true, "telephone": true, "said": true, "speaking": true, "spoke": true,
	"video": true, "videolink": true, "call": true}

// hometownTie gives a person the country of the place the text says they
// are from, based in or work in: "Moazzam Begg, from Birmingham," "Richard
// Wakeham, 34, from York", "Ibrahim Kone, a 24-year-old from Ivory Coast",
// "Mark Hollister, a nuclear fuel consultant based in Washington" and
// "Selamawit Tesfaye, a teacher in Bahir Dar", and the place of a
// relative clause that says where they live or work (residenceIn).
func (d *doc) hometownTie(e *entity) {
	for _, m := range e.Mentions {
		s, _, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if b+1 < len(toks) && toks[b].Text == "," && isAge(toks[b+1].Text) {
			b += 2 // past the age
		}
		if b+2 >= len(toks) || toks[b].Text != "," {
			continue
		}
		if c := d.residenceIn(s, b+1); c != "" {
			e.Country = c
			return
		}
		k := b + 1
		if isDeterminer(toks[k].Text) || isCapitalized(m.Text) && isLowerWord(toks[k].Text) && (toks[k].UPOS != "VERB" || toks[k].XPOS == "VBG" && toks[k+1].UPOS == "NOUN") && toks[k].UPOS != "ADP" && toks[k].UPOS != "AUX" && toks[k].UPOS != "PRON" {
			// "Ibrahim Kone, a 24-year-old from Ivory Coast", "Mark
			// Hollister, a nuclear fuel consultant based in Washington"
			// (past "of" and lower-case words: "a mother of five children
			// from El Fasher"; past a workplace the text does not name:
			// "Thomas Brenner, purchasing director at a mid-sized parts
			// supplier near Stuttgart")
			if !isDeterminer(toks[k].Text) {
				k--
			}
			for k++; k < len(toks) && k-b <= 12 && (isLowerWord(toks[k].Text) || toks[k].Text == "-" || isAge(toks[k].Text) || isNumber(toks[k].Text)) &&
				toks[k].Text != "from" && toks[k].Text != "based" && !(toks[k].Text == "at" && (k+1 >= len(toks) || !isDeterminer(toks[k+1].Text) || !isLowerWord(toks[k+2].Text))) && toks[k].Text != "who" &&
				!(toks[k].Text == "of" && (k+1 >= len(toks) || !isLowerWord(toks[k+1].Text) && !isNumber(toks[k+1].Text))) &&
				toks[k].Text != "in" && toks[k].Text != "near"; k++ {
			}
			if k+1 < len(toks) && toks[k].Text == "based" && toks[k+1].Text == "in" {
				k++
			}
			// (and "Selamawit Tesfaye, a 29-year-old teacher in Bahir
			// Dar", "a farmer near Bokkos": after the calling, not after
			// a verb, "a fugitive businessman living in Russia")
			if k >= len(toks) {
				continue
			}
			located := (toks[k].Text == "in" || toks[k].Text == "near") && toks[k-1].UPOS == "NOUN"
			if toks[k].Text != "from" && !located && !(toks[k].Text == "in" && toks[k-1].Text == "based") {
				continue
			}
		} else if toks[k].Text != "from" {
			continue
		}
		if o, ok := d.owner[[2]int{s, k + 1}]; ok && o.start == k+1 && isPlace(o.e.Type) && o.e.Country != "" {
			e.Country = o.e.Country
			return
		}
	}
}

// officeTakenTie gives a person the country of the office the text says
// they took: "Jens-Frederik Nielsen was sworn in as Greenland's premier",
// "…, who became Chile's president", "was elected Malawi's president".
func (d *doc) officeTakenTie(e *entity) {
	for _, m := range e.Mentions {
		s, _, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		k := b
		if k < len(toks) && toks[k].Text == "," && k+1 < len(toks) && toks[k+1].Text == "who" {
			k += 2
		}
		for j := 0; j < 3 && k < len(toks) && auxiliaries[strings.ToLower(toks[k].Text)]; j++ {
			k++
		}
		if k >= len(toks) || !officeTakingVerbs[strings.ToLower(toks[k].Text)] {
			continue
		}
		k++
		for k < len(toks) && (toks[k].Text == "in" || toks[k].Text == "as" || isDeterminer(toks[k].Text) || toks[k].Text == "new") {
			k++
		}
		if k+1 >= len(toks) {
			continue
		}
		c, ok := d.placeCountry(toks[k].Text)
		if !ok {
			continue
		}
		t := k + 1
		if isPossessive(toks[t].Text) {
			t++
		}
		for ; t < len(toks) && t-k <= 4; t++ {
			if _, title := titleSector(strings.ToLower(toks[t].Text)); title {
				e.Country = c
				return
			}
			if !isLowerWord(toks[t].Text) && !titleCased(toks[t].Text) {
				break
			}
		}
	}
}

// auxiliaries stand between a name and the verb of taking an office: "was
// sworn in", "has been elected".
var auxiliaries = map[string]bool{"was": true, "is": true, "has": true, "have": true, "had": true, "been": true,
	"will": true, "be": true, "were": true}

// officeTakingVerbs say someone took an office: "sworn in as", "elected".
var officeTakingVerbs = map[string]bool{"sworn": true, "elected": true, "appointed": true, "named": true,
	"installed": true, "inaugurated": true, "confirmed": true, "became": true, "becomes": true, "re-elected": true}

// ministryTie gives a minister the text titles by a portfolio
// ("Information Minister Yemane Gebremeskel") the country of the one
// ministry of that portfolio named before ("the Eritrean Ministry of
// Information said").
func (d *doc) ministryTie(e *entity) {
	if e.Country != "" {
		return
	}
	for _, m := range e.Mentions {
		portfolio, ok := strings.CutSuffix(d.titleOfMention(m.Span), " minister")
		if !ok || portfolio == "" || strings.Contains(portfolio, " ") {
			continue
		}
		found := theOne(d.ents, func(o *entity) bool {
			name := strings.ToLower(o.Name)
			return o.Type == chronicle.Organization && o.Country != "" && o.first >= 0 && o.first < m.Start &&
				strings.Contains(name, "ministry") && strings.Contains(name, portfolio)
		})
		if found != nil {
			e.Country = found.Country
			return
		}
	}
}

// residentVerbs open a relative clause that says where someone lives or
// works: "who lives on the southern outskirts of Ryazan".
var residentVerbs = map[string]bool{"lives": true, "lived": true, "works": true, "worked": true, "runs": true,
	"manages": true, "farms": true, "owns": true, "teaches": true, "grows": true}

// originVerbs say where someone came from, the place after "from": "who
// fled Kharkiv" names no place so, "who came to Turkiye from Kharkiv" does.
var originVerbs = map[string]bool{"came": true, "fled": true, "moved": true, "arrived": true, "escaped": true,
	"hails": true, "comes": true}

// residenceIn reads a relative clause at token k of sentence s, "who lives
// on the outskirts of Ryazan", "who manages a fleet from the Greek port of
// Piraeus": the country of the first place after "in", "on", "of", "from"
// or "near" before the clause ends, or "".
func (d *doc) residenceIn(s, k int) string {
	toks := d.sents[s].Tokens
	if k+2 >= len(toks) || toks[k].Text != "who" || !residentVerbs[toks[k+1].Text] && !originVerbs[toks[k+1].Text] {
		return ""
	}
	for j := k + 2; j+1 < len(toks) && j <= k+16; j++ {
		switch toks[j].Text {
		case "and":
			if j+2 < len(toks) && toks[j+1].UPOS == "NOUN" && isLowerWord(toks[j+1].Text) {
				continue // "who grows soybeans and corn near Ames, Iowa"
			}
			return ""
		case ",", ".", ";", "but":
			return ""
		case "in", "on", "of", "from", "near":
			if originVerbs[toks[k+1].Text] && toks[j].Text != "from" {
				continue // "who came to Turkiye from Kharkiv in 2022"
			}
			if o, ok := d.owner[[2]int{s, j + 1}]; ok && o.start == j+1 && isPlace(o.e.Type) && o.e.Country != "" {
				return o.e.Country
			}
		}
	}
	return ""
}

// ledBodyTie gives a person the text says leads a body that body's
// country: "The Swedish Armed Forces, led by Supreme Commander Michael
// Claesson," and "…, headed by …".
func (d *doc) ledBodyTie(e *entity) {
	for _, m := range e.Mentions {
		s, a, _ := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if a < 4 || toks[a-1].Text != "by" || !leadVerbs[toks[a-2].Text] || toks[a-3].Text != "," {
			continue
		}
		at := a - 4
		if at >= 1 && (toks[at].Text == "mission" || toks[at].Text == "delegation" || toks[at].Text == "team") {
			at-- // "The IMF mission, led by Thomas Reinholt,"
		}
		if o, ok := d.owner[[2]int{s, at}]; ok && o.e.Type == chronicle.Organization && (o.e.Country != "" || o.e.Sector == "IGO") {
			e.Country = o.e.Country // none for an international body's
			if e.Sector == "" || e.Sector == "GOV" && o.e.Sector != "" {
				e.Sector = o.e.Sector
			}
			return
		}
	}
}

// placeNear gives a place the KB does not know the country of the place
// the text puts it near or in: "the town of Chiva, near Valencia", "Neelum
// valley in Kashmir".
func (d *doc) placeNear(e *entity) {
	e.Country = cmp.Or(e.Country, d.countyNamed(e), d.placeAfter(e, "near", "in", "outside"), d.placeDescribed(e),
		d.listedBesidePlace(e), d.placeOfKind(e))
}

// countyNamed is the country of the division or city a county's name holds
// after "County" ("County Cork", Ireland's), or "".
func (d *doc) countyNamed(e *entity) string {
	rest, ok := strings.CutPrefix(e.Name, "County ")
	if !ok || rest == "" {
		return ""
	}
	if cs := d.r.kb.RegionCountries(rest); len(cs) == 1 {
		return cs[0]
	}
	// Ireland's counties bear their towns' names: the biggest so named
	// (Cities lists the biggest first).
	if cs := d.r.kb.Cities(rest); len(cs) > 0 {
		return cs[0].Country
	}
	return ""
}

// venueTie gives a building the KB does not know, where something is
// held ("at the Ciragan Palace", "in the Palace of Nation"), the country of
// the towns its sentence puts things in, when they are of one country:
// "Turkiye is ready to host the talks in Istanbul, as it did at the Ciragan
// Palace". (The sentence before is not read: "… with Kunming in China.
// The cargo is transferred at the Thanaleng Dry Port".) Works that run
// between places (crossings, corridors, railways) are left alone.
func (d *doc) venueTie(e *entity) {
	if e.Country != "" || e.KB != "" || len(e.Mentions) == 0 {
		return
	}
	s, a, _ := d.tokensOf(e.firstSpan())
	toks := d.sents[s].Tokens
	k := a - 1
	if k >= 0 && toks[k].Text == "the" {
		k--
	}
	if k < 0 || toks[k].Text != "at" && toks[k].Text != "in" ||
		slices.ContainsFunc(strings.Fields(e.Name), func(w string) bool { return throughWorks[strings.ToLower(w)] }) {
		return
	}
	e.Country = d.townsInCountry(s, e)
}

// throughWorks are the words of works that run between places.
var throughWorks = map[string]bool{"crossing": true, "border": true, "corridor": true, "route": true, "railway": true,
	"railroad": true, "pipeline": true, "highway": true, "road": true, "bridge": true, "canal": true, "line": true,
	"checkpoint": true, "gate": true, "expressway": true, "link": true}

// townsInCountry is the one country of the towns and countries other than
// e that sentence s puts something "in" ("in Rome", "in the capital
// Damascus"); "" when there is none or more than one.
func (d *doc) townsInCountry(s int, e *entity) string {
	toks := d.sents[s].Tokens
	found := ""
	for i := 1; i < len(toks); i++ {
		k := i - 1
		for k > 0 && (toks[k].Text == "the" || toks[k].Text == "capital" || toks[k].Text == "city") {
			k--
		}
		if toks[k].Text != "in" {
			continue
		}
		o, ok := d.owner[[2]int{s, i}]
		if !ok || o.start != i || o.e == e || o.e.Country == "" || o.e.Type != chronicle.GeoPolitical ||
			d.isDemonym(toks[i].Text) && (i+1 >= len(toks) || toks[i+1].Text != "capital") {
			// (not "damaged in the Israeli attack"; but "in the Saudi capital")
			continue
		}
		if found != "" && found != o.e.Country {
			return ""
		}
		found = o.e.Country
	}
	return found
}

// placeKinds are the nouns of "the Haitian town of Mirebalais" and "the
// Jobar district of eastern Damascus".
var placeKinds = map[string]bool{"town": true, "city": true, "village": true, "port": true, "district": true,
	"province": true, "region": true, "suburb": true, "neighbourhood": true, "neighborhood": true, "area": true,
	"settlement": true, "county": true, "municipality": true, "quarter": true, "enclave": true, "hamlet": true}

// placeOfKind is the country a place's kind phrase gives it: the demonym
// or place before "town of" ("the central Haitian town of Mirebalais", "the
// Damascus suburb of Jobar"), or the place a "district of" after the name
// lies in ("the Jobar district of eastern Damascus"); "" when none does.
func (d *doc) placeOfKind(e *entity) string {
	for _, m := range e.Mentions {
		s, a, b := d.toponymTokens(m.Span)
		toks := d.sents[s].Tokens
		if a >= 3 && toks[a-1].Text == "of" && placeKinds[toks[a-2].Text] {
			for k := a - 3; k >= 0 && k >= a-6 && !isDeterminer(toks[k].Text); k-- {
				if o, ok := d.owner[[2]int{s, k}]; ok && o.e != e && isPlace(o.e.Type) && o.e.Country != "" {
					return o.e.Country
				}
				if c, ok := d.r.kb.CountryByDemonym(toks[k].Text); ok {
					return c.ISO3
				}
				if !isLowerWord(toks[k].Text) {
					break
				}
			}
		}
		if b+2 < len(toks) && placeKinds[toks[b].Text] && toks[b+1].Text == "of" {
			k := b + 2
			if lowerCompass[toks[k].Text] && k+1 < len(toks) {
				k++
			}
			if o, ok := d.owner[[2]int{s, k}]; ok && o.e != e && isPlace(o.e.Type) && o.e.Country != "" {
				return o.e.Country
			}
		}
	}
	return ""
}

// listedBesidePlace is the country of a place with a country that a
// mention of e stands beside in a list ("plants in Syzran and
// Novokuibyshevsk"), from the first mention that has one, or "".
func (d *doc) listedBesidePlace(e *entity) string {
	if formerStates[e.Name] {
		return "" // "Poland and Czechoslovakia"
	}
	for _, m := range e.Mentions {
		s, a, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if p := d.placeOwnedAt(s, a-2); p != nil && p != e && p.Country != "" && listWord(toks[a-1].Text) {
			return p.Country
		}
		if p := d.placeOwnedAt(s, b+1); p != nil && p != e && p.Country != "" && b < len(toks) && listWord(toks[b].Text) {
			return p.Country
		}
	}
	return ""
}

// bodyIn gives a body the country of the place "in" places it at ("The
// Health Ministry in Gaza", "The Joint Chiefs of Staff in Seoul").
func (d *doc) bodyIn(e *entity) {
	e.Country = cmp.Or(e.Country, d.placeAfter(e, "in", "from"), d.placeDescribed(e), d.cityInName(e), d.possessingPlace(e))
}

// possessingPlace is the country of a place whose possessive a mention of
// e follows, past up to three lower-case words ("Greenland's centre-right
// Demokraatit party"), from the first mention that has one, or "".
func (d *doc) possessingPlace(e *entity) string {
	for _, m := range e.Mentions {
		s, a, _ := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		k := a - 1
		for k > 0 && a-k <= 3 && (isLowerWord(toks[k].Text) || toks[k].Text == "-") {
			k--
		}
		if k < 1 || !isPossessive(toks[k].Text) {
			continue
		}
		if p := d.placeOwnedAt(s, k-1); p != nil && p != e && p.Country != "" {
			return p.Country
		}
	}
	return ""
}

// townNamed tells whether the story names a town w of country on its own.
func (d *doc) townNamed(w, country string) bool {
	return slices.ContainsFunc(d.ents, func(e *entity) bool {
		return e.Type == chronicle.GeoPolitical && e.Country == country &&
			slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return m.Text == w })
	})
}

// cityInName is the country of a city a body's name holds ("University of
// Lausanne", "Tunis Court of First Instance", "Igdir Chamber of Commerce"), when the gazetteer's city of
// that name is large and outweighs its namesakes; "" otherwise.
func (d *doc) cityInName(e *entity) string {
	words := strings.Fields(e.Name)
	for k, w := range words {
		// The city after "of" or right before the body's kind: not "Van"
		// of "Van Thinh Phat Group", nor a band called "Duran Duran".
		if !isCapitalized(w) || d.isDemonym(w) ||
			!(k > 0 && words[k-1] == "of" || k+1 < len(words) && (institutionHeads[words[k+1]] != "" || schoolWords[words[k+1]] ||
				words[k+1] == "Chamber")) {
			continue
		}
		if _, ok := d.placeCountry(w); ok {
			continue // a country's word says no more than the country does, and bodies abroad bear them
		}
		if cities := d.r.kb.Cities(w); len(cities) > 0 && (cities[0].Population >= minForeignTown || d.townNamed(w, cities[0].Country)) &&
			d.outweighs(cities) {
			return cities[0].Country
		}
	}
	return ""
}

// placeAfter is the country of the place that one of preps puts a mention
// of e at ("…, near Valencia", "in the West Bank"), from the first mention
// that has one, or "".
func (d *doc) placeAfter(e *entity, preps ...string) string {
	for _, m := range e.Mentions {
		s, _, i := d.toponymTokens(m.Span)
		toks := d.sents[s].Tokens
		if i < len(toks) && toks[i].Text == "," {
			i++
		}
		for k := 0; k < 2 && i+1 < len(toks) && (bodyKinds[toks[i].Text] || toks[i].Text == "think"); k++ {
			i++ // "the ISPI think tank in Milan"
		}
		if i+2 < len(toks) && divisionNouns[toks[i].Text] != "" && toks[i+1].Text == "of" {
			i++ // "the Tennoji district of Osaka": the place it is a division of
		} else if i+1 >= len(toks) || !slices.Contains(preps, toks[i].Text) {
			continue
		}
		if i+2 < len(toks) && toks[i+1].Text == "the" {
			i++ // "in the West Bank"
		}
		if o, ok := d.owner[[2]int{s, i + 1}]; ok && o.e != e && o.e.Country != "" &&
			(o.e.Type == chronicle.GeoPolitical || o.e.Type == chronicle.Location) {
			return o.e.Country
		}
	}
	return ""
}

// placeDescribed is the country of the place an appositive puts a mention
// of e near, of or in: "Tawila, a town about 60 km west of El Fasher".
func (d *doc) placeDescribed(e *entity) string {
	for _, m := range e.Mentions {
		s, _, i := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if i+2 >= len(toks) || toks[i].Text != "," || !isDeterminer(toks[i+1].Text) {
			continue
		}
		for k := i + 2; k < len(toks) && k-i <= 12 && toks[k].Text != "," && toks[k].Text != "."; k++ {
			switch toks[k-1].Text {
			case "of", "near", "from", "outside", "in":
			default:
				continue
			}
			if o, ok := d.owner[[2]int{s, k}]; ok && o.e != e && o.e.Country != "" &&
				(o.e.Type == chronicle.GeoPolitical || o.e.Type == chronicle.Location) {
				return o.e.Country
			}
		}
	}
	return ""
}

// describedBodyTie gives a body the country of the description it follows,
// between commas or right before it: "Spain's state rail company, Renfe,",
// "The Portuguese grid operator, REN,", "Hong Kong newspaper Ta Kung Pao".
func (d *doc) describedBodyTie(e *entity) {
	for _, m := range e.Mentions {
		s, a, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if b+3 < len(toks) && toks[b].Text == "," && (toks[b+1].Text == "a" || toks[b+1].Text == "an") {
			// "Costruzioni Valmora SpA, an Italian builder,": the country's
			// word that opens the description after the name, past a
			// place's compound ("Wingtech Technology, a Shanghai-listed
			// Chinese group").
			k := b + 2
			for k < len(toks) && k <= b+5 {
				if isLowerWord(toks[k].Text) {
					k++
				} else if k+2 < len(toks) && toks[k+1].Text == "-" && isLowerWord(toks[k+2].Text) {
					k += 3
				} else {
					break
				}
			}
			if k+1 < len(toks) {
				if c, ok := d.r.kb.CountryByDemonym(toks[k].Text); ok && isLowerWord(toks[k+1].Text) {
					e.Country = c.ISO3
					return
				}
			}
		}
		listed := a
		for a >= 3 && (toks[a-1].Text == "," || toks[a-1].Text == "and") {
			// "the Japanese companies Itochu Corporation, Sumitomo
			// Corporation and JGC Holdings": back over the bodies listed
			// before to the kind's word.
			o, ok := d.owner[[2]int{s, a - 2}]
			if !ok || o.e.Type != chronicle.Organization || o.start >= a-1 {
				break
			}
			a = o.start
		}
		kind := a - 1 // the kind's word, before a comma or right before the name ("Australian miner South32")
		if kind > 0 && toks[kind].Text == "," {
			kind--
		}
		if kind < 1 || !bodyKindWord(toks[kind].Text) || a < listed && !strings.HasSuffix(toks[kind].Text, "s") {
			continue // (one kind for a list only in the plural: not "firm BlackRock and Terminal Investment Limited")
		}
		for k := kind - 1; k >= 0 && k >= kind-6 && !isDeterminer(toks[k].Text) && toks[k].Text != ","; k-- {
			if o, ok := d.owner[[2]int{s, k}]; ok && o.e != e && o.e.Type == chronicle.GeoPolitical && o.e.Country != "" {
				e.Country = o.e.Country
				return
			}
			if c, ok := d.placeCountry(toks[k].Text); ok {
				e.Country = c
				return
			}
		}
	}
}

// bodyKindWord tells whether w names a kind of body, in the singular or the
// plural: "miner", "maker" and the trades' makers ("chipmaker"),
// "companies".
func bodyKindWord(w string) bool {
	kind := func(w string) bool {
		return bodyKinds[w] || firmNouns[w] || strings.HasSuffix(w, "maker") || w == "enterprise"
	}
	return kind(w) || strings.HasSuffix(w, "s") && kind(singularNoun(w))
}

// basedIn gives a body the country of the place its name is said to be
// based in: "the Toronto-based Harbourview Institute", over the kind of
// body between ("Dakar-based research firm Sahel Analytics").
func (d *doc) basedIn(e *entity) {
	for _, m := range e.Mentions {
		s, a, _ := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		for k := 0; k < 2 && a > 3 && isLowerWord(toks[a-1].Text) && !strings.EqualFold(toks[a-1].Text, "based"); k++ {
			a--
		}
		if a < 3 || !strings.EqualFold(toks[a-1].Text, "based") && !strings.EqualFold(toks[a-1].Text, "headquartered") ||
			toks[a-2].Text != "-" {
			continue
		}
		if o, ok := d.owner[[2]int{s, a - 3}]; ok && o.e != e && o.e.Country != "" && isPlace(o.e.Type) {
			e.Country = o.e.Country
			return
		}
		if c, ok := d.placeCountry(toks[a-3].Text); ok {
			e.Country = c
			return
		}
	}
}

// ofCountryAfterInitials gives a body the country named after its initials
// in brackets: "the Supreme National Security Council (SNSC) of the Islamic
// Republic of Iran".
func (d *doc) ofCountryAfterInitials(e *entity) {
	for _, m := range e.Mentions {
		s, _, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if b+4 >= len(toks) || toks[b].Text != "(" || toks[b+2].Text != ")" || toks[b+3].Text != "of" {
			continue
		}
		j := b + 4
		if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
			j++
		}
		if c, n := d.countryNameAt(s, j, 1, 5); n > 0 {
			e.Country = c.ISO3
			return
		}
	}
}

// tokensOf locates a mention: its sentence, its first token and the token
// after it.
func (d *doc) tokensOf(sp chronicle.Span) (s, a, b int) {
	s = d.sentenceAt(sp.Start)
	toks := d.sents[s].Tokens
	a = sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
	b = sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End })
	return s, a, b
}

// toponymTokens is tokensOf for the place's name in a mention, less the
// division's word in lower case that the mention may end on ("the
// [Tennoji] district of Osaka").
func (d *doc) toponymTokens(sp chronicle.Span) (s, a, b int) {
	s, a, b = d.tokensOf(sp)
	if toks := d.sents[s].Tokens; b > a+1 && text.DivisionWord(toks[b-1].Text) {
		b--
	}
	return s, a, b
}

// officersBodyTie gives a state body the text names without its country
// the country of someone who works or speaks for it: "Qatar's minister of
// state at the Ministry of Foreign Affairs" (the title's country, written
// as a possessive or a demonym), "Minister al-Shibani said, according to a
// statement of the Ministry of Foreign Affairs and Expatriates" (the
// speaker's, when one person with a country is named before in the
// sentence).
func (d *doc) officersBodyTie(e *entity) {
	if !stateSectors[e.Sector] {
		return
	}
	for _, m := range e.Mentions {
		s, a, _ := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		j := a - 1
		if j >= 0 && toks[j].Text == "the" {
			j--
		}
		if j < 1 || toks[j].Text != "at" && toks[j].Text != "of" && toks[j].Text != "by" {
			continue
		}
		// "according to a statement (issued) by the …"
		k := j - 1
		if k >= 0 && statementVerbs[toks[k].Text] {
			k--
		}
		if k >= 3 && (toks[k].Text == "statement" || toks[k].Text == "statements") && isDeterminer(toks[k-1].Text) &&
			toks[k-2].Text == "to" && toks[k-3].Text == "according" {
			if c := d.onePersonsCountry(s, k-3); c != "" {
				e.Country = c
				return
			}
			continue
		}
		// "Qatar's minister of state at the …", "the Qatari minister at the …"
		if toks[j].Text != "at" {
			continue
		}
		for k := j - 1; k >= 1 && j-k <= 5; k-- {
			w := toks[k].Text
			if isPossessive(w) {
				if c, ok := d.placeCountry(toks[k-1].Text); ok && k+1 < j && d.isTitleWord(toks[k+1].Text) {
					e.Country = c
					return
				}
				break
			}
			if c, ok := d.r.kb.CountryByDemonym(w); ok && k+1 < j && d.isTitleWord(toks[k+1].Text) {
				e.Country = c.ISO3
				return
			}
			if !isLowerWord(w) {
				break
			}
		}
	}
}

// portfolioHolderTie gives a ministry the text names without its country
// the country of the minister of its portfolio named before it: "the
// Ministry of Economy said" after "Croatian Economy Minister Ante Susnjar",
// "the Ministry of Foreign Affairs and Expatriates" after "Minister of
// Foreign Affairs and Expatriates Asaad al-Shaibani". Not when the text
// titles two people so, or one whose country is not known yet; nor when the
// story was filed from another country, whose ministry speaks in it more
// likely than the visitor's ("Jeddah, March 11, SPA - … the Minister of
// Foreign Affairs Andrii Sybiha …. The Ministry of Foreign Affairs said"),
// unless the story's wire is of the minister's country (SANA with its
// minister in Ankara).
func (d *doc) portfolioHolderTie(e *entity) {
	portfolio, ok := strings.CutPrefix(e.Name, "Ministry of ")
	if e.Country != "" || !ok || portfolio == "" || len(e.Mentions) == 0 {
		return
	}
	portfolio = strings.ToLower(strings.TrimPrefix(portfolio, "the "))
	titles := []string{"minister of " + portfolio}
	if first, rest, _ := strings.Cut(portfolio, " "); rest == "" || rest == "affairs" {
		titles = append(titles, first+" minister") // "Economy Minister", "Foreign Minister"
	}
	first := e.firstSpan().Start
	var holder *entity
	for _, o := range d.ents {
		if o.Type != chronicle.Person {
			continue
		}
		for _, m := range o.Mentions {
			text := strings.ToLower(m.Text)
			if !slices.ContainsFunc(titles, func(t string) bool { return strings.Contains(text, t) }) {
				continue
			}
			if holder != nil && holder != o || o.Country == "" || m.Start > first {
				return
			}
			holder = o
		}
	}
	if holder == nil {
		return
	}
	if home := d.datelineCountry(); home != "" && home != holder.Country && d.nationalWireCountry() != holder.Country {
		return
	}
	e.Country = holder.Country
}

// statementVerbs stand between "statement" and the body that made it.
var statementVerbs = map[string]bool{"issued": true, "released": true, "published": true, "posted": true}

// onePersonsCountry is the country of the one person with a country named
// in sentence s before token end, or "".
func (d *doc) onePersonsCountry(s, end int) string {
	found := ""
	for i := 0; i < end; i++ {
		o, ok := d.owner[[2]int{s, i}]
		if !ok || o.start != i || o.e.Type != chronicle.Person || o.e.Country == "" {
			continue
		}
		if found != "" && found != o.e.Country {
			return ""
		}
		found = o.e.Country
	}
	return found
}

// delegationTie gives a person the country of the delegation or side the
// sentence names them in: "The American delegation was headed by Marco
// Rubio and included the National Security Advisor Mike Waltz", "from the
// Pakistani side by the Deputy Prime Minister … Mohammad Ishaq Dar", "the
// Russian delegation by … Vladimir Medinsky". The nearest delegation before
// the name must be of a country ("the American …", "Russia's …", "the
// delegation of Ukraine …"), and a word of membership ("by", "included",
// "comprising") must come between it and the name, with no clause or verb
// of meeting between ("the Ukrainian delegation met US envoy Steve
// Witkoff" says nothing of Witkoff's country).
func (d *doc) delegationTie(e *entity) {
	s, a, _ := d.tokensOf(e.firstSpan())
	toks := d.sents[s].Tokens
	member := false
	for j := a - 1; j >= 0 && a-j <= 40; j-- {
		w := strings.ToLower(toks[j].Text)
		if delegationBreaks[w] {
			return
		}
		if delegationMembership[w] {
			member = true
		}
		if !delegationNouns[w] {
			continue
		}
		if !member {
			return
		}
		if c := d.countryOfDelegation(s, j); c != "" {
			e.Country = c
		}
		return
	}
}

// countryOfDelegation is the country that names the delegation whose noun
// is token j of sentence s: a demonym or a country's name (perhaps with
// "'s") before it, or "of" and a country after it; "" when there is none.
func (d *doc) countryOfDelegation(s, j int) string {
	toks := d.sents[s].Tokens
	countryAt := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		if o, ok := d.owner[[2]int{s, k}]; ok && (o.e.Type == chronicle.GeoPolitical || o.e.Type == chronicle.Nationality) &&
			strings.HasPrefix(o.e.KB, "country:") {
			return o.e.Country
		}
		if c, ok := d.r.kb.CountryByDemonym(toks[k].Text); ok {
			return c.ISO3
		}
		return ""
	}
	if j > 0 && isPossessive(toks[j-1].Text) {
		return countryAt(j - 2)
	}
	if c := countryAt(j - 1); c != "" {
		return c
	}
	if j+2 < len(toks) && toks[j+1].Text == "of" {
		k := j + 2
		if strings.EqualFold(toks[k].Text, "the") && k+1 < len(toks) {
			k++
		}
		return countryAt(k)
	}
	return ""
}

// delegationNouns name a country's party to talks; delegationMembership
// words put the names after them in it; delegationBreaks end the clause
// that says who is in it.
var (
	delegationNouns      = map[string]bool{"delegation": true, "side": true}
	delegationMembership = map[string]bool{"by": true, "included": true, "includes": true, "including": true,
		"comprised": true, "comprising": true, "consisted": true, "consisting": true, "featured": true}
	delegationBreaks = map[string]bool{"while": true, "whereas": true, ";": true, "met": true, "meet": true, "meets": true,
		"meeting": true, "with": true, "against": true, "told": true, "said": true, "says": true, "but": true}
)

// nationalTitles are offices only one country has, so the title alone
// places its holder: "Army Secretary Dan Driscoll", "Chief Cabinet
// Secretary Minoru Kihara", "Taoiseach Micheál Martin". Titles several
// countries share ("Interior Secretary" in Manila as in Washington,
// "Foreign Secretary" and "Home Secretary" in Delhi as in London, "House
// Speaker" in Jakarta as in Washington, Manila's Senate majority leader)
// are left out.
var nationalTitles = []struct{ title, country string }{
	{"army secretary", "USA"}, {"secretary of the army", "USA"}, {"navy secretary", "USA"},
	{"secretary of the navy", "USA"}, {"air force secretary", "USA"}, {"secretary of the air force", "USA"},
	{"surgeon general", "USA"}, {"chairman of the joint chiefs of staff", "USA"},
	{"homeland security secretary", "USA"}, {"secretary of homeland security", "USA"}, {"treasury secretary", "USA"},
	{"chancellor of the exchequer", "GBR"}, {"shadow chancellor", "GBR"},
	{"chief cabinet secretary", "JPN"}, {"taoiseach", "IRL"}, {"tanaiste", "IRL"}, {"tánaiste", "IRL"},
}

// nationalTitleTie places a person a title of nationalTitles introduces,
// in the words just before a mention's name.
func (d *doc) nationalTitleTie(e *entity) {
	first, _, _ := strings.Cut(strings.ToLower(e.Name), " ")
	for _, m := range e.Mentions {
		window := strings.ToLower(d.text[max(0, m.Start-48):m.End])
		for _, t := range nationalTitles {
			if strings.Contains(window, t.title+" "+first) {
				e.Country = t.country
				return
			}
		}
	}
}

// compatriotsListed gives a person nothing else places the country of the
// people listed with them, when those the text or the KB places are all of
// one country: "attended by Foreign Minister Hakan Fidan, Minister of
// National Defence Yasar Guler and Head of the National Intelligence
// Organisation Ibrahim Kalin". The list is of three people's mentions or
// more, joined by commas and "and" alone.
func (d *doc) compatriotsListed() {
	for _, e := range d.ents {
		if e.Type != chronicle.Person || e.Country != "" || e.KB != "" {
			continue
		}
		s, a, b := d.tokensOf(e.firstSpan())
		if c := d.listedCountry(s, a, b, e); c != "" {
			e.Country = c
		}
	}
}

// listedCountry is the one country of the people listed with the mention
// of e at tokens a to b of sentence s, "" when the list names none or more
// than one, or someone in it is of no country known.
func (d *doc) listedCountry(s, a, b int, e *entity) string {
	toks := d.sents[s].Tokens
	country, listed := "", 0
	joined := func(j int) bool { return toks[j].Text == "," || toks[j].Text == "and" }
	take := func(k int) (int, int, bool) { // the person's mention holding token k
		o, ok := d.owner[[2]int{s, k}]
		if !ok || o.e == e || o.e.Type != chronicle.Person {
			return 0, 0, false
		}
		end := k + 1
		for end < len(toks) {
			if n, ok := d.owner[[2]int{s, end}]; !ok || n != o {
				break
			}
			end++
		}
		if o.e.Country == "" || country != "" && o.e.Country != country {
			country = "-"
		} else {
			country = o.e.Country
		}
		listed++
		return o.start, end, true
	}
	for j := a; j >= 2 && joined(j-1); {
		k := j - 2
		if toks[k].Text == "," && k >= 1 { // ", and"
			k--
		}
		start, _, ok := take(k)
		if !ok {
			break
		}
		j = start
	}
	for j := b; j+1 < len(toks) && joined(j); {
		k := j + 1
		if toks[j].Text == "," && toks[k].Text == "and" && k+1 < len(toks) {
			k++
		}
		_, end, ok := take(k)
		if !ok {
			break
		}
		j = end
	}
	if listed < 2 || country == "-" {
		// (Two people joined by "and" are as often counterparts:
		// "Chinese Foreign Minister Wang Yi and National Security Adviser
		// Ajit Doval held talks".)
		return ""
	}
	return country
}
