import Foundation

/// The hardware backend's test doubles — a fake `libdpu.so` and the DPU programs compiled
/// against a mock runtime (dpu/testing/README.md) — built once per test process with
/// `dpu/testing/build-test-doubles.sh`. Nothing built here is a measurement. (The same
/// helper as in BTHOWeNKernelsTests, which also compiles one-off C files.)
enum TestDoubles {
    /// The repository root (this file is Tests/SimctlTests/TestDoubles.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// A folder holding `upmem/lib/libdpu.so` and `programs/<kernel>-t{4,16}.dpu`.
    static func directory() throws -> URL { try built.get() }

    /// Removes the folder (call once, when every test that uses it has run).
    static func remove() {
        if case .success(let dir) = built { try? FileManager.default.removeItem(at: dir) }
    }

    private static let built: Result<URL, any Error> = Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dpusim-test-doubles-\(UUID().uuidString)")
        let script = root.appendingPathComponent("dpu/testing/build-test-doubles.sh").path
        let r = try run(script, [dir.path, "4", "16"])
        guard r.status == 0 else { throw Failure(description: "build-test-doubles.sh failed (\(r.status)):\n\(r.output)") }
        return dir
    }

    /// Runs a program, returning its exit status and its stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
