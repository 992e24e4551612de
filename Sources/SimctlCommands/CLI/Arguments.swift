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

/// The parsed command line of one subcommand.
///
/// Parsing is strict: an option the subcommand did not declare, a value option without
/// its value, a repeated option, or a stray positional argument is a `UsageError`. Reading
/// an option (`arguments[option]`) converts its text to the option's type, with the
/// declared default when it was not given, and turns a malformed value into a usage error
/// that names the option.
struct ParsedArguments {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    /// The options the command declared: reading any other name is a programming error
    /// (a misspelt name would otherwise read as "not given" and fall back to a default).
    private let declared: Set<String>

    /// - Parameter moved: options the command no longer takes, by name, with the usage error
    ///   that says what replaced them (`compare --backends` → `compare backends`).
    init(_ arguments: [String], options: [any OptionDeclaration], moved: [String: String] = [:]) throws {
        var byName: [String: any OptionDeclaration] = [:]
        for option in options {
            precondition(byName[option.name] == nil, "option '--\(option.name)' is declared twice")
            byName[option.name] = option
        }
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
            guard let option = byName[name] else {
                throw UsageError(moved[name] ?? "unknown option '--\(name)'")
            }
            guard option.placeholder != nil else {
                if inlineValue != nil { throw UsageError("option '--\(name)' takes no value") }
                flags.insert(name)
                continue
            }
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

    /// Whether the command declared `option` (for option groups that several commands
    /// share, not all of them whole).
    func declares(_ option: any OptionDeclaration) -> Bool { declared.contains(option.name) }

    /// Stops the program if the command did not declare `option`.
    private func requireDeclared(_ option: any OptionDeclaration) {
        precondition(declared.contains(option.name), "simctl reads option '--\(option.name)', which its command does not declare")
    }

    /// Whether `option` was given on the command line.
    func given(_ option: any OptionDeclaration) -> Bool {
        requireDeclared(option)
        return values[option.name] != nil || flags.contains(option.name)
    }

    /// `option`'s text as given, or nil.
    func text(_ option: any OptionDeclaration) -> String? {
        requireDeclared(option)
        return values[option.name]
    }

    subscript(_ flag: Flag) -> Bool {
        requireDeclared(flag)
        return flags.contains(flag.name)
    }

    /// The option's value, or its default when not given.
    subscript<Value>(_ option: Option<Value>) -> Value {
        get throws { try self[option, in: option.range] }
    }

    /// The option's value with integers checked against `range` (computed at run time, such
    /// as `1...configuration.maxDPUs`) instead of the declared one.
    subscript<Value>(_ option: Option<Value>, in range: ClosedRange<Int>?) -> Value {
        get throws {
            requireDeclared(option)
            guard let text = values[option.name] else {
                guard let value = option.defaultValue else { throw UsageError(option.missingMessage) }
                return value()
            }
            return try option.convert(text, option.name, range)
        }
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
