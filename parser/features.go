package parser

import (
	"github.com/chronicle-news/chronicle/perceptron"
)

// words holds one sentence's per-word attributes as hashes, numbered as in
// state: 0 is "no word", 1..n the words, n+1 the root.
type words struct {
	w, p, u, l []uint64 // normalised form, XPOS, UPOS, lemma
	x          []uint64 // normalised last three bytes of the form
	// punct[i] and verbs[i] count the punctuation marks and verbs among
	// words 1..i, so the number between two words is a subtraction.
	punct, verbs []int
}

// Hashes standing for "no word" and for the root.
var (
	hashNone = fnv("\x00none")
	hashRoot = fnv("\x00root")
)

func (ws *words) reset(n int) {
	m := n + 2
	ws.w = resize(ws.w, m)
	ws.p = resize(ws.p, m)
	ws.u = resize(ws.u, m)
	ws.l = resize(ws.l, m)
	ws.x = resize(ws.x, m)
	ws.punct = resize(ws.punct, m)
	ws.verbs = resize(ws.verbs, m)
	for _, a := range [][]uint64{ws.w, ws.p, ws.u, ws.l, ws.x} {
		a[0], a[n+1] = hashNone, hashRoot
	}
}

// fnv is 64-bit FNV-1a.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// fnvWord hashes a word form lowercased (ASCII) with every digit read as 0,
// so that "1998" and "2001" share their weights.
func fnvWord(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// mix combines a template number and up to four values into a feature.
func mix(t uint64, a, b, c, d uint64) perceptron.Feature {
	h := t*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>31) * 0xbf58476d1ce4e5b9
	h ^= b
	h = (h ^ h>>29) * 0x94d049bb133111eb
	h ^= c
	h = (h ^ h>>32) * 0xbf58476d1ce4e5b9
	h ^= d
	h = (h ^ h>>30) * 0x94d049bb133111eb
	return perceptron.Feature(h ^ h>>31)
}

// bucket maps a distance or count to a small value.
func bucket(d int) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 5:
		return uint64(d)
	case d <= 10:
		return 6
	default:
		return 7
	}
}

// numFeatures is the number of features extract appends.
const numFeatures = 98

// actionTemplates are the positions, in extract's order, of the features
// the action model reads; nil means all of them. (Dropping 24 word-level
// templates made parsing no faster once the relation models read more, and
// cost 0.2 UAS.)
var actionTemplates []uint8

// labelTemplates are the positions of the features the relation models
// read: the two words of the arc, their tags, context, dependents and
// distance. The relation models score some 60-100 classes, so each feature
// costs them far more than it costs the four-way action model; reading all
// features added 0.2-0.5 LAS but made the whole grammar 13% slower.
var labelTemplates = []uint8{
	0, 1, 2, 3, 4, 5, 6, 8, // s0, n0, n1 words and tags
	12, 13, 14, 15, 16, 17, 18, // s0-n0 pairs
	21, 22, 23, 24, 25, // tag triples
	30, 31, // distance
	39, 40, 42, 43, 45, 46, 48, 49, 52, // s0 head, dependents and their labels
	67, 69, 71, // label sets by tag
	76, 78, 79, 80, 81, 84, 85, // s1, lemmas, UPOS, bias
	86, 87, 89, 90, // suffixes
	93, 95, // punctuation between, s0's left neighbour
}

// pick appends to dst the features of all at the given positions, or all
// of them when positions is nil.
func pick(dst, all []perceptron.Feature, positions []uint8) []perceptron.Feature {
	if positions == nil {
		return append(dst, all...)
	}
	for _, i := range positions {
		if int(i) < len(all) {
			dst = append(dst, all[i])
		}
	}
	return dst
}

// extract appends the features of configuration s over sentence ws to f,
// after the templates of Zhang and Nivre (2011) for arc-eager parsing, plus
// the second stack word, lemmas, UPOS and a bias.
func extract(f []perceptron.Feature, s *state, ws *words) []perceptron.Feature {
	n := s.n
	var s0, s1, s2 int
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
			if k > 2 {
				s2 = s.stack[k-3]
			}
		}
	}
	n0 := s.b
	if n0 > n+1 {
		n0 = 0
	}
	n1, n2 := 0, 0
	if n0 != 0 && n0+1 <= n+1 {
		n1 = n0 + 1
		if n1+1 <= n+1 {
			n2 = n1 + 1
		}
	}
	s0h := s.head[s0]
	s0h2 := s.head[s0h]
	s0l, s0l2, s0r, s0r2 := s.ld1[s0], s.ld2[s0], s.rd1[s0], s.rd2[s0]
	n0l, n0l2 := s.ld1[n0], s.ld2[n0]

	w, p, u, l, x := ws.w, ws.p, ws.u, ws.l, ws.x
	lab := func(i int) uint64 { return uint64(s.label[i]) }
	var dist uint64
	if s0 != 0 && n0 != 0 {
		dist = bucket(n0 - s0)
	}
	var punctBetween, verbsBetween uint64
	s0prev, s0next := 0, 0
	if s0 != 0 {
		s0prev, s0next = s0-1, s0+1
		if n0 > s0 {
			punctBetween = bucket(ws.punct[n0-1] - ws.punct[s0])
			verbsBetween = bucket(ws.verbs[n0-1] - ws.verbs[s0])
		}
	}
	s0vl, s0vr, n0vl := bucket(s.nl[s0]), bucket(s.nr[s0]), bucket(s.nl[n0])
	s0sl, s0sr, n0sl := s.lset[s0], s.rset[s0], s.lset[n0]

	S0w, S0p, N0w, N0p := w[s0], p[s0], w[n0], p[n0]
	N1w, N1p, N2w, N2p := w[n1], p[n1], w[n2], p[n2]

	f = append(f,
		// Single words.
		mix(1, S0w, S0p, 0, 0),
		mix(2, S0w, 0, 0, 0),
		mix(3, S0p, 0, 0, 0),
		mix(4, N0w, N0p, 0, 0),
		mix(5, N0w, 0, 0, 0),
		mix(6, N0p, 0, 0, 0),
		mix(7, N1w, N1p, 0, 0),
		mix(8, N1w, 0, 0, 0),
		mix(9, N1p, 0, 0, 0),
		mix(10, N2w, N2p, 0, 0),
		mix(11, N2w, 0, 0, 0),
		mix(12, N2p, 0, 0, 0),
		// Word pairs.
		mix(13, S0w, S0p, N0w, N0p),
		mix(14, S0w, S0p, N0w, 0),
		mix(15, S0w, N0w, N0p, 0),
		mix(16, S0w, S0p, N0p, 0),
		mix(17, S0p, N0w, N0p, 0),
		mix(18, S0w, N0w, 0, 0),
		mix(19, S0p, N0p, 0, 0),
		mix(20, N0p, N1p, 0, 0),
		// Three words.
		mix(21, N0p, N1p, N2p, 0),
		mix(22, S0p, N0p, N1p, 0),
		mix(23, p[s0h], S0p, N0p, 0),
		mix(24, S0p, p[s0l], N0p, 0),
		mix(25, S0p, p[s0r], N0p, 0),
		mix(26, S0p, N0p, p[n0l], 0),
		// Distance.
		mix(27, S0w, dist, 0, 0),
		mix(28, S0p, dist, 0, 0),
		mix(29, N0w, dist, 0, 0),
		mix(30, N0p, dist, 0, 0),
		mix(31, S0w, N0w, dist, 0),
		mix(32, S0p, N0p, dist, 0),
		// Valency.
		mix(33, S0w, s0vr, 0, 0),
		mix(34, S0p, s0vr, 0, 0),
		mix(35, S0w, s0vl, 0, 0),
		mix(36, S0p, s0vl, 0, 0),
		mix(37, N0w, n0vl, 0, 0),
		mix(38, N0p, n0vl, 0, 0),
		// Heads, dependents and labels.
		mix(39, w[s0h], 0, 0, 0),
		mix(40, p[s0h], 0, 0, 0),
		mix(41, lab(s0), 0, 0, 0),
		mix(42, w[s0l], 0, 0, 0),
		mix(43, p[s0l], 0, 0, 0),
		mix(44, lab(s0l), 0, 0, 0),
		mix(45, w[s0r], 0, 0, 0),
		mix(46, p[s0r], 0, 0, 0),
		mix(47, lab(s0r), 0, 0, 0),
		mix(48, w[n0l], 0, 0, 0),
		mix(49, p[n0l], 0, 0, 0),
		mix(50, lab(n0l), 0, 0, 0),
		// Third order.
		mix(51, w[s0h2], 0, 0, 0),
		mix(52, p[s0h2], 0, 0, 0),
		mix(53, lab(s0h), 0, 0, 0),
		mix(54, w[s0l2], 0, 0, 0),
		mix(55, p[s0l2], 0, 0, 0),
		mix(56, lab(s0l2), 0, 0, 0),
		mix(57, w[s0r2], 0, 0, 0),
		mix(58, p[s0r2], 0, 0, 0),
		mix(59, lab(s0r2), 0, 0, 0),
		mix(60, w[n0l2], 0, 0, 0),
		mix(61, p[n0l2], 0, 0, 0),
		mix(62, lab(n0l2), 0, 0, 0),
		mix(63, S0p, p[s0l], p[s0l2], 0),
		mix(64, S0p, p[s0r], p[s0r2], 0),
		mix(65, S0p, p[s0h], p[s0h2], 0),
		mix(66, N0p, p[n0l], p[n0l2], 0),
		// Label sets.
		mix(67, S0w, s0sr, 0, 0),
		mix(68, S0p, s0sr, 0, 0),
		mix(69, S0w, s0sl, 0, 0),
		mix(70, S0p, s0sl, 0, 0),
		mix(71, N0w, n0sl, 0, 0),
		mix(72, N0p, n0sl, 0, 0),
		// The second and third stack words.
		mix(73, w[s1], 0, 0, 0),
		mix(74, p[s1], 0, 0, 0),
		mix(75, w[s1], p[s1], 0, 0),
		mix(76, p[s1], S0p, N0p, 0),
		mix(77, p[s1], S0p, 0, 0),
		mix(78, p[s2], p[s1], S0p, 0),
		// Lemmas and universal tags.
		mix(79, l[s0], 0, 0, 0),
		mix(80, l[n0], 0, 0, 0),
		mix(81, l[s0], l[n0], 0, 0),
		mix(82, u[s0], u[n0], 0, 0),
		mix(83, N0w, N1w, 0, 0),
		// Whether s0 already has a head decides REDUCE against LEFT.
		mix(84, S0p, N0p, uint64(min(s0h, 1)), 0),
		mix(85, u[s0], u[n0], u[n1], lab(s0)),
		mix(86, 0, 0, 0, 0), // bias
		// Suffixes and the word before N0 lean less on predicted tags.
		mix(87, x[s0], 0, 0, 0),
		mix(88, x[n0], 0, 0, 0),
		mix(89, x[n1], 0, 0, 0),
		mix(90, x[s0], x[n0], 0, 0),
		mix(91, S0p, x[n0], 0, 0),
		mix(92, w[max(n0-1, 0)], N0w, 0, 0),
		mix(93, p[max(n0-1, 0)], N0p, S0p, 0),
		// What lies between s0 and n0, and s0's linear neighbours.
		mix(94, S0p, N0p, punctBetween, 0),
		mix(95, S0p, N0p, verbsBetween, 0),
		mix(96, p[s0prev], S0p, N0p, 0),
		mix(97, S0p, p[s0next], N0p, 0),
		mix(98, lab(s1), p[s1], S0p, 0),
	)
	return f
}
