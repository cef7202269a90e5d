package metrics

import (
	"context"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/outrunner/outrunner/internal/actorstats"
	"github.com/outrunner/outrunner/messages"
)

// scrapeTimeout bounds the status request behind a scrape.
const scrapeTimeout = 2 * time.Second

func desc(name, help string, labels ...string) *prometheus.Desc {
	return prometheus.NewDesc(prometheus.BuildFQName(ns, "", name), help, labels, nil)
}

var (
	runnersDesc      = desc("runners", "Runners by scale set and phase (provisioning, idle, running, stopping, warm: warm environments not yet bound).", "scale_set", "phase")
	maxRunnersDesc   = desc("scale_set_max_runners", "Configured max_runners of the scale set.", "scale_set")
	minIdleDesc      = desc("scale_set_min_idle", "Configured min_idle of the scale set.", "scale_set")
	capacityDesc     = desc("scale_set_capacity", "Capacity advertised to GitHub (0 without a message session, while draining or while the backend is unreachable).", "scale_set")
	desiredDesc      = desc("scale_set_desired_runners", "Runners the scale set aims for.", "scale_set")
	assignedDesc     = desc("scale_set_assigned_jobs", "Jobs GitHub assigned to the scale set (waiting and running), from GitHub's statistics.", "scale_set")
	availableDesc    = desc("scale_set_available_jobs", "Jobs available to the scale set (queued, not yet acquired), from GitHub's statistics.", "scale_set")
	acquiredDesc     = desc("scale_set_acquired_jobs", "Jobs the scale set acquired, from GitHub's statistics.", "scale_set")
	runningJobsDesc  = desc("scale_set_running_jobs", "Running jobs, from GitHub's statistics.", "scale_set")
	registeredDesc   = desc("scale_set_registered_runners", "Registered runners, from GitHub's statistics.", "scale_set")
	busyDesc         = desc("scale_set_busy_runners", "Busy runners, from GitHub's statistics.", "scale_set")
	idleDesc         = desc("scale_set_idle_runners", "Idle runners, from GitHub's statistics.", "scale_set")
	listeningDesc    = desc("listener_listening", "1 while the scale set's listener holds a message session.", "scale_set")
	healthyDesc      = desc("backend_healthy", "1 while the scale set's backend answers its health probe.", "scale_set", "backend")
	errorDesc        = desc("scale_set_error", "1 while a failure keeps the scale set from serving (its state names it).", "scale_set")
	servingDesc      = desc("scale_set_serving", "1 while the scale set serves jobs (its state is active).", "scale_set")
	stateDesc        = desc("scale_set_state", "1 for the scale set's current state (active, starting, auth_failed, unreachable, not_found, github_error, backend_down, giving_up, error, draining).", "scale_set", "state")
	drainingDesc     = desc("draining", "1 once the daemon is draining.")
	generationDesc   = desc("config_generation", "Configurations applied since the daemon started (1 at start).")
	reloadOKDesc     = desc("config_last_reload_successful", "1 if the last reload was applied (or none was tried), 0 if it was rejected.")
	actorsDesc       = desc("actors", "Live actors, by kind (root, scaleset, listener, runner).", "kind")
	mailboxDesc      = desc("actor_mailbox_depth", "Messages waiting in the mailboxes of the actors of a kind.", "kind")
	mailboxMaxDesc   = desc("actor_mailbox_depth_max", "The deepest mailbox among the actors of a kind.", "kind")
	fleetConnDesc    = desc("fleet_connected", "1 while this fleet node holds a live etcd lease and reads the fleet (only with a cluster section).", "node")
	fleetNodesDesc   = desc("fleet_nodes", "Live nodes of the fleet as this node last read them.", "node")
	fleetLeaderDesc  = desc("fleet_leader", "1 while this node leads the scale set in its fleet, else 0.", "node", "scale_set")
	fleetChangesDesc = desc("fleet_leader_changes_total", "Leaderships this node won or lost since it started.", "node")
	actorRestartDesc = desc("actor_restarts", "Restarts of the live actors of a kind, by their supervisor.", "kind")
)

// gauges reads the daemon's state at scrape time.
type gauges struct {
	status StatusFunc
	stats  *actorstats.Registry
}

// Describe sends every gauge description.
func (g *gauges) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{runnersDesc, maxRunnersDesc, minIdleDesc, capacityDesc, desiredDesc, assignedDesc,
		availableDesc, acquiredDesc, runningJobsDesc, registeredDesc, busyDesc, idleDesc, listeningDesc, healthyDesc, errorDesc, servingDesc, stateDesc, drainingDesc,
		generationDesc, reloadOKDesc, actorsDesc, mailboxDesc, mailboxMaxDesc, actorRestartDesc,
		fleetConnDesc, fleetNodesDesc, fleetLeaderDesc, fleetChangesDesc} {
		ch <- d
	}
}

// Collect reads the status and sends the gauges.
func (g *gauges) Collect(ch chan<- prometheus.Metric) {
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), scrapeTimeout)
	defer cancel()
	if st, err := g.status(ctx); err == nil {
		gauge(drainingDesc, boolValue(st.Draining))
		gauge(generationDesc, float64(st.Config.Generation))
		gauge(reloadOKDesc, boolValue(st.Config.LastReloadError == ""))
		for _, s := range st.ScaleSets {
			for _, p := range messages.Phases() {
				gauge(runnersDesc, float64(s.RunnerCount(p)), s.Name, p.String())
			}
			gauge(maxRunnersDesc, float64(s.MaxRunners), s.Name)
			gauge(minIdleDesc, float64(s.MinIdle), s.Name)
			gauge(capacityDesc, float64(s.Capacity), s.Name)
			gauge(desiredDesc, float64(s.Desired), s.Name)
			gauge(assignedDesc, float64(s.Statistics.AssignedJobs), s.Name)
			gauge(availableDesc, float64(s.Statistics.AvailableJobs), s.Name)
			gauge(acquiredDesc, float64(s.Statistics.AcquiredJobs), s.Name)
			gauge(runningJobsDesc, float64(s.Statistics.RunningJobs), s.Name)
			gauge(registeredDesc, float64(s.Statistics.RegisteredRunners), s.Name)
			gauge(busyDesc, float64(s.Statistics.BusyRunners), s.Name)
			gauge(idleDesc, float64(s.Statistics.IdleRunners), s.Name)
			gauge(listeningDesc, boolValue(s.Listener == messages.ListenerListening), s.Name)
			gauge(healthyDesc, boolValue(s.BackendHealthy), s.Name, s.Backend)
			gauge(errorDesc, boolValue(s.Error != ""), s.Name)
			gauge(servingDesc, boolValue(messages.Serving(s.State)), s.Name)
			gauge(stateDesc, 1, s.Name, s.State)
		}
		if f := st.Fleet; f != nil {
			gauge(fleetConnDesc, boolValue(f.Connected), f.Node)
			gauge(fleetNodesDesc, float64(len(f.Nodes)), f.Node)
			ch <- prometheus.MustNewConstMetric(fleetChangesDesc, prometheus.CounterValue, float64(f.LeaderChanges), f.Node)
			for _, s := range st.ScaleSets {
				gauge(fleetLeaderDesc, boolValue(slices.Contains(f.Leading, s.Name)), f.Node, s.Name)
			}
		}
	}
	if g.stats == nil {
		return
	}
	counts, restarts := map[string]float64{}, map[string]float64{}
	for _, a := range g.stats.Snapshot() {
		counts[a.Kind]++
		restarts[a.Kind] += float64(a.Restarts)
	}
	sum, largest := g.stats.MailboxDepths()
	for _, kind := range []string{"root", "scaleset", "listener", "runner"} {
		gauge(actorsDesc, counts[kind], kind)
		gauge(actorRestartDesc, restarts[kind], kind)
		gauge(mailboxDesc, float64(sum[kind]), kind)
		gauge(mailboxMaxDesc, float64(largest[kind]), kind)
	}
}

func boolValue(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
