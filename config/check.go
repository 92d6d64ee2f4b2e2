package config

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"
)

// checkShape compares the decoded TOML tree with the file format t (a
// struct type) and reports every unknown key, with the closest known one,
// and every value of the wrong type, with the type expected in plain
// words. The keys at fault are removed from tree, so that the rest can
// still be decoded and validated. prefix is the dotted path of tree.
func (v *validator) checkShape(prefix string, tree map[string]any, t reflect.Type) {
	fields := tomlFields(t)
	keys := make([]string, 0, len(tree))
	for k := range tree {
		keys = append(keys, k)
	}
	// In file order, so that the report reads top to bottom.
	slices.SortStableFunc(keys, func(a, b string) int {
		return v.lines.find(join(prefix, a)) - v.lines.find(join(prefix, b))
	})
	for _, k := range keys {
		key := join(prefix, k)
		f, ok := fields[k]
		if !ok {
			v.shapeErrorf(key, "unknown setting%s", v.suggest(prefix, k, fields))
			delete(tree, k)
			continue
		}
		if !v.checkValue(key, tree[k], f.Type) {
			delete(tree, k)
		}
	}
}

// checkValue reports whether val fits type t, reporting the problem (or
// the problems inside a table) when not.
func (v *validator) checkValue(key string, val any, t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	bad := func() bool {
		v.shapeErrorf(key, "must be %s, not %s", expected(t, key), found(val))
		return false
	}
	switch t.Kind() {
	case reflect.Interface:
		return true // checked by its validator
	case reflect.String:
		if _, ok := val.(string); !ok {
			return bad()
		}
	case reflect.Int, reflect.Int64:
		if _, ok := val.(int64); !ok {
			return bad()
		}
	case reflect.Float64:
		switch val.(type) {
		case float64, int64:
		default:
			return bad()
		}
	case reflect.Bool:
		if _, ok := val.(bool); !ok {
			return bad()
		}
	case reflect.Slice:
		list, ok := val.([]any)
		if !ok {
			return bad()
		}
		if t.Elem().Kind() == reflect.Struct {
			for i, e := range list {
				m, ok := e.(map[string]any)
				if !ok {
					return bad()
				}
				v.checkShape(fmt.Sprintf("%s[%d]", key, i), m, t.Elem())
			}
			return true
		}
		for _, e := range list {
			if !sameKind(e, t.Elem()) {
				return bad()
			}
		}
	case reflect.Map:
		m, ok := val.(map[string]any)
		if !ok {
			return bad()
		}
		for _, e := range m {
			if !sameKind(e, t.Elem()) {
				return bad()
			}
		}
	case reflect.Struct:
		m, ok := val.(map[string]any)
		if !ok {
			return bad()
		}
		v.checkShape(key, m, t)
	}
	return true
}

func sameKind(val any, t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String:
		_, ok := val.(string)
		return ok
	case reflect.Int, reflect.Int64:
		_, ok := val.(int64)
		return ok
	case reflect.Bool:
		_, ok := val.(bool)
		return ok
	}
	return true
}

// expected names type t in plain words, with an example.
func expected(t reflect.Type, key string) string {
	name := key[strings.LastIndexAny(key, ".]")+1:]
	switch t.Kind() {
	case reflect.String:
		return "a string in quotes (like \"text\")"
	case reflect.Int, reflect.Int64:
		return "a whole number (like 30)"
	case reflect.Float64:
		return "a number (like 0.9)"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			return "one or more [[" + name + "]] sections"
		}
		return "a list of " + plural(t.Elem()) + " (like [" + sample(t.Elem()) + ", " + sample(t.Elem()) + "])"
	case reflect.Map:
		return "a table of " + plural(t.Elem()) + " (like { KEY = " + sample(t.Elem()) + " })"
	case reflect.Struct:
		return "a [" + name + "] section"
	}
	return t.Kind().String()
}

func plural(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int64:
		return "whole numbers"
	case reflect.Bool:
		return "true or false values"
	}
	return "strings"
}

func sample(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int64:
		return "1"
	case reflect.Bool:
		return "true"
	}
	return "\"text\""
}

// found names what a decoded TOML value is, without quoting it (it may be
// a secret written in the wrong place).
func found(val any) string {
	switch val.(type) {
	case string:
		return "a string"
	case int64:
		return "a whole number"
	case float64:
		return "a number with a fraction"
	case bool:
		return "true or false"
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return "a date or time"
}

// shapeErrorf is errorf with the column of the key's line.
func (v *validator) shapeErrorf(key, format string, args ...any) {
	line := v.lines.find(key)
	col := 0
	if line > 0 && line <= len(v.src) {
		l := v.src[line-1]
		col = len(l) - len(strings.TrimLeft(l, " \t")) + 1
	}
	v.errs = append(v.errs, Error{File: v.file, Line: line, Col: col, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// suggest returns "; did you mean …?" for an unknown key k in the table
// at prefix: the closest key of that table, or the section k belongs in.
func (v *validator) suggest(prefix, k string, fields map[string]reflect.StructField) string {
	best, bestD := "", 1<<30
	for name := range fields {
		if d := editDistance(strings.ToLower(k), name); d < bestD || d == bestD && name < best {
			best, bestD = name, d
		}
	}
	if best != "" && bestD <= max(2, utf8.RuneCountInString(k)/3) {
		return fmt.Sprintf("; did you mean %s?", join(prefix, best))
	}
	// A key written in the wrong section.
	if prefix == "" || !strings.Contains(prefix, ".") && !strings.Contains(prefix, "[") {
		var homes []string
		for name, f := range tomlFields(reflect.TypeFor[fileSections]()) {
			ft := f.Type
			if ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			if ft.Kind() != reflect.Struct || name == prefix {
				continue
			}
			if _, ok := tomlFields(ft)[k]; ok {
				homes = append(homes, name)
			}
		}
		if len(homes) > 0 {
			slices.Sort(homes)
			return fmt.Sprintf("; it belongs in [%s]", strings.Join(homes, "] or ["))
		}
	}
	return ""
}

// tomlFields maps the toml keys of struct t (embedded structs flattened)
// to their fields.
func tomlFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			for k, ef := range tomlFields(f.Type) {
				out[k] = ef
			}
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		out[name] = f
	}
	return out
}

func join(prefix, k string) string {
	if prefix == "" {
		return k
	}
	return prefix + "." + k
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
