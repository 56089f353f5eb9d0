import Domain
import Fluent
import Vapor

/// The guide's one read: who supervises the signed-in person's province (its provincial
/// monitors, as the system knows them), so a new officer knows whom to call.
struct GuideQueries {
  let db: Database

  /// Active provincial monitors of the province: display name and position, by name.
  func provincialMonitors(province code: String) async throws -> [GuideSupport.Office] {
    try await User.query(on: db)
      .filter(\.$role == .provincialMonitor).filter(\.$provinceCode == code).filter(\.$isDisabled == false)
      .sort(\.$displayName).limit(10).all()
      .map { GuideSupport.Office(name: $0.displayName, position: $0.position) }
  }
}
