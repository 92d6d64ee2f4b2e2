package config

import (
	"reflect"
	"strings"
	"testing"
)

// TestExampleDocumentsEverySetting: every key of the file format appears
// in Example() under its section, with a line of documentation above it
// or above its section's first key; so a new setting cannot be added
// without documenting it in the example.
func TestExampleDocumentsEverySetting(t *testing.T) {
	documented := map[string]bool{}
	for _, s := range exampleSections {
		sec := strings.Trim(s.Header, "[]")
		for _, k := range s.Keys {
			documented[sec+"."+k.Key] = true
		}
	}
	for name, f := range tomlFields(reflect.TypeFor[fileSections]()) {
		st := f.Type
		if st.Kind() == reflect.Slice {
			st = st.Elem()
		}
		for key, kf := range tomlFields(st) {
			if key == "password" {
				continue // refused: passwords are never written in the file
			}
			_ = kf
			if !documented[name+"."+key] {
				t.Errorf("%s.%s is not in the example config (config/example.go)", name, key)
			}
		}
	}
}
