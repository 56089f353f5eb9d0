import Vapor

struct LoginForm: Content {
  var username: String?
  var secret: String?
  var next: String?
}

struct PasswordForm: Content {
  var current: String?
  var password: String?
  var confirmation: String?
}
