import DPUSupport
import DPUSim
import Foundation

/// A usage error: bad option, missing value, value out of range. `simctl` prints it
/// with the subcommand's usage to stderr and exits 64 (`EX_USAGE`), like
/// swift-argument-parser does.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// One `--kebab-case` option of a subcommand, declared once: the parser, the help
/// text and the validation all read this declaration.
struct OptionSpec {
    enum Kind {
        /// `--name VALUE` (also `--name=VALUE`).
        case value(placeholder: String)
        /// `--name` alone.
        case flag
    }

    var name: String
    var kind: Kind
    var help: String
    /// Shown in help as "(default: …)"; `nil` for none.
    var defaultDescription: String?

    static func value(_ name: String, _ placeholder: String, _ help: String, default def: String? = nil) -> OptionSpec {
        OptionSpec(name: name, kind: .value(placeholder: placeholder), help: help, defaultDescription: def)
    }

    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .flag, help: help, defaultDescription: nil)
    }
}

/// The parsed command line of one subcommand.
///
/// Parsing is strict: an option the subcommand did not declare, a value option without
/// its value, a repeated option, or a stray positional argument is a `UsageError`.
/// Typed accessors (`int`, `intList`, …) turn malformed values into usage errors that name
/// the option.
struct ParsedArguments {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    /// The options the command declared: reading any other name is a programming error
    /// (a misspelt name would otherwise read as "not given" and fall back to a default).
    private let declared: Set<String>

    init(_ arguments: [String], specs: [OptionSpec]) throws {
        var byName: [String: OptionSpec] = [:]
        for spec in specs { byName[spec.name] = spec }
        declared = Set(byName.keys)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw UsageError("unexpected argument '\(argument)'")
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let eq = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard let spec = byName[name] else {
                throw UsageError("unknown option '--\(name)'")
            }
            switch spec.kind {
            case .flag:
                if inlineValue != nil { throw UsageError("option '--\(name)' takes no value") }
                flags.insert(name)
            case .value:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw UsageError("missing value for '--\(name)'")
                    }
                    value = arguments[index]
                    index += 1
                }
                if values[name] != nil { throw UsageError("option '--\(name)' given more than once") }
                values[name] = value
            }
        }
    }

    /// Whether the command declared `name` (for option groups that several commands share,
    /// not all of them whole).
    func declares(_ name: String) -> Bool { declared.contains(name) }

    /// Stops the program if the command did not declare `name`.
    private func requireDeclared(_ name: String) {
        precondition(declared.contains(name), "simctl reads option '--\(name)', which its command does not declare")
    }

    /// `name`'s value (nil when not given).
    private func value(_ name: String) -> String? {
        requireDeclared(name)
        return values[name]
    }

    func flag(_ name: String) -> Bool {
        requireDeclared(name)
        return flags.contains(name)
    }

    func string(_ name: String) -> String? { value(name) }

    /// An integer option, checked against `range`. Absent gives `nil`.
    func int(_ name: String, in range: ClosedRange<Int>? = nil) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let value = Int(text) else {
            throw UsageError("'--\(name)' expects an integer, got '\(text)'")
        }
        if let range, !range.contains(value) {
            throw UsageError("'--\(name)' must be in \(range.lowerBound)...\(range.upperBound), got \(value)")
        }
        return value
    }

    /// A list such as `1,4,11,16`, a range such as `1-24`, or a mix (`1-4,8,16`), as the
    /// values it names. Order is kept and duplicates are removed (first one wins). Every
    /// element is checked against `range`, which bounds the work: each value is produced
    /// once, however often the ranges overlap (`1-2560,1-2560,…` costs 2,560 values).
    func intList(_ name: String, in range: ClosedRange<Int>) throws -> [Int]? {
        guard let text = value(name) else { return nil }
        do {
            return try IntegerList.values(IntegerList.parse(text, in: range))
        } catch {
            throw UsageError("'--\(name)': \(error.message)")
        }
    }

    /// A list as `intList` reads it, kept as ranges: nothing is expanded, so a range as
    /// wide as `range` (`1-100000000`) costs no more than `1-2`.
    func intRanges(_ name: String, in range: ClosedRange<Int>) throws -> IntegerRanges? {
        guard let text = value(name) else { return nil }
        do {
            var set = IntegerRanges()
            for part in try IntegerList.parse(text, in: range) { set.insert(part) }
            return set
        } catch {
            throw UsageError("'--\(name)': \(error.message)")
        }
    }

    /// A comma-separated list of words (`a,b,c`); empty elements are rejected.
    func stringList(_ name: String) throws -> [String]? {
        guard let text = value(name) else { return nil }
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if items.contains(where: { $0.isEmpty }) {
            throw UsageError("'--\(name)' has an empty element in '\(text)'")
        }
        return items
    }
}

/// Integer lists and ranges as `simctl` accepts them: `1,4,11,16`, `1-24`, `1-4,8`.
enum IntegerList {
    struct Error: Swift.Error { var message: String }

    /// The parts of `text`, in order, each checked against `range`. No part is expanded.
    static func parse(_ text: String, in range: ClosedRange<Int>) throws(Error) -> [ClosedRange<Int>] {
        var parts: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            let low: Int, high: Int
            switch bounds.count {
            case 1:
                guard let v = Int(bounds[0]) else { throw Error(message: "'\(part)' is not an integer") }
                low = v; high = v
            case 2:
                guard let a = Int(bounds[0]), let b = Int(bounds[1]) else {
                    throw Error(message: "'\(part)' is not a range like 1-24")
                }
                guard a <= b else { throw Error(message: "range '\(part)' is empty (start > end)") }
                low = a; high = b
            default:
                throw Error(message: "'\(part)' is not an integer or a range like 1-24")
            }
            if !range.contains(low) || !range.contains(high) {
                throw Error(message: "\(part) is outside \(range.lowerBound)...\(range.upperBound)")
            }
            parts.append(low...high)
        }
        return parts
    }

    /// The values `parts` name, in order of first appearance, each once. Work and memory
    /// are proportional to the distinct values (at most the checked range's size) plus
    /// the parts times the ranges seen so far.
    static func values(_ parts: [ClosedRange<Int>]) -> [Int] {
        var seen = IntegerRanges()
        var result: [Int] = []
        for part in parts {
            for new in seen.uncovered(part) { result += Array(new) }
            seen.insert(part)
        }
        return result
    }
}
