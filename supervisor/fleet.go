package supervisor

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/fleet"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/messages"
)

// loadInterval is how often a fleet node publishes its capacity and load.
const loadInterval = 2 * time.Second

// fleetChanged tells the root that this node's leadership of a scale set
// may have changed; it passes it on as messages.Leadership.
type fleetChanged struct{ scaleSet string }

// fleetOffer is what a node offers for each scale set of cfg: the scale
// set's max_runners, or what its backend can hold when that is less (0
// while its backend is down or its configuration unusable), its runners
// as the load and its ready warm environments. Once the status is known
// (st not nil), a scale set that drains or no longer runs (drained by an
// operator) is not offered: the node resigns it, so that another node
// serves it.
func fleetOffer(cfg *config.Config, st *messages.Status) []fleet.ScaleSet {
	out := make([]fleet.ScaleSet, 0, len(cfg.Runners))
	snaps := map[string]messages.ScaleSetSnapshot{}
	if st != nil {
		for _, s := range st.ScaleSets {
			snaps[s.Name] = s
		}
	}
	for name, rc := range cfg.Runners {
		offer := fleet.ScaleSet{Name: name, Backend: rc.ProviderType(), Capacity: rc.MaxRunners}
		if st != nil {
			s, ok := snaps[name]
			if !ok || s.State == messages.StateDraining {
				continue
			}
			for _, r := range s.Runners {
				if r.Phase == messages.RunnerWarm {
					offer.Warm++
				} else {
					offer.Load++
				}
			}
			offer.Capacity = min(offer.Capacity, s.NodeCapacity)
			if !s.BackendHealthy || s.State == messages.StateError {
				offer.Capacity = 0
			}
		}
		out = append(out, offer)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

// startFleet makes the daemon a node of its fleet; the etcd password is
// registered as a secret before anything could log it.
func startFleet(cfg *config.Config, logger *slog.Logger, secrets *logging.Secrets, onChange func(string), onMessage func(string, any)) (*fleet.Node, error) {
	password, err := config.ClusterPassword(cfg.Cluster, os.Getenv)
	if err != nil {
		return nil, err
	}
	if password != "" && secrets != nil {
		secrets.Add(password)
	}
	n, err := fleet.Start(fleet.Options{
		Cluster:   cfg.Cluster,
		Password:  password,
		ScaleSets: fleetOffer(cfg, nil),
		Logger:    logger,
		OnChange:  onChange,
		OnMessage: onMessage,
	})
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	return n, nil
}

// fleetMessage carries a job message the leader of a scale set forwarded
// to this node; the root passes it to the scale set.
type fleetMessage struct {
	scaleSet string
	msg      any
}

// deliverFleet passes a forwarded job message to its scale set.
func (d *Daemon) deliverFleet(scaleSet string, msg any) {
	if pid := d.rootPID.Load(); pid != nil {
		d.system.Root.Send(pid, &fleetMessage{scaleSet: scaleSet, msg: msg})
	}
}

// pokeFleet passes a leadership change to the scale set ("" for all).
func (d *Daemon) pokeFleet(scaleSet string) {
	if pid := d.rootPID.Load(); pid != nil {
		d.system.Root.Send(pid, &fleetChanged{scaleSet: scaleSet})
	}
}

// publishLoad keeps the node's record of capacity and load current until
// the daemon stops.
func (d *Daemon) publishLoad() {
	t := time.NewTicker(loadInterval)
	defer t.Stop()
	for {
		select {
		case <-d.done:
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), loadInterval)
		st, err := d.Status(ctx)
		cancel()
		if err != nil {
			continue
		}
		d.mu.Lock()
		cfg := d.cfg
		d.mu.Unlock()
		d.fleet.SetLoad(fleetOffer(cfg, st))
		// The fleet shares one GitHub rate limit: each node takes its part.
		d.deps.Pools.SetFleetShare(d.fleet.Size())
	}
}
