import Domain
import Fluent
import Vapor

/// The open data catalogue (`/open-data`, `/open-data/catalog.json`), a dictionary page per
/// dataset and its files, CSV and JSON Lines, per partition. Public, no account.
struct OpenDataRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("open-data", use: catalogPage)
    routes.get("open-data", "catalog.json", use: catalogJSON)
    routes.get("open-data", ":dataset", use: datasetPage)
    routes.get("open-data", ":dataset", "dictionary.csv", use: dictionaryCSV)
    routes.get("open-data", ":dataset", ":file", use: download)
  }

  func catalogPage(req: Request) async throws -> Response {
    let listings = try await Self.listings(req, OpenDataCatalogue.datasets)
    return req.page(OpenDataCatalogPage(shell: req.shell("ข้อมูลเปิด"), listings: listings).html)
  }

  func catalogJSON(req: Request) async throws -> Response {
    let listings = try await Self.listings(req, OpenDataCatalogue.datasets)
    let catalog = OpenDataCatalogJSON(
      listings, base: req.publicBase, publisher: req.application.config.publisher)
    let response = try await catalog.encodeResponse(for: req)
    response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
    return response
  }

  func datasetPage(req: Request) async throws -> Response {
    let dataset = try Self.dataset(req)
    guard let listing = try await Self.listings(req, [dataset]).first else { throw Abort(.notFound) }
    return req.page(
      OpenDataDatasetPage(
        shell: req.shell(dataset.title), listing: listing, publisher: req.application.config.publisher
      ).html)
  }

  func dictionaryCSV(req: Request) async throws -> Response {
    let dataset = try Self.dataset(req)
    let rows = dataset.fields.map { [$0.name, $0.label, $0.kind.rawValue, $0.unit, $0.meaning] }
    return try SpreadsheetDownload.make(
      format: "csv", sheet: "พจนานุกรมข้อมูล", header: ["field", "label_th", "type", "unit", "description"], rows: rows,
      name: "sujarit-\(dataset.id)-dictionary")
  }

  func download(req: Request) async throws -> Response {
    let dataset = try Self.dataset(req)
    let file = req.parameters.get("file") ?? ""
    let format = OpenDataFormat.allCases.first { $0 != .meta && file.hasSuffix("." + $0.rawValue) }
    let partitionID = format.map { String(file.dropLast($0.rawValue.count + 1)) } ?? ""
    let partitions = try await OpenDataQueries(db: req.db).partitions(dataset)
    guard let format, let partition = partitions.first(where: { $0.id == partitionID }) else {
      throw Abort(.notFound, reason: "ไม่มีไฟล์ \"\(file.prefix(40))\" ในชุดข้อมูล\(dataset.title) (ดูรายการไฟล์ที่หน้าชุดข้อมูล)")
    }
    let key = OpenDataStore.key(dataset, partition)
    let snapshot = try await Self.ensure(req.application, dataset, partition)
    let response = try await req.fileio.asyncStreamFile(
      at: req.application.openData.path(key, format), mediaType: format.mediaType)
    response.headers.replaceOrAdd(
      name: .contentDisposition,
      value: HeaderValue.attachment(fileName: "sujarit-\(dataset.id)-\(partition.id).\(format.rawValue)"))
    response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
    response.headers.replaceOrAdd(name: "X-Rows", value: String(snapshot.rows))
    return response
  }

  static func dataset(_ req: Request) throws -> OpenDataDataset {
    let id = req.parameters.get("dataset") ?? ""
    guard let dataset = OpenDataCatalogue.dataset(id) else {
      throw Abort(.notFound, reason: "ไม่มีชุดข้อมูล \"\(id.prefix(40))\" (ดูรายการที่ \(Paths.openData))")
    }
    return dataset
  }

  /// Builds the partition's files now if they are missing or out of date.
  static func ensure(_ app: Application, _ dataset: OpenDataDataset, _ partition: OpenDataPartition) async throws
    -> OpenDataSnapshot
  {
    let stamp = try await OpenDataQueries(db: app.db).stamp(dataset, partition: partition.id)
    let rows = OpenDataRowQueries(db: app.db, publicURL: app.config.publicURL)
    return try await app.openData.ensure(
      OpenDataStore.key(dataset, partition), stamp: stamp, fields: dataset.fields
    ) { emit in try await rows.rows(dataset, partition: partition.id, emit: emit) }
  }

  /// Each dataset's files as last built. A missing file is built now; one whose data changed
  /// since is rebuilt in the background, so the catalogue answers at once and its sizes
  /// catch up within seconds (a download always gets the current data).
  static func listings(_ req: Request, _ datasets: [OpenDataDataset]) async throws -> [OpenDataListing] {
    let queries = OpenDataQueries(db: req.db)
    let app = req.application
    let context = try await queries.stampContext()
    var listings: [OpenDataListing] = []
    for dataset in datasets {
      var files: [OpenDataListing.File] = []
      for partition in try await queries.partitions(dataset) {
        let key = OpenDataStore.key(dataset, partition)
        var snapshot = await app.openData.latest(key)
        if snapshot == nil {
          snapshot = try await ensure(app, dataset, partition)
        } else if try await queries.stamp(dataset, partition: partition.id, context: context) != snapshot?.stamp {
          Task { _ = try? await ensure(app, dataset, partition) }
        }
        files.append(.init(partition: partition, snapshot: snapshot))
      }
      listings.append(OpenDataListing(dataset: dataset, files: files))
    }
    return listings
  }
}

/// A dataset with its files as last built (what the catalogue page and JSON show).
struct OpenDataListing {
  struct File {
    let partition: OpenDataPartition
    let snapshot: OpenDataSnapshot?
  }

  let dataset: OpenDataDataset
  let files: [File]

  var start: Date? { files.compactMap(\.partition.start).min() }
  var end: Date? { files.compactMap(\.partition.end).max() }
}
