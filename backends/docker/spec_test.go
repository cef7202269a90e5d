package docker

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

var testOwner = backends.Ownership{DaemonID: "d1", ScaleSet: "linux"}

const testJIT = "eyJzZWNyZXQiOiJqaXQtdmFsdWUtZm9yLXRlc3RzIn0="

// dockerConfig returns a docker block with defaults applied, as the config
// loader would hand it over.
func dockerConfig(d config.DockerImage) *config.DockerImage {
	rc := config.RunnerConfig{Docker: &d}
	rc.ApplyBackendDefaults()
	return rc.Docker
}

func TestBuildSpecDefaults(t *testing.T) {
	sp, err := buildSpec(testOwner, "linux-3fa2c1", testJIT, dockerConfig(config.DockerImage{Image: "runner:1"}))
	if err != nil {
		t.Fatal(err)
	}
	c, h := sp.config, sp.host
	if c.Image != "runner:1" {
		t.Errorf("Image = %q", c.Image)
	}
	if !slices.Equal(c.Cmd, []string{"./run.sh"}) {
		t.Errorf("Cmd = %q, want [./run.sh]", c.Cmd)
	}
	if len(c.Entrypoint) != 0 {
		t.Errorf("Entrypoint = %q, want the image's", c.Entrypoint)
	}
	if !slices.Contains(c.Env, JITConfigEnv+"="+testJIT) {
		t.Errorf("Env %q lacks the JIT config", c.Env)
	}
	for _, a := range slices.Concat(c.Cmd, c.Entrypoint, []string{c.User, c.WorkingDir, c.Hostname}) {
		if strings.Contains(a, testJIT) {
			t.Errorf("JIT config in command or settings: %q", a)
		}
	}
	for k, v := range testOwner.Labels("linux-3fa2c1") {
		if c.Labels[k] != v {
			t.Errorf("label %s = %q, want %q", k, c.Labels[k], v)
		}
	}
	if _, ok := c.Labels[LabelKeepFailed]; ok {
		t.Errorf("keep-failed label set without keep_failed")
	}
	if h.Privileged {
		t.Error("privileged by default")
	}
	if !slices.Equal(h.SecurityOpt, []string{"no-new-privileges:true"}) {
		t.Errorf("SecurityOpt = %q, want no-new-privileges", h.SecurityOpt)
	}
	if h.AutoRemove {
		t.Error("AutoRemove must stay off: Wait needs exit code and log")
	}
	if h.ReadonlyRootfs {
		t.Error("read-only rootfs breaks the actions runner")
	}
	if h.NetworkMode != "" {
		t.Errorf("NetworkMode = %q, want the engine default", h.NetworkMode)
	}
	if h.NanoCPUs != 0 || h.Memory != 0 || h.PidsLimit != nil {
		t.Errorf("limits set by default: cpus=%d mem=%d pids=%v", h.NanoCPUs, h.Memory, h.PidsLimit)
	}
	if c.User != "" {
		t.Errorf("User = %q, want the image's", c.User)
	}
}

func TestBuildSpecSettings(t *testing.T) {
	d := dockerConfig(config.DockerImage{
		Image:     "runner:2",
		RunnerCmd: "/home/runner/run.sh --once",
		Mounts: []config.DockerMount{
			{Source: "/srv/cache", Target: "/cache", ReadOnly: true},
			{Source: "/var/run/docker.sock", Target: "/var/run/docker.sock"},
		},
		Tmpfs:           map[string]string{"/tmp": "size=1g", "/run": ""},
		Env:             map[string]string{"B": "2", "A": "1"},
		ContainerLabels: map[string]string{"team": "ci"},
		Network:         "host",
		CPUs:            1.5,
		MemoryMB:        2048,
		PidsLimit:       512,
		User:            "1001:1001",
		KeepFailed:      true,
	})
	sp, err := buildSpec(testOwner, "r1", testJIT, d)
	if err != nil {
		t.Fatal(err)
	}
	c, h := sp.config, sp.host
	if !slices.Equal(c.Cmd, []string{"/home/runner/run.sh", "--once"}) {
		t.Errorf("Cmd = %q", c.Cmd)
	}
	wantEnv := []string{"A=1", "B=2", JITConfigEnv + "=" + testJIT}
	if !slices.Equal(c.Env, wantEnv) {
		t.Errorf("Env = %q, want %q", c.Env, wantEnv)
	}
	if c.Labels["team"] != "ci" {
		t.Errorf("user label lost: %v", c.Labels)
	}
	if c.Labels[backends.LabelDaemon] != "d1" || c.Labels[backends.LabelName] != "r1" {
		t.Errorf("ownership labels missing: %v", c.Labels)
	}
	if c.Labels[LabelKeepFailed] != "true" {
		t.Errorf("keep-failed label missing: %v", c.Labels)
	}
	wantMounts := []mount.Mount{
		{Type: mount.TypeBind, Source: "/srv/cache", Target: "/cache", ReadOnly: true},
		{Type: mount.TypeBind, Source: "/var/run/docker.sock", Target: "/var/run/docker.sock"},
	}
	if !slices.EqualFunc(h.Mounts, wantMounts, func(a, b mount.Mount) bool {
		return a.Type == b.Type && a.Source == b.Source && a.Target == b.Target && a.ReadOnly == b.ReadOnly
	}) {
		t.Errorf("Mounts = %+v", h.Mounts)
	}
	if h.Tmpfs["/tmp"] != "size=1g" || len(h.Tmpfs) != 2 {
		t.Errorf("Tmpfs = %v", h.Tmpfs)
	}
	if h.NetworkMode != "host" {
		t.Errorf("NetworkMode = %q", h.NetworkMode)
	}
	if h.NanoCPUs != 1_500_000_000 {
		t.Errorf("NanoCPUs = %d", h.NanoCPUs)
	}
	if h.Memory != 2048<<20 {
		t.Errorf("Memory = %d", h.Memory)
	}
	if h.PidsLimit == nil || *h.PidsLimit != 512 {
		t.Errorf("PidsLimit = %v", h.PidsLimit)
	}
	if c.User != "1001:1001" {
		t.Errorf("User = %q", c.User)
	}
}

func TestBuildSpecNetworkAndPrivilege(t *testing.T) {
	tests := []struct {
		name        string
		d           config.DockerImage
		wantNetwork container.NetworkMode
		wantPriv    bool
		wantSecOpt  []string
	}{
		{"none", config.DockerImage{Network: "none"}, "none", false, []string{"no-new-privileges:true"}},
		{"named", config.DockerImage{Network: "ci-net"}, "ci-net", false, []string{"no-new-privileges:true"}},
		{"privileged", config.DockerImage{Privileged: true}, "", true, nil},
		{"escalation allowed", config.DockerImage{AllowPrivilegeEscalation: true}, "", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.d.Image = "img"
			sp, err := buildSpec(testOwner, "r", "jit", dockerConfig(tt.d))
			if err != nil {
				t.Fatal(err)
			}
			if sp.host.NetworkMode != tt.wantNetwork || sp.host.Privileged != tt.wantPriv || !slices.Equal(sp.host.SecurityOpt, tt.wantSecOpt) {
				t.Errorf("network=%q privileged=%v secopt=%q", sp.host.NetworkMode, sp.host.Privileged, sp.host.SecurityOpt)
			}
		})
	}
}

func TestBuildSpecInvalid(t *testing.T) {
	tests := []struct {
		name   string
		runner string
		d      config.DockerImage
		want   string
	}{
		{"no image", "r", config.DockerImage{}, "image"},
		{"bad name", "bad/name", config.DockerImage{Image: "i"}, "container name"},
		{"blank cmd", "r", config.DockerImage{Image: "i", RunnerCmd: "  "}, "runner_cmd"},
		{"relative mount", "r", config.DockerImage{Image: "i", Mounts: []config.DockerMount{{Source: "rel", Target: "/t"}}}, "mounts[0]"},
		{"relative tmpfs", "r", config.DockerImage{Image: "i", Tmpfs: map[string]string{"tmp": ""}}, "tmpfs"},
		{"negative memory", "r", config.DockerImage{Image: "i", MemoryMB: -1}, "docker.memory: must be between 0"},
		{"bad env", "r", config.DockerImage{Image: "i", Env: map[string]string{"A=B": "x"}}, "env"},
		{"reserved env", "r", config.DockerImage{Image: "i", Env: map[string]string{JITConfigEnv: "user-value"}}, "docker.env." + JITConfigEnv + ": is reserved"},
		{"reserved label", "r", config.DockerImage{Image: "i", ContainerLabels: map[string]string{backends.LabelDaemon: "spoofed"}}, "reserved for ownership"},
		{"bad pull policy", "r", config.DockerImage{Image: "i", PullPolicy: "sometimes"}, "docker.pull_policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := buildSpec(testOwner, tt.runner, testJIT, &tt.d)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
			if strings.Contains(err.Error(), testJIT) {
				t.Fatalf("error contains the JIT config: %v", err)
			}
		})
	}
}

func TestEnvState(t *testing.T) {
	tests := map[container.ContainerState]backends.EnvState{
		container.StateRunning:    backends.EnvRunning,
		container.StatePaused:     backends.EnvRunning,
		container.StateRestarting: backends.EnvRunning,
		container.StateCreated:    backends.EnvPartial,
		container.StateExited:     backends.EnvExited,
		container.StateDead:       backends.EnvExited,
		container.StateRemoving:   backends.EnvExited,
	}
	for in, want := range tests {
		if got := envState(in); got != want {
			t.Errorf("envState(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExitStatus(t *testing.T) {
	tests := []struct {
		state      container.State
		wantReason string
	}{
		{container.State{Status: "exited", ExitCode: 0}, "exited"},
		{container.State{Status: "exited", ExitCode: 3}, "exited with code 3"},
		{container.State{Status: "exited", ExitCode: 137}, "killed (SIGKILL)"},
		{container.State{Status: "exited", ExitCode: 143}, "terminated (SIGTERM)"},
		{container.State{Status: "exited", ExitCode: 134}, "killed by signal 6"},
		{container.State{Status: "exited", ExitCode: 137, OOMKilled: true}, "killed: out of memory"},
	}
	for _, tt := range tests {
		st := exitStatus(&tt.state)
		if st.Code != tt.state.ExitCode || st.Reason != tt.wantReason {
			t.Errorf("exitStatus(%+v) = %+v, want reason %q", tt.state, st, tt.wantReason)
		}
	}
	if st := exitStatus(nil); st.Code != -1 {
		t.Errorf("exitStatus(nil).Code = %d, want -1", st.Code)
	}
}

func TestFailedAndKept(t *testing.T) {
	if failed(&container.State{Status: "exited"}) {
		t.Error("exit 0 counted as failed")
	}
	if !failed(&container.State{Status: "exited", ExitCode: 1}) {
		t.Error("exit 1 not counted as failed")
	}
	if failed(&container.State{Status: "created"}) {
		t.Error("created container counted as failed")
	}
	labels := testOwner.Labels("r1")
	if isKept("/r1", labels) {
		t.Error("container with its runner's name counted as kept")
	}
	if !isKept("/r1-failed", labels) {
		t.Error("renamed container not counted as kept")
	}
}

func TestErrorClassification(t *testing.T) {
	// typed wraps msg in the error class the engine client gives an HTTP
	// status.
	typed := func(code int, msg string) error {
		class := map[int]error{400: cerrdefs.ErrInvalidArgument, 404: cerrdefs.ErrNotFound, 500: cerrdefs.ErrInternal}[code]
		return fmt.Errorf("%s: %w", msg, class)
	}
	pull := []struct {
		err       error
		permanent bool
	}{
		{&streamError{msg: "manifest for x:1 not found: manifest unknown: manifest unknown"}, true},
		{&streamError{msg: "pull access denied for x, repository does not exist or may require 'docker login'"}, true},
		{&streamError{msg: "unauthorized: authentication required"}, true},
		{typed(404, "manifest unknown"), true},
		{typed(400, "invalid reference format"), true},
		{typed(500, `Get "https://registry/v2/": dial tcp: connect: connection refused`), false},
		{typed(500, "received unexpected HTTP status: 503 Service Unavailable"), false},
		{&streamError{msg: "read tcp 10.0.0.1:1234->10.0.0.2:443: read: connection reset by peer"}, false},
		{context.DeadlineExceeded, false},
	}
	for _, tt := range pull {
		if got := isPermanentPullError(tt.err); got != tt.permanent {
			t.Errorf("isPermanentPullError(%v) = %v, want %v", tt.err, got, tt.permanent)
		}
	}
	start := []struct {
		err       error
		permanent bool
	}{
		{typed(500, `OCI runtime create failed: exec: "./run.sh": stat ./run.sh: no such file or directory: unknown`), true},
		{typed(500, "unable to find user runner: no matching entries in passwd file"), true},
		{typed(404, "network ci not found"), true},
		{typed(500, "failed to create shim task: context deadline exceeded"), false},
		{context.Canceled, false},
	}
	for _, tt := range start {
		if got := isPermanentStartError(tt.err); got != tt.permanent {
			t.Errorf("isPermanentStartError(%v) = %v, want %v", tt.err, got, tt.permanent)
		}
	}
}
