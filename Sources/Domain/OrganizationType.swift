/// Kinds of local administrative organization, spelled as the DLA registry spells them.
public enum OrganizationType: String, CaseIterable, Codable, Sendable {
  case provincial = "อบจ."
  case cityMunicipality = "เทศบาลนคร"
  case townMunicipality = "เทศบาลเมือง"
  case subdistrictMunicipality = "เทศบาลตำบล"
  case subdistrictAdministration = "อบต."
  case pattaya = "เมืองพัทยา"
  case bangkok = "กทม."
  /// A Bangkok district office (สำนักงานเขต), a sub-unit of กรุงเทพมหานคร.
  case bangkokDistrict = "สำนักงานเขต"
  /// Another unit of กรุงเทพมหานคร (a department — สำนัก — or a secretariat), added by
  /// national admins; its name is written in full ("สำนักการโยธา").
  case bangkokUnit = "หน่วยงาน กทม."

  /// The name people write: "อบต.ดงตะงาว", "เทศบาลเมืองบางละมุง", "อบจ.ชลบุรี".
  public func fullName(_ registryName: String) -> String {
    switch self {
    case .pattaya, .bangkok, .bangkokUnit: return registryName
    case .bangkokDistrict: return "สำนักงานเขต" + registryName
    default: return rawValue + registryName
    }
  }

  /// The formal long form used in official documents.
  public var formalName: String {
    switch self {
    case .provincial: return "องค์การบริหารส่วนจังหวัด"
    case .subdistrictAdministration: return "องค์การบริหารส่วนตำบล"
    case .bangkok: return "กรุงเทพมหานคร"
    default: return rawValue
    }
  }
}
