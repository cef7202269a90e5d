package config

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to the loader: it must report problems,
// never panic.
func FuzzLoad(f *testing.F) {
	seeds := []string{
		validDocker,
		"",
		"runners: [1, 2]",
		"url: x\nrunners:\n  a:\n    labels: [a]\n    docker: {image: r}\n    <<: *missing\n",
		"a: &a [*a]",
		"runners:\n  r:\n    libvirt:\n      mount: {source: /x}\n      mounts: [{source: /x}]\n",
		"max_runners: 9999999999999999999999",
		"drain_timeout: -5s\nlog: {level: 3}\n",
		"---\na: 1\n---\nb: 2\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "fuzz.yml")
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		res, err := Load(LoadOptions{Path: p, Environ: []string{}, SkipCredentialChecks: true})
		if res == nil {
			t.Fatalf("Load returned no result (err %v)", err)
		}
	})
}
