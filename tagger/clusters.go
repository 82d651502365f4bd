package tagger

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
)

// ClusterOptions sets how Cluster groups words. Zero fields take the
// defaults noted.
type ClusterOptions struct {
	MinCount   int    // words seen fewer times are not clustered; default 3
	Contexts   int    // the commonest words that serve as contexts; default 300
	Levels     []int  // clusters per level, coarse to fine, each ≤ 32; default 16, 8, 8
	Iterations int    // k-means iterations per split; default 12
	Seed       uint64 // seeds the projection and the k-means starts
}

func (o *ClusterOptions) defaults() {
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Contexts <= 0 {
		o.Contexts = 300
	}
	if len(o.Levels) == 0 {
		o.Levels = []int{16, 8, 8}
	}
	if o.Iterations <= 0 {
		o.Iterations = 12
	}
}

const clusterDigits = "0123456789abcdefghijklmnopqrstuv"

// Cluster groups the lowercased words of sents (each a sentence's words) by
// the words seen right before and after them, and returns each word's
// cluster as a string of one character per level: words sharing a prefix
// share the coarser clusters. The method is hierarchical spherical k-means
// over positive-PMI vectors of the left and right
// neighbours. It is deterministic given the input and options.
func Cluster(sents [][]string, opt ClusterOptions) map[string]string {
	opt.defaults()
	// Vocabulary by frequency.
	freq := map[string]int{}
	lowered := make([][]string, len(sents))
	for si, s := range sents {
		ls := make([]string, len(s))
		for i, w := range s {
			ls[i] = string(appendLower(nil, w))
			freq[ls[i]]++
		}
		lowered[si] = ls
	}
	var vocab []string
	for w, n := range freq {
		if n >= opt.MinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if c := cmp.Compare(freq[b], freq[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(vocab) == 0 {
		return map[string]string{}
	}
	id := make(map[string]int, len(vocab))
	for i, w := range vocab {
		id[w] = i
	}
	// Context ids: 0 sentence boundary, 1 any rarer word, 2.. the commonest
	// words. Left contexts take ids [0, nc), right ones [nc, 2nc).
	nc := min(opt.Contexts, len(vocab)) + 2
	ctxOf := func(w string) int {
		if w == "" {
			return 0
		}
		if i, ok := id[w]; ok && i+2 < nc {
			return i + 2
		}
		return 1
	}
	type pair struct{ w, c int32 }
	counts := map[pair]float64{}
	ctxTotal := make([]float64, 2*nc)
	wordTotal := make([]float64, len(vocab))
	total := 0.0
	for _, s := range lowered {
		for i, w := range s {
			wi, ok := id[w]
			if !ok {
				continue
			}
			prev, next := "", ""
			if i > 0 {
				prev = s[i-1]
			}
			if i+1 < len(s) {
				next = s[i+1]
			}
			for _, c := range [2]int{ctxOf(prev), nc + ctxOf(next)} {
				counts[pair{int32(wi), int32(c)}]++
				ctxTotal[c]++
				wordTotal[wi]++
				total++
			}
		}
	}
	// Each word's vector is its positive PMI with each context.
	dims := 2 * nc
	vecs := make([]float32, len(vocab)*dims)
	for p, n := range counts {
		if pmi := math.Log(n * total / (wordTotal[p.w] * ctxTotal[p.c])); pmi > 0 {
			vecs[int(p.w)*dims+int(p.c)] = float32(pmi)
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x636c7573))
	for w := range vocab {
		normalize(vecs[w*dims : (w+1)*dims])
	}
	// Hierarchical k-means, level by level.
	codes := make([][]byte, len(vocab))
	members := []int{}
	for w := range vocab {
		members = append(members, w)
	}
	groups := [][]int{members}
	for _, k := range opt.Levels {
		k = min(max(k, 1), len(clusterDigits))
		var next [][]int
		for _, g := range groups {
			assign := kmeans(vecs, dims, g, k, opt.Iterations, rng)
			parts := make([][]int, k)
			for i, w := range g {
				codes[w] = append(codes[w], clusterDigits[assign[i]])
				parts[assign[i]] = append(parts[assign[i]], w)
			}
			for _, p := range parts {
				if len(p) > 0 {
					next = append(next, p)
				}
			}
		}
		groups = next
	}
	out := make(map[string]string, len(vocab))
	for w, c := range codes {
		out[vocab[w]] = string(c)
	}
	return out
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// kmeans splits the words g (rows of vecs, dims wide, unit length) into at
// most k clusters by cosine similarity and returns each word's cluster. The
// starts are chosen as in k-means++.
func kmeans(vecs []float32, dims int, g []int, k, iters int, rng *rand.Rand) []int {
	assign := make([]int, len(g))
	if len(g) < 2*k {
		k = max(len(g)/2, 1)
	}
	if k == 1 {
		return assign
	}
	row := func(w int) []float32 { return vecs[w*dims : (w+1)*dims] }
	dot := func(a, b []float32) float32 {
		var s float32
		for i := range a {
			s += a[i] * b[i]
		}
		return s
	}
	// k-means++ starts: each next start is drawn with odds growing with
	// its distance from the nearest start so far.
	cent := make([]float32, k*dims)
	copy(cent[:dims], row(g[rng.IntN(len(g))]))
	dist := make([]float64, len(g))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for c := 1; c < k; c++ {
		sum := 0.0
		for i, w := range g {
			d := float64(1 - dot(row(w), cent[(c-1)*dims:c*dims]))
			dist[i] = max(min(dist[i], d), 0)
			sum += dist[i]
		}
		pick := 0
		x := rng.Float64() * sum
		for i, d := range dist {
			if x -= d; x <= 0 {
				pick = i
				break
			}
		}
		copy(cent[c*dims:(c+1)*dims], row(g[pick]))
	}
	for it := 0; it < iters; it++ {
		changed := false
		for i, w := range g {
			v := row(w)
			bc, bs := 0, float32(-3)
			for c := 0; c < k; c++ {
				if s := dot(v, cent[c*dims:(c+1)*dims]); s > bs {
					bc, bs = c, s
				}
			}
			if bc != assign[i] || it == 0 {
				changed = changed || bc != assign[i]
				assign[i] = bc
			}
		}
		if it > 0 && !changed {
			break
		}
		clear(cent)
		for i, w := range g {
			c := cent[assign[i]*dims : (assign[i]+1)*dims]
			for d, x := range row(w) {
				c[d] += x
			}
		}
		for c := 0; c < k; c++ {
			normalize(cent[c*dims : (c+1)*dims])
		}
	}
	return assign
}
