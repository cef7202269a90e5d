package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// yamlParser is a koanf.Parser that checks a YAML document against the
// Config schema while converting it to a map. Unlike a plain YAML parser it
// keeps line numbers: it reports unknown keys (with a suggestion), values of
// the wrong type and syntax errors with their line, and records the line of
// every key for later validation messages. Invalid values are left out of
// the map so that the rest of the file can still be validated.
type yamlParser struct {
	source string
	probs  *problems
	lines  map[string]int
	// runnerKeys lists the runner names as written, in file order.
	runnerKeys []string
	// unreadable is set when the document could not be read as a
	// configuration at all (empty, a syntax error, not a mapping): its
	// problem is the only one worth reporting about the file.
	unreadable bool
}

func newYAMLParser(source string, probs *problems) *yamlParser {
	return &yamlParser{source: source, probs: probs, lines: map[string]int{}}
}

// Marshal is not used: outrunner never writes configuration through koanf.
func (p *yamlParser) Marshal(map[string]any) ([]byte, error) {
	return nil, errors.New("config: writing YAML is not supported")
}

// Unmarshal parses b, checks it against the schema and returns the values.
// Problems go to the parser's problem list; the returned error is reserved
// for documents that cannot be read at all.
func (p *yamlParser) Unmarshal(b []byte) (map[string]any, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return p.fail(0, "the file is empty (a configuration needs at least a runners section)")
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		// Only comments.
		return p.fail(0, "the file is empty (a configuration needs at least a runners section)")
	} else if err != nil {
		return p.fail(syntaxProblem(b, err))
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		p.errorf(extra.Line, "", "the file holds more than one YAML document; outrunner reads exactly one")
	}
	if len(doc.Content) == 0 {
		return p.fail(0, "the file is empty (a configuration needs at least a runners section)")
	}
	root := resolve(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		return p.fail(root.Line, "the top level must be a mapping of keys (url, runners, ...), not "+describeNode(root))
	}
	return p.walkStruct(root, reflect.TypeOf(Config{}), ""), nil
}

// fail reports why the document cannot be read as a configuration.
func (p *yamlParser) fail(line int, msg string) (map[string]any, error) {
	p.unreadable = true
	p.errorf(line, "", "%s", msg)
	return map[string]any{}, nil
}

// yamlErrorLine extracts "line N" from a yaml.v3 error.
func yamlErrorLine(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ":"); ok {
			if n, convErr := strconv.Atoi(num); convErr == nil {
				return n, strings.TrimSpace(tail)
			}
		}
	}
	return 0, msg
}

func (p *yamlParser) errorf(line int, key, format string, args ...any) {
	p.probs.add(SeverityError, p.source, line, key, format, args...)
}

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "an empty value"
		}
		return fmt.Sprintf("the value %q", n.Value)
	}
	return "an unexpected node"
}

// mappingPairs returns the key/value pairs of a mapping, applying YAML merge
// keys (<<) so that anchors can share settings.
func mappingPairs(n *yaml.Node) [][2]*yaml.Node {
	var pairs, merged [][2]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		if k.Value == "<<" && k.Tag == "!!merge" {
			if v.Kind == yaml.MappingNode {
				merged = append(merged, mappingPairs(v)...)
			}
			continue
		}
		pairs = append(pairs, [2]*yaml.Node{k, v})
	}
	// Explicit keys win over merged ones.
	seen := map[string]bool{}
	for _, kv := range pairs {
		seen[kv[0].Value] = true
	}
	for _, kv := range merged {
		if !seen[kv[0].Value] {
			pairs = append(pairs, kv)
			seen[kv[0].Value] = true
		}
	}
	return pairs
}

var durationType = reflect.TypeOf(Duration(0))

// fieldsByKey maps each koanf key of a struct type to its field.
func fieldsByKey(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := strings.Split(f.Tag.Get("koanf"), ",")[0]
		if key == "" || key == "-" {
			continue
		}
		out[key] = f
	}
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// walkStruct converts a mapping node into values for struct type t.
func (p *yamlParser) walkStruct(n *yaml.Node, t reflect.Type, path string) map[string]any {
	fields := fieldsByKey(t)
	out := map[string]any{}
	seen := map[string]int{}
	for _, kv := range mappingPairs(n) {
		k, v := kv[0], kv[1]
		key := k.Value
		full := join(path, key)
		if first, dup := seen[key]; dup {
			p.errorf(k.Line, full, "duplicate key (first set on line %d)", first)
			continue
		}
		seen[key] = k.Line
		p.lines[full] = k.Line
		f, ok := fields[key]
		if !ok {
			p.unknownKey(k.Line, path, full, key, fields)
			continue
		}
		if val, ok := p.walkValue(v, f.Type, full); ok {
			out[key] = val
		}
	}
	return out
}

// unknownKey reports a key the schema does not know, with a suggestion.
func (p *yamlParser) unknownKey(line int, path, full, key string, fields map[string]reflect.StructField) {
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	sort.Strings(names)
	if s := suggest(key, names); s != "" {
		p.errorf(line, full, "unknown key (did you mean %q?)", s)
		return
	}
	if where := knownElsewhere(key); where != "" && path != "" {
		p.errorf(line, full, "unknown key here; %q belongs %s", key, where)
		return
	}
	where := "at the top level"
	if path != "" {
		where = "in " + path
	}
	p.errorf(line, full, "unknown key; valid keys %s are: %s", where, strings.Join(names, ", "))
}

// knownElsewhere says where a key that is misplaced does belong.
func knownElsewhere(key string) string {
	if _, ok := fieldsByKey(reflect.TypeOf(RunnerConfig{}))[key]; ok {
		return "directly under runners.<name>"
	}
	if _, ok := fieldsByKey(reflect.TypeOf(Config{}))[key]; ok {
		return "at the top level"
	}
	return ""
}

// walkValue converts node n to a value of type t, reporting type mismatches.
func (p *yamlParser) walkValue(n *yaml.Node, t reflect.Type, path string) (any, bool) {
	isNull := n.Kind == yaml.ScalarNode && n.Tag == "!!null"
	switch {
	case t == durationType:
		if isNull {
			return nil, false
		}
		if n.Kind != yaml.ScalarNode {
			p.errorf(n.Line, path, "expected a duration such as 90s or 5m, got %s", describeNode(n))
			return nil, false
		}
		var d Duration
		if err := d.UnmarshalText([]byte(n.Value)); err != nil {
			p.errorf(n.Line, path, "%v", err)
			return nil, false
		}
		return n.Value, true
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct:
		// An empty block (docker:) is present but has no keys.
		if isNull {
			return map[string]any{}, true
		}
		return p.walkMapping(n, t.Elem(), path)
	case t.Kind() == reflect.Struct:
		if isNull {
			return nil, false
		}
		return p.walkMapping(n, t, path)
	case t.Kind() == reflect.Map:
		if isNull {
			return nil, false
		}
		return p.walkMap(n, t, path)
	case t.Kind() == reflect.Slice:
		if isNull {
			return nil, false
		}
		return p.walkSlice(n, t, path)
	}
	if isNull {
		return nil, false
	}
	if n.Kind != yaml.ScalarNode {
		p.errorf(n.Line, path, "expected %s, got %s", kindName(t), describeNode(n))
		return nil, false
	}
	return p.scalar(n, t, path)
}

func (p *yamlParser) walkMapping(n *yaml.Node, t reflect.Type, path string) (any, bool) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n.Line, path, "expected a mapping of keys, got %s", describeNode(n))
		return nil, false
	}
	return p.walkStruct(n, t, path), true
}

func (p *yamlParser) walkMap(n *yaml.Node, t reflect.Type, path string) (any, bool) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n.Line, path, "expected a mapping, got %s", describeNode(n))
		return nil, false
	}
	out := map[string]any{}
	seen := map[string]int{}
	for _, kv := range mappingPairs(n) {
		k, v := kv[0], kv[1]
		full := path + "." + k.Value
		if path == "runners" {
			full = runnerKey(k.Value)
		}
		if first, dup := seen[k.Value]; dup {
			p.errorf(k.Line, full, "duplicate key (first set on line %d)", first)
			continue
		}
		seen[k.Value] = k.Line
		p.lines[full] = k.Line
		if path == "runners" {
			p.runnerKeys = append(p.runnerKeys, k.Value)
			if strings.Contains(k.Value, ".") {
				// Reported by validation; a dot would split the key path.
				continue
			}
		}
		if val, ok := p.walkValue(v, t.Elem(), full); ok {
			out[k.Value] = val
		}
	}
	return out, true
}

func (p *yamlParser) walkSlice(n *yaml.Node, t reflect.Type, path string) (any, bool) {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n.Line, path, "expected a list, got %s", describeNode(n))
		return nil, false
	}
	out := make([]any, 0, len(n.Content))
	ok := true
	for i, item := range n.Content {
		item = resolve(item)
		full := fmt.Sprintf("%s[%d]", path, i)
		p.lines[full] = item.Line
		val, good := p.walkValue(item, t.Elem(), full)
		if !good {
			if item.Kind == yaml.ScalarNode && item.Tag == "!!null" {
				p.errorf(item.Line, full, "empty list item")
			}
			ok = false
			continue
		}
		out = append(out, val)
	}
	return out, ok
}

// scalar converts a scalar node to the Go kind of t.
func (p *yamlParser) scalar(n *yaml.Node, t reflect.Type, path string) (any, bool) {
	switch t.Kind() {
	case reflect.String:
		return n.Value, true
	case reflect.Bool:
		if n.Tag == "!!bool" {
			var b bool
			if err := n.Decode(&b); err == nil {
				return b, true
			}
		}
	case reflect.Int, reflect.Int64:
		if n.Tag == "!!int" {
			var v int64
			if err := n.Decode(&v); err == nil {
				return v, true
			}
		}
	case reflect.Float64:
		if n.Tag == "!!int" || n.Tag == "!!float" {
			var v float64
			if err := n.Decode(&v); err == nil {
				return v, true
			}
		}
	}
	p.errorf(n.Line, path, "expected %s, got %s", kindName(t), describeNode(n))
	return nil, false
}

// kindName describes a schema type for error messages.
func kindName(t reflect.Type) string {
	switch {
	case t == durationType:
		return "a duration"
	case t.Kind() == reflect.String:
		return "a string"
	case t.Kind() == reflect.Bool:
		return "true or false"
	case t.Kind() == reflect.Int, t.Kind() == reflect.Int64:
		return "a whole number"
	case t.Kind() == reflect.Float64:
		return "a number"
	case t.Kind() == reflect.Slice:
		return "a list"
	}
	return "a mapping"
}
