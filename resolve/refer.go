package resolve

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/kb"
	"github.com/chronicle-news/chronicle/text"
)

// descriptionHeads are the nouns that end a description of an office
// holder, with the office they name ("" for the country's leader).
var descriptionHeads = map[string]string{
	"president": "president", "leader": kb.Leader, "counterpart": kb.Leader, "premier": "prime minister",
	"chancellor": "chancellor", "king": "king", "queen": "queen", "emir": "emir", "taoiseach": "prime minister",
	"minister": "", "secretary": "", "prince": "crown prince", "representative": "",
}

// descriptions links phrases such as "the US president", "his Russian
// counterpart" or "the Saudi crown prince" to the person who held the office
// on the article's date: a person the article names if one fits, else the
// KB's holder.
func (d *doc) descriptions() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			start, from, country := i, i+1, ""
			if c, ok := d.placeCountry(toks[i].Text); ok && i+1 < len(toks) && isPossessive(toks[i+1].Text) {
				// "Japan's Prime Minister": the title is the mention.
				start, from, country = i+2, i+2, c
			} else if d.claimed[[2]int{s, i}] || !isDescriptionStart(toks[i].Text) {
				continue
			}
			if start == i && i+1 < len(toks) {
				// "the Republican president": only the person the article
				// names in that office, since the KB does not know parties.
				if c, ok := partyCountry[toks[i+1].Text]; ok {
					if k, _, office := d.readDescription(s, i+2, c); k >= 0 && (office == "president" || office == "prime minister") {
						if e := d.namedHolder(c, office); e != nil && (k+1 >= len(toks) || !d.claimed[[2]int{s, k + 1}]) {
							d.attach(e, d.mentionOf(s, i, k+1))
							i = k
						}
					}
					continue
				}
			}
			possessor := country
			j, country, office := d.readDescription(s, from, country)
			if j >= 0 && country == "" {
				// "the President of the Republic of Kazakhstan": the
				// country after the title.
				if k, c := d.ofCountryAfter(s, j+1); k >= 0 {
					j, country = k, c
				}
			} else if j < 0 && start == i && from < len(toks) && from+1 < len(toks) && toks[from+1].Text == "of" {
				if k, c := d.ofCountryAfter(s, from+1); k >= 0 && strings.EqualFold(toks[from].Text, "chairman") && c == "CHN" {
					// "the Chairman of the People's Republic of China", as
					// some translations title its president.
					j, country, office = k, c, "president"
				} else if k := revolutionAfter(toks, from+1); k >= 0 && strings.EqualFold(toks[from].Text, "leader") {
					// "the Leader of the (Islamic) Revolution", as Iran's
					// press calls its supreme leader.
					j, country, office = k, "IRN", "supreme leader"
				}
			}
			if j < 0 && start != i && topDiplomatAt(toks, from) {
				j, country, office = from+1, possessor, "foreign minister" // "Iran's top diplomat"
			}
			if j < 0 && start == i {
				j, country, office = d.headOfState(s, i+1)
			}
			if j < 0 && start == i {
				j, country, office = d.headOfDiplomacy(s, i+1)
			}
			if k, c, office := d.headOfNamed(s, i+1); j < 0 && start == i && k >= 0 && c == "" {
				// "the head of state": the head of state the text named
				// last; "the head of government", "the head of the
				// Government", its head of government.
				is := kb.Office.HeadOfState
				if office == kb.HeadOfGovernment {
					is = kb.Office.HeadOfGovernment
				}
				e := d.wiresHead(toks[i].Start, is)
				if e == nil {
					e = d.latestHead(toks[i].Start, is)
				}
				if e != nil {
					d.attach(e, d.mentionOf(s, i, k+1))
					i = k
				}
				continue
			}
			if j < 0 && start == i {
				// "the Saudi minister", "the French envoy": the person of
				// that country so called, or an official of it, named last.
				if k, e := d.demonymTitled(s, i+1); e != nil {
					d.attach(e, d.mentionOf(s, i, k))
					i = k - 1
					continue
				}
			}
			if j < 0 && start == i && i+1 < len(toks) && monarchWords[strings.ToLower(toks[i+1].Text)] {
				// "the Sovereign", "the monarch": the head of state the
				// text named last, as translations from Rabat call the king.
				if e := d.latestHeadOfState(toks[i].Start); e != nil {
					d.attach(e, d.mentionOf(s, i, i+2))
					i++
				}
				continue
			}
			if j < 0 {
				continue
			}
			// A description followed by a name is the name's title.
			if j+1 < len(toks) && d.claimed[[2]int{s, j + 1}] {
				continue
			}
			if o, named := d.owner[[2]int{s, j + 2}]; named && j+2 < len(toks) && toks[j+1].Text == "," && o.e.Type == chronicle.Person &&
				o.start == j+2 && strings.EqualFold(toks[j].Text, "counterpart") {
				d.attach(o.e, d.mentionOf(s, start, j+1)) // "his Malian counterpart, Abdoulaye Diop,": the one named
				i = j
				continue
			}
			if d.officeOfAnother(s, j+1) {
				continue // "the president of the RN group in the Assembly"
			}
			e := d.holder(country, office)
			if e == nil && office == "foreign minister" {
				e = d.foreignMinisterCalled(country) // "the head of Malian diplomacy" after "Abdoulaye Diop, Minister of Foreign Affairs"
			}
			if office == kb.Leader && country != "" && strings.EqualFold(toks[j].Text, "counterpart") {
				// "his Chinese counterpart": the holder of the office that
				// the person last named holds, in that country (Blinken's
				// is the Chinese foreign minister, Trump's the president).
				if c := d.counterpart(toks[i].Start, country); c != nil {
					e = c
				} else if d.ministerBefore(toks[i].Start, country) {
					continue // "Minister of Foreign Affairs of Mali Abdoulaye Diop received his Algerian counterpart": no president
				}
			}
			if e == nil {
				continue
			}
			if head := []string{strings.ToLower(d.spanOf(s, from, j+1).In(d.text))}; !d.describedWith(e, head) {
				// "Tasmanian Premier Jeremy Rockliff … the premier said":
				// the one the text gave the title, not the KB's prime
				// minister, whom it never called so.
				// A KB person who no longer held it is not meant: "former
				// president Andres Manuel Lopez Obrador … the president
				// said" is Claudia Sheinbaum.
				if o := d.calledBefore(head, toks[i].Start, e); o != nil && (o.person == nil || d.heldFitting(*o.person, head)) {
					e = o
				}
			}
			d.attach(e, d.mentionOf(s, start, j+1))
			i = j
		}
	}
}

// wiresHead is the head of state (or of government, by is) of the country
// of the national agency that filed the story, when the text named them
// before offset at: "“…,” - noted the Head of State" in an AZERTAC story
// is Azerbaijan's, though Putin was named since.
func (d *doc) wiresHead(at int, is func(kb.Office) bool) *entity {
	c := d.nationalWireCountry()
	if c == "" || d.date == "" {
		return nil
	}
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Person && e.person != nil && e.first < at && slices.ContainsFunc(e.person.Offices, func(o kb.Office) bool {
			return o.Country == c && is(o) && o.On(d.date)
		})
	})
}

// officeOfAnother tells whether token k of sentence s, right after a title,
// opens "of" and a body or group other than a country ("the president of
// the RN group"): the title is of that, not the country's office. "Of the
// country", "of the republic" and a country's name leave the title the
// country's.
func (d *doc) officeOfAnother(s, k int) bool {
	toks := d.sents[s].Tokens
	if k+1 >= len(toks) || toks[k].Text != "of" {
		return false
	}
	k++
	if strings.EqualFold(toks[k].Text, "the") && k+1 < len(toks) {
		k++
	}
	switch strings.ToLower(toks[k].Text) {
	case "country", "republic", "nation", "state":
		return false
	}
	_, place := d.placeCountry(toks[k].Text)
	return !place
}

// monarchWords restate a reigning head of state.
var monarchWords = map[string]bool{"sovereign": true, "monarch": true}

// calledBefore is the one person other than not whom a mention before
// offset at gives the title word head, or nil.
func (d *doc) calledBefore(head []string, at int, not *entity) *entity {
	return theOne(d.ents, func(o *entity) bool {
		return o != not && o.Type == chronicle.Person && o.first < at && d.describedAlone(o, head)
	})
}

// describedAlone is describedWith where no other demonym goes right before
// the description: "the Cypriot leader" is not the "Turkish Cypriot leader
// Tufan Erhurman".
func (d *doc) describedAlone(e *entity, cues []string) bool {
	for _, m := range e.Mentions {
		for _, text := range []string{m.Text, d.descriptionBeforeName(m)} {
			t := strings.ToLower(text)
			for _, c := range cues {
				k := strings.Index(t, c)
				if k < 0 || k > len(text) {
					continue // (lower case of the same length but for rare letters)
				}
				words := strings.Fields(text[:k])
				if len(words) == 0 || !d.isDemonym(words[len(words)-1]) {
					return true
				}
			}
		}
	}
	return false
}

// descriptionBeforeName is the text between the last comma before mention
// m (or its sentence's start) and the comma right before it, when one is
// there: "Venezuela's defense minister" of "Venezuela's defense minister,
// Vladimir Padrino Lopez,"; "" otherwise.
func (d *doc) descriptionBeforeName(m chronicle.Mention) string {
	s, a, _ := d.tokensOf(m.Span)
	toks := d.sents[s].Tokens
	if a < 2 || toks[a-1].Text != "," {
		return ""
	}
	from := toks[0].Start
	for k := a - 2; k >= 0; k-- {
		if toks[k].Text == "," {
			from = toks[k].End
			break
		}
	}
	return strings.TrimSpace(d.text[from:toks[a-1].Start])
}

// counterpart is the holder in country of the office held by the person of
// the article, of another country, whose mention comes last before offset
// at: for a head of state the head of state, for a head of government the
// head of government, for a minister the same ministry; nil when that
// person has no KB office on the date or the country's holder is unknown.
func (d *doc) counterpart(at int, country string) *entity {
	last := d.lastPersonBefore(at, func(e *entity) bool { return e.person != nil && e.Country != country })
	if last == nil || d.date == "" {
		return nil
	}
	o, ok := d.r.kb.OfficeOn(*last.person, d.date)
	switch {
	case !ok || o.Country == "":
		return nil
	case o.HeadOfState():
		return d.holder(country, kb.HeadOfState) // a president's is a head of state
	case o.HeadOfGovernment():
		return d.holder(country, kb.HeadOfGovernment) // a prime minister's a head of government
	case o.Leader():
		return nil
	}
	return d.holder(country, o.Title)
}

// ministerBefore tells whether the person of another country than country
// whose mention comes last before offset at is one the KB does not know
// whom the text calls a minister or secretary: their counterpart is a
// minister the KB may not know either, not a head of state.
func (d *doc) ministerBefore(at int, country string) bool {
	last := d.lastPersonBefore(at, func(e *entity) bool { return e.Country != country })
	return last != nil && last.person == nil && slices.ContainsFunc(last.Mentions, func(m chronicle.Mention) bool {
		t := d.calledAt(m)
		return strings.Contains(t, "minister") || strings.Contains(t, "secretary")
	})
}

// calledAt is what mention m calls its person, in lower case: its own words
// and, when an appositive follows, the words that open it ("Abdoulaye Diop,
// Minister of Foreign Affairs and International Cooperation").
func (d *doc) calledAt(m chronicle.Mention) string {
	t := strings.ToLower(m.Text)
	if after := d.text[m.End:min(m.End+40, len(d.text))]; strings.HasPrefix(after, ", ") {
		t += " | " + strings.ToLower(strings.TrimPrefix(after, ", "))
	}
	return t
}

// seatHeads are the offices whose holders news calls the head of the
// building their government sits in: "the head of the Kremlin" is Russia's
// president, "the Pentagon chief" America's defence secretary.
var seatHeads = map[string]string{"org:kremlin": kb.HeadOfState, "org:whitehouse": kb.HeadOfState,
	"org:elysee": kb.HeadOfState, "org:downingst": kb.HeadOfGovernment, "org:pentagon": "defence minister"}

// seatHeadWords are the nouns of "the head of the Kremlin" and "the Kremlin
// chief".
// regimeWords follow a country's name or capital in "the head of the Kiev
// regime" and the like, which name its leader.
var regimeWords = map[string]bool{"regime": true, "government": true, "authorities": true, "junta": true}

var seatHeadWords = map[string]bool{"head": true, "chief": true, "leader": true, "boss": true, "master": true,
	"tenant": true, "occupant": true} // "the tenant of the White House", as French papers say

// seatDescriptions links "the head of the Kremlin", "the Kremlin chief" and
// "the Pentagon boss" to the holder of the office on the article's date: a
// person the article names, else the KB's.
func (d *doc) seatDescriptions() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "the") || d.claimed[[2]int{s, i}] {
				continue
			}
			var seat owner
			var end int
			if o, ok := d.owner[[2]int{s, i + 1}]; ok && seatHeadWords[strings.ToLower(toks[i+2].Text)] && !d.claimed[[2]int{s, i + 2}] {
				seat, end = o, i+3 // "the Kremlin chief"
			} else if seatHeadWords[strings.ToLower(toks[i+1].Text)] && i+3 < len(toks) && toks[i+2].Text == "of" {
				j := i + 3
				if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
					j++
				}
				o, ok := d.owner[[2]int{s, j}]
				if !ok {
					continue
				}
				seat, end = o, d.mentionEndFrom(s, j+1, o) // "the head of the Kremlin"
			} else {
				continue
			}
			office, ok := seatHeads[seat.e.KB]
			if strings.HasPrefix(seat.e.KB, "country:") && end < len(toks) && regimeWords[strings.ToLower(toks[end].Text)] &&
				!seatHeadWords[strings.ToLower(toks[i+2].Text)] {
				// "the head of the Kiev regime": the country's leader;
				// "the head of the Iranian government": its head of
				// government.
				office, ok = kb.Leader, true
				if strings.EqualFold(toks[end].Text, "government") {
					office = kb.HeadOfGovernment
				}
				end++
			}
			if !ok {
				continue
			}
			if end < len(toks) && !isPunctToken(toks[end].Text) {
				// "the Kremlin chief of staff", "the Pentagon chief
				// spokesman", "the Kremlin chief Anton Vaino": another
				// office, or a name's title.
				w := toks[end].Text
				if _, title := titleSector(strings.ToLower(w)); title || w == "of" || isCapitalized(w) ||
					toks[end].UPOS == "NOUN" || toks[end].UPOS == "PROPN" {
					continue
				}
			}
			if e := d.holder(seat.e.Country, office); e != nil {
				d.attach(e, d.mentionOf(s, i, end))
				i = end - 1
			}
		}
	}
}

// latestHeadOfState is the person of the article in office as a head of
// state on its date whose mention comes last before offset at; with none
// before, the article's only head of state; else nil.
func (d *doc) latestHeadOfState(at int) *entity {
	return d.latestHead(at, kb.Office.HeadOfState)
}

// latestHead is latestHeadOfState for the kind of head "is" tells: of
// state, or of government ("the head of government said", as translations
// call a prime minister).
func (d *doc) latestHead(at int, is func(kb.Office) bool) *entity {
	var best *entity
	var heads []*entity
	bestAt := -1
	for _, e := range d.ents {
		if e.Type != chronicle.Person || e.person == nil || d.date == "" {
			continue
		}
		if o, ok := d.r.kb.OfficeOn(*e.person, d.date); !ok || !is(o) {
			continue
		}
		heads = append(heads, e)
		for _, m := range e.Mentions {
			if m.Start < at && m.Start > bestAt {
				best, bestAt = e, m.Start
			}
		}
	}
	if best == nil && len(heads) == 1 {
		// "Earlier, the head of state said …. Vladimir Putin also
		// instructed …": the one head of state the article names, named
		// after.
		return heads[0]
	}
	return best
}

// headOfDiplomacy reads "head of Russian diplomacy" or "Russian top
// diplomat" from token i, as news, translated news most, calls a foreign
// minister: the last token, the country and the office, or -1.
func (d *doc) headOfDiplomacy(s, i int) (int, string, string) {
	toks := d.sents[s].Tokens
	if i+3 < len(toks) && (strings.EqualFold(toks[i].Text, "head") || strings.EqualFold(toks[i].Text, "chief")) && toks[i+1].Text == "of" {
		j := i + 2
		if strings.EqualFold(toks[j].Text, "the") && j+2 < len(toks) {
			j++ // "the head of the Russian diplomacy"
		}
		if c, ok := d.placeCountry(toks[j].Text); ok && strings.EqualFold(toks[j+1].Text, "diplomacy") {
			return j + 1, c, "foreign minister"
		}
	}
	if topDiplomatAt(toks, i+1) {
		if c, ok := d.placeCountry(toks[i].Text); ok {
			return i + 2, c, "foreign minister" // "the Russian top diplomat"
		}
	}
	if i+2 < len(toks) && (toks[i].Text == "top" || toks[i].Text == "chief") && toks[i+2].Text == "diplomat" {
		if c, ok := d.placeCountry(toks[i+1].Text); ok {
			return i + 2, c, "foreign minister" // "the top U.S. diplomat"
		}
	}
	return -1, "", ""
}

// revolutionAfter reads "of the Revolution" or "of the Islamic Revolution"
// from token k: its last token, or -1.
func revolutionAfter(toks []chronicle.Token, k int) int {
	if k+2 >= len(toks) || toks[k].Text != "of" || toks[k+1].Text != "the" {
		return -1
	}
	k += 2
	if toks[k].Text == "Islamic" && k+1 < len(toks) {
		k++
	}
	if toks[k].Text != "Revolution" {
		return -1
	}
	return k
}

// ofCountryAfter reads "of", perhaps "the", and a country's name from token
// k of sentence s: the name's last token and the country, or -1.
func (d *doc) ofCountryAfter(s, k int) (int, string) {
	toks := d.sents[s].Tokens
	if k+1 >= len(toks) || toks[k].Text != "of" {
		return -1, ""
	}
	a := k + 1
	if toks[a].Text == "the" {
		a++
	}
	for b := min(len(toks), a+5); b > a; b-- {
		if c, ok := d.countryNamed(d.spanOf(s, a, b).In(d.text)); ok {
			return b - 1, c.ISO3
		}
	}
	return -1, ""
}

// topDiplomatAt tells whether "top diplomat" or "chief diplomat" opens at
// token k.
func topDiplomatAt(toks []chronicle.Token, k int) bool {
	return k+1 < len(toks) && (toks[k].Text == "top" || toks[k].Text == "chief") && toks[k+1].Text == "diplomat"
}

// headOfState reads "head of the Russian state" or "Ukrainian head of
// state" from token i: the last token, the country and the office, or -1.
func (d *doc) headOfState(s, i int) (int, string, string) {
	toks := d.sents[s].Tokens
	// "the Ukrainian head of state", "the Belarusian head of government"
	if i+3 < len(toks) && strings.EqualFold(toks[i+1].Text, "head") && toks[i+2].Text == "of" {
		office := ""
		switch strings.ToLower(toks[i+3].Text) {
		case "state":
			office = kb.HeadOfState
		case "government":
			office = kb.HeadOfGovernment
		}
		if c, ok := d.placeCountry(toks[i].Text); ok && office != "" {
			return i + 3, c, office
		}
	}
	if j, c, office := d.headOfNamed(s, i); j >= 0 && c != "" {
		return j, c, office
	}
	return -1, "", ""
}

// headOfNamed reads, from token i, "head of" and a state or government
// written as translations from the former Soviet Union and Asia do: "head
// of the Georgian Government", "head of the Cabinet of Ministers of the
// Kyrgyz Republic", "head of our state". It returns the last token, the
// country if the phrase names one, and kb.HeadOfState or
// kb.HeadOfGovernment; -1 when the phrase is none of these.
func (d *doc) headOfNamed(s, i int) (int, string, string) {
	toks := d.sents[s].Tokens
	if i+3 >= len(toks) || !strings.EqualFold(toks[i].Text, "head") || toks[i+1].Text != "of" {
		return -1, "", ""
	}
	k := i + 2
	if w := strings.ToLower(toks[k].Text); w == "the" || w == "our" || w == "its" {
		k++
	}
	country := ""
	if k+1 < len(toks) {
		if c, ok := d.placeCountry(toks[k].Text); ok && !isPossessive(toks[k+1].Text) {
			country = c
			k++
		}
	}
	if k >= len(toks) {
		return -1, "", ""
	}
	office := ""
	switch strings.ToLower(toks[k].Text) {
	case "state":
		office = kb.HeadOfState
	case "government", "cabinet":
		office = kb.HeadOfGovernment
	default:
		return -1, "", ""
	}
	if k == i+2 {
		return k, country, office // "head of state", "head of government"
	}
	if k+2 < len(toks) && toks[k+1].Text == "of" && toks[k+2].Text == "Ministers" {
		k += 2 // "the Cabinet of Ministers"
	}
	if country == "" && k+2 < len(toks) && toks[k+1].Text == "of" {
		// "of Georgia", "of the Kyrgyz Republic"
		if end, c := d.ofCountryAfter(s, k+1); end >= 0 {
			return end, c, office
		}
		return -1, "", "" // "head of the government of national unity"
	}
	return k, country, office
}

// ofTitles end the titles made with "of" that name one office whole.
var ofTitles = map[string]bool{"state": true, "staff": true}

// namedTitles links "the home secretary", "the mayor", "the cardinal" to the
// one person of the article named earlier under that title ("Home
// Secretary Charles Clarke", "London mayor Ken Livingstone", "Cardinal
// Cormac Murphy-O'Connor"), whether or not the KB knows them or the
// article has a date. A title that two people carry is left alone.
func (d *doc) namedTitles() {
	people := map[string][]earlier{} // by the title words of a mention
	for _, e := range d.ents {
		if e.Type != chronicle.Person {
			continue
		}
		for _, m := range e.Mentions {
			seq := normalTitle(d.titleOfMention(m.Span))
			if seq == "" {
				continue
			}
			people[seq] = append(people[seq], earlier{e, m.Start})
			// "Mining Cabinet Secretary Hassan Joho" is "the cabinet
			// secretary" (and "the CS") too: the title without its
			// portfolio, of two words or more.
			words := strings.Fields(seq)
			for k := 1; k+2 <= len(words) && modifierFill[words[k-1]] && !rankModifiers[words[k-1]]; k++ {
				suffix := strings.Join(words[k:], " ")
				people[suffix] = append(people[suffix], earlier{e, m.Start})
			}
			// "TNI commander Gen. Agus Subiyanto" is "the commander": the
			// rank before the name is no part of the office.
			if office, rank := cutRank(seq); rank {
				people[office] = append(people[office], earlier{e, m.Start})
			}
		}
	}
	if len(people) == 0 {
		return
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "the") || d.claimed[[2]int{s, i}] {
				continue
			}
			j, last := i+1, -1
			for j < len(toks) && j-i <= 3 && !d.claimed[[2]int{s, j}] {
				lw := expandedTitleWord(toks[j].Text)
				if _, ok := titleSector(lastOf(lw)); ok {
					last = j
				} else if !modifierFill[lw] && !innerHyphen(toks, j) {
					break
				}
				j++
			}
			if last >= 0 && last+2 < len(toks) && toks[last+1].Text == "of" && ofTitles[strings.ToLower(toks[last+2].Text)] &&
				!d.claimed[[2]int{s, last + 2}] {
				last += 2 // "the Secretary of State", "the chief of staff"
			}
			if last < 0 || last+1 < len(toks) && isCapitalized(toks[last+1].Text) && !isPunctToken(toks[last+1].Text) {
				continue // "the Home Secretary Charles Clarke": a name's title
			}
			if last+1 < len(toks) && toks[last+1].Text == "of" {
				continue // "the head of the presidential office": another office
			}
			var words []string
			for k := i + 1; k <= last; k++ {
				words = append(words, expandedTitleWord(toks[k].Text))
			}
			if len(words) == 1 && d.headOfOthersTitles(people, words[0], toks[i].Start) {
				continue // "the minister" after a defence minister and "Foreign Minister Hakan Fidan"
			}
			if found := onlyBefore(people[normalTitle(strings.Join(words, " "))], toks[i].Start); found != nil &&
				!(len(words) == 1 && d.heldByTwo(kb.NormalizeOffice(words[0]), toks[i].Start)) {
				d.attach(found, d.mentionOf(s, i, last+1))
				i = last
			}
		}
	}
}

// rankModifiers make another office of the title they open: a shadow
// home secretary is no home secretary.
var rankModifiers = map[string]bool{"shadow": true, "deputy": true, "vice": true, "former": true, "acting": true,
	"assistant": true, "junior": true, "under": true, "first": true, "second": true, "chief": true, "principal": true,
	"permanent": true, "interim": true, "caretaker": true}

// expandedTitleWord is a title word in lower case, an abbreviation
// written out ("Gov." → "governor", "CS" → "cabinet secretary").
func expandedTitleWord(w string) string {
	lw := strings.ToLower(w)
	if full, ok := titleAbbreviations[strings.TrimSuffix(lw, ".")]; ok {
		return full
	}
	return lw
}

func lastOf(words string) string {
	if i := strings.LastIndexByte(words, ' '); i >= 0 {
		return words[i+1:]
	}
	return words
}

// titleSynonyms are the words of one office written two ways: "the acting
// premier" after "Acting Prime Minister Phumtham Wechayachai".
var titleSynonyms = strings.NewReplacer("premier", "prime minister", "amir", "emir")

// normalTitle is a title sequence with synonyms written one way.
func normalTitle(seq string) string {
	if seq == "" {
		return ""
	}
	return strings.Join(strings.Fields(titleSynonyms.Replace(" "+seq+" ")), " ")
}

// militaryRanks are the ranks that stand between an office and a name
// ("commander Gen. Agus Subiyanto"), written out.
var militaryRanks = map[string]bool{"general": true, "colonel": true, "admiral": true, "lieutenant": true,
	"captain": true, "major": true, "brigadier": true, "marshal": true}

// academicRanks are the styles of learning a title sequence may end on
// before the name: "Chief Adviser Professor Muhammad Yunus".
var academicRanks = map[string]bool{"professor": true, "prof": true, "prof.": true, "dr": true, "dr.": true, "doctor": true}

// cutRank drops the military ranks and academic styles that end a title
// sequence after an office: "commander general" → "commander", true;
// "chief adviser professor" → "chief adviser", true.
func cutRank(seq string) (string, bool) {
	words := strings.Fields(seq)
	end := len(words)
	for end > 1 && (militaryRanks[words[end-1]] || academicRanks[words[end-1]]) {
		end--
	}
	return strings.Join(words[:end], " "), end < len(words)
}

// headOfOthersTitles tells whether head ("minister") ends the longer title
// of someone other than those titled head alone, named before offset at:
// then "the minister" could be either.
func (d *doc) headOfOthersTitles(people map[string][]earlier, head string, at int) bool {
	bare := map[*entity]bool{}
	for _, c := range people[head] {
		bare[c.e] = true
	}
	for seq, cands := range people {
		if seq == head || !strings.HasSuffix(seq, " "+head) {
			continue
		}
		for _, c := range cands {
			if c.at < at && !bare[c.e] {
				return true
			}
		}
	}
	return false
}

// officeHeads are the titles that, as the subject opening a sentence, go on
// to name the person the sentence before was about: "…, Alun Michael has
// said. The rural affairs minister said …". Titles that usually introduce
// someone new (a spokesman, an officer, a judge) are left out.
var officeHeads = map[string]bool{"minister": true, "secretary": true, "president": true, "chancellor": true,
	"premier": true, "mayor": true, "governor": true, "senator": true, "congressman": true,
	"congresswoman": true, "mp": true, "ambassador": true, "commissioner": true,
	"representative": true}

// restatedRoles are words that restate a person's role rather than name an
// office, each with the words one of the person's mentions must hold for
// the role to be theirs: "the diplomat" after "the official representative
// of the Russian Foreign Ministry Maria Zakharova".
var restatedRoles = map[string][]string{
	"diplomat":     {"foreign", "diplomat", "ambassador", "envoy", "state department"},
	"spokesman":    {"spokes", "press secretary", "official representative"},
	"spokeswoman":  {"spokes", "press secretary", "official representative"},
	"spokesperson": {"spokes", "press secretary", "official representative"},
	"judge":        {"judge", "justice", "magistrate", "court", "counsellor", "counselor"}, // "Lord Hodge, the court's deputy president"; "Counsellor", as Egypt styles its judges
	"prosecutor":   {"prosecutor", "attorney"},
	"lawyer":       {"lawyer", "attorney", "counsel", "solicitor", "barrister"},
	"economist":    {"economist"},
	"analyst":      {"analyst"},
	"expert":       {"expert", "analyst", "researcher", "professor", "scholar", "specialist", "economist", "institute", "research center", "research centre", "studies", "think tank"}, // and who heads or works at such a place
	"professor":    {"professor"},
	"chairman":     {"chairman", "chair"},
	"envoy":        {"envoy"},
	"chief":        {"chief", "head", "president", "chairman", "chairperson", "leader"}, // "the party chief" after "Communist Party chief To Lam"; "the Senate chief" after "Senate President Vicente Sotto III"
	"speaker": {"speaker", "chairman", "chairwoman", "chairperson", // "the Speaker of the Senate" after "The Chairman of the Senate Maulen Ashimbayev"
		"president of the national assembly", "assembly president", "president of the parliament"}, // and "President of the National Assembly Alen Simonyan"
	"chairperson": {"chairperson", "chairman", "chairwoman", "chair"},
	"leader":      {"leader"},
	"lawmaker":    {"lawmaker", "legislator", "member of parliament", "deputy", "senator", "congressman", "congresswoman", "hon."},
	"legislator":  {"lawmaker", "legislator", "member of parliament", "deputy", "senator", "congressman", "congresswoman", "hon."},
	"researcher":  {"researcher", "research fellow", "scholar", "professor"},
	"scholar":     {"scholar", "researcher", "professor"},
	"activist":    {"activist", "campaigner"},
	"director":    {"director"},
	"commander":   {"commander"},
	"chairwoman":  {"chairwoman", "chair"},
	"scientist":   {"scientist", "physicist", "researcher", "research fellow", "professor", "institute"},
	"doctor":      {"doctor", "dr.", "dr ", "physician", "surgeon", "consultant", "nurse"},
	"executive":   {"executive", "ceo", "managing director"}, // "the chief executive"
	"head":        {"head", "president", "leader", "chief", "chairman", "chairperson", "director"},
}

// describedWith tells whether a mention of e holds one of the words cues,
// in lower case.
func (d *doc) describedWith(e *entity, cues []string) bool {
	for _, m := range e.Mentions {
		t := strings.ToLower(m.Text)
		for _, c := range cues {
			if strings.Contains(t, c) {
				return true
			}
		}
	}
	return false
}

// namesOffice tells whether the lower-case text t holds the title c, not
// as part of another office ("deputy foreign minister").
func namesOffice(t, c string) bool { return officeIn(t, c, otherOfficeBefore) }

// officeIn tells whether the lower-case text t holds the title c at a place
// where other, given the text before it, does not make it another office.
func officeIn(t, c string, other func(before string) bool) bool {
	for at := 0; ; {
		k := strings.Index(t[at:], c)
		if k < 0 {
			return false
		}
		at += k
		if !other(t[:at]) {
			return true
		}
		at += len(c)
	}
}

// otherOfficeBefore tells whether the words before a title make another
// office of it: a "deputy foreign minister" is no foreign minister.
func otherOfficeBefore(before string) bool {
	f := strings.Fields(strings.ReplaceAll(before, "-", " "))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "deputy", "vice", "assistant", "shadow", "junior":
		return true
	}
	return false
}

// restatedTitles links a title that opens a sentence as its subject ("The
// rural affairs minister said") to the one person the sentence before
// names, when the text gave that person no other title and the KB no office
// the title does not fit. It runs after namedTitles, which links titles the
// text gave a named person.
func (d *doc) restatedTitles() {
	for s := 1; s < len(d.sents); s++ {
		toks := d.sents[s].Tokens
		if len(toks) >= 3 && toks[0].Text == "The" {
			d.restatedTitleAt(s, 0)
		}
		// "“We are waiting for a response,” the minister emphasized": the
		// subject of a cue after the quote.
		for a := 1; a+1 < len(toks); a++ {
			if toks[a].Text == "the" && closesQuoteAt(toks, a-1) {
				d.restatedTitleAt(s, a)
			}
			// "“…,” said the commissioner.", "“…,” - said the analyst."
			if toks[a].Text == "the" && a >= 2 && reportVerbs[toks[a-1].Text] && closesQuoteAt(toks, a-2) {
				d.restatedTitleAt(s, a)
			}
			// "According to the diplomat, …"
			if toks[a].Text == "the" && a >= 2 && strings.EqualFold(toks[a-2].Text, "according") && toks[a-1].Text == "to" {
				d.restatedTitleAt(s, a)
			}
		}
	}
}

// highnesses links a bare "His Highness", "Her Royal Highness" or "His
// Majesty" (“…,” His Highness said) to the person named last before it
// whom the text styled so, else the last it gave a royal title (Prince,
// Sheikh, King, Emir).
func (d *doc) highnesses() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Text != "His" && toks[i].Text != "Her" || d.claimed[[2]int{s, i}] {
				continue
			}
			j := i + 1
			if toks[j].Text == "Royal" && j+1 < len(toks) {
				j++
			}
			if toks[j].Text != "Highness" && toks[j].Text != "Majesty" || j+1 < len(toks) && isCapitalized(toks[j+1].Text) {
				continue // "His Highness Sheikh Tamim …", "His Highness the Amir": a title before a name or restated
			}
			at := toks[i].Start
			style := d.spanOf(s, i+1, j+1).In(d.text) // "Highness", "Royal Highness"
			if e := d.personNamedAfter(s, j+1); e != nil {
				// "His Highness the Amir Sheikh Mishal Al-Ahmad": the style of
				// the one named after the title.
				d.attach(e, d.mentionOf(s, i, j+1))
				continue
			}
			// "His Highness the Amir Sheikh Mishal … received … His Highness
			// the Prime Minister, and His Highness affirmed …": the one the
			// sentence opens on, styled so, is its subject.
			if e := d.firstStyledIn(s, at, style); e != nil {
				d.attach(e, d.mentionOf(s, i, j+1))
				continue
			}
			e := d.latestStyled(at, func(m chronicle.Mention) bool {
				if strings.Contains(m.Text, style) {
					return true
				}
				// "His Royal Highness Crown Prince Mohammed bin Salman": the
				// style before a title of capitalised words and the name.
				before := d.text[max(0, m.Start-40):m.Start]
				k := strings.LastIndex(before, style)
				return k >= 0 && !slices.ContainsFunc(strings.Fields(before[k+len(style):]), func(w string) bool {
					return !isCapitalized(w) && w != "the"
				})
			})
			if e == nil {
				e = d.latestStyled(at, func(m chronicle.Mention) bool {
					return slices.ContainsFunc(strings.Fields(m.Text), func(w string) bool { return royalStyles[w] })
				})
			}
			if e != nil {
				d.attach(e, d.mentionOf(s, i, j+1))
			}
		}
	}
}

// personNamedAfter is the person whose mention starts within a title of
// "the" and capitalised words from token k of sentence s ("the Amir Sheikh
// Mishal Al-Ahmad", "the Crown Prince Sheikh Sabah"), or nil.
func (d *doc) personNamedAfter(s, k int) *entity {
	toks := d.sents[s].Tokens
	if k >= len(toks) || toks[k].Text != "the" {
		return nil
	}
	for j := k + 1; j < len(toks) && j-k <= 5 && isCapitalized(toks[j].Text); j++ {
		if o, ok := d.owner[[2]int{s, j}]; ok && o.e.Type == chronicle.Person && !d.isTitleWord(toks[j].Text) && !royalStyles[toks[j].Text] {
			return o.e // a name, not "the Foreign Minister" a title restates
		}
	}
	return nil
}

// firstStyledIn is the person of the first mention of sentence s, before
// offset at, when the sentence opens on that mention styled so ("His
// Highness the Amir Sheikh Mishal …"); else nil.
func (d *doc) firstStyledIn(s, at int, style string) *entity {
	toks := d.sents[s].Tokens
	k := 0
	if k < len(toks) && (toks[k].Text == "Earlier" || toks[k].Text == "Later") {
		k++ // "Earlier today, His Highness …"
		for k < len(toks) && toks[k].Text != "," && k < 4 {
			k++
		}
		k++
	}
	if k+2 >= len(toks) || toks[k].Text != "His" && toks[k].Text != "Her" || !strings.HasPrefix(d.text[toks[k+1].Start:], style) {
		return nil
	}
	var first *entity
	firstAt := at
	for _, e := range d.ents {
		if e.Type != chronicle.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= toks[k].Start && m.Start < firstAt {
				first, firstAt = e, m.Start
			}
		}
	}
	return first
}

// royalStyles are the titles of royal houses' members before their names.
var royalStyles = map[string]bool{"Prince": true, "Princess": true, "Sheikh": true, "Sheikha": true, "King": true,
	"Queen": true, "Emir": true, "Amir": true, "Sultan": true}

// latestStyled is the person with a mention before offset at that fits,
// the one mentioned last; nil when none is.
func (d *doc) latestStyled(at int, fits func(chronicle.Mention) bool) *entity {
	return d.lastPersonBefore(at, func(e *entity) bool {
		return slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return m.Start < at && fits(m) })
	})
}

// lastPersonBefore is the person that keep accepts whose mention before
// offset at comes last, or nil.
func (d *doc) lastPersonBefore(at int, keep func(*entity) bool) *entity {
	return d.lastMentionedBefore(at, func(e *entity) bool { return e.Type == chronicle.Person && keep(e) }, nil)
}

// lastMentionedBefore is the entity that keep accepts with a mention before
// offset at, that mentionOK accepts when given, coming last; or nil.
func (d *doc) lastMentionedBefore(at int, keep func(*entity) bool, mentionOK func(chronicle.Mention) bool) *entity {
	var last *entity
	lastAt := -1
	for _, e := range d.ents {
		if !keep(e) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < at && m.Start > lastAt && (mentionOK == nil || mentionOK(m)) {
				last, lastAt = e, m.Start
			}
		}
	}
	return last
}

// mentionEndFrom is the token after the mention owner o holds from token j
// of sentence s.
func (d *doc) mentionEndFrom(s, j int, o owner) int {
	toks := d.sents[s].Tokens
	for j < len(toks) && d.owner[[2]int{s, j}] == o {
		j++
	}
	return j
}

// foreignMinisterCalled is the one person of country c whom the article
// calls its foreign minister or minister of foreign affairs, or nil.
func (d *doc) foreignMinisterCalled(c string) *entity {
	var found *entity
	for _, e := range d.ents {
		if e.Type != chronicle.Person || c != "" && e.Country != c && e.Country != "" { // (a country may come only when the story's is known)
			continue
		}
		if slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool {
			t := d.calledAt(m)
			return namesOffice(t, "foreign minister") || namesOffice(t, "minister of foreign affairs")
		}) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// restatedPeople links a description that restates a private person, as
// the subject of a verb or after a quote's "said", to the one person the
// sentence before names: "The 45-year-old farmer said" after Santosh
// Jadhav, "…,” said the 34-year-old office worker" after Park Ji-hoon. With
// an age any noun phrase will do, for people the KB does not know; without
// one the noun must be what the text called the person ("the contractor
// said" after "contractor Rami Suleiman"). Titles are restatedTitles' work.
func (d *doc) restatedPeople() {
	for s := 1; s < len(d.sents); s++ {
		toks := d.sents[s].Tokens
		for a := 0; a+2 < len(toks); a++ {
			if !strings.EqualFold(toks[a].Text, "the") || d.claimed[[2]int{s, a}] {
				continue
			}
			afterQuote := a >= 2 && reportVerbs[toks[a-1].Text] && isClosingMark(toks[a-2].Text)
			if a > 0 && !afterQuote && !isClosingMark(toks[a-1].Text) {
				continue
			}
			d.restatedPersonAt(s, a, afterQuote)
		}
	}
}

// restatedPersonAt links the description after the article at token a of
// sentence s, as restatedPeople says; afterQuote when it follows "said"
// after a quote, so that no verb need follow it.
func (d *doc) restatedPersonAt(s, a int, afterQuote bool) {
	toks := d.sents[s].Tokens
	j, aged := a+1, false
	if j+4 < len(toks) && isAge(toks[j].Text) && toks[j+1].Text == "-" && toks[j+2].Text == "year" &&
		toks[j+3].Text == "-" && toks[j+4].Text == "old" {
		j, aged = j+5, true
	}
	head := -1
	for k := j; k < len(toks) && k < j+3 && isLowerWord(toks[k].Text) && !d.claimed[[2]int{s, k}]; k++ {
		if u := toks[k].UPOS; u != "NOUN" && u != "ADJ" {
			break
		}
		if toks[k].UPOS == "NOUN" {
			head = k
		}
	}
	if head < 0 && aged {
		head = j - 1 // "the 68-year-old said"
	}
	if head < 0 {
		return
	}
	noun := strings.ToLower(toks[head].Text)
	if officeHeads[noun] || restatedRoles[noun] != nil || bodyWords[noun] {
		return // an office or role: restatedTitles' to link ("the minister said")
	}
	next := head + 1
	if afterQuote {
		if next < len(toks) && !isPunctToken(toks[next].Text) {
			return
		}
	} else if next >= len(toks) || !verbAt(toks, next) {
		return
	}
	// The sentence before, or before the quote that opened a sentence or
	// two earlier.
	prev := s - 1
	for prev > 0 && prev >= s-2 && !d.hasPersonIn(prev) && d.opensInQuote(prev) {
		prev--
	}
	e := d.restatedPersonIn(prev, []string{noun})
	if e == nil && aged {
		// "Her neighbour, retired bus driver Orlando Perez, was more
		// resigned. “…,” the 68-year-old said": the one person the
		// sentence before names by name, whoever its pronouns are; else
		// the one who speaks there ("Prakash Shrestha said … his shop on
		// Durbar Marg", a street taken for a person).
		e = d.onlyNamedIn(prev)
		if e == nil {
			e = theOne(d.peopleIn(prev), func(p *entity) bool {
				return slices.ContainsFunc(p.Mentions, func(m chronicle.Mention) bool {
					return d.sentenceAt(m.Start) == prev && d.beforeReport(prev, m.Span)
				})
			})
		}
	}
	vouched := false
	if !aged && statusNouns[noun] && !d.introducedBefore(noun, toks[a].Start) {
		// "Nina Bondarenko, 71, who lives on the fifth floor, … “…,” the
		// pensioner said", "Lena Hoffmann, a 17-year-old pupil …. “…,” the
		// student said": a noun of what someone is restates the one private
		// person named before the quote in its sentence, else in the
		// sentence before, when no one else was introduced by it.
		o := d.onlyNamedBetween(s, 0, d.openingMarkBefore(s, a))
		if o == nil && d.openingMarkBefore(s, a) == 0 {
			o = d.onlyNamedIn(prev)
		}
		if o != nil && o.Type == chronicle.Person && o.person == nil && (afterQuote || isClosingMark(toks[max(a-1, 0)].Text) || a == 0) {
			e, vouched = o, true // (or opening a sentence: "Avi Shapira, 67, a retired teacher …. The pensioner said")
		}
	}
	if sex := sexedPeople[noun]; !aged && sex != 0 && !vouched {
		// "Rosa Elena Mendoza, a 61-year-old seamstress, said she …. “…,”
		// the grandmother said": a noun of one sex restates the one
		// private person the sentence before names, when the text says
		// they are of that sex, though it never called them so.
		o := e
		if o == nil {
			o = d.onlyNamedIn(prev)
		}
		if o != nil && o.Type == chronicle.Person && o.person == nil && o.sex(d.text) == sex {
			e, vouched = o, true
		}
	}
	// An age alone ("the 79-year-old told delegates") restates anyone the
	// sentence before names alone, the KB's people too; an age with a noun
	// ("the 45-year-old farmer") a private person.
	bareAge := aged && head == j-1
	if e == nil || e.Type != chronicle.Person || !vouched && !(aged && (e.person == nil || bareAge)) && !d.calledNoun(e, noun) {
		return
	}
	d.attach(e, d.mentionOf(s, a, head+1))
}

// statusNouns say what a private person is (their trade, age or state), which
// news uses to restate someone it has just quoted by name: "the pensioner
// said". Nouns of a role toward others (the doctor, the lawyer, the
// neighbour, the official) are left out: they mostly bring in someone else.
var statusNouns = map[string]bool{"pensioner": true, "retiree": true, "student": true, "pupil": true, "teenager": true,
	"schoolgirl": true, "schoolboy": true, "youngster": true, "veteran": true, "housewife": true, "farmer": true,
	"fisherman": true, "trader": true, "vendor": true, "shopkeeper": true, "seamstress": true, "tailor": true,
	"merchant": true, "businessman": true, "businesswoman": true, "entrepreneur": true, "activist": true,
	"protester": true, "survivor": true, "refugee": true, "migrant": true, "villager": true, "engineer": true,
	"nurse": true, "teacher": true, "mechanic": true, "labourer": true, "laborer": true, "carpenter": true}

// introducedBefore tells whether the text brings in someone as "a NOUN",
// "an NOUN", "one NOUN" or "another NOUN" before offset at.
func (d *doc) introducedBefore(noun string, at int) bool {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for k := 0; k+1 < len(toks) && toks[k+1].End <= at; k++ {
			switch strings.ToLower(toks[k].Text) {
			case "a", "an", "one", "another":
				if strings.EqualFold(toks[k+1].Text, noun) {
					return true
				}
			}
		}
		if len(toks) > 0 && toks[len(toks)-1].End > at {
			break
		}
	}
	return false
}

// openingMarkBefore is the token of the opening quotation mark before token
// a of sentence s, or 0 when none is.
func (d *doc) openingMarkBefore(s, a int) int {
	toks := d.sents[s].Tokens
	closing := 0
	for k := a - 1; k >= 0; k-- {
		if t := toks[k].Text; t == "“" || t == "«" {
			return k
		} else if t == "\"" {
			if closing == 1 {
				return k
			}
			closing++
		}
	}
	return 0
}

// onlyNamedBetween is onlyNamedIn over tokens [a, b) of sentence s.
func (d *doc) onlyNamedBetween(s, a, b int) *entity {
	var found *entity
	toks := d.sents[s].Tokens
	for i := a; i < b && i < len(toks); i++ {
		o, ok := d.owner[[2]int{s, i}]
		if !ok || o.e.Type != chronicle.Person || o.e == found || !isCapitalized(toks[i].Text) || o.start != i || pronounSex(toks[i].Text) != 0 {
			continue
		}
		if found != nil {
			return nil
		}
		found = o.e
	}
	return found
}

// sexedPeople are nouns for a person of one sex that news uses to restate
// someone named before: "the grandmother said".
var sexedPeople = map[string]byte{"grandmother": 'f', "grandfather": 'm', "mother": 'f', "father": 'm', "widow": 'f',
	"widower": 'm', "woman": 'f', "man": 'm'}

// calledNoun tells whether the text called e the noun, in lower case,
// right before a mention ("contractor Rami Suleiman") or in the
// description after one ("Kwame Asante, a cocoa farmer,").
func (d *doc) calledNoun(e *entity, noun string) bool {
	for _, m := range e.Mentions {
		s, a, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if a > 0 && strings.EqualFold(toks[a-1].Text, noun) {
			return true
		}
		// "the Chief of the General Staff of the Armed Forces of Russia
		// Valery Gerasimov": the noun opening the title of a body's name
		// before the name.
		for k := a - 1; k >= 0 && a-k <= 12 && (isCapitalized(toks[k].Text) || toks[k].Text == "of" || toks[k].Text == "the"); k-- {
			if strings.EqualFold(toks[k].Text, noun) && k+1 < a && toks[k+1].Text == "of" {
				return true
			}
		}
		// "The Minister of Foreign Affairs of the Islamic Republic of Iran,
		// Seyyed Abbas Araghchi,", "The military expert, retired colonel
		// Mikhail Tolstykh,": the noun in the description before the name,
		// back to the sentence's start or a comma, past a rank or a few
		// lower-case words after the comma. A word no title list holds
		// must be in a description that opens the sentence.
		c := a - 1
		for c > 0 && a-c <= 3 && (isLowerWord(toks[c].Text) || d.isTitleWord(toks[c].Text)) {
			c--
		}
		if _, title := titleSector(noun); c > 0 && toks[c].Text == "," {
			for k := c - 1; k >= 0 && k >= c-11 && toks[k].Text != ","; k-- {
				if strings.EqualFold(toks[k].Text, noun) && (title || opensSentence(toks, k)) {
					return true
				}
			}
		}
		if b+4 < len(toks) && toks[b].Text == "," && isNumber(toks[b+1].Text) && toks[b+2].Text == "," {
			b += 2 // "Jainal Abdullah, 58, the village head of …": past the age
		}
		if b+2 < len(toks) && toks[b].Text == "," && (isDeterminer(toks[b+1].Text) || isLowerWord(toks[b+1].Text)) {
			// ("Kamran Ahmadi, professor of water engineering at …", "Li
			// Haitao, a research fellow with …")
			words := strings.Fields(noun)
			for k := b + 1; k+len(words) <= len(toks) && k <= b+8 && toks[k].Text != ","; k++ {
				if wordsAt(toks, k, words) {
					return true
				}
			}
		}
	}
	return false
}

// opensSentence tells whether the words before token k are a determiner
// and modifiers only: "The military expert".
func opensSentence(toks []chronicle.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if w := toks[j].Text; !isLowerWord(w) && !(j == 0 && isDeterminer(w)) {
			return false
		}
	}
	return true
}

// wordsAt tells whether the tokens from k on are the words, in any case.
func wordsAt(toks []chronicle.Token, k int, words []string) bool {
	for n, w := range words {
		if k+n >= len(toks) || !strings.EqualFold(toks[k+n].Text, w) {
			return false
		}
	}
	return true
}

// nounPhraseWord tells whether a word of that part of speech may stand
// inside a title ("the rural affairs minister"); untagged words may.
func nounPhraseWord(upos string) bool {
	switch upos {
	case "", "NOUN", "ADJ", "PROPN", "NUM":
		return true
	}
	return false
}

// titleCased tells whether w is a title word, or a word of a title phrase,
// written with a capital: "The President said", "the Foreign Minister said",
// as translated news writes them.
func titleCased(w string) bool {
	if !isCapitalized(w) || !isWordToken(w) {
		return false
	}
	lw := strings.ToLower(w)
	_, title := titleSector(lw)
	return title || modifierFill[lw]
}

// isClosingMark tells whether a token is a closing double quote mark.
func isClosingMark(t string) bool { return t == "”" || t == "\"" || t == "»" }

// closesQuoteAt tells whether token k is a closing quotation mark, or a
// dash right after one, as translations from Russian set the speaker off:
// "“…,” - said the analyst".
func closesQuoteAt(toks []chronicle.Token, k int) bool {
	if w := toks[k].Text; k >= 1 && (w == "-" || w == "–" || w == "—" || w == "--") {
		k--
	}
	return k >= 0 && isClosingMark(toks[k].Text)
}

// restatedTitleAt links the title after the article at token a of sentence
// s, when it is the subject of a verb, as restatedTitles says.
func (d *doc) restatedTitleAt(s, a int) {
	toks := d.sents[s].Tokens
	if d.claimed[[2]int{s, a}] {
		return
	}
	j, last := a+1, -1
	var words []string
	var body *entity // "the former NATO secretary-general": the body the office was at
	head := ""       // the last title word ("secretary" of "secretary-general")
	country := ""    // the country of a demonym before the title
	nTitle := 0      // how many of words run up to the last title word
	for j < len(toks) && j <= a+4 {
		if o, ok := d.owner[[2]int{s, j}]; ok && body == nil && last < 0 && o.start == j && o.e.Type == chronicle.Organization {
			body = o.e
			j = d.mentionEndFrom(s, j, o)
			continue
		}
		if o, ok := d.owner[[2]int{s, j}]; ok && country == "" && last < 0 && o.e.Type == chronicle.GeoPolitical && o.e.Country != "" &&
			d.isDemonym(toks[j].Text) {
			country = o.e.Country // "the Bahraini minister"
			j++
			continue
		}
		if d.claimed[[2]int{s, j}] || !isLowerWord(toks[j].Text) && toks[j].Text != "MP" && !titleCased(toks[j].Text) {
			break
		}
		lw := strings.ToLower(toks[j].Text)
		_, title := titleSector(lw)
		title = title || restatedRoles[lw] != nil // "the analyst", "the expert": roles no title list holds
		if !title && !modifierFill[lw] && !nounPhraseWord(toks[j].UPOS) {
			break // "The book claims the premier …" is no title
		}
		words = append(words, lw)
		if title {
			last, head, nTitle = j, lw, len(words)
		}
		j++
		if title && j+1 < len(toks) && toks[j].Text == "-" && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End &&
			isLowerWord(toks[j+1].Text) {
			// "secretary-general", which the tokenizer split.
			words[len(words)-1] += "-" + toks[j+1].Text
			last, j = j+1, j+2
		}
	}
	if head == "general" && nTitle >= 2 && officeHeads[words[nTitle-2]] {
		head = words[nTitle-2] // "the Secretary General": a secretary's office, no general's rank
	}
	if last < 0 || last+1 >= len(toks) || !officeHeads[head] && restatedRoles[head] == nil {
		return
	}
	according := a >= 2 && toks[a-1].Text == "to"
	inverted := a >= 2 && reportVerbs[toks[a-1].Text] && closesQuoteAt(toks, a-2) // "said the commissioner"
	// "The MP for Ealing North claimed": the seat or body after the
	// title is part of the description.
	k := last + 1
	if (toks[k].Text == "for" || toks[k].Text == "of") && k+1 < len(toks) && isCapitalized(toks[k+1].Text) {
		k++
		for k < len(toks) && k-last <= 5 && isCapitalized(toks[k].Text) {
			k++
		}
	} else if toks[k].Text == "of" && k+2 < len(toks) && toks[k+1].Text == "the" {
		// "declared the head of the junta", "the Chairman of the Russian
		// Government said": the body is part of the description.
		k += 2
		if o, ok := d.owner[[2]int{s, k}]; ok && o.start == k && o.e.Type == chronicle.Organization && body == nil {
			body = o.e
		}
		for k < len(toks) && k-last <= 7 && (isLowerWord(toks[k].Text) || isCapitalized(toks[k].Text)) && !verbAt(toks, k) &&
			!(inverted && placeOrTimeAfterCue[toks[k].Text]) {
			k++
		}
	}
	if inverted {
		if k < len(toks) && !isPunctToken(toks[k].Text) && !placeOrTimeAfterCue[toks[k].Text] {
			return // (but "declared the President of the Republic in a joint press statement")
		}
	} else if k >= len(toks) || !according && !verbAt(toks, k) || according && toks[k].Text != "," {
		return
	}
	titles := words[:nTitle]
	cues := restatedRoles[head]
	// "the diplomat", "the spokeswoman": a role, not an office; it must
	// restate what the text called the person ("Kamran Ahmadi, professor
	// of water engineering, …").
	calledSo := func(e *entity) bool {
		return d.describedWith(e, cues) || slices.ContainsFunc(cues, func(c string) bool { return d.calledNoun(e, c) })
	}
	e := d.restatedPersonIn(s-1, titles)
	for back := 2; e == nil && back <= 3 && s-back >= 0 && !d.hasPersonIn(s-back+1) &&
		(d.opensInQuote(s-back+1) || d.whollyQuoted(s-back+1)); back++ {
		// "“We have never refused contacts. But …,” the minister
		// stressed": the quote began a sentence or two before; or the
		// sentence before is the end of a quotation its speaker began
		// the sentence before that ("X said: “…. ….” “…,” the Vice
		// Premier added").
		e = d.restatedPersonIn(s-back, titles)
	}
	if cues != nil && (e == nil || !calledSo(e)) {
		// "…,” said Kenji Matsuura, a professor …. “She knows … Lee has
		// invested ….” … “…,” the professor added": the role names the
		// one called so in the sentences before, past someone a quote
		// names.
		e = nil
		for back := 1; back <= 3 && s-back >= 0; back++ {
			people := d.peopleIn(s - back)
			if called := slices.DeleteFunc(slices.Clone(people), func(p *entity) bool { return !calledSo(p) }); len(called) == 1 {
				e = called[0]
				break
			}
			if len(people) > 0 && !d.whollyQuoted(s-back) {
				break // someone else the narrative names is nearer
			}
		}
	}
	if e == nil && cues == nil && isCapitalized(toks[last].Text) {
		// "… Secretary General of the OSCE Feridun Sinirlioglu …. “…,” -
		// said the Secretary General": the one person of the sentences
		// before to whom the text gave the title written so.
		e = d.titledBefore(s, head, titles)
	}
	if e == nil || country != "" && e.Country != country || (country != "" || head == "minister") && d.higherOffice(e, titles) {
		return // (not "the Iraqi minister", nor "the Minister", for the prime minister)
	}
	if cues != nil {
		if !calledSo(e) {
			return
		}
	} else if e.person != nil {
		if body != nil {
			// "the former NATO secretary-general", "the former NATO chief": an
			// office at the body, left by the date if "former".
			if !d.heldAt(*e.person, strings.TrimPrefix(body.KB, "org:"), titles) {
				return
			}
		} else if !d.heldFitting(*e.person, titles) && (len(titles) < 2 && d.holdsOffice(e) || !d.describedAlone(e, []string{strings.Join(titles, " ")})) {
			// (An office the KB does not know them to hold only when the
			// text gave it: whole when the KB knows another of theirs on
			// the date ("the Deputy Prime Minister, Minister of Foreign
			// Affairs of Vietnam Bui Thanh Son"), or the head alone when
			// it knows none ("Secretary of the Security Council … Sergei
			// Shoigu …. the Secretary said").)
			return
		}
	} else if body != nil {
		if !d.namedWithBody(e, body) {
			return // a body's office the KB cannot vouch for, nor the text
		}
	} else if d.hasTitle(e) && !d.describedWith(e, []string{head, normalTitle(head)}) {
		// The text gave the person another title; the KB cannot vouch
		// that this one is theirs too. The same title restated
		// ("Agriculture Minister Vitaliy Koval … The minister") is, or
		// written another way ("Deputy Prime Minister … Serik
		// Zhumangarin … the Vice Premier").
		return
	}
	// "Mr Mubanga said he was interrogated. The home secretary said …":
	// an office the KB knows another holder of in a country the story
	// names is that holder's, not the person's before.
	if e.person == nil && d.otherHolder(e, kb.NormalizeOffice(strings.Join(titles, " "))) {
		return // (a KB person who holds the office is the holder: "the president" after President Rumen Radev)
	}
	d.attach(e, d.mentionOf(s, a, last+1))
	if e.Sector == "" {
		e.Sector = sectorOf(reversed(titles))
	}
}

// holdsOffice tells whether the KB knows an office of e's on the article's
// date (any, when it has none).
func (d *doc) holdsOffice(e *entity) bool {
	if e.person == nil {
		return false
	}
	if d.date == "" {
		return len(e.person.Offices) > 0
	}
	_, ok := d.r.kb.OfficeOn(*e.person, d.date)
	return ok
}

// placeOrTimeAfterCue open the phrases that may follow an inverted cue's
// subject: "said the minister in a statement", "at the briefing".
var placeOrTimeAfterCue = map[string]bool{"in": true, "at": true, "during": true, "on": true, "after": true, "while": true}

// titledBefore is the one person named in the five sentences before s
// with the title head, not as part of another office ("Deputy Prime
// Minister", or "Prime Minister" for "minister"), or whom the KB gives an
// office that titles fit on the article's date; nil when none or several.
func (d *doc) titledBefore(s int, head string, titles []string) *entity {
	var found *entity
	for back := 1; back <= 5 && s-back >= 0; back++ {
		for _, p := range d.peopleIn(s - back) {
			if p == found || !d.titledAs(p, head) && (p.person == nil || !d.heldFitting(*p.person, titles)) {
				continue
			}
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// titledAs tells whether a mention of e holds title as an office of its
// own: "minister" in "Finance Minister X", not in "Prime Minister X" nor
// "Deputy Minister X".
func (d *doc) titledAs(e *entity, title string) bool {
	other := func(before string) bool { return otherOfficeBefore(before) || strings.HasSuffix(before, "prime ") }
	return slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return officeIn(strings.ToLower(m.Text), title, other) })
}

// higherOffice tells whether the KB's office of e on the article's date is
// a prime or deputy one that titles leave out: "the Iraqi minister" does
// not restate the prime minister.
func (d *doc) higherOffice(e *entity, titles []string) bool {
	if e.person == nil {
		return false
	}
	o, ok := d.r.kb.OfficeOn(*e.person, d.date)
	if !ok {
		return false
	}
	for _, w := range strings.Fields(o.Title) {
		if (w == "prime" || w == "deputy" || w == "vice") && !slices.Contains(titles, w) {
			return true
		}
	}
	return false
}

// namedWithBody tells whether a mention of e holds one of body's: "Head
// of the Kharkiv Regional Military Administration Oleh Syniehubov".
func (d *doc) namedWithBody(e, body *entity) bool {
	return slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool {
		return slices.ContainsFunc(body.Mentions, func(b chronicle.Mention) bool { return m.Start <= b.Start && b.End <= m.End })
	})
}

// heldAt tells whether p holds an office at the KB organisation org that
// titles fit, or any office there when they name only its head ("chief"),
// on the article's date, or before it with "former".
func (d *doc) heldAt(p kb.Person, org string, titles []string) bool {
	former := slices.Contains(titles, "former")
	head := slices.ContainsFunc(titles, func(t string) bool { return t == "chief" || t == "head" || t == "boss" || t == "leader" })
	return slices.ContainsFunc(p.Offices, func(o kb.Office) bool {
		if o.Org != org || !head && !titleFits(titles, "", o) {
			return false
		}
		if d.date == "" {
			return true
		}
		if former {
			return o.End != "" && o.End <= d.date
		}
		return o.Start <= d.date && (o.End == "" || d.date < o.End)
	})
}

// otherHolder reports whether the KB knows someone other than e holding
// office on the article's date in a country the story names; with no date,
// whether the KB knows such an office there at all and e is no KB person.
func (d *doc) otherHolder(e *entity, office string) bool {
	for c := range d.story {
		if d.date == "" {
			if e.person == nil && d.r.kb.HasOffice(c, office) {
				return true
			}
			continue
		}
		if p, ok := d.r.kb.HolderOf(c, office, d.date); ok && (e.person == nil || e.person.Name != p.Name) {
			return true
		}
	}
	return false
}

// onlyPersonIn is the one person a name mention of sentence s stands for,
// or nil when it names none or several.
// restatedPersonIn is the person of sentence s whom a restated title can
// mean: the only one, or of several the only one whose office in the KB on
// the article's date fits the title words ("Lavrov said … after talks with
// his Hungarian counterpart Peter Szijjarto").
func (d *doc) restatedPersonIn(s int, titles []string) *entity {
	people := d.peopleIn(s)
	if len(people) == 1 {
		return people[0]
	}
	if len(titles) == 1 && titles[0] == "minister" {
		// "Prime Minister Luis Montenegro convened the cabinet, and
		// Interior Minister Maria Lucia Amaral said …. “…,” the minister
		// told a briefing": a bare "minister" is not the prime minister.
		if ministers := slices.DeleteFunc(slices.Clone(people), d.primeMinister); len(ministers) > 0 {
			people = ministers
		}
		if len(people) == 1 {
			return people[0]
		}
	}
	if slices.Contains(titles, "shadow") {
		// "The shadow chancellor said" after "Oliver Letwin … dubbing Mr
		// Brown …": the one who does not hold the office the KB knows.
		office := slices.DeleteFunc(slices.Clone(titles), func(t string) bool { return t == "shadow" })
		var found *entity
		for _, e := range people {
			if e.person != nil && d.heldFitting(*e.person, office) {
				continue
			}
			if found != nil {
				return nil
			}
			found = e
		}
		return found
	}
	holds := func(e *entity) bool { return e.person != nil && d.heldFitting(*e.person, titles) }
	found := theOne(people, holds)
	if found == nil && len(titles) > 0 {
		// "Araghchi, in a telephone conversation with the Secretary-General
		// of the United Nations, Antonio Guterres, stated …. “…,” the
		// Minister of Foreign Affairs said": the one the text called so.
		head := titles[len(titles)-1]
		found = theOne(people, func(e *entity) bool { return d.calledNoun(e, head) || d.describedWith(e, []string{head}) })
	}
	if found == nil {
		// "The Nigerian President asked Wang to convey his greetings to
		// President Xi. “…,” the President said": of several who hold
		// such an office, the sentence's subject.
		found = theOne(people, func(e *entity) bool {
			return holds(e) && slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool {
				return d.sentenceAt(m.Start) == s && d.mentionIsSubject(s, m.Span)
			})
		})
	}
	if cues := restatedRoles[titles[len(titles)-1]]; cues != nil && !slices.ContainsFunc(people, holds) {
		// "Justice Esther Nyambura ordered that Ronald Ssemwogerere … be
		// produced. “…,” the judge said": the one person of the sentence
		// the text gave that role.
		found = theOne(people, func(e *entity) bool {
			return d.describedWith(e, cues) || slices.ContainsFunc(cues, func(c string) bool { return d.calledNoun(e, c) })
		})
	}
	return found
}

// hasPersonIn tells whether sentence s mentions anyone.
func (d *doc) hasPersonIn(s int) bool { return len(d.peopleIn(s)) > 0 }

// peopleIn lists the people sentence s mentions, each once, in text order.
func (d *doc) peopleIn(s int) []*entity {
	var out []*entity
	for i := range d.sents[s].Tokens {
		if o, ok := d.owner[[2]int{s, i}]; ok && o.e.Type == chronicle.Person && !slices.Contains(out, o.e) {
			out = append(out, o.e)
		}
	}
	return out
}

// opensInQuote tells whether sentence s opens with a quotation mark, as the
// sentences of a quote of several do.
func (d *doc) opensInQuote(s int) bool {
	toks := d.sents[s].Tokens
	return len(toks) > 0 && (toks[0].Text == "“" || toks[0].Text == "\"" || toks[0].Text == "«")
}

// onlyNamedIn is the one person sentence s names by a name, not a pronoun
// or a description in lower case, or nil.
func (d *doc) onlyNamedIn(s int) *entity {
	return d.onlyNamedBetween(s, 0, len(d.sents[s].Tokens))
}

func (d *doc) onlyPersonIn(s int) *entity {
	if people := d.peopleIn(s); len(people) == 1 {
		return people[0]
	}
	return nil
}

// hasTitle reports whether one of e's mentions carries a title.
func (d *doc) hasTitle(e *entity) bool {
	for _, m := range e.Mentions {
		if d.titleOfMention(m.Span) != "" {
			return true
		}
	}
	return false
}

// verbAt reports whether token i is a verb or an adverb before one ("also
// said"), or, untagged, a lower-case word other than "of" and "and".
func verbAt(toks []chronicle.Token, i int) bool {
	switch toks[i].UPOS {
	case "VERB", "AUX":
		return true
	case "ADV":
		return i+1 < len(toks) && (toks[i+1].UPOS == "VERB" || toks[i+1].UPOS == "AUX")
	case "":
		return isLowerWord(toks[i].Text) && toks[i].Text != "of" && toks[i].Text != "and"
	}
	return false
}

func reversed(words []string) []string {
	out := slices.Clone(words)
	slices.Reverse(out)
	return out
}

// namedBodies links "the ministry", "the committee", "the agency" to the one
// body named earlier whose name ends on that word ("the Russian Foreign
// Ministry", "the Home Affairs Committee").
func (d *doc) namedBodies() {
	byHead := map[string][]earlier{}     // by the last word of the name
	byWord := map[string][]earlier{}     // by any word of bodyWords in the name
	aliasHeads := map[string][]earlier{} // by the last word of the KB's other names for the body
	var firms []earlier                  // the mentions of companies, in no order
	var bodies []earlier                 // the mentions of every body but the media, in no order
	for _, e := range d.ents {
		if e.Type != chronicle.Organization {
			continue
		}
		if e.Sector != "MED" {
			for _, m := range e.Mentions {
				bodies = append(bodies, earlier{e, m.Start})
			}
		}
		if e.Sector == "BUS" || e.Sector == "" && !publicBodyName(e.Name) {
			for _, m := range e.Mentions {
				firms = append(firms, earlier{e, m.Start})
			}
		}
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			if bodyWords[w] {
				for _, m := range e.Mentions {
					byWord[w] = append(byWord[w], earlier{e, m.Start})
				}
			}
		}
		for _, m := range e.Mentions {
			// "the monetary policy committee" that a body is also known
			// as; "the UN refugee agency" (UNHCR)
			if last := m.Text[strings.LastIndexByte(m.Text, ' ')+1:]; (isLowerWord(m.Text) || e.KB != "" && isLowerWord(last)) && bodyWords[last] {
				byHead[last] = append(byHead[last], earlier{e, m.Start})
			}
		}
		for _, last := range d.kbNameHeads(e) {
			for _, m := range e.Mentions {
				aliasHeads[last] = append(aliasHeads[last], earlier{e, m.Start})
			}
		}
		i := strings.LastIndexByte(e.Name, ' ')
		if i < 0 || institutionHeads[e.Name[i+1:]] != chronicle.Organization && !restatedHeads[e.Name[i+1:]] {
			continue
		}
		head := strings.ToLower(e.Name[i+1:])
		for _, m := range e.Mentions {
			byHead[head] = append(byHead[head], earlier{e, m.Start})
		}
	}
	var parties []earlier
	for _, c := range bodies {
		before := strings.ToLower(d.text[max(0, c.at-12):c.at])
		if c.e.Sector == "PTY" || strings.HasSuffix(before, "ruling ") || strings.HasSuffix(before, "opposition ") ||
			d.partyWordAfter(c) {
			parties = append(parties, c) // "the ruling Cameroon People's Democratic Movement", "whose Inuit Ataqatigiit party"
		}
	}
	for s := range d.sents {
		// "Federated Farmers, the main farm lobby group, …": the body's
		// description gives a noun that "the" takes back.
		toks := d.sents[s].Tokens
		for i := 0; i < len(toks); i++ {
			o, ok := d.owner[[2]int{s, i}]
			if !ok || o.start != i || o.e.Type != chronicle.Organization {
				continue
			}
			end := d.mentionEndFrom(s, i+1, o)
			if head := d.appositiveHead(s, end); bodyKinds[head] || bodyWords[head] {
				byHead[head] = append(byHead[head], earlier{o.e, toks[i].Start})
			}
			// "The Portuguese grid operator, REN,": the description before
			// the name, between commas, does too.
			if i >= 2 && toks[i-1].Text == "," && end < len(toks) && toks[end].Text == "," && bodyKinds[toks[i-2].Text] {
				byHead[toks[i-2].Text] = append(byHead[toks[i-2].Text], earlier{o.e, toks[i].Start})
			}
			i = end - 1
		}
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			// "a ministry spokeswoman", "a Commission spokesperson": the
			// noun before the spokesman stands for a body named before, as
			// "the ministry" would.
			det := strings.ToLower(toks[i].Text)
			if det == "the" && i+4 < len(toks) && toks[i+2].Text == "-" && seatParticiples[toks[i+3].Text] && !d.claimed[[2]int{s, i + 4}] {
				// "The Haifa-based company": the firm (by its sector or its
				// name's last word) named most before, whatever town holds it.
				if noun := strings.ToLower(toks[i+4].Text); noun == "company" || noun == "firm" || firmNouns[noun] {
					named := slices.DeleteFunc(slices.Clone(firms), func(c earlier) bool {
						return c.e.Sector != "BUS" && !firmHeads[c.e.Name[strings.LastIndexByte(c.e.Name, ' ')+1:]]
					})
					if e := cmp.Or(firmOfTrade(named, noun, toks[i].Start), mostNamedBefore(named, toks[i].Start)); e != nil {
						d.attach(e, d.mentionOf(s, i, i+5))
						i += 4
						continue
					}
				}
			}
			spokesman := (det == "a" || det == "an") && i+2 < len(toks) && spokesWords[toks[i+2].Text]
			if det != "the" && !spokesman || d.claimed[[2]int{s, i}] || d.claimed[[2]int{s, i + 1}] {
				continue
			}
			if i+2 < len(toks) && (isCapitalized(toks[i+2].Text) || toks[i+2].Text == "of") {
				continue // "the Committee on …", "the ministry of defence"
			}
			noun, end := strings.ToLower(toks[i+1].Text), i+2
			if det == "the" && i+2 < len(toks) && toks[i+1].UPOS != "VERB" && isLowerWord(toks[i+1].Text) &&
				strings.ToLower(toks[i+2].Text) == "movement" && !d.claimed[[2]int{s, i + 2}] {
				// "declared the separatist movement": the movement named last,
				// in the sentence or the two before, whose name ends on a
				// movement's word ("the Polisario Front").
				var movements []earlier
				for _, c := range bodies {
					if movementHeads[c.e.Name[strings.LastIndexByte(c.e.Name, ' ')+1:]] {
						movements = append(movements, c)
					}
				}
				if e := latestBefore(movements, toks[i].Start); e != nil && d.namedSince(e, s-2, toks[i].Start) {
					d.attach(e, d.mentionOf(s, i, i+3))
					i += 2
					continue
				}
			}
			found := onlyBefore(byHead[noun], toks[i].Start)
			if found != nil && noun == "party" && !d.namedSince(found, s-1, toks[i].Start) {
				// "whose Inuit Ataqatigiit party came third. In a
				// statement, the party said": a party named in the sentence
				// before over one described as a party paragraphs before.
				if p := d.lastPartyBefore(parties, toks[i].Start); p != nil && d.namedSince(p, s-1, toks[i].Start) {
					found = p
				}
			}
			if found == nil && i > 0 && isClosingMark(toks[i-1].Text) {
				// "Red Electrica, the national grid operator, … The
				// Portuguese grid operator, REN, was more direct: “…,” the
				// operator said": of several, the one just introduced, in
				// this sentence or the one before.
				if e := latestBefore(byHead[noun], toks[i].Start); e != nil && d.namedSince(e, s-1, toks[i].Start) {
					found = e
				}
			}
			if found == nil && (noun == "company" || noun == "firm" || firmNouns[noun]) {
				// "the miner" after "Compañía Minera … said": the firm whose
				// name says its trade, else the one named most.
				if found = firmOfTrade(firms, noun, toks[i].Start); found == nil {
					found = mostNamedBefore(firms, toks[i].Start)
				}
			}
			if found == nil {
				// "UNHCR said … the agency said": the KB knows it as the
				// UN refugee agency; of several, the one named last, in
				// the sentence or the two before.
				if e := latestBefore(aliasHeads[noun], toks[i].Start); e != nil && d.namedSince(e, s-2, toks[i].Start) {
					found = e
				}
			}
			if found == nil && noun == "agency" {
				// "According to the Federal Aviation Administration, … The
				// agency said": a public body whose name's head is an
				// agency's, named last, in the sentence or the two before.
				var agencies []earlier
				for _, c := range bodies {
					if agencyHeads[c.e.Name[strings.LastIndexByte(c.e.Name, ' ')+1:]] {
						agencies = append(agencies, c)
					}
				}
				if e := latestBefore(agencies, toks[i].Start); e != nil && d.namedSince(e, s-2, toks[i].Start) {
					found = e
				}
			}
			if found == nil && (sectorNouns[noun] != "" || i+2 < len(toks) && blocKinds[noun] && toks[i+2].Text == "bloc" &&
				!d.claimed[[2]int{s, i + 2}]) {
				// "The Tanzania Police Force has not published a death
				// toll. “…,” the police said"; "The Economic Community of
				// West African States … the regional bloc": the body of that
				// sector named last, in the sentence or the two before.
				sector, last := sectorNouns[noun], i+2
				if blocKinds[noun] {
					sector, last = "IGO", i+3
				}
				var ofSector []earlier
				for _, c := range bodies {
					if c.e.Sector == sector {
						ofSector = append(ofSector, c)
					}
				}
				if e := latestBefore(ofSector, toks[i].Start); e != nil && d.namedSince(e, s-2, toks[i].Start) {
					found, end = e, last
				}
			}
			if found == nil && noun == "mission" {
				// "the mission said" after "UNIFIL": the body named last
				// that is a mission by its name or the KB's.
				var missions []earlier
				for _, c := range bodies {
					if d.isMission(c.e) {
						missions = append(missions, c)
					}
				}
				found = latestBefore(missions, toks[i].Start)
			}
			if found == nil && (noun == "organization" || noun == "organisation") {
				// "the organization" after "The Canadian Red Cross said": a
				// body of the same sentence, else the most named.
				var here []earlier
				for _, c := range bodies {
					if c.at >= toks[0].Start {
						here = append(here, c)
					}
				}
				if found = latestBefore(here, toks[i].Start); found == nil {
					found = mostNamedBefore(bodies, toks[i].Start)
				}
			}
			if found == nil && i+2 < len(toks) && ngoNouns[noun+" "+strings.ToLower(toks[i+2].Text)] && !d.claimed[[2]int{s, i + 2}] {
				// "the rights group said" after "Amnesty International
				// said": the non-governmental body named last.
				var ngos []earlier
				for _, c := range bodies {
					if c.e.Sector == "NGO" {
						ngos = append(ngos, c)
					}
				}
				if found = latestBefore(ngos, toks[i].Start); found != nil {
					end = i + 3
				}
			}
			if found == nil && i+2 < len(toks) && isLowerWord(toks[i+1].Text) && bodyWords[strings.ToLower(toks[i+2].Text)] &&
				!d.claimed[[2]int{s, i + 2}] {
				// "the assembly government" after "the Welsh Assembly
				// Government": a body whose name holds both words.
				if e := latestBefore(byWord[strings.ToLower(toks[i+2].Text)], toks[i].Start); e != nil &&
					strings.Contains(strings.ToLower(e.Name), noun) {
					found, end = e, i+3
				}
			}
			if found == nil && !anyBefore(byHead[noun], toks[i].Start) && bodyWords[noun] &&
				(i+2 >= len(toks) || !isLowerWord(toks[i+2].Text) || !bodyWords[toks[i+2].Text]) {
				// "the union" after "the Trades Union Congress": the body
				// named last whose name holds the word.
				found = latestBefore(byWord[noun], toks[i].Start)
			}
			if found == nil && noun == "group" && !anyBefore(byHead[noun], toks[i].Start) {
				// "the Hostages and Missing Families Forum urged …. “…,” the
				// group said": the one body outside the state named in the
				// sentence or the one before.
				found = theOne(d.ents, func(e *entity) bool {
					return e.Type == chronicle.Organization && !stateSectors[e.Sector] && e.Sector != "IGO" && e.Sector != "MED" &&
						e.Sector != "BUS" && d.namedSince(e, s-1, toks[i].Start)
				})
			}
			if found == nil && noun == "party" {
				found = d.lastPartyBefore(parties, toks[i].Start) // "the party said" after "the ruling Cameroon People's Democratic Movement"
			}
			if found == nil && !spokesman {
				if e, phraseEnd := d.bodyRestatedAfterQuote(bodies, s, i); e != nil {
					found, end = e, phraseEnd
				}
			}
			if found != nil {
				from := i
				if spokesman {
					from = i + 1 // the body is the noun's, not the spokesman's article
				}
				d.attach(found, d.mentionOf(s, from, end))
				i = end - 1
			}
		}
	}
}

// bodyRestatedAfterQuote reads "“…,” the medical group said" with "the" at
// token i of sentence s: a lower-case noun phrase after a closing quote
// mark, the subject of a verb of saying, restates the one body named in the
// sentence before or in this one before it ("… the Sudan Doctors Network
// said."), when no person is named there whom it could restate instead. It
// returns that body and the end of the phrase, or nil.
func (d *doc) bodyRestatedAfterQuote(bodies []earlier, s, i int) (*entity, int) {
	toks := d.sents[s].Tokens
	if i == 0 || s == 0 || !closesQuoteAt(toks, i-1) {
		return nil, 0
	}
	mark := i - 1
	if !isClosingMark(toks[mark].Text) {
		mark-- // "“…,” - the statement said"
	}
	head := -1
	for k := i + 1; k < len(toks) && k <= i+3 && isLowerWord(toks[k].Text) && !d.claimed[[2]int{s, k}]; k++ {
		if u := toks[k].UPOS; u != "NOUN" && u != "ADJ" {
			break
		}
		if toks[k].UPOS == "NOUN" {
			head = k
		}
	}
	if head < 0 || head+1 >= len(toks) || !reportVerbs[toks[head+1].Text] {
		return nil, 0
	}
	noun := strings.ToLower(toks[head].Text)
	if _, title := titleSector(noun); title || restatedRoles[noun] != nil {
		return nil, 0
	}
	// The window: the sentence before the quote opened, and its own
	// sentence up to the opening mark ("“The worshippers were killed. Many
	// could not be identified,” the medical group said").
	os, oi := d.quoteOpening(s, mark)
	if os < 1 {
		return nil, 0
	}
	from, to := d.sents[os-1].Tokens[0].Start, d.sents[os].Tokens[oi].Start
	if _, body := bodyNouns[noun]; !body { // "the party" restates no person: not Machar, whose residence the sentence names
		for _, e := range d.ents {
			if e.Type == chronicle.Person && slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return m.Start >= from && m.Start < to }) {
				return nil, 0
			}
		}
	}
	// Of several bodies, the one that spoke: "The European Union's naval
	// mission in the region, Operation Aspides, said …".
	var named, spoke []*entity
	for _, b := range bodies {
		if b.at < from || b.at >= to || writtenNouns[noun] && d.carrierAt(b.at) {
			continue
		}
		if !slices.Contains(named, b.e) {
			named = append(named, b.e)
		}
		if d.spokeAt(b.at) && !slices.Contains(spoke, b.e) {
			spoke = append(spoke, b.e)
		}
	}
	switch {
	case len(named) == 1:
		return named[0], head + 1
	case len(spoke) == 1:
		return spoke[0], head + 1
	}
	return nil, 0
}

// writtenNouns name what someone wrote or issued, which speaks for its
// author, not for the medium that carried it ("The army said in a
// statement read on the state broadcaster RTB …. “…,” the statement said").
var writtenNouns = map[string]bool{"statement": true, "communique": true, "release": true, "letter": true,
	"post": true, "report": true, "message": true, "note": true, "readout": true}

// mediaKinds are the words of the kinds of media that carry what others say.
var mediaKinds = map[string]bool{"broadcaster": true, "newspaper": true, "television": true, "radio": true,
	"channel": true, "outlet": true, "daily": true, "website": true, "network": true}

// carrierAt tells whether the body mentioned at offset at is named as a
// medium: after "on" or a word of a medium's kind ("read on the state
// broadcaster RTB", "state television TVM").
func (d *doc) carrierAt(at int) bool {
	s, i, _ := d.tokensOf(chronicle.Span{Start: at, End: at})
	toks := d.sents[s].Tokens
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := strings.ToLower(toks[k].Text); w == "on" || mediaKinds[w] {
			return true
		}
	}
	return false
}

// quoteOpening finds the opening mark of the quote that the mark at token
// i of sentence s closes, looking back over at most three sentences: its
// sentence and token, or -1.
func (d *doc) quoteOpening(s, i int) (int, int) {
	for k := s; k >= 0 && k >= s-3; k-- {
		toks := d.sents[k].Tokens
		j := len(toks) - 1
		if k == s {
			j = i - 1
		}
		for ; j >= 0; j-- {
			switch toks[j].Text {
			case "“", "\"", "«":
				return k, j
			}
		}
	}
	return -1, -1
}

// spokeAt tells whether the name mentioned at offset at is the subject of
// a verb of saying right after it, perhaps past a comma ("Operation Aspides,
// said"), or follows "according to".
func (d *doc) spokeAt(at int) bool {
	s, a, b := d.tokensOf(chronicle.Span{Start: at, End: at + 1})
	toks := d.sents[s].Tokens
	o, ok := d.owner[[2]int{s, a}]
	if ok {
		for b = a + 1; b < len(toks) && d.owner[[2]int{s, b}] == o; b++ {
		}
	}
	if b < len(toks) && toks[b].Text == "," {
		b++
	}
	return b < len(toks) && reportVerbs[toks[b].Text] ||
		a >= 2 && strings.EqualFold(toks[a-2].Text, "according") && toks[a-1].Text == "to"
}

// kbNameHeads are the body nouns, in lower case, that end the aliases the
// KB gives a body of the article ("agency" of "UN refugee agency" for
// UNHCR), other than its name's.
func (d *doc) kbNameHeads(e *entity) []string {
	org, ok := d.r.kb.OrgByID(strings.TrimPrefix(e.KB, "org:"))
	if !ok || !strings.HasPrefix(e.KB, "org:") {
		return nil
	}
	var heads []string
	for _, a := range org.Aliases {
		last := strings.ToLower(a[strings.LastIndexByte(a, ' ')+1:])
		if bodyWords[last] && last != strings.ToLower(e.Name[strings.LastIndexByte(e.Name, ' ')+1:]) && !slices.Contains(heads, last) {
			heads = append(heads, last)
		}
	}
	return heads
}

// namedSince tells whether e has a mention from sentence s on and before
// offset at.
func (d *doc) namedSince(e *entity, s, at int) bool {
	from := d.sents[max(s, 0)].Start
	return slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return m.Start >= from && m.Start < at })
}

// theOne is the one entity of ents that fits, or nil when none or several
// do.
func theOne(ents []*entity, fits func(*entity) bool) *entity {
	var found *entity
	for _, e := range ents {
		if !fits(e) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// anyBefore tells whether one of cands is named before offset at.
func anyBefore(cands []earlier, at int) bool {
	return slices.ContainsFunc(cands, func(c earlier) bool { return c.at < at })
}

// partyWordAfter tells whether the mention at c is followed by "party" in
// lower case: "whose Inuit Ataqatigiit party came third".
func (d *doc) partyWordAfter(c earlier) bool {
	for _, m := range c.e.Mentions {
		if m.Start == c.at {
			return strings.HasPrefix(d.text[m.End:], " party")
		}
	}
	return false
}

// lastPartyBefore is the party of cands named last before offset at, unless
// another is named in the same sentence ("Labour and Green Party members
// met. The party said no."), when it is nil.
func (d *doc) lastPartyBefore(cands []earlier, at int) *entity {
	e := latestBefore(cands, at)
	if e == nil {
		return nil
	}
	last := -1
	for _, c := range cands {
		if c.e == e && c.at < at {
			last = max(last, c.at)
		}
	}
	for _, c := range cands {
		if c.e != e && c.at < at && d.sentenceAt(c.at) == d.sentenceAt(last) {
			return nil
		}
	}
	return e
}

// isMission tells whether a body is a peace, support or observer mission
// ("United Nations Interim Force in Lebanon", "EU Training Mission"), by
// its name or a name the KB knows it by.
func (d *doc) isMission(e *entity) bool {
	names := []string{e.Name}
	if org, ok := d.r.kb.OrgByID(strings.TrimPrefix(e.KB, "org:")); ok && strings.HasPrefix(e.KB, "org:") {
		names = append(names, org.Aliases...)
	}
	for _, n := range names {
		if strings.Contains(n, "Mission") || strings.Contains(n, "Interim Force") || strings.Contains(n, "Peacekeeping Force") ||
			strings.HasSuffix(n, " Force") && e.Sector == "IGO" { // "Kosovo Force" (KFOR), an international body's; no air force
			return true
		}
	}
	return false
}

// ngoNouns are what news calls a non-governmental body named before it.
var ngoNouns = map[string]bool{"rights group": true, "rights organisation": true, "rights organization": true,
	"campaign group": true, "advocacy group": true, "rights watchdog": true, "aid group": true, "aid agency": true,
	"humanitarian group": true, "humanitarian organisation": true, "humanitarian organization": true}

// bodyWords are the nouns of bodies that "the" and the noun take back from
// anywhere in a body's name.
var bodyWords = map[string]bool{"ministry": true, "committee": true, "commission": true, "council": true,
	"union": true, "alliance": true, "agency": true, "government": true, "coalition": true, "party": true,
	"court": true, "board": true, "group": true, "movement": true, "federation": true, "association": true,
	"bank": true, "fund": true, "army": true, "navy": true, "institute": true, "university": true, "foundation": true,
	"bureau": true, "department": true, "regulator": true, "authority": true, "centre": true, "center": true}

// latestBefore is the entity of the last of cands before offset at, within
// a few paragraphs, or nil.
func latestBefore(cands []earlier, at int) *entity {
	var best *earlier
	for k := range cands {
		if c := &cands[k]; c.at < at && at-c.at <= maxRestatedGap && (best == nil || c.at > best.at) {
			best = c
		}
	}
	if best == nil {
		return nil
	}
	return best.e
}

// seatParticiples join a town to the noun of a body it holds: "the
// Haifa-based company".
var seatParticiples = map[string]bool{"based": true, "headquartered": true, "listed": true, "registered": true}

// sectorNouns take back the body of their sector named last: "the
// police", "the bloc", "the military".
var sectorNouns = map[string]string{"police": "COP", "bloc": "IGO", "military": "MIL", "army": "MIL"}

// blocKinds qualify "bloc" in a description of a body of states: "the
// regional bloc".
var blocKinds = map[string]bool{"regional": true, "trade": true, "economic": true, "political": true, "continental": true,
	"western": true, "military": true}

// restatedHeads end bodies' names that "the" and the word in lower case
// take back, besides institutionHeads: "the alliance" after "the
// Countryside Alliance".
var restatedHeads = map[string]bool{"Alliance": true, "Coalition": true, "Movement": true, "Federation": true,
	"Service": true, "Office": true, "Department": true, "Board": true, "Network": true, "Command": true,
	"Facility": true, "Fund": true, "Programme": true, "Program": true}

// publicBodyHeads end the names of public and member bodies, which "the
// company" does not take back: "Tax Administration Service", "Steel
// Workers Union".
var publicBodyHeads = map[string]bool{"Ministry": true, "Department": true, "Service": true, "Agency": true,
	"Office": true, "Court": true, "Commission": true, "Council": true, "Committee": true, "Authority": true,
	"Party": true, "Police": true, "Army": true, "Tribunal": true, "Assembly": true, "Parliament": true,
	"Senate": true, "Congress": true, "Union": true, "Association": true, "Federation": true, "Institute": true,
	"University": true, "Government": true}

// agencyHeads end the names of bodies that news restates as "the agency":
// the Federal Aviation Administration, the Internal Revenue Service.
var agencyHeads = map[string]bool{"Agency": true, "Administration": true, "Authority": true, "Service": true,
	"Bureau": true, "Office": true}

// publicBodyName tells whether a name ends on such a noun.
func publicBodyName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && publicBodyHeads[f[len(f)-1]]
}

// maxRestatedGap is how far, in bytes, "the company" may come after the
// company it takes back: a few paragraphs.
const maxRestatedGap = 2500

// mostNamedBefore is the entity of cands named most often in the few
// paragraphs before offset at, the latest of equals: "the company" after
// "Minera Sierra Alta, the Mexican subsidiary of Toronto-listed Northfield
// Metals" is the subsidiary the story is about. Nil when none is.
func mostNamedBefore(cands []earlier, at int) *entity {
	count := map[*entity]int{}
	latest := map[*entity]int{}
	var best *entity
	for _, c := range cands {
		if c.at >= at || at-c.at > maxRestatedGap {
			continue
		}
		count[c.e]++
		latest[c.e] = max(latest[c.e], c.at)
	}
	for e, n := range count {
		if best == nil || n > count[best] || n == count[best] && latest[e] > latest[best] {
			best = e
		}
	}
	return best
}

// earlier is a mention of an entity, by its byte offset.
type earlier struct {
	e  *entity
	at int
}

// onlyBefore is the one entity of cands with a mention before offset at, or
// nil when there is none or more than one.
func onlyBefore(cands []earlier, at int) *entity {
	var found *entity
	for _, c := range cands {
		if c.at >= at {
			continue
		}
		if found != nil && found != c.e {
			return nil
		}
		found = c.e
	}
	return found
}

// titleOfMention returns the title words, lowercased, that open a person's
// mention after any place, body or possessive ("home secretary" of "Home
// Secretary Charles Clarke", "mayor" of "London mayor Ken Livingstone"),
// or "" when it has none.
func (d *doc) titleOfMention(sp chronicle.Span) string {
	s := d.sentenceAt(sp.Start)
	toks := d.sents[s].Tokens
	var words []string
	title := false
	skip := -1
	for i := range toks {
		if toks[i].Start < sp.Start || i == skip {
			continue
		}
		if toks[i].End > sp.End {
			break
		}
		w := toks[i].Text
		lw := strings.ToLower(w)
		if full, ok := titleAbbreviations[strings.TrimSuffix(lw, ".")]; ok {
			lw = full // "Gov. Greg Abbott" is "the governor" later
		}
		if o, ok := d.owner[[2]int{s, i}]; len(words) == 0 && ok && o.e.Type != chronicle.Person || isPossessive(w) && len(words) == 0 {
			continue // "London", "Conservative", "BBC's"
		}
		if _, title := titleSector(lw); len(words) == 0 && !title && (d.knownBody(w) || isAcronym(w) || d.isDemonym(w)) {
			continue // "TNI commander …", the body's short form taken into the mention
		}
		if _, ok := titleSector(lw); ok {
			title = true
		} else if lw == "of" && title && i+1 < len(toks) && toks[i+1].End <= sp.End && ofTitles[strings.ToLower(toks[i+1].Text)] {
			// "Secretary of State of the USA Marco Rubio" is "the
			// Secretary of State": the title whole.
			words = append(words, "of")
			lw = strings.ToLower(toks[i+1].Text)
			skip = i + 1
		} else if innerHyphen(toks, i) {
			// "Secretary-General", written as three tokens
		} else if !modifierFill[lw] && isCapitalized(w) {
			break // the name begins
		} else if !modifierFill[lw] && !isLowerWord(w) {
			break
		}
		words = append(words, lw)
	}
	if !title {
		return ""
	}
	// The sequence ends on its last title word, or the end of a title
	// made with "of".
	for len(words) > 0 {
		n := len(words)
		if _, ok := titleSector(words[n-1]); ok || n >= 3 && words[n-2] == "of" && ofTitles[words[n-1]] {
			break
		}
		words = words[:n-1]
	}
	return strings.Join(words, " ")
}

// innerHyphen tells whether token i is a hyphen joining the words on either
// side with no space, as in "secretary-general", which the tokenizer splits
// in three: the title is the whole.
func innerHyphen(toks []chronicle.Token, i int) bool {
	return toks[i].Text == "-" && i > 0 && i+1 < len(toks) && toks[i-1].End == toks[i].Start &&
		toks[i].End == toks[i+1].Start && isWordToken(toks[i-1].Text) && isWordToken(toks[i+1].Text)
}

// titleAbbreviations spell out the titles news abbreviates before names.
var titleAbbreviations = map[string]string{"gov": "governor", "sen": "senator", "rep": "representative",
	"gen": "general", "col": "colonel", "adm": "admiral", "lt": "lieutenant", "capt": "captain", "pres": "president",
	"sec": "secretary", "amb": "ambassador", "supt": "superintendent", "atty": "attorney", "cs": "cabinet secretary"}

func isDescriptionStart(w string) bool {
	switch strings.ToLower(w) {
	case "the", "his", "her", "their", "its":
		return true
	}
	return false
}

// partyCountry maps the adjectives of parties that hold national offices to
// their country, for descriptions such as "the Republican president" or "the
// Labour prime minister" (not "the Tory leader", who leads the party).
var partyCountry = map[string]string{"Republican": "USA", "Democratic": "USA", "Democrat": "USA",
	"Labour": "GBR", "Conservative": "GBR", "Tory": "GBR"}

// partyHomes are the other countries with a major party of such a name:
// Canada's Conservatives, Australia's Labor, Korea's Democratic Party.
var partyHomes = map[string]map[string]bool{
	"Conservative": {"CAN": true, "NOR": true}, "Tory": {"CAN": true},
	"Labour":     {"AUS": true, "NZL": true, "IRL": true, "NOR": true, "NLD": true, "MLT": true},
	"Democratic": {"ITA": true, "KOR": true, "JPN": true}, "Democrat": {"ITA": true, "KOR": true, "JPN": true},
	"Republican": {"FRA": true}}

// partyWords name party families found in many countries: "Socialist
// leader", "Green co-leader".
var partyWords = map[string]bool{"Socialist": true, "Socialists": true, "Communist": true, "Green": true,
	"Greens": true, "Liberal": true, "Peronist": true, "Gaullist": true}

// readDescription reads "[country] title..." from token i, or the title
// alone when the country is given; it returns the last token of the
// phrase, the country and the office, or -1.
func (d *doc) readDescription(s, i int, country string) (int, string, string) {
	toks := d.sents[s].Tokens
	if country == "" && i < len(toks) {
		if c, ok := d.placeCountry(toks[i].Text); ok {
			country = c
			i++
		}
	}
	var words []string
	last := -1
	office := ""
	for k := i; k < len(toks) && k-i < 3; k++ {
		lw := strings.ToLower(toks[k].Text)
		if lw == "new" && k == i {
			continue // "the new president": the holder on the article's date
		}
		if _, ok := descriptionHeads[lw]; !ok && !modifierFill[lw] {
			break
		}
		words = append(words, lw)
		if o, ok := descriptionHeads[lw]; ok {
			last = k
			office = o
			if o == "" || lw == "leader" && len(words) > 1 && words[len(words)-2] == "supreme" {
				office = strings.Join(words, " ") // "foreign minister", "supreme leader"
			}
		}
	}
	if last < 0 || office == "minister" || office == "secretary" ||
		slices.ContainsFunc(words, func(w string) bool { return notTheOffice[w] || w == "former" }) {
		return -1, "", "" // "the shadow chancellor", "the former president" are not the holder
	}
	if office == "crown prince" && !strings.Contains(strings.Join(words, " "), "crown") {
		return -1, "", ""
	}
	if office == "chancellor" && (spanishSpeaking[country] || portugueseSpeaking[country]) {
		office = "foreign minister" // "the Venezuelan Chancellor", as "canciller" is translated
	}
	if country == "" && office == kb.Leader {
		// "the leader": too vague without a country; "the president" or
		// "the crown prince" may still name the one person of the
		// article who holds such an office (holder).
		return -1, "", ""
	}
	return last, country, office
}

// portugueseSpeaking are the countries whose official language is
// Portuguese, where "chanceler" is the foreign minister.
var portugueseSpeaking = map[string]bool{"BRA": true, "PRT": true, "AGO": true, "MOZ": true, "CPV": true, "GNB": true,
	"STP": true, "TLS": true}

// holder finds the entity for an office of a country: a person of the
// article whose office fits, else the KB's holder on the date. With no
// country ("the president"), only a person of the article can be meant,
// and only when exactly one of them holds such an office.
func (d *doc) holder(country, office string) *entity {
	norm := kb.NormalizeOffice(office)
	if country == "" {
		return d.onlyHolder(norm)
	}
	// Of the article's people, the one in that very office; for "the
	// leader", the one the KB marks as the leader news means (Iran's
	// supreme leader, not its president) before any head of state or
	// government.
	fits := []func(o kb.Office) bool{
		func(o kb.Office) bool {
			return o.Title == norm || norm == kb.Leader && o.Leader() || norm == kb.HeadOfState && o.HeadOfState() ||
				norm == kb.HeadOfGovernment && o.HeadOfGovernment()
		},
		func(o kb.Office) bool { return norm == kb.Leader && (o.HeadOfState() || o.HeadOfGovernment()) },
	}
	for _, fit := range fits {
		for _, e := range d.ents {
			if e.Type != chronicle.Person || e.person == nil {
				continue
			}
			for _, o := range e.person.Offices {
				if o.Country == country && (d.date == "" || o.On(d.date)) && fit(o) {
					return e
				}
			}
		}
	}
	if d.date == "" {
		return nil
	}
	p, ok := d.r.kb.HolderOf(country, norm, d.date)
	if !ok {
		return nil
	}
	return d.personEntity(p)
}

// namedHolder is the person of the article who held the office of country
// on the article's date, or nil.
func (d *doc) namedHolder(country, office string) *entity {
	norm := kb.NormalizeOffice(office)
	for _, e := range d.ents {
		if e.Type != chronicle.Person || e.person == nil || d.date == "" {
			continue
		}
		for _, o := range e.person.Offices {
			if o.Country == country && o.Title == norm && o.On(d.date) {
				return e
			}
		}
	}
	return nil
}

// heldByTwo tells whether two people named before offset at hold an office
// of that title on the article's date (any date in an undated one), so
// that "the president" may be either: Colombia's Petro or Trump, whom the
// story calls "President Donald Trump".
func (d *doc) heldByTwo(title string, at int) bool {
	n := 0
	for _, e := range d.ents {
		if e.Type == chronicle.Person && e.person != nil && e.first < at && slices.ContainsFunc(e.person.Offices, func(o kb.Office) bool {
			return o.Title == title && (d.date == "" || o.On(d.date))
		}) {
			n++
		}
	}
	return n >= 2
}

// onlyHolder is the one person of the article holding an office of that
// title on the date, or nil when none or several do. An article with no
// date counts every office the KB knows a person held: in an undated story
// that names Gordon Brown, "the chancellor" is he. The title matches the
// office's local name too ("chancellor", Chancellor of the Exchequer).
func (d *doc) onlyHolder(title string) *entity {
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Person && e.person != nil && slices.ContainsFunc(e.person.Offices, func(o kb.Office) bool {
			return (o.Title == title || localTitle(o, title)) && (d.date == "" || o.On(d.date))
		})
	})
}

// localTitle tells whether title is the first words of the office's local
// name: "chancellor" of "Chancellor of the Exchequer".
func localTitle(o kb.Office, title string) bool {
	l := strings.ToLower(o.Local)
	return l == title || strings.HasPrefix(l, title+" ")
}

// heldFitting tells whether p held, on the article's date, an office the
// title words fit; an article with no date counts every office the KB knows
// p held ("The home secretary said" after David Blunkett, in an undated
// story).
func (d *doc) heldFitting(p kb.Person, titles []string) bool {
	switch {
	case d.date == "":
		return slices.ContainsFunc(p.Offices, func(o kb.Office) bool { return titleFits(titles, "", o) })
	case slices.Contains(titles, "former"):
		// "the former president": an office p had left by the date.
		return slices.ContainsFunc(p.Offices, func(o kb.Office) bool {
			return o.End != "" && o.End <= d.date && titleFits(titles, "", o)
		})
	}
	o, ok := d.r.kb.OfficeOn(p, d.date)
	return ok && titleFits(titles, "", o)
}

// primeMinister tells whether the text or the KB makes e a head of
// government.
func (d *doc) primeMinister(e *entity) bool {
	if d.describedWith(e, []string{"prime minister", "premier"}) {
		return true
	}
	if e.person == nil || d.date == "" {
		return false
	}
	o, ok := d.r.kb.OfficeOn(*e.person, d.date)
	return ok && o.HeadOfGovernment()
}

// unnamedOfficialOpeners open a sentence on an unnamed official: "A senior
// Kenyan officer …", "One diplomat …".
var unnamedOfficialOpeners = map[string]bool{"A": true, "An": true, "One": true, "Another": true}

// unnamedSubject tells whether sentence s opens, before offset at, on a
// description of one private person the text does not name
// (text.PrivatePersonOpening).
func (d *doc) unnamedSubject(s, at int) bool {
	toks := d.sents[s].Tokens
	j := text.PrivatePersonOpening(len(toks), func(i int) string { return toks[i].Text },
		func(i int) bool { return toks[i].UPOS == "ADP" })
	if j < 0 && len(toks) > 2 && unnamedOfficialOpeners[toks[0].Text] {
		// "A senior Kenyan officer in Port-au-Prince, speaking on
		// condition of anonymity, said": an unnamed official.
		for k := 1; k < len(toks) && k <= 4; k++ {
			if t, ok := text.TitleWord(toks[k].Text); ok && !t.Plural && isLowerWord(toks[k].Text) {
				j = k
				break
			}
			if !isLowerWord(toks[k].Text) && !d.isDemonym(toks[k].Text) {
				break
			}
		}
	}
	return j >= 0 && toks[j].Start < at && !d.claimed[[2]int{s, j}]
}

// pronouns links he, him, his, she, her to a person: the nearest person
// that is a subject before the pronoun in its sentence, else in one of the
// two sentences before, else the nearest person mentioned. Pronouns inside
// quotation marks are left alone: there "him" may be anyone but the speaker.
func (d *doc) pronouns() {
	// People's mentions by sentence, so that each pronoun looks at three
	// sentences, not the whole article.
	var all []personMention
	for _, e := range d.ents {
		if e.Type != chronicle.Person {
			continue
		}
		for _, m := range e.Mentions {
			all = append(all, personMention{e: e, span: m.Span})
		}
	}
	slices.SortFunc(all, func(a, b personMention) int { return cmp.Compare(a.span.Start, b.span.Start) })
	people := map[int][]personMention{}
	var inQuote quoteState
	for _, m := range all {
		m.quoted = inQuote.inside(d.text, m.span.Start)
		s := d.sentenceAt(m.span.Start)
		people[s] = append(people[s], m)
	}
	var quotes quoteState
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := range toks {
			if !isPersonalPronoun(toks[i].Text) || d.claimed[[2]int{s, i}] || quotes.inside(d.text, toks[i].Start) ||
				i+1 < len(toks) && text.StyleWord(toks[i+1].Text) {
				continue // "His Excellency Maxime Prevot", "His Royal Highness": a style
			}
			e := d.reporter(people[s], toks, i)
			if e == nil {
				e = d.conjoinedSubject(s, i)
			}
			if e == nil {
				e = d.kinOf(s, i)
			}
			if e == nil {
				e = d.cataphor(people[s], toks, i)
			}
			if e == nil {
				sex := pronounSex(toks[i].Text)
				if not := d.clauseSubject(s, i); not != nil {
					// "Trump wrote to Herzog urging him": the object is
					// not the subject but most likely the other person
					// the clause names.
					e = nearestOtherBefore(people[s], toks[i].Start, sex, not, d.text)
				} else if strings.EqualFold(toks[i].Text, "him") && strings.HasPrefix(toks[i].DepRel, "obl") {
					// "Hochul congratulated Mr. Mamdani and said she looked
					// forward to working with him": the man the sentence
					// named last, before any subject of the sentences before.
					e = nearestOtherBefore(people[s], toks[i].Start, sex, nil, d.text)
				}
				if e == nil {
					e = d.antecedent(people, s, toks[i].Start, sex, d.clauseSubject(s, i))
				}
			}
			if e != nil {
				m := d.mentionOf(s, i, i+1)
				d.attach(e, m)
				people[s] = append(people[s], personMention{e: e, span: m.span})
			}
		}
	}
}

// reporter finds the person right before a verb of saying or thinking that
// the subject pronoun at token i follows: in "Ms Hewitt said she was proud",
// she is Ms Hewitt, whatever the parse made of the sentence; after "who",
// the person named shortly before it. Nil when the words are otherwise or
// the sexes clash.
func (d *doc) reporter(people []personMention, toks []chronicle.Token, i int) *entity {
	switch strings.ToLower(toks[i].Text) {
	case "he", "she":
	default:
		return nil
	}
	if i < 2 || !reportVerbs[strings.ToLower(toks[i-1].Text)] {
		return nil
	}
	if strings.EqualFold(toks[i-2].Text, "who") {
		// "Giorgi Tsiklauri, 34, an architect who said he had joined":
		// the person the relative clause describes, named shortly before.
		var latest *personMention
		for k := range people {
			if m := &people[k]; m.span.End <= toks[i-2].Start && toks[i-2].Start-m.span.End <= 80 && !m.quoted &&
				(latest == nil || m.span.Start > latest.span.Start) {
				latest = m
			}
		}
		if latest == nil || latest.e.sex(d.text) == otherSex(pronounSex(toks[i].Text)) {
			return nil
		}
		return latest.e
	}
	end := toks[i-2].End
	if i >= 3 && toks[i-2].Text == "," {
		end = toks[i-3].End // "a delivery rider who gave his name only as Faizal, said he": the appositive's last name
	}
	for _, m := range people {
		if m.span.End == end {
			if sex := pronounSex(toks[i].Text); m.e.sex(d.text) == otherSex(sex) {
				return nil
			}
			return m.e
		}
	}
	return nil
}

// conjoinedSubject finds the person a subject pronoun stands for when its
// verb is joined by "and" to an earlier verb whose subject is a person: in
// "Trump wrote that Asfura was the only candidate …, and he warned", he is
// Trump, not the man named in what Trump wrote. Nil when the words are
// otherwise or the sexes clash.
func (d *doc) conjoinedSubject(s, i int) *entity {
	toks := d.sents[s].Tokens
	switch strings.ToLower(toks[i].Text) {
	case "he", "she":
	default:
		return nil
	}
	v := toks[i].Head - 1
	if toks[i].DepRel != "nsubj" || v <= i || v >= len(toks) || toks[v].DepRel != "conj" || toks[v].UPOS != "VERB" {
		return nil
	}
	h := toks[v].Head - 1
	if h < 0 || h >= i || toks[h].UPOS != "VERB" || i < 2 || toks[i-1].Text != "and" {
		return nil
	}
	for k := 0; k < h; k++ {
		if toks[k].Head-1 != h || toks[k].DepRel != "nsubj" {
			continue
		}
		o, ok := d.owner[[2]int{s, k}]
		if !ok || o.e.Type != chronicle.Person || o.e.sex(d.text) == otherSex(pronounSex(toks[i].Text)) {
			return nil
		}
		return o.e
	}
	return nil
}

// cataphor finds the person a pronoun in a fronted clause looks ahead to:
// in "Before she was taken away, Brenda Nakato said", she is Brenda
// Nakato, the first person named right after the clause's comma.
func (d *doc) cataphor(people []personMention, toks []chronicle.Token, i int) *entity {
	if i != 1 || !frontedClauseOpeners[toks[0].Text] {
		return nil
	}
	for k := i + 1; k+1 < len(toks) && k-i <= 12; k++ {
		if toks[k].Text != "," {
			continue
		}
		for _, m := range people {
			if m.span.Start == toks[k+1].Start && !(pronounSex(toks[i].Text) != 0 && m.e.sex(d.text) == otherSex(pronounSex(toks[i].Text))) {
				return m.e
			}
		}
		return nil
	}
	return nil
}

// frontedClauseOpeners open a clause that may come before its sentence's
// subject and name it first by a pronoun.
var frontedClauseOpeners = map[string]bool{"Before": true, "After": true, "When": true, "While": true, "As": true,
	"Although": true, "Though": true, "Since": true, "Until": true, "Once": true, "Having": true}

// kinOf finds whom "his" or "her" at token i of sentence s stands for when
// a relative named with the family's surname follows: in "His daughter Liz
// Cheney", his is the Cheney named before, whoever spoke last.
func (d *doc) kinOf(s, i int) *entity {
	toks := d.sents[s].Tokens
	switch strings.ToLower(toks[i].Text) {
	case "his", "her":
	default:
		return nil
	}
	if i+2 >= len(toks) {
		return nil
	}
	if _, kin := kinNouns[strings.ToLower(toks[i+1].Text)]; !kin {
		return nil
	}
	k := i + 2
	if toks[k].Text == "," && k+1 < len(toks) {
		k++ // "His mother, Denise Carter,"
	}
	o, ok := d.owner[[2]int{s, k}]
	if !ok || o.e.Type != chronicle.Person || len(o.e.tokens) < 2 {
		return nil
	}
	family := o.e.tokens[len(o.e.tokens)-1]
	return theOne(d.ents, func(e *entity) bool {
		return e != o.e && e.Type == chronicle.Person && len(e.tokens) >= 2 && e.tokens[len(e.tokens)-1] == family &&
			e.first >= 0 && e.first <= toks[i].Start && e.sex(d.text) != otherSex(pronounSex(toks[i].Text))
	})
}

// reportVerbs are verbs of saying or thinking after which a subject pronoun
// is, in news, the person who says or thinks.
var reportVerbs = map[string]bool{"said": true, "says": true, "added": true, "adds": true, "believes": true,
	"believed": true, "thinks": true, "thought": true, "insisted": true, "insists": true, "claimed": true,
	"claims": true, "argued": true, "argues": true, "admitted": true, "admits": true, "stressed": true,
	"warned": true, "hoped": true, "hopes": true, "felt": true, "feels": true, "knew": true, "knows": true,
	"emphasised": true, "emphasized": true, "underlined": true, "noted": true, "stated": true, "declared": true,
	"told": true, "tells": true, "informed": true, "explained": true, "announced": true, "confirmed": true,
	"recalled": true, "affirmed": true, "reiterated": true, "assured": true}

// nearestOtherBefore returns the person mentioned last before byte offset
// at, outside quotation marks, who is not the entity not and whose sex
// does not clash; nil when there is none.
func nearestOtherBefore(people []personMention, at int, sex byte, not *entity, text string) *entity {
	var best *entity
	bestAt := -1
	for _, m := range people {
		if m.span.End <= at && m.span.Start > bestAt && m.e != not && !m.quoted &&
			(sex == 0 || m.e.sex(text) != otherSex(sex)) {
			best, bestAt = m.e, m.span.Start
		}
	}
	return best
}

// personMention is one mention of a person.
type personMention struct {
	e      *entity
	span   chronicle.Span
	quoted bool // inside quotation marks
}

// sentenceAt is the index of the sentence holding byte offset at.
func (d *doc) sentenceAt(at int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > at })
	return min(i, len(d.sents)-1)
}

func isPersonalPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself", "she", "her", "hers", "herself":
		return true
	}
	return false
}

// antecedent picks the person a pronoun at byte offset at refers to.
func (d *doc) antecedent(people map[int][]personMention, s, at int, sex byte, not *entity) *entity {
	var nearest *entity
	nearestAt := -1
	for back := 0; back <= 2 && s-back >= 0; back++ {
		var subject *entity
		subjectAt, subjectMain := -1, false
		// (A sentence inside the quote the pronoun follows is no
		// narrative: "Sheinbaum hailed the vote. “… Thirteen million
		// Mexicans voted. …,” she said" leaves her unnamed by no one.)
		if nearest == nil && !(back > 0 && d.whollyQuoted(s-back)) && d.unnamedSubject(s-back, at) && !slices.ContainsFunc(people[s-back], func(m personMention) bool {
			return m.span.End <= at && (d.mentionIsSubject(s-back, m.span) || d.namedBeforeReport(s-back, back, m))
		}) {
			// "In Heraklion, a local fisherman who joined the search
			// described the scene. “…,” he said": he is the fisherman, whom
			// the text does not name, not someone named earlier.
			return nil
		}
		for _, m := range people[s-back] {
			if m.span.End > at || sex != 0 && m.e.sex(d.text) == otherSex(sex) || m.e == not {
				continue
			}
			if back == 0 && m.quoted {
				// A person named inside the quotation a pronoun follows
				// is not whom it means: in "“… the home secretary is
				// dodging …,” he told BBC News", he is not the home
				// secretary.
				continue
			}
			if m.span.Start > nearestAt {
				nearest, nearestAt = m.e, m.span.Start
			}
			if back > 0 && m.quoted {
				// "“Takaichi has every incentive …,” said Choi Min-seo. …
				// she added": one named inside a quote before is not whom a
				// pronoun after it means, when anyone else will do.
				continue
			}
			if !d.mentionIsSubject(s-back, m.span) && !d.namedBeforeReport(s-back, back, m) {
				continue
			}
			if w := strings.ToLower(m.span.In(d.text)); w == "his" || w == "her" || w == "their" {
				// "His eldest son, Senator Flavio Bolsonaro, struck a
				// defiant tone. “…,” he wrote": the possessor is no subject;
				// the son is.
				continue
			}
			// In the pronoun's sentence the latest subject before it
			// wins; in earlier sentences the first, the main clause's: not
			// the subject of a clause set in it ("In Cluj-Napoca, where
			// Dan won, engineer Andreea Popescu said …. “…,” she said").
			latest := back == 0 && m.span.Start > subjectAt
			// (A name that opens its sentence is the main clause's
			// subject, whatever the parse made of its verb: "Salam, …,
			// was designated prime minister …, days after Aoun … was
			// elected".)
			main := !d.subordinateSubject(s-back, m.span) || d.sents[s-back].Tokens[0].Start == m.span.Start
			first := back > 0 && (subjectAt < 0 || main && (!subjectMain || m.span.Start < subjectAt))
			if latest || first {
				subject, subjectAt, subjectMain = m.e, m.span.Start, main
			}
		}
		if subject != nil {
			return subject
		}
		if back == 0 && nearest != nil && !d.compatibleSubjectBefore(s, at, sex) {
			// "Leavitt said the U.S. military had informed President
			// Donald Trump of the operation and that he had directed his
			// special envoy …": with no subject of its own sentence that
			// could be meant, the person named there before the pronoun
			// is nearer than the subject of the sentence before.
			return nearest
		}
	}
	if nearest != nil {
		return nearest
	}
	// Quoted sentences can stand between a pronoun and its person ("…
	// insecurity. While …," he said): further back, only one person
	// will do.
	var only *entity
	for back := 3; back <= 8 && s-back >= 0; back++ {
		for _, m := range people[s-back] {
			if sex != 0 && m.e.sex(d.text) == otherSex(sex) {
				continue
			}
			if only != nil && m.e != only {
				return nil
			}
			only = m.e
		}
	}
	return only
}

// whollyQuoted tells whether sentence s lies inside a quotation from its
// first word to its last.
func (d *doc) whollyQuoted(s int) bool {
	if d.quotedSents == nil {
		// Once per article, reading the quotation marks in one pass.
		d.quotedSents = make([]bool, len(d.sents))
		var q quoteState
		for t, sent := range d.sents {
			if toks := sent.Tokens; len(toks) > 0 {
				d.quotedSents[t] = q.inside(d.text, toks[0].End) && q.inside(d.text, toks[len(toks)-1].Start)
			}
		}
	}
	return d.quotedSents[s]
}

// clauseSubject is the person who is the subject of the verb whose object
// the pronoun at token i is ("Katz will replace him": not Katz), or nil.
// Only "him", "her" and "them" as objects are bound so.
func (d *doc) clauseSubject(s, i int) *entity {
	toks := d.sents[s].Tokens
	switch strings.ToLower(toks[i].Text) {
	case "him", "her", "them":
	default:
		return nil
	}
	switch toks[i].DepRel {
	case "obj", "iobj":
	default:
		return nil
	}
	h := toks[i].Head - 1
	if h < 0 {
		return nil
	}
	// The subject nearest before the pronoun: a parse may give the verb
	// two ("Lucy, 36, …, after her birth mother told her"). A clause
	// without a subject of its own ("Trump wrote to Herzog urging him to
	// pardon …") takes the subject of the verb it hangs from.
	for hop := 0; hop < 3; hop++ {
		for k := i - 1; k >= 0; k-- {
			if toks[k].Head-1 == h && strings.HasPrefix(toks[k].DepRel, "nsubj") {
				if o, ok := d.owner[[2]int{s, k}]; ok && o.e.Type == chronicle.Person {
					return o.e
				}
				return nil
			}
		}
		switch toks[h].DepRel {
		case "advcl", "xcomp", "conj":
		default:
			return nil
		}
		if x := toks[h].XPOS; x != "VBG" && x != "VB" && x != "VBN" || toks[h].Head < 1 {
			return nil
		}
		v := h
		h = toks[h].Head - 1
		if toks[v].DepRel == "xcomp" && h < v {
			// "Netanyahu asked Herzog to pardon him": a person between
			// the verb above and the clause is its object, who does what
			// the clause says, so him is not Herzog.
			for k := h + 1; k < v; k++ {
				if o, ok := d.owner[[2]int{s, k}]; ok && o.e.Type == chronicle.Person {
					return o.e
				}
			}
		}
	}
	return nil
}

// subordinateSubject tells whether the mention sp of sentence s is the
// subject of a clause set in another (a relative or adverbial clause:
// "where Dan won by a wide margin"). A clause opened by a subordinator or a
// relative adverb before its subject is one, however the parse attached it
// ("In Antofagasta, where Parisi ran strongly, … Luis Herrera said", with
// "ran" made the root).
func (d *doc) subordinateSubject(s int, sp chronicle.Span) bool {
	toks := d.sents[s].Tokens
	for i := range toks {
		if toks[i].Start < sp.Start || toks[i].End > sp.End || !strings.HasPrefix(toks[i].DepRel, "nsubj") {
			continue
		}
		h := toks[i].Head - 1
		if h < 0 || h >= len(toks) {
			return false
		}
		if rel := toks[h].DepRel; strings.HasPrefix(rel, "acl") || strings.HasPrefix(rel, "advcl") {
			return true
		}
		for k := 0; k < i; k++ {
			if toks[k].Head-1 == h && (toks[k].DepRel == "mark" && !strings.EqualFold(toks[k].Text, "to") ||
				toks[k].DepRel == "advmod" && toks[k].XPOS == "WRB") {
				return true
			}
		}
		return false
	}
	return false
}

// mentionIsSubject tells whether any token of the span is a subject.
func (d *doc) mentionIsSubject(s int, sp chronicle.Span) bool {
	toks := d.sents[s].Tokens
	// "The student leader's mother, Thembi Nxumalo, said": one whose
	// relative or aide the sentence is about is no subject, whatever the
	// parse made of it ("Mr Campbell's e-mail … suggested" still is his).
	if k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End }); k+1 < len(toks) && isPossessive(toks[k].Text) &&
		toks[k].Start == sp.End {
		next := strings.ToLower(toks[k+1].Text)
		if _, kin := kinNouns[next]; kin || text.PrivatePerson(next) || d.isTitleWord(next) {
			return false
		}
	}
	// A name that opens its sentence, after an honorific or not, before a
	// comma or a verb is its subject, whatever the parse made of it
	// ("Al-Sharaa, who led …, thanked"; "Dr. Khalid Al Marzooqi, …,
	// said").
	if len(toks) > 0 && (toks[0].Start == sp.Start || len(toks) > 1 && text.Honorific(toks[0].Text) && toks[1].Start == sp.Start) {
		for i := range toks {
			if toks[i].Start >= sp.End {
				if toks[i].Text == "," || toks[i].UPOS == "VERB" || toks[i].UPOS == "AUX" {
					return true
				}
				break
			}
		}
	}
	for i := range toks {
		if toks[i].Start >= sp.Start && toks[i].End <= sp.End && isSubject(toks, i) {
			return true
		}
		// "In Kyiv, Prime Minister Yulia Svyrydenko called for talks": a
		// name after a fronted phrase of place or time and its comma, before
		// a verb, whatever the parse made of it.
		if toks[i].Start == sp.Start && i >= 3 && i <= 8 && toks[i-1].Text == "," && (toks[0].UPOS == "ADP" || toks[0].UPOS == "ADV") &&
			!slices.ContainsFunc(toks[:i-1], func(t chronicle.Token) bool { return t.UPOS == "VERB" || t.Text == "," }) {
			for k := i; k < len(toks); k++ {
				if toks[k].Start >= sp.End {
					if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
						return true
					}
					break
				}
			}
		}
		// "Congo's Foreign Minister Thérèse Kayikwamba Wagner struck":
		// a parse that made the possessor the subject meant the name.
		if toks[i].Start == sp.Start && i >= 2 && isPossessive(toks[i-1].Text) && isSubject(toks, i-2) {
			return true
		}
		// "…, and party leader Pedro Nuno Santos announced within hours":
		// a name after a title, a comma or a conjunction, right before a
		// verb in the past or present tense, is its subject whatever the
		// parse made of it (not one after a preposition: "talks with Putin
		// ended").
		if toks[i].Start == sp.Start && i >= 1 && (toks[i-1].UPOS == "NOUN" || toks[i-1].UPOS == "CCONJ" || toks[i-1].Text == ",") {
			if k := slices.IndexFunc(toks, func(t chronicle.Token) bool { return t.Start >= sp.End }); k > i &&
				toks[k].UPOS == "VERB" && (toks[k].XPOS == "VBD" || toks[k].XPOS == "VBZ") {
				return true
			}
		}
	}
	return false
}

// namedBeforeReport tells whether m, back sentences before a pronoun's,
// stands before a verb of saying: in the pronoun's own sentence any
// mention, before it only a name ("Mr Abbas said …. He added"), as a
// description there may be what the parse already took for a subject.
func (d *doc) namedBeforeReport(s, back int, m personMention) bool {
	if back > 0 && (len(m.e.tokens) == 0 || !strings.HasSuffix(d.text[m.span.Start:m.span.End], m.e.tokens[len(m.e.tokens)-1])) {
		return false
	}
	return d.beforeReport(s, m.span)
}

// reports tells whether a mention of e is the subject of a verb of saying
// next to it: "Sawicki said", "said Andrzej Sawicki", "Hawa Ismail, 34,
// said", "she told AFP".
func (d *doc) reports(e *entity) bool {
	for _, m := range e.Mentions {
		s, a, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if a > 0 && reportVerbs[strings.ToLower(toks[a-1].Text)] || d.beforeReport(s, m.Span) ||
			b < len(toks) && (toks[b].Text == "told" || toks[b].Text == "tells") {
			return true
		}
	}
	return false
}

// beforeReport tells whether a mention stands right before a verb of
// saying, or before its age in commas and then the verb: the verb's
// subject, whatever the parse made of a long opening ("In Recife, the
// capital of …, bus driver Josué Ferreira, 38, said").
func (d *doc) beforeReport(s int, sp chronicle.Span) bool {
	toks := d.sents[s].Tokens
	k := slices.IndexFunc(toks, func(t chronicle.Token) bool { return t.Start >= sp.End })
	if k >= 0 && k+3 < len(toks) && toks[k].Text == "," && isNumber(toks[k+1].Text) && toks[k+2].Text == "," {
		k += 3
	}
	d0 := k // the description's determiner, after the age's closing comma or the name's own
	if k >= 0 && k < len(toks) && toks[k].Text == "," {
		d0 = k + 1
	}
	if k >= 1 && d0+1 < len(toks) && toks[d0-1].Text == "," && (isDeterminer(toks[d0].Text) || toks[d0].Text == "who") {
		// "Brenda Nakato, 23, a student at Makerere University, said",
		// "Zhou Wenjie, who runs a small startup, said": past a
		// description in commas.
		j := d0 + 1
		for j < len(toks) && j-d0 <= 12 && toks[j].Text != "," {
			j++
		}
		if j+1 < len(toks) && toks[j].Text == "," {
			k = j + 1
			// "Somchai Boonmee, a 52-year-old rice farmer, described
			// fleeing": past a description, any verb in the past or
			// present tense has the name for its subject.
			if x := toks[k].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" {
				return true
			}
		}
	}
	return k >= 0 && k < len(toks) && reportVerbs[strings.ToLower(toks[k].Text)]
}

// quoteState tells, for offsets asked in increasing order, whether each
// lies between quotation marks opened earlier in its paragraph. It reads
// each byte of the text once, so a long paragraph costs linear time.
type quoteState struct {
	pos      int // text before pos has been read
	depth    int // curly or guillemet quotes open
	straight bool
}

func (q *quoteState) inside(text string, at int) bool {
	if at < q.pos {
		*q = quoteState{} // asked out of order: read again from the start
	}
	for i, r := range text[q.pos:at] {
		switch r {
		case '\n':
			q.depth, q.straight = 0, false
		case '“', '«', '„':
			q.depth++
		case '”', '»':
			if q.depth > 0 {
				q.depth--
			}
		case '"':
			// A straight mark after a space and before a word opens
			// ("hope. "Labour is…" opens a new quote even when the last
			// was left open); before a space or at the end it closes.
			j := q.pos + i
			before := j == 0 || text[j-1] == ' ' || text[j-1] == '\n' || text[j-1] == '('
			after := j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == '\n'
			switch {
			case before && !after:
				q.straight = true
			case after && !before:
				q.straight = false
			default:
				q.straight = !q.straight
			}
		}
	}
	q.pos = at
	return q.depth > 0 || q.straight
}

// firmNouns name a company by its trade: "the miner", "the carmaker".
var firmNouns = map[string]bool{"miner": true, "carmaker": true, "automaker": true, "lender": true, "retailer": true,
	"insurer": true, "airline": true, "operator": true, "producer": true, "manufacturer": true, "exporter": true,
	"utility": true, "brokerage": true, "conglomerate": true, "chipmaker": true, "drugmaker": true, "supermarket": true}

// tradeStems are the words that open firms' names by trade, for the
// trades firmNouns name.
var tradeStems = map[string][]string{"miner": {"Min"}, "carmaker": {"Motor", "Auto"}, "automaker": {"Motor", "Auto"},
	"lender": {"Bank", "Banco", "Credit"}, "insurer": {"Insur", "Assur"}, "airline": {"Air"},
	"utility": {"Power", "Energ", "Electric", "Water"}, "drugmaker": {"Pharma"}}

// firmOfTrade is the one firm named before offset at whose name has a word
// of the noun's trade ("Compañía Minera …" for "the miner"), or nil.
func firmOfTrade(firms []earlier, noun string, at int) *entity {
	var found *entity
	for _, f := range firms {
		if f.at >= at || f.e == found {
			continue
		}
		fits := slices.ContainsFunc(strings.Fields(f.e.Name), func(w string) bool {
			return slices.ContainsFunc(tradeStems[noun], func(stem string) bool { return strings.HasPrefix(w, stem) })
		})
		if !fits {
			continue
		}
		if found != nil {
			return nil
		}
		found = f.e
	}
	return found
}

// leadersOfBodies links "the AUR leader" to the one person the story named
// before as that body's leader: "Simion, the leader of the Alliance for the
// Union of Romanians (AUR)", or "AUR leader George Simion".
func (d *doc) leadersOfBodies() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "the") || d.claimed[[2]int{s, i}] {
				continue
			}
			if end, body, ok := d.titleOfBody(s, i+1); ok {
				// "the head of the RMA", "the representative of the Foreign
				// Ministry": the one person named before as that.
				title, at := strings.ToLower(toks[i+1].Text), toks[i].Start
				if p := theOne(d.ents, func(e *entity) bool {
					return e.Type == chronicle.Person && e.first < at && d.describedAsHeadOf(e, body, title, at)
				}); p != nil {
					d.attach(p, d.mentionOf(s, i, end))
				}
				i = end - 1
				continue
			}
			o, ok := d.owner[[2]int{s, i + 1}]
			if !ok || o.start != i+1 || o.e.Type != chronicle.Organization {
				continue
			}
			end := d.mentionEndFrom(s, i+1, o)
			if end >= len(toks) || d.claimed[[2]int{s, end}] || !leaderWords[toks[end].Text] {
				continue
			}
			title, at := toks[end].Text, toks[i].Start
			p := theOne(d.ents, func(e *entity) bool {
				return e.Type == chronicle.Person && e.first < at && d.describedAsHeadOf(e, o.e, title, at)
			})
			if p == nil && title != "founder" && title != "leader" && strings.HasPrefix(o.e.KB, "org:") && d.date != "" {
				// "the IAEA chief": the head the KB knows on the date.
				if head, ok := d.r.kb.HeadOf(strings.TrimPrefix(o.e.KB, "org:"), d.date); ok {
					p = d.personEntity(head)
				}
			}
			if p != nil {
				d.attach(p, d.mentionOf(s, i, end+1))
			}
			i = end
		}
	}
}

// titleOfBody reads "head of the RMA", "chairman of the Senate",
// "representative of the Foreign Ministry" from token i of sentence s: the
// end of the body's mention and the body; false when the words are none.
func (d *doc) titleOfBody(s, i int) (int, *entity, bool) {
	toks := d.sents[s].Tokens
	if i+2 >= len(toks) || d.claimed[[2]int{s, i}] || !leaderWords[strings.ToLower(toks[i].Text)] &&
		!spokesWords[strings.ToLower(toks[i].Text)] && !strings.EqualFold(toks[i].Text, "representative") || toks[i+1].Text != "of" {
		return 0, nil, false
	}
	j := i + 2
	if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
		j++
	}
	o, ok := d.owner[[2]int{s, j}]
	if !ok || o.start != j || o.e.Type != chronicle.Organization {
		return 0, nil, false
	}
	return d.mentionEndFrom(s, j, o), o.e, true
}

// leaderWords are the titles of a body's head that "the BODY …" restates.
var leaderWords = map[string]bool{"leader": true, "chief": true, "head": true, "chairman": true, "chairwoman": true,
	"president": true, "founder": true, "boss": true, "director": true}

// describedAsHeadOf tells whether a mention of e before offset before has
// the title word and a mention of body near it: "Simion, the leader of the
// Alliance for the Union of Romanians", "AUR leader George Simion".
func (d *doc) describedAsHeadOf(e, body *entity, title string, before int) bool {
	short := map[string]bool{} // the body's names of one word ("AUR")
	for _, m := range body.Mentions {
		if !strings.Contains(m.Text, " ") {
			short[m.Text] = true
		}
	}
	for _, m := range e.Mentions {
		if m.Start >= before {
			continue
		}
		s, a, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		for k := max(0, a-3); k < min(len(toks), b+4); k++ {
			if !strings.EqualFold(toks[k].Text, title) {
				continue
			}
			for j := max(0, k-3); j < min(len(toks), k+8); j++ {
				if o, ok := d.owner[[2]int{s, j}]; ok && o.e == body || short[toks[j].Text] {
					return true
				}
			}
			// The body's mention may lie inside the person's own:
			// "official representative of the Russian Foreign Ministry
			// Maria Zakharova".
			lo, hi := toks[max(0, k-3)].Start, toks[min(len(toks), k+8)-1].End
			if slices.ContainsFunc(body.Mentions, func(bm chronicle.Mention) bool { return bm.Start >= lo && bm.End <= hi }) {
				return true
			}
		}
	}
	return false
}

// demonymTitleHeads end "the Saudi minister", "the French envoy": a
// country's word and a title no office of the KB fits.
var demonymTitleHeads = map[string]bool{"minister": true, "secretary": true, "diplomat": true, "envoy": true,
	"official": true, "ambassador": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"delegate": true, "negotiator": true, "businessman": true, "businesswoman": true}

// demonymTitled reads "Saudi minister" from token a of sentence s, not
// followed by a name nor by "of", and returns the token after it and the
// person of that country named last before it whom the text called so (not
// any official: "the Iraqi minister" is no prime minister); -1 and nil when
// there is none.
func (d *doc) demonymTitled(s, a int) (int, *entity) {
	toks := d.sents[s].Tokens
	if a+1 >= len(toks) || d.claimed[[2]int{s, a + 1}] {
		return -1, nil
	}
	c, ok := d.placeCountry(toks[a].Text)
	if toks[a].Text == "Korean" {
		c, ok = "KOR", true // the KB gives the word to neither Korea; either may be meant
	}
	if !ok {
		return -1, nil
	}
	// The title: a head word, or up to two title words before it ("deputy
	// prime minister").
	end := a + 1
	for end < len(toks) && end-a <= 3 && !demonymTitleHeads[strings.ToLower(toks[end].Text)] && d.isTitleWord(toks[end].Text) &&
		!d.claimed[[2]int{s, end}] {
		end++
	}
	if end >= len(toks) || !demonymTitleHeads[strings.ToLower(toks[end].Text)] {
		return -1, nil
	}
	title := strings.ToLower(d.spanOf(s, a+1, end+1).In(d.text))
	head := strings.ToLower(toks[end].Text)
	if k := end + 1; k < len(toks) && (toks[k].Text == "of" || isCapitalized(toks[k].Text) && !isPunctToken(toks[k].Text)) {
		return -1, nil
	}
	koreas := c == "KOR" || c == "PRK" // "the Korean minister": either Korea's
	e := d.lastPersonBefore(toks[a].Start, func(e *entity) bool {
		sameCountry := e.Country == c || koreas && (e.Country == "KOR" || e.Country == "PRK")
		if sameCountry && e.person != nil && d.heldFitting(*e.person, strings.Fields(title)) &&
			(title != head || !d.describedWith(e, []string{"prime " + head})) {
			return true // "Mr. Jean-Noel Barrot", the KB's foreign minister of France, is "the French minister"
		}
		if sameCountry || e.Country == "" {
			// "Maxime Prevot, Deputy Prime Minister … of the Kingdom of
			// Belgium": a title of the description after the name, of the
			// one country that description names.
			if s, ok := d.titledAfter(e, title); ok && (sameCountry || d.onlyCountryIn(d.sents[s].Tokens[0].Start,
				d.sents[s].Tokens[len(d.sents[s].Tokens)-1].End, func(o *entity) bool { return o.Type == chronicle.GeoPolitical }) == c) {
				return true
			}
		}
		return sameCountry && d.describedWith(e, []string{title}) && (title != head || !d.describedWith(e, []string{"prime " + head}))
	})
	if e == nil {
		return -1, nil
	}
	return end + 1, e
}

// titledAfter tells whether a title of several words, in lower case, opens
// the description after a mention of e, and in which sentence: "Maxime
// Prevot, Deputy Prime Minister and Minister of Foreign Affairs of Belgium,"
// is "the Belgian deputy prime minister".
func (d *doc) titledAfter(e *entity, title string) (sentence int, ok bool) {
	want := strings.Fields(title)
	for _, m := range e.Mentions {
		s, _, b := d.tokensOf(m.Span)
		toks := d.sents[s].Tokens
		if b >= len(toks) || toks[b].Text != "," {
			continue
		}
		k := b + 1
		if k < len(toks) && isDeterminer(toks[k].Text) {
			k++
		}
		same := k+len(want) <= len(toks)
		for i := 0; same && i < len(want); i++ {
			same = strings.EqualFold(toks[k+i].Text, want[i])
		}
		if same {
			return s, true
		}
	}
	return -1, false
}

// describedPersonNouns end a definite description of someone the article
// has named, when it is the subject of a report: "said the expert", "the
// veteran lawmaker said".
// (Not the nouns of a counterpart a story often brings in unnamed: "Kofi
// Mensah spoke next. 'We will appeal,' the lawyer said" may be his lawyer;
// so may a doctor or a teacher be another.)
var describedPersonNouns = map[string]bool{"worker": true, "pensioner": true, "resident": true, "expert": true, "analyst": true, "scientist": true, "professor": true,
	"academic": true, "researcher": true, "scholar": true, "economist": true, "observer": true, "specialist": true,
	"lawmaker": true, "legislator": true, "politician": true, "veteran": true, "activist": true, "cleric": true,
	"woman": true, "man": true, "businessman": true, "businesswoman": true, "entrepreneur": true, "historian": true,
	"sociologist": true, "MP": true}

// describedSpeakers links a definite description standing as the subject of
// a report ("said the expert", "the 58-year-old said", "the veteran
// lawmaker said") to the person mentioned last before it whom it fits
// (describedAs), in its sentence or the one before, or the one before the
// quotation it closes opened, when that person is no one the KB knows (an
// officeholder is rarely "the expert").
func (d *doc) describedSpeakers() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "the") || d.claimed[[2]int{s, i}] {
				continue
			}
			end, noun := d.descriptionEnd(s, i+1)
			if end < 0 || !reportedBy(toks, i, end) {
				continue
			}
			// The person mentioned last that the description fits, and
			// none the KB knows (an officeholder is rarely "the expert").
			e := d.lastPersonBefore(toks[i].Start, func(e *entity) bool { return describedAs(noun, e) })
			if e == nil || e.KB != "" || !d.mentionedBetween(e, max(d.quoteOpenedIn(s, i)-1, 0), toks[i].Start) {
				continue
			}
			d.attach(e, d.mentionOf(s, i, end))
			i = end - 1
		}
	}
}

// scholarNouns describe someone who comments as a scholar or expert,
// which no one acting for a state, a party or an army is called.
var scholarNouns = map[string]bool{"expert": true, "analyst": true, "scientist": true, "professor": true,
	"academic": true, "researcher": true, "scholar": true, "economist": true, "observer": true, "specialist": true,
	"historian": true, "sociologist": true}

// describedAs tells whether the description ending on noun may be e's: not
// a scholar's of an official, a politician or a soldier, nor a lawmaker's
// of anyone outside politics, nor "the woman" of a man by first name.
func describedAs(noun string, e *entity) bool {
	switch {
	case e.KB != "":
		return true // refused by the caller, but it stops the search
	case scholarNouns[noun]:
		return !stateSectors[e.Sector] && e.Sector != "PTY" && e.Sector != "OPP"
	case noun == "lawmaker" || noun == "legislator" || noun == "MP" || noun == "politician":
		return e.Sector == "" || e.Sector == "LEG" || e.Sector == "PTY" || e.Sector == "OPP" || e.Sector == "GOV"
	case noun == "woman" || noun == "businesswoman":
		return !genderClash("Mrs", e)
	case noun == "man" || noun == "businessman":
		return !genderClash("Mr", e)
	}
	return true
}

// descriptionEnd reads a description from token j of sentence s: up to
// three modifiers (words in lower case, a capitalised place, an age written
// "58-year-old") and a noun of describedPersonNouns, none of them claimed.
// It returns the token after the noun and the noun, or -1.
func (d *doc) descriptionEnd(s, j int) (int, string) {
	toks := d.sents[s].Tokens
	for k := j; k < len(toks) && k-j < 8 && !d.claimed[[2]int{s, k}]; k++ {
		w := toks[k].Text
		if k+4 < len(toks) && isNumber(w) && toks[k+1].Text == "-" && toks[k+2].Text == "year" && toks[k+3].Text == "-" &&
			toks[k+4].Text == "old" {
			if k+5 < len(toks) && describedPersonNouns[toks[k+5].Text] {
				return k + 6, toks[k+5].Text // "the 58-year-old lawyer"
			}
			return k + 5, "year-old"
		}
		if describedPersonNouns[w] {
			return k + 1, w
		}
		if !isLowerWord(w) && !(isCapitalized(w) && d.knownPlace(w)) || reportVerbs[w] {
			break
		}
	}
	return -1, ""
}

// reportedBy tells whether tokens [i, end) stand as the subject of a report
// verb: followed by one ("the expert said"), or after a quotation's close
// and one ("," said the expert", "” - noted the expert").
func reportedBy(toks []chronicle.Token, i, end int) bool {
	if end < len(toks) && (reportVerbs[toks[end].Text] || describedCues[toks[end].Text]) {
		return true
	}
	if i < 2 || !reportVerbs[toks[i-1].Text] && !describedCues[toks[i-1].Text] {
		return false
	}
	switch toks[i-2].Text {
	case ",", "\"", "”", "-", "–", "—", "''":
		return true
	}
	return false
}

// describedCues are report verbs beside reportVerbs that a described
// speaker takes: "told", "explained".
var describedCues = map[string]bool{"told": true, "explained": true, "replied": true, "recalled": true,
	"concluded": true, "continued": true, "commented": true, "remarked": true, "observed": true}

// quoteOpenedIn is the sentence in which the quotation that ends right
// before the report verb before token i of sentence s opened ("“… created,”
// - noted the economist"), which may be sentences before; s when no
// quotation ends there.
func (d *doc) quoteOpenedIn(s, i int) int {
	toks := d.sents[s].Tokens
	if i < 2 {
		return s
	}
	closeAt := strings.LastIndexAny(d.text[:toks[i-1].Start], "\"”")
	if closeAt < 0 || closeAt < toks[max(i-3, 0)].Start {
		return s
	}
	openAt := strings.LastIndexAny(d.text[:closeAt], "\"“")
	if openAt < 0 {
		return s
	}
	return min(s, d.sentenceAt(openAt))
}

// mentionedBetween tells whether e has a mention from sentence s on that
// starts before offset at.
func (d *doc) mentionedBetween(e *entity, s, at int) bool {
	return slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool { return m.Start < at && d.sentenceAt(m.Start) >= s })
}

// bodyRoleHeads end "the CSU leader", "the Citizen Revolution candidate":
// a body's name and the role of one of its people.
var bodyRoleHeads = map[string]bool{"leader": true, "candidate": true, "chairman": true, "chairwoman": true,
	"chairperson": true, "chair": true, "chief": true, "head": true, "president": true, "spokesman": true,
	"spokeswoman": true, "founder": true, "boss": true, "nominee": true}

// bodyHeadRoles are the roles that head a body, one said for another: "the
// Senate chief" is its president, "the party boss" its leader.
var bodyHeadRoles = map[string]bool{"leader": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"chair": true, "chief": true, "head": true, "president": true, "boss": true}

// vagueHeadRoles say only that someone heads a body, whatever the office's
// name ("the Senate chief"); "the Senate leader" is another office than
// its president.
var vagueHeadRoles = map[string]bool{"chief": true, "head": true, "boss": true}

// bodyRoles links "the CSU leader", "the Confederation leader" (a body's
// name the article has linked, and a role, followed by no name) to the one
// person the text ties to that body: named with it in a title ("CSU leader
// Markus Soeder"), or followed by "of the" body ("Slawomir Mentzen of the
// Confederation party"), by ", whose" body ("Markus Soeder, whose Christian
// Social Union") or by the body in brackets.
func (d *doc) bodyRoles() {
	type tie struct {
		person *entity
		title  string // the title the mention gives, "" for one tied after the name
	}
	var members map[*entity][]tie // body → its people, read once a description needs them
	readMembers := func() {
		members = map[*entity][]tie{}
		for _, p := range d.ents {
			if p.Type != chronicle.Person {
				continue
			}
			for _, m := range p.Mentions {
				if b, role := d.bodyOfRoleBefore(m); b != nil {
					members[b] = append(members[b], tie{p, role})
					continue
				}
				if b, titled := d.bodyTiedTo(m); b != nil {
					title := ""
					if titled {
						// (A title this cannot read is no role: "Tory
						// ex-minister Douglas Hogg".)
						title = cmp.Or(normalTitle(d.titleOfMention(m.Span)), "?")
					}
					members[b] = append(members[b], tie{p, title})
				}
			}
		}
	}
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for i := 0; i+2 < len(toks); i++ {
			o, ok := d.owner[[2]int{s, i + 1}]
			if !strings.EqualFold(toks[i].Text, "the") || d.claimed[[2]int{s, i}] || !ok ||
				o.e.Type != chronicle.Organization || o.start != i+1 {
				continue
			}
			k := d.mentionEndFrom(s, i+1, o)
			if k >= len(toks) || !bodyRoleHeads[strings.ToLower(toks[k].Text)] || d.claimed[[2]int{s, k}] ||
				k+1 < len(toks) && isCapitalized(toks[k+1].Text) && !isPunctToken(toks[k+1].Text) {
				continue
			}
			if members == nil {
				readMembers()
			}
			// Of the body's people, the one named with the role, else
			// the one tied to it without a title; not "Tory MP Douglas
			// Hogg" for "the Tory leader".
			role := strings.ToLower(toks[k].Text)
			var withRole, untitled []*entity
			for _, t := range members[o.e] {
				switch {
				case (lastOf(t.title) == role || vagueHeadRoles[role] && bodyHeadRoles[lastOf(t.title)] && !rankModifiers[firstWord(t.title)]) &&
					!slices.Contains(withRole, t.person):
					// ("the Senate chief" after "Senate President Vicente
					// Sotto": the body's head either way.)
					withRole = append(withRole, t.person)
				case t.title == "" && !slices.Contains(untitled, t.person):
					untitled = append(untitled, t.person)
				}
			}
			if len(withRole) == 0 {
				withRole = untitled
			}
			if len(withRole) == 1 {
				d.attach(withRole[0], d.mentionOf(s, i, k+1))
				i = k
			}
		}
	}
}

// bodyOfRoleBefore is the body of a role that a description before a
// person's name between commas gives, and the role: "The leader of the
// Popular Party (PP), Alberto Nunez Feijoo,"; nil when there is none.
func (d *doc) bodyOfRoleBefore(m chronicle.Mention) (*entity, string) {
	s, a, _ := d.tokensOf(m.Span)
	toks := d.sents[s].Tokens
	k := a - 1
	for k >= 0 && k >= a-2 && (text.Honorific(toks[k].Text) || d.isTitleWord(toks[k].Text) && isCapitalized(toks[k].Text)) {
		k-- // "the Senate Leader, Sen. Opeyemi Bamidele"
	}
	if k < 3 || toks[k].Text != "," {
		return nil, ""
	}
	k--
	if role := strings.ToLower(toks[k].Text); bodyRoleHeads[role] && k >= 1 {
		// "the Senate President, Godswill Akpabio,": the body before the
		// role.
		if o, ok := d.owner[[2]int{s, k - 1}]; ok && o.e.Type == chronicle.Organization && o.start >= 1 &&
			strings.EqualFold(toks[o.start-1].Text, "the") && d.mentionEndFrom(s, o.start, o) == k {
			return o.e, role
		}
		return nil, ""
	}
	if toks[k].Text == ")" {
		for k > 0 && toks[k].Text != "(" && a-k < 8 {
			k--
		}
		k-- // the body's last word, before its short form
	}
	o, ok := d.owner[[2]int{s, k}]
	if !ok || o.e.Type != chronicle.Organization || o.start < 2 {
		return nil, ""
	}
	j := o.start - 1
	if strings.EqualFold(toks[j].Text, "the") {
		j--
	}
	if j < 1 || toks[j].Text != "of" || !bodyRoleHeads[strings.ToLower(toks[j-1].Text)] {
		return nil, ""
	}
	role := strings.ToLower(toks[j-1].Text)
	if j >= 2 && rankModifiers[strings.ToLower(toks[j-2].Text)] {
		role = strings.ToLower(toks[j-2].Text) + " " + role // "The Deputy President of the Senate": no president
	}
	return o.e, role
}

// bodyTiedTo is the body a person's mention ties them to, and whether it
// is named in the mention's title: one whose mention the person's mention
// holds ("CSU leader Markus Soeder"), or one right after it behind "of" or
// "of the", ", whose" or "(" ; or nil.
func (d *doc) bodyTiedTo(m chronicle.Mention) (*entity, bool) {
	s, _, b := d.tokensOf(m.Span)
	toks := d.sents[s].Tokens
	for _, e := range d.ents {
		if e.Type == chronicle.Organization && slices.ContainsFunc(e.Mentions, func(om chronicle.Mention) bool {
			return om.Start >= m.Start && om.End <= m.End && om.Start < m.End
		}) {
			return e, true
		}
	}
	j := b
	switch {
	case j+1 < len(toks) && toks[j].Text == "of" && strings.EqualFold(toks[j+1].Text, "the"):
		j += 2
	case j < len(toks) && (toks[j].Text == "of" || toks[j].Text == "("):
		j++
	case j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Text == "whose":
		j += 2
	default:
		return nil, false
	}
	if o, ok := d.owner[[2]int{s, j}]; ok && o.e.Type == chronicle.Organization && o.start == j {
		return o.e, false
	}
	return nil, false
}

// compatibleSubjectBefore tells whether sentence s has, before byte offset
// at, a subject that a pronoun of the given sex could mean: any subject but
// a named body or place, and a person of the other sex.
func (d *doc) compatibleSubjectBefore(s, at int, sex byte) bool {
	toks := d.sents[s].Tokens
	for i := 0; i < len(toks) && toks[i].End <= at; i++ {
		if !isSubject(toks, i) || toks[i].UPOS == "PUNCT" {
			continue
		}
		if o, ok := d.owner[[2]int{s, i}]; ok {
			if o.e.Type != chronicle.Person || sex != 0 && o.e.sex(d.text) == otherSex(sex) {
				continue // "the U.S. military", "Karoline Leavitt" for "he"
			}
		}
		return true
	}
	return false
}

// restatedAges links "the 41-year-old" standing alone for a person ("…,”
// the 41-year-old said"; "The 51-year-old, who has …, said") to the person
// the text gave that age ("Maria Fernanda Rojas, 41,", "a 41-year-old
// nurse, Maria …"), else to the one person the sentences before name
// outside quotes, as a restated role is.
func (d *doc) restatedAges() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for a := 0; a+6 <= len(toks); a++ {
			if !strings.EqualFold(toks[a].Text, "the") || d.claimed[[2]int{s, a}] || !ageAt(toks, a+1) {
				continue
			}
			if e := a + 6; e < len(toks) && (toks[e].UPOS == "NOUN" || toks[e].UPOS == "PROPN" || toks[e].UPOS == "ADJ") {
				continue // "the 41-year-old nurse": a description with its own head
			}
			p := d.personAged(toks[a+1].Text, toks[a].Start)
			for back := 1; p == nil && back <= 3 && s-back >= 0; back++ {
				if people := d.peopleIn(s - back); len(people) == 1 {
					p = people[0]
				} else if len(people) > 1 || !d.whollyQuoted(s-back) {
					break
				}
			}
			if p != nil {
				d.attach(p, d.mentionOf(s, a, a+6))
			}
		}
	}
}

// ageAt tells whether tokens from k spell an age: "41 - year - old".
func ageAt(toks []chronicle.Token, k int) bool {
	return k+4 < len(toks) && isNumber(toks[k].Text) && toks[k+1].Text == "-" && toks[k+2].Text == "year" &&
		toks[k+3].Text == "-" && toks[k+4].Text == "old"
}

// personAged is the one person whom the text before offset at gives the
// age n: "Rojas, 41," or "a 41-year-old nurse, Maria Fernanda Rojas"; nil
// when none or several.
func (d *doc) personAged(n string, at int) *entity {
	var found *entity
	for s := 0; s < len(d.sents) && d.sents[s].Start < at; s++ {
		toks := d.sents[s].Tokens
		for k := range toks {
			if toks[k].Text != n || toks[k].Start >= at {
				continue
			}
			var p *entity
			if k >= 2 && toks[k-1].Text == "," && k+1 < len(toks) && (toks[k+1].Text == "," || toks[k+1].Text == ".") {
				if o, ok := d.owner[[2]int{s, k - 2}]; ok && o.e.Type == chronicle.Person {
					p = o.e // "Rojas, 41,"
				}
			} else if ageAt(toks, k) {
				for j := k + 5; j < len(toks) && j <= k+9; j++ {
					if o, ok := d.owner[[2]int{s, j}]; ok && o.e.Type == chronicle.Person {
						p = o.e // "a 41-year-old nurse, Maria Fernanda Rojas"
						break
					}
				}
			}
			if p == nil {
				continue
			}
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// titlesUsedAgain links a bare title the text uses again ("the minister"),
// which no pass before linked, to the one person an earlier use of the
// same words named: news keeps one title for one person, so "The minister
// also held a phone call …", linked to Badr Abdelatty, makes "during his
// meeting with the minister and Rashad" and "“…,” the minister noted" his
// too. A title followed by a name or by "of" is another's.
func (d *doc) titlesUsedAgain() {
	for s := range d.sents {
		toks := d.sents[s].Tokens
		for a := 0; a+1 < len(toks); a++ {
			if !strings.EqualFold(toks[a].Text, "the") || d.claimed[[2]int{s, a}] {
				continue
			}
			j := -1 // past the last title word of the lower-case words after "the"
			for k := a + 1; k < len(toks) && k-a <= 3 && isLowerWord(toks[k].Text) && !d.claimed[[2]int{s, k}]; k++ {
				if _, title := titleSector(toks[k].Text); title {
					j = k + 1
				}
			}
			if j < 0 {
				continue
			}
			if j < len(toks) && (isCapitalized(toks[j].Text) || toks[j].Text == "of" || toks[j].Text == "-") {
				continue // "the minister Badr Abdelatty", "the minister of health"
			}
			words := strings.ToLower(d.spanOf(s, a, j).In(d.text))
			if e := d.onlyOneCalled(words, toks[a].Start); e != nil {
				d.attach(e, d.mentionOf(s, a, j))
				a = j - 1
			}
		}
	}
}

// onlyOneCalled is the one person with a mention before offset at whose
// words, folded to lower case, are words, or nil.
func (d *doc) onlyOneCalled(words string, at int) *entity {
	return theOne(d.ents, func(e *entity) bool {
		return e.Type == chronicle.Person && slices.ContainsFunc(e.Mentions, func(m chronicle.Mention) bool {
			return m.Start < at && strings.ToLower(m.Text) == words
		})
	})
}

// bodyAdjectives stand between "the" and a noun of bodyNouns: "the
// regional bloc", "the armed group".
var bodyAdjectives = map[string]bool{"regional": true, "armed": true, "rebel": true, "militant": true, "opposition": true,
	"ruling": true, "state": true, "mining": true, "oil": true, "energy": true, "rights": true}

// bodiesRestated links "the company", "the group" and the other nouns of
// bodyNouns, as the subject of a quote's cue ("“…,” the company said") or
// of the sentence they open, to the one body named in the sentence before
// that the noun fits (the one before that when the sentence before is all
// quotation):
// "The Dangote Petroleum Refinery cut the price …. “…,” the company said".
func (d *doc) bodiesRestated() {
	for s := 1; s < len(d.sents); s++ {
		toks := d.sents[s].Tokens
		for a := 0; a+2 < len(toks); a++ {
			if !strings.EqualFold(toks[a].Text, "the") || d.claimed[[2]int{s, a}] || d.claimed[[2]int{s, a + 1}] {
				continue
			}
			noun := a + 1
			if bodyAdjectives[toks[noun].Text] && noun+2 < len(toks) && !d.claimed[[2]int{s, noun + 1}] {
				noun++ // "the regional bloc"
			}
			sectors, ok := bodyNouns[toks[noun].Text]
			if !ok {
				continue
			}
			cueAfter := a >= 1 && closesQuoteAt(toks, a-1) || a >= 2 && reportVerbs[toks[a-1].Text] && closesQuoteAt(toks, a-2)
			if !cueAfter && !(a == 0 && reportVerbs[toks[noun+1].Text]) {
				continue
			}
			before := s - 1
			if before > 0 && d.whollyQuoted(before) {
				before--
			}
			e := d.onlyBodyIn(before, sectors)
			if e == nil && !sectors["GOV"] {
				// Else the such body the story names most, twice as often
				// as any other: "ECOWAS" paragraphs before "“…,” the
				// regional bloc said". (Not a state's office or agency,
				// of which a story names many.)
				e, _ = d.bodyNamedMost(func(e *entity) bool { return sectors[e.Sector] || e.Sector == "" }, toks[a].Start)
			}
			if e != nil {
				d.attach(e, d.mentionOf(s, a, noun+1))
			}
		}
	}
}

// onlyBodyIn is the one organisation, or building that speaks for one,
// named in sentence s whose sector is one of sectors or unknown, or nil.
func (d *doc) onlyBodyIn(s int, sectors map[string]bool) *entity {
	var found *entity
	for i := range d.sents[s].Tokens {
		o, ok := d.owner[[2]int{s, i}]
		if !ok || o.e == found || o.e.Type != chronicle.Organization && o.e.Type != chronicle.Facility ||
			o.e.Sector != "" && !sectors[o.e.Sector] {
			continue
		}
		if found != nil {
			return nil
		}
		found = o.e
	}
	return found
}
