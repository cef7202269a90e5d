package cli

import (
	"bytes"
	"io"
	"testing"
)

func TestProgressTerminalKeepsLogsAboveTheProgressLine(t *testing.T) {
	type write struct {
		log  bool
		text string
	}
	tests := []struct {
		name   string
		writes []write
		want   string
	}{
		{"a log before any progress is untouched", []write{{true, "level=ERROR msg=x\n"}, {false, "\r1.0s jobs\x1b[K"}},
			"level=ERROR msg=x\n\r1.0s jobs\x1b[K"},
		{"a log erases the progress line and draws it again below", []write{{false, "\r1.0s jobs\x1b[K"}, {true, "level=ERROR msg=x\n"}},
			"\r1.0s jobs\x1b[K\r\x1b[Klevel=ERROR msg=x\n\r1.0s jobs\x1b[K"},
		{"the latest progress line is drawn again", []write{{false, "\r1.0s a\x1b[K"}, {false, "\r2.0s b\x1b[K"}, {true, "log\n"}},
			"\r1.0s a\x1b[K\r2.0s b\x1b[K\r\x1b[Klog\n\r2.0s b\x1b[K"},
		{"an ended progress line is left alone", []write{{false, "\r1.0s jobs\x1b[K"}, {false, "\n"}, {true, "log\n"}},
			"\r1.0s jobs\x1b[K\nlog\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var screen bytes.Buffer
			pt := &progressTerminal{progress: &screen, logs: &screen}
			for _, w := range tt.writes {
				out := pt.progressWriter()
				if w.log {
					out = pt.logWriter()
				}
				if _, err := io.WriteString(out, w.text); err != nil {
					t.Fatal(err)
				}
			}
			if got := screen.String(); got != tt.want {
				t.Errorf("screen:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
