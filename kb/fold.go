package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// exactKey tidies a name for case-sensitive lookup: spaces collapsed, curly
// apostrophes and dashes straightened and a leading "the" dropped, so "the
// Kremlin" and "Kremlin" meet. It runs for every name at load, so the common
// case (already tidy) allocates nothing.
func exactKey(s string) string {
	if !tidy(s) {
		s = strings.Join(strings.Fields(s), " ")
		s = punctuation.Replace(s)
	}
	for _, the := range []string{"the ", "The ", "THE "} {
		if len(s) > len(the) && strings.HasPrefix(s, the) {
			return s[len(the):]
		}
	}
	return s
}

var punctuation = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "ʻ", "'", "`", "'", "–", "-", "‐", "-")

// tidy reports whether s needs none of exactKey's rewriting.
func tidy(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c == '\t' || c == '\n' || c == '\r' || c == '`':
			return false
		case c == 0xE2 || c == 0xCA: // lead bytes of the curly quotes and dashes above
			return false
		}
		prevSpace = false
	}
	return true
}

// foldKey is exactKey lower-cased with diacritics removed, so "Côte d'Ivoire",
// "Cote d'Ivoire" and "COTE D'IVOIRE" meet.
func foldKey(s string) string {
	s = exactKey(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(unicode.ToLower(r)))
			continue
		}
		if f, ok := latinFold[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) { // combining marks of decomposed text
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// abbreviation reports whether a name is a short all-capital code such as
// "US", "UK", "DRC" or "USA". Such names are matched only as written, since
// "us" or "Us" is an ordinary word.
func abbreviation(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '.' || r == '-' || r == '&':
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			n++
		default:
			return false
		}
	}
	return n > 0 && n <= 5
}

// latinFold maps Latin letters with diacritics, and a few ligatures, to ASCII.
var latinFold = map[rune]string{}

func init() {
	pairs := []string{
		"ÀÁÂÃÄÅĀĂĄǍȀȂȦẠẢẤẦẨẪẬẮẰẲẴẶàáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ", "a",
		"ÇĆĈĊČçćĉċč", "c",
		"ĎĐďđ", "d",
		"ÈÉÊËĒĔĖĘĚȄȆẸẺẼẾỀỂỄỆèéêëēĕėęěȅȇẹẻẽếềểễệ", "e",
		"ĜĞĠĢǦĝğġģǧ", "g",
		"ĤĦḤĥħḥ", "h",
		"ÌÍÎÏĨĪĬĮİǏȈȊỈỊìíîïĩīĭįıǐȉȋỉị", "i",
		"Ĵĵ", "j",
		"ĶǨķǩ", "k",
		"ĹĻĽĿŁĺļľŀł", "l",
		"ÑŃŅŇñńņň", "n",
		"ÒÓÔÕÖØŌŎŐƠǑȌȎȮỌỎỐỒỔỖỘỚỜỞỠỢòóôõöøōŏőơǒȍȏȯọỏốồổỗộớờởỡợ", "o",
		"ŔŖŘŕŗř", "r",
		"ŚŜŞŠȘṢśŝşšșṣ", "s",
		"ŢŤŦȚṬţťŧțṭ", "t",
		"ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖỤỦỨỪỬỮỰùúûüũūŭůűųưǔǖǘǚǜȕȗụủứừửữự", "u",
		"Ŵŵ", "w",
		"ÝŸŶỲỴỶỸýÿŷỳỵỷỹ", "y",
		"ŹŻŽẒźżžẓ", "z",
	}
	for i := 0; i < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			latinFold[r] = pairs[i+1]
		}
	}
	for r, s := range map[rune]string{'Æ': "ae", 'æ': "ae", 'Œ': "oe", 'œ': "oe", 'ß': "ss", 'Þ': "th", 'þ': "th", 'Ð': "d", 'ð': "d", 'ʻ': "'", 'ʿ': "", 'ʾ': ""} {
		latinFold[r] = s
	}
}

// Fold is the form under which the KB compares names: spaces collapsed,
// apostrophes and dashes straightened, a leading "the" dropped, lower case,
// diacritics removed ("The Kremlin" and "kremlin", "Félix" and "Felix").
func Fold(s string) string { return foldKey(s) }
