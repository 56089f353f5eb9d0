import Foundation

/// Reads a round's entries from a table (CSV or XLSX) with the columns
/// `no,status,budget,disbursed,reason,in_ordinance,note` (Thai headers accepted; `name` is shown for people
/// and ignored). `no` is the project's number in the plan; an empty status = รอรายงาน.
/// All-or-nothing: any problem rejects the whole table.
public enum ReportImport {
  public static let header = ["no", "name", "status", "budget", "disbursed", "reason", "in_ordinance", "note"]
  public static let maxRows = 20_000

  static let aliases: [String: [String]] = [
    "no": ["no", "ลำดับ", "ลำดับที่"],
    "name": ["name", "รายการโครงการ", "ชื่อโครงการ", "โครงการ"],
    "status": ["status", "สถานะ"],
    "budget": ["budget", "งบประมาณ", "งบประมาณ (บาท)"],
    "disbursed": ["disbursed", "เบิกจ่าย", "เบิกจ่าย (บาท)"],
    "reason": ["reason", "เหตุผล", "เหตุผลที่ไม่สามารถดำเนินการได้"],
    "in_ordinance": [
      "in_ordinance", "บรรจุในข้อบัญญัติ", "บรรจุไว้ในข้อบัญญัติ", "บรรจุในข้อบัญญัติ/เทศบัญญัติ", "บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ",
      "ในข้อบัญญัติ",
    ],
    "note": ["note", "หมายเหตุ"],
  ]

  /// `planBudgets`: the counted projects of the round by number, with the plan budget that an
  /// empty budget cell falls back to. `ordinance`: the answers already saved, kept when the
  /// file has no `in_ordinance` column.
  public static func parse(
    header: [String], rows: [[String]], planBudgets: [Int: Money], ordinance: [Int: Bool] = [:]
  ) -> Result<[Int: ReportEntryValues], ImportProblems> {
    var problems: [ImportProblem] = []
    var column: [String: Int] = [:]
    for (index, raw) in header.enumerated() {
      let key = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      if let canonical = aliases.first(where: { $0.value.contains(key) })?.key, column[canonical] == nil {
        column[canonical] = index
      }
    }
    for required in ["no", "status"] where column[required] == nil {
      problems.append(
        ImportProblem(row: nil, column: nil, message: "ไม่พบคอลัมน์ \(required) ในแถวหัวตาราง (คอลัมน์ที่ต้องมี: no, status)"))
    }
    if rows.count > maxRows {
      problems.append(
        ImportProblem(row: nil, column: nil, message: "ไฟล์มี \(rows.count) แถว เกินกว่าที่รับได้ (\(maxRows) แถว)"))
    }
    guard problems.isEmpty else { return .failure(ImportProblems(items: problems)) }

    var entries: [Int: ReportEntryValues] = [:]
    var seen: [Int: Int] = [:]
    for (offset, row) in rows.enumerated() {
      let line = offset + 2
      if row.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
      var cells: [String: String] = [:]
      for (key, index) in column where index < row.count { cells[key] = row[index] }
      let numberText = ThaiDigits.toArabic(cells["no"] ?? "").trimmingCharacters(in: .whitespaces)
      guard let number = Int(numberText) else {
        problems.append(ImportProblem(row: line, column: "no", message: "ลำดับต้องเป็นตัวเลข"))
        continue
      }
      if let first = seen[number] {
        problems.append(ImportProblem(row: line, column: "no", message: "ลำดับ \(number) ซ้ำกับแถวที่ \(first)"))
        continue
      }
      seen[number] = line
      guard let planBudget = planBudgets[number] else {
        problems.append(
          ImportProblem(row: line, column: "no", message: "ไม่พบโครงการลำดับ \(number) ในแผน (หรือไม่นับในปีงบประมาณนี้)"))
        continue
      }
      if column["in_ordinance"] == nil { cells["in_ordinance"] = OrdinanceAnswer.text(ordinance[number]) }
      switch ReportEntryRules.validate(cells, planBudget: planBudget) {
      case .success(let entry):
        entries[number] = entry
      case .failure(let errors):
        for key in ReportEntryRules.fieldOrder {
          if let message = errors[key] {
            problems.append(ImportProblem(row: line, column: key == "reason_text" ? "reason" : key, message: message))
          }
        }
      }
    }
    if entries.isEmpty && problems.isEmpty {
      problems.append(ImportProblem(row: nil, column: nil, message: "ไม่มีรายการในไฟล์"))
    }
    return problems.isEmpty ? .success(entries) : .failure(ImportProblems(items: problems))
  }

  /// The row export writes for a project (import reads it back unchanged).
  public static func row(number: Int, name: String, entry: ReportEntryValues) -> [String] {
    [
      String(number), name, entry.progress?.rawValue ?? "", entry.budget.decimalString, entry.disbursed.decimalString,
      entry.reasonLabel, OrdinanceAnswer.text(entry.inOrdinance), entry.note,
    ]
  }
}
