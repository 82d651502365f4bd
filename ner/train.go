package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/chronicle-news/chronicle/perceptron"
)

// Sentence is one training sentence: its words, optional POS tags, gold
// spans, and the weight of its updates (0 counts as 1).
type Sentence struct {
	Words  []string
	POS    []string
	Spans  []Span
	Weight float32
}

// TrainOptions configures Train.
type TrainOptions struct {
	Iterations int    // passes over the data; 0 means 10
	Seed       uint64 // shuffling seed; the same seed and data give the same model
	Features   FeatureOptions
	Gazetteer  *Gazetteer        // stored in the model; needed when Features.Gazetteer
	Lexicon    *Lexicon          // stored in the model; needed when Features.Casing
	Clusters   map[string]string // word → cluster bit string, stored in the model; needed when Features.Clusters
	// Tagger supplies POS tags for sentences without them when
	// Features.POS is set; it is also kept on the returned Recognizer.
	Tagger func(words []string) []string
	// Prune drops features whose averaged weights are all below it in
	// magnitude; 0 keeps every feature.
	Prune float32
	// Dev, when set, scores a snapshot of the averaged model after each
	// pass; Train keeps the snapshot that scored best.
	Dev func(r *Recognizer) float64
	Log io.Writer // progress lines; nil for none
}

// Train learns a recognizer from gold sentences with the structured
// averaged perceptron: each sentence is decoded with the current weights
// and, where the best path differs from the gold one, the features of the
// gold tags are rewarded and those of the predicted tags penalised.
func Train(data []Sentence, opts TrainOptions) (*Recognizer, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("ner: no training sentences")
	}
	iters := opts.Iterations
	if iters <= 0 {
		iters = 10
	}
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format, args...)
		}
	}
	gaz := opts.Gazetteer
	if !opts.Features.Gazetteer {
		gaz = nil
	}
	lx := opts.Lexicon
	if !opts.Features.Casing {
		lx = nil
	}
	cl := opts.Clusters
	if !opts.Features.Clusters {
		cl = nil
	}
	if opts.Features.POS && opts.Tagger != nil {
		for i := range data {
			if len(data[i].POS) != len(data[i].Words) {
				data[i].POS = opts.Tagger(data[i].Words)
			}
		}
	}
	model := perceptron.New(tagNames)
	r := newRecognizer(model, gaz, lx, opts.Features)
	r.clus = cl
	r.Tagger = opts.Tagger
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	var best *Recognizer
	bestScore := -1.0
	var featBuf [][]perceptron.Feature
	for it := 1; it <= iters; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, tokens := 0, 0
		for _, k := range order {
			s := &data[k]
			n := len(s.Words)
			if n == 0 {
				continue
			}
			pos := s.POS
			if len(pos) != n || !opts.Features.POS {
				pos = nil
			}
			gold := tagsOf(n, s.Spans)
			d := getDecoder(n)
			d.sent.reset(s.Words, pos, gaz, lx, cl, opts.Features.LowerGaz)
			for len(featBuf) < n {
				featBuf = append(featBuf, nil)
			}
			for i := 0; i < n; i++ {
				featBuf[i] = r.opts.features(&d.sent, i, featBuf[i][:0])
				model.Scores(featBuf[i], d.emit[i*numTags:(i+1)*numTags])
			}
			pred := r.viterbi(d, n)
			w := s.Weight
			if w == 0 {
				w = 1
			}
			changed := false
			for i := 0; i < n; i++ {
				g, p := gold[i], pred[i]
				if g != p {
					model.UpdateBy(featBuf[i], g, w)
					model.UpdateBy(featBuf[i], p, -w)
					errs++
					changed = true
				}
				gp, pp := startFeature, startFeature
				if i > 0 {
					gp, pp = transFeature(gold[i-1]), transFeature(pred[i-1])
				}
				if gp != pp || g != p {
					model.UpdateBy([]perceptron.Feature{gp}, g, w)
					model.UpdateBy([]perceptron.Feature{pp}, p, -w)
					changed = true
				}
			}
			if g, p := gold[n-1], pred[n-1]; g != p {
				model.UpdateBy([]perceptron.Feature{stopFeature}, g, w)
				model.UpdateBy([]perceptron.Feature{stopFeature}, p, -w)
			}
			putDecoder(d)
			tokens += n
			model.Tick()
			if changed {
				r.refresh()
			}
		}
		logf("ner: iteration %d: %d/%d tokens wrong (%.2f%%), %d features, %s\n",
			it, errs, tokens, 100*float64(errs)/float64(max(tokens, 1)), model.NumFeatures(), time.Since(start).Round(time.Millisecond))
		if opts.Dev != nil {
			snap := newRecognizer(model.Averaged(), gaz, lx, opts.Features)
			snap.Tagger = opts.Tagger
			snap.clus = cl
			score := opts.Dev(snap)
			logf("ner: iteration %d: dev %.4f\n", it, score)
			if score > bestScore {
				best, bestScore = snap, score
			}
		}
	}
	if best == nil {
		model.Average()
		best = newRecognizer(model, gaz, lx, opts.Features)
		best.Tagger = opts.Tagger
		best.clus = cl
	}
	if opts.Prune > 0 {
		kept := best.model.Prune(opts.Prune)
		best.refresh()
		logf("ner: pruned to %d features\n", kept)
	}
	return best, nil
}
