package tagger

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/internal/binfile"
	"github.com/chronicle-news/chronicle/perceptron"
)

// TrainOptions sets how Train learns. Zero fields take the defaults noted.
type TrainOptions struct {
	Iterations   int     // passes over the training data; default 10
	Seed         uint64  // shuffles the sentence order of each pass
	Prune        float32 // drop features whose weights are all below this; default 0.01, negative keeps all
	DictMinCount int     // a word enters the tag dictionary seen this often; default 20
	DictMinRatio float64 // ... and with its commonest class this large a share; default 0.995
	AmbMinCount  int     // a word seen this often gets an ambiguity-class feature; default 3
	// Clusters maps lowercased words to distributional cluster strings
	// (see `chronicle train clusters`); nil for none. The tagger keeps them.
	Clusters map[string]string
}

func (o *TrainOptions) defaults() {
	if o.Iterations <= 0 {
		o.Iterations = 10
	}
	if o.Prune == 0 {
		o.Prune = 0.01
	}
	if o.DictMinCount <= 0 {
		o.DictMinCount = 20
	}
	if o.AmbMinCount <= 0 {
		o.AmbMinCount = 3
	}
	if o.DictMinRatio <= 0 {
		o.DictMinRatio = 0.995
	}
}

// Train learns a tagger from sents. When dev is not empty, it keeps the
// averaged model of the pass that tags dev best; otherwise that of the last
// pass. Progress goes to log, if not nil. Training is deterministic given
// the data and options.
func Train(sents []*conllu.Sentence, dev []*conllu.Sentence, opt TrainOptions, log io.Writer) (*Tagger, error) {
	opt.defaults()
	if log == nil {
		log = io.Discard
	}
	classSet := map[string]bool{}
	formClass := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			c := w.UPOS + "\t" + w.XPOS
			classSet[c] = true
			fc := formClass[w.Form]
			if fc == nil {
				fc = map[string]int{}
				formClass[w.Form] = fc
			}
			fc[c]++
		}
	}
	if len(classSet) == 0 {
		return nil, fmt.Errorf("tagger: no training words")
	}
	classes := binfile.SortedKeys(classSet)
	classIndex := map[string]int{}
	for i, c := range classes {
		classIndex[c] = i
	}

	dict := map[string]int32{}
	for form, fc := range formClass {
		total, best, bestN := 0, "", 0
		for _, c := range binfile.SortedKeys(fc) {
			n := fc[c]
			total += n
			if n > bestN {
				best, bestN = c, n
			}
		}
		if total >= opt.DictMinCount && float64(bestN)/float64(total) >= opt.DictMinRatio {
			dict[form] = int32(classIndex[best])
		}
	}
	// Ambiguity classes for training words come from the other folds
	// (jackknifing), so that training sees them as noisy as unseen text will.
	amb := ambiguityClasses(formClass, nil, classIndex, opt.AmbMinCount)
	foldAmb := make([]map[string]string, ambFolds)
	for k := range foldAmb {
		held := map[string]map[string]int{}
		for si := k; si < len(sents); si += ambFolds {
			for _, w := range sents[si].Words {
				if held[w.Form] == nil {
					held[w.Form] = map[string]int{}
				}
				held[w.Form][w.UPOS+"\t"+w.XPOS]++
			}
		}
		foldAmb[k] = ambiguityClasses(formClass, held, classIndex, opt.AmbMinCount)
	}
	defFeats, feats := learnFeats(sents, classes, classIndex)
	// Casing histories, jackknifed like the ambiguity classes.
	caseAll := caseCounts(sents, -1)
	lex := lexicon{caseHist: caseHistories(caseAll, nil), clusters: opt.Clusters}
	foldLex := make([]*lexicon, ambFolds)
	for k := range foldLex {
		foldLex[k] = &lexicon{caseHist: caseHistories(caseAll, caseCounts(sents, k)), clusters: opt.Clusters}
	}

	m := perceptron.New(classes)
	t, err := newTagger(m, dict, defFeats, feats, amb, lex)
	if err != nil {
		return nil, err
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var s sentence
	var words []string
	var best *perceptron.Model
	bestAcc := -1.0
	for it := 1; it <= opt.Iterations; it++ {
		began := time.Now()
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(it)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, seen := 0, 0
		for _, si := range order {
			sent := sents[si]
			words = words[:0]
			for _, w := range sent.Words {
				words = append(words, w.Form)
			}
			s.prepare(words, foldAmb[si%ambFolds], foldLex[si%ambFolds])
			for i, w := range sent.Words {
				truth := classIndex[w.UPOS+"\t"+w.XPOS]
				if c, ok := dict[w.Form]; ok {
					s.hist = append(s.hist, int(c))
					continue
				}
				f := s.features(i, classes)
				guess := m.Predict(f)
				m.Update(f, truth, guess)
				m.Tick()
				if guess == truth {
					right++
				}
				seen++
				s.hist = append(s.hist, max(guess, 0))
			}
		}
		avg := m.Averaged()
		fmt.Fprintf(log, "pass %d: train %.4f (model-tagged words) in %s, %d features",
			it, float64(right)/float64(max(seen, 1)), time.Since(began).Round(time.Second), avg.NumFeatures())
		if len(dev) > 0 {
			t.model = avg
			sc := t.Evaluate(dev)
			fmt.Fprintf(log, ", dev UPOS %.4f XPOS %.4f", sc.UPOS, sc.XPOS)
			if sc.Joint > bestAcc {
				best, bestAcc = avg, sc.Joint
			}
		} else {
			best = avg
		}
		fmt.Fprintln(log)
	}
	if opt.Prune > 0 {
		kept := best.Prune(opt.Prune)
		fmt.Fprintf(log, "pruned below %g: %d features kept\n", opt.Prune, kept)
	}
	t.model = best
	if len(dev) > 0 {
		sc := t.Evaluate(dev)
		fmt.Fprintf(log, "final dev UPOS %.4f XPOS %.4f FEATS %.4f\n", sc.UPOS, sc.XPOS, sc.Feats)
	}
	return t, nil
}

// caseCounts counts, per lowercased form, its lowercase, capitalised and
// all-capital occurrences after the first word of sentences; fold k ≥ 0
// counts only the sentences of that fold, -1 all of them.
func caseCounts(sents []*conllu.Sentence, fold int) map[string][3]int {
	counts := map[string][3]int{}
	for si, s := range sents {
		if fold >= 0 && si%ambFolds != fold {
			continue
		}
		for i, w := range s.Words {
			if i == 0 {
				continue
			}
			var k int
			switch wordCase(w.Form) {
			case "l":
				k = 0
			case "C":
				k = 1
			case "X":
				k = 2
			default:
				continue
			}
			low := string(appendLower(nil, w.Form))
			c := counts[low]
			c[k]++
			counts[low] = c
		}
	}
	return counts
}

// caseHistories buckets the casing counts of all less held.
func caseHistories(all, held map[string][3]int) map[string]string {
	out := map[string]string{}
	for w, c := range all {
		h := held[w]
		if b := caseBucket(c[0]-h[0], c[1]-h[1], c[2]-h[2]); b != "" {
			out[w] = b
		}
	}
	return out
}

// ambFolds is the number of folds for jackknifing ambiguity classes.
const ambFolds = 10

// ambiguityClasses maps each form seen at least minCount times in counts
// less held to the sorted indices of the classes that form took at least 2%
// of the time.
func ambiguityClasses(counts, held map[string]map[string]int, classIndex map[string]int, minCount int) map[string]string {
	amb := map[string]string{}
	for form, fc := range counts {
		hf := held[form]
		total := 0
		for c, n := range fc {
			total += n - hf[c]
		}
		if total < minCount {
			continue
		}
		var ids []int
		for c, n := range fc {
			if n -= hf[c]; n > 0 && float64(n) >= 0.02*float64(total) {
				ids = append(ids, classIndex[c])
			}
		}
		slices.Sort(ids)
		var b []byte
		for i, id := range ids {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(id), 10)
		}
		amb[form] = string(b)
	}
	return amb
}

// learnFeats finds each class's commonest FEATS and, per class and
// lowercased word, the commonest FEATS where it differs from that default.
func learnFeats(sents []*conllu.Sentence, classes []string, classIndex map[string]int) ([]string, map[string]string) {
	byClass := make([]map[string]int, len(classes))
	byWord := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			c := classIndex[w.UPOS+"\t"+w.XPOS]
			if byClass[c] == nil {
				byClass[c] = map[string]int{}
			}
			ft := w.Feats
			if ft == "" {
				ft = "_"
			}
			byClass[c][ft]++
			k := classes[c] + "\t" + string(appendLower(nil, w.Form))
			if byWord[k] == nil {
				byWord[k] = map[string]int{}
			}
			byWord[k][ft]++
		}
	}
	def := make([]string, len(classes))
	for c, counts := range byClass {
		def[c] = commonest(counts)
	}
	feats := map[string]string{}
	for k, counts := range byWord {
		ft := commonest(counts)
		if ft != def[classIndex[classPart(k)]] {
			feats[k] = ft
		}
	}
	return def, feats
}

// classPart returns the "UPOS\tXPOS" prefix of a class-and-word key.
func classPart(k string) string {
	first := -1
	for i := 0; i < len(k); i++ {
		if k[i] == '\t' {
			if first >= 0 {
				return k[:i]
			}
			first = i
		}
	}
	return k
}

func commonest(counts map[string]int) string {
	best, bestN := "_", 0
	for _, k := range binfile.SortedKeys(counts) {
		if counts[k] > bestN {
			best, bestN = k, counts[k]
		}
	}
	return best
}

// Score is tagging accuracy over a set of words.
type Score struct {
	Words int
	UPOS  float64
	XPOS  float64
	Feats float64 // FEATS string equal to gold (both "_" counts as equal)
	Joint float64 // UPOS and XPOS both right
}

// Evaluate tags the gold-tokenized sentences and scores the tags.
func (t *Tagger) Evaluate(sents []*conllu.Sentence) Score {
	var sc Score
	var up, xp, ft, jt int
	var words []string
	var tags []Tag
	for _, s := range sents {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		tags = t.Tag(words, tags)
		for i, w := range s.Words {
			g := tags[i]
			if g.UPOS == w.UPOS {
				up++
			}
			if g.XPOS == w.XPOS {
				xp++
			}
			if g.UPOS == w.UPOS && g.XPOS == w.XPOS {
				jt++
			}
			gold := w.Feats
			if gold == "" {
				gold = "_"
			}
			if g.Feats == gold {
				ft++
			}
			sc.Words++
		}
	}
	n := float64(max(sc.Words, 1))
	sc.UPOS, sc.XPOS, sc.Feats, sc.Joint = float64(up)/n, float64(xp)/n, float64(ft)/n, float64(jt)/n
	return sc
}
