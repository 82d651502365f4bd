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
	// Rivers, lakes, seas, ranges, valleys, deserts and forests that two or
	// more countries share, so of none ("the Dniester River", "Lake
	// Victoria", "the Ferghana Valley"); a few more of one country. Names
	// that are also a town or a party news names more often (Tisza) are left
	// out.
	"Danube River": {Lat: 45.2, Lon: 28.8}, "Dnieper River": {Lat: 47.5, Lon: 34.6},
	"Dniester": {Lat: 47.5, Lon: 29}, "Dniester River": {Lat: 47.5, Lon: 29}, "Nistru": {Lat: 47.5, Lon: 29},
	"Prut": {Lat: 46.8, Lon: 28.1}, "Prut River": {Lat: 46.8, Lon: 28.1}, "Bug River": {Lat: 51.5, Lon: 23.6},
	"Narva River": {Lat: 59.2, Lon: 28.1}, "Neman": {Lat: 55.1, Lon: 22.5}, "Neman River": {Lat: 55.1, Lon: 22.5},
	"Daugava": {Lat: 56.2, Lon: 26.5}, "Western Dvina": {Lat: 56.2, Lon: 26.5}, "Oder River": {Lat: 52.5, Lon: 14.6},
	"Elbe": {Lat: 52, Lon: 11.7}, "Elbe River": {Lat: 52, Lon: 11.7}, "Meuse River": {Lat: 50.5, Lon: 5},
	"Moselle River": {Lat: 49.5, Lon: 6.4}, "Rhine River": {Lat: 50.5, Lon: 7.5}, "Tagus River": {Lat: 39.5, Lon: -6.5},
	"Douro River": {Lat: 41.1, Lon: -7}, "Evros River": {Lat: 41.2, Lon: 26.3}, "Maritsa River": {Lat: 41.2, Lon: 26.3},
	"Tisza River": {Lat: 46.5, Lon: 20.1}, "Drava River": {Lat: 45.8, Lon: 17.5},
	"Sava River": {Lat: 45.1, Lon: 18}, "Drina": {Lat: 44, Lon: 19.3}, "Drina River": {Lat: 44, Lon: 19.3},
	"Ibar River": {Lat: 42.9, Lon: 20.9},
	"Aras River": {Lat: 39.5, Lon: 45.5}, "Araks River": {Lat: 39.5, Lon: 45.5}, "Araxes": {Lat: 39.5, Lon: 45.5},
	"Kura River": {Lat: 40.9, Lon: 46.5}, "Tigris River": {Lat: 35, Lon: 43.3}, "Euphrates River": {Lat: 35, Lon: 40.5},
	"Jordan River": {Lat: 32.3, Lon: 35.56}, "Shatt al-Arab": {Lat: 30.3, Lon: 48.3}, "Helmand River": {Lat: 31, Lon: 62},
	"Harirud": {Lat: 35.5, Lon: 61.2}, "Hari River": {Lat: 35.5, Lon: 61.2}, "Kabul River": {Lat: 34.2, Lon: 71},
	"Panj River": {Lat: 37.3, Lon: 69}, "Pyanj River": {Lat: 37.3, Lon: 69}, "Amu Darya River": {Lat: 40, Lon: 63.5},
	"Syr Darya River": {Lat: 41, Lon: 68}, "Zarafshan River": {Lat: 39.6, Lon: 66.5}, "Zeravshan River": {Lat: 39.6, Lon: 66.5},
	"Isfara River": {Lat: 40, Lon: 70.7}, "Chatkal River": {Lat: 41.6, Lon: 70.6}, "Ili River": {Lat: 44, Lon: 78},
	"Irtysh": {Lat: 53, Lon: 74}, "Irtysh River": {Lat: 53, Lon: 74}, "Ural River": {Lat: 49, Lon: 51.5},
	"Amur River": {Lat: 50, Lon: 128}, "Ussuri River": {Lat: 46.5, Lon: 133.8}, "Yalu River": {Lat: 40.1, Lon: 124.4},
	"Tumen River": {Lat: 42.5, Lon: 130}, "Ravi River": {Lat: 31.5, Lon: 74.3}, "Chenab River": {Lat: 31.5, Lon: 72.5},
	"Jhelum River": {Lat: 33.5, Lon: 73.6}, "Sutlej River": {Lat: 30.5, Lon: 74}, "Ganges River": {Lat: 25.3, Lon: 83},
	"Brahmaputra River": {Lat: 26.2, Lon: 91.7}, "Teesta River": {Lat: 25.8, Lon: 89.4}, "Kosi River": {Lat: 26.5, Lon: 86.9},
	"Naf River": {Lat: 20.9, Lon: 92.3}, "Salween River": {Lat: 18, Lon: 97.7},
	"Senegal River": {Lat: 16.5, Lon: -14.5}, "Gambia River": {Lat: 13.4, Lon: -15.5}, "Niger River": {Lat: 13.5, Lon: 2},
	"Congo River": {Lat: 0, Lon: 18}, "Ubangi River": {Lat: 3, Lon: 18.5}, "Limpopo River": {Lat: -22.3, Lon: 30.5},
	"Orange River": {Lat: -28.6, Lon: 17.5}, "Okavango River": {Lat: -18, Lon: 21}, "Kagera River": {Lat: -1.3, Lon: 31},
	"Rio Grande": {Lat: 29.5, Lon: -104.5}, "Rio Grande River": {Lat: 29.5, Lon: -104.5}, "Rio Bravo": {Lat: 29.5, Lon: -104.5},
	"Colorado River": {Lat: 36, Lon: -112.5}, "Niagara River": {Lat: 43.1, Lon: -79.05},
	"Suchiate River": {Lat: 14.6, Lon: -92.2}, "Usumacinta River": {Lat: 17.4, Lon: -91.5},
	"Amazon River": {Lat: -3.3, Lon: -60}, "Putumayo River": {Lat: -2, Lon: -72}, "Catatumbo River": {Lat: 9, Lon: -72.5},
	"Orinoco River": {Lat: 7.5, Lon: -65}, "Parana River": {Lat: -27.4, Lon: -56}, "Paraná River": {Lat: -27.4, Lon: -56},
	"Paraguay River": {Lat: -22, Lon: -57.9}, "Uruguay River": {Lat: -29, Lon: -56},
	"Lake Victoria": {Lat: -1, Lon: 33}, "Lake Tanganyika": {Lat: -6, Lon: 29.5}, "Lake Malawi": {Lat: -12, Lon: 34.5},
	"Lake Nyasa": {Lat: -12, Lon: 34.5}, "Lake Chad": {Lat: 13.2, Lon: 14.1}, "Lake Chad Basin": {Lat: 13.2, Lon: 14.1},
	"Lake Kivu": {Lat: -2, Lon: 29.2}, "Lake Albert": {Lat: 1.7, Lon: 30.9}, "Lake Edward": {Lat: -0.35, Lon: 29.6},
	"Lake Turkana": {Lat: 3.6, Lon: 36.1}, "Lake Kariba": {Lat: -17, Lon: 28}, "Lake Titicaca": {Lat: -15.8, Lon: -69.4},
	"Lake Ontario": {Lat: 43.7, Lon: -77.9}, "Lake Erie": {Lat: 42.2, Lon: -81.2}, "Lake Huron": {Lat: 44.8, Lon: -82.4},
	"Lake Superior": {Lat: 47.7, Lon: -87.5}, "Lake Constance": {Lat: 47.6, Lon: 9.4}, "Lake Geneva": {Lat: 46.45, Lon: 6.55},
	"Lake Peipus": {Lat: 58.7, Lon: 27.5}, "Lake Ohrid": {Lat: 41, Lon: 20.7}, "Lake Prespa": {Lat: 40.9, Lon: 21},
	"Lake Neusiedl": {Lat: 47.8, Lon: 16.75}, "Aral Sea": {Lat: 45, Lon: 60},
	"Timor Sea": {Lat: -11, Lon: 128}, "Arafura Sea": {Lat: -9, Lon: 135}, "Coral Sea": {Lat: -18, Lon: 155},
	"Tasman Sea": {Lat: -40, Lon: 160}, "Celebes Sea": {Lat: 3, Lon: 122}, "Sulu Sea": {Lat: 8, Lon: 120},
	"Philippine Sea": {Lat: 20, Lon: 130}, "Sea of Okhotsk": {Lat: 53, Lon: 150}, "Bering Sea": {Lat: 58, Lon: -178},
	"Norwegian Sea": {Lat: 69, Lon: 2}, "Ionian Sea": {Lat: 38, Lon: 18.5}, "Tyrrhenian Sea": {Lat: 40, Lon: 12},
	"Sea of Oman": {Lat: 24.5, Lon: 58.5}, "Gulf of Finland": {Lat: 60, Lon: 26}, "Gulf of Bothnia": {Lat: 63, Lon: 20},
	"Gulf of Riga": {Lat: 57.5, Lon: 23.5}, "Bay of Biscay": {Lat: 45, Lon: -4}, "Gulf of Tonkin": {Lat: 20, Lon: 107.5},
	"Gulf of Fonseca": {Lat: 13.2, Lon: -87.7}, "Strait of Gibraltar": {Lat: 35.95, Lon: -5.6},
	"Torres Strait": {Lat: -10, Lon: 142.5}, "Palk Strait": {Lat: 10, Lon: 79.7}, "Mozambique Channel": {Lat: -18, Lon: 41.5},
	"Khor Abdullah":   {Lat: 29.9, Lon: 48.2},
	"Ferghana Valley": {Lat: 40.8, Lon: 71.5}, "Fergana Valley": {Lat: 40.8, Lon: 71.5},
	"Tian Shan": {Lat: 42, Lon: 80}, "Tien Shan": {Lat: 42, Lon: 80}, "Tianshan Mountains": {Lat: 42, Lon: 80},
	"Pamir": {Lat: 38.5, Lon: 73}, "Pamirs": {Lat: 38.5, Lon: 73}, "Pamir Mountains": {Lat: 38.5, Lon: 73},
	"Hindu Kush": {Lat: 35.5, Lon: 70.5}, "Karakoram": {Lat: 35.5, Lon: 76.5}, "Caucasus Mountains": {Lat: 42.5, Lon: 44.5},
	"Carpathians": {Lat: 48, Lon: 24}, "Carpathian Mountains": {Lat: 48, Lon: 24}, "Altai Mountains": {Lat: 49, Lon: 89},
	"Kopet Dag": {Lat: 38, Lon: 57.5}, "Gobi Desert": {Lat: 42.5, Lon: 103.5}, "Gobi": {Lat: 42.5, Lon: 103.5},
	"Kalahari": {Lat: -23, Lon: 22}, "Kalahari Desert": {Lat: -23, Lon: 22}, "Syrian Desert": {Lat: 32.5, Lon: 40},
	"Kyzylkum Desert": {Lat: 42, Lon: 64}, "Thar Desert": {Lat: 27, Lon: 71}, "Sahara Desert": {Lat: 23, Lon: 13},
	"Bialowieza Forest": {Lat: 52.7, Lon: 23.9}, "Białowieża Forest": {Lat: 52.7, Lon: 23.9},
	"Congo Basin": {Lat: 0, Lon: 20}, "Amazon Basin": {Lat: -3.5, Lon: -62}, "Danube Delta": {Lat: 45.1, Lon: 29.3},
	"Great Rift Valley": {Lat: 0, Lon: 36}, "Borneo": {Lat: 0.5, Lon: 114}, "Iberian Peninsula": {Lat: 40, Lon: -4},
	"Balkan Peninsula": {Lat: 42, Lon: 22}, "Indochina": {Lat: 15, Lon: 105}, "Mesopotamia": {Lat: 33, Lon: 44},
	"Durand Line": {Lat: 32.5, Lon: 69.5}, "Silk Road": {Lat: 40, Lon: 70}, "Great Silk Road": {Lat: 40, Lon: 70},
	"Mekong Delta": {Country: "VNM", Lat: 10, Lon: 105.8}, "Wakhan Corridor": {Country: "AFG", Lat: 37, Lon: 72.5},
	"Anatolia": {Country: "TUR", Lat: 39, Lon: 33},
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
