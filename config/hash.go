package config

import (
	"crypto/sha256"
	"encoding/hex"
)

// shortHash returns a short, non-reversible digest of a secret.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
}
