import BTHOWeNModel

/// Short lists for trace phase labels (`Tasklet.phase`): up to four numbers in full
/// ("3, 19, 35"), longer lists by their ends and count ("3, 19, …, 755 (48)"); "none"
/// when empty.
func phaseList(_ values: [Int]) -> String {
    guard let first = values.first, let last = values.last else { return "none" }
    if values.count <= 4 { return values.map(String.init).joined(separator: ", ") }
    return "\(first), \(values[1]), …, \(last) (\(values.count))"
}
