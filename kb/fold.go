package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// exactKey tidies a name for case-sensitive lookup: spaces collapsed, curly
// apostrophes straightened and a leading "the" dropped, so "the Kremlin" and
// "Kremlin" meet.
func exactKey(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "`", "'", "–", "-", "‐", "-").Replace(s)
	for _, the := range []string{"the ", "The ", "THE "} {
		if len(s) > len(the) && strings.HasPrefix(s, the) {
			s = s[len(the):]
			break
		}
	}
	return s
}

// foldKey is exactKey lower-cased with diacritics removed, so "Côte d'Ivoire",
// "Cote d'Ivoire" and "COTE D'IVOIRE" meet.
func foldKey(s string) string {
	s = exactKey(s)
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
