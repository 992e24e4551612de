import Foundation

/// What the project ships so that the default commands and the tests need no download:
/// `data/` (trained models, the first 1,000 MNIST test images, DPU parameter presets) and,
/// beside it, `traces/` (golden cycle records and recorded hardware measurements).
public enum ShippedData {
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        public var looked: [String]
        public var description: String {
            "cannot find the shipped data directory (a 'data' folder holding 'models'); looked in: "
                + looked.joined(separator: "; ") + ". Set DPUSIM_DATA to the project's data directory."
        }
    }

    /// The shipped data directory. Lookup order: `$DPUSIM_DATA`; `./data` in the current
    /// directory; `data/` in the executable's directory and each of its ancestors; the
    /// repository root derived from this source file's path. A candidate counts only if it
    /// holds a `models` folder, so an unrelated `data/` in the current directory is skipped.
    public static func dataDirectory() throws -> URL {
        var looked: [String] = []
        func holdsModels(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("models").path, isDirectory: &isDir) && isDir.boolValue
        }
        if let env = ProcessInfo.processInfo.environment["DPUSIM_DATA"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            if holdsModels(url) { return url }
            looked.append("$DPUSIM_DATA=\(env)")
        }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("data")
        if holdsModels(cwd) { return cwd }
        looked.append(cwd.path)
        if let exe = executableURL() {
            var dir = exe.deletingLastPathComponent()
            while true {
                let candidate = dir.appendingPathComponent("data")
                if holdsModels(candidate) { return candidate }
                looked.append(candidate.path)
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path || dir.path == "/" { break }
                dir = parent
            }
        }
        // #filePath: <root>/Sources/BTHOWeNModel/Data/ShippedData.swift
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")
        if holdsModels(root) { return root }
        looked.append(root.path)
        throw NotFound(looked: looked)
    }

    /// The shipped `traces/` directory: the sibling of `dataDirectory()` (both sit at the
    /// project's root).
    public static func tracesDirectory() throws -> URL {
        try dataDirectory().deletingLastPathComponent().appendingPathComponent("traces")
    }

    static func executableURL() -> URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0) }
    }

    /// File name of a shipped model: `models/mnist-<name>.bthowen`.
    public static func modelPath(_ name: String) throws -> String {
        guard let config = ModelConfiguration.named(name) else {
            throw ModelFileError(.unreadable, "no shipped model called '\(name)' (there are: small, medium, large)")
        }
        return try dataDirectory().appendingPathComponent("models/mnist-\(config.name).bthowen").path
    }

    /// A shipped model: "small", "medium" or "large".
    public static func model(_ name: String) throws -> Model {
        try Model(contentsOfFile: modelPath(name))
    }

    public static let testSubsetImages = "mnist/t10k-1000-images-idx3-ubyte.gz"
    public static let testSubsetLabels = "mnist/t10k-1000-labels-idx1-ubyte.gz"

    /// The shipped first 1,000 MNIST test images and labels.
    public static func testSubset() throws -> MNISTDataset {
        let dir = try dataDirectory()
        return try MNISTDataset.load(imagesPath: dir.appendingPathComponent(testSubsetImages).path,
                                     labelsPath: dir.appendingPathComponent(testSubsetLabels).path)
    }
}
