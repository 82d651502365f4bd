package parser

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/perceptron"
)

// TrainOptions sets up Train. Zero values take the defaults.
type TrainOptions struct {
	Iterations  int     // passes over the training data; default 15
	Seed        uint64  // shuffling and exploration; default 1
	ExploreFrom int     // first iteration (1-based) that follows the model's own predictions; default 2
	ExploreProb float64 // probability of following a wrong prediction then; default 0.9
	MinLift     int     // lift-encoded relations seen fewer times are dropped; default 2
	Prune       float32 // after averaging, drop feature rows with no weight this large; default 0 (keep all)
	Beam        int     // beam width; above 1 the action model is trained globally (default 1: greedy, dynamic oracle)
	Relabel     int     // passes of the relabeller over the training trees; 0 trains none
	BeamGap     float64 // stored with the model: decoding drops configurations trailing the best by more (0: none)
}

func (o *TrainOptions) defaults() {
	if o.Iterations <= 0 {
		o.Iterations = 15
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.ExploreFrom <= 0 {
		o.ExploreFrom = 2
	}
	if o.ExploreProb == 0 {
		o.ExploreProb = 0.9
	}
	if o.MinLift <= 0 {
		o.MinLift = 2
	}
}

// example is a training sentence: hashed attributes and the projectivized
// gold tree in state numbering (the root is n+1).
type example struct {
	ws    words
	gold  []int
	rels  []string // gold relation of word d at d-1, lift-encoded
	label []int    // global label id of word d at d
}

// Train learns a parser from gold trees, using whatever tags and lemmas the
// sentences carry (give it predicted tags to match what it will see). dev
// may be nil; otherwise its UAS and LAS are logged after every iteration.
// Sentences whose trees are malformed are skipped.
func Train(train, dev []*conllu.Sentence, opt TrainOptions, log io.Writer) (*Parser, error) {
	opt.defaults()
	if opt.Beam > maxWidth {
		return nil, fmt.Errorf("parser: beam width %d is above the limit of %d", opt.Beam, maxWidth)
	}
	width := max(opt.Beam, 1)
	if log == nil {
		log = io.Discard
	}
	// Projectivize and count relations by direction.
	type tree struct {
		s     *conllu.Sentence
		heads []int
		rels  []string
	}
	var trees []tree
	liftCount := map[string]int{}
	nonProj := 0
	for _, s := range train {
		heads := make([]int, len(s.Words))
		rels := make([]string, len(s.Words))
		for i, w := range s.Words {
			heads[i], rels[i] = w.Head, w.DepRel
		}
		if !wellFormed(heads) {
			continue
		}
		before := slices.Clone(heads)
		if !projectivize(heads, rels) {
			continue
		}
		if !slices.Equal(before, heads) {
			nonProj++
		}
		for _, r := range rels {
			if strings.Contains(r, liftSep) {
				liftCount[r]++
			}
		}
		trees = append(trees, tree{s, heads, rels})
	}
	if len(trees) == 0 {
		return nil, errors.New("parser: no well-formed training trees")
	}
	leftCount, rightCount := map[string]int{}, map[string]int{}
	for _, t := range trees {
		for i, r := range t.rels {
			if strings.Contains(r, liftSep) && liftCount[r] < opt.MinLift {
				r = baseRel(r)
				t.rels[i] = r
			}
			h := t.heads[i]
			if h == 0 || h > i+1 {
				leftCount[r]++
			} else {
				rightCount[r]++
			}
		}
	}
	p := newParser(perceptron.New(actionNames), perceptron.New(byCount(leftCount)), perceptron.New(byCount(rightCount)))
	labelID := map[string]int{}
	for i, l := range p.labels {
		labelID[l] = i
	}
	exs := make([]*example, len(trees))
	for i, t := range trees {
		n := len(t.heads)
		ex := &example{gold: make([]int, n+2), rels: t.rels, label: make([]int, n+2)}
		fill(&ex.ws, wordForms(t.s), column(t.s, func(w conllu.Word) string { return w.Lemma }),
			column(t.s, func(w conllu.Word) string { return w.UPOS }),
			column(t.s, func(w conllu.Word) string { return w.XPOS }))
		for d := 1; d <= n; d++ {
			h := t.heads[d-1]
			if h == 0 {
				h = n + 1
			}
			ex.gold[d] = h
			ex.label[d] = labelID[t.rels[d-1]]
		}
		exs[i] = ex
	}
	fmt.Fprintf(log, "parser: %d training trees (%d made projective), %d left and %d right relations, %d lift-encoded\n",
		len(exs), nonProj, len(p.leftIDs), len(p.rightIDs), countLifted(p.labels))

	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	wk := &workspace{}
	for it := 1; it <= opt.Iterations; it++ {
		start := time.Now()
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		explore := it >= opt.ExploreFrom
		var steps, errs, arcs, labErrs int
		var bs beamStats
		for _, ex := range exs {
			if width > 1 {
				p.learnBeam(ex, width, wk, &bs)
				continue
			}
			wk.ws = ex.ws
			or := func(st *state, feats []perceptron.Feature, ok *[numActions]bool, pred int) (int, int) {
				var c [numActions]int
				st.costs(ex.gold, ok, &c)
				best := -1
				for a := range numActions {
					if ok[a] && (best < 0 || c[a] < c[best]) {
						best = a
					}
				}
				// Among the cheapest actions, the one the model likes best.
				sc := wk.scores[:numActions]
				gold := -1
				for a := range numActions {
					if ok[a] && c[a] == c[best] && (gold < 0 || sc[a] > sc[gold]) {
						gold = a
					}
				}
				steps++
				if c[pred] > c[gold] {
					errs++
					p.actions.Update(feats, gold, pred)
				}
				p.actions.Tick()
				next := gold
				if explore && pred != gold && c[pred] > c[gold] && rng.Float64() < opt.ExploreProb {
					next = pred
				} else if pred != gold && c[pred] == c[gold] {
					next = pred
				}
				if next != left && next != right {
					return next, -1
				}
				h, d := st.b, st.s0()
				if next == right {
					h, d = st.s0(), st.b
				}
				wk.lfeats = pick(wk.lfeats[:0], wk.all, labelTemplates)
				guess := p.bestLabel(next, wk.lfeats, wk.scores)
				if ex.gold[d] != h {
					return next, guess
				}
				arcs++
				truth := ex.label[d]
				if guess != truth {
					labErrs++
					m, ids := p.lefts, p.leftIDs
					if next == right {
						m, ids = p.rights, p.rightIDs
					}
					m.Update(wk.lfeats, slices.Index(ids, truth), slices.Index(ids, guess))
				}
				if next == right {
					p.rights.Tick()
				} else {
					p.lefts.Tick()
				}
				if explore && rng.Float64() < opt.ExploreProb {
					return next, guess
				}
				return next, truth
			}
			p.run(wk, or)
		}
		if width > 1 {
			fmt.Fprintf(log, "iteration %d: updates on %.2f%% of sentences, %.3f arcs lost per sentence, label errors %.2f%%, %.1fs",
				it, 100*float64(bs.updates)/float64(max(bs.sentences, 1)), float64(bs.lost)/float64(max(bs.sentences, 1)),
				100*float64(bs.labErrs)/float64(max(bs.arcs, 1)), time.Since(start).Seconds())
		} else {
			fmt.Fprintf(log, "iteration %d: action errors %.2f%%, label errors %.2f%%, %.1fs",
				it, 100*float64(errs)/float64(max(steps, 1)), 100*float64(labErrs)/float64(max(arcs, 1)),
				time.Since(start).Seconds())
		}
		if len(dev) > 0 && (it%3 == 0 || it == opt.Iterations) {
			avg := newParser(p.actions.Averaged(), p.lefts.Averaged(), p.rights.Averaged())
			avg.width, avg.gap = width, opt.BeamGap
			uas, las := avg.score(dev)
			fmt.Fprintf(log, "; dev UAS %.4f LAS %.4f", uas, las)
		}
		fmt.Fprintln(log)
	}
	for _, m := range []*perceptron.Model{p.actions, p.lefts, p.rights} {
		m.Average()
		if opt.Prune > 0 {
			m.Prune(opt.Prune)
		}
	}
	fmt.Fprintf(log, "parser: %d + %d + %d feature rows\n", p.actions.NumFeatures(), p.lefts.NumFeatures(), p.rights.NumFeatures())
	out := newParser(p.actions, p.lefts, p.rights)
	out.width, out.gap = width, min(max(opt.BeamGap, 0), maxGap)
	if opt.Relabel > 0 {
		out.relabeller = trainRelabeller(train, opt.Relabel, opt.Seed, log)
		out.relabeller.Prune(relabelPrune)
		fmt.Fprintf(log, "relabeller: %d feature rows, %d relations\n", out.relabeller.NumFeatures(), len(out.relabeller.Classes))
	}
	return out, nil
}

// score returns the unlabelled and labelled attachment scores (full
// relations, punctuation included) of p over gold sentences with the tags
// they carry.
func (p *Parser) score(sents []*conllu.Sentence) (uas, las float64) {
	var total, uh, lh int
	for _, s := range sents {
		heads, rels := p.Parse(wordForms(s), column(s, func(w conllu.Word) string { return w.Lemma }),
			column(s, func(w conllu.Word) string { return w.UPOS }),
			column(s, func(w conllu.Word) string { return w.XPOS }))
		for i, w := range s.Words {
			total++
			if heads[i] == w.Head {
				uh++
				if rels[i] == w.DepRel {
					lh++
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(uh) / float64(total), float64(lh) / float64(total)
}

func wordForms(s *conllu.Sentence) []string {
	return column(s, func(w conllu.Word) string { return w.Form })
}

func column(s *conllu.Sentence, get func(conllu.Word) string) []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = get(w)
	}
	return out
}

// byCount lists the keys of counts, most frequent first.
func byCount(counts map[string]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return keys
}

func countLifted(labels []string) int {
	n := 0
	for _, l := range labels {
		if strings.Contains(l, liftSep) {
			n++
		}
	}
	return n
}
