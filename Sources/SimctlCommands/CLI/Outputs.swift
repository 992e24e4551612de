import DPUSupport
import BTHOWeNKernels
import DPUSim
import Foundation

/// The output files of one command, checked when it parses its options — before any work
/// — and written together at the end (docs/robustness.md).
///
/// `init` refuses, as a usage error naming the option: a path `AtomicFile.target` cannot
/// write (a missing or read-only directory, a trailing `/`, a directory, a dangling
/// symbolic link, a hard-linked file…); two options naming the same file; and an output
/// that is one of the command's inputs (the same device and inode, so `./a.csv`, a
/// symbolic link to it and a hard link all count). `write` writes the outputs as a set:
/// all of them or, on any failure, none (`AtomicFile.write(_:)`).
struct Outputs {
    /// (option, path) of every output the command was given.
    let paths: [(option: String, path: String)]

    /// Checks `outputs` (nil paths are options not given) against each other and
    /// against `inputs` (nil entries ignored; a directory stands for the files in it).
    init(_ outputs: [(option: String, path: String?)], inputs: [String?] = []) throws {
        var checked: [(option: String, path: String, target: AtomicFile.Target)] = []
        for case let (option, path?) in outputs {
            let target: AtomicFile.Target
            do {
                target = try AtomicFile.target(path)
            } catch {
                throw UsageError("'--\(option)': \(error.reason)")
            }
            if let other = checked.first(where: { $0.target.path == target.path || AtomicFile.sameFile($0.path, path) }) {
                throw UsageError("'--\(other.option)' and '--\(option)' name the same file '\(path)'")
            }
            checked.append((option, path, target))
        }
        for input in inputs.compactMap({ $0 }).flatMap(Self.files(in:)) {
            for output in checked where AtomicFile.sameFile(input, output.path) {
                throw UsageError("'--\(output.option)' names '\(output.path)', which is one of the command's inputs ('\(input)'); writing it would destroy the input")
            }
        }
        paths = checked.map { ($0.option, $0.path) }
    }

    /// The path given for `option`, if any.
    func path(_ option: String) -> String? { paths.first { $0.option == option }?.path }

    /// Writes the contents given for each option (options without contents are skipped).
    func write(_ contents: [String: Data]) throws {
        try AtomicFile.write(paths.compactMap { p in contents[p.option].map { (p.path, $0) } })
    }

    /// `path`, or the regular files directly inside it when it is a directory.
    private static func files(in path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
    }
}

/// SIGINT, SIGTERM and SIGHUP end `simctl` the usual way (killed by the signal), after
/// removing every temporary output file (`AtomicFile.removeTemporariesForExit`): the old
/// outputs stay as they were, and no `.NAME.partial-PID` file is left behind. A set of
/// outputs being renamed is finished first, so it is never half replaced.
///
/// The signals are blocked in every thread (`install` runs first in `main`, before any
/// thread starts, and threads inherit the mask) and taken by one thread in `sigwait`,
/// which does the cleanup as ordinary code, then unblocks the signal in itself and
/// re-raises it with its default action. A signal ignored when simctl starts (`nohup`
/// ignores SIGHUP; a shell ignores SIGINT for a background job) stays ignored.
public enum Interrupts {
    public static func install() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var old = sigaction()
            sigaction(signal, nil, &old)
            #if canImport(Glibc)
            let ignored = unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
            #else
            let ignored = unsafeBitCast(old.__sigaction_u.__sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
            #endif
            if !ignored { sigaddset(&set, signal) }
        }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let waited = set
        let thread = Thread {
            var set = waited
            var signal: Int32 = 0
            guard sigwait(&set, &signal) == 0 else { return }
            AtomicFile.removeTemporariesForExit()
            Foundation.signal(signal, SIG_DFL)
            var one = sigset_t()
            sigemptyset(&one)
            sigaddset(&one, signal)
            pthread_sigmask(SIG_UNBLOCK, &one, nil)
            raise(signal)
        }
        thread.start()
    }
}
