// Package perceptron is the multiclass averaged perceptron shared by
// Chronicle's statistical stages (tagger, parser, recognizer), with a compact
// binary codec for its models.
//
// Features are hashed strings (see Hash); each feature that ever took part in
// an update owns a dense row of one weight per class. Rows live in one flat
// slice indexed by an open-addressing hash table, so scoring an instance is a
// probe and a short vector add per feature, without allocation. A finished
// model keeps sparse rows instead, and one of at most four classes keeps
// each row inside its hash-table slot (see tinyTable).
//
// Training uses lazy averaging: each weight remembers when it last changed and
// the running total of its value over time, so Average is exact without
// touching every weight at every step. A trained model is safe for concurrent
// use by Scores, Predict and PredictAmong; training methods are not.
//
// Edge cases: class indices out of range are ignored by Update and UpdateBy
// rather than panicking; Scores fills at most len(scores) classes; a model
// with no classes predicts -1.
package perceptron

import (
	"math"
	"slices"
)

// Model is a multiclass averaged perceptron over sparse binary features.
type Model struct {
	// Classes names the classes; class i is Classes[i]. Do not change its
	// length after New.
	Classes []string

	nc    int
	idx   index
	feats []Feature // row → feature

	// While training, w holds dense rows: row r, class c at r*nc+c. A
	// finished model (after Average or Read) is frozen into sparse rows
	// instead: row r's nonzero weights are val[start[r]:start[r+1]] for the
	// classes cls[start[r]:start[r+1]], in increasing class order. Sparse
	// rows take a fraction of the memory and make scoring several times
	// faster, since most features carry weight for a few classes only.
	w      []float32
	frozen bool
	start  []uint32
	cls    []uint16
	val    []float32
	// ent repeats the sparse rows of a frozen model for scoring: each row
	// is a header entry holding its length in c, then its entries, and the
	// row's index slot holds the header's offset, so scoring a feature
	// touches the slot and one run of memory. nil when not built.
	ent []entry
	// tiny is the whole of a frozen model of at most tinyClasses classes,
	// which keeps no index, feats or sparse rows beside it; nil otherwise.
	tiny *tinyTable

	// Training state for lazy averaging: tot is the running sum of each
	// weight over instances up to ts; nil once Average has run.
	tot []float64
	ts  []int32
	now int64
}

// New returns an empty model over the given classes.
func New(classes []string) *Model {
	m := &Model{Classes: slices.Clone(classes), nc: len(classes)}
	m.idx.init(1024)
	return m
}

// NumFeatures reports how many features own a weight row.
func (m *Model) NumFeatures() int {
	if m.tiny != nil {
		return m.tiny.rows()
	}
	return len(m.feats)
}

// Weight returns the weight of feature f for class c, 0 when absent.
func (m *Model) Weight(f Feature, c int) float32 {
	if m.tiny != nil {
		if w := m.tiny.find(f); w != nil && c >= 0 && c < m.nc {
			return fromHalf(w[c])
		}
		return 0
	}
	r := m.idx.find(f)
	if r < 0 || c < 0 || c >= m.nc {
		return 0
	}
	if m.frozen {
		for k := m.start[r]; k < m.start[r+1]; k++ {
			if int(m.cls[k]) == c {
				return m.val[k]
			}
		}
		return 0
	}
	return m.w[int(r)*m.nc+c]
}

// Scores sets scores[c] to the sum of the weights of feats for class c. It
// zeroes scores first and fills at most len(scores) classes; scores should
// have len(m.Classes). Repeated features count repeatedly.
func (m *Model) Scores(feats []Feature, scores []float32) {
	n := min(len(scores), m.nc)
	clear(scores)
	s := scores[:n]
	if m.tiny != nil {
		m.tiny.scores(feats, s)
		return
	}
	if m.frozen && m.ent != nil && n == m.nc {
		// Find all rows first, then add them: the probes are independent
		// of each other, so their cache misses overlap.
		var buf [64]uint32
		ent := m.ent
		for len(feats) > 0 {
			batch := feats[:min(len(feats), len(buf))]
			feats = feats[len(batch):]
			los := buf[:0]
			for _, f := range batch {
				if lo, ok := m.idx.findLo(f); ok {
					los = append(los, lo)
				}
			}
			for _, lo := range los {
				k := uint32(ent[lo].c)
				for _, e := range ent[lo+1 : lo+1+k] {
					s[e.c] += e.v
				}
			}
		}
		return
	}
	if m.frozen {
		for _, f := range feats {
			r := m.idx.find(f)
			if r < 0 {
				continue
			}
			a, b := m.start[r], m.start[r+1]
			cls, val := m.cls[a:b], m.val[a:b:b]
			if n == m.nc {
				// Every stored class is below nc: no range test needed
				// beyond the bounds check.
				for k, v := range val {
					s[cls[k]] += v
				}
				continue
			}
			for k, c := range cls {
				if int(c) < n {
					s[c] += val[k]
				}
			}
		}
		return
	}
	nc := m.nc
	for _, f := range feats {
		r := m.idx.find(f)
		if r < 0 {
			continue
		}
		o := int(r) * nc
		row := m.w[o : o+n : o+n]
		for c, v := range row {
			s[c] += v
		}
	}
}

// stackClasses bounds the class count scored in a stack buffer; larger
// models allocate a scratch slice per call.
const stackClasses = 512

// Predict returns the best-scoring class for feats; ties go to the lowest
// index. It returns -1 for a model without classes.
func (m *Model) Predict(feats []Feature) int {
	return m.PredictAmong(feats, nil)
}

// PredictAmong returns the best-scoring class for which allowed returns true
// (ties to the lowest index), or -1 when no class is allowed. A nil allowed
// allows every class.
func (m *Model) PredictAmong(feats []Feature, allowed func(class int) bool) int {
	var buf [stackClasses]float32
	var scores []float32
	if m.nc <= stackClasses {
		scores = buf[:m.nc]
	} else {
		scores = make([]float32, m.nc)
	}
	m.Scores(feats, scores)
	best := -1
	var bestScore float32
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if best < 0 || s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// Tick advances the instance counter used for averaging. Call it once per
// training instance, whether or not the instance caused an update.
func (m *Model) Tick() { m.now++ }

// Update moves the weights of feats towards truth and away from guess by
// one. It does nothing when truth == guess or either is out of range.
func (m *Model) Update(feats []Feature, truth, guess int) {
	if truth == guess || truth < 0 || guess < 0 || truth >= m.nc || guess >= m.nc {
		return
	}
	m.startTraining()
	for _, f := range feats {
		o := int(m.row(f)) * m.nc
		m.add(o+truth, 1)
		m.add(o+guess, -1)
	}
}

// UpdateBy adds delta to the weights of feats for class; structured
// learners (a beam parser, a global tagger) use it for their own updates.
func (m *Model) UpdateBy(feats []Feature, class int, delta float32) {
	if class < 0 || class >= m.nc || delta == 0 {
		return
	}
	m.startTraining()
	for _, f := range feats {
		m.add(int(m.row(f))*m.nc+class, delta)
	}
}

// startTraining restores averaging state when training continues after
// Average or Read: averaging then starts afresh from the current weights.
func (m *Model) startTraining() {
	if m.frozen {
		m.thaw()
	}
	if m.tot != nil {
		return
	}
	m.tot = make([]float64, len(m.w))
	m.ts = make([]int32, len(m.w))
	m.now = 0
}

func (m *Model) add(i int, delta float32) {
	now := int32(m.now)
	m.tot[i] += float64(now-m.ts[i]) * float64(m.w[i])
	m.ts[i] = now
	m.w[i] += delta
}

// row returns f's row, creating a zero row when f is new.
func (m *Model) row(f Feature) int32 {
	if r := m.idx.find(f); r >= 0 {
		return r
	}
	r := int32(len(m.feats))
	m.feats = append(m.feats, f)
	m.w = append(m.w, make([]float32, m.nc)...)
	m.tot = append(m.tot, make([]float64, m.nc)...)
	m.ts = append(m.ts, make([]int32, m.nc)...)
	m.idx.insert(f, r)
	return r
}

// Average replaces every weight by its average over all instances ticked so
// far and ends training (a later update starts averaging afresh).
func (m *Model) Average() {
	if m.frozen {
		return
	}
	if m.tot != nil && m.now > 0 {
		m.w = m.averaged()
	}
	m.freeze()
}

// Averaged returns a copy of the model with averaged weights, leaving m
// ready to train on; use it to evaluate on held-out data between epochs.
func (m *Model) Averaged() *Model {
	c := &Model{
		Classes: slices.Clone(m.Classes),
		nc:      m.nc,
		idx:     m.idx.clone(),
		feats:   slices.Clone(m.feats),
	}
	switch {
	case m.tiny != nil:
		c.frozen, c.tiny = true, m.tiny.clone()
		return c
	case m.frozen:
		c.frozen = true
		c.start, c.cls, c.val = slices.Clone(m.start), slices.Clone(m.cls), slices.Clone(m.val)
		c.pack()
		return c
	case m.tot != nil && m.now > 0:
		c.w = m.averaged()
	default:
		c.w = slices.Clone(m.w)
	}
	c.freeze()
	return c
}

// freeze turns dense rows into sparse ones and drops training state.
func (m *Model) freeze() {
	nc := m.nc
	m.start = make([]uint32, 0, len(m.feats)+1)
	m.cls, m.val = m.cls[:0], m.val[:0]
	for r := range m.feats {
		m.start = append(m.start, uint32(len(m.cls)))
		for c, v := range m.w[r*nc : r*nc+nc] {
			if v != 0 {
				m.cls = append(m.cls, uint16(c))
				m.val = append(m.val, v)
			}
		}
	}
	m.start = append(m.start, uint32(len(m.cls)))
	m.cls, m.val = slices.Clip(m.cls), slices.Clip(m.val)
	m.w, m.tot, m.ts = nil, nil, nil
	m.frozen = true
	m.pack()
}

// entry is one weight of a packed row, or a row's header (c = length).
type entry struct {
	c uint16
	v float32
}

// pack builds m.ent from the sparse rows of a frozen model and points each
// index slot at its row's header; a model of few classes is frozen into its
// tiny table instead.
func (m *Model) pack() {
	m.ent = nil
	if m.frozen && m.nc <= tinyClasses {
		m.packTiny()
		return
	}
	if !m.frozen || m.nc >= 1<<16 || len(m.cls)+len(m.feats) >= 1<<32 {
		return
	}
	ent := make([]entry, 0, len(m.cls)+len(m.feats))
	lo := make([]uint32, len(m.feats))
	for r := range m.feats {
		a, b := m.start[r], m.start[r+1]
		lo[r] = uint32(len(ent))
		ent = append(ent, entry{c: uint16(b - a)})
		for k := a; k < b; k++ {
			ent = append(ent, entry{c: m.cls[k], v: m.val[k]})
		}
	}
	for i := range m.idx.slots {
		if r := m.idx.slots[i].row(); r >= 0 {
			m.idx.slots[i].lo = lo[r]
		}
	}
	m.ent = ent
}

// thaw turns sparse rows back into dense ones, for more training.
func (m *Model) thaw() {
	if m.tiny != nil {
		m.feats, m.start, m.cls, m.val = m.unpackTiny()
		m.tiny = nil
		m.reindex()
	}
	m.w = make([]float32, len(m.feats)*m.nc)
	for r := range m.feats {
		for k := m.start[r]; k < m.start[r+1]; k++ {
			m.w[r*m.nc+int(m.cls[k])] = m.val[k]
		}
	}
	m.start, m.cls, m.val, m.ent = nil, nil, nil, nil
	m.frozen = false
}

func (m *Model) averaged() []float32 {
	out := make([]float32, len(m.w))
	now := float64(m.now)
	for i, w := range m.w {
		t := m.tot[i] + (now-float64(m.ts[i]))*float64(w)
		out[i] = float32(t / now)
	}
	return out
}

// Prune drops every feature whose weights are all zero or all smaller in
// magnitude than threshold, and returns how many features it kept.
func (m *Model) Prune(threshold float32) int {
	if m.frozen {
		m.thaw()
		defer m.freeze()
	}
	nc := m.nc
	kept := 0
	for r := range m.feats {
		row := m.w[r*nc : r*nc+nc]
		keep := false
		for _, v := range row {
			a := float32(math.Abs(float64(v)))
			if a != 0 && a >= threshold {
				keep = true
				break
			}
		}
		if !keep {
			continue
		}
		if kept != r {
			m.feats[kept] = m.feats[r]
			copy(m.w[kept*nc:], row)
			if m.tot != nil {
				copy(m.tot[kept*nc:], m.tot[r*nc:r*nc+nc])
				copy(m.ts[kept*nc:], m.ts[r*nc:r*nc+nc])
			}
		}
		kept++
	}
	m.feats = slices.Clip(m.feats[:kept])
	m.w = slices.Clip(m.w[:kept*nc])
	if m.tot != nil {
		m.tot = slices.Clip(m.tot[:kept*nc])
		m.ts = slices.Clip(m.ts[:kept*nc])
	}
	m.reindex()
	return kept
}

func (m *Model) reindex() {
	m.idx.init(len(m.feats))
	for r, f := range m.feats {
		m.idx.insert(f, int32(r))
	}
}

// index is an open-addressing hash table from Feature to row, with linear
// probing and a load factor of at most one half. Key and row share a slot so
// that a probe touches one cache line.
type index struct {
	slots []slot
	shift uint
	n     int
}

type slot struct {
	key Feature
	ref uint32 // row + 1; 0 marks an empty slot
	lo  uint32 // offset of the row's header in Model.ent, once packed
}

// row is the slot's row, -1 when the slot is empty.
func (s *slot) row() int32 { return int32(s.ref) - 1 }

func (x *index) init(n int) {
	size, shift := 16, uint(64-4)
	for size < 2*n {
		size *= 2
		shift--
	}
	x.slots = make([]slot, size)
	x.shift = shift
	x.n = 0
}

// mixer spreads features over the index: a feature's home slot is the top
// bits of its product with mixer, an odd number (2^64 over the golden ratio),
// so the product is a bijection and unmixer, its inverse modulo 2^64, undoes
// it.
const (
	mixer   = 0x9E3779B97F4A7C15
	unmixer = 0xF1DE83E19937733D
)

func mixKey(f Feature) uint64     { return uint64(f) * mixer }
func unmixKey(key uint64) Feature { return Feature(key * unmixer) }

func (x *index) clone() index {
	return index{slots: slices.Clone(x.slots), shift: x.shift, n: x.n}
}

func (x *index) slot(f Feature) int {
	return int(mixKey(f) >> x.shift)
}

func (x *index) find(f Feature) int32 {
	mask := len(x.slots) - 1
	for i := x.slot(f); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.ref == 0 {
			return -1
		}
		if s.key == f {
			return s.row()
		}
	}
}

// findLo returns the packed-row offset of f's slot.
func (x *index) findLo(f Feature) (uint32, bool) {
	mask := len(x.slots) - 1
	for i := x.slot(f); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.ref == 0 {
			return 0, false
		}
		if s.key == f {
			return s.lo, true
		}
	}
}

func (x *index) insert(f Feature, r int32) {
	if 2*(x.n+1) > len(x.slots) {
		old := x.slots
		x.init(2 * (x.n + 1))
		for _, s := range old {
			if s.ref != 0 {
				x.insert(s.key, s.row())
			}
		}
	}
	mask := len(x.slots) - 1
	i := x.slot(f)
	for x.slots[i].ref != 0 {
		if x.slots[i].key == f {
			x.slots[i].ref = uint32(r) + 1
			return
		}
		i = (i + 1) & mask
	}
	x.slots[i] = slot{key: f, ref: uint32(r) + 1}
	x.n++
}
