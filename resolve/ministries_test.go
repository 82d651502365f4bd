package resolve

import "testing"

// TestCanonicalMinistries: a country's ministry is "Ministry of <portfolio>
// of <country>" however the text names it, unless the KB's own name is the
// full one (Britain's Ministry of Defence).
func TestCanonicalMinistries(t *testing.T) {
	src := "ALGIERS - The Algerian Foreign Ministry summoned the envoy. Russia's defence ministry said so. " +
		"China's commerce ministry agreed. " +
		"Britain's Ministry of Defence declined to comment.\n"
	ents := resolveText(t, src, "2025-04-15", map[string]string{"ALGIERS": "GPE", "Algerian Foreign Ministry": "ORG",
		"Russia": "GPE", "China": "GPE",
		"Britain": "GPE", "Ministry of Defence": "ORG"})
	for _, name := range []string{"Ministry of Foreign Affairs of Algeria", "Ministry of Defence of Russia",
		"Ministry of Commerce of China", "Ministry of Defence"} {
		if find(ents, name) == nil {
			t.Errorf("no %q among %+v", name, ents)
		}
	}
}

func TestMinistryName(t *testing.T) {
	words := []string{"Algeria", "Algerian"}
	for in, want := range map[string]string{"Algerian Foreign Ministry": "Ministry of Foreign Affairs",
		"Algeria's Interior Ministry": "Ministry of Interior", "Ministry of Energy and Mines": "",
		"Foreign Ministry": "", "Ministry of Energy of Algeria": "", "Algerian Ministry of Culture": "Ministry of Culture",
		"Ministry of Justice of Algeria": "", "Algerian Army": "", "Supreme Ministry": ""} {
		if got, _ := ministryName(in, words); got != want {
			t.Errorf("ministryName(%q) = %q, want %q", in, got, want)
		}
	}
}
