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
}

// Leadership tells a scale set that this node's leadership of it may have
// changed; the scale set asks the fleet again before acting.
type Leadership struct{}

// Fleet states of a scale set on a fleet node (ScaleSetSnapshot.State).
const (
	// StateStandby: another node leads the scale set; this node runs only
	// the runners it already had and takes over if the leader goes.
	StateStandby = "standby"
	// StateFleetUnreachable: the node has no live etcd lease; it keeps
	// its running jobs and starts no new work until etcd answers.
	StateFleetUnreachable = "fleet_unreachable"
)
