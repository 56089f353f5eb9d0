import Domain
import Fluent
import SQLKit
import Vapor

/// Keeping the vault in order: erasing who filed (and who witnessed) closed cases past
/// their retention, and re-sealing everything under a new key.
struct ComplaintMaintenanceQueries {
  let db: Database
  let vault: ComplaintVault

  /// Closed cases closed before the retention cutoff lose all that could identify who filed
  /// them: name, contact, witnesses, the complainant's own messages and files (an ID-card scan,
  /// say). The case, its state, dates and the unit's own steps stay, so the counts do.
  func eraseExpired(now: Date = Date(), years: Int) async throws -> Int {
    let cutoff = ComplaintRetention.cutoff(now: now, years: years)
    let open = ComplaintState.allCases.filter(\.isOpen).map(\.rawValue)
    let due = try await Complaint.query(on: db).filter(\.$stateRaw !~ open).filter(\.$closedAt < cutoff)
      .filter(\.$identityErasedAt == nil).all()
    let vault = vault
    for complaint in due {
      let id = try complaint.requireID()
      var content = try ComplaintQueries(db: db, vault: vault).content(of: complaint)
      content.witnesses = ""
      complaint.content = try vault.seal(try ComplaintQueries.json(content), for: ComplaintSeal.content(id))
      complaint.identity = nil
      complaint.identityErasedAt = now
      let event = try ComplaintQueries(db: db, vault: vault).event(
        id, .identityErased, actor: "ระบบ", forComplainant: false, now: now)
      try await db.writeTransaction { db in
        try await complaint.update(on: db)
        try await ComplaintEvent.query(on: db).filter(\.$complaintID == id)
          .filter(\.$actor == ComplaintQueries.complainant).set(\.$body, to: nil).update()
        try await ComplaintFile.query(on: db).filter(\.$complaintID == id).filter(\.$fromComplainant == true).delete()
        try await event.create(on: db)
        try await AuditLog.record(
          on: db, actor: .system, action: "ลบข้อมูลผู้ร้องเรียนเมื่อครบระยะเก็บรักษา", entity: ComplaintQueries.entity,
          entityID: id.uuidString, orgCode: complaint.organizationCode)
      }
    }
    return due.count
  }

  /// Re-seals every sealed value with the vault's current key (after a rotation, the vault
  /// holds the new key first and the old ones after it). Returns how many values changed.
  func resealAll() async throws -> Int {
    var changed = 0
    let vault = vault
    let current = vault.current.id
    for complaint in try await Complaint.query(on: db).all() {
      let id = try complaint.requireID()
      if ComplaintVault.keyID(ofText: complaint.content) != current {
        complaint.content = try vault.seal(
          try vault.open(complaint.content, for: ComplaintSeal.content(id)), for: ComplaintSeal.content(id))
        changed += 1
      }
      if let identity = complaint.identity, ComplaintVault.keyID(ofText: identity) != current {
        complaint.identity = try vault.seal(
          try vault.open(identity, for: ComplaintSeal.identity(id)), for: ComplaintSeal.identity(id))
        changed += 1
      }
      let events = try await ComplaintEvent.query(on: db).filter(\.$complaintID == id).all()
      var eventsChanged: [ComplaintEvent] = []
      for event in events {
        guard let body = event.body, ComplaintVault.keyID(ofText: body) != current else { continue }
        let label = ComplaintSeal.event(try event.requireID())
        event.body = try vault.seal(try vault.open(body, for: label), for: label)
        eventsChanged.append(event)
      }
      let filesChanged = try await resealFiles(of: id)
      changed += eventsChanged.count + filesChanged.count
      let resealed = eventsChanged
      try await db.writeTransaction { db in
        if complaint.hasChanges { try await complaint.update(on: db) }
        for event in resealed { try await event.update(on: db) }
        for file in filesChanged { try await file.update(on: db) }
      }
    }
    return changed
  }

  private func resealFiles(of id: UUID) async throws -> [ComplaintFile] {
    var result: [ComplaintFile] = []
    for file in try await ComplaintFile.query(on: db).filter(\.$complaintID == id).all() {
      let fileID = try file.requireID()
      guard
        ComplaintVault.keyID(ofText: file.name) != vault.current.id
          || ComplaintVault.keyID(ofFile: file.data) != vault.current.id
      else { continue }
      file.name = try vault.seal(
        try vault.open(file.name, for: ComplaintSeal.fileName(fileID)), for: ComplaintSeal.fileName(fileID))
      file.data = try vault.sealFile(
        try vault.openFile(file.data, for: ComplaintSeal.fileData(fileID)), for: ComplaintSeal.fileData(fileID))
      result.append(file)
    }
    return result
  }

  /// How many sealed values each key id holds (to know when an old key may go).
  func keysInUse() async throws -> [String: Int] {
    var counts: [String: Int] = [:]
    for complaint in try await Complaint.query(on: db).all() {
      counts[ComplaintVault.keyID(ofText: complaint.content), default: 0] += 1
      if let identity = complaint.identity { counts[ComplaintVault.keyID(ofText: identity), default: 0] += 1 }
    }
    for event in try await ComplaintEvent.query(on: db).all() {
      if let body = event.body { counts[ComplaintVault.keyID(ofText: body), default: 0] += 1 }
    }
    for file in try await ComplaintFile.query(on: db).field(\.$id).field(\.$name).all() {
      counts[ComplaintVault.keyID(ofText: file.name), default: 0] += 1
    }
    return counts
  }
}
