package supervisor

import (
	"github.com/asynkron/protoactor-go/actor"
	cmap "github.com/orcaman/concurrent-map"
)

// registryBuckets is how many concurrent maps of 32 shards each hold the
// actor system's processes (actors and futures) once shrinkRegistry ran.
const registryBuckets = 4

// shrinkRegistry replaces the process registry's 1,024 concurrent maps
// (32,768 Go maps) with registryBuckets of them, keeping the processes
// already registered. protoactor registers every actor and every request
// future there; the maps alone hold about 3 MB of heap, and as IDs spread
// over them each keeps its storage after its entry is removed: 12 MB after
// 100,000 requests, all of it scanned by every garbage collection. A
// daemon of a few thousand actors needs no such spread. It must run
// before the system spawns anything.
func shrinkRegistry(system *actor.ActorSystem) {
	small := &actor.SliceMap{LocalPIDs: make([]cmap.ConcurrentMap, registryBuckets)}
	for i := range small.LocalPIDs {
		small.LocalPIDs[i] = cmap.New()
	}
	for _, m := range system.ProcessRegistry.LocalPIDs.LocalPIDs {
		m.IterCb(func(id string, p any) { small.GetBucket(id).Set(id, p) })
	}
	system.ProcessRegistry.LocalPIDs = small
}
