package emurunner

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
)

// sharedClient serves every runner that brings no client of its own: one
// pool, with enough idle connections per host for thousands of long polls.
var sharedClient = &http.Client{Transport: &http.Transport{
	DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
	MaxIdleConnsPerHost: 8192,
	IdleConnTimeout:     90 * time.Second,
}}

// Retry policy for transient failures (network errors, 5xx).
const (
	retryAttempts = 6
	retryBase     = 50 * time.Millisecond
	retryMaxWait  = time.Second
	// pollSlack is added to the server's hold for a poll's own deadline, so a
	// half-open connection cannot hang the runner.
	pollSlack = 15 * time.Second
)

// client speaks the runner protocol for one runner.
type client struct {
	base  string
	http  *http.Client
	token string
	hold  time.Duration
}

// protoError is a non-2xx answer of the simulator.
type protoError struct {
	status int
	body   runnerproto.ErrorResponse
}

// Error describes the answer.
func (e *protoError) Error() string {
	return fmt.Sprintf("simulator answered %d %s: %s", e.status, e.body.Code, e.body.Message)
}

// Unwrap maps the answer's code to the package's sentinel errors.
func (e *protoError) Unwrap() error {
	switch e.body.Code {
	case runnerproto.CodeRegistrationUsed:
		return ErrRegistrationUsed
	case runnerproto.CodeRegistrationRemoved, runnerproto.CodeRegistrationUnknown:
		return ErrRegistrationRemoved
	}
	return nil
}

func transient(err error) bool {
	var pe *protoError
	if errors.As(err, &pe) {
		return pe.status >= 500
	}
	return !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded)
}

// call POSTs in as JSON and decodes a 2xx answer into out.
func (c *client) call(ctx context.Context, path string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("%s: reading answer: %w", path, err)
	}
	if resp.StatusCode/100 != 2 {
		pe := &protoError{status: resp.StatusCode}
		if json.Unmarshal(raw, &pe.body) != nil || pe.body.Code == "" {
			pe.body = runnerproto.ErrorResponse{Code: "http_" + resp.Status, Message: string(bytes.TrimSpace(raw))}
		}
		return pe
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("%s: decoding answer: %w", path, err)
	}
	return nil
}

// retry runs fn until it succeeds, fails permanently or runs out of
// attempts, waiting between attempts with exponential backoff up to maxWait.
func retry(ctx context.Context, maxWait time.Duration, fn func() error) error {
	var err error
	for i := range retryAttempts {
		if err = fn(); err == nil || !transient(err) {
			return err
		}
		t := time.NewTimer(min(retryBase<<i, maxWait))
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
	return err
}

func (c *client) connect(ctx context.Context, cfg runnerproto.JITConfig) error {
	var resp runnerproto.ConnectResponse
	err := retry(ctx, retryMaxWait, func() error {
		return c.call(ctx, runnerproto.PathConnect, runnerproto.ConnectRequest{RunnerID: cfg.RunnerID, Secret: cfg.Secret}, &resp)
	})
	if err != nil {
		return fmt.Errorf("registering runner %d: %w", cfg.RunnerID, err)
	}
	if resp.Token == "" {
		return errors.New("registering runner: the simulator returned no token")
	}
	c.token, c.hold = resp.Token, time.Duration(resp.PollHoldMS)*time.Millisecond
	return nil
}

// poll makes one long poll, bounded by the server's hold plus slack.
func (c *client) poll(ctx context.Context) (runnerproto.PollResponse, error) {
	pctx, cancel := context.WithTimeout(ctx, c.hold+pollSlack)
	defer cancel()
	var resp runnerproto.PollResponse
	err := c.call(pctx, runnerproto.PathPoll, struct{}{}, &resp)
	if err != nil && ctx.Err() != nil {
		return resp, ctx.Err()
	}
	return resp, err
}

func (c *client) pollRetry(ctx context.Context) (runnerproto.PollResponse, error) {
	// Back off less than the lease lasts: a runner that stops polling is lost.
	var resp runnerproto.PollResponse
	err := retry(ctx, max(c.hold/8, time.Millisecond), func() error {
		var err error
		resp, err = c.poll(ctx)
		return err
	})
	return resp, err
}

func (c *client) complete(ctx context.Context, jobID int64, result string) error {
	err := retry(ctx, retryMaxWait, func() error {
		return c.call(ctx, runnerproto.PathComplete, runnerproto.CompleteRequest{JobID: jobID, Result: result}, &struct{}{})
	})
	if err != nil {
		return fmt.Errorf("reporting job %d: %w", jobID, err)
	}
	return nil
}
