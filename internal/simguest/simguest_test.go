package simguest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/outrunner/outrunner/config"
)

// fakeGuest writes a guest directory with the given manifest.
func fakeGuest(t *testing.T, manifest string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range map[string]string{
		kernelFile: "ELF", initrdFile: "cpio", goldenFile: "QFI\xfb", manifestFile: manifest,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const manifest = "key=abc\nkernel=6.1.0-56-amd64\nrunner_cmd=/usr/local/bin/outrunner-simrunner\ncmdline=console=ttyS0 quiet rdinit=/init\npackage=busybox-static=1:1.35.0\n"

func TestLibvirtImage(t *testing.T) {
	dir := fakeGuest(t, manifest)
	img, err := LibvirtImage(dir, "http://127.0.0.1:41557")
	if err != nil {
		t.Fatal(err)
	}
	if img.Kernel != filepath.Join(dir, "vmlinux") || img.Initrd != filepath.Join(dir, "initrd.img") || img.Path != filepath.Join(dir, "golden.qcow2") {
		t.Errorf("files = %s %s %s", img.Kernel, img.Initrd, img.Path)
	}
	if img.RunnerCmd != "/usr/local/bin/outrunner-simrunner" {
		t.Errorf("runner_cmd = %q", img.RunnerCmd)
	}
	if img.Cmdline != "console=ttyS0 quiet rdinit=/init outrunner.service_url=http://10.0.2.100:80" {
		t.Errorf("cmdline = %q", img.Cmdline)
	}
	if f := img.GuestForward; f == nil || f.Guest != "10.0.2.100:80" || f.Host != "127.0.0.1:41557" {
		t.Errorf("guest_forward = %+v", f)
	}

	// The block passes the configuration loader's validation as it is.
	block, err := yaml.Marshal(img)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("url: https://github.com/sim-org\nrunners:\n  vm:\n    labels: [vm]\n    libvirt:\n")
	for _, line := range strings.Split(strings.TrimRight(string(block), "\n"), "\n") {
		b.WriteString("      " + line + "\n")
	}
	path := filepath.Join(t.TempDir(), "config.yml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	res, err := config.Load(config.LoadOptions{Path: path, Environ: []string{}})
	if err != nil {
		t.Fatalf("the test guest's libvirt block does not validate: %v\n%s", err, b.String())
	}
	if got := res.Config.Runners["vm"].Libvirt; got.GuestForward.Host != "127.0.0.1:41557" || got.Kernel != img.Kernel {
		t.Errorf("loaded block = %+v", got)
	}
}

func TestLoadProblems(t *testing.T) {
	if _, err := Load(t.TempDir()); !errors.Is(err, ErrNotBuilt) {
		t.Errorf("empty directory: %v, want ErrNotBuilt", err)
	}
	if _, err := Load(fakeGuest(t, "key=abc\n")); err == nil || !strings.Contains(err.Error(), "incomplete") {
		t.Errorf("incomplete manifest: %v", err)
	}
	dir := fakeGuest(t, manifest)
	if err := os.Remove(filepath.Join(dir, "initrd.img")); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); !errors.Is(err, ErrNotBuilt) {
		t.Errorf("missing initrd: %v, want ErrNotBuilt", err)
	}
	good := fakeGuest(t, manifest)
	for _, u := range []string{"https://127.0.0.1:1", "http://127.0.0.1", "127.0.0.1:80", "http://sim.example:80"} {
		if _, err := LibvirtImage(good, u); err == nil {
			t.Errorf("simulator URL %q accepted", u)
		}
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv(DirEnv, "/srv/guest")
	if d := DefaultDir(); d != "/srv/guest" {
		t.Errorf("with %s: %s", DirEnv, d)
	}
	t.Setenv(DirEnv, "")
	t.Setenv("OUTRUNNER_CACHE_DIR", "/srv/cache")
	if d := DefaultDir(); d != "/srv/cache/test-guest" {
		t.Errorf("with OUTRUNNER_CACHE_DIR: %s", d)
	}
}
