package parser

// The transition system is arc-eager (Nivre 2003) with the artificial root
// at the end of the buffer (Ballesteros and Nivre 2013): words are numbered
// 1..n, the root is n+1, and 0 stands for "no word" in every array, so
// feature extraction can index without branches.
//
//	SHIFT   push b0                        (b0 is a word)
//	REDUCE  pop s0                         (s0 has a head)
//	LEFT    s0 ← b0, pop s0                (s0 has no head)
//	RIGHT   s0 → b0, push b0               (b0 is a word)
//
// The parse ends when the buffer holds only the root and the stack is
// empty. Every word then has a head: the root can only take words as left
// dependents, and a headless word at the end meets the root as b0.

const (
	shift = iota
	reduce
	left
	right
	numActions
)

var actionNames = []string{"SHIFT", "REDUCE", "LEFT", "RIGHT"}

// state is a parser configuration plus the bookkeeping its features read.
type state struct {
	n       int
	stack   []int
	b       int
	inStack []bool
	head    []int // 0: none yet
	label   []int // global label id + 1; 0: none
	ld1     []int // leftmost dependent
	ld2     []int // second leftmost
	rd1     []int // rightmost dependent
	rd2     []int // second rightmost
	nl, nr  []int // number of left and right dependents
	lset    []uint64
	rset    []uint64
}

// reset prepares s for a sentence of n words, reusing its memory.
func (s *state) reset(n int) {
	m := n + 2
	s.n = n
	s.stack = s.stack[:0]
	s.b = 1
	if n == 0 {
		s.b = 1 // the root is word 1: the parse is already over
	}
	s.inStack = resize(s.inStack, m)
	s.head = resize(s.head, m)
	s.label = resize(s.label, m)
	s.ld1 = resize(s.ld1, m)
	s.ld2 = resize(s.ld2, m)
	s.rd1 = resize(s.rd1, m)
	s.rd2 = resize(s.rd2, m)
	s.nl = resize(s.nl, m)
	s.nr = resize(s.nr, m)
	s.lset = resize(s.lset, m)
	s.rset = resize(s.rset, m)
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (s *state) root() int { return s.n + 1 }

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 0 }

func (s *state) s0() int {
	if len(s.stack) == 0 {
		return 0
	}
	return s.stack[len(s.stack)-1]
}

// legal fills ok with the transitions allowed now.
func (s *state) legal(ok *[numActions]bool) {
	hasStack := len(s.stack) > 0
	word := s.b <= s.n
	ok[shift] = word
	ok[right] = word && hasStack
	ok[left] = hasStack && s.head[s.s0()] == 0
	ok[reduce] = hasStack && s.head[s.s0()] != 0
}

// apply performs action a, giving an arc the global label id lab.
func (s *state) apply(a, lab int) {
	switch a {
	case shift:
		s.push(s.b)
		s.b++
	case reduce:
		s.pop()
	case left:
		d := s.pop()
		s.arc(s.b, d, lab)
	case right:
		s.arc(s.s0(), s.b, lab)
		s.push(s.b)
		s.b++
	}
}

func (s *state) push(w int) {
	s.stack = append(s.stack, w)
	s.inStack[w] = true
}

func (s *state) pop() int {
	w := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.inStack[w] = false
	return w
}

func (s *state) arc(h, d, lab int) {
	s.head[d] = h
	s.label[d] = lab + 1
	bit := uint64(1) << (uint(lab) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.ld1[h] == 0 || d < s.ld1[h]:
			s.ld2[h], s.ld1[h] = s.ld1[h], d
		case s.ld2[h] == 0 || d < s.ld2[h]:
			s.ld2[h] = d
		}
		return
	}
	s.nr[h]++
	s.rset[h] |= bit
	switch {
	case d > s.rd1[h]:
		s.rd2[h], s.rd1[h] = s.rd1[h], d
	case d > s.rd2[h]:
		s.rd2[h] = d
	}
}

// costs fills c with the number of gold arcs each legal transition would
// make unreachable: the dynamic oracle of Goldberg and Nivre (2012) for the
// arc-eager system, exact because the system is arc-decomposable. gold[d]
// is the gold head of word d in the state's numbering (the root is n+1).
func (s *state) costs(gold []int, ok *[numActions]bool, c *[numActions]int) {
	*c = [numActions]int{}
	s0, b, n := s.s0(), s.b, s.n
	if ok[left] {
		// s0's head further in the buffer, and s0's dependents in the buffer.
		if gold[s0] > b {
			c[left]++
		}
		for k := b; k <= n; k++ {
			if gold[k] == s0 {
				c[left]++
			}
		}
	}
	if ok[reduce] {
		for k := b; k <= n; k++ {
			if gold[k] == s0 {
				c[reduce]++
			}
		}
	}
	if ok[right] || ok[shift] {
		// Headless stack words whose gold head is b0 lose it either way.
		lost := 0
		for _, k := range s.stack {
			if s.head[k] == 0 && gold[k] == b {
				lost++
			}
		}
		h := gold[b]
		if ok[right] {
			c[right] = lost
			if h != s0 && (s.inStack[h] || h > b) {
				c[right]++
			}
		}
		if ok[shift] {
			c[shift] = lost
			if s.inStack[h] {
				c[shift]++
			}
		}
	}
}
