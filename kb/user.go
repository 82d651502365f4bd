package kb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
)

// AddFile lays a user's file over the KB. The file is TSV with a header line
// naming the same columns as the embedded files (people.tsv, orgs.tsv,
// countries.tsv, cities.tsv), or JSON: an array of objects whose keys are
// those column names, with "aliases" either a list or a '|'-separated string
// and a person's terms either one per object or as an "offices" list.
//
// Entries with an existing ID replace the built-in ones, and a user's person
// wins over others holding the same post on the same day; each such case is
// described in conflicts. A malformed file changes nothing and returns an
// error naming the file, line and field:
//
//	kb user.tsv:12: field start: "2025-13-01" is not a date
func (k *KB) AddFile(path string) (conflicts []string, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	var t table
	if trimmed := bytes.TrimSpace(b); len(trimmed) > 0 && trimmed[0] == '[' {
		t, err = parseJSON(path, b)
	} else {
		t, err = parseTSV(path, b)
	}
	if err != nil {
		return nil, err
	}
	if t.kind == "alias" {
		return nil, fmt.Errorf("kb %s: alias tables are for the embedded data; give the entry's aliases column instead", path)
	}

	k.mu.Lock()
	defer k.mu.Unlock()
	// Merge into a copy so that a bad row leaves the KB as it was.
	d := data{
		countries:     slices.Clone(k.d.countries),
		cities:        slices.Clone(k.d.cities),
		orgs:          slices.Clone(k.d.orgs),
		people:        slices.Clone(k.d.people),
		user:          maps.Clone(k.d.user),
		regionAliases: slices.Clone(k.d.regionAliases),
	}
	conflicts, err = d.merge(t, true)
	if err != nil {
		return nil, err
	}
	k.d = d
	k.ix = d.index()
	return conflicts, nil
}

// parseJSON reads a JSON array of entries into table rows, keeping the line
// each entry starts on for error messages.
func parseJSON(path string, b []byte) (table, error) {
	t := table{file: path}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	lineAt := func(off int64) int { return 1 + bytes.Count(b[:off], []byte("\n")) }
	if _, err := dec.Token(); err != nil {
		return t, fmt.Errorf("kb %s: %w", path, err)
	}
	var cols []string
	for dec.More() {
		start := dec.InputOffset()
		// InputOffset is just past the previous value; skip to this one's start.
		for start < int64(len(b)) && (b[start] == ',' || b[start] == ' ' || b[start] == '\n' || b[start] == '\r' || b[start] == '\t') {
			start++
		}
		line := lineAt(start)
		var obj map[string]any
		if err := dec.Decode(&obj); err != nil {
			return t, fmt.Errorf("kb %s:%d: %w", path, line, err)
		}
		rows, err := jsonRows(path, line, obj)
		if err != nil {
			return t, err
		}
		for _, r := range rows {
			for c := range r.cols {
				if !slices.Contains(cols, c) {
					cols = append(cols, c)
				}
			}
		}
		t.rows = append(t.rows, rows...)
	}
	if len(t.rows) == 0 {
		return t, fmt.Errorf("kb %s: no entries", path)
	}
	slices.Sort(cols)
	kind, err := kindOf(cols)
	if err != nil {
		return t, fmt.Errorf("kb %s: %w", path, err)
	}
	t.kind = kind
	return t, nil
}

// jsonRows flattens one JSON entry into rows: one per office for a person
// with an "offices" list, else one.
func jsonRows(path string, line int, obj map[string]any) ([]row, error) {
	base := map[string]string{}
	var offices []any
	for key, v := range obj {
		key = strings.ToLower(key)
		if key == "offices" {
			list, ok := v.([]any)
			if !ok {
				return nil, &fieldError{path, line, key, "not a list"}
			}
			offices = list
			continue
		}
		s, err := jsonString(v)
		if err != nil {
			return nil, &fieldError{path, line, key, err.Error()}
		}
		base[key] = s
	}
	if offices == nil {
		return []row{rowOf(line, base)}, nil
	}
	var rows []row
	for _, o := range offices {
		m, ok := o.(map[string]any)
		if !ok {
			return nil, &fieldError{path, line, "offices", "an entry is not an object"}
		}
		r := maps.Clone(base)
		for key, v := range m {
			key = strings.ToLower(key)
			if key == "title" {
				key = "office"
			}
			s, err := jsonString(v)
			if err != nil {
				return nil, &fieldError{path, line, key, err.Error()}
			}
			r[key] = s
		}
		rows = append(rows, rowOf(line, r))
	}
	if len(rows) == 0 { // "offices": [] - a person with no posts
		rows = append(rows, rowOf(line, base))
	}
	return rows, nil
}

func jsonString(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case json.Number:
		return v.String(), nil
	case bool:
		return strconv.FormatBool(v), nil
	case []any:
		var parts []string
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return "", fmt.Errorf("list holds a non-string %v", e)
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, "|"), nil
	}
	return "", fmt.Errorf("unexpected %T", v)
}
