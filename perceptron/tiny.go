package perceptron

import "slices"

// tinyClasses is the most classes a model may have to be frozen into a
// tinyTable.
const tinyClasses = 4

// tinyWeights is a row of a model of few classes, in half precision (as
// the file format stores weights).
type tinyWeights [tinyClasses]uint16

// tinySlot is a feature and its row.
type tinySlot struct {
	key Feature // 0: empty
	w   tinyWeights
}

// tinyTable is the whole of a frozen model of at most tinyClasses classes:
// an open-addressing table (linear probing, load at most one half) whose
// slots hold each feature's row of weights, so scoring a feature touches
// one cache line. The key 0 marks an empty slot, so the feature 0 keeps its
// row aside.
type tinyTable struct {
	slots []tinySlot
	shift uint
	n     int          // rows in slots
	zero  *tinyWeights // the row of the feature 0, nil when it has none
}

// newTinyTable returns a table sized for n rows.
func newTinyTable(n int) *tinyTable {
	size, shift := 16, uint(64-4)
	for size < 2*n {
		size *= 2
		shift--
	}
	return &tinyTable{slots: make([]tinySlot, size), shift: shift}
}

func (t *tinyTable) home(f Feature) int { return int(mixKey(f) >> t.shift) }

// insert adds f's row; f must not be in the table yet, and the table must
// have room (it never grows). Inserting in the order of mixKey fills the
// slots front to back.
func (t *tinyTable) insert(f Feature, w tinyWeights) {
	if f == 0 {
		z := w // only the feature 0's row escapes to the heap
		t.zero = &z
		return
	}
	mask := len(t.slots) - 1
	i := t.home(f)
	for t.slots[i].key != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = tinySlot{key: f, w: w}
	t.n++
}

// find returns f's row, nil when f has none.
func (t *tinyTable) find(f Feature) *tinyWeights {
	if f == 0 {
		return t.zero
	}
	mask := len(t.slots) - 1
	for i := t.home(f); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.key == f {
			return &sl.w
		}
		if sl.key == 0 {
			return nil
		}
	}
}

// rows reports how many features own a row.
func (t *tinyTable) rows() int {
	if t.zero != nil {
		return t.n + 1
	}
	return t.n
}

// each calls fn with every feature and its row, the feature 0 first and
// then in slot order.
func (t *tinyTable) each(fn func(f Feature, w *tinyWeights)) {
	if t.zero != nil {
		fn(0, t.zero)
	}
	for i := range t.slots {
		if sl := &t.slots[i]; sl.key != 0 {
			fn(sl.key, &sl.w)
		}
	}
}

func (t *tinyTable) clone() *tinyTable {
	c := *t
	c.slots = slices.Clone(t.slots)
	if t.zero != nil {
		z := *t.zero
		c.zero = &z
	}
	return &c
}

// scores adds the weights of feats to s. It reads the home slots of a batch
// of features first: those loads are independent of each other, so their
// cache misses overlap, and the probes that follow find the lines cached.
func (t *tinyTable) scores(feats []Feature, s []float32) {
	var acc [tinyClasses]float32
	slots := t.slots
	mask := len(slots) - 1
	var home [64]int
	var touch Feature
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(home))]
		feats = feats[len(batch):]
		for k, f := range batch {
			i := t.home(f)
			home[k] = i
			touch ^= slots[i].key
		}
		for k, f := range batch {
			var w *tinyWeights
			if f == 0 {
				if w = t.zero; w == nil {
					continue
				}
			} else {
				for i := home[k]; ; i = (i + 1) & mask {
					sl := &slots[i]
					if sl.key == f {
						w = &sl.w
						break
					}
					if sl.key == 0 {
						break
					}
				}
				if w == nil {
					continue
				}
			}
			for c := range acc {
				acc[c] += fromHalf(w[c])
			}
		}
	}
	if touch == 1 { // keeps the touching loads; harmless when true
		acc[0] += 0
	}
	copy(s, acc[:])
}

// packTiny freezes a model of at most tinyClasses classes into its tiny
// table, which then holds all of it: the sparse rows and the index go.
func (m *Model) packTiny() {
	t := newTinyTable(len(m.feats))
	for r, f := range m.feats {
		var w tinyWeights
		for k := m.start[r]; k < m.start[r+1]; k++ {
			w[m.cls[k]] = toHalf(m.val[k])
		}
		t.insert(f, w)
	}
	m.tiny = t
	m.feats, m.start, m.cls, m.val, m.ent = nil, nil, nil, nil, nil
	m.idx = index{}
}

// unpackTiny returns the sparse rows of a model frozen into a tiny table,
// in the table's order.
func (m *Model) unpackTiny() (feats []Feature, start []uint32, cls []uint16, val []float32) {
	n := m.tiny.rows()
	feats = make([]Feature, 0, n)
	start = make([]uint32, 0, n+1)
	m.tiny.each(func(f Feature, w *tinyWeights) {
		feats = append(feats, f)
		start = append(start, uint32(len(cls)))
		for c, h := range w {
			if h&0x7fff != 0 && c < m.nc {
				cls = append(cls, uint16(c))
				val = append(val, fromHalf(h))
			}
		}
	})
	start = append(start, uint32(len(cls)))
	return feats, start, cls, val
}
