import Domain
import Vapor

/// A file answer: the browser saves it under `name` (or, `inline`, shows it itself).
enum FileDownload {
  static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

  static func response(body: Data, type: String, name: String, inline: Bool = false) -> Response {
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: type)
    headers.replaceOrAdd(
      name: .contentDisposition,
      value: inline ? HeaderValue.inline(fileName: name) : HeaderValue.attachment(fileName: name))
    return Response(status: .ok, headers: headers, body: .init(data: body))
  }
}

/// A table as a CSV (UTF-8 with BOM, for Thai Excel) or XLSX download.
enum SpreadsheetDownload {
  /// `numeric`: the columns written as numbers in Excel; nil = every column whose cells all read as numbers.
  static func make(
    format: String, sheet: String, header: [String], rows: [[String]], name: String, numeric given: Set<Int>? = nil
  ) throws -> Response {
    if format == "xlsx" {
      let numeric =
        given
        ?? Set(
          header.indices.filter { index in
            !rows.isEmpty && rows.allSatisfy { index < $0.count && CSVTable.isPlainNumber($0[index]) }
          })
      let data = try XLSXWriter.workbook(sheetName: sheet, header: header, rows: rows, numeric: numeric)
      return FileDownload.response(body: data, type: FileDownload.xlsxType, name: name + ".xlsx")
    }
    let body = CSVTable.render(header: header, rows: rows)
    return FileDownload.response(body: Data(body.utf8), type: "text/csv; charset=utf-8", name: name + ".csv")
  }
}
