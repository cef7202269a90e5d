package docker

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/stdcopy"

	"github.com/outrunner/outrunner/internal/scrub"
)

// TestLogTail: the container log tail is scrubbed of the JIT config before
// it is cut to LogTailBytes, on stdout and stderr alike.
func TestLogTail(t *testing.T) {
	secret := strings.Repeat("aml0LWNvbmZpZy0xMjM0NTY3ODkw/+", 12)
	long := strings.Repeat("noise\n", LogTailBytes/6)
	tests := []struct {
		name, stdout, stderr string
		want                 string // the tail's end
	}{
		{name: "raw", stdout: "jit=" + secret + "\n", stderr: "failed\n", want: "failed"},
		{name: "across the cut", stdout: long[:LogTailBytes-100] + secret + long[:LogTailBytes-100] + "end\n", want: "end"},
		{name: "json escaped", stderr: `{"jit":"` + strings.ReplaceAll(secret, "/", `\/`) + `"}` + "\n", want: `{"jit":"` + scrub.Redacted + `"}`},
		{name: "repeated", stdout: strings.Repeat(secret, 100), want: scrub.Redacted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if !strings.HasSuffix(r.URL.Path, "/containers/c1/logs") {
					http.NotFound(w, r)
					return
				}
				_, _ = stdcopy.NewStdWriter(w, stdcopy.Stdout).Write([]byte(tt.stdout))
				_, _ = stdcopy.NewStdWriter(w, stdcopy.Stderr).Write([]byte(tt.stderr))
			}))
			defer srv.Close()
			cli, err := client.NewClientWithOpts(client.WithHost("tcp://"+strings.TrimPrefix(srv.URL, "http://")), client.WithVersion("1.45"))
			if err != nil {
				t.Fatal(err)
			}
			defer cli.Close()
			tail, err := logTail(context.Background(), cli, "c1", secret)
			if err != nil {
				t.Fatal(err)
			}
			if len(tail) > LogTailBytes || !strings.HasSuffix(tail, tt.want) {
				t.Errorf("tail of %d bytes ends in %q, want at most %d bytes ending in %q", len(tail), tail[max(0, len(tail)-40):], LogTailBytes, tt.want)
			}
			for i := 0; i+scrub.Window <= len(secret); i++ {
				if w := secret[i : i+scrub.Window]; strings.Contains(tail, w) {
					t.Fatalf("tail holds %q of the JIT config", w)
				}
			}
		})
	}
}
