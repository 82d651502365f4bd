package perceptron

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"testing/fstest"
)

func TestHashVariantsAgree(t *testing.T) {
	tests := []struct {
		name string
		got  Feature
		want Feature
	}{
		{"one", Hash1(3, "a"), Hash(3, "a")},
		{"two", Hash2(3, "a", "b"), Hash(3, "a", "b")},
		{"three", Hash3(3, "a", "b", "c"), Hash(3, "a", "b", "c")},
		{"four", Hash4(3, "a", "b", "c", "d"), Hash(3, "a", "b", "c", "d")},
		{"with", Hash1(3, "a").With("b"), Hash2(3, "a", "b")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %x, want %x", tt.got, tt.want)
			}
		})
	}
	if Hash2(1, "ab", "c") == Hash2(1, "a", "bc") {
		t.Error("value boundaries do not separate hashes")
	}
	if Hash1(1, "a") == Hash1(2, "a") {
		t.Error("templates do not separate hashes")
	}
	if Hash1(1, "a").WithInt(1) == Hash1(1, "a").WithInt(2) {
		t.Error("WithInt does not separate values")
	}
}

// toy builds a separable problem: class = index of the one "signal"
// feature present, plus noise features shared by all classes.
func toy(n int, seed uint64) (xs [][]Feature, ys []int) {
	r := rand.New(rand.NewPCG(seed, 1))
	for range n {
		y := r.IntN(3)
		x := []Feature{Hash1(0, string(rune('a'+y)))}
		for range 3 {
			x = append(x, Hash1(1, string(rune('a'+r.IntN(20)))))
		}
		xs = append(xs, x)
		ys = append(ys, y)
	}
	return xs, ys
}

func train(xs [][]Feature, ys []int) *Model {
	m := New([]string{"A", "B", "C"})
	for range 5 {
		for i, x := range xs {
			m.Update(x, ys[i], m.Predict(x))
			m.Tick()
		}
	}
	m.Average()
	return m
}

func TestLearnsSeparable(t *testing.T) {
	xs, ys := toy(300, 1)
	m := train(xs, ys)
	txs, tys := toy(100, 2)
	for i, x := range txs {
		if got := m.Predict(x); got != tys[i] {
			t.Fatalf("instance %d: got class %d, want %d", i, got, tys[i])
		}
	}
}

func TestPredictAmong(t *testing.T) {
	xs, ys := toy(300, 1)
	m := train(xs, ys)
	x := []Feature{Hash1(0, "a")}
	tests := []struct {
		name    string
		allowed func(int) bool
		want    int
	}{
		{"all", nil, 0},
		{"not A", func(c int) bool { return c != 0 }, m.bestExcept(x, 0)},
		{"only C", func(c int) bool { return c == 2 }, 2},
		{"none", func(int) bool { return false }, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.PredictAmong(x, tt.allowed); got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}

func (m *Model) bestExcept(x []Feature, skip int) int {
	s := make([]float32, len(m.Classes))
	m.Scores(x, s)
	best := -1
	for c := range s {
		if c != skip && (best < 0 || s[c] > s[best]) {
			best = c
		}
	}
	return best
}

func TestAveragingIsExact(t *testing.T) {
	// One update at instance 0 of +1/-1, then three more ticks: the
	// weight's value was 1 over all 4 instances, so the average is 1; an
	// update after the second tick adds 1 over the last 2 of 4 instances.
	m := New([]string{"x", "y"})
	f := []Feature{Hash1(0, "f")}
	m.Update(f, 0, 1)
	m.Tick()
	m.Tick()
	m.UpdateBy(f, 0, 1)
	m.Tick()
	m.Tick()
	avg := m.Averaged()
	if got, want := avg.Weight(f[0], 0), float32(1.5); got != want {
		t.Errorf("Averaged weight = %v, want %v", got, want)
	}
	if got, want := m.Weight(f[0], 0), float32(2); got != want {
		t.Errorf("raw weight after Averaged = %v, want %v", got, want)
	}
	m.Average()
	if got, want := m.Weight(f[0], 1), float32(-1); got != want {
		t.Errorf("Average weight = %v, want %v", got, want)
	}
}

func TestUpdateIgnoresBadClasses(t *testing.T) {
	m := New([]string{"x"})
	f := []Feature{1}
	m.Update(f, 0, 5)
	m.Update(f, -1, 0)
	m.UpdateBy(f, 3, 1)
	if m.NumFeatures() != 0 {
		t.Errorf("got %d features after out-of-range updates, want 0", m.NumFeatures())
	}
	if got := New(nil).Predict(f); got != -1 {
		t.Errorf("empty model predicts %d, want -1", got)
	}
}

func TestPrune(t *testing.T) {
	m := New([]string{"x", "y"})
	m.UpdateBy([]Feature{1}, 0, 0.01)
	m.UpdateBy([]Feature{2}, 1, 5)
	m.UpdateBy([]Feature{3}, 0, 1)
	m.UpdateBy([]Feature{3}, 0, -1)
	if got := m.Prune(0.1); got != 1 {
		t.Fatalf("Prune kept %d, want 1", got)
	}
	if got := m.Weight(2, 1); got != 5 {
		t.Errorf("kept weight = %v, want 5", got)
	}
	if got := m.Weight(1, 0); got != 0 {
		t.Errorf("pruned weight = %v, want 0", got)
	}
}

func TestRoundTrip(t *testing.T) {
	xs, ys := toy(300, 1)
	m := train(xs, ys)
	var a, b bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one model differ")
	}
	again := train(xs, ys)
	var c bytes.Buffer
	again.WriteTo(&c)
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("training twice on the same data gives different bytes")
	}
	got, err := Load(fstest.MapFS{"m.bin": {Data: a.Bytes()}}, "m.bin")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Classes) != 3 || got.Classes[2] != "C" {
		t.Errorf("classes = %v", got.Classes)
	}
	for i, x := range xs {
		if g, w := got.Predict(x), m.Predict(x); g != w {
			t.Fatalf("instance %d: loaded model predicts %d, original %d", i, g, w)
		}
	}
	feats, _, _, _ := m.unpackTiny()
	if len(feats) == 0 {
		t.Fatal("trained model has no features")
	}
	for _, f := range feats {
		for c := range 3 {
			w, g := m.Weight(f, c), got.Weight(f, c)
			if math.Abs(float64(w-g)) > 1e-3*math.Abs(float64(w))+1e-6 {
				t.Errorf("feature %x class %d: %v after round trip, want %v", f, c, g, w)
			}
		}
	}
}

func TestReadRejectsCorruption(t *testing.T) {
	xs, ys := toy(100, 1)
	var buf bytes.Buffer
	train(xs, ys).WriteTo(&buf)
	good := buf.Bytes()
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x10
		return b
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"magic", flip(0)},
		{"version", flip(len(magic))},
		{"body", flip(len(good) / 2)},
		{"checksum", flip(len(good) - 1)},
		{"truncated", good[:len(good)-10]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tt.data))
			if !errors.Is(err, ErrFormat) {
				t.Errorf("got error %v, want ErrFormat", err)
			}
		})
	}
}

func TestHalf(t *testing.T) {
	tests := []struct{ in, want float32 }{
		{0, 0}, {1, 1}, {-2.5, -2.5}, {65504, 65504}, {1e9, 65504}, {-1e9, -65504},
		{1e-9, 0}, {0.1, 0.099975586}, {6e-8, 5.9604645e-08},
	}
	for _, tt := range tests {
		if got := fromHalf(toHalf(tt.in)); got != tt.want {
			t.Errorf("half(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func BenchmarkPredict(b *testing.B) {
	classes := make([]string, 50)
	for i := range classes {
		classes[i] = string(rune('A' + i))
	}
	m := New(classes)
	r := rand.New(rand.NewPCG(1, 2))
	var xs [][]Feature
	for range 2000 {
		x := make([]Feature, 40)
		for j := range x {
			x[j] = Feature(r.Uint64() % 200000)
		}
		xs = append(xs, x)
		m.Update(x, r.IntN(50), r.IntN(50))
		m.Tick()
	}
	m.Average()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m.Predict(xs[i%len(xs)])
	}
}

func TestPredictDoesNotAllocate(t *testing.T) {
	xs, ys := toy(100, 1)
	m := train(xs, ys)
	if n := testing.AllocsPerRun(100, func() { m.Predict(xs[0]) }); n != 0 {
		t.Errorf("Predict allocates %v times", n)
	}
}

func TestPackedScoresMatchSparse(t *testing.T) {
	// Five classes: too many for the tiny table, so the model packs rows.
	r := rand.New(rand.NewPCG(7, 1))
	m := New([]string{"A", "B", "C", "D", "E"})
	var xs [][]Feature
	for range 300 {
		y := r.IntN(5)
		x := []Feature{Hash1(0, string(rune('a'+y)))}
		for range 3 {
			x = append(x, Hash1(1, string(rune('a'+r.IntN(20)))))
		}
		xs = append(xs, x)
		m.Update(x, y, m.Predict(x))
		m.Tick()
	}
	m.Average()
	if m.ent == nil || m.tiny != nil {
		t.Fatal("frozen five-class model not packed into rows")
	}
	plain := *m
	plain.ent = nil
	a := make([]float32, len(m.Classes))
	b := make([]float32, len(m.Classes))
	for _, x := range xs {
		x = append(x, Hash1(99, "unseen"))
		for len(x) < 150 { // more features than one scoring batch
			x = append(x, x...)
		}
		m.Scores(x, a)
		plain.Scores(x, b)
		for c := range a {
			if a[c] != b[c] {
				t.Fatalf("class %d: packed %v, sparse %v", c, a[c], b[c])
			}
		}
	}
	back := roundTrip(t, m)
	if back.ent == nil {
		t.Fatal("read model not packed")
	}
	for _, x := range xs {
		if back.Predict(x) != m.Predict(x) {
			t.Fatal("prediction changed in round trip")
		}
	}
}

// TestTinyScoresMatchSparse checks the tiny table of a model of few classes
// against the same rows scored one by one from an index, once the weights
// are in half precision (as a model read from a file has them), with the
// feature 0 and features that share slots among those scored.
func TestTinyScoresMatchSparse(t *testing.T) {
	xs, ys := toy(300, 7)
	for i := range xs {
		if i%7 == 0 {
			xs[i] = append(xs[i], 0)
		}
	}
	m := train(xs, ys)
	if m.tiny == nil {
		t.Fatal("frozen three-class model has no tiny table")
	}
	back := roundTrip(t, m)
	if back.tiny == nil || back.tiny.zero == nil {
		t.Fatal("read model has no tiny table, or lost the feature 0")
	}
	plain := Model{Classes: back.Classes, nc: back.nc, frozen: true}
	plain.feats, plain.start, plain.cls, plain.val = back.unpackTiny()
	plain.reindex()
	a := make([]float32, len(back.Classes))
	b := make([]float32, len(back.Classes))
	for _, x := range xs {
		x = append(x, Hash1(99, "unseen"), 0)
		back.Scores(x, a)
		plain.Scores(x, b)
		for c := range a {
			if a[c] != b[c] {
				t.Fatalf("class %d: tiny %v, sparse %v", c, a[c], b[c])
			}
		}
		if back.Predict(x) != m.Predict(x) {
			t.Fatal("prediction changed in round trip")
		}
	}
}

// roundTrip writes m to memory and reads it back.
func roundTrip(t *testing.T, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// TestReadsVersion1 reads a model in the first file version, whose rows
// come in feature order without a weight count, as files written before
// version 2 are.
func TestReadsVersion1(t *testing.T) {
	for _, classes := range []int{3, 5} { // a tiny table and packed rows
		xs, ys := toy(200, uint64(classes))
		for i := range ys {
			ys[i] %= classes
		}
		names := []string{"A", "B", "C", "D", "E"}[:classes]
		m := New(names)
		for range 3 {
			for i, x := range xs {
				m.Update(x, ys[i], m.Predict(x))
				m.Tick()
			}
		}
		m.Average()
		want := roundTrip(t, m)
		back, err := Decode(writeVersion1(want))
		if err != nil {
			t.Fatalf("%d classes: %v", classes, err)
		}
		a := make([]float32, classes)
		b := make([]float32, classes)
		for _, x := range xs {
			want.Scores(x, a)
			back.Scores(x, b)
			if !slices.Equal(a, b) {
				t.Fatalf("%d classes: version 1 scores %v, version 2 %v", classes, b, a)
			}
		}
	}
}

// writeVersion1 encodes m as the first file version did.
func writeVersion1(m *Model) []byte {
	rows := &Model{Classes: m.Classes, nc: m.nc, frozen: true}
	if m.tiny != nil {
		rows.feats, rows.start, rows.cls, rows.val = m.unpackTiny()
	} else {
		rows.feats, rows.start, rows.cls, rows.val = m.feats, m.start, m.cls, m.val
	}
	order := make([]int, len(rows.feats))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(rows.feats[a], rows.feats[b]) })
	buf := append([]byte(magic), 1)
	buf = binary.AppendUvarint(buf, uint64(len(m.Classes)))
	for _, c := range m.Classes {
		buf = binary.AppendUvarint(buf, uint64(len(c)))
		buf = append(buf, c...)
	}
	buf = binary.AppendUvarint(buf, uint64(len(order)))
	var prev Feature
	for _, r := range order {
		buf = binary.AppendUvarint(buf, uint64(rows.feats[r]-prev))
		prev = rows.feats[r]
		a, b := rows.start[r], rows.start[r+1]
		buf = binary.AppendUvarint(buf, uint64(b-a))
		last := -1
		for k := a; k < b; k++ {
			buf = binary.AppendUvarint(buf, uint64(int(rows.cls[k])-last-1))
			last = int(rows.cls[k])
			buf = binary.LittleEndian.AppendUint16(buf, toHalf(rows.val[k]))
		}
	}
	return binary.LittleEndian.AppendUint32(buf, crc32.ChecksumIEEE(buf))
}
