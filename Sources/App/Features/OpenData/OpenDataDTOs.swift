import Domain
import Vapor

/// `GET /open-data/catalog.json`: the catalogue in DCAT terms (JSON-LD), with each dataset's
/// data dictionary and every file's address, format and size.
struct OpenDataCatalogJSON: Content {
  struct Agent: Content {
    let type = "foaf:Agent"
    let name: String
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case name
    }
  }

  struct Period: Content {
    let type = "dct:PeriodOfTime"
    let startDate: String?
    let endDate: String?
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case startDate, endDate
    }
  }

  struct Location: Content {
    let type = "dct:Location"
    let name: String
    let countryCode: String
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case name, countryCode
    }
  }

  struct Field: Content {
    let name: String
    let label: String
    let type: String
    let unit: String?
    let description: String
  }

  struct Distribution: Content {
    let type = "dcat:Distribution"
    let title: String
    let partition: String
    let format: String
    let mediaType: String
    let downloadURL: String
    let accessURL: String
    /// Bytes of the file as last built (a file is rebuilt when its data changes).
    let byteSize: Int?
    let rows: Int?
    let modified: String?
    let temporal: Period?
    let license: String
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case title, partition, format, mediaType, downloadURL, accessURL, byteSize, rows, modified, temporal, license
    }
  }

  struct Dataset: Content {
    let type = "dcat:Dataset"
    let identifier: String
    let title: String
    let description: String
    let keyword: [String]
    let language = "th"
    let publisher: Agent
    let license: String
    let licenseTitle: String
    let accrualPeriodicity: String
    let frequency: String
    let temporal: Period?
    let spatial: Location
    let landingPage: String
    let dictionaryURL: String
    let dictionary: [Field]
    let distribution: [Distribution]
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case identifier, title, description, keyword, language, publisher, license, licenseTitle
      case accrualPeriodicity, frequency, temporal, spatial, landingPage, dictionaryURL, dictionary, distribution
    }
  }

  let context = "https://www.w3.org/ns/dcat.jsonld"
  let type = "dcat:Catalog"
  let title: String
  let description: String
  let language = "th"
  let homepage: String
  let publisher: Agent
  let license: String
  let dataset: [Dataset]
  enum CodingKeys: String, CodingKey {
    case context = "@context"
    case type = "@type"
    case title, description, language, homepage, publisher, license, dataset
  }
}

extension OpenDataCatalogJSON {
  init(_ listings: [OpenDataListing], base: String, publisher name: String) {
    let publisher = Agent(name: name)
    let licence = OpenDataCatalogue.licence
    func period(_ start: Date?, _ end: Date?) -> Period? {
      guard start != nil || end != nil else { return nil }
      return Period(startDate: start.map(ThaiCalendar.isoDate), endDate: end.map(ThaiCalendar.isoDate))
    }
    title = "ข้อมูลเปิดระบบสุจริต: แผนและผลการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น"
    description =
      "แผนปฏิบัติการป้องกันการทุจริตที่อนุมัติแล้ว ผลการดำเนินงานที่ยืนยันแล้ว อัตราการรายงาน ผล ITA และสถิติเรื่องร้องเรียน ขององค์กรปกครองส่วนท้องถิ่นทั่วประเทศ"
    homepage = base + Paths.openData
    self.publisher = publisher
    license = licence.url
    dataset = listings.map { listing in
      let dataset = listing.dataset
      return Dataset(
        identifier: dataset.id, title: dataset.title, description: dataset.description, keyword: dataset.keywords,
        publisher: publisher, license: licence.url, licenseTitle: licence.title,
        accrualPeriodicity: dataset.frequency.iri, frequency: dataset.frequency.thai,
        temporal: period(listing.start, listing.end), spatial: Location(name: "ประเทศไทย", countryCode: "TH"),
        landingPage: base + Paths.openDataDataset(dataset.id),
        dictionaryURL: base + Paths.openDataDictionary(dataset.id),
        dictionary: dataset.fields.map {
          Field(
            name: $0.name, label: $0.label, type: $0.kind.rawValue, unit: $0.unit.isEmpty ? nil : $0.unit,
            description: $0.meaning)
        },
        distribution: listing.files.flatMap { file in
          [OpenDataFormat.csv, .jsonl].map { format in
            let url = base + Paths.openDataFile(dataset.id, file.partition.id, format)
            return Distribution(
              title: "\(dataset.title) — \(file.partition.title) (\(format.title))", partition: file.partition.id,
              format: format.title, mediaType: format.mediaTypeName, downloadURL: url, accessURL: url,
              byteSize: file.snapshot.map { format == .csv ? $0.csvBytes : $0.jsonlBytes }, rows: file.snapshot?.rows,
              modified: file.snapshot.map { $0.modified.ISO8601Format() },
              temporal: period(file.partition.start, file.partition.end), license: licence.url)
          }
        })
    }
  }
}
