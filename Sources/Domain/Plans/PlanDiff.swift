/// What changed between two versions of a plan, project by project (matched by id).
public struct PlanDiff: Equatable, Sendable {
  public struct Change: Equatable, Sendable {
    public let field: String
    public let label: String
    public let old: String
    public let new: String

    /// The fields whose text differs, field by field (both lists in the same order).
    static func between(
      _ old: [(key: String, label: String, value: String)], _ new: [(key: String, label: String, value: String)]
    ) -> [Change] {
      zip(old, new).compactMap { pair in
        pair.0.value == pair.1.value
          ? nil : Change(field: pair.1.key, label: pair.1.label, old: pair.0.value, new: pair.1.value)
      }
    }
  }

  public struct ChangedProject: Equatable, Sendable {
    public let project: ProjectSnapshot
    public let changes: [Change]
  }

  public let added: [ProjectSnapshot]
  public let removed: [ProjectSnapshot]
  public let changed: [ChangedProject]
  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

  public init(from old: [ProjectSnapshot], to new: [ProjectSnapshot], years: [Int]) {
    let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let after = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    added = new.filter { before[$0.id] == nil }.sorted { $0.number < $1.number }
    removed = old.filter { after[$0.id] == nil }.sorted { $0.number < $1.number }
    changed = new.compactMap { project -> ChangedProject? in
      guard let previous = before[project.id], previous != project else { return nil }
      let changes = Change.between(previous.fields(years: years), project.fields(years: years))
      return changes.isEmpty ? nil : ChangedProject(project: project, changes: changes)
    }.sorted { $0.project.number < $1.project.number }
  }
}
