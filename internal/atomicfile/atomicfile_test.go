package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesOrKeeps(t *testing.T) {
	cases := []struct {
		name    string
		fill    func(*os.File) error
		want    string
		wantErr bool
	}{
		{name: "a write replaces the file", fill: func(f *os.File) error { _, err := f.WriteString("new"); return err }, want: "new"},
		{name: "a failed fill keeps the old content", fill: func(f *os.File) error {
			_, _ = f.WriteString("partial")
			return errors.New("boom")
		}, want: "old", wantErr: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "f.json")
			if err := Write(p, []byte("old")); err != nil {
				t.Fatal(err)
			}
			err := WriteFunc(p, tc.fill)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v", err)
			}
			b, err := os.ReadFile(p)
			if err != nil || string(b) != tc.want {
				t.Fatalf("content = %q, %v", b, err)
			}
			fi, _ := os.Stat(p)
			if fi.Mode().Perm() != Perm {
				t.Fatalf("mode = %v", fi.Mode())
			}
			if left, _ := filepath.Glob(filepath.Join(dir, "*"+TempSuffix)); len(left) != 0 {
				t.Fatalf("temporary files left: %v", left)
			}
		})
	}
}

func TestRemoveAndCleanTemp(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	if err := Remove(p); err != nil {
		t.Fatalf("removing a missing file: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".f.123"+TempSuffix), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if n := CleanTemp(dir); n != 1 {
		t.Fatalf("CleanTemp removed %d files", n)
	}
}
