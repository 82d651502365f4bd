package parser

import (
	"cmp"
	"slices"

	"github.com/chronicle-news/chronicle/perceptron"
)

// Beam search keeps the width best configurations at every step instead of
// one. An arc-eager parse of n words takes exactly 2n transitions (every
// word is pushed once and popped once), so the configurations of a beam
// always stand at the same step and their scores, sums of the action
// model's scores along their histories, compare directly. Relations are
// still chosen greedily for each arc by the relation models, so the beam
// ranks unlabelled action sequences. A model may also carry a gap: decoding
// then drops the configurations that trail the best by more than it, so
// easy stretches of a sentence are parsed with a narrower beam.

// move is one transition in a configuration's history: a persistent list,
// shared by the configurations that descend from it.
type move struct {
	prev   *move
	action uint8
	forced bool  // the only legal action: scored by nothing
	label  int32 // global label id of an arc; -1 for none
}

// moves returns the history ending in m, first move first.
func (m *move) moves() []*move {
	var out []*move
	for ; m != nil; m = m.prev {
		out = append(out, m)
	}
	slices.Reverse(out)
	return out
}

// item is one configuration of the beam.
type item struct {
	st    state
	score float64
	last  *move
	cost  int                  // gold arcs lost so far (training only)
	all   []perceptron.Feature // every template's feature for st; nil when st is forced
}

// candidate is one way to extend an item of the beam.
type candidate struct {
	from   int // index of the item in the current beam
	action int
	score  float64
	cost   int
}

// beam is the per-call memory of a beam search.
type beam struct {
	cur, next []*item
	cands     []candidate
	lastChild []int // per item of cur: the index in cands of its last child
	free      []*item
	// Configurations of one beam often look alike to the models (their
	// histories differ only beyond the features' reach), so decoding
	// remembers, per sentence, the action scores and relations it has
	// computed, keyed by a hash of the features. Training does not, as its
	// weights change within a sentence.
	memo      bool
	scoreMemo map[uint64][numActions]float32
	labelMemo map[uint64]int
}

// featureKey hashes a feature vector and a salt into a memo key.
func featureKey(feats []perceptron.Feature, salt uint64) uint64 {
	h := salt*0x9E3779B97F4A7C15 + uint64(len(feats))
	for _, f := range feats {
		h ^= uint64(f)
		h *= 0xbf58476d1ce4e5b9
		h ^= h >> 29
	}
	return h
}

func (b *beam) get() *item {
	if k := len(b.free); k > 0 {
		it := b.free[k-1]
		b.free = b.free[:k-1]
		return it
	}
	return &item{}
}

// copyFrom makes s a copy of o.
func (s *state) copyFrom(o *state) {
	s.n = o.n
	s.b = o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.inStack = append(s.inStack[:0], o.inStack...)
	s.head = append(s.head[:0], o.head...)
	s.label = append(s.label[:0], o.label...)
	s.ld1 = append(s.ld1[:0], o.ld1...)
	s.ld2 = append(s.ld2[:0], o.ld2...)
	s.rd1 = append(s.rd1[:0], o.rd1...)
	s.rd2 = append(s.rd2[:0], o.rd2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
}

// scoreItem fills it.all and sc with its features and action scores,
// unless its configuration allows one action only. It reports the forced
// action, or -1.
func (p *Parser) scoreItem(it *item, ws *words, ok *[numActions]bool, sc []float32, wk *workspace) int {
	it.st.legal(ok)
	if forced := only(ok); forced >= 0 {
		it.all = it.all[:0]
		return forced
	}
	it.all = extract(it.all[:0], &it.st, ws)
	wk.feats = pick(wk.feats[:0], it.all, actionTemplates)
	if !wk.beam.memo {
		p.actions.Scores(wk.feats, sc)
		return -1
	}
	key := featureKey(wk.feats, 0)
	if v, hit := wk.beam.scoreMemo[key]; hit {
		copy(sc, v[:])
		return -1
	}
	p.actions.Scores(wk.feats, sc)
	wk.beam.scoreMemo[key] = [numActions]float32(sc[:numActions])
	return -1
}

// advance applies action a to a copy of parent's configuration in child,
// choosing the relation of an arc with the relation models, and records
// the move. With steal, parent's last child takes its configuration
// instead of a copy, leaving parent's unusable.
func (p *Parser) advance(child, parent *item, a int, forced, steal bool, wk *workspace) {
	lab := p.arcLabel(parent, a, forced, wk)
	if steal {
		child.st, parent.st = parent.st, child.st
	} else {
		child.st.copyFrom(&parent.st)
	}
	child.st.apply(a, max(lab, 0))
	child.last = &move{prev: parent.last, action: uint8(a), forced: forced, label: int32(lab)}
}

// arcLabel returns the global relation id for an arc that action a makes
// from parent's configuration, or -1 when a makes none.
func (p *Parser) arcLabel(parent *item, a int, forced bool, wk *workspace) int {
	lab := -1
	if a == left || a == right {
		all := parent.all
		if forced {
			all = extract(wk.all[:0], &parent.st, &wk.ws)
			wk.all = all
		}
		wk.lfeats = pick(wk.lfeats[:0], all, labelTemplates)
		if wk.beam.memo {
			key := featureKey(wk.lfeats, uint64(a)+1)
			l, hit := wk.beam.labelMemo[key]
			if !hit {
				l = p.bestLabel(a, wk.lfeats, wk.scores)
				wk.beam.labelMemo[key] = l
			}
			lab = l
		} else {
			lab = p.bestLabel(a, wk.lfeats, wk.scores)
		}
	}
	return lab
}

// runBeam parses the sentence in wk.ws with a beam of the given width and
// leaves the best final configuration in wk.st.
func (p *Parser) runBeam(wk *workspace, width int) {
	n := len(wk.ws.w) - 2
	p.ensureScores(wk)
	bm := &wk.beam
	bm.reset()
	bm.memo = true
	if bm.scoreMemo == nil {
		bm.scoreMemo = map[uint64][numActions]float32{}
		bm.labelMemo = map[uint64]int{}
	}
	clear(bm.scoreMemo)
	clear(bm.labelMemo)
	start := bm.get()
	start.st.reset(n)
	start.score, start.last, start.cost = 0, nil, 0
	bm.cur = append(bm.cur, start)
	var ok [numActions]bool
	sc := make([]float32, numActions)
	for steps := 0; steps < 2*n; steps++ {
		bm.cands = bm.cands[:0]
		for i, it := range bm.cur {
			if it.st.terminal() {
				continue
			}
			if forced := p.scoreItem(it, &wk.ws, &ok, sc, wk); forced >= 0 {
				bm.cands = append(bm.cands, candidate{from: i, action: forced, score: it.score})
				continue
			}
			for a := range numActions {
				if ok[a] {
					bm.cands = append(bm.cands, candidate{from: i, action: a, score: it.score + float64(sc[a])})
				}
			}
		}
		if len(bm.cands) == 0 {
			break
		}
		bm.keepBest(width)
		if p.gap > 0 {
			bm.dropBehind(p.gap)
		}
		// A parent's last child takes over its configuration.
		last := bm.lastChild[:0]
		for range bm.cur {
			last = append(last, -1)
		}
		for k, c := range bm.cands {
			last[c.from] = k
		}
		bm.lastChild = last
		for k, c := range bm.cands {
			parent := bm.cur[c.from]
			child := bm.get()
			p.advance(child, parent, c.action, len(parent.all) == 0, last[c.from] == k, wk)
			child.score = c.score
			bm.next = append(bm.next, child)
		}
		bm.swap()
	}
	wk.st.copyFrom(&bm.cur[0].st)
}

// keepBest sorts the candidates best first (ties to the earlier item and
// the lower action, so decoding is deterministic) and keeps width of them.
func (b *beam) keepBest(width int) {
	slices.SortFunc(b.cands, func(x, y candidate) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.from, y.from); c != 0 {
			return c
		}
		return cmp.Compare(x.action, y.action)
	})
	if len(b.cands) > width {
		b.cands = b.cands[:width]
	}
}

// dropBehind removes the candidates that trail the best by more than gap.
func (b *beam) dropBehind(gap float64) {
	if len(b.cands) == 0 {
		return
	}
	floor := b.cands[0].score - gap
	k := 1
	for k < len(b.cands) && b.cands[k].score >= floor {
		k++
	}
	b.cands = b.cands[:k]
}

// swap makes the next beam current and recycles the old one.
func (b *beam) swap() {
	b.free = append(b.free, b.cur...)
	b.cur, b.next = b.next, b.cur[:0]
}

// reset recycles every item.
func (b *beam) reset() {
	b.free = append(b.free, b.cur...)
	b.free = append(b.free, b.next...)
	b.cur, b.next = b.cur[:0], b.next[:0]
}

func (p *Parser) ensureScores(wk *workspace) {
	if k := max(numActions, len(p.lefts.Classes), len(p.rights.Classes)); cap(wk.scores) < k {
		wk.scores = make([]float32, k)
	}
}

// beamStats counts what global training did in one pass.
type beamStats struct {
	sentences, updates, lost, arcs, labErrs int
}

// learnBeam parses one training sentence with a beam and, where the beam's
// best configuration outscored the best one that can still reach the gold
// tree, updates the action model on the two histories up to the step where
// the difference was largest: the max-violation update of Huang, Fayong and
// Guo (2012). Which zero-cost history counts as gold is left to the model
// (the best-scoring one), as spurious ambiguity allows several. The
// relation models learn locally, on the arcs of the beam's best
// configuration whose heads are right.
func (p *Parser) learnBeam(ex *example, width int, wk *workspace, stats *beamStats) {
	n := len(ex.gold) - 2
	p.ensureScores(wk)
	wk.ws = ex.ws
	bm := &wk.beam
	bm.reset()
	bm.memo = false
	start := bm.get()
	start.st.reset(n)
	start.score, start.last, start.cost = 0, nil, 0
	bm.cur = append(bm.cur, start)
	gold := &wk.gold
	gold.st.copyFrom(&start.st)
	gold.score, gold.last, gold.cost = 0, nil, 0

	var ok [numActions]bool
	var c [numActions]int
	sc := make([]float32, numActions)
	worst := 0.0
	var worstTop, worstGold *move
	for steps := 0; steps < 2*n; steps++ {
		bm.cands = bm.cands[:0]
		for i, it := range bm.cur {
			forced := p.scoreItem(it, &ex.ws, &ok, sc, wk)
			it.st.costs(ex.gold, &ok, &c)
			if forced >= 0 {
				bm.cands = append(bm.cands, candidate{from: i, action: forced, score: it.score, cost: it.cost + c[forced]})
				continue
			}
			for a := range numActions {
				if ok[a] {
					bm.cands = append(bm.cands, candidate{from: i, action: a, score: it.score + float64(sc[a]), cost: it.cost + c[a]})
				}
			}
		}
		if len(bm.cands) == 0 {
			break
		}
		bm.keepBest(width)
		for k, cd := range bm.cands {
			parent := bm.cur[cd.from]
			child := bm.get()
			p.advance(child, parent, cd.action, len(parent.all) == 0, false, wk)
			child.score, child.cost = cd.score, cd.cost
			if k == 0 && child.last.label >= 0 {
				p.learnLabel(ex, parent, child.last, wk, stats)
			}
			bm.next = append(bm.next, child)
		}
		// The gold configuration: the best one of the beam that has lost
		// nothing, else the old one moved on by its best zero-cost action.
		var g *item
		for _, it := range bm.next {
			if it.cost == 0 {
				g = it
				break
			}
		}
		if g != nil {
			gold.st.copyFrom(&g.st)
			gold.score, gold.last = g.score, g.last
		} else {
			p.advanceGold(ex, gold, wk)
		}
		bm.swap()
		if top := bm.cur[0]; top.cost > 0 && top.score-gold.score >= worst {
			worst, worstTop, worstGold = top.score-gold.score, top.last, gold.last
		}
	}
	stats.sentences++
	stats.lost += bm.cur[0].cost
	if worstTop != nil {
		stats.updates++
		top, gl := worstTop.moves(), worstGold.moves()
		from := 0
		for from < len(top) && from < len(gl) && top[from].action == gl[from].action && top[from].label == gl[from].label {
			from++
		}
		p.reinforce(ex, gl, 1, from, wk)
		p.reinforce(ex, top, -1, from, wk)
	}
	p.actions.Tick()
}

// advanceGold moves the gold configuration on by its best-scoring
// zero-cost action.
func (p *Parser) advanceGold(ex *example, gold *item, wk *workspace) {
	var ok [numActions]bool
	var c [numActions]int
	sc := make([]float32, numActions)
	forced := p.scoreItem(gold, &ex.ws, &ok, sc, wk)
	gold.st.costs(ex.gold, &ok, &c)
	a, gain := forced, 0.0
	if a < 0 {
		for b := range numActions {
			if ok[b] && c[b] == 0 && (a < 0 || sc[b] > sc[a]) {
				a = b
			}
		}
		if a < 0 { // cannot happen for a projective gold tree
			for b := range numActions {
				if ok[b] && (a < 0 || c[b] < c[a]) {
					a = b
				}
			}
		}
		gain = float64(sc[a])
	}
	next := &wk.goldNext
	p.advance(next, gold, a, forced >= 0, false, wk)
	gold.st, next.st = next.st, gold.st
	gold.last = next.last
	gold.score += gain
}

// learnLabel updates the relation model of the arc that move m made from
// parent's configuration, when the arc's head is right.
func (p *Parser) learnLabel(ex *example, parent *item, m *move, wk *workspace, stats *beamStats) {
	h, d := parent.st.b, parent.st.s0()
	if int(m.action) == right {
		h, d = parent.st.s0(), parent.st.b
	}
	if ex.gold[d] != h {
		return
	}
	stats.arcs++
	mdl, ids := p.lefts, p.leftIDs
	if int(m.action) == right {
		mdl, ids = p.rights, p.rightIDs
	}
	truth := ex.label[d]
	if int(m.label) != truth {
		stats.labErrs++
		all := parent.all
		if len(all) == 0 {
			all = extract(wk.all[:0], &parent.st, &wk.ws)
			wk.all = all
		}
		wk.lfeats = pick(wk.lfeats[:0], all, labelTemplates)
		mdl.Update(wk.lfeats, slices.Index(ids, truth), slices.Index(ids, int(m.label)))
	}
	mdl.Tick()
}

// reinforce replays history hist from the start configuration and adds
// delta to the action model's weights for every scored move from position
// from on.
func (p *Parser) reinforce(ex *example, hist []*move, delta float32, from int, wk *workspace) {
	st := &wk.st
	st.reset(len(ex.gold) - 2)
	for i, m := range hist {
		if i >= from && !m.forced {
			wk.all = extract(wk.all[:0], st, &ex.ws)
			wk.feats = pick(wk.feats[:0], wk.all, actionTemplates)
			p.actions.UpdateBy(wk.feats, int(m.action), delta)
		}
		st.apply(int(m.action), max(int(m.label), 0))
	}
}
