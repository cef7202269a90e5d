// Package sdnotify tells systemd about the daemon's state (sd_notify(3)):
// readiness, reloads, shutdown and a status line, sent as datagrams to the
// unix socket named by $NOTIFY_SOCKET. Without $NOTIFY_SOCKET (not started
// by systemd with Type=notify) every call does nothing.
package sdnotify

import (
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// SocketEnv is the environment variable holding systemd's notification socket.
const SocketEnv = "NOTIFY_SOCKET"

// Well-known states.
const (
	// Ready tells systemd that start-up has finished.
	Ready = "READY=1"
	// Stopping tells systemd that the daemon is shutting down (draining).
	Stopping = "STOPPING=1"
	// reloading starts a reload; Reloading adds the timestamp systemd needs.
	reloading = "RELOADING=1"
)

// Reloading returns the states that tell systemd a configuration reload
// has begun: RELOADING=1 with MONOTONIC_USEC, the CLOCK_MONOTONIC time
// Type=notify-reload requires. Send Ready once the reload is done.
func Reloading() string {
	var ts unix.Timespec
	usec := int64(0)
	if unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts) == nil {
		usec = ts.Nano() / int64(time.Microsecond)
	}
	return fmt.Sprintf("%s\nMONOTONIC_USEC=%d", reloading, usec)
}

// Status returns a STATUS= state: a one-line description systemctl status
// shows. Line breaks are replaced by spaces.
func Status(text string) string {
	return "STATUS=" + strings.Join(strings.Fields(text), " ")
}

// MainPID returns a MAINPID= state naming the service's main process.
func MainPID(pid int) string { return fmt.Sprintf("MAINPID=%d", pid) }

// Notify sends states (joined by newlines) to $NOTIFY_SOCKET. It does
// nothing and returns nil when the variable is unset. A socket name
// starting with @ is an abstract socket (Linux).
func Notify(states ...string) error {
	name := os.Getenv(SocketEnv)
	if name == "" || len(states) == 0 {
		return nil
	}
	if !strings.HasPrefix(name, "/") && !strings.HasPrefix(name, "@") {
		return fmt.Errorf("sdnotify: %s=%q is neither an absolute path nor an abstract socket", SocketEnv, name)
	}
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		return fmt.Errorf("sdnotify: %w", err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte(strings.Join(states, "\n"))); err != nil {
		return fmt.Errorf("sdnotify: %w", err)
	}
	return nil
}
