package journal

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func TestJournalSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "registrations.jsonl")
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []Entry{{ScaleSet: "a", Name: "a-1"}, {ScaleSet: "a", Name: "a-2"}, {ScaleSet: "b", Name: "b-1"}} {
		if err := j.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.Add(Entry{ScaleSet: "a", Name: "a-1", RunnerID: 42}); err != nil {
		t.Fatal(err)
	}
	if err := j.Remove("a", "a-2"); err != nil {
		t.Fatal(err)
	}
	// No Close: the file must already hold everything, as after a crash.
	j2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	got := j2.Entries("a")
	if len(got) != 1 || got[0].Name != "a-1" || got[0].RunnerID != 42 {
		t.Fatalf("entries of a = %+v", got)
	}
	if len(j2.Entries("")) != 2 {
		t.Fatalf("all entries = %+v", j2.Entries(""))
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("journal mode = %v, %v", info.Mode(), err)
	}
	_ = j.Close()
	_ = j2.Close()
}

func TestJournalSkipsTornLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	if err := os.WriteFile(path, []byte(`{"op":"+","scale_set":"a","name":"a-1"}`+"\n"+`{"op":"+","scale_s`), 0o600); err != nil {
		t.Fatal(err)
	}
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if got := j.Entries(""); len(got) != 1 || got[0].Name != "a-1" {
		t.Fatalf("entries = %+v", got)
	}
}

func TestJournalCompacts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				name := string(rune('a'+w)) + "-" + string(rune('0'+i%10))
				_ = j.Add(Entry{ScaleSet: "s", Name: name})
				_ = j.Remove("s", name)
			}
		}()
	}
	wg.Wait()
	if n := len(j.Entries("")); n != 0 {
		t.Fatalf("entries left: %d", n)
	}
	info, _ := os.Stat(path)
	if info.Size() > 200*1024 {
		t.Fatalf("journal not compacted: %d bytes", info.Size())
	}
}
