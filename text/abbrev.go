package text

import "strings"

// abbrClass says how an abbreviation behaves before a period.
type abbrClass uint8

const (
	abbrNone        abbrClass = iota
	abbrTitle                 // comes before a name; never ends a sentence (Mr., Gen.)
	abbrFinal                 // often ends a sentence (Inc., Jr., etc.)
	abbrPlain                 // keeps its period; ends a sentence only before a common opener (Jan., vs.)
	abbrBeforeDigit           // an abbreviation only before a number (No. 5, p. 12)
)

// abbreviations lists the words that keep a following period. Dotted forms
// such as U.S. and e.g. are recognised by shape, not listed.
var abbreviations = map[string]abbrClass{}

func init() {
	add := func(c abbrClass, words string) {
		for _, w := range strings.Fields(words) {
			abbreviations[w] = c
		}
	}
	add(abbrTitle, `Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Gen Lt Col Maj Capt Cpt Cmdr Cdr Adm Sgt Cpl Pvt
		Brig Gov Sen Sens Rep Reps Pres Rev Revd Hon Fr Supt Insp Det Gov Atty Amb Mgr Mssrs Sec Secs St Ste Mt Ft Pt
		Ald Cllr Msgr Sr Sra Srta Dra Mx`)
	add(abbrFinal, `Inc Ltd Co Corp Bros Jr Llc Plc etc Esq`)
	add(abbrPlain, `Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Tue Tues Wed Thu Thur Thurs Fri
		vs Vs v approx Approx dept Dept est Est fig figs Figs vol vols cf Cf al
		Ave Blvd Rd Hwy Sq Univ Assn Assoc Intl Natl Govt Dist Div Mfg Ariz Calif Colo Conn Fla Ill Kan Ky Md Mich
		Minn Neb Nev Okla Ore Tenn Tex Wis Wyo Penn Mass ca Ca mins hrs yrs Jnr Snr Rt`)
	add(abbrBeforeDigit, `ext Ext No no Nos nos Nr nr Art Arts p pp Pp Ch ch sec Para para Vol Fig`)
	// Sr. is a title in Spanish names but mostly ends "John Smith Sr." here.
	abbreviations["Sr"] = abbrFinal
}

// prefixes are bound prefixes after which UD English keeps the hyphen inside
// the word (e-mail, non-profit, pre-2014).
var prefixes = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`e non mid pre anti re co post multi pro semi sub ex cross mini inter intra
		micro macro counter ultra neo bi tri de un over under`) {
		prefixes[w] = true
	}
}

// isPrefix reports whether w, in any case, is a bound prefix.
func isPrefix(w string) bool {
	if len(w) > 7 {
		return false
	}
	var b [8]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return prefixes[string(b[:len(w)])]
}

// SentenceOpener tells whether w is a capitalised word that often starts a
// sentence and rarely continues a name: "The", "Since", "However".
func SentenceOpener(w string) bool { return openers[w] }

// openers are capitalised words that often start a sentence and rarely
// continue a name, so after an abbreviation such as U.S. they signal a new
// sentence: "to the U.S. The talks ...".
var openers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You His Her Its Their Our My Your This That These
		Those There Here But And Or So Yet Nor In On At For From With Without By To Of As If When While After
		Before Since Although Though However Meanwhile Moreover Furthermore Also Still Then Now Today Yesterday
		Tomorrow Last Next Earlier Later Some Many Most Several Both All Each Every No Not None One Two Three
		What Who Whom Whose Which Where Why How Is Are Was Were Do Does Did Has Have Had Can Could Will Would
		Should May Might Must Such Other Another Despite During Under Over Among Between Instead Indeed Even
		Only Just Yes Overall Asked According Officials Police Critics Analysts`) {
		openers[w] = true
	}
}

// honorifics are the courtesy titles that go only before a person's name.
var honorifics = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Mr Mrs Ms Miss Mx Dr Sir Dame Prof Madam Mme Mlle Herr Shri Smt Shrimati Alhaji Alhaja Hajiya Engr Datuk Dato Datin Mallam Samdech Moha Borvor Thipadei Tun`) {
		honorifics[w] = true
	}
}

// StyleWord reports whether w, after "His", "Her" or "Your", makes a style
// of address rather than a pronoun and its noun: "His Excellency", "Her
// Royal Highness", "His Majesty".
func StyleWord(w string) bool { return styleWords[w] }

var styleWords = map[string]bool{"Excellency": true, "Royal": true, "Highness": true, "Majesty": true}

// Honorific reports whether w, with or without its period, is a courtesy
// title that only goes before a person's name: Mr, Mrs., Dr, Sir.
func Honorific(w string) bool { return honorifics[strings.TrimSuffix(w, ".")] }
