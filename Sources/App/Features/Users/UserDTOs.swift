import Domain
import Vapor

/// The national admin's "new account" form, as typed.
struct NewUserForm: Content {
  var role: String?
  var displayName: String?
  var position: String?
  var username: String?
  var orgCode: String?
  var provinceCode: String?
  var district: String?
  var region: String?

  var values: [String: String] {
    [
      "role": role ?? "", "displayName": displayName ?? "", "position": position ?? "", "username": username ?? "",
      "orgCode": orgCode ?? "", "provinceCode": provinceCode ?? "", "district": district ?? "", "region": region ?? "",
    ]
  }
}

/// An LAO account issued from the organization's accounts page.
struct NewOrganizationAccountForm: Content {
  var role: String?
  var displayName: String?
  var position: String?
}

struct StatusForm: Content {
  var disabled: String?
}
