import Domain
import Foundation
import Vapor

/// `GET /api/v1/oit/{fiscalYear}/checklist`.
struct OitChecklistJSON: Content, Equatable {
  struct Item: Content, Equatable {
    let code: String
    let indicator: Int
    let indicatorName: String
    let subIndicator: String
    let title: String
    let required: String
    let evidenceKinds: [String]
    let sujaritSources: [String]
  }
  let fiscalYear: Int
  let isTemplate: Bool
  let version: Int
  let items: [Item]

  init(_ record: OitChecklistRecord) {
    fiscalYear = record.year
    isTemplate = record.isTemplate
    version = record.version
    items = record.items.map {
      Item(
        code: $0.code, indicator: $0.indicator.rawValue, indicatorName: $0.indicator.thaiName,
        subIndicator: $0.subIndicator, title: $0.title, required: $0.required,
        evidenceKinds: $0.evidenceKinds.map(\.rawValue), sujaritSources: $0.sources.map(\.rawValue))
    }
  }
}

/// `GET /api/v1/organizations/{code}/oit/{fiscalYear}`: public — each item's state and, once
/// published, its evidence (owners and unpublished evidence stay inside the workspace).
struct OitOrganizationJSON: Content, Equatable {
  struct Evidence: Content, Equatable {
    let kind: String
    let label: String
    let url: String?
  }
  struct Item: Content, Equatable {
    let code: String
    let title: String
    let state: String
    let stateName: String
    let evidence: [Evidence]
  }
  let organizationCode: String
  let organizationName: String
  let fiscalYear: Int
  let items: Int
  let published: Int
  /// Items published ÷ items × 100, two decimals; null for an empty checklist.
  let readiness: String?
  let reviewedAt: Date?
  let checklist: [Item]

  init(context: OitContext, statuses: [OitItemStatus], review: OitReviewRow?, publicBase: String) {
    organizationCode = context.code
    organizationName = context.name
    fiscalYear = context.year
    let figure = OitReadinessFigure(
      items: statuses.count, published: statuses.filter { $0.state == .published }.count, owned: 0)
    items = figure.items
    published = figure.published
    readiness = figure.percent?.description
    reviewedAt = review?.reviewed_at
    checklist = statuses.map { status in
      let shown = status.state == .published
      let evidence: [Evidence] =
        !shown
        ? []
        : status.supplied.compactMap { supplied in
          supplied.url.map { Evidence(kind: "sujarit", label: supplied.title, url: publicBase + $0) }
        }
          + status.evidence.map { evidence in
            switch evidence.evidenceKind {
            case .url: return Evidence(kind: "url", label: evidence.url ?? "", url: evidence.url)
            case .file:
              return Evidence(
                kind: "file", label: evidence.file_name ?? "",
                url: publicBase + Paths.oitEvidence(context.code, context.year, evidence.id))
            case .text: return Evidence(kind: "text", label: evidence.body ?? "", url: nil)
            }
          }
      return Item(
        code: status.item.code, title: status.item.title, state: status.state.rawValue,
        stateName: status.state.thaiName, evidence: evidence)
    }
  }
}
