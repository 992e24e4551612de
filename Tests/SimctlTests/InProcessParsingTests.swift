import XCTest
@testable import SimctlCommands

/// Option parsing and validation, in process: every command's `init(parsing:)` runs before
/// any work, so a usage error needs no binary launch to test.
final class InProcessParsingTests: XCTestCase {
    private func usageError(_ command: any Command.Type, _ arguments: [String]) -> String? {
        do {
            _ = try command.init(parsing: ParsedArguments(arguments, specs: command.options))
            return nil
        } catch let error as UsageError {
            return error.message
        } catch {
            return "not a usage error: \(error)"
        }
    }

    func testStrictParsingNamesTheOption() throws {
        XCTAssertThrowsError(try ParsedArguments(["--nope"], specs: ValidateCommand.options)) {
            XCTAssertEqual(($0 as? UsageError)?.message, "unknown option '--nope'")
        }
        XCTAssertThrowsError(try ParsedArguments(["--csv"], specs: ValidateCommand.options)) {
            XCTAssertEqual(($0 as? UsageError)?.message, "missing value for '--csv'")
        }
        XCTAssertThrowsError(try ParsedArguments(["--csv", "a", "--csv=b"], specs: ValidateCommand.options)) {
            XCTAssertEqual(($0 as? UsageError)?.message, "option '--csv' given more than once")
        }
        let parsed = try ParsedArguments(["--tasklets=11", "--benchmarks", "va,RED"], specs: ValidateCommand.options)
        XCTAssertEqual(parsed.string("tasklets"), "11")
    }

    func testValidateRefusesBadValuesBeforeRunning() throws {
        XCTAssertEqual(usageError(ValidateCommand.self, ["--benchmarks", "VA,NOPE"])?.hasPrefix("'--benchmarks': unknown benchmark 'NOPE'"), true)
        XCTAssertNotNil(usageError(ValidateCommand.self, ["--tasklets", "25"]))
        XCTAssertNotNil(usageError(ValidateCommand.self, ["--threads", "0"]))
        let command = try ValidateCommand(parsing: ParsedArguments(["--benchmarks", "va,RED", "--tasklets", "11"], specs: ValidateCommand.options))
        XCTAssertEqual(command.benchmarks, [.va, .red])
        XCTAssertEqual(command.tasklets, 11)
    }

    func testTrainTakesTheShapeAndRefusesTheOldSpelling() {
        XCTAssertEqual(usageError(TrainCommand.self, ["--config", "small", "--mnist", "/x", "--out", "/tmp/m"]),
                       "'--config' names a DPU parameter file (as in every command); the model shape is '--shape small'")
        XCTAssertEqual(usageError(TrainCommand.self, ["--mnist", "/x", "--out", "/tmp/m"]), "missing '--shape' (small, medium or large)")
    }

    func testEveryCommandsHelpListsEveryOptionItDeclares() {
        for command in SimCtl.commands {
            for option in command.options {
                XCTAssertTrue(command.helpText.contains("--\(option.name)"), "\(command.name) --help lacks --\(option.name)")
            }
        }
    }
}
