package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestResolveCredentialsPrecedence(t *testing.T) {
	dir := t.TempDir()
	runnerFile := writeFile(t, dir, "runner-token", "from-runner-file\n", 0o600)
	globalFile := writeFile(t, dir, "global-token", "from-global-file\n", 0o600)
	key := writeFile(t, dir, "app.pem", "-----BEGIN RSA PRIVATE KEY-----\nx\n-----END RSA PRIVATE KEY-----\n", 0o600)
	credDir := t.TempDir()
	writeFile(t, credDir, CredentialsDirFile, "from-systemd-creds\n", 0o600)
	app := &GitHubApp{ClientID: "Iv1.app", InstallationID: 42, PrivateKeyFile: key}

	tests := []struct {
		name       string
		runnerFile string
		runnerApp  *GitHubApp
		flag       string
		env        string
		credDir    string
		globalApp  *GitHubApp
		globalFile string
		wantToken  string
		wantApp    bool
		wantSource string
	}{
		{"runner app first", "", app, "flag", "env", credDir, nil, globalFile, "", true, "runners.r.github_app"},
		{"runner token_file beats flag", runnerFile, nil, "flag", "env", credDir, nil, globalFile, "from-runner-file", false, "runners.r.token_file"},
		{"flag beats env", "", nil, "from-flag", "env", credDir, nil, globalFile, "from-flag", false, "--token"},
		{"env beats systemd credentials", "", nil, "", "from-env", credDir, nil, globalFile, "from-env", false, "GITHUB_TOKEN"},
		{"systemd credentials beat global app", "", nil, "", "", credDir, app, globalFile, "from-systemd-creds", false, "$CREDENTIALS_DIRECTORY/github-token"},
		{"global app beats global file", "", nil, "", "", "", app, "", "", true, "github_app"},
		{"global file last", "", nil, "", "", "", nil, globalFile, "from-global-file", false, "token_file"},
		{"empty credentials directory falls through", "", nil, "", "", t.TempDir(), nil, globalFile, "from-global-file", false, "token_file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GITHUB_TOKEN", tc.env)
			t.Setenv("CREDENTIALS_DIRECTORY", tc.credDir)
			cfg := &Config{TokenFile: tc.globalFile, GitHubApp: tc.globalApp}
			rc := &RunnerConfig{Name: "r", TokenFile: tc.runnerFile, GitHubApp: tc.runnerApp}
			c, err := ResolveCredentials(tc.flag, cfg, rc)
			if err != nil {
				t.Fatal(err)
			}
			if c.Token != tc.wantToken || (c.App != nil) != tc.wantApp || !strings.HasPrefix(c.Source, tc.wantSource) {
				t.Errorf("got token=%q app=%v source=%q", c.Token, c.App != nil, c.Source)
			}
			if tc.wantApp && (c.App.ClientID != "Iv1.app" || c.App.InstallationID != 42 || !strings.Contains(c.App.PrivateKey, "PRIVATE KEY")) {
				t.Errorf("app credentials = %+v", c.App)
			}
			if strings.Contains(c.Source, tc.wantToken) && tc.wantToken != "" && tc.wantSource != "--token" {
				t.Errorf("source %q reveals the token", c.Source)
			}
		})
	}
}

func TestResolveTokenSeedAPI(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "tok", "file-token", 0o600)
	t.Setenv("GITHUB_TOKEN", "")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	cfg := &Config{TokenFile: file}
	if tok, err := ResolveToken("", cfg); err != nil || tok != "file-token" {
		t.Errorf("ResolveToken = %q, %v", tok, err)
	}
	if tok, _ := ResolveToken("flag-token", cfg); tok != "flag-token" {
		t.Errorf("flag not first: %q", tok)
	}
	if _, err := ResolveToken("", &Config{}); err == nil || !strings.Contains(err.Error(), "no GitHub credentials") {
		t.Errorf("missing credentials error = %v", err)
	}
	if _, err := ResolveToken("", &Config{TokenFile: filepath.Join(dir, "absent")}); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("missing file error = %v", err)
	}
}

func TestResolveURL(t *testing.T) {
	cfg := &Config{URL: "https://github.com/global"}
	tests := []struct {
		name, flag, runner, want string
	}{
		{"runner url wins", "https://github.com/flag", "https://github.com/runner", "https://github.com/runner"},
		{"flag beats global", "https://github.com/flag", "", "https://github.com/flag"},
		{"global last", "", "", "https://github.com/global"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ResolveRunnerURL(tc.flag, cfg, &RunnerConfig{Name: "r", URL: tc.runner})
			if err != nil || got != tc.want {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	if _, err := ResolveRunnerURL("", &Config{}, &RunnerConfig{Name: "r"}); err == nil || !strings.Contains(err.Error(), "runners.r: no GitHub URL") {
		t.Errorf("missing URL error = %v", err)
	}
}

func TestFingerprintHidesSecrets(t *testing.T) {
	a := Credentials{Token: "ghp_supersecret_1"}
	b := Credentials{Token: "ghp_supersecret_2"}
	if a.Fingerprint() == b.Fingerprint() {
		t.Error("different tokens share a fingerprint")
	}
	if strings.Contains(a.Fingerprint(), "supersecret") {
		t.Error("fingerprint reveals the token")
	}
}
