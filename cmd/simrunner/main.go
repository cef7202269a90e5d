// Command simrunner is the emulated GitHub Actions runner for the ghsim
// simulator. Like the actions runner's "run.sh --jitconfig X" it registers
// with a JIT config, runs exactly one job and exits: 0 after the job (whatever
// its result), non-zero on errors, including the crash and exit_early
// behaviours a job can ask for.
//
// The JIT config comes from the environment variable
// ACTIONS_RUNNER_INPUT_JITCONFIG (preferred: argv is visible to every user)
// or from --jitconfig. With --hold it runs no runner and waits for SIGTERM:
// the main process of a warm container, whose runner is exec'ed later.
// SIMRUNNER_SERVICE_URL, when set, replaces the
// simulator URL that the JIT config carries: the simulator as this runner
// reaches it, e.g. http://10.0.2.100:80 inside a test VM whose only network
// path is a forward to the simulator's port on the host.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/logkey"
)

// jitConfigEnv is the variable the actions runner reads its JIT config from.
const jitConfigEnv = "ACTIONS_RUNNER_INPUT_JITCONFIG"

// serviceURLEnv overrides the simulator URL of the JIT config.
const serviceURLEnv = "SIMRUNNER_SERVICE_URL"

func main() {
	os.Exit(run(os.Args[1:], os.Getenv, os.Stderr))
}

func run(args []string, getenv func(string) string, stderr io.Writer) int {
	fs := flag.NewFlagSet("simrunner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jit := fs.String("jitconfig", "", "encoded JIT config (prefer $"+jitConfigEnv+")")
	verbose := fs.Bool("verbose", false, "log debug messages")
	hold := fs.Bool("hold", false, "run no runner: wait for SIGTERM or SIGINT (a warm container's main process)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *hold {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		<-ctx.Done()
		return 0
	}
	config := getenv(jitConfigEnv)
	if config == "" {
		config = *jit
	}
	if config == "" {
		fmt.Fprintf(stderr, "simrunner: no JIT config: set $%s or pass --jitconfig\n", jitConfigEnv)
		return 2
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	if desc, err := emurunner.Describe(config); err == nil {
		log.Debug("starting", logkey.Config, desc, logkey.ServiceURLOverride, getenv(serviceURLEnv))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := emurunner.Run(ctx, config, emurunner.Options{Logger: log, ServiceURL: getenv(serviceURLEnv)}); err != nil {
		log.Error("runner failed", logkey.Error, err)
		if errors.Is(err, context.Canceled) {
			return 130
		}
		return 1
	}
	return 0
}
