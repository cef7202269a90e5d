package config

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestPackagingConfigValidates checks that the shipped default
// configuration loads as it is (credentials come from systemd).
func TestPackagingConfigValidates(t *testing.T) {
	res, err := Load(LoadOptions{Path: "../packaging/config.yml", Environ: []string{}})
	if err != nil {
		t.Fatalf("packaging/config.yml does not validate:\n%v", err)
	}
	if res.Config.URL != "https://github.com/CHANGE-ME" || res.Config.Runners["linux"].Docker == nil {
		t.Errorf("unexpected default configuration: %+v", res.Config)
	}
}

// TestPackagingStopTimeouts checks that systemd and launchd wait for a
// drain of the shipped configuration before they kill the daemon: longer
// than drain_timeout plus the longest stop_timeout.
func TestPackagingStopTimeouts(t *testing.T) {
	res, err := Load(LoadOptions{Path: "../packaging/config.yml", Environ: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	need := res.Config.DrainTimeout.D()
	var longestStop time.Duration
	for _, rc := range res.Config.Runners {
		longestStop = max(longestStop, rc.StopTimeout.D())
	}
	need += longestStop
	if need < DefaultDrainTimeout+DefaultStopTimeout {
		need = DefaultDrainTimeout + DefaultStopTimeout
	}
	for _, tc := range []struct {
		file string
		re   *regexp.Regexp
		unit time.Duration
	}{
		{"../packaging/outrunner.service", regexp.MustCompile(`(?m)^TimeoutStopSec=(\d+)min$`), time.Minute},
		{"../packaging/dev.outrunner.plist", regexp.MustCompile(`<key>ExitTimeOut</key>\s*<integer>(\d+)</integer>`), time.Second},
	} {
		b, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		m := tc.re.FindSubmatch(b)
		if m == nil {
			t.Errorf("%s: no stop timeout found", tc.file)
			continue
		}
		n, _ := strconv.Atoi(string(m[1]))
		if got := time.Duration(n) * tc.unit; got <= need {
			t.Errorf("%s: stop timeout %s, want above drain_timeout + stop_timeout = %s", tc.file, got, need)
		}
	}
}

// TestTartDocShowsThePackagedPlist: the launchd agent shown in
// docs/backends/tart.md is packaging/dev.outrunner.plist, byte for byte.
func TestTartDocShowsThePackagedPlist(t *testing.T) {
	plist, err := os.ReadFile("../packaging/dev.outrunner.plist")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../docs/backends/tart.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), "```xml\n"+string(plist)+"```\n") {
		t.Fatal("docs/backends/tart.md does not show packaging/dev.outrunner.plist as it is; copy the file into its xml block")
	}
}
