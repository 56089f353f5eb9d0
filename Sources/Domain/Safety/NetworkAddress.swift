import Foundation

/// Which addresses a server-side request (the OIT link check) must not reach: loopback,
/// private, link-local, carrier-grade NAT, multicast and unspecified ones, in IPv4 and IPv6
/// (an IPv4 address carried inside IPv6 — mapped, compatible, NAT64 `64:ff9b::/96`, 6to4
/// `2002::/16` — judged as that IPv4; site-local `fec0::/10` refused).
public enum NetworkAddress {
  public static func isInternal(ipv4 bytes: [UInt8]) -> Bool {
    guard bytes.count == 4 else { return true }
    let (a, b) = (bytes[0], bytes[1])
    return a == 0 || a == 10 || a == 127 || (a == 169 && b == 254) || (a == 172 && (16...31).contains(b))
      || (a == 192 && b == 168) || (a == 100 && (64...127).contains(b)) || a >= 224
  }

  public static func isInternal(ipv6 bytes: [UInt8]) -> Bool {
    guard bytes.count == 16 else { return true }
    if bytes[0..<15].allSatisfy({ $0 == 0 }) { return true }  // :: and ::1
    let mapped = bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF
    let compatible = bytes[0..<12].allSatisfy({ $0 == 0 })
    let nat64 = bytes[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]
    if mapped || compatible || nat64 { return isInternal(ipv4: Array(bytes[12..<16])) }
    if bytes[0] == 0x20 && bytes[1] == 0x02 { return isInternal(ipv4: Array(bytes[2..<6])) }  // 6to4
    return (bytes[0] & 0xFE) == 0xFC || (bytes[0] == 0xFE && (bytes[1] & 0x80) == 0x80) || bytes[0] == 0xFF
  }
}
