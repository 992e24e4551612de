import DPUSim
import Foundation

/// A `simctl` subcommand, in the shape of swift-argument-parser's `ParsableCommand`
/// (written by hand: the project takes no package dependencies).
///
/// Its options are declared once, as typed `Option`s and `Flag`s listed in `options`: the
/// parser, the usage line and the help are generated from them, and the command reads
/// them typed (`arguments[Options.tasklets]`), defaults applied.
/// `init(parsing:)` is the `validate()` step: it turns the parsed options into typed
/// values and throws `UsageError` for anything wrong, before any work starts.
/// `run()` does the work; errors it throws are reported as runtime failures (exit 1).
protocol Command {
    /// The words after `simctl`: "run", or "compare backends" for a nested subcommand.
    static var name: String { get }
    /// One line for `simctl --help` (or the parent command's help).
    static var abstract: String { get }
    /// A paragraph for `simctl NAME --help`; defaults to `abstract`.
    static var discussion: String { get }
    static var options: [any OptionDeclaration] { get }
    /// Nested subcommands (`simctl compare backends`), chosen by the first word after the name.
    static var subcommands: [any Command.Type] { get }
    /// Options the command no longer takes, with the usage error naming what replaced them.
    static var movedOptions: [String: String] { get }

    init(parsing arguments: ParsedArguments) throws
    func run() throws
}

extension Command {
    static var discussion: String { abstract }
    static var subcommands: [any Command.Type] { [] }
    static var movedOptions: [String: String] { [:] }

    /// The last word of `name`: what selects the command under its parent.
    static var leafName: String { String(name.split(separator: " ").last ?? "") }

    /// Parses `arguments` against the declarations.
    static func parse(_ arguments: [String]) throws -> ParsedArguments {
        try ParsedArguments(arguments, options: options, moved: movedOptions)
    }

    /// The usage lines, generated from the declarations: the command with its options
    /// (required ones bare, the others in brackets, in declaration order) and, for a parent
    /// of subcommands, the command with `<subcommand>`. Each line is a list of unbreakable items.
    static var usageLines: [[String]] {
        let command = ["simctl"] + name.split(separator: " ").map(String.init)
        var lines = [command + options.map { $0.isRequired ? label(of: $0) : "[\(label(of: $0))]" }]
        if !subcommands.isEmpty { lines.append(command + ["<subcommand>"]) }
        return lines
    }

    /// `--name <placeholder>` or `--name`.
    static func label(of option: any OptionDeclaration) -> String {
        option.placeholder.map { "--\(option.name) <\($0)>" } ?? "--\(option.name)"
    }

    /// "USAGE: …" wrapped at 100 columns, as help and usage errors print it.
    static var usageText: String {
        usageLines.enumerated().map { index, items in
            wrapped(words: [index == 0 ? "USAGE:" : "      "] + items, width: 100, indent: "         ")
        }.joined(separator: "\n")
    }

    static var helpText: String {
        var text = wrapped("OVERVIEW: \(discussion)", width: 100) + "\n\n"
        text += usageText + "\n\n"
        if !subcommands.isEmpty {
            text += "SUBCOMMANDS:\n"
            let width = subcommands.map { $0.leafName.count }.max() ?? 0
            for sub in subcommands {
                let first = "  \(sub.leafName.padding(toLength: width, withPad: " ", startingAt: 0)) "
                text += wrapped(words: [first] + sub.abstract.split(separator: " ").map(String.init), width: 100,
                                indent: String(repeating: " ", count: width + 4)) + "\n"
            }
            text += "\n  See 'simctl help \(name) <subcommand>' for the options of each.\n\n"
        }
        text += "OPTIONS:\n"
        let all = options + [Flag("help", "Show help information.")]
        let labels = all.map { label(of: $0) }
        let width = min(max(labels.map(\.count).max() ?? 0, 10), 30)
        for (option, label) in zip(all, labels) {
            var help = option.help
            if let def = option.defaultDescription { help += " (default: \(def))" }
            // The help wrapped at 100 columns beside the label (or below a long one).
            let words = help.split(separator: " ").map(String.init)
            let indent = String(repeating: " ", count: width + 4)
            if label.count > width {
                text += "  \(label)\n" + wrapped(words: [String(indent.dropLast())] + words, width: 100, indent: indent) + "\n"
            } else {
                let first = "  \(label.padding(toLength: width, withPad: " ", startingAt: 0)) "
                text += wrapped(words: [first] + words, width: 100, indent: indent) + "\n"
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
    wrapped(words: text.split(separator: " ", omittingEmptySubsequences: true).map(String.init), width: width, indent: indent)
}

/// `words` joined by spaces and broken between them as `wrapped(_:width:indent:)` does (a word
/// may hold spaces: `[--trace <file.json>]` stays on one line).
func wrapped(words: [String], width: Int, indent: String = "") -> String {
    var lines: [String] = []
    var line = ""
    for word in words {
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
