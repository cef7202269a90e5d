package docker

import (
	"context"
	"io"
	"strconv"
	"strings"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/stdcopy"

	"github.com/outrunner/outrunner/internal/scrub"
)

// Bounds of the log tail kept for a failed runner.
const (
	// LogTailLines is how many of the last log lines are fetched.
	LogTailLines = 50
	// LogTailBytes caps the log tail kept in ExitStatus.LogTail.
	LogTailBytes = 16 << 10
)

// logTail fetches the last LogTailLines lines of the container's output
// (stdout and stderr interleaved) and returns at most LogTailBytes of
// them, scrubbed of secret.
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
	tail := scrub.NewBuffer(LogTailBytes, secret)
	if _, err := stdcopy.StdCopy(tail, tail, rc); err != nil && err != io.EOF {
		return "", err
	}
	return strings.TrimRight(tail.String(), "\n"), nil
}
