import Domain
import SQLKit

/// Sums of money columns in SQL that cannot overflow. SQLite raises "integer overflow" and
/// PostgreSQL "bigint out of range" when a SUM passes Int64, which a national total of
/// absurd amounts could; so each amount is split at 10^9 satang and the two parts are summed
/// apart (each part stays below Int64 for a billion rows), then joined in Swift with 128
/// bits and clamped.
enum MoneySQL {
  static let split: Int64 = 1_000_000_000

  /// `, CAST(COALESCE(SUM(CAST(expr AS BIGINT) / 10^9), 0) AS BIGINT) AS name_hi, … AS name_lo`.
  /// The inner cast keeps the division whole on PostgreSQL, where a SUM is `numeric`.
  static func sum(_ expression: SQLQueryString, as name: String) -> SQLQueryString {
    let amount: SQLQueryString = "CAST((" + expression + ") AS BIGINT)"
    var columns: SQLQueryString = ", CAST(COALESCE(SUM(" + amount + " / \(literal: split)), 0) AS BIGINT) AS "
    columns += "\(ident: name + "_hi")"
    columns += ", CAST(COALESCE(SUM(" + amount + " % \(literal: split)), 0) AS BIGINT) AS \(ident: name + "_lo")"
    return columns
  }

  /// The amount the two parts make, clamped to Int64.
  static func joined(hi: Int64, lo: Int64) -> Int64 {
    Int64(clamping: Int128(hi) * Int128(split) + Int128(lo))
  }
}

/// A row with the budget and disbursed sums of `MoneySQL.sum(…, as: "budget_satang")` and
/// `…"disbursed_satang"`, joined back into amounts.
protocol MoneySums {
  var budget_satang_hi: Int64 { get }
  var budget_satang_lo: Int64 { get }
  var disbursed_satang_hi: Int64 { get }
  var disbursed_satang_lo: Int64 { get }
}

extension MoneySums {
  var budget_satang: Int64 { MoneySQL.joined(hi: budget_satang_hi, lo: budget_satang_lo) }
  var disbursed_satang: Int64 { MoneySQL.joined(hi: disbursed_satang_hi, lo: disbursed_satang_lo) }
}
