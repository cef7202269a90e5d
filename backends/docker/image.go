package docker

import (
	"archive/tar"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
)

// Pull policies of the docker block's pull_policy key.
const (
	PullMissing = "missing" // pull when the image is not present (default)
	PullAlways  = "always"  // pull before every container
	PullNever   = "never"   // never pull; a missing image is a permanent error
)

// puller pulls each image reference at most once at a time: runners that
// start together wait for the same pull instead of each starting their own.
type puller struct {
	mu       sync.Mutex
	inflight map[string]*pull
}

// pull is one pull in progress; done closes when err is set.
type pull struct {
	done chan struct{}
	err  error
}

// ensureImage makes ref available on the engine according to policy.
func (p *Provisioner) ensureImage(ctx context.Context, cli *client.Client, ref, policy string) error {
	switch policy {
	case PullAlways:
		return p.pullShared(ctx, cli, ref)
	case PullNever, PullMissing, "":
		_, err := cli.ImageInspect(ctx, ref)
		if err == nil {
			return nil
		}
		if cerrdefs.IsInvalidArgument(err) {
			return backends.Permanent(fmt.Errorf("inspect image %s: %w", ref, err))
		}
		if !cerrdefs.IsNotFound(err) {
			return fmt.Errorf("inspect image %s: %w", ref, err)
		}
		if policy == PullNever {
			return backends.Permanentf("image %s is not present on the engine and pull_policy is never", ref)
		}
		return p.pullShared(ctx, cli, ref)
	default:
		return backends.Permanentf("docker.pull_policy %q: want missing, always or never", policy)
	}
}

// pullShared pulls ref, joining a pull of the same reference that is
// already running. When the caller whose context drove a shared pull gives
// up, a waiter whose context is still live pulls again itself.
func (p *Provisioner) pullShared(ctx context.Context, cli *client.Client, ref string) error {
	for {
		p.pulls.mu.Lock()
		if pl, ok := p.pulls.inflight[ref]; ok {
			p.pulls.mu.Unlock()
			select {
			case <-pl.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if pl.err != nil && isContextErr(pl.err) && ctx.Err() == nil {
				continue
			}
			return pl.err
		}
		pl := &pull{done: make(chan struct{})}
		if p.pulls.inflight == nil {
			p.pulls.inflight = make(map[string]*pull)
		}
		p.pulls.inflight[ref] = pl
		p.pulls.mu.Unlock()

		pl.err = p.pullImage(ctx, cli, ref)
		p.pulls.mu.Lock()
		delete(p.pulls.inflight, ref)
		p.pulls.mu.Unlock()
		close(pl.done)
		return pl.err
	}
}

// pullImage pulls ref and logs the pull. A reference that is malformed or
// that the registry does not have is a permanent error; anything else
// (network, registry down) may be retried.
func (p *Provisioner) pullImage(ctx context.Context, cli *client.Client, ref string) error {
	start := time.Now()
	p.log.Debug("pulling image", logkey.Image, ref)
	rc, err := cli.ImagePull(ctx, ref, image.PullOptions{})
	if err == nil {
		err = readProgress(rc)
		rc.Close()
	}
	if err != nil {
		p.log.Warn("image pull failed", logkey.Image, ref, logkey.Duration, time.Since(start).Round(time.Millisecond), logkey.Error, err)
		err = fmt.Errorf("pull image %s: %w", ref, err)
		if isPermanentPullError(err) {
			return backends.Permanent(err)
		}
		return err
	}
	p.log.Debug("pulled image", logkey.Image, ref, logkey.Duration, time.Since(start).Round(time.Millisecond))
	return nil
}

// progressMessage is one line of the engine's JSON progress stream.
type progressMessage struct {
	Error       string `json:"error"`
	ErrorDetail *struct {
		Message string `json:"message"`
	} `json:"errorDetail"`
}

// streamError is an error the engine reported inside a progress stream.
type streamError struct{ msg string }

func (e *streamError) Error() string { return e.msg }

// readProgress drains a pull or import progress stream and returns the
// error it reports, if any.
func readProgress(r io.Reader) error {
	dec := json.NewDecoder(r)
	for {
		var m progressMessage
		if err := dec.Decode(&m); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if m.ErrorDetail != nil && m.ErrorDetail.Message != "" {
			return &streamError{msg: m.ErrorDetail.Message}
		}
		if m.Error != "" {
			return &streamError{msg: m.Error}
		}
	}
}

// isPermanentPullError reports whether a pull failed because of the
// reference itself (malformed, unknown to the registry, or not readable
// with the engine's credentials) rather than the network or the registry's
// health.
func isPermanentPullError(err error) bool {
	if isUnreachable(err) || isContextErr(err) {
		return false
	}
	if cerrdefs.IsNotFound(err) || cerrdefs.IsInvalidArgument(err) ||
		cerrdefs.IsUnauthorized(err) || cerrdefs.IsPermissionDenied(err) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"manifest unknown", "not found", "repository does not exist",
		"pull access denied", "unauthorized", "invalid reference format", "name unknown"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// LabelBinarySHA256 is set by ImportBinaryImage to the SHA-256 of the
// imported executable.
const LabelBinarySHA256 = "outrunner.image.binary-sha256"

// ImportBinaryImage builds a one-file image on the engine at host (resolved
// like the docker block's host key; empty means DOCKER_HOST, context,
// sockets) from a static executable: the file is stored as /<base name>
// with ENTRYPOINT ["/<base name>"], and the image is tagged ref. It needs no
// registry. The runner_cmd of a container started from it arrives as the
// executable's arguments. When ref already holds the same executable
// (same SHA-256), nothing is imported; an image that ref no longer names is
// removed unless a container uses it. Tests and
// `outrunner simulate --backend docker` use it to run a stand-in runner.
func ImportBinaryImage(ctx context.Context, host, binaryPath, ref string) error {
	ep, err := ResolveHost(host)
	if err != nil {
		return err
	}
	cli, err := newClient(ep)
	if err != nil {
		return err
	}
	defer cli.Close()
	wrap := func(err error) error {
		if isUnreachable(err) {
			return &EngineUnreachableError{Host: ep.Host, Err: err}
		}
		return fmt.Errorf("import %s as %s: %w", binaryPath, ref, err)
	}

	f, err := os.Open(binaryPath)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", binaryPath)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	sum := hex.EncodeToString(h.Sum(nil))

	var oldID string
	old, err := cli.ImageInspect(ctx, ref)
	switch {
	case err == nil && old.Config != nil && old.Config.Labels[LabelBinarySHA256] == sum:
		return nil
	case err == nil:
		oldID = old.ID
	case !cerrdefs.IsNotFound(err):
		return wrap(err)
	}

	name := filepath.Base(binaryPath)
	pr, pw := io.Pipe()
	go func() {
		tw := tar.NewWriter(pw)
		err := tw.WriteHeader(&tar.Header{
			Name:    name,
			Mode:    0o755,
			Size:    fi.Size(),
			ModTime: fi.ModTime(),
			Format:  tar.FormatPAX,
		})
		if err == nil {
			_, err = io.Copy(tw, f)
		}
		if err == nil {
			err = tw.Close()
		}
		pw.CloseWithError(err)
	}()
	entry, err := json.Marshal([]string{"/" + name})
	if err != nil {
		return err
	}
	rc, err := cli.ImageImport(ctx, image.ImportSource{Source: pr, SourceName: "-"}, ref, image.ImportOptions{
		Changes: []string{"ENTRYPOINT " + string(entry), "WORKDIR /", "LABEL " + LabelBinarySHA256 + "=" + sum},
	})
	if err != nil {
		pr.CloseWithError(err)
		return wrap(err)
	}
	defer rc.Close()
	if err := readProgress(rc); err != nil {
		return wrap(err)
	}
	if oldID != "" {
		// Best effort: the old image may still serve a container.
		_, _ = cli.ImageRemove(ctx, oldID, image.RemoveOptions{PruneChildren: true})
	}
	return nil
}
