// Command testsummary runs go test -json with the given arguments, prints
// each package's result and the output of every failed test, and ends with
// the integration tests that were skipped (and how to run them) and a line
// "N passed, N failed, N skipped" alone, which CI reads. It exits with go
// test's status, or 1 when a test or package failed.
//
//	go build -o bin/testsummary ./scripts/testsummary && bin/testsummary -race ./...
//
// (make test does this; go run would print its own "exit status" line
// after the summary.)
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
)

// event is one line of go test -json (cmd/test2json).
type event struct {
	Action     string
	Package    string
	ImportPath string
	Test       string
	Output     string
}

// summary counts tests (subtests included) by outcome.
type summary struct {
	passed, failed, skipped int
	// failedTests and skippedIntegration are "package TestName".
	failedTests        []string
	skippedIntegration []string
	// failedPackages failed as a whole (build failure, panic, TestMain).
	failedPackages []string
}

// isIntegration reports whether a test is an integration test, one that
// make test-integration runs (-run Integration).
func isIntegration(test string) bool {
	return strings.Contains(strings.SplitN(test, "/", 2)[0], "Integration")
}

// summarize reads go test -json from r and writes the human report to w.
func summarize(r io.Reader, w io.Writer) summary {
	var s summary
	outputs := map[string][]string{} // by package + test, until the test ends
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			fmt.Fprintf(w, "%s\n", line) // not from test2json: go test's own errors
			continue
		}
		key := e.Package + " " + e.Test
		switch {
		case e.Action == "build-output":
			fmt.Fprint(w, e.Output)
		case e.Test == "" && e.Action == "output":
			if out := strings.TrimSpace(e.Output); out != "PASS" && out != "FAIL" && !strings.HasPrefix(out, "=== ") {
				fmt.Fprint(w, e.Output)
			}
		case e.Test == "" && e.Action == "fail":
			s.failedPackages = append(s.failedPackages, e.Package)
		case e.Test == "":
		case e.Action == "output":
			outputs[key] = append(outputs[key], e.Output)
		case e.Action == "pass":
			s.passed++
			delete(outputs, key)
		case e.Action == "skip":
			s.skipped++
			top := strings.SplitN(e.Test, "/", 2)[0]
			if name := e.Package + " " + top; isIntegration(e.Test) && !slices.Contains(s.skippedIntegration, name) {
				s.skippedIntegration = append(s.skippedIntegration, name)
			}
			delete(outputs, key)
		case e.Action == "fail":
			s.failed++
			s.failedTests = append(s.failedTests, key)
			fmt.Fprint(w, strings.Join(outputs[key], ""))
			delete(outputs, key)
		}
	}
	if len(s.failedTests) > 0 {
		fmt.Fprintf(w, "\nfailed tests:\n")
		for _, t := range s.failedTests {
			fmt.Fprintf(w, "  %s\n", t)
		}
	}
	if len(s.skippedIntegration) > 0 {
		fmt.Fprintf(w, "\nskipped integration tests (they need Docker or libvirtd; run them with `make test-integration`):\n")
		for _, t := range s.skippedIntegration {
			fmt.Fprintf(w, "  %s\n", t)
		}
	}
	fmt.Fprintf(w, "\n%d passed, %d failed, %d skipped\n", s.passed, s.failed, s.skipped)
	return s
}

func main() {
	cmd := exec.Command("go", append([]string{"test", "-json"}, os.Args[1:]...)...)
	cmd.Stderr = os.Stdout // build errors in order with the report
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsummary:", err)
		os.Exit(2)
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "testsummary:", err)
		os.Exit(2)
	}
	s := summarize(stdout, os.Stdout)
	err = cmd.Wait()
	switch {
	case err != nil:
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() > 0 {
			os.Exit(ee.ExitCode())
		}
		os.Exit(1)
	case s.failed > 0 || len(s.failedPackages) > 0:
		os.Exit(1)
	}
}
