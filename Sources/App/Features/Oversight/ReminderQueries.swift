import Domain
import Fluent
import Vapor

/// Reminders to report or to have the plan approved: at most one per organization, topic and
/// Bangkok day, recorded, audited,
/// shown in the app until the officer has seen them, and e-mailed when a mailer is set up.
struct ReminderQueries {
  let db: Database
  static let entity = "reminder"

  struct Result {
    var sent = 0
    var skipped = 0
    var emailed = 0
  }

  static func day(_ date: Date) -> String {
    let parts = ThaiCalendar.components(of: date)
    return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
  }

  static func message(round: ReportRound, by sender: String) -> String {
    "\(sender) ขอให้ส่งรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต \(round.title) "
      + "(กำหนดส่ง \(ThaiCalendar.longDate(round.dueDate))) ผ่านระบบสุจริต"
  }

  static func message(period: PlanPeriod, by sender: String) -> String {
    "\(sender) ขอให้จัดทำแผนปฏิบัติการป้องกันการทุจริต \(period.name) และให้ผู้บริหารอนุมัติในระบบสุจริต"
      + (period.planDueDate.map { " (กำหนดส่งแผน \(ThaiCalendar.longDate($0)))" } ?? "")
  }

  /// The reminder's wording, e-mail subject, audit action and audited record for a topic.
  private static func wording(_ topic: FollowUpTopic, by sender: String) -> (
    message: String, subject: String, action: String, entityID: String
  ) {
    switch topic {
    case .report(let round):
      return (message(round: round, by: sender), "เตือนส่งรายงาน \(round.title)", "เตือนให้ส่งรายงาน", round.slug)
    case .plan(let period):
      return (message(period: period, by: sender), "เตือนจัดทำแผน \(period.name)", "เตือนให้จัดทำและอนุมัติแผน", period.code)
    }
  }

  /// Records (and e-mails) a reminder of `topic` to each organization that has not had one of
  /// that topic today; the others are counted as skipped.
  func send(
    to organizations: [FollowUpRow], about topic: FollowUpTopic, by user: CurrentUser, mailer: (any Mailer)?,
    actor: AuditActor
  ) async throws -> Result {
    let today = Self.day(Date())
    let wording = Self.wording(topic, by: user.displayName)
    var roundID: UUID?
    var periodID: UUID?
    switch topic {
    case .report(let round): roundID = try round.requireID()
    case .plan(let period): periodID = try period.requireID()
    }
    let hasMailer = mailer != nil
    var (result, emails) = try await db.writeTransaction { [roundID, periodID] db -> (Result, [String]) in
      var result = Result()
      var emails: [String] = []
      let already = Set(
        try await Reminder.query(on: db).filter(\.$day == today).filter(\.$topic == topic.key)
          .filter(\.$orgCode ~~ organizations.map(\.code)).all().map(\.orgCode))
      var reminders: [Reminder] = []
      var events: [AuditEvent] = []
      for org in organizations {
        guard !already.contains(org.code) else {
          result.skipped += 1
          continue
        }
        let email = org.coordinator_email.flatMap { $0.isEmpty ? nil : $0 }
        let reminder = Reminder()
        reminder.orgCode = org.code
        reminder.topic = topic.key
        reminder.roundID = roundID
        reminder.periodID = periodID
        reminder.day = today
        reminder.sentAt = Date()
        reminder.sentBy = user.displayName
        reminder.channel = hasMailer && email != nil ? "email" : "in-app"
        reminder.message = wording.message
        reminders.append(reminder)
        events.append(
          AuditLog.event(
            actor: actor, action: wording.action, entity: Self.entity, entityID: wording.entityID, orgCode: org.code,
            after: ["ช่องทาง": reminder.channel == "email" ? "อีเมลและในระบบ" : "ในระบบ"]))
        if reminder.channel == "email", let email { emails.append(email) }
      }
      for chunk in reminders.chunked(PlanImportQueries.batchSize) { try await chunk.create(on: db) }
      for chunk in events.chunked(PlanImportQueries.batchSize) { try await chunk.create(on: db) }
      result.sent = reminders.count
      return (result, emails)
    }
    // E-mail after the records are safe; a failed delivery still leaves the in-app notice.
    if let mailer {
      for address in emails {
        if (try? await mailer.send(to: address, subject: wording.subject, body: wording.message)) != nil {
          result.emailed += 1
        }
      }
    }
    return result
  }

  /// Reminders the organization's officers have not seen yet, newest first; marks them seen.
  func takeUnseen(org: String) async throws -> [Reminder] {
    let unseen = try await Reminder.query(on: db).filter(\.$orgCode == org).filter(\.$seenAt == nil)
      .sort(\.$sentAt, .descending).all()
    if !unseen.isEmpty {
      try await Reminder.query(on: db).filter(\.$id ~~ unseen.compactMap(\.id)).set(\.$seenAt, to: Date()).update()
    }
    return unseen
  }
}
