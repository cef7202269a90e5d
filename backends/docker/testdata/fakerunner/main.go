// Command fakerunner stands in for the GitHub Actions runner in the docker
// backend's integration tests. It reads its JIT config from
// ACTIONS_RUNNER_INPUT_JITCONFIG, as the real runner does, and behaves
// according to the config's first dot-separated word:
//
//	exit0       print a line and exit 0
//	fail        print 80 numbered lines (one of them holding the JIT config) and exit 3
//	sleep       run until SIGTERM or SIGINT, then exit 143
//	ignoreterm  run until killed, ignoring SIGTERM and SIGINT
//
// Without a JIT config it exits 2; with the argument --hold it runs no
// runner and waits for SIGTERM or SIGINT, then exits 0 (a warm container).
package main

import (
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--hold" {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
		<-sig
		os.Exit(0)
	}
	jit := os.Getenv("ACTIONS_RUNNER_INPUT_JITCONFIG")
	if jit == "" {
		fmt.Fprintln(os.Stderr, "fakerunner: no JIT config")
		os.Exit(2)
	}
	mode, _, _ := strings.Cut(jit, ".")
	fmt.Printf("fakerunner: mode %s, %d args\n", mode, len(os.Args)-1)
	switch mode {
	case "exit0":
		fmt.Println("fakerunner: job done")
	case "fail":
		for i := 1; i <= 80; i++ {
			out := os.Stdout
			if i%2 == 0 {
				out = os.Stderr
			}
			if i == 75 {
				fmt.Fprintf(out, "line %d: jitconfig=%s\n", i, jit)
				continue
			}
			fmt.Fprintf(out, "line %d\n", i)
		}
		fmt.Println("fakerunner: job failed")
		os.Exit(3)
	case "sleep":
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
		<-sig
		fmt.Println("fakerunner: terminated")
		os.Exit(143)
	case "ignoreterm":
		signal.Ignore(syscall.SIGTERM, syscall.SIGINT)
		for {
			time.Sleep(time.Hour)
		}
	default:
		fmt.Fprintf(os.Stderr, "fakerunner: unknown mode %q\n", mode)
		os.Exit(4)
	}
}
