import DPUSim
import CLibDPU
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why the UPMEM SDK's host library cannot be used, or a call into it failed.
public struct LibDPUError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// No libdpu.so where it was looked for.
        case notFound
        /// A library was found but does not export a function DPUSim calls.
        case missingSymbol
        /// A libdpu call returned an error.
        case call
    }

    public var kind: Kind
    public var message: String
    public var description: String { message }

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// A set of DPUs as libdpu hands it out (`struct dpu_set_t`): all the allocated DPUs, or
/// one of them (from `LibDPU.dpus(of:)`). Opaque; valid until the set is freed.
public struct DPUSet: @unchecked Sendable {
    var raw: dpusim_dpu_set
}

/// The UPMEM SDK's host library, `libdpu.so`, opened at run time with `dlopen` so that
/// DPUSim builds, links and passes its tests without the SDK.
///
/// Only documented entry points of `dpu.h` are called (`dpu_alloc`, `dpu_free`,
/// `dpu_get_nr_dpus`, `dpu_load`, `dpu_launch`, `dpu_broadcast_to`, `dpu_prepare_xfer`,
/// `dpu_push_xfer`, `dpu_copy_to`, `dpu_copy_from`, `dpu_set_dpu_iterator_from`/`_next` —
/// the functions behind the `DPU_FOREACH` macro —, `dpu_log_read`, `dpu_error_to_string`),
/// with the prototypes declared in `Sources/CLibDPU/libdpu_abi.h`.
///
/// Discovery (`load(environment:)`), in order:
/// 1. `$DPUSIM_LIBDPU`, a path to the library file; when set, nothing else is tried.
/// 2. `$UPMEM_HOME/lib/libdpu.so`, where the SDK's tarball and `upmem_env.sh` put it.
/// 3. `libdpu.so` on the dynamic loader's path (`LD_LIBRARY_PATH`, the ldconfig cache,
///    `/usr/lib` — where the SDK's packages install it).
///
/// Every call that fails throws `LibDPUError` naming the call and libdpu's own message.
/// A `LibDPU` is used from one thread at a time.
public final class LibDPU: @unchecked Sendable {
    /// The library file that was opened (or the name the loader resolved).
    public let path: String

    private let handle: UnsafeMutableRawPointer
    private let allocFunction: dpusim_alloc_fn
    private let freeFunction: dpusim_free_fn
    private let countFunction: dpusim_get_nr_dpus_fn
    private let loadFunction: dpusim_load_fn
    private let launchFunction: dpusim_launch_fn
    private let broadcastFunction: dpusim_broadcast_to_fn
    private let prepareFunction: dpusim_prepare_xfer_fn
    private let pushFunction: dpusim_push_xfer_fn
    private let copyToFunction: dpusim_copy_to_fn
    private let copyFromFunction: dpusim_copy_from_fn
    private let iteratorFromFunction: dpusim_dpu_iterator_from_fn
    private let iteratorNextFunction: dpusim_dpu_iterator_next_fn
    private let logReadFunction: dpusim_log_read_fn
    private let errorStringFunction: dpusim_error_to_string_fn

    /// `DPU_MRAM_HEAP_POINTER_NAME`: the symbol at the start of a program's free MRAM.
    public static let mramHeapSymbol = DPUSIM_MRAM_HEAP_POINTER_NAME

    /// What to say when the SDK is missing.
    public static let installHint = """
        Install the UPMEM SDK (https://sdk.upmem.com) and run 'source <sdk>/upmem_env.sh', or set UPMEM_HOME \
        to the SDK's folder (the one holding lib/libdpu.so). The simulator (--backend sim) needs none of this.
        """

    /// One place discovery looks, in order.
    public enum Candidate: Equatable, Sendable {
        /// A file path, and the variable it came from.
        case file(String, from: String)
        /// A name for the dynamic loader to resolve.
        case loaderName(String)
    }

    /// Where `load(environment:)` looks, in order (see the type's documentation), and
    /// notes on variables that are not set.
    public static func candidates(environment: [String: String]) -> (candidates: [Candidate], notes: [String]) {
        if let explicit = environment["DPUSIM_LIBDPU"], !explicit.isEmpty {
            return ([.file(explicit, from: "$DPUSIM_LIBDPU")], [])
        }
        var candidates: [Candidate] = []
        var notes: [String] = []
        if let home = environment["UPMEM_HOME"], !home.isEmpty {
            candidates.append(.file(URL(fileURLWithPath: home).appendingPathComponent("lib/libdpu.so").path, from: "$UPMEM_HOME"))
        } else {
            notes.append("UPMEM_HOME is not set")
        }
        candidates.append(.loaderName("libdpu.so"))
        return (candidates, notes)
    }

    /// Opens libdpu (see the type's documentation for where it is looked for).
    ///
    /// - Throws: `LibDPUError.notFound` listing every place tried and how to install the
    ///   SDK; `.missingSymbol` if the library lacks a function DPUSim calls.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(LibDPUError) -> LibDPU {
        let (candidates, notes) = candidates(environment: environment)
        var tried: [String] = []
        for candidate in candidates {
            let target: String, label: String
            switch candidate {
            case .file(let path, let origin):
                target = path
                label = "\(path) (from \(origin))"
                if !FileManager.default.fileExists(atPath: path) {
                    tried.append("\(label): no such file")
                    continue
                }
            case .loaderName(let name):
                target = name
                label = "'\(name)' on the dynamic loader's path"
            }
            if let handle = dlopen(target, RTLD_NOW | RTLD_LOCAL) {
                return try LibDPU(handle: handle, path: target)
            }
            tried.append("\(label): \(dlerror().map { String(cString: $0) } ?? "dlopen failed")")
        }
        var message = "the hardware backend needs the UPMEM SDK's host library libdpu.so, which was not found.\n  Looked in:"
        for t in tried { message += "\n  - \(t)" }
        for n in notes { message += "\n  - (\(n))" }
        message += "\n  " + installHint
        throw LibDPUError(.notFound, message)
    }

    private init(handle: UnsafeMutableRawPointer, path: String) throws(LibDPUError) {
        func symbol<T>(_ name: String, as type: T.Type) throws(LibDPUError) -> T {
            guard let pointer = dlsym(handle, name) else {
                dlclose(handle)
                throw LibDPUError(.missingSymbol, "\(path) does not export \(name): is it the UPMEM SDK's libdpu? " + LibDPU.installHint)
            }
            return unsafeBitCast(pointer, to: type)
        }
        self.handle = handle
        self.path = path
        allocFunction = try symbol("dpu_alloc", as: dpusim_alloc_fn.self)
        freeFunction = try symbol("dpu_free", as: dpusim_free_fn.self)
        countFunction = try symbol("dpu_get_nr_dpus", as: dpusim_get_nr_dpus_fn.self)
        loadFunction = try symbol("dpu_load", as: dpusim_load_fn.self)
        launchFunction = try symbol("dpu_launch", as: dpusim_launch_fn.self)
        broadcastFunction = try symbol("dpu_broadcast_to", as: dpusim_broadcast_to_fn.self)
        prepareFunction = try symbol("dpu_prepare_xfer", as: dpusim_prepare_xfer_fn.self)
        pushFunction = try symbol("dpu_push_xfer", as: dpusim_push_xfer_fn.self)
        copyToFunction = try symbol("dpu_copy_to", as: dpusim_copy_to_fn.self)
        copyFromFunction = try symbol("dpu_copy_from", as: dpusim_copy_from_fn.self)
        iteratorFromFunction = try symbol("dpu_set_dpu_iterator_from", as: dpusim_dpu_iterator_from_fn.self)
        iteratorNextFunction = try symbol("dpu_set_dpu_iterator_next", as: dpusim_dpu_iterator_next_fn.self)
        logReadFunction = try symbol("dpu_log_read", as: dpusim_log_read_fn.self)
        errorStringFunction = try symbol("dpu_error_to_string", as: dpusim_error_to_string_fn.self)
    }

    // The handle stays open for the life of the process: libdpu keeps threads and state
    // that outlive any one DPU set.

    // MARK: - Errors

    /// `dpu_error_to_string`. (Recent SDKs return a string the caller should free, older
    /// ones a constant; it is copied and not freed, which leaks a few bytes per error.)
    public func errorString(_ status: UInt32) -> String {
        guard let text = errorStringFunction(status) else { return "unknown error" }
        return String(cString: text)
    }

    private func check(_ status: dpusim_error_t, _ call: @autoclosure () -> String) throws(LibDPUError) {
        guard status != DPUSIM_OK else { return }
        throw LibDPUError(.call, "\(call()) failed: \(errorString(status)) (libdpu error \(status))")
    }

    // MARK: - Sets

    /// `dpu_alloc(count, profile, &set)`: `count` DPUs; `profile` nil for the default
    /// (real DPUs), `"backend=simulator"` for the SDK's functional simulator.
    public func allocate(_ count: Int, profile: String?) throws(LibDPUError) -> DPUSet {
        guard count >= 1, count <= Int(UInt32.max) else { throw LibDPUError(.call, "dpu_alloc: cannot allocate \(count) DPUs") }
        var set = dpusim_dpu_set()
        let status: dpusim_error_t
        if let profile {
            status = profile.withCString { allocFunction(UInt32(count), $0, &set) }
        } else {
            status = allocFunction(UInt32(count), nil, &set)
        }
        try check(status, "dpu_alloc(\(count) DPUs, profile \(profile.map { "'\($0)'" } ?? "default"))")
        return DPUSet(raw: set)
    }

    /// `dpu_free`. Errors are ignored: nothing more can be done with the set.
    public func free(_ set: DPUSet) {
        _ = freeFunction(set.raw)
    }

    /// `dpu_get_nr_dpus`.
    public func count(of set: DPUSet) throws(LibDPUError) -> Int {
        var count: UInt32 = 0
        try check(countFunction(set.raw, &count), "dpu_get_nr_dpus")
        return Int(count)
    }

    /// The DPUs of `set`, in `DPU_FOREACH` order (`dpu_set_dpu_iterator_from`/`_next`).
    public func dpus(of set: DPUSet) -> [DPUSet] {
        var members: [DPUSet] = []
        var root = set.raw
        withUnsafeMutablePointer(to: &root) { rootPointer in
            var iterator = iteratorFromFunction(rootPointer)
            while iterator.has_next {
                members.append(DPUSet(raw: iterator.next))
                iteratorNextFunction(&iterator)
            }
        }
        return members
    }

    // MARK: - Programs

    /// `dpu_load(set, path, NULL)`.
    public func load(_ set: DPUSet, program path: String) throws(LibDPUError) {
        let status = path.withCString { loadFunction(set.raw, $0, nil) }
        try check(status, "dpu_load('\(path)')")
    }

    /// `dpu_launch(set, DPU_SYNCHRONOUS)`: returns when every DPU of the set has stopped.
    public func launch(_ set: DPUSet) throws(LibDPUError) {
        try check(launchFunction(set.raw, DPUSIM_SYNCHRONOUS), "dpu_launch(DPU_SYNCHRONOUS)")
    }

    /// `dpu_log_read` of one DPU into a string (what the program printed), or nil.
    public func log(of dpu: DPUSet) -> String? {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else { return nil }
        let status = logReadFunction(dpu.raw, stream)
        fclose(stream)
        defer { Glibc.free(buffer) }
        guard status == DPUSIM_OK, let buffer else { return nil }
        return String(cString: buffer)
    }

    // MARK: - Transfers

    /// `dpu_broadcast_to(set, symbol, offset, bytes, count, DPU_XFER_DEFAULT)`: the same
    /// bytes to every DPU of the set.
    public func broadcast(_ set: DPUSet, symbol: String, offset: Int, bytes: [UInt8]) throws(LibDPUError) {
        guard !bytes.isEmpty else { return }
        let status = symbol.withCString { name in
            bytes.withUnsafeBytes { broadcastFunction(set.raw, name, UInt32(offset), $0.baseAddress, $0.count, DPUSIM_XFER_DEFAULT) }
        }
        try check(status, "dpu_broadcast_to('\(symbol)', offset \(offset), \(bytes.count) bytes)")
    }

    /// `dpu_copy_to(set, symbol, offset, bytes, count)`.
    public func copy(_ bytes: [UInt8], to set: DPUSet, symbol: String, offset: Int) throws(LibDPUError) {
        guard !bytes.isEmpty else { return }
        let status = symbol.withCString { name in
            bytes.withUnsafeBytes { copyToFunction(set.raw, name, UInt32(offset), $0.baseAddress, $0.count) }
        }
        try check(status, "dpu_copy_to('\(symbol)', offset \(offset), \(bytes.count) bytes)")
    }

    /// `dpu_copy_from(dpu, symbol, offset, buffer, length)` of a one-DPU set.
    public func copy(from dpu: DPUSet, symbol: String, offset: Int, length: Int) throws(LibDPUError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: length)
        guard length > 0 else { return bytes }
        let status = symbol.withCString { name in
            bytes.withUnsafeMutableBytes { copyFromFunction(dpu.raw, name, UInt32(offset), $0.baseAddress, $0.count) }
        }
        try check(status, "dpu_copy_from('\(symbol)', offset \(offset), \(length) bytes)")
        return bytes
    }

    /// `DPU_FOREACH(set, dpu, i) dpu_prepare_xfer(dpu, buffers[i]);` then
    /// `dpu_push_xfer(set, DPU_XFER_TO_DPU, symbol, offset, length, DPU_XFER_DEFAULT)`:
    /// each DPU its own buffer, all of the same length, in one parallel transfer.
    /// `members` is `dpus(of: set)`.
    public func push(_ buffers: [[UInt8]], to set: DPUSet, members: [DPUSet], symbol: String, offset: Int) throws(LibDPUError) {
        precondition(buffers.count == members.count, "one buffer per DPU")
        guard let length = buffers.first?.count, length > 0 else { return }
        precondition(buffers.allSatisfy { $0.count == length }, "push_xfer needs equal-length buffers")
        let storage = UnsafeMutableRawPointer.allocate(byteCount: length * buffers.count, alignment: 8)
        defer { storage.deallocate() }
        for (i, buffer) in buffers.enumerated() {
            buffer.withUnsafeBytes { storage.advanced(by: i * length).copyMemory(from: $0.baseAddress!, byteCount: length) }
        }
        try transfer(set, members: members, storage: storage, length: length, direction: DPUSIM_XFER_TO_DPU, symbol: symbol, offset: offset)
    }

    /// `DPU_FOREACH(set, dpu, i) dpu_prepare_xfer(dpu, buffers[i]);` then
    /// `dpu_push_xfer(set, DPU_XFER_FROM_DPU, …)`: `length` bytes from every DPU.
    public func pull(from set: DPUSet, members: [DPUSet], symbol: String, offset: Int, length: Int) throws(LibDPUError) -> [[UInt8]] {
        guard length > 0, !members.isEmpty else { return members.map { _ in [] } }
        let storage = UnsafeMutableRawPointer.allocate(byteCount: length * members.count, alignment: 8)
        defer { storage.deallocate() }
        storage.initializeMemory(as: UInt8.self, repeating: 0, count: length * members.count)
        try transfer(set, members: members, storage: storage, length: length, direction: DPUSIM_XFER_FROM_DPU, symbol: symbol, offset: offset)
        return (0..<members.count).map { i in
            Array(UnsafeRawBufferPointer(start: storage.advanced(by: i * length), count: length))
        }
    }

    private func transfer(_ set: DPUSet, members: [DPUSet], storage: UnsafeMutableRawPointer, length: Int, direction: UInt32,
                          symbol: String, offset: Int) throws(LibDPUError) {
        for (i, dpu) in members.enumerated() {
            try check(prepareFunction(dpu.raw, storage.advanced(by: i * length)), "dpu_prepare_xfer (DPU \(i))")
        }
        let status = symbol.withCString { pushFunction(set.raw, direction, $0, UInt32(offset), length, DPUSIM_XFER_DEFAULT) }
        let verb = direction == DPUSIM_XFER_TO_DPU ? "DPU_XFER_TO_DPU" : "DPU_XFER_FROM_DPU"
        try check(status, "dpu_push_xfer(\(verb), '\(symbol)', offset \(offset), \(length) bytes per DPU)")
    }
}
