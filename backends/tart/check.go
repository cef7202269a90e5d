package tart

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// Limits of the tart block's numbers.
const (
	maxCPUs     = 128
	minMemoryMB = 512
	maxMemoryMB = 1 << 20
)

// mountNameRE is what a --dir share name may look like: no ':' or ',',
// which Tart's --dir syntax uses as separators, and no '/' or spaces.
var mountNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// Check reports every problem of a tart block whose defaults are applied,
// with keys relative to the block (mounts[0].name). These are all the
// block's rules, prepare applies the same ones: a mount's source must be
// an existing directory on this host (tart runs here) whose path holds no
// ':' or ',', which "tart run --dir name:path[:ro]" cannot express.
func Check(t *config.TartImage) []config.Problem {
	var r config.Report
	switch {
	case strings.TrimSpace(t.Image) == "":
		r.Errorf("image", "is required and must not be empty")
	case strings.HasPrefix(t.Image, "-"):
		r.Errorf("image", "%q is not an image reference or VM name (it would be read as a tart option)", t.Image)
	}
	r.Required("runner_cmd", t.RunnerCmd)
	r.NoNUL("image", t.Image)
	r.NoNUL("runner_cmd", t.RunnerCmd)
	r.IntRange("cpus", t.CPUs, 1, maxCPUs)
	r.IntRange("memory", t.MemoryMB, minMemoryMB, maxMemoryMB)
	r.DurationRange("boot_timeout", t.BootTimeout, time.Second, time.Hour)
	names := map[string]int{}
	for i, m := range t.Mounts {
		key := fmt.Sprintf("mounts[%d]", i)
		switch first, dup := names[m.Name]; {
		case m.Name == "":
			r.Errorf(key+".name", "is required (the share's name inside the guest)")
		case !mountNameRE.MatchString(m.Name):
			r.Errorf(key+".name", "%q must be letters, digits, '.', '_' and '-', starting with a letter or digit (tart run --dir separates its fields with ':' and ',')", m.Name)
		case dup:
			r.Errorf(key+".name", "duplicate mount name %q (mounts[%d] already has it)", m.Name, first)
		default:
			names[m.Name] = i
		}
		src := key + ".source"
		r.AbsPath(src, m.Source)
		switch {
		case !filepath.IsAbs(m.Source), strings.ContainsRune(m.Source, 0):
			// AbsPath reported it.
		case strings.ContainsAny(m.Source, ":,"):
			r.Errorf(src, "%q contains ':' or ',', which tart run --dir cannot express", m.Source)
		default:
			checkSourceDir(&r, src, m.Source)
		}
	}
	return r.Problems()
}

// checkSourceDir reports a mount source that is not an existing directory.
func checkSourceDir(r *config.Report, key, source string) {
	fi, err := os.Stat(source)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		r.Errorf(key, "%s does not exist on this host; create it, or every VM of this scale set fails to start", source)
	case err != nil:
		r.Errorf(key, "cannot read %s: %v", source, err)
	case !fi.IsDir():
		r.Errorf(key, "%s is not a directory", source)
	}
}

// checkedSettings returns a copy of t with its defaults applied, or the
// permanent error listing what Check finds wrong with it.
func checkedSettings(t *config.TartImage) (config.TartImage, error) {
	c := *t
	(&config.RunnerConfig{Tart: &c}).ApplyBackendDefaults()
	return c, backends.SettingsError("tart", Check(&c))
}
