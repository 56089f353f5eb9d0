import Foundation
import Vapor

/// Files shipped inside the app (Sources/App/Resources): reference data, frameworks, OpenAPI.
/// The app never reads ../shared at run time.
enum BundledResource {
  static func text(_ name: String, in folder: String = "Resources") throws -> String {
    let parts = name.split(separator: ".")
    guard
      let url = Bundle.module.url(
        forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: folder)
    else { throw Abort(.internalServerError, reason: "missing resource \(name)") }
    return try String(contentsOf: url, encoding: .utf8)
  }
}

extension Optional where Wrapped == String {
  /// What a person typed, without surrounding spaces and line breaks ("" when absent).
  var cleaned: String { (self ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
}
