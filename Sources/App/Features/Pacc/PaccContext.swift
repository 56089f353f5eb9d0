import Domain
import Foundation
import Vapor

/// Who is asking, as the programme's pages need it.
enum PaccContext {
  static let onlyPacc = Abort(.forbidden, reason: "หน้านี้สำหรับเจ้าหน้าที่สำนักงาน ป.ป.ท. เท่านั้น")
  static let otherOffice = Abort(.forbidden, reason: "เรื่องนี้อยู่ในความรับผิดชอบของสำนักงาน ป.ป.ท. อื่น")

  /// The signed-in PACC officer's reach, or a Thai 401/403.
  static func access(_ req: Request) throws -> (user: CurrentUser, access: PaccAccess) {
    let user = try req.requireUser()
    guard let access = user.policy.pacc else { throw onlyPacc }
    return (user, access)
  }

  static func require(_ access: PaccAccess, sees office: Int) throws {
    guard let office = PaccOffice(office), access.sees(office) else { throw otherOffice }
  }

  /// The fiscal year asked for (`fy`), or the current one.
  static func year(_ req: Request) throws -> Int {
    let text = req.query[String.self, at: "fy"] ?? req.parameters.get("year") ?? ""
    if text.isEmpty { return FiscalYear(containing: Date()).buddhistYear }
    guard let year = Int(ThaiDigits.toArabic(text)), (2500...2700).contains(year) else {
      throw Abort(.badRequest, reason: "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2567")
    }
    return year
  }

  static func uuid(_ req: Request, _ name: String = "id") throws -> UUID {
    guard let id = req.parameters.get(name, as: UUID.self) else { throw Abort(.notFound, reason: "ไม่พบรายการนี้") }
    return id
  }
}
