package supervisor

import (
	"runtime"
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"
)

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func TestProcessRegistryStaysSmall(t *testing.T) {
	base := heapInUse()
	system := actor.NewActorSystem()
	defer system.Shutdown()
	pid, err := system.Root.SpawnNamed(actor.PropsFromFunc(func(c actor.Context) {
		if m, ok := c.Message().(string); ok {
			c.Respond(m + "!")
		}
	}), "echo")
	if err != nil {
		t.Fatal(err)
	}
	for range 20000 {
		res, err := system.Root.RequestFuture(pid, "hi", 5*time.Second).Result()
		if err != nil || res != "hi!" {
			t.Fatalf("request = %v, %v", res, err)
		}
	}
	// With protoactor's default of 32 shards: 3 MB at start, more with
	// every request.
	if grown := int64(heapInUse()) - int64(base); grown > 1<<20 {
		t.Errorf("the actor system and its registry hold %d KB of heap", grown>>10)
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
