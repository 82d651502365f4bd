package text

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
	"parent": true, "neighbour": true, "neighbor": true, "owner": true, "keeper": true}
