import Domain
import Fluent
import Vapor

/// `sujarit rounds create --fiscal-year 2565 --round 12 [--due 2022-10-31] [--open]` and
/// `sujarit rounds list`: reporting rounds without the browser (e.g. to load a past year on a
/// fresh install). Creating goes through the same query as /admin/rounds and the API.
struct RoundsCommand: AsyncCommandGroup {
  var commands: [String: any AnyAsyncCommand] { ["create": CreateRoundCommand(), "list": ListRoundsCommand()] }
  var help: String {
    "Creates or lists reporting rounds (create --fiscal-year 2565 --round 12 [--due] [--open]; list)."
  }

  static let usage =
    "ใช้: sujarit rounds create --fiscal-year <ปีงบประมาณ พ.ศ.> --round <6|12> [--due <ปปปป-ดด-วว ค.ศ.>] [--open] หรือ sujarit rounds list"

  /// A missing or unknown subcommand is a Thai line and exit 2 (not ConsoleKit's English).
  func run(using context: inout CommandContext) async throws {
    try await runSubcommand(using: &context, usage: Self.usage)
  }

}

struct CreateRoundCommand: AsyncCommand {
  struct Signature: CommandSignature {
    @Option(name: "fiscal-year", help: "fiscal year in the Buddhist era, e.g. 2565") var year: String?
    @Option(name: "round", help: "6 or 12") var round: String?
    @Option(name: "due", help: "due date as a Gregorian ISO date (YYYY-MM-DD); default 30 April / 31 October")
    var due: String?
    @Flag(name: "open", help: "open the round's window for reports") var open: Bool
  }

  var help: String { "Creates a reporting round (an existing one is left as it is)." }

  func run(using context: CommandContext, signature: Signature) async throws {
    guard signature.year != nil, signature.round != nil else {
      context.console.error(RoundsCommand.usage)
      throw ExitCode(2)
    }
    let request: RoundRequest
    switch RoundRequest.validate(
      fiscalYear: signature.year, kind: signature.round, dueDate: signature.due, style: .iso)
    {
    case .failure(let errors):
      for key in ["fiscalYear", "kind", "dueDate"] { errors[key].map { context.console.error($0) } }
      throw ExitCode(2)
    case .success(let valid): request = valid
    }
    let app = context.application
    try await app.autoMigrate()
    let actor = AuditActor(id: nil, name: "บรรทัดคำสั่ง (rounds create)", address: nil)
    let (round, created) = try await RoundQueries(db: app.db).ensure(request, open: signature.open, actor: actor)
    context.console.print(Self.outcome(round, created: created))
  }

  /// The line the command prints.
  static func outcome(_ round: ReportRound, created: Bool) -> String {
    let state =
      "กำหนดส่ง \(ThaiCalendar.longDate(round.dueDate)), \(round.windowOpen ? "เปิดรับรายงาน" : "ยังไม่เปิดรับรายงาน")"
    return created
      ? "สร้าง\(round.title)แล้ว (\(state))"
      : "มี\(round.title)อยู่แล้ว (\(state)): ไม่ได้เปลี่ยนแปลงอะไร"
  }
}

struct ListRoundsCommand: AsyncCommand {
  struct Signature: CommandSignature {}

  var help: String { "Lists every reporting round with its due date, window and submitted reports." }

  func run(using context: CommandContext, signature: Signature) async throws {
    let app = context.application
    try await app.autoMigrate()
    let queries = RoundQueries(db: app.db)
    let rounds = try await queries.all()
    guard !rounds.isEmpty else {
      context.console.print("ยังไม่มีรอบการรายงาน (สร้างด้วย sujarit rounds create --fiscal-year <พ.ศ.> --round <6|12>)")
      return
    }
    let submitted = try await queries.submittedCounts()
    context.console.print("รอบการรายงาน \(rounds.count) รอบ")
    for round in rounds { context.console.print(Self.line(round, submitted: round.id.flatMap { submitted[$0] } ?? 0)) }
  }

  /// "ปีงบประมาณ 2569  รอบ 6 เดือน   กำหนดส่ง 30 เมษายน 2569  ปิดรับรายงาน   ส่งรายงานแล้ว 12 แห่ง"
  static func line(_ round: ReportRound, submitted: Int) -> String {
    // Padded by characters (a Thai vowel or tone mark is part of its letter, as a terminal shows it).
    func pad(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(width - text.count, 1))
    }
    return "ปีงบประมาณ \(round.fiscalYear)  \(pad(round.kind.thaiName, 12))"
      + pad("กำหนดส่ง \(ThaiCalendar.longDate(round.dueDate))", 24)
      + pad(round.windowOpen ? "เปิดรับรายงาน" : "ปิดรับรายงาน", 13) + "ส่งรายงานแล้ว \(submitted) แห่ง"
  }
}
