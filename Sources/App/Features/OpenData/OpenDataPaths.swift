extension Paths {
  static let openData = "/open-data"
  static let openDataCatalog = "/open-data/catalog.json"
  static func openDataDataset(_ id: String) -> String { "/open-data/\(id)" }
  static func openDataDictionary(_ id: String) -> String { "/open-data/\(id)/dictionary.csv" }
  static func openDataFile(_ id: String, _ partition: String, _ format: OpenDataFormat) -> String {
    "/open-data/\(id)/\(partition).\(format.rawValue)"
  }
}
