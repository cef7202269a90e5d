package libvirt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/outrunner/outrunner/backends"
)

// Files kept per runner in the overlay directory:
//
//	<name>.qcow2          the copy-on-write overlay of the golden image
//	<name>.owner.json     the ownership sidecar (written first, removed last)
//	<name>.console.log    the guest's serial console
const (
	overlaySuffix = ".qcow2"
	sidecarSuffix = ".owner.json"
	consoleSuffix = ".console.log"
)

// qcow2Magic starts every qcow2 file.
var qcow2Magic = []byte{'Q', 'F', 'I', 0xfb}

// sidecarFor returns the sidecar path of an overlay path.
func sidecarFor(overlay string) string {
	return strings.TrimSuffix(overlay, overlaySuffix) + sidecarSuffix
}

// checkGolden verifies that the golden image exists, is readable and is a
// qcow2 file. Every failure is permanent: retrying cannot fix it.
func checkGolden(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return backends.Permanentf("golden image %s does not exist (libvirt path)", path)
	}
	if err != nil {
		return backends.Permanentf("golden image %s is not readable: %v", path, err)
	}
	defer func() { _ = f.Close() }()
	head := make([]byte, len(qcow2Magic))
	if _, err := io.ReadFull(f, head); err != nil {
		return backends.Permanentf("golden image %s is not readable as a qcow2 image: %v", path, err)
	}
	if !bytes.Equal(head, qcow2Magic) {
		return backends.Permanentf("golden image %s is not a qcow2 image (convert it with qemu-img convert -O qcow2)", path)
	}
	return nil
}

// ensureOverlayDir creates the overlay directory (mode 0700) if missing.
func ensureOverlayDir(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return backends.Permanentf("libvirt overlay_dir %s is not a directory", dir)
		}
		return nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("libvirt overlay_dir %s: %w", dir, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create libvirt overlay_dir %s: %w", dir, err)
	}
	return nil
}

// writeSidecar records ownership of an overlay before it is created. It
// fails if a sidecar already exists for that path.
func writeSidecar(m ownerMeta) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode overlay sidecar: %w", err)
	}
	path := sidecarFor(m.Overlay)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("overlay sidecar %s already exists and is not this daemon's (another daemon uses the same overlay_dir and runner name?)", path)
	}
	if err != nil {
		return fmt.Errorf("write overlay sidecar: %w", err)
	}
	_, werr := f.Write(append(b, '\n'))
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		_ = os.Remove(path)
		return fmt.Errorf("write overlay sidecar %s: %w", path, err)
	}
	return nil
}

// readSidecar reads one sidecar file.
func readSidecar(path string) (ownerMeta, error) {
	var m ownerMeta
	b, err := os.ReadFile(path)
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("overlay sidecar %s: %w", path, err)
	}
	if m.Overlay == "" {
		m.Overlay = strings.TrimSuffix(path, sidecarSuffix) + overlaySuffix
	}
	return m, nil
}

// sidecarFile is a sidecar found in an overlay directory.
type sidecarFile struct {
	path string
	meta ownerMeta
}

// listSidecars returns the readable sidecars in dir; a missing directory
// has none. Unreadable sidecars are skipped: they are not provably ours.
func listSidecars(dir string) ([]sidecarFile, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list overlay_dir %s: %w", dir, err)
	}
	var out []sidecarFile
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), sidecarSuffix) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		m, err := readSidecar(p)
		if err != nil {
			continue
		}
		out = append(out, sidecarFile{path: p, meta: m})
	}
	return out, nil
}

// createOverlay makes overlay a qcow2 copy-on-write layer over golden with
// qemu-img. A partial file is removed on failure.
func createOverlay(ctx context.Context, golden, overlay string) error {
	bin, err := exec.LookPath("qemu-img")
	if err != nil {
		return backends.Permanentf("qemu-img is not installed (install qemu-utils): %v", err)
	}
	cmd := exec.CommandContext(ctx, bin, "create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", golden, overlay)
	out, err := cmd.CombinedOutput()
	if err != nil {
		_ = os.Remove(overlay)
		if ctx.Err() != nil {
			return fmt.Errorf("create overlay %s: %w", overlay, ctx.Err())
		}
		return fmt.Errorf("create overlay %s with qemu-img: %v: %s", overlay, err, strings.TrimSpace(string(out)))
	}
	return nil
}

// removeRunnerFiles deletes a runner's overlay, console log and, last, its
// sidecar. Missing files are fine.
func removeRunnerFiles(m ownerMeta) error {
	var errs []error
	for _, p := range []string{m.Overlay, m.ConsoleLog, sidecarFor(m.Overlay)} {
		if p == "" {
			continue
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
			if p != m.ConsoleLog {
				break // keep the sidecar while the overlay is still there
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("remove overlay files of %s: %w", m.Runner, err)
	}
	return nil
}
