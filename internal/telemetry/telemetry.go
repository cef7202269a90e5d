// Package telemetry owns the process's OpenTelemetry meter provider and the
// Prometheus registry it exports to. protoactor's instruments use the
// global meter provider, and leak memory when none is set, so Init sets it
// once for the whole process.
package telemetry

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.opentelemetry.io/otel"
	otelprom "go.opentelemetry.io/otel/exporters/prometheus"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
)

var (
	once     sync.Once
	provider *sdkmetric.MeterProvider
	registry *prometheus.Registry
	initErr  error
)

// receiveBuckets fit actor message handling times (seconds).
var receiveBuckets = []float64{.00001, .00005, .0001, .0005, .001, .005, .01, .05, .1, .5, 1, 5}

// Init creates the meter provider and registry once and sets the provider
// as OpenTelemetry's global one.
func Init() (*sdkmetric.MeterProvider, *prometheus.Registry, error) {
	once.Do(func() {
		registry = prometheus.NewRegistry()
		// The process's own health (goroutines, memory, open files), for
		// operators and for make soak's leak check.
		registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
		exporter, err := otelprom.New(otelprom.WithRegisterer(registry))
		if err != nil {
			initErr = err
			return
		}
		provider = sdkmetric.NewMeterProvider(
			sdkmetric.WithReader(exporter),
			sdkmetric.WithView(sdkmetric.NewView(
				sdkmetric.Instrument{Name: "protoactor_actor_message_receive_duration_seconds"},
				sdkmetric.Stream{Aggregation: sdkmetric.AggregationExplicitBucketHistogram{Boundaries: receiveBuckets}},
			)),
		)
		otel.SetMeterProvider(provider)
	})
	return provider, registry, initErr
}
