package perceptron

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"math"
	"slices"

	"github.com/chronicle-news/chronicle/internal/modelfile"
)

// The model file is
//
//	magic "CHRPCPT", version byte
//	uvarint class count, then each class as uvarint length + bytes
//	uvarint row count, uvarint weight count (version 2 on)
//	per row, in increasing order of its key: uvarint key delta from the
//	previous row's key, uvarint count of nonzero weights, then per
//	weight a uvarint class gap (class minus previous class minus one) and
//	the weight as IEEE 754 half precision, little-endian
//	CRC-32 (IEEE) of everything before it, little-endian
//
// A row's key is its feature in version 1 and, from version 2, its feature
// mixed by the index's multiplier (see index.slot), so the rows come in the
// order of their home slots in a table of any size: loading fills the index
// front to back instead of at random, which is most of what loading a large
// model costs. The weight count lets the reader allocate once.
//
// Weights that round to zero in half precision are left out, and so are rows
// left without weights. Writing the same model twice gives the same bytes.
const (
	magic   = "CHRPCPT"
	version = 2
	// maxClasses bounds the class count a reader accepts, so a corrupt
	// count cannot make it allocate without limit.
	maxClasses = 1 << 16
)

// ErrFormat reports a model file that is not a valid perceptron model.
var ErrFormat = errors.New("perceptron: bad model file")

// WriteTo writes the model in its compact binary form; call Average first.
// Weights are stored in half precision.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	if m.tiny != nil {
		rows := &Model{Classes: m.Classes, nc: m.nc, frozen: true}
		rows.feats, rows.start, rows.cls, rows.val = m.unpackTiny()
		m = rows
	}
	order := make([]int32, len(m.feats))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Compare(mixKey(m.feats[a]), mixKey(m.feats[b]))
	})

	var rows []byte
	nrows, nweights := 0, 0
	var prev uint64
	var ws []uint16
	var cs []int
	for _, r := range order {
		ws, cs = ws[:0], cs[:0]
		m.eachWeight(r, func(c int, v float32) {
			if h := toHalf(v); h&0x7fff != 0 {
				ws = append(ws, h)
				cs = append(cs, c)
			}
		})
		if len(ws) == 0 {
			continue
		}
		key := mixKey(m.feats[r])
		rows = binary.AppendUvarint(rows, key-prev)
		prev = key
		nweights += len(ws)
		rows = binary.AppendUvarint(rows, uint64(len(ws)))
		last := -1
		for i, h := range ws {
			rows = binary.AppendUvarint(rows, uint64(cs[i]-last-1))
			last = cs[i]
			rows = binary.LittleEndian.AppendUint16(rows, h)
		}
		nrows++
	}

	buf := make([]byte, 0, len(rows)+64)
	buf = append(buf, magic...)
	buf = append(buf, version)
	buf = binary.AppendUvarint(buf, uint64(len(m.Classes)))
	for _, c := range m.Classes {
		buf = binary.AppendUvarint(buf, uint64(len(c)))
		buf = append(buf, c...)
	}
	buf = binary.AppendUvarint(buf, uint64(nrows))
	buf = binary.AppendUvarint(buf, uint64(nweights))
	buf = append(buf, rows...)
	buf = binary.LittleEndian.AppendUint32(buf, crc32.ChecksumIEEE(buf))
	n, err := w.Write(buf)
	return int64(n), err
}

// loader opens perceptron model files.
var loader = modelfile.Loader[*Model]{Pkg: "perceptron", Decode: decode}

// Read reads a model written by WriteTo, verifying its magic, version and
// checksum. The model is ready for prediction.
func Read(r io.Reader) (*Model, error) { return loader.Read(r) }

// Decode is Read for a model already in memory, as in a file that frames
// several models; it does not keep data.
func Decode(data []byte) (*Model, error) { return decode(data) }

// Load reads the model file name from fsys.
func Load(fsys fs.FS, name string) (*Model, error) { return loader.Load(fsys, name) }

func decode(data []byte) (*Model, error) {
	if len(data) < len(magic)+1+4 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: no magic %q", ErrFormat, magic)
	}
	v := data[len(magic)]
	if v < 1 || v > version {
		return nil, fmt.Errorf("%w: version %d, want 1 to %d", ErrFormat, v, version)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	d := decoder{b: body[len(magic)+1:]}
	nc := d.uvarint()
	if nc > maxClasses {
		return nil, fmt.Errorf("%w: %d classes", ErrFormat, nc)
	}
	classes := make([]string, 0, nc)
	for range nc {
		classes = append(classes, d.str())
	}
	nrows := d.uvarint()
	var nweights uint64
	if v >= 2 {
		nweights = d.uvarint()
	}
	// Every row takes at least two bytes and every weight three, which
	// bounds the counts a corrupt header can make the reader allocate.
	if d.err != nil || nrows > uint64(len(d.b))/2 || nweights > uint64(len(d.b))/3 {
		return nil, fmt.Errorf("%w: truncated header", ErrFormat)
	}
	m := &Model{Classes: classes, nc: int(nc), frozen: true}
	rows := rowReader{decoder: d, version: v, nc: m.nc}
	if m.nc <= tinyClasses {
		// Straight into the tiny table, the weights kept in half
		// precision as the file has them; from version 2 the rows come
		// in the table's order and fill it front to back.
		t := newTinyTable(int(nrows))
		for range nrows {
			var w tinyWeights
			f, err := rows.next(func(c int, h uint16) { w[c] = h })
			if err != nil {
				return nil, err
			}
			t.insert(f, w)
		}
		m.tiny = t
		return m, rows.end()
	}
	m.feats = make([]Feature, 0, nrows)
	m.start = make([]uint32, 0, nrows+1)
	m.cls = make([]uint16, 0, nweights)
	m.val = make([]float32, 0, nweights)
	for range nrows {
		m.start = append(m.start, uint32(len(m.cls)))
		f, err := rows.next(func(c int, h uint16) {
			m.cls = append(m.cls, uint16(c))
			m.val = append(m.val, fromHalf(h))
		})
		if err != nil {
			return nil, err
		}
		m.feats = append(m.feats, f)
	}
	if err := rows.end(); err != nil {
		return nil, err
	}
	m.start = append(m.start, uint32(len(m.cls)))
	m.reindex()
	m.pack()
	return m, nil
}

// rowReader reads a model file's rows one at a time.
type rowReader struct {
	decoder
	version byte
	nc      int
	key     uint64 // the last row's key
	r       int    // rows read
}

// next reads a row, calling weight with each of its weights in class
// order, and returns the row's feature.
func (rr *rowReader) next(weight func(c int, h uint16)) (Feature, error) {
	delta := rr.uvarint()
	if rr.r > 0 && delta == 0 && rr.err == nil {
		return 0, fmt.Errorf("%w: row %d repeats a feature", ErrFormat, rr.r)
	}
	rr.key += delta
	f := Feature(rr.key)
	if rr.version >= 2 {
		f = unmixKey(rr.key)
	}
	nnz := rr.uvarint()
	c := -1
	for range nnz {
		c += int(rr.uvarint()) + 1
		h := rr.u16()
		if rr.err != nil {
			break
		}
		if c < 0 || c >= rr.nc {
			return 0, fmt.Errorf("%w: class %d out of range in row %d", ErrFormat, c, rr.r)
		}
		weight(c, h)
	}
	if rr.err != nil {
		return 0, fmt.Errorf("%w: truncated at row %d", ErrFormat, rr.r)
	}
	rr.r++
	return f, nil
}

// end reports bytes left after the last row.
func (rr *rowReader) end() error {
	if len(rr.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(rr.b))
	}
	return nil
}

// eachWeight calls fn with each nonzero weight of row r, in class order.
func (m *Model) eachWeight(r int32, fn func(c int, v float32)) {
	if m.frozen {
		for k := m.start[r]; k < m.start[r+1]; k++ {
			fn(int(m.cls[k]), m.val[k])
		}
		return
	}
	for c, v := range m.w[int(r)*m.nc : int(r)*m.nc+m.nc] {
		if v != 0 {
			fn(c, v)
		}
	}
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = ErrFormat
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		d.err = ErrFormat
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) u16() uint16 {
	if d.err != nil || len(d.b) < 2 {
		d.err = ErrFormat
		return 0
	}
	v := binary.LittleEndian.Uint16(d.b)
	d.b = d.b[2:]
	return v
}

// toHalf converts f to IEEE 754 half precision, rounding to nearest even and
// saturating at the largest finite half (65504) instead of overflowing.
func toHalf(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	if f != f { // NaN: weights never are; store zero.
		return 0
	}
	a := math.Abs(float64(f))
	if a >= 65504 {
		return sign | 0x7bff
	}
	exp := int(b>>23&0xff) - 127 + 15
	mant := b & 0x7fffff
	if exp <= 0 {
		// Subnormal half or zero: value = mant16 * 2^-24.
		if exp < -10 {
			return sign
		}
		mant |= 0x800000
		shift := uint(14 - exp)
		h := mant >> shift
		rem := mant & (1<<shift - 1)
		half := uint32(1) << (shift - 1)
		if rem > half || (rem == half && h&1 == 1) {
			h++
		}
		return sign | uint16(h)
	}
	h := uint32(exp)<<10 | mant>>13
	rem := mant & 0x1fff
	if rem > 0x1000 || (rem == 0x1000 && h&1 == 1) {
		h++ // may carry into the exponent, which is still correct
	}
	if h >= 0x7c00 {
		return sign | 0x7bff
	}
	return sign | uint16(h)
}

// fromHalf converts IEEE 754 half precision to float32.
func fromHalf(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h >> 10 & 0x1f)
	mant := uint32(h & 0x3ff)
	switch {
	case exp == 0 && mant == 0:
		return math.Float32frombits(sign)
	case exp == 0:
		// Subnormal: mant * 2^-24.
		v := float32(mant) / (1 << 24)
		if sign != 0 {
			v = -v
		}
		return v
	case exp == 0x1f:
		if mant == 0 {
			return math.Float32frombits(sign | 0x7f800000)
		}
		return math.Float32frombits(sign | 0x7fc00000)
	}
	return math.Float32frombits(sign | (exp-15+127)<<23 | mant<<13)
}
