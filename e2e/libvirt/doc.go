// Package libvirte2e holds the end-to-end tests of outrunner with real
// virtual machines: the daemon (supervisor.Start), the simulator
// (internal/ghsim) on the host's loopback and the libvirt backend on a real
// libvirtd booting the test guest that scripts/build-test-guest.sh builds.
// Inside each VM the guest agent starts simrunner, which reaches the
// simulator through the backend's guest_forward and takes a job.
//
// The tests need cgo and -tags libvirt_dlopen, OUTRUNNER_TEST_LIBVIRT_URI
// (scripts/testenv-libvirt.sh up writes it), the built test guest (make
// test-guest; found through OUTRUNNER_TEST_GUEST_DIR or the default cache
// directory) and netcat-openbsd on the host. Without them they skip, or fail
// when OUTRUNNER_REQUIRE_INTEGRATION=1.
package libvirte2e
