// Command outrunner runs the outrunner daemon and its tools; see
// docs/reference/cli.md.
package main

import "github.com/outrunner/outrunner/internal/cli"

func main() {
	cli.Main()
}
