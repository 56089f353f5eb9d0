import Domain
import Vapor

/// Evidence files sent with a filing or a reply: at most five at a time, each up to the
/// report-evidence size, of the report-evidence types (judged by their bytes) or Word/Excel.
enum ComplaintUploads {
  struct Problem: Error { let message: String }

  /// The files a form sent (empty parts skipped), or a Thai message for the field. The form
  /// is decoded once, with its fields: a multipart body is parsed anew on every decode.
  static func read(_ sent: [File]?) -> Result<[ComplaintQueries.Upload], Problem> {
    let files = (sent ?? []).filter { $0.data.readableBytes > 0 }
    guard files.count <= ComplaintQueries.maxFilesPerSending else {
      return .failure(Problem(message: "แนบได้ครั้งละไม่เกิน \(ComplaintQueries.maxFilesPerSending) ไฟล์"))
    }
    var uploads: [ComplaintQueries.Upload] = []
    for file in files {
      let typed = HeaderValue.cleanFileName(file.filename, fallback: "หลักฐาน")
      guard file.data.readableBytes <= ComplaintQueries.maxFileBytes else {
        return .failure(Problem(message: "ไฟล์ \(typed) ใหญ่เกิน 5 MB กรุณาย่อขนาดหรือแยกไฟล์"))
      }
      let bytes = Array(file.data.readableBytesView)
      guard let type = contentType(of: bytes) else {
        return .failure(Problem(message: "ไฟล์ \(typed) ไม่ใช่ชนิดที่รับ (รับรูปภาพ JPEG PNG WebP, PDF, Word หรือ Excel)"))
      }
      uploads.append(.init(name: Self.named(typed, as: type), type: type, bytes: Data(bytes)))
    }
    return .success(uploads)
  }

  static func contentType(of bytes: [UInt8]) -> String? {
    if let known = EvidenceQueries.contentType(of: bytes) { return known }
    // Office documents are ZIP files holding a content-types part and their main part.
    guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.contains("[Content_Types].xml") else { return nil }
    if text.contains("word/document.xml") {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    }
    if text.contains("xl/workbook.xml") { return FileDownload.xlsxType }
    return nil
  }

  /// The typed name with the extension of the detected type ("ภาพ.hta" → "ภาพ.pdf"): the
  /// officer saves the file as what it really is, never as what the sender called it.
  static func named(_ typed: String, as type: String) -> String {
    let wanted = fileExtension(type)
    let stem = typed.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
    let base = typed.contains(".") ? stem : typed
    return (base.isEmpty ? "หลักฐาน" : base) + "." + wanted
  }

  static func fileExtension(_ type: String) -> String {
    switch type {
    case "image/jpeg": return "jpg"
    case "image/png": return "png"
    case "image/webp": return "webp"
    case "application/pdf": return "pdf"
    case let type where type.hasSuffix(".sheet"): return "xlsx"
    default: return "docx"
    }
  }
}
