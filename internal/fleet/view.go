package fleet

import (
	"encoding/json"
	"sort"
	"strings"
	"time"

	"go.etcd.io/etcd/api/v3/mvccpb"
	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/outrunner/outrunner/messages"
)

// view is what the node last read of the fleet.
type view struct {
	nodes map[string]nodeRecord
	// leases maps each node to the lease its record lives on.
	leases map[string]clientv3.LeaseID
	// candidates per scale set, oldest (the leader) first.
	candidates map[string][]candidate
	// placements per scale set, as their leaders last wrote them.
	placements map[string]messages.Placement
	// owners maps a scale set's runners to the nodes that registered them.
	owners map[string]map[string]string
	// inbox holds the job messages left for this node, oldest first.
	inbox []inboxEntry
	at    time.Time
}

type candidate struct {
	key  string
	rev  int64
	node string
}

// nodeRecord is a node's key in etcd.
type nodeRecord struct {
	Node      string     `json:"node"`
	ScaleSets []ScaleSet `json:"scale_sets"`
}

// parseView reads the keys under prefix, as node self: unreadable keys
// are skipped.
func parseView(prefix, self string, kvs []*mvccpb.KeyValue, at time.Time) view {
	v := view{nodes: map[string]nodeRecord{}, leases: map[string]clientv3.LeaseID{}, candidates: map[string][]candidate{},
		placements: map[string]messages.Placement{}, owners: map[string]map[string]string{}, at: at}
	for _, kv := range kvs {
		parts := strings.Split(strings.TrimPrefix(string(kv.Key), prefix+"/"), "/")
		switch {
		case len(parts) == 2 && parts[0] == "nodes":
			var r nodeRecord
			if json.Unmarshal(kv.Value, &r) == nil && r.Node != "" {
				v.nodes[r.Node] = r
				v.leases[r.Node] = clientv3.LeaseID(kv.Lease)
			}
		case len(parts) == 3 && parts[0] == "election":
			s := parts[1]
			v.candidates[s] = append(v.candidates[s], candidate{key: string(kv.Key), rev: kv.CreateRevision, node: string(kv.Value)})
		case len(parts) == 3 && parts[0] == "scalesets" && parts[2] == "placement":
			var p messages.Placement
			if json.Unmarshal(kv.Value, &p) == nil && p.Leader != "" {
				v.placements[parts[1]] = p
			}
		case len(parts) == 5 && parts[0] == "scalesets" && parts[2] == "inbox" && parts[3] == self:
			var e envelope
			if json.Unmarshal(kv.Value, &e) == nil && e.open() != nil {
				v.inbox = append(v.inbox, inboxEntry{key: string(kv.Key), rev: kv.ModRevision, scaleSet: parts[1], msg: e.open()})
			}
		case len(parts) == 3 && parts[0] == "registrations":
			var r registrationRecord
			if json.Unmarshal(kv.Value, &r) == nil && r.Node != "" {
				if v.owners[parts[1]] == nil {
					v.owners[parts[1]] = map[string]string{}
				}
				v.owners[parts[1]][parts[2]] = r.Node
			}
		}
	}
	for s := range v.candidates {
		sort.Slice(v.candidates[s], func(a, b int) bool { return v.candidates[s][a].rev < v.candidates[s][b].rev })
	}
	sort.Slice(v.inbox, func(a, b int) bool {
		if v.inbox[a].rev != v.inbox[b].rev {
			return v.inbox[a].rev < v.inbox[b].rev
		}
		return v.inbox[a].key < v.inbox[b].key
	})
	return v
}
