import Vapor

/// A new unit of กรุงเทพมหานคร as the national admin types it (empty code = the next free one).
struct UnitForm: Content {
  var code: String?
  var name: String?
}
