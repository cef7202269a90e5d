package ghsim

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v4"
	"github.com/outrunner/outrunner/internal/logkey"
)

// Lifetimes of the tokens GitHub hands out during bootstrap.
const (
	registrationTokenTTL = time.Hour
	installationTokenTTL = time.Hour
)

// tokenResponse is GitHub's answer for registration and installation tokens.
type tokenResponse struct {
	Token     string    `json:"token"`
	ExpiresAt time.Time `json:"expires_at"`
}

// scopeKey names the org, repo or enterprise of a config URL path, or "" when
// the path names none.
func scopeKey(path string) string {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case len(parts) == 1 && parts[0] != "":
		return "org:" + strings.ToLower(parts[0])
	case len(parts) == 2 && strings.EqualFold(parts[0], "enterprises") && parts[1] != "":
		return "enterprise:" + strings.ToLower(parts[1])
	case len(parts) == 2 && parts[0] != "" && parts[1] != "":
		return "repo:" + strings.ToLower(parts[0]+"/"+parts[1])
	}
	return ""
}

// requestScope is the scope named by a registration-token request path.
func requestScope(r *http.Request) string {
	switch {
	case r.PathValue("org") != "":
		return "org:" + strings.ToLower(r.PathValue("org"))
	case r.PathValue("enterprise") != "":
		return "enterprise:" + strings.ToLower(r.PathValue("enterprise"))
	default:
		return "repo:" + strings.ToLower(r.PathValue("owner")+"/"+r.PathValue("repo"))
	}
}

// issue stores a new token in m, dropping expired ones. Call with tokMu held.
func issue(m map[string]credToken, token, credential string, ttl time.Duration) time.Time {
	now := time.Now()
	for k, v := range m {
		if now.After(v.expires) {
			delete(m, k)
		}
	}
	exp := now.Add(ttl)
	m[token] = credToken{credential: credential, expires: exp}
	return exp
}

func (s *Server) lookupToken(m map[string]credToken, token string) (string, bool) {
	if token == "" {
		return "", false
	}
	s.tokMu.RLock()
	t, ok := m[token]
	s.tokMu.RUnlock()
	if !ok || time.Now().After(t.expires) {
		return "", false
	}
	return t.credential, true
}

// handleRegistrationToken answers POST .../actions/runners/registration-token
// for an org, repo or enterprise: 201 with a registration token.
func (s *Server) handleRegistrationToken(w http.ResponseWriter, r *http.Request) {
	cred := bearer(r)
	credential := ""
	if subtle.ConstantTimeCompare([]byte(cred), []byte(s.opts.Token)) == 1 {
		credential = "pat"
	} else if c, ok := s.lookupToken(s.installTokens, cred); ok {
		credential = c
	} else {
		writeBadCredentials(w)
		return
	}
	tok := "SIMREG" + strings.ToUpper(randomToken(12))
	s.tokMu.Lock()
	exp := issue(s.regTokens, tok, credential+"|"+requestScope(r), registrationTokenTTL)
	s.tokMu.Unlock()
	writeJSON(w, http.StatusCreated, tokenResponse{Token: tok, ExpiresAt: exp.UTC().Truncate(time.Second)})
}

// handleAppToken answers POST /app/installations/{id}/access_tokens after
// verifying the app's RS256 JWT.
func (s *Server) handleAppToken(w http.ResponseWriter, r *http.Request) {
	var app *GitHubApp
	claims := &jwt.RegisteredClaims{}
	parser := jwt.NewParser(jwt.WithValidMethods([]string{jwt.SigningMethodRS256.Alg()}))
	_, err := parser.ParseWithClaims(bearer(r), claims, func(*jwt.Token) (any, error) {
		for i := range s.opts.Apps {
			if s.opts.Apps[i].issuerMatches(claims.Issuer) {
				app = &s.opts.Apps[i]
				return app.PublicKey, nil
			}
		}
		return nil, errors.New("unknown issuer")
	})
	if err != nil || claims.ExpiresAt == nil {
		s.log.Debug("rejected GitHub App JWT", logkey.Error, err)
		writeGitHubError(w, http.StatusUnauthorized, "A JSON web token could not be decoded")
		return
	}
	inst, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	known := false
	for _, id := range app.InstallationIDs {
		known = known || (err == nil && id == inst)
	}
	if !known {
		writeGitHubError(w, http.StatusNotFound, "Not Found")
		return
	}
	tok := "ghs_" + randomToken(18)
	s.tokMu.Lock()
	exp := issue(s.installTokens, tok, "app:"+claims.Issuer+":"+strconv.FormatInt(inst, 10), installationTokenTTL)
	s.tokMu.Unlock()
	writeJSON(w, http.StatusCreated, tokenResponse{Token: tok, ExpiresAt: exp.UTC().Truncate(time.Second)})
}

// registrationRequest is the body of POST /actions/runner-registration.
type registrationRequest struct {
	URL         string `json:"url"`
	RunnerEvent string `json:"runner_event"`
}

// handleRunnerRegistration exchanges a registration token for the Actions
// service URL and an admin JWT.
func (s *Server) handleRunnerRegistration(w http.ResponseWriter, r *http.Request) {
	h := r.Header.Get("Authorization")
	const p = "RemoteAuth "
	if !strings.HasPrefix(h, p) {
		writeBadCredentials(w)
		return
	}
	c, ok := s.lookupToken(s.regTokens, strings.TrimSpace(h[len(p):]))
	if !ok {
		writeBadCredentials(w)
		return
	}
	var req registrationRequest
	if err := decodeBody(r, &req); err != nil {
		writeGitHubError(w, http.StatusBadRequest, "Problems parsing JSON")
		return
	}
	credential, scope, _ := strings.Cut(c, "|")
	u, err := url.Parse(req.URL)
	if err != nil || scopeKey(u.Path) != scope {
		writeGitHubError(w, http.StatusNotFound, "Not Found")
		return
	}
	now := time.Now()
	exp := now.Add(s.opts.AdminTokenTTL)
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		Issuer:    "ghsim",
		Subject:   scope,
		Audience:  jwt.ClaimStrings{"actions"},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(exp),
		ID:        randomToken(8),
	}).SignedString(s.jwtKey)
	if err != nil {
		writeGitHubError(w, http.StatusInternalServerError, "signing token failed")
		return
	}
	s.tokMu.Lock()
	issue(s.adminTokens, tok, credential, s.opts.AdminTokenTTL)
	s.tokMu.Unlock()
	writeJSON(w, http.StatusCreated, map[string]string{
		"url":          s.base + actionsPrefix + "/",
		"token":        tok,
		"token_schema": "OAuthAccessToken",
	})
}

// admin guards an Actions-service handler with the admin JWT check.
func (s *Server) admin(fn http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, ok := s.lookupToken(s.adminTokens, bearer(r)); !ok {
			writeUnauthorized(w)
			return
		}
		fn(w, r)
	}
}

// adminCredential is the credential behind the request's admin JWT.
func (s *Server) adminCredential(r *http.Request) string {
	c, _ := s.lookupToken(s.adminTokens, bearer(r))
	return c
}
