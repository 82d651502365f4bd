package quote

import "strings"

// cueVerb is a verb of saying, with how it introduces what was said.
type cueVerb struct {
	lemma string
	// reports: the verb commonly takes the thing said as a clause
	// ("said that ...", "warned that ..."); the others (promised, called)
	// only attribute a direct quote.
	reports bool
	// object: the verb takes the hearer before the clause (told reporters ...).
	object bool
}

// cueForms maps every inflected form of a speech verb to its entry. It is
// built once from verbLexicon.
var cueForms = map[string]cueVerb{}

// verbLexicon lists speech verbs: lemma, then its forms beyond the regular
// -s/-ed/-ing ones when irregular, and flags: r = reports a clause, o = takes
// the hearer as object.
var verbLexicon = []struct {
	lemma, forms, flags string
}{
	{"say", "say says said saying", "r"},
	{"tell", "tell tells told telling", "ro"},
	{"add", "", "r"},
	{"stress", "", "r"},
	{"reiterate", "", "r"},
	{"warn", "", "ro"},
	{"promise", "", ""},
	{"deny", "deny denies denied denying", "r"},
	{"insist", "", "r"},
	{"write", "write writes wrote writing written", "r"},
	{"post", "", ""},
	{"tweet", "", "r"},
	{"ask", "", ""},
	{"explain", "", "r"},
	{"note", "", "r"},
	{"point", "", "r"}, // only as "point out" (isCue)
	{"argue", "", "r"},
	{"claim", "", "r"},
	{"announce", "", "r"},
	{"state", "", "r"},
	{"declare", "", "r"},
	{"reply", "reply replies replied replying", "r"},
	{"respond", "", "r"},
	{"comment", "", "r"},
	{"acknowledge", "", "r"},
	{"admit", "admit admits admitted admitting", "r"},
	{"agree", "", "r"},
	{"suggest", "", "r"},
	{"urge", "", ""},
	{"confirm", "", "r"},
	{"recall", "", "r"},
	{"continue", "", ""},
	{"conclude", "", "r"},
	{"predict", "", "r"},
	{"assert", "", "r"},
	{"complain", "", "r"},
	{"concede", "", "r"},
	{"caution", "", "r"},
	{"vow", "", ""},
	{"pledge", "", ""},
	{"allege", "", "r"},
	{"emphasise", "", "r"},
	{"emphasize", "", "r"},
	{"remark", "", "r"},
	{"observe", "", "r"},
	{"answer", "", ""},
	{"describe", "", ""},
	{"call", "", ""},
	{"quip", "quip quips quipped quipping", ""},
	{"boast", "", "r"},
	{"testify", "testify testifies testified testifying", "r"},
	{"assure", "", "ro"},
	{"inform", "", "ro"},
	{"remind", "", "ro"},
	{"reveal", "", "r"},
	{"indicate", "", "r"},
	{"maintain", "", "r"},
	{"contend", "", "r"},
	{"report", "", "r"},
	{"demand", "", ""},
	{"shout", "", ""},
	{"exclaim", "", ""},
	{"predict", "", "r"},
	{"estimate", "", "r"},
	{"believe", "", ""},
	{"consider", "considers considered", "r"}, // "“…,” - considers the expert", "considered that “…”" (not "will consider", "considering")
	{"accuse", "", ""},
	{"dismiss", "", ""},
	{"reject", "", ""},
	{"welcome", "", ""},
	{"label", "label labels labelled labeled labelling labeling", ""},
	// Verbs that weigh what is named after them by the quote: "characterised
	// the visit as “…”", "judged the orientations “courageous but risky”".
	{"characterise", "", ""},
	{"characterize", "", ""},
	{"term", "termed", ""},
	{"deem", "deemed deems", ""},
	{"judge", "judged", ""}, // (not "judge" or "judges", the nouns)
	{"evaluate", "evaluated evaluates", ""},
	{"assess", "assessed assesses", ""},
	{"criticise", "", ""},
	{"cite", "", ""},
	{"criticize", "", ""},
	// Judging words quoted as the judge's: "condemned the strikes as
	// “murder”", "hailed the deal as “historic”".
	{"condemn", "", ""},
	{"denounce", "", ""},
	{"decry", "decry decries decried decrying", ""},
	{"hail", "", ""},
	{"praise", "", ""},
	{"slam", "slam slams slammed slamming", ""},
	{"deride", "", ""},
	{"order", "", ""},    // "ordered officials to “spare no effort”"
	{"instruct", "", ""}, // "instructed the government bodies to ensure “the full transparency …”"
	{"confide", "", "r"},
	{"affirm", "", "r"},
	{"thank", "", ""},                                   // "thanked Turkey for its “constructive mediation”"
	{"speak", "speak speaks spoke speaking spoken", ""}, // only as "spoke of" (isCue): "spoke of “a betrayal”"
	{"commend", "", ""},
	{"applaud", "", ""},
	{"reason", "", "r"},
	{"disclose", "", "r"},
	{"recount", "", "r"},
	{"retort", "", ""},
	{"lament", "", "r"},
	{"clarify", "clarify clarifies clarified clarifying", "r"},
	{"underline", "", "r"},
	{"proclaim", "", "r"},
	{"repeat", "", "r"},
	{"hint", "", "r"},
}

func init() {
	for _, v := range verbLexicon {
		e := cueVerb{lemma: v.lemma, reports: strings.Contains(v.flags, "r"), object: strings.Contains(v.flags, "o")}
		forms := strings.Fields(v.forms)
		if len(forms) == 0 {
			forms = regularForms(v.lemma)
		}
		for _, f := range forms {
			cueForms[f] = e
		}
	}
}

// regularForms inflects a regular verb: base, -s, -ed, -ing.
func regularForms(l string) []string {
	stem := l
	if strings.HasSuffix(l, "e") {
		stem = l[:len(l)-1]
	}
	s := l + "s"
	if strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") {
		s = l + "es"
	}
	return []string{l, s, stem + "ed", stem + "ing"}
}

// cueExtensions are phrases that follow a speech verb and belong to the cue
// ("said in a statement"). Each is a sequence of lower-case words.
var cueExtensions = [][]string{
	{"in", "a", "statement"},
	{"in", "a", "written", "statement"},
	{"in", "a", "joint", "statement"},
	{"in", "a", "post"},
	{"in", "a", "social", "media", "post"},
	{"in", "a", "tweet"},
	{"in", "an", "interview"},
	{"in", "an", "email"},
	{"in", "a", "press", "release"},
	{"in", "a", "press", "conference"},
	{"in", "a", "speech"},
	{"in", "a", "letter"},
	{"in", "remarks"},
	{"on", "twitter"},
	{"on", "x"},
	{"on", "facebook"},
	{"on", "social", "media"},
	{"on", "television"},
	{"as", "saying"},
}

// speechNouns head phrases that stand for what someone said, so that
// "X's statement" or "in a statement, X" can carry a cue.
var pronounNumber = map[string]int{
	"he": 1, "she": 1, "him": 1, "her": 1,
	"they": 2, "them": 2, "it": 3, "we": 2, "i": 1,
}

// personNouns are plural anaphors that point back to people, not to
// institutions or countries: "the two leaders" are the people who led.
var personNouns = map[string]bool{"leaders": true, "men": true, "women": true, "officials": true}

// pluralAnaphors are descriptions that, like "they", point back to speakers
// named before (the two leaders agreed that ...).
var pluralAnaphors = map[string]bool{
	"both": true, "two": true, "leaders": true, "sides": true, "parties": true,
	"countries": true, "men": true, "women": true, "governments": true, "officials": true,
}

// stopBefore are words that end a subject phrase when walking left from a
// speech verb: conjunctions, complementisers, verbs of the main clause.
var stopBefore = map[string]bool{
	"that": true, "and": true, "but": true, "or": true, "while": true, "because": true,
	"as": true, "after": true, "before": true, "when": true, "if": true, "though": true,
	"although": true, "since": true, "so": true, "which": true, "where": true, "whereas": true,
	"than": true, "then": true, "yet": true, "until": true, "unless": true, "whether": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "being": true,
	"by": true, "with": true, "to": true, "into": true, "about": true, "over": true,
	"during": true, "through": true, "against": true, "under": true, "between": true,
}

// skipBefore are words between a subject and its speech verb: auxiliaries
// and adverbs (Zelensky later said, Trump had promised, X has also warned).
var skipBefore = map[string]bool{
	"has": true, "had": true, "have": true, "having": true, "also": true, "later": true,
	"previously": true, "then": true, "again": true, "once": true, "already": true,
	"will": true, "would": true, "could": true, "might": true, "may": true, "can": true,
	"should": true, "must": true, "shall": true, "did": true, "does": true, "do": true,
	"never": true, "not": true, "still": true, "earlier": true, "repeatedly": true,
	"recently": true, "reportedly": true, "just": true, "further": true, "publicly": true,
	"privately": true, "separately": true, "subsequently": true, "initially": true,
	"is": true, "was": true, "were": true, "are": true, "been": true, "be": true,
}

// nounPrepositions may sit inside a speaker phrase (the head of the office,
// the foreign ministers of France, a spokesman for the ministry).
var nounPrepositions = map[string]bool{"of": true, "for": true, "at": true, "from": true, "in": true}

// determiners open a description (the agency's director, a spokesman).
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true, "this": true, "that": true}
