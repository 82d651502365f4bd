package ner

import (
	"slices"
	"strings"
)

// Gazetteer is a list of names with entity types (countries, cities,
// nationalities ...). It is stored inside the model file, so the features a
// model was trained with stay the same when the knowledge base changes.
type Gazetteer struct {
	names  map[string]string // lower-cased, space-joined name → type
	hashes map[uint64]gazEntry
	maxLen int
}

type gazEntry struct {
	typ    string // type of the name ending here, "" when only a prefix
	prefix bool   // some longer name continues from here
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{names: map[string]string{}, hashes: map[uint64]gazEntry{}}
}

// Add records name (tokens separated by spaces) with type typ. Matching is
// case-insensitive; the first name added wins when a name is added twice.
func (g *Gazetteer) Add(name, typ string) {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 || typ == "" || len(words) > 8 {
		return
	}
	key := strings.Join(words, " ")
	if _, ok := g.names[key]; ok {
		return
	}
	g.names[key] = typ
	h := gazSeed
	for i, w := range words {
		h = gazMix(h, w)
		e := g.hashes[h]
		if i == len(words)-1 {
			if e.typ == "" {
				e.typ = typ
			}
		} else {
			e.prefix = true
		}
		g.hashes[h] = e
	}
	g.maxLen = max(g.maxLen, len(words))
}

// Len reports how many names the gazetteer holds.
func (g *Gazetteer) Len() int { return len(g.names) }

// Lookup returns the type of name, or "".
func (g *Gazetteer) Lookup(name string) string {
	return g.names[strings.Join(strings.Fields(strings.ToLower(name)), " ")]
}

// namesFrom calls f, shortest first, with the end and type of every name
// the gazetteer holds (matched in lower case) that starts at word i of words
// and ends by end; it walks the names' hashes word by word as markCase does.
func (g *Gazetteer) namesFrom(words []string, i, end int, f func(end int, typ string)) {
	h := gazSeed
	for j := i; j < end && j-i < g.maxLen; j++ {
		h = gazMix(h, strings.ToLower(words[j]))
		e, ok := g.hashes[h]
		if !ok {
			return
		}
		if e.typ != "" {
			f(j+1, e.typ)
		}
		if !e.prefix {
			return
		}
	}
}

// entries returns the names and types sorted by name, for writing.
func (g *Gazetteer) entries() [][2]string {
	out := make([][2]string, 0, len(g.names))
	for k, v := range g.names {
		out = append(out, [2]string{k, v})
	}
	slices.SortFunc(out, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	return out
}

const gazSeed uint64 = 14695981039346656037

// gazMix extends a name hash by one word (FNV-1a with a word separator).
func gazMix(h uint64, w string) uint64 {
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
	return h
}

// mark writes into out, for each word, its position and type in the longest
// gazetteer match covering it ("B-GPE", "I-GPE", "L-GPE", "U-NORP"), scanning
// left to right. A match must begin and end with a capitalized word, which
// keeps common words that happen to be place names ("Police", "Of") out.
// The scan is linear in len(lower) times the longest name.
func (g *Gazetteer) mark(lower []string, caps []byte, out []string) {
	g.markCase(lower, caps, nil, out)
}

// markCase is mark that, when lex is set, also marks names written wholly
// in lower case ("kerala", "new york") whose words the casing lexicon does
// not know as usually lower case, with tags prefixed "l" ("lU-GPE").
func (g *Gazetteer) markCase(lower []string, caps []byte, lex []byte, out []string) {
	if g == nil || len(g.hashes) == 0 {
		return
	}
	for i := 0; i < len(lower); {
		if !capitalized(caps[i]) {
			if lex != nil && caps[i] == capLower && lexShare(lex[i]) >= 2 {
				i += g.markLower(lower, caps, lex, i, out)
				continue
			}
			i++
			continue
		}
		h := gazSeed
		bestLen, bestType := 0, ""
		for j := i; j < len(lower) && j-i < g.maxLen; j++ {
			h = gazMix(h, lower[j])
			e, ok := g.hashes[h]
			if !ok {
				break
			}
			if e.typ != "" && capitalized(caps[j]) {
				bestLen, bestType = j-i+1, e.typ
			}
			if !e.prefix {
				break
			}
		}
		if bestLen == 0 {
			i++
			continue
		}
		if bestLen == 1 {
			out[i] = "U-" + bestType
		} else {
			out[i] = "B-" + bestType
			for k := i + 1; k < i+bestLen-1; k++ {
				out[k] = "I-" + bestType
			}
			out[i+bestLen-1] = "L-" + bestType
		}
		i += bestLen
	}
}

func capitalized(c byte) bool { return c == capTitle || c == capUpper || c == capMixed }

// markLower marks the longest all-lower-case gazetteer match starting at
// i and returns its length, or 1 when there is none.
func (g *Gazetteer) markLower(lower []string, caps []byte, lex []byte, i int, out []string) int {
	h := gazSeed
	bestLen, bestType := 0, ""
	for j := i; j < len(lower) && j-i < g.maxLen; j++ {
		if caps[j] != capLower && caps[j] != capNone {
			break
		}
		h = gazMix(h, lower[j])
		e, ok := g.hashes[h]
		if !ok {
			break
		}
		if e.typ != "" && caps[j] == capLower && lexShare(lex[j]) >= 2 {
			bestLen, bestType = j-i+1, e.typ
		}
		if !e.prefix {
			break
		}
	}
	if bestLen == 0 {
		return 1
	}
	if bestLen == 1 {
		out[i] = "lU-" + bestType
	} else {
		out[i] = "lB-" + bestType
		for k := i + 1; k < i+bestLen-1; k++ {
			out[k] = "lI-" + bestType
		}
		out[i+bestLen-1] = "lL-" + bestType
	}
	return bestLen
}
