import Foundation

/// The hardware backend's test doubles — a fake `libdpu.so` and the DPU programs compiled
/// against a mock runtime (dpu/testing/README.md) — built once per test process with
/// `dpu/testing/build-test-doubles.sh`, and the host clang for one-off C files. Nothing
/// built here is a measurement. Shared by the test targets (the `TestSupport` target).
public enum TestDoubles {
    /// The repository root (this file is Tests/TestSupport/TestDoubles.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// A folder holding `upmem/lib/libdpu.so` and `programs/<kernel>-t{4,16}.dpu`, built on
    /// first use and removed when the test process exits (every test target shares it).
    public static func directory() throws -> URL { try built.get() }

    private static let built: Result<URL, any Error> = Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dpusim-test-doubles-\(UUID().uuidString)")
        let script = root.appendingPathComponent("dpu/testing/build-test-doubles.sh").path
        let r = try run(script, [dir.path, "4", "16"])
        guard r.status == 0 else { throw Failure(description: "build-test-doubles.sh failed (\(r.status)):\n\(r.output)") }
        atexit { TestDoubles.removeBuilt() }
        return dir
    }

    private static func removeBuilt() {
        if case .success(let dir) = built { try? FileManager.default.removeItem(at: dir) }
    }

    /// Runs a program, returning its exit status and its stdout and stderr together.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let r = try capture(executable, arguments, environment: environment, mergingErrors: true)
        return (r.status, r.stdout)
    }

    /// Runs a program that must succeed and returns its stdout; otherwise throws with its stderr.
    public static func output(_ executable: String, _ arguments: [String]) throws -> String {
        let r = try capture(executable, arguments, environment: nil, mergingErrors: false)
        guard r.status == 0 else {
            let name = URL(fileURLWithPath: executable).lastPathComponent
            throw Failure(description: "\(name) \(arguments.joined(separator: " ")) failed (\(r.status)):\n\(r.stderr)")
        }
        return r.stdout
    }

    private static func capture(_ executable: String, _ arguments: [String], environment: [String: String]?,
                                mergingErrors: Bool) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = mergingErrors ? out : Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = mergingErrors ? Data() : err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// The host C compiler: clang on PATH, else the one beside the Swift toolchain's swift.
    public static func clang() throws -> String {
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
    public static func compile(_ source: String, flags: [String], output: URL) throws {
        let file = output.deletingPathExtension().appendingPathExtension("c")
        try Data(source.utf8).write(to: file)
        let r = try run(try clang(), flags + ["-o", output.path, file.path])
        guard r.status == 0 else { throw Failure(description: "clang failed (\(r.status)):\n\(r.output)") }
    }

    /// FNV-1a 64-bit, as 16 hex digits (what the fake libdpu logs).
    public static func fnv<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
