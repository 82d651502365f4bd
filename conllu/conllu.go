// Package conllu reads and writes CoNLL-U, the Universal Dependencies format:
// one token a line in ten tab-separated columns, comment lines starting with
// "#", and a blank line after each sentence.
//
// Multiword-token ranges (1-2) and empty nodes (5.1) are kept apart from the
// syntactic words, so a reader gets both the surface tokens (for segmentation
// scores) and the words (for grammar). A malformed line is an error naming
// the file and line number.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence: a row with an integer ID.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 is the root; -1 when the column is "_"
	DepRel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether the word is followed by a space in the raw text,
// per the MISC column's SpaceAfter=No.
func (w Word) SpaceAfter() bool { return !hasMisc(w.Misc, "SpaceAfter=No") }

// Range is a multiword token covering words First..Last, such as "don't"
// over "do" and "n't".
type Range struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence block.
type Sentence struct {
	ID       string   // from "# sent_id ="
	Text     string   // from "# text ="
	NewDoc   bool     // a "# newdoc" comment opened this sentence
	NewPar   bool     // a "# newpar" comment opened this sentence
	Comments []string // every comment line, without the leading "# "
	Words    []Word
	Ranges   []Range
	Line     int // line number of the sentence's first line
}

// SurfaceToken is a token as it appears in the raw text: a multiword range
// or a word outside any range.
type SurfaceToken struct {
	Form       string
	SpaceAfter bool
}

// Tokens returns the sentence's surface tokens in order.
func (s *Sentence) Tokens() []SurfaceToken {
	out := make([]SurfaceToken, 0, len(s.Words))
	r := 0
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		if r < len(s.Ranges) && s.Ranges[r].First == w.ID {
			rg := s.Ranges[r]
			out = append(out, SurfaceToken{rg.Form, !hasMisc(rg.Misc, "SpaceAfter=No")})
			for i+1 < len(s.Words) && s.Words[i+1].ID <= rg.Last {
				i++
			}
			r++
			continue
		}
		out = append(out, SurfaceToken{w.Form, w.SpaceAfter()})
	}
	return out
}

func hasMisc(misc, item string) bool {
	if misc == "_" || misc == "" {
		return false
	}
	for _, m := range strings.Split(misc, "|") {
		if m == item {
			return true
		}
	}
	return false
}

// Read parses CoNLL-U from r; name labels errors. It yields each sentence, or
// one error and stops, at the first malformed line.
func Read(r io.Reader, name string) iter.Seq2[*Sentence, error] {
	return func(yield func(*Sentence, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		var cur *Sentence
		line := 0
		flush := func() bool {
			if cur == nil {
				return true
			}
			s := cur
			cur = nil
			if len(s.Words) == 0 {
				return true
			}
			return yield(s, nil)
		}
		for sc.Scan() {
			line++
			l := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(l) == "" {
				if !flush() {
					return
				}
				continue
			}
			if cur == nil {
				cur = &Sentence{Line: line}
			}
			if strings.HasPrefix(l, "#") {
				c := strings.TrimSpace(strings.TrimPrefix(l, "#"))
				cur.Comments = append(cur.Comments, c)
				switch {
				case strings.HasPrefix(c, "sent_id"):
					cur.ID = commentValue(c)
				case strings.HasPrefix(c, "text ") || strings.HasPrefix(c, "text="):
					cur.Text = commentValue(c)
				case strings.HasPrefix(c, "newdoc"):
					cur.NewDoc = true
				case strings.HasPrefix(c, "newpar"):
					cur.NewPar = true
				}
				continue
			}
			if err := cur.addRow(l); err != nil {
				yield(nil, fmt.Errorf("%s:%d: %w", name, line, err))
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(nil, fmt.Errorf("%s:%d: %w", name, line, err))
			return
		}
		flush()
	}
}

func commentValue(c string) string {
	if i := strings.IndexByte(c, '='); i >= 0 {
		return strings.TrimSpace(c[i+1:])
	}
	return ""
}

func (s *Sentence) addRow(l string) error {
	f := strings.Split(l, "\t")
	if len(f) != 10 {
		return fmt.Errorf("want 10 tab-separated columns, found %d", len(f))
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph: not a surface word
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first > last {
			return fmt.Errorf("column ID: bad range %q", id)
		}
		s.Ranges = append(s.Ranges, Range{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("column ID: %q is not the next word number %d", id, len(s.Words)+1)
	}
	head := -1
	if f[6] != "_" {
		head, err = strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return fmt.Errorf("column HEAD: %q is not a word number", f[6])
		}
	}
	s.Words = append(s.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
		Feats: f[5], Head: head, DepRel: f[7], Deps: f[8], Misc: f[9]})
	return nil
}

// ReadFile reads every sentence of a CoNLL-U file.
func ReadFile(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*Sentence
	for s, err := range Read(f, path) {
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Write writes sentences as CoNLL-U, keeping their comments and ranges.
func Write(w io.Writer, sents []*Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		WriteSentence(bw, s)
	}
	return bw.Flush()
}

// WriteSentence writes one sentence block followed by a blank line.
func WriteSentence(w *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		w.WriteString("# ")
		w.WriteString(c)
		w.WriteByte('\n')
	}
	r := 0
	for _, wd := range s.Words {
		for r < len(s.Ranges) && s.Ranges[r].First == wd.ID {
			rg := s.Ranges[r]
			fmt.Fprintf(w, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", rg.First, rg.Last, rg.Form, orUnderscore(rg.Misc))
			r++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, wd.Form, orUnderscore(wd.Lemma),
			orUnderscore(wd.UPOS), orUnderscore(wd.XPOS), orUnderscore(wd.Feats), head,
			orUnderscore(wd.DepRel), orUnderscore(wd.Deps), orUnderscore(wd.Misc))
	}
	w.WriteByte('\n')
}

func orUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
