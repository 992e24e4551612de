import Foundation

/// Writes output files so that a failed or interrupted run never leaves a partial file
/// behind and never replaces what it should not (docs/robustness.md).
///
/// - **Write by rename.** The bytes go to a hidden temporary, `.NAME.partial-PID`, in the
///   destination's directory, which is renamed over the destination only once complete.
/// - **Checked first.** `target(_:)` says what a write to a path would do, or why it
///   cannot, before any work: commands check every output path when they parse their
///   options.
/// - **Symbolic links** are written through: the file they point to is replaced, the link
///   stays. A link to a missing file is refused.
/// - **Special files** (a character device such as `/dev/stdout` or `/dev/null`, a FIFO, a
///   socket) are written directly, as a shell redirection would; a block device, a
///   directory, or a path ending in `/` is refused.
/// - **Hard links**: a regular file with more than one link is refused, since a rename
///   would separate this name from the others.
/// - **Mode**: a replaced file keeps its permission bits; a new file gets the umask's.
/// - **Sets**: `write(_:)` with several files writes every temporary first and renames
///   only when all are complete, so a failure leaves every old file untouched.
/// - **Interruption**: temporaries are registered while they exist;
///   `removeTemporariesForExit()` (which `simctl` calls on SIGINT, SIGTERM and SIGHUP) removes them, and
///   waits for a set's renames in progress to finish, so a set is never half renamed.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// What writing to a path does.
    public enum Target: Equatable, Sendable {
        /// A regular file (existing or new) at `path` (symbolic links resolved), replaced
        /// by rename; `mode` is the existing file's permission bits, nil for a new file.
        case file(path: String, mode: mode_t?)
        /// A character device, FIFO or socket, written directly.
        case special(path: String)

        /// The path the bytes end up at.
        public var path: String {
            switch self {
            case let .file(path, _), let .special(path): path
            }
        }
    }

    /// What a write to `path` would do, or a `WriteError` saying why it cannot. Changes
    /// nothing. See the type's documentation for the rules.
    public static func target(_ path: String) throws(WriteError) -> Target {
        guard !path.isEmpty else { throw WriteError(path: path, reason: "the path is empty") }
        guard !path.hasSuffix("/") else {
            throw WriteError(path: path, reason: "the path ends in '/', so it names a directory; give a file name")
        }
        var info = stat()
        var resolved = path
        if lstat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                guard stat(path, &info) == 0 else {
                    throw WriteError(path: path, reason: "it is a symbolic link to a file that does not exist")
                }
                // A link to a regular file is replaced at its target; a link to anything
                // else (`/dev/stdout` → `/proc/self/fd/1` → a pipe) is opened as given.
                if (info.st_mode & S_IFMT) == S_IFREG {
                    guard let real = realpath(path, nil) else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
                    resolved = String(cString: real)
                    free(real)
                }
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                guard info.st_nlink <= 1 else {
                    throw WriteError(path: path, reason: "it has \(info.st_nlink) hard links; replacing it would separate this name from the others (remove it first, or write elsewhere)")
                }
                try checkDirectory(of: resolved, for: path)
                return .file(path: resolved, mode: info.st_mode & 0o7777)
            case S_IFCHR, S_IFIFO, S_IFSOCK:
                guard access(resolved, W_OK) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
                return .special(path: resolved)
            case S_IFDIR:
                throw WriteError(path: path, reason: "it is a directory")
            default:
                throw WriteError(path: path, reason: "it is a block device or another special file")
            }
        }
        guard errno == ENOENT else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        try checkDirectory(of: path, for: path)
        return .file(path: path, mode: nil)
    }

    /// Whether two existing paths are the same file (device and inode), after symbolic links.
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }

    private static func checkDirectory(of path: String, for original: String) throws(WriteError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: original, reason: "directory '\(directory)' does not exist")
        }
        guard access(directory, W_OK | X_OK) == 0 else {
            throw WriteError(path: original, reason: "directory '\(directory)' is not writable")
        }
    }

    /// Writes `data` to `path` atomically. Throws `WriteError` naming the path.
    public static func write(_ data: Data, to path: String) throws {
        try write([(path, data)])
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes a set of files: all of them, or — if any cannot be written — none, every
    /// old file untouched and every temporary removed. Special files are written last,
    /// directly, once the regular files are in place.
    public static func write(_ files: [(path: String, data: Data)]) throws {
        let targets = try files.map { file throws(WriteError) in (try target(file.path), file) }
        var temporaries: [(temporary: String, destination: String, original: String)] = []
        func discard() {
            for t in temporaries { unlink(t.temporary) }
            registry.remove(temporaries.map(\.temporary))
        }
        for (target, file) in targets {
            guard case let .file(destination, mode) = target else { continue }
            let url = URL(fileURLWithPath: destination)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())").path
            registry.add(temporary)
            temporaries.append((temporary, destination, file.path))
            do {
                try file.data.write(to: URL(fileURLWithPath: temporary))
                if let mode, chmod(temporary, mode) != 0 {
                    throw WriteError(path: file.path, reason: "cannot keep its mode: \(String(cString: strerror(errno)))")
                }
            } catch let error as WriteError {
                discard()
                throw error
            } catch {
                discard()
                throw WriteError(path: file.path, reason: "\(error.localizedDescription)")
            }
        }
        try registry.renaming {
            for (i, t) in temporaries.enumerated() where rename(t.temporary, t.destination) != 0 {
                let reason = String(cString: strerror(errno))
                for rest in temporaries[i...] { unlink(rest.temporary) }
                registry.removeLocked(temporaries.map(\.temporary))
                throw WriteError(path: t.original, reason: reason)
            }
            registry.removeLocked(temporaries.map(\.temporary))
        }
        for (target, file) in targets {
            guard case let .special(path) = target else { continue }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw WriteError(path: file.path, reason: String(cString: strerror(errno)))
            }
            do {
                try handle.write(contentsOf: file.data)
                try handle.close()
            } catch {
                throw WriteError(path: file.path, reason: "\(error.localizedDescription)")
            }
        }
    }

    /// Removes every temporary a write in progress holds, waiting for renames under way.
    /// For a signal handler's thread: after it returns, no temporary exists and no
    /// rename starts (the lock is kept, so the process must exit).
    public static func removeTemporariesForExit() {
        registry.removeAllForExit()
    }

    /// The temporaries that exist, behind a lock that renames also hold.
    private static let registry = Registry()

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: Set<String> = []

        func add(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
        func remove(_ list: [String]) { lock.lock(); removeLocked(list); lock.unlock() }
        func removeLocked(_ list: [String]) { for p in list { paths.remove(p) } }

        func renaming(_ body: () throws -> Void) throws {
            lock.lock()
            defer { lock.unlock() }
            try body()
        }

        func removeAllForExit() {
            lock.lock()
            for p in paths { unlink(p) }
            paths.removeAll()
        }
    }
}
