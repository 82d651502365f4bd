package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameParticles are lower-case words that begin names: "al-Qaeda", "de
// Beers", "van Gogh", "Rhun ap Iorwerth", "dela Rosa", "Bingu wa Mutharika",
// "Daniel arap Moi".
var nameParticles = map[string]bool{"al": true, "el": true, "ad": true, "an": true, "as": true, "ash": true,
	"at": true, "az": true, "bin": true, "ibn": true, "de": true, "del": true, "della": true, "di": true,
	"du": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "da": true,
	"dos": true, "das": true, "ben": true, "ap": true, "ab": true, "bint": true, "binti": true, "binte": true,
	"dela": true, "delos": true, "wa": true, "arap": true}

// capitalParticles open surnames written with a capital: "Le Pen", "Van
// Rompuy", "De Gaulle", "Al Thani".
var capitalParticles = map[string]bool{"Le": true, "La": true, "De": true, "Del": true, "Della": true, "Van": true,
	"Von": true, "Da": true, "Di": true, "Du": true, "Dos": true, "Das": true, "Al": true, "El": true}

// isLowerStart reports a word that starts with a lower-case letter.
func isLowerStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isLowerWord reports a word in lower case: "frontier", not "d'Ettorre".
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !strings.ContainsFunc(w, unicode.IsUpper)
}

// isPunctToken reports a token of punctuation only.
func isPunctToken(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isNumber reports a word of digits, with any commas: "300", "1,200".
func isNumber(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' {
			return false
		}
	}
	return w != ""
}
