package simulate

import (
	"context"
	"slices"
	"time"
)

// takeoverStuckAfter is how long past the lease TTL a takeover may take
// before it is a violation rather than a slow sample.
const takeoverStuckAfter = 30 * time.Second

// disrupt kills a leading node (--kill-leader) once a quarter of the
// jobs completed, then freezes one (--freeze-node) once half did.
func (f *fleetRun) disrupt(ctx context.Context) {
	if f.o.KillLeader {
		if !f.awaitProgress(ctx, f.o.Jobs/4) {
			return
		}
		f.killLeader(ctx)
	}
	if f.o.FreezeNode {
		if !f.awaitProgress(ctx, f.o.Jobs/2) {
			return
		}
		f.freezeLeader(ctx)
	}
}

// awaitProgress waits until done jobs completed, jobs remain and some node
// leads; it reports whether ctx is still live and jobs remain.
func (f *fleetRun) awaitProgress(ctx context.Context, done int) bool {
	for {
		jc := f.server.State().JobCounts()
		if jc.Completed+jc.Canceled >= f.o.Jobs {
			return false
		}
		if n, _ := f.leader(); n != nil && jc.Completed >= done {
			return true
		}
		if !sleep(ctx, 50*time.Millisecond) {
			return false
		}
	}
}

// takeDown takes the node leading the most scale sets down with signal
// and counts it; it returns the node (nil when none leads), when it went
// down and the scale sets it led. The monitor leaves the node alone until
// setDown(n, false).
func (f *fleetRun) takeDown(signal func(*daemonProcess), count *int) (*fleetNode, time.Time, []string) {
	n, sets := f.leader()
	if n == nil {
		return nil, time.Time{}, nil
	}
	at := time.Now()
	f.setDown(n, true)
	signal(n.daemon)
	f.mu.Lock()
	*count++
	f.mu.Unlock()
	return n, at, sets
}

// killLeader SIGKILLs the node leading the most scale sets, measures the
// takeover, and starts the node again, as after a crash: it rejoins as a
// follower and adopts or destroys what it left.
func (f *fleetRun) killLeader(ctx context.Context) {
	n, at, sets := f.takeDown((*daemonProcess).kill, &f.rep.LeaderKills)
	if n == nil {
		return
	}
	f.awaitTakeover(ctx, "the kill of "+n.name, at, sets)
	if err := n.daemon.start(); err != nil {
		f.c.violation("restarting %s: %v", n.name, err)
		return
	}
	f.setDown(n, false)
}

// freezeLeader SIGSTOPs the node leading the most scale sets for longer
// than its lease, measures the takeover, and resumes it: from then on the
// monitor sees whether it still claims a leadership it lost.
func (f *fleetRun) freezeLeader(ctx context.Context) {
	n, at, sets := f.takeDown((*daemonProcess).freeze, &f.rep.NodeFreezes)
	if n == nil {
		return
	}
	defer func() {
		n.daemon.thaw()
		f.setDown(n, false)
	}()
	f.awaitTakeover(ctx, "the freeze of "+n.name, at, sets)
	sleep(ctx, time.Until(at.Add(f.o.LeaseTTL+2*time.Second)))
}

// awaitTakeover waits for the first job of one of sets started after at
// and keeps its delay as a sample; nothing waiting on those scale sets is
// no sample, and a takeover slower than the lease TTL plus
// takeoverStuckAfter is a violation.
func (f *fleetRun) awaitTakeover(ctx context.Context, what string, at time.Time, sets []string) {
	ids := []int{} // not nil: only these scale sets' jobs count
	for _, ss := range f.server.State().ScaleSets {
		if slices.Contains(sets, ss.Name) {
			ids = append(ids, ss.ID)
		}
	}
	limit := f.o.LeaseTTL + takeoverStuckAfter
	for {
		first, waiting := firstStartAfter(f.server.State(), at, ids)
		switch {
		case !first.IsZero():
			f.mu.Lock()
			f.samples = append(f.samples, first.Sub(at))
			f.mu.Unlock()
			return
		case !waiting && time.Since(at) > f.o.LeaseTTL:
			return // nothing of those scale sets waited to start
		case time.Since(at) > limit:
			f.c.violation("after %s: no job of %v started within %v", what, sets, limit)
			return
		}
		if !sleep(ctx, 20*time.Millisecond) {
			return
		}
	}
}
