package config

import (
	"strings"
	"testing"
)

func TestIsWindowsRunnerCmd(t *testing.T) {
	tests := []struct {
		cmd  string
		want bool
	}{
		{`C:\actions-runner\run.cmd`, true},
		{`D:/runner/run.sh`, true},
		{`run.cmd`, true},
		{`.\run.PS1`, true},
		{`C:\runner\start.bat`, true},
		{`runner.exe`, true},
		{`/actions-runner/run.sh`, false},
		{`./run.sh`, false},
		{``, false},
		{`/opt/cmd/run`, false},
	}
	for _, tc := range tests {
		if got := IsWindowsRunnerCmd(tc.cmd); got != tc.want {
			t.Errorf("IsWindowsRunnerCmd(%q) = %v, want %v", tc.cmd, got, tc.want)
		}
	}
}

// TestLibvirtOSInference: a gha-outrunner Windows configuration (no os key)
// loads as Windows when runner_cmd makes it certain, and a warning names
// the key to add when only the image or labels suggest Windows.
func TestLibvirtOSInference(t *testing.T) {
	tests := []struct {
		name    string
		block   string
		labels  string
		wantOS  string
		wantCmd string
		warning string // substring of the one expected warning, "" for none
	}{
		{"gha-outrunner windows", `{path: /img/w.qcow2, runner_cmd: 'C:\actions-runner\run.cmd'}`, "[windows]", "windows", `C:\actions-runner\run.cmd`, ""},
		{"ps1 runner", `{path: /img/a.qcow2, runner_cmd: 'run.ps1'}`, "[x]", "windows", "run.ps1", ""},
		{"linux default", `{path: /img/ubuntu.qcow2}`, "[linux]", "linux", DefaultLibvirtRunnerCmd, ""},
		{"explicit windows", `{path: /img/w.qcow2, os: windows}`, "[x]", "windows", DefaultLibvirtWindowsRunnerCmd, ""},
		{"explicit linux on a win image", `{path: /img/win-2022.qcow2, os: linux}`, "[windows]", "linux", DefaultLibvirtRunnerCmd, ""},
		{"ambiguous image name", `{path: /img/windows-2022.qcow2}`, "[x]", "linux", DefaultLibvirtRunnerCmd, "add `os: windows` to this libvirt block (libvirt.os: windows)"},
		{"ambiguous label", `{path: /img/golden.qcow2}`, "[self-hosted, Windows]", "linux", DefaultLibvirtRunnerCmd, "the label windows suggests Windows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := load(t, "url: https://github.com/o\nrunners:\n  r:\n    labels: "+tc.labels+"\n    libvirt: "+tc.block+"\n")
			if err != nil {
				t.Fatal(err)
			}
			l := res.Config.Runners["r"].Libvirt
			if l.OS != tc.wantOS || l.RunnerCmd != tc.wantCmd {
				t.Errorf("os %q runner_cmd %q, want %q %q", l.OS, l.RunnerCmd, tc.wantOS, tc.wantCmd)
			}
			var warns []string
			for _, w := range res.Warnings {
				if strings.HasPrefix(w.Key, "runners.r.libvirt") {
					warns = append(warns, w.String())
				}
			}
			switch {
			case tc.warning == "" && len(warns) > 0:
				t.Errorf("unexpected warnings: %v", warns)
			case tc.warning != "" && (len(warns) != 1 || !strings.Contains(warns[0], tc.warning)):
				t.Errorf("warnings %v, want one with %q", warns, tc.warning)
			}
		})
	}
}
