import Domain
import Foundation
import Vapor

/// The risk form's fields (all text: checked by `Domain.RiskInput.parse`).
struct RiskForm: Decodable {
  var category: String?
  var process: String?
  var event: String?
  var who: String?
  var likelihood: String?
  var impact: String?
  var measures: String?
  var project_id: String?
  var announcement_id: String?
  var owner: String?
  var status: String?
  var follow_up_first: String?
  var follow_up_second: String?

  var values: [String: String] {
    [
      "category": category ?? "", "process": process ?? "", "event": event ?? "", "who": who ?? "",
      "likelihood": likelihood ?? "", "impact": impact ?? "", "measures": measures ?? "",
      "project_id": project_id ?? "", "announcement_id": announcement_id ?? "", "owner": owner ?? "",
      "status": status ?? "", "follow_up_first": follow_up_first ?? "", "follow_up_second": follow_up_second ?? "",
    ]
  }
}

/// A published register as the JSON API answers it.
struct RiskRegisterDTO: Content {
  struct Item: Content {
    let number: Int
    let category: String
    let category_name: String
    let process: String
    let event: String
    let who: String
    let likelihood: Int
    let impact: Int
    let level: String
    let level_name: String
    let measures: String
    let project: String?
    let announcement: String?
    let owner: String
    let status: String
    let follow_up_first: String
    let follow_up_second: String
  }

  let organization_code: String
  let organization_name: String
  let fiscal_year: Int
  let copy_number: Int
  let published_at: Date
  let items: [Item]

  init(record: RiskCopyRecord, copy: RiskCopy) {
    organization_code = record.organizationCode
    organization_name = copy.organizationName
    fiscal_year = record.fiscalYear
    copy_number = record.number
    published_at = record.publishedAt
    items = copy.items.map { item in
      Item(
        number: item.number, category: item.category.rawValue, category_name: item.category.thaiName,
        process: item.process, event: item.event, who: item.who, likelihood: item.likelihood, impact: item.impact,
        level: item.level.rawValue, level_name: item.level.thaiName, measures: item.measures, project: item.project,
        announcement: item.announcement, owner: item.owner, status: item.status.rawValue,
        follow_up_first: item.followUpFirst, follow_up_second: item.followUpSecond)
    }
  }
}
