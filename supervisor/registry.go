package supervisor

import cmap "github.com/orcaman/concurrent-map"

// protoactor's process registry, which holds every actor and every request
// future, is 1,024 concurrent maps of cmap.SHARD_COUNT Go maps each: with
// the default of 32 shards that is 32,768 maps, about 3 MB of heap at
// start, and as IDs spread over them each keeps its storage after its
// entry is removed: 12 MB after 100,000 requests, all of it scanned by
// every garbage collection. With one shard per map the registry is 1,024
// maps, each with its own lock, which is concurrency enough for the
// daemon. The setting applies to every concurrent map of the process, so
// it is made before any exists; protoactor's registry is the only user.
func init() { cmap.SHARD_COUNT = 1 }
