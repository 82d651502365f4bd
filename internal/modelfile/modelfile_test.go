package modelfile

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

var errBad = errors.New("bad test model")

// testLoader's models are the file's text; a file starting "bad" fails to
// decode. decodes counts calls, to check that Embedded loads once.
func testLoader(decodes *int) Loader[string] {
	return Loader[string]{Pkg: "test", Train: "chronicle train test", Decode: func(data []byte) (string, error) {
		*decodes++
		if strings.HasPrefix(string(data), "bad") {
			return "", errBad
		}
		return string(data), nil
	}}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{"good.bin": {Data: []byte("model")}, "bad.bin": {Data: []byte("bad")}}
	tests := []struct {
		name, want, wantErr string
		is                  error
	}{
		{name: "good.bin", want: "model"},
		{name: "bad.bin", wantErr: "test: load bad.bin: bad test model", is: errBad},
		{name: "none.bin", wantErr: "test: load none.bin: open none.bin: file does not exist", is: fs.ErrNotExist},
	}
	var n int
	l := testLoader(&n)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := l.Load(fsys, tt.name)
			if tt.wantErr == "" {
				if err != nil || got != tt.want {
					t.Fatalf("got %q, %v; want %q", got, err, tt.want)
				}
				return
			}
			if err == nil || err.Error() != tt.wantErr || !errors.Is(err, tt.is) {
				t.Errorf("got error %v, want %q wrapping %v", err, tt.wantErr, tt.is)
			}
		})
	}
}

func TestRead(t *testing.T) {
	var n int
	l := testLoader(&n)
	if got, err := l.Read(strings.NewReader("model")); err != nil || got != "model" {
		t.Errorf("got %q, %v; want %q", got, err, "model")
	}
	if _, err := l.Read(strings.NewReader("bad")); err != errBad {
		t.Errorf("got error %v, want %v as Decode returned it", err, errBad)
	}
}

func TestEmbedded(t *testing.T) {
	var n int
	l := testLoader(&n)
	def := l.Embedded(fstest.MapFS{"m.bin": {Data: []byte("model")}}, "m.bin")
	for range 3 {
		if got, err := def(); err != nil || got != "model" {
			t.Fatalf("got %q, %v; want %q", got, err, "model")
		}
	}
	if n != 1 {
		t.Errorf("decoded %d times, want once", n)
	}

	_, err := l.Embedded(fstest.MapFS{}, "m.bin")()
	want := "test: no embedded model; train one with `chronicle train test`: test: load m.bin: open m.bin: file does not exist"
	if err == nil || err.Error() != want || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("got error %v, want %q", err, want)
	}
}
