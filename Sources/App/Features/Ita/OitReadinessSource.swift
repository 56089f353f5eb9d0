import Fluent

/// An organization's OIT checklist of a year: items, items published, items with a
/// responsible officer assigned.
struct OitReadiness: Sendable {
  let items: Int
  let published: Int
  let owned: Int
}

/// Where the ITA dashboard reads OIT readiness from. A stub until the OIT checklist lands
/// (its owner replaces the body); the dashboard shows "—" for organizations missing here.
struct OitReadinessSource {
  let db: Database
  func readiness(fiscalYear: Int, organizationCodes: [String]) async throws -> [String: OitReadiness] { [:] }
}
