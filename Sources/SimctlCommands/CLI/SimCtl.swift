import DPUSim
import Foundation

/// The `simctl` entry point: picks the subcommand, parses and validates its options,
/// runs it, and maps errors to exit statuses (64 for usage errors, 1 for failures).
public enum SimCtl {
    /// Every subcommand, in the order `simctl --help` lists them.
    static var commands: [any Command.Type] {
        [
            RunCommand.self,
            SweepCommand.self,
            MergeCommand.self,
            CompareCommand.self,
            PlanCommand.self,
            PlotCommand.self,
            KernelsCommand.self,
            TrainCommand.self,
            EvalCommand.self,
            CalibrateCommand.self,
            ValidateCommand.self,
            ConfigCommand.self,
            BenchCommand.self,
        ]
    }

    /// The command `words` start with — a subcommand's subcommand is chosen by the next word
    /// (`compare backends`) — and the words after it; nil for an unknown name.
    static func resolve(_ words: [String]) -> (command: any Command.Type, rest: [String])? {
        guard let first = words.first, var command = commands.first(where: { $0.name == first }) else { return nil }
        var rest = Array(words.dropFirst())
        while let next = rest.first, let sub = command.subcommands.first(where: { $0.leafName == next }) {
            command = sub
            rest.removeFirst()
        }
        return (command, rest)
    }

    /// Every command, nested ones after their parent.
    static var allCommands: [any Command.Type] {
        func expand(_ command: any Command.Type) -> [any Command.Type] { [command] + command.subcommands.flatMap(expand) }
        return commands.flatMap(expand)
    }

    static func mainHelp() -> String {
        let width = commands.map { $0.name.count }.max() ?? 0
        var text = """
            OVERVIEW: simctl — run BTHOWeN kernels on simulated UPMEM DPUs and report cycles, energy and throughput.

            USAGE: simctl <subcommand> [options]

            SUBCOMMANDS:

            """
        for command in commands {
            text += "  \(command.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.abstract)\n"
        }
        text += "\n  See 'simctl <subcommand> --help' for the options of each.\n"
        return text
    }

    /// Flushes stdout and checks that everything printed reached it: a full disk
    /// (`> /dev/full`) or a closed stdout is a failure (exit 1), not a silent success.
    static func flushStandardOutput() -> Int32 {
        if StandardOutput.flush() { return ExitStatus.success }
        printError("error: cannot write to standard output: \(String(cString: strerror(errno)))")
        return ExitStatus.failure
    }

    public static func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first else {
            printError("error: missing subcommand\n")
            printError(mainHelp())
            return ExitStatus.usage
        }
        if name == "help", arguments.count > 1 {
            // `simctl help <subcommand> [<subcommand>]`: that command's help, as `… --help`.
            guard let named = resolve(Array(arguments.dropFirst())), named.rest.isEmpty else {
                printError("error: 'simctl help' takes a subcommand name, got '\(arguments.dropFirst().joined(separator: " "))'\n")
                printError(mainHelp())
                return ExitStatus.usage
            }
            print(named.command.helpText, terminator: "")
            return flushStandardOutput()
        }
        if name == "--help" || name == "-h" || name == "help" {
            print(mainHelp(), terminator: "")
            return flushStandardOutput()
        }
        guard let named = resolve(arguments) else {
            printError("error: unknown subcommand '\(name)'\n")
            printError(mainHelp())
            return ExitStatus.usage
        }
        let (command, rest) = named
        if rest.contains("--help") || rest.contains("-h") {
            print(command.helpText, terminator: "")
            return flushStandardOutput()
        }
        let instance: any Command
        do {
            instance = try command.init(parsing: command.parse(rest))
        } catch let error as UsageError {
            printError("error: \(error.message)\n")
            printError(command.usageText + "\n\n  See 'simctl \(command.name) --help'.")
            return ExitStatus.usage
        } catch {
            // Bad input found while validating (an unreadable model file, say).
            printError("error: \(error)")
            return ExitStatus.failure
        }
        do {
            try instance.run()
            return flushStandardOutput()
        } catch let error as UsageError {
            printError("error: \(error.message)")
            return ExitStatus.usage
        } catch {
            printError("error: \(error)")
            return ExitStatus.failure
        }
    }
}
