package supervisor

import (
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"
)

func TestShrinkRegistryKeepsProcessesAndServesActors(t *testing.T) {
	system := actor.NewActorSystem()
	defer system.Shutdown()
	before := map[string]bool{}
	for _, m := range system.ProcessRegistry.LocalPIDs.LocalPIDs {
		m.IterCb(func(id string, _ any) { before[id] = true })
	}
	shrinkRegistry(system)
	if n := len(system.ProcessRegistry.LocalPIDs.LocalPIDs); n != registryBuckets {
		t.Fatalf("buckets = %d, want %d", n, registryBuckets)
	}
	for id := range before {
		if _, ok := system.ProcessRegistry.LocalPIDs.GetBucket(id).Get(id); !ok {
			t.Errorf("process %q was lost", id)
		}
	}

	pid, err := system.Root.SpawnNamed(actor.PropsFromFunc(func(c actor.Context) {
		if m, ok := c.Message().(string); ok {
			c.Respond(m + "!")
		}
	}), "echo")
	if err != nil {
		t.Fatal(err)
	}
	for range 100 {
		res, err := system.Root.RequestFuture(pid, "hi", 5*time.Second).Result()
		if err != nil || res != "hi!" {
			t.Fatalf("request = %v, %v", res, err)
		}
	}
	if _, err := system.Root.SpawnNamed(actor.PropsFromFunc(func(actor.Context) {}), "echo"); err != actor.ErrNameExists {
		t.Fatalf("second spawn of a name = %v, want ErrNameExists", err)
	}
	if err := system.Root.StopFuture(pid).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, ok := system.ProcessRegistry.Get(pid); ok {
		t.Error("stopped actor still registered")
	}
}
