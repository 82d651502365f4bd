package timex

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// Resolve finds the time expressions of text and resolves them against
// published (YYYY-MM-DD; when empty, only absolute dates get values, relative
// ones get Value "").
func Resolve(text string, published string) []chronicle.DateRef {
	s := &scanner{text: text}
	if len(published) == len("2006-01-02") {
		if p, err := time.Parse("2006-01-02", published); err == nil {
			s.pub, s.hasPub = p, true
			s.anchor, s.hasAnchor = p, true
		}
	}
	s.run()
	return s.out
}

// Token kinds.
const (
	word  = iota // a run of letters
	num          // a run of ASCII digits
	punct        // any other single rune
)

type token struct {
	start, end int // byte offsets into the text
	kind       int
}

// scanner holds the tokens of one line at a time: expressions do not cross
// line breaks, and a line's buffer is reused for the next.
type scanner struct {
	text string
	toks []token

	pub    time.Time
	hasPub bool
	// anchor is the day that "a day later" counts from: the last day-valued
	// expression so far, else the publication date.
	anchor    time.Time
	hasAnchor bool

	low [16]byte
	out []chronicle.DateRef
}

// hit is a matched expression over tokens [start, end).
type hit struct {
	start, end int
	value      string
	day        time.Time
	isDay      bool // value is a resolved day, to count "a day later" from
	skip       bool // consumed but not reported: an impossible date
}

func (s *scanner) run() {
	text := s.text
	s.toks = s.toks[:0]
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n':
			s.flush()
			i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			s.toks = append(s.toks, token{i, j, num})
			i = j
		case isLetter(c):
			j := i + 1
			for j < len(text) {
				if isLetter(text[j]) {
					j++
					continue
				}
				if text[j] < utf8.RuneSelf {
					break
				}
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			s.toks = append(s.toks, token{i, j, word})
			i = j
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
			case unicode.IsLetter(r):
				// A word that starts with a non-ASCII letter is never a
				// keyword; take the whole run so its tail is not one either.
				j := i + n
				for j < len(text) {
					r, m := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r) {
						break
					}
					j += m
				}
				n = j - i
				s.toks = append(s.toks, token{i, j, word})
			default:
				s.toks = append(s.toks, token{i, i + n, punct})
			}
			i += n
		}
	}
	s.flush()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// flush matches the tokens of the line just read.
func (s *scanner) flush() {
	for i := 0; i < len(s.toks); {
		h, ok := s.matchAt(i)
		if !ok {
			i++
			continue
		}
		if !h.skip {
			sp := chronicle.Span{Start: s.toks[h.start].start, End: s.toks[h.end-1].end}
			s.out = append(s.out, chronicle.DateRef{Span: sp, Text: s.text[sp.Start:sp.End], Value: h.value})
			if h.isDay {
				s.anchor, s.hasAnchor = h.day, true
			}
		}
		i = h.end
	}
	s.toks = s.toks[:0]
}

// --- token tests ---

func (s *scanner) tok(i int) (token, bool) {
	if i < 0 || i >= len(s.toks) {
		return token{}, false
	}
	return s.toks[i], true
}

func (s *scanner) str(t token) string { return s.text[t.start:t.end] }

// is reports whether token i is the word w, in any case.
func (s *scanner) is(i int, w string) bool {
	t, ok := s.tok(i)
	return ok && t.kind == word && t.end-t.start == len(w) && strings.EqualFold(s.str(t), w)
}

func (s *scanner) isPunct(i int, p string) bool {
	t, ok := s.tok(i)
	return ok && t.kind == punct && s.str(t) == p
}

// glued reports whether tokens i and i+1 both exist and touch.
func (s *scanner) glued(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].end == s.toks[i+1].start
}

// lower returns token i lowercased in a scratch buffer, or nil when it is not
// a short ASCII word; the result is only good until the next call.
func (s *scanner) lower(i int) []byte {
	t, ok := s.tok(i)
	if !ok || t.kind != word || t.end-t.start > len(s.low) {
		return nil
	}
	b := s.low[:t.end-t.start]
	for k := range b {
		c := s.text[t.start+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return b
}

// number returns the value of digit token i when it has at most maxDigits.
func (s *scanner) number(i, maxDigits int) (int, bool) {
	t, ok := s.tok(i)
	if !ok || t.kind != num || t.end-t.start > maxDigits {
		return 0, false
	}
	n, err := strconv.Atoi(s.str(t))
	return n, err == nil
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// countWords are the spelled-out counts of "two days ago".
var countWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}

// monthCues are the words after which a bare month name is a date.
var monthCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "through": true, "during": true, "before": true,
	"after": true, "early": true, "late": true, "mid": true, "of": true,
	"between": true, "to": true,
}

// units are words after a number that make it an amount, not a year.
var units = map[string]bool{
	"people": true, "persons": true, "percent": true, "per": true, "pc": true,
	"troops": true, "soldiers": true, "fighters": true, "civilians": true,
	"residents": true, "refugees": true, "migrants": true, "deaths": true,
	"dead": true, "victims": true, "cases": true, "votes": true, "voters": true,
	"workers": true, "employees": true, "members": true, "jobs": true,
	"homes": true, "houses": true, "buildings": true, "children": true,
	"families": true, "students": true, "prisoners": true, "hostages": true,
	"police": true, "officers": true, "protesters": true, "men": true,
	"women": true, "kilometres": true, "kilometers": true, "km": true,
	"miles": true, "metres": true, "meters": true, "m": true, "feet": true,
	"ft": true, "tonnes": true, "tons": true, "kg": true, "kilograms": true,
	"pounds": true, "dollars": true, "euros": true, "rubles": true,
	"roubles": true, "yuan": true, "yen": true, "rupees": true, "barrels": true,
	"units": true, "acres": true, "hectares": true, "times": true,
	"hours": true, "minutes": true, "seconds": true, "days": true,
	"weeks": true, "months": true, "years": true, "points": true,
	"pages": true, "words": true, "cars": true, "vehicles": true,
	"tanks": true, "aircraft": true, "planes": true, "drones": true,
	"missiles": true, "rockets": true, "shells": true, "square": true,
	"sq": true, "mw": true, "gw": true, "million": true, "billion": true,
	"thousand": true, "hundred": true, "patients": true, "beds": true,
}

var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

func (s *scanner) weekdayAt(i int) (time.Weekday, bool) {
	b := s.lower(i)
	if b == nil {
		return 0, false
	}
	wd, ok := weekdays[string(b)]
	return wd, ok
}

// monthAt reads a capitalized month name at i, with the full stop of an
// abbreviation, and returns the index after it.
func (s *scanner) monthAt(i int) (m time.Month, next int, abbr bool, ok bool) {
	b := s.lower(i)
	if b == nil {
		return 0, 0, false, false
	}
	if c := s.text[s.toks[i].start]; c < 'A' || c > 'Z' {
		return 0, 0, false, false
	}
	m, ok = months[string(b)]
	if !ok {
		return 0, 0, false, false
	}
	abbr = len(b) <= 4 && string(b) != "may" && string(b) != "june" && string(b) != "july"
	next = i + 1
	if abbr && s.isPunct(next, ".") && s.glued(i) {
		next++
	}
	return m, next, abbr, true
}

// dayAt reads a day of the month, with an ordinal suffix ("20th"), and
// returns the index after it.
func (s *scanner) dayAt(i int) (int, int, bool) {
	d, ok := s.number(i, 2)
	if !ok || d < 1 || d > 31 {
		return 0, 0, false
	}
	next := i + 1
	if s.glued(i) {
		switch b := s.lower(next); string(b) {
		case "st", "nd", "rd", "th":
			next++
		default:
			if t := s.toks[next]; t.kind != punct || s.str(t) == ":" || s.str(t) == "." && s.glued(next) && s.toks[next+1].kind == num {
				return 0, 0, false // "20s", "20:30", "20.5"
			}
		}
	}
	if s.glued(next-1) && s.toks[next].kind != punct {
		return 0, 0, false // "20thx"
	}
	return d, next, true
}

// ends reports whether the number at i is not continued by more of a
// number: "2025." ends, "2025/3" and "2025.5" do not.
func (s *scanner) ends(i int) bool {
	if !s.glued(i) {
		return true
	}
	n := s.str(s.toks[i+1])
	if s.toks[i+1].kind != punct || n == "/" || n == "-" {
		return false
	}
	return !(strings.Contains(".,:", n) && s.glued(i+1) && s.toks[i+2].kind == num)
}

// yearAt reads a four-digit year from lo to hi at i that is not an amount.
func (s *scanner) yearAt(i, lo, hi int) (int, bool) {
	y, ok := s.number(i, 4)
	if !ok || s.toks[i].end-s.toks[i].start != 4 || y < lo || y > hi {
		return 0, false
	}
	if p, ok := s.tok(i - 1); ok {
		switch s.str(p) {
		case "$", "€", "£", "¥", "#":
			return 0, false
		}
		if s.glued(i-1) && (p.kind != punct || strings.Contains(".,:", s.str(p))) {
			return 0, false
		}
	}
	if n, ok := s.tok(i + 1); ok {
		if s.glued(i) {
			if n.kind != punct || s.str(n) == "%" {
				return 0, false
			}
			// "2022,000", "2022.5", "2000-year-old"
			if strings.Contains(".,:", s.str(n)) && s.glued(i+1) && s.toks[i+2].kind == num {
				return 0, false
			}
			if s.str(n) == "-" && s.glued(i+1) && s.toks[i+2].kind == word {
				return 0, false
			}
		}
		if b := s.lower(i + 1); b != nil && units[string(b)] {
			return 0, false
		}
	}
	return y, true
}

// --- matching ---

// matchAt tries every kind of expression that can start at token i.
func (s *scanner) matchAt(i int) (hit, bool) {
	t := s.toks[i]
	if t.kind == punct {
		return hit{}, false
	}
	if s.is(i, "on") {
		h, ok := s.dayExpr(i+1, modOn)
		h.start = i
		return h, ok
	}
	if s.is(i, "earlier") || s.is(i, "later") {
		if s.is(i+1, "this") {
			if h, ok := s.unitPhrase(i+2, 0); ok {
				h.start = i
				return h, true
			}
		}
	}
	if h, ok := s.modified(i); ok {
		return h, true
	}
	if s.is(i, "the") && (s.is(i+1, "next") || s.is(i+1, "following") || s.is(i+1, "previous")) && s.is(i+2, "day") {
		delta := 1
		if s.is(i+1, "previous") {
			delta = -1
		}
		return s.dayHit(i, i+3, s.anchor.AddDate(0, 0, delta), s.hasAnchor), true
	}
	if h, ok := s.counted(i); ok {
		return h, true
	}
	switch string(s.lower(i)) {
	case "today", "tonight":
		return s.partOfDay(s.dayHit(i, i+1, s.pub, s.hasPub)), true
	case "yesterday":
		return s.partOfDay(s.dayHit(i, i+1, s.pub.AddDate(0, 0, -1), s.hasPub)), true
	case "tomorrow":
		return s.partOfDay(s.dayHit(i, i+1, s.pub.AddDate(0, 0, 1), s.hasPub)), true
	}
	if h, ok := s.dayExpr(i, modBare); ok {
		return h, true
	}
	if h, ok := s.monthExpr(i); ok {
		return h, true
	}
	if y, ok := s.yearAt(i, 1900, 2099); ok {
		return hit{start: i, end: i + 1, value: strconv.Itoa(y)}, true
	}
	return hit{}, false
}

// Weekday modes.
const (
	modBare = iota
	modOn
	modLast
	modNext
	modThis
)

// dayExpr reads a weekday or an explicit date at i.
func (s *scanner) dayExpr(i, mode int) (hit, bool) {
	if wd, ok := s.weekdayAt(i); ok {
		j := i + 1
		if s.isPunct(j, ",") {
			j++
		}
		if mode == modBare || mode == modOn {
			if h, ok := s.explicitDay(j); ok && !h.skip {
				h.start = i
				return h, true
			}
		}
		return s.partOfDay(s.dayHit(i, i+1, weekday(s.pub, wd, mode), s.hasPub)), true
	}
	return s.explicitDay(i)
}

// weekday resolves a weekday against p by mode; see the package comment.
func weekday(p time.Time, wd time.Weekday, mode int) time.Time {
	pw := p.Weekday()
	back := int(pw-wd+7) % 7 // days back to the latest wd on or before p
	fwd := int(wd-pw+7) % 7  // days on to the first wd on or after p
	switch mode {
	case modOn:
		if fwd > 3 {
			fwd -= 7
		}
		return p.AddDate(0, 0, fwd)
	case modLast:
		if back == 0 {
			back = 7
		}
		return p.AddDate(0, 0, -back)
	case modNext:
		if fwd == 0 {
			fwd = 7
		}
		return p.AddDate(0, 0, fwd)
	case modThis:
		monday := p.AddDate(0, 0, -(int(pw)+6)%7)
		return monday.AddDate(0, 0, (int(wd)+6)%7)
	}
	return p.AddDate(0, 0, -back)
}

// partOfDay widens a day hit over a following "morning" or "night".
func (s *scanner) partOfDay(h hit) hit {
	if b := s.lower(h.end); b != nil && partsOfDay[string(b)] && !s.is(h.end-1, "tonight") {
		h.end++
	}
	return h
}

// explicitDay reads a date that names its day: "January 20, 2025",
// "20 January", "2025-01-20", "1/20/2025".
func (s *scanner) explicitDay(i int) (hit, bool) {
	if _, ok := s.tok(i); !ok {
		return hit{}, false
	}
	// 2025-01-20
	if y, ok := s.number(i, 4); ok && s.toks[i].end-s.toks[i].start == 4 &&
		s.glued(i) && s.isPunct(i+1, "-") && s.glued(i+1) && s.glued(i+2) && s.isPunct(i+3, "-") && s.glued(i+3) {
		m, ok1 := s.number(i+2, 2)
		d, ok2 := s.number(i+4, 2)
		if ok1 && ok2 {
			return s.fullDate(i, i+5, y, m, d), true
		}
	}
	// 1/20/2025
	if a, ok := s.number(i, 2); ok && s.glued(i) && s.isPunct(i+1, "/") && s.glued(i+1) && s.glued(i+2) && s.isPunct(i+3, "/") && s.glued(i+3) {
		b, ok1 := s.number(i+2, 2)
		y, ok2 := s.number(i+4, 4)
		if ok1 && ok2 && s.toks[i+4].end-s.toks[i+4].start == 4 && s.ends(i+4) {
			if a > 12 && b <= 12 {
				a, b = b, a
			}
			return s.fullDate(i, i+5, y, a, b), true
		}
	}
	// January 20[, 2025]
	if m, j, _, ok := s.monthAt(i); ok {
		if d, k, ok := s.dayAt(j); ok {
			return s.monthDay(i, k, m, d), true
		}
		return hit{}, false
	}
	// 20[th] [of] January[ 2025]
	if d, j, ok := s.dayAt(i); ok {
		if s.is(j, "of") {
			j++
		}
		if m, k, _, ok := s.monthAt(j); ok {
			return s.monthDay(i, k, m, d), true
		}
	}
	return hit{}, false
}

// monthDay finishes a month and day ending before token k with an optional
// year; without one, the year is the one that puts the date nearest
// publication.
func (s *scanner) monthDay(start, k int, m time.Month, d int) hit {
	y := k
	if s.isPunct(y, ",") {
		y++
	}
	if year, ok := s.yearAt(y, 1000, 2999); ok {
		return s.fullDate(start, y+1, year, int(m), d)
	}
	if _, ok := date(2000, m, d); !ok { // 2000 is a leap year: only impossible days fail
		return hit{start: start, end: k, skip: true}
	}
	if !s.hasPub {
		return hit{start: start, end: k}
	}
	var best time.Time
	found := false
	for y := s.pub.Year() - 1; y <= s.pub.Year()+1; y++ {
		t, ok := date(y, m, d)
		if ok && (!found || abs(t.Sub(s.pub)) < abs(best.Sub(s.pub))) {
			best, found = t, true
		}
	}
	return s.dayHit(start, k, best, found)
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// fullDate reports a complete date, or skips it when it does not exist.
func (s *scanner) fullDate(start, end, y, m, d int) hit {
	if m < 1 || m > 12 {
		return hit{start: start, end: end, skip: true}
	}
	t, ok := date(y, time.Month(m), d)
	if !ok {
		return hit{start: start, end: end, skip: true}
	}
	return s.dayHit(start, end, t, true)
}

func date(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && t.Month() == m && t.Day() == d
}

// dayHit is a hit valued as day t when known is true, else with no value.
func (s *scanner) dayHit(start, end int, t time.Time, known bool) hit {
	h := hit{start: start, end: end}
	if known && t.Year() >= 1 && t.Year() <= 9999 {
		h.value, h.day, h.isDay = t.Format("2006-01-02"), t, true
	}
	return h
}

// monthExpr reads a month with a year ("February 2022") or, after a cue
// word, a bare month ("in March").
func (s *scanner) monthExpr(i int) (hit, bool) {
	m, j, abbr, ok := s.monthAt(i)
	if !ok {
		return hit{}, false
	}
	k := j
	if s.isPunct(k, ",") || s.is(k, "of") {
		k++
	}
	if y, ok := s.yearAt(k, 1000, 2999); ok {
		return hit{start: i, end: k + 1, value: time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")}, true
	}
	cue := i - 1
	if s.isPunct(cue, "-") && s.glued(cue) && s.is(cue-1, "mid") { // mid-March
		cue--
	}
	b := s.lower(cue)
	if abbr || b == nil || !monthCues[string(b)] {
		return hit{}, false
	}
	h := hit{start: i, end: i + 1}
	if s.hasPub {
		y := s.pub.Year()
		if m > s.pub.Month() {
			y--
		}
		h.value = monthValue(y, m)
	}
	return h, true
}

func monthValue(y int, m time.Month) string {
	if y < 1 || y > 9999 {
		return ""
	}
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
}

// modified reads "last/this/next" and what they govern.
func (s *scanner) modified(i int) (hit, bool) {
	var mode int
	switch string(s.lower(i)) {
	case "last":
		mode = modLast
	case "next":
		mode = modNext
	case "this":
		mode = modThis
	default:
		return hit{}, false
	}
	switch {
	case mode == modLast && s.is(i+1, "night"):
		return s.dayHit(i, i+2, s.pub.AddDate(0, 0, -1), s.hasPub), true
	case mode == modThis && (s.is(i+1, "morning") || s.is(i+1, "afternoon") || s.is(i+1, "evening")):
		return s.dayHit(i, i+2, s.pub, s.hasPub), true
	}
	if _, ok := s.weekdayAt(i + 1); ok {
		h, _ := s.dayExpr(i+1, mode)
		h.start = i
		return h, true
	}
	delta := 0
	switch mode {
	case modLast:
		delta = -1
	case modNext:
		delta = 1
	}
	if h, ok := s.unitPhrase(i+1, delta); ok {
		h.start = i
		return h, true
	}
	if m, _, abbr, ok := s.monthAt(i + 1); ok && !abbr {
		h := hit{start: i, end: i + 2}
		if s.hasPub {
			y, pm := s.pub.Year(), s.pub.Month()
			switch {
			case mode == modLast && m >= pm:
				y--
			case mode == modNext && m <= pm:
				y++
			}
			h.value = monthValue(y, m)
		}
		return h, true
	}
	return hit{}, false
}

// unitPhrase reads "week", "month" or "year" at i, shifted delta units from
// publication.
func (s *scanner) unitPhrase(i, delta int) (hit, bool) {
	var unit string
	switch string(s.lower(i)) {
	case "week", "month", "year":
		unit = string(s.lower(i))
	default:
		return hit{}, false
	}
	h := hit{start: i, end: i + 1}
	if s.hasPub {
		h.value = shifted(s.pub, unit, delta)
	}
	return h, true
}

// shifted names the unit (day, week, month, year) n units from t.
func shifted(t time.Time, unit string, n int) string {
	var r time.Time
	switch unit {
	case "day", "days":
		r = t.AddDate(0, 0, n)
	case "week", "weeks":
		r = t.AddDate(0, 0, 7*n)
	case "month", "months":
		r = time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	default:
		r = time.Date(t.Year()+n, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if r.Year() < 1 || r.Year() > 9999 {
		return ""
	}
	switch unit {
	case "day", "days":
		return r.Format("2006-01-02")
	case "week", "weeks":
		y, w := r.ISOWeek()
		return strconv.Itoa(y) + "-W" + pad2(w)
	case "month", "months":
		return r.Format("2006-01")
	}
	return r.Format("2006")
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// counted reads "two days ago", "a week later", "three years earlier".
func (s *scanner) counted(i int) (hit, bool) {
	n, ok := s.number(i, 4)
	if !ok {
		b := s.lower(i)
		if b == nil {
			return hit{}, false
		}
		if n, ok = countWords[string(b)]; !ok {
			return hit{}, false
		}
	}
	unit := string(s.lower(i + 1))
	switch unit {
	case "day", "days", "week", "weeks", "month", "months", "year", "years":
	default:
		return hit{}, false
	}
	h := hit{start: i, end: i + 3}
	base, known := s.anchor, s.hasAnchor
	switch string(s.lower(i + 2)) {
	case "ago":
		base, known = s.pub, s.hasPub
		n = -n
	case "earlier":
		n = -n
	case "later":
	default:
		return hit{}, false
	}
	if known {
		h.value = shifted(base, unit, n)
		if unit == "day" || unit == "days" {
			h.day, h.isDay = base.AddDate(0, 0, n), h.value != ""
		}
	}
	return h, true
}
