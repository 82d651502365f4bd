package source

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the full forms tried first, most common first. Go's
// parser accepts fractional seconds after a seconds field even when the
// layout has none.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
}

var (
	// isoPrefix catches ISO dates followed by a time in a form the layouts
	// do not cover ("2024-03-05T10:00:00.000+0100 (CET)").
	isoPrefix = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)`)
	// monthFirst is "March 5, 2024", "Tue, Mar. 5 2024 10:00", "Tuesday March 5th, 2024".
	monthFirst = regexp.MustCompile(`^(?:[A-Za-z]+\.?,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// dayFirst is "5 March 2024", "Tuesday, 5 Mar. 2024", "5th of March, 2024".
	dayFirst = regexp.MustCompile(`^(?:[A-Za-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})\b`)
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "sept": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func monthNamed(s string) (time.Month, bool) {
	s = strings.ToLower(s)
	if m, ok := months[s]; ok {
		return m, true
	}
	if len(s) > 3 {
		if m, ok := months[s[:3]]; ok && strings.HasPrefix(strings.ToLower(m.String()), s) {
			return m, true
		}
	}
	return 0, false
}

// NormalizeDate reads a publication date in one of the forms news pages and
// feeds use and returns it as YYYY-MM-DD, the calendar day in the date's own
// time zone. It reports false for anything it cannot read with certainty,
// including numeric dates such as 03/05/2024 whose order is ambiguous.
func NormalizeDate(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 100 {
		return "", false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return day(t.Year(), t.Month(), t.Day())
		}
	}
	if m := isoPrefix.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return day(y, time.Month(mo), d)
	}
	if m := monthFirst.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNamed(m[1]); ok {
			d, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[3])
			return day(y, mo, d)
		}
	}
	if m := dayFirst.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNamed(m[2]); ok {
			d, _ := strconv.Atoi(m[1])
			y, _ := strconv.Atoi(m[3])
			return day(y, mo, d)
		}
	}
	return "", false
}

// day formats a calendar day, refusing days that do not exist (31 April)
// and years no news article has.
func day(y int, m time.Month, d int) (string, bool) {
	if y < 1000 || y > 9999 || m < time.January || m > time.December || d < 1 {
		return "", false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format(time.DateOnly), true
}
