// Package grammar fills in the grammar of a sentence's tokens: it runs the
// part-of-speech tagger, then the lemmatizer, then the dependency parser,
// in that order, over the words of one sentence at a time.
//
// Tokens are taken as given (the text package's output, or the tokens of a
// CoNLL-U file); an empty sentence is left alone. Heads are 1-based within
// the sentence, 0 for the root, and always form a tree with a single root.
package grammar

import (
	"fmt"
	"sync"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/parser"
	"github.com/chronicle-news/chronicle/tagger"
)

// Lemmatizer gives the dictionary form of a tagged word.
type Lemmatizer interface {
	Lemma(form, upos, xpos string) string
}

// Grammar composes the tagger, lemmatizer and parser. It is safe for
// concurrent use.
type Grammar struct {
	tagger *tagger.Tagger
	lemmas Lemmatizer
	parser *parser.Parser
	pool   sync.Pool // *buffers
}

// buffers is the per-call memory of Annotate.
type buffers struct {
	forms, lemmas, upos, xpos []string
	tags                      []tagger.Tag
}

// New composes the given stages.
func New(t *tagger.Tagger, l Lemmatizer, p *parser.Parser) *Grammar {
	g := &Grammar{tagger: t, lemmas: l, parser: p}
	g.pool.New = func() any { return new(buffers) }
	return g
}

var (
	defaultOnce    sync.Once
	defaultGrammar *Grammar
	defaultErr     error
)

// Default returns the grammar built from the embedded models, loading them
// on first use.
func Default() (*Grammar, error) {
	defaultOnce.Do(func() {
		p, err := parser.Default()
		if err != nil {
			defaultErr = fmt.Errorf("grammar: %w", err)
			return
		}
		defaultGrammar, defaultErr = WithParser(p)
	})
	return defaultGrammar, defaultErr
}

// Word is the grammar of one word.
type Word struct {
	Lemma, UPOS, XPOS, Feats string
	Head                     int // 1-based, 0 for the root; -1 when not parsed
	DepRel                   string
}

// annotate runs the stages over forms, calling set for each word.
func (g *Grammar) annotate(b *buffers, forms []string, set func(i int, w Word)) {
	if len(forms) == 0 {
		return
	}
	b.tags = g.tagger.Tag(forms, b.tags)
	b.lemmas, b.upos, b.xpos = b.lemmas[:0], b.upos[:0], b.xpos[:0]
	for i, f := range forms {
		t := b.tags[i]
		b.upos = append(b.upos, t.UPOS)
		b.xpos = append(b.xpos, t.XPOS)
		lem := f
		if g.lemmas != nil {
			lem = g.lemmas.Lemma(f, t.UPOS, t.XPOS)
		}
		b.lemmas = append(b.lemmas, lem)
	}
	perfectAfterS(forms, b.xpos, b.lemmas)
	var heads []int
	var rels []string
	if g.parser != nil {
		heads, rels = g.parser.Parse(forms, b.lemmas, b.upos, b.xpos)
	}
	for i := range forms {
		t := b.tags[i]
		w := Word{Lemma: b.lemmas[i], UPOS: t.UPOS, XPOS: t.XPOS, Feats: t.Feats, Head: -1}
		if heads != nil {
			w.Head, w.DepRel = heads[i], rels[i]
		}
		set(i, w)
	}
}

// Annotate fills Lemma, UPOS, XPOS, Feats, Head and DepRel of the tokens of
// one sentence in place.
func (g *Grammar) Annotate(toks []chronicle.Token) {
	if len(toks) == 0 {
		return
	}
	b := g.pool.Get().(*buffers)
	forms := b.forms[:0]
	for _, t := range toks {
		forms = append(forms, t.Text)
	}
	b.forms = forms
	defer g.pool.Put(b)
	g.annotate(b, forms, func(i int, w Word) {
		t := &toks[i]
		t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Head, t.DepRel = w.Lemma, w.UPOS, w.XPOS, w.Feats, w.Head, w.DepRel
	})
}

// AnnotateCoNLLU fills LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL of the
// words of a CoNLL-U sentence in place, keeping forms, IDs, multiword
// ranges, comments and MISC.
func (g *Grammar) AnnotateCoNLLU(s *conllu.Sentence) {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	b := g.pool.Get().(*buffers)
	defer g.pool.Put(b)
	g.annotate(b, forms, func(i int, w Word) {
		x := &s.Words[i]
		x.Lemma, x.UPOS, x.XPOS, x.Feats, x.Head, x.DepRel = w.Lemma, w.UPOS, w.XPOS, w.Feats, w.Head, w.DepRel
	})
}

// WithParser returns a grammar of the embedded tagger and lemmatizer and
// the given parser, as used to evaluate a newly trained parser model. With
// a nil parser the grammar only tags and lemmatizes, leaving heads at -1,
// which is how the parser's training data gets predicted tags.
func WithParser(p *parser.Parser) (*Grammar, error) {
	t, err := tagger.Default()
	if err != nil {
		return nil, fmt.Errorf("grammar: %w", err)
	}
	l, err := DefaultLemmatizer()
	if err != nil {
		return nil, fmt.Errorf("grammar: %w", err)
	}
	return New(t, l, p), nil
}
