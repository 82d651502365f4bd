package kb

// Area is a named part of the world that is neither a country, a city nor
// a first-level division: a continent, a sea, a world region ("the Middle
// East"), or a region inside one country that news names ("Darfur",
// "Java"). Country is empty for those that span several.
type Area struct {
	Name     string
	Country  string
	Lat, Lon float64
	// County marks a county or similar division below the first level,
	// whose name towns elsewhere often share (Norfolk, Kent): it stands
	// for the county only where the story places it (see package resolve).
	County bool
	// Polity marks a territory with a government of its own, which is a
	// geopolitical entity rather than a mere region: the Gaza Strip,
	// Transnistria, Somaliland.
	Polity bool
}

// Area returns the area called name, as written ("Africa", "Darfur").
func (k *KB) Area(name string) (Area, bool) {
	a, ok := areas[name]
	if !ok {
		if a, ok = counties[name]; !ok {
			return Area{}, false
		}
		a.County = true
	}
	a.Name = name
	return a, true
}

// AreaByAdjective returns the world region an adjective is of ("European",
// "West African"), as CountryByDemonym does for countries.
func (k *KB) AreaByAdjective(s string) (Area, bool) {
	name, ok := areaAdjectives[s]
	if !ok {
		return Area{}, false
	}
	return k.Area(name)
}

// areaAdjectives are the adjectives of world regions that are not the
// region's name too ("Caribbean", "Arctic" are left to Area). Source:
// written for Chronicle from English usage.
var areaAdjectives = map[string]string{"European": "Europe", "African": "Africa", "Asian": "Asia",
	"Latin American": "Latin America", "West African": "West Africa", "East African": "East Africa",
	"Middle Eastern": "Middle East", "Scandinavian": "Scandinavia", "Balkan": "Balkans", "Central Asian": "Central Asia",
	"Southeast Asian": "Southeast Asia", "South American": "South America", "North American": "North America",
	"Western European": "Western Europe", "Eastern European": "Eastern Europe", "Central European": "Central Europe",
	"North African": "North Africa", "Central American": "Central America", "East Asian": "East Asia",
	"South Asian": "South Asia", "Southern African": "Southern Africa", "East European": "Eastern Europe",
	"Sub-Saharan": "Sub-Saharan Africa"}

// areas are placed at rough geographic centres, good to a few hundred
// kilometres, as a region's centre can be. Source: written for Chronicle
// from public atlas facts.
var areas = map[string]Area{
	// Continents and world regions.
	"Africa": {Lat: 2, Lon: 17}, "Asia": {Lat: 43, Lon: 87}, "Europe": {Lat: 53, Lon: 15},
	"North America": {Lat: 45, Lon: -100}, "South America": {Lat: -15, Lon: -60}, "Latin America": {Lat: -5, Lon: -65},
	"Central America": {Lat: 13, Lon: -86}, "Americas": {Lat: 15, Lon: -85}, "Oceania": {Lat: -18, Lon: 140},
	"Antarctica": {Lat: -80, Lon: 0}, "Middle East": {Lat: 29, Lon: 45}, "Mideast": {Lat: 29, Lon: 45}, "Caribbean": {Lat: 17, Lon: -72},
	"Southeast Asia": {Lat: 5, Lon: 110}, "South East Asia": {Lat: 5, Lon: 110}, "South-east Asia": {Lat: 5, Lon: 110}, "South Asia": {Lat: 23, Lon: 80},
	"East Asia": {Lat: 35, Lon: 115}, "Central Asia": {Lat: 43, Lon: 65}, "West Africa": {Lat: 12, Lon: -3},
	"East Africa": {Lat: 0, Lon: 36}, "North Africa": {Lat: 27, Lon: 12}, "Southern Africa": {Lat: -25, Lon: 25},
	"Central Africa": {Lat: 2, Lon: 20}, "Sub-Saharan Africa": {Lat: 0, Lon: 20}, "Horn of Africa": {Lat: 8, Lon: 45},
	"Western Europe": {Lat: 48, Lon: 5}, "Eastern Europe": {Lat: 50, Lon: 30}, "Central Europe": {Lat: 50, Lon: 15},
	"Northern Europe": {Lat: 60, Lon: 15}, "Southern Europe": {Lat: 41, Lon: 14}, "Scandinavia": {Lat: 63, Lon: 15},
	"Balkans": {Lat: 43, Lon: 21}, "Caucasus": {Lat: 42, Lon: 45}, "Sahel": {Lat: 14, Lon: 5},
	"Western Balkans": {Lat: 42.5, Lon: 20}, "South Caucasus": {Lat: 41, Lon: 45}, "Baltics": {Lat: 57, Lon: 24},
	"Levant": {Lat: 33, Lon: 36}, "Maghreb": {Lat: 32, Lon: 3}, "Arabian Peninsula": {Lat: 23, Lon: 46},
	"Great Lakes region": {Lat: -2, Lon: 30}, "Indo-Pacific": {Lat: 5, Lon: 110}, "Asia-Pacific": {Lat: 10, Lon: 120},
	"Eurasia": {Lat: 50, Lon: 70}, "Sahara": {Lat: 23, Lon: 13}, "Siberia": {Country: "RUS", Lat: 60, Lon: 100}, "Arctic": {Lat: 80, Lon: 0},
	"Amazon": {Lat: -3.5, Lon: -62}, "Amazon rainforest": {Lat: -3.5, Lon: -62}, "Andes": {Lat: -15, Lon: -70},
	"Baltic states": {Lat: 57, Lon: 24}, "Nordic countries": {Lat: 62, Lon: 15}, "Himalayas": {Lat: 28, Lon: 84},
	"Alps": {Lat: 46.5, Lon: 10}, "Pyrenees": {Lat: 42.7, Lon: 1}, "Line of Control": {Lat: 34.5, Lon: 74.2},
	"Line of Actual Control": {Lat: 34, Lon: 78.5},
	// Seas and oceans.
	"Gulf": {Lat: 27, Lon: 51}, "Persian Gulf": {Lat: 27, Lon: 51}, "Mediterranean": {Lat: 35, Lon: 18},
	"Pacific": {Lat: 0, Lon: -160}, "Atlantic": {Lat: 0, Lon: -30}, "Indian Ocean": {Lat: -20, Lon: 80},
	"Black Sea": {Lat: 43, Lon: 35}, "Red Sea": {Lat: 20, Lon: 38}, "South China Sea": {Lat: 12, Lon: 114},
	"Baltic": {Lat: 58, Lon: 20}, "Korean Peninsula": {Lat: 38, Lon: 127.5},
	"Bay of Bengal": {Lat: 15, Lon: 88}, "Arabian Sea": {Lat: 15, Lon: 65}, "Gulf of Aden": {Lat: 12.5, Lon: 48},
	"Gulf of Mexico": {Lat: 25, Lon: -90}, "Gulf of Oman": {Lat: 24.5, Lon: 58.5},
	"Strait of Hormuz": {Lat: 26.6, Lon: 56.3}, "Bab el-Mandeb": {Lat: 12.6, Lon: 43.3},
	"Caspian Sea": {Lat: 42, Lon: 50.5}, "Aegean Sea": {Lat: 39, Lon: 25}, "Adriatic": {Lat: 43, Lon: 15.5},
	"Sea of Japan": {Lat: 40, Lon: 135}, "East China Sea": {Lat: 29, Lon: 125}, "Yellow Sea": {Lat: 36, Lon: 123},
	"Sea of Azov": {Lat: 46, Lon: 36.5}, "Kerch Strait": {Lat: 45.3, Lon: 36.5}, "Taiwan Strait": {Lat: 24, Lon: 119.5},
	"Strait of Malacca": {Lat: 4, Lon: 100}, "North Sea": {Lat: 56, Lon: 3}, "Irish Sea": {Lat: 53.5, Lon: -5},
	"English Channel": {Lat: 50.2, Lon: -1}, "Bering Strait": {Lat: 66, Lon: -169}, "Gulf of Guinea": {Lat: 2, Lon: 4},
	"Andaman Sea": {Lat: 10, Lon: 96}, "Barents Sea": {Lat: 74, Lon: 40}, "Arctic Ocean": {Lat: 85, Lon: 0},
	"Southern Ocean": {Lat: -60, Lon: 90}, "Atlantic Ocean": {Lat: 0, Lon: -30}, "Pacific Ocean": {Lat: 0, Lon: -160},
	"Mediterranean Sea": {Lat: 35, Lon: 18}, "Baltic Sea": {Lat: 58, Lon: 20}, "Caribbean Sea": {Lat: 15, Lon: -75},
	"Gulf of Thailand": {Lat: 10, Lon: 102}, "Gulf of Aqaba": {Lat: 28.8, Lon: 34.8}, "Dead Sea": {Lat: 31.5, Lon: 35.5},
	"Sea of Galilee": {Country: "ISR", Lat: 32.8, Lon: 35.6}, "Suez Canal": {Country: "EGY", Lat: 30.5, Lon: 32.35},
	"Panama Canal": {Country: "PAN", Lat: 9.1, Lon: -79.7},
	"Bosphorus":    {Country: "TUR", Lat: 41.1, Lon: 29.05}, "Bosporus": {Country: "TUR", Lat: 41.1, Lon: 29.05},
	"Dardanelles": {Country: "TUR", Lat: 40.2, Lon: 26.4},
	// Major rivers, at a point along their middle course; of no country
	// when they run through several. One-word names that are also a
	// country, a state, a town or a common given name (Jordan, Niger,
	// Congo, Colorado, Limpopo, Dnipro, Jhelum, Ravi) are left out.
	"Nile": {Lat: 15.6, Lon: 32.5}, "Nile River": {Lat: 15.6, Lon: 32.5}, "Blue Nile": {Lat: 11.5, Lon: 35},
	"White Nile": {Lat: 12, Lon: 32.5}, "Mekong": {Lat: 15, Lon: 105.8}, "Mekong River": {Lat: 15, Lon: 105.8},
	"Danube": {Lat: 45.2, Lon: 28.8}, "Dnieper": {Lat: 47.5, Lon: 34.6},
	"Euphrates": {Lat: 35, Lon: 40.5}, "Tigris": {Lat: 35, Lon: 43.3}, "Indus": {Lat: 28, Lon: 69.5},
	"Indus River": {Lat: 28, Lon: 69.5}, "Ganges": {Lat: 25.3, Lon: 83}, "Brahmaputra": {Lat: 26.2, Lon: 91.7},
	"Amu Darya": {Lat: 40, Lon: 63.5}, "Syr Darya": {Lat: 41, Lon: 68}, "Chenab": {Lat: 31.5, Lon: 72.5},
	"Sutlej": {Lat: 30.5, Lon: 74}, "Zambezi": {Lat: -16, Lon: 28}, "Zambezi River": {Lat: -16, Lon: 28},
	"Rhine":   {Lat: 50.5, Lon: 7.5},
	"Orinoco": {Lat: 7.5, Lon: -65}, "Salween": {Lat: 18, Lon: 97.7}, "Yarmouk": {Lat: 32.7, Lon: 35.8},
	"Yangtze": {Country: "CHN", Lat: 30.5, Lon: 112}, "Yangtze River": {Country: "CHN", Lat: 30.5, Lon: 112},
	"Yellow River": {Country: "CHN", Lat: 35, Lon: 110.5}, "Volga": {Country: "RUS", Lat: 50, Lon: 46},
	"Irrawaddy": {Country: "MMR", Lat: 19, Lon: 95.2}, "Litani River": {Country: "LBN", Lat: 33.3, Lon: 35.4},
	// Regions inside one country.
	"Kordofan": {Country: "SDN", Lat: 13, Lon: 30}, "Jebel Marra": {Country: "SDN", Lat: 13, Lon: 24.3},
	"Karabakh": {Country: "AZE", Lat: 39.9, Lon: 46.8}, "Upper Egypt": {Country: "EGY", Lat: 26, Lon: 32.5},
	"Lower Egypt": {Country: "EGY", Lat: 30.5, Lon: 31}, "Volhynia": {Country: "UKR", Lat: 51, Lon: 25.5},
	"Transylvania": {Country: "ROU", Lat: 46.5, Lon: 24}, "Catatumbo": {Country: "COL", Lat: 8.6, Lon: -73},
	"Tapanuli": {Country: "IDN", Lat: 1.8, Lon: 99}, "Urals": {Country: "RUS", Lat: 60, Lon: 60},
	"Everglades": {Country: "USA", Lat: 25.8, Lon: -80.9}, "Wimmera": {Country: "AUS", Lat: -36.5, Lon: 142},
	"Guadalcanal": {Country: "SLB", Lat: -9.6, Lon: 160.1}, "Upolu": {Country: "WSM", Lat: -13.9, Lon: -171.75},
	"La Digue": {Country: "SYC", Lat: -4.36, Lon: 55.84}, "Krk": {Country: "HRV", Lat: 45.08, Lon: 14.6},
	"Tonle Sap": {Country: "KHM", Lat: 12.9, Lon: 104.1}, "Lake Balkhash": {Country: "KAZ", Lat: 46.5, Lon: 74.9},
	"Lake Issyk-Kul": {Country: "KGZ", Lat: 42.4, Lon: 77.3}, "Mina": {Country: "SAU", Lat: 21.41, Lon: 39.89},
	"Mount Arafat": {Country: "SAU", Lat: 21.35, Lon: 39.98}, "Negev": {Country: "ISR", Lat: 30.8, Lon: 34.8},
	"Altiplano": {Country: "BOL", Lat: -18, Lon: -67.5}, "Pampas": {Country: "ARG", Lat: -35, Lon: -62},
	"Gaza Strip": {Country: "PSE", Lat: 31.4, Lon: 34.4, Polity: true}, "West Bank": {Country: "PSE", Lat: 32, Lon: 35.25, Polity: true},
	"Darfur": {Country: "SDN", Lat: 13.5, Lon: 24}, "Java": {Country: "IDN", Lat: -7.3, Lon: 110},
	"Sumatra": {Country: "IDN", Lat: 0, Lon: 102}, "Mindanao": {Country: "PHL", Lat: 7.5, Lon: 125},
	"Luzon": {Country: "PHL", Lat: 16, Lon: 121}, "Sinai": {Country: "EGY", Lat: 29.5, Lon: 33.8},
	"Donbas": {Country: "UKR", Lat: 48, Lon: 38.5}, "Donbass": {Country: "UKR", Lat: 48, Lon: 38.5},
	"Patagonia": {Country: "ARG", Lat: -44, Lon: -69}, "Galilee": {Country: "ISR", Lat: 32.8, Lon: 35.4},
	"Nagorno-Karabakh": {Country: "AZE", Lat: 39.9, Lon: 46.7, Polity: true},
	"Transnistria":     {Country: "MDA", Lat: 47.2, Lon: 29.4, Polity: true},
	"Abkhazia":         {Country: "GEO", Lat: 43, Lon: 41, Polity: true}, "South Ossetia": {Country: "GEO", Lat: 42.3, Lon: 44, Polity: true},
	"Somaliland": {Country: "SOM", Lat: 9.6, Lon: 45.5, Polity: true}, "Puntland": {Country: "SOM", Lat: 8.4, Lon: 49, Polity: true},
	"Silicon Valley": {Country: "USA", Lat: 37.4, Lon: -122.05}, "Swat Valley": {Country: "PAK", Lat: 35.2, Lon: 72.4},
	"Bekaa Valley": {Country: "LBN", Lat: 33.85, Lon: 35.9}, "Rift Valley": {Country: "KEN", Lat: 0.5, Lon: 36},
	"Panjshir Valley": {Country: "AFG", Lat: 35.4, Lon: 69.7}, "Niger Delta": {Country: "NGA", Lat: 5, Lon: 6},
	"Neelum Valley": {Country: "PAK", Lat: 34.6, Lon: 73.9}, "Kurram": {Country: "PAK", Lat: 33.7, Lon: 70.1},
	// Disputed between countries: no one country.
	"Kashmir": {Lat: 34, Lon: 76}, "Golan Heights": {Lat: 33, Lon: 35.8}, "Kurdistan": {Lat: 37, Lon: 44},
}

// counties are the counties of the United Kingdom that news names (England's
// ceremonial counties, Wales's and Scotland's larger areas, Northern
// Ireland's six counties), at rough centres. GeoNames' cities file has no
// second-level divisions. Source: written for Chronicle from public atlas
// facts.
var counties = map[string]Area{
	"Bedfordshire": {Country: "GBR", Lat: 52.05, Lon: -0.45}, "Berkshire": {Country: "GBR", Lat: 51.45, Lon: -1.15},
	"Buckinghamshire": {Country: "GBR", Lat: 51.8, Lon: -0.8}, "Cambridgeshire": {Country: "GBR", Lat: 52.35, Lon: 0.05},
	"Cheshire": {Country: "GBR", Lat: 53.2, Lon: -2.55}, "Cornwall": {Country: "GBR", Lat: 50.4, Lon: -4.9},
	"Cumbria": {Country: "GBR", Lat: 54.55, Lon: -3}, "Derbyshire": {Country: "GBR", Lat: 53.05, Lon: -1.6},
	"Devon": {Country: "GBR", Lat: 50.7, Lon: -3.8}, "Dorset": {Country: "GBR", Lat: 50.8, Lon: -2.3},
	"County Durham": {Country: "GBR", Lat: 54.7, Lon: -1.8}, "East Sussex": {Country: "GBR", Lat: 50.9, Lon: 0.25},
	"Essex": {Country: "GBR", Lat: 51.8, Lon: 0.55}, "Gloucestershire": {Country: "GBR", Lat: 51.85, Lon: -2.2},
	"Hampshire": {Country: "GBR", Lat: 51.05, Lon: -1.3}, "Herefordshire": {Country: "GBR", Lat: 52.08, Lon: -2.75},
	"Hertfordshire": {Country: "GBR", Lat: 51.8, Lon: -0.25}, "Isle of Wight": {Country: "GBR", Lat: 50.68, Lon: -1.3},
	"Kent": {Country: "GBR", Lat: 51.2, Lon: 0.75}, "Lancashire": {Country: "GBR", Lat: 53.8, Lon: -2.6},
	"Leicestershire": {Country: "GBR", Lat: 52.7, Lon: -1.15}, "Lincolnshire": {Country: "GBR", Lat: 53.1, Lon: -0.3},
	"Merseyside": {Country: "GBR", Lat: 53.45, Lon: -2.95}, "Norfolk": {Country: "GBR", Lat: 52.65, Lon: 1},
	"Northamptonshire": {Country: "GBR", Lat: 52.3, Lon: -0.9}, "Northumberland": {Country: "GBR", Lat: 55.25, Lon: -2},
	"North Yorkshire": {Country: "GBR", Lat: 54.15, Lon: -1.45}, "Nottinghamshire": {Country: "GBR", Lat: 53.15, Lon: -1},
	"Oxfordshire": {Country: "GBR", Lat: 51.8, Lon: -1.3}, "Rutland": {Country: "GBR", Lat: 52.65, Lon: -0.65},
	"Shropshire": {Country: "GBR", Lat: 52.65, Lon: -2.75}, "Somerset": {Country: "GBR", Lat: 51.1, Lon: -3},
	"South Yorkshire": {Country: "GBR", Lat: 53.5, Lon: -1.3}, "Staffordshire": {Country: "GBR", Lat: 52.85, Lon: -2.05},
	"Suffolk": {Country: "GBR", Lat: 52.2, Lon: 1}, "Surrey": {Country: "GBR", Lat: 51.25, Lon: -0.4},
	"Tyne and Wear": {Country: "GBR", Lat: 54.95, Lon: -1.55}, "Warwickshire": {Country: "GBR", Lat: 52.3, Lon: -1.55},
	"West Midlands": {Country: "GBR", Lat: 52.5, Lon: -1.9}, "West Sussex": {Country: "GBR", Lat: 50.95, Lon: -0.45},
	"West Yorkshire": {Country: "GBR", Lat: 53.75, Lon: -1.7}, "Wiltshire": {Country: "GBR", Lat: 51.3, Lon: -1.95},
	"Worcestershire": {Country: "GBR", Lat: 52.2, Lon: -2.2}, "Yorkshire": {Country: "GBR", Lat: 54, Lon: -1.5},
	"Greater Manchester": {Country: "GBR", Lat: 53.5, Lon: -2.3}, "East Anglia": {Country: "GBR", Lat: 52.5, Lon: 1},
	"Gwynedd": {Country: "GBR", Lat: 52.9, Lon: -3.9}, "Powys": {Country: "GBR", Lat: 52.35, Lon: -3.4},
	"Carmarthenshire": {Country: "GBR", Lat: 51.9, Lon: -4.2}, "Pembrokeshire": {Country: "GBR", Lat: 51.85, Lon: -4.9},
	"Ceredigion": {Country: "GBR", Lat: 52.25, Lon: -4}, "Anglesey": {Country: "GBR", Lat: 53.28, Lon: -4.35},
	"Denbighshire": {Country: "GBR", Lat: 53.1, Lon: -3.35}, "Flintshire": {Country: "GBR", Lat: 53.2, Lon: -3.15},
	"Monmouthshire": {Country: "GBR", Lat: 51.75, Lon: -2.85}, "Fife": {Country: "GBR", Lat: 56.25, Lon: -3.15},
	"Aberdeenshire": {Country: "GBR", Lat: 57.25, Lon: -2.6}, "Perthshire": {Country: "GBR", Lat: 56.55, Lon: -3.8},
	"Argyll": {Country: "GBR", Lat: 56.2, Lon: -5.3}, "Ayrshire": {Country: "GBR", Lat: 55.45, Lon: -4.6},
	"Lanarkshire": {Country: "GBR", Lat: 55.65, Lon: -3.8}, "Scottish Borders": {Country: "GBR", Lat: 55.55, Lon: -2.8},
	"Dumfries and Galloway": {Country: "GBR", Lat: 55.05, Lon: -3.95}, "Orkney": {Country: "GBR", Lat: 59, Lon: -3},
	"Shetland": {Country: "GBR", Lat: 60.3, Lon: -1.3}, "Highlands": {Country: "GBR", Lat: 57.4, Lon: -4.9},
	"County Antrim": {Country: "GBR", Lat: 54.85, Lon: -6.25}, "County Down": {Country: "GBR", Lat: 54.35, Lon: -5.9},
	"County Armagh": {Country: "GBR", Lat: 54.3, Lon: -6.6}, "County Tyrone": {Country: "GBR", Lat: 54.6, Lon: -7.3},
	"County Fermanagh": {Country: "GBR", Lat: 54.35, Lon: -7.65}, "County Londonderry": {Country: "GBR", Lat: 54.9, Lon: -6.9},
}
