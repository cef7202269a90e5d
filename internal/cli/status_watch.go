package cli

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Terminal control sequences (xterm, understood by every terminal in use)
// for status --watch on a terminal: it draws in the alternate screen, so
// that leaving it gives back the screen as it was before.
const (
	// enterFullScreen switches to the alternate screen and hides the cursor.
	enterFullScreen = "\x1b[?1049h\x1b[?25l"
	// leaveFullScreen shows the cursor and returns to the normal screen.
	leaveFullScreen = "\x1b[?25h\x1b[?1049l"
	// clearScreen moves the cursor home and clears the screen.
	clearScreen = "\x1b[H\x1b[2J"
)

// fallbackWidth and fallbackHeight are the terminal size assumed when it
// cannot be read.
const fallbackWidth, fallbackHeight = 80, 24

// watchScreen draws the frames of status --watch.
type watchScreen struct {
	out      io.Writer
	v        statusView
	interval time.Duration
	entered  bool
	// title names the command in the header ("outrunner status" if empty).
	title string
}

// frame prints one refresh: on a terminal, the whole screen redrawn and
// cut to its size; otherwise a block appended after a time stamp.
func (s *watchScreen) frame(block []byte) error {
	var b bytes.Buffer
	switch {
	case s.v.json:
		b.Write(block)
	case s.v.interactive:
		if !s.entered {
			b.WriteString(enterFullScreen)
			s.entered = true
		}
		b.WriteString(clearScreen)
		w, h := fallbackWidth, fallbackHeight
		if s.v.size != nil {
			if sw, sh := s.v.size(); sw > 0 && sh > 0 {
				w, h = sw, sh
			}
		}
		title := s.title
		if title == "" {
			title = "outrunner status"
		}
		head := []string{fmt.Sprintf("Every %s: %s (Ctrl-C to stop)", s.interval, title), ""}
		lines := fitFrame(head, strings.Split(strings.TrimRight(string(block), "\n"), "\n"), w, h)
		// No newline after the last line: on the last row it would scroll.
		b.WriteString(strings.Join(lines, "\r\n"))
	default:
		fmt.Fprintf(&b, "--- %s\n", time.Now().Format(time.DateTime))
		b.Write(block)
		b.WriteByte('\n')
	}
	_, err := s.out.Write(b.Bytes())
	return err
}

// restore leaves the alternate screen if a frame entered it.
func (s *watchScreen) restore() {
	if s.entered {
		_, _ = io.WriteString(s.out, leaveFullScreen)
		s.entered = false
	}
}

// fitFrame cuts a status frame, head then body, to width columns and
// height lines. The head is kept whole. The body is blocks separated by
// blank lines: the first block (the daemon's header) is kept whole too; every other block is a table
// whose first line (the column names) is kept and whose rows are cut, the
// last rows replaced by a "… N more" line, so that every table keeps at
// least its header and the header of the frame never scrolls away.
func fitFrame(head, body []string, width, height int) []string {
	lines := append(slices.Clone(head), body...)
	for i, l := range lines {
		lines[i] = cutTo(l, width)
	}
	if len(lines) <= height {
		return lines
	}
	blocks := splitBlocks(lines[len(head):])
	fixed := len(head) + len(blocks[0]) // the headers, and a blank line before each table
	rows := make([]int, len(blocks))
	for i, b := range blocks[1:] {
		fixed += 2
		rows[i+1] = len(b) - 1
	}
	if fixed > height {
		keep := max(height-1, 0)
		return append(lines[:keep:keep], fmt.Sprintf("… %d more", len(lines)-keep))
	}
	avail := height - fixed
	out := append(lines[:len(head):len(head)], blocks[0]...)
	for i := 1; i < len(blocks); i++ {
		later := 0 // one line kept for each later table's "… N more"
		for _, r := range rows[i+1:] {
			if r > 0 {
				later++
			}
		}
		give := max(avail-later, 0)
		out = append(out, "", blocks[i][0])
		switch r := rows[i]; {
		case r <= give:
			out = append(out, blocks[i][1:]...)
			avail -= r
		default:
			shown := max(give-1, 0)
			out = append(out, blocks[i][1:1+shown]...)
			out = append(out, fmt.Sprintf("… %d more", r-shown))
			avail -= shown + 1
		}
	}
	return out
}

// splitBlocks splits lines at blank lines; the first block may be empty.
func splitBlocks(lines []string) [][]string {
	blocks := [][]string{nil}
	for _, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
			blocks = append(blocks, nil)
		default:
			blocks[len(blocks)-1] = append(blocks[len(blocks)-1], l)
		}
	}
	// Runs of blank lines make empty blocks: fold them into the header.
	out := blocks[:1]
	for _, b := range blocks[1:] {
		if len(b) > 0 {
			out = append(out, b)
		}
	}
	return out
}

// cutTo cuts s to at most n characters, marking the cut with "…".
func cutTo(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	return string([]rune(s)[:n-1]) + "…"
}
