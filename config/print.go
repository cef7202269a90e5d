package config

import (
	"regexp"

	"gopkg.in/yaml.v3"
)

// secretName matches environment variable names whose values are secrets.
var secretName = regexp.MustCompile(`(?i)(token|secret|password|passwd|key|credential|auth)`)

// EffectiveYAML renders the effective configuration (after defaults,
// environment and flags) as YAML, with secret-looking container environment
// values replaced by "[REDACTED]". Credential files are shown by path only.
func EffectiveYAML(c *Config) ([]byte, error) {
	cp := *c
	cp.Runners = make(map[string]RunnerConfig, len(c.Runners))
	for name, r := range c.Runners {
		if r.Docker != nil && len(r.Docker.Env) > 0 {
			d := *r.Docker
			d.Env = make(map[string]string, len(r.Docker.Env))
			for k, v := range r.Docker.Env {
				if secretName.MatchString(k) {
					v = "[REDACTED]"
				}
				d.Env[k] = v
			}
			r.Docker = &d
		}
		cp.Runners[name] = r
	}
	return yaml.Marshal(&cp)
}
