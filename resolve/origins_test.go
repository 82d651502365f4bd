package resolve

import "testing"

func TestNameOrigin(t *testing.T) {
	for name, want := range map[string]string{"Nguyen Thi Lan": "VNM", "Kenji Matsumoto": "JPN", "Kim Ji-hoon": "KOR",
		"D.Ganbold": "MNG", "Ch.Enkhbold": "MNG", "Nguyen Lan": "", "Tanaka Matsumoto": "", "Kim Jones": "",
		"John Smith": "", "U.S.": "", "Irakli Kobakhidze": "GEO", "Ararat Mirzoyan": "ARM", "Olena Kravchenko": "UKR",
		"Ivan Yan": ""} {
		if got := nameOrigin(name); got != want {
			t.Errorf("nameOrigin(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestNameOriginTie: people the text places nowhere take the country their
// names' shape says when the story names it, not otherwise.
func TestNameOriginTie(t *testing.T) {
	src := "ASHGABAT (TDH) - Turkmenistan and Japan signed a deal. Turkmenistan hailed it. Turkmenistan will build. " +
		"Kenji Matsumoto said the plant would open. Kim Ji-hoon agreed.\n"
	ents := resolveText(t, src, "2025-07-05", map[string]string{"ASHGABAT": "GPE", "TDH": "ORG", "Turkmenistan": "GPE",
		"Japan": "GPE", "Kenji Matsumoto": "PERSON", "Kim Ji - hoon": "PERSON"})
	if e := find(ents, "Kenji Matsumoto"); e == nil || e.Country != "JPN" {
		t.Errorf("Kenji Matsumoto = %+v, want JPN", e)
	}
	if e := find(ents, "Kim Ji-hoon"); e == nil || e.Country == "KOR" {
		t.Errorf("Kim Ji-hoon = %+v, want no Korean: the story names no Korea", e)
	}
}

func TestChineseNameOrigin(t *testing.T) {
	for name, want := range map[string]string{"Chen Guodong": "CHN", "Li Mingzhe": "CHN", "Liu Yang": "CHN",
		"Lee Hsien Loong": "", "Lai Ching-te": "", "Han Duck-soo": "KOR", "Ma Ying-jeou": "", "Long Island": "",
		"Wang Yi": "CHN", "Yang Xiaoqiang": "CHN", "Ye Olde": ""} {
		if got := nameOrigin(name); got != want {
			t.Errorf("nameOrigin(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestArabicName(t *testing.T) {
	for name, want := range map[string]bool{"Qais bin Mohammed Al Yousef": true, "Khaled al-Omar": true,
		"Musaed bin Mohammed Al-Aiban": true, "Al Gore": false, "Joost van der Linden": false, "Ahmed Ali": false} {
		if got := arabicName(name); got != want {
			t.Errorf("arabicName(%q) = %v, want %v", name, got, want)
		}
	}
}
