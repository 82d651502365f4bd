package kb

import (
	"cmp"
	"slices"
	"strings"
)

// NearMatch is a known person whose name is a few edits from a name asked
// about: a likely misspelling.
type NearMatch struct {
	Person   Person
	Name     string // the known spelling that is near: the name or an alias
	Distance int    // edits (insertions, deletions, substitutions) between the two
}

// NearMiss returns people whose name or alias is within a small edit
// distance of name but not equal to it (after folding case and diacritics):
// "Scott Besant" → Scott Bessent. The allowed distance grows with the
// name's length: 1 up to 6 letters, 2 up to 12, 3 beyond. Only names
// sharing the first letter of the first or last word are compared, which
// keeps it fast and catches most typing slips. Nearest first.
func (k *KB) NearMiss(name string) []NearMatch {
	q := foldKey(name)
	if q == "" {
		return nil
	}
	maxd := 3
	switch n := len([]rune(q)); {
	case n <= 6:
		maxd = 1
	case n <= 12:
		maxd = 2
	}
	first, _ := firstRune(q)
	buckets := []rune{first}
	if sp := strings.LastIndexByte(q, ' '); sp >= 0 {
		if last, _ := firstRune(q[sp+1:]); last != first {
			buckets = append(buckets, last)
		}
	}

	k.mu.RLock()
	defer k.mu.RUnlock()
	best := map[int32]NearMatch{}
	exact := map[int32]bool{}
	for _, b := range buckets {
		for _, nk := range k.ix.near[b] {
			if abs(len(nk.key)-len(q)) > maxd {
				continue
			}
			d := editDistance(q, nk.key, maxd)
			if d > maxd {
				continue
			}
			if d == 0 {
				exact[nk.person] = true
				continue
			}
			if m, ok := best[nk.person]; !ok || d < m.Distance {
				best[nk.person] = NearMatch{k.d.people[nk.person], displayName(k.d.people[nk.person], nk.key), d}
			}
		}
	}
	var out []NearMatch
	for i, m := range best {
		if !exact[i] { // someone this name already names exactly is no near miss
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b NearMatch) int {
		return cmp.Or(cmp.Compare(a.Distance, b.Distance), cmp.Compare(a.Person.ID, b.Person.ID))
	})
	return out
}

func displayName(p Person, key string) string {
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if foldKey(n) == key {
			return n
		}
	}
	return p.Name
}

// EditDistance is the Levenshtein distance between a and b (in runes),
// or max+1 once it must exceed max: the measure NearMiss uses, for callers
// that compare names of their own.
func EditDistance(a, b string, max int) int { return editDistance(a, b, max) }

// editDistance is the Levenshtein distance between a and b (in runes),
// giving up with max+1 once it must exceed max.
func editDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
