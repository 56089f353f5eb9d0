/// A line-by-line comparison of two texts (longest common subsequence), for the plan
/// versions' comparison of the book's sections.
public enum TextDiff {
  public enum Line: Equatable, Sendable {
    case same(String)
    case removed(String)
    case added(String)
  }

  /// Above this many line pairs the comparison is not worked out line by line: the whole old
  /// text is shown removed and the new one added (bounded work for any input).
  public static let maxCells = 4_000_000

  public static func lines(from old: [String], to new: [String]) -> [Line] {
    if old == new { return old.map(Line.same) }
    let (n, m) = (old.count, new.count)
    let (cells, overflow) = (n + 1).multipliedReportingOverflow(by: m + 1)
    guard !overflow, cells <= maxCells else { return old.map(Line.removed) + new.map(Line.added) }
    // lengths[i][j]: the common length of old[i...] and new[j...], in one flat array.
    var lengths = [Int32](repeating: 0, count: cells)
    let width = m + 1
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i * width + j] =
          old[i] == new[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
      }
    }
    var result: [Line] = []
    var (i, j) = (0, 0)
    while i < n && j < m {
      if old[i] == new[j] {
        result.append(.same(old[i]))
        i += 1
        j += 1
      } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
        result.append(.removed(old[i]))
        i += 1
      } else {
        result.append(.added(new[j]))
        j += 1
      }
    }
    result += old[i...].map(Line.removed) + new[j...].map(Line.added)
    return result
  }
}
