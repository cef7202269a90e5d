package backends

import (
	"errors"
	"strings"

	"github.com/outrunner/outrunner/config"
)

// SettingsError turns the errors among problems, found by a backend's
// check of its block (keys relative to the block), into one permanent
// error naming each key under block ("tart.mounts[0].name: ...", joined
// by "; "). It
// returns nil when there is no error; warnings are left out.
func SettingsError(block string, problems []config.Problem) error {
	var msgs []string
	for _, p := range problems {
		if p.Severity == config.SeverityError {
			msgs = append(msgs, config.JoinKey(block, p.Key)+": "+p.Message)
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	return Permanent(errors.New(strings.Join(msgs, "; ")))
}
