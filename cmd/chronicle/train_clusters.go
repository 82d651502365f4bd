package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/conllu"
	"github.com/chronicle-news/chronicle/tagger"
)

// runTrainClusters groups words by their neighbours in unlabelled text and
// writes the word cluster table that `chronicle train tagger --clusters`
// reads.
func runTrainClusters(args []string, io stdio) error {
	fl := newFlagSet("train clusters", io,
		"Usage: chronicle train clusters --text FILE[,FILE...] --out FILE [--seed N] [--min-count N]",
	)
	text := fl.String("text", "", "text `files`, comma-separated: CoNLL-U (*.conllu), one token per line with a tab-separated tag (blank line between sentences), or one space-tokenized sentence per line")
	out := fl.String("out", "", "cluster table `file` to write (word<TAB>cluster lines)")
	seed := fl.Uint64("seed", 1, "projection and k-means seed")
	minCount := fl.Int("min-count", 3, "cluster words seen at least this often")
	contexts := fl.Int("contexts", 300, "commonest words used as contexts")
	levels := fl.String("levels", "16,8,8", "clusters per level, coarse to fine, comma-separated (each ≤ 32)")
	if err := parseFlags(fl, args, func() bool { return *text != "" && *out != "" && fl.NArg() == 0 }); err != nil {
		return err
	}
	var lv []int
	for _, f := range strings.Split(*levels, ",") {
		var n int
		if _, err := fmt.Sscan(strings.TrimSpace(f), &n); err != nil || n < 1 || n > 32 {
			return fmt.Errorf("chronicle train clusters: bad --levels %q", *levels)
		}
		lv = append(lv, n)
	}
	var sents [][]string
	tokens := 0
	for _, p := range strings.Split(*text, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		s, err := readTextSentences(p)
		if err != nil {
			return err
		}
		for _, x := range s {
			tokens += len(x)
		}
		sents = append(sents, s...)
	}
	began := time.Now()
	cl := tagger.Cluster(sents, tagger.ClusterOptions{MinCount: *minCount, Contexts: *contexts, Levels: lv, Seed: *seed})
	fmt.Fprintf(io.err, "clustered %d words from %d sentences, %d tokens, in %s\n", len(cl), len(sents), tokens, time.Since(began).Round(time.Millisecond))
	words := make([]string, 0, len(cl))
	for w := range cl {
		words = append(words, w)
	}
	slices.Sort(words)
	var b strings.Builder
	fmt.Fprintf(&b, "# word clusters from `chronicle train clusters --seed %d --min-count %d --contexts %d --levels %s`\n", *seed, *minCount, *contexts, *levels)
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\t')
		b.WriteString(cl[w])
		b.WriteByte('\n')
	}
	return os.WriteFile(*out, []byte(b.String()), 0o644)
}

// readTextSentences reads the words of a text file: the forms of a CoNLL-U
// file, the first field of tab-separated token-per-line files, or the
// space-separated tokens of one-sentence-per-line text.
func readTextSentences(path string) ([][]string, error) {
	if strings.HasSuffix(path, ".conllu") {
		ss, err := conllu.ReadFile(path)
		if err != nil {
			return nil, err
		}
		out := make([][]string, 0, len(ss))
		for _, s := range ss {
			var ws []string
			for _, w := range s.Words {
				ws = append(ws, w.Form)
			}
			out = append(out, ws)
		}
		return out, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if tok, _, ok := strings.Cut(line, "\t"); ok {
			if tok = strings.TrimSpace(tok); tok != "" {
				cur = append(cur, tok)
			}
			continue
		}
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, f)
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}
