package journal

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJournalToleratesDamage checks that a journal cut at any byte (a
// crash mid-append) or damaged opens, keeps every whole record before the
// damage, and is rewritten without it.
func TestJournalToleratesDamage(t *testing.T) {
	whole := `{"op":"+","scale_set":"a","name":"a-1","created_at":"2026-01-01T00:00:00Z"}` + "\n" +
		`{"op":"+","scale_set":"a","name":"a-2","created_at":"2026-01-01T00:00:00Z"}` + "\n"
	first := strings.Index(whole, "\n") + 1
	cases := []struct {
		name        string
		content     string
		wantNames   int
		wantSkipped int
	}{
		{name: "empty file", content: "", wantNames: 0},
		{name: "whole file", content: whole, wantNames: 2},
		{name: "torn last line", content: whole[:first+20], wantNames: 1, wantSkipped: 1},
		{name: "garbage line in the middle", content: whole[:first] + "\x00\x00{oops\n" + whole[first:], wantNames: 2, wantSkipped: 1},
		{name: "a huge damaged line", content: strings.Repeat("x", 200000) + "\n" + whole, wantNames: 2, wantSkipped: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			j, err := Open(path)
			if err != nil {
				t.Fatalf("open: %v", err)
			}
			defer j.Close()
			if got := len(j.Entries("")); got != tc.wantNames {
				t.Fatalf("entries = %d, want %d", got, tc.wantNames)
			}
			if j.Skipped() != tc.wantSkipped {
				t.Fatalf("skipped = %d, want %d", j.Skipped(), tc.wantSkipped)
			}
			if err := j.Add(Entry{ScaleSet: "a", Name: "a-3"}); err != nil {
				t.Fatal(err)
			}
			j2, err := Open(path)
			if err != nil || j2.Skipped() != 0 || len(j2.Entries("")) != tc.wantNames+1 {
				t.Fatalf("reopened after compaction: skipped %d, entries %d, %v", j2.Skipped(), len(j2.Entries("")), err)
			}
			_ = j2.Close()
		})
	}
}

// TestSessionsRecord checks the session record: written durably and
// owner-only, forgotten only for the session it names, and a damaged file
// reported and ignored.
func TestSessionsRecord(t *testing.T) {
	cases := []struct {
		name        string
		content     string
		wantProblem bool
	}{
		{name: "no file"},
		{name: "torn file", content: `[{"scale_set":"a","sess`, wantProblem: true},
		{name: "empty file", content: "", wantProblem: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := SessionsPath(t.TempDir())
			if tc.name != "no file" {
				if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			s, problem := OpenSessions(path)
			if (problem != nil) != tc.wantProblem {
				t.Fatalf("problem = %v", problem)
			}
			if err := s.Put(Session{ScaleSet: "a", ScaleSetID: 1, SessionID: "s1"}); err != nil {
				t.Fatal(err)
			}
			if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
				t.Fatalf("record: %v, %v", fi, err)
			}
			again, problem := OpenSessions(path)
			if e, ok := again.Get("a"); problem != nil || !ok || e.SessionID != "s1" {
				t.Fatalf("reopened: %+v %v %v", e, ok, problem)
			}
			if err := s.Forget("a", "other"); err != nil {
				t.Fatal(err)
			}
			if _, ok := s.Get("a"); !ok {
				t.Fatal("forgetting another session forgot this one")
			}
			if err := s.Forget("a", "s1"); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Fatalf("an empty record was kept: %v", err)
			}
		})
	}
}
