import DPUSupport
import Foundation

/// What the parser, the usage line and the help read of one `--kebab-case` option of a
/// command: its name, whether it takes a value, its help and the default help shows.
/// `Option` and `Flag` are the two kinds; a command lists its declarations once
/// (`Command.options`), and everything else is generated from them.
protocol OptionDeclaration: Sendable {
    var name: String { get }
    /// `<placeholder>` of `--name <placeholder>`; nil for a flag (`--name` alone).
    var placeholder: String? { get }
    var help: String { get }
    /// Shown in help as "(default: …)": the typed default's text, or the text the
    /// declaration gave where the default is computed; nil for none.
    var defaultDescription: String? { get }
    /// The typed default's text (nil for none or a computed one), which help shows unless the
    /// declaration overrides it.
    var typedDefaultDescription: String? { get }
    /// A required option is shown bare in the usage line, an optional one in brackets.
    var isRequired: Bool { get }
}

/// `--name` alone: `arguments[flag]` is whether it was given.
struct Flag: OptionDeclaration {
    let name: String
    let help: String
    var placeholder: String? { nil }
    var defaultDescription: String? { nil }
    var typedDefaultDescription: String? { nil }
    var isRequired: Bool { false }

    init(_ name: String, _ help: String) {
        self.name = name
        self.help = help
    }
}

/// `--name VALUE` (or `--name=VALUE`), read as a `Value` with its default applied:
/// `arguments[option]`. The conversion names the option in its usage errors; `range` bounds
/// an integer (or every element of an integer list), and a reader may give a narrower one
/// computed at run time (`arguments[option, in: 1...configuration.maxDPUs]`).
struct Option<Value>: OptionDeclaration {
    typealias Convert = @Sendable (_ text: String, _ name: String, _ range: ClosedRange<Int>?) throws -> Value

    let name: String
    let placeholder: String?
    let help: String
    let range: ClosedRange<Int>?
    let isRequired: Bool
    let defaultDescription: String?
    let typedDefaultDescription: String?
    /// The value when the option is not given (evaluated when read); nil for a required option.
    let defaultValue: (@Sendable () -> Value)?
    /// The usage error of a required option that is missing.
    let missingMessage: String
    let convert: Convert

    /// The general form; the typed initializers below are what commands use.
    init(name: String, placeholder: String, help: String, range: ClosedRange<Int>? = nil,
         default defaultValue: (@Sendable () -> Value)?, describe: (Value) -> String?, shownDefault: String? = nil,
         missing: String? = nil, convert: @escaping Convert) {
        self.name = name
        self.placeholder = placeholder
        self.help = help
        self.range = range
        self.isRequired = defaultValue == nil
        self.defaultValue = defaultValue
        typedDefaultDescription = defaultValue.flatMap { describe($0()) }
        defaultDescription = shownDefault ?? typedDefaultDescription
        missingMessage = missing ?? "missing '--\(name) <\(placeholder)>'"
        self.convert = convert
    }
}

// MARK: - The kinds of value, as Arguments.swift has always read them

/// The conversions, each throwing a `UsageError` that names the option.
enum OptionValue {
    @Sendable static func int(_ text: String, _ name: String, _ range: ClosedRange<Int>?) throws -> Int {
        guard let value = Int(text) else { throw UsageError("'--\(name)' expects an integer, got '\(text)'") }
        if let range, !range.contains(value) {
            throw UsageError("'--\(name)' must be in \(range.lowerBound)...\(range.upperBound), got \(value)")
        }
        return value
    }

    /// A list such as `1,4,11,16`, a range such as `1-24`, or a mix (`1-4,8,16`), as the
    /// values it names. Order is kept and duplicates are removed (first one wins). Every
    /// element is checked against `range`, which bounds the work: each value is produced
    /// once, however often the ranges overlap (`1-2560,1-2560,…` costs 2,560 values).
    @Sendable static func intList(_ text: String, _ name: String, _ range: ClosedRange<Int>?) throws -> [Int] {
        do {
            return try IntegerList.values(IntegerList.parse(text, in: range ?? Int.min...Int.max))
        } catch {
            throw UsageError("'--\(name)': \(error.message)")
        }
    }

    /// A list as `intList` reads it, kept as ranges: nothing is expanded, so a range as
    /// wide as `range` (`1-100000000`) costs no more than `1-2`.
    @Sendable static func intRanges(_ text: String, _ name: String, _ range: ClosedRange<Int>?) throws -> IntegerRanges {
        do {
            var set = IntegerRanges()
            for part in try IntegerList.parse(text, in: range ?? Int.min...Int.max) { set.insert(part) }
            return set
        } catch {
            throw UsageError("'--\(name)': \(error.message)")
        }
    }

    /// A comma-separated list of words (`a,b,c`); empty elements are rejected.
    @Sendable static func stringList(_ text: String, _ name: String, _ range: ClosedRange<Int>?) throws -> [String] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if items.contains(where: { $0.isEmpty }) {
            throw UsageError("'--\(name)' has an empty element in '\(text)'")
        }
        return items
    }

    @Sendable static func string(_ text: String, _ name: String, _ range: ClosedRange<Int>?) throws -> String { text }
}

extension Option where Value == Int {
    init(_ name: String, _ placeholder: String, _ help: String, default value: @escaping @autoclosure @Sendable () -> Int,
         range: ClosedRange<Int>? = nil, shownDefault: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, range: range, default: value, describe: { String($0) },
                  shownDefault: shownDefault, convert: OptionValue.int)
    }
}

extension Option where Value == Int? {
    /// An integer with no default, or one computed by the reader (`?? configuration.hostThreads`),
    /// which `shownDefault` describes.
    init(_ name: String, _ placeholder: String, _ help: String, range: ClosedRange<Int>? = nil, shownDefault: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, range: range, default: { nil }, describe: { $0.map(String.init) },
                  shownDefault: shownDefault, convert: { try OptionValue.int($0, $1, $2) })
    }
}

extension Option where Value == String {
    init(_ name: String, _ placeholder: String, _ help: String, default value: @escaping @autoclosure @Sendable () -> String,
         shownDefault: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, default: value, describe: { $0 }, shownDefault: shownDefault,
                  convert: OptionValue.string)
    }

    /// A required option: reading it when it was not given throws `missing` (or "missing '--name <placeholder>'").
    init(required name: String, _ placeholder: String, _ help: String, missing: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, default: nil, describe: { $0 }, missing: missing,
                  convert: OptionValue.string)
    }
}

extension Option where Value == String? {
    init(_ name: String, _ placeholder: String, _ help: String, shownDefault: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, default: { nil }, describe: { $0 }, shownDefault: shownDefault,
                  convert: { try OptionValue.string($0, $1, $2) })
    }
}

extension Option where Value == [Int] {
    /// An integer list (`1,4,11,16`, `1-24`, `1-4,8`), every element in `range`.
    init(list name: String, _ placeholder: String, _ help: String, default value: @escaping @autoclosure @Sendable () -> [Int],
         range: ClosedRange<Int>? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, range: range, default: value,
                  describe: { $0.map(String.init).joined(separator: ",") }, convert: OptionValue.intList)
    }
}

extension Option where Value == IntegerRanges? {
    /// An integer list kept as ranges; nil when not given.
    init(ranges name: String, _ placeholder: String, _ help: String, range: ClosedRange<Int>? = nil, shownDefault: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, range: range, default: { nil }, describe: { $0?.description },
                  shownDefault: shownDefault, convert: { try OptionValue.intRanges($0, $1, $2) })
    }
}

extension Option where Value == [Int]? {
    /// An integer list; nil when not given.
    init(list name: String, _ placeholder: String, _ help: String, range: ClosedRange<Int>? = nil, shownDefault: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, range: range, default: { nil },
                  describe: { $0?.map(String.init).joined(separator: ",") }, shownDefault: shownDefault,
                  convert: { try OptionValue.intList($0, $1, $2) })
    }
}

extension Option where Value == [String]? {
    /// A comma-separated list of words; nil when not given.
    init(list name: String, _ placeholder: String, _ help: String, shownDefault: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, default: { nil }, describe: { $0?.joined(separator: ",") },
                  shownDefault: shownDefault, convert: { try OptionValue.stringList($0, $1, $2) })
    }
}

extension Option where Value == [String] {
    /// A required list of words: reading it when it was not given throws `missing`.
    init(requiredList name: String, _ placeholder: String, _ help: String, missing: String? = nil) {
        self.init(name: name, placeholder: placeholder, help: help, default: nil, describe: { $0.joined(separator: ",") },
                  missing: missing, convert: OptionValue.stringList)
    }

    /// A comma-separated list of words with a default.
    init(list name: String, _ placeholder: String, _ help: String, default value: @escaping @autoclosure @Sendable () -> [String]) {
        self.init(name: name, placeholder: placeholder, help: help, default: value, describe: { $0.joined(separator: ",") },
                  convert: OptionValue.stringList)
    }
}

extension Option {
    /// A value of a type the command defines (a backend, an objective…), converted by
    /// `parse`, which throws the usage error naming the option and the accepted values.
    init(_ name: String, _ placeholder: String, _ help: String, default value: @escaping @autoclosure @Sendable () -> Value,
         describe: (Value) -> String?, shownDefault: String? = nil, parse: @escaping @Sendable (String) throws -> Value) {
        self.init(name: name, placeholder: placeholder, help: help, default: value, describe: describe, shownDefault: shownDefault,
                  convert: { text, _, _ in try parse(text) })
    }
}

extension Option where Value: RawRepresentable & Sendable, Value.RawValue == String {
    /// One of `choices` by its raw value; anything else is "'--name' must be a, b or c, got 'x'".
    init(_ name: String, _ placeholder: String, _ help: String, default value: @escaping @autoclosure @Sendable () -> Value,
         choices: [Value]) {
        let names = choices.map(\.rawValue)
        let listed = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
        self.init(name, placeholder, help, default: value(), describe: { $0.rawValue }, parse: { text in
            guard let value = choices.first(where: { $0.rawValue == text }) else {
                throw UsageError("'--\(name)' must be \(listed), got '\(text)'")
            }
            return value
        })
    }
}

extension Option {
    /// A required value of a type the command defines: reading it when it was not given
    /// throws `missing`.
    init(required name: String, _ placeholder: String, _ help: String, missing: String? = nil,
         parse: @escaping @Sendable (String) throws -> Value) {
        self.init(name: name, placeholder: placeholder, help: help, default: nil, describe: { _ in nil }, missing: missing,
                  convert: { text, _, _ in try parse(text) })
    }
}
