import Foundation

/// One validated row of an imported ITA results file.
public struct ItaImportRow: Equatable, Sendable {
  public let line: Int
  public let code: String
  public let scores: ItaScores
  public let iitRespondents: Int?
  public let eitRespondents: Int?

  public init(line: Int, code: String, scores: ItaScores, iitRespondents: Int?, eitRespondents: Int?) {
    self.line = line
    self.code = code
    self.scores = scores
    self.iitRespondents = iitRespondents
    self.eitRespondents = eitRespondents
  }
}

/// Reads a results table (CSV or XLSX): `code,i1,…,i10` and optionally
/// `iit_respondents,eit_respondents`. Blank cells are missing indicators. All-or-nothing.
public enum ItaImport {
  public static let maxRows = 20_000
  public static let maxRespondents = 10_000_000
  public static let header = ["code"] + ItaIndicator.numbers.map { "i\($0)" } + ["iit_respondents", "eit_respondents"]

  public static func unknownCode(line: Int, code: String) -> ImportProblem {
    ImportProblem(row: line, column: "code", message: "ไม่พบหน่วยงานรหัส \(code) ในระบบ")
  }

  public static func parse(header: [String], rows: [[String]]) -> Result<[ItaImportRow], ImportProblems> {
    var problems: [ImportProblem] = []
    var column: [String: Int] = [:]
    for (index, raw) in header.enumerated() {
      let key = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      let canonical = key == "รหัส" || key == "รหัสหน่วยงาน" ? "code" : key
      guard Self.header.contains(canonical) else { continue }
      if column[canonical] != nil {
        problems.append(ImportProblem(row: 1, column: canonical, message: "มีคอลัมน์ \(canonical) ซ้ำกัน"))
      } else {
        column[canonical] = index
      }
    }
    let required = ["code"] + ItaIndicator.numbers.map { "i\($0)" }
    let absent = required.filter { column[$0] == nil }
    if !absent.isEmpty {
      problems.append(
        ImportProblem(
          row: nil, column: nil,
          message: "ไม่พบคอลัมน์ \(absent.joined(separator: ", ")) ในแถวหัวตาราง (คอลัมน์ที่ต้องมี: code, i1 ถึง i10)"))
    }
    if rows.count > maxRows {
      problems.append(
        ImportProblem(row: nil, column: nil, message: "ไฟล์มี \(rows.count) แถว เกินกว่าที่รับได้ (\(maxRows) แถว)"))
    }
    guard problems.isEmpty else { return .failure(ImportProblems(items: problems)) }

    var result: [ItaImportRow] = []
    var seen: [String: Int] = [:]
    for (offset, row) in rows.enumerated() {
      let line = offset + 2
      func cell(_ key: String) -> String {
        guard let index = column[key], index < row.count else { return "" }
        return row[index].trimmingCharacters(in: .whitespacesAndNewlines)
      }
      if row.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
      var rowProblems: [ImportProblem] = []
      let rawCode = cell("code")
      var code = ""
      if let parsed = rawCode.count <= 20 ? DLACode(rawCode) : nil {
        code = parsed.value
        if let first = seen[code] {
          rowProblems.append(ImportProblem(row: line, column: "code", message: "รหัส \(code) ซ้ำกับแถวที่ \(first)"))
        } else {
          seen[code] = line
        }
      } else {
        rowProblems.append(ImportProblem(row: line, column: "code", message: "รหัสหน่วยงานต้องเป็นตัวเลข 7 หลัก"))
      }
      var values: [Int: Int64] = [:]
      for number in ItaIndicator.numbers {
        let text = cell("i\(number)")
        if text.isEmpty || text == "-" { continue }
        switch ItaScore.parse(text) {
        case .success(let score): values[number] = score.hundredths
        case .failure(let problem):
          rowProblems.append(
            ImportProblem(row: line, column: "i\(number)", message: "คะแนนตัวชี้วัดที่ \(number) \(problem.message)"))
        }
      }
      func respondents(_ key: String, _ tool: String) -> Int? {
        let text = ThaiDigits.toArabic(cell(key)).replacingOccurrences(of: ",", with: "")
        if text.isEmpty { return nil }
        guard text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
          value <= maxRespondents
        else {
          rowProblems.append(
            ImportProblem(
              row: line, column: key, message: "จำนวนผู้ตอบแบบวัด \(tool) ต้องเป็นจำนวนเต็มไม่ติดลบ ไม่เกิน 10,000,000"))
          return nil
        }
        return value
      }
      let iit = respondents("iit_respondents", "IIT")
      let eit = respondents("eit_respondents", "EIT")
      if values.isEmpty && rowProblems.isEmpty {
        rowProblems.append(ImportProblem(row: line, column: nil, message: "ไม่มีคะแนนตัวชี้วัดใดเลย"))
      }
      if rowProblems.isEmpty {
        result.append(
          ItaImportRow(line: line, code: code, scores: ItaScores(values), iitRespondents: iit, eitRespondents: eit))
      }
      problems += rowProblems
    }
    if result.isEmpty && problems.isEmpty {
      problems.append(ImportProblem(row: nil, column: nil, message: "ไม่มีผลการประเมินในไฟล์"))
    }
    return problems.isEmpty ? .success(result) : .failure(ImportProblems(items: problems))
  }
}
