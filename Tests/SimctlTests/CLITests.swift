import Foundation
import XCTest

/// Locates and runs the built `simctl` binary, end to end.
enum SimctlBinary {
    static var url: URL {
        var candidates: [URL] = []
        if let arg0 = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: arg0).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for var directory in candidates {
            // The xctest bundle may be a directory (Darwin) or a file (Linux).
            for _ in 0..<4 {
                let binary = directory.appendingPathComponent("simctl")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                directory = directory.deletingLastPathComponent()
            }
        }
        return URL(fileURLWithPath: ".build/debug/simctl")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String]? = nil, currentDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

final class CLITests: XCTestCase {
    func testHelpListsSubcommandsAndExitsZero() throws {
        let r = try SimctlBinary.run(["--help"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("USAGE: simctl <subcommand>"))
    }

    /// `simctl help compare backends` and `simctl compare backends --help` print the nested
    /// subcommand's generated help; a help for a subcommand that does not exist is a usage error.
    func testHelpOfANestedSubcommand() throws {
        for arguments in [["help", "compare", "backends"], ["compare", "backends", "--help"]] {
            let r = try SimctlBinary.run(arguments)
            XCTAssertEqual(r.status, 0, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("USAGE: simctl compare backends --backends <a,b>"), r.stdout)
        }
        let bad = try SimctlBinary.run(["help", "compare", "nope"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("'simctl help' takes a subcommand name, got 'compare nope'"), bad.stderr)
    }

    func testUnknownSubcommandIsAUsageError() throws {
        let r = try SimctlBinary.run(["frobnicate"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("unknown subcommand 'frobnicate'"))
    }

    func testNoSubcommandIsAUsageError() throws {
        let r = try SimctlBinary.run([])
        XCTAssertEqual(r.status, 64)
    }
}
