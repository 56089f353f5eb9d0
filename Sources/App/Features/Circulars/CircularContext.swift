import Domain
import Fluent
import Vapor

/// Who is asking about which circular, and what they may do with it.
struct CircularContext {
  let circular: Circular
  let id: UUID
  let user: CurrentUser?
  /// The organization the account acts for (officers and executives only).
  let orgCode: String?
  /// The monitor office the account works in (posting roles only).
  let office: String?
  /// The organization's receipt, when it is a recipient.
  let receipt: CircularReceipt?
  /// The monitor office's receipt, when it received the letter to relay it.
  let officeReceipt: CircularReceipt?
  /// The sender's office: sees acknowledgements, reminds, downloads.
  let isSender: Bool
  /// The office sent a letter further up the chain: sees this relay's counts.
  let isChainSender: Bool
  /// Reaches the letter through a relay it received or sent (reads the letter, opens its PDF).
  let reachesThroughChain: Bool

  var canTrack: Bool { isSender || isChainSender }
  var canRead: Bool { canTrack || receipt != nil || officeReceipt != nil || reachesThroughChain }
  var canAcknowledge: Bool { receipt != nil && receipt?.acknowledged_at == nil }
  var canAct: Bool { receipt != nil && circular.actionRequested != nil && receipt?.acted_at == nil }
  var canRelay: Bool { officeReceipt != nil && user.map { CircularOffice.canPost($0.policy) } == true }

  static func viewer(_ user: CurrentUser?) -> (org: String?, office: String?) {
    guard let user else { return (nil, nil) }
    let org = user.role == .laoOfficer || user.role == .laoExecutive ? user.orgCode : nil
    let office = CircularOffice.canPost(user.policy) ? CircularOffice.key(user.scope) : nil
    return (org, office)
  }

  /// The circular in the URL and the asker's relation to it; a Thai 404 for a malformed id or
  /// an unknown circular.
  static func load(_ req: Request) async throws -> CircularContext {
    guard let id = req.parameters.get("id", as: UUID.self) else { throw notFound }
    let queries = CircularQueries(db: req.db)
    guard let circular = try await queries.find(id) else { throw notFound }
    let user = req.currentUser
    let (org, office) = viewer(user)
    let receipt = try await org.asyncMap { try await queries.receipt(id, org: $0) } ?? nil
    let officeReceipt = try await office.asyncMap { try await queries.officeReceipt(id, office: $0) } ?? nil
    var chainSender = false
    if let office, !circular.ancestorIDs.isEmpty {
      chainSender =
        try await Circular.query(on: req.db).filter(\.$id ~~ circular.ancestorIDs)
        .filter(\.$senderScope == office).count() > 0
    }
    let isSender = office != nil && circular.senderScope == office
    var through = false
    if !isSender && !chainSender && receipt == nil && officeReceipt == nil && (org != nil || office != nil) {
      through = try await queries.reachesThroughChain(id, org: org, office: office)
    }
    return CircularContext(
      circular: circular, id: id, user: user, orgCode: org, office: office, receipt: receipt,
      officeReceipt: officeReceipt, isSender: isSender, isChainSender: chainSender, reachesThroughChain: through)
  }

  /// Refuses whoever may not read the letter: 401 to the anonymous, the same 404 as an
  /// unknown circular to everyone else (no telling which circulars exist).
  func requireReader() throws {
    guard canRead else {
      if user == nil { throw Abort(.unauthorized, reason: "กรุณาเข้าสู่ระบบก่อน") }
      throw Self.notFound
    }
  }

  func requireTracker() throws {
    try requireReader()
    guard canTrack else { throw Abort(.forbidden, reason: "เฉพาะหน่วยงานที่ส่งหนังสือเวียนนี้เท่านั้นที่ดูการรับทราบได้") }
  }

  func requireSender() throws {
    try requireReader()
    guard isSender else { throw Abort(.forbidden, reason: "เฉพาะหน่วยงานที่ส่งหนังสือเวียนนี้เท่านั้นที่ส่งคำเตือนได้") }
  }

  /// The recipient organization's officer or executive.
  func requireRecipient() throws -> (CurrentUser, String) {
    try requireReader()
    guard let user, let orgCode, receipt != nil else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่และผู้บริหารของ อปท. ที่ได้รับหนังสือนี้เท่านั้นที่รับทราบได้")
    }
    return (user, orgCode)
  }

  static let notFound = Abort(.notFound, reason: "ไม่พบหนังสือเวียนนี้")
}
