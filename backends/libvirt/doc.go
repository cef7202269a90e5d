// Package libvirt is outrunner's libvirt/QEMU backend: every runner gets a
// transient libvirt domain that boots a copy-on-write qcow2 overlay of a
// golden image, and the GitHub Actions runner is started inside the guest
// through the QEMU guest agent (guest-exec), with its JIT config in the
// process environment.
//
// Ownership is recorded in the domain's <metadata> under MetadataNamespace
// and in a small JSON file next to each overlay, so that a restarted daemon
// finds its domains and any overlay whose domain is gone.
//
// The binding is libvirt.org/go/libvirt, a cgo package. Build with
// -tags libvirt_dlopen so that building needs no libvirt headers and
// libvirt.so.0 is loaded at run time; a binary built with CGO_ENABLED=0 gets
// a stub whose New reports that libvirt support is missing.
package libvirt
