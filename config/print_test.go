package config

import (
	"strings"
	"testing"
)

// comparable renders c as the admin API serves it and reads it back.
func comparable(t *testing.T, c *Config) *Config {
	t.Helper()
	b, err := ComparableYAML(c)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseEffectiveYAML(b)
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	return back
}

func TestComparableYAML(t *testing.T) {
	const base = `url: https://github.com/o
drain_timeout: 90s
runners:
  linux:
    labels: [linux]
    min_idle: 1
    retry: {backoff_cap: 30s}
    docker:
      image: runner:latest
      env: {NPM_TOKEN: %s, MODE: ci}
      mounts: [{source: /srv/cache, target: /cache}]
  mac:
    labels: [mac]
    tart: {image: sequoia}
`
	loadWith := func(secret string) *Config {
		t.Helper()
		res, err := load(t, strings.Replace(base, "%s", secret, 1))
		if err != nil {
			t.Fatal(err)
		}
		return res.Config
	}
	running := loadWith("s3cret-one")

	b, err := ComparableYAML(running)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "s3cret-one") || !strings.Contains(string(b), "MODE: ci") ||
		!strings.Contains(string(b), "[REDACTED "+shortHash("s3cret-one")+"]") {
		t.Fatalf("secret not replaced by its digest, or values lost:\n%s", b)
	}
	if running.Runners["linux"].Docker.Env["NPM_TOKEN"] != "s3cret-one" {
		t.Fatal("ComparableYAML modified the configuration it rendered")
	}

	back := comparable(t, running)
	if back.Runners["mac"].Name != "mac" || back.DrainTimeout.D().String() != "1m30s" ||
		back.Runners["linux"].Retry.BackoffCap.D().String() != "30s" || back.Runners["linux"].MinIdle != 1 {
		t.Fatalf("values lost in the round trip: %+v", back)
	}

	tests := []struct {
		name   string
		next   *Config
		change string // "" for no change
	}{
		{"same file", loadWith("s3cret-one"), ""},
		{"secret changed", loadWith("s3cret-two"), "~ linux: docker settings changed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Diff(back, comparable(t, tc.next), nil, nil).String()
			if tc.change == "" && got != "no changes\n" || tc.change != "" && !strings.Contains(got, tc.change) {
				t.Fatalf("plan:\n%s\nwant %q", got, tc.change)
			}
			if strings.Contains(got, "s3cret") {
				t.Fatalf("plan reveals a secret:\n%s", got)
			}
		})
	}
}

func TestParseEffectiveYAMLRejectsGarbage(t *testing.T) {
	if _, err := ParseEffectiveYAML([]byte("runners: [1, 2")); err == nil {
		t.Fatal("want an error")
	}
	c, err := ParseEffectiveYAML([]byte("url: u\n"))
	if err != nil || c.Runners == nil {
		t.Fatalf("empty runners: %v %v", c, err)
	}
}

func TestFingerprints(t *testing.T) {
	t.Setenv("GITHUB_TOKEN", "")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	dir := t.TempDir()
	tokA := writeFile(t, dir, "a", "token-a\n", 0o600)
	res, err := load(t, `url: https://github.com/o
token_file: `+tokA+`
runners:
  a: {labels: [a], sim: {}}
  other: {labels: [b], url: https://github.com/p, sim: {}}
`)
	if err != nil {
		t.Fatal(err)
	}
	cfg := res.Config
	fps, errs := Fingerprints("", "", cfg)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	want := ScaleSetFingerprint("https://github.com/o", Credentials{Token: "token-a"})
	if fps["a"] != want || !strings.HasPrefix(fps["other"], "https://github.com/p|pat:") {
		t.Fatalf("fingerprints %v, want a=%s", fps, want)
	}
	if strings.Contains(fps["a"], "token-a") {
		t.Fatal("fingerprint reveals the token")
	}
	if fps2, _ := Fingerprints("", "flag-token", cfg); fps2["a"] == fps["a"] {
		t.Fatal("--token does not change the fingerprint")
	}
	cfg.TokenFile = ""
	fps, errs = Fingerprints("", "", cfg)
	if len(fps) != 0 || errs["a"] == nil || errs["other"] == nil {
		t.Fatalf("no credentials: fps %v errs %v", fps, errs)
	}
}
