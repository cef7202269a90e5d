package tart

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// Probe checks, read-only, that tart is on PATH and that the image is
// listed by "tart list": a local VM that is missing is a failure, an OCI
// image that is missing a warning (tart clone pulls it).
func (p *Provisioner) Probe(ctx context.Context, rc *config.RunnerConfig) []backends.ProbeResult {
	tartPath, err := p.resolveTart()
	if err != nil {
		return []backends.ProbeResult{backends.ProbeOf("tart", backends.ProbeFailed, err.Error())}
	}
	out := []backends.ProbeResult{backends.ProbeOf("tart", backends.ProbeOK, "found at "+tartPath)}
	if rc == nil || rc.Tart == nil || rc.Tart.Image == "" {
		return out
	}
	image := rc.Tart.Image
	list, err := p.tart(ctx, "list", "--format", "json")
	if err != nil {
		return append(out, backends.ProbeOf("image", backends.ProbeFailed, fmt.Sprintf("tart list: %v", err)))
	}
	var entries []listEntry
	if err := json.Unmarshal([]byte(list), &entries); err != nil {
		return append(out, backends.ProbeOf("image", backends.ProbeFailed, fmt.Sprintf("parse the output of tart list: %v", err)))
	}
	for _, e := range entries {
		if e.Name == image {
			return append(out, backends.ProbeOf("image", backends.ProbeOK, image+" is listed by tart list"))
		}
	}
	if strings.Contains(image, "/") {
		return append(out, backends.ProbeOf("image", backends.ProbeWarning, image+" is not pulled yet; tart clone pulls it when the first runner starts"))
	}
	return append(out, backends.ProbeOf("image", backends.ProbeFailed, "no local VM named "+image+" (tart list)"))
}

var _ backends.Prober = (*Provisioner)(nil)
