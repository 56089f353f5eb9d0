import Metrics
import Prometheus

/// One Prometheus registry per process; Vapor's request metrics flow into it via swift-metrics.
enum AppMetrics {
  static let registry = PrometheusCollectorRegistry()

  /// Safe to call from every `configure`; the metrics system is bootstrapped once.
  static func bootstrapOnce() { _ = bootstrapped }

  private static let bootstrapped: Void = {
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
  }()
}
