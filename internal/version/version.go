// Package version reports the outrunner build's version.
package version

import "runtime/debug"

// Version is set at build time with
// -ldflags "-X github.com/outrunner/outrunner/internal/version.Version=v1.2.3".
var Version = ""

// String returns the build's version: the linker-set value, else the module
// version recorded by the go tool, else "dev".
func String() string {
	if Version != "" {
		return Version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
