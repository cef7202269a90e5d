package admin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/messages"
)

// Client talks to a daemon's admin API.
type Client struct {
	socket string
	http   *http.Client
}

// NewClient returns a client of the admin API on the unix socket at socket.
// Calls are bounded by their contexts.
func NewClient(socket string) *Client {
	dialer := &net.Dialer{}
	return &Client{
		socket: socket,
		http: &http.Client{Transport: &http.Transport{
			DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
				return dialer.DialContext(ctx, "unix", socket)
			},
			DisableKeepAlives: true,
		}},
	}
}

// Socket returns the socket path the client connects to.
func (c *Client) Socket() string { return c.socket }

// Status returns the daemon's status.
func (c *Client) Status(ctx context.Context) (*messages.Status, error) {
	var st messages.Status
	if err := c.call(ctx, http.MethodGet, "/v1/status", http.StatusOK, &st); err != nil {
		return nil, err
	}
	return &st, nil
}

// StatusJSON returns the status document exactly as the daemon sent it.
func (c *Client) StatusJSON(ctx context.Context) (json.RawMessage, error) {
	var raw json.RawMessage
	if err := c.call(ctx, http.MethodGet, "/v1/status", http.StatusOK, &raw); err != nil {
		return nil, err
	}
	return raw, nil
}

// Config returns the configuration in force, with Config parsed.
func (c *Client) Config(ctx context.Context) (*RunningConfig, error) {
	var rc RunningConfig
	if err := c.call(ctx, http.MethodGet, "/v1/config", http.StatusOK, &rc); err != nil {
		return nil, err
	}
	cfg, err := config.ParseEffectiveYAML([]byte(rc.YAML))
	if err != nil {
		return nil, fmt.Errorf("the daemon at %s sent a configuration this client cannot read: %w", c.socket, err)
	}
	rc.Config = cfg
	if rc.Fingerprints == nil {
		rc.Fingerprints = map[string]string{}
	}
	return &rc, nil
}

// Reload asks the daemon to re-read its configuration file. A refused file
// returns a *ReloadRefusedError listing every problem.
func (c *Client) Reload(ctx context.Context) (*ReloadResult, error) {
	var res ReloadResult
	if err := c.call(ctx, http.MethodPost, "/v1/reload", http.StatusOK, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// DrainScaleSet asks the daemon to drain one scale set. An unknown name
// returns an error wrapping ErrUnknownScaleSet.
func (c *Client) DrainScaleSet(ctx context.Context, name string) error {
	err := c.call(ctx, http.MethodPost, "/v1/scalesets/"+url.PathEscape(name)+"/drain", http.StatusAccepted, nil)
	if se, ok := errors.AsType[*StatusError](err); ok && se.Code == http.StatusNotFound {
		return fmt.Errorf("%w: %s", ErrUnknownScaleSet, name)
	}
	return err
}

// Metrics returns the daemon's metrics in the Prometheus text format.
func (c *Client) Metrics(ctx context.Context) ([]byte, error) {
	resp, err := c.do(ctx, http.MethodGet, "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, c.answerError(resp)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("reading the metrics from %s: %w", c.socket, err)
	}
	return b, nil
}

// call sends a request without a body and decodes a JSON answer with the
// wanted status into out (unless nil).
func (c *Client) call(ctx context.Context, method, path string, want int, out any) error {
	resp, err := c.do(ctx, method, path)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != want {
		return c.answerError(resp)
	}
	if out == nil {
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("the daemon at %s sent an answer this client cannot read: %w", c.socket, err)
	}
	return nil
}

func (c *Client) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, "http://outrunner"+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, c.connectError(err)
	}
	return resp, nil
}

// connectError explains why the daemon could not be reached.
func (c *Client) connectError(err error) error {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		switch {
		case errors.Is(err, syscall.ENOENT):
			return fmt.Errorf("%w at %s: the socket does not exist", ErrNoDaemon, c.socket)
		case errors.Is(err, syscall.ECONNREFUSED):
			return fmt.Errorf("%w at %s: connection refused (the socket is left over from a daemon that stopped)", ErrNoDaemon, c.socket)
		case errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EPERM):
			return fmt.Errorf("cannot connect to the daemon at %s: %w (the socket is owner-only: run this as the daemon's user, e.g. with sudo)", c.socket, fs.ErrPermission)
		case errors.Is(err, syscall.ENOTDIR):
			return fmt.Errorf("%w at %s: a part of the path is not a directory", ErrNoDaemon, c.socket)
		}
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return fmt.Errorf("the daemon at %s did not answer: %w", c.socket, err)
	}
	return fmt.Errorf("talking to the daemon at %s: %w", c.socket, err)
}

// answerError turns a non-success answer into an error.
func (c *Client) answerError(resp *http.Response) error {
	var body ErrorBody
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if json.Unmarshal(b, &body) != nil || body.Error == "" {
		body.Error = strings.TrimSpace(string(b))
	}
	if resp.StatusCode == http.StatusUnprocessableEntity {
		return &ReloadRefusedError{Problems: body.Problems}
	}
	return &StatusError{Code: resp.StatusCode, Message: body.Error, Socket: c.socket}
}

// StatusError is an error answer of the daemon.
type StatusError struct {
	// Code is the HTTP status code.
	Code int
	// Message is the daemon's explanation.
	Message string
	// Socket is where the daemon answered.
	Socket string
}

// Error names the socket, the status and the daemon's message.
func (e *StatusError) Error() string {
	return fmt.Sprintf("the daemon at %s answered %d %s: %s", e.Socket, e.Code, http.StatusText(e.Code), e.Message)
}
