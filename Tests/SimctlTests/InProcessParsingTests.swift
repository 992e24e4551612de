import Foundation
import XCTest
@testable import SimctlCommands

/// Option parsing and validation, in process: every command's `init(parsing:)` runs before
/// any work, so a usage error needs no binary launch to test.
final class InProcessParsingTests: XCTestCase {
    private func usageError(_ command: any Command.Type, _ arguments: [String]) -> String? {
        do {
            _ = try command.init(parsing: command.parse(arguments))
            return nil
        } catch let error as UsageError {
            return error.message
        } catch {
            return "not a usage error: \(error)"
        }
    }

    func testStrictParsingNamesTheOption() throws {
        XCTAssertThrowsError(try ValidateCommand.parse(["--nope"])) {
            XCTAssertEqual(($0 as? UsageError)?.message, "unknown option '--nope'")
        }
        XCTAssertThrowsError(try ValidateCommand.parse(["--csv"])) {
            XCTAssertEqual(($0 as? UsageError)?.message, "missing value for '--csv'")
        }
        XCTAssertThrowsError(try ValidateCommand.parse(["--csv", "a", "--csv=b"])) {
            XCTAssertEqual(($0 as? UsageError)?.message, "option '--csv' given more than once")
        }
        XCTAssertThrowsError(try ConfigCommand.parse(["--json=yes"])) {
            XCTAssertEqual(($0 as? UsageError)?.message, "option '--json' takes no value")
        }
        let parsed = try ValidateCommand.parse(["--tasklets=11", "--benchmarks", "va,RED"])
        XCTAssertEqual(parsed.text(ValidateCommand.Options.tasklets), "11")
        XCTAssertEqual(try parsed[ValidateCommand.Options.tasklets], 11)
        XCTAssertEqual(try parsed[ValidateCommand.Options.benchmarks], ["va", "RED"])
        XCTAssertNil(try parsed[ValidateCommand.Options.csv])
    }

    /// Every option of every command, given twice or without its value, is refused naming it.
    func testEveryOptionIsParsedStrictly() {
        for command in SimCtl.allCommands {
            for option in command.options {
                let twice = option.placeholder == nil ? ["--\(option.name)", "--\(option.name)=x"] : ["--\(option.name)", "1", "--\(option.name)=1"]
                XCTAssertThrowsError(try command.parse(twice), "\(command.name) --\(option.name)") {
                    XCTAssertTrue(($0 as? UsageError)?.message.contains("'--\(option.name)'") == true, "\(command.name): \($0)")
                }
                guard option.placeholder != nil else { continue }
                XCTAssertThrowsError(try command.parse(["--\(option.name)"])) {
                    XCTAssertEqual(($0 as? UsageError)?.message, "missing value for '--\(option.name)'", command.name)
                }
            }
        }
    }

    func testMalformedAndOutOfRangeValuesNameTheOption() {
        let cases: [(any Command.Type, [String], String)] = [
            (RunCommand.self, ["--kernel", "naive", "--tasklets", "x"], "'--tasklets' expects an integer, got 'x'"),
            (RunCommand.self, ["--kernel", "naive", "--dpus", "3000"], "'--dpus' must be in 1...2560, got 3000"),
            (RunCommand.self, ["--kernel", "naive", "--inputs", "0"], "'--inputs' must be in 1...2147483647, got 0"),
            (RunCommand.self, ["--kernel", "naive", "--backend", "gpu"], "unknown backend 'gpu' (one of sim, hardware, upmem-simulator)"),
            (RunCommand.self, ["--kernel", "naive", "--mnist", "/x", "--split", "val"], "'--split' must be test or train, got 'val'"),
            (RunCommand.self, ["--kernel", "naive", "--trace", "/tmp/t.json", "--trace-dpus", "0,12"], "'--trace-dpus': 12 is outside 0...9"),
            (RunCommand.self, ["--kernel", "naive", "--trace", "/tmp/t.json", "--trace-cycles", "5-2"], "'--trace-cycles' range '5-2' is empty"),
            (RunCommand.self, ["--kernel", "naive", "--pipeline", "--host-threads", "0"], "'--host-threads' must be in 1...4096, got 0"),
            (SweepCommand.self, ["--kernel", "naive", "--tasklets", "1-30"], "'--tasklets': 1-30 is outside 1...24"),
            (SweepCommand.self, ["--kernel", "naive", "--shard", "3/2"], "'--shard' 3/2: need 1 <= K <= N <= 100000"),
            (SweepCommand.self, ["--kernels", "naive,"], "'--kernels' has an empty element in 'naive,'"),
            (PlanCommand.self, ["--model", "small", "--objective", "fast"], "'--objective' must be throughput, energy or edp, got 'fast'"),
            (PlanCommand.self, ["--model", "small", "--max-dpus", "5"], "'--max-dpus' must be in 10...2560, got 5"),
            (TrainCommand.self, ["--shape", "tiny", "--mnist", "/x", "--out", "/tmp/m"], "'--shape' must be small, medium or large, got 'tiny'"),
            (TrainCommand.self, ["--shape", "small", "--mnist", "/x", "--out", "/tmp/m", "--seed", "-1"],
             "'--seed' expects an unsigned 64-bit integer, got '-1'"),
            (TrainOnDPUsCommand.self, ["--shape", "small", "--mnist", "/x", "--out", "/tmp/m", "--dpus", "1", "--hashing", "gpu"],
             "'--hashing' must be host or dpu, got 'gpu'"),
            (TrainOnDPUsCommand.self, ["--shape", "small", "--mnist", "/x", "--out", "/tmp/m", "--dpus", "2561"],
             "'--dpus' must be in 1...2560, got 2561"),
            (BenchCommand.self, ["--repeat", "0"], "'--repeat' must be in 1...1000, got 0"),
            (ValidateCommand.self, ["--tasklets", "25"], "'--tasklets' must be in 1...24, got 25"),
        ]
        for (command, arguments, message) in cases {
            let error = usageError(command, arguments)
            XCTAssertTrue(error?.hasPrefix(message) == true, "\(command.name) \(arguments): \(error ?? "accepted")")
        }
    }

    func testValidateRefusesBadValuesBeforeRunning() throws {
        XCTAssertEqual(usageError(ValidateCommand.self, ["--benchmarks", "VA,NOPE"])?.hasPrefix("'--benchmarks': unknown benchmark 'NOPE'"), true)
        XCTAssertNotNil(usageError(ValidateCommand.self, ["--threads", "0"]))
        let command = try ValidateCommand(parsing: ValidateCommand.parse(["--benchmarks", "va,RED", "--tasklets", "11"]))
        XCTAssertEqual(command.benchmarks, [.va, .red])
        XCTAssertEqual(command.tasklets, 11)
    }

    func testTrainTakesTheShapeAndRefusesTheOldSpelling() {
        XCTAssertEqual(usageError(TrainOnDPUsCommand.self, ["--config", "small", "--mnist", "/x", "--out", "/tmp/m", "--dpus", "4"]),
                       "'--config' names a DPU parameter file (as in every command); the model shape is '--shape small'")
        XCTAssertEqual(usageError(TrainCommand.self, ["--config", "small", "--mnist", "/x", "--out", "/tmp/m"]),
                       "'--config' names a DPU parameter file and goes with 'simctl train on-dpus'; the model shape is '--shape small|medium|large'")
        XCTAssertEqual(usageError(TrainCommand.self, ["--mnist", "/x", "--out", "/tmp/m"]), "missing '--shape' (small, medium or large)")
        XCTAssertEqual(usageError(TrainCommand.self, ["--shape", "small", "--out", "/tmp/m"]), "missing '--mnist DIR'")
    }

    /// `simctl train on-dpus --dpus N` parses into its typed options; plain `train` refuses the
    /// old `--on-dpus N` naming the new spelling, and every option that only makes sense on DPUs.
    func testTrainOnDPUsIsASubcommand() throws {
        let base = ["--shape", "small", "--mnist", "/x", "--out", "/tmp/m"]
        let resolved = try XCTUnwrap(SimCtl.resolve(["train", "on-dpus", "--dpus", "4"]))
        XCTAssertEqual(resolved.command.name, "train on-dpus")
        XCTAssertEqual(resolved.rest, ["--dpus", "4"])
        XCTAssertEqual(SimCtl.resolve(["train", "--shape", "small"])?.command.name, "train")
        let command = try TrainOnDPUsCommand(parsing: TrainOnDPUsCommand.parse(
            base + ["--dpus", "6", "--strategy", "train-data-parallel", "--merge", "max", "--tasklets", "8", "--hashing", "dpu",
                    "--threads", "2", "--seed", "7", "--images", "300"]))
        XCTAssertEqual([command.dpus, command.tasklets, command.threads, command.input.images], [6, 8, 2, 300])
        XCTAssertEqual([command.strategy.rawValue, command.merge.rawValue, command.hashing.rawValue], ["train-data-parallel", "max", "dpu"])
        XCTAssertEqual(command.input.seed, 7)
        XCTAssertEqual(command.input.configuration.name, "small")
        XCTAssertNil(command.csv)
        XCTAssertEqual(usageError(TrainOnDPUsCommand.self, base), "missing '--dpus N' (the simulated DPUs to train on)")
        XCTAssertEqual(usageError(TrainOnDPUsCommand.self, base + ["--on-dpus", "4"]), "'--on-dpus N' is now '--dpus N': 'simctl train on-dpus --dpus N …'")

        XCTAssertEqual(usageError(TrainCommand.self, base + ["--on-dpus", "4"]),
                       "'--on-dpus' is now a subcommand: 'simctl train on-dpus --dpus N …' (see 'simctl help train on-dpus')")
        for option in ["dpus", "strategy", "tasklets", "hashing", "merge", "threads", "csv"] {
            XCTAssertEqual(usageError(TrainCommand.self, base + ["--\(option)", "1"]),
                           "'--\(option)' goes with 'simctl train on-dpus --dpus N' (training on simulated DPUs)")
        }
        let plain = try TrainCommand(parsing: TrainCommand.parse(base + ["--images", "300"]))
        XCTAssertEqual(plain.input.images, 300)
        XCTAssertEqual(Set(TrainCommand.options.map(\.name)), ["shape", "mnist", "out", "seed", "images"])
    }

    /// `simctl train --help` lists `on-dpus` under SUBCOMMANDS; the subcommand's help lists its options.
    func testTrainHelpListsTheOnDPUsSubcommand() {
        XCTAssertTrue(TrainCommand.helpText.contains("SUBCOMMANDS:\n  on-dpus  "), TrainCommand.helpText)
        XCTAssertTrue(TrainCommand.usageText.contains("\n       simctl train <subcommand>"), TrainCommand.usageText)
        XCTAssertFalse(TrainCommand.helpText.contains("--strategy"), TrainCommand.helpText)
        let help = TrainOnDPUsCommand.helpText
        XCTAssertTrue(help.contains("USAGE: simctl train on-dpus --dpus <n> --shape <name>"), help)
        for option in ["dpus", "shape", "mnist", "out", "seed", "images", "strategy", "tasklets", "hashing", "merge", "config", "threads", "csv"] {
            XCTAssertTrue(help.contains("\n  --\(option) <"), "train on-dpus --help lacks --\(option)")
        }
        XCTAssertTrue(SimCtl.allCommands.contains { ObjectIdentifier($0) == ObjectIdentifier(TrainOnDPUsCommand.self) })
        XCTAssertNil(SimCtl.resolve(["on-dpus"]), "a subcommand is reached only through its parent")
    }
}
