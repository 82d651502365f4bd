// Package quote finds who said what in a news article: direct quotes between
// quote marks and reported speech ("X said that ..."), each with its speaker
// and the cue that attributes it.
//
// Direct quotes are found by pairing quote marks paragraph by paragraph:
// straight and curly double quotes, « », „ “, and top-level single quotes;
// single quotes inside double quotes are part of the quote. Apostrophes
// (Kiev’s, ’90s, rock ’n’ roll, don't) are never taken for quote marks. A
// quote may run over sentences, and over paragraphs in the newsroom style
// (the opening mark repeated at each new paragraph, no closing mark until the
// end); it is then reported as one quote per paragraph with one speaker. An
// opening mark that is never closed closes at its paragraph's end with a
// warning, so it cannot swallow the rest of the article.
//
// Speakers are found through speech cues (said, told, added, according to,
// said in a statement ...) in every order: X said “…”, “…,” X said, “…,”
// said X, X told Y: “…”, according to X, and a speaker followed by a colon.
// The dependency parse is used when the tokens carry one (the nsubj of the
// cue verb, the ccomp for reported speech), and word patterns otherwise. A
// speaker phrase is resolved to an entity when one of the entity's mentions
// covers its head word; pronouns left unresolved take an antecedent by a
// simple subject-preference rule (see antecedent). A quote without a cue that
// follows a quote in the same or the previous paragraph continues that
// speaker's turn, with lower confidence; a short quoted term without a cue
// is a scare quote.
//
// Extract runs in time linear in the text: every walk from a quote or a cue
// is bounded.
package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// Confidence levels of an attribution.
const (
	confAdjacent     = 0.9  // the cue stands right next to the quote
	confSentence     = 0.75 // the cue is elsewhere in the quote's sentence
	confColon        = 0.8  // Speaker: “…”
	confContinuation = 0.5  // the same speaker's turn goes on
	confNone         = 0.3  // no speaker found
	confScare        = 0.4  // a scare quote
	unmatchedFactor  = 0.7  // the quote's closing mark was missing
)

// scareWords is the most words a quoted term without a cue may have to be
// taken for a scare quote rather than an unattributed quote.
const scareWords = 4

// Extract finds the quotes of a document. text is the document text; sents
// its sentences with annotated tokens (tokens and parse may be missing: the
// text is then split and matched by patterns); ents the document's entities
// with their mentions (may be empty). Quotes come in text order; warnings
// report quote marks that could not be matched.
func Extract(text string, sents []chronicle.Sentence, ents []chronicle.Entity) ([]chronicle.Quote, []chronicle.Warning) {
	// Invalid UTF-8 is scanned byte by byte (each bad byte a RuneError of
	// size 1), so offsets stay those of the text as given.
	d := newDocument(text, sents, ents)
	pieces, warns := scanMarks(text, d.paras)
	d.markQuoted(pieces)

	quotes := make([]chronicle.Quote, 0, len(pieces))
	// Reported speech first: a direct quote with no cue can go on from the
	// report before it.
	reported := d.reported()
	var last *speaker
	for i := 0; i < len(pieces); {
		j := i + 1
		for j < len(pieces) && pieces[j].run == pieces[i].run {
			j++
		}
		run := pieces[i:j]
		// One speaker for every paragraph of a running quote: the first
		// paragraph that has a cue names it.
		sp := noSpeaker
		how := 0
		// A pronoun cue ("they call for “…”") takes back the latest
		// speaker, of a direct quote or of reported speech.
		prior := d.latestSpeaker(last, run[0].open)
		for _, pc := range run {
			if sp, how = d.attributeDirect(pc, prior); how != howNone {
				break
			}
		}
		if how == howNone {
			sp, how = d.expressedBy(run[0])
		}
		if how == howNone {
			sp, how = d.insideReport(run[0])
		}
		if how == howNone {
			sp, how = d.introducedBefore(run[0])
		}
		if how == howNone {
			sp, how = d.afterColon(run[0])
		}
		if how == howNone {
			sp, how = d.inFrontedParticiple(run[0])
		}
		if how == howNone {
			sp, how = d.afterReport(run[0])
		}
		if how == howNone {
			sp, how = d.continuation(run[0], last)
		}
		if how == howNone {
			sp, how = d.insidePronounReport(run[0])
		}
		for _, pc := range run {
			q := d.directQuote(pc, sp, how)
			quotes = append(quotes, q)
		}
		if sp.found() && how != howScare {
			s := sp
			s.sent = d.words[min(d.wordAt(run[len(run)-1].close), len(d.words)-1)].sent
			last = &s
		}
		i = j
	}
	quotes = append(quotes, reported...)
	sort.SliceStable(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
	restateSpokesmen(quotes)
	return quotes, warns
}

// restateSpokesmen gives "the spokesman" of a quote the body of the last
// spokesman before it whom the text tied to one: after "A spokesman for the
// Home Office said …", "…," said the spokesman is the Home Office's. The
// quotes are in text order.
func restateSpokesmen(quotes []chronicle.Quote) {
	lastBody, lastAt := "", -1
	for i := range quotes {
		q := &quotes[i]
		name := strings.ToLower(q.SpeakerName)
		if !strings.Contains(name, "spokes") {
			continue
		}
		if q.Speaker != "" {
			lastBody, lastAt = q.Speaker, q.Start
			continue
		}
		if lastBody == "" || q.Start-lastAt > maxSpokesmanGap || !bareSpokesman(name) {
			continue
		}
		q.Speaker = lastBody
		q.Confidence = min(q.Confidence, 0.6)
	}
}

// maxSpokesmanGap is how far, in bytes, "the spokesman" may come after the
// spokesman it restates: a few paragraphs.
const maxSpokesmanGap = 2000

// bareSpokesman tells whether a lower-cased speaker phrase is "the
// spokesman" with at most one plain word before the noun ("the official
// spokeswoman") and nothing after it.
func bareSpokesman(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 || f[0] != "the" {
		return false
	}
	switch f[len(f)-1] {
	case "spokesman", "spokeswoman", "spokesperson":
		return len(f) == 2 || f[1] == "official" || f[1] == "same"
	}
	return false
}

// actorEndsAt tells whether word i ends the mention of a person or a body.
func (d *document) actorEndsAt(i int) bool {
	e := d.mentionCovering(d.words[i].Span)
	if e < 0 || d.ents[e].Type != chronicle.Person && d.ents[e].Type != chronicle.Organization {
		return false
	}
	m, ok := d.mentionOver(d.words[i].Span)
	return ok && m.End == d.words[i].End
}

// namingWords give a name in the quote marks after them.
var namingWords = map[string]bool{"named": true, "called": true, "dubbed": true, "nicknamed": true,
	"titled": true, "entitled": true, "labelled": true, "labeled": true, "branded": true}

// termNouns before "of" introduce a term the writer quotes as a name
// for an idea, not as anyone's words: "the principle of “reciprocity”",
// "under the slogan of the “freedom of navigation”".
var termNouns = map[string]bool{"principle": true, "slogan": true, "spirit": true, "concept": true, "notion": true,
	"doctrine": true, "motto": true, "formula": true}

// termNamed tells whether the quote opening at word open names a term:
// after "so-called" and up to two words more ("the so-called Pakistani
// “nuclear umbrella”"), or after a term noun and "of" (and "the").
func (d *document) termNamed(open int) bool {
	sent := d.words[open].sent
	for k := open - 1; k >= 0 && open-k <= 3 && d.words[k].sent == sent && !d.words[k].quoted; k-- {
		w := d.words[k].lower
		if w == "so-called" || w == "called" && k >= 2 && d.words[k-1].text == "-" && d.words[k-2].lower == "so" {
			return true
		}
		if w == "," || w == ";" || w == ":" {
			break
		}
	}
	k := open - 1
	if k >= 0 && d.words[k].lower == "the" {
		k--
	}
	return k >= 1 && d.words[k].lower == "of" && termNouns[d.words[k-1].lower] && d.words[k-1].sent == sent
}

// subjectPronouns before a naming verb make it a speech act: "it called".
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// How a direct quote was attributed.
const (
	howNone = iota
	howCue
	howColon
	howContinuation
	howScare
)

// markQuoted flags the words inside quotes and the quote marks.
func (d *document) markQuoted(pieces []piece) {
	for _, pc := range pieces {
		end := pc.close + 1
		for k := d.wordAt(pc.open); k < len(d.words) && d.words[k].Start < end; k++ {
			w := &d.words[k]
			w.quoted = true
			if w.End <= pc.inner.Start || w.Start >= pc.inner.End {
				w.mark = true
			}
		}
	}
}

// directQuote builds the Quote of one piece.
func (d *document) directQuote(pc piece, sp speaker, how int) chronicle.Quote {
	in := trimQuotePunct(d.text, pc.inner)
	q := chronicle.Quote{Span: in, Text: in.In(d.text), Direct: true}
	switch how {
	case howScare:
		q.Scare = true
		q.Confidence = confScare
	case howNone:
		q.Confidence = confNone
	default:
		q.Speaker, q.SpeakerName = d.entityID(sp), sp.name
		q.Confidence = sp.conf
		if sp.cue.Len() > 0 {
			cs := sp.cue
			q.CueSpan = &cs
			q.Cue = cs.In(d.text)
		}
	}
	if !pc.closed {
		q.Confidence *= unmatchedFactor
	}
	q.Confidence = float64(int(q.Confidence*100+0.5)) / 100
	return q
}

func (d *document) entityID(sp speaker) string {
	if sp.ent >= 0 && sp.ent < len(d.ents) {
		return d.ents[sp.ent].ID
	}
	return ""
}

// trimQuotePunct drops the punctuation that belongs to the surrounding
// sentence: a trailing comma always; a trailing period, colon or semicolon
// of a fragment that starts in lower case (a “long and very productive”
// conversation; was “not practical.”), where it ends the reporting
// sentence rather than the quote.
func trimQuotePunct(text string, sp chronicle.Span) chronicle.Span {
	r, _ := utf8.DecodeRuneInString(text[sp.Start:sp.End])
	fragment := unicode.IsLower(r)
	for sp.End > sp.Start {
		c := text[sp.End-1]
		if c == ',' || fragment && (c == '.' || c == ';' || c == ':') {
			sp.End--
			continue
		}
		break
	}
	return trimSpan(text, sp.Start, sp.End)
}

// attributeDirect looks for the cue of one quote piece in its sentence:
// after the quote first when the quote ends with a comma, question or
// exclamation mark (“…,” X said), before it otherwise (X said “…”), and
// a speaker followed by a colon.
func (d *document) attributeDirect(pc piece, last *speaker) (speaker, int) {
	open := d.wordAt(pc.open)
	closeW := d.wordAt(pc.close)
	if open >= len(d.words) {
		return noSpeaker, howNone
	}
	if closeW >= len(d.words) {
		closeW = len(d.words) - 1
	}
	if p := open - 1; p >= 0 && namingWords[d.words[p].lower] && !d.words[p].quoted && d.words[p].sent == d.words[open].sent &&
		!(p > 0 && (subjectPronouns[d.words[p-1].lower] || d.actorEndsAt(p-1))) {
		// "a robot named “Better Idea of Afghan Girls”": a name, not
		// words someone said. ("inspections it called “one-sided”" and
		// "what Housing Minister Isabel Rodríguez called “the great
		// loophole”" are the caller's words.)
		return noSpeaker, howScare
	}
	if d.termNamed(open) {
		return noSpeaker, howScare
	}
	if quotedName(strings.TrimSpace(pc.inner.In(d.text))) && !d.labelGivenBy(open) {
		// "the “Crossroads of Peace” project", "“Energoatom”": a name in
		// quotation marks, not words someone said.
		return noSpeaker, howScare
	}
	if sp, ok := d.inWords(open); ok {
		return sp, howCue
	}
	if sp, ok := d.inTheWordsOf(open, last); ok {
		return sp, howCue
	}
	if sp, ok := d.accordingToWritten(open); ok {
		return sp, howCue
	}
	endsOpen := false
	if pc.inner.Len() > 0 {
		switch d.text[pc.inner.End-1] {
		case ',', '?', '!', '-':
			endsOpen = true
		}
	}
	if closeW+1 < len(d.words) && d.words[closeW+1].text == "," {
		endsOpen = true
	}
	if endsOpen {
		if sp, ok := d.cueAfter(closeW+1, last); ok {
			if d.viaMedium(sp) {
				// "The Emir said that Qatar “will stand …,” according to
				// the Qatar News Agency", "Xi ordered officials to “spare
				// no effort,” Xinhua said": the agency carried the words of
				// the one the sentence has speak.
				if before, how := d.cueBefore(open, last); how == howCue && before.found() {
					return before, how
				}
			}
			return sp, howCue
		}
	}
	if sp, how := d.cueBefore(open, last); how != howNone {
		return sp, how
	}
	if !endsOpen {
		if sp, ok := d.cueAfter(closeW+1, last); ok {
			return sp, howCue
		}
	}
	if sp, ok := d.quotedPredicate(open, closeW, last); ok {
		return sp, howCue
	}
	if sp, ok := d.quotedModifier(open, closeW, last); ok {
		return sp, howCue
	}
	if sp, ok := d.thatWasFrom(closeW+1, last); ok {
		return sp, howCue
	}
	return noSpeaker, howNone
}

// accordingToWritten attributes a quote in a sentence that opens on
// "According to a statement (readout, communique …) from X," to X, after
// that comma, whoever the clause has speak: "According to a statement from
// China's Ministry of Commerce, Beijing will work to “keep global supply
// chains stable”"; "According to a readout from Japan's Ministry of
// Foreign Affairs, the two leaders “confirmed …”". The words are the
// document's, unless the clause names a person ("…, Araghchi … stated
// that …").
func (d *document) accordingToWritten(open int) (speaker, bool) {
	sent := d.words[open].sent
	f := open
	for f > 0 && d.words[f-1].sent == sent {
		f--
	}
	if f+3 >= open || d.words[f].lower != "according" || d.words[f+1].lower != "to" {
		return noSpeaker, false
	}
	j := f + 2
	if determiners[d.words[j].lower] {
		j++
	}
	if !writtenWords[d.words[j].lower] {
		return noSpeaker, false
	}
	comma := -1
	for k := j + 1; k < open; k++ {
		if d.words[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return noSpeaker, false
	}
	for k := comma + 1; k < open; k++ {
		if e := d.mentionCovering(d.words[k].Span); e >= 0 && d.ents[e].Type == chronicle.Person {
			return noSpeaker, false // "…, Araghchi … stated that … “a clear abuse of the process”": the person named speaks
		}
	}
	e, at := d.writtenSourceAfter(j, sent)
	if e < 0 || at > comma {
		return noSpeaker, false
	}
	s := speaker{phrase: d.words[at].Span, head: at, ent: e, name: d.ents[e].Name, conf: 0.75 * confAdjacent, sent: sent}
	s.cue, _ = d.cueSpan(f)
	return s, true
}

// thatWasFrom attributes a quote followed by a sentence that names its
// source: “…” That was the warning from Commerce Secretary Howard
// Lutnick. i is the word after the closing mark.
func (d *document) thatWasFrom(i int, last *speaker) (speaker, bool) {
	if i < len(d.words) && d.words[i].text == "." {
		i++
	}
	if i+4 >= len(d.words) || d.words[i].sent == d.words[i-1].sent && d.words[i-1].text != "." ||
		d.words[i].lower != "that" && d.words[i].lower != "this" || !beForms[d.words[i+1].lower] || d.words[i+2].lower != "the" {
		return noSpeaker, false
	}
	for k := i + 3; k < len(d.words) && k <= i+5 && d.words[k].sent == d.words[i].sent; k++ {
		if w := d.words[k].lower; (w == "from" || w == "of") && sourceNouns[d.words[k-1].lower] {
			ph, h, ok := d.phraseRight(k + 1)
			if !ok {
				return noSpeaker, false
			}
			s := d.resolve(ph, h, last)
			s.cue = chronicle.Span{Start: d.words[i].Start, End: d.words[k].End}
			s.conf *= confAdjacent
			s.sent = d.words[i].sent
			return s, true
		}
	}
	return noSpeaker, false
}

// sourceNouns name what a quote is, in "That was the warning from X".
var sourceNouns = map[string]bool{"warning": true, "message": true, "verdict": true, "view": true, "assessment": true,
	"word": true, "response": true, "reaction": true, "promise": true, "pledge": true, "plea": true, "claim": true}

// inWords attributes a quote after "In his words,": the speaker is whom the
// pronoun stands for, as the entity stage resolved it.
func (d *document) inWords(open int) (speaker, bool) {
	j := open - 1
	if j >= 0 && (d.words[j].text == "," || d.words[j].text == ":") {
		j--
	}
	if j < 2 || d.words[j].lower != "words" {
		return noSpeaker, false
	}
	if p := j - 1; d.words[p-1].lower == "in" && possessivePronouns[d.words[p].lower] {
		if e := d.mentionCovering(d.words[p].Span); e >= 0 {
			return speaker{phrase: d.words[p].Span, head: p, ent: e, name: d.ents[e].Name, conf: 0.8, sent: d.words[p].sent}, true
		}
	}
	return noSpeaker, false
}

// inTheWordsOf attributes a quote after "in the words of X,": X.
func (d *document) inTheWordsOf(open int, last *speaker) (speaker, bool) {
	first := d.sents[d.words[open].sent].first
	for k := open - 1; k-2 >= first && open-k <= 10; k-- {
		if p := k - 1; opinionWords[d.words[k].lower] && d.words[k-2].lower == "in" && possessivePronouns[d.words[p].lower] {
			// "In his opinion, Brussels “is doing everything …”"
			if e := d.mentionCovering(d.words[p].Span); e >= 0 {
				return speaker{phrase: d.words[p].Span, head: p, ent: e, name: d.ents[e].Name, conf: 0.8, sent: d.words[p].sent,
					cue: chronicle.Span{Start: d.words[k-2].Start, End: d.words[k].End}}, true
			}
		}
		if k-3 < first || d.words[k].lower != "of" || d.words[k-1].lower != "words" || d.words[k-2].lower != "the" || d.words[k-3].lower != "in" {
			continue
		}
		ph, h, ok := d.phraseRight(k + 1)
		if !ok {
			return noSpeaker, false
		}
		if after := d.wordAt(ph.End); after > 0 && after+1 < open && d.words[after].text == "," {
			if j, ok := d.appositiveName(after+1, open); ok {
				// "in the words of the Crown prosecutor, Mark Tedeschi,"
				ph, h = chronicle.Span{Start: d.words[after+1].Start, End: d.words[j-1].End}, j-1
			}
		}
		s := d.resolve(ph, h, last)
		s.cue = chronicle.Span{Start: d.words[k-3].Start, End: d.words[k].End}
		s.conf *= confAdjacent
		s.sent = d.words[open].sent
		return s, true
	}
	return noSpeaker, false
}

// opinionWords are the nouns of "in his opinion", "in her view".
var opinionWords = map[string]bool{"opinion": true, "view": true, "words": true}

// possessivePronouns are the pronouns of "in his words".
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true}

// quotedPredicate attributes a quote that holds the main verb of its
// sentence to that verb's subject, a name before the quote: in `Richard
// Thomas “totally condemned” the deletion` the words are his. A verb of an
// embedded clause ("denied he was “gloating”") is someone else's word.
func (d *document) quotedPredicate(open, closeW int, last *speaker) (speaker, bool) {
	if !d.sents[d.words[open].sent].parsed {
		return noSpeaker, false
	}
	for k := open + 1; k < closeW; k++ {
		v := d.words[k]
		if v.upos != "VERB" {
			continue
		}
		// The subject: the verb's nsubj in a main clause, or the name the
		// parse hung the verb on as a clause of its own.
		subj := -1
		switch {
		case v.rel == "root":
			for _, c := range d.childrenOf(k) {
				if strings.HasPrefix(d.words[c].rel, "nsubj") && c < open {
					subj = c
				}
			}
		case base(v.rel) == "acl" && v.head >= 0 && v.head < open && d.words[v.head].rel == "root":
			subj = v.head
		}
		if subj < 0 || d.words[subj].quoted {
			return noSpeaker, false
		}
		if w := d.words[subj]; w.upos == "NOUN" && titleWord(w.text) {
			// "A Tory spokesman “totally refuted” any wrongdoing": a
			// person by title.
		} else if e := d.mentionCovering(w.Span); w.upos != "PROPN" || e < 0 ||
			d.ents[e].Type != chronicle.Person && d.ents[e].Type != chronicle.Organization {
			return noSpeaker, false
		}
		s := d.resolve(d.phraseOf(subj), subj, last)
		s.conf *= confSentence
		s.sent = d.words[open].sent
		return s, true
	}
	return noSpeaker, false
}

// quotedModifier attributes a quoted word that qualifies the object of a
// verb of judging or saying to the verb's subject, a name before it: in
// `Sheinbaum hails “historic” vote` and `the minister slammed the “reckless”
// plan` the word is the subject's.
func (d *document) quotedModifier(open, closeW int, last *speaker) (speaker, bool) {
	if closeW-open > 4 {
		return noSpeaker, false
	}
	// A headline the parse reads poorly: a name, the verb, the quoted word
	// and a noun in lower case.
	if v := open - 1; v >= 1 && closeW+1 < len(d.words) && startsLower(d.words[v].text) && startsLower(d.words[closeW+1].text) &&
		d.words[closeW+1].sent == d.words[open].sent {
		if _, cue := cueForms[d.words[v].text]; cue {
			if e := d.mentionCovering(d.words[v-1].Span); e >= 0 && (d.ents[e].Type == chronicle.Person || d.ents[e].Type == chronicle.Organization) {
				s := d.resolve(d.phraseOf(v-1), v-1, last)
				s.cue = d.words[v].Span
				s.conf *= confSentence
				s.sent = d.words[open].sent
				return s, true
			}
		}
	}
	if !d.sents[d.words[open].sent].parsed {
		return noSpeaker, false
	}
	for k := open + 1; k < closeW; k++ {
		w := d.words[k]
		if base(w.rel) != "amod" && base(w.rel) != "compound" || w.head <= closeW || w.head >= len(d.words) {
			continue
		}
		obj := d.words[w.head]
		if obj.rel != "obj" || obj.head < 0 || obj.head >= open {
			return noSpeaker, false
		}
		verb := obj.head
		if _, cue := cueForms[strings.ToLower(d.words[verb].text)]; !cue {
			return noSpeaker, false
		}
		for _, c := range d.childrenOf(verb) {
			if !strings.HasPrefix(d.words[c].rel, "nsubj") || c > verb {
				continue
			}
			if e := d.mentionCovering(d.words[c].Span); e < 0 || d.ents[e].Type != chronicle.Person && d.ents[e].Type != chronicle.Organization {
				return noSpeaker, false
			}
			s := d.resolve(d.phraseOf(c), c, last)
			s.cue = d.words[verb].Span
			s.conf *= confSentence
			s.sent = d.words[open].sent
			return s, true
		}
		return noSpeaker, false
	}
	return noSpeaker, false
}

// startsLower tells whether a word opens on a lower-case ASCII letter.
func startsLower(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// nameAfterDescription returns the name that follows a speaker phrase that
// only describes its speaker, after a comma: "said Labour's housing
// spokesperson, Kieran McAnulty.", "Hamas' armed wing, the Qassam Brigades,
// said". The name, a person's or a body's (which may take "the"), must end
// the clause or be followed by a comma.
func (d *document) nameAfterDescription(ph chronicle.Span, h int) (chronicle.Span, int, bool) {
	// A capitalised head is a title's ("The Speaker of the Council of
	// Representatives, Mahmoud Al-Mashhadani,"), not a name's.
	if h < 0 || isCap(d.words[h].text) && (!titleWord(d.words[h].text) || d.mentionCovering(d.words[h].Span) >= 0) {
		return ph, h, false
	}
	c := d.wordAfter(ph)
	if c+1 >= len(d.words) || d.words[c].text != "," || d.words[c].sent != d.words[h].sent {
		return ph, h, false
	}
	first := c + 1
	// "the Minister of Energy, His Royal Highness Prince Abdulaziz bin
	// Salman,": past the styles and honorifics to the name.
	for k := 0; k < 4 && first+1 < len(d.words) && (styleOpening(d.words[first].text) || text.StyleWord(d.words[first].text) ||
		d.personCovering(d.words[first].Span) < 0 && text.Honorific(d.words[first].text)); k++ {
		first++
	}
	p := d.personCovering(d.words[first].Span)
	if p < 0 {
		if d.words[first].lower == "the" && first+1 < len(d.words) {
			first++
		}
		if p = d.mentionCovering(d.words[first].Span); p < 0 || d.ents[p].Type != chronicle.Organization {
			return ph, h, false
		}
	}
	covering := d.personCovering
	if d.ents[p].Type != chronicle.Person {
		covering = d.mentionCovering
	}
	e := first
	for e < len(d.words) && covering(d.words[e].Span) == p {
		e++
	}
	if e < len(d.words) && d.words[e].text != "." && d.words[e].text != "," {
		return ph, h, false
	}
	return chronicle.Span{Start: d.words[first].Start, End: d.words[e-1].End}, e - 1, true
}

// nameEndingDescription returns the person's name that ends the sentence
// after a description of its speaker that names no one, when no verb
// stands between: "said the people's deputy from the faction “European
// Solidarity” Oksana Marchenko.", as translated agency copy writes it.
func (d *document) nameEndingDescription(ph chronicle.Span, sent int) (chronicle.Span, int, bool) {
	k := d.wordAt(ph.End)
	for k < len(d.words) && d.words[k].Start < ph.End {
		k++
	}
	for from := k; k < len(d.words) && k-from <= 12 && d.words[k].sent == sent; k++ {
		w := d.words[k]
		if p := d.personCovering(w.Span); p >= 0 && !w.quoted {
			e := k
			for e+1 < len(d.words) && d.personCovering(d.words[e+1].Span) == p {
				e++
			}
			if e+1 < len(d.words) && d.words[e+1].sent == sent && d.words[e+1].text != "." {
				return chronicle.Span{}, -1, false
			}
			return chronicle.Span{Start: w.Start, End: d.words[e].End}, e, true
		}
		if !w.quoted && !w.mark && (w.upos == "VERB" || w.upos == "AUX" || w.text == "," || w.text == ";") {
			return chronicle.Span{}, -1, false
		}
	}
	return chronicle.Span{}, -1, false
}

// styleOpening tells whether w opens a style written before a name: "His
// Royal Highness", "Her Excellency".
func styleOpening(w string) bool { return w == "His" || w == "Her" }

// descriptionOpeners open a description of someone unnamed: "one
// villager", "a resident", "the minister".
var descriptionOpeners = map[string]bool{"a": true, "an": true, "the": true, "one": true, "another": true}

// maxSubjectWords is how many words a speaker phrase between a quote and
// its cue may have: "Qatar's Minister of State Mohammed Al-Khulaifi" has
// eleven with the pieces of the hyphen.
const maxSubjectWords = 12

// cueAfter matches “…,” X said / “…,” said X / “…” X told reporters,
// starting at word i just after the closing mark.
func (d *document) cueAfter(i int, last *speaker) (speaker, bool) {
	if i >= len(d.words) {
		return noSpeaker, false
	}
	sent := d.words[i-1].sent
	if d.words[i].sent != sent {
		// “... .” He said. — the sentence splitter may cut after the
		// closing mark; accept a short next sentence made of a cue.
		sent = d.words[i].sent
		if s := d.sents[sent]; s.end-s.first > 10 || s.para != d.sents[d.words[i-1].sent].para {
			// Nor a sentence of the next paragraph: "“…” ¶ Arsenal
			// manager Mikel Arteta praised his team" is a new speaker's.
			return noSpeaker, false
		}
	}
	k := i
	if d.words[k].text == "," {
		k++
	}
	dashed := k
	for n := 0; n < 2 && dashed+1 < len(d.words) && (isDash(d.words[dashed].text) || d.words[dashed].text == "-" && d.spacedWord(dashed)) &&
		d.words[dashed+1].sent == sent; n++ {
		dashed++
	}
	dashCue := -1 // a cue after a dash, whatever the tagger made of it: "“…,” - emphasised President …"
	if _, form := cueForms[d.words[dashed].lower]; (form || dashCues[d.words[dashed].lower]) && !isCap(d.words[dashed].text) && (dashed > k || d.dashOpensParagraph(i-1)) {
		// (After a quote that a dash opens, as Spanish sets speech, the
		// verb needs no dash of its own: "- “…,” expressed the Head of
		// State.")
		k, dashCue = dashed, dashed // "“…,” - noted Tkachenko.", as translations from Russian and Ukrainian set it; not an aside
	}
	from := k
	if dashed > k && dashCue < 0 {
		from, k = dashed, dashed // "“…,” - Pham Minh Chinh was quoted as saying": the subject after the dash
	}
	if from < len(d.words) && freeRelatives[d.words[from].lower] {
		// "would “never recognize occupation as legal,” whatever the
		// final text said": a clause of concession, not the quote's cue.
		return noSpeaker, false
	}
	// "“…,” it was said in the statement published on the website of the
	// ministry", "“…,” - it was underlined in the message of the press
	// service of the Ministry …", and with no subject at all, "“…,” said
	// in the statement of the Ministry of Foreign Affairs": the
	// statement's source.
	cueAt := -1
	if dashed+2 < len(d.words) && d.words[dashed+2].sent == sent && d.words[dashed].lower == "it" &&
		(d.words[dashed+1].lower == "was" || d.words[dashed+1].lower == "is") {
		cueAt = dashed + 2
	} else if from+1 < len(d.words) && d.words[from+1].sent == sent && !isCap(d.words[from].text) && d.words[from+1].lower == "in" {
		cueAt = from
	}
	if from+3 < len(d.words) && d.words[from+3].sent == sent && beForms[d.words[from].lower] && d.words[from+2].lower == "by" {
		// "That “…” was noted by the professor of the University of World
		// Economy and Diplomacy Dilshod Rakhimov": the agent speaks.
		if _, ok := d.isCue(from + 1); ok {
			if ph, h, ok := d.phraseRight(from + 3); ok {
				s := d.resolve(ph, h, last)
				s.cue, _ = d.cueSpan(from + 1)
				s.conf *= confAdjacent
				s.sent = sent
				return s, true
			}
		}
	}
	if cueAt >= 0 {
		if _, ok := d.isCue(cueAt); ok {
			if e, at := d.writtenSourceAfter(cueAt+1, sent); e >= 0 {
				s := speaker{phrase: d.words[at].Span, head: at, ent: e, name: d.ents[e].Name, conf: 0.75 * confAdjacent, sent: sent}
				s.cue, _ = d.cueSpan(cueAt)
				return s, true
			}
		}
	}
	if s, ok := d.appositiveCue(from, sent, last); ok {
		return s, true
	}
	if s, ok := d.relativeClauseCue(from, sent, last); ok {
		return s, true
	}
	paren := -1 // the "(" of a short aside after the name: "Friedrich Merz (CDU) said"
	// The word after an aside is looked at however long the subject.
	for ; k < len(d.words) && (k-from <= maxSubjectWords || paren >= 0); k++ {
		w := d.words[k]
		if w.sent != sent || w.quoted {
			return noSpeaker, false
		}
		if w.text == "(" && k > from && paren < 0 {
			if c := d.closingParen(k, 4); c > 0 {
				paren, k = k, c
				continue
			}
		}
		if paren >= 0 {
			if _, ok := d.isCue(k); ok { // right after the ")"
				ph, h, ok := d.phraseLeft(paren-1, from)
				if !ok || ph.Start != d.words[from].Start {
					// A name the phrase walk stops inside, "the United
					// Nations Office on Drugs and Crime (UNODC) said": the
					// one mention from the first word to the "(".
					ph, h, ok = d.namedLeft(from, paren-1)
				}
				if ok {
					s := d.resolve(ph, h, last)
					s.cue, _ = d.cueSpan(k)
					s.conf *= confAdjacent
					s.sent = sent
					return s, true
				}
			}
			return noSpeaker, false
		}
		if d.according(k) {
			ph, h, ok := d.phraseRight(k + 2)
			if !ok {
				return noSpeaker, false
			}
			s := d.resolve(ph, h, last)
			s.cue = chronicle.Span{Start: w.Start, End: d.words[k+1].End}
			s.conf *= confAdjacent
			s.sent = sent
			return s, true
		}
		if o, oh, ok := d.quotedAsObject(k, sent); ok && k > from {
			// "“…,” the spokesman quoted the President as saying": the
			// one quoted speaks, not the one passing it on.
			s := d.resolve(o, oh, last)
			s.cue = w.Span
			s.conf *= confAdjacent
			s.sent = sent
			return s, true
		}
		if _, ok := d.isCue(k); ok || k == dashCue {
			cue, next := d.cueSpan(k)
			var s speaker
			if k == from {
				if j := d.pastPlace(next, sent); j > next {
					next = j // "“…”, announced in Oslo the Norwegian Nobel Committee", as translations run
				}
				ph, h, ok := d.phraseRight(next)
				if !ok {
					return noSpeaker, false
				}
				if n, nh, named := d.nameAfterDescription(ph, h); named {
					ph, h = n, nh // "said Labour's housing spokesperson, Kieran McAnulty."
				}
				s = d.resolve(ph, h, last)
				if n, nh, named := d.nameEndingDescription(ph, sent); s.ent < 0 && named {
					s = d.resolve(n, nh, last) // "said the people's deputy from the faction “European Solidarity” Oksana Marchenko."
				}
			} else {
				ph, h, ok := d.subjectOf(k)
				if !ok || ph.Start < d.words[from].Start {
					// The parse took a word of the quote for the subject
					// ("I understand that," Kharakwal told): the words
					// between the quote and the cue.
					if ph, h, ok = d.phraseLeft(k-1, from); !ok || ph.Start != d.words[from].Start || h < 0 ||
						!isCap(d.words[h].text) && !descriptionOpeners[d.words[from].lower] && !(h == from && subjectPronouns[d.words[h].lower]) {
						return noSpeaker, false // a name, or "one villager", "a resident", or "she"
					}
				}
				s = d.resolve(ph, h, last)
			}
			s.cue = cue
			s.conf *= confAdjacent
			s.sent = sent
			return s, true
		}
		if w.lower == "and" && k > from && k+1 < len(d.words) && isCap(d.words[k-1].text) && isCap(d.words[k+1].text) {
			continue // "Egypt's Ministry of Water Resources and Irrigation said", or two names
		}
		if as := d.quotedAsAfter(k, sent); k > from && as > 0 {
			// "“…,” Pham Minh Chinh was quoted as saying by …": the words
			// before "was" speak.
			ph, h, ok := d.phraseLeft(k-1, from)
			if !ok || ph.Start != d.words[from].Start {
				return noSpeaker, false
			}
			s := d.resolve(ph, h, last)
			s.cue, _ = d.cueSpan(as + 1)
			s.conf *= confAdjacent
			s.sent = sent
			return s, true
		}
		if stopBefore[w.lower] || isPunct(w.text) && w.text != "." && w.text != "'s" && w.text != "’s" && w.text != "-" &&
			w.text != "'" && w.text != "’" { // "the employers' federation Medef said"
			return noSpeaker, false // not the hyphen of "Director-General"
		}
	}
	return noSpeaker, false
}

// quotedAsObject reads "quoted X as saying" from the cue at word k of
// sentence sent: X's phrase and head, the one whose words the subject
// passes on.
func (d *document) quotedAsObject(k, sent int) (chronicle.Span, int, bool) {
	if w := d.words[k].lower; w != "quoted" && w != "cited" || k+1 >= len(d.words) || d.words[k+1].sent != sent {
		return chronicle.Span{}, 0, false
	}
	for j := k + 2; j+1 < len(d.words) && j-k <= 8 && d.words[j].sent == sent; j++ {
		if d.words[j].lower != "as" {
			continue
		}
		if _, ok := d.isCue(j + 1); !ok || !strings.HasSuffix(d.words[j+1].lower, "ing") {
			return chronicle.Span{}, 0, false
		}
		return d.phraseLeft(j-1, k+1)
	}
	return chronicle.Span{}, 0, false
}

// quotedAsAfter reads "was quoted as" (or "was cited by the agency as")
// from word k of sentence sent, a cue after "as": the index of "as", or
// -1.
func (d *document) quotedAsAfter(k, sent int) int {
	if k+3 >= len(d.words) || !beForms[d.words[k].lower] || d.words[k+1].lower != "quoted" && d.words[k+1].lower != "cited" {
		return -1
	}
	for j := k + 2; j+1 < len(d.words) && j-k <= 8 && d.words[j].sent == sent; j++ {
		if d.words[j].lower == "as" {
			if _, ok := d.isCue(j + 1); ok && strings.HasSuffix(d.words[j+1].lower, "ing") {
				return j
			}
			return -1
		}
	}
	return -1
}

// appositiveCue reads a speaker given twice between commas after a quote:
// “…,” his son, Senator Flavio Bolsonaro, wrote; “…,” Paulo Bueno, his
// lawyer, said. Of the two phrases the one naming a person speaks; else
// the first.
func (d *document) appositiveCue(from, sent int, last *speaker) (speaker, bool) {
	c1 := d.nextComma(from, sent, 9) // "a spokesperson for the American Institute in Taiwan,"
	if c1 < 0 {
		return noSpeaker, false
	}
	// "secretary of Ukraine's National Security and Defence Council and
	// head of its delegation,"
	c2 := d.nextComma(c1+1, sent, 16)
	if n := d.knownAs(c1 + 1); n > 0 {
		c2 = d.nextComma(n, sent, 6) // "the president, widely known as Irro,"
	}
	if c2 < 0 {
		return noSpeaker, false
	}
	k, ok := d.cueAfterComma(c2, sent)
	if n := d.knownAs(c2 + 1); !ok && n > 0 {
		// "Dedy Kurniawan, a spokesman for the park, known as IMIP, said":
		// past the other name of what the description names.
		if c3 := d.nextComma(n, sent, 6); c3 >= 0 {
			k, ok = d.cueAfterComma(c3, sent)
		}
	}
	if !ok {
		return noSpeaker, false
	}
	pick := func(a, b int) (chronicle.Span, int, bool) { return d.phraseLeft(b-1, a) }
	ph, h, ok := pick(from, c1)
	// The name of the two: "his lawyer, Paulo Bueno," speaks as Bueno; "a
	// spokesperson for the American Institute in Taiwan, Washington's de
	// facto embassy," as the first, since the second's head is no name; "the
	// president, widely known as Irro," as the first, whose other name the
	// second gives.
	if ph2, h2, ok2 := pick(c1+1, c2); ok2 && d.knownAs(c1+1) == 0 && (!ok || d.namesPerson(ph2) && !d.namesPerson(ph) ||
		!d.namesPerson(ph) && !isCap(ph.In(d.text)) && isCap(ph2.In(d.text)) && h2 >= 0 && isCap(d.words[h2].text)) {
		ph, h, ok = ph2, h2, true
	}
	if !ok {
		return noSpeaker, false
	}
	return d.adjacentSpeaker(ph, h, k, sent, last), true
}

// knownAs reads "known as", perhaps after an adverb ("widely known as
// Irro"), or "nicknamed" at word k, which give another name of what the
// words before name; it returns the word after them, or 0.
func (d *document) knownAs(k int) int {
	if k < len(d.words) && strings.HasSuffix(d.words[k].lower, "ly") {
		k++
	}
	switch {
	case k >= len(d.words):
	case d.words[k].lower == "nicknamed":
		return k + 1
	case d.words[k].lower == "known" && k+1 < len(d.words) && d.words[k+1].lower == "as":
		return k + 2
	}
	return 0
}

// cueAfterComma finds the cue verb right after the comma at word c of
// sentence sent, past an adverb or two in -ly ("…, his lawyer, later
// said"); false when no cue follows.
func (d *document) cueAfterComma(c, sent int) (int, bool) {
	k := c + 1
	for k < len(d.words) && d.words[k].sent == sent && k-c <= 2 && !d.isCueWord(k) && strings.HasSuffix(d.words[k].lower, "ly") {
		k++
	}
	return k, k < len(d.words) && d.words[k].sent == sent && d.isCueWord(k)
}

// writtenSourceAfter reads "in the statement … of the ministry" or "in the
// SBU statement" from word k of sentence sent, after a passive cue: the
// entity whose statement it was (named right before the noun, or after
// "of", "by" or "from" within a few words of it),
// and the word its mention starts on; -1 when none is.
func (d *document) writtenSourceAfter(k, sent int) (int, int) {
	for j := k; j < len(d.words) && d.words[j].sent == sent && j-k <= 4; j++ {
		if !writtenWords[d.words[j].lower] {
			continue
		}
		if e := d.mentionCovering(d.words[j-1].Span); j > k && e >= 0 &&
			(d.ents[e].Type == chronicle.Organization || d.ents[e].Type == chronicle.Person) {
			at := j - 1 // "in the SBU statement": the source named before the noun
			for at > k && d.mentionCovering(d.words[at-1].Span) == e {
				at--
			}
			return e, at
		}
		press := false
		for i := j + 1; i+1 < len(d.words) && d.words[i].sent == sent && i-j <= 8; i++ {
			if w := d.words[i].lower; w != "of" && w != "by" && w != "from" {
				continue
			}
			if e, at := d.sourceNamedAfter(i); e >= 0 {
				return e, at
			}
			press = press || i+3 < len(d.words) && d.words[i+1].lower == "the" && d.words[i+2].lower == "press" && pressUnits[d.words[i+3].lower]
		}
		if press {
			// "it was noted in the message of the press service" after
			// "… by the press service of the Russian Security Council": the
			// body whose press service the text named.
			return d.pressServiceNamedBefore(sent)
		}
		return -1, -1
	}
	return -1, -1
}

// pressUnits are the words after "press" that make a body's press office.
var pressUnits = map[string]bool{"service": true, "office": true, "centre": true, "center": true}

// pressServiceNamedBefore is the body or person named after the last
// "press service of" in the three sentences before sent, and the word its
// mention starts on; -1 when there is none.
func (d *document) pressServiceNamedBefore(sent int) (int, int) {
	for j := d.sents[sent].first - 1; j >= 2 && d.words[j].sent >= sent-3; j-- {
		if d.words[j].lower == "of" && pressUnits[d.words[j-1].lower] && d.words[j-2].lower == "press" {
			if e, at := d.sourceNamedAfter(j); e >= 0 {
				return e, at
			}
		}
	}
	return -1, -1
}

// dashOpensParagraph tells whether the paragraph of word k opens on a dash
// before a quotation mark.
func (d *document) dashOpensParagraph(k int) bool {
	if k < 0 || k >= len(d.words) {
		return false
	}
	para := d.sents[d.words[k].sent].para
	f := k
	for f > 0 && d.sents[d.words[f-1].sent].para == para {
		f--
	}
	w := d.words[f].text
	return (isDash(w) || w == "-") && f+1 < len(d.words) && d.words[f+1].quoted
}

// dashCues are verbs that translations put after a quote and a dash as
// cues, which elsewhere say too little to be one ("Fears had been expressed
// that …"): "“…,” - expressed the Minister."
var dashCues = map[string]bool{"expressed": true, "specified": true, "recalled": true, "concluded": true}

// hearerNouns are the people of a medium whom a speaker tells something:
// "said to the correspondent of Armenpress".
var hearerNouns = map[string]bool{"correspondent": true, "correspondents": true, "journalist": true,
	"journalists": true, "reporter": true, "reporters": true}

// pastPlace reads "in Oslo" or "at the Kremlin" at word k of sentence sent
// when a speaker's phrase follows it ("the", or a capitalised word), and
// a body heard ("to MAP", "to the correspondent of Armenpress"): the word
// after the place or the body, else k.
func (d *document) pastPlace(k, sent int) int {
	if k+2 >= len(d.words) || d.words[k].lower != "in" && d.words[k].lower != "at" && d.words[k].lower != "to" {
		return k // ("confided to MAP Mbarka Ould Sidi": the hearer, a body)
	}
	j := k + 1
	if d.words[j].lower == "the" {
		j++
	}
	if d.words[k].lower == "to" && j+2 < len(d.words) && hearerNouns[d.words[j].lower] && d.words[j+1].lower == "of" {
		j += 2 // "said to the correspondent of Armenpress Armen Hovhannisyan"
	} else if d.words[k].lower == "to" && j+1 < len(d.words) && hearerNouns[d.words[j].lower] && d.words[j].sent == sent &&
		(d.words[j+1].lower == "the" || isCap(d.words[j+1].text)) {
		return j + 1 // "said to journalists Serhii Bondar": past the hearers
	}
	e := d.mentionCovering(d.words[j].Span)
	if e < 0 || !isPlace(d.ents[e].Type) && d.ents[e].Type != chronicle.Facility && d.ents[e].Type != chronicle.Organization ||
		d.words[k].lower == "to" && d.ents[e].Type != chronicle.Organization {
		return k
	}
	for j < len(d.words) && d.mentionCovering(d.words[j].Span) == e {
		j++
	}
	if j >= len(d.words) || d.words[j].sent != sent || d.words[j].lower != "the" && !isCap(d.words[j].text) {
		return k
	}
	return j
}

// namedLeft is the span of words from to last when an entity's mention
// runs over all of them but a determiner opening them ("the United Nations
// Office on Drugs and Crime"), or a body's spokesperson before them ("a
// spokesperson for the UN Office for the Coordination of Humanitarian
// Affairs"), with last as its head.
func (d *document) namedLeft(from, last int) (chronicle.Span, int, bool) {
	first := from
	if determiners[d.words[first].lower] && first < last {
		first++
	}
	if first+2 < last && spokesNouns[d.words[first].lower] && (d.words[first+1].lower == "for" || d.words[first+1].lower == "of") {
		first += 2
		if determiners[d.words[first].lower] && first < last {
			first++
		}
	}
	sp := chronicle.Span{Start: d.words[first].Start, End: d.words[last].End}
	m, ok := d.mentionOver(sp)
	if !ok || m.Start != sp.Start || m.End != sp.End {
		return chronicle.Span{}, -1, false
	}
	return chronicle.Span{Start: d.words[from].Start, End: sp.End}, last, true
}

// closingParen is the ")" closing the "(" at word k within n words, or -1.
func (d *document) closingParen(k, n int) int {
	for j := k + 1; j < len(d.words) && j-k <= n+1; j++ {
		switch d.words[j].text {
		case ")":
			return j
		case "(", ",", ".":
			return -1
		}
	}
	return -1
}

// invertible tells whether a cue verb may come before its subject ("said
// the minister"): a verb of reporting that takes no hearer, or one of
// asking and answering; not one that takes what it judges as its object
// ("accused the government of …").
func invertible(v cueVerb) bool {
	switch v.lemma {
	case "ask", "answer", "quip", "retort", "exclaim", "shout", "continue", "tell", "warn":
		return true
	}
	return v.reports && !v.object
}

// viaMedium tells whether sp is a news medium ("according to Xinhua",
// "Xinhua said"), which carries someone's words rather than speaking.
func (d *document) viaMedium(sp speaker) bool {
	if sp.ent >= 0 && d.ents[sp.ent].Sector == "MED" {
		return true
	}
	// "according to the Ethiopian media", "state media said": the press,
	// named by its country or not at all.
	if sp.head >= 0 && sp.head < len(d.words) && pressNouns[d.words[sp.head].lower] {
		return true
	}
	return false
}

// pressNouns head descriptions of the press that carried someone's words.
var pressNouns = map[string]bool{"media": true, "press": true, "television": true, "tv": true, "radio": true, "outlets": true}

// freeRelatives open a clause of concession, whose verb of saying is not a
// cue for the quote before it: "whatever the text said".
var freeRelatives = map[string]bool{"whatever": true, "whoever": true, "whichever": true, "however": true}

// adjacentSpeaker is the speaker of phrase ph (head h) whose cue is word k
// right after the quote, in sentence sent.
func (d *document) adjacentSpeaker(ph chronicle.Span, h, k, sent int, last *speaker) speaker {
	s := d.resolve(ph, h, last)
	s.cue, _ = d.cueSpan(k)
	s.conf *= confAdjacent
	s.sent = sent
	return s
}

// relativeClauseCue reads a speaker whose relative clause stands between
// the name and the cue after a quote: “…,” Klingbeil, who is also vice
// chancellor and co-leader of the Social Democrats, told a news conference.
// A clause on "which" describes a body the phrase names: “…,” a spokesman
// for Dangote Group, which owns the refinery, said.
func (d *document) relativeClauseCue(from, sent int, last *speaker) (speaker, bool) {
	c1 := d.nextComma(from, sent, 9)
	nameEnd := c1 // the comma after the name
	if c1 >= 0 && c1+3 < len(d.words) && d.words[c1+1].upos == "NUM" && d.words[c1+2].text == "," {
		c1 += 2 // "Samir Abu Daqqa, 45, who has been displaced five times, said"
	}
	if c1 < 0 || c1+1 >= len(d.words) {
		return noSpeaker, false
	}
	rel := d.words[c1+1].lower
	if rel != "who" && rel != "whose" && rel != "which" {
		return noSpeaker, false
	}
	c2 := -1
	for k := c1 + 2; k < len(d.words) && k-c1 <= 25; k++ {
		w := d.words[k]
		if w.sent != sent || w.quoted || w.mark {
			return noSpeaker, false
		}
		if w.text == "," {
			c2 = k
			break
		}
	}
	if c2 < 0 {
		return noSpeaker, false
	}
	k, ok := d.cueAfterComma(c2, sent)
	if !ok {
		return noSpeaker, false
	}
	ph, h, ok := d.phraseLeft(nameEnd-1, from)
	if !ok {
		return noSpeaker, false
	}
	if rel == "which" {
		if !d.namesBody(ph) {
			return noSpeaker, false
		}
	} else if !d.namesPerson(ph) && (h < 0 || !isCap(d.words[h].text)) {
		return noSpeaker, false
	}
	return d.adjacentSpeaker(ph, h, k, sent, last), true
}

// nextComma returns the first comma at or after word j within n words of
// sentence sent, with no verb, quote or other punctuation before it; -1
// when there is none.
func (d *document) nextComma(j, sent, n int) int {
	relative := false // after "who": "the Labour lawmaker who brought the bill,"
	for k := j; k < len(d.words) && k-j <= n; k++ {
		w := d.words[k]
		switch {
		case w.sent != sent || w.quoted || w.mark:
			return -1
		case (w.lower == "who" || w.lower == "whose") && k > j:
			relative = true
		case relative && (w.upos == "VERB" || w.upos == "AUX"):
		case w.text == ",":
			if k == j {
				return -1
			}
			return k
		case w.text == "(" || w.text == ")":
			// "head of the National Disaster Mitigation Agency (BNPB),"
		case w.upos == "VERB" && strings.HasSuffix(w.lower, "ing") && k+1 < len(d.words) && d.words[k+1].upos == "NOUN" &&
			d.words[k+1].sent == sent:
			// "Hyphen's chief operating officer", "managing director": a
			// participle before a noun is no verb of a clause.
		case w.upos == "VERB" && w.rel == "acl" && (strings.HasSuffix(w.lower, "ing") || strings.HasSuffix(w.lower, "ed")):
			// "a lawyer representing the Lungu family,", "a group based
			// in Paris,": a participle that describes the noun before it.
		case w.upos == "VERB" || w.upos == "AUX" || isPunct(w.text) && w.text != "." && w.text != "-" && !isClitic(w.lower):
			return -1
		}
	}
	return -1
}

// isCueWord tells whether word k is a cue verb.
func (d *document) isCueWord(k int) bool {
	_, ok := d.isCue(k)
	return ok
}

// namesBody tells whether a body's name ends sp.
func (d *document) namesBody(sp chronicle.Span) bool {
	return slices.ContainsFunc(d.mentionsIn(sp), func(m mentionRef) bool {
		return d.ents[m.ent].Type == chronicle.Organization && m.End == sp.End
	})
}

// namesPerson tells whether a person's name (not a pronoun) lies inside sp.
func (d *document) namesPerson(sp chronicle.Span) bool {
	return d.personNamedIn(sp, false) >= 0
}

// personNamedIn returns the person whose name (not a pronoun) lies inside
// sp, or, with atEnd, ends it; -1 when there is none.
func (d *document) personNamedIn(sp chronicle.Span, atEnd bool) int {
	for _, m := range d.mentionsIn(sp) {
		if d.ents[m.ent].Type == chronicle.Person && m.End <= sp.End && (!atEnd || m.End == sp.End) &&
			isCap(d.text[m.Start:m.End]) {
			return m.ent
		}
	}
	return -1
}

// cueBefore looks left of the opening mark at word open: the nearest
// unquoted cue of the sentence (X said “…”, X said the plan was “not
// practical”, according to X, “…”), a speaker followed by a colon, and a cue
// ending the previous sentence with a colon (X said: ¶ “…”).
func (d *document) cueBefore(open int, last *speaker) (speaker, int) {
	sent := d.words[open].sent
	st := d.sents[sent]
	lo := max(st.first, open-maxScan)
	if open-1 >= lo && d.words[open-1].text == ":" {
		// Speaker: “…” — a short phrase and a colon, no verb.
		if ph, h, ok := d.phraseLeft(open-2, lo); ok && ph.Start == d.words[st.first].Start {
			if _, cue := d.isCue(open - 2); !cue {
				s := d.resolve(ph, h, last)
				s.conf *= confColon
				s.sent = sent
				return s, howColon
			}
		}
	}
	for k := open - 1; k >= lo; k-- {
		if d.words[k].quoted {
			continue
		}
		if d.according(k) {
			ph, h, ok := d.phraseRight(k + 2)
			if ok {
				s := d.resolve(ph, h, last)
				s.cue = chronicle.Span{Start: d.words[k].Start, End: d.words[k+1].End}
				s.conf *= d.nearness(k+1, open)
				s.sent = sent
				return s, howCue
			}
			continue
		}
		v, ok := d.isCue(k)
		if !ok {
			continue
		}
		if weakCue(v) && !d.ownClause(k) {
			// "X said Zelensky and Trump had agreed to “immediately” ...":
			// a verb of saying further left reports the whole clause.
			for k2 := k - 1; k2 >= lo; k2-- {
				if v2, ok := d.isCue(k2); ok && !weakCue(v2) {
					k = k2
					break
				}
			}
		}
		cue, next := d.cueSpan(k)
		ph, h, ok := d.subjectOf(k)
		if v, _ := d.isCue(k); !ok && invertible(v) && next < len(d.words) && d.words[next].sent == sent && !d.words[next].quoted &&
			d.words[next].upos != "ADP" {
			// Inversion: said the minister, “…” (not "called on “…”", nor
			// "accused the government of “…”", whose object follows)
			ph, h, ok = d.phraseRight(next)
		}
		if !ok {
			ph, h, ok = d.mainSubject(sent, k)
		}
		if !ok {
			continue
		}
		s := d.resolve(ph, h, last)
		s.cue = cue
		s.conf *= d.nearness(next-1, open)
		s.sent = sent
		return s, howCue
	}
	// X said: ¶ “…” — the quote opens a sentence after one ending in a colon
	// (or in a cue and a comma at a paragraph's end).
	if open == st.first || open-1 >= st.first && d.words[open-1].mark {
		if sent > 0 {
			ps := d.sents[sent-1]
			// "Rathbun stated, ¶ “…”": a paragraph that ends on a cue and
			// a comma introduces the quote opening the next.
			commaCue := ps.end-2 > ps.first && d.words[ps.end-1].text == "," && d.sents[sent].para != ps.para &&
				d.isCueWord(ps.end-2)
			if ps.end > ps.first && d.words[ps.end-1].text == ":" || commaCue {
				for k := ps.end - 2; k >= ps.first && ps.end-k < maxScan; k-- {
					if _, ok := d.isCue(k); ok {
						cue, _ := d.cueSpan(k)
						if ph, h, ok := d.subjectOf(k); ok {
							s := d.resolve(ph, h, last)
							s.cue = cue
							s.conf *= confAdjacent
							s.sent = sent - 1
							return s, howCue
						}
					}
				}
				if ph, h, ok := d.phraseLeft(ps.end-2, ps.first); ok && ph.Start == ps.Start && !commaCue {
					s := d.resolve(ph, h, last)
					s.conf *= confColon
					s.sent = sent - 1
					return s, howColon
				}
			}
			// "Senator John Cornyn issued a statement regarding …. “Like
			// many Texans, …”": a sentence that says its subject made a
			// statement or wrote introduces the quote after it.
			// So does one that ends the paragraph before a paragraph the
			// quote opens: "… Vyacheslav Volodin returned to the topic and
			// addressed the colleagues from all factions. ¶ “…”".
			if (ps.para == st.para || open == st.first && ps.para == st.para-1) && d.introduces(sent-1) {
				if root := d.rootOf(sent - 1); root >= 0 {
					if ph, h, ok := d.subjectOf(root); ok {
						if s := d.resolve(ph, h, last); s.ent >= 0 && d.ents[s.ent].Type == chronicle.Person {
							s.conf *= confSentence
							s.sent = sent - 1
							return s, howColon
						}
					}
				}
			}
		}
	}
	return noSpeaker, howNone
}

// introWords say that a sentence's subject made a statement or wrote one.
var introWords = map[string]bool{"statement": true, "outlined": true, "wrote": true, "writing": true,
	"letter": true, "speech": true, "remarks": true, "posted": true, "tweeted": true, "interview": true,
	"addressed": true}

// introduces tells whether sentence s, with no quote of its own, says its
// subject made a statement or wrote.
func (d *document) introduces(s int) bool {
	st := d.sents[s]
	if !st.parsed {
		return false
	}
	found := false
	for k := st.first; k < st.end; k++ {
		if d.words[k].quoted || d.words[k].mark {
			return false
		}
		found = found || introWords[d.words[k].lower]
	}
	return found
}

// rootOf returns the root word of sentence s, or -1.
func (d *document) rootOf(s int) int {
	for k := d.sents[s].first; k < d.sents[s].end; k++ {
		if d.words[k].rel == "root" {
			return k
		}
	}
	return -1
}

// ownClause reports whether verb k heads a clause of its own beside the
// sentence's report, with its own subject: "China said …, as Manila
// accused Beijing of “dangerous manoeuvres”" quotes Manila.
func (d *document) ownClause(k int) bool {
	switch base(d.words[k].rel) {
	case "advcl", "conj", "parataxis":
	case "acl":
		// "…, as Manila accused Beijing of “…”", parsed as a relative
		// clause: a subordinating conjunction says it is an adverbial one.
		if !d.adverbialClause(k) {
			return false
		}
	default:
		return false
	}
	for _, c := range d.childrenOf(k) {
		if base(d.words[c].rel) == "nsubj" && d.words[c].upos != "PRON" {
			return true
		}
	}
	return false
}

// weakCue reports cue verbs that attribute less surely than verbs of saying
// (agreed, promised, called ...).
func weakCue(v cueVerb) bool {
	if !v.reports {
		return true
	}
	switch v.lemma {
	case "agree", "suggest", "confirm", "predict", "believe", "estimate", "report", "indicate", "reveal":
		return true
	}
	return false
}

// nearness is the confidence of a cue ending at word c for a quote opening
// at word open: high when at most a few words stand between.
func (d *document) nearness(c, open int) float64 {
	if open-c <= 3 {
		return confAdjacent
	}
	return confSentence
}

// mainSubject is the fallback subject for a participle cue (…, saying “…”):
// the first noun phrase of the sentence, after any opening adverbial that
// ends in a comma.
func (d *document) mainSubject(sent, limit int) (chronicle.Span, int, bool) {
	st := d.sents[sent]
	k := st.first
	fw := d.words[k]
	if _, pron := pronounNumber[fw.lower]; !pron && (leadWords[fw.lower] || !isCap(fw.text)) {
		for c := st.first; c < limit && c-st.first < 12; c++ {
			if d.words[c].text == "," {
				k = c + 1
				break
			}
		}
	}
	// Walk right over the phrase, then take it with phraseLeft.
	e := k
	for e < limit && e-k < 10 {
		w := d.words[e]
		if w.quoted || isPunct(w.text) && w.text != "." || stopBefore[w.lower] || skipBefore[w.lower] && !isCap(w.text) {
			break
		}
		if _, cue := cueForms[w.lower]; cue {
			break
		}
		if w.upos == "VERB" || w.upos == "AUX" || w.upos == "" && e > k && !isCap(w.text) && !determiners[d.words[e-1].lower] && !isCap(d.words[e-1].text) {
			break
		}
		if w.upos == "" && e > k && isCap(d.words[e-1].text) && !isCap(w.text) {
			break // Trump surprised ...: a name then a lower-case word
		}
		e++
	}
	if e == k {
		return chronicle.Span{}, -1, false
	}
	return d.phraseLeft(e-1, k)
}

// latestSpeaker is last or the speaker of the latest reported statement
// whose cue comes before offset at, whichever is later; of two reports in
// one sentence the first, which the second is usually part of ("The
// authors say the results confirm …").
func (d *document) latestSpeaker(last *speaker, at int) *speaker {
	best := last
	for i := range d.reporters {
		r := &d.reporters[i]
		if r.cue.Start >= at {
			break
		}
		if _, pronoun := pronounNumber[strings.ToLower(r.phrase.In(d.text))]; pronoun {
			continue // reported speech resolves its own pronouns less surely
		}
		if best == nil || r.sent > best.sent {
			best = r
		}
	}
	return best
}

// insideReport attributes a quote inside the clause of a reported
// statement to that statement's speaker: in `Mr Bush's first task was to
// “rebuild a sense of domestic purpose” within the US, he said` the words
// are his.
func (d *document) insideReport(pc piece) (speaker, int) {
	for i, c := range d.reportedClauses {
		if c.Start <= pc.open && pc.close < c.End {
			r := d.reporters[i]
			if _, pronoun := pronounNumber[strings.ToLower(r.phrase.In(d.text))]; pronoun {
				// Reported speech resolves its own pronouns less surely
				// than the quote's turn does.
				return noSpeaker, howNone
			}
			r.cue = chronicle.Span{}
			return r, howCue
		}
	}
	return noSpeaker, howNone
}

// insidePronounReport attributes, as a last resort, a quote inside the
// clause of a report whose speaker is a pronoun the entities resolved:
// "By staying away, the opposition risked “disappearing from local politics
// for four years” while failing …, she said", after Nino Kapanadze.
func (d *document) insidePronounReport(pc piece) (speaker, int) {
	for i, c := range d.reportedClauses {
		if c.Start <= pc.open && pc.close < c.End {
			r := d.reporters[i]
			if _, pronoun := pronounNumber[strings.ToLower(r.phrase.In(d.text))]; !pronoun || r.ent < 0 {
				return noSpeaker, howNone
			}
			r.cue = chronicle.Span{}
			r.conf *= confContinuation
			return r, howCue
		}
	}
	return noSpeaker, howNone
}

// dashAfter reports whether a dash follows the quote's closing mark, as
// before a source's name.
func (d *document) dashAfter(pc piece) bool {
	if !pc.closed {
		return false
	}
	rest := strings.TrimLeft(d.text[min(pc.close+1, len(d.text)):], " \t")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// opensSentence returns the sentence a quote opens, when it is more than a
// short term and some sentence comes before it: the quotes that afterReport
// and introducedBefore may give the speaker of that sentence.
func (d *document) opensSentence(pc piece) (int, bool) {
	open := d.wordAt(pc.open)
	if open >= len(d.words) || len(strings.Fields(pc.inner.In(d.text))) <= scareWords {
		return 0, false
	}
	sent := d.words[open].sent
	return sent, open == d.sents[sent].first && sent > 0
}

// afterReport attributes a quote with no cue of its own that opens the
// sentence after a reported statement of the same paragraph to its speaker,
// the way news goes on from paraphrase to quotation: "X said he should
// apologise. “There is a reservoir of goodwill …”".
func (d *document) afterReport(pc piece) (speaker, int) {
	sent, ok := d.opensSentence(pc)
	// The report may end the paragraph before: "Committee chairman John
	// Denham said drugs were an excuse.¶“The committee believes …”"
	if !ok || d.sents[sent].para-d.sents[sent-1].para > 1 {
		return noSpeaker, howNone
	}
	if d.sents[sent].para != d.sents[sent-1].para && d.dashAfter(pc) {
		// Across paragraphs, not a quote that names its own source after
		// a dash: "“So far, it's the Internet: 1 …” - Matthew Ingram".
		return noSpeaker, howNone
	}
	for i := len(d.reporters) - 1; i >= 0; i-- {
		if r := d.reporters[i]; r.sent == sent-2 && r.ent >= 0 && d.sents[sent-1].para == d.sents[r.sent].para &&
			d.sents[sent-1].para != d.sents[sent].para && d.onlyPersonIn(sent-1, r.ent) {
			// "Economy Minister Luis Caputo said …. Speaking to a radio
			// station, he ruled out …. ¶ “We are not going to burn
			// reserves …”": the paragraph before the quote goes on about
			// the one who reported, naming no one else.
			r.cue = chronicle.Span{}
			r.conf = confContinuation
			return r, howContinuation
		}
		if r := d.reporters[i]; r.sent == sent-1 {
			if r.ent < 0 && !text.PrivatePerson(strings.ToLower(d.words[max(r.head, 0)].text)) && !indefinite(strings.ToLower(r.name)) {
				// "The Ofsted chief said …", "he says": someone named
				// before, whom the turn of the last speaker is likelier
				// to be; "An Ibama official said …" is someone new.
				return noSpeaker, howNone
			}
			r.cue = chronicle.Span{}
			r.conf = confContinuation
			return r, howContinuation
		}
	}
	return noSpeaker, howNone
}

// onlyPersonIn tells whether sentence s names a person, and none but
// entity e (its pronouns included), and holds no quote.
func (d *document) onlyPersonIn(s, e int) bool {
	named := false
	for _, m := range d.mentionsIn(d.sents[s].Span) {
		if d.ents[m.ent].Type != chronicle.Person {
			continue
		}
		if m.ent != e {
			return false
		}
		named = true
	}
	for k := d.sents[s].first; k < len(d.words) && d.words[k].sent == s; k++ {
		if d.words[k].quoted || d.words[k].mark {
			return false
		}
	}
	return named
}

// introducedBefore attributes a quote with no cue of its own that opens a
// sentence right after one with no quote in it whose subject is a person:
// "Hossain was defiant. “If the government …”". The sentence is of the same
// paragraph, or ends the one before when the quote fills its own ("Zhang
// Xiaogang also commented on the deployment ….¶“We urge …”"), the same
// speaker as the last or another. A sentence that opens on one unnamed
// private person ("A member of the delegation, who spoke on condition of
// anonymity, struck a different tone.") gives the quote to that person,
// whom the text does not name.
func (d *document) introducedBefore(pc piece) (speaker, int) {
	sent, ok := d.opensSentence(pc)
	if !ok || d.sents[sent].para != d.sents[sent-1].para && !(d.sents[sent].para == d.sents[sent-1].para+1 && d.wholeParagraph(pc)) {
		return noSpeaker, howNone
	}
	prev := d.sents[sent-1]
	for k := prev.first; k < prev.end; k++ {
		if d.words[k].quoted {
			return noSpeaker, howNone
		}
	}
	if k, ok := d.unnamedOpening(sent - 1); ok && len(d.mentionsIn(d.phraseOf(k))) == 0 {
		ph := d.phraseOf(k)
		return speaker{phrase: ph, head: k, ent: -1, name: ph.In(d.text), conf: confContinuation, sent: sent - 1}, howContinuation
	}
	// "Nguyen Thi Lan, 62, who runs a lantern shop …, watched the water
	// rise. “…”": a sentence that opens on the one person it names,
	// however the parse hung its clauses.
	opening := prev.first
	switch w := d.words[opening].lower; {
	case w == "in" || w == "at" || w == "on" || w == "from":
		for k := opening + 1; k < prev.end && k-opening <= 6; k++ {
			if d.words[k].text == "," {
				opening = k + 1 // "In Hoi An, Nguyen Thi Lan, 62, …"
				break
			}
		}
	case w == "for" && opening+1 < prev.end:
		// "For Awa Sangare, researcher at the Timbuktu Institute, the
		// strategy is new. “…”": the view is the named person's.
		if m, ok := d.mentionOver(d.words[opening+1].Span); ok && m.Start == d.words[opening+1].Start {
			if k := d.wordAt(m.End); k >= 0 && k < prev.end && d.words[k].text == "," {
				opening++
			}
		}
	}
	if m, ok := d.mentionOver(d.words[min(opening, prev.end-1)].Span); ok && d.ents[m.ent].Type == chronicle.Person &&
		m.Start == d.words[min(opening, prev.end-1)].Start && d.onlyPersonIn(sent-1, m.ent) &&
		prev.end-d.wordAt(m.End) >= 3 {
		// (not a byline's name standing alone before a headline: "Peter
		// Zimonjic. “MP calls for probe …” — Edmonton Sun")
		return speaker{phrase: m.Span, head: opening, ent: m.ent, name: d.ents[m.ent].Name, conf: confContinuation,
			sent: sent - 1}, howContinuation
	}
	if m, h, ok := d.rootSubjectPerson(sent-1, prev.end); ok {
		return speaker{phrase: m.Span, head: h, ent: m.ent, name: d.ents[m.ent].Name, conf: confContinuation,
			sent: sent - 1}, howContinuation
	}
	return noSpeaker, howNone
}

// rootSubjectPerson finds the person who is the subject of the main verb of
// sentence s, before word end: the subject's mention, or one of an
// appositive to it ("Wafula's mother, Agnes Nasimiyu, spoke to
// reporters"), and the word it was found at.
func (d *document) rootSubjectPerson(s, end int) (mentionRef, int, bool) {
	st := d.sents[s]
	if !st.parsed {
		return mentionRef{}, 0, false
	}
	for k := st.first; k < min(st.end, end); k++ {
		if d.words[k].rel != "root" {
			continue
		}
		for _, c := range d.childrenOf(k) {
			if base(d.words[c].rel) != "nsubj" || c >= end {
				continue
			}
			if text.Honorific(d.words[c].text) && c+1 < st.end {
				c++ // "Mrs Ngozi Eze, a fabric trader, was blunt", headed on "Mrs"
			}
			heads := []int{c}
			for _, a := range d.childrenOf(c) {
				if base(d.words[a].rel) == "appos" || base(d.words[a].rel) == "conj" && !slices.ContainsFunc(d.childrenOf(a), func(x int) bool {
					return d.words[x].rel == "cc"
				}) {
					heads = append(heads, a) // (a conjunct with no "and" is an appositive the parse misread)
				}
			}
			for _, h := range heads {
				if m, ok := d.mentionOver(d.words[h].Span); ok && d.ents[m.ent].Type == chronicle.Person {
					return m, h, true
				}
			}
		}
	}
	return mentionRef{}, 0, false
}

// inFrontedParticiple attributes a quote inside a participle's clause that
// opens its sentence to the person who is the subject of the main verb:
// "Calling the border agreements “a historic decision …”, President Sadyr
// Japarov earlier underlined that …".
func (d *document) inFrontedParticiple(pc piece) (speaker, int) {
	k := d.wordAt(pc.open)
	if k < 0 || k >= len(d.words) {
		return noSpeaker, howNone
	}
	s := d.words[k].sent
	first := d.sents[s].first
	if w := d.words[first]; k-first > 8 || w.upos != "VERB" || !strings.HasSuffix(w.lower, "ing") || !isCap(w.text) {
		return noSpeaker, howNone
	}
	c := d.wordAt(pc.close) + 1
	for c < d.sents[s].end && isPunct(d.words[c].text) && d.words[c].text != "," {
		c++
	}
	if c >= d.sents[s].end || d.words[c].text != "," {
		return noSpeaker, howNone
	}
	if m, h, ok := d.rootSubjectPerson(s, d.sents[s].end); ok && m.Start > pc.close {
		return speaker{phrase: m.Span, head: h, ent: m.ent, name: d.ents[m.ent].Name, conf: confContinuation, sent: s}, howContinuation
	}
	return noSpeaker, howNone
}

// expressedBy attributes a quote that a passive verb of saying after it
// gives to whoever follows "by": "The view that “…” was expressed in the
// interview to IRNA by the Tehran lawyer Mohammad-Reza Karimi", "… was the
// opinion expressed to ARMENPRESS by the economist Armen Hakobyan", and
// "“…” was the view of X". The verb must follow the closing mark within
// four words, after "was", "were", "is" or "are", and "by" the verb within
// eight, in the same sentence; or "in the" a document (see writtenIn).
func (d *document) expressedBy(pc piece) (speaker, int) {
	k := d.wordAt(pc.close)
	if k < 0 || k >= len(d.words) || !d.words[k].mark {
		return noSpeaker, howNone
	}
	sent := d.words[k].sent
	end := d.sents[sent].end
	if k+4 < end && beForms[d.words[k+1].lower] && d.words[k+2].lower == "the" && viewNouns[d.words[k+3].lower] &&
		d.words[k+4].lower == "of" {
		return d.agentAfter(k+4, sent) // "“…” was the view of Prof. Kwabena Agyeman-Boateng"
	}
	v := -1
	for j := k + 1; j < end && j-k <= 4; j++ {
		if passiveSaying[d.words[j].lower] {
			v = j
			break
		}
	}
	if v < 0 || !slices.ContainsFunc(d.words[max(k+1, v-3):v], func(w word) bool { return passiveBe[w.lower] }) {
		return noSpeaker, howNone // ("was the opinion expressed")
	}
	for j := v + 1; j+1 < end && j-v <= 8; j++ {
		sp, how := noSpeaker, howNone
		if d.words[j].lower == "by" {
			sp, how = d.agentAfter(j, sent)
		} else if j+2 < end && d.words[j].lower == "in" && (d.words[j+1].lower == "the" || d.words[j+1].lower == "its") {
			sp, how = d.writtenIn(j+2, sent)
		} else {
			continue
		}
		if how != howNone {
			sp.cue = d.words[v].Span
			return sp, how
		}
	}
	return noSpeaker, howNone
}

// passiveBe are the forms of "be" before a passive verb of saying.
var passiveBe = map[string]bool{"was": true, "were": true, "is": true, "are": true}

// writtenIn attributes a quote a passive verb of saying puts "in the"
// document whose first word is at j: to the body or person after "of" that
// follows the document's words ("is said in the message of General Staff",
// "it was expressed in the decision text of the PPK"), or, when none
// follows, to the body that the sentence before (or the one before that)
// says made such a document ("The Office of the President in its
// statement called … . “…,” it was noted in the statement").
func (d *document) writtenIn(j, sent int) (speaker, int) {
	end := d.sents[sent].end
	x := j
	for x < end && x-j < 3 && (d.words[x].upos == "NOUN" || d.words[x].upos == "ADJ") && !writtenWords[d.words[x].lower] {
		x++
	}
	if x >= end || !writtenWords[d.words[x].lower] {
		return noSpeaker, howNone
	}
	noun := d.words[x].lower
	for x+1 < end && d.words[x+1].upos == "NOUN" {
		x++ // "the decision text"
	}
	if x+1 < end && d.words[x+1].lower == "of" {
		return d.agentAfter(x+1, sent)
	}
	if x+1 < end && d.words[x+1].upos != "PUNCT" {
		return noSpeaker, howNone
	}
	for s := sent - 1; s >= 0 && s >= sent-2; s-- {
		st := d.sents[s]
		n := slices.IndexFunc(d.words[st.first:st.end], func(w word) bool { return w.lower == noun && !w.quoted })
		if n < 0 {
			continue
		}
		for y := st.first; y < st.first+n; y++ {
			if m, ok := d.mentionOver(d.words[y].Span); ok && d.ents[m.ent].Type == chronicle.Organization {
				return speaker{phrase: m.Span, head: y, ent: m.ent, name: d.ents[m.ent].Name, conf: 0.6, sent: s}, howCue
			}
		}
		return noSpeaker, howNone
	}
	return noSpeaker, howNone
}

// agentAfter is the person or body named within six words after word j
// ("by", "of") of sentence sent, as the speaker of what came before.
func (d *document) agentAfter(j, sent int) (speaker, int) {
	for x := j + 1; x < d.sents[sent].end && x-j <= 6; x++ {
		if m, ok := d.mentionOver(d.words[x].Span); ok && (d.ents[m.ent].Type == chronicle.Person || d.ents[m.ent].Type == chronicle.Organization) {
			ph := chronicle.Span{Start: d.words[j+1].Start, End: m.End}
			return speaker{phrase: ph, head: x, ent: m.ent, name: d.ents[m.ent].Name, conf: 0.75, sent: sent}, howCue
		}
	}
	return noSpeaker, howNone
}

// viewNouns are the nouns of "“…” was the view of X".
var viewNouns = map[string]bool{"view": true, "opinion": true, "position": true, "assessment": true, "verdict": true}

// passiveSaying are the verbs of "… was expressed by X".
var passiveSaying = map[string]bool{"expressed": true, "voiced": true, "stated": true, "said": true, "shared": true,
	"made": true, "noted": true, "given": true, "offered": true}

// afterColon attributes a quote with no cue of its own that follows a colon
// closing a clause whose subject is a person, whatever the verb: "The
// President of the Government, Pedro Sanchez, celebrated the approval in a
// message on X: “Housing must be a right …”".
func (d *document) afterColon(pc piece) (speaker, int) {
	k := d.wordAt(pc.open) - 1
	if k < 1 || d.words[k].text != ":" {
		return noSpeaker, howNone
	}
	s := d.words[k].sent
	for j := d.sents[s].first; j < k; j++ {
		if d.words[j].quoted {
			return noSpeaker, howNone
		}
	}
	if m, h, ok := d.rootSubjectPerson(s, k); ok {
		return speaker{phrase: m.Span, head: h, ent: m.ent, name: d.ents[m.ent].Name, conf: confContinuation, sent: s}, howContinuation
	}
	return noSpeaker, howNone
}

// wholeParagraph tells whether a quote fills its paragraph, nothing but
// punctuation after its closing mark: a quote with no cue set after a
// paragraph that introduces its speaker ("At the end of the meeting Rashid
// Meredov addressed the delegations …¶“We are open to …”").
func (d *document) wholeParagraph(pc piece) bool {
	if !pc.closed {
		return false
	}
	k := d.wordAt(pc.close)
	if k < 0 || k >= len(d.words) {
		return false
	}
	para := d.sents[d.words[k].sent].para
	for k++; k < len(d.words) && d.sents[d.words[k].sent].para == para; k++ {
		if !isPunct(d.words[k].text) {
			return false
		}
	}
	return true
}

// quotedName tells whether the words inside quotation marks are a name:
// at most six words, each capitalised but for the small words of names
// ("of", "the", "and", "for", "on", "in", "a", "to", "de", "al"), with no
// stop, question or exclamation mark. In the gold of testdata/news, 94 such
// quotes have no speaker and 4 have one.
func quotedName(inner string) bool {
	inner = strings.TrimRight(inner, ",")
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(inner, ".?!;:") || !isCap(words[0]) {
		return false
	}
	for _, w := range words {
		if !isCap(w) && !nameSmallWords[w] && !unicode.IsDigit([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// labelGivenBy tells whether the quote opening at word open is a label
// someone gives a thing: "has repeatedly called it the “Democrat
// Shutdown”", "branded them “Enemies of the People”". The label is the
// caller's words, though written as a name.
func (d *document) labelGivenBy(open int) bool {
	k := open - 1
	if k >= 0 && (d.words[k].lower == "the" || d.words[k].lower == "a") {
		k--
	}
	if k < 1 || d.words[k].sent != d.words[open].sent {
		return false
	}
	if labelObjects[d.words[k].lower] {
		v := k - 1
		return namingWords[d.words[v].lower] && d.words[v].upos == "VERB" && d.hasSubject(v)
	}
	// A short noun phrase for the thing labelled: "The Russian Ministry of
	// Foreign Affairs earlier called the Finnish policy “Russophobic”".
	for v := k; v >= 0 && k-v <= 4 && d.words[v].sent == d.words[open].sent && !d.words[v].quoted; v-- {
		if namingWords[d.words[v].lower] {
			return v < k && d.words[v].upos == "VERB" && d.hasSubject(v)
		}
		if !labelledThing[d.words[v].upos] {
			return false
		}
	}
	return false
}

// labelledThing are the parts of speech of a short noun phrase a label is
// given to: "the Finnish policy", "Kyiv's decision".
var labelledThing = map[string]bool{"DET": true, "ADJ": true, "NOUN": true, "PROPN": true, "PART": true}

// labelObjects are the pronouns a label is given to: "called it …".
var labelObjects = map[string]bool{"it": true, "them": true, "him": true, "her": true, "this": true}

// nameSmallWords are the words written in lower case inside names.
var nameSmallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"a": true, "to": true, "de": true, "al": true}

// continuation attributes a quote with no cue of its own: the previous
// speaker's turn goes on when the quote is more than a short term and
// follows a quote of the same or the previous paragraph; a short term is a
// scare quote.
// wholeSentence tells whether a short quote is a sentence of its own, as
// "“It is all talk.”" after its speaker's quote is: it opens its sentence
// on a capital and ends on a full stop, question or exclamation mark.
func (d *document) wholeSentence(pc piece, inner string) bool {
	if inner == "" || !isCap(inner) || !strings.ContainsAny(inner[len(inner)-1:], ".!?") {
		return false
	}
	k := d.wordAt(pc.open)
	return k >= 0 && k == d.sents[d.words[k].sent].first
}

func (d *document) continuation(pc piece, last *speaker) (speaker, int) {
	inner := strings.TrimSpace(pc.inner.In(d.text))
	words := len(strings.Fields(inner))
	if words <= scareWords && !d.wholeSentence(pc, inner) {
		return noSpeaker, howScare
	}
	if last == nil || !last.found() {
		return noSpeaker, howNone
	}
	sent := d.words[min(d.wordAt(pc.open), len(d.words)-1)].sent
	if d.sents[sent].para-d.sents[last.sent].para > 1 {
		return noSpeaker, howNone
	}
	s := *last
	s.cue = chronicle.Span{}
	s.conf = confContinuation
	return s, howContinuation
}
