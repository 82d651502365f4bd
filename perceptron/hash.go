package perceptron

// Feature is a hashed feature: an FNV-1a 64-bit hash of a template id and
// its string values. Features are sparse and binary: an instance either has
// a feature or it does not.
type Feature uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	// sep is mixed in between values so that ("ab","c") and ("a","bc")
	// hash apart. 0xff never occurs in UTF-8 text.
	sep = 0xff
)

func mixTemplate(t uint32) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < 4; i++ {
		h ^= uint64(byte(t >> (8 * i)))
		h *= fnvPrime
	}
	return h
}

func mixString(h uint64, s string) uint64 {
	h ^= sep
	h *= fnvPrime
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Hash combines a template id and string values into a Feature. It equals
// Hash1, Hash2, Hash3 and Hash4 for the same arguments; prefer those in hot
// loops, since a variadic call may allocate its slice.
func Hash(template uint32, values ...string) Feature {
	h := mixTemplate(template)
	for _, v := range values {
		h = mixString(h, v)
	}
	return Feature(h)
}

// Hash1 is Hash with one value, without allocating.
func Hash1(template uint32, a string) Feature {
	return Feature(mixString(mixTemplate(template), a))
}

// Hash2 is Hash with two values, without allocating.
func Hash2(template uint32, a, b string) Feature {
	return Feature(mixString(mixString(mixTemplate(template), a), b))
}

// Hash3 is Hash with three values, without allocating.
func Hash3(template uint32, a, b, c string) Feature {
	return Feature(mixString(mixString(mixString(mixTemplate(template), a), b), c))
}

// Hash4 is Hash with four values, without allocating.
func Hash4(template uint32, a, b, c, d string) Feature {
	return Feature(mixString(mixString(mixString(mixString(mixTemplate(template), a), b), c), d))
}

// With extends a feature by one more string value: Hash1(t, a).With(b)
// equals Hash2(t, a, b). It lets callers build features incrementally.
func (f Feature) With(s string) Feature { return Feature(mixString(uint64(f), s)) }

// WithInt extends a feature by an integer value (a distance, a count, a
// valency), without formatting it as a string.
func (f Feature) WithInt(v int) Feature {
	h := uint64(f)
	h ^= sep - 1
	h *= fnvPrime
	u := uint64(v)
	for i := 0; i < 8; i++ {
		h ^= uint64(byte(u >> (8 * i)))
		h *= fnvPrime
	}
	return Feature(h)
}
