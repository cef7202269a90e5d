package fleet

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/logkey"
)

// registrationRecord is a runner registration as the fleet sees it: the
// journal entry of the node that holds it.
type registrationRecord struct {
	Node string `json:"node"`
	journal.Entry
}

// regOp is a pending write of a registration record: the record to put,
// or nil to delete it.
type regOp struct {
	rec *registrationRecord
}

// Registrations shows the fleet the runner registrations this node holds
// and names those of nodes that left it. Records live outside any lease,
// under <prefix>/registrations/<scale set>/<runner>, so that they outlive
// their node: the leader of the scale set removes a departed node's
// registrations from GitHub and then their records.
type Registrations struct {
	n *Node
	// pending holds the latest write per record key, written behind by
	// one goroutine in order of nothing but the key: only the last write
	// of a key matters.
	mu      sync.Mutex
	pending map[string]regOp
	wake    chan struct{}
	done    chan struct{}
}

// Registrations returns the node's registration records (for
// actors.Deps.Registrations).
func (n *Node) Registrations() *Registrations { return n.regs }

func newRegistrations(n *Node) *Registrations {
	return &Registrations{n: n, pending: map[string]regOp{}, wake: make(chan struct{}, 1), done: make(chan struct{})}
}

func (r *Registrations) key(scaleSet, name string) string {
	return r.n.key("registrations", scaleSet, name)
}

// Add records a registration this node holds; it returns at once.
func (r *Registrations) Add(e journal.Entry) {
	r.queue(r.key(e.ScaleSet, e.Name), regOp{rec: &registrationRecord{Node: r.n.name, Entry: e}})
}

// Remove forgets a registration (this node's, or a departed node's that
// the leader removed); it returns at once.
func (r *Registrations) Remove(scaleSet, name string) {
	r.queue(r.key(scaleSet, name), regOp{})
}

func (r *Registrations) queue(key string, op regOp) {
	r.mu.Lock()
	r.pending[key] = op
	r.mu.Unlock()
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// Orphans returns the registrations of scaleSet recorded by nodes that are
// no longer in the fleet. The nodes are read after the records, so that a
// node that joined and then registered a runner is never taken for gone.
func (r *Registrations) Orphans(ctx context.Context, scaleSet string) ([]journal.Entry, error) {
	recs, err := r.n.client.Get(ctx, r.n.key("registrations", scaleSet)+"/", clientv3.WithPrefix())
	if err != nil {
		return nil, err
	}
	if len(recs.Kvs) == 0 {
		return nil, nil
	}
	nodes, err := r.n.client.Get(ctx, r.n.key("nodes")+"/", clientv3.WithPrefix(), clientv3.WithKeysOnly())
	if err != nil {
		return nil, err
	}
	live := map[string]bool{r.n.name: true}
	base := r.n.key("nodes") + "/"
	for _, kv := range nodes.Kvs {
		live[strings.TrimPrefix(string(kv.Key), base)] = true
	}
	var out []journal.Entry
	for _, kv := range recs.Kvs {
		var rec registrationRecord
		if err := json.Unmarshal(kv.Value, &rec); err != nil || rec.Name == "" || rec.ScaleSet != scaleSet {
			continue
		}
		if !live[rec.Node] {
			out = append(out, rec.Entry)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out, nil
}

// run writes the pending records until the node closes; a failed write
// stays pending and is tried again.
func (r *Registrations) run() {
	defer close(r.done)
	var retry <-chan time.Time // set after a failed write
	for {
		select {
		case <-r.n.ctx.Done():
			return
		case <-r.wake:
		case <-retry:
		}
		retry = nil
		r.mu.Lock()
		keys := make([]string, 0, len(r.pending))
		for k := range r.pending {
			keys = append(keys, k)
		}
		r.mu.Unlock()
		sort.Strings(keys)
		failed := false
		for _, k := range keys {
			r.mu.Lock()
			op, ok := r.pending[k]
			r.mu.Unlock()
			if !ok {
				continue
			}
			if err := r.write(k, op); err != nil {
				r.n.log.Debug("cannot write a registration record; retrying", logkey.Key, k, logkey.Error, err)
				failed = true
				break
			}
			r.mu.Lock()
			if cur, ok := r.pending[k]; ok && cur == op {
				delete(r.pending, k)
			}
			r.mu.Unlock()
		}
		if failed {
			retry = time.After(r.n.timing.Retry * 4)
		}
	}
}

func (r *Registrations) write(key string, op regOp) error {
	ctx, cancel := context.WithTimeout(r.n.ctx, 2*time.Second)
	defer cancel()
	if op.rec == nil {
		_, err := r.n.client.Delete(ctx, key)
		return err
	}
	b, err := json.Marshal(op.rec)
	if err != nil {
		return fmt.Errorf("encoding the registration record: %w", err)
	}
	_, err = r.n.client.Put(ctx, key, string(b))
	return err
}
