import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Wires the application: database, migrations, middleware, routes and commands.
public func configure(_ app: Application) async throws {
  var config = AppConfig.fromEnvironment()
  if app.environment == .testing { config.bcryptCost = 4 }
  config.decoyHash = try Bcrypt.hash("sujarit-decoy", cost: config.bcryptCost)
  app.config = config
  AppMetrics.bootstrapOnce()

  try await configureDatabase(app)
  app.migrations.add(Migrations.all)
  app.passwords.use(.bcrypt(cost: config.bcryptCost))
  app.routes.defaultMaxBodySize = "2mb"
  // JSON answers keep one key order: the same answer is the same bytes (an unknown
  // complaint receipt must answer exactly alike every time).
  let json = JSONEncoder()
  json.dateEncodingStrategy = .iso8601
  json.outputFormatting = [.sortedKeys]
  ContentConfiguration.global.use(encoder: json, for: .json)
  // Thai text is three bytes a letter in UTF-8 and compresses well: a big gain on slow links.
  app.http.server.configuration.responseCompression = .enabled
  // The server's own trace lines quote each request head (addresses, user agents, a receipt
  // in an API path): the application's logger never goes below debug, whatever LOG_LEVEL says.
  if app.logger.logLevel < .debug { app.logger.logLevel = .debug }
  app.http.server.configuration.logger = app.logger
  app.complaintVault = try ComplaintKeyStore.load(app)

  app.middleware = .init()
  app.middleware.use(HeaderGuardMiddleware())
  app.middleware.use(RequestLogMiddleware())
  app.middleware.use(SecurityHeadersMiddleware())
  app.middleware.use(ThaiErrorMiddleware())
  app.middleware.use(RequestShapeMiddleware())
  app.middleware.use(MethodNotAllowedMiddleware())
  app.middleware.use(StaticFilesMiddleware(directory: publicDirectory()))
  app.middleware.use(SessionAuthenticator())
  app.middleware.use(CSRFMiddleware())
  app.middleware.use(MustSetPasswordGate())
  app.middleware.use(ReadCacheInvalidation())
  _ = app.readCache  // created before the server shares it between requests
  _ = HealthRoutes.processStarted
  app.pdfQueue = Application.pdfQueueFromEnvironment()
  app.openData = OpenDataStore(directory: Application.openDataDirectory(app.environment))

  if app.environment != .testing { app.mailer = CurlSMTPMailer.fromEnvironment(pool: app.threadPool) }

  try routes(app)
  app.routeTable = RouteTable(routes: app.routes.all)
  app.asyncCommands.use(SetupCommand(), as: "setup")
  app.asyncCommands.use(DemoCommand(), as: "demo")
  app.asyncCommands.use(ImportPlanCommand(), as: "import-plan")
  app.asyncCommands.use(ImportReportCommand(), as: "import-report")
  app.asyncCommands.use(ImportItaCommand(), as: "import-ita")
  app.asyncCommands.use(GenerateCommand(), as: "generate")
  app.asyncCommands.use(RoundsCommand(), as: "rounds")
  app.asyncCommands.use(ComplaintsCommand(), as: "complaints")
  app.asyncCommands.use(GuideShotsCommand(), as: "guide-shots")
  // Only a serving process erases expired identities (not `setup`, `generate` or the like).
  let command = app.environment.arguments.dropFirst().first
  if app.environment != .testing, command == nil || command == "serve" { ComplaintRetentionTask.schedule(app) }
}

/// PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file.
private func configureDatabase(_ app: Application) async throws {
  if let url = Environment.get("DATABASE_URL"), !url.isEmpty {
    var postgres = try SQLPostgresConfiguration(url: url)
    postgres.searchPath = ["public"]
    app.databases.use(.postgres(configuration: postgres, maxConnectionsPerEventLoop: 4), as: .psql)
  } else if app.environment == .testing {
    app.databases.use(.sqlite(.memory), as: .sqlite)
  } else {
    let path = Environment.get("SUJARIT_DATABASE_PATH") ?? "./sujarit.sqlite"
    app.databases.use(.sqlite(.file(path)), as: .sqlite)
    // WAL lets page reads go on while a report is being saved.
    _ = try await (app.db as! SQLDatabase).raw("PRAGMA journal_mode=WAL").all()
    _ = try await (app.db as! SQLDatabase).raw("PRAGMA busy_timeout=5000").all()
  }
}

private func publicDirectory() -> String {
  (Bundle.module.url(forResource: "Public", withExtension: nil, subdirectory: "Resources")?.path ?? "Public") + "/"
}
