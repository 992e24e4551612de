import DPUSim
import Foundation

/// A `simctl` subcommand, in the shape of swift-argument-parser's `ParsableCommand`
/// (written by hand: the project takes no package dependencies).
///
/// `init(parsing:)` is the `validate()` step: it turns the parsed options into typed
/// values and throws `UsageError` for anything wrong, before any work starts.
/// `run()` does the work; errors it throws are reported as runtime failures (exit 1).
protocol Command {
    static var name: String { get }
    /// One line for `simctl --help`.
    static var abstract: String { get }
    /// A paragraph for `simctl NAME --help`; defaults to `abstract`.
    static var discussion: String { get }
    static var usage: String { get }
    static var options: [OptionSpec] { get }

    init(parsing arguments: ParsedArguments) throws
    func run() throws
}

extension Command {
    static var discussion: String { abstract }

    static var helpText: String {
        var text = wrapped("OVERVIEW: \(discussion)", width: 100) + "\n\n"
        text += wrapped("USAGE: \(usage)", width: 100, indent: "         ") + "\n\nOPTIONS:\n"
        let all = options + [OptionSpec.flag("help", "Show help information.")]
        let labels = all.map { spec -> String in
            switch spec.kind {
            case .flag: return "--\(spec.name)"
            case .value(let placeholder): return "--\(spec.name) <\(placeholder)>"
            }
        }
        let width = min(max(labels.map(\.count).max() ?? 0, 10), 30)
        for (spec, label) in zip(all, labels) {
            var help = spec.help
            if let def = spec.defaultDescription { help += " (default: \(def))" }
            if label.count > width {
                text += "  \(label)\n  \(String(repeating: " ", count: width))  \(help)\n"
            } else {
                text += "  \(label.padding(toLength: width, withPad: " ", startingAt: 0))  \(help)\n"
            }
        }
        return text
    }
}

/// Exit statuses, after BSD `sysexits.h`.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64
}

/// Writes to standard error (unbuffered, so messages interleave correctly with stdout).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// `text` broken at spaces into lines of at most `width` characters (a longer word stands
/// alone), every line after the first starting with `indent`.
func wrapped(_ text: String, width: Int, indent: String = "") -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        let prefix = lines.isEmpty ? "" : indent
        if !line.isEmpty && prefix.count + line.count + 1 + word.count > width {
            lines.append(prefix + line)
            line = String(word)
        } else {
            line += (line.isEmpty ? "" : " ") + word
        }
    }
    if !line.isEmpty { lines.append((lines.isEmpty ? "" : indent) + line) }
    return lines.joined(separator: "\n")
}
