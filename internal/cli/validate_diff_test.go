package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/messages"
)

// configDaemon serves a running configuration.
type configDaemon struct {
	cfg *config.Config
	fps map[string]string
}

func (d *configDaemon) Status(context.Context) (*messages.Status, error) {
	return &messages.Status{}, nil
}

func (d *configDaemon) Reload(context.Context) (config.Plan, error) { return config.Plan{}, nil }

func (d *configDaemon) DrainScaleSet(context.Context, string) error { return nil }

func (d *configDaemon) RunningConfig() (*config.Config, map[string]string) { return d.cfg, d.fps }

func TestValidateDiffAgainstRunning(t *testing.T) {
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	sock := filepath.Join(shortTempDir(t), "admin.sock")
	file := func(maxRunners, secret, extra string) string {
		return writeConfig(t, `url: https://github.com/o
admin: {socket: `+sock+`}
runners:
  linux:
    labels: [linux]
    max_runners: `+maxRunners+`
    docker: {image: r, env: {NPM_TOKEN: `+secret+`, MODE: ci}}
`+extra)
	}
	runningFile := file("4", "s3cret-one", "")
	// The daemon's configuration and fingerprints, as it resolved them with
	// its token.
	t.Setenv("GITHUB_TOKEN", "ghp_daemon_token_1234")
	running, err := config.LoadConfig(runningFile)
	if err != nil {
		t.Fatal(err)
	}
	fps, errs := config.Fingerprints("", "", running)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	serveAdminAt(t, sock, &configDaemon{cfg: running, fps: fps})

	changed := file("8", "s3cret-two", "  mac: {labels: [mac], tart: {image: sequoia}}\n")
	tests := []struct {
		name     string
		token    string // GITHUB_TOKEN of the validate command
		file     string
		code     int
		contains []string
		errs     []string
	}{
		{"same file", "ghp_daemon_token_1234", runningFile, 0, []string{"config OK", "A reload would change the daemon at " + sock + ":\n  no changes\n"}, nil},
		{"changes", "ghp_daemon_token_1234", changed, 0, []string{
			"  + mac: new scale set (tart, max_runners 2)",
			"  ~ linux: max_runners 4 → 8 (live); docker settings changed (new runners; idle runners recycled)",
		}, nil},
		{"other token", "ghp_another_token_99", runningFile, 0, []string{"~ linux: URL or credentials changed (listener restarts)"}, nil},
		{"credentials do not resolve here", "", runningFile, 0, []string{"  no changes"},
			[]string{"warning: runners.linux: the credentials do not resolve here", "a change of them is not shown"}},
		{"invalid file", "ghp_daemon_token_1234", writeConfig(t, "url: https://github.com/o\nadmin: {socket: "+sock+"}\nrunners: {linux: {labelz: [x], docker: {image: r}}}\n"),
			1, nil, []string{"unknown key", "the configuration is invalid"}},
		{"no daemon", "ghp_daemon_token_1234", writeConfig(t, "url: https://github.com/o\nadmin: {socket: "+sock+".none}\nrunners: {linux: {labels: [l], docker: {image: r}}}\n"),
			1, []string{"config OK"}, []string{"cannot compare with the running daemon: no outrunner daemon is running at " + sock + ".none", "(socket from admin.socket in "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GITHUB_TOKEN", tc.token)
			code, out, errOut := run(t, "validate", "--diff-against-running", "--config", tc.file)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
			for _, s := range tc.contains {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.errs {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			for _, secret := range []string{"s3cret", "ghp_"} {
				if strings.Contains(out+errOut, secret) {
					t.Errorf("output reveals %q", secret)
				}
			}
		})
	}
}

func TestReloadNote(t *testing.T) {
	file := writeConfig(t, "url: https://github.com/o\nrunners: {linux: {labels: [l], docker: {image: r}}}\n")
	edited := fileModTime(file)
	before, after := edited.Add(-time.Minute), edited.Add(time.Second)
	tests := []struct {
		name string
		st   messages.ConfigState
		want string
	}{
		{"not watching", messages.ConfigState{Path: file, Generation: 2, LastReload: after}, ""},
		{"another file", messages.ConfigState{Path: file + ".other", Watching: true, Generation: 2, LastReload: after}, ""},
		{"edited after the last reload", messages.ConfigState{Path: file, Watching: true, Generation: 2, LastReload: before},
			"may be applied by the time you read it"},
		{"never reloaded", messages.ConfigState{Path: file, Watching: true, Generation: 1}, "against generation 1, which it runs now"},
		{"already reloaded", messages.ConfigState{Path: file, Watching: true, Generation: 3, LastReload: after},
			"already reloaded it at " + after.Format(time.TimeOnly) + " (generation 3)"},
		{"refused", messages.ConfigState{Path: file, Watching: true, Generation: 3, LastReload: after, LastReloadError: "bad"},
			"refused it at " + after.Format(time.TimeOnly) + "; it keeps running generation 3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := reloadNote(tc.st, file, edited)
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("reloadNote = %q, want it to contain %q", got, tc.want)
			}
		})
	}
}
