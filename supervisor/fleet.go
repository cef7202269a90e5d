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
// set's max_runners, and its live runners as the load.
func fleetOffer(cfg *config.Config, st *messages.Status) []fleet.ScaleSet {
	load, capacity := map[string]int{}, map[string]int{}
	for name, rc := range cfg.Runners {
		capacity[name] = rc.MaxRunners
	}
	if st != nil {
		for _, s := range st.ScaleSets {
			load[s.Name] = len(s.Runners)
			if !s.BackendHealthy || s.State == messages.StateDraining || s.State == messages.StateError {
				capacity[s.Name] = 0
			}
		}
	}
	out := make([]fleet.ScaleSet, 0, len(cfg.Runners))
	for name, rc := range cfg.Runners {
		out = append(out, fleet.ScaleSet{Name: name, Backend: rc.ProviderType(), Capacity: capacity[name], Load: load[name]})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

// startFleet makes the daemon a node of its fleet; the etcd password is
// registered as a secret before anything could log it.
func startFleet(cfg *config.Config, logger *slog.Logger, secrets *logging.Secrets, onChange func(string)) (*fleet.Node, error) {
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
	})
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	return n, nil
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
	}
}
