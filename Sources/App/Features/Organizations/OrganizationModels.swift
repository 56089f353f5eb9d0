import Domain
import Fluent
import Foundation

/// A local administrative organization (or a sub-unit of one) with its editable profile.
final class Organization: Model, @unchecked Sendable {
  static let schema = "organizations"

  @ID(custom: "code", generatedBy: .user) var id: String?
  @Field(key: "name") var name: String
  @Field(key: "type") var type: String
  @Field(key: "province_code") var provinceCode: String
  @Field(key: "district") var district: String
  @OptionalField(key: "parent_code") var parentCode: String?
  @OptionalField(key: "active_from") var activeFrom: Date?
  @OptionalField(key: "active_until") var activeUntil: Date?
  @OptionalField(key: "latitude") var latitude: Double?
  @OptionalField(key: "longitude") var longitude: Double?
  @Field(key: "search_text") var searchText: String
  @OptionalField(key: "address") var address: String?
  @OptionalField(key: "area_km2") var areaKm2: Double?
  @OptionalField(key: "population") var population: Int?
  @OptionalField(key: "income_satang") var incomeSatang: Int64?
  @OptionalField(key: "executive_name") var executiveName: String?
  @OptionalField(key: "executive_position") var executivePosition: String?
  @OptionalField(key: "clerk_name") var clerkName: String?
  @OptionalField(key: "coordinator_name") var coordinatorName: String?
  @OptionalField(key: "coordinator_position") var coordinatorPosition: String?
  @OptionalField(key: "coordinator_phone") var coordinatorPhone: String?
  @OptionalField(key: "coordinator_email") var coordinatorEmail: String?
  /// Bumped on every profile save; a stale form is refused rather than overwriting.
  @Field(key: "version") var version: Int
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}

  var code: String { id ?? "" }
  var organizationType: OrganizationType? { OrganizationType(rawValue: type) }
  var fullName: String { organizationType?.fullName(name) ?? name }

  /// The text substring search runs over: full name, code, district and province name.
  static func searchText(fullName: String, code: String, district: String, province: String) -> String {
    [fullName, code, district, province].joined(separator: " ").lowercased()
  }
}
