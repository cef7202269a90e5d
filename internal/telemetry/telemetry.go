// Package telemetry owns the process's Prometheus registry of the Go and
// process collectors, and sets OpenTelemetry's global meter provider to a
// no-op one. Libraries that instrument themselves through the global
// provider (the Docker client's otelhttp) record nothing: their
// instruments are not outrunner's metrics, and a global provider that is
// never set keeps every instrument created through it.
package telemetry

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric/noop"
)

var (
	once     sync.Once
	registry *prometheus.Registry
)

// Init creates the registry once and sets the no-op global meter provider.
func Init() *prometheus.Registry {
	once.Do(func() {
		registry = prometheus.NewRegistry()
		// The process's own health (goroutines, memory, open files), for
		// operators and for make soak's leak check.
		registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
		otel.SetMeterProvider(noop.NewMeterProvider())
	})
	return registry
}
