package messages

import "time"

// FleetStatus is a fleet node's view of its fleet (the daemon's cluster
// section): the live nodes with their capacity and load, and each scale
// set's leader.
type FleetStatus struct {
	// Node is this daemon's node name.
	Node string `json:"node"`
	// Connected is true while the node holds a live etcd lease and its
	// last read of the fleet succeeded.
	Connected bool `json:"connected"`
	// Error is the last etcd failure while not connected.
	Error string `json:"error,omitempty"`
	// LeaseTTL is the lifetime of the node's lease.
	LeaseTTL time.Duration `json:"lease_ttl_ns"`
	// Nodes are the live nodes, sorted by name.
	Nodes []FleetNode `json:"nodes"`
	// Leaders maps each scale set to the node that leads it ("" when
	// none does).
	Leaders map[string]string `json:"leaders"`
	// Leading lists the scale sets this node leads, sorted.
	Leading []string `json:"leading"`
	// Terms identifies each leadership in Leading by the etcd revision of
	// its election key: the same value in two reads means the node led
	// all along between them.
	Terms map[string]int64 `json:"terms,omitempty"`
	// LeaderChanges counts the leaderships this node won or lost.
	LeaderChanges int `json:"leader_changes"`
	// GitHubRateLimit and GitHubRateBurst are this node's part of
	// github.rate_limit and github.rate_burst: the configured values
	// divided by the live nodes (0 when unlimited).
	GitHubRateLimit float64 `json:"github_rate_limit"`
	GitHubRateBurst int     `json:"github_rate_burst"`
	// Placements are each scale set's runners per node, as its leader
	// last placed them (the node's last read).
	Placements map[string]map[string]int `json:"placements,omitempty"`
}

// FleetNode is one node as it registered itself.
type FleetNode struct {
	Name      string          `json:"name"`
	ScaleSets []FleetScaleSet `json:"scale_sets"`
}

// FleetScaleSet is a node's capacity and load for one scale set.
type FleetScaleSet struct {
	Name    string `json:"name"`
	Backend string `json:"backend"`
	// Capacity is how many runners the node can run for it now.
	Capacity int `json:"capacity"`
	// Load is how many runners the node runs for it.
	Load int `json:"load"`
	// Warm is how many ready warm environments the node holds for it.
	Warm int `json:"warm,omitempty"`
}

// FleetPeer is a node that can run a scale set's runners, as the scale
// set's leader places them.
type FleetPeer struct {
	// Node is the node's name.
	Node string
	// Capacity is how many runners the node can hold for the scale set.
	Capacity int
	// Load is how many runners it holds (busy ones past its share too).
	Load int
	// Warm is how many ready warm environments it holds.
	Warm int
}

// Placement is how a scale set's leader spreads its runners over the
// fleet: each node provisions its share with its own credentials.
type Placement struct {
	// ScaleSetID is GitHub's ID of the scale set, for JIT configs.
	ScaleSetID int `json:"scale_set_id"`
	// Leader is the node that placed them.
	Leader string `json:"leader"`
	// Shares maps a node to the runners it holds for the scale set (busy
	// and idle); a node not named holds none.
	Shares map[string]int `json:"shares"`
}

// Leadership tells a scale set that this node's leadership of it, or the
// leader's placement of its runners, may have changed; the scale set asks
// the fleet again before acting.
type Leadership struct{}

// Fleet states of a scale set on a fleet node (ScaleSetSnapshot.State).
const (
	// StateStandby: another node leads the scale set (and holds its
	// message session); this node runs the share of its runners the
	// leader places here, and takes over if the leader goes.
	StateStandby = "standby"
	// StateFleetUnreachable: the node has no live etcd lease; it keeps
	// its running jobs and starts no new work until etcd answers.
	StateFleetUnreachable = "fleet_unreachable"
)
