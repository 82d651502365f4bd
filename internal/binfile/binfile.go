// Package binfile holds the common frame of Chronicle's model files: a
// magic string and a version byte at the head, uvarint counts and
// length-prefixed strings in the body, and a CRC-32 (IEEE) of everything
// before it at the tail. Each model package lays out its own body.
//
// A Decoder never panics on a corrupt or truncated body: counts are bounded
// by the bytes left, and the first problem sticks in Err.
package binfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
)

// ErrFormat reports bytes that are not a valid model file.
var ErrFormat = errors.New("bad model file")

// Header starts a file: the magic string, then the version byte.
func Header(magic string, version byte) []byte {
	return append([]byte(magic), version)
}

// AppendString appends s with its uvarint length.
func AppendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// Seal appends the CRC-32 of b, ending the file.
func Seal(b []byte) []byte {
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// Open checks the magic string, a version in [minVersion, maxVersion] and
// the checksum, and returns the version and a decoder over the body between
// header and checksum.
func Open(data []byte, magic string, minVersion, maxVersion byte) (byte, *Decoder, error) {
	if len(data) < len(magic)+5 || string(data[:len(magic)]) != magic {
		return 0, nil, fmt.Errorf("%w: no magic %q", ErrFormat, magic)
	}
	v := data[len(magic)]
	if v < minVersion || v > maxVersion {
		return 0, nil, fmt.Errorf("%w: version %d, want %d to %d", ErrFormat, v, minVersion, maxVersion)
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return 0, nil, fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	return v, &Decoder{b: body[len(magic)+1:]}, nil
}

// SortedKeys returns m's keys in order, so that a table writes the same
// bytes every time.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Decoder reads a body written with binary.AppendUvarint and AppendString.
type Decoder struct {
	b   []byte
	err error
}

// Uvarint reads an unsigned varint.
func (d *Decoder) Uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = fmt.Errorf("%w: truncated", ErrFormat)
		return 0
	}
	d.b = d.b[n:]
	return v
}

// Count reads a uvarint used as a count or length, bounded by the bytes
// left, so a corrupt count cannot cause a huge allocation or loop.
func (d *Decoder) Count() int {
	v := d.Uvarint()
	if d.err == nil && v > uint64(len(d.b)) {
		d.err = fmt.Errorf("%w: count %d exceeds the %d bytes left", ErrFormat, v, len(d.b))
		return 0
	}
	return int(v)
}

// Bytes reads the next n bytes.
func (d *Decoder) Bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.err = fmt.Errorf("%w: truncated", ErrFormat)
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

// String reads a length-prefixed string.
func (d *Decoder) String() string { return string(d.Bytes(d.Count())) }

// Close reports the first problem met, or trailing bytes left unread.
func (d *Decoder) Close() error {
	if d.err == nil && len(d.b) != 0 {
		d.err = fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(d.b))
	}
	return d.err
}
