import Foundation
import XCTest
@testable import SimctlCommands

/// Usage and help are generated from the typed declarations, and nested subcommands
/// (`simctl compare backends`) are chosen by name; all in process.
final class GeneratedHelpTests: XCTestCase {
    /// A command declared only here, so that the generator's output can be spelled out.
    struct Probe: Command {
        static let name = "probe"
        static let abstract = "A probe."
        enum Options {
            static let count = Option<Int>("count", "n", "How many.", default: 3, range: 1...9)
            static let out = Option<String>(required: "out", "file", "Where to write.")
            static let fast = Flag("fast", "Go fast.")
            static let lists = Option<[Int]>(list: "lists", "list", "Some numbers.", default: [1, 4])
        }
        static let options: [any OptionDeclaration] = [Options.count, Options.out, Options.fast, Options.lists]
        var count: Int
        var out: String
        var fast: Bool
        var lists: [Int]

        init(parsing arguments: ParsedArguments) throws {
            count = try arguments[Options.count]
            out = try arguments[Options.out]
            fast = arguments[Options.fast]
            lists = try arguments[Options.lists]
        }

        func run() throws {}
    }

    func testTheUsageAndHelpOfADeclaredCommand() throws {
        XCTAssertEqual(Probe.usageText, "USAGE: simctl probe [--count <n>] --out <file> [--fast] [--lists <list>]")
        let help = Probe.helpText
        XCTAssertTrue(help.contains("\n  --count <n>     How many. (default: 3)\n"), help)
        XCTAssertTrue(help.contains("\n  --out <file>    Where to write.\n"), help)
        XCTAssertTrue(help.contains("\n  --fast          Go fast.\n"), help)
        XCTAssertTrue(help.contains("\n  --lists <list>  Some numbers. (default: 1,4)\n"), help)
        let probe = try Probe(parsing: Probe.parse(["--out", "x"]))
        XCTAssertEqual([probe.count, probe.lists.count], [3, 2])
        XCTAssertFalse(probe.fast)
        XCTAssertThrowsError(try Probe(parsing: Probe.parse([]))) {
            XCTAssertEqual(($0 as? UsageError)?.message, "missing '--out <file>'")
        }
        XCTAssertThrowsError(try Probe(parsing: Probe.parse(["--out", "x", "--count", "10"]))) {
            XCTAssertEqual(($0 as? UsageError)?.message, "'--count' must be in 1...9, got 10")
        }
    }

    /// Every command's usage and help name every option it declares (required ones bare in the
    /// usage, the others in brackets), and wrap at 100 columns.
    func testEveryCommandsUsageAndHelpComeFromItsDeclarations() {
        for command in SimCtl.allCommands {
            let usage = command.usageText, help = command.helpText
            let flowing = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(usage.hasPrefix("USAGE: simctl \(command.name)"), usage)
            XCTAssertTrue(help.contains(usage), "\(command.name) --help lacks its usage")
            XCTAssertEqual(Set(command.options.map(\.name)).count, command.options.count, "\(command.name) declares an option twice")
            let oneLine = usage.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            for option in command.options {
                let label = command.label(of: option)
                XCTAssertTrue(oneLine.contains(option.isRequired ? " \(label)" : " [\(label)]"), "\(command.name) usage lacks \(label)")
                XCTAssertTrue(help.contains("  \(label)"), "\(command.name) --help lacks \(label)")
                XCTAssertTrue(flowing.contains(option.help), "\(command.name) --help lacks the help of \(label)")
            }
            for line in help.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, 100, "\(command.name): '\(line)'")
            }
        }
    }

    /// Help shows each typed default; only a default computed when read (the host's cores)
    /// is shown as text instead.
    func testHelpShowsTheTypedDefaults() {
        for command in SimCtl.allCommands {
            for option in command.options {
                let flowing = command.helpText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if let shown = option.defaultDescription {
                    XCTAssertTrue(flowing.contains("\(option.help) (default: \(shown))"), "\(command.name) --\(option.name)")
                }
                if let typed = option.typedDefaultDescription, typed != option.defaultDescription {
                    XCTAssertEqual(option.name, "threads", "\(command.name) --\(option.name) hides its default \(typed)")
                    XCTAssertEqual(typed, String(ProcessInfo.processInfo.activeProcessorCount))
                }
            }
        }
    }

    /// The values commands take when an option is not given are the ones their help shows.
    func testParsedDefaultsAreTheOnesHelpShows() throws {
        func shows(_ command: any Command.Type, _ name: String, _ value: String, file: StaticString = #filePath, line: UInt = #line) {
            let label = command.options.first { $0.name == name }.map { command.label(of: $0) } ?? "--\(name)"
            let flowing = command.helpText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let option = command.options.first { $0.name == name }
            let row = option.map { "\(label) \($0.help) (default: \(value))" } ?? label
            XCTAssertTrue(flowing.contains(row), "\(command.name): no '\(row)'", file: file, line: line)
        }
        let run = try RunCommand(parsing: RunCommand.parse(["--kernel", "naive"]))
        shows(RunCommand.self, "tasklets", String(run.tasklets))
        shows(RunCommand.self, "dpus", String(run.dpus))
        shows(RunCommand.self, "backend", run.backend.rawValue)
        let compare = try CompareCommand(parsing: CompareCommand.parse([]))
        shows(CompareCommand.self, "tasklets", String(compare.tasklets))
        shows(CompareCommand.self, "dpus", String(compare.dpus))
        let sweep = try SweepCommand(parsing: SweepCommand.parse(["--kernel", "naive"]))
        shows(SweepCommand.self, "tasklets", sweep.tasklets.map(String.init).joined(separator: ","))
        shows(SweepCommand.self, "dpus", sweep.dpus.map(String.init).joined(separator: ","))
        let validate = try ValidateCommand(parsing: ValidateCommand.parse([]))
        shows(ValidateCommand.self, "tasklets", String(validate.tasklets))
        let bench = try BenchCommand(parsing: BenchCommand.parse([]))
        shows(BenchCommand.self, "repeat", String(bench.repeats))
        let plan = try PlanCommand(parsing: PlanCommand.parse(["--model", "small"]))
        shows(PlanCommand.self, "objective", plan.settings.objective.rawValue)
        shows(PlanCommand.self, "sample", String(plan.settings.sample))
        shows(PlanCommand.self, "verify", String(plan.settings.verify))
        shows(PlanCommand.self, "max-dpus", String(plan.settings.maxDPUs))
        let eval = try EvalCommand(parsing: EvalCommand.parse([]))
        shows(EvalCommand.self, "model", eval.model)
    }

    /// `simctl compare backends` is a subcommand of `compare`; the old `--backends` mode flag
    /// is refused naming it.
    func testCompareBackendsIsASubcommand() throws {
        let resolved = try XCTUnwrap(SimCtl.resolve(["compare", "backends", "--backends", "sim,hardware"]))
        XCTAssertEqual(resolved.command.name, "compare backends")
        XCTAssertEqual(resolved.rest, ["--backends", "sim,hardware"])
        XCTAssertEqual(SimCtl.resolve(["compare", "--kernels", "naive"])?.command.name, "compare")
        let parsed = try CompareBackendsCommand.parse(["--backends", "sim,hardware", "--kernel", "naive", "--tasklets", "1-3"])
        XCTAssertEqual(try parsed[CompareBackendsCommand.Options.backends], ["sim", "hardware"])
        XCTAssertEqual(try parsed[CompareBackendsCommand.Options.tasklets], [1, 2, 3])
        XCTAssertEqual(try parsed[CompareBackendsCommand.Options.dpus], [10])
        XCTAssertThrowsError(try CompareBackendsCommand(parsing: CompareBackendsCommand.parse(["--backends", "sim,sim"]))) {
            XCTAssertEqual(($0 as? UsageError)?.message, "'--backends' names sim twice")
        }
        XCTAssertThrowsError(try CompareBackendsCommand(parsing: CompareBackendsCommand.parse(["--kernel", "naive"]))) {
            XCTAssertEqual(($0 as? UsageError)?.message, "missing '--backends <a,b>' (two of sim, hardware, upmem-simulator)")
        }
        XCTAssertThrowsError(try CompareCommand.parse(["--backends", "sim,hardware", "--kernel", "naive"])) {
            XCTAssertTrue(($0 as? UsageError)?.message.contains("'simctl compare backends --backends a,b …'") == true, "\($0)")
        }
        XCTAssertTrue(CompareCommand.helpText.contains("SUBCOMMANDS:\n  backends  "), CompareCommand.helpText)
        XCTAssertTrue(CompareCommand.usageText.contains("\n       simctl compare <subcommand>"), CompareCommand.usageText)
        XCTAssertTrue(SimCtl.allCommands.contains { ObjectIdentifier($0) == ObjectIdentifier(CompareBackendsCommand.self) })
        XCTAssertNil(SimCtl.resolve(["backends"]), "a subcommand is reached only through its parent")
    }
}
