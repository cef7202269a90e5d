package config

import (
	"fmt"
	"regexp"

	"gopkg.in/yaml.v3"
)

// secretName matches environment variable names whose values are secrets.
var secretName = regexp.MustCompile(`(?i)(token|secret|password|passwd|key|credential|auth)`)

// EffectiveYAML renders the effective configuration (after defaults,
// environment and flags) as YAML, with secret-looking container environment
// values replaced by "[REDACTED]". Credential files are shown by path only.
func EffectiveYAML(c *Config) ([]byte, error) {
	return yaml.Marshal(redact(c, func(string) string { return "[REDACTED]" }))
}

// ComparableYAML renders the configuration like EffectiveYAML, but replaces
// each secret-looking container environment value by a short digest of it
// ("[REDACTED 1a2b3c4d5e6f]"), so that two configurations rendered this way
// differ exactly when their values do. The admin API serves the running
// configuration in this form; ParseEffectiveYAML reads it back.
func ComparableYAML(c *Config) ([]byte, error) {
	return yaml.Marshal(redact(c, func(v string) string { return "[REDACTED " + shortHash(v) + "]" }))
}

// ParseEffectiveYAML reads a configuration rendered by EffectiveYAML or
// ComparableYAML, without defaults or validation (it is already effective).
// Runner names are set from their keys. Unknown keys are ignored, so that a
// client reads a newer daemon's configuration.
func ParseEffectiveYAML(b []byte) (*Config, error) {
	c := &Config{}
	if err := yaml.Unmarshal(b, c); err != nil {
		return nil, fmt.Errorf("cannot parse the configuration: %w", err)
	}
	if c.Runners == nil {
		c.Runners = map[string]RunnerConfig{}
	}
	for name, r := range c.Runners {
		r.Name = name
		c.Runners[name] = r
	}
	return c, nil
}

// redact returns a copy of c whose secret-looking docker environment values
// are replaced by mask(value). c is not modified.
func redact(c *Config, mask func(string) string) *Config {
	cp := *c
	cp.Runners = make(map[string]RunnerConfig, len(c.Runners))
	for name, r := range c.Runners {
		if r.Docker != nil && len(r.Docker.Env) > 0 {
			d := *r.Docker
			d.Env = make(map[string]string, len(r.Docker.Env))
			for k, v := range r.Docker.Env {
				if secretName.MatchString(k) {
					v = mask(v)
				}
				d.Env[k] = v
			}
			r.Docker = &d
		}
		cp.Runners[name] = r
	}
	return &cp
}
