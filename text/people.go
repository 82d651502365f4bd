package text

import "strings"

// PrivatePerson tells whether a lower-case noun describes one private person
// ("a man", "one villager", "a local fisherman"), whom a text quotes without
// naming: the speaker of such a phrase is no one the text names, and a
// pronoun after it means that person.
func PrivatePerson(noun string) bool { return privatePersons[noun] }

var privatePersons = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "resident": true,
	"citizen": true, "national": true, "tourist": true, "pensioner": true, "mother": true, "father": true,
	"villager": true, "fisherman": true, "farmer": true, "trader": true, "shopkeeper": true, "vendor": true,
	"witness": true, "protester": true, "protestor": true, "driver": true, "worker": true, "voter": true,
	"survivor": true, "miner": true, "mourner": true, "passenger": true, "shopper": true, "commuter": true,
	"parent": true, "neighbour": true, "neighbor": true, "owner": true, "keeper": true, "member": true,
	"cashier": true, "clerk": true, "mechanic": true, "labourer": true, "laborer": true, "cleaner": true, "baker": true,
	"tailor": true, "carpenter": true, "electrician": true, "waiter": true, "waitress": true, "nurse": true,
	"teacher": true, "student": true, "retiree": true, "housewife": true, "homemaker": true, "accountant": true,
	"builder": true, "cook": true, "seller": true, "hawker": true, "herder": true, "rancher": true, "widow": true,
	"grandmother": true, "grandfather": true, "volunteer": true, "administrator": true, "engineer": true}

// PrivatePersonOpening finds the noun of a description of one private
// person that a sentence of n words opens on, after a fronted phrase and its
// comma when the first word is a preposition: "A local fisherman who …",
// "In Heraklion, another man …". word gives the i-th word as written and
// prep tells whether it is a preposition. It returns the noun's index, or
// -1.
func PrivatePersonOpening(n int, word func(i int) string, prep func(i int) bool) int {
	k := 0
	if n > 0 && prep(0) {
		for k < n && k < 8 && word(k) != "," {
			k++
		}
		k++
	}
	if k >= n || !unnamedOpeners[strings.ToLower(word(k))] {
		return -1
	}
	for j := k + 1; j < n && j-k <= 3; j++ {
		w := word(j)
		if PrivatePerson(strings.ToLower(w)) {
			return j
		}
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && j+1 < n && strings.ToLower(word(j+1)) == word(j+1) {
			continue // "one Cambodian villager", "a local Polish farmer": a demonym before the noun
		}
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			return -1 // a name or a mark: no description of the kind
		}
	}
	return -1
}

// unnamedOpeners open a description of someone unnamed.
var unnamedOpeners = map[string]bool{"a": true, "an": true, "one": true, "another": true}
