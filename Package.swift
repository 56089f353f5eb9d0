// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "sujarit",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sujarit", targets: ["Run"])
  ],
  dependencies: [
    .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
    .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
    .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
    .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
    .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
    .package(url: "https://github.com/apple/swift-crypto.git", from: "3.0.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
  ],
  targets: [
    .target(name: "Domain"),
    .target(
      name: "App",
      dependencies: [
        "Domain",
        .product(name: "Vapor", package: "vapor"),
        .product(name: "Fluent", package: "fluent"),
        .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
        .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
        .product(name: "Prometheus", package: "swift-prometheus"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        // The OIT link check's own client (no redirects, short timeouts).
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        // Complaints are sealed with AES-GCM.
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Resources")],
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
    .executableTarget(
      name: "Run",
      dependencies: [
        "App", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
      ],
      swiftSettings: [.swiftLanguageMode(.v5)]),
    // The deadline-surge load generator of bench/ (not part of the server).
    .executableTarget(
      name: "surge",
      dependencies: [
        .product(name: "AsyncHTTPClient", package: "async-http-client"), .product(name: "Crypto", package: "swift-crypto"),
      ],
      path: "bench/Surge"),
    .testTarget(
      name: "DomainTests",
      dependencies: ["Domain", .product(name: "PropertyBased", package: "swift-property-based")]),
    .testTarget(
      name: "AppTests",
      dependencies: [
        "App",
        .product(name: "XCTVapor", package: "vapor"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
  ]
)
