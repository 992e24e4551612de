import Foundation

/// The hardware backend's test doubles — a fake `libdpu.so` and the DPU programs compiled
/// against a mock runtime (dpu/testing/README.md) — built once per test process with
/// `dpu/testing/build-test-doubles.sh`, and the host clang for one-off C files. Nothing
/// built here is a measurement.
enum TestDoubles {
    /// The repository root (this file is Tests/BTHOWeNKernelsTests/TestDoubles.swift).
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

    /// The host C compiler: clang on PATH, else the one beside the Swift toolchain's swift.
    static func clang() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let directories = path.split(separator: ":").map(String.init)
        for dir in directories {
            let candidate = dir + "/clang"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        for dir in directories where FileManager.default.isExecutableFile(atPath: dir + "/swift") {
            let swift = URL(fileURLWithPath: dir + "/swift").resolvingSymlinksInPath()
            let candidate = swift.deletingLastPathComponent().appendingPathComponent("clang").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Failure(description: "no clang on PATH or beside swift; the Swift toolchain ships one")
    }

    /// Compiles C `source` with `flags` into `output`, failing with the compiler's message.
    static func compile(_ source: String, flags: [String], output: URL) throws {
        let file = output.deletingPathExtension().appendingPathExtension("c")
        try Data(source.utf8).write(to: file)
        let r = try run(try clang(), flags + ["-o", output.path, file.path])
        guard r.status == 0 else { throw Failure(description: "clang failed (\(r.status)):\n\(r.output)") }
    }

    /// FNV-1a 64-bit, as 16 hex digits (what the fake libdpu logs).
    static func fnv<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
