import Domain
import Fluent
import Foundation

/// A person who signs in. LAO roles carry `orgCode`; monitors carry their area.
final class User: Model, @unchecked Sendable {
  static let schema = "users"

  @ID(key: .id) var id: UUID?
  @Field(key: "username") var username: String
  @Field(key: "display_name") var displayName: String
  @OptionalField(key: "position") var position: String?
  @Field(key: "role") var role: Role
  @OptionalField(key: "org_code") var orgCode: String?
  @OptionalField(key: "province_code") var provinceCode: String?
  @OptionalField(key: "district") var district: String?
  @OptionalField(key: "region") var region: Int?
  @OptionalField(key: "password_hash") var passwordHash: String?
  @Field(key: "must_set_password") var mustSetPassword: Bool
  @Field(key: "is_disabled") var isDisabled: Bool
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @OptionalField(key: "last_login_at") var lastLoginAt: Date?

  init() {}

  init(
    username: String, displayName: String, role: Role, orgCode: String? = nil,
    provinceCode: String? = nil, district: String? = nil, region: Int? = nil
  ) {
    self.username = username
    self.displayName = displayName
    self.role = role
    self.orgCode = orgCode
    self.provinceCode = provinceCode
    self.district = district
    self.region = region
    self.mustSetPassword = true
    self.isDisabled = false
  }

  /// The area the account answers for, or nil when its record is incomplete.
  var scope: Scope? {
    Self.scope(role: role, orgCode: orgCode, provinceCode: provinceCode, district: district, region: region)
  }

  static func scope(role: Role, orgCode: String?, provinceCode: String?, district: String?, region: Int?) -> Scope? {
    switch role {
    case .laoOfficer, .laoExecutive, .complaintOfficer: return orgCode.map { .organization(code: $0) }
    case .districtMonitor:
      guard let provinceCode, let district else { return nil }
      return .district(provinceCode: provinceCode, name: district)
    case .provincialMonitor: return provinceCode.map { .province(code: $0) }
    case .regionalMonitor: return region.map { .region($0) }
    case .nationalAdmin: return .nation
    case .paccRegionalOfficer: return region.flatMap { (1...9).contains($0) ? .paccOffice($0) : nil }
    case .paccCentralOfficer: return .paccOffice(0)
    }
  }
}

/// A session row joined with its account, as the authenticator reads it.
struct SessionUser: Decodable {
  let expires_at: Date
  let last_seen_at: Date
  let id: UUID
  let username: String
  let display_name: String
  let role: Role
  let org_code: String?
  let province_code: String?
  let district: String?
  let region: Int?
  let must_set_password: Bool
  let is_disabled: Bool

  var scope: Scope? {
    User.scope(role: role, orgCode: org_code, provinceCode: province_code, district: district, region: region)
  }
}

/// A one-time code that lets an account sign in once to choose its password. Only a hash is kept.
final class ActivationCode: Model, @unchecked Sendable {
  static let schema = "activation_codes"

  @ID(key: .id) var id: UUID?
  @Field(key: "user_id") var userID: UUID
  @Field(key: "code_hash") var codeHash: String
  @Field(key: "expires_at") var expiresAt: Date
  @OptionalField(key: "used_at") var usedAt: Date?
  @OptionalField(key: "issued_by") var issuedBy: UUID?
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?

  init() {}
}

/// A signed-in browser. The cookie holds a random token; the database holds only its hash,
/// so any app node can check it and a database leak does not leak sessions.
final class UserSession: Model, @unchecked Sendable {
  static let schema = "user_sessions"

  @ID(custom: "token_hash", generatedBy: .user) var id: String?
  @Field(key: "user_id") var userID: UUID
  @Field(key: "created_at") var createdAt: Date
  @Field(key: "last_seen_at") var lastSeenAt: Date
  @Field(key: "expires_at") var expiresAt: Date

  init() {}
}
