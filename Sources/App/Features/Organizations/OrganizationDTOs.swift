import Domain
import Vapor

/// JSON shapes of /api/v1/organizations. Money is a decimal string in baht ("25000000.00").
struct OrganizationJSON: Content {
  let code: String
  let name: String
  let fullName: String
  let type: String
  let provinceCode: String
  let provinceName: String
  let district: String
  let parentCode: String?
  let activeFrom: Date?
  let activeUntil: Date?
  let latitude: Double?
  let longitude: Double?
  let profile: ProfileJSON?

  init(_ organization: Organization, provinceName: String, profile: ProfileJSON? = nil) {
    code = organization.code
    name = organization.name
    fullName = organization.fullName
    type = organization.type
    provinceCode = organization.provinceCode
    self.provinceName = provinceName
    district = organization.district
    parentCode = organization.parentCode
    activeFrom = organization.activeFrom
    activeUntil = organization.activeUntil
    latitude = organization.latitude
    longitude = organization.longitude
    self.profile = profile
  }

  private enum CodingKeys: String, CodingKey {
    case code, name, fullName, type, provinceCode, provinceName, district, parentCode, activeFrom, activeUntil
    case latitude, longitude, profile
  }

  /// Unknown values are written as null rather than left out, so every key is always there.
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(name, forKey: .name)
    try container.encode(fullName, forKey: .fullName)
    try container.encode(type, forKey: .type)
    try container.encode(provinceCode, forKey: .provinceCode)
    try container.encode(provinceName, forKey: .provinceName)
    try container.encode(district, forKey: .district)
    try container.encode(parentCode, forKey: .parentCode)
    try container.encode(activeFrom, forKey: .activeFrom)
    try container.encode(activeUntil, forKey: .activeUntil)
    try container.encode(latitude, forKey: .latitude)
    try container.encode(longitude, forKey: .longitude)
    try container.encodeIfPresent(profile, forKey: .profile)
  }
}

struct ProfileJSON: Content {
  let address: String?
  let areaKm2: Double?
  let population: Int?
  let income: String?
  let executiveName: String?
  let executivePosition: String?
  let clerkName: String?
  let coordinatorName: String?
  let coordinatorPosition: String?
  /// Contact details only for users whose scope covers the organization.
  let coordinatorPhone: String?
  let coordinatorEmail: String?

  init(_ profile: OrganizationProfile, includeContacts: Bool) {
    address = profile.address
    areaKm2 = profile.areaKm2
    population = profile.population
    income = profile.income?.decimalString
    executiveName = profile.executiveName
    executivePosition = profile.executivePosition
    clerkName = profile.clerkName
    coordinatorName = profile.coordinatorName
    coordinatorPosition = profile.coordinatorPosition
    coordinatorPhone = includeContacts ? profile.coordinatorPhone : nil
    coordinatorEmail = includeContacts ? profile.coordinatorEmail : nil
  }
}

struct OrganizationPageJSON: Content {
  let items: [OrganizationJSON]
  let page: Int
  let perPage: Int
  let total: Int
}

extension OrganizationFilter {
  /// Reads ?q=&province=&type=&page=&per= with Thai 400s for values that cannot be right
  /// (empty ones mean "all").
  /// `strict` (the JSON API) refuses an empty or non-integer `page` or `per`, as OpenAPI types them.
  static func parse(_ request: Request, maxPerPage: Int = 200, strict: Bool = false) throws -> OrganizationFilter {
    var filter = OrganizationFilter()
    filter.text = (request.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
    guard filter.text.count <= 100 else { throw Abort(.badRequest, reason: "คำค้นยาวเกิน 100 ตัวอักษร") }
    if let province = request.query[String.self, at: "province"], !province.isEmpty {
      guard province.count == 2, province.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        throw Abort(.badRequest, reason: "รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก เช่น 54")
      }
      filter.provinceCode = province
    }
    if let type = request.query[String.self, at: "type"], !type.isEmpty {
      guard let known = OrganizationType(rawValue: type) else {
        let names = OrganizationType.allCases.map(\.rawValue).joined(separator: ", ")
        throw Abort(.badRequest, reason: "ไม่รู้จักประเภท \"\(type)\" ประเภทที่ใช้ได้: \(names)")
      }
      filter.type = known
    }
    // A page past the end shows the last page; only `per` has a documented range.
    filter.paging = try request.paging(
      perPage: try positiveInt(request, "per", default: 50, max: maxPerPage, strict: strict), strict: strict)
    return filter
  }

  private static func positiveInt(
    _ request: Request, _ key: String, default value: Int, max: Int, strict: Bool
  ) throws -> Int {
    guard let raw = request.query[String.self, at: key], !raw.isEmpty || strict else { return value }
    guard Paging.isIntegerText(raw), let number = Int(raw), number >= 1, number <= max else {
      throw Abort(.badRequest, reason: "ค่า \(key) ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง \(max)")
    }
    return number
  }
}
