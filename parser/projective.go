package parser

import "strings"

// liftSep joins a lifted dependent's own relation to the relation of the
// head it was lifted from, as in "obl|obj": the Head encoding of Nivre and
// Nilsson's pseudo-projective parsing (2005). UD relations never contain it.
const liftSep = "|"

// projectivize makes a tree projective by lifting non-projective arcs, one at
// a time and shortest first, to the head's head. The first lift of a
// dependent appends the base relation of its original head to its relation,
// so deprojectivize can search for that head again after parsing.
//
// heads are 1-based with 0 the root (heads[i] is the head of word i+1);
// heads and rels are changed in place. A malformed tree (a cycle, a head out
// of range) is left as it is and reported false.
func projectivize(heads []int, rels []string) bool {
	n := len(heads)
	if !wellFormed(heads) {
		return false
	}
	lifted := make([]bool, n)
	for range n * n { // each lift moves a dependent up, so this bounds the work
		best, bestSpan := -1, 0
		for d := 1; d <= n; d++ {
			h := heads[d-1]
			if h == 0 || projectiveArc(heads, h, d) {
				continue
			}
			span := abs(h - d)
			if best < 0 || span < bestSpan {
				best, bestSpan = d, span
			}
		}
		if best < 0 {
			return true
		}
		h := heads[best-1]
		if !lifted[best-1] {
			rels[best-1] = baseRel(rels[best-1]) + liftSep + baseRel(rels[h-1])
			lifted[best-1] = true
		}
		heads[best-1] = heads[h-1]
	}
	return true
}

// projectiveArc reports whether every word strictly between h and d is
// dominated by h.
func projectiveArc(heads []int, h, d int) bool {
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		if !dominates(heads, h, k) {
			return false
		}
	}
	return true
}

// dominates reports whether h is an ancestor of k; the root 0 dominates all.
func dominates(heads []int, h, k int) bool {
	if h == 0 {
		return true
	}
	for steps := 0; k != 0 && steps <= len(heads); steps++ {
		k = heads[k-1]
		if k == h {
			return true
		}
	}
	return false
}

// wellFormed reports whether heads form a tree over the words: every head in
// range and no cycles. It does not require a single root. It takes linear
// time, marking each word once as it walks up towards the root.
func wellFormed(heads []int) bool {
	n := len(heads)
	for _, h := range heads {
		if h < 0 || h > n {
			return false
		}
	}
	// state: 0 unvisited, 1 on the current path, 2 known to reach the root.
	state := make([]uint8, n+1)
	state[0] = 2
	for d := 1; d <= n; d++ {
		k := d
		for state[k] == 0 {
			state[k] = 1
			k = heads[k-1]
		}
		if state[k] == 1 {
			return false // came back to the path: a cycle
		}
		for k = d; state[k] == 1; k = heads[k-1] {
			state[k] = 2
		}
	}
	return true
}

// deprojectivize undoes projectivize on a parsed tree: each word whose
// relation carries a lifted head's relation is moved, breadth first and left
// to right within the subtree of its current head (but outside its own
// subtree), to the first word with that relation, and its relation loses the
// suffix. Words are handled top down, so a lowered head can still be found
// under the words above it. When no such word exists the word stays put.
func deprojectivize(heads []int, rels []string) {
	n := len(heads)
	if n == 0 {
		return
	}
	children := make([][]int, n+1)
	for d := 1; d <= n; d++ {
		h := heads[d-1]
		children[h] = append(children[h], d)
	}
	// Top-down order: breadth first from the root.
	order := make([]int, 0, n)
	queue := append([]int(nil), children[0]...)
	for len(queue) > 0 {
		d := queue[0]
		queue = queue[1:]
		order = append(order, d)
		queue = append(queue, children[d]...)
	}
	var bfs []int
	for _, d := range order {
		own, want, ok := strings.Cut(rels[d-1], liftSep)
		if !ok {
			continue
		}
		rels[d-1] = own
		h := heads[d-1]
		bfs = append(bfs[:0], children[h]...)
		found := 0
		for len(bfs) > 0 && found == 0 {
			k := bfs[0]
			bfs = bfs[1:]
			if k == d {
				continue // never search inside the word's own subtree
			}
			if baseRel(rels[k-1]) == want {
				found = k
				break
			}
			bfs = append(bfs, children[k]...)
		}
		if found == 0 {
			continue
		}
		children[h] = removeInt(children[h], d)
		heads[d-1] = found
		children[found] = insertSorted(children[found], d)
	}
}

// baseRel strips a lift suffix from a relation.
func baseRel(rel string) string {
	if i := strings.Index(rel, liftSep); i >= 0 {
		return rel[:i]
	}
	return rel
}

func removeInt(s []int, v int) []int {
	for i, x := range s {
		if x == v {
			return append(s[:i], s[i+1:]...)
		}
	}
	return s
}

func insertSorted(s []int, v int) []int {
	i := 0
	for i < len(s) && s[i] < v {
		i++
	}
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
