import Domain

/// The round's row-by-row entry table, written straight into an `HTMLWriter`: it is the
/// deadline's busiest page (every officer opens it, ~65 rows of form controls).
struct ReportEntryTable {
  let model: ReportPageModel

  static let headers = ["ลำดับ", "รายการโครงการ", "มิติ", "สถานะ", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "หมายเหตุ", "หลักฐาน"]
  static let statusOptions: [(value: String, label: String)] =
    [("", ReportEntryRules.pendingLabel)] + ProjectProgress.allCases.map { ($0.rawValue, $0.rawValue) }
  static let ordinanceOptions: [(value: String, label: String)] = [
    ("", "ในข้อบัญญัติ: ไม่ระบุ"), (OrdinanceAnswer.yes, "บรรจุในข้อบัญญัติ"), (OrdinanceAnswer.no, "ไม่ได้บรรจุในข้อบัญญัติ"),
  ]
  static let reasonOptions: [(value: String, label: String)] =
    [("", "— เหตุผล (ถ้าไม่สามารถดำเนินการได้) —")] + CannotReason.allCases.map { ($0.rawValue, $0.rawValue) }

  var markup: TrustedHTML {
    var out = HTMLWriter(capacity: 2_600 * (model.rows.count + 1))
    out.open("table", ["class": "data report-entries"])
    out.open("thead")
    out.open("tr")
    for header in Self.headers { out.element("th", text: header) }
    out.close("tr")
    out.close("thead")
    out.open("tbody")
    for row in model.rows { write(row, into: &out) }
    out.close("tbody")
    out.close("table")
    return out.result
  }

  private func write(_ row: ReportPageModel.Row, into out: inout HTMLWriter) {
    let cells = row.cells
    out.open(
      "tr",
      ["class": row.errors.isEmpty && row.conflict == nil ? "entry" : "entry has-error", "data-row": row.id.uuidString])
    out.element("td", ["class": "code"], text: String(row.number))
    out.open("td")
    out.element("a", ["href": model.path + "/projects/" + row.id.uuidString], text: row.name)
    if let conflict = row.conflict { out.element("p", ["class": "field-error"], text: conflict) }
    out.close("td")
    out.element("td", ["class": "code"], text: String(row.dimension))
    if model.writable {
      out.open("td")
      out.open("input", ["type": "hidden", "name": EntryForm.name("version", row.id), "value": String(row.version)])
      out.select(
        name: EntryForm.name("status", row.id), options: Self.statusOptions, selected: cells["status"] ?? "",
        label: "สถานะ ลำดับ \(row.number)")
      out.open("span", ["class": "reason-fields"])
      out.select(
        name: EntryForm.name("reason", row.id), options: Self.reasonOptions, selected: cells["reason"] ?? "",
        label: "เหตุผล ลำดับ \(row.number)")
      out.open(
        "input",
        [
          "type": "text", "name": EntryForm.name("reason_text", row.id), "value": cells["reason_text"] ?? "",
          "placeholder": "เหตุผลอื่นๆ", "aria-label": "เหตุผลอื่นๆ ลำดับ \(row.number)",
        ])
      out.close("span")
      errors(row, ["status", "reason", "reason_text"], into: &out)
      out.close("td")
      moneyCell(row, field: "budget", label: "งบประมาณ", into: &out) { out in
        out.select(
          name: EntryForm.name("in_ordinance", row.id), options: Self.ordinanceOptions,
          selected: row.cells["in_ordinance"] ?? "", label: "บรรจุในข้อบัญญัติ ลำดับ \(row.number)")
        errors(row, ["in_ordinance"], into: &out)
      }
      moneyCell(row, field: "disbursed", label: "เบิกจ่าย", into: &out)
      out.open("td")
      out.open(
        "textarea", ["name": EntryForm.name("note", row.id), "rows": "1", "aria-label": "หมายเหตุ ลำดับ \(row.number)"])
      out.text(cells["note"] ?? "")
      out.close("textarea")
      errors(row, ["note"], into: &out)
      out.close("td")
    } else {
      out.open("td")
      out.text(row.statusLabel)
      if let reason = cells["reason"], !reason.isEmpty {
        let other = cells["reason_text"] ?? ""
        out.element("p", ["class": "hint"], text: reason + (other.isEmpty ? "" : ": \(other)"))
      }
      out.close("td")
      out.open("td", ["class": "number"])
      out.text(cells["budget"] ?? "")
      if let answer = cells["in_ordinance"], !answer.isEmpty {
        out.element("p", ["class": "hint"], text: "บรรจุในข้อบัญญัติ: \(answer)")
      }
      out.close("td")
      out.element("td", ["class": "number"], text: cells["disbursed"] ?? "")
      out.element("td", text: cells["note"] ?? "")
    }
    out.element("td", ["class": "code"], text: row.evidenceCount > 0 ? "\(row.evidenceCount) ไฟล์" : "—")
    out.close("tr")
  }

  private func moneyCell(
    _ row: ReportPageModel.Row, field: String, label: String, into out: inout HTMLWriter,
    then more: (inout HTMLWriter) -> Void = { _ in }
  ) {
    out.open("td")
    out.open(
      "input",
      [
        "type": "text", "name": EntryForm.name(field, row.id), "value": row.cells[field] ?? "", "inputmode": "decimal",
        "class": "money", "aria-label": "\(label) ลำดับ \(row.number)",
      ])
    errors(row, [field], into: &out)
    more(&out)
    out.close("td")
  }

  private func errors(_ row: ReportPageModel.Row, _ keys: [String], into out: inout HTMLWriter) {
    for key in keys { if let message = row.errors[key] { out.element("p", ["class": "field-error"], text: message) } }
  }
}
