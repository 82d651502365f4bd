package ner

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Word clusters: a hierarchical clustering of lower-cased words by the
// words seen next to them in unlabelled text, written as bit strings whose
// prefixes name ever coarser clusters (as Brown clusters are). Words used
// alike ("inc", "corp", "ltd"; "monday", "tuesday") share long prefixes, so
// the recognizer generalises from a word seen in training to its cluster
// mates. The clustering is a bisecting spherical 2-means over positive
// pointwise mutual information vectors of left and right neighbours, which
// is cheap (seconds for a million tokens) and deterministic.

// ClusterCounter accumulates the neighbour counts behind word clusters.
type ClusterCounter struct {
	freq  map[string]int32
	sents [][]string
}

// NewClusterCounter returns an empty counter.
func NewClusterCounter() *ClusterCounter {
	return &ClusterCounter{freq: map[string]int32{}}
}

// AddSentence adds the words of one tokenized sentence.
func (c *ClusterCounter) AddSentence(words []string) {
	s := make([]string, len(words))
	for i, w := range words {
		s[i] = clusterKey(w)
		c.freq[s[i]]++
	}
	c.sents = append(c.sents, s)
}

// AddText adds raw text, split into tokens at spaces and punctuation.
func (c *ClusterCounter) AddText(text string) {
	for _, line := range strings.Split(text, "\n") {
		if toks := roughTokens(line); len(toks) > 0 {
			c.AddSentence(toks)
		}
	}
}

// roughTokens splits a line at white space and peels punctuation off both
// ends of each piece.
func roughTokens(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		var tail []string
		for len(f) > 0 {
			r := []rune(f)
			if unicode.IsPunct(r[0]) || unicode.IsSymbol(r[0]) {
				out = append(out, string(r[0]))
				f = string(r[1:])
				continue
			}
			break
		}
		for len(f) > 0 {
			r := []rune(f)
			last := r[len(r)-1]
			if unicode.IsPunct(last) || unicode.IsSymbol(last) {
				tail = append(tail, string(last))
				f = string(r[:len(r)-1])
				continue
			}
			break
		}
		if strings.HasSuffix(f, "'s") && len(f) > 2 {
			tail = append(tail, "'s")
			f = f[:len(f)-2]
		}
		if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// clusterKey is the form words are clustered under: lower case, digits
// folded to 0.
func clusterKey(w string) string {
	lw := lowerWord(w)
	if strings.IndexFunc(lw, unicode.IsDigit) < 0 {
		return lw
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, lw)
}

// Clusters clusters the words seen at least minCount times into at most
// 2^depth clusters, using as contexts the contexts most frequent words.
func (c *ClusterCounter) Clusters(minCount, contexts, depth int) map[string]string {
	type wc struct {
		w string
		n int32
	}
	var all []wc
	for w, n := range c.freq {
		all = append(all, wc{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	ctxID := map[string]int{}
	for i := 0; i < len(all) && i < contexts; i++ {
		ctxID[all[i].w] = i
	}
	ctxID["<s>"] = len(ctxID)
	nctx := len(ctxID)
	vocab := map[string]int{}
	var words []string
	for _, e := range all {
		if int(e.n) < minCount {
			break
		}
		vocab[e.w] = len(words)
		words = append(words, e.w)
	}
	// Sparse counts: dimension d for a left neighbour, nctx+d for a right one.
	counts := make([]map[int32]float32, len(words))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	ctxTotal := make([]float64, 2*nctx)
	var total float64
	for _, s := range c.sents {
		for i, w := range s {
			v, ok := vocab[w]
			if !ok {
				continue
			}
			l, r := "<s>", "<s>"
			if i > 0 {
				l = s[i-1]
			}
			if i+1 < len(s) {
				r = s[i+1]
			}
			if d, ok := ctxID[l]; ok {
				counts[v][int32(d)]++
				ctxTotal[d]++
				total++
			}
			if d, ok := ctxID[r]; ok {
				counts[v][int32(nctx+d)]++
				ctxTotal[nctx+d]++
				total++
			}
		}
	}
	// PPMI vectors, unit length.
	type entry struct {
		d int32
		v float32
	}
	vecs := make([][]entry, len(words))
	for i, m := range counts {
		var rowTotal float64
		for _, n := range m {
			rowTotal += float64(n)
		}
		var v []entry
		var norm float64
		for d, n := range m {
			pmi := math.Log(float64(n) * total / (rowTotal * math.Pow(ctxTotal[d], 0.75) * math.Pow(total, 0.25)))
			if pmi > 0 {
				v = append(v, entry{d, float32(pmi)})
				norm += pmi * pmi
			}
		}
		slices.SortFunc(v, func(a, b entry) int { return int(a.d - b.d) })
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for k := range v {
				v[k].v *= inv
			}
		}
		vecs[i] = v
	}
	out := make(map[string]string, len(words))
	dim := 2 * nctx
	dot := func(v []entry, c []float32) float32 {
		var s float32
		for _, e := range v {
			s += e.v * c[e.d]
		}
		return s
	}
	centroid := func(ids []int, c []float32) {
		clear(c)
		for _, id := range ids {
			for _, e := range vecs[id] {
				c[e.d] += e.v
			}
		}
		var norm float64
		for _, x := range c {
			norm += float64(x) * float64(x)
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for k := range c {
				c[k] *= inv
			}
		}
	}
	c0, c1 := make([]float32, dim), make([]float32, dim)
	var split func(ids []int, prefix string)
	split = func(ids []int, prefix string) {
		if len(prefix) >= depth || len(ids) < 4 {
			for _, id := range ids {
				out[words[id]] = prefix
			}
			return
		}
		// Seeds: the most frequent word, and the word least like it.
		for k := range c0 {
			c0[k] = 0
		}
		for _, e := range vecs[ids[0]] {
			c0[e.d] = e.v
		}
		far, farSim := ids[len(ids)-1], float32(2)
		for _, id := range ids[1:] {
			if s := dot(vecs[id], c0); s < farSim {
				far, farSim = id, s
			}
		}
		clear(c1)
		for _, e := range vecs[far] {
			c1[e.d] = e.v
		}
		side := make([]bool, len(ids))
		var a, b []int
		for iter := 0; iter < 8; iter++ {
			a, b = a[:0], b[:0]
			changed := false
			for k, id := range ids {
				s := dot(vecs[id], c1) > dot(vecs[id], c0)
				if s != side[k] || iter == 0 {
					changed = true
				}
				side[k] = s
				if s {
					b = append(b, id)
				} else {
					a = append(a, id)
				}
			}
			if len(a) == 0 || len(b) == 0 {
				// Degenerate: split by frequency rank.
				a, b = ids[:len(ids)/2], ids[len(ids)/2:]
				break
			}
			if !changed && iter > 0 {
				break
			}
			centroid(a, c0)
			centroid(b, c1)
		}
		a, b = slices.Clone(a), slices.Clone(b)
		split(a, prefix+"0")
		split(b, prefix+"1")
	}
	ids := make([]int, len(words))
	for i := range ids {
		ids[i] = i
	}
	split(ids, "")
	return out
}
