#if canImport(Glibc)
@preconcurrency import Glibc
#else
@preconcurrency import Darwin
#endif

/// Standard output's C stream state, for `SimCtl.flushStandardOutput`.
enum StandardOutput {
    /// Flushes stdout; false if that or any earlier write to it failed (a full disk, a
    /// closed descriptor), so that the loss is reported instead of exiting 0.
    static func flush() -> Bool {
        fflush(stdout) == 0 && ferror(stdout) == 0
    }
}
