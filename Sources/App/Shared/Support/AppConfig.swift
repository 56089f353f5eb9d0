import Domain
import Vapor

/// Settings read from environment variables, with safe defaults for a local machine.
struct AppConfig: Sendable {
  var bcryptCost = 12
  /// Mark cookies Secure: on when the public URL is https (or SUJARIT_SECURE_COOKIES=1).
  var secureCookies = false
  /// People reach the site over HTTPS (the public URL says so): cookies are Secure and
  /// browsers are told to keep to HTTPS (HSTS).
  var servesHTTPS = false
  /// A token that lets a scraper read /metrics from another machine (loopback always may).
  var metricsToken: String? = nil
  /// Trust X-Forwarded-For from a reverse proxy for the client address.
  var trustProxy = false
  var sessionIdleTimeout: TimeInterval = 4 * 3600
  var sessionMaxAge: TimeInterval = 24 * 3600
  var activationValidity: TimeInterval = 30 * 24 * 3600
  var throttle = LoginThrottlePolicy()
  /// A hash checked against when the username is unknown, so both cases take as long.
  var decoyHash = ""
  /// The address people type, printed on activation letters.
  var publicURL = "http://127.0.0.1:8080"
  /// Whether `SUJARIT_PUBLIC_URL` was set (otherwise links that must be absolute follow the
  /// Host the request came to).
  var publicURLConfigured = false
  /// Let the OIT link check reach loopback and private addresses (tests, a closed intranet).
  /// Off by default: an officer's link must not make the server probe its own network.
  var linkCheckAllowsPrivate = false
  /// Who publishes the open data catalogue (`SUJARIT_PUBLISHER`).
  var publisher = "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.)"

  static func fromEnvironment() -> AppConfig {
    var config = AppConfig()
    if let cost = Environment.get("SUJARIT_BCRYPT_COST").flatMap(Int.init), (4...31).contains(cost) {
      config.bcryptCost = cost
    }
    if let url = Environment.get("SUJARIT_PUBLIC_URL"), url.hasPrefix("http") {
      config.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
      config.publicURLConfigured = true
    }
    config.servesHTTPS = config.publicURL.lowercased().hasPrefix("https://")
    config.secureCookies = Environment.get("SUJARIT_SECURE_COOKIES") == "1" || config.servesHTTPS
    if let token = Environment.get("SUJARIT_METRICS_TOKEN"), token.count >= 16 { config.metricsToken = token }
    config.trustProxy = Environment.get("SUJARIT_TRUST_PROXY") == "1"
    config.linkCheckAllowsPrivate = Environment.get("SUJARIT_LINK_CHECK_PRIVATE") == "1"
    if let publisher = Environment.get("SUJARIT_PUBLISHER"), !publisher.isEmpty, publisher.count <= 200 {
      config.publisher = publisher
    }
    if let hours = Environment.get("SUJARIT_SESSION_IDLE_HOURS").flatMap(Double.init), hours > 0 {
      config.sessionIdleTimeout = hours * 3600
    }
    return config
  }
}

extension Application {
  private struct ConfigKey: StorageKey { typealias Value = AppConfig }

  var config: AppConfig {
    get { storage[ConfigKey.self] ?? AppConfig() }
    set { storage[ConfigKey.self] = newValue }
  }
}

extension Request {
  /// The client's address, honouring X-Forwarded-For only when configured to trust a proxy.
  /// The proxy appends the address it saw, so the last entry is the one to believe (earlier
  /// ones are whatever the client sent).
  var clientAddress: String {
    if application.config.trustProxy,
      let forwarded = headers[("X-Forwarded-For")].last?.split(separator: ",").last
    {
      let address = forwarded.trimmingCharacters(in: .whitespaces)
      if !address.isEmpty, address.count <= 64 { return address }
    }
    return remoteAddress?.ipAddress ?? "unknown"
  }
}

extension Request {
  /// The site's address for links that must be absolute (open data, sitemap, sharing tags):
  /// `SUJARIT_PUBLIC_URL` when set; otherwise the Host this request came to, if it is a plain
  /// host name or address with an optional port (anything else falls back to the default).
  var publicBase: String {
    let config = application.config
    guard !config.publicURLConfigured, let host = headers.first(name: .host), (1...100).contains(host.count),
      host.unicodeScalars.allSatisfy({
        $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-:[]".unicodeScalars.contains($0))
      })
    else { return config.publicURL }
    return "http://" + host
  }
}
