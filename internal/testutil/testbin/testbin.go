// Package testbin builds outrunner's own binary once per test process, for
// the tests that run it as users do (as a child process they signal, kill
// and restart).
package testbin

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

var (
	once sync.Once
	path string
	err  error
)

// Outrunner returns the path of a freshly built cmd/outrunner, building it
// on the first call; a failed build fails tb.
func Outrunner(tb testing.TB) string {
	tb.Helper()
	once.Do(func() {
		dir, mkErr := os.MkdirTemp("", "outrunner-test-bin-")
		if mkErr != nil {
			err = mkErr
			return
		}
		path = filepath.Join(dir, "outrunner")
		out, buildErr := exec.Command("go", "build", "-o", path, "github.com/outrunner/outrunner/cmd/outrunner").CombinedOutput()
		if buildErr != nil {
			err = fmt.Errorf("%v\n%s", buildErr, out)
		}
	})
	if err != nil {
		tb.Fatalf("building outrunner: %v", err)
	}
	return path
}
