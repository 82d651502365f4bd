package source

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// readText reads a plain-text input.
func readText(data []byte) (chronicle.Document, error) {
	s, err := decode(data, false)
	if err != nil {
		return chronicle.Document{}, err
	}
	t := Tidy(s)
	if t == "" {
		return chronicle.Document{}, ErrEmpty
	}
	return chronicle.Document{Text: t}, nil
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns raw input into a UTF-8 string, or says why it cannot: empty,
// binary, or damaged UTF-8. For HTML that is not valid UTF-8, a charset
// declared in a meta tag other than UTF-8 or windows-1252 is obeyed; the
// windows-1252 guess covers the rest.
func decode(data []byte, isHTML bool) (string, error) {
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		out, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", because(ErrBinary, "binary file")
		}
		s := string(out)
		if strings.TrimSpace(s) == "" {
			return "", ErrEmpty
		}
		return s, nil
	}
	start := 0
	if bytes.HasPrefix(data, bomUTF8) {
		start = len(bomUTF8)
	}
	body := data[start:]
	if len(bytes.TrimSpace(body)) == 0 {
		return "", ErrEmpty
	}
	if isBinary(body) {
		return "", ErrBinary
	}
	if utf8.Valid(body) {
		return string(body), nil
	}
	if isHTML {
		if enc, name, _ := charset.DetermineEncoding(body, "text/html"); name != "utf-8" && name != "windows-1252" {
			out, err := enc.NewDecoder().Bytes(body)
			if err == nil {
				return string(out), nil
			}
		}
	}
	multi, invalid, first := scanUTF8(body)
	if invalid > 4*multi {
		// Nearly all high bytes are not UTF-8: a legacy 8-bit encoding,
		// where a valid UTF-8 sequence is a rare accident. Text that mixes
		// real UTF-8 with stray bytes is damaged, not legacy.
		return decodeWindows1252(body), nil
	}
	return "", because(ErrInvalidUTF8, "invalid UTF-8 at byte %d", start+first)
}

// isBinary reports whether data looks like a binary file rather than text:
// it holds a NUL byte, or more than one byte in ten is a control character
// that text does not use.
func isBinary(data []byte) bool {
	controls := 0
	for _, c := range data {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B:
			controls++
		case c == 0x7F:
			controls++
		}
	}
	return controls*10 > len(data)
}

// scanUTF8 counts the well-formed multi-byte UTF-8 sequences in data and the
// high bytes that belong to none, and gives the offset of the first of those.
func scanUTF8(data []byte) (multi, invalid, first int) {
	first = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if first < 0 {
				first = i
			}
			invalid++
			i++
			continue
		}
		multi++
		i += size
	}
	return multi, invalid, first
}

// decodeWindows1252 reads data as windows-1252. The five bytes that
// windows-1252 leaves undefined are read as ISO-8859-1 does, as C1 control
// characters, which Tidy then drops; every other byte of ISO-8859-1 text
// means the same in windows-1252, so one decoder serves both.
func decodeWindows1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	for _, c := range data {
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			continue
		}
		r := charmap.Windows1252.DecodeByte(c)
		if r == utf8.RuneError {
			r = rune(c)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Tidy cleans text for the later stages: line endings become "\n" (as do
// the Unicode line and paragraph separators and form feeds), byte order
// marks and control characters other than tab are removed, trailing space is
// trimmed from every line, runs of blank lines shrink to a single blank
// line, and blank lines at the start and end are dropped. Invalid UTF-8 is
// replaced with U+FFFD. Line and paragraph structure is otherwise kept.
func Tidy(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	var line strings.Builder
	blank := 0 // blank lines seen since the last line with text
	wrote := false
	endLine := func() {
		l := strings.TrimRightFunc(line.String(), unicode.IsSpace)
		line.Reset()
		if l == "" {
			blank++
			return
		}
		if wrote {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l)
		wrote = true
		blank = 0
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			endLine()
		case r == '\n', r == '\f', r == '\v', r == '\u0085', r == '\u2028', r == '\u2029':
			endLine()
		case r == '\t':
			line.WriteRune(r)
		case r < 0x20, r >= 0x7F && r < 0xA0, r == '\uFEFF':
			// control characters and stray byte order marks carry no text
		default:
			line.WriteRune(r)
		}
	}
	endLine()
	return b.String()
}
