package config

import "testing"

func TestUserDefaults(t *testing.T) {
	tests := []struct {
		name string
		euid int
		env  map[string]string
		want PathDefaults
	}{
		{"root", 0, map[string]string{"HOME": "/root", "XDG_RUNTIME_DIR": "/run/user/0"},
			PathDefaults{StateDir: DefaultStateDir, AdminSocket: DefaultAdminSocket}},
		{"user with XDG dirs", 1000, map[string]string{"HOME": "/home/u", "XDG_STATE_HOME": "/xdg/state", "XDG_RUNTIME_DIR": "/run/user/1000"},
			PathDefaults{StateDir: "/xdg/state/outrunner", AdminSocket: "/run/user/1000/outrunner.sock"}},
		{"user, HOME only", 1000, map[string]string{"HOME": "/home/u"},
			PathDefaults{StateDir: "/home/u/.local/state/outrunner", AdminSocket: "/home/u/.local/state/outrunner/admin.sock"}},
		{"relative XDG values are ignored", 1000, map[string]string{"HOME": "/home/u", "XDG_STATE_HOME": "rel", "XDG_RUNTIME_DIR": "rel"},
			PathDefaults{StateDir: "/home/u/.local/state/outrunner", AdminSocket: "/home/u/.local/state/outrunner/admin.sock"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := UserDefaults(tc.euid, func(k string) string { return tc.env[k] })
			if got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}
