// Package lang tells which language a document is written in, well enough to
// keep non-English text away from Chronicle's English models.
//
// It looks at two signals: the script of the letters (Cyrillic, Arabic, Han,
// Greek ... decide at once) and, for Latin-script text, the share of words
// that are among the most frequent function words of each language it knows.
// Short texts and texts with too few function words are reported as "und"
// (undetermined) rather than guessed; callers treat "und" as "try English".
package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Undetermined is returned when the text gives too little evidence.
const Undetermined = "und"

// stopwords holds, for each Latin-script language, function words frequent in
// running text. Words shared by several languages (a, de, la, en) are left out
// where they would blur the vote.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "on", "with", "as", "he", "she",
		"by", "at", "from", "his", "her", "they", "this", "have", "has", "had", "were", "be", "been", "are",
		"which", "their", "said", "will", "would", "not", "but", "who", "an", "or", "its", "we", "you"},
	"fr": {"le", "les", "des", "et", "est", "une", "dans", "du", "que", "qui", "pour", "pas", "sur", "au",
		"avec", "sont", "ce", "il", "elle", "nous", "vous", "ils", "été", "aux", "mais", "cette", "par", "ont"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "mit", "sich", "auf",
		"für", "von", "zu", "auch", "wird", "sind", "wurde", "es", "im", "nach", "bei", "aus", "wie", "dass"},
	"es": {"el", "los", "las", "del", "y", "que", "por", "con", "una", "para", "es", "se", "su", "lo",
		"como", "más", "pero", "sus", "le", "ya", "fue", "este", "ha", "sobre", "también", "entre"},
	"it": {"il", "di", "che", "è", "gli", "della", "per", "una", "sono", "non", "con", "nel", "del",
		"alla", "questo", "anche", "come", "più", "ma", "delle", "dei", "stato", "hanno", "ha"},
	"pt": {"o", "os", "as", "do", "da", "dos", "das", "e", "que", "não", "um", "uma", "para", "com", "em",
		"no", "na", "por", "mais", "foi", "ao", "seu", "sua", "também", "ser", "está"},
	"nl": {"het", "een", "van", "en", "niet", "dat", "zijn", "op", "te", "voor", "met", "ook", "aan",
		"wordt", "werd", "maar", "bij", "nog", "naar", "heeft", "deze", "dit", "wij", "ze"},
	"sv": {"och", "att", "det", "som", "är", "för", "på", "med", "av", "inte", "till", "den", "har",
		"jag", "var", "om", "ett", "men", "från", "kan"},
	"pl": {"i", "w", "nie", "się", "na", "że", "jest", "do", "to", "z", "o", "jak", "ale", "po", "tak",
		"przez", "który", "od", "są", "dla"},
	"tr": {"ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "çok", "daha", "gibi", "olan", "ama",
		"ise", "kadar", "sonra", "değil", "her"},
	"id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan",
		"pada", "juga", "ke", "karena", "oleh", "ada", "bahwa"},
}

// lookup maps a word to the languages whose list holds it.
var lookup = func() map[string][]string {
	m := map[string][]string{}
	for lang, words := range stopwords {
		for _, w := range words {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// scripts maps a Unicode script to the language it most often signals in news.
var scripts = []struct {
	table *unicode.RangeTable
	code  string
}{
	{unicode.Cyrillic, "ru"}, {unicode.Arabic, "ar"}, {unicode.Han, "zh"}, {unicode.Hiragana, "ja"},
	{unicode.Katakana, "ja"}, {unicode.Hangul, "ko"}, {unicode.Greek, "el"}, {unicode.Hebrew, "he"},
	{unicode.Devanagari, "hi"}, {unicode.Thai, "th"}, {unicode.Armenian, "hy"}, {unicode.Georgian, "ka"},
	{unicode.Bengali, "bn"}, {unicode.Tamil, "ta"},
}

// maxScan bounds the work on long documents: the first bytes decide.
const maxScan = 20000

// Detect returns an ISO 639-1 code for the language of text, or Undetermined.
func Detect(text string) string {
	if len(text) > maxScan {
		cut := maxScan
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	latin, other := 0, map[string]int{}
	for _, r := range text {
		if r < 0x80 {
			if unicode.IsLetter(r) {
				latin++
			}
			continue
		}
		if unicode.Is(unicode.Latin, r) {
			latin++
			continue
		}
		for _, s := range scripts {
			if unicode.Is(s.table, r) {
				other[s.code]++
				break
			}
		}
	}
	best, bestN := "", 0
	for code, n := range other {
		if n > bestN || (n == bestN && code < best) {
			best, bestN = code, n
		}
	}
	if bestN > latin {
		if best == "zh" && (other["ja"] > bestN/10) {
			return "ja"
		}
		return best
	}
	return latinLanguage(text)
}

// latinLanguage votes by function words.
func latinLanguage(text string) string {
	votes := map[string]int{}
	words := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		for _, l := range lookup[strings.ToLower(w)] {
			votes[l]++
		}
	}
	best, bestN, second := "", 0, 0
	for l, n := range votes {
		switch {
		case n > bestN || (n == bestN && l < best):
			best, bestN, second = l, n, bestN
		case n > second:
			second = n
		}
	}
	// Demand a few function words and a clear lead: a headline of proper
	// nouns or a list of figures says nothing about its language.
	if bestN < 3 || bestN*10 < words || bestN < second*3/2 {
		return Undetermined
	}
	return best
}
