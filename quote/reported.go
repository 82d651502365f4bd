package quote

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// maxClause bounds the words walked for one reported clause.
const maxClause = 400

// hearers are objects of tell-type verbs that stand between the verb and
// the clause (told reporters the plan ...).
var hearers = map[string]bool{
	"reporters": true, "journalists": true, "him": true, "her": true, "them": true, "me": true,
	"us": true, "you": true, "parliament": true, "mps": true, "lawmakers": true, "congress": true,
	"supporters": true, "delegates": true, "officials": true, "counterparts": true, "members": true,
}

// clauseStarters cannot open a reported clause: after them the cue heads a
// phrase, not a clause (told reporters in the Oval Office ...).
var clauseStarters = map[string]bool{
	"in": true, "on": true, "at": true, "about": true, "for": true, "with": true, "to": true,
	"by": true, "of": true, "from": true, "after": true, "during": true, "as": true, "before": true,
	"and": true, "but": true, "or": true, "into": true, "over": true, "against": true,
}

// reported finds reported speech: "X said (that) CLAUSE", "X told Y
// CLAUSE", "X denied that CLAUSE", "according to X, CLAUSE", "CLAUSE,
// according to X" and "CLAUSE, X said". The clause comes from the parse (the
// ccomp of the speech verb) when there is one, else from the words after the
// cue to the end of the sentence. A clause made mostly of a direct quote is
// left to the direct quote.
func (d *document) reported() []chronicle.Quote {
	var out []chronicle.Quote
	d.lastReported = nil
	if q, ok := d.headlineColon(); ok {
		out = append(out, q)
	}
	for si, st := range d.sents {
		for k := st.first; k < st.end; k++ {
			w := d.words[k]
			if w.quoted {
				continue
			}
			if d.according(k) {
				if q, ok := d.accordingTo(si, k); ok {
					out = append(out, q)
				}
				continue
			}
			v, ok := d.isCue(k)
			if !ok || !v.reports {
				continue
			}
			if q, ok := d.reportedAt(si, k, v); ok {
				out = append(out, q)
			}
		}
	}
	return out
}

// reportedAt builds the reported quote of the cue verb at k, if any.
func (d *document) reportedAt(si, k int, v cueVerb) (chronicle.Quote, bool) {
	st := d.sents[si]
	cue, next := d.cueSpan(k)
	ph, h, ok := d.subjectOf(k)
	if ok && h >= 0 && d.words[h].quoted {
		// The parse took a word of a direct quote for the subject: the
		// cue attributes that quote and reports nothing of its own.
		return chronicle.Quote{}, false
	}
	if !ok && k-1 > st.first && d.words[k-1].text == "," && next < st.end {
		// "CLAUSE, says X": the speaker follows the cue.
		ph, h, ok = d.phraseRight(next)
	}
	if ok {
		// A cue that attributes a direct quote just before it (“…,” X said)
		// reports no clause of its own.
		pw := d.wordAt(ph.Start) - 1
		for pw >= st.first && d.words[pw].text == "," {
			pw--
		}
		if pw >= st.first && d.words[pw].mark {
			return chronicle.Quote{}, false
		}
		// Nor does an inverted one right after a quote: “…,” said
		// Balkees Jarrah, associate director at Human Rights Watch.
		if pk := k - 1; ph.Start > cue.Start {
			for pk >= st.first && d.words[pk].text == "," {
				pk--
			}
			if pk >= st.first && d.words[pk].mark && d.quoteOpensSentence(pk, st.first) {
				return chronicle.Quote{}, false
			}
		}
		// Nor does one after a quote and the speaker's other phrase:
		// “…,” his lawyer, Paulo Bueno, said.
		if pw >= st.first && d.words[pw+1].text == "," && d.markBefore(pw, st.first, 6) {
			return chronicle.Quote{}, false
		}
	}
	if ok && strings.EqualFold(ph.In(d.text), "it") && k > st.first && beForms[d.words[k-1].lower] {
		// "…, it has been announced": an impersonal passive names no one.
		return chronicle.Quote{}, false
	}
	if v.lemma == "add" && st.parsed && d.addsSomething(k) {
		// "the plan would add billions to the budget": adding a thing
		// is no report.
		return chronicle.Quote{}, false
	}
	if d.negated(k) || next < st.end && whWords[d.words[next].lower] {
		// "did not say that ..." reports nothing said; "did not say who
		// would chair" asks a question the text leaves open.
		return chronicle.Quote{}, false
	}
	var clause chronicle.Span
	if st.parsed {
		for _, c := range d.childrenOf(k) {
			if d.words[c].rel == "ccomp" && d.hasVerb(d.subtree(c, k)) && (c > k || d.setOff(d.subtree(c, k))) {
				clause = d.subtree(c, k)
				break
			}
		}
		if clause.Len() == 0 {
			clause = d.objectThenModal(k)
		}
		if clause.Len() > 0 {
			// "said the U.S. and the EU had been briefed": a verb of
			// saying takes no object, so an object (or a second subject)
			// the parse put between it and its clause is the clause's
			// subject; so is a verbless "clause" before it ("told
			// journalists that a personal meeting … was possible").
			for _, c := range d.childrenOf(k) {
				r := d.words[c].rel
				if (r != "obj" && r != "nsubj" || v.object) && r != "ccomp" || c <= k || d.words[c].End > clause.Start {
					continue
				}
				if lo := d.leftmost(c, k); lo > k {
					that := d.words[lo].lower == "that"
					if that {
						lo++
					}
					if r == "ccomp" && v.object && !that && d.words[lo-1].lower != "that" {
						continue // "told the Today programme it was …": the hearer
					}
					clause.Start = d.words[lo].Start
				}
			}
		}
	}
	if clause.Len() > 0 && !v.object && st.parsed {
		// "said on Tuesday that grain exports through its ports would
		// resume", with "exports" tagged a verb: the clause starts right
		// after the complementiser, whatever the parse hung there.
		if j := d.skipAdjuncts(next, st.end); j+1 < st.end && d.words[j].lower == "that" && d.words[j+1].Start < clause.Start &&
			d.words[j+1].upos != "SCONJ" && !d.punctIn(j+1, d.wordAt(clause.Start)) {
			clause.Start = d.words[j+1].Start // not "that while …," nor "that, as …,"
		}
	}
	if clause.Len() > 0 && v.object && st.parsed {
		// "told BBC Radio 4's Today programme he hoped …": a named
		// hearer the parse ran into the clause stays out of it.
		if he := d.hearerEnd(next, st.end); he > next && d.wordAt(clause.Start) < he && he < d.wordAt(clause.End-1) {
			if d.words[he].lower == "that" {
				he++
			}
			clause.Start = d.words[he].Start
		}
	}
	if clause.Len() > 0 && ok && ph.Start < cue.Start && d.commaAt(d.skipAdjuncts(next, st.end)) && d.wordAt(clause.Start) >= next {
		// "CLAUSE, X said on Wednesday, a day after Y warned that …": a
		// clause the parse hung on the cue beyond a comma is an adjunct's;
		// the report is the clause before the speaker.
		if pw := d.wordAt(ph.Start) - 1; pw > st.first && d.words[pw].text == "," {
			if front := d.frontClause(st.first, pw); front.Len() > 0 && d.hasVerb(front) {
				clause = front
			}
		}
	}
	// "CLAUSE, the Treasury has announced.": a cue that ends the sentence
	// after its subject and a comma reports what went before, whatever the
	// parse made of it.
	endsSentence := ok && (d.onlyPunct(next, st.end) || d.onlyPunct(d.skipAdjuncts(next, st.end), st.end)) &&
		d.wordAt(ph.Start)-1 > st.first && d.words[d.wordAt(ph.Start)-1].text == "," // "…, Anadolu reported on Tuesday."
	if st.parsed && clause.Len() == 0 && v.lemma != "say" && v.lemma != "tell" && v.lemma != "add" && !endsSentence &&
		!(next < st.end && d.words[next].lower == "that") {
		// The parse found no clause: "announced the plan" reports none.
		return chronicle.Quote{}, false
	}
	if clause.Len() == 0 && ok && ph.Start > cue.Start {
		// Inverted: "CLAUSE, says Tory leader Michael Howard." The clause
		// is before the cue, never the speaker after it.
		pw := k - 1
		if pw > st.first && d.words[pw].text == "," {
			clause = d.frontClause(st.first, pw)
		}
		if clause.Len() == 0 {
			return chronicle.Quote{}, false
		}
	}
	if clause.Len() == 0 {
		// Pattern: the clause after the cue, or before it (CLAUSE, X said).
		j := next
		if j < st.end && d.words[j].text == "," {
			if !ok {
				return chronicle.Quote{}, false
			}
		}
		if st.parsed && !v.object {
			// "said in a statement carried by the state news agency KCNA
			// that Pyongyang had …": the complementiser the parse marks
			// opens the clause, past the cue's adjuncts.
			for t := j; t < st.end && t-j < 14; t++ {
				w := d.words[t]
				if w.text == "," || w.quoted || w.mark {
					break
				}
				if w.lower == "that" && w.rel == "mark" && t > j {
					j = t
					break
				}
			}
		}
		if v.object {
			found := false
			for t := j; t < st.end && t-j < 10; t++ {
				if d.words[t].lower == "that" {
					j, found = t, true
					break
				}
				if isPunct(d.words[t].text) || d.words[t].quoted {
					break
				}
			}
			if !found && st.parsed {
				// "told his South Korean counterpart Cho Hyun in a phone
				// call that Japan was …": the parse knows where the clause
				// starts, however long the hearer's phrase.
				for _, c := range d.childrenOf(k) {
					if lo := d.leftmost(c, k); d.words[c].rel == "ccomp" && lo > j && d.words[lo].lower == "that" {
						j, found = lo, true
						break
					}
				}
				// Nor does it need the clause hung on the cue: a
				// complementiser "that" the parse marks, before any
				// punctuation, opens it ("… in a phone call that Japan
				// was …", with the clause made the call's).
				for t := j; !found && t < st.end && t-j < 16; t++ {
					w := d.words[t]
					if isPunct(w.text) || w.quoted || w.mark {
						break
					}
					if w.lower == "that" && w.rel == "mark" && t > j {
						j, found = t, true
					}
				}
			}
			if !found && ok && ph.Start < cue.Start {
				// "CLAUSE, a State Department official told AFP,
				// speaking on …": a named hearer, then a comma or the
				// end; the report is the clause before the speaker.
				e := j
				for e < st.end && e-j < 6 && (d.words[e].upos == "PROPN" || isClitic(d.words[e].lower)) {
					e++
				}
				if e == j && d.onlyHearerPhrase(j, st.end) {
					e = st.end - 1 // "…, the commission's chairman told a news conference."
				}
				if pw := d.wordAt(ph.Start) - 1; e > j && (e >= st.end-1 || d.words[e].text == ",") && pw > st.first && d.words[pw].text == "," {
					// Not "…, the chancellor said CLAUSE, he told activists":
					// the front is a report of its own.
					if front := d.frontClause(st.first, pw); front.Len() > 0 && d.hasVerb(front) && !d.reportsSpeech(front) {
						return d.indirect(front, cue, ph, h, confSentence)
					}
				}
			}
			if !found && j < st.end {
				switch he := d.hearerEnd(j, st.end); {
				case hearers[d.words[j].lower]:
					j++
				case he > j:
					j = he // "told BBC News US policy …"
				case determiners[d.words[j].lower] && j+1 < st.end:
					j += 2
				}
			}
		}
		j = d.skipAdjuncts(j, st.end)
		if j < st.end && d.words[j].lower == "that" {
			j++
		}
		if j < st.end && !d.words[j].quoted && !clauseStarters[d.words[j].lower] && !isPunct(d.words[j].text) && ok {
			clause = d.clauseTo(j, st.end)
		} else if j >= st.end-1 && ok || j+1 < st.end && d.words[j].text == "," && !d.words[j+1].quoted && !d.words[j+1].mark && ok && ph.Start < cue.Start ||
			ok && ph.Start < cue.Start && d.onlyAdjunct(j, st.end) {
			// "CLAUSE, X said at a press conference following talks with …"
			// "CLAUSE, X said." or "CLAUSE, X said on Wednesday, a day after …"
			pw := d.wordAt(ph.Start) - 1
			if pw > st.first && d.words[pw].text == "," {
				clause = d.frontClause(st.first, pw)
			}
		}
	}
	if clause.Len() == 0 || !ok || clause.Start == ph.Start {
		// Nor is the speaker's own phrase what was said ("Balkees
		// Jarrah, associate director at Human Rights Watch, said so").
		return chronicle.Quote{}, false
	}
	if end, ok := d.quoteGoingOn(clause, st.end); ok && d.wordAt(clause.Start) > k {
		// "said the city faced “the toughest position …”": a quote that
		// goes on the clause the parse cut before it, to the sentence's
		// end, belongs to it.
		clause = d.clauseTo(d.wordAt(clause.Start), end)
		if clause.Len() == 0 {
			return chronicle.Quote{}, false // mostly the direct quote's
		}
	}
	if e := d.wordAt(clause.End-1) + 1; e > 0 && d.marksIn(clause)%2 == 1 {
		// 'stepping down "with a heavy heart"', 'was "in its final
		// days."': the quote's closing mark too, after its full stop.
		if e+1 < st.end && !d.words[e].mark && isPunct(d.words[e].text) && d.words[e+1].mark {
			e++
		}
		if e < st.end && !d.words[e].mark {
			// 'would "only harm those who impose them."': the parse cut the
			// clause inside a quote that runs to the sentence's end.
			c := e
			for c < st.end && !d.words[c].mark {
				c++
			}
			if c < st.end && d.onlyPunct(c+1, st.end) {
				e = c
			}
		}
		if e < st.end && d.words[e].mark {
			clause.End = d.words[e].End
		}
	}
	if d.words[k].lower == "telling" && d.toInfinitive(d.wordAt(clause.Start), d.wordAt(clause.End-1)+1) {
		// "orders telling staff to delete e-mails": an order, not a
		// report.
		return chronicle.Quote{}, false
	}
	return d.indirect(clause, cue, ph, h, confSentence)
}

// marksIn counts the quote marks in sp.
func (d *document) marksIn(sp chronicle.Span) int {
	n := 0
	for k := d.wordAt(sp.Start); k >= 0 && k < len(d.words) && d.words[k].Start < sp.End; k++ {
		if d.words[k].mark {
			n++
		}
	}
	return n
}

// quoteGoingOn tells whether a quote opens right after clause, on no verb
// ("faced “the toughest …”", not "change “is taking spin …”", the predicate
// of a larger clause), and closes at the end of the sentence, whose last
// word it returns plus one.
func (d *document) quoteGoingOn(clause chronicle.Span, end int) (int, bool) {
	e := d.wordAt(clause.End-1) + 1
	if e <= 0 || e+1 >= end || !d.words[e].mark || d.words[e-1].mark || isPunct(d.words[e-1].text) {
		return 0, false
	}
	if u := d.words[e+1].upos; u == "VERB" || u == "AUX" {
		return 0, false
	}
	c := e + 1
	for c < end && !d.words[c].mark {
		c++
	}
	if c >= end || !d.onlyPunct(c+1, end) {
		return 0, false
	}
	return c + 1, true
}

// quoteOpensSentence tells whether the quote that closes at mark c opened
// at the start of the sentence, so that the whole clause before the cue is
// quoted ("School sport 'is back', says PM" quotes only part of its clause).
func (d *document) quoteOpensSentence(c, first int) bool {
	o := c - 1
	for o > first && !d.words[o].mark {
		o--
	}
	return o == first
}

// markBefore tells whether a quote that ends on a comma closes just before
// the noun phrase ending at word j, at most n words back: “…,” his lawyer.
func (d *document) markBefore(j, first, n int) bool {
	for k := j; k >= first && j-k <= n; k-- {
		w := d.words[k]
		switch {
		case w.mark:
			// The quote ends on a comma, inside its marks or after them.
			return k > 0 && d.words[k-1].text == "," || k+1 < len(d.words) && d.words[k+1].text == ","
		case w.text == ",":
			continue
		case w.quoted || w.upos == "VERB" || w.upos == "AUX" || isPunct(w.text) && !isClitic(w.lower):
			return false
		}
	}
	return false
}

// setOff tells whether a clause before its cue ends on a comma, dash or
// quote mark, as "CLAUSE, X said" does; "Reform UK leader Nigel Farage
// said", which the parse may read as a clause, does not.
func (d *document) setOff(sp chronicle.Span) bool {
	k := d.wordAt(sp.End - 1)
	if k < 0 || k+1 >= len(d.words) {
		return false
	}
	for _, w := range []string{d.words[k].text, d.words[k+1].text} {
		if w == "," || w == ":" || isDash(w) || w == "-" {
			return true
		}
	}
	return d.words[k].mark || d.words[k+1].mark
}

// hasVerb tells whether a span holds a verb or auxiliary: a reported clause
// does, a noun phrase the parse mislabelled does not.
func (d *document) hasVerb(sp chronicle.Span) bool {
	for k := d.wordAt(sp.Start); k >= 0 && k < len(d.words) && d.words[k].Start < sp.End; k++ {
		if u := d.words[k].upos; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// skipAdjuncts steps over words between a cue and its clause: "on
// Wednesday", "today", "last week", "again".
func (d *document) skipAdjuncts(j, end int) int {
	for j < end {
		w := d.words[j]
		switch {
		case j+1 < end && isClitic(d.words[j+1].lower):
			return j // "said Thursday's report ...": the day opens the clause
		case w.lower == "on" && j+1 < end && isWeekday(d.words[j+1].lower):
			j += 2
		case isWeekday(w.lower) || w.lower == "again" || w.lower == "also":
			j++
		case w.lower == "last" && j+1 < end && (d.words[j+1].lower == "week" || d.words[j+1].lower == "month" || d.words[j+1].lower == "year" || d.words[j+1].lower == "night"):
			j += 2
		default:
			return j
		}
	}
	return j
}

// onlyAdjunct tells whether words [j, end) are a prepositional phrase with
// no clause of its own: "at a press conference following talks with …".
func (d *document) onlyAdjunct(j, end int) bool {
	if j >= end || d.words[j].upos != "ADP" || d.words[j].lower == "that" {
		return false
	}
	for k := j; k < end; k++ {
		if w := d.words[k]; w.quoted || w.mark || w.lower == "that" {
			return false
		}
	}
	return !d.finiteVerb(j, end)
}

// digitBetween tells whether a word in [a, b) opens on a digit, as a
// dateline's date does.
func (d *document) digitBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if w := d.words[k].text; w != "" && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

// frontClause spans the clause [j, end) that a speaker and cue follow, less
// a dateline that opens it ("TEHRAN, Nov. 12 (Reuters) - ").
func (d *document) frontClause(j, end int) chronicle.Span {
	return d.clauseTo(d.afterDateline(j, end), d.beforeDescription(j, end))
}

// beforeDescription returns where a fronted clause [j, end) ends when a
// description of the speaker closes it: in "…, the regional governor, Roman
// Busargin, said", the clause stops at the comma before "the regional
// governor". It returns end when there is no such description.
func (d *document) beforeDescription(j, end int) int {
	last := end - 1 // the description's last word, before the speaker's comma
	if last <= j || !titleWord(d.words[last].text) {
		return end
	}
	for t := last - 1; t > j && last-t <= 6; t-- {
		w := d.words[t]
		if w.text == "," {
			if t+1 < last && determiners[d.words[t+1].lower] {
				return t
			}
			return end
		}
		if isPunct(w.text) || w.quoted {
			return end
		}
	}
	return end
}

// afterDateline returns the first word after a dateline that opens words
// [j, end): a dash within the first dozen words, before which every word is
// capitalised, a number, an agency in brackets or punctuation. It returns j
// when there is none.
func (d *document) afterDateline(j, end int) int {
	for t := j; t < end && t-j < 12; t++ {
		w := d.words[t].text
		switch {
		case w == "-" && d.spacedWord(t) || isDash(w):
			if t > j && t+1 < end {
				return t + 1
			}
			return j
		case w == ")" && t-2 > j && d.words[t-2].text == "(" && isCap(d.words[t-1].text) && t+1 < end &&
			!isDash(d.words[t+1].text) && d.words[t+1].text != "-" && d.words[j].sent <= 3 && d.digitBetween(j, t-2):
			return t + 1 // "New Delhi, Nov 5 (PTI) Leader of …": a date, then the wire, and no dash
		case isPunct(w) || isCap(w) || w[0] >= '0' && w[0] <= '9':
		default:
			return j
		}
	}
	return j
}

// spacedWord reports whether word t has white space on both sides: a dash
// set off as one ("LONDON - "), not a hyphen ("Smoke-free").
func (d *document) spacedWord(t int) bool {
	w := d.words[t]
	return w.Start > 0 && w.End < len(d.text) && isSpace(d.text[w.Start-1]) && isSpace(d.text[w.End])
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// commaAt reports whether word j is a comma.
func (d *document) commaAt(j int) bool {
	return j < len(d.words) && d.words[j].text == ","
}

// trailingPunct tells whether word k is punctuation a clause drops at its
// end: not a quote mark, nor the "%" of "Turnout was 56%".
func (d *document) trailingPunct(k int) bool {
	w := d.words[k]
	return isPunct(w.text) && !w.mark && w.text != "%"
}

// clauseTo spans words [j, end) without the final punctuation; empty when
// it has fewer than three words or is mostly inside quote marks.
func (d *document) clauseTo(j, end int) chronicle.Span {
	for end > j && d.trailingPunct(end-1) {
		end--
	}
	if end-j < 3 {
		return chronicle.Span{}
	}
	quoted, all, lead := 0, 0, 0 // lead: unquoted words before the first quoted one
	for t := j; t < end && t-j < maxClause; t++ {
		if w := d.words[t]; !isPunct(w.text) {
			all++
			if w.quoted {
				quoted++
			} else if quoted == 0 {
				lead++
			}
		}
	}
	// A clause mostly made of a direct quote is that quote's, unless it
	// opens with words of its own, its subject and more: "new sanctions
	// would “only harm those who impose them.”"
	if quoted*10 > all*6 && lead < 3 {
		return chronicle.Span{}
	}
	return chronicle.Span{Start: d.words[j].Start, End: d.words[end-1].End}
}

// subtree spans the dependents of c, skipping the complementiser that opens
// it; v is the speech verb, which bounds the walk.
func (d *document) subtree(c, v int) chronicle.Span {
	lo, hi := c, c
	stack := []int{c}
	for n := 0; len(stack) > 0 && n < maxClause; n++ {
		j := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, ch := range d.childrenOf(j) {
			if ch == v {
				continue
			}
			if j == c && d.words[ch].rel == "mark" && ch < c {
				continue
			}
			if j != c && base(d.words[ch].rel) == "acl" && d.adverbialClause(ch) {
				continue // "expelled a vessel, as Manila accused …": no relative clause
			}
			lo, hi = min(lo, ch), max(hi, ch)
			stack = append(stack, ch)
		}
	}
	if c > v && lo <= v {
		// "a boat that Washington said was carrying drugs": the relative
		// pronoun the parse made the clause's subject stands before the
		// speaker; the clause is what follows the verb.
		lo = v + 1
	}
	for hi > lo && d.trailingPunct(hi) {
		hi--
	}
	if hi-lo+1 < 3 {
		return chronicle.Span{}
	}
	sp := d.clauseTo(lo, hi+1)
	return sp
}

// leftmost is the first word of c's subtree, the speech verb v not
// entered.
func (d *document) leftmost(c, v int) int {
	lo := c
	stack := []int{c}
	for n := 0; len(stack) > 0 && n < maxClause; n++ {
		j := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, ch := range d.childrenOf(j) {
			if ch != v {
				lo = min(lo, ch)
				stack = append(stack, ch)
			}
		}
	}
	return lo
}

// accordingTo handles "according to X, CLAUSE" and "CLAUSE, according to X".
func (d *document) accordingTo(si, k int) (chronicle.Quote, bool) {
	st := d.sents[si]
	ph, h, ok := d.phraseRight(k + 2)
	if !ok {
		return chronicle.Quote{}, false
	}
	if a := d.agentOf(h); a >= 0 {
		// "according to results released by the Election Commission":
		// the body that put them out.
		ph, h = d.phraseOf(a), a
	}
	cue := chronicle.Span{Start: d.words[k].Start, End: d.words[k+1].End}
	after := d.wordAt(ph.End)
	var clause chronicle.Span
	switch {
	case k > st.first && d.words[k-1].text == ",":
		clause = d.frontClause(st.first, k-1)
	case after < st.end && d.words[after].text == ",":
		from := after + 1
		if j, ok := d.appositiveName(from, st.end); ok && !isCap(d.words[h].text) {
			// "according to the team's coach, Alireza Mehraban, CLAUSE":
			// the name says who the description is.
			ph = chronicle.Span{Start: d.words[from].Start, End: d.words[j-1].End}
			h, from = j-1, j+1
		} else if w := d.words[from].lower; w == "who" || w == "which" {
			// "according to a senior official, who spoke on condition of
			// anonymity, CLAUSE": the relative clause describes the source.
			for t := from + 1; t < st.end; t++ {
				if d.words[t].text == "," {
					from = t + 1
					break
				}
			}
		}
		clause = d.clauseTo(from, st.end)
	case k == st.first && after < st.end && d.finiteVerb(after, st.end):
		// "According to the ministry over 300 pilgrims have been
		// killed": the comma is often left out.
		clause = d.clauseTo(after, st.end)
	}
	if clause.Len() == 0 || d.reportsSpeech(clause) {
		return chronicle.Quote{}, false
	}
	return d.indirect(clause, cue, ph, h, confAdjacent)
}

// objectThenModal finds the clause of "warned the plan would add …" when
// the parse made "the plan" the cue's object and the verb after the modal a
// second verb of the cue's: the object and that verb's words.
func (d *document) objectThenModal(k int) chronicle.Span {
	for _, c := range d.childrenOf(k) {
		if d.words[c].rel != "obj" || c < k {
			continue
		}
		m := c + 1
		if m >= len(d.words) || d.words[m].sent != d.words[k].sent || d.words[m].rel != "aux" || !modals[d.words[m].lower] {
			continue
		}
		x := d.words[m].head
		if x <= m || d.words[x].head != k || base(d.words[x].rel) != "conj" {
			continue
		}
		sp := d.subtree(x, k)
		if sp.Len() == 0 {
			continue
		}
		return chronicle.Span{Start: d.words[d.leftmost(c, k)].Start, End: sp.End}
	}
	return chronicle.Span{}
}

// addsSomething tells whether the verb "add" at word k adds a thing, not
// a remark: with a modal ("would add billions"), an amount ("added 1.28p
// per litre"), or an object and what it is added to ("adding the words
// … to the name"). "He added the guidance would help" reports.
func (d *document) addsSomething(k int) bool {
	obj, to := false, false
	for _, c := range d.childrenOf(k) {
		w := d.words[c]
		switch {
		case w.rel == "aux" && modals[w.lower]:
			return true
		case w.rel == "obj" && c > k && !w.quoted && !w.mark:
			obj = true
			if w.upos == "NUM" || amountWords[w.lower] || d.hasChild(c, "nummod") {
				return true
			}
		case w.rel == "obl" && c > k && d.hasCase(c, "to"):
			to = true
		}
	}
	return obj && to
}

// amountWords head amounts: "added billions".
var amountWords = map[string]bool{"billions": true, "millions": true, "thousands": true, "hundreds": true,
	"billion": true, "million": true, "percent": true, "%": true}

// hasChild tells whether word k has a dependent with relation rel.
func (d *document) hasChild(k int, rel string) bool {
	for _, c := range d.childrenOf(k) {
		if d.words[c].rel == rel {
			return true
		}
	}
	return false
}

// hasCase tells whether word k has the case marker word ("to").
func (d *document) hasCase(k int, word string) bool {
	for _, c := range d.childrenOf(k) {
		if d.words[c].rel == "case" && d.words[c].lower == word {
			return true
		}
	}
	return false
}

// modals are the auxiliaries of a verb that says what may or will be: "the
// plan would add …".
var modals = map[string]bool{"would": true, "will": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "'ll": true, "'d": true}

// headlineColon reports the headline "Lavrov: Moscow is ready for
// dialogue …", in which a name and a colon open a line of its own: what the
// named person or body said.
func (d *document) headlineColon() (chronicle.Quote, bool) {
	if len(d.sents) < 2 {
		return chronicle.Quote{}, false
	}
	st := d.sents[0]
	if st.end <= st.first {
		return chronicle.Quote{}, false
	}
	last := d.words[st.end-1]
	if last.text == "." || !strings.HasPrefix(d.text[last.End:], "\n") {
		return chronicle.Quote{}, false // a sentence, not a headline
	}
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start >= d.words[st.first].Start })
	if i == len(d.mentions) || d.mentions[i].Start != d.words[st.first].Start {
		return chronicle.Quote{}, false
	}
	m := d.mentions[i]
	if t := d.ents[m.ent].Type; t != chronicle.Person && t != chronicle.Organization {
		return chronicle.Quote{}, false
	}
	c := d.wordAt(m.End-1) + 1
	if c >= st.end || d.words[c].text != ":" || st.end-c < 4 {
		return chronicle.Quote{}, false
	}
	clause := d.clauseTo(c+1, st.end)
	if clause.Len() == 0 || !d.hasVerb(clause) {
		return chronicle.Quote{}, false // not "Frank Messina: An Interview with …"
	}
	return d.indirect(clause, d.words[c].Span, m.Span, c-1, confAdjacent)
}

// agentOf returns the agent of a participle that describes a common noun,
// given the noun or the participle at word h ("figures published by the
// ONS": ONS), or -1.
func (d *document) agentOf(h int) int {
	if r := base(d.words[h].rel); (r == "obl" || r == "nmod") && d.words[h].head >= 0 && d.words[h].head < h &&
		d.words[d.words[h].head].rel == "acl" {
		h = d.words[h].head // "results announced Wednesday by …": from the day to the participle
	}
	participles := d.childrenOf(h)
	if d.words[h].rel == "acl" && d.words[h].head >= 0 && d.words[h].head < h {
		participles = []int{h}
		h = d.words[h].head
	}
	if d.words[h].upos != "NOUN" {
		return -1
	}
	for _, v := range participles {
		if w := d.words[v]; w.rel != "acl" || w.upos != "VERB" || !strings.HasSuffix(w.lower, "ed") && !strings.HasSuffix(w.lower, "en") {
			continue
		}
		for _, a := range d.childrenOf(v) {
			if a > v && (d.words[a].rel == "obl:agent" || d.words[a].rel == "obl" && d.hasCase(a, "by")) {
				return a
			}
		}
	}
	return -1
}

// reportsSpeech tells whether the main verb of clause is itself a cue
// ("According to the Herald, Professor Burrows said …"): the speech is the
// inner speaker's, reported by that cue.
func (d *document) reportsSpeech(clause chronicle.Span) bool {
	for k := d.wordAt(clause.Start); k >= 0 && k < len(d.words) && d.words[k].Start < clause.End; k++ {
		if d.words[k].rel == "root" {
			if v, ok := d.isCue(k); ok && v.reports {
				return true
			}
		}
	}
	return false
}

// onlyHearerPhrase tells whether words [j, end) are a short noun phrase
// and the sentence's final punctuation, as "told a news conference." or
// "told state television." end a sentence.
func (d *document) onlyHearerPhrase(j, end int) bool {
	if end-j > 5 || end-j < 2 || !isPunct(d.words[end-1].text) {
		return false
	}
	for k := j; k < end-1; k++ {
		switch w := d.words[k]; {
		case w.quoted || w.mark:
			return false
		case w.upos == "VERB" || w.upos == "AUX" || w.lower == "that":
			return false
		}
	}
	return d.words[end-2].upos == "NOUN" || d.words[end-2].upos == "PROPN"
}

// punctIn tells whether a word of punctuation lies in [from, to).
func (d *document) punctIn(from, to int) bool {
	for k := from; k < to; k++ {
		if isPunct(d.words[k].text) {
			return true
		}
	}
	return false
}

// onlyPunct tells whether words [from, to) are punctuation only.
func (d *document) onlyPunct(from, to int) bool {
	for k := from; k < to; k++ {
		if !isPunct(d.words[k].text) {
			return false
		}
	}
	return true
}

// mediaNouns end a named hearer's phrase: "BBC Radio 4's Today programme".
var mediaNouns = map[string]bool{"programme": true, "program": true, "show": true, "newspaper": true,
	"radio": true, "television": true, "channel": true, "station": true, "website": true, "podcast": true}

// hearerEnd returns the word after a named hearer that starts at word j (a
// mention of a body or person, then perhaps "'s" and words up to a media
// noun), or j when no mention starts there.
func (d *document) hearerEnd(j, end int) int {
	if j >= end {
		return j
	}
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start >= d.words[j].Start })
	if i == len(d.mentions) || d.mentions[i].Start != d.words[j].Start || !isCap(d.words[j].text) {
		return j // no name here; not a pronoun either ("told he would be sent")
	}
	k := j
	for k < end && d.words[k].Start < d.mentions[i].End {
		k++
	}
	if k < end && isClitic(d.words[k].lower) {
		// "BBC Radio 4's Today programme", "BBC Radio 4's World At One"
		for k++; k < end && (isCap(d.words[k].text) || mediaNouns[d.words[k].lower]) && !d.words[k].quoted; k++ {
		}
		return k
	}
	if k < end && d.words[k].upos == "NOUN" {
		return j // "Labour activists": the name only modifies the hearer
	}
	return k
}

// toInfinitive tells whether words [from, to) hold "to" and a verb before
// any finite verb: "staff to delete e-mails", not "staff it would close".
func (d *document) toInfinitive(from, to int) bool {
	for k := from; k+1 < to && k-from < 6; k++ {
		w := d.words[k]
		if w.upos == "AUX" || w.upos == "VERB" {
			return false
		}
		if w.lower == "to" && (d.words[k+1].upos == "VERB" || d.words[k+1].upos == "AUX") {
			return true
		}
	}
	return false
}

// finiteVerb tells whether words [from, to) open with a clause: a verb
// with a subject before it in the parse (without a parse, a verb or
// auxiliary), and no comma before the verb.
func (d *document) finiteVerb(from, to int) bool {
	for k := from; k < to; k++ {
		w := d.words[k]
		if w.text == "," {
			return false
		}
		if w.upos != "VERB" && w.upos != "AUX" {
			continue
		}
		if !d.sents[w.sent].parsed {
			return true
		}
		for _, c := range d.childrenOf(k) {
			if c >= from && c < k && base(d.words[c].rel) == "nsubj" {
				return true
			}
		}
	}
	return false
}

// indirect builds a reported-speech quote.
func (d *document) indirect(clause, cue, ph chronicle.Span, h int, conf float64) (chronicle.Quote, bool) {
	if w := d.wordAt(clause.Start); w+2 < len(d.words) && d.words[w].upos == "ADV" && d.words[w+1].lower == "that" &&
		d.words[w+2].Start < clause.End && clause.Start >= cue.End {
		// "said earlier that the West was …", parsed with the clause
		// under the adverb: the report starts after "that".
		clause.Start = d.words[w+2].Start
	}
	if w := d.wordAt(clause.Start); w+1 < len(d.words) && d.words[w].lower == "that" && d.words[w+1].Start < clause.End &&
		d.words[w].rel != "det" && d.words[w+1].upos != "VERB" && d.words[w+1].upos != "AUX" {
		// "told reporters that Slovakia had secured …", where the parse
		// took "that" for a pronoun of the clause: the report starts after
		// it.
		clause.Start = d.words[w+1].Start
	}
	if end := d.wordAt(ph.Start) - 1; ph.Start > clause.Start && ph.Start < clause.End && ph.End <= cue.Start &&
		end > 0 && d.words[end].text == "," && d.wordAt(cue.Start)-d.wordAt(ph.End-1) <= 3 {
		// The parse hung the speaker, set off by a comma right before
		// the cue, in the clause ("CLAUSE, the regional governor, Roman
		// Busargin, said"): the clause ends before the speaker and any
		// description of them.
		clause = d.frontClause(d.wordAt(clause.Start), end)
		if clause.Len() == 0 {
			return chronicle.Quote{}, false
		}
	}
	if w := d.wordAt(clause.Start); w >= 0 && w == d.sents[d.words[w].sent].first {
		// A clause that opens its sentence leaves out a dateline
		// ("KYIV, Ukraine — Russia launched …").
		if j := d.afterDateline(w, d.wordAt(clause.End-1)+1); j > w {
			clause.Start = d.words[j].Start
		}
	}
	if k := d.wordAt(ph.Start); k >= 0 && k == d.sents[d.words[k].sent].first {
		if a := d.afterDateline(k, d.wordAt(ph.End-1)+1); a > k && a < len(d.words) {
			ph.Start = d.words[a].Start // the speaker's phrase without the dateline the parse hung on it
		}
	}
	s := d.resolve(ph, h, d.lastReported)
	s.sent = d.words[d.wordAt(cue.Start)].sent
	if s.found() {
		// A pronoun in the next report ("..., he said") can take this
		// speaker back, as a pronoun after a direct quote does.
		last := s
		d.lastReported = &last
		r := s
		r.cue = cue
		d.reporters = append(d.reporters, r)
		d.reportedClauses = append(d.reportedClauses, clause)
	}
	cs := cue
	q := chronicle.Quote{
		Span:        clause,
		Text:        clause.In(d.text),
		Speaker:     d.entityID(s),
		SpeakerName: s.name,
		Cue:         cue.In(d.text),
		CueSpan:     &cs,
	}
	q.Confidence = float64(int(conf*s.conf*100+0.5)) / 100
	return q, true
}

// whWords open an embedded question, not reported content.
var whWords = map[string]bool{"who": true, "whom": true, "what": true, "whether": true, "how": true,
	"why": true, "where": true, "which": true}

// negated tells whether the cue verb at k is negated: "did not say",
// "never said", "didn't tell".
func (d *document) negated(k int) bool {
	first := d.sents[d.words[k].sent].first
	for j := k - 1; j >= first && k-j <= 3; j-- {
		switch d.words[j].lower {
		case "not", "n't", "n’t", "never":
			return true
		}
	}
	return false
}

// isClitic tells a possessive or contracted ending split from its word.
func isClitic(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }
