package quote

import (
	"cmp"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// maxScan bounds every walk over words from a quote or a cue, so that a
// sentence of any length costs a constant per quote.
const maxScan = 60

// speaker is who a quote is attributed to, and by which cue.
type speaker struct {
	phrase chronicle.Span // the speaker phrase in the text; zero when borrowed
	head   int            // word index of the phrase's head, -1 when none
	cue    chronicle.Span // zero when there is no cue
	ent    int            // entity index, -1 when none
	name   string
	conf   float64
	sent   int // sentence of the cue
}

// noSpeaker is the attribution of a quote nobody is known to have said.
var noSpeaker = speaker{head: -1, ent: -1}

func (s speaker) found() bool { return s.name != "" || s.ent >= 0 }

// isCue reports whether word i is an unquoted speech verb.
func (d *document) isCue(i int) (cueVerb, bool) {
	w := d.words[i]
	if w.quoted {
		return cueVerb{}, false
	}
	v, ok := cueForms[w.lower]
	if !ok {
		return v, false
	}
	if w.upos != "" && w.upos != "VERB" && w.upos != "AUX" {
		// The tagger says this "report" or "comment" is a noun.
		return v, false
	}
	if isCap(w.text) {
		return v, false // the United States, Post (a name)
	}
	if v.lemma == "point" && (i+1 >= len(d.words) || d.words[i+1].lower != "out") {
		return v, false // "pointed out that …", not "pointed to"
	}
	if v.lemma == "speak" && (i+1 >= len(d.words) || d.words[i+1].lower != "of") {
		return v, false // "spoke of “a betrayal”", not "spoke with", "was speaking amid …"
	}
	if i > 0 && d.words[i-1].End == w.Start && d.words[i-1].sent == w.sent {
		return v, false // so-called
	}
	// "the strategy is called 'Improving Opportunity'": a passive of
	// calling or naming gives a name, not words someone said.
	if v.lemma == "call" && i > 0 && d.words[i-1].sent == w.sent && beForms[d.words[i-1].lower] {
		return v, false
	}
	// "Doha had been informed in advance": the passive of a verb that
	// takes the hearer makes its subject the hearer, who says nothing.
	if v.object && i > 0 && d.words[i-1].sent == w.sent && (d.words[i-1].lower == "been" || d.words[i-1].lower == "being") {
		return v, false
	}
	if v.lemma == "label" && w.rel == "acl" && !d.hasSubject(i) {
		return v, false // nor does "a user labelled 'Anonymous'"
	}
	// "the final say": after an adjective the word is a noun, but not
	// after a capitalised one the tagger took for an adjective ("while the
	// Republican called her", "the German told reporters").
	if i > 0 && d.words[i-1].sent == w.sent && d.words[i-1].upos == "ADJ" && !(w.upos == "VERB" && isCap(d.words[i-1].text)) &&
		!(w.upos == "VERB" && d.words[i-1].lower == "old" && i >= 2 && d.words[i-2].text == "-") { // "the 68-year-old said"
		return v, false
	}
	// "ordered the military to respond", "declined to comment": what
	// someone is told, expected or unwilling to say is not said.
	if i > 0 && d.words[i-1].lower == "to" && d.words[i-1].sent == w.sent && d.words[i-1].rel == "mark" {
		if h := w.head; h >= 0 && h < i && unsaidBefore[d.words[h].lower] {
			return v, false
		}
	}
	// "the said report", "his first confirmed contact", "Hegseth's
	// comments": after a determiner or a possessive the word is no verb.
	if i > 0 && d.words[i-1].sent == w.sent {
		p := d.words[i-1].lower
		if determiners[p] || p == "first" || p == "last" || p == "new" || p == "'s" || p == "’s" ||
			strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
			return v, false
		}
	}
	return v, true
}

// unsaidBefore are the forms of verbs after which an infinitive of saying
// reports nothing said: "ordered … to respond", "declined to comment".
var unsaidBefore = map[string]bool{}

func init() {
	for _, v := range strings.Fields(`order ordered orders ordering urge urged urges urging ask asked asks asking
		decline declined declines declining refuse refused refuses refusing fail failed fails failing expect
		expected expects expecting plan planned plans planning want wanted wants wanting hope hoped hopes hoping
		threaten threatened threatens threatening intend intended intends intending call called calls calling
		force forced forces forcing tell told tells telling`) {
		unsaidBefore[v] = true
	}
}

// beForms are the forms of "be" before a passive participle.
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"being": true, "'s": true}

// according reports whether words i, i+1 are "according to".
func (d *document) according(i int) bool {
	return i+1 < len(d.words) && d.words[i].lower == "according" && d.words[i+1].lower == "to" &&
		d.words[i].sent == d.words[i+1].sent
}

// cueSpan extends the cue verb at i with a following phrase that belongs to
// it ("said in a statement"), skipping a hearer for verbs that take one
// (told reporters in an interview → "told"). It returns the cue span and the
// index of the first word after it.
func (d *document) cueSpan(i int) (chronicle.Span, int) {
	sp := d.words[i].Span
	j := i + 1
	if j < len(d.words) && d.words[j].sent == d.words[i].sent {
		for _, ext := range cueExtensions {
			if d.matchWords(j, ext) {
				sp.End = d.words[j+len(ext)-1].End
				return sp, j + len(ext)
			}
		}
	}
	return sp, j
}

// matchWords reports whether the words from i spell seq in lower case,
// within one sentence.
func (d *document) matchWords(i int, seq []string) bool {
	if i+len(seq) > len(d.words) {
		return false
	}
	for k, s := range seq {
		w := d.words[i+k]
		if w.lower != s || w.sent != d.words[i].sent {
			return false
		}
	}
	return true
}

// subjectOf finds who speaks through the cue verb at c: from the parse when
// the sentence has one (the verb's nsubj, or for a participle or a
// coordinated verb the nsubj of the verb it hangs from), else by walking left
// over auxiliaries and an appositive to the noun phrase before the verb.
// passiveAux tells whether the verb at word v has a passive auxiliary
// ("was called"); a passive subject of a verb without one is a parse's
// slip for an active subject ("The OAS … called on").
func (d *document) passiveAux(v int) bool {
	return slices.ContainsFunc(d.childrenOf(v), func(k int) bool { return d.words[k].rel == "aux:pass" })
}

func (d *document) subjectOf(c int) (chronicle.Span, int, bool) {
	first := d.sents[d.words[c].sent].first
	for k := c - 1; k > first && c-k <= 12; k-- {
		if d.words[k].text == "=" {
			// "(Seoul=Yonhap News) Reporter Jang Ji-won = Prime Minister
			// Kim Min-seok said": the byline ends at "=", and the
			// subject is after it.
			if k+1 < c {
				return d.phraseLeft(c-1, k+1)
			}
			break
		}
	}
	if q, ok := d.quotedAs(c); ok {
		if w := d.words[q].lower; (w == "quoted" || w == "cited") && q+1 <= c-2 && d.words[q+1].lower != "by" {
			// "KCNA quoted leader Kim Jong-un as saying": the one quoted,
			// the object between the verb and "as", speaks.
			if sp, h, ok := d.phraseLeft(c-2, q+1); ok {
				return sp, h, true
			}
		}
		return d.subjectBefore(q)
	}
	s := d.sents[d.words[c].sent]
	if c > s.first && (d.words[c-1].lower == "but" || d.words[c-1].lower == "and") && !d.hasSubject(c) {
		// "Abiy said Ethiopia had …, but insisted access to the sea was
		// …": a cue coordinated with an earlier one shares its subject,
		// however the parse hung it.
		for k := c - 2; k >= s.first && c-k <= 40; k-- {
			if _, ok := d.isCue(k); ok && !d.words[k].quoted {
				return d.subjectOf(k)
			}
		}
	}
	if sp, h, ok := d.openingPersonDescribed(c); ok {
		return sp, h, true
	}
	if s.parsed {
		// "CLAUSE, Russian Foreign Minister Sergey Lavrov said at …",
		// parsed as a verb coordinated with the clause's; "Turnout was
		// 56%, the commission's chairman, Omar Ahmed Mohammed, told …",
		// parsed with "Turnout" as the subject: the name that fills the
		// words between a comma and the cue speaks.
		if sp, h, ok := d.nameBeforeCue(c); ok && (base(d.words[c].rel) == "conj" || d.subjectBeforeComma(c, sp)) {
			return sp, h, true
		}
	}
	if s.parsed {
		v := c
		for hop := 0; hop < 3 && v >= 0; hop++ {
			for _, k := range d.childrenOf(v) {
				if r := d.words[k].rel; (r == "nsubj" || strings.HasPrefix(r, "nsubj:") && (r != "nsubj:pass" || !d.passiveAux(v))) &&
					!d.possessor(d.words[k].Span) {
					// "India's Defence Minister Rajnath Singh told": a
					// possessor the parse made a second subject is none.
					if k < v && (d.dashBetween(k, v) || d.hasPreposition(k)) {
						// "GENEVA — X said": the parse took the dateline
						// for the subject; "In Berlin, German Chancellor
						// Friedrich Merz said": a place with a preposition
						// is no subject either.
						if sp, h, ok := d.subjectBefore(v); ok {
							return sp, h, true
						}
					}
					if k > c && !d.afterQuote(c) && !d.invertedAtEnd(c, k) {
						// A subject after the verb is an inversion only
						// after a quote (“…,” said X); elsewhere the parse
						// has taken the reported clause's subject.
						if sp, h, ok := d.subjectBefore(c); ok {
							return sp, h, true
						}
					}
					if t, ok := d.timeAnchor(k); ok {
						k = t
					}
					if open, ok := d.participleAround(k, c); ok {
						// "Blinken, speaking at a news conference with
						// Foreign Minister Cho, called …": the subject
						// stands before the participle's phrase.
						if sp, h, ok := d.phraseLeft(open-1, d.sents[d.words[c].sent].first); ok {
							return sp, h, true
						}
					}
					if a, ok := d.namedAppositive(k); ok {
						return d.phraseOf(a), a, true
					}
					if a, ok := d.secondNamedSubject(v, k); ok {
						return d.phraseOf(a), a, true
					}
					if sp, a, ok := d.nameEndingTitle(k, c); ok {
						return sp, a, true
					}
					if c2, ok := d.splitSubject(v, k); ok {
						// "Japan's defence ministry said", with "ministry"
						// made a second subject: one phrase, headed by it.
						sp := d.phraseOf(k)
						sp.End = max(sp.End, d.phraseOf(c2).End)
						return d.spokesmanFor(sp, c2)
					}
					return d.spokesmanFor(d.phraseOf(k), k)
				}
			}
			// A participle (…, saying) or a coordinated verb (… and
			// said) shares the subject of the verb it hangs from.
			switch r := base(d.words[v].rel); {
			case (r == "advcl" || r == "parataxis") && v == c && d.afterRelativeClause(v):
				// "The OAS, which sent an observer mission, called on
				// …", with the cue hung on the relative clause: the
				// clause's antecedent speaks.
				a := d.words[d.words[v].head].head
				return d.spokesmanFor(d.phraseOf(a), a)
			case r == "conj" && !d.subjectJustBefore(v):
				v = d.words[v].head
			case r == "xcomp" || (r == "advcl" || r == "acl") && d.infinitive(v):
				// "prompted the prime minister to say": a verb of
				// making or asking hands its object the words.
				if k, ok := d.controller(v); ok && v == c {
					return d.spokesmanFor(d.phraseOf(k), k)
				}
				if r == "xcomp" {
					v = d.words[v].head
					break
				}
				// "went to Brussels to denounce the plan as …", "used a
				// Christmas message to denounce the war as …": a purpose
				// clause shares the subject of the verb it serves.
				v = d.words[v].head
				for n := 0; v >= 0 && n < 3 && d.words[v].upos != "VERB" && d.words[v].upos != "AUX"; n++ {
					v = d.words[v].head
				}
			case (r == "advcl" || r == "acl") && strings.HasSuffix(d.words[v].lower, "ing"):
				comma := v > 0 && d.words[v-1].text == ","
				v = d.words[v].head
				if comma {
					v = d.clauseVerb(v)
				}
				// "He said Mr Blair had spoken with sincerity, adding: …":
				// a participle the parse hung on the reported clause
				// belongs to the verb that reports it.
				if h := v; h >= 0 && base(d.words[h].rel) == "ccomp" {
					if g := d.words[h].head; g >= 0 {
						if _, cue := d.isCue(g); cue {
							v = g
						}
					}
				}
			default:
				v = -1
			}
		}
	}
	if sp, h, ok := d.nameBeforeCue(c); ok {
		// No subject the parse gives: "the Minister Delegate …, Government
		// Spokesman, Mr. Mustapha Baitas, indicated that …", the name
		// that ends the subject's appositives right before the cue.
		return sp, h, true
	}
	return d.subjectBefore(c)
}

// afterRelativeClause tells whether verb v, with no subject of its own,
// follows a comma that closes the relative clause it hangs from: "X, which
// sent a mission, called".
func (d *document) afterRelativeClause(v int) bool {
	h := d.words[v].head
	if v == 0 || d.words[v-1].text != "," || h < 0 || h >= v || d.words[h].rel != "acl:relcl" || d.words[h].head < 0 {
		return false
	}
	// The relative clause opens with a comma (its own or the one before
	// it) and its pronoun.
	lo := d.leftmost(h, v)
	if d.words[lo].text == "," {
		lo++
	}
	return lo > 0 && lo < v && d.words[lo-1].text == "," && relativePronouns[d.words[lo].lower]
}

// nameEndingTitle reads a subject that is a title with a person's name at
// its end, right before the cue c: "The head of the Office of the
// President Andriy Yermak noted", however the parse hung the name inside
// the title's phrase.
func (d *document) nameEndingTitle(k, c int) (chronicle.Span, int, bool) {
	if !titleWord(d.words[k].text) || k >= c {
		return chronicle.Span{}, -1, false
	}
	sp := d.phraseOf(k)
	if sp.End != d.words[c-1].End {
		return chronicle.Span{}, -1, false
	}
	for _, r := range d.mentionsIn(chronicle.Span{Start: d.words[k].End, End: sp.End}) {
		if r.End == sp.End && d.ents[r.ent].Type == chronicle.Person {
			return r.Span, d.wordAt(r.End - 1), true
		}
	}
	return chronicle.Span{}, -1, false
}

// relativePronouns open relative clauses set off by commas.
var relativePronouns = map[string]bool{"which": true, "who": true, "whose": true, "whom": true}

// objectControl holds the forms of verbs whose object does what the
// infinitive after it says: "urged her to say", "prompted him to deny".
var objectControl = map[string]bool{"told": true}

func init() {
	for _, v := range []string{"prompt", "urge", "ask", "force", "persuade", "invite",
		"encourage", "compel", "press", "oblige", "pressure", "order", "tell"} {
		for _, f := range regularForms(v) {
			objectControl[f] = true
		}
	}
}

// controller returns the object that governs infinitive v when v's verb is
// a verb of object control ("prompted the prime minister to say").
func (d *document) controller(v int) (int, bool) {
	if !d.infinitive(v) {
		return 0, false
	}
	g := d.words[v].head
	if g < 0 || !objectControl[d.words[g].lower] {
		return 0, false
	}
	for _, k := range d.childrenOf(g) {
		if k < v && k > g && d.words[k].rel == "obj" {
			return k, true
		}
	}
	return 0, false
}

// subjectJustBefore tells whether a verb the parse coordinated, with no
// "and" or "but" of its own, has a subject of its own after "what", "as" or
// a relative pronoun: "breaking what critics said was …" has "critics".
func (d *document) subjectJustBefore(v int) bool {
	for _, k := range d.childrenOf(v) {
		if d.words[k].rel == "cc" {
			return false
		}
	}
	if v < 2 || d.words[v-2].sent != d.words[v].sent {
		return false
	}
	switch d.words[v-1].upos {
	case "NOUN", "PROPN", "PRON":
		switch d.words[v-2].lower {
		case "what", "which", "as", "that", "whom":
			return true
		}
	}
	return false
}

// infinitive tells whether verb v is marked by "to".
func (d *document) infinitive(v int) bool {
	for _, k := range d.childrenOf(v) {
		if d.words[k].rel == "mark" && d.words[k].lower == "to" {
			return true
		}
	}
	return false
}

// quotedAs finds the "quoted" or "cited" of "X was quoted by the RIA news
// agency as saying …" before the cue c ("saying" after "as"), whose passive
// subject is the speaker; it returns the index of "was" or "quoted".
func (d *document) quotedAs(c int) (int, bool) {
	if c < 3 || d.words[c-1].lower != "as" || !strings.HasSuffix(d.words[c].lower, "ing") {
		return 0, false
	}
	first := d.sents[d.words[c].sent].first
	for q := c - 2; q > first && c-q <= 10; q-- {
		switch d.words[q].lower {
		case "quoted", "cited":
			if b := q - 1; beForms[d.words[b].lower] {
				return b, true
			}
			return q, true
		}
		if d.words[q].text == "," || d.words[q].quoted {
			break
		}
	}
	return 0, false
}

// invertedAtEnd tells whether cue c and its subject k after it end the
// sentence after a comma: "CLAUSE, said BBC labour affairs correspondent
// Stephen Cape." inverts as surely as a quote before the cue does.
func (d *document) invertedAtEnd(c, k int) bool {
	if c < 1 || d.words[c-1].text != "," {
		return false
	}
	end := d.sents[d.words[c].sent].end
	sp := d.phraseOf(k)
	for j := d.wordAt(sp.End-1) + 1; j < end; j++ {
		if !isPunct(d.words[j].text) {
			return false
		}
	}
	return true
}

// clauseVerb climbs from v out of relative clauses to the verb of the
// clause they sit in: "defended the response to protests that left 16
// dead, saying …" says it of "defended", whose subject speaks, not of
// "left". It returns v when v is in no relative clause, or -1 when the
// climb finds no verb.
func (d *document) clauseVerb(v int) int {
	for n := 0; v >= 0 && n < maxScan; n++ {
		if !strings.HasPrefix(d.words[v].rel, "acl") {
			return v
		}
		// Up from the relative clause to its noun, then to the verb the
		// noun hangs from.
		v = d.words[v].head
		for v >= 0 && d.words[v].upos != "VERB" && d.words[v].upos != "AUX" && n < maxScan {
			v = d.words[v].head
			n++
		}
	}
	return v
}

// participleAround finds the comma that opens a participle's phrase set
// off by commas around word k just before the verb c: ", speaking at a
// news conference with X,". It returns the comma's index.
func (d *document) participleAround(k, c int) (int, bool) {
	if c < 1 || d.words[c-1].text != "," {
		return 0, false
	}
	for j := k - 1; j > d.sents[d.words[c].sent].first && k-j <= 12; j-- {
		if d.words[j].text != "," {
			continue
		}
		if w := d.words[j+1].lower; strings.HasSuffix(w, "ing") && d.words[j+1].upos == "VERB" {
			return j, true
		}
		return 0, false
	}
	return 0, false
}

// spokesmanFor widens a subject phrase the parse cut after "for" or "of"
// to the title before it: in "a spokesperson for the company said", the
// parse may make "the company" the subject; the spokesperson speaks for it.
func (d *document) spokesmanFor(sp chronicle.Span, k int) (chronicle.Span, int, bool) {
	j := d.wordAt(sp.Start) - 1
	if j >= 2 && (d.words[j].lower == "for" || d.words[j].lower == "of") && titleWord(d.words[j-1].text) {
		start := j - 1
		// Back to the determiner over a modifier or two: "a Commission
		// spokesperson for trade", "the ministry's chief spokesman for".
		for m := start - 1; m >= 0 && start-m <= 3; m-- {
			w := d.words[m]
			if determiners[w.lower] {
				start = m
				break
			}
			if w.quoted || w.sent != d.words[j].sent || w.upos != "NOUN" && w.upos != "PROPN" && w.upos != "ADJ" {
				break
			}
		}
		return chronicle.Span{Start: d.words[start].Start, End: sp.End}, k, true
	}
	return sp, k, true
}

// timeSpans are nouns of a stretch of time that the parse may make the
// subject of a clause dated by them: "a day after the head of the agency
// warned".
var timeSpans = map[string]bool{
	"minutes": true, "moments": true, "hour": true, "hours": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
}

// timeAnchor finds the true subject behind a subject that is a stretch of
// time before "after" or "before": in "a day after the head of the UN
// nuclear watchdog warned", the head warned, not the day.
func (d *document) timeAnchor(k int) (int, bool) {
	if !timeSpans[d.words[k].lower] {
		return 0, false
	}
	for _, ch := range d.childrenOf(k) {
		if ch < k || base(d.words[ch].rel) != "nmod" {
			continue
		}
		for _, g := range d.childrenOf(ch) {
			if w := d.words[g].lower; base(d.words[g].rel) == "case" && (w == "after" || w == "before") {
				return ch, true
			}
		}
	}
	return 0, false
}

// namedAppositive finds the person (or body) an appositive names for a
// subject that only describes them: "The secretary general of CEI (…),
// Nunzio Galantino, said".
func (d *document) namedAppositive(k int) (int, bool) {
	if u := d.words[k].upos; u == "PRON" || u == "PROPN" && !titleWord(d.words[k].text) {
		// A name, or "he": not a description; but "Nvidia Chief Executive
		// Jensen Huang told", parsed as the firm with the man in
		// apposition, is the man.
		if e := d.mentionCovering(d.words[k].Span); u == "PROPN" && e >= 0 && d.ents[e].Type == chronicle.Organization {
			for _, a := range d.childrenOf(k) {
				if base(d.words[a].rel) != "appos" || a <= k {
					continue
				}
				if p := d.mentionCovering(d.words[a].Span); p >= 0 && d.ents[p].Type == chronicle.Person && d.titleBetween(k, a) {
					return a, true
				}
			}
		}
		return 0, false
	}
	for _, a := range d.childrenOf(k) {
		if base(d.words[a].rel) != "appos" {
			continue
		}
		if p := d.personCovering(d.words[a].Span); p >= 0 && d.words[a].upos != "PROPN" {
			// "The head of the Russian delegation, presidential aide
			// Vladimir Medinsky, said": the appositive is headed on the
			// title that opens the person's mention.
			return a, true
		}
		if d.words[a].upos != "PROPN" {
			continue
		}
		e := d.mentionCovering(d.words[a].Span)
		if e >= 0 && d.ents[e].Type == chronicle.Person {
			return a, true
		}
		// "The United Nations agency for Palestinian refugees, UNRWA,
		// warned": a body's description names the body.
		if e >= 0 && d.ents[e].Type == chronicle.Organization && d.words[k].upos == "NOUN" && !titleWord(d.words[k].text) {
			return a, true
		}
	}
	// "A White House spokeswoman, Taylor Rogers, said", whatever the parse
	// made of the name between the commas.
	if d.words[k].upos == "NOUN" && k+2 < len(d.words) && d.words[k+1].text == "," {
		if p := d.personCovering(d.words[k+2].Span); p >= 0 {
			j := k + 2
			for j < len(d.words) && d.words[j].sent == d.words[k].sent && d.personCovering(d.words[j].Span) == p {
				j++
			}
			if j < len(d.words) && d.words[j].text == "," {
				return j - 1, true
			}
		}
	}
	// "A spokesperson for the Chinese foreign ministry, Mao Ning, said",
	// parsed with the name in apposition to the ministry: a person named
	// beside the body a title serves is the title's holder.
	if !titleWord(d.words[k].text) {
		return 0, false
	}
	for _, c := range d.childrenOf(k) {
		if base(d.words[c].rel) != "nmod" || c < k || d.personCovering(d.words[c].Span) >= 0 {
			continue
		}
		for _, a := range d.childrenOf(c) {
			if base(d.words[a].rel) == "appos" && a > c && d.words[a].upos == "PROPN" {
				if e := d.mentionCovering(d.words[a].Span); e >= 0 && d.ents[e].Type == chronicle.Person {
					return a, true
				}
			}
		}
	}
	return 0, false
}

// nameBeforeCue finds a person's mention that runs from just after a comma
// to the cue at word c: ", Russian Foreign Minister Sergey Lavrov said".
// openingPersonDescribed reads "Neil O'Brien, director of
// anti-constitution group Vote No, said": a sentence that opens on a
// person's name and a description between commas right before the cue c
// has that person speak, whatever the parse made the subject (here "Vote"),
// also after a fronted phrase that a preposition opens.
func (d *document) openingPersonDescribed(c int) (chronicle.Span, int, bool) {
	first := d.sents[d.words[c].sent].first
	if c-3 <= first || d.words[c-1].text != "," {
		return chronicle.Span{}, -1, false
	}
	if d.words[first].upos == "ADP" {
		// "At the United Nations in New York, Stephane Dujarric,
		// spokesman for …, said": past a fronted place or time.
		for p := first + 1; p < c-3; p++ {
			if d.words[p].quoted {
				break
			}
			if d.words[p].text == "," {
				first = p + 1
				break
			}
		}
	}
	m, ok := d.mentionOver(d.words[first].Span)
	if !ok || m.Start != d.words[first].Start || d.ents[m.ent].Type != chronicle.Person {
		return chronicle.Span{}, -1, false
	}
	k := first
	for k < c && d.words[k].End <= m.End {
		k++
	}
	if k >= c-2 || d.words[k].text != "," {
		return chronicle.Span{}, -1, false
	}
	for j := k + 1; j < c-1; j++ {
		if w := d.words[j]; w.quoted || w.upos == "VERB" || w.upos == "AUX" || w.upos == "PRON" ||
			isPunct(w.text) && w.text != "-" && w.text != "(" && w.text != ")" && w.text != "." {
			return chronicle.Span{}, -1, false
		}
	}
	return m.Span, k - 1, true
}

func (d *document) nameBeforeCue(c int) (chronicle.Span, int, bool) {
	first := d.sents[d.words[c].sent].first
	if c-2 > first && d.words[c-1].text == "," {
		c-- // ", Omar Ahmed Mohammed, told"
	}
	if c-1 <= first {
		return chronicle.Span{}, -1, false
	}
	from := max(first, c-12)
	var m mentionRef
	found := false
	for _, r := range d.mentionsIn(chronicle.Span{Start: d.words[from].Start, End: d.words[c-1].End}) {
		if r.End == d.words[c-1].End && d.ents[r.ent].Type == chronicle.Person && (!found || r.Start < m.Start) {
			m, found = r, true
		}
	}
	if !found {
		return chronicle.Span{}, -1, false
	}
	k := d.wordAt(m.Start)
	if k-1 > first && honorificWords[strings.TrimSuffix(d.words[k-1].lower, ".")] {
		k-- // ", Mr. Mustapha Baitas, indicated"
	}
	if k-1 < first || d.words[k-1].text != "," {
		return chronicle.Span{}, -1, false
	}
	return m.Span, c - 1, true
}

// honorificWords are the courtesy titles before a name, in lower case and
// without their full stop.
var honorificWords = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sir": true, "dame": true}

// subjectBeforeComma tells whether the parse's subject of the cue at word
// c lies before the comma that opens the name sp, as a fronted clause's
// subject does.
func (d *document) subjectBeforeComma(c int, sp chronicle.Span) bool {
	for _, k := range d.childrenOf(c) {
		if strings.HasPrefix(d.words[k].rel, "nsubj") {
			return d.words[k].End <= sp.Start && d.punctIn(k, d.wordAt(sp.Start))
		}
	}
	return false
}

// subordinatorBetween tells whether a word that opens an adverbial clause
// stands between words a and b: "Nvidia shares climbed after Chief
// Executive Jensen Huang said" opens Huang's clause on "after".
func (d *document) subordinatorBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		switch d.words[i].lower {
		case "after", "when", "as", "before", "while", "because", "since", "once", "until":
			return d.words[i].rel == "mark"
		}
	}
	return false
}

// adverbialClause tells whether verb k opens with a subordinating
// conjunction of time, reason or contrast ("as Manila accused …", "while
// the minister said …"), whatever relation the parse gave it.
func (d *document) adverbialClause(k int) bool {
	for _, c := range d.childrenOf(k) {
		if d.words[c].rel == "mark" && c < k && adverbialMarks[d.words[c].lower] {
			return true
		}
	}
	return false
}

// adverbialMarks are the subordinating conjunctions that open adverbial
// clauses, never relative or content ones.
var adverbialMarks = map[string]bool{
	"after": true, "when": true, "as": true, "before": true, "while": true, "because": true, "since": true,
	"once": true, "until": true, "although": true, "though": true, "whereas": true, "unless": true,
}

// secondNamedSubject finds a person's name the parse gave verb v as a
// second subject after the descriptive subject k: "The head of the Office
// of the President Andriy Yermak noted" is Yermak's.
func (d *document) secondNamedSubject(v, k int) (int, bool) {
	if d.words[k].upos != "NOUN" {
		return 0, false
	}
	for _, c := range d.childrenOf(v) {
		if c <= k || c >= v || !strings.HasPrefix(d.words[c].rel, "nsubj") || d.words[c].upos != "PROPN" ||
			d.verbBetween(k, c) && !d.subordinatorBetween(k, c) {
			continue // not "The barrister who had represented Mr Martin had said"
		}
		if e := d.mentionCovering(d.words[c].Span); e >= 0 && d.ents[e].Type == chronicle.Person {
			return c, true
		}
	}
	return 0, false
}

// splitSubject finds a second subject of v right after subject k, which a
// mistagged head noun becomes ("defence [ministry] said").
func (d *document) splitSubject(v, k int) (int, bool) {
	for _, c := range d.childrenOf(v) {
		if c == k+1 && c < v && strings.HasPrefix(d.words[c].rel, "nsubj") && d.words[c].rel != "nsubj:pass" {
			return c, true
		}
	}
	return 0, false
}

// verbBetween reports whether a verb stands between words i and j.
func (d *document) verbBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.words[k].upos == "VERB" {
			return true
		}
	}
	return false
}

// hasSubject reports whether word k has a subject of its own.
func (d *document) hasSubject(k int) bool {
	for _, c := range d.childrenOf(k) {
		if strings.HasPrefix(d.words[c].rel, "nsubj") {
			return true
		}
	}
	return false
}

// hasPreposition reports whether word k has a preposition of its own
// ("In Berlin"), which a subject never has.
func (d *document) hasPreposition(k int) bool {
	for _, c := range d.childrenOf(k) {
		if base(d.words[c].rel) == "case" && d.words[c].upos == "ADP" && c < k {
			return true
		}
	}
	return false
}

// datelineEnd reports a word that ends a dateline before a hyphen used as
// a dash: an agency's closing bracket ("(AFP) -") or a place in capitals
// ("LONDON -").
func datelineEnd(w string) bool {
	return w == ")" || len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// personFirst orders people before other entities.
func personFirst(t string) int {
	if t == chronicle.Person {
		return 0
	}
	return 1
}

// titleBetween tells whether a title word stands between words a and b.
func (d *document) titleBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if titleWord(d.words[i].text) {
			return true
		}
	}
	return false
}

// dashBetween tells whether a dash stands between words a and b.
func (d *document) dashBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if w := d.words[i].text; isDash(w) || w == "-" && d.spacedWord(i) && datelineEnd(d.words[i-1].text) {
			return true
		}
	}
	return false
}

// relativeHead is the noun a relative pronoun at word w stands for: the
// head of its clause's verb in the parse, else the word before a comma
// just before it; -1 when neither is found.
func (d *document) relativeHead(w int) int {
	n := -1
	if v := d.words[w].head; v >= 0 && strings.HasPrefix(d.words[v].rel, "acl") {
		if h := d.words[v].head; h >= 0 && h < w {
			n = h
		}
	}
	if n < 0 {
		first := d.sents[d.words[w].sent].first
		j := w - 1
		if j > first && d.words[j].text == "," {
			j--
		}
		if j < first || isPunct(d.words[j].text) {
			return -1
		}
		n = j
	}
	// "David Kahn - a former Yale historian, and a leading expert on
	// code-breaking, who ...": "who" takes back the person the noun phrase
	// describes, not a noun inside it; climb from a common noun through
	// prepositional, coordinated and appositive attachments to a name
	// (from a word tagged otherwise too: "breaking" may come out a verb).
	// So does a place that ends the phrase: "A senior administrator at a
	// hospital in Kisumu, who asked not to be named,".
	for hop := 0; hop < 4 && d.words[w].lower == "who" && (d.words[n].upos != "PROPN" || d.placeAt(n)) && d.words[n].upos != "PRON"; hop++ {
		r, h := base(d.words[n].rel), d.words[n].head
		if (r != "nmod" && r != "conj" && r != "appos") || h < 0 || h > n {
			break
		}
		n = h
	}
	if d.words[w].lower == "who" && d.words[n].upos != "PROPN" && d.words[n].upos != "PRON" {
		if p := d.personBeforeAppositive(n); p >= 0 {
			n = p
		}
	}
	return n
}

// placeAt tells whether word n is in a place's mention.
func (d *document) placeAt(n int) bool {
	e := d.mentionCovering(d.words[n].Span)
	return e >= 0 && isPlace(d.ents[e].Type)
}

// personBeforeAppositive returns the last word of a person's name that a
// comma or a dash sets before the noun phrase holding word n, "Andriy Yermak, the
// head of the presidential office, who ...", when the parse did not
// attach the phrase to the name; -1 when there is none.
func (d *document) personBeforeAppositive(n int) int {
	first := d.sents[d.words[n].sent].first
	j := n
	for k := 0; k < 8 && j > first && !isPunct(d.words[j-1].text); k++ {
		j--
	}
	if sep := d.words[max(j-1, 0)].text; j-2 < first || sep != "," && sep != "-" && !isDash(sep) || !determiners[d.words[j].lower] {
		return -1 // "Andriy Yermak, the head …", "David Kahn - a former Yale historian"
	}
	if d.personCovering(d.words[j-2].Span) < 0 {
		return -1
	}
	return j - 2
}

// personBeforeDescription finds, from word n at the end of a description
// set off by commas, the last word of the person's name before its opening
// comma: "[Antonio Costa], President of the European Council"; -1 when no
// person's name comes right before it within a dozen words.
func (d *document) personBeforeDescription(n int) int {
	first := d.sents[d.words[n].sent].first
	j := n
	for k := 0; k < 12 && j > first && !isPunct(d.words[j-1].text); k++ {
		j--
	}
	if j-2 < first || d.words[j-1].text != "," || d.personCovering(d.words[j-2].Span) < 0 {
		return -1
	}
	return j - 2
}

// afterQuote tells whether the word before c, commas skipped, closes a
// quote.
func (d *document) afterQuote(c int) bool {
	first := d.sents[d.words[c].sent].first
	j := c - 1
	for j >= first && d.words[j].text == "," {
		j--
	}
	return j >= first && d.words[j].mark
}

func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// phraseOf returns the span of word k with its modifiers: its dependents
// other than appositions, relative and adverbial clauses and punctuation,
// kept contiguous with k.
func (d *document) phraseOf(k int) chronicle.Span {
	sp := d.words[k].Span
	stack := []int{k}
	for n := 0; len(stack) > 0 && n < maxScan; n++ {
		j := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, ch := range d.childrenOf(j) {
			switch base(d.words[ch].rel) {
			case "appos", "acl", "punct", "parataxis", "advcl", "cc", "dep", "list", "case":
				continue
			}
			if d.words[ch].quoted {
				continue
			}
			stack = append(stack, ch)
			sp.Start = min(sp.Start, d.words[ch].Start)
			sp.End = max(sp.End, d.words[ch].End)
		}
	}
	// A dateline ("ISTANBUL — Turkish President ...") is not part of the
	// subject, whatever the parse made of it.
	for i := d.wordAt(sp.Start); i < len(d.words) && d.words[i].Start < d.words[k].Start; i++ {
		if w := d.words[i].text; isDash(w) || w == "-" && i > 0 && d.spacedWord(i) && datelineEnd(d.words[i-1].text) {
			sp.Start = d.words[i+1].Start
		}
	}
	return sp
}

func isDash(w string) bool { return w == "—" || w == "–" || w == "--" }

// subjectBefore is the pattern fallback of subjectOf.
func (d *document) subjectBefore(c int) (chronicle.Span, int, bool) {
	sent := d.words[c].sent
	first := d.sents[sent].first
	lo := max(first, c-maxScan)
	j := c - 1
	for j >= lo {
		w := d.words[j]
		switch {
		case skipBefore[w.lower] || (strings.HasSuffix(w.lower, "ly") && !isCap(w.text) && len(w.lower) > 4):
			j--
			continue
		case isWeekday(w.lower) && j-1 >= lo && d.words[j-1].lower == "on":
			j -= 2
			continue
		}
		break
	}
	if j < lo {
		return chronicle.Span{}, -1, false
	}
	if d.words[j].text == "," {
		// An appositive or a relative clause between two commas:
		// "Andriy Yermak, the head of the office, said".
		k := j - 1
		for k >= lo && d.words[k].text != "," && !d.words[k].quoted && j-k < 30 {
			k--
		}
		if k < lo || d.words[k].text != "," || k+1 >= j {
			return chronicle.Span{}, -1, false
		}
		nw := d.words[k+1]
		// "Lai Ching-te, Taiwan's president, said": a possessor opens a
		// description too.
		possessed := k+2 < j && isClitic(d.words[k+2].lower)
		if !(determiners[nw.lower] || nw.lower == "who" || nw.lower == "which" || !isCap(nw.text) || titleWord(nw.text) || possessed) {
			if d.allNames(k+1, j) {
				// A name between commas after its office: "The Shadow
				// Secretary, Theresa May, said".
				return d.phraseLeft(j-1, k+1)
			}
			return chronicle.Span{}, -1, false
		}
		if titleWord(nw.text) && isCap(nw.text) && d.personCovering(d.words[j-1].Span) >= 0 && d.personCovering(nw.Span) >= 0 {
			// "Duterte's daughter, Vice President Sara Duterte, called":
			// a titled name between the commas is the speaker.
			return d.phraseLeft(j-1, k+1)
		}
		j = k - 1
	}
	return d.phraseLeft(j, lo)
}

// phraseLeft collects the noun phrase ending at word j, walking left no
// further than lo.
func (d *document) phraseLeft(j, lo int) (chronicle.Span, int, bool) {
	end := j
	start := -1
	sawAnd := false
	for k := j; k >= lo && end-k < 14; k-- {
		w := d.words[k]
		if w.quoted || w.mark {
			break
		}
		if _, cue := cueForms[w.lower]; cue && k != j && w.upos != "PROPN" && w.upos != "NOUN" {
			break // "said" before "Tory leader", not "State" of "State Department official"
		}
		if w.lower == "and" && k+1 < end && k-1 >= lo && d.words[k+1].upos == "NOUN" &&
			(d.words[k-1].upos == "NOUN" || d.words[k-1].upos == "ADJ") {
			// Inside a compound before the head: "the Commons science
			// and technology committee".
			continue
		}
		if w.text == "," || w.lower == "and" || w.lower == "&" {
			// Inside a list of names: France, Germany and Spain.
			if k-1 >= lo && k+1 <= end && isCap(d.words[k-1].text) && isCap(d.words[k+1].text) &&
				!leadWords[d.words[k-1].lower] && (w.text != "," || sawAnd) {
				sawAnd = true
				continue
			}
			break
		}
		if isPunct(w.text) && w.text != "." && w.text != "'s" && w.text != "’s" && w.text != "-" ||
			w.text == "-" && k > 0 && d.spacedWord(k) && datelineEnd(d.words[k-1].text) { // "(Reuters) - "
			break
		}
		if nounPrepositions[w.lower] {
			if k == j || start < 0 {
				break
			}
			continue
		}
		if w.lower == "with" && start >= 0 && k > lo && familiarWords[d.words[k-1].lower] {
			continue // "two people familiar with the matter said"
		}
		if stopBefore[w.lower] {
			break
		}
		if w.upos == "VERB" || w.upos == "AUX" || w.upos == "SCONJ" || w.upos == "ADP" && !nounPrepositions[w.lower] {
			break
		}
		start = k
	}
	if start < 0 {
		return chronicle.Span{}, -1, false
	}
	// The phrase may not begin with a preposition left over from the walk.
	for start <= end && (nounPrepositions[d.words[start].lower] || d.words[start].lower == "what") {
		start++ // nor with "what" ("what critics said")
	}
	if start > end {
		return chronicle.Span{}, -1, false
	}
	head := end
	for k := start + 1; k <= end; k++ {
		if nounPrepositions[d.words[k].lower] {
			head = k - 1
			break
		}
	}
	return chronicle.Span{Start: d.words[start].Start, End: d.words[end].End}, head, true
}

// phraseRight collects the noun phrase starting at word j ("said Dmitry
// Peskov, the Kremlin spokesman" → "Dmitry Peskov"; "according to the
// ministry").
func (d *document) phraseRight(j int) (chronicle.Span, int, bool) {
	if j >= len(d.words) {
		return chronicle.Span{}, -1, false
	}
	sent := d.words[j].sent
	end := -1
	head := -1
	for k := j; k < len(d.words) && k-j < 12; k++ {
		w := d.words[k]
		if w.sent != sent || w.quoted || w.mark {
			break
		}
		if w.lower == "and" && end >= 0 && k+1 < len(d.words) && isCap(d.words[k-1].text) && isCap(d.words[k+1].text) {
			continue
		}
		if isPunct(w.text) && w.text != "'s" && w.text != "’s" && w.text != "-" && !(w.text == "." && k > j && abbreviations[d.words[k-1].lower]) {
			break
		}
		if w.lower == "with" && end >= 0 && end == k-1 && familiarWords[d.words[end].lower] {
			continue // "people familiar with the matter"
		}
		if nounPrepositions[w.lower] && w.lower != "of" || stopBefore[w.lower] && w.lower != "of" {
			break
		}
		if _, cue := cueForms[w.lower]; cue && w.upos != "NOUN" && w.upos != "PROPN" {
			break // not "report" of "according to the report"
		}
		if w.lower == "of" {
			if end < 0 {
				break
			}
			if head < 0 {
				head = end
			}
			continue
		}
		if determiners[w.lower] && end >= 0 && end == k-1 && isCap(d.words[end].text) {
			break // "according to Rathbun the property was returned"
		}
		end = k
	}
	if end < 0 {
		return chronicle.Span{}, -1, false
	}
	if head < 0 {
		head = end
	}
	return chronicle.Span{Start: d.words[j].Start, End: d.words[end].End}, head, true
}

// familiarWords end the first half of a source's description that "with"
// continues: "people familiar with the matter", "a source close to".
var familiarWords = map[string]bool{"familiar": true, "involved": true, "acquainted": true}

// appositiveName finds a name of one to four words at word from, before
// end, closed by a comma ("the coach, Alireza Mehraban, said"), and returns
// the comma's index.
func (d *document) appositiveName(from, end int) (int, bool) {
	for j := from + 1; j < end && j-from <= 4; j++ {
		if d.words[j].text == "," {
			return j, d.allNames(from, j) && !d.words[from].quoted
		}
	}
	return 0, false
}

// allNames reports whether words [from, to) are a name: capitalised words
// and name particles only.
func (d *document) allNames(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		w := d.words[k]
		if !isCap(w.text) && !nameParticles[w.lower] && w.text != "." {
			return false
		}
	}
	return true
}

var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "bin": true, "al": true, "da": true, "la": true, "le": true, "der": true, "del": true, "di": true}

func isWeekday(s string) bool {
	switch s {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday":
		return true
	}
	return false
}

// titleWord reports words that introduce a person's office rather than a
// name (President, Minister, spokesman ...) or a courtesy title (Mr, Dr).
// A plural title is none: "Ministers", "the MPs" name a group that a later
// "they" takes back.
func titleWord(s string) bool {
	t, ok := text.TitleWord(s)
	return ok && !t.Plural || text.Honorific(s)
}

// resolve names the speaker of phrase sp with head word h, which appears in
// sentence sent: the entity whose mention covers the head; for a pronoun or
// a plural description ("the two leaders") with no mention, an antecedent
// (see antecedent); else an entity named inside the phrase ("the foreign
// ministers of France ..." → France, keeping the phrase as the name); else
// the phrase itself.
func (d *document) resolve(sp chronicle.Span, h int, last *speaker) speaker {
	s := speaker{phrase: sp, head: h, ent: -1, conf: 1}
	if h < 0 {
		return s
	}
	if n, nh, named := d.nameAfterDescription(sp, h); named {
		sp, h = n, nh // "Hamas' armed wing, the Qassam Brigades, said"
		s.phrase, s.head = sp, h
	} else if p, k := d.nameGivenAfter(sp); p >= 0 {
		// "one money changer, who gave his name only as Mehdi": the
		// name the speaker gave.
		return speaker{phrase: chronicle.Span{Start: sp.Start, End: d.words[k].End}, head: k, ent: p, name: d.ents[p].Name, conf: 0.9}
	} else if p, k := d.nameRightAfter(sp); p >= 0 {
		// "The exporter of dried fruits from Ararat province [Lilit
		// Sargsyan] said", the parse having left the name out of the
		// subject: the person named between the phrase and the cue.
		return speaker{phrase: chronicle.Span{Start: sp.Start, End: d.words[k].End}, head: k, ent: p, name: d.ents[p].Name, conf: 0.9}
	}
	hw := d.words[h]
	if m, ok := d.mentionOver(chronicle.Span{Start: sp.End - 1, End: sp.End}); ok && d.ents[m.ent].Type == chronicle.Organization &&
		m.End == sp.End && m.Start > sp.Start && strings.HasSuffix(strings.TrimSpace(d.text[sp.Start:m.Start]), ",") &&
		d.mentionCovering(hw.Span) != m.ent && !isCap(hw.text) {
		// "The U.N. peacekeeping force in southern Lebanon, UNIFIL,": the
		// body the description ends by naming speaks.
		return speaker{phrase: sp, head: h, ent: m.ent, name: d.ents[m.ent].Name, conf: 1}
	}
	if e := d.mentionCovering(hw.Span); e >= 0 {
		if t := d.ents[e].Type; t == chronicle.GeoPolitical || t == chronicle.Nationality || t == chronicle.Organization {
			// "Qatari Prime Minister Sheikh Mohammed … told", "Committee
			// chairman John Denham said": the parse may head the phrase
			// on the demonym or the body; the person named in it speaks.
			if p := d.personCovering(hw.Span); p >= 0 {
				e = p
			} else if p := d.personNamedIn(sp, true); p >= 0 {
				e = p // "IMF Managing Director Kristalina Georgieva", headed on "IMF"
			}
		}
		s.ent, s.name = e, d.ents[e].Name
		if m, _ := d.mentionOver(hw.Span); d.ents[e].Type == chronicle.Organization && !isCap(hw.text) &&
			m.Start > sp.Start && !determiners[strings.ToLower(strings.TrimSpace(d.text[sp.Start:m.Start]))] {
			// "a spokesperson for the company": the words before the
			// body's mention name the speaker, whose body it is.
			s.name = sp.In(d.text)
		}
		return s
	}
	phrase := sp.In(d.text)
	lower := strings.ToLower(phrase)
	if first, _, _ := strings.Cut(lower, " "); text.CalendarWord(first) || isWeekday(first) {
		// "Gonzalez, who has lived in exile in Spain since September
		// 2024, said": a date the parse made the subject; the person the
		// relative clause describes speaks.
		if p := d.personBeforeWho(h); p >= 0 {
			return speaker{phrase: sp, head: h, ent: p, name: d.ents[p].Name, conf: 0.75}
		}
		return noSpeaker
	}
	if (lower == "the statement" || lower == "its statement") && last != nil &&
		(last.ent >= 0 && (d.bodySpeaker(*last) || d.madeStatement(last.sent, h)) ||
			last.ent < 0 && last.name != "" && d.bodySpeaker(*last) && d.madeStatement(last.sent, h)) {
		// "In its statement, the committee said …. “…,” the statement
		// said": the statement is the body's that spoke last; so is a
		// person's whose sentence says they made it ("Manele congratulated
		// the winner in a brief statement and said …"); and an unnamed
		// body's that said it made one ("The army said in a statement
		// …. “…,” the statement said").
		s := *last
		s.phrase, s.head, s.conf = sp, h, 1
		return s
	}
	if it := d.wordAt(sp.End - 1); it >= 0 && it+1 < len(d.words) && d.words[it].lower == "it" &&
		(d.words[it+1].lower == "was" || d.words[it+1].lower == "is") {
		// "In a written statement of the Ministry of Foreign Affairs
		// released in the evening it was said: “…”": the statement's source.
		st := d.sents[d.words[it].sent]
		if e, at := d.writtenSourceAfter(st.first, d.words[it].sent); e >= 0 && at < it {
			return speaker{phrase: sp, head: at, ent: e, name: d.ents[e].Name, conf: 0.75}
		}
	}
	if (lower == "the spokesperson" || lower == "the spokesman" || lower == "the spokeswoman") && h >= 0 {
		// "A spokesperson of the European Commission … rejected the
		// accusations. “…,” the spokesperson said": the body of the
		// spokesperson the sentence before, or this one, brought in.
		if e, ph := d.spokespersonBefore(d.words[h].sent); e >= 0 {
			return speaker{phrase: ph, head: h, ent: e, name: ph.In(d.text), conf: 0.75}
		}
	}
	if writtenWords[hw.lower] || h > 0 && issuedWords[hw.lower] && writtenWords[d.words[h-1].lower] {
		// "According to a statement from the Saudi foreign ministry, …":
		// the body or person the statement came from.
		if e, k := d.sourceAfter(sp); e >= 0 {
			return speaker{phrase: sp, head: k, ent: e, name: d.ents[e].Name, conf: 0.75}
		}
		if e, k := d.sourceOfWrittenBefore(h); strings.HasPrefix(lower, "the ") && e >= 0 {
			// "… indicated a communique of the Presidency of the Republic.
			// “…,” read the communique": the source the sentence before
			// gave the same paper.
			return speaker{phrase: sp, head: k, ent: e, name: d.ents[e].Name, conf: 0.6}
		}
	}
	if (lower == "the office" || lower == "his office" || lower == "her office") && last != nil && last.ent >= 0 &&
		d.ents[last.ent].Type == chronicle.Person && last.phrase.Len() > 0 &&
		strings.HasSuffix(strings.ToLower(last.phrase.In(d.text)), "office") && h >= 0 && d.words[h].sent-last.sent <= 2 {
		// "Netanyahu's office said …. “…,” the office said": the
		// office that spoke last, and the person whose it is.
		s := *last
		s.phrase, s.head, s.conf = sp, h, 1
		return s
	}
	if lower == "who" || lower == "which" {
		// "welcomed by Beijing, which described …": a name just before
		// the comma is what the pronoun takes back.
		if h >= 2 && d.words[h-1].text == "," {
			e := d.mentionCovering(d.words[h-2].Span)
			if e >= 0 && lower == "who" && isPlace(d.ents[e].Type) {
				// "A senior administrator at a hospital in Kisumu, who
				// asked not to be named,": "who" is the person the place
				// ends the description of.
				e = -1
			}
			if e >= 0 && lower == "who" && d.ents[e].Type != chronicle.Person {
				// "Antonio Costa, President of the European Council, who
				// described …": the person the description after the name
				// ends on a body, not the body.
				if p := d.personBeforeDescription(h - 2); p >= 0 {
					e = d.personCovering(d.words[p].Span)
					return speaker{phrase: sp, head: p, ent: e, name: d.ents[e].Name, conf: 0.75}
				}
			}
			if e >= 0 && d.ents[e].Type != chronicle.Person || lower == "who" && e >= 0 {
				return speaker{phrase: sp, head: h - 2, ent: e, name: d.ents[e].Name, conf: 0.75}
			}
		}
		// "Professor Chris Woodhead, who has said ...": the relative
		// pronoun speaks for the noun its clause hangs from.
		if n := d.relativeHead(h); n >= 0 && n != h {
			return d.resolve(d.phraseOf(n), n, last)
		}
	}
	if strings.HasPrefix(lower, "whose ") {
		// "Petr Fiala, whose centre-right Spolu alliance came second,
		// warned": the one whose it is speaks, not the alliance.
		if w := d.wordAt(sp.Start); w >= 2 && d.words[w-1].text == "," {
			if e := d.mentionCovering(d.words[w-2].Span); e >= 0 && d.ents[e].Type == chronicle.Person {
				return speaker{phrase: sp, head: w - 2, ent: e, name: d.ents[e].Name, conf: 0.75}
			}
		}
		return noSpeaker
	}
	if strings.HasPrefix(lower, "who ") {
		// "Iyad Allawi, who this week criticised …", parsed past repair:
		// a phrase opening on "who" names no one.
		return noSpeaker
	}
	if num, ok := pronounNumber[lower]; ok {
		if a, ok := d.antecedent(h, num, last); ok {
			a.phrase, a.head, a.conf = sp, h, 0.8
			return a
		}
		s.name, s.conf = phrase, 0.5
		return s
	}
	if lower == "both sides" || lower == "the two sides" || lower == "both parties" || lower == "both countries" {
		// Two parties at once: no one entity speaks for both.
		s.name, s.conf = phrase, 0.5
		return s
	}
	if pluralAnaphors[hw.lower] && !hasCap(phrase[1:]) && (strings.HasPrefix(lower, "the ") || strings.HasPrefix(lower, "both ")) {
		if personNouns[hw.lower] {
			if e := d.salientPerson(hw.Start); e >= 0 {
				return speaker{phrase: sp, head: h, ent: e, name: d.ents[e].Name, conf: 0.6}
			}
		}
		if a, ok := d.antecedent(h, 2, last); ok {
			a.phrase, a.head, a.conf = sp, h, 0.7
			return a
		}
	}
	if p := d.officerNamedBefore(sp, hw); p >= 0 {
		// "the representative of the Foreign Ministry underlined" after
		// "the official representative of the Ministry of Foreign
		// Affairs … Maria Zakharova": the one the text named with that
		// office at that body, not the body.
		return speaker{phrase: sp, head: h, ent: p, name: d.ents[p].Name, conf: 0.75}
	}
	// A person named in the phrase first: "Israeli Prime Minister Benjamin
	// Netanyahu's office" speaks for Netanyahu, not for Israel.
	ms := slices.Clone(d.mentionsIn(sp))
	slices.SortStableFunc(ms, func(a, b mentionRef) int {
		return cmp.Compare(personFirst(d.ents[a.ent].Type), personFirst(d.ents[b.ent].Type))
	})
	familiar := -1 // "a person familiar with the department's plans" speaks for no department
	if k := strings.Index(lower, " familiar with "); k >= 0 {
		familiar = sp.Start + k
	}
	for _, m := range ms {
		if familiar >= 0 && m.Start > familiar {
			continue
		}
		if othersNouns[hw.lower] && d.possessor(m.Span) {
			// "his family", "Amanda's uncle": someone else, who speaks for
			// themselves. ("Mr Blair's spokesman", "his statement" still
			// speak for him.)
			continue
		}
		if t := d.ents[m.ent].Type; (t == chronicle.GeoPolitical || t == chronicle.Location) && d.possessor(m.Span) &&
			slices.ContainsFunc(ms, func(o mentionRef) bool { return o.Start > m.Start && d.ents[o.ent].Type == chronicle.Organization }) {
			// "Yemen's Houthi movement said": the body the place owns
			// speaks, not the place.
			continue
		}
		if t := d.ents[m.ent].Type; (t == chronicle.GeoPolitical || t == chronicle.Nationality) && d.demonym(m) &&
			slices.ContainsFunc(ms, func(o mentionRef) bool { return o.Start > m.End && d.ents[o.ent].Type == chronicle.Organization }) {
			// "analysts at the Mexican bank Banorte wrote": the body the
			// country's word describes speaks, not the country.
			continue
		}
		if t := d.ents[m.ent].Type; (t == chronicle.GeoPolitical || t == chronicle.Location) && isCap(hw.text) &&
			m.End <= hw.Start && d.mentionCovering(hw.Span) < 0 {
			// "the Ho Chi Minh City People's Procuracy": a body the
			// recognizer missed, headed by a name after the place.
			continue
		}
		if t := d.ents[m.ent].Type; (t == chronicle.GeoPolitical || t == chronicle.Location || t == chronicle.Nationality) &&
			indefinite(lower) && d.mentionCovering(hw.Span) != m.ent && !spokesNouns[hw.lower] {
			// "A senior U.S. administration official", "A senior
			// administrator at a hospital in Kisumu": someone unnamed,
			// whom a place describes; the place does not speak.
			continue
		}
		if m.End+1 < len(d.text) && d.text[m.End] == '-' && d.text[m.End+1] >= 'a' && d.text[m.End+1] <= 'z' && m.End < sp.End {
			// "The al Qaeda-linked group", "a Kremlin-backed party": the
			// name qualifies the head; it does not speak.
			continue
		}
		if t := d.ents[m.ent].Type; (t == chronicle.GeoPolitical || t == chronicle.Location) && d.onePerson(hw, d.ents[m.ent]) {
			// "The Queen and Duke of Edinburgh", "a British man": one
			// person the place describes, who is not the place.
			continue
		}
		// A body's name the phrase cut short still names it: "A
		// spokesperson for the Department for Housing, Communities [and
		// Local Government]".
		if m.End <= sp.End || d.ents[m.ent].Type == chronicle.Organization && m.Start > sp.Start {
			if t := d.ents[m.ent].Type; t != chronicle.Person && strings.HasPrefix(lower, "the ") && titleWord(hw.text) &&
				!spokesNouns[hw.lower] && d.mentionCovering(hw.Span) < 0 {
				// "the head of the atomic agency", "the Chairman of the
				// Russian Government", "the BNP leader": one person, whom
				// the body or country describes; it does not speak.
				if p := d.restatedPerson(sp, hw); p >= 0 {
					return speaker{phrase: sp, head: h, ent: p, name: d.ents[p].Name, conf: 0.6}
				}
				s.name = phrase
				return s
			}
			switch t := d.ents[m.ent].Type; t {
			case chronicle.Person, chronicle.Organization, chronicle.GeoPolitical, chronicle.Nationality:
				s.ent = m.ent
				s.name = phrase
				if t == chronicle.Person && !titleWord(hw.text) && !personNouns[hw.lower] {
					// "one of the Guildford Four, Gerry Conlon": the
					// phrase names him; "Mr Blair's spokesman" does not.
					s.name = d.ents[m.ent].Name
				}
				return s
			}
		}
	}
	if spokesNouns[hw.lower] && h+1 < len(d.words) && (d.words[h+1].lower == "for" || d.words[h+1].lower == "of") {
		// "A spokesman for state-owned Ethiopian Electric Power", the
		// parse having cut the phrase at "for": the body named after it.
		for k := h + 2; k < len(d.words) && k-h <= 5 && d.words[k].sent == d.words[h].sent; k++ {
			if e := d.mentionCovering(d.words[k].Span); e >= 0 && d.ents[e].Type == chronicle.Organization {
				s.ent, s.name = e, phrase
				return s
			}
		}
	}
	if restatesRole(lower, hw.lower) && last != nil && last.ent >= 0 && d.ents[last.ent].Type == chronicle.Person &&
		d.words[h].sent >= last.sent && d.words[h].sent-last.sent <= 3 && d.noOtherPersonSince(last, hw.Start) {
		// "“…,” the analyst said" after the researcher who spoke last,
		// with no one else named since: the one who spoke.
		a := *last
		a.phrase, a.head, a.conf = sp, h, 0.6
		return a
	}
	if p := d.restatedPerson(sp, hw); p >= 0 {
		return speaker{phrase: sp, head: h, ent: p, name: d.ents[p].Name, conf: 0.6}
	}
	s.name = phrase
	if len(d.ents) == 0 {
		s.name = d.fullName(sp, phrase)
	}
	return s
}

// byName tells whether mention m uses a word of its entity's name, as
// "Asif Nazrul" and "Mr Nazrul" do and "the Prime Minister" and "he" do not.
func (d *document) byName(m mentionRef) bool {
	name := strings.Fields(d.ents[m.ent].Name)
	for _, w := range strings.Fields(m.In(d.text)) {
		if len(w) > 1 && isCap(w) && slices.Contains(name, w) {
			return true
		}
	}
	return false
}

// restatedPerson finds the person a definite description of a calling,
// with head word hw, restates: the one the text has just named with that
// calling (namedWithCalling), else the one the sentence before was about
// (aboutPersonBefore); -1 if neither holds.
func (d *document) restatedPerson(sp chronicle.Span, hw word) int {
	if !strings.HasPrefix(strings.ToLower(sp.In(d.text)), "the ") || len(hw.lower) < 4 ||
		!titleWord(hw.text) && !roleNouns[hw.lower] && !officeNouns[hw.lower] {
		return -1
	}
	for _, m := range d.mentionsIn(sp) {
		if d.ents[m.ent].Type == chronicle.Person {
			return -1
		}
	}
	at := -1 // the latest mention of a person before the phrase, outside what was said
	for i := range d.mentions {
		m := d.mentions[i]
		if m.Start >= sp.Start {
			break
		}
		if d.ents[m.ent].Type == chronicle.Person && !d.spokenOf(m.Span) && d.byName(m) {
			at = i
		}
	}
	if at < 0 {
		return -1
	}
	m := d.mentions[at]
	named, here := d.words[d.wordAt(m.Start)].sent, d.words[d.wordAt(sp.Start)].sent
	for k := named + 1; k < here; k++ {
		if !d.words[d.sents[k].first].quoted {
			return -1
		}
	}
	if d.namedWithCalling(sp, hw, m, named) || (roleNouns[hw.lower] || officeNouns[hw.lower] && d.ofAfter(hw, sp)) &&
		named < here && d.aboutPersonBefore(sp, m, named) {
		return m.ent
	}
	return -1
}

// ofAfter tells whether "of" follows the head word hw inside phrase sp: an
// office of a body ("the Head of the Judiciary", "the chief of the
// diplomatic apparatus"), not a body's chief ("the Senate chief").
func (d *document) ofAfter(hw word, sp chronicle.Span) bool {
	k := d.wordAt(hw.Start) + 1
	return k < len(d.words) && d.words[k].lower == "of" && d.words[k].End <= sp.End
}

// aboutPersonBefore tells whether mention m, in sentence named (before the
// phrase sp's), opens that sentence or names its subject, and names the
// only person it names by name outside what was said: "Mentzen, whose
// voters are likely to decide the run-off, declined to endorse either
// candidate. “…,” the Confederation leader said."
func (d *document) aboutPersonBefore(sp chronicle.Span, m mentionRef, named int) bool {
	for _, o := range d.mentions {
		if o.ent != m.ent && d.ents[o.ent].Type == chronicle.Person && o.Start >= d.sents[named].Start &&
			o.Start < min(d.sents[named].End, sp.Start) && !d.spokenOf(o.Span) && d.byName(o) {
			return false // (not "asked … the minister to answer", whom it does not name)
		}
	}
	if d.wordAt(m.Start) == d.sents[named].first {
		return true // the sentence opens on the name ("Mentzen, whose voters …, declined"), whatever the parse made of it
	}
	if after := d.wordAt(m.End-1) + 1; after < d.sents[named].end && d.words[after].rel == "root" && d.words[after].upos == "VERB" {
		return true // the name stands right before the main verb ("… in Almaty Daniyar Seitkali underlined"), however the parse hung it
	}
	for k := d.wordAt(m.Start); k < len(d.words) && d.words[k].End <= m.End; k++ {
		w := k
		for steps := 0; steps < 4 && (d.words[w].rel == "flat" || d.words[w].rel == "appos" || d.words[w].rel == "compound") &&
			d.words[w].head >= 0; steps++ {
			w = d.words[w].head
		}
		if strings.HasPrefix(d.words[w].rel, "nsubj") {
			return true
		}
	}
	return false
}

// namedWithCalling tells whether the sentence named, which names the
// person of mention m, uses the head word of the description sp around
// that name, between the people named before and after them: "The Chairman
// of Tsanyawa Local Government Council, Hon. Ado Musa Danladi, described
// the day as historic. “…,” the council chairman said."
func (d *document) namedWithCalling(sp chronicle.Span, hw word, m mentionRef, named int) bool {
	from, to := d.sents[named].Start, d.sents[named].End
	for _, o := range d.mentions {
		if o.ent == m.ent || d.ents[o.ent].Type != chronicle.Person || o.Start < from || o.Start >= to {
			continue
		}
		if o.End <= m.Start {
			from = max(from, o.End)
		} else if o.Start >= m.End {
			to = min(to, o.Start)
		}
	}
	for k := d.sents[named].first; k < d.sents[named].end; k++ {
		w := d.words[k]
		if w.Start >= from && w.End <= min(to, sp.Start) && !w.quoted && strings.HasPrefix(w.lower, hw.lower) && !d.spokenOf(w.Span) {
			return true
		}
	}
	return false
}

// demonym tells whether mention m is one word that does not open the name
// of its entity, as a country's adjective is: "Mexican" for Mexico.
func (d *document) demonym(m mentionRef) bool {
	w := m.In(d.text)
	return !strings.Contains(w, " ") && isCap(w) && !strings.HasPrefix(d.ents[m.ent].Name, w)
}

// wordAfter is the first word that starts at or after the end of span sp.
func (d *document) wordAfter(sp chronicle.Span) int {
	k := d.wordAt(sp.End)
	for k < len(d.words) && d.words[k].Start < sp.End {
		k++
	}
	return k
}

// personEnd is the last word of the mention of person p that word first
// opens.
func (d *document) personEnd(first, p int) int {
	e := first
	for e+1 < len(d.words) && d.personCovering(d.words[e+1].Span) == p {
		e++
	}
	return e
}

// nameGivenAfter finds the person an unnamed speaker's relative clause
// names: "one money changer, who gave his name only as Mehdi", "One of
// residents, who presented himself as Sergei": the person named after "as"
// within ten words of "who", and the last word of their mention; or -1.
func (d *document) nameGivenAfter(sp chronicle.Span) (int, int) {
	k := d.wordAfter(sp)
	if k+3 >= len(d.words) || d.words[k].text != "," || d.words[k+1].lower != "who" {
		return -1, 0
	}
	sent := d.words[k].sent
	switch d.words[k+2].lower {
	case "gave", "presented", "identified", "introduced", "called", "named":
	default:
		return -1, 0
	}
	for j := k + 3; j+1 < len(d.words) && j-k <= 10 && d.words[j].sent == sent; j++ {
		if d.words[j].lower != "as" {
			continue
		}
		p := d.personCovering(d.words[j+1].Span)
		if p < 0 {
			return -1, 0
		}
		return p, d.personEnd(j+1, p)
	}
	return -1, 0
}

// nameRightAfter finds a person named right after phrase sp, which names
// no one, and right before a verb of saying or a colon: the person and the
// last word of their mention, or -1.
func (d *document) nameRightAfter(sp chronicle.Span) (int, int) {
	for _, m := range d.mentionsIn(sp) {
		if d.ents[m.ent].Type == chronicle.Person {
			return -1, 0
		}
	}
	first := d.wordAfter(sp)
	if first >= len(d.words) || d.words[first].Start != sp.End+1 {
		return -1, 0
	}
	p := d.personCovering(d.words[first].Span)
	if p < 0 {
		return -1, 0
	}
	last := d.personEnd(first, p)
	if last+1 >= len(d.words) || d.words[last+1].sent != d.words[first].sent {
		return -1, 0
	}
	if _, cue := d.isCue(last + 1); !cue && d.words[last+1].text != ":" {
		return -1, 0
	}
	return p, last
}

// restatesRole tells whether a speaker's phrase, lowercased, is "the" and a
// calling with at most two words that rank or age it: "the analyst", "the
// chief executive", "the top legislator", "the ousted leader".
func restatesRole(phrase, head string) bool {
	words := strings.Fields(phrase)
	if len(words) < 2 || len(words) > 4 || words[0] != "the" || words[len(words)-1] != head || !roleNouns[head] {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if !roleModifiers[w] {
			return false
		}
	}
	return true
}

// roleModifiers are the words that rank or age a calling without making it
// another: "the veteran lawmaker", "the former general".
var roleModifiers = map[string]bool{"chief": true, "top": true, "veteran": true, "ousted": true, "former": true, "old": true,
	"senior": true, "longtime": true, "outgoing": true, "embattled": true, "jailed": true, "exiled": true, "retired": true}

// roleNouns are the callings a definite description restates its speaker
// by: "the analyst", "the expert", "the spokesman".
var roleNouns = map[string]bool{"analyst": true, "expert": true, "economist": true, "scientist": true, "researcher": true,
	"professor": true, "academic": true, "scholar": true, "historian": true, "lawyer": true, "diplomat": true,
	"activist": true, "commentator": true, "observer": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"official": true, "director": true, "minister": true, "deputy": true, "lawmaker": true, "legislator": true,
	"senator": true, "envoy": true, "ambassador": true, "chairman": true, "chairwoman": true, "delegate": true,
	"governor": true, "mayor": true, "commander": true, "general": true, "executive": true, "president": true,
	"premier": true, "leader": true, "prosecutor": true, "combatant": true, "candidate": true, "adviser": true,
	"advisor": true, "consultant": true, "businessman": true, "businesswoman": true, "entrepreneur": true, "speaker": true}

// noOtherPersonSince tells whether no person but the last speaker is named
// from the sentence the last speaker spoke in up to offset at.
func (d *document) noOtherPersonSince(last *speaker, at int) bool {
	from := d.words[d.sents[last.sent].first].Start
	for _, m := range d.mentions {
		if m.Start >= at {
			break
		}
		if m.Start >= from && d.ents[m.ent].Type == chronicle.Person && m.ent != last.ent && !d.spokenOf(m.Span) {
			return false
		}
	}
	return true
}

// spokenOf tells whether span lies in what someone said, a direct quote or
// a reported clause: a person named there ("stressed that the visit of the
// special envoy is a sign …") is talked about, not a new speaker.
func (d *document) spokenOf(span chronicle.Span) bool {
	if w := d.wordAt(span.Start); w < len(d.words) && d.words[w].quoted {
		return true
	}
	return slices.ContainsFunc(d.reportedClauses, func(c chronicle.Span) bool { return c.Start <= span.Start && span.End <= c.End })
}

// officerNamedBefore finds the person a phrase "the <office> of <body>"
// restates, with hw its office word: the one whose mention before the
// phrase follows the same office word and a mention of the same body
// within the few words before the name ("the official representative of
// the Ministry of Foreign Affairs of the Russian Federation Maria
// Zakharova"); the last such person, or -1. A phrase that names a person
// itself, or no body, is left to the caller.
func (d *document) officerNamedBefore(sp chronicle.Span, hw word) int {
	if !titleWord(hw.text) && !officeNouns[hw.lower] || !strings.HasPrefix(strings.ToLower(sp.In(d.text)), "the ") {
		return -1
	}
	body := -1
	for _, m := range d.mentionsIn(sp) {
		switch d.ents[m.ent].Type {
		case chronicle.Person:
			return -1
		case chronicle.Organization:
			if m.Start > hw.Start && body < 0 {
				body = m.ent
			}
		}
	}
	if body < 0 {
		return -1
	}
	found := -1
	for _, m := range d.mentions {
		if m.Start >= sp.Start {
			break
		}
		if d.ents[m.ent].Type != chronicle.Person {
			continue
		}
		// The words before the name, in the mention (which may hold the
		// title) or before it.
		k := d.wordAt(m.End - 1)
		office, atBody := false, false
		for j := k - 1; j >= 0 && k-j <= 20 && d.words[j].sent == d.words[k].sent && !d.words[j].quoted; j-- {
			if d.words[j].text == "," || d.words[j].text == "." {
				break
			}
			office = office || d.words[j].lower == hw.lower
			if e := d.mentionCovering(d.words[j].Span); !office && e >= 0 && d.sameBody(e, body) {
				atBody = true
			}
		}
		if office && atBody {
			found = m.ent
		}
	}
	return found
}

// sameBody tells whether entities a and b are one body, or b is a's named
// short: every word of b's name is in a's ("Foreign Ministry", "Ministry of
// Foreign Affairs of the Russian Federation").
func (d *document) sameBody(a, b int) bool {
	if a == b {
		return true
	}
	if d.ents[a].Type != chronicle.Organization || d.ents[b].Type != chronicle.Organization {
		return false
	}
	words := strings.Fields(d.ents[a].Name)
	for _, w := range strings.Fields(d.ents[b].Name) {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// officeNouns name a person by their place in a body without being title
// words: "the representative of the Foreign Ministry".
var officeNouns = map[string]bool{"representative": true, "head": true, "chief": true, "member": true}

// personBeforeWho returns the person whose name a comma and "who" follow
// before word h in its sentence ("Gonzalez, who …"), perhaps with a short
// appositive between ("Yunus, the economist who …"), or -1.
func (d *document) personBeforeWho(h int) int {
	first := d.sents[d.words[h].sent].first
	for k := h - 1; k-2 >= first; k-- {
		if d.words[k].lower != "who" {
			continue
		}
		c := k - 1
		for c > first && k-c <= 6 && d.words[c].text != "," && !isCap(d.words[c].text) {
			c-- // "Yunus, the economist who has led …": back over the appositive
		}
		if c-1 < first || d.words[c].text != "," {
			return -1
		}
		if e := d.personCovering(d.words[c-1].Span); e >= 0 {
			return e
		}
		return -1
	}
	return -1
}

// isPlace tells whether an entity type is a place's.
func isPlace(t string) bool {
	return t == chronicle.GeoPolitical || t == chronicle.Location || t == chronicle.Facility
}

// spokesNouns are the heads of a body's or a country's spokespeople, who
// speak for it though the text leaves them unnamed: "a spokesman for the
// Albanian embassy".
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true}

// indefinite tells whether a phrase opens on an indefinite determiner: "a
// senior official", "one resident".
func indefinite(lower string) bool {
	first, _, _ := strings.Cut(lower, " ")
	return first == "a" || first == "an" || first == "one" || first == "another"
}

// othersNouns are people who, as someone's ("his lawyer", "her mother"),
// speak for themselves rather than for that someone.
// onePerson reports whether a speaker phrase's head word names one person
// whom the place in the phrase describes but does not stand for: a private
// person ("a British man"), or an office of a town or region ("The Queen
// and Duke of Edinburgh"). An official of a country ("Pakistan's High
// Commissioner", "Scotland's first minister"), like its spokesman, speaks
// for the country or region.
func (d *document) onePerson(hw word, place chronicle.Entity) bool {
	if text.PrivatePerson(hw.lower) {
		return true
	}
	t, ok := text.TitleWord(hw.lower)
	return ok && !t.Generic && !t.Plural && t.Sector != "" && !strings.HasPrefix(place.KB, "country:") &&
		!strings.HasPrefix(place.KB, "region:")
}

var othersNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`family families wife husband widow widower partner fiancee fiance mother father
		parents son sons daughter daughters child children brother brothers sister sisters uncle aunt nephew niece
		cousin grandson granddaughter grandmother grandfather relative relatives lawyer lawyers solicitor solicitors
		barrister barristers attorney attorneys friend friends colleague colleagues neighbour neighbours neighbor
		neighbors doctor doctors biographer rival rivals opponent opponents critic critics successor predecessor
		teacher coach victim victims`) {
		othersNouns[w] = true
	}
}

// pluralHead tells whether word h is a plural common noun ("parties",
// "ministers").
func (d *document) pluralHead(h int) bool {
	if h < 0 || h >= len(d.words) {
		return false
	}
	w := d.words[h]
	return w.upos == "NOUN" && strings.HasSuffix(w.lower, "s") && !strings.HasSuffix(w.lower, "ss") || pluralAnaphors[w.lower]
}

// possessor tells whether a mention is a possessive pronoun ("his") or is
// followed by a possessive ending ("Mr Blair's").
func (d *document) possessor(m chronicle.Span) bool {
	switch strings.ToLower(m.In(d.text)) {
	case "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	if k := d.wordAt(m.End); k < len(d.words) && d.words[k].Start == m.End {
		return isClitic(d.words[k].text) || strings.HasPrefix(d.words[k].text, "'s") || strings.HasPrefix(d.words[k].text, "’s")
	}
	return false
}

func hasCap(s string) bool {
	for _, w := range strings.Fields(s) {
		if isCap(w) {
			return true
		}
	}
	return false
}

// antecedent finds who a pronoun at word i refers to. The rule is a simple
// subject preference: the speaker of the last attributed quote when it lies
// in the same or one of the two previous sentences; otherwise, looking back
// sentence by sentence (the pronoun's own sentence first, up to the
// pronoun), the first mention of a compatible entity — a PERSON for a
// singular pronoun, an organisation or country first for "they" and "it" —
// of the nearest sentence that has one. Without entities the first run of
// capitalised words of that sentence stands in for a person mention.
// newerSubject tells whether a person other than last is the subject of a
// sentence after last's and before word i: "Charles Kennedy welcomed the
// result. … he said" is Kennedy, though Howard spoke last. Only singular
// pronouns look.
func (d *document) newerSubject(last *speaker, i, num int) bool {
	if num == 2 && d.words[i].sent-1 > last.sent && d.pluralSubject(d.words[i].sent-1) >= 0 {
		return true // "Sepa predict …. Experts studying the seas … have forecast …. They predicted"
	}
	if num != 1 || len(d.ents) == 0 {
		return false
	}
	from := d.sents[min(last.sent+1, len(d.sents)-1)].Start
	if last.sent+1 > d.words[i].sent {
		return false
	}
	for _, m := range d.mentionsIn(chronicle.Span{Start: from, End: d.words[i].Start}) {
		if m.ent == last.ent || d.ents[m.ent].Type != chronicle.Person {
			continue
		}
		for k := d.wordAt(m.Start); k < len(d.words) && d.words[k].Start < m.End; k++ {
			if base(d.words[k].rel) == "nsubj" {
				return true
			}
		}
	}
	return false
}

// salientPerson is the person mentioned most often before offset at, the
// latest mentioned on a tie, or -1: "the two leaders" in a news story are
// its protagonists, of whom the most mentioned stands for both.
func (d *document) salientPerson(at int) int {
	count := map[int]int{}
	latest := map[int]int{}
	for _, m := range d.mentions {
		if m.Start >= at {
			break
		}
		if d.ents[m.ent].Type == chronicle.Person {
			count[m.ent]++
			latest[m.ent] = m.Start
		}
	}
	best := -1
	for e, n := range count {
		if best < 0 || n > count[best] || n == count[best] && latest[e] > latest[best] {
			best = e
		}
	}
	return best
}

func (d *document) antecedent(i, num int, last *speaker) (speaker, bool) {
	sent := d.words[i].sent
	if last != nil && last.found() && sent-last.sent <= 2 && sent >= last.sent && num != 3 &&
		!d.newerSubject(last, i, num) {
		a := *last
		// A singular pronoun cannot take back an institution, but it can
		// take back a person speaking for one ("A Labour Party spokesman
		// … he said").
		personForOrg := a.head >= 0 && a.head < len(d.words) && titleWord(d.words[a.head].text)
		switch {
		case num == 1 && a.ent >= 0 && a.ent < len(d.ents) && d.ents[a.ent].Type != chronicle.Person && !personForOrg:
		case num == 1 && a.ent < 0 && d.pluralHead(a.head):
			// "opposition parties said …. She said": not them.
		default:
			return a, true
		}
	}
	if num == 3 && last != nil && last.found() && sent-last.sent <= 1 && sent >= last.sent && d.bodySpeaker(*last) {
		// "The Russian defence ministry said …. It also said …": "it"
		// takes back the body that spoke last.
		return *last, true
	}
	for s := sent; s >= 0 && sent-s <= 3; s-- {
		sp := d.sents[s].Span
		if s == sent {
			sp.End = d.words[i].Start
		}
		if num == 1 && len(d.mentionsIn(sp)) == 0 {
			if k, ok := d.unnamedOpening(s); ok {
				// "In Heraklion, a local fisherman … described the scene.
				// “…,” he said": the fisherman, whom the text does not name.
				ph := d.phraseOf(k)
				return speaker{phrase: ph, head: k, ent: -1, name: ph.In(d.text), conf: 0.6, sent: s}, true
			}
		}
		if num == 2 && s == sent-1 {
			// "Experts studying the seas … have forecast more storms. They
			// predicted …": the plural subject of the sentence before.
			if k := d.pluralSubject(s); k >= 0 {
				return speaker{phrase: d.phraseOf(k), head: k, ent: -1, name: d.phraseOf(k).In(d.text), conf: 0.6, sent: s}, true
			}
		}
		if len(d.ents) > 0 {
			best := -1
			for _, m := range d.mentionsIn(sp) {
				if w := d.wordAt(m.Start); w >= 0 && d.words[w].quoted {
					continue // "“We call on all Peruvians …,” it said": a name inside the quote is not who speaks
				}
				t := d.ents[m.ent].Type
				if num == 1 && t == chronicle.Person {
					best = m.ent
					break
				}
				if num != 1 && (t == chronicle.Organization || t == chronicle.GeoPolitical || num == 3 && t == chronicle.Facility) {
					// ("The Emergency Operations Center said …. “…,” it said": a building's name standing for its staff.)
					best = m.ent
					break
				}
				if num == 2 && t == chronicle.Person && best < 0 {
					best = m.ent
				}
			}
			if best >= 0 {
				return speaker{ent: best, name: d.ents[best].Name, head: -1, conf: 0.8, sent: s}, true
			}
			if num == 1 {
				// "A Labour Party spokesman told the BBC …. "…," he said":
				// a person the text only describes, as the subject of an
				// earlier cue.
				if sp, ok := d.describedSpeaker(s, d.words[i].Start); ok {
					return sp, true
				}
			}
			continue
		}
		if name := d.firstName(s, d.words[i].Start); name != "" {
			k := d.wordAt(d.sents[s].Start)
			for k < len(d.words) && d.words[k].text != name && !strings.HasSuffix(name, " "+d.words[k].text) {
				k++
				if k-d.sents[s].first > maxScan {
					break
				}
			}
			if k < len(d.words) && d.words[k].text == name {
				name = d.fullName(d.words[k].Span, name)
			}
			return speaker{ent: -1, name: name, head: -1, conf: 0.6, sent: s}, true
		}
	}
	return noSpeaker, false
}

// unnamedOpening returns the head of the description of one private person
// that sentence s opens on (text.PrivatePersonOpening), or false.
func (d *document) unnamedOpening(s int) (int, bool) {
	st := d.sents[s]
	j := text.PrivatePersonOpening(st.end-st.first, func(i int) string { return d.words[st.first+i].text },
		func(i int) bool { return d.words[st.first+i].upos == "ADP" })
	return st.first + j, j >= 0
}

// pluralSubject returns the subject of sentence s's main verb when it is a
// plural common noun no mention covers ("Experts studying the seas"), or -1.
func (d *document) pluralSubject(s int) int {
	st := d.sents[s]
	if !st.parsed {
		return -1
	}
	for k := st.first; k < st.end; k++ {
		if d.words[k].rel != "root" {
			continue
		}
		for _, c := range d.childrenOf(k) {
			w := d.words[c]
			if w.rel == "nsubj" && w.upos == "NOUN" && strings.HasSuffix(w.lower, "s") && !w.quoted && d.mentionCovering(w.Span) < 0 {
				return c
			}
		}
	}
	return -1
}

// writtenWords head phrases naming what someone wrote or issued: "a
// statement from the ministry".
var writtenWords = map[string]bool{"statement": true, "communique": true, "release": true, "letter": true,
	"post": true, "report": true, "message": true, "note": true, "information": true, "reply": true, "response": true, "readout": true,
	"announcement": true, "notice": true, "document": true, "decision": true, "ruling": true, "resolution": true,
	"declaration": true, "communiqué": true, "publication": true}

// issuedWords stand between a statement and its source: "a statement
// issued by the ministry".
var issuedWords = map[string]bool{"issued": true, "released": true, "published": true, "sent": true, "signed": true}

// sourceOfWrittenBefore finds, in the sentence of word h or the one
// before, the same written word as h's ("communique") followed by "of",
// "from" or "by" and its source: the source's entity and first word, or -1.
func (d *document) sourceOfWrittenBefore(h int) (int, int) {
	if h < 0 {
		return -1, -1
	}
	sent := d.words[h].sent
	for j := h - 1; j >= 0 && d.words[j].sent >= sent-1; j-- {
		if d.words[j].lower != d.words[h].lower || j+2 >= len(d.words) {
			continue
		}
		if w := d.words[j+1].lower; w == "of" || w == "from" || w == "by" {
			return d.sourceNamedAfter(j + 1)
		}
	}
	return -1, -1
}

// sourceAfter is the entity named right after phrase sp by "from" or "by"
// ("a statement from the Saudi foreign ministry", "a letter by Merz"), and
// the word its mention starts on; -1 when none is.
func (d *document) sourceAfter(sp chronicle.Span) (int, int) {
	k := d.wordAt(sp.End)
	for k < len(d.words) && d.words[k].Start < sp.End {
		k++
	}
	if k+2 < len(d.words) && d.words[k].text == "," && issuedWords[d.words[k+1].lower] {
		k++ // "the note, signed by the lawyer Rodrigo Azevedo Mendes"
	}
	if k+1 < len(d.words) && issuedWords[d.words[k].lower] {
		k++ // "a statement issued by the Ministry of Foreign Affairs"
	}
	if k+1 >= len(d.words) || d.words[k].lower != "from" && d.words[k].lower != "by" {
		return -1, -1
	}
	return d.sourceNamedAfter(k)
}

// sourceNamedAfter reads the body, person or place named after the "from",
// "by" or "of" at word k, past "the" and a common noun or two ("by the
// lawyer Rodrigo Azevedo Mendes"), and the word its mention starts on; -1
// when none is.
func (d *document) sourceNamedAfter(k int) (int, int) {
	k++
	if k+1 < len(d.words) && d.words[k].lower == "the" {
		k++
	}
	for j := 0; j < 2 && k+1 < len(d.words) && startsLower(d.words[k].text) && d.mentionCovering(d.words[k].Span) < 0; j++ {
		k++
	}
	if k >= len(d.words) {
		return -1, -1
	}
	e := d.mentionCovering(d.words[k].Span)
	if e < 0 || d.ents[e].Type != chronicle.Organization && d.ents[e].Type != chronicle.Person && !isPlace(d.ents[e].Type) {
		return -1, -1
	}
	if isPlace(d.ents[e].Type) {
		// "a statement from China's Ministry of Commerce": the body the
		// place's possessive leads to.
		j := k
		for j < len(d.words) && d.mentionCovering(d.words[j].Span) == e {
			j++
		}
		if j+1 < len(d.words) && (d.words[j].text == "'s" || d.words[j].text == "’s") {
			if o := d.mentionCovering(d.words[j+1].Span); o >= 0 && d.ents[o].Type == chronicle.Organization {
				return o, j + 1
			}
		}
	}
	return e, k
}

// spokespersonBefore finds "a spokesperson for the company", "A spokesperson
// of the European Commission" opening sentence sent or one of the three
// before it in its paragraph: the body's entity and the phrase up to its
// mention's end; -1 when none is.
func (d *document) spokespersonBefore(sent int) (int, chronicle.Span) {
	for s := sent; s >= 0 && s >= sent-3 && d.sents[s].para == d.sents[sent].para; s-- {
		st := d.sents[s]
		k := st.first
		if k+3 >= st.end || d.words[k].lower != "a" && d.words[k].lower != "an" || !spokesNouns[d.words[k+1].lower] ||
			d.words[k+2].lower != "for" && d.words[k+2].lower != "of" {
			continue
		}
		if e, at := d.sourceNamedAfter(k + 2); e >= 0 && d.ents[e].Type == chronicle.Organization {
			end := at
			for end < st.end && d.mentionCovering(d.words[end].Span) == e {
				end++
			}
			return e, chronicle.Span{Start: d.words[k].Start, End: d.words[end-1].End}
		}
	}
	return -1, chronicle.Span{}
}

// bodyNouns head descriptions of institutions that speak: "the defence
// ministry", "the army", "the company".
var bodyNouns = map[string]bool{
	"ministry": true, "army": true, "government": true, "agency": true, "company": true, "group": true,
	"council": true, "office": true, "police": true, "court": true, "committee": true, "party": true,
	"department": true, "military": true, "service": true, "commission": true, "union": true, "firm": true,
	"bank": true, "organisation": true, "organization": true, "board": true, "embassy": true,
	"administration": true, "cabinet": true, "parliament": true, "movement": true, "alliance": true,
	"regulator": true, "watchdog": true, "statement": true, "report": true, "network": true, "channel": true,
}

// madeStatement tells whether sentence s, the last speaker's, says a
// statement was made, and lies in the paragraph of word h.
func (d *document) madeStatement(s, h int) bool {
	if s < 0 || s >= len(d.sents) || h < 0 || h >= len(d.words) || d.sents[s].para != d.sents[d.words[h].sent].para {
		return false
	}
	st := d.sents[s]
	for k := st.first; k < st.end; k++ {
		if d.words[k].lower == "statement" && !d.words[k].quoted {
			return true
		}
	}
	return false
}

// bodySpeaker tells whether a speaker is an institution, which "it" can
// take back: an organisation or country entity, or a description headed
// by a body noun.
func (d *document) bodySpeaker(a speaker) bool {
	if a.head >= 0 && a.head < len(d.words) && bodyNouns[d.words[a.head].lower] {
		return true // "Netanyahu's office said …. It said": the office, which speaks for him
	}
	if a.ent >= 0 && a.ent < len(d.ents) {
		t := d.ents[a.ent].Type
		return t == chronicle.Organization || t == chronicle.GeoPolitical
	}
	return a.head >= 0 && a.head < len(d.words) && bodyNouns[d.words[a.head].lower]
}

// describedSpeaker finds, in sentence s before offset limit, the last cue
// whose subject is a description of one person by title ("a Labour Party
// spokesman", "the minister"), and resolves it.
func (d *document) describedSpeaker(s, limit int) (speaker, bool) {
	st := d.sents[s]
	for k := st.end - 1; k >= st.first; k-- {
		if d.words[k].Start >= limit {
			continue
		}
		if _, ok := d.isCue(k); !ok {
			continue
		}
		ph, h, ok := d.subjectOf(k)
		if !ok || h < 0 || !titleWord(d.words[h].text) {
			continue
		}
		sp := d.resolve(ph, h, nil)
		sp.conf, sp.sent = 0.6, s
		return sp, true
	}
	return noSpeaker, false
}

// leadWords are capitalised words that open sentences without naming anyone.
var leadWords = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "in": true, "on": true, "at": true,
	"meanwhile": true, "however": true, "earlier": true, "later": true, "this": true, "that": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "after": true,
	"before": true, "when": true, "while": true, "as": true, "if": true, "for": true, "with": true,
	"by": true, "from": true, "both": true, "since": true, "his": true, "her": true, "their": true,
	"there": true, "last": true, "next": true, "on.": true, "mr": true, "mrs": true, "ms": true,
}

// firstName returns the first run of capitalised words in sentence s before
// offset limit, skipping sentence openers and office titles; "" when none.
func (d *document) firstName(s, limit int) string {
	st := d.sents[s]
	for k := st.first; k < st.end && k-st.first < maxScan; k++ {
		w := d.words[k]
		if w.Start >= limit {
			break
		}
		if w.quoted || !isCap(w.text) || leadWords[w.lower] || titleWord(w.text) {
			continue
		}
		e := k
		for e+1 < st.end && isCap(d.words[e+1].text) && !d.words[e+1].quoted {
			e++
		}
		return d.text[w.Start:d.words[e].End]
	}
	return ""
}

// fullName expands a surname to the fuller name used earlier in the text
// when no entities are given ("Yermak" → "Andriy Yermak"): the last two
// capitalised words of an earlier run of capitalised words ending in the same
// word, unless the first of them is an office title.
func (d *document) fullName(sp chronicle.Span, phrase string) string {
	if strings.ContainsRune(phrase, ' ') || !isCap(phrase) {
		return phrase
	}
	i := d.wordAt(sp.Start)
	for k := i - 1; k > 0 && i-k < 5000; k-- {
		w := d.words[k]
		if w.text != phrase || w.quoted {
			continue
		}
		p := d.words[k-1]
		if p.sent == w.sent && isCap(p.text) && !titleWord(p.text) && !leadWords[p.lower] && !p.quoted && isPunct(p.text) == false {
			return d.text[p.Start:w.End]
		}
	}
	return phrase
}
