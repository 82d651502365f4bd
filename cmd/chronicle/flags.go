package main

import (
	"flag"
	"fmt"
	"time"
)

// newFlagSet returns the flag set of the subcommand name ("eval grammar").
// The flag package's errors and the usage text go to standard error; the
// usage text is the lines given, then each flag with its default.
func newFlagSet(name string, io stdio, usage ...string) *flag.FlagSet {
	fs := flag.NewFlagSet("chronicle "+name, flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() {
		for _, l := range usage {
			fmt.Fprintln(io.err, l)
		}
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs and returns errUsage when the command line
// is wrong: a flag error, which the flag package has reported with the usage
// text (as it prints the usage for --help), or, once parsed, valid reporting
// false, after which it prints the usage text. A nil valid takes whatever
// parses.
func parseFlags(fs *flag.FlagSet, args []string, valid func() bool) error {
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if valid != nil && !valid() {
		fs.Usage()
		return errUsage
	}
	return nil
}

// checkPublished returns errUsage, after saying why on standard error, when
// the --published value given to command is neither empty nor a YYYY-MM-DD
// date.
func checkPublished(command, published string, io stdio) error {
	if published == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", published); err != nil {
		fmt.Fprintf(io.err, "chronicle %s: --published %q is not a YYYY-MM-DD date\n", command, published)
		return errUsage
	}
	return nil
}
