package sdnotify

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// listen opens a fake systemd notification socket and points
// $NOTIFY_SOCKET at it.
func listen(t *testing.T, name string) *net.UnixConn {
	t.Helper()
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	t.Setenv(SocketEnv, name)
	return conn
}

// receive reads one datagram.
func receive(t *testing.T, conn *net.UnixConn) string {
	t.Helper()
	if err := conn.SetReadDeadline(time.Now().Add(5 * time.Second)); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	n, err := conn.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	return string(buf[:n])
}

func TestNotify(t *testing.T) {
	names := map[string]string{}
	dir, err := os.MkdirTemp("", "sdn")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	names["path"] = filepath.Join(dir, "notify")
	if runtime.GOOS == "linux" {
		names["abstract"] = fmt.Sprintf("@outrunner-sdnotify-test-%d", os.Getpid())
	}
	for kind, name := range names {
		t.Run(kind, func(t *testing.T) {
			conn := listen(t, name)
			tests := []struct {
				states []string
				want   string
			}{
				{[]string{Ready, Status("Serving 2 scale sets")}, "READY=1\nSTATUS=Serving 2 scale sets"},
				{[]string{Stopping, Status("Draining:\nwaiting for 3 jobs")}, "STOPPING=1\nSTATUS=Draining: waiting for 3 jobs"},
				{[]string{MainPID(1234)}, "MAINPID=1234"},
			}
			for _, tc := range tests {
				if err := Notify(tc.states...); err != nil {
					t.Fatal(err)
				}
				if got := receive(t, conn); got != tc.want {
					t.Errorf("got %q, want %q", got, tc.want)
				}
			}
			if err := Notify(Reloading()); err != nil {
				t.Fatal(err)
			}
			got := receive(t, conn)
			usec, ok := strings.CutPrefix(got, "RELOADING=1\nMONOTONIC_USEC=")
			if n, err := strconv.ParseInt(usec, 10, 64); !ok || err != nil || n <= 0 {
				t.Errorf("reloading sent %q", got)
			}
		})
	}
}

func TestNotifyWithoutSystemd(t *testing.T) {
	t.Setenv(SocketEnv, "")
	if err := Notify(Ready); err != nil {
		t.Fatalf("unset NOTIFY_SOCKET: %v", err)
	}
	for _, tc := range []struct{ name, want string }{
		{"relative/notify", "neither an absolute path nor an abstract socket"},
		{"/nonexistent-dir/notify", "sdnotify:"},
	} {
		t.Setenv(SocketEnv, tc.name)
		if err := Notify(Ready); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}
