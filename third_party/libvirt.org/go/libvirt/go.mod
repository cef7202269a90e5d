module libvirt.org/go/libvirt

go 1.11
