// Package corpora finds the shared corpora that training, evaluation and
// quality-floor tests read: $CHRONICLE_CORPORA, or ../shared/corpora beside
// the module root. Tests call Require, which skips with a clear message when
// a corpus is absent, so the suite passes on a machine without them.
package corpora

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// TB is the part of testing.TB that Require and Shared use; taking it
// rather than testing.TB keeps package testing out of the binary.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
}

// Dir returns the corpora directory: $CHRONICLE_CORPORA when set, else
// ../shared/corpora beside the directory holding go.mod, searched upwards
// from the working directory. The directory may not exist.
func Dir() (string, error) {
	if d := os.Getenv("CHRONICLE_CORPORA"); d != "" {
		return d, nil
	}
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "..", "shared", "corpora"), nil
}

// ModuleRoot returns the nearest directory at or above the working
// directory that holds go.mod.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory; set CHRONICLE_CORPORA")
		}
		dir = parent
	}
}

// Path joins parts under the corpora directory.
func Path(parts ...string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(append([]string{d}, parts...)...), nil
}

// Require returns the path of parts under the corpora directory, skipping
// the test when it does not exist.
func Require(t TB, parts ...string) string {
	t.Helper()
	p, err := Path(parts...)
	if err != nil {
		t.Skipf("skipping: corpora not found: %v", err)
		return ""
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: %s is absent (set CHRONICLE_CORPORA to the shared corpora)", p)
	}
	return p
}

// Shared returns the path of parts under ../shared beside the module root
// (examples, hooks), skipping the test when it does not exist.
func Shared(t TB, parts ...string) string {
	t.Helper()
	root, err := ModuleRoot()
	if err != nil {
		t.Skipf("skipping: %v", err)
		return ""
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: %s is absent", p)
	}
	return p
}

// Must is Path for commands: it names the missing corpus in its error.
func Must(parts ...string) (string, error) {
	p, err := Path(parts...)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("corpus %s not found (set CHRONICLE_CORPORA): %w", p, err)
	}
	return p, nil
}
