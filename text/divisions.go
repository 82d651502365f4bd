package text

// DivisionWord reports whether w, in lower case, is the word of a kind of
// administrative division that news writes after a place's name as part of
// how it names the place: "the Batken region", "Sindh province", "the
// Darnytskyi district". A suburb or neighbourhood after a city's name is a
// part of the city ("a Melbourne suburb"), so those words are not among
// them.
func DivisionWord(w string) bool { return divisionWords[w] }

var divisionWords = map[string]bool{"province": true, "district": true, "state": true, "county": true,
	"prefecture": true, "governorate": true, "municipality": true, "department": true, "oblast": true, "region": true,
	"regency": true, "ward": true}
