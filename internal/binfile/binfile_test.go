package binfile

import (
	"encoding/binary"
	"errors"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	b := Header("CHRTEST", 2)
	b = binary.AppendUvarint(b, 2)
	b = AppendString(b, "kiev")
	b = AppendString(b, "kyiv")
	b = Seal(b)
	v, d, err := Open(b, "CHRTEST", 1, 2)
	if err != nil || v != 2 {
		t.Fatalf("Open: version %d, %v", v, err)
	}
	var got []string
	for range d.Count() {
		got = append(got, d.String())
	}
	if err := d.Close(); err != nil || len(got) != 2 || got[0] != "kiev" || got[1] != "kyiv" {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestBadFiles(t *testing.T) {
	good := Seal(AppendString(Header("CHRTEST", 1), "x"))
	corrupt := append([]byte(nil), good...)
	corrupt[len(corrupt)-6] ^= 0xff
	hugeCount := Seal(binary.AppendUvarint(Header("CHRTEST", 1), 1<<40))
	tests := map[string][]byte{
		"empty":       nil,
		"wrong magic": Seal(AppendString(Header("CHRNOPE", 1), "x")),
		"new version": Seal(AppendString(Header("CHRTEST", 9), "x")),
		"checksum":    corrupt,
	}
	for name, data := range tests {
		if _, _, err := Open(data, "CHRTEST", 1, 1); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", name, err)
		}
	}
	_, d, err := Open(hugeCount, "CHRTEST", 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if n := d.Count(); n != 0 || !errors.Is(d.Close(), ErrFormat) {
		t.Errorf("a count beyond the bytes left: got %d, %v", n, d.Close())
	}
}
