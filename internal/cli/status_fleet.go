package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/outrunner/outrunner/messages"
)

// writeFleet renders a fleet node's view: its connection, then a table of
// the live nodes with their capacity, the runners the leader placed there
// and their load per scale set, and which node leads each scale set. It writes nothing for a single host.
func writeFleet(w io.Writer, f *messages.FleetStatus) {
	if f == nil {
		return
	}
	fmt.Fprintln(w)
	conn := "connected to etcd"
	if !f.Connected {
		conn = "NOT CONNECTED to etcd (running jobs go on; no new work starts)"
		if f.Error != "" {
			conn += ": " + cut(f.Error)
		}
	}
	leading := "none"
	if len(f.Leading) > 0 {
		leading = strings.Join(f.Leading, ", ")
	}
	fmt.Fprintf(w, "fleet: node %s, %s, lease %s, leads %s, leadership changes %d\n", f.Node, conn, f.LeaseTTL, leading, f.LeaderChanges)
	if f.GitHubRateLimit > 0 {
		fmt.Fprintf(w, "github rate limit: this node's part %.3g/s, burst %d\n", f.GitHubRateLimit, f.GitHubRateBurst)
	}
	leaders := map[string]string{}
	for s, n := range f.Leaders {
		leaders[s] = n
	}
	tw := newTable(w)
	fmt.Fprintln(tw, "NODE\tSCALE SET\tBACKEND\tCAP\tPLACED\tLOAD\tLEADER")
	rows := 0
	for _, n := range f.Nodes {
		for _, s := range n.ScaleSets {
			lead := ""
			if leaders[s.Name] == n.Name {
				lead = "yes"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%s\n", n.Name, s.Name, s.Backend, s.Capacity, f.Placements[s.Name][n.Name], s.Load, orDash(lead))
			rows++
		}
	}
	if rows > 0 {
		_ = tw.Flush()
	}
	var noLeader []string
	for s, n := range leaders {
		if n == "" {
			noLeader = append(noLeader, s)
		}
	}
	sort.Strings(noLeader)
	if len(noLeader) > 0 {
		fmt.Fprintf(w, "no leader yet: %s\n", strings.Join(noLeader, ", "))
	}
}
