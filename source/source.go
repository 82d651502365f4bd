package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is zero.
const DefaultMaxBytes = 16 << 20

// Options tune reading.
type Options struct {
	Published string // YYYY-MM-DD fallback when the input has no date metadata
	MaxBytes  int64  // per input file / per JSON line limit; 0 means DefaultMaxBytes (16 MiB)
}

// Reasons an input is refused. An *Error wraps one of these (test with
// errors.Is) or, for I/O failures, the underlying error.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("over the size limit")
	ErrNoBody      = errors.New("no article body found")
	ErrMalformed   = errors.New("malformed JSON")
	ErrNoText      = errors.New("no text or html field")
)

// Error is the failure to read one input, or one line of a JSON Lines input.
// Its message is a single line: "read PATH: reason" or "read PATH:LINE: reason".
type Error struct {
	Input string // the path as given, or "-" for standard input
	Line  int    // 1-based line of a JSON Lines input; 0 when the whole input failed
	Err   error
}

func (e *Error) Error() string {
	where := e.Input
	if e.Line > 0 {
		where += ":" + strconv.Itoa(e.Line)
	}
	return "read " + where + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// reasonError is a reason with its own wording that still matches one of the
// Err sentinels under errors.Is.
type reasonError struct {
	msg  string
	kind error
}

func (e *reasonError) Error() string        { return e.msg }
func (e *reasonError) Is(target error) bool { return target == e.kind }

func because(kind error, format string, args ...any) error {
	return &reasonError{msg: fmt.Sprintf(format, args...), kind: kind}
}

// reason strips the operation and path that os errors carry, since Error
// already names the input: "open x: no such file or directory" becomes
// "no such file or directory".
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Documents expands args (files, directories walked recursively in lexical
// order skipping hidden files, and "-" for stdin) and yields every document
// read, or an error for an input (or JSON Lines line) that failed. An error
// never stops the iteration: the other inputs are still read. Each error's
// message names the input (path, or path:line for JSON Lines) and the
// reason, in one line. Errors for inputs are of type *Error. An
// Options.Published that is not a date is reported once, first, and then
// ignored.
func Documents(args []string, stdin io.Reader, opt Options) iter.Seq2[chronicle.Document, error] {
	return func(yield func(chronicle.Document, error) bool) {
		r := &reader{stdin: stdin, limit: opt.MaxBytes, yield: yield}
		if r.limit <= 0 {
			r.limit = DefaultMaxBytes
		}
		if opt.Published != "" {
			d, ok := NormalizeDate(opt.Published)
			if !ok {
				if !yield(chronicle.Document{}, fmt.Errorf("source: fallback publication date %q is not a date", opt.Published)) {
					return
				}
			}
			r.published = d
		}
		for _, arg := range args {
			var more bool
			if arg == "-" {
				more = r.readStdin()
			} else {
				more = r.readPath(arg)
			}
			if !more {
				return
			}
		}
	}
}

// reader carries the state of one Documents iteration. Its methods return
// false once the consumer has stopped the iteration.
type reader struct {
	stdin     io.Reader
	limit     int64
	published string
	yield     func(chronicle.Document, error) bool
}

func (r *reader) fail(input string, line int, err error) bool {
	return r.yield(chronicle.Document{}, &Error{Input: input, Line: line, Err: err})
}

type format int

const (
	unknown format = iota
	text
	hypertext
	jsonLines
)

func formatOf(path string) format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".md", ".markdown":
		return text
	case ".html", ".htm", ".xhtml":
		return hypertext
	case ".jsonl", ".ndjson", ".json-lines":
		return jsonLines
	}
	return unknown
}

func (r *reader) readStdin() bool {
	if r.stdin == nil {
		return r.fail("-", 0, errors.New("no standard input"))
	}
	return r.read("-", r.stdin, unknown, -1)
}

func (r *reader) readPath(path string) bool {
	info, err := os.Stat(path)
	if err != nil {
		return r.fail(path, 0, reason(err))
	}
	if info.IsDir() {
		return r.walk(path)
	}
	return r.readFile(path, info)
}

// errStop ends a directory walk when the consumer stops the iteration.
var errStop = errors.New("stop")

func (r *reader) walk(root string) bool {
	// WalkDir does not descend into a root that is itself a symbolic link,
	// so walk the link's target and report paths under the name given.
	walkRoot := root
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		if real, err := filepath.EvalSymlinks(root); err == nil {
			walkRoot = real
		}
	}
	err := filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
		name := p
		if walkRoot != root {
			if rel, rerr := filepath.Rel(walkRoot, p); rerr == nil {
				name = filepath.Join(root, rel)
			}
		}
		if err != nil {
			if !r.fail(name, 0, reason(err)) {
				return errStop
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != walkRoot && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if notArticle(d.Name()) {
			return nil
		}
		info, err := os.Stat(p) // follows a link to a file
		if err != nil {
			if !r.fail(name, 0, reason(err)) {
				return errStop
			}
			return nil
		}
		if !info.Mode().IsRegular() {
			return nil // a link to a directory, a socket, a device: not a document
		}
		if !r.readFile(name, info) {
			return errStop
		}
		return nil
	})
	return err != errStop
}

// notArticle tells whether a file met in a directory walk is a corpus's
// housekeeping (README, LICENSE, SOURCE notes) or data of another kind
// (tables, annotation, archives, images) rather than an article. A file
// named on the command line is read whatever its name.
func notArticle(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".tsv", ".csv", ".xml", ".conllu", ".conll", ".iob2", ".gz", ".zip", ".tar", ".bz2", ".xz",
		".pdf", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".bin", ".go", ".py", ".sh":
		return true
	}
	switch strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name))) {
	case "README", "LICENSE", "LICENCE", "COPYING", "SOURCE", "CHANGELOG", "NOTICE":
		return true
	}
	return false
}

func (r *reader) readFile(path string, info fs.FileInfo) bool {
	f := formatOf(path)
	if f == text || f == hypertext {
		if info.Mode().IsRegular() && info.Size() > r.limit {
			return r.fail(path, 0, tooLarge(info.Size(), r.limit))
		}
	}
	file, err := os.Open(path)
	if err != nil {
		return r.fail(path, 0, reason(err))
	}
	defer file.Close()
	size := int64(-1)
	if info.Mode().IsRegular() {
		size = info.Size()
	}
	return r.read(path, file, f, size)
}

func tooLarge(size, limit int64) error {
	return because(ErrTooLarge, "file is %d bytes, over the %d-byte limit", size, limit)
}

// sniffLen is how much of an input is looked at to choose its format.
const sniffLen = 4096

// read reads one input of the given format (unknown: sniff it). size is the
// input's size when known, else -1.
func (r *reader) read(name string, in io.Reader, f format, size int64) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	if f == unknown {
		head, _ := br.Peek(sniffLen) // a short input gives a short head and an error we need not see
		f = sniff(head)
	}
	if f == jsonLines {
		return r.readJSONLines(name, br)
	}
	if size > r.limit {
		return r.fail(name, 0, tooLarge(size, r.limit))
	}
	data, err := io.ReadAll(io.LimitReader(br, r.limit+1))
	if err != nil {
		return r.fail(name, 0, reason(err))
	}
	if int64(len(data)) > r.limit {
		return r.fail(name, 0, because(ErrTooLarge, "input is over the %d-byte limit", r.limit))
	}
	var doc chronicle.Document
	if f == hypertext {
		doc, err = readHTML(data, "")
	} else {
		doc, err = readText(data)
	}
	if err != nil {
		return r.fail(name, 0, err)
	}
	doc.Source = name
	if doc.Published == "" {
		doc.Published = r.published
	}
	return r.yield(doc, nil)
}

// sniff chooses the format of an input with no telling extension from its
// first bytes.
func sniff(head []byte) format {
	if bytes.IndexByte(head, 0) >= 0 {
		return text // binary (or BOM-less UTF-16): the text reader says which
	}
	s := strings.TrimPrefix(string(head), "\uFEFF")
	s = strings.TrimLeft(s, " \t\r\n\f\v")
	switch {
	case strings.HasPrefix(s, "{"):
		return jsonLines
	case strings.HasPrefix(s, "<") && looksLikeHTML(s):
		return hypertext
	}
	return text
}

// htmlTags are the tag openings that make a '<'-led input HTML rather than
// XML or text that happens to start with an angle bracket.
var htmlTags = []string{
	"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article",
	"<main", "<section", "<div", "<p", "<h1", "<h2", "<h3", "<span", "<br", "<table", "<ul",
}

func looksLikeHTML(s string) bool {
	s = strings.ToLower(s)
	for _, tag := range htmlTags {
		for i := 0; ; {
			j := strings.Index(s[i:], tag)
			if j < 0 {
				break
			}
			end := i + j + len(tag)
			if tag == "<!doctype html" || end == len(s) || strings.ContainsRune(" \t\r\n/>", rune(s[end])) {
				return true
			}
			i = end
		}
	}
	return false
}
