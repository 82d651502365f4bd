package source

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// jsonLine is one article of a JSON Lines input.
type jsonLine struct {
	ID        looseString `json:"id"`
	URL       string      `json:"url"`
	Title     string      `json:"title"`
	Published looseString `json:"published"`
	Text      *string     `json:"text"`
	HTML      *string     `json:"html"`
}

// looseString accepts a JSON string, a number (ids are often numeric) or
// null.
type looseString string

func (s *looseString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*s = ""
	case len(b) > 0 && b[0] == '"':
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = looseString(v)
	case len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9'):
		*s = looseString(b)
	default:
		return errors.New("want a string or a number")
	}
	return nil
}

func (r *reader) readJSONLines(name string, br *bufio.Reader) bool {
	sawLine := false
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, r.limit)
		if err != nil && err != io.EOF {
			return r.fail(name, n, reason(err))
		}
		if tooLong {
			sawLine = true
			if !r.fail(name, n, because(ErrTooLarge, "line is over the %d-byte limit", r.limit)) {
				return false
			}
		} else {
			if n == 1 {
				line = bytes.TrimPrefix(line, bomUTF8)
			}
			if line = bytes.TrimSpace(line); len(line) > 0 {
				sawLine = true
				doc, lerr := r.jsonDocument(line)
				var more bool
				if lerr != nil {
					more = r.fail(name, n, lerr)
				} else {
					doc.Source = name + ":" + strconv.Itoa(n)
					more = r.yield(doc, nil)
				}
				if !more {
					return false
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	if !sawLine {
		return r.fail(name, 0, ErrEmpty)
	}
	return true
}

// readLine reads one line of at most max bytes (not counting its line
// ending) and returns it without the ending. A longer line is consumed and
// reported as too long rather than held in memory.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			if int64(len(line)) > max+2 { // room for "\r\n"
				tooLong, line = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if int64(len(line)) > max {
			return nil, true, err
		}
		return line, false, err
	}
}

func (r *reader) jsonDocument(line []byte) (chronicle.Document, error) {
	if line[0] != '{' {
		return chronicle.Document{}, because(ErrMalformed, "malformed JSON: line is not a JSON object")
	}
	var in jsonLine
	if err := json.Unmarshal(line, &in); err != nil {
		return chronicle.Document{}, because(ErrMalformed, "malformed JSON: %s", jsonReason(err))
	}
	doc := chronicle.Document{
		ID:    strings.TrimSpace(string(in.ID)),
		Title: oneLine(in.Title),
		URL:   strings.TrimSpace(in.URL),
	}
	doc.Published, _ = NormalizeDate(string(in.Published))
	switch {
	case in.Text != nil && strings.TrimSpace(*in.Text) != "":
		doc.Text = Tidy(*in.Text)
	case in.HTML != nil && strings.TrimSpace(*in.HTML) != "":
		page, err := readHTML([]byte(*in.HTML), doc.URL)
		if err != nil {
			return chronicle.Document{}, err
		}
		doc.Text = page.Text
		doc.Title = cmp.Or(doc.Title, page.Title)
		doc.URL = cmp.Or(doc.URL, page.URL)
		doc.Published = cmp.Or(doc.Published, page.Published)
	case in.Text != nil || in.HTML != nil:
		return chronicle.Document{}, because(ErrEmpty, "empty text")
	default:
		return chronicle.Document{}, ErrNoText
	}
	if doc.Text == "" {
		return chronicle.Document{}, because(ErrEmpty, "empty text")
	}
	doc.Published = cmp.Or(doc.Published, r.published)
	return doc, nil
}

// jsonReason words a decoding error without the Go type names that
// encoding/json puts in its messages.
func jsonReason(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("field %q is a %s, want a string", te.Field, te.Value)
		}
		return fmt.Sprintf("unexpected %s", te.Value)
	}
	return strings.ReplaceAll(err.Error(), "\n", " ")
}
