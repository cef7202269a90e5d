package backends

import (
	"testing"

	"github.com/outrunner/outrunner/config"
)

func TestSettingsError(t *testing.T) {
	tests := []struct {
		name     string
		problems []config.Problem
		want     string // "" for no error
	}{
		{"none", nil, ""},
		{"only warnings", []config.Problem{{Severity: config.SeverityWarning, Key: "mounts[0].source", Message: "cannot check"}}, ""},
		{"errors", []config.Problem{
			{Key: "image", Message: "is required"},
			{Severity: config.SeverityWarning, Key: "x", Message: "left out"},
			{Key: "mounts[0].name", Message: "is bad"},
		}, "tart.image: is required; tart.mounts[0].name: is bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := SettingsError("tart", tt.problems)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err == nil || err.Error() != tt.want || !IsPermanent(err) {
				t.Fatalf("err = %v, want the permanent error %q", err, tt.want)
			}
		})
	}
}
