package resolve

// The passes here add names the recognizer missed, before any name is
// linked: a person's name right after a title or known to the KB, a body
// before a description of its kind or right after a place's possessive; and
// drop the names of a title-case headline that nothing else supports.

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
	"github.com/chronicle-news/chronicle/text"
)

// titledNames adds the names the recognizer missed right after a title
// word: "Intel CEO Lip-Bu Tan called it …" names a person, Lip-Bu Tan. A
// name is two to four capitalised words (hyphenated parts joined), or one
// after "Mr" or "Dr", none of them a title, a country's word or a known
// body, that no recognized span touches.
func (d *doc) titledNames(named []Named) []Named {
	covered := coveredTokens(named)
	placeEnds := map[[2]int]int{} // the last token of each place's span, to its first
	for _, n := range named {
		if n.Type == chronicle.GeoPolitical {
			placeEnds[[2]int{n.Sentence, n.End - 1}] = n.Start
		}
	}
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+2 < len(toks); i++ {
			// A title written before names ("President", "Gen.") or an
			// abbreviated one ("CEO"); not a word that only describes
			// ("Pilot Training Program"). After "Mr" or "Dr" one word is a
			// name ("Mr White said").
			honorific := text.Honorific(toks[i].Text)
			// A calling that opens the sentence goes before a name too:
			// "Attendant Blessing Eze shrugged".
			calling := i == 0 && (text.PrivatePerson(strings.ToLower(toks[i].Text)) || callings[toks[i].Text]) ||
				isLowerWord(toks[i].Text) && (text.PrivatePerson(toks[i].Text) || callingsBeforeNames[toks[i].Text] ||
					tradeTitle(toks[i].Text)) // "real estate tycoon Truong My Lan", "novelist …"
			// And "said Tran Thi Thu Ha, chief executive of …": a name
			// after a verb of saying, before a description of someone.
			said := reportVerbs[toks[i].Text]
			// "His Excellency Maxime Prevot, Deputy Prime Minister": a style
			// before a name.
			excellency := toks[i].Text == "Excellency" && i > 0 && (toks[i-1].Text == "His" || toks[i-1].Text == "Her")
			// "Leader of the Opposition Jai Ram Thakur", "Speaker of the
			// House Mike Johnson": the body of an office of the form TITLE
			// of the BODY ends the title.
			officeOf := i >= 3 && officeBodies[toks[i].Text] && toks[i-1].Text == "the" && toks[i-2].Text == "of" &&
				d.isTitleWord(toks[i-3].Text) && isCapitalized(toks[i-3].Text) ||
				// "Minister of Emergency Management Wang Xiangxi": a
				// portfolio's field, ending on a word of fields.
				isCapitalized(toks[i].Text) && (modifierFill[strings.ToLower(toks[i].Text)] || fieldEnds[toks[i].Text]) &&
					portfolioFieldAt(toks, i) >= 0
			// "Chairman of the National Assembly of Viet Nam Tran Thanh
			// Man": a country ends the title of the name after it.
			if start, ok := placeEnds[[2]int{s, i}]; ok && !officeOf {
				officeOf = d.titleEndsOnCountry(s, start, i)
			}
			// A title in lower case goes before names too, when it is one
			// that can ("former prime minister Alain-Claude Bilie-By-Nze").
			if t, ok := text.TitleWord(toks[i].Text); !honorific && !calling && !said && !officeOf && !excellency && (!ok ||
				!isCapitalized(toks[i].Text) && !(t.Prefix && isLowerWord(toks[i].Text)) ||
				isCapitalized(toks[i].Text) && !t.Prefix && strings.ToUpper(toks[i].Text) != toks[i].Text) {
				continue
			}
			ends := nameRun(toks, s, i+1, 4, covered, d.nameWord) // "Lip-Bu Tan"
			words, j := len(ends), i+1
			if words > 0 {
				j = ends[words-1]
			}
			if words > 0 && j < len(toks) && !covered[[2]int{s, j}] && text.CalendarWord(toks[j].Text) &&
				(maleNames[toks[j-1].Text] || femaleNames[toks[j-1].Text]) && (j+1 == len(toks) || !isNumber(toks[j+1].Text)) {
				words, j = words+1, j+1 // "Labour MSP Christine May", a surname that is a month's name
			}
			if words == 1 && !honorific && isCapitalized(toks[i].Text) && d.nearSurnameNamed(named, toks[i+1].Text) {
				honorific = true // "said Minister Iwaia" after "Takeshi Iwaya": one word, a surname spelled another way
			}
			if words < 2 && !(honorific && words == 1) || j < len(toks) && (covered[[2]int{s, j}] || isCapitalized(toks[j].Text)) ||
				institutionHeads[toks[j-1].Text] != "" {
				continue
			}
			if said && !d.describedPerson(s, i+1, j) {
				continue
			}
			if i > 0 && j < len(toks) && isQuoteMark(toks[i-1].Text) && isQuoteMark(toks[j].Text) {
				continue // "dubbing Mr Brown “Sir Wastealot”": a nickname, the whole quotation
			}
			out = append(out, Named{Sentence: s, Start: i + 1, End: j, Type: chronicle.Person})
			i = j - 1
		}
	}
	return out
}

// nearSurnameNamed tells whether word, of five letters or more, is an edit
// off the last word of a person's name of two words or more that the
// recognizer found, and not that word itself.
func (d *doc) nearSurnameNamed(named []Named, word string) bool {
	if len(word) < 5 || !isCapitalized(word) {
		return false
	}
	for _, n := range named {
		if n.Type != chronicle.Person || n.End-n.Start < 2 {
			continue
		}
		sn := d.sents[n.Sentence].Tokens[n.End-1].Text
		if sn != word && sn[0] == word[0] && kb.EditDistance(strings.ToLower(sn), strings.ToLower(word), 1) <= 1 {
			return true
		}
	}
	return false
}

// titleEndsOnCountry tells whether the place's span from token start to
// token i of sentence s is a country's name that ends a title of the form
// "TITLE of (the) BODY of (the) COUNTRY" or "TITLE of (the) COUNTRY": a
// capitalised title word and "of" within ten tokens before the country,
// with only capitalised words, "of", "the" and "and" between.
func (d *doc) titleEndsOnCountry(s, start, i int) bool {
	toks := d.sents[s].Tokens
	if _, ok := d.countryNamed(d.spanOf(s, start, i+1).In(d.text)); !ok {
		return false
	}
	for k := start - 1; k >= 1 && start-k <= 10; k-- {
		w := toks[k].Text
		if w == "of" && isCapitalized(toks[k-1].Text) && d.isTitleWord(toks[k-1].Text) {
			return true
		}
		if w != "of" && w != "the" && w != "and" && !isCapitalized(w) {
			return false
		}
	}
	return false
}

// fieldEnds end the fields of portfolios, besides the words of titles
// (modifierFill): "Emergency Management", "Social Protection".
var fieldEnds = map[string]bool{"Management": true, "Protection": true, "Relations": true, "Cooperation": true,
	"Welfare": true, "Services": true, "Administration": true, "Reform": true}

// officeBodies end the titles of the form TITLE of the BODY that go before
// a name: "Leader of the Opposition", "Speaker of the House".
var officeBodies = map[string]bool{"Opposition": true, "House": true, "Senate": true, "Assembly": true,
	"Parliament": true, "Council": true, "Commission": true, "Cabinet": true, "Board": true, "Staff": true}

// namesAfterTitledBodies adds the people the recognizer missed right after
// a title of a body: "CEO of the Refugee Council Enver Solomon told …",
// "head of the Ifo Institute Clemens Fuest said". The name is two or three
// name words no recognized span touches, followed by a word in lower case.
func (d *doc) namesAfterTitledBodies(named []Named) []Named {
	covered := coveredTokens(named)
	out := named
	for _, n := range named {
		if n.Type != chronicle.Organization {
			continue
		}
		toks := d.sents[n.Sentence].Tokens
		k := n.Start - 1
		if k >= 0 && toks[k].Text == "the" {
			k--
		}
		if k < 1 || toks[k].Text != "of" {
			continue
		}
		if _, title := titleSector(strings.ToLower(toks[k-1].Text)); !title {
			continue
		}
		ends := nameRun(toks, n.Sentence, n.End, 3, covered, d.nameWord)
		if len(ends) < 2 {
			continue
		}
		if j := ends[len(ends)-1]; j < len(toks) && isLowerWord(toks[j].Text) {
			out = append(out, Named{Sentence: n.Sentence, Start: n.End, End: j, Type: chronicle.Person})
		}
	}
	return out
}

// describedPerson tells whether the name at tokens [a, b) of sentence s,
// after a verb of saying, is a person's by what follows it: a comma and a
// title or a description of someone ("…, chief executive of …", "…, a
// farmer"), and by being no body or place the KB knows.
func (d *doc) describedPerson(s, a, b int) bool {
	toks := d.sents[s].Tokens
	if b+1 >= len(toks) || toks[b].Text != "," {
		return false
	}
	next := toks[b+1].Text
	if !d.isTitleWord(next) && !isDeterminer(next) && !text.PrivatePerson(strings.ToLower(next)) {
		return false
	}
	name := d.spanOf(s, a, b).In(d.text)
	return !d.knownBody(name) && !d.knownPlace(name) && !orgNameHeads[toks[b-1].Text]
}

// callings are occupations that open a sentence before a private person's
// name, besides text.PrivatePerson's nouns (farmer, trader, shopkeeper …)
// and the title words that go before names.
var callings = map[string]bool{"Attendant": true, "Cashier": true, "Mechanic": true, "Tailor": true,
	"Nurse": true, "Teacher": true}

// fullNamesOfSurnames adds the full names the recognizer missed of people
// it found only by surname elsewhere: "the Jan Suraaj Party of former
// election strategist Prashant Kishor, which …" before "Kishor said". The
// full name is one or two name words right before the surname, after a
// common noun that describes the person ("strategist"), none covered by a
// recognized span.
func (d *doc) fullNamesOfSurnames(named []Named) []Named {
	surnames := map[string]bool{}
	for _, n := range named {
		if n.Type == chronicle.Person && n.End-n.Start == 1 {
			if w := d.sents[n.Sentence].Tokens[n.Start].Text; len(w) > 2 && d.nameWord(w) && !maleNames[w] && !femaleNames[w] {
				surnames[w] = true
			}
		}
	}
	if len(surnames) == 0 {
		return named
	}
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for j := 1; j < len(toks); j++ {
			if !surnames[toks[j].Text] || covered[[2]int{s, j}] {
				continue
			}
			i := j
			for i > 0 && j-i < 2 && !covered[[2]int{s, i - 1}] && d.nameWord(toks[i-1].Text) && !maleStyles[toks[i-1].Text] &&
				!femaleStyles[toks[i-1].Text] && !d.isTitleWord(toks[i-1].Text) {
				i--
			}
			if i == j || i == 0 || !isLowerWord(toks[i-1].Text) || toks[i-1].UPOS != "NOUN" {
				continue
			}
			out = append(out, Named{Sentence: s, Start: i, End: j + 1, Type: chronicle.Person})
		}
	}
	return out
}

// tradeTitle tells whether a lower-case title word names a trade rather
// than an office ("tycoon", "journalist", "activist", "cleric"): one of
// text's title words with a sector that goes before no name as a style.
func tradeTitle(w string) bool {
	t, ok := text.TitleWord(w)
	return ok && !t.Prefix && !t.Generic && !t.Plural && t.Sector != "" && t.Sector != "GOV" && t.Sector != "LEG"
}

// namesBeforeWho adds the people the recognizer missed whose name a "who"
// clause or a description of one person follows: "But Penny Little, who
// monitored the Bicester Hunt, said", "Precious Matsoso, the South African
// who co-chaired the negotiations, said". The name is two to four name words no recognized span touches,
// after a word in lower case, a comma or a conjunction opening the
// sentence, and no place or body the KB knows.
func (d *doc) namesBeforeWho(named []Named) []Named {
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for j := 2; j+1 < len(toks); j++ {
			if toks[j].Text != "," || toks[j+1].Text != "who" && !d.describedAsOne(s, j) || covered[[2]int{s, j - 1}] {
				continue
			}
			i := j
			for i > 0 && j-i < 4 && !covered[[2]int{s, i - 1}] && d.nameWord(toks[i-1].Text) && !openingConjunctions[toks[i-1].Text] {
				i--
			}
			if j-i < 2 || i > 0 && !isLowerWord(toks[i-1].Text) && toks[i-1].Text != "," && !(i == 1 && openingConjunctions[toks[0].Text]) {
				continue
			}
			if name := d.spanOf(s, i, j).In(d.text); d.knownPlace(name) || d.knownBody(name) {
				continue
			}
			out = append(out, Named{Sentence: s, Start: i, End: j, Type: chronicle.Person})
		}
	}
	return out
}

// describedAsOne tells whether ", the …" after token end of sentence s
// describes one person by a demonym ("Precious Matsoso, the South African
// who co-chaired the talks,") or by a calling or title within its first
// four words ("…, the bank's chief economist,").
func (d *doc) describedAsOne(s, end int) bool {
	toks := d.sents[s].Tokens
	if end+3 >= len(toks) || toks[end].Text != "," || toks[end+1].Text != "the" {
		return false
	}
	for k := end + 2; k < len(toks) && k <= end+3; k++ {
		dem := d.spanOf(s, end+2, k+1).In(d.text)
		if _, ok := d.r.kb.CountryByDemonym(dem); ok && k+1 < len(toks) && (toks[k+1].Text == "who" || toks[k+1].Text == ",") {
			return true
		}
	}
	for k := end + 2; k < len(toks) && k <= end+5 && (isLowerWord(toks[k].Text) || isPossessive(toks[k].Text)); k++ {
		if text.PrivatePerson(toks[k].Text) {
			return true
		}
		if t, ok := text.TitleWord(toks[k].Text); ok && !t.Plural {
			return true
		}
	}
	return false
}

// isQuoteMark tells whether a token is a double quote mark.
func isQuoteMark(w string) bool {
	return w == "\"" || w == "“" || w == "”" || w == "«" || w == "»"
}

// openingConjunctions open a sentence before a name in capitals.
var openingConjunctions = map[string]bool{"But": true, "And": true, "Yet": true, "So": true, "Meanwhile": true,
	"However": true, "Still": true}

// agedNames adds the people the recognizer missed whose age follows their
// name between commas, as news gives a private person's: "Tran Thi Mai, 52,
// who sells noodle soup", "Le Thi Hoa, a 41-year-old schoolteacher,". A
// name is two to four capitalised words, none a title, a country's word or
// a known body, that no recognized span touches, opening the sentence or
// after a word in lower case.
func (d *doc) agedNames(named []Named) []Named {
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for j := 2; j < len(toks); j++ {
			if toks[j].Text != "," || !agedAt(toks, j) {
				continue // the age first: it is rare, the name's test is not cheap
			}
			if k := slices.IndexFunc(out, func(n Named) bool {
				return n.Sentence == s && n.End == j && n.End-n.Start >= 2 && n.Type != chronicle.Person
			}); k >= 0 && !d.knownPlace(d.spanOf(s, out[k].Start, j).In(d.text)) && !d.knownBody(d.spanOf(s, out[k].Start, j).In(d.text)) {
				out[k].Type = chronicle.Person // "estimated Moussa Gueye, 45 years, seller of fabrics", read as a place
				continue
			}
			i, words := j, 0
			for i > 0 && words < 4 && !covered[[2]int{s, i - 1}] {
				if i >= 3 && toks[i-2].Text == "-" && toks[i-2].Start == toks[i-3].End && toks[i-1].Start == toks[i-2].End &&
					isWordToken(toks[i-1].Text) {
					i -= 2 // "-jun" of "Kim Min-jun": the word joined to a hyphen
					continue
				}
				if !d.nameWord(toks[i-1].Text) {
					break
				}
				i--
				words++
			}
			if words < 2 || i > 0 && !isLowerWord(toks[i-1].Text) && toks[i-1].Text != "," {
				continue
			}
			out = append(out, Named{Sentence: s, Start: i, End: j, Type: chronicle.Person})
		}
	}
	return out
}

// agedAt tells whether an age between commas starts at token j: ", 52,"
// or ", a 41-year-old schoolteacher".
func agedAt(toks []chronicle.Token, j int) bool {
	if j+2 >= len(toks) || toks[j].Text != "," {
		return false
	}
	if isAge(toks[j+1].Text) {
		// ", 52," and, as translations write it, ", 45 years,"
		return toks[j+2].Text == "," || j+3 < len(toks) && toks[j+2].Text == "years" && toks[j+3].Text == ","
	}
	return j+4 < len(toks) && (toks[j+1].Text == "a" || toks[j+1].Text == "an") && isAge(toks[j+2].Text) &&
		toks[j+3].Text == "-" && toks[j+4].Text == "year"
}

// isAge reports a whole number a person's age may be: "52".
func isAge(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n > 0 && n < 120 && len(w) <= 3
}

// knownPeople adds the people of the KB that the recognizer missed: two to
// four capitalised words, hyphenated parts joined ("Lai Ching-te", which
// the tokenizer splits at the hyphen), that no recognized span touches and
// that are a KB person's name or alias.
func (d *doc) knownPeople(named []Named) []Named {
	named = d.knownPeopleWidened(named)
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if covered[[2]int{s, i}] || !isCapitalized(toks[i].Text) || i > 0 && isCapitalized(toks[i-1].Text) {
				continue
			}
			ends := nameRun(toks, s, i, 4, covered, capitalWord)
			for k := len(ends) - 1; k >= 1; k-- {
				if covered[[2]int{s, ends[k] - 1}] {
					continue
				}
				if len(d.r.kb.PeopleNamed(d.spanOf(s, i, ends[k]).In(d.text))) > 0 {
					out = append(out, Named{Sentence: s, Start: i, End: ends[k], Type: chronicle.Person})
					i = ends[k] - 1
					break
				}
			}
		}
	}
	return out
}

// splitKnownNames joins two recognized spans that touch when the whole is
// a body or a people the KB knows: the recognizer made "[Greek]
// [Cypriots]" two peoples.
func (d *doc) splitKnownNames(named []Named) []Named {
	slices.SortFunc(named, func(a, b Named) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	out := make([]Named, 0, len(named))
	for _, n := range named {
		if k := len(out) - 1; k >= 0 && out[k].Sentence == n.Sentence && out[k].End == n.Start {
			if org, ok := d.r.kb.Org(d.spanOf(n.Sentence, out[k].Start, n.End).In(d.text)); ok {
				out[k].End = n.End
				out[k].Type = chronicle.Organization
				if org.Type == "NORP" {
					out[k].Type = chronicle.Nationality
				}
				continue
			}
		}
		out = append(out, n)
	}
	return out
}

// knownPeopleWidened widens a name over the one or two capitalised words
// before it when the whole is a KB person's name: the recognizer found
// "Sharma Oli" in "Prime Minister KP Sharma Oli", and took "Lam" of
// "General Secretary To Lam" for a place. The wider name is a person's;
// names inside it go.
func (d *doc) knownPeopleWidened(named []Named) []Named {
	var inside []Named
	out := slices.Clone(named)
	for j, n := range out {
		if n.Type == chronicle.Organization || n.Type == chronicle.EventName {
			continue
		}
		toks := d.sents[n.Sentence].Tokens
		for k := 2; k >= 1; k-- {
			a := n.Start - k
			if a < 0 || !isCapitalized(toks[a].Text) || !isCapitalized(toks[n.Start-1].Text) ||
				len(d.r.kb.PeopleNamed(d.spanOf(n.Sentence, a, n.End).In(d.text))) == 0 ||
				len(d.r.kb.PeopleNamed(d.spanOf(n.Sentence, n.Start, n.End).In(d.text))) > 0 {
				continue
			}
			for _, m := range out {
				if m.Sentence == n.Sentence && m.Start >= a && m.End <= n.Start {
					inside = append(inside, m)
				}
			}
			out[j].Start, out[j].Type = a, chronicle.Person
			break
		}
	}
	return slices.DeleteFunc(out, func(n Named) bool { return slices.Contains(inside, n) })
}

// knownPeopleInBodies ends a body's span that the recognizer ran over a
// KB person's name at its end ("[Commissioner for Human Rights Volker
// Turk]"): the name is the person's, the words before it a title.
func (d *doc) knownPeopleInBodies(named []Named) []Named {
	out := slices.Clone(named)
	for j, n := range out {
		if n.Type != chronicle.Organization && n.Type != chronicle.Location && n.Type != chronicle.GeoPolitical || n.End-n.Start < 3 {
			continue // (and a place's: "the President of the [Republic Abdelmadjid Tebboune]")
		}
		for k := n.End - 2; k > n.Start; k-- {
			if len(d.r.kb.PeopleNamed(d.spanOf(n.Sentence, k, n.End).In(d.text))) > 0 {
				out[j].Start, out[j].Type = k, chronicle.Person
				break
			}
		}
	}
	return out
}

// bodiesBeforeTitles ends a body's name that the recognizer ran into the
// title of its officer: "[International Maritime Organization Secretary]-
// General Arsenio Dominguez" is the KB's body, then the title.
func (d *doc) bodiesBeforeTitles(named []Named) []Named {
	out := slices.Clone(named)
	for i, n := range out {
		if n.Type != chronicle.Organization || n.End-n.Start < 3 {
			continue
		}
		last := d.sents[n.Sentence].Tokens[n.End-1].Text
		if _, title := titleSector(strings.ToLower(last)); title && d.knownBody(d.spanOf(n.Sentence, n.Start, n.End-1).In(d.text)) {
			out[i].End--
		}
	}
	return out
}

// portfoliosJoined widens a body's name that the recognizer ended before
// "and" when its name names a portfolio and the capitalised words after
// "and" end the name: "the Ministry of Communication [and Information
// Technology]", "Department of Health and Social Care".
func (d *doc) portfoliosJoined(named []Named) []Named {
	out := slices.Clone(named)
	people := map[[2]int]bool{} // the tokens of people's names, which no portfolio holds
	for _, n := range named {
		if n.Type == chronicle.Person {
			for k := n.Start; k < n.End; k++ {
				people[[2]int{n.Sentence, k}] = true
			}
		}
	}
	for i, n := range out {
		toks := d.sents[n.Sentence].Tokens
		if n.Type != chronicle.Organization || n.End-n.Start < 3 || n.End+1 >= len(toks) ||
			!slices.ContainsFunc(toks[n.Start:n.End], func(t chronicle.Token) bool { return t.Text == "of" }) ||
			institutionHeads[toks[n.Start].Text] != chronicle.Organization && toks[n.Start].Text != "Department" {
			continue
		}
		// "Ministry of Foreign Affairs, National Community Abroad and
		// African Affairs": fields listed with commas before the "and".
		and := n.End
		for and+1 < len(toks) && toks[and].Text == "," && isCapitalized(toks[and+1].Text) {
			k := and + 1
			for k < len(toks) && k-and <= 4 && isCapitalized(toks[k].Text) && institutionHeads[toks[k].Text] == "" &&
				!people[[2]int{n.Sentence, k}] {
				k++
			}
			if k == and+1 || k-and > 4 {
				break
			}
			and = k
		}
		if and+1 >= len(toks) || toks[and].Text != "and" {
			continue
		}
		j := and + 1
		for j < len(toks) && j-and <= 3 && isCapitalized(toks[j].Text) && institutionHeads[toks[j].Text] == "" {
			j++
		}
		if j == and+1 || j-and > 3 || j < len(toks) && (isCapitalized(toks[j].Text) || isPossessive(toks[j].Text)) ||
			d.knownPlace(toks[and+1].Text) || and > n.End && people[[2]int{n.Sentence, and + 1}] {
			continue // not "the Ministry of Defence and Russia's FSB"
		}
		out[i].End = j
		for k := range out {
			if k != i && out[k].Sentence == n.Sentence && out[k].Start > n.End && out[k].End <= j {
				out[k].Type = "" // inside the wider name
			}
		}
	}
	return slices.DeleteFunc(out, func(n Named) bool { return n.Type == "" })
}

// namesRunOn splits a body's or place's span that the recognizer ran on into
// the name of the person after it: "The Chairman of the [Parliament Shalva
// Papuashvili] answered", "Speaker of the [House of Representatives Tajudeen
// Abbas]", "Professor of the Faculty of Economics in
// [Belgrade Jelena Milosavljevic] estimated". The span opens on a body word
// after "the", or is a person's that opens on a known place after "in" or
// "from" ("of Ukraine" may end a body's name), and the two or three
// capitalised words after it are no place or body the KB knows, nor words
// of bodies' names.
func (d *doc) namesRunOn(named []Named) []Named {
	out := make([]Named, 0, len(named))
	for _, n := range named {
		toks := d.sents[n.Sentence].Tokens
		if n.Type != chronicle.Person && n.End-n.Start >= 3 && n.End < len(toks) && kyrgyzPatronymics[toks[n.End].Text] {
			// "the Jogorku Kenesh Nurlanbek Turgunbek uulu": the two words
			// before a Kyrgyz "son of" or "daughter of" are a person's.
			out = append(out, Named{Sentence: n.Sentence, Start: n.Start, End: n.End - 2, Type: n.Type},
				Named{Sentence: n.Sentence, Start: n.End - 2, End: n.End + 1, Type: chronicle.Person})
			continue
		}
		if n.Start == 0 || n.End < len(toks) && isCapitalized(toks[n.End].Text) {
			out = append(out, n)
			continue
		}
		split, place := d.nameRunOnAt(n)
		if split < 0 {
			out = append(out, n)
			continue
		}
		opening := Named{Sentence: n.Sentence, Start: n.Start, End: split, Type: chronicle.Organization}
		if place {
			opening.Type = chronicle.GeoPolitical
		}
		out = append(out, opening, Named{Sentence: n.Sentence, Start: split, End: n.End, Type: chronicle.Person})
	}
	return out
}

// unitWords end the names of a body's programmes and units, which follow
// the body's name as a person's would: "Solomon Islands Police Development
// Program", "United Nations Interim Force".
var unitWords = map[string]bool{"Program": true, "Programme": true, "Project": true, "Force": true, "Forces": true,
	"Mission": true, "Initiative": true, "Service": true, "Unit": true, "Agency": true, "Authority": true,
	"Committee": true, "Commission": true, "Council": true, "Team": true, "Network": true}

// envoyBefore tells whether an envoy's title comes within the twelve
// words before token i ("Ambassador of the Islamic Republic of Iran" before
// "to").
func envoyBefore(toks []chronicle.Token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "ambassador", "envoy", "representative", "consul":
			return true
		}
	}
	return false
}

// givenNamesCutOff mends a body's span that took in a person's
// given name whose surname, after a lower-case particle, the recognizer
// left out of it: "[European Commission Ursula] von der [Leyen]" is the
// Commission and Ursula von der Leyen.
func (d *doc) givenNamesCutOff(named []Named) []Named {
	out := make([]Named, 0, len(named))
	for _, n := range named {
		toks := d.sents[n.Sentence].Tokens
		k := n.End
		for k < len(toks) && k-n.End < 3 && nameParticles[toks[k].Text] {
			k++
		}
		last := toks[n.End-1].Text
		if n.Type != chronicle.Organization || n.End-n.Start < 2 || k == n.End || k >= len(toks) || !capitalWord(toks[k].Text) ||
			!maleNames[last] && !femaleNames[last] || !isCapitalized(toks[n.End-2].Text) {
			out = append(out, n)
			continue
		}
		n.End--
		out = append(out, n, Named{Sentence: n.Sentence, Start: n.End, End: k + 1, Type: chronicle.Person})
	}
	return out
}

// givenNamesAfterHonorifics mends a person's span that left out a given
// name the recognizer took for a common word, when a courtesy title opens
// it: "Minister Dr [Anxious Masuka]", not "Dr Anxious [Masuka]". After
// "Dr" or "Mrs" the capitalized word can only be the name's; so can one
// between a calling and a name of two words ("political scientist Binod
// [Raj Adhikari]").
func (d *doc) givenNamesAfterHonorifics(named []Named) []Named {
	covered := coveredTokens(named)
	out := make([]Named, 0, len(named))
	for _, n := range named {
		toks := d.sents[n.Sentence].Tokens
		if g := n.Start - 1; n.Type == chronicle.Person && g >= 1 && !covered[[2]int{n.Sentence, g}] &&
			capitalWord(toks[g].Text) && !text.Honorific(toks[g].Text) && !d.isTitleWord(toks[g].Text) &&
			!styleSeconds[toks[g].Text] && (text.Honorific(toks[g-1].Text) || d.givenNameAfterCalling(n, g)) {
			n.Start = g
		}
		out = append(out, n)
	}
	return out
}

// givenNameAfterCalling tells whether the capitalised word at token g,
// between a calling in lower case and a name of two words, is the name's
// first: "political scientist [Binod] Raj Adhikari". No place, body or
// people the KB knows is.
func (d *doc) givenNameAfterCalling(n Named, g int) bool {
	toks := d.sents[n.Sentence].Tokens
	w := toks[g].Text
	return n.End-n.Start == 2 && isLowerWord(toks[g-1].Text) && (d.isTitleWord(toks[g-1].Text) || callingsBeforeNames[toks[g-1].Text]) &&
		!d.knownPlace(w) && !d.knownBody(w) && !d.isDemonym(w) && !isAllCaps(w)
}

// styleSeconds continue a Malaysian style rather than open a name: "Datuk
// Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Datuk Seri Panglima
// Hajiji Noor".
var styleSeconds = map[string]bool{"Seri": true, "Sri": true, "Wira": true, "Paduka": true, "Panglima": true, "Utama": true}

// fieldsListedBeforeBodies widens a body's name that ends on its kind
// ("Commission", "Union") over the fields listed before it, which the
// recognizer cut off or took for names of their own: "[Refugee Relief] and
// [Repatriation Commission]", "[Kenya Medical Practitioners], [Pharmacists
// and Dentists Union]", "Meteorology, [Climatology] and [Geophysics
// Agency]". Each field is a run of one to four capitalized words that is no
// body, place or person the KB knows ("Apple and Samsung Electronics" stay
// two).
func (d *doc) fieldsListedBeforeBodies(named []Named) []Named {
	var ed spanEdits
	for _, n := range named {
		toks := d.sents[n.Sentence].Tokens
		if n.End-n.Start < 2 || !listedBodyKinds[strings.ToLower(toks[n.End-1].Text)] {
			continue
		}
		joined := slices.ContainsFunc(toks[n.Start:n.End], func(t chronicle.Token) bool { return t.Text == "and" })
		start, k := n.Start, n.Start-1
		for fields := 0; k >= 1 && fields < 4; fields++ {
			switch {
			case toks[k].Text == "and" && fields == 0 && !joined:
				joined = true
			case toks[k].Text == "," && (fields > 0 || joined):
			default:
				k = -1 // no separator: the list ends
			}
			if k < 1 {
				break
			}
			j := k - 1
			for j >= 0 && k-1-j < 4 && capitalWord(toks[j].Text) {
				j--
			}
			if j == k-1 || j >= 0 && capitalWord(toks[j].Text) {
				break // no field, or one too long to be one
			}
			field := d.spanOf(n.Sentence, j+1, k).In(d.text)
			if d.knownBody(field) || d.knownPlace(field) || len(d.r.kb.PeopleNamed(field)) > 0 {
				break
			}
			start, k = j+1, j
		}
		if start == n.Start || !joined {
			continue
		}
		ed.takeOver(named, Named{Sentence: n.Sentence, Start: start, End: n.End, Type: chronicle.Organization},
			func(o Named) bool {
				return o.Start >= start && !d.knownBody(d.spanOf(o.Sentence, o.Start, o.End).In(d.text))
			})
	}
	return ed.applied(named)
}

// listedBodyKinds end the names of bodies whose fields a list names:
// "Refugee Relief and Repatriation Commission".
var listedBodyKinds = map[string]bool{"commission": true, "committee": true, "council": true, "authority": true,
	"agency": true, "union": true, "company": true, "party": true, "organization": true, "organisation": true,
	"institute": true, "board": true, "association": true, "federation": true, "corporation": true, "service": true,
	"bureau": true, "chamber": true, "directorate": true, "fund": true, "foundation": true, "front": true,
	"alliance": true, "movement": true, "coalition": true, "initiative": true}

// patronymicNames adds the Kyrgyz names the recognizer missed: two
// capitalised words before "uulu" or "kyzy" that no recognized span covers
// ("the Jogorku Kenesh Nurlanbek Turgunbek uulu"), and a body the KB knows
// right before them.
func (d *doc) patronymicNames(named []Named) []Named {
	covered := coveredTokens(named)
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 2; i < len(toks); i++ {
			if kyrgyzPatronymics[toks[i].Text] && !covered[[2]int{s, i - 1}] && !covered[[2]int{s, i - 2}] &&
				capitalWord(toks[i-1].Text) && capitalWord(toks[i-2].Text) {
				named = append(named, Named{Sentence: s, Start: i - 2, End: i + 1, Type: chronicle.Person})
				for a := max(0, i-6); a < i-2; a++ { // and the body the recognizer missed before it
					if d.knownBody(d.spanOf(s, a, i-2).In(d.text)) && !covered[[2]int{s, a}] {
						named = append(named, Named{Sentence: s, Start: a, End: i - 2, Type: chronicle.Organization})
						break
					}
				}
			}
		}
	}
	return named
}

// kyrgyzPatronymics end Kyrgyz names in lower case: "uulu" (son of), "kyzy"
// (daughter of).
var kyrgyzPatronymics = map[string]bool{"uulu": true, "kyzy": true}

// nameRunOnAt returns where the person's name that ends span n starts, and
// whether what opens the span is a place; -1 when the span is no body or
// place run into a name. The opening is a body word after "the" ("the
// [Parliament] Shalva Papuashvili"), a body of three words ("the [House of
// Representatives] Tajudeen Abbas"), a body's name ending on the word of
// its kind or one the KB knows, after "of", "at" or "the" ("the lecturer
// of the [Ho Chi Minh National Academy of Politics] Nguyen Van Hung", "the
// correspondent of [Armenpress] Armen Hovhannisyan"), or for a person's
// span a known place after "in" or "from". The name is two or three
// capitalised words, none in capitals, of a body, a firm or a place.
func (d *doc) nameRunOnAt(n Named) (int, bool) {
	toks := d.sents[n.Sentence].Tokens
	first, before := toks[n.Start].Text, strings.ToLower(toks[n.Start-1].Text)
	isName := func(split int) bool {
		if rest := n.End - split; rest < 2 || rest > 3 {
			return false
		}
		tail := d.spanOf(n.Sentence, split, n.End).In(d.text)
		if _, org := d.r.kb.Org(tail); org || d.knownPlace(tail) {
			return false
		}
		return !slices.ContainsFunc(toks[split:n.End], func(t chronicle.Token) bool {
			return !capitalWord(t.Text) || strings.ToUpper(t.Text) == t.Text || institutionHeads[t.Text] != "" || firmWord(t.Text) ||
				officeBodies[t.Text] || bodyEnds[t.Text]
		})
	}
	switch {
	case n.Type != chronicle.Person && before == "the" && officeBodies[first] && isName(n.Start+1):
		return n.Start + 1, false
	case n.Type != chronicle.Person && before == "the" && officeBodies[first] && n.End-n.Start >= 5 &&
		toks[n.Start+1].Text == "of" && capitalWord(toks[n.Start+2].Text) && isName(n.Start+3):
		return n.Start + 3, false // "the House of Representatives Tajudeen Abbas"
	case n.Type == chronicle.Person && (placeWordBefore(before) || before == "the" && n.Start >= 2 && toks[n.Start-2].Text == "of") &&
		n.End-n.Start >= 4 &&
		d.knownPlace(d.spanOf(n.Sentence, n.Start, n.Start+2).In(d.text)) && isName(n.Start+2):
		return n.Start + 2, true // "received in [Abu Dhabi Anthony Albanese], Prime Minister of Australia"
	case before == "of" || before == "the" && n.Start >= 2 && toks[n.Start-2].Text == "of" || before == "to" && envoyBefore(toks, n.Start-1):
		// "the Minister of Foreign Affairs of the [Lao People's Democratic
		// Republic Thongsavanh Phomvihane]": a country's formal name run
		// into the name of its official; so too "Ambassador of Iran to
		// [Pakistan Reza Amiri Moghadam]".
		// (A country of one word only where the recognizer called the
		// whole a place: "of the Parliament of [Georgia Shalva
		// Papuashvili]", not "a fan of Jordan Henderson" nor "the
		// National Museum of the [U.S. Air Force]".)
		for split := n.End - 2; split >= n.End-3 && (split > n.Start+1 || split > n.Start && (n.Type == chronicle.Location || n.Type == chronicle.GeoPolitical)); split-- {
			place := d.spanOf(n.Sentence, n.Start, split).In(d.text)
			_, country := d.r.kb.CountryByName(place)
			_, region := d.namedDivision(place) // "The Governor of [Primorsky Krai Oleg Kozhemyako]"
			if (country || region) && isName(split) {
				return split, true
			}
		}
	}
	switch {
	case n.Type == chronicle.Person && placeWordBefore(before) && d.knownPlace(first) &&
		!maleNames[first] && !femaleNames[first] && isName(n.Start+1):
		return n.Start + 1, true
	}
	if n.Type == chronicle.Organization {
		// "President of the [National Assembly of Laos Saysomphone
		// Phomvihane]": a body the KB knows, then a name.
		for split := n.End - 2; split >= n.End-3 && split > n.Start; split-- {
			if _, org := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, split).In(d.text)); org && isName(split) &&
				!unitWords[toks[n.End-1].Text] {
				return split, false
			}
		}
	}
	if before != "the" && before != "of" && before != "at" && bodyNouns[before] == nil || n.End == len(toks) ||
		n.End+1 == len(toks) && toks[n.End].Text == "." {
		return -1, false
	}
	for split := n.End - 2; split >= n.End-3 && split > n.Start; split-- {
		last := toks[split-1].Text
		given := maleNames[toks[split].Text] || femaleNames[toks[split].Text]
		// "the [National Assembly of Belarus Natalya Kochanova]": a body
		// of a country, named with it.
		ofPlace := split-n.Start > 2 && toks[split-2].Text == "of" && d.knownPlace(last)
		if placeAfterName[toks[n.End].Text] && !given && !bodyEnds[last] && !officeBodies[last] && !ofPlace {
			// Not a body named after someone: "a political scientist at
			// the Andean University Simon Bolivar in Quito". A name run on
			// is followed by what its person does or is, unless it opens
			// on a given name ("the Russian Academy of Sciences Nikolai
			// Korovin in the conversation with TASS") or the body's name
			// ends on a word no one's name follows ("the Ministry of
			// Foreign Affairs Esmaeil Baghaei at the weekly press
			// conference").
			continue
		}
		// A body the KB knows opens the span when it is a medium ("the
		// correspondent of Armenpress Armen Hovhannisyan") or a given name
		// opens the name after it; not "UN Climate Change".
		org, known := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, split).In(d.text))
		known = known && org.Type == chronicle.Organization && (org.Sector == "MED" || given)
		// A firm's name may go on past its head word ("Sino-Metals Leach
		// Zambia"), and a university's may be a person's ("the Andean
		// University Simon Bolivar in Quito").
		firm := orgNameHeads[last] && !slices.ContainsFunc(toks[split:n.End], func(t chronicle.Token) bool {
			return d.knownPlace(t.Text)
		})
		institution := institutionHeads[last] == chronicle.Organization && !placeAfterName[toks[n.End].Text]
		// "the director of the [Kyiv Institute for Economic Strategies]
		// Andriy Marchenko": a body's head word with "for" or "of" inside
		// its name, and a given name after it.
		headInside := false
		for k := n.Start; given && k+2 < split; k++ {
			t := toks[k].Text
			headInside = headInside || (institutionHeads[t] == chronicle.Organization || officeBodies[t] || bodyEnds[t]) &&
				(toks[k+1].Text == "for" || toks[k+1].Text == "of")
		}
		kind := split-n.Start > 1 && (institution || officeBodies[last] || bodyEnds[last] || firm || ofPlace || headInside)
		if (known || kind) && isName(split) && !slices.ContainsFunc(toks[split:n.End], func(t chronicle.Token) bool {
			return t.UPOS != "" && t.UPOS != "PROPN" // not "Independent Commission Against Corruption"
		}) {
			return split, false
		}
	}
	return -1, false
}

// placeWordBefore tells whether w, before a person's span that opens on a
// place, makes the place where or of what the person is: "received in [Abu
// Dhabi Anthony Albanese]", "Special Envoy for [Syria Geir Pedersen]".
func placeWordBefore(w string) bool {
	return w == "in" || w == "from" || w == "for" || w == "of"
}

// placeAfterName are the words that go on from a body's name to where it
// is or what it does, not from a person's to what they do.
var placeAfterName = map[string]bool{"in": true, "of": true, "at": true, "on": true, "for": true, "from": true, "to": true,
	"and": true}

// bodyEnds are words that end bodies' names, beside the heads of
// institutions and the bodies of offices: "Centre for Strategic Studies",
// "National Academy of Politics".
var bodyEnds = map[string]bool{"Studies": true, "Politics": true, "Academy": true, "Centre": true, "Center": true,
	"Administration": true, "Office": true, "Research": true, "Sciences": true, "Affairs": true, "Municipality": true,
	"Governorship": true, "Market": true, "Secretariat": true, "Directorate": true, "Mayoralty": true}

// portfolioRunOn cuts off the front of a person's name that the recognizer
// ran over the end of a minister's portfolio: "Minister of Foreign Affairs
// and [Emigration Badr Abdelatty]" names Badr Abdelatty. Words go while
// more than two are left and the first is no first name.
func (d *doc) portfolioRunOn(named []Named) []Named {
	out := slices.Clone(named)
	for k, n := range out {
		toks := d.sents[n.Sentence].Tokens
		if n.Type != chronicle.Person || n.End-n.Start < 3 || n.Start < 3 || toks[n.Start-1].Text != "and" && toks[n.Start-1].Text != "," ||
			portfolioFieldAt(toks, n.Start) < 0 {
			continue
		}
		for out[k].End-out[k].Start > 2 && !maleNames[toks[out[k].Start].Text] && !femaleNames[toks[out[k].Start].Text] {
			out[k].Start++
		}
	}
	return out
}

// portfolioFields drops the bodies the recognizer found in a minister's
// portfolio: "Minister for Pacific Island Affairs", "Minister of Foreign
// Affairs" name an office, whose field is no organisation of the story. A
// body the KB knows ("Secretary-General of the United Nations") stays.
func (d *doc) portfolioFields(named []Named) []Named {
	return slices.DeleteFunc(slices.Clone(named), func(n Named) bool {
		toks := d.sents[n.Sentence].Tokens
		if n.Type != chronicle.Organization || n.Start < 2 || toks[n.Start-1].Text != "for" && toks[n.Start-1].Text != "of" {
			return false
		}
		if t, ok := text.TitleWord(strings.ToLower(toks[n.Start-2].Text)); !ok || t.Plural || !portfolioTitles[strings.ToLower(toks[n.Start-2].Text)] {
			return false
		}
		_, known := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, n.End).In(d.text))
		return !known
	})
}

// portfolioTitles hold a portfolio named after "for" or "of".
var portfolioTitles = map[string]bool{"minister": true, "secretary": true, "commissioner": true}

// headlineNames drops the names the recognizer found in a headline written
// in title case ("Mamdani Wins New York Mayor's Race") that neither the KB
// nor the article's body knows: capitals there say nothing, and the sweeps
// that follow find the body's people and places in it ("Mamdani").
func (d *doc) headlineNames(named []Named) []Named {
	if len(d.sents) < 2 || !d.titleCase(0) {
		return named
	}
	body := d.text[d.sents[1].Start:]
	return slices.DeleteFunc(slices.Clone(named), func(n Named) bool { // the caller keeps the recognizer's list too
		if n.Sentence != 0 || n.Type == chronicle.GeoPolitical || n.Type == chronicle.Location {
			return false
		}
		name := d.spanOf(0, n.Start, n.End).In(d.text)
		if strings.Contains(body, name) || len(d.r.kb.PeopleNamed(name)) > 0 {
			return false
		}
		_, org := d.r.kb.Org(name)
		return !org
	})
}

// titleCase tells whether sentence s is a line of its own, with no full
// stop and no byline's "By", that capitalises all its words of four letters
// or more, as headlines in title case do.
func (d *doc) titleCase(s int) bool {
	toks := d.sents[s].Tokens
	if len(toks) == 0 || toks[len(toks)-1].Text == "." || strings.EqualFold(toks[0].Text, "By") ||
		!strings.HasPrefix(d.text[toks[len(toks)-1].End:], "\n") {
		return false
	}
	long, capital := 0, 0
	for _, t := range toks {
		if len(t.Text) < 4 || !isWordToken(t.Text) {
			continue
		}
		long++
		if isCapitalized(t.Text) {
			capital++
		}
	}
	return long >= 3 && capital == long
}

// describedBodies adds the bodies the recognizer missed before a comma and
// a description that says what they are: "Unite, the union representing
// bin workers, said". A body is one to three capitalised words that no
// recognized span touches, the KB does not know as a place, and that open
// the sentence or follow a comma.
func (d *doc) describedBodies(named []Named) []Named {
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+3 < len(toks); i++ {
			if i > 0 && toks[i-1].Text != "," || covered[[2]int{s, i}] || !isCapitalized(toks[i].Text) {
				continue
			}
			j := i
			for j < len(toks) && j-i < 3 && isCapitalized(toks[j].Text) && isWordToken(toks[j].Text) && !covered[[2]int{s, j}] {
				j++
			}
			if j == i || j+2 >= len(toks) || toks[j].Text != "," || !isDeterminer(toks[j+1].Text) ||
				!bodyKinds[toks[j+2].Text] && !bodyKinds[d.appositiveHead(s, j)] {
				continue // "Unite, the union representing …", "Red Electrica, the national grid operator,"
			}
			name := d.spanOf(s, i, j).In(d.text)
			if d.knownPlace(name) || d.isTitleWord(toks[i].Text) {
				continue
			}
			out = append(out, Named{Sentence: s, Start: i, End: j, Type: chronicle.Organization})
			i = j
		}
	}
	return out
}

// bodiesAfterDescription adds the bodies the recognizer missed after a
// description that says what they are, between commas: "The Portuguese
// grid operator, REN, was more direct", "the country's biggest union,
// Unite, said". The description opens on a determiner or a possessive and
// ends on a body's kind; the body is one to three capitalised words that no
// recognized span touches and the KB does not know as a place.
func (d *doc) bodiesAfterDescription(named []Named) []Named {
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 3; i+1 < len(toks); i++ {
			kind := toks[i-2].Text
			if toks[i-1].Text != "," || !bodyKinds[kind] && !firmNouns[kind] || covered[[2]int{s, i}] || !isCapitalized(toks[i].Text) {
				continue
			}
			opened := false
			for k := i - 3; k >= 0 && k >= i-7; k-- {
				if isDeterminer(toks[k].Text) || isPossessive(toks[k].Text) {
					opened = true
					break
				}
				if !isLowerWord(toks[k].Text) && !isCapitalized(toks[k].Text) {
					break
				}
			}
			j := i
			for j < len(toks) && j-i < 3 && isCapitalized(toks[j].Text) && isWordToken(toks[j].Text) && !covered[[2]int{s, j}] {
				j++
			}
			if !opened || j == i || j >= len(toks) || toks[j].Text != "," && toks[j].Text != "." {
				continue
			}
			name := d.spanOf(s, i, j).In(d.text)
			if d.knownPlace(name) || d.isTitleWord(toks[i].Text) || maleNames[toks[i].Text] || femaleNames[toks[i].Text] {
				continue
			}
			out = append(out, Named{Sentence: s, Start: i, End: j, Type: chronicle.Organization})
			i = j
		}
	}
	return out
}

// platformNames adds the platforms the recognizer missed after a platform
// noun ("the messaging platform Discord") or listed among social platforms
// the KB knows ("Facebook, Instagram, Threads, Snapchat"): one or two
// capitalised words that no recognized span touches. A one-word person
// after a platform noun becomes the platform.
func (d *doc) platformNames(named []Named) []Named {
	covered := coveredTokens(named)
	for k, n := range named {
		if toks := d.sents[n.Sentence].Tokens; n.Type == chronicle.Person && n.End-n.Start == 1 && n.Start > 0 &&
			platformNouns[toks[n.Start-1].Text] {
			named[k].Type = chronicle.Organization // "the chat platform Kolibri", not a person
		}
	}
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i < len(toks); i++ {
			if covered[[2]int{s, i}] || !capitalWord(toks[i].Text) || len(toks[i].Text) < 2 || !d.platformAt(toks, i) ||
				toks[i-1].Text == "on" || toks[i-1].Text == "of" || isQuoteMark(toks[i-1].Text) {
				continue
			}
			j := i + 1
			if j < len(toks) && capitalWord(toks[j].Text) && !covered[[2]int{s, j}] {
				j++
			}
			out = append(out, Named{Sentence: s, Start: i, End: j, Type: chronicle.Organization})
			i = j
		}
	}
	return out
}

// bodiesAfterKinds adds the bodies the recognizer missed right after the
// word of their kind: "state broadcaster VTV", "the party Intymak",
// "Australian miner South32", "Hong Kong newspaper Ta Kung Pao", "state
// railway group Ferrovie dello Stato Italiane". The name is one to six
// tokens, each a capitalised word, an acronym or a word with digits that
// opens on a capital or a digit ("Gabon 1ere"), with the small words of
// foreign names between them ("dello", "por la"); it ends before a
// lower-case word or punctuation, is no title, given name, date, person or
// place the KB knows, and takes over the recognized spans inside it (the
// recognizer read "Kung Pao" as a person).
func (d *doc) bodiesAfterKinds(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+1 < len(toks); i++ {
			kind := toks[i-1].Text
			if !bodyKinds[kind] && !firmNouns[kind] && !unpersonedKinds[kind] || !bodyNameWord(toks[i].Text) || d.isTitleWord(toks[i].Text) ||
				maleNames[toks[i].Text] || femaleNames[toks[i].Text] || text.CalendarWord(toks[i].Text) || text.Honorific(toks[i].Text) {
				continue
			}
			j := i + 1
			for j < len(toks) && j-i < 6 {
				if bodyNameWord(toks[j].Text) {
					j++
					continue
				}
				k := j
				for k < len(toks) && k-j < 2 && foreignNameLinks[toks[k].Text] {
					k++
				}
				if k == j || k >= len(toks) || !bodyNameWord(toks[k].Text) {
					break
				}
				j = k + 1
			}
			if j < len(toks) && (isCapitalized(toks[j].Text) || agedAt(toks, j) || toks[j].Text[0] >= '0' && toks[j].Text[0] <= '9') {
				continue // a longer run than a name, someone's age, or a name with a number ("Fathers 4 Justice")
			}
			name := d.spanOf(s, i, j).In(d.text)
			if len(name) < 2 || d.knownPlace(name) || len(d.r.kb.PeopleNamed(name)) > 0 {
				continue // not the platform X, which platformNames reads
			}
			n := Named{Sentence: s, Start: i, End: j, Type: chronicle.Organization}
			firm := unpersonedKinds[kind]
			if ed.takeOver(named, n, func(in Named) bool { return in.Type != chronicle.Person || in.Start > i || firm }) {
				i = j
			}
		}
	}
	return ed.applied(named)
}

// nicknamedNames joins a person's name that a quoted nickname splits:
// "former President Jorge "Tuto" Quiroga", "Joaquin "El Chapo" Guzman".
// The given name is a person's span or a first name the lists know, the
// nickname one to three capitalised words in quotation marks, and the
// surname one or two capitalised words after them.
func (d *doc) nicknamedNames(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+4 < len(toks); i++ {
			if !isQuoteMark(toks[i+1].Text) || !capitalWord(toks[i].Text) {
				continue
			}
			j := i + 2
			for j < len(toks) && j-i <= 4 && capitalWord(toks[j].Text) {
				j++
			}
			if j == i+2 || j+1 >= len(toks) || !isQuoteMark(toks[j].Text) || !capitalWord(toks[j+1].Text) {
				continue
			}
			start, person := i, maleNames[toks[i].Text] || femaleNames[toks[i].Text]
			for _, n := range named {
				if n.Sentence == s && n.Type == chronicle.Person && n.Start <= i && n.End == i+1 {
					start, person = n.Start, true
				}
			}
			if !person {
				continue
			}
			end := j + 2
			if end < len(toks) && capitalWord(toks[end].Text) && !d.isTitleWord(toks[end].Text) {
				end++
			}
			if ed.takeOver(named, Named{Sentence: s, Start: start, End: end, Type: chronicle.Person}, func(Named) bool { return true }) {
				i = end - 1
			}
		}
	}
	return ed.applied(named)
}

// eventsAfterKinds finds the names of military exercises and the like that
// their kind, in lower case, goes right before and the recognizer missed:
// "the joint strategic exercise Zapad-2025", "the drills Joint Sword".
// The name is one to four capitalised words, with a year or number joined
// by a hyphen.
func (d *doc) eventsAfterKinds(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+1 < len(toks); i++ {
			if !eventKinds[toks[i-1].Text] || !capitalWord(toks[i].Text) || d.isTitleWord(toks[i].Text) {
				continue
			}
			j := i + 1
			for j < len(toks) && j-i < 4 && capitalWord(toks[j].Text) {
				j++
			}
			if j+1 < len(toks) && toks[j].Text == "-" && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End &&
				(bodyNameWord(toks[j+1].Text) || isNumber(toks[j+1].Text)) {
				j += 2 // "Zapad-2025", "Joint Sword-2024A"
			}
			if j < len(toks) && isCapitalized(toks[j].Text) {
				continue
			}
			name := d.spanOf(s, i, j).In(d.text)
			if d.knownPlace(name) || len(d.r.kb.PeopleNamed(name)) > 0 {
				continue // "exercises in Belarus" is no exercise's name
			}
			n := Named{Sentence: s, Start: i, End: j, Type: chronicle.EventName}
			if ed.takeOver(named, n, func(in Named) bool { return in.Type != chronicle.Person }) {
				i = j
			}
		}
	}
	return ed.applied(named)
}

// eventKinds are the nouns that go right before the name of an exercise,
// an operation or a games: "the exercise Zapad-2025".
var eventKinds = map[string]bool{"exercise": true, "exercises": true, "drills": true, "drill": true, "manoeuvres": true,
	"maneuvers": true, "wargames": true}

// bodyNameWord tells whether w can be a word of a body's name after its
// kind: capitalised letters, an acronym, or letters and digits opening on a
// capital or a digit ("South32", "1ere").
func bodyNameWord(w string) bool {
	if capitalWord(w) || isAcronym(w) {
		return true
	}
	letters, digits := false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r):
			digits = true
		default:
			return false
		}
	}
	return letters && digits && (isCapitalized(w) || w[0] >= '0' && w[0] <= '9')
}

// foreignNameLinks are the small words inside the names of foreign bodies:
// "Ferrovie dello Stato", "Mujeres por la Salud", "Observatoire Citoyen des
// Droits Humains"; and English "of", "and", "&".
var foreignNameLinks = map[string]bool{"of": true, "and": true, "&": true, "de": true, "del": true, "della": true,
	"dello": true, "des": true, "du": true, "la": true, "le": true, "por": true, "para": true, "y": true, "et": true,
	"di": true, "da": true, "do": true, "dos": true, "für": true, "und": true}

// bodyKinds are the nouns of a description that says a name is a body's,
// or that follow it in lower case ("the opposition Tisza party").
var bodyKinds = map[string]bool{"union": true, "party": true, "company": true, "firm": true, "charity": true,
	"group": true, "agency": true, "organisation": true, "organization": true, "movement": true, "alliance": true,
	"coalition": true, "think-tank": true, "regulator": true, "watchdog": true, "broadcaster": true, "newspaper": true,
	"collective": true, "conglomerate": true, "carrier": true, "lender": true, "insurer": true, "retailer": true,
	"manufacturer": true, "startup": true, "forwarder": true, "subsidiary": true, "network": true, "association": true,
	"television": true, "radio": true, "daily": true, "bank": true, "cooperative": true, "consortium": true,
	"airline": true, "carmaker": true, "militia": true, "brokerage": true, "federation": true, "consultancy": true,
	"institute": true, "foundation": true, "fund": true, "tank": true, "thinktank": true, "body": true, "forum": true,
	"operator": true, "utility": true}

// bodiesSuchAs types as bodies the names listed after a plural kind of body
// and "such as" or "like": "large retailers such as Aeon and Ito-Yokado",
// "firms like Siemens, ABB and Alstom" (the recognizer read people).
func (d *doc) bodiesSuchAs(named []Named) []Named {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+2 < len(toks); i++ {
			kind := singularNoun(toks[i-1].Text)
			if kind == toks[i-1].Text || !unpersonedKinds[kind] && !bodyKinds[kind] && !firmNouns[kind] {
				continue
			}
			j := i + 1
			if toks[i].Text == "such" && toks[j].Text == "as" {
				j++
			} else if toks[i].Text != "like" {
				continue
			}
			// The list: names joined by commas and "and", each a run of
			// capitalised words.
			for j < len(toks) {
				k := j
				for k < len(toks) && (capitalWord(toks[k].Text) || joinedHyphen(toks, k)) {
					k++
				}
				if k == j {
					break
				}
				for n := range named {
					if named[n].Sentence == s && named[n].Start >= j && named[n].End <= k && named[n].Type == chronicle.Person {
						named[n].Type = chronicle.Organization
					}
				}
				if k < len(toks) && (toks[k].Text == "," || toks[k].Text == "and" || toks[k].Text == "or") {
					j = k + 1
					if j < len(toks) && toks[j].Text == "and" {
						j++
					}
					continue
				}
				break
			}
		}
	}
	return named
}

// unpersonedKinds are the kinds of bodyKinds and firmNouns no person is called
// by, so that a name after one is the firm's even where the recognizer
// read a person ("cosmetics maker Shiseido", "the electoral service
// Servel"; not "miner", "producer" or "union").
var unpersonedKinds = map[string]bool{"company": true, "firm": true, "conglomerate": true, "carrier": true, "lender": true,
	"insurer": true, "manufacturer": true, "startup": true, "subsidiary": true, "airline": true,
	"carmaker": true, "automaker": true, "chipmaker": true, "drugmaker": true, "brokerage": true, "consultancy": true,
	"operator": true, "utility": true, "maker": true, "supermarket": true, "broadcaster": true, "newspaper": true,
	"daily": true, "agency": true, "service": true, "giant": true, "chain": true}

// bodyLeaders are the offices of a body's own people, before "of" and the
// body's name: "co-leader of Te Pati Maori".
var bodyLeaders = map[string]bool{"leader": true, "co-leader": true, "chairman": true, "chairwoman": true, "chair": true,
	"founder": true, "co-founder": true, "member": true, "members": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "secretary-general": true, "treasurer": true}

// ledBodyName tells whether a name taken for a person's follows the office
// of a body's own people and "of" ("co-leader of Te Pati Maori"), with no
// first name to open it: the body's.
func (d *doc) ledBodyName(n Named) bool {
	toks := d.sents[n.Sentence].Tokens
	if n.Type != chronicle.Person || n.Start < 2 || toks[n.Start-1].Text != "of" || maleNames[toks[n.Start].Text] ||
		femaleNames[toks[n.Start].Text] {
		return false
	}
	office := strings.ToLower(toks[n.Start-2].Text)
	if n.Start >= 4 && toks[n.Start-3].Text == "-" {
		office = strings.ToLower(toks[n.Start-4].Text) + "-" + office // "co-leader", split by the tokenizer
	}
	return bodyLeaders[office]
}

// employerOfCalling tells whether a name follows a calling and "at" ("an
// economist at Ardmore Economics", "a senior fellow at the Gulf Policy
// Forum"), where it names the employer: a body, not a place or a person.
func (d *doc) employerOfCalling(n Named) bool {
	toks := d.sents[n.Sentence].Tokens
	k := n.Start - 1
	if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	return k >= 1 && toks[k].Text == "at" && employedCallings[toks[k-1].Text]
}

// listedAfterFirm tells whether a name follows a company the KB knows in a
// list ("BHP, Rio Tinto and Fortescue"), with no first name to open it.
func (d *doc) listedAfterFirm(n Named, ends map[[2]int]Named) bool {
	toks := d.sents[n.Sentence].Tokens
	k := n.Start - 1
	if k < 1 || maleNames[toks[n.Start].Text] || femaleNames[toks[n.Start].Text] {
		return false
	}
	if toks[k].Text != "and" && !(toks[k].Text == "," && n.End < len(toks) && toks[n.End].Text == "and") {
		return false // not "The head of the Russian Direct Investment Fund, Kirill Dmitriev,"
	}
	if toks[k].Text == "and" && toks[k-1].Text == "," {
		k--
	}
	before, ok := ends[[2]int{n.Sentence, k}]
	if !ok {
		return false
	}
	org, known := d.r.kb.Org(d.spanOf(before.Sentence, before.Start, before.End).In(d.text))
	return known && org.Sector == "BUS"
}

// namedAfterBodyNoun tells whether a name restates a body noun before it
// between commas ("Her party, Vente Venezuela, …") or follows a place and
// "-based" ("Karratha-based Redbank Iron"), and opens on no first name.
func (d *doc) namedAfterBodyNoun(n Named) bool {
	toks := d.sents[n.Sentence].Tokens
	if a := n.Start; maleNames[toks[a].Text] || femaleNames[toks[a].Text] || a < 2 {
		return false
	}
	after := n.End < len(toks) && toks[n.End].Text == ","
	return toks[n.Start-1].Text == "," && bodyKinds[toks[n.Start-2].Text] && after && !d.titleOfKind(toks, n.Start-2) ||
		strings.EqualFold(toks[n.Start-1].Text, "based") && toks[n.Start-2].Text == "-"
}

// titleOfKind tells whether the kind of body at token k closes a title or
// a calling held at it: "the president of the bank, Aloizio Mercadante,",
// "the chairman of the regulator Elvira Nabiullina", "A spokesman for the
// movement, Mlungisi Dube,", "The engineer of the construction company
// Elvin Mammadli" name the holder, not the body.
func (d *doc) titleOfKind(toks []chronicle.Token, k int) bool {
	j := k - 1
	for j >= 0 && k-j <= 4 && !isDeterminer(toks[j].Text) && (isLowerWord(toks[j].Text) || isPossessive(toks[j].Text)) {
		j-- // "the construction company", "the ferry's operator"
	}
	if j < 2 || !isDeterminer(toks[j].Text) {
		return false
	}
	switch toks[j-1].Text {
	case "of", "for", "at":
	default:
		return false
	}
	w := toks[j-2].Text
	return d.isTitleWord(w) || text.PrivatePerson(strings.ToLower(w)) || employedCallings[strings.ToLower(w)] || holderWords[strings.ToLower(w)]
}

// holderNameAt tells whether a recognized person's name after a kind of
// body is the holder's: no lower-case word inside it and no place opening
// it, as "Agua y Drenaje de Monterrey" and "Mexico Evalua" have.
func (d *doc) holderNameAt(n Named) bool {
	toks := d.sents[n.Sentence].Tokens
	if n.Type != chronicle.Person || d.knownPlace(toks[n.Start].Text) {
		return false
	}
	for k := n.Start; k < n.End; k++ {
		if isLowerWord(toks[k].Text) && !(k+1 < n.End && toks[k+1].Text == "-") && !arabicArticles[toks[k].Text] {
			return false // ("al-Khatib" holds a particle, not a common word)
		}
	}
	return true
}

// holderWords are callings at a body that no title list holds.
var holderWords = map[string]bool{"member": true, "engineer": true, "manager": true, "employee": true, "official": true,
	"representative": true}

// employedCallings are the callings of people quoted for where they work,
// which "at" and the employer's name follow; not those of people quoted for
// where they are ("a worker at Mariupol").
var employedCallings = map[string]bool{"analyst": true, "economist": true, "strategist": true, "fellow": true,
	"researcher": true, "professor": true, "lecturer": true, "partner": true, "scientist": true, "consultant": true,
	"adviser": true, "advisor": true, "associate": true, "specialist": true, "expert": true, "director": true}

// kindSectors are the sectors the nouns of such a description give, beside
// those of the bodies outside government (nonStateBodies).
var kindSectors = map[string]string{"party": "PTY", "firm": "BUS", "regulator": "GOV", "watchdog": "GOV"}

// theBodies adds the bodies the recognizer missed after "the": one to
// three capitalised words ending in a head noun of a state body ("The
// Security Ministry said", "the Election Commission"), none inside a
// recognized span.
func (d *doc) theBodies(named []Named) []Named {
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "the") {
				continue
			}
			j := i + 1
			for j < len(toks) && j-i <= 3 && isCapitalized(toks[j].Text) && isWordToken(toks[j].Text) && !covered[[2]int{s, j}] {
				j++
			}
			if _, shared := sharedOrgNames[toks[i+1].Text]; shared && j-(i+1) == 1 && (j == len(toks) || toks[j].Text != "of") {
				// "Republicans control the House, the Senate and …": a
				// national body's bare name, read by the story's country.
				out = append(out, Named{Sentence: s, Start: i + 1, End: j, Type: chronicle.Organization})
				continue
			}
			if j-(i+1) == 1 && stateBodyHeadsFirst[toks[i+1].Text] && nameGoesOnWithOf(toks, j) {
				// "the Chamber of Deputies", "the Ministry of Finance", "the
				// Commission on Elections": the head first, then "of", "on"
				// or "for" and one to three capitalised words, perhaps
				// again ("the Office for Control of Foreign Assets").
				k := j + 1
				for k < len(toks) && k-j <= 3 && (isCapitalized(toks[k].Text) && isWordToken(toks[k].Text) ||
					isPossessive(toks[k].Text) && k > j+1) && !covered[[2]int{s, k}] {
					k++
					if k-j > 1 && nameGoesOnWithOf(toks, k) && !covered[[2]int{s, k + 1}] {
						j = k
						k++
					}
				}
				if k > j+1 && (k == len(toks) || !isCapitalized(toks[k].Text)) && !isPossessive(toks[k-1].Text) {
					out = append(out, Named{Sentence: s, Start: i + 1, End: k, Type: chronicle.Organization})
					i = k - 1
				}
				continue
			}
			if j == i+1 && i+3 < len(toks) && d.isDemonym(toks[i+1].Text) {
				// "the Egyptian Presidency", "the Afghan Interim Government":
				// a country's word the recognizer took alone, perhaps a word
				// or two, and the body's head noun.
				h := i + 2
				for h < len(toks) && h < i+4 && isCapitalized(toks[h].Text) && !stateBodyHeads[toks[h].Text] &&
					toks[h].Text != "Government" && !covered[[2]int{s, h}] {
					h++
				}
				if h+1 < len(toks) && (stateBodyHeads[toks[h].Text] || toks[h].Text == "Government") && !covered[[2]int{s, h}] &&
					(!isCapitalized(toks[h+1].Text) || i > 0 && toks[i-1].Text == "of") { // "… of the Afghan Interim Government Amir Khan Muttaqi"
					out = append(out, Named{Sentence: s, Start: i + 1, End: h + 1, Type: chronicle.Organization})
					i = h
					continue
				}
			}
			if j-(i+1) < 2 || !stateBodyHeads[toks[j-1].Text] || j < len(toks) && isCapitalized(toks[j].Text) {
				continue
			}
			out = append(out, Named{Sentence: s, Start: i + 1, End: j, Type: chronicle.Organization})
			i = j - 1
		}
	}
	return out
}

// bodyWordsOffNames cuts from a person's span the head word of a body that
// opens it, the end of the title before the name: "The Chairman of the
// Higher [Committee Mohammad Taha al-Ahmad]", "Chairman of the State Great
// [Khural D.Amarbayasgalan]".
func (d *doc) bodyWordsOffNames(named []Named) []Named {
	for k, n := range named {
		toks := d.sents[n.Sentence].Tokens
		if n.Type != chronicle.Person || n.End-n.Start < 2 || !bodyHeadWord(toks[n.Start].Text) || !isCapitalized(toks[n.Start+1].Text) {
			continue
		}
		named[k].Start++
	}
	return named
}

// bodyHeadWord tells whether w is the head word of a body's name, which
// ends a title before a name: "Committee", "Assembly", "Khural".
func bodyHeadWord(w string) bool {
	return publicBodyHeads[w] || stateBodyHeads[w] || stateBodyHeadsFirst[w] || legislatureNames[w]
}

// legislatureNames are the one-word names of legislatures that end a
// title before a name: "Chairman of the State Great Khural".
var legislatureNames = map[string]bool{"Khural": true, "Kenesh": true, "Majlis": true, "Duma": true, "Rada": true,
	"Sejm": true, "Knesset": true, "Mazhilis": true, "Seimas": true, "Saeima": true, "Riigikogu": true}

// stateBodyHeadsFirst open the names of a state's bodies written head
// first: "the Chamber of Deputies", "the Ministry of Finance".
var stateBodyHeadsFirst = map[string]bool{"Chamber": true, "House": true, "Ministry": true, "Council": true,
	"Office": true, "Department": true, "Court": true, "Assembly": true, "Commission": true, "Cabinet": true}

// stateBodyHeads end the names of a state's bodies that news writes after
// "the" with the field first: "the Security Ministry", "the Election
// Commission".
var stateBodyHeads = map[string]bool{"Ministry": true, "Commission": true, "Agency": true, "Department": true,
	"Office": true, "Directorate": true, "Authority": true, "Council": true, "Committee": true, "Tribunal": true,
	"Assembly": true, "Presidency": true, "Administration": true, "Service": true, "Bureau": true,
	"Inspectorate": true, "Regulator": true}

// datesNotNames drops the recognized names that are a month or a day
// written as a date, such as a dateline's "Aug 1", which the recognizer may
// take for a place, and cuts a name where it runs on into a date
// ("Constitutional Court on Tuesday").
func (d *doc) datesNotNames(named []Named) []Named {
	for i, n := range named {
		if !d.valid(n) {
			continue
		}
		toks := d.sents[n.Sentence].Tokens
		for k := n.Start; k < n.End-1; k++ {
			if dateLeads[strings.ToLower(toks[k].Text)] && text.CalendarWord(toks[k+1].Text) &&
				!(k+2 == n.End && toks[k].Text == "on" && toks[k+1].Text == "Sunday") { // "The Mail on Sunday"
				named[i].End = k // "[Constitutional Court] on Tuesday"; "On Wednesday" names nothing
				break
			}
		}
	}
	return slices.DeleteFunc(named, func(n Named) bool {
		if !d.valid(n) {
			return true
		}
		toks := d.sents[n.Sentence].Tokens
		if n.End-n.Start != 1 || n.Type == chronicle.Person {
			return false // "Theresa May"
		}
		w := strings.TrimSuffix(toks[n.Start].Text, ".")
		if text.CalendarWord(w) {
			return true
		}
		return monthAbbreviations[w] && n.End < len(toks) && isAge(toks[n.End].Text)
	})
}

// dateLeads are the words that open a date after a name: "on Tuesday",
// "in March".
var dateLeads = map[string]bool{"on": true, "in": true, "last": true, "this": true, "next": true, "late": true,
	"early": true}

// monthAbbreviations are the short forms of months that datelines use.
var monthAbbreviations = map[string]bool{"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true}

// possessiveSplits cuts a recognized name at a double quote mark inside it,
// and parts one that runs over a possessive
// into the two names it joins: "[Central Bank of Egypt]'s [Monetary Policy
// Committee]", "[Kenya]'s [Energy Ministry]". The first must be a name the
// KB knows or one of several words with "of" inside, and the second of two
// words or more, so "Prince's Trust" and "New People's Party" stay whole.
func (d *doc) possessiveSplits(named []Named) []Named {
	out := make([]Named, 0, len(named))
	for _, n := range named {
		// No name runs on over a double quote mark: "dubbing [Mr Brown]
		// “Sir Wastealot”" is a name and a nickname.
		toks := d.sents[n.Sentence].Tokens
		for k := n.Start + 1; k < n.End; k++ {
			if isQuoteMark(toks[k].Text) {
				n.End = k
				break
			}
		}
		first, second, ok := d.possessiveSplit(n)
		if !ok {
			out = append(out, n)
			continue
		}
		out = append(out, first, second)
	}
	return out
}

// possessivePlaces joins a town whose name holds a possessive ("Cox's
// Bazar", "St. John's"), which the recognizer splits at it or misses, into
// one place when the KB knows the whole as a town; the spans inside it go.
func (d *doc) possessivePlaces(named []Named) []Named {
	var joined []Named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for k := 1; k+1 < len(toks); k++ {
			if w := strings.ToLower(toks[k].Text); w != "'s" && w != "’s" || !isCapitalized(toks[k-1].Text) || !isCapitalized(toks[k+1].Text) {
				continue
			}
			name := strings.ReplaceAll(d.spanOf(s, k-1, k+2).In(d.text), "’", "'")
			if len(d.r.kb.Cities(name)) > 0 {
				joined = append(joined, Named{Sentence: s, Start: k - 1, End: k + 2, Type: chronicle.GeoPolitical})
			}
		}
	}
	if len(joined) == 0 {
		return named
	}
	out := slices.DeleteFunc(slices.Clone(named), func(n Named) bool {
		return slices.ContainsFunc(joined, func(j Named) bool {
			return j.Sentence == n.Sentence && n.Start < j.End && j.Start < n.End
		})
	})
	return append(out, joined...)
}

func (d *doc) possessiveSplit(n Named) (first, second Named, ok bool) {
	if n.Type != chronicle.Organization && n.Type != chronicle.GeoPolitical && n.Type != chronicle.Facility {
		return first, second, false
	}
	toks := d.sents[n.Sentence].Tokens
	for k := n.Start + 1; k < n.End-2; k++ {
		if w := toks[k].Text; (w != "'s" && w != "’s") || !isCapitalized(toks[k-1].Text) || !isCapitalized(toks[k+1].Text) {
			continue
		}
		first = Named{Sentence: n.Sentence, Start: n.Start, End: k, Type: n.Type}
		name := d.spanOf(n.Sentence, n.Start, k).In(d.text)
		if _, known := d.countryNamed(name); known || len(d.r.kb.Cities(name)) > 0 {
			first.Type = chronicle.GeoPolitical
		} else if _, known := d.r.kb.Org(name); known {
			first.Type = chronicle.Organization
		} else if !d.hasOfInside(n.Sentence, n.Start, k) {
			return first, second, false
		}
		return first, Named{Sentence: n.Sentence, Start: k + 1, End: n.End, Type: n.Type}, true
	}
	return first, second, false
}

// possessedBodies adds the bodies the recognizer missed after a place's
// possessive: "Ukraine's Foreign Ministry", "Russia's Defence Ministry". A
// body is two to four capitalised words ending in an organisation's head
// noun (Ministry, Council, Office …), none inside a recognized span.
func (d *doc) possessedBodies(named []Named) []Named {
	covered := coveredTokens(named)
	at := map[[2]int]int{} // the one-word span at a token
	for k, n := range named {
		if n.End-n.Start == 1 {
			at[[2]int{n.Sentence, n.Start}] = k
		}
	}
	drop := map[int]bool{}
	var add []Named
	for _, n := range named {
		if n.Type != chronicle.GeoPolitical && n.Type != chronicle.Location {
			continue
		}
		toks := d.sents[n.Sentence].Tokens
		i := n.End
		if i+2 >= len(toks) || !isPossessive(toks[i].Text) || covered[[2]int{n.Sentence, i + 1}] {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 4 && isCapitalized(toks[j].Text) && isWordToken(toks[j].Text) &&
			!covered[[2]int{n.Sentence, j}] {
			j++
		}
		// "India's Aircraft Accident Investigation [Bureau]": the head
		// noun the recognizer took alone (for a person) ends the body.
		k, alone := at[[2]int{n.Sentence, j}]
		if alone = alone && j-i <= 4 && possessedBodyHead(toks[j].Text) && (j+1 == len(toks) || !isCapitalized(toks[j+1].Text)); alone {
			j++
		}
		if j-(i+1) < 2 || !possessedBodyHead(toks[j-1].Text) {
			continue
		}
		if alone {
			drop[k] = true
		}
		add = append(add, Named{Sentence: n.Sentence, Start: i + 1, End: j, Type: chronicle.Organization})
	}
	return replaced(named, drop, add)
}

// possessedBodyHead tells whether w ends the name of a body a country's
// possessive goes before: "Ukraine's Foreign Ministry", "Britain's Air
// Accidents Investigation Branch".
func possessedBodyHead(w string) bool {
	return institutionHeads[w] == chronicle.Organization || stateBodyHeads[w] || w == "Bureau" || w == "Branch" || w == "Board"
}

// settlementNouns name kinds of place that "of" and a name follow: "the
// city of El-Fasher", "the frontline town of Pokrovsk".
var settlementNouns = map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "settlement": true, "hamlet": true,
	"suburb": true, "enclave": true, "township": true,
}

// afterSettlementNoun tells whether token a of sentence s follows "city
// of", "town of" and the like.
func (d *doc) afterSettlementNoun(s, a int) bool {
	toks := d.sents[s].Tokens
	return a >= 2 && toks[a-1].Text == "of" && settlementNouns[strings.ToLower(toks[a-2].Text)]
}

// settlementNames adds the places the recognizer missed after "city of",
// "town of" and the like: one to three capitalised words, hyphenated parts
// joined ("El-Fasher"), that no recognized span touches.
func (d *doc) settlementNames(named []Named) []Named {
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 2; i < len(toks); i++ {
			if !d.afterSettlementNoun(s, i) {
				continue
			}
			ends := nameRun(toks, s, i, 3, covered, capitalWord) // "El-Fasher"
			if len(ends) == 0 {
				continue
			}
			j := ends[len(ends)-1]
			if j < len(toks) && (covered[[2]int{s, j}] || isCapitalized(toks[j].Text)) {
				continue
			}
			out = append(out, Named{Sentence: s, Start: i, End: j, Type: chronicle.GeoPolitical})
		}
	}
	return out
}

// placesBeforeParties splits a span of a place and a party member's word
// into the two: "the [Idaho Republican] who chairs the committee", "a
// [Connecticut Democrat]" are Idaho and the Republican Party, Connecticut
// and the Democratic Party.
func (d *doc) placesBeforeParties(named []Named) []Named {
	out := make([]Named, 0, len(named))
	for _, n := range named {
		toks := d.sents[n.Sentence].Tokens
		last := toks[n.End-1].Text
		if n.Type == chronicle.Person || n.End-n.Start < 2 || !partyMembers[last] {
			out = append(out, n)
			continue
		}
		if _, ok := d.r.kb.Region(d.spanOf(n.Sentence, n.Start, n.End-1).In(d.text)); !ok {
			out = append(out, n) // a state or province: not "Liberal Democrat"
			continue
		}
		out = append(out, Named{Sentence: n.Sentence, Start: n.Start, End: n.End - 1, Type: chronicle.GeoPolitical},
			Named{Sentence: n.Sentence, Start: n.End - 1, End: n.End, Type: chronicle.Organization})
	}
	return out
}

// partyMembers are the words for a member of a party that news writes after
// a member's state: "an Ohio Republican".
var partyMembers = map[string]bool{"Republican": true, "Democrat": true}

// placesJoinedByAnd splits a place's name the recognizer ran over "and"
// into the two places it names ("the Gulf and Malaysia"), when each side
// is a place the KB knows and the whole is none ("Trinidad and Tobago").
func (d *doc) placesJoinedByAnd(named []Named) []Named {
	out := named
	for k, n := range named {
		if n.Type != chronicle.GeoPolitical && n.Type != chronicle.Location {
			continue
		}
		toks := d.sents[n.Sentence].Tokens
		for j := n.Start + 1; j+1 < n.End; j++ {
			if toks[j].Text != "and" {
				continue
			}
			left, right := d.spanOf(n.Sentence, n.Start, j).In(d.text), d.spanOf(n.Sentence, j+1, n.End).In(d.text)
			if d.placeWithAnd(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)) {
				break // "Trinidad and Tobago" is one country
			}
			if d.knownPlace(strings.TrimPrefix(left, "the ")) && d.knownPlace(right) {
				out[k].End = j
				out = append(out, Named{Sentence: n.Sentence, Start: j + 1, End: n.End, Type: n.Type})
			}
			break
		}
	}
	return out
}

// bodiesJoinedByAndThe splits a body's name the recognizer ran over "and
// the" into the two bodies of a list ("the Red Party and the Greens"): an
// "and" before "the" and a capitalised word joins names, while inside one
// name it joins the parts of an "of" phrase ("Ministry of Housing and the
// Environment"), so a left side with a connector, or a whole the KB knows,
// stays whole.
func (d *doc) bodiesJoinedByAndThe(named []Named) []Named {
	out := named
	for k, n := range named {
		if n.Type != chronicle.Organization {
			continue
		}
		toks := d.sents[n.Sentence].Tokens
		for j := n.Start + 1; j+2 < n.End; j++ {
			if titleConnectors[toks[j].Text] {
				break // "Ministry of Housing and the Environment"
			}
			if toks[j].Text != "and" || toks[j+1].Text != "the" || !capitalWord(toks[j-1].Text) || !capitalWord(toks[j+2].Text) {
				continue
			}
			if d.knownBody(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)) {
				break
			}
			out[k].End = j
			out = append(out, Named{Sentence: n.Sentence, Start: j + 2, End: n.End, Type: n.Type})
			break
		}
	}
	return out
}

// bodiesOfRegions joins the name of a court, council or assembly and the
// region that "of" (and "the") puts after it, when the recognizer split
// them: "the Superior Court of Justice of the Valencian Community" is one
// court. A country, a town or a body stays a name of its own ("the
// Ministry of Foreign Affairs of Pakistan", "Boskovich Farms Inc. of
// Oxnard", "the Diagnostic Laboratory of the Department of Agriculture").
func (d *doc) bodiesOfRegions(named []Named) []Named {
	at := spansByStart(named)
	drop := map[int]bool{}
	for k, n := range named {
		toks := d.sents[n.Sentence].Tokens
		j := n.End
		if n.Type != chronicle.Organization || drop[k] || j+1 >= len(toks) || toks[j].Text != "of" || !regionalBodyHeads[toks[j-1].Text] {
			continue
		}
		j++
		if strings.EqualFold(toks[j].Text, "the") {
			j++
		}
		m, ok := at[[2]int{n.Sentence, j}]
		if !ok || named[m].Type == chronicle.Person || m == k {
			continue
		}
		tail := d.spanOf(n.Sentence, named[m].Start, named[m].End).In(d.text)
		if _, country := d.countryNamed(tail); country || d.knownBody(tail) || len(d.r.kb.Cities(tail)) > 0 {
			continue
		}
		if _, country := d.r.kb.CountryByDemonym(tail); country {
			continue
		}
		named[k].End = named[m].End
		drop[m] = true
	}
	return replaced(named, drop, nil)
}

// spansByStart indexes the named spans by sentence and first token.
func spansByStart(named []Named) map[[2]int]int {
	at := make(map[[2]int]int, len(named))
	for k, n := range named {
		at[[2]int{n.Sentence, n.Start}] = k
	}
	return at
}

// chaptersOfBodies joins an international body the KB knows and the
// country right after it, a national chapter's name: "Amnesty International
// Kenya", "Transparency International Ukraine".
func (d *doc) chaptersOfBodies(named []Named) []Named {
	at := spansByStart(named)
	drop := map[int]bool{}
	for k, n := range named {
		toks := d.sents[n.Sentence].Tokens
		m, ok := at[[2]int{n.Sentence, n.End}]
		if n.Type != chronicle.Organization || drop[k] || !ok || !isPlace(named[m].Type) {
			continue
		}
		org, known := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, n.End).In(d.text))
		if !known || org.Country != "" || org.Sector != "NGO" {
			continue
		}
		g := named[m]
		if _, country := d.countryNamed(d.spanOf(g.Sentence, g.Start, g.End).In(d.text)); !country ||
			g.End < len(toks) && (isPossessive(toks[g.End].Text) || capitalWord(toks[g.End].Text)) {
			continue
		}
		named[k].End = g.End
		drop[m] = true
	}
	return replaced(named, drop, nil)
}

// bodiesInPlaces joins a body's name and the place "in" puts after it,
// where the body is named by it: "the United Nations Support Office in
// Haiti", "the Embassy of Russia in Ankara", "the European Union Chamber
// of Commerce in China". The body's name must end on the word of a
// mission, an embassy, a court or an association, the place end the name.
func (d *doc) bodiesInPlaces(named []Named) []Named {
	at := spansByStart(named)
	drop := map[int]bool{}
	for k, n := range named {
		toks := d.sents[n.Sentence].Tokens
		j := n.End
		if n.Type != chronicle.Organization || drop[k] || j+1 >= len(toks) || toks[j].Text != "in" || !bodiesInHeads[toks[j-1].Text] {
			continue
		}
		m, ok := at[[2]int{n.Sentence, j + 1}]
		if !ok || !isPlace(named[m].Type) || drop[m] || d.knownBody(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)) {
			continue // ("a delegation of the European Union in Cairo": a body the KB knows is named whole)
		}
		if g := named[m]; g.End < len(toks) && (capitalWord(toks[g.End].Text) || isPossessive(toks[g.End].Text)) {
			continue
		}
		named[k].End = named[m].End
		drop[m] = true
	}
	return replaced(named, drop, nil)
}

// bodiesInHeads end the names of bodies that "in" and a place name.
var bodiesInHeads = map[string]bool{"Mission": true, "Office": true, "Embassy": true, "Consulate": true, "Commission": true,
	"Union": true, "Association": true, "Alliance": true, "Force": true, "Delegation": true, "Commerce": true}

// datelinePlaces adds the dateline's place that the recognizer missed,
// a known place in capitals of up to three words opening one of the first
// sentences, before a comma and a date, before a wire's name in brackets
// or, below the headline, before a dash: "ULAN BATOR, June 13 (Xinhua) --",
// "BUCHAREST - Romanian Prime Minister …".
func (d *doc) datelinePlaces(named []Named) []Named {
	covered := coveredTokens(named)
	for s := 0; s < len(d.sents) && s <= 3; s++ {
		toks := d.sents[s].Tokens
		end := 0
		for end < len(toks) && end < 3 && isWordToken(toks[end].Text) && len(toks[end].Text) > 1 && isAllCaps(toks[end].Text) {
			end++
		}
		if end == 0 || end+2 >= len(toks) {
			continue
		}
		dashed := s > 0 && (toks[end].Text == "-" || toks[end].Text == "--" || toks[end].Text == "—" || toks[end].Text == "–") // "BUCHAREST - Romanian Prime Minister …", below the headline
		if k := slices.IndexFunc(named, func(n Named) bool { return n.Sentence == s && n.Start == 0 && n.End > end+1 }); k >= 0 &&
			dashed && d.knownPlace(d.spanOf(s, 0, end).In(d.text)) {
			// "[ATHENS - Parliament] late on Wednesday approved": the
			// dateline's place, and the name after its dash.
			named[k].Start = end + 1
			return append(named, Named{Sentence: s, Start: 0, End: end, Type: chronicle.GeoPolitical})
		}
		if anyCovered(covered, s, 0, end) {
			continue // "THE HAGUE", of which "HAGUE" is recognized
		}
		dated := toks[end].Text == "," && datedAt(toks, end+1)
		credited := toks[end].Text == "(" && wireNames[toks[end+1].Text]
		if (dated || credited || dashed) && d.knownPlace(d.spanOf(s, 0, end).In(d.text)) || d.countryAfterDateline(toks, end) {
			return append(named, Named{Sentence: s, Start: 0, End: end, Type: chronicle.GeoPolitical})
		}
	}
	return named
}

// countryAfterDateline tells whether the dateline's place ending at token
// end is followed by a comma, a country's name and a wire's name in
// brackets or a comma: "CHIOS, Greece (AP) -", a place the KB need not
// know.
func (d *doc) countryAfterDateline(toks []chronicle.Token, end int) bool {
	if end+2 >= len(toks) || toks[end].Text != "," {
		return false
	}
	for b := end + 2; b < len(toks) && b <= end+4; b++ {
		if toks[b].Text != "(" && toks[b].Text != "," {
			continue
		}
		name := d.text[toks[end+1].Start:toks[b-1].End]
		_, ok := d.countryNamed(name)
		return ok && (toks[b].Text == "," || b+1 < len(toks) && wireNames[toks[b+1].Text])
	}
	return false
}

// vietnameseNames adds the Vietnamese names the recognizer missed: a
// family name the list knows and two or three short capitalised words
// after it, no recognized span touching them ("Nguyen Thi Thu Ha, Director
// of the Institute …").
func (d *doc) vietnameseNames(named []Named) []Named {
	// A person's span of the family name alone ("[Nguyen] Thi Thu Ha")
	// is run on; any other span covering a word stops the name.
	short := map[[2]int]int{}
	for k, n := range named {
		if n.Type == chronicle.Person && n.End-n.Start == 1 {
			short[[2]int{n.Sentence, n.Start}] = k
		}
	}
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+2 < len(toks); i++ {
			k, alone := short[[2]int{s, i}]
			if !vietnameseFamilyNames[toks[i].Text] || covered[[2]int{s, i}] && !alone || i > 0 && capitalWord(toks[i-1].Text) {
				continue
			}
			j := i + 1
			for j < len(toks) && j-i <= 3 && capitalWord(toks[j].Text) && len(toks[j].Text) <= 5 && !covered[[2]int{s, j}] &&
				!d.isTitleWord(toks[j].Text) {
				j++
			}
			if j-i < 3 || j < len(toks) && capitalWord(toks[j].Text) {
				continue
			}
			if alone {
				out[k].End = j
			} else {
				out = append(out, Named{Sentence: s, Start: i, End: j, Type: chronicle.Person})
			}
			i = j - 1
		}
	}
	return out
}

// anyCovered tells whether a recognized span covers any of tokens [a, b)
// of sentence s.
func anyCovered(covered map[[2]int]bool, s, a, b int) bool {
	for i := a; i < b; i++ {
		if covered[[2]int{s, i}] {
			return true
		}
	}
	return false
}

// regionalBodyHeads end the names of the courts and assemblies that a
// region's name follows.
var regionalBodyHeads = map[string]bool{"Court": true, "Justice": true, "Tribunal": true, "Council": true,
	"Assembly": true, "Parliament": true, "Government": true, "Legislature": true}

// settlementLists types as places the names listed after "the villages
// of", "the towns of" and the like ("the villages of Tayba, Aita al-Jabal
// and Tayr Debba"): a recognized name of another type becomes a place, and
// a run of capitalised words that none covers is added as one.
func (d *doc) settlementLists(named []Named) []Named {
	at := map[[2]int]int{} // the named span starting at a token
	for k, n := range named {
		at[[2]int{n.Sentence, n.Start}] = k
	}
	covered := coveredTokens(named)
	out := named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 2; i < len(toks); i++ {
			noun := strings.ToLower(toks[i-2].Text)
			if toks[i-1].Text != "of" || !strings.HasSuffix(noun, "s") || !settlementNouns[singularNoun(noun)] {
				continue
			}
			for j := i; j < len(toks); {
				end := j
				if k, ok := at[[2]int{s, j}]; ok {
					out[k].Type = chronicle.GeoPolitical
					end = out[k].End
				} else if ends := nameRun(toks, s, j, 3, covered, capitalWord); len(ends) > 0 && !covered[[2]int{s, j}] {
					end = ends[len(ends)-1]
					if end < len(toks) && isCapitalized(toks[end].Text) {
						break
					}
					out = append(out, Named{Sentence: s, Start: j, End: end, Type: chronicle.GeoPolitical})
				}
				if end == j {
					break
				}
				j = end
				if j < len(toks) && toks[j].Text == "," {
					j++
				}
				if j < len(toks) && toks[j].Text == "and" {
					j++
				}
				if j == end || j >= len(toks) || !isCapitalized(toks[j].Text) {
					break
				}
			}
		}
	}
	return out
}

// singularNoun is a plural noun without its ending: "cities" → "city",
// "villages" → "village".
func singularNoun(w string) string {
	if strings.HasSuffix(w, "ies") {
		return strings.TrimSuffix(w, "ies") + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// nameWord reports a word that may be part of a person's name: capitalised,
// letters only, and no title, country, demonym or known body.
func (d *doc) nameWord(w string) bool {
	if !isCapitalized(w) || !isWordToken(w) || strings.ToUpper(w) == w {
		return false
	}
	if _, ok := text.TitleWord(w); ok {
		return false
	}
	if _, ok := d.placeCountry(w); ok {
		return false
	}
	_, org := d.r.kb.Org(w)
	return !org && !text.CalendarWord(w)
}

// nameRun walks the words of a name from token i of sentence s, at most
// max of them, each one that word accepts and no recognized span covers,
// hyphenated parts joined ("Lai Ching-te"); it returns the token after each
// word.
func nameRun(toks []chronicle.Token, s, i, max int, covered map[[2]int]bool, word func(string) bool) []int {
	var ends []int
	for j := i; j < len(toks) && len(ends) < max && !covered[[2]int{s, j}] && word(toks[j].Text); {
		j = pastJoinedHyphens(toks, j+1)
		ends = append(ends, j)
	}
	return ends
}

// capitalWord reports a capitalised word of letters.
func capitalWord(w string) bool { return isCapitalized(w) && isWordToken(w) }

// pastJoinedHyphens steps from token j, just after a word, over each
// hyphen joined on both sides and the word after it: a hyphen the tokenizer
// split off continues the word ("Lip-Bu", "El-Fasher").
func pastJoinedHyphens(toks []chronicle.Token, j int) int {
	for j+1 < len(toks) && toks[j].Text == "-" && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End {
		j += 2
	}
	return j
}

// coveredTokens marks the tokens of the recognized spans, by sentence and
// token.
func coveredTokens(named []Named) map[[2]int]bool {
	covered := map[[2]int]bool{}
	for _, n := range named {
		for i := n.Start; i < n.End; i++ {
			covered[[2]int{n.Sentence, i}] = true
		}
	}
	return covered
}

// retypedByContext corrects the type of a recognized name from the words
// around it: an appositive, or a kind of body right before it ("mining
// company Minera Sierra Alta"), that describes it; a firm's word ending it; a
// division noun or "the town of" around it; a title and a name closing a
// span taken for a body. An appositive: "Anika Wells, the communications
// minister," is a person, though Wells is a town; "Nordhafen Logistik, the
// Hamburg-based freight group," is a body. The description is a determiner and up to five
// words before a comma or a preposition; its last word decides: a title
// word of one person, or a kind of body. Names the KB knows as they are
// keep their type.
func (d *doc) retypedByContext(named []Named) []Named {
	retype := map[string]string{} // name → type, for every mention of the name
	ends := map[[2]int]Named{}    // the names by sentence and the token after them
	for _, n := range named {
		ends[[2]int{n.Sentence, n.End}] = n
	}
	for _, n := range named {
		head := d.appositiveHead(n.Sentence, n.End)
		if d.employerOfCalling(n) || d.namedAfterBodyNoun(n) || d.listedAfterFirm(n, ends) || d.ledBodyName(n) {
			head = "organisation" // "a senior fellow at the Gulf Policy Forum", "Her party, Vente Venezuela,", "Karratha-based Redbank Iron"
		}
		if toks := d.sents[n.Sentence].Tokens; head == "" && n.Start > 0 && (toks[n.Start-1].Text == "opposition" || toks[n.Start-1].Text == "ruling") {
			head = "party" // "the opposition Mahagathbandhan"
		} else if head == "" && n.Start > 0 && bodyKinds[toks[n.Start-1].Text] && !agedAt(toks, n.End) &&
			!(d.titleOfKind(toks, n.Start-1) && d.holderNameAt(n)) {
			// (but "the chairman of the regulator Elvira Nabiullina" is
			// she, where "director of the state utility Agua y Drenaje de
			// Monterrey" and "an analyst at the think tank Mexico Evalua"
			// are bodies)
			head = toks[n.Start-1].Text // "mining company Minera Sierra Alta"; not "pony operator Ghulam Nabi Bhat, 43,"
		} else if head == "" && n.End+1 < len(toks) && bodyKinds[toks[n.End].Text] && !isPossessive(toks[n.End+1].Text) &&
			!d.isTitleWord(toks[n.End+1].Text) && toks[n.End+1].Text != "member" {
			head = toks[n.End].Text // "the opposition Tisza party", "Milenio television"; not "a party member"
		}
		if head == "" {
			if k := d.kindBefore(n); sitesNamed[k] {
				head = k
			}
		}
		if head == "" {
			continue
		}
		name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
		switch t, title := text.TitleWord(head); {
		case sitesNamed[head] && n.Type != chronicle.Facility:
			// "the country's largest gold mine, Kumtor,", "Kumtor, the
			// gold mine,": a site, though the recognizer took it for a
			// person or a town.
			if len(d.r.kb.PeopleNamed(name)) == 0 && !d.knownBody(name) && !d.knownPlace(name) {
				retype[name] = chronicle.Facility
			}
		case title && t.Sector != "" && !t.Plural && n.Type != chronicle.Person:
			if !d.knownPlace(name) && !d.knownBody(name) {
				retype[name] = chronicle.Person
			}
		case bodyKinds[head] && (n.Type == chronicle.Person || n.Type == chronicle.Location || n.Type == chronicle.GeoPolitical ||
			n.Type == chronicle.Organization):
			// (An organisation too: its other mentions, taken for a place,
			// are the body's: "Red Electrica, the national grid operator,".)
			if len(d.r.kb.PeopleNamed(name)) == 0 && !d.knownPlace(name) {
				retype[name] = chronicle.Organization
			}
		case (settlementNouns[head] || divisionNouns[head] == chronicle.GeoPolitical) &&
			(n.Type == chronicle.Person || n.Type == chronicle.Organization):
			// "Darnytsia, a district on the left bank", "Gidan Dawa, a
			// village": a place, whatever the recognizer said.
			if len(d.r.kb.PeopleNamed(name)) == 0 && !d.knownBody(name) {
				retype[name] = chronicle.GeoPolitical
			}
		}
	}
	for _, n := range named {
		// "said Camila Albuquerque, a tax partner", "Another resident,
		// Hauwa Bello, said": a place's name of two words or more, next
		// to a verb of saying and a description of someone (or either,
		// when it opens on a first name), is a person's, whatever town
		// its surname is.
		toks := d.sents[n.Sentence].Tokens
		if n.Type == chronicle.Person || n.End-n.Start < 2 || n.Type == chronicle.Organization && !d.describedAsSomeone(n.Sentence, n.End) {
			continue // a body only when the description names a person's calling: "said Siti Aminah Ismail, a cashier"
		}
		if isLowerWord(toks[n.End-1].Text) {
			continue // "a rice farmer in Ban Phum village, said": no person's name ends on a common noun
		}
		said := n.Start > 0 && reportVerbs[toks[n.Start-1].Text] ||
			n.End+1 < len(toks) && toks[n.End].Text == "," && reportVerbs[toks[n.End+1].Text] // "…, Hauwa Bello, said"
		described := n.End+1 < len(toks) && toks[n.End].Text == "," && (toks[n.End+1].Text == "a" || toks[n.End+1].Text == "an") ||
			n.Start >= 2 && toks[n.Start-1].Text == "," && text.PrivatePerson(strings.ToLower(toks[n.Start-2].Text)) // "Another resident, …"
		if described && !said && n.Start == 0 {
			// "Tan Wei Ling, a research fellow at the Institute of Policy
			// Studies, said": the verb of saying after the description.
			for k := n.End + 2; k+1 < len(toks) && k <= n.End+16 && toks[k].Text != "." && !isQuoteMark(toks[k].Text); k++ {
				if toks[k].Text == "," {
					said = reportVerbs[toks[k+1].Text]
					break
				}
			}
		}
		first := maleNames[toks[n.Start].Text] || femaleNames[toks[n.Start].Text]
		name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
		if _, known := retype[name]; !known && (said && described || first && (said || described)) && !d.knownPlace(name) &&
			!d.knownBody(name) {
			retype[name] = chronicle.Person
		}
	}
	for _, n := range named {
		// "East Asia Summit", "Munich Security Conference": a name ending
		// on the word of an event's kind is an event's, unless the KB
		// knows the body ("Conference of Presidents").
		if n.Type == chronicle.EventName || n.End-n.Start < 2 {
			continue
		}
		name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
		last := d.sents[n.Sentence].Tokens[n.End-1].Text
		bodyWord := slices.ContainsFunc(strings.Fields(name), func(w string) bool { return happeningNotBody[strings.TrimRight(w, "'’")] })
		if _, known := retype[name]; !known && (eventHeads[last] && !bodyWord || d.heldForum(n) || observedYear(name)) &&
			!d.knownBody(name) && len(d.r.kb.PeopleNamed(name)) == 0 {
			// (Not "the Catholic Bishops' Conference", a body.)
			retype[name] = chronicle.EventName
		}
	}
	for _, n := range named {
		// "Tsubaki Research", "Vertice Investimentos": a name ending on
		// the word of a body's kind is a body's, whatever the recognizer
		// typed it.
		if n.Type == chronicle.Organization || n.End-n.Start < 2 {
			continue
		}
		name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
		last, first := d.sents[n.Sentence].Tokens[n.End-1].Text, d.sents[n.Sentence].Tokens[n.Start].Text
		if _, known := retype[name]; known || !orgNameHeads[last] && !(len(last) > 6 && strings.HasSuffix(last, "bank")) &&
			!orgNameOpeners[first] {
			continue // "Zürcher Kantonalbank", "Compañía Minera Doña Inés de Collahuasi" too
		}
		if !d.knownPlace(name) && len(d.r.kb.PeopleNamed(name)) == 0 {
			retype[name] = chronicle.Organization
		}
	}
	for _, n := range named {
		// "Oddar Meanchey province", "the Tennoji district of Osaka",
		// "the town of Tibú": a division or a settlement, whatever the
		// recognizer made of the name.
		if t := d.placeKindAround(n.Sentence, n.Start, n.End); t != "" && n.Type != t {
			name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
			if _, known := retype[name]; !known && !d.knownBody(name) && len(d.r.kb.PeopleNamed(name)) == 0 {
				retype[name] = t
			}
		}
	}
	// "fled Beit Lahia", "a trader from Landi Kotal", "around Novo
	// Progresso": a name the recognizer took for a person's that the text
	// only ever puts where a place goes is a place, when the KB knows no
	// one so named.
	placed, elsewhere := map[string]bool{}, map[string]bool{}
	for _, n := range named {
		if n.Type != chronicle.Person {
			continue
		}
		name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
		if toks := d.sents[n.Sentence].Tokens; d.placeOnlyContext(n.Sentence, n.Start) && (n.End >= len(toks) || !isPossessive(toks[n.End].Text)) {
			placed[name] = true // not "in Bruce Wayne's manor"
		} else {
			elsewhere[name] = true
		}
	}
	for name := range placed {
		if _, known := retype[name]; !known && !elsewhere[name] && len(d.r.kb.PeopleNamed(name)) == 0 && !d.knownBody(name) &&
			len(d.r.kb.Cities(name)) == 0 { // a town the KB knows is placed as a person-typed name ("in Llanelli")
			retype[name] = chronicle.GeoPolitical
		}
	}
	for k, n := range named {
		// "[Constitutional Court Justice Mbuyiseli Madlanga]", taken for a
		// body: a title and a name end the span; the person starts at the
		// title.
		if name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text); n.Type == chronicle.Person || d.knownBody(name) || d.knownPlace(name) {
			continue // not the KB's "Crown Prosecution Service" or "General Santos"
		}
		toks := d.sents[n.Sentence].Tokens
		for j := n.Start; j+2 < n.End; j++ {
			if t, ok := text.TitleWord(toks[j].Text); !ok || !t.Prefix || t.Sector == "" || !isCapitalized(toks[j].Text) {
				continue // "Justice Halima Bello", not "Crown …"
			}
			tail := toks[j+1 : n.End]
			if len(tail) <= 4 && !slices.ContainsFunc(tail, func(tk chronicle.Token) bool {
				return !d.nameWord(tk.Text) || institutionHeads[tk.Text] != "" || orgNameHeads[tk.Text]
			}) {
				named[k].Start, named[k].Type = j, chronicle.Person
			}
			break
		}
	}
	// "in Erbil and Sulaymaniyah", "Ha Noi, Hue, Cao Bang and Quang Ninh",
	// "between Juapong and Asikuma": a name taken for a person's that is
	// listed as a place is one (see listedWithPlaceSpans); every span of
	// the name follows.
	for _, n := range named {
		name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
		if _, known := retype[name]; known || n.Type != chronicle.Person || len(d.r.kb.PeopleNamed(name)) > 0 ||
			d.personNameBesides(named, name) {
			continue
		}
		first := d.sents[n.Sentence].Tokens[n.Start].Text
		if !maleNames[first] && !femaleNames[first] && !d.afterHonorific(n.Sentence, n.Start) &&
			d.listedWithPlaceSpans(named, n, d.knownPlace(name)) {
			retype[name] = chronicle.GeoPolitical
		}
	}
	if len(retype) == 0 {
		return named
	}
	for k, n := range named {
		if t, ok := retype[d.spanOf(n.Sentence, n.Start, n.End).In(d.text)]; ok {
			named[k].Type = t
		}
	}
	return named
}

// listedWithPlaceSpans tells whether span n, a town the KB knows when
// known is set, stands in a list ("," or "and") as a place: next to a span
// of a place or of a name the KB knows as one, when the KB knows n too;
// else between two of them, or after one that a preposition of place opens
// and "and" ("in Erbil and Sulaymaniyah"); or, known, after "between" with
// a place after its "and".
func (d *doc) listedWithPlaceSpans(named []Named, n Named, known bool) bool {
	toks := d.sents[n.Sentence].Tokens
	list := func(w string) bool { return w == "," || w == "and" }
	// placeSpan returns the span of a place that ends at end, or starts at
	// start (the other -1).
	placeSpan := func(start, end int) (Named, bool) {
		for _, m := range named {
			if m.Sentence != n.Sentence || start >= 0 && m.Start != start || end >= 0 && m.End != end {
				continue
			}
			if m.Type == chronicle.GeoPolitical || m.Type == chronicle.Location || d.knownPlace(d.spanOf(m.Sentence, m.Start, m.End).In(d.text)) {
				return m, true
			}
		}
		return Named{}, false
	}
	var before, after bool
	var prev Named
	if a := n.Start; a >= 2 && list(toks[a-1].Text) {
		prev, before = placeSpan(-1, a-1)
	}
	if b := n.End; b+1 < len(toks) && list(toks[b].Text) {
		_, after = placeSpan(b+1, -1)
	}
	switch {
	case known && (before || after), before && after,
		before && toks[n.Start-1].Text == "and" && d.placeOnlyContext(n.Sentence, prev.Start): // not "In Tokyo, Keiko Yamamoto"
		return true
	}
	return known && n.Start > 0 && toks[n.Start-1].Text == "between" && n.End+1 < len(toks) && toks[n.End].Text == "and"
}

// personNameBesides tells whether name is part of a longer person's span of
// named: "Savar" of "Mr Rahim Savar".
func (d *doc) personNameBesides(named []Named, name string) bool {
	for _, m := range named {
		if m.Type != chronicle.Person || m.End-m.Start < 2 {
			continue
		}
		full := d.spanOf(m.Sentence, m.Start, m.End).In(d.text)
		if full != name && (strings.HasPrefix(full, name+" ") || strings.HasSuffix(full, " "+name)) {
			return true
		}
	}
	return false
}

// placeOnlyContext tells whether the words before token a of sentence s
// put a place there and never a person: "fled", "in", "near", "around",
// "outside", "from" after a noun for a private person ("a trader from"),
// or a verb whose object is a place (afterVerbOfPlaces).
func (d *doc) placeOnlyContext(s, a int) bool {
	toks := d.sents[s].Tokens
	if a == 0 {
		return false
	}
	if d.afterVerbOfPlaces(s, a) {
		return true // "struck Chuhuiv", "links Vientiane with Boten"
	}
	switch strings.ToLower(toks[a-1].Text) {
	case "fled", "in", "near", "around", "outside":
		return true
	case "from":
		if a >= 2 {
			noun := strings.ToLower(toks[a-2].Text)
			return text.PrivatePerson(noun) || text.PrivatePerson(strings.TrimSuffix(noun, "s"))
		}
	case "of":
		// "the former mayor of Providencia", "the outskirts of Goma".
		return a >= 2 && placeOfNouns[toks[a-2].Text]
	}
	return false
}

// describedAsSomeone tells whether ", a …" after token end of sentence s
// describes a person by a calling within its first four words, past an
// age: ", a cashier at a petrol station", ", a 34-year-old administrator",
// ", a mining analyst".
func (d *doc) describedAsSomeone(s, end int) bool {
	toks := d.sents[s].Tokens
	if end+2 >= len(toks) || toks[end].Text != "," || toks[end+1].Text != "a" && toks[end+1].Text != "an" {
		return false
	}
	k := end + 2
	if k+4 < len(toks) && isNumber(toks[k].Text) && toks[k+1].Text == "-" && toks[k+2].Text == "year" && toks[k+3].Text == "-" &&
		toks[k+4].Text == "old" {
		k += 5 // "a 45-year-old teacher"
	}
	for start := k; k < len(toks) && k <= start+3 && (isWordToken(toks[k].Text) || toks[k].Text == "-"); k++ {
		if !isLowerWord(toks[k].Text) {
			continue // a name as modifier: "a DPP organiser", "a Reuters reporter"
		}
		if text.PrivatePerson(toks[k].Text) || restatedRoles[toks[k].Text] != nil {
			return true // "a cashier", "a mining analyst"
		}
		if t, ok := text.TitleWord(toks[k].Text); ok && !t.Plural {
			return true
		}
	}
	return false
}

// placeOfNouns are the nouns whose "of" names a place: a town's offices
// and parts.
var placeOfNouns = map[string]bool{"mayor": true, "mayors": true, "outskirts": true, "suburbs": true, "streets": true,
	"centre": true, "center": true, "city": true, "town": true, "village": true}

// transparentParticiples end a description before its place or owner
// without being its head: "a consultancy based in Tunis".
var transparentParticiples = map[string]bool{"based": true, "headquartered": true, "registered": true, "listed": true}

// sitesNamed are the kinds of site whose name an appositive gives: "the
// country's largest gold mine, Kumtor,". (Not a station or a port, which
// towns share names with, nor a reservoir, which is a lake.)
var sitesNamed = map[string]bool{"mine": true, "dam": true, "refinery": true, "smelter": true, "prison": true,
	"jail": true, "airport": true, "stadium": true, "museum": true, "cathedral": true, "mosque": true,
	"airbase": true, "pipeline": true}

// kindBefore is the noun, lower-cased, of a description that ends right
// before a name between commas, "the … noun, Name,", or "".
func (d *doc) kindBefore(n Named) string {
	toks := d.sents[n.Sentence].Tokens
	if n.Start < 3 || toks[n.Start-1].Text != "," || n.End < len(toks) && toks[n.End].Text != "," && toks[n.End].Text != "." {
		return ""
	}
	noun := n.Start - 2
	if !isLowerWord(toks[noun].Text) {
		return ""
	}
	for j := noun - 1; j >= 0 && noun-j <= 5; j-- {
		w := toks[j].Text
		switch {
		case isDeterminer(w) || isPossessive(w) || w == "its" || w == "their" || w == "his" || w == "her":
			return toks[noun].Text
		case !isWordToken(w):
			return ""
		}
	}
	return ""
}

// spatialWords end a description as "in" and "near" do: "the town
// nearest the mine", "the reservoir behind the dam".
var spatialWords = map[string]bool{"nearest": true, "closest": true, "next": true, "behind": true,
	"beside": true, "outside": true, "inside": true, "above": true, "below": true, "across": true, "along": true,
	"between": true, "around": true, "under": true, "beyond": true, "upstream": true, "downstream": true}

// appositiveHead is the last word, lower-cased, of ", the … noun," right
// after token end of sentence s, or "".
func (d *doc) appositiveHead(s, end int) string {
	toks := d.sents[s].Tokens
	if end+2 >= len(toks) || toks[end].Text != "," || !isDeterminer(toks[end+1].Text) {
		return ""
	}
	last := -1
	for j := end + 2; j < len(toks) && j-end-2 < 7; j++ {
		w := toks[j].Text
		switch {
		case w == "-" || w == "–": // "Hamburg-based"
			continue
		case w == "," || w == "." || w == "of" || w == "at" || w == "for" || w == "in" || w == "who" || w == "which" ||
			w == "that" || w == "he" || w == "she" || w == "it" || w == "they" || w == "on" || w == "near" || w == "from" ||
			w == "with" || w == "by" || spatialWords[w]:
			if last < 0 || w == "of" && isCapitalized(toks[last].Text) {
				return "" // not "the Association of Chief Police Officers' spokesman"
			}
			if transparentParticiples[toks[last].Text] && last > end+2 && isWordToken(toks[last-1].Text) {
				last-- // "a consultancy based in Tunis"
			}
			return strings.ToLower(toks[last].Text) // "the … conglomerate he founded"
		case !isWordToken(w) && !isPossessive(w):
			return ""
		}
		last = j
	}
	return ""
}

// orgNameHeads end the names of firms, institutes and other bodies (not
// Centre, which ends as many buildings' names).
var orgNameHeads = map[string]bool{"Institute": true, "Research": true,
	"Systems": true, "Steel": true, "Holdings": true, "Capital": true, "Partners": true, "Investments": true,
	"Investimentos": true, "Advisory": true, "Consultancy": true, "Analytics": true, "Logistics": true, "Logistik": true,
	"Airlines": true, "Airways": true, "Railways": true, "Motors": true,
	"Technologies": true, "Industries": true, "Pharmaceuticals": true, "Foundation": true, "Fund": true,
	"Group": true, "Bank": true, "Corporation": true, "Corp": true, "Inc": true, "Ltd": true, "GmbH": true,
	"AG": true, "SA": true, "plc": true, "LLC": true, "Associates": true, "Consulting": true, "Securities": true,
	"Insurance": true, "Mining": true, "Metals": true, "Energy": true, "Telecom": true, "Media": true,
	"Co.": true, "Company": true, "Limited": true, "Ltd.": true, "Inc.": true, "Corp.": true, "S.A.": true, "SpA": true,
	"Distillers": true, "Brewery": true, "Breweries": true, "Foods": true, "Enterprises": true, "Electronics": true,
	"Chemicals": true, "Petroleum": true, "Shipping": true, "Trading": true, "Solutions": true, "Ventures": true,
	"Textiles": true, "Pharma": true, "Travel": true, "Tours": true, "Resources": true, "Garments": true, "Dagangan": true,
	"Praezision": true, "Präzision": true, "Keramika": true, "Materials": true, "Power": true, "Electric": true,
	"Air": true, "Radio": true, "Gazette": true, "Herald": true, "Tribune": true, "Journal": true}

// orgNameOpeners open the names of bodies in languages that put the kind
// first: "Compañía Minera …", "Grupo Bimbo", "Banco do Brasil".
var orgNameOpeners = map[string]bool{"Compañía": true, "Compania": true, "Companhia": true, "Empresa": true,
	"Grupo": true, "Banco": true, "Corporación": true, "Sociedad": true, "Instituto": true, "Fundación": true,
	"Fundação": true, "Asociación": true, "Partido": true, "Movimiento": true, "Frente": true, "Confederación": true,
	"Federación": true, "Ministerio": true, "Secretaría": true, "Comisión": true, "Consejo": true, "Société": true,
	"Bank": true, "Banque": true, "Banca": true, "Groupe": true, "Gruppo": true, // "Bank Mandiri", "Banca Monte dei Paschi"
	"Transportes": true, "Inversiones": true, "Constructora": true, "Industrias": true, "Laboratorios": true,
	"Électricité": true, "Electricite": true, "Compagnie": true, "Noticias": true, "Radio": true}

// divisionNouns follow the name of a division of a country ("Oddar Meanchey
// province"), with the type of place each makes it.
var divisionNouns = map[string]string{"province": chronicle.GeoPolitical, "district": chronicle.GeoPolitical,
	"state": chronicle.GeoPolitical, "county": chronicle.GeoPolitical, "prefecture": chronicle.GeoPolitical,
	"governorate": chronicle.GeoPolitical, "municipality": chronicle.GeoPolitical, "department": chronicle.GeoPolitical,
	"oblast": chronicle.GeoPolitical, "region": chronicle.Location, "neighbourhood": chronicle.GeoPolitical,
	"neighborhood": chronicle.GeoPolitical, "suburb": chronicle.GeoPolitical, "township": chronicle.GeoPolitical,
	"borough": chronicle.GeoPolitical, "regency": chronicle.GeoPolitical, "ward": chronicle.GeoPolitical, "krai": chronicle.GeoPolitical}

// capitalDivisions are the division nouns that end a place's own name
// written with a capital: "Bayelsa State", "Ryazan Oblast".
var capitalDivisions = map[string]bool{"State": true, "Province": true, "Oblast": true, "Prefecture": true,
	"Governorate": true, "County": true}

// placeKindAround is the type of place the words around tokens [a, b) of
// sentence s make the name: a division noun after it, or "the town of" and
// the like before it; "" when none.
func (d *doc) placeKindAround(s, a, b int) string {
	toks := d.sents[s].Tokens
	for _, k := range []int{b, b - 1} { // after the name, or its last word ("[Oddar Meanchey province]")
		if k > a && k < len(toks) {
			w := toks[k].Text
			if k == b-1 && w == "Region" {
				return chronicle.GeoPolitical // "Ashanti Region": a country's administrative region
			}
			if k == b-1 && (w == "Department" || w == "City") && k > a {
				// "Artibonite Department", "Pasay City": a first-level
				// division or a city the KB knows, with its noun.
				name := d.spanOf(s, a, k).In(d.text)
				if _, region := d.r.kb.Region(name); region || d.knownPlace(name) {
					return chronicle.GeoPolitical
				}
			}
			if k == b-1 && capitalDivisions[w] {
				w = strings.ToLower(w) // "[Bayelsa State]", not "[Hannah Ward]"
			}
			if t, ok := divisionNouns[w]; ok {
				return t
			}
			if k == b && (w == "village" || w == "city" || w == "town" && (k+1 >= len(toks) || toks[k+1].Text != "hall")) {
				return chronicle.GeoPolitical // "stormed Kwanar Bakura village", "Hai Phong city is merged"
			}
		}
	}
	if d.afterSettlementNoun(s, a) {
		return chronicle.GeoPolitical
	}
	if a >= 2 && toks[a-1].Text == "of" && (toks[a-2].Text == "island" || toks[a-2].Text == "islands") {
		return chronicle.Location // "the island of Vanua Levu"
	}
	// "the provinces of Al Haouz, Taroudant and Chichaoua": each of a
	// list after a plural division noun and "of".
	k := a
	for k > 0 && a-k < 12 && (toks[k-1].Text == "," || toks[k-1].Text == "and" || isCapitalized(toks[k-1].Text) && k < a) {
		k--
	}
	if k >= 2 && toks[k-1].Text == "of" && strings.HasSuffix(toks[k-2].Text, "s") &&
		divisionNouns[strings.TrimSuffix(toks[k-2].Text, "s")] == chronicle.GeoPolitical {
		return chronicle.GeoPolitical
	}
	if a >= 3 && toks[a-1].Text == "of" && divisionNouns[toks[a-2].Text] == chronicle.GeoPolitical &&
		toks[a-2].Text != "department" && toks[a-2].Text != "state" &&
		(isDeterminer(toks[a-3].Text) || a >= 4 && isDeterminer(toks[a-4].Text) && isLowerWord(toks[a-3].Text)) {
		// "the district of Kawempe", "the working-class district of La
		// Matanza", not "the department of Peace and Security".
		return chronicle.GeoPolitical
	}
	return ""
}

// spelledOutBodies adds the bodies the recognizer missed before their short
// form in brackets, when the name's capitalised words spell the short form
// out in order: "The National Energy Regulator of South Africa (NERSA)". A
// place or body recognized inside the name ("South Africa") goes; a name
// that is a country's or a place's the KB knows ("Democratic Republic of
// Congo (DRC)") is left as it is.
func (d *doc) spelledOutBodies(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 2; i+2 < len(toks); i++ {
			short := toks[i+1].Text
			if toks[i].Text != "(" || toks[i+2].Text != ")" || !isAcronym(short) || len(short) < 3 {
				continue
			}
			start := spelledOutFrom(toks, i, short)
			if start < 0 {
				continue
			}
			name := d.spanOf(s, start, i).In(d.text)
			if _, country := d.countryNamed(name); country || len(d.r.kb.Cities(name)) > 0 {
				continue
			}
			if k := strings.LastIndex(name, ", "); k >= 0 && d.knownPlace(name[k+2:]) {
				continue // "University of California, Los Angeles (UCLA)": the place after the comma stays a place
			}
			if _, area := d.r.kb.Area(name); area {
				continue
			}
			ed.takeOver(named, Named{Sentence: s, Start: start, End: i, Type: chronicle.Organization}, func(n Named) bool {
				return n.Type != chronicle.Person && (n.Start != start || n.End != i) // not a person's, nor the same span recognized already
			})
		}
	}
	return ed.applied(named)
}

// namedWithin returns the recognized spans inside tokens [a, b) of
// sentence s, or false when one crosses the edge or one inside does not
// give way.
func namedWithin(named []Named, s, a, b int, givesWay func(Named) bool) ([]int, bool) {
	var inside []int
	for k, n := range named {
		if n.Sentence != s || n.End <= a || n.Start >= b {
			continue
		}
		if n.Start < a || n.End > b || !givesWay(n) {
			return nil, false
		}
		inside = append(inside, k)
	}
	return inside, true
}

// spanEdits are the spans a pass over the recognized names adds, and the
// recognized spans inside them that it drops.
type spanEdits struct {
	drop map[int]bool
	add  []Named
}

// takeOver adds n in place of the recognized spans inside it, when none
// crosses its edge and each gives way; it reports whether it did.
func (ed *spanEdits) takeOver(named []Named, n Named, givesWay func(Named) bool) bool {
	inside, ok := namedWithin(named, n.Sentence, n.Start, n.End, givesWay)
	if !ok {
		return false
	}
	if ed.drop == nil {
		ed.drop = map[int]bool{}
	}
	for _, k := range inside {
		ed.drop[k] = true
	}
	ed.add = append(ed.add, n)
	return true
}

// applied is named with the edits made.
func (ed *spanEdits) applied(named []Named) []Named { return replaced(named, ed.drop, ed.add) }

// replaced is named without the spans drop marks and with those of add.
func replaced(named []Named, drop map[int]bool, add []Named) []Named {
	if len(drop) == 0 && len(add) == 0 {
		return named
	}
	out := named[:0:0]
	for k, n := range named {
		if !drop[k] {
			out = append(out, n)
		}
	}
	return append(out, add...)
}

// spelledOutFrom is the first token of the capitalised words, with the
// small words between them ("of", "the", "and", "for"), that end before
// token end and whose initials spell short in order, or -1.
func spelledOutFrom(toks []chronicle.Token, end int, short string) int {
	letters := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r
		}
		return -1
	}, short)
	n := len(letters) // the letters still to spell, from the right
	for k := end - 1; k >= 0 && end-k <= 3*len(letters)+2; k-- {
		w := toks[k].Text
		switch {
		case capitalWord(w):
			if n == 0 || w[0] != letters[n-1] {
				return -1
			}
			if n--; n == 0 {
				return k
			}
		case nameLinks[w] && n > 0 && n < len(letters) && w[0]-'a'+'A' == letters[n-1] && k > 0 && capitalWord(toks[k-1].Text):
			n-- // "Forum on China-Africa Cooperation (FOCAC)": a small word the short form spells
		case (nameLinks[w] || w == ",") && k < end-1 && n < len(letters):
		case joinedHyphen(toks, k) || k > 0 && joinedHyphen(toks, k-1) && isLowerWord(w) && n < len(letters):
			// "Tehrik-i-Taliban Pakistan (TTP)": the hyphens and the small
			// word between the parts of a name
		case k == end-1 && spelledKinds[w]:
			// "Multinational Security Support mission (MSS)": the kind in
			// lower case that ends the name
		default:
			return -1
		}
	}
	return -1
}

// spelledKinds are the kinds of body that end a name in lower case before
// its short form.
var spelledKinds = map[string]bool{"mission": true, "party": true, "movement": true, "force": true, "group": true,
	"programme": true, "program": true}

// leadersOffices names the office of a head of state or government written
// in full, which the recognizer splits or takes for its holder: "the
// Chancellery of the President", "the Civil House of the President of the
// Republic", "the Executive Office of the President of the Republic of
// Tajikistan", "the Chancellery of the Prime Minister". The name runs on
// over "of" and a country named after the office.
func (d *doc) leadersOffices(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+3 < len(toks); i++ {
			a := i
			switch {
			case toks[i].Text == "Chancellery" || toks[i].Text == "Office" || toks[i].Text == "Administration":
			case (toks[i].Text == "Civil" || toks[i].Text == "Executive") && (toks[i+1].Text == "House" || toks[i+1].Text == "Office"):
				i++
			default:
				continue
			}
			if i+3 >= len(toks) || toks[i+1].Text != "of" || toks[i+2].Text != "the" {
				continue
			}
			b := i + 3
			switch {
			case toks[b].Text == "President":
				b++
			case toks[b].Text == "Prime" && b+1 < len(toks) && toks[b+1].Text == "Minister":
				b += 2
			default:
				continue
			}
			if b+2 < len(toks) && toks[b].Text == "of" {
				// "… of the Republic", "… of the Republic of Tajikistan"
				k := b + 1
				if toks[k].Text == "the" && k+1 < len(toks) {
					k++
				}
				if toks[k].Text == "Republic" {
					b = k + 1
					if k+2 < len(toks) && toks[k+1].Text == "of" {
						k += 2
					}
				}
				if _, n := d.countryNameAt(s, k, 1, 5); n > 0 {
					b = k + n // not on into the holder's name: "… of Ukraine Andriy Yermak"
				}
			}
			ed.takeOver(named, Named{Sentence: s, Start: a, End: b, Type: chronicle.Organization}, func(Named) bool { return true })
			i = b - 1
		}
	}
	return ed.applied(named)
}

// ministryHeads open the names of government bodies written in full:
// "Ministry of Oil", "Office of Disaster Preparedness and Emergency
// Management".
var ministryHeads = map[string]bool{"Ministry": true, "Department": true, "Office": true, "Agency": true, "Bureau": true}

// ministryNames adds the ministries the recognizer missed, named in full
// with a capital: "Ministry of Oil", "Ministry for Foreign Affairs and
// Trade", "Department of Health". The name runs over capitalised words and
// the small words between them, not into a person's name; a run a
// recognized span crosses is left alone, and one inside it gives way.
func (d *doc) ministryNames(named []Named) []Named {
	var ed spanEdits
	personAt := map[[2]int]bool{} // "Ministry of Foreign Affairs [Esmaeil Baghaei]": the name ends the run
	for _, n := range named {
		// (Not one after "and": "Preparedness and [Emergency Management]"
		// is the body's, which the recognizer took for a name.)
		if toks := d.sents[n.Sentence].Tokens; n.Type == chronicle.Person && n.Start > 0 && toks[n.Start-1].Text != "and" {
			personAt[[2]int{n.Sentence, n.Start}] = true
		}
	}
	for s := range d.sents {
		if d.titleCase(s) {
			continue
		}
		toks := d.sents[s].Tokens
		for i := 0; i+2 < len(toks); i++ {
			if t := toks[i].Text; !ministryHeads[t] || toks[i+1].Text != "of" && toks[i+1].Text != "for" ||
				!capitalWord(toks[i+2].Text) {
				continue
			}
			j := i + 3
			for j < len(toks) && !personAt[[2]int{s, j}] && (capitalWord(toks[j].Text) || (toks[j].Text == "and" || toks[j].Text == "of") &&
				j+1 < len(toks) && capitalWord(toks[j+1].Text) || toks[j].Text == "," && portfolioListAt(toks, j)) {
				j++
			}
			// Not across a recognized span, nor over the ministry recognized already.
			ed.takeOver(named, Named{Sentence: s, Start: i, End: j, Type: chronicle.Organization}, func(n Named) bool {
				return n.Type != chronicle.Organization || n.End-n.Start < j-i
			})
			i = j - 1
		}
	}
	return ed.applied(named)
}

// worksNames adds the works the recognizer missed: a run of capitalised
// words ending on a building's or a works' word ("the Akkuyu Nuclear Power
// Plant", "Zaporizhzhia Nuclear Power Plant", "the Great Hall of the
// People"), or followed by the kind of works in lower case after "the",
// "in" or "at" ("the Evin prison", "the Kerem Shalom crossing", "in Adiala
// jail"). A place the KB knows before the kind alone is the place's
// ("the Saratov plant"; see worksAfter), but not before "crossing". A
// recognized place or person inside the run gives way, and so does a body
// that is the name before a lower-case kind; a run that crosses a
// recognized span, that the KB knows as a body or that opens on a person's
// given name is left alone (not a building the KB knows: "the Great Hall of
// the People"), and so are title-case headlines.
func (d *doc) worksNames(named []Named) []Named {
	var people []string // the recognized people's names, lowercased: "Van Dam" after "Erik van Dam" is he
	for _, n := range named {
		if n.Type == chronicle.Person {
			people = append(people, strings.ToLower(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)))
		}
	}
	var ed spanEdits
	for s := range d.sents {
		if d.titleCase(s) {
			continue
		}
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			if !capitalWord(toks[i].Text) || isDeterminer(toks[i].Text) || i > 0 && capitalWord(toks[i-1].Text) && !isDeterminer(toks[i-1].Text) ||
				maleNames[toks[i].Text] || femaleNames[toks[i].Text] || i > 0 && toks[i-1].Text == "-" && toks[i-1].End == toks[i].Start {
				continue // (nor "American Highway" of "Pan-American Highway")
			}
			j := i
			for j < len(toks) && j-i < 6 && (capitalWord(toks[j].Text) ||
				toks[j].Text == "of" && j > i && j+1 < len(toks) && capitalWord(toks[j+1].Text)) {
				j++
			}
			ofThe := j+2 < len(toks) && j-i >= 2 && builtFeatures[toks[j-1].Text] && toks[j-1].Text != "House" && toks[j].Text == "of" &&
				toks[j+1].Text == "the" && capitalWord(toks[j+2].Text) && (j+3 == len(toks) || !capitalWord(toks[j+3].Text))
			if ofThe {
				j += 3 // "the Great Hall of the People"
			}
			end := -1
			switch {
			case j-i >= 2 && (builtFeatures[toks[j-1].Text] || ofThe) && toks[j-1].Text != "House":
				end = j
			case i > 0 && (strings.EqualFold(toks[i-1].Text, "the") || toks[i-1].Text == "in" || toks[i-1].Text == "at") && j < len(toks):
				k := j
				for k < len(toks) && k-j < 2 && worksModifiers[toks[k].Text] {
					k++
				}
				if k < len(toks) && (worksNouns[toks[k].Text] && (k > j || !d.knownPlace(d.spanOf(s, i, j).In(d.text))) ||
					toks[k].Text == "crossing") {
					end = k + 1 // ("the Rafah crossing" is no town's)
				}
			}
			run := d.spanOf(s, i, j).In(d.text)
			if org, known := d.r.kb.Org(run); end < 0 || known && org.Type != "FAC" || capitalParticles[toks[i].Text] ||
				slices.ContainsFunc(people, func(p string) bool { return strings.HasSuffix(p, strings.ToLower(run)) }) {
				continue
			}
			// A body before a lower-case kind gives way ("the [Kerem Shalom]
			// crossing"), but not before "building": "the [Supreme Court]
			// building" is the court's.
			ed.takeOver(named, Named{Sentence: s, Start: i, End: end, Type: chronicle.Facility}, func(n Named) bool {
				return n.Type == chronicle.GeoPolitical || n.Type == chronicle.Location || n.Type == chronicle.Person ||
					n.Type == chronicle.Nationality || n.Type == chronicle.Facility && n.End-n.Start < end-i ||
					n.Type == chronicle.Organization && n.Start == i && n.End == j && end > j && toks[end-1].Text != "building"
			})
			i = end - 1
		}
	}
	return ed.applied(named)
}

// portfolioListAt tells whether the comma at token j goes on a list of
// portfolios that "and" ends: "Ministry of Agriculture[,] Forestry and
// Fisheries", "Ministry of Foreign Affairs[,] Emigration and Egyptian
// Expatriates". Each item is one or two capitalised words.
func portfolioListAt(toks []chronicle.Token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+8; {
		n := 0
		for k < len(toks) && n < 2 && capitalWord(toks[k].Text) {
			k, n = k+1, n+1
		}
		if n == 0 || k >= len(toks) {
			return false
		}
		switch toks[k].Text {
		case "and":
			return k+1 < len(toks) && capitalWord(toks[k+1].Text)
		case ",":
			k++
		default:
			return false
		}
	}
	return false
}

// partyNames adds the parties the recognizer missed or took for a person:
// one to three capitalised words before "party" in lower case, after "the"
// and maybe lower-case words ("the nationalist Revival party", "the ruling
// Frelimo party", "The Amanat party" opening a sentence). A run a
// recognized span crosses, or that a place or a people's word covers, is
// left alone.
func (d *doc) partyNames(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for k := 2; k < len(toks); k++ {
			if toks[k].Text != "party" {
				continue
			}
			i := k
			for i > 0 && k-i < 3 && capitalWord(toks[i-1].Text) && !isDeterminer(toks[i-1].Text) {
				i--
			}
			if i == k || i == 0 {
				continue
			}
			h := i - 1
			for h > 0 && i-h <= 2 && isLowerWord(toks[h].Text) && !strings.EqualFold(toks[h].Text, "the") {
				h--
			}
			if !strings.EqualFold(toks[h].Text, "the") {
				continue
			}
			ed.takeOver(named, Named{Sentence: s, Start: i, End: k, Type: chronicle.Organization}, func(n Named) bool {
				return n.Type == chronicle.Person || n.Type == chronicle.Organization
			})
		}
	}
	return ed.applied(named)
}

// nameLinks are the small words inside bodies' names.
var nameLinks = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "&": true}

// firmNames adds the companies the recognizer missed or took for a person
// or a place: a run of one to four capitalised words after a firm's kind
// ("consultancy Qamar Energy", "research firm Sahel Analytics"), after
// "state-owned" or a place's "-listed" or "-based" ("the state-owned
// Petrosen", "London-listed Gulf Keystone Petroleum"), and a run of two
// words or more ending in a firm's word anywhere but in a title-case
// headline ("Australia's Woodside Energy"). A run a recognized span crosses,
// a person's first name opens or the KB knows as a place is left alone.
func (d *doc) firmNames(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		if d.titleCase(s) {
			continue
		}
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			if !capitalWord(toks[i].Text) || i > 0 && isCapitalized(toks[i-1].Text) ||
				i > 1 && toks[i-1].Text == "-" && toks[i-1].Start == toks[i-2].End && toks[i].Start == toks[i-1].End {
				continue // nor the "American Development Bank" of "Inter-American …"
			}
			j := i
			for j < len(toks) && j-i < 4 && capitalWord(toks[j].Text) {
				j++
			}
			if j < len(toks) && !isLowerWord(toks[j].Text) && !isPunctToken(toks[j].Text) {
				continue // "Transport 2000", or five words or more: no firm this pass can tell
			}
			before := ""
			if i > 0 {
				before = strings.ToLower(toks[i-1].Text)
			}
			if i > 2 && toks[i-2].Text == "-" {
				before = strings.ToLower(toks[i-3].Text) + "-" + before // "state-owned", split by the tokenizer
			}
			cue := firmCue(before)
			if !cue && (j-i < 2 || !firmWord(toks[j-1].Text)) || maleNames[toks[i].Text] || femaleNames[toks[i].Text] || agedAt(toks, j) {
				continue // not "pony operator Ghulam Nabi Bhat, 43,", a person of that age
			}
			name := d.spanOf(s, i, j).In(d.text)
			if d.knownPlace(name) {
				continue
			}
			if !ed.takeOver(named, Named{Sentence: s, Start: i, End: j, Type: chronicle.Organization}, func(n Named) bool {
				return n.Type != chronicle.Organization
			}) {
				continue // a span across the run, or a body recognized already
			}
			i = j - 1
		}
	}
	return ed.applied(named)
}

// firmCue tells whether a word, in lower case, before a name says the name
// is a company's: a firm's kind ("consultancy", "miner"), "state-owned",
// or a place's "-listed" or "-based".
func firmCue(w string) bool {
	return firmNouns[w] || firmKinds[w] || w == "state-owned" || w == "state-run" ||
		strings.HasSuffix(w, "-listed") || strings.HasSuffix(w, "-based")
}

// firmKinds are the kinds of body, other than a trade's (firmNouns), that
// name a company after them.
var firmKinds = map[string]bool{"firm": true, "company": true, "consultancy": true, "group": true, "bank": true,
	"carrier": true}

// bodiesRunOn lets a body's name of two words or more that the recognizer
// ended before a linking word, and that the KB does not know, run on over it and the capitalised words
// after, when nothing was recognized there and those words are no place the
// KB knows: "the Institute of Strategic Analysis [and Forecasting]", "the
// Al-Ahram Center [for Political and Strategic Studies]". The run ends
// where lower case or punctuation starts, or a recognized person's name
// ("the Central Commission of the Republic of Belarus [on Elections and
// Holding of Republican Referendums] Igor Karpenko"), within five capitalised words
// none of which is a day's or a month's name ("the court on Tuesday");
// one that runs into a capitalised word after that is left alone, and so
// are title-case headlines, where every word is capitalised.
func (d *doc) bodiesRunOn(named []Named) []Named {
	covered := map[[2]int]bool{}
	personAt := map[[2]int]bool{}   // "… on Elections and Holding of Republican Referendums [Igor Karpenko]"
	adjectiveAt := map[[2]int]int{} // the first tokens of one-word demonyms, by index into named
	for k, n := range named {
		if n.Type == chronicle.Nationality && n.End == n.Start+1 {
			adjectiveAt[[2]int{n.Sentence, n.Start}] = k
			continue // "Republican" of "Holding of Republican Referendums" may be run over
		}
		for k := n.Start; k < n.End; k++ {
			covered[[2]int{n.Sentence, k}] = true
		}
		if n.Type == chronicle.Person {
			personAt[[2]int{n.Sentence, n.Start}] = true
		}
	}
	drop := map[int]bool{}
	for i, n := range named {
		toks := d.sents[n.Sentence].Tokens
		j := n.End
		if n.Type != chronicle.Organization || n.End-n.Start < 2 || j+1 >= len(toks) || !runOnLinks[toks[j].Text] ||
			d.titleCase(n.Sentence) {
			continue
		}
		end, words := j+1, 0
		for end < len(toks) && words <= 5 && !covered[[2]int{n.Sentence, end}] {
			w := toks[end].Text
			if capitalWord(w) && !text.CalendarWord(w) {
				words++
			} else if !(nameLinks[w] && end > j+1 && end+1 < len(toks) && capitalWord(toks[end+1].Text)) {
				break
			}
			end++
		}
		if words == 0 || words > 5 || end < len(toks) && !personAt[[2]int{n.Sentence, end}] &&
			(covered[[2]int{n.Sentence, end}] || !isLowerWord(toks[end].Text) && !isPunctToken(toks[end].Text)) {
			continue
		}
		run := d.spanOf(n.Sentence, j+1, end).In(d.text)
		if _, known := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)); known {
			continue // "Foreign Affairs, European Union and Cooperation": the Union is the KB's
		}
		if _, body := d.r.kb.Org(run); body || d.knownPlace(run) || maleNames[toks[j+1].Text] || femaleNames[toks[j+1].Text] {
			continue
		}
		named[i].End = end
		for k := j + 1; k < end; k++ {
			if a, ok := adjectiveAt[[2]int{n.Sentence, k}]; ok {
				drop[a] = true
			}
		}
	}
	return replaced(named, drop, nil)
}

// bodiesOfCountries joins a state body's name and the country named after
// it with "of" where the recognizer spanned them apart, as it does with
// formal country names: "the [Ministry of Justice] of the [Russian
// Federation]", "[Ministry of Foreign Affairs] of the [Islamic Republic of
// Iran]" are each one body, named as the text names it. The body's name
// must end on a state institution's word ("Ministry", "Government",
// "Embassy", "Court", "Forces" …), and the country must not be followed by
// "'s" ("the Office of [Ukraine]'s President" is Ukraine's President's).
func (d *doc) bodiesOfCountries(named []Named) []Named {
	placeAt := map[[2]int]int{}
	for k, n := range named {
		if isPlace(n.Type) {
			placeAt[[2]int{n.Sentence, n.Start}] = k
		}
	}
	drop := map[int]bool{}
	for i, n := range named {
		toks := d.sents[n.Sentence].Tokens
		j := n.End
		if n.Type != chronicle.Organization || j+1 >= len(toks) || toks[j].Text != "of" || drop[i] {
			continue
		}
		k, ok := placeAt[[2]int{n.Sentence, j + 1}]
		if !ok && toks[j+1].Text == "the" {
			k, ok = placeAt[[2]int{n.Sentence, j + 2}]
		}
		if !ok || drop[k] {
			continue
		}
		g := named[k]
		if g.End < len(toks) && (toks[g.End].Text == "'s" || toks[g.End].Text == "’s") {
			continue
		}
		if _, ok := d.countryNamed(d.spanOf(g.Sentence, g.Start, g.End).In(d.text)); !ok {
			continue
		}
		words := make([]string, 0, n.End-n.Start)
		for _, t := range toks[n.Start:n.End] {
			words = append(words, t.Text)
		}
		if !stateSectors[institutionSector(words)] && !ownedByCountryName(words) {
			continue
		}
		named[i].End = g.End
		drop[k] = true
	}
	return replaced(named, drop, nil)
}

// ownedByCountryName tells whether a body's name, written head first,
// names the country it belongs to after "of" as part of the name:
// "Federation of Trade Unions of Uzbekistan", "Electricity Company of
// Ghana", "Trade Promotion Organization of Iran".
func ownedByCountryName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	// The head may follow an adjective: "National Association of Taxi
	// Drivers of Angola".
	return countryOwnedHeads[words[0]] || countryOwnedHeads[words[len(words)-1]] || countryOwnedHeads[words[1]]
}

// countryOwnedHeads are the head words of such names.
var countryOwnedHeads = map[string]bool{"Federation": true, "Association": true, "Organization": true, "Organisation": true,
	"Company": true, "Confederation": true, "Chamber": true, "Union": true, "Cabinet": true, "Conference": true}

// runOnLinks are the linking words a body's name runs on over (see
// bodiesRunOn).
var runOnLinks = map[string]bool{"and": true, "for": true, "on": true, "against": true}

// placesBeforeNames splits a span the recognizer ran from a place on over
// the name of a person after it, as translations from Russian write them,
// with no comma between: "resident of [Sudzha] [Valentina Kolesnikova]",
// "the Presidential Envoy in the [Far Eastern Federal District] [Yuri
// Trutnev]". The place is one the KB knows, one it knows before a
// division's word ("Izium District") or follows "village of", "resident of" and the
// like, and it follows "of", "in" or "from" (so that "Adam
// Yahya Ishag" is not split after the Omani town); the person's part is two
// or three capitalised words opening on a common given name, making a name
// the KB knows, or ending on the surname of a person the article names
// elsewhere. A span that is a place the KB knows whole stays whole.
func (d *doc) placesBeforeNames(named []Named) []Named {
	var ed spanEdits
	for i, n := range named {
		if n.End-n.Start < 3 || n.Type == chronicle.Organization {
			continue
		}
		toks := d.sents[n.Sentence].Tokens
		a := n.Start
		if a > 0 && strings.EqualFold(toks[a-1].Text, "the") {
			a--
		}
		if a == 0 || !placePrepositions[toks[a-1].Text] || d.knownPlace(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)) {
			continue
		}
		for k := max(n.Start+1, n.End-3); k <= n.End-2; k++ {
			person := d.spanOf(n.Sentence, k, n.End).In(d.text)
			first := toks[k].Text
			if !allCapitalWords(toks[k:n.End]) || !(maleNames[first] || femaleNames[first] ||
				len(d.r.kb.PeopleNamed(person)) > 0 || surnameElsewhere(d, named, i, toks[n.End-1].Text)) {
				continue
			}
			placeType := chronicle.GeoPolitical
			last := toks[k-1].Text
			if kind := divisionNouns[strings.ToLower(last)]; kind != "" && isCapitalized(last) && k-n.Start >= 2 &&
				d.knownPlace(d.spanOf(n.Sentence, n.Start, k-1).In(d.text)) {
				placeType = kind // "Izium District", not a "Federal District" the KB gives Brazil
			} else if !d.knownPlace(d.spanOf(n.Sentence, n.Start, k).In(d.text)) && !d.afterSettlementNoun(n.Sentence, n.Start) &&
				!(a >= 2 && residentNouns[strings.ToLower(toks[a-2].Text)]) {
				continue
			}
			if ed.drop == nil {
				ed.drop = map[int]bool{}
			}
			ed.drop[i] = true
			ed.add = append(ed.add, Named{Sentence: n.Sentence, Start: n.Start, End: k, Type: placeType},
				Named{Sentence: n.Sentence, Start: k, End: n.End, Type: chronicle.Person})
			break
		}
	}
	return ed.applied(named)
}

// surnameElsewhere tells whether a person's span of named other than the
// i-th ends on the word w: the article calls the person by it again.
func surnameElsewhere(d *doc, named []Named, i int, w string) bool {
	for k, n := range named {
		if k != i && n.Type == chronicle.Person && d.sents[n.Sentence].Tokens[n.End-1].Text == w {
			return true
		}
	}
	return false
}

// residentNouns say that the place after them and "of" is where a person
// lives: "a resident of Sudzha Valentina Kolesnikova".
var residentNouns = map[string]bool{"resident": true, "residents": true, "native": true, "inhabitant": true}

// placePrepositions open a place's name.
var placePrepositions = map[string]bool{"of": true, "in": true, "from": true}

// allCapitalWords tells whether every token is a capitalised word.
func allCapitalWords(toks []chronicle.Token) bool {
	for _, t := range toks {
		if !capitalWord(t.Text) {
			return false
		}
	}
	return true
}

// placeWithAnd tells whether name, with "and" inside, is a country's or an
// area's name the KB knows whole: "Trinidad and Tobago", "Bosnia and
// Herzegovina", "Jammu and Kashmir".
func (d *doc) placeWithAnd(name string) bool {
	if !strings.Contains(name, " and ") {
		return false
	}
	if _, ok := d.countryNamed(name); ok {
		return true
	}
	_, ok := d.r.kb.Area(name)
	return ok || len(d.r.kb.RegionCountries(name)) > 0
}

// placesNamedWithAnd joins the names of places that hold "and" which the
// recognizer split at it, or began after it: "[Trinidad] and [Tobago]" is
// one country, and "Trinidad and [Tobago Police Service]" the police of
// it. The name is the longest of up to three words on each side of "and"
// that the KB knows whole as a country, a region or an area.
func (d *doc) placesNamedWithAnd(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for j := 1; j+1 < len(toks); j++ {
			if toks[j].Text != "and" || !capitalWord(toks[j-1].Text) || !capitalWord(toks[j+1].Text) {
				continue
			}
			a, b := -1, -1
			for x := max(j-3, 0); x < j && a < 0; x++ {
				if isDeterminer(toks[x].Text) {
					continue
				}
				for y := min(j+4, len(toks)); y > j+1; y-- {
					if d.placeWithAnd(d.spanOf(s, x, y).In(d.text)) {
						a, b = x, y
						break
					}
				}
			}
			if a < 0 {
				continue
			}
			// A body's name begun inside the place's runs back to its start.
			extended := false
			for k, n := range named {
				if n.Sentence == s && n.Type == chronicle.Organization && n.Start > a && n.Start < b && n.End > b {
					named[k].Start, extended = a, true
				}
			}
			if !extended {
				ed.takeOver(named, Named{Sentence: s, Start: a, End: b, Type: chronicle.GeoPolitical}, func(n Named) bool {
					return n.Type != chronicle.Organization && n.Type != chronicle.Person || n.End-n.Start == 1
				})
			}
			j = b - 1
		}
	}
	return ed.applied(named)
}

// eventNames adds the events the recognizer missed: a named operation
// ("Operation Rising Lion", "Operation Sagar Bandhu": "Operation" and one
// to three capitalised words), a feast ("Ramadan", "Fourth of July") and a
// UN climate conference by its number ("COP29"). Spans inside an
// operation's name that are no person's or body's give way to it; an
// operation the KB knows as a body is one ("Operation Aspides", the EU's
// naval mission).
func (d *doc) eventNames(named []Named) []Named {
	covered := coveredTokens(named)
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			w := toks[i].Text
			afterWord := pastJoinedHyphens(toks, i+1) // past "-19" of "COVID-19"
			known := 0                                // the end of a feast, national day or war of the lists here
			if capitalWord(w) {
				known = d.knownEventEnd(s, i)
			}
			election := electionAt(toks, i) // the end of "the 2028 presidential election", or 0
			switch {
			case w == "Operation":
				j := i + 1
				for j < len(toks) && j-i <= 3 && (capitalWord(toks[j].Text) || joinedHyphen(toks, j)) {
					j++
				}
				if j-i < 2 || j < len(toks) && isCapitalized(toks[j].Text) {
					continue
				}
				typ := chronicle.EventName
				if _, body := d.r.kb.Org(d.spanOf(s, i, j).In(d.text)); body {
					typ = chronicle.Organization // "Operation Aspides", the EU's standing naval mission
				}
				if ed.takeOver(named, Named{Sentence: s, Start: i, End: j, Type: typ}, func(n Named) bool {
					return n.Type != chronicle.Person && n.Type != chronicle.Organization // "Operation Aspides", the EU's naval mission, speaks
				}) {
					i = j - 1
				}
			case election > 0 && !covered[[2]int{s, i}]:
				// "the 2028 presidential election", "ahead of the 2027
				// election": an election by its year.
				if ed.takeOver(named, Named{Sentence: s, Start: i, End: election, Type: chronicle.EventName}, func(n Named) bool { return n.Type != chronicle.Person }) {
					i = election - 1
				}
			case climateConference(w) && !covered[[2]int{s, i}]:
				ed.add = append(ed.add, Named{Sentence: s, Start: i, End: i + 1, Type: chronicle.EventName})
			case capitalWord(w) && afterWord < len(toks) && toks[afterWord].Text == "pandemic":
				// "the COVID-19 pandemic": the disease's name is no body's.
				j := afterWord + 1
				if ed.takeOver(named, Named{Sentence: s, Start: i, End: j, Type: chronicle.EventName}, func(Named) bool { return true }) {
					i = j - 1
				}
			case known > 0:
				// A feast or a national day, or a war or a revolution news
				// names ("Victory Day", "Canada Day", "World War Two"); a
				// country's name inside gives way.
				j := known
				if ed.takeOver(named, Named{Sentence: s, Start: i, End: j, Type: chronicle.EventName}, func(n Named) bool {
					return n.Type != chronicle.Organization && n.Type != chronicle.EventName || n.End-n.Start < j-i
				}) {
					i = j - 1
				}
			case (i == 0 || !capitalWord(toks[i-1].Text) && !joinedHyphen(toks, i-1) && !isPossessive(toks[i-1].Text) &&
				!(nameLinks[toks[i-1].Text] && i >= 2 && (capitalWord(toks[i-2].Text) || toks[i-2].Text == "of" || toks[i-2].Text == "for"))) &&
				(capitalWord(w) || yearOrOrdinal(w)) && !d.titleCase(s):
				// "the Twelve-Day War", "the 2030 FIFA World Cup", "the
				// 47th ASEAN Summit": a capitalised run ending on a kind of
				// happening, whatever names lie inside it.
				if a, b, ok := eventRun(toks, i); ok && d.knownEventEnd(s, a) == 0 && ed.takeOver(named, Named{Sentence: s, Start: a, End: b, Type: chronicle.EventName},
					func(n Named) bool { return n.Type != chronicle.Person && n.Type != chronicle.EventName }) {
					i = b - 1
				}
			}
		}
	}
	return ed.applied(named)
}

// electionKinds are the words between an election's year and "election":
// "the 2024 presidential election".
var electionKinds = map[string]bool{"presidential": true, "parliamentary": true, "general": true, "legislative": true,
	"local": true, "municipal": true, "regional": true, "provincial": true, "national": true, "federal": true,
	"snap": true, "midterm": true, "senate": true, "state": true}

// electionAt returns the end of an election named by its year from token i
// of toks, after "the": a year, up to two kinds and "election" or
// "elections" ("the 2028 presidential election"); 0 when there is none.
func electionAt(toks []chronicle.Token, i int) int {
	if i == 0 || !strings.EqualFold(toks[i-1].Text, "the") || len(toks[i].Text) != 4 || !isNumber(toks[i].Text) ||
		toks[i].Text < "1900" || toks[i].Text > "2099" {
		return 0
	}
	j := i + 1
	for j < len(toks) && j-i <= 2 && electionKinds[toks[j].Text] {
		j++
	}
	if j < len(toks) && (toks[j].Text == "election" || toks[j].Text == "elections") {
		return j + 1
	}
	return 0
}

// knownEventEnd returns the end of the longest feast, national day or war
// of the lists that starts at token i of sentence s ("Since [World War
// Two]") and ends on a capitalised word or a number, or 0. (Not "Lent"
// opening a sentence.)
func (d *doc) knownEventEnd(s, i int) int {
	toks := d.sents[s].Tokens
	if !eventFirstWords()[kb.Fold(toks[i].Text)] {
		return 0
	}
	for j := min(i+5, len(toks)); j > i; j-- {
		name := kb.Fold(d.spanOf(s, i, j).In(d.text))
		if (holidays[name] || nationalDays[name] || historicEvents[name]) && (isCapitalized(toks[j-1].Text) || isNumber(toks[j-1].Text)) &&
			!(j-i == 1 && i == 0 && toks[i].Text == "Lent") {
			return j
		}
	}
	return 0
}

// happeningHeads end the names of wars, gatherings and addresses, as the
// last capitalised word: "Cold War", "East Asia Summit", "Africa Cup of
// Nations", "State of the Nation Address".
var happeningHeads = map[string]bool{"War": true, "Summit": true, "Conference": true, "Cup": true, "Games": true,
	"Olympics": true, "Address": true, "Uprising": true, "Fair": true, "Festival": true, "Marathon": true,
	"Championship": true, "Championships": true, "Massacre": true, "Earthquake": true, "Expo": true}

// happeningNotBody are words that make a run ending on a happening's word
// a body's name or a building's: "Ministry of War", "War Museum".
var happeningNotBody = map[string]bool{"Ministry": true, "Department": true, "Office": true, "Museum": true,
	"Institute": true, "University": true, "College": true, "Agency": true, "Memorial": true, "Secretary": true,
	"Minister": true, "Committee": true, "Organizing": true, "Organising": true, "Bishops": true, "Episcopal": true}

// eventRun finds a happening's name in the capitalised run from token i of
// toks: its words, hyphened parts, ordinals and years, and "of", "the",
// "and" (before its kind only), "for" (or two of them) between capitalised
// words, but not before a day or a month, when one of its words is in
// happeningHeads and ends it or opens its "of" ("Africa Cup of Nations",
// "Expo 2025"). The name has two tokens at least and opens on no
// determiner, preposition or other word that only opens the sentence (nor
// on the common noun that opens it); no body's or building's word is in it.
func eventRun(toks []chronicle.Token, i int) (a, b int, ok bool) {
	for i < len(toks) && (notNameWord[toks[i].UPOS] || toks[i].UPOS == "" && text.SentenceOpener(toks[i].Text) ||
		i == 0 && toks[i].UPOS == "NOUN") {
		i++ // "Since World War Two", "In Canton Fair halls", "Preparations for National Naadam Festival enter …"
	}
	last, end := -1, i
run:
	for j := i; j < len(toks) && j-i < 12; j++ {
		w := toks[j].Text
		switch {
		case happeningNotBody[w] || builtFeatures[w]:
			return 0, 0, false // "Ministry of War", "Nasrec Expo Centre"
		case capitalWord(w) || yearOrOrdinal(w) || joinedHyphen(toks, j) || isPossessive(w) && j > i:
			if happeningHeads[w] {
				last = j
			}
		case w == "and" && last >= 0, j+1 < len(toks) && text.CalendarWord(toks[j+1].Text):
			break run // "the Africa Cup of Nations and the FIFA World Cup", "the East Asia Summit on Tuesday"
		case nameLinks[w] && j > i && j+1 < len(toks) && (capitalWord(toks[j+1].Text) ||
			nameLinks[toks[j+1].Text] && j+2 < len(toks) && capitalWord(toks[j+2].Text)): // "State of the Nation Address"
		default:
			break run
		}
		end = j + 1
	}
	if last < 0 || last == i && end == i+1 {
		return 0, 0, false
	}
	if after := last + 1; after < end && !nameLinks[toks[after].Text] && !yearOrOrdinal(toks[after].Text) {
		return 0, 0, false // "Fair Trials Abroad", a body: its kind word must end the name or open its "of"
	}
	return i, end, true
}

// notNameWord are the parts of speech of words that open a sentence
// before a name but are none of it.
var notNameWord = map[string]bool{"ADP": true, "DET": true, "SCONJ": true, "CCONJ": true, "ADV": true, "PRON": true,
	"AUX": true, "VERB": true, "PART": true, "INTJ": true}

// yearOrOrdinal tells whether w is a year ("2030") or an ordinal in
// figures ("47th", "2nd").
func yearOrOrdinal(w string) bool {
	if len(w) == 4 && strings.Trim(w, "0123456789") == "" {
		return w[0] == '1' || w[0] == '2'
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return true
		}
	}
	return false
}

// eventFirstWords are the first words, folded, of the names in holidays,
// nationalDays and historicEvents: a cheap test before a name is looked up
// at every capitalised word.
var eventFirstWords = sync.OnceValue(func() map[string]bool {
	first := map[string]bool{}
	for _, m := range []map[string]bool{holidays, nationalDays, historicEvents} {
		for name := range m {
			w, _, _ := strings.Cut(name, " ")
			w, _, _ = strings.Cut(w, "-") // "Six-Day War", which the tokenizer splits
			first[strings.TrimRight(w, "'")] = true
		}
	}
	return first
})

// climateConference tells whether w names a UN climate change conference
// by its number: "COP29".
func climateConference(w string) bool {
	n := strings.TrimPrefix(w, "COP")
	return n != w && len(n) >= 1 && len(n) <= 2 && strings.Trim(n, "0123456789") == ""
}

// climateConferenceHosts are the countries where the UN climate change
// conferences met (COP21 Paris to COP31 Antalya). Source: UNFCCC, list of
// sessions of the Conference of the Parties.
var climateConferenceHosts = map[string]string{"COP21": "FRA", "COP22": "MAR", "COP23": "DEU", "COP24": "POL",
	"COP25": "ESP", "COP26": "GBR", "COP27": "EGY", "COP28": "ARE", "COP29": "AZE", "COP30": "BRA", "COP31": "TUR"}

// eventHeads end the names of gatherings: "East Asia Summit", "Munich
// Security Conference", "Asian Games".
var eventHeads = map[string]bool{"Summit": true, "Conference": true, "Games": true, "Olympics": true,
	"Festival": true, "Marathon": true, "Championship": true, "Championships": true, "Expo": true, "Meeting": true}

// observedYear tells whether name is that of a year or day given over to a
// cause: "International Year of Glaciers' Preservation", "Year of
// Environmental Protection and Green Economy", "International Day of Peace".
func observedYear(name string) bool {
	for _, p := range []string{"International Year of ", "International Day of ", "Year of "} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// heldForum tells whether a name ending on "Forum" is a forum held, not a
// body: "Astana International Forum", "Samarkand Climate Forum", "Third
// Shusha Global Media Forum", "Issyk-Kul Forum"; not "Horn Policy Forum",
// a think tank, nor "Indo-Kuwait Business Forum".
func (d *doc) heldForum(n Named) bool {
	toks := d.sents[n.Sentence].Tokens
	if toks[n.End-1].Text != "Forum" || n.End-n.Start < 2 {
		return false
	}
	before := toks[n.End-2].Text
	return heldForumWords[before] || isOrdinalWord(toks[n.Start].Text) || n.End-n.Start == 2 && d.knownPlace(before)
}

// heldForumWords go before "Forum" in the names of forums held.
var heldForumWords = map[string]bool{"International": true, "Investment": true, "Economic": true, "Climate": true,
	"Diplomacy": true, "Media": true, "Energy": true, "Water": true}

// isOrdinalWord tells whether w is an ordinal: "Third", "12th", "XII".
func isOrdinalWord(w string) bool {
	switch w {
	case "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth":
		return true
	}
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") ||
		strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd"))
}

// countriesRunOn runs a span (or a capitalised word no span holds) on over
// the lower-case word after it when the two name a country the KB knows:
// "the [Zionist] regime", as Iranian media call Israel, is the country,
// not a people. It also runs a one-word span back over the capitalised
// word before it when the two are a region's adjective ("Latin American").
func (d *doc) countriesRunOn(named []Named) []Named {
	var ed spanEdits
	covered := coveredTokens(named)
	for s := range d.sents {
		// (A word the recognizer left out: "of the Zionist regime".)
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if covered[[2]int{s, i}] || !capitalWord(toks[i].Text) || !isLowerWord(toks[i+1].Text) {
				continue
			}
			if _, ok := d.countryNamed(d.spanOf(s, i, i+2).In(d.text)); ok {
				ed.add = append(ed.add, Named{Sentence: s, Start: i, End: i + 2, Type: chronicle.GeoPolitical})
			}
		}
	}
	for _, n := range named {
		toks := d.sents[n.Sentence].Tokens
		if n.End-n.Start == 1 && n.Start > 0 && capitalWord(toks[n.Start-1].Text) && !covered[[2]int{n.Sentence, n.Start - 1}] {
			// "[Latin] American", "[West] African": a region's adjective
			// of two words, whose second the recognizer took alone.
			if _, ok := d.r.kb.AreaByAdjective(d.spanOf(n.Sentence, n.Start-1, n.End).In(d.text)); ok {
				ed.takeOver(named, Named{Sentence: n.Sentence, Start: n.Start - 1, End: n.End, Type: n.Type}, func(Named) bool { return true })
				continue
			}
		}
		if n.End >= len(toks) || n.End-n.Start > 2 || !isLowerWord(toks[n.End].Text) {
			continue
		}
		name := d.spanOf(n.Sentence, n.Start, n.End+1).In(d.text)
		if _, ok := d.countryNamed(name); ok {
			ed.takeOver(named, Named{Sentence: n.Sentence, Start: n.Start, End: n.End + 1, Type: chronicle.GeoPolitical},
				func(Named) bool { return true })
		}
	}
	return ed.applied(named)
}

// placesBesidePlaces adds a place the KB knows that the recognizer missed
// right beside a place it found, joined by "and", "or" or a comma:
// "between [Java] and Bali". One to three capitalised words, not opening
// the sentence, no given name, no month ("JEDDAH, March 11": March is
// also a town in England).
func (d *doc) placesBesidePlaces(named []Named) []Named {
	covered := coveredTokens(named)
	place := map[[2]int]bool{} // sentence, token: inside a recognized place
	for _, n := range named {
		if isPlace(n.Type) {
			for k := n.Start; k < n.End; k++ {
				place[[2]int{n.Sentence, k}] = true
			}
		}
	}
	var add []Named
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i < len(toks); i++ {
			if covered[[2]int{s, i}] || !capitalWord(toks[i].Text) || capitalWord(toks[i-1].Text) {
				continue
			}
			j := i
			for j < len(toks) && j-i < 3 && capitalWord(toks[j].Text) && !covered[[2]int{s, j}] {
				j++
			}
			if j < len(toks) && (capitalWord(toks[j].Text) || covered[[2]int{s, j}]) {
				continue
			}
			before := i >= 2 && joiners[toks[i-1].Text] && place[[2]int{s, i - 2}]
			after := j+1 < len(toks) && joiners[toks[j].Text] && place[[2]int{s, j + 1}]
			name := d.spanOf(s, i, j).In(d.text)
			if (before || after) && !isAcronym(name) && !text.CalendarWord(name) && !maleNames[toks[i].Text] && !femaleNames[toks[i].Text] && d.knownPlace(name) &&
				len(d.r.kb.PeopleNamed(name)) == 0 {
				typ := chronicle.GeoPolitical
				if _, ok := d.r.kb.Area(name); ok {
					typ = chronicle.Location
				}
				add = append(add, Named{Sentence: s, Start: i, End: j, Type: typ})
			}
			i = j
		}
	}
	return append(named, add...)
}

// placesListedWithPlaces retypes the names a list gives beside places,
// which the recognizer took for people: "Ha Noi, Hue, Cao Bang and [Lai
// Chau]", "between Vientiane and [Luang Prabang]", "the [Shohmansur], Sino
// and [Ismoili Somoni] districts". A list is names joined by commas, "and"
// or "or", the last join "and" or "or"; it must hold a place the KB knows,
// or end before a plural kind of place ("districts", "provinces"). A name
// the KB knows as a person's, opened by a given name or after a title or
// courtesy title is left alone.
func (d *doc) placesListedWithPlaces(named []Named) []Named {
	bySent := map[int][]int{}
	for k, n := range named {
		bySent[n.Sentence] = append(bySent[n.Sentence], k)
	}
	out := slices.Clone(named)
	for s, ks := range bySent {
		slices.SortFunc(ks, func(a, b int) int { return cmp.Compare(named[a].Start, named[b].Start) })
		toks := d.sents[s].Tokens
		for i := 0; i < len(ks); {
			// The list from ks[i]: each next name one joiner (or ", and")
			// after the one before.
			j := i + 1
			for j < len(ks) && listJoined(toks, named[ks[j-1]].End, named[ks[j]].Start) {
				j++
			}
			list := ks[i:j]
			i = j
			if len(list) < 2 || !coordinated(toks, named[list[len(list)-2]].End) {
				continue // "In Osaka, Keiko Yamamoto, …" is no list
			}
			last := named[list[len(list)-1]]
			kinds := last.End < len(toks) && pluralPlaceKind(toks[last.End].Text)
			known := slices.ContainsFunc(list, func(k int) bool {
				n := named[k]
				return isPlace(n.Type) && d.knownPlace(d.spanOf(s, n.Start, n.End).In(d.text))
			})
			if !kinds && !known {
				continue
			}
			divisions := kinds && text.DivisionWord(singularNoun(strings.ToLower(toks[last.End].Text)))
			for _, k := range list {
				n := named[k]
				if n.Type == chronicle.Person && d.unpersonalName(n) ||
					n.Type == chronicle.Location && divisions && d.administrativeRegion(s, last.End, strings.Fields(d.spanOf(s, n.Start, n.End).In(d.text))) {
					out[k].Type = chronicle.GeoPolitical // (and "the [Kurram] and North Waziristan districts")
				}
			}
		}
	}
	return out
}

// listJoined tells whether the tokens [a, b) join two items of a list: a
// comma, "and", "or", or a comma and "and".
func listJoined(toks []chronicle.Token, a, b int) bool {
	switch b - a {
	case 1:
		return joiners[toks[a].Text]
	case 2:
		return toks[a].Text == "," && (toks[a+1].Text == "and" || toks[a+1].Text == "or")
	}
	return false
}

// coordinated tells whether the joiner at token a, after a list's
// second-last item, is "and" or "or" (maybe after a comma).
func coordinated(toks []chronicle.Token, a int) bool {
	if toks[a].Text == "," && a+1 < len(toks) {
		a++
	}
	return toks[a].Text == "and" || toks[a].Text == "or"
}

// pluralPlaceKind tells whether w is the plural of a kind of place that
// follows a list of such places: "Binh Duong and Ba Ria-Vung Tau
// provinces", "the Ratoma and Matoto districts", "Elata, Lithi and several
// nearby villages". Not "departments", which are as often a government's.
func pluralPlaceKind(w string) bool {
	one := singularNoun(strings.ToLower(w))
	return one != strings.ToLower(w) && (text.DivisionWord(one) && one != "department" || settlementNouns[one] || otherPlaceKinds[one])
}

// otherPlaceKinds are kinds of place that are neither divisions nor
// settlements.
var otherPlaceKinds = map[string]bool{"area": true, "neighbourhood": true, "neighborhood": true, "parish": true, "commune": true}

// unpersonalName tells whether a name the recognizer took for a person's
// could be a place's: no person the KB knows, no given name opening it, no
// title or courtesy title before it.
func (d *doc) unpersonalName(n Named) bool {
	toks := d.sents[n.Sentence].Tokens
	name := d.spanOf(n.Sentence, n.Start, n.End).In(d.text)
	if len(d.r.kb.PeopleNamed(name)) > 0 || maleNames[toks[n.Start].Text] || femaleNames[toks[n.Start].Text] {
		return false
	}
	return n.Start == 0 || !text.Honorific(toks[n.Start-1].Text) && !d.isTitleWord(toks[n.Start-1].Text)
}

// hyphenatedPlaces joins the pieces of a place's name written with a
// hyphen, which the recognizer took apart, when the KB knows the whole:
// "[Ba] [Ria]-[Vung Tau]" is the province of Ba Ria-Vung Tau. The name is a
// run of capitalised words, up to six, at least two of them joined by a
// hyphen with no space; the whole run or the run less its first or last
// word must be the place.
func (d *doc) hyphenatedPlaces(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			if !capitalWord(toks[i].Text) || i > 0 && capitalWord(toks[i-1].Text) {
				continue
			}
			j, words, hyphen := i+1, 1, false
			for j < len(toks) && words < 6 {
				if capitalWord(toks[j].Text) {
					j, words = j+1, words+1
					continue
				}
				if glued := pastJoinedHyphens(toks, j); glued > j && capitalWord(toks[glued-1].Text) {
					j, words, hyphen = glued, words+1, true
					continue
				}
				break
			}
			if !hyphen || words < 2 {
				continue
			}
			for _, r := range [][2]int{{i, j}, {i + 1, j}, {i, j - 1}} {
				a, b := r[0], r[1]
				if b-a < 3 || toks[a].Text == "-" || toks[b-1].Text == "-" {
					continue
				}
				name := d.spanOf(s, a, b).In(d.text)
				if !strings.Contains(name, "-") || !d.knownPlace(name) {
					continue
				}
				n := Named{Sentence: s, Start: a, End: b, Type: chronicle.GeoPolitical}
				if ed.takeOver(named, n, func(o Named) bool {
					return len(d.r.kb.PeopleNamed(d.spanOf(o.Sentence, o.Start, o.End).In(d.text))) == 0
				}) {
					break
				}
			}
			i = j - 1
		}
	}
	return ed.applied(named)
}

// joiners join the items of a list.
var joiners = map[string]bool{"and": true, "or": true, ",": true}

// placesBeforeTitles adds the region or city that a person's title opens
// on ("Zanzibar President Hussein Mwinyi", "Western Cape Premier Alan
// Winde", "Batangas Rep. Gerville Luistro"), which the recognizer leaves
// out or runs into the person's name. The place is one to three
// capitalised words the KB knows as a world region, a country's division
// or a city of minForeignTown people or more (a small town of the name is
// likelier a party's word: "Liberal senator"), right before one to three
// title words and the name; no given name, person or country (whose
// demonyms and names in titles other sweeps read).
func (d *doc) placesBeforeTitles(named []Named) []Named {
	covered := coveredTokens(named)
	var add []Named
	for k, n := range named {
		if n.Type != chronicle.Person {
			continue
		}
		toks := d.sents[n.Sentence].Tokens
		// The title words end where the name starts: inside the span
		// ("Zanzibar President Hussein Mwinyi") or right before it.
		name := n.Start
		for t := n.Start; t < n.End-1 && t < n.Start+5; t++ {
			if d.placeTitleWord(toks, t) {
				name = t + 1
			}
		}
		j := name
		for j > 0 && name-j < 3 && d.placeTitleWord(toks, j-1) {
			j--
		}
		if j == name || j == 0 {
			continue
		}
		i := j
		for i > 0 && j-i < 3 && capitalWord(toks[i-1].Text) && !d.placeTitleWord(toks, i-1) &&
			(i-1 >= n.Start || !covered[[2]int{n.Sentence, i - 1}]) {
			i--
		}
		if i == j || i > 0 && capitalWord(toks[i-1].Text) || maleNames[toks[i].Text] || femaleNames[toks[i].Text] {
			continue
		}
		place := d.spanOf(n.Sentence, i, j).In(d.text)
		typ, ok := d.titlePlaceType(place)
		if !ok {
			continue
		}
		add = append(add, Named{Sentence: n.Sentence, Start: i, End: j, Type: typ})
		if i >= n.Start {
			named[k].Start = j
		}
	}
	return append(named, add...)
}

// placeTitleWord tells whether token i is a title word of the kind a
// place's officer bears, as placesBeforeTitles reads it.
func (d *doc) placeTitleWord(toks []chronicle.Token, i int) bool {
	w := toks[i].Text
	if _, ok := d.placeCountry(w); ok {
		return false // a country's word names the place itself
	}
	_, ok := titleSector(expandedTitleWord(w)) // "Rep.", "Gov." written out
	return ok
}

// titlePlaceType is the type of a place named before a title, and whether
// placesBeforeTitles takes it (see there).
func (d *doc) titlePlaceType(place string) (string, bool) {
	if isAcronym(place) || len(d.r.kb.PeopleNamed(place)) > 0 {
		return "", false
	}
	if _, ok := d.countryNamed(place); ok {
		return "", false
	}
	if _, ok := d.r.kb.Area(place); ok {
		return chronicle.Location, true
	}
	if len(d.r.kb.RegionCountries(place)) > 0 {
		return chronicle.GeoPolitical, true
	}
	if d.largeTown(place) {
		return chronicle.GeoPolitical, true
	}
	return "", false
}

// divisionsBeforeNouns adds the districts and regions the recognizer
// missed, named before the division's word in lower case ("In Kharkiv's
// Saltivskyi district", "a resident of the Aravan district of the Osh
// region", "in Ha Tinh province"): one to three capitalised words after
// "the", a possessive or a preposition of place, and the noun, which the
// name of a division the KB does not know keeps as the text writes it; so
// does a recognized place the KB does not know before such a noun ("the
// Darnytskyi district"). A run a recognized span touches, a given name, or
// a body or person the KB knows is left alone.
func (d *doc) divisionsBeforeNouns(named []Named) []Named {
	covered := coveredTokens(named)
	var add []Named
	for s := range d.sents {
		if d.titleCase(s) {
			continue
		}
		toks := d.sents[s].Tokens
		for i := 1; i+1 < len(toks); i++ {
			before := strings.ToLower(toks[i-1].Text)
			if !capitalWord(toks[i].Text) || covered[[2]int{s, i}] || before != "the" && !isPossessive(toks[i-1].Text) &&
				!placePrepositions[before] && before != "in" {
				continue
			}
			j := pastJoinedHyphens(toks, i+1)
			for j < len(toks) && j-i < 4 && capitalWord(toks[j].Text) && !covered[[2]int{s, j}] {
				j = pastJoinedHyphens(toks, j+1)
			}
			if j >= len(toks) || covered[[2]int{s, j}] {
				continue
			}
			typ, ok := divisionNouns[toks[j].Text]
			if !ok || maleNames[toks[i].Text] || femaleNames[toks[i].Text] || text.CalendarWord(toks[i].Text) {
				continue
			}
			name := d.spanOf(s, i, j).In(d.text)
			if d.knownBody(name) || len(d.r.kb.PeopleNamed(name)) > 0 || d.isTitleWord(toks[i].Text) {
				continue
			}
			end := j + 1
			if d.knownPlace(name) {
				end, typ = j, chronicle.GeoPolitical // "in Ha Tinh province": the division the KB knows
			}
			add = append(add, Named{Sentence: s, Start: i, End: end, Type: typ})
			i = j
		}
	}
	for k, n := range named {
		// A recognized place the KB does not know, before the noun: the
		// noun is part of its name ("the Darnytskyi district").
		toks := d.sents[n.Sentence].Tokens
		if !isPlace(n.Type) || n.End >= len(toks) || covered[[2]int{n.Sentence, n.End}] {
			continue
		}
		if text.DivisionWord(toks[n.End].Text) && !d.knownPlace(d.spanOf(n.Sentence, n.Start, n.End).In(d.text)) {
			named[k].End++
		}
	}
	return append(named, add...)
}

// lowerEventHeads are the kinds of happening news writes in lower case
// after a name, which then is the happening's: "the G20 summit", "the
// Victory Day parade", "the Volhynia massacre".
var lowerEventHeads = map[string]bool{"summit": true, "parade": true, "massacre": true, "uprising": true,
	"genocide": true, "earthquake": true, "festival": true, "marathon": true}

// eventsBeforeKinds adds the happenings named by a name and their kind in
// lower case ("the EU-Central Asia summit", "the 2025 APEC summit", "the
// Victory Day parade"), named as the text writes them. The name is one to
// six capitalised words, acronyms or words with digits ("G20"), joined by
// hyphens or opened by a year or an ordinal; the bodies and regions inside
// it give way, as the happening names them only as its own, but a person
// or a country or town does not ("the Trump-Putin summit" stays the two
// men's), and a name that is a country's or a town's stays the place's
// ("the Nepal festival", "the Brussels summit"), which places the story.
func (d *doc) eventsBeforeKinds(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		if d.titleCase(s) {
			continue
		}
		toks := d.sents[s].Tokens
		for k := 1; k < len(toks); k++ {
			if !lowerEventHeads[toks[k].Text] {
				continue
			}
			a, names := k, 0
			for a > 0 && k-a < 6 {
				w := toks[a-1].Text
				switch {
				case isDeterminer(w) || text.SentenceOpener(w):
					goto done // "The summit"
				case bodyNameWord(w):
					names++
				case joinedHyphen(toks, a-1), yearOrOrdinal(w) && (a-1 == 0 || !bodyNameWord(toks[a-2].Text)):
				default:
					goto done
				}
				a--
			}
		done:
			if names == 0 || a > 0 && isCapitalized(toks[a-1].Text) || joinedHyphen(toks, a) {
				continue
			}
			name := d.spanOf(s, a, k).In(d.text)
			if _, country := d.countryNamed(name); country || len(d.r.kb.Cities(name)) > 0 {
				continue // "the Nepal festival", "the Brussels summit": the place's, where the story is
			}
			ed.takeOver(named, Named{Sentence: s, Start: a, End: k + 1, Type: chronicle.EventName}, func(n Named) bool {
				return n.Type != chronicle.Person && n.Type != chronicle.GeoPolitical
			})
		}
	}
	return ed.applied(named)
}

// mediaTold adds the newspapers and channels named after "told" or "an
// interview with" by a name that opens on "The" ("told The Daily Star",
// "in an interview with The Herald"), which no person's name does. The
// name keeps its "The", as the title is written; the recognized spans
// inside it give way.
func (d *doc) mediaTold(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+1 < len(toks); i++ {
			before := strings.ToLower(toks[i-1].Text)
			told := before == "told" || before == "with" && i >= 3 && strings.EqualFold(toks[i-2].Text, "interview")
			if !told || toks[i].Text != "The" || !capitalWord(toks[i+1].Text) {
				continue
			}
			j := i + 1
			for j < len(toks) && j-i <= 4 && capitalWord(toks[j].Text) {
				j++
			}
			if j < len(toks) && isCapitalized(toks[j].Text) {
				continue
			}
			if ed.takeOver(named, Named{Sentence: s, Start: i, End: j, Type: chronicle.Organization}, func(Named) bool { return true }) {
				i = j - 1
			}
		}
	}
	return ed.applied(named)
}

// givenNamesTakenForPeoples makes a person of a given name the recognizer
// took for a people's word and the capitalised word after it, where the
// text quotes or describes someone: `said Christian Ebode, a political
// analyst` (not "Christian Democrats", whom no "said" or description
// names).
func (d *doc) givenNamesTakenForPeoples(named []Named) []Named {
	covered := coveredTokens(named)
	for k, n := range named {
		toks := d.sents[n.Sentence].Tokens
		j := n.End
		if n.Type != chronicle.Nationality || j-n.Start != 1 || j+1 >= len(toks) || covered[[2]int{n.Sentence, j}] ||
			!maleNames[toks[n.Start].Text] && !femaleNames[toks[n.Start].Text] || !capitalWord(toks[j].Text) {
			continue
		}
		said := n.Start > 0 && reportVerbs[toks[n.Start-1].Text] || reportVerbs[toks[j+1].Text]
		described := toks[j+1].Text == "," && j+2 < len(toks) && isDeterminer(toks[j+2].Text)
		name := d.spanOf(n.Sentence, n.Start, j+1).In(d.text)
		if (said || described) && !d.knownPlace(name) && !d.knownBody(name) {
			named[k].End, named[k].Type = j+1, chronicle.Person
		}
	}
	return named
}

// knownBodiesJoined joins two names the recognizer split at "and", "of" or
// "for" when the KB knows the whole as one body: "the ruling [Liberty] and
// [Refoundation Party]".
func (d *doc) knownBodiesJoined(named []Named) []Named {
	slices.SortFunc(named, func(a, b Named) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	out := named[:0:0]
	for k := 0; k < len(named); k++ {
		n := named[k]
		if k+1 < len(named) {
			m := named[k+1]
			toks := d.sents[n.Sentence].Tokens
			if m.Sentence == n.Sentence && m.Start == n.End+1 && nameLinks[toks[n.End].Text] &&
				(n.Type == chronicle.Organization || m.Type == chronicle.Organization) {
				if org, ok := d.r.kb.Org(d.spanOf(n.Sentence, n.Start, m.End).In(d.text)); ok && org.Type == "ORG" {
					out = append(out, Named{Sentence: n.Sentence, Start: n.Start, End: m.End, Type: chronicle.Organization})
					k++
					continue
				}
			}
		}
		out = append(out, n)
	}
	return out
}

// knownBodiesWidened fits a name to the body the KB knows around it, where
// the recognizer cut it short or ran it on: "Samagi [Jana Balawegaya]",
// "[Bangladesh Jamaat]-e-Islami", "[Communist Party of Nepal] (Unified
// Marxist-Leninist)", "[Polisario Front independence movement]". Names the
// widened one covers are dropped.
func (d *doc) knownBodiesWidened(named []Named) []Named {
	type widened struct{ k, a, b int }
	var found []widened
	for k, n := range named {
		if a, b, ok := d.knownBodyAround(n); ok {
			found = append(found, widened{k, a, b})
		}
	}
	if len(found) == 0 {
		return named
	}
	drop := map[int]bool{}
	for _, w := range found {
		if drop[w.k] {
			continue
		}
		s := named[w.k].Sentence
		for k, n := range named {
			if k != w.k && n.Sentence == s && n.Start >= w.a && n.End <= w.b {
				drop[k] = true
			}
		}
		named[w.k] = Named{Sentence: s, Start: w.a, End: w.b, Type: chronicle.Organization}
	}
	out := named[:0:0]
	for k, n := range named {
		if !drop[k] {
			out = append(out, n)
		}
	}
	return out
}

// knownBodyAround returns the tokens [a, b) of the body the KB knows that
// holds name n and a word or more around it, or the start of n when its
// last words are lower-case words after such a body; ok is false when
// there is none.
func (d *doc) knownBodyAround(n Named) (a, b int, ok bool) {
	toks := d.sents[n.Sentence].Tokens
	known := func(a, b int) bool {
		org, ok := d.r.kb.Org(d.spanOf(n.Sentence, a, b).In(d.text))
		return ok && org.Type == "ORG"
	}
	// The ends to try: back over capitalised words and hyphens, on over
	// those, the words that join a body's name and a bracketed part.
	starts := []int{n.Start}
	for k := n.Start - 1; k >= 0 && n.Start-k <= 3; k-- {
		possessive := isPossessive(toks[k].Text) && k > 0 && capitalWord(toks[k-1].Text) // "[People's] Liberation Army"
		if (!capitalWord(toks[k].Text) && !joinedHyphen(toks, k) && !(k > 0 && joinedHyphen(toks, k-1)) || isDeterminer(toks[k].Text)) &&
			toks[k].Text != "al" && toks[k].Text != "el" && !possessive {
			break // (but "al Qaeda", whose article the recognizer left out)
		}
		starts = append(starts, k)
	}
	ends := []int{n.End}
	for k, depth := n.End, 0; k < len(toks) && k-n.End < 8; k++ {
		w := toks[k].Text
		switch {
		case w == "(":
			depth++
		case w == ")":
			depth--
		case depth == 0 && !capitalWord(w) && !joinedHyphen(toks, k) && !joinedHyphen(toks, k-1) && !inBodyName(w):
			k = len(toks) // stop
			continue
		}
		if depth < 0 {
			break
		}
		if depth == 0 {
			ends = append(ends, k+1)
		}
	}
	for i := len(starts) - 1; i >= 0; i-- {
		for j := len(ends) - 1; j >= 0; j-- {
			if (i > 0 || j > 0) && known(starts[i], ends[j]) {
				return starts[i], ends[j], true
			}
		}
	}
	// "Polisario Front independence movement": the known body, less the
	// lower-case words after it.
	if n.Type == chronicle.Organization {
		for e := n.End - 1; e > n.Start && isLowerWord(toks[e].Text); e-- {
			if capitalWord(toks[e-1].Text) && known(n.Start, e) {
				return n.Start, e, true
			}
		}
	}
	return 0, 0, false
}

// bodiesUnderOffices runs a body's name on over "under the" and the office
// of a country it serves: "the Institute for Strategic and Regional Studies
// under the President of the Republic of Uzbekistan" is one body, not a
// body, a president and his country. Names inside are dropped.
func (d *doc) bodiesUnderOffices(named []Named) []Named {
	drop := map[int]bool{}
	for k, n := range named {
		toks := d.sents[n.Sentence].Tokens
		if n.Type != chronicle.Organization || n.End+3 >= len(toks) || toks[n.End].Text != "under" || toks[n.End+1].Text != "the" {
			continue
		}
		if t, ok := text.TitleWord(strings.ToLower(toks[n.End+2].Text)); !ok && !governmentNouns[strings.ToLower(toks[n.End+2].Text)] || t.Plural {
			continue
		}
		end := -1
		for j := n.End + 3; j < len(toks) && j-n.End <= 10; j++ {
			w := toks[j].Text
			if !capitalWord(w) && w != "of" && w != "the" {
				break
			}
			if capitalWord(w) && toks[j-1].Text != "-" {
				for a := j; a > n.End+2; a-- {
					if toks[a-1].Text == "of" || toks[a-1].Text == "the" && toks[a-2].Text == "of" {
						if _, ok := d.countryNamed(d.spanOf(n.Sentence, a, j+1).In(d.text)); ok {
							end = j + 1
						}
						break
					}
				}
			}
		}
		if end < 0 || end < len(toks) && capitalWord(toks[end].Text) && !d.personStartsAt(named, n.Sentence, end) {
			continue
		}
		for k2, m := range named {
			if k2 != k && m.Sentence == n.Sentence && m.Start >= n.End && m.End <= end {
				drop[k2] = true
			}
		}
		named[k].End = end
	}
	out := named[:0:0]
	for k, n := range named {
		if !drop[k] {
			out = append(out, n)
		}
	}
	return out
}

// personStartsAt tells whether a recognized person's name starts at token
// i of sentence s.
func (d *doc) personStartsAt(named []Named, s, i int) bool {
	return slices.ContainsFunc(named, func(n Named) bool { return n.Sentence == s && n.Start == i && n.Type == chronicle.Person })
}

// possessiveOffices adds the offices named by their holder's title and
// "'s", which the recognizer misses: "the Anticorruption Prosecutor's
// Office of Moldova", "the Attorney General's Office", "the Prime
// Minister's Office", and in lower case after a place, "the Paris
// prosecutor's office". The title may open on capitalised words; a
// country after "of" is the name's. A span the run crosses gives way.
func (d *doc) possessiveOffices(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i+1 < len(toks); i++ {
			lower := toks[i+1].Text == "office" && officeHolderWords[strings.ToUpper(toks[i-1].Text[:1])+toks[i-1].Text[1:]]
			if !isPossessive(toks[i].Text) || !(toks[i+1].Text == "Office" && officeHolderWords[toks[i-1].Text] || lower) {
				continue
			}
			start := i - 1
			for start > 0 && i-start < 7 {
				if start > 1 && toks[start-1].Text == "-" && toks[start-1].Start == toks[start-2].End && capitalWord(toks[start-2].Text) {
					start -= 2 // "Anti-Corruption"
					continue
				}
				if !capitalWord(toks[start-1].Text) && !(isCapitalized(toks[start-1].Text) && strings.Contains(toks[start-1].Text, "-")) ||
					d.isDemonym(toks[start-1].Text) || isDeterminer(toks[start-1].Text) {
					break
				}
				start--
			}
			if lower && start == i-1 {
				continue // "the prosecutor's office" names no one office; "the Paris prosecutor's office" does
			}
			end := i + 2
			if k, _ := d.ofCountryAfter(s, end); k >= 0 {
				end = k + 1 // "… Office of Moldova"
			}
			ed.takeOver(named, Named{Sentence: s, Start: start, End: end, Type: chronicle.Organization}, func(Named) bool { return true })
			i = end - 1
		}
	}
	return ed.applied(named)
}

// officeHolderWords end the titles whose holders' offices are bodies:
// "the Prosecutor's Office", "the President's Office".
var officeHolderWords = map[string]bool{"Prosecutor": true, "President": true, "Minister": true, "General": true,
	"Ombudsman": true, "Governor": true, "Mayor": true, "Speaker": true, "Commissioner": true, "Chancellor": true,
	"Auditor": true, "Secretary": true}

// officesAsBodies adds the offices that are bodies, which the recognizer
// misses: "Office of the" and a title ("the Office of the Prime Minister
// said", "the Office of the President of Ukraine"), with the country after
// "of" when one follows. A span the run crosses gives way.
func (d *doc) officesAsBodies(named []Named) []Named {
	var ed spanEdits
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+3 < len(toks); i++ {
			if toks[i].Text != "Office" || toks[i+1].Text != "of" || toks[i+2].Text != "the" {
				continue
			}
			j := i + 3
			titled := false
			for j < len(toks) && j-i < 8 && (capitalWord(toks[j].Text) || joinedHyphen(toks, j)) {
				if t, ok := text.TitleWord(strings.ToLower(toks[j].Text)); ok && t.Sector != "" {
					titled = true
				}
				j++
			}
			if !titled {
				continue
			}
			// "of Ukraine", "of the Republic of Tajikistan": the country.
			for k := j + 1; k < len(toks) && k-j <= 6 && toks[j].Text == "of"; k++ {
				if !capitalWord(toks[k].Text) && toks[k].Text != "the" && toks[k].Text != "of" {
					break
				}
				if _, ok := d.countryNamed(d.spanOf(s, j+1, k+1).In(d.text)); ok && (k+1 == len(toks) || !capitalWord(toks[k+1].Text)) {
					j = k + 1
					break
				}
			}
			ed.takeOver(named, Named{Sentence: s, Start: i, End: j, Type: chronicle.Organization}, func(n Named) bool { return true })
			i = j - 1
		}
	}
	return ed.applied(named)
}

// initialledNames takes a name written with its patronymic's initials
// glued on by a full stop, as Mongolian names are ("Ch.Enkhbold",
// "Ts.Nomin-Erdene"), which the tokenizer splits and a recognizer rarely
// knows, for a person's: the span from the initials to the name's end,
// over any recognized span that starts on the name.
func (d *doc) initialledNames(named []Named) []Named {
	starts := map[[2]int]int{} // a span starting at a token: its index in named
	for k, n := range named {
		starts[[2]int{n.Sentence, n.Start}] = k
	}
	covered := coveredTokens(named)
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !gluedInitials(toks[i].Text) || toks[i].End != toks[i+1].Start || !capitalWord(toks[i+1].Text) {
				continue
			}
			end := pastJoinedHyphens(toks, i+2)
			if covered[[2]int{s, i}] {
				// "Steppe Trails LLC O.Saruul": the name a body's span
				// ran into ends it.
				for k, n := range named {
					if n.Sentence == s && n.Start < i && n.End == end && n.Type != chronicle.Person {
						named[k].End = i
						named = append(named, Named{Sentence: s, Start: i, End: end, Type: chronicle.Person})
						break
					}
				}
				continue
			}
			if k, ok := starts[[2]int{s, i + 1}]; ok {
				named[k].Start, named[k].End, named[k].Type = i, max(named[k].End, end), chronicle.Person
				continue
			}
			if covered[[2]int{s, i + 1}] {
				continue
			}
			named = append(named, Named{Sentence: s, Start: i, End: end, Type: chronicle.Person})
		}
	}
	return named
}

// gluedInitials tells whether w is one or two letters of a name, the first
// a capital, and a full stop: "Ch.", "Ts.", "B." (not "St.", a saint's).
func gluedInitials(w string) bool {
	letters, ok := strings.CutSuffix(w, ".")
	if !ok || len(letters) == 0 || len(letters) > 2 || letters == "St" {
		return false
	}
	if letters[0] < 'A' || letters[0] > 'Z' {
		return false
	}
	return len(letters) == 1 || letters[1] >= 'a' && letters[1] <= 'z'
}

// areasNamed makes a span of a world region, sea or range the KB knows,
// written after "the" ("through the Bosphorus", "in the Pyrenees"), that
// the recognizer left out, and widens a span over a lower-case word that
// completes such a name ("the Baltic states", "the Nordic countries").
func (d *doc) areasNamed(named []Named) []Named {
	covered := coveredTokens(named)
	for k, n := range named {
		toks := d.sents[n.Sentence].Tokens
		if n.End < len(toks) && isLowerWord(toks[n.End].Text) {
			if _, ok := d.r.kb.Area(d.spanOf(n.Sentence, n.Start, n.End+1).In(d.text)); ok {
				named[k].End, named[k].Type = n.End+1, chronicle.Location
			}
		}
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i < len(toks); i++ {
			if !strings.EqualFold(toks[i-1].Text, "the") || !capitalWord(toks[i].Text) || covered[[2]int{s, i}] {
				continue
			}
			for j := min(len(toks), i+4); j > i; j-- {
				if j < len(toks) && (capitalWord(toks[j].Text) || toks[j].Text == "of") || anyCovered(covered, s, i, j) {
					continue // ("the Gulf of Mexico", "the Amazon Web Services")
				}
				if a, ok := d.r.kb.Area(d.spanOf(s, i, j).In(d.text)); ok && !a.County && !d.knownBody(d.spanOf(s, i, j).In(d.text)) {
					named = append(named, Named{Sentence: s, Start: i, End: j, Type: chronicle.Location})
					i = j - 1
					break
				}
			}
		}
	}
	return named
}

// mediaByInitials takes a short form the recognizer left out for the news
// medium with those initials where a medium's name stands: after the
// dateline's comma ("Damascus, SANA -") or after "to" or "told" at the
// end of a clause ("said … in a statement to SANA.").
func (d *doc) mediaByInitials(named []Named) []Named {
	covered := coveredTokens(named)
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 1; i < len(toks); i++ {
			w := toks[i].Text
			if covered[[2]int{s, i}] || len(w) < 3 || !isAcronym(w) {
				continue
			}
			prev, next := strings.ToLower(toks[i-1].Text), ""
			if i+1 < len(toks) {
				next = toks[i+1].Text
			}
			dateline := s == 0 && i <= 3 && prev == "," && (next == "-" || next == "—" || next == "–")
			told := (prev == "to" || prev == "told") && (next == "." || next == "," || next == "")
			if !dateline && !told {
				continue
			}
			if _, ok := d.r.kb.MediumByInitials(w, nil); ok {
				named = append(named, Named{Sentence: s, Start: i, End: i + 1, Type: chronicle.Organization})
			}
		}
	}
	return named
}
