import Vapor

func routes(_ app: Application) throws {
  try app.register(collection: HomeRoutes())
  try app.register(collection: HealthRoutes())
  try app.register(collection: AccountRoutes())
  try app.register(collection: OrganizationRoutes())
  try app.register(collection: ProvinceRoutes())
  try app.register(collection: UserRoutes())
  try app.register(collection: FrameworkRoutes())
  try app.register(collection: AuditRoutes())
  try app.register(collection: PlanRoutes())
  try app.register(collection: ProjectRoutes())
  try app.register(collection: PlanFileRoutes())
  try app.register(collection: PlanAreaRoutes())
  try app.register(collection: PlanAPIRoutes())
  try app.register(collection: RoundRoutes())
  try app.register(collection: ReportRoutes())
  try app.register(collection: ReportProjectRoutes())
  try app.register(collection: ReportFileRoutes())
  try app.register(collection: ReportAPIRoutes())
  try app.register(collection: FilingRoutes())
  try app.register(collection: LevelRoutes())
  try app.register(collection: OversightRoutes())
  try app.register(collection: BangkokRoutes())
  try app.register(collection: AnnouncementRoutes())
  try app.register(collection: OitRoutes())
  try app.register(collection: OitChecklistRoutes())
  try app.register(collection: OitAPIRoutes())
  try app.register(collection: ItaRoutes())
  app.get("api", "v1", "openapi.yaml") { _ async throws -> Response in
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "application/yaml; charset=utf-8")
    return Response(
      status: .ok, headers: headers, body: .init(string: try BundledResource.text("openapi.yaml")))
  }
}
