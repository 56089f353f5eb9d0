import Domain
import Foundation

struct BangkokUnitsModel {
  /// Code, full name and kind ("สำนักงานเขต" or "หน่วยงาน") of each unit.
  let units: [(code: String, name: String, kind: String)]
  /// The code a unit gets when the code is left empty.
  let next: String
  let values: [String: String]
  let errors: FieldErrors
}

/// National admins' list of กรุงเทพมหานคร's units with a form to add one (a department —
/// สำนัก — or a secretariat), coded 1102001–1102999 so no code can clash with a DLA code.
struct BangkokUnitsPage {
  let shell: PageShell
  let model: BangkokUnitsModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("กรุงเทพมหานคร", url: Paths.organization(BangkokUnits.bangkokCode)) }.class("breadcrumbs")
      H1("หน่วยงานของกรุงเทพมหานคร")
      Paragraph(
        "แต่ละหน่วยงานจัดทำแผนและรายงานของตนเอง สำนักงานเขตมีรหัส 11010NN (เลขเขต 01–50) หน่วยงานอื่นมีรหัส 1102001–1102999 ซึ่งไม่ซ้ำกับรหัส อปท. ของกรมส่งเสริมการปกครองท้องถิ่น"
      ).class("hint")
      if !model.errors.isEmpty {
        Paragraph("กรุณาแก้ไขช่องที่มีข้อความสีแดง").class("error-summary").attribute(named: "role", value: "alert")
      }
      H2("เพิ่มหน่วยงาน")
      Form(url: Paths.bangkokUnits, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormField(
          label: "รหัสหน่วยงาน (เว้นว่างให้ระบบกำหนด: \(model.next))", name: "code", value: model.values["code"] ?? "",
          error: model.errors["code"], inputMode: "numeric")
        FormField(
          label: "ชื่อหน่วยงาน เช่น สำนักการโยธา", name: "name", value: model.values["name"] ?? "",
          error: model.errors["name"],
          required: true)
        Button("เพิ่มหน่วยงาน").attribute(named: "type", value: "submit").class("button primary")
      }
      H2("หน่วยงานในสังกัด (\(model.units.count))")
      Table(
        header: TableRow {
          TableHeaderCell("รหัส")
          TableHeaderCell("หน่วยงาน")
          TableHeaderCell("ประเภท")
        },
        rows: {
          for unit in model.units {
            TableRow {
              TableCell(unit.code).class("code")
              TableCell { Link(unit.name, url: Paths.organization(unit.code)) }
              TableCell(unit.kind)
            }
          }
        }
      ).class("data compact")
    }
  }
}
