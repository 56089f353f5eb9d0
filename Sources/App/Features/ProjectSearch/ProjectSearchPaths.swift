import Domain

extension Paths {
  static let projectSearch = "/projects"
  static let apiProjects = "/api/v1/projects"

  static func projectSearch(_ query: ProjectSearchQuery, page: Int = 1, format: String? = nil) -> String {
    withQuery(
      projectSearch,
      query.parameters + (page > 1 ? [("page", String(page))] : []) + (format.map { [("format", $0)] } ?? []))
  }
}
