package ghsim_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/actions/scaleset/listener"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
)

// TestNoSecretsInLogs runs a job with debug logging everywhere and looks for
// every credential in the logs.
func TestNoSecretsInLogs(t *testing.T) {
	logs := &testlog.Buffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := newServer(t, ghsim.Options{Logger: log, Token: "ghp_supersecretPAT", QueueTokenTTL: 400 * time.Millisecond})
	c := patClient(t, s.ConfigURL(), s.Token())
	ctx := ctxT(t)
	set := createScaleSet(t, c, "secret")
	sess, err := c.MessageSessionClient(ctx, set.ID, "host")
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close(context.Background())
	secrets := []string{s.Token(), sess.Session().MessageQueueAccessToken, adminToken(t, s)[len("Bearer "):]}

	lctx, stop := context.WithCancel(ctx)
	defer stop()
	l, _ := listener.New(sess, listener.Config{ScaleSetID: set.ID, MaxRunners: 1})
	go func() { _ = l.Run(lctx, noopScaler{}) }()
	id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"secret"}})
	waitFor(t, s, "job assigned", func(st ghsim.State) bool { j, _ := st.Job(id); return j.State == ghsim.JobAssigned })
	cfg, err := c.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: "quiet"}, set.ID)
	if err != nil {
		t.Fatal(err)
	}
	jit, _ := runnerproto.DecodeJITConfig(cfg.EncodedJITConfig)
	if err := emurunner.Run(ctx, cfg.EncodedJITConfig, emurunner.Options{Logger: log}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, s, "a queue token refresh", func(ghsim.State) bool { return s.Metrics().Endpoints[ghsim.EndpointSessionRefresh].Calls > 0 })
	secrets = append(secrets, cfg.EncodedJITConfig, jit.Secret, sess.Session().MessageQueueAccessToken)
	out := logs.String()
	if !strings.Contains(out, "job finished") || !strings.Contains(out, "message session created") {
		t.Fatalf("expected log lines missing:\n%s", out)
	}
	for _, secret := range secrets {
		if strings.Contains(out, secret) {
			t.Fatalf("a secret appears in the logs:\n%s", out)
		}
	}
}

// noopScaler accepts every listener call.
type noopScaler struct{}

func (noopScaler) HandleJobStarted(context.Context, *scaleset.JobStarted) error     { return nil }
func (noopScaler) HandleJobCompleted(context.Context, *scaleset.JobCompleted) error { return nil }
func (noopScaler) HandleDesiredRunnerCount(_ context.Context, n int) (int, error)   { return n, nil }
