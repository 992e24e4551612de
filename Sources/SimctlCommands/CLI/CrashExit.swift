import Foundation

/// Makes a crash end the process at once, with one line on stderr.
///
/// The Swift runtime's backtracer, which handles fatal signals by default on Linux, can
/// stall when two threads trap at the same moment (it once held a terminal for twelve
/// minutes), so a crash could look like a hang. `simctl` therefore installs its own
/// handler for the crash signals: it writes one line naming the signal to stderr, restores
/// the default action and re-raises the signal, so the process ends with that signal
/// (status 128 + N in a shell) within milliseconds, however many threads trap. No input
/// should reach a trap at all (docs/robustness.md); this is the guard for a bug.
///
/// Setting `SWIFT_BACKTRACE` in the environment (e.g. `SWIFT_BACKTRACE=enable=yes`) leaves
/// the runtime's backtracer in place, for debugging.
public enum CrashExit {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

    public static func install() {
        guard ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil else { return }
        for signal in signals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = crashed
            #else
            action.__sigaction_u.__sa_handler = crashed
            #endif
            // Reset to the default on entry: a second thread's trap, or one in the handler,
            // ends the process by the default action.
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }
}

/// The crash handler: async-signal-safe (a static string, `write`, `signal`, `raise`).
private func crashed(_ signal: Int32) {
    let message: StaticString = "error: simctl crashed (a bug; docs/robustness.md says what to report); set SWIFT_BACKTRACE=enable=yes for a backtrace\n"
    _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
    _ = Foundation.signal(signal, SIG_DFL)
    raise(signal)
}
