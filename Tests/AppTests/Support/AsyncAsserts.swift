import XCTVapor

/// XCTest's assertions take synchronous autoclosures; these take async ones.
func XCTAssertEqualAsync<T: Equatable>(
  _ actual: @autoclosure () async throws -> T, _ expected: @autoclosure () async throws -> T,
  _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) async throws {
  let left = try await actual()
  let right = try await expected()
  XCTAssertEqual(left, right, message(), file: file, line: line)
}

func XCTAssertContainsAsync(
  _ haystack: @autoclosure () async throws -> String, _ needle: String, file: StaticString = #filePath,
  line: UInt = #line
) async throws {
  let text = try await haystack()
  XCTAssertContains(text, needle, file: file, line: line)
}

/// XCTUnwrap for a value an async call gives.
func XCTUnwrapAsync<T>(_ value: @autoclosure () async throws -> T?, file: StaticString = #filePath, line: UInt = #line)
  async throws -> T
{
  let unwrapped = try await value()
  return try XCTUnwrap(unwrapped, file: file, line: line)
}
