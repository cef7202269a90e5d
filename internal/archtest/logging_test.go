package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// logMethods are slog.Logger's methods whose first argument is the message.
var logMethods = map[string]bool{"Debug": true, "Info": true, "Warn": true, "Error": true}

// TestLogLinesFollowTheConvention checks every log call of production code
// against the convention of docs/architecture.md ("Logging"): a lowercase
// message (an acronym or a proper name such as GitHub may lead), and
// attribute keys that are constants of internal/logkey, never string
// literals spelled inline.
func TestLogLinesFollowTheConvention(t *testing.T) {
	fset := token.NewFileSet()
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == ".git" || name == "testdata" || name == "testutil" || name == "third_party" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			for _, problem := range checkLogCall(sel.Sel.Name, call.Args) {
				t.Errorf("%s: %s", fset.Position(call.Pos()), problem)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkLogCall returns what is wrong with a call of a logger's method.
// Calls whose first argument is no string literal are not log lines.
func checkLogCall(method string, args []ast.Expr) []string {
	var problems []string
	keyFrom := 0
	switch {
	case logMethods[method]:
		msg, ok := stringLit(args, 0)
		if !ok {
			return nil
		}
		if !lowercaseStart(msg) {
			problems = append(problems, "log message "+strconv.Quote(msg)+" starts with a capital letter")
		}
		keyFrom = 1
	case method == "With":
		if _, ok := stringLit(args, 0); !ok {
			return nil
		}
	default:
		return nil
	}
	for i := keyFrom; i < len(args); i += 2 {
		if key, ok := stringLit(args, i); ok {
			problems = append(problems, "log key "+strconv.Quote(key)+" spelled inline; use a constant of internal/logkey")
		}
	}
	return problems
}

func stringLit(args []ast.Expr, i int) (string, bool) {
	if i >= len(args) {
		return "", false
	}
	lit, ok := args[i].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// lowercaseStart accepts a message whose first word is lowercase, an
// acronym (SIGHUP, API) or GitHub.
func lowercaseStart(msg string) bool {
	word, _, _ := strings.Cut(msg, " ")
	word = strings.TrimRight(word, ":;,.")
	if word == "" || word == "GitHub" {
		return true
	}
	first := []rune(word)[0]
	if !unicode.IsUpper(first) {
		return true
	}
	return strings.ToUpper(word) == word
}
