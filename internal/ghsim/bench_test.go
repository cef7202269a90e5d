package ghsim_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// benchWorkers is how many real clients call the server at once.
const benchWorkers = 16

// cpuTime is the CPU time (user + system) the process has used so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// runWorkers runs b.N operations spread over benchWorkers goroutines and
// reports the rate and the process CPU time per operation (client and
// server together: both run in this process).
func runWorkers(b *testing.B, unit string, op func(worker, i int) error) {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, benchWorkers)
	b.ResetTimer()
	cpu := cpuTime(b)
	start := time.Now()
	for w := range benchWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1))
				if i > b.N {
					return
				}
				if err := op(w, i); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu = cpuTime(b) - cpu
	b.StopTimer()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), unit+"/s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
}

// BenchmarkJITConfig measures GenerateJitRunnerConfig through real clients
// over loopback HTTP.
func BenchmarkJITConfig(b *testing.B) {
	s := newServer(b, ghsim.Options{})
	ctx := context.Background()
	clients := make([]*scaleset.Client, benchWorkers)
	var set *scaleset.RunnerScaleSet
	for i := range clients {
		clients[i] = patClient(b, s.ConfigURL(), s.Token())
		if i == 0 {
			set = createScaleSet(b, clients[0], "bench")
		} else if _, err := clients[i].GetRunnerScaleSetByID(ctx, set.ID); err != nil {
			b.Fatal(err)
		}
	}
	runWorkers(b, "jitconfigs", func(w, i int) error {
		_, err := clients[w].GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: fmt.Sprintf("r-%d", i)}, set.ID)
		return err
	})
	if n := len(s.State().Registrations); n != b.N {
		b.Fatalf("registrations: %d, want %d", n, b.N)
	}
}

// BenchmarkQueueMessages measures queue messages produced (one job per
// message) and consumed with GetMessage + DeleteMessage by several sessions
// polling concurrently: through the real session client, and through a lean
// HTTP client that shows the simulator's own capacity.
func BenchmarkQueueMessages(b *testing.B) {
	b.Run("scaleset", func(b *testing.B) {
		benchQueue(b, func(sess *scaleset.MessageSessionClient) queueConsumer {
			return func(ctx context.Context, last int) (int, int, error) {
				msg, err := sess.GetMessage(ctx, last, 10)
				if err != nil || msg == nil {
					return 0, 0, fmt.Errorf("GetMessage: %v, %v", msg, err)
				}
				return msg.MessageID, len(msg.JobAvailableMessages), sess.DeleteMessage(ctx, msg.MessageID)
			}
		})
	})
	b.Run("http", func(b *testing.B) {
		benchQueue(b, func(sess *scaleset.MessageSessionClient) queueConsumer {
			hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 2}}
			info := sess.Session()
			do := func(ctx context.Context, method, url string) (*http.Response, error) {
				req, err := http.NewRequestWithContext(ctx, method, url, nil)
				if err != nil {
					return nil, err
				}
				req.Header.Set("Authorization", "Bearer "+info.MessageQueueAccessToken)
				return hc.Do(req)
			}
			return func(ctx context.Context, last int) (int, int, error) {
				resp, err := do(ctx, http.MethodGet, info.MessageQueueURL+"?lastMessageId="+strconv.Itoa(last))
				if err != nil {
					return 0, 0, err
				}
				var env struct {
					MessageID int    `json:"messageId"`
					Body      string `json:"body"`
				}
				err = json.NewDecoder(resp.Body).Decode(&env)
				resp.Body.Close()
				if err != nil || resp.StatusCode != http.StatusOK {
					return 0, 0, fmt.Errorf("GET message: %d %v", resp.StatusCode, err)
				}
				resp, err = do(ctx, http.MethodDelete, info.MessageQueueURL+"/"+strconv.Itoa(env.MessageID))
				if err != nil {
					return 0, 0, err
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusNoContent {
					return 0, 0, fmt.Errorf("DELETE message: %d", resp.StatusCode)
				}
				return env.MessageID, strings.Count(env.Body, "JobAvailable"), nil
			}
		})
	})
}

// queueConsumer gets the next message after last and deletes it, returning
// its id and how many JobAvailable it carried.
type queueConsumer func(ctx context.Context, last int) (id, jobs int, err error)

func benchQueue(b *testing.B, consumer func(*scaleset.MessageSessionClient) queueConsumer) {
	s := newServer(b, ghsim.Options{})
	ctx := context.Background()
	c := patClient(b, s.ConfigURL(), s.Token())
	consumers := make([]queueConsumer, benchWorkers)
	labels := make([]string, benchWorkers)
	last := make([]int, benchWorkers)
	for i := range consumers {
		labels[i] = fmt.Sprintf("q%d", i)
		set := createScaleSet(b, c, labels[i])
		sess, err := c.MessageSessionClient(ctx, set.ID, "bench")
		if err != nil {
			b.Fatal(err)
		}
		consumers[i] = consumer(sess)
		b.Cleanup(func() { _ = sess.Close(context.Background()) })
	}
	var events atomic.Int64
	runWorkers(b, "messages", func(w, _ int) error {
		if _, err := s.EnqueueJob(ghsim.JobSpec{Labels: []string{labels[w]}}); err != nil {
			return err
		}
		id, jobs, err := consumers[w](ctx, last[w])
		last[w] = id
		events.Add(int64(jobs))
		return err
	})
	if got := events.Load(); got != int64(b.N) {
		b.Fatalf("job messages: %d, want %d", got, b.N)
	}
}
