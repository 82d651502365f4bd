// Command chronicle turns news articles into checkable event data: who is
// named, who said what, and who did what to whom, each fact with byte offsets
// back to the words it came from.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// stdio is what a command reads and writes, injectable for tests.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// command is one subcommand of the binary.
type command struct {
	name, summary string
	run           func(args []string, io stdio) error
}

// errFailed reports that some inputs failed; their reasons were already
// printed on standard error, so main only sets the exit status.
var errFailed = errors.New("some inputs failed")

// commands lists every subcommand, in the order --help shows them.
var commands = []command{
	{"extract", "read articles and print one JSON record per document", runExtract},
	{"parse", "tag and parse text or CoNLL-U, writing CoNLL-U", runParse},
	{"ner", "recognise named entities in CoNLL token-per-line input", runNER},
	{"quotes", "print the quotes of an article and their speakers as a table", runQuotes},
	{"train", "train a model: tagger, lemmatizer, parser, ner, clusters", runTrain},
	{"eval", "score against gold: segment, grammar, ner, article, places", runEval},
	{"bench", "measure extraction speed over a directory of articles", runBench},
}

func main() {
	os.Exit(run(os.Args[1:], stdio{os.Stdin, os.Stdout, os.Stderr}))
}

// run executes one command line and returns the exit status: 0 on success,
// 1 when the command or any of its inputs failed, 2 on a usage error.
func run(args []string, io stdio) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(io.out)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(args[1:], io)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, errFailed):
			return 1
		case errors.Is(err, errUsage):
			return 2
		default:
			fmt.Fprintf(io.err, "chronicle %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(io.err, "chronicle: unknown command %q (try chronicle --help)\n", args[0])
	return 2
}

// errUsage reports a usage error whose message the flag package has printed.
var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: chronicle COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run chronicle COMMAND --help for a command's flags.")
	fmt.Fprintln(w, "Exit status: 0 on success, 1 when any input failed (each failure is one line on")
	fmt.Fprintln(w, "standard error naming the input and the reason; the other inputs are still processed),")
	fmt.Fprintln(w, "2 on a usage error.")
}
