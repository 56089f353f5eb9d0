import Foundation

/// One column of an open dataset, as its data dictionary describes it.
public struct OpenDataField: Equatable, Sendable {
  public enum Kind: String, Sendable {
    case text, integer, decimal, boolean, date, datetime

    public var thaiName: String {
      switch self {
      case .text: return "ข้อความ"
      case .integer: return "จำนวนเต็ม"
      case .decimal: return "ทศนิยม"
      case .boolean: return "จริง/เท็จ"
      case .date: return "วันที่ (ISO 8601, ค.ศ.)"
      case .datetime: return "วันเวลา (ISO 8601, UTC)"
      }
    }
  }

  public let name: String
  public let label: String
  public let kind: Kind
  public let unit: String
  public let meaning: String

  public init(_ name: String, _ label: String, _ kind: Kind, unit: String = "", _ meaning: String) {
    self.name = name
    self.label = label
    self.kind = kind
    self.unit = unit
    self.meaning = meaning
  }
}

/// A value of one cell, typed so CSV and JSON Lines each write it their own way.
public enum OpenDataValue: Equatable, Sendable {
  case text(String)
  case integer(Int64)
  /// A decimal number already written exactly ("1250.50").
  case decimal(String)
  case boolean(Bool)
  case null

  public static func optionalText(_ text: String?) -> OpenDataValue {
    guard let text, !text.isEmpty else { return .null }
    return .text(text)
  }

  public static func money(_ satang: Int64) -> OpenDataValue { .decimal(Money(satang: satang).decimalString) }

  public static func percent(_ value: Percent?) -> OpenDataValue { value.map { .decimal($0.description) } ?? .null }

  public static func integer(_ value: Int) -> OpenDataValue { .integer(Int64(value)) }
}

/// How a dataset is split into files.
public enum OpenDataPartitioning: String, Sendable {
  /// One file.
  case whole
  /// One file per plan period (`2566-2570`).
  case planPeriod
  /// One file per reporting round (`2568-6m`), and one of every round (`all`).
  case round
  /// One file per fiscal year (`2568`).
  case fiscalYear
}

/// A dataset of the open data catalogue: what it holds, how often it changes and its columns.
public struct OpenDataDataset: Sendable {
  public let id: String
  public let title: String
  public let description: String
  public let keywords: [String]
  /// Thai wording and the DCAT frequency IRI (Dublin Core's frequency vocabulary).
  public let frequency: (thai: String, iri: String)
  public let partitioning: OpenDataPartitioning
  public let fields: [OpenDataField]

  public var columnNames: [String] { fields.map(\.name) }
}

/// Writes one row of a dataset as a CSV line or a JSON Lines object.
public enum OpenDataLine {
  public static func csv(_ values: [OpenDataValue]) -> String {
    CSVTable.line(
      values.map { value in
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .decimal(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return ""
        }
      })
  }

  public static func json(_ values: [OpenDataValue], fields: [OpenDataField]) -> String {
    var out = "{"
    for (index, (field, value)) in zip(fields, values).enumerated() {
      if index > 0 { out += "," }
      out += jsonString(field.name) + ":"
      switch value {
      case .text(let text): out += jsonString(text)
      case .integer(let number): out += String(number)
      case .decimal(let text):
        out += CSVTable.isPlainNumber(text) ? text.replacingOccurrences(of: ",", with: "") : "null"
      case .boolean(let flag): out += flag ? "true" : "false"
      case .null: out += "null"
      }
    }
    return out + "}\n"
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped; the line
  /// separators U+2028/U+2029 too, so a line is always one line.
  public static func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
