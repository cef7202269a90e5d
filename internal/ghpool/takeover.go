package ghpool

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/actions/scaleset"
	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

// errCaptured ends the throwaway request DeleteSession uses to learn the
// Actions service's session endpoint and credentials.
var errCaptured = errors.New("session endpoint captured")

// deleteSessionTimeout bounds the DELETE request of DeleteSession.
const deleteSessionTimeout = 30 * time.Second

// DeleteSession deletes the message session sessionID of a scale set (one a
// crashed daemon left open), so that a new one can be created at once
// rather than after GitHub expires it. A session GitHub no longer knows is
// already gone: gone is true then, and the error nil.
//
// The scaleset client deletes only the session it created; this asks it to
// create one through an HTTP client that never connects, takes the
// endpoint and credentials of that request, and sends the DELETE itself
// through the same transport settings (CAs, proxy).
func (p *Pool) DeleteSession(ctx context.Context, scaleSetID int, sessionID uuid.UUID) (gone bool, err error) {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 0
	tr, ok := rc.HTTPClient.Transport.(*http.Transport)
	if !ok {
		return false, errors.New("deleting the message session: unexpected HTTP transport")
	}
	tr.DialContext = func(context.Context, string, string) (net.Conn, error) { return nil, errCaptured }
	tr.DialTLSContext = tr.DialContext
	var captured *http.Request
	rc.RequestLogHook = func(_ retryablehttp.Logger, r *http.Request, _ int) {
		if captured == nil && r.Method == http.MethodPost {
			captured = r.Clone(context.Background())
		}
	}
	err = p.do(ctx, "delete_session", false, func(c *scaleset.Client) error {
		// The throwaway request's failure is no failed attempt: it is
		// not logged where the pool watches attempts.
		s, err := c.MessageSessionClient(ctx, scaleSetID, "takeover", scaleset.WithRetryableHTTPClint(rc), scaleset.WithLogger(slog.New(slog.DiscardHandler)))
		if err == nil {
			// Not reachable (the transport never connects); close it anyway.
			_ = s.Close(ctx)
		}
		if captured == nil {
			if err != nil && !strings.Contains(err.Error(), errCaptured.Error()) {
				return err
			}
			return errors.New("the session endpoint is unknown")
		}
		gone, err = sendDelete(ctx, captured, tr, sessionID)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("deleting the message session: %w", err)
	}
	return gone, nil
}

// sendDelete sends the DELETE of a session to the endpoint and with the
// credentials of the captured session-creation request.
func sendDelete(ctx context.Context, captured *http.Request, tr *http.Transport, sessionID uuid.UUID) (gone bool, err error) {
	u := *captured.URL
	u.Path = strings.TrimSuffix(u.Path, "/") + "/" + sessionID.String()
	u.RawPath = ""
	rctx, cancel := context.WithTimeout(ctx, deleteSessionTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodDelete, u.String(), nil)
	if err != nil {
		return false, err
	}
	req.Header = captured.Header.Clone()
	send := tr.Clone()
	send.DialContext, send.DialTLSContext = nil, nil
	defer send.CloseIdleConnections()
	resp, err := (&http.Client{Transport: send}).Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusNoContent, http.StatusOK:
		return false, nil
	case http.StatusNotFound:
		return true, nil
	default:
		return false, fmt.Errorf("status=%q", resp.Status)
	}
}

// holderPattern finds the owner GitHub names in a 409 session conflict.
var holderPattern = regexp.MustCompile(`session for owner ([^\s"]+?)\.?(?:["\s]|$)`)

// SessionHolder returns the owner of the session that a 409 conflict says
// holds the scale set, or "" when the answer does not name it.
func SessionHolder(err error) string {
	if err == nil {
		return ""
	}
	m := holderPattern.FindStringSubmatch(err.Error())
	if m == nil || m[1] == "(unknown)" {
		return ""
	}
	return m[1]
}
