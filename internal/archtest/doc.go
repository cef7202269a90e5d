// Package archtest holds no code: its tests check the shape of the module,
// that imports run one way (cmd → CLI wiring → supervisor → actors →
// {GitHub client, backends, journal} → {messages, config}), that no
// production package imports a test helper, and that the layout table of
// docs/architecture.md lists exactly what `go list` reports.
package archtest
