package text

import "strings"

// CalendarWord reports whether w, in any case, is the name of a weekday or
// a month, which news capitalises but which names no one: "Monday",
// "September". "May" is left out, as it is also a name and a verb.
func CalendarWord(w string) bool { return calendarWords[strings.ToLower(w)] }

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}
