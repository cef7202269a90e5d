package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// CredentialsDirFile is the file name looked up in $CREDENTIALS_DIRECTORY
// (systemd LoadCredential) for a GitHub token.
const CredentialsDirFile = "github-token"

// Credentials is what a scale set authenticates to GitHub with: either a
// personal access token or GitHub App credentials.
type Credentials struct {
	// Token is a personal access token; empty when App is set.
	Token string
	// App holds GitHub App credentials with the private key loaded.
	App *AppCredentials
	// Source says where the credentials came from, for logs and status
	// (never the secret itself).
	Source string
}

// AppCredentials are GitHub App credentials with the key's PEM contents.
type AppCredentials struct {
	// ClientID is the client ID, or the app ID in decimal.
	ClientID string
	// InstallationID is the app installation.
	InstallationID int64
	// PrivateKey is the PEM-encoded private key. It is a secret.
	PrivateKey string
}

// Fingerprint identifies the credentials without revealing them, so that
// scale sets sharing credentials can share a client pool and a changed
// credential can be detected.
func (c Credentials) Fingerprint() string {
	if c.App != nil {
		return fmt.Sprintf("app:%s:%d:%s", c.App.ClientID, c.App.InstallationID, shortHash(c.App.PrivateKey))
	}
	return "pat:" + shortHash(c.Token)
}

// ResolveToken determines the global GitHub token using this precedence:
// flagToken (--token), the GITHUB_TOKEN environment variable,
// $CREDENTIALS_DIRECTORY/github-token (systemd credentials), then the
// global token_file.
func ResolveToken(flagToken string, cfg *Config) (string, error) {
	c, err := resolveCredentials(flagToken, cfg, nil, false)
	if err != nil {
		return "", err
	}
	return c.Token, nil
}

// ResolveRunnerToken is ResolveToken for one runner: its own token_file
// comes first.
func ResolveRunnerToken(flagToken string, cfg *Config, rc *RunnerConfig) (string, error) {
	c, err := resolveCredentials(flagToken, cfg, rc, false)
	if err != nil {
		return "", err
	}
	return c.Token, nil
}

// ResolveCredentials determines a runner's credentials: the runner's
// github_app, the runner's token_file, --token, GITHUB_TOKEN,
// $CREDENTIALS_DIRECTORY/github-token, the global github_app, then the
// global token_file. rc may be nil for the global credentials.
func ResolveCredentials(flagToken string, cfg *Config, rc *RunnerConfig) (Credentials, error) {
	return resolveCredentials(flagToken, cfg, rc, true)
}

func resolveCredentials(flagToken string, cfg *Config, rc *RunnerConfig, apps bool) (Credentials, error) {
	if rc != nil {
		if apps && rc.GitHubApp != nil {
			return appCredentials(rc.GitHubApp, fmt.Sprintf("runners.%s.github_app", rc.Name))
		}
		if rc.TokenFile != "" {
			return tokenFromFile(rc.TokenFile, fmt.Sprintf("runners.%s.token_file", rc.Name))
		}
	}
	if flagToken != "" {
		return Credentials{Token: flagToken, Source: "--token"}, nil
	}
	if t := strings.TrimSpace(os.Getenv("GITHUB_TOKEN")); t != "" {
		return Credentials{Token: t, Source: "GITHUB_TOKEN"}, nil
	}
	if dir := os.Getenv("CREDENTIALS_DIRECTORY"); dir != "" {
		path := filepath.Join(dir, CredentialsDirFile)
		if content, _, err := readSecretFile(path); err == nil && strings.TrimSpace(content) != "" {
			return Credentials{Token: strings.TrimSpace(content), Source: "$CREDENTIALS_DIRECTORY/" + CredentialsDirFile}, nil
		}
	}
	if apps && cfg.GitHubApp != nil {
		return appCredentials(cfg.GitHubApp, "github_app")
	}
	if cfg.TokenFile != "" {
		return tokenFromFile(cfg.TokenFile, "token_file")
	}
	return Credentials{}, errors.New("no GitHub credentials: set token_file or github_app in the config, pass --token, or set GITHUB_TOKEN")
}

func tokenFromFile(path, source string) (Credentials, error) {
	content, _, err := readSecretFile(path)
	if err != nil {
		return Credentials{}, fmt.Errorf("%s: %w", source, err)
	}
	t := strings.TrimSpace(content)
	if t == "" {
		return Credentials{}, fmt.Errorf("%s: the token file %s is empty", source, path)
	}
	return Credentials{Token: t, Source: source + " " + path}, nil
}

func appCredentials(app *GitHubApp, source string) (Credentials, error) {
	id := app.ClientID
	if id == "" && app.AppID > 0 {
		id = fmt.Sprint(app.AppID)
	}
	if id == "" || app.InstallationID <= 0 || app.PrivateKeyFile == "" {
		return Credentials{}, fmt.Errorf("%s: incomplete GitHub App credentials: client_id (or app_id), installation_id and private_key_file are required", source)
	}
	key, _, err := readSecretFile(app.PrivateKeyFile)
	if err != nil {
		return Credentials{}, fmt.Errorf("%s.private_key_file: %w", source, err)
	}
	if strings.TrimSpace(key) == "" {
		return Credentials{}, fmt.Errorf("%s.private_key_file: the private key file %s is empty", source, app.PrivateKeyFile)
	}
	return Credentials{
		App:    &AppCredentials{ClientID: id, InstallationID: app.InstallationID, PrivateKey: key},
		Source: source,
	}, nil
}

// ResolveURL determines the global GitHub URL: --url, then the config's url.
func ResolveURL(flagURL string, cfg *Config) (string, error) {
	if flagURL != "" {
		return flagURL, nil
	}
	if cfg.URL != "" {
		return cfg.URL, nil
	}
	return "", errors.New("no GitHub URL: set url in the config or pass --url")
}

// ResolveRunnerURL determines a runner's GitHub URL: its own url, then
// --url, then the global url.
func ResolveRunnerURL(flagURL string, cfg *Config, rc *RunnerConfig) (string, error) {
	if rc != nil && rc.URL != "" {
		return rc.URL, nil
	}
	u, err := ResolveURL(flagURL, cfg)
	if err != nil && rc != nil {
		return "", fmt.Errorf("runners.%s: %w", rc.Name, err)
	}
	return u, err
}

// readSecretFile reads a credential file. The warning is set when the file
// is readable by its group or by others.
func readSecretFile(path string) (content, warning string, err error) {
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", "", fmt.Errorf("the file %s does not exist", path)
		}
		return "", "", fmt.Errorf("cannot read %s: %w", path, errors.Unwrap(err))
	}
	if info.IsDir() {
		return "", "", fmt.Errorf("%s is a directory, not a file", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", "", fmt.Errorf("cannot read %s: %w", path, errors.Unwrap(err))
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		warning = fmt.Sprintf("%s is readable by other users (mode %04o); run chmod 600 %s", path, perm, path)
	}
	return string(b), warning, nil
}

// ScaleSetFingerprint identifies a scale set's GitHub URL and credentials
// without revealing the credentials: "URL|credentials fingerprint". A
// running daemon reports it per scale set, so that a configuration file can
// be compared with it (Diff).
func ScaleSetFingerprint(url string, c Credentials) string {
	return url + "|" + c.Fingerprint()
}

// Fingerprints resolves the URL and credentials of every runner entry, as
// the daemon would with the --url and --token values given, and returns
// their ScaleSetFingerprint by scale set name. Entries whose URL or
// credentials do not resolve are missing from fps and listed in errs.
func Fingerprints(flagURL, flagToken string, cfg *Config) (fps map[string]string, errs map[string]error) {
	fps, errs = map[string]string{}, map[string]error{}
	for name, rc := range cfg.Runners {
		url, err := ResolveRunnerURL(flagURL, cfg, &rc)
		if err != nil {
			errs[name] = err
			continue
		}
		creds, err := ResolveCredentials(flagToken, cfg, &rc)
		if err != nil {
			errs[name] = err
			continue
		}
		fps[name] = ScaleSetFingerprint(url, creds)
	}
	return fps, errs
}
