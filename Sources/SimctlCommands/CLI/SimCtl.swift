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
            // `simctl help <subcommand>`: that subcommand's help, as `<subcommand> --help`.
            guard arguments.count == 2, let command = commands.first(where: { $0.name == arguments[1] }) else {
                printError("error: 'simctl help' takes one subcommand name, got '\(arguments.dropFirst().joined(separator: " "))'\n")
                printError(mainHelp())
                return ExitStatus.usage
            }
            print(command.helpText, terminator: "")
            return flushStandardOutput()
        }
        if name == "--help" || name == "-h" || name == "help" {
            print(mainHelp(), terminator: "")
            return flushStandardOutput()
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            printError("error: unknown subcommand '\(name)'\n")
            printError(mainHelp())
            return ExitStatus.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            print(command.helpText, terminator: "")
            return flushStandardOutput()
        }
        let instance: any Command
        do {
            instance = try command.init(parsing: ParsedArguments(rest, specs: command.options))
        } catch let error as UsageError {
            printError("error: \(error.message)\n")
            printError("USAGE: \(command.usage)\n\n  See 'simctl \(command.name) --help'.")
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
