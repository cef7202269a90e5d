package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/knadh/koanf/providers/env/v2"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/providers/posflag"
	"github.com/knadh/koanf/v2"
	"github.com/spf13/pflag"
)

// EnvPrefix prefixes every environment variable that sets a configuration key.
const EnvPrefix = "OUTRUNNER_"

// Sources named in problems that do not come from the file.
const (
	sourceEnv   = "environment"
	sourceFlags = "command line"
)

// LoadOptions says where a configuration comes from. Later sources win:
// the file, then OUTRUNNER_* environment variables, then flags.
type LoadOptions struct {
	// Path is the configuration file.
	Path string
	// Environ is the environment to read (KEY=value); nil means os.Environ.
	Environ []string
	// Flags holds parsed command-line flags; only flags the user changed
	// and that FlagKeys names are applied.
	Flags *pflag.FlagSet
	// FlagKeys maps flag names to configuration keys, e.g.
	// "max-runners" → "max_runners". Nil means DefaultFlagKeys.
	FlagKeys map[string]string
	// SkipCredentialChecks leaves out checks that read token and key files
	// (used when those files live on another machine).
	SkipCredentialChecks bool
	// Check checks each runner's backend block; its problems are reported
	// like the loader's own. Nil skips the backend checks: pass
	// backends/all.Check wherever the configuration is going to be run.
	Check RunnerCheck
}

// DefaultFlagKeys maps the CLI's configuration flags to keys.
var DefaultFlagKeys = map[string]string{
	"url":         "url",
	"max-runners": "max_runners",
	"log-level":   "log.level",
	"log-format":  "log.format",
}

// Result is a loaded configuration with what was found while loading it.
type Result struct {
	// Config is the effective configuration (defaults applied).
	Config *Config
	// Warnings are problems that do not stop the configuration from loading.
	Warnings []Problem
	// Lines maps key paths to their line in the file, for messages.
	Lines map[string]int
}

// LoadConfig reads, parses and validates a configuration file, applying
// defaults. It does not consult the environment or flags, and it does not
// check backend blocks (LoadOptions.Check).
func LoadConfig(path string) (*Config, error) {
	res, err := Load(LoadOptions{Path: path, Environ: []string{}})
	if err != nil {
		return nil, err
	}
	return res.Config, nil
}

// Load reads the configuration from its sources, applies defaults and
// validates it. The error, if any, is a *ValidationError listing every
// problem found, each naming its source, line and key.
func Load(opts LoadOptions) (*Result, error) {
	probs := &problems{}
	k := koanf.New(".")

	parser := newYAMLParser(opts.Path, probs)
	fileRead := true
	if err := k.Load(file.Provider(opts.Path), parser); err != nil {
		fileRead = false
		probs.add(SeverityError, opts.Path, 0, "", "%s", describeReadError(opts.Path, err))
	}

	environ := opts.Environ
	if environ == nil {
		environ = os.Environ()
	}
	origins := map[string]origin{}
	loadEnv(k, environ, probs, origins)

	if opts.Flags != nil {
		flagKeys := opts.FlagKeys
		if flagKeys == nil {
			flagKeys = DefaultFlagKeys
		}
		loadFlags(k, opts.Flags, flagKeys, probs, origins)
	}

	cfg := &Config{}
	if err := k.Unmarshal("", cfg); err != nil {
		probs.add(SeverityError, opts.Path, 0, "", "cannot decode the configuration: %v", err)
	}
	if cfg.Runners == nil {
		cfg.Runners = map[string]RunnerConfig{}
	}
	applyDefaults(cfg, k.Exists)

	// A file that cannot be read or parsed is reported alone: validating
	// what is left of it would only add false problems (no runners).
	if fileRead && !parser.unreadable {
		v := &validator{cfg: cfg, source: opts.Path, lines: parser.lines, origins: origins, probs: probs,
			runnerKeys: parser.runnerKeys, readFiles: !opts.SkipCredentialChecks, check: opts.Check, environ: environ}
		v.validate()
	}

	errs, warns := probs.split()
	res := &Result{Config: cfg, Warnings: warns, Lines: parser.lines}
	if len(errs) > 0 {
		return res, &ValidationError{Problems: errs}
	}
	return res, nil
}

// origin is where a key's value came from when not from the file: an
// environment variable or a flag.
type origin struct {
	// source is sourceEnv or sourceFlags.
	source string
	// name is the variable (OUTRUNNER_LOG_LEVEL) or flag (--log-level).
	name string
}

// describeReadError turns a file read error into a message for people; a
// missing file says where outrunner looked and how to get a configuration.
func describeReadError(path string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		where := "outrunner looked for it here; --config FILE reads another file"
		if path == DefaultConfigPath {
			where = "outrunner looked for it here, the default path; --config FILE reads another file"
		}
		return "the configuration file does not exist (" + where + ")\n" +
			"  to get one, run `outrunner init --backend docker` to write a starting configuration,\n" +
			"  or copy the commented example packaging/config.yml of the outrunner sources to " + path + " and edit url and runners"
	case errors.Is(err, fs.ErrPermission):
		return "the configuration file cannot be read: permission denied"
	}
	return fmt.Sprintf("cannot read the configuration file: %v", err)
}

// envKey describes one configuration key settable from the environment.
type envKey struct {
	key  string
	kind reflect.Type
}

// envKeys maps OUTRUNNER_* variable names to the global scalar keys they
// set: OUTRUNNER_LOG_LEVEL sets log.level, OUTRUNNER_MAX_RUNNERS sets
// max_runners. Runner entries cannot be set from the environment.
func envKeys() map[string]envKey {
	out := map[string]envKey{}
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for key, f := range fieldsByKey(t) {
			full := join(prefix, key)
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch {
			case ft == durationType:
			case ft.Kind() == reflect.Struct:
				walk(ft, full)
				continue
			case ft.Kind() == reflect.Map, ft.Kind() == reflect.Slice:
				continue
			}
			name := EnvPrefix + strings.ToUpper(strings.ReplaceAll(full, ".", "_"))
			out[name] = envKey{key: full, kind: ft}
		}
	}
	walk(reflect.TypeOf(Config{}), "")
	return out
}

// EnvVars lists the environment variables that set configuration keys,
// sorted, as "NAME → key".
func EnvVars() []string {
	var out []string
	for name, k := range envKeys() {
		out = append(out, name+" → "+k.key)
	}
	sort.Strings(out)
	return out
}

func loadEnv(k *koanf.Koanf, environ []string, probs *problems, origins map[string]origin) {
	known := envKeys()
	names := make([]string, 0, len(known))
	for name := range known {
		names = append(names, name)
	}
	sort.Strings(names)
	provider := env.Provider(".", env.Opt{
		Prefix:      EnvPrefix,
		EnvironFunc: func() []string { return environ },
		TransformFunc: func(name, value string) (string, any) {
			ek, ok := known[name]
			if !ok {
				msg := "not a configuration variable; it is ignored"
				if s := suggest(name, names); s != "" {
					msg += fmt.Sprintf(" (did you mean %s?)", s)
				}
				probs.add(SeverityWarning, sourceEnv, 0, name, "%s", msg)
				return "", nil
			}
			v, err := parseScalar(value, ek.kind)
			if err != nil {
				probs.add(SeverityError, sourceEnv, 0, name, "%v", err)
				return "", nil
			}
			origins[ek.key] = origin{source: sourceEnv, name: name}
			return ek.key, v
		},
	})
	if err := k.Load(provider, nil); err != nil {
		probs.add(SeverityError, sourceEnv, 0, "", "cannot read the environment: %v", err)
	}
}

func loadFlags(k *koanf.Koanf, fs *pflag.FlagSet, flagKeys map[string]string, probs *problems, origins map[string]origin) {
	provider := posflag.ProviderWithFlag(fs, ".", k, func(f *pflag.Flag) (string, any) {
		key, ok := flagKeys[f.Name]
		if !ok || !f.Changed {
			return "", nil
		}
		origins[key] = origin{source: sourceFlags, name: "--" + f.Name}
		return key, posflag.FlagVal(fs, f)
	})
	if err := k.Load(provider, nil); err != nil {
		probs.add(SeverityError, sourceFlags, 0, "", "cannot read the flags: %v", err)
	}
}

// parseScalar converts an environment value to the kind of its key.
func parseScalar(s string, t reflect.Type) (any, error) {
	switch {
	case t == durationType:
		var d Duration
		if err := d.UnmarshalText([]byte(s)); err != nil {
			return nil, err
		}
		return s, nil
	case t.Kind() == reflect.String:
		return s, nil
	case t.Kind() == reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return nil, fmt.Errorf("expected true or false, got %q", s)
		}
		return b, nil
	case t.Kind() == reflect.Int, t.Kind() == reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("expected a whole number, got %q", s)
		}
		return n, nil
	case t.Kind() == reflect.Float64:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("expected a number, got %q", s)
		}
		return f, nil
	}
	return nil, fmt.Errorf("cannot be set from the environment")
}
