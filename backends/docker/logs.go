package docker

import (
	"bytes"
	"context"
	"io"
	"strconv"
	"strings"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/stdcopy"
)

// Bounds of the log tail kept for a failed runner.
const (
	// LogTailLines is how many of the last log lines are fetched.
	LogTailLines = 50
	// LogTailBytes caps the log tail kept in ExitStatus.LogTail.
	LogTailBytes = 16 << 10
	// logReadBytes caps what is read from the engine before scrubbing, so
	// that a few enormous lines cannot use unbounded memory.
	logReadBytes = 256 << 10
)

// redacted replaces the JIT config wherever it appears in output.
const redacted = "[REDACTED]"

// minSecretFragment is the shortest piece of the secret at the edge of a
// cut-off log that is still redacted.
const minSecretFragment = 8

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	max int
	buf []byte
}

// Write appends p, dropping the oldest bytes beyond max.
func (t *tailBuffer) Write(p []byte) (int, error) {
	n := len(p)
	if len(p) >= t.max {
		t.buf = append(t.buf[:0], p[len(p)-t.max:]...)
		return n, nil
	}
	if over := len(t.buf) + len(p) - t.max; over > 0 {
		t.buf = t.buf[over:]
	}
	t.buf = append(t.buf, p...)
	return n, nil
}

// logTail fetches the last LogTailLines lines of the container's output
// (stdout and stderr interleaved), scrubs secret from them and bounds the
// result to LogTailBytes.
func logTail(ctx context.Context, cli *client.Client, id, secret string) (string, error) {
	rc, err := cli.ContainerLogs(ctx, id, container.LogsOptions{
		ShowStdout: true,
		ShowStderr: true,
		Tail:       strconv.Itoa(LogTailLines),
	})
	if err != nil {
		return "", err
	}
	defer rc.Close()
	tb := &tailBuffer{max: logReadBytes}
	if _, err := stdcopy.StdCopy(tb, tb, rc); err != nil && err != io.EOF {
		return "", err
	}
	return boundTail(scrub(string(tb.buf), secret), LogTailBytes), nil
}

// scrub removes every occurrence of secret from s, and also a fragment of
// it at either edge of s, where a cut through the secret may have left part
// of it.
func scrub(s, secret string) string {
	if secret == "" {
		return s
	}
	s = strings.ReplaceAll(s, secret, redacted)
	// A suffix of the secret at the start of s.
	for n := min(len(secret)-1, len(s)); n >= minSecretFragment; n-- {
		if strings.HasPrefix(s, secret[len(secret)-n:]) {
			s = redacted + s[n:]
			break
		}
	}
	// A prefix of the secret at the end of s.
	for n := min(len(secret)-1, len(s)); n >= minSecretFragment; n-- {
		if strings.HasSuffix(s, secret[:n]) {
			s = s[:len(s)-n] + redacted
			break
		}
	}
	return s
}

// boundTail keeps at most max bytes from the end of s, starting at a line
// boundary when one is near.
func boundTail(s string, max int) string {
	s = strings.TrimRight(s, "\n")
	if len(s) <= max {
		return s
	}
	cut := s[len(s)-max:]
	if i := strings.IndexByte(cut, '\n'); i >= 0 && i < max/4 {
		cut = cut[i+1:]
	}
	return string(bytes.ToValidUTF8([]byte(cut), nil))
}
