// swift-tools-version:6.0
//
// DPUSim: a cycle-approximate simulator of UPMEM processing-in-memory DPUs,
// the BTHOWeN weightless-neural-network kernels that run on it, and `simctl`.
// No package dependencies: only the Swift toolchain.
import PackageDescription

let package = Package(
    name: "DPUSim",
    products: [
        .library(name: "DPUSim", targets: ["DPUSim"]),
        .library(name: "DPUSupport", targets: ["DPUSupport"]),
        .library(name: "PIMSystem", targets: ["PIMSystem"]),
        .library(name: "DPUHardware", targets: ["DPUHardware"]),
        .library(name: "DPUCalibration", targets: ["DPUCalibration"]),
        .library(name: "BTHOWeNModel", targets: ["BTHOWeNModel"]),
        .library(name: "BTHOWeNKernels", targets: ["BTHOWeNKernels"]),
        .library(name: "PrIMKernels", targets: ["PrIMKernels"]),
        .executable(name: "simctl", targets: ["simctl"]),
    ],
    targets: [
        // libdpu's C interface (declarations only): the hardware backend loads libdpu.so at
        // run time, so nothing links against the UPMEM SDK.
        .systemLibrary(name: "CLibDPU", path: "Sources/CLibDPU"),
        // No unsafe flags, so that other packages can depend on these products: the engine's
        // hot state is a non-copyable `Scheduler` passed `inout` and per-tasklet storage the
        // engine owns, so its hot loops need no dynamic exclusivity checks by design.
        // What every layer shares and nothing simulates: CSV, JSON text, atomic file writes,
        // integer ranges, DEFLATE/gzip.
        .target(name: "DPUSupport"),
        .target(name: "DPUSim", dependencies: ["DPUSupport"], exclude: ["DSL/README.md"]),
        // The multi-DPU system on top of the engine: ranks of DPUs driven by a host, the
        // transfer model, the cost ledger, the pipeline scheduler and the system's traces.
        .target(name: "PIMSystem", dependencies: ["DPUSupport", "DPUSim"]),
        // The libdpu binding: drives real DPUs (the hardware backend), apart from the engine.
        .target(name: "DPUHardware", dependencies: ["CLibDPU", "DPUSim"]),
        // PrIM's microbenchmarks in the DSL (simctl calibrate) and the engine's benchmark
        // kernels (simctl bench): users of the engine, not part of it.
        .target(name: "DPUCalibration", dependencies: ["DPUSupport", "DPUSim"]),
        // The BTHOWeN model on the host: MNIST, encoding, hashing, training, model files.
        .target(name: "BTHOWeNModel", dependencies: ["DPUSupport"]),
        .target(name: "BTHOWeNKernels", dependencies: ["DPUSupport", "DPUSim", "PIMSystem", "DPUHardware", "BTHOWeNModel"]),
        // The 13 PrIM workloads uPIMulator publishes real-hardware times for, in the DSL
        // (docs/validation.md).
        .target(name: "PrIMKernels", dependencies: ["DPUSupport", "DPUSim", "PIMSystem"]),
        // The commands (options, validation, output) as a library, so that their parsing is
        // tested in process; `simctl` is only its entry point.
        .target(name: "SimctlCommands", dependencies: ["DPUSupport", "DPUSim", "PIMSystem", "DPUHardware", "DPUCalibration", "BTHOWeNModel", "BTHOWeNKernels", "PrIMKernels"]),
        .executableTarget(name: "simctl", dependencies: ["SimctlCommands"]),
        // Helpers shared by the test targets (the hardware backend's test doubles).
        .target(name: "TestSupport", dependencies: ["DPUSupport"], path: "Tests/TestSupport"),
        .testTarget(name: "DPUSimTests", dependencies: ["DPUSupport", "DPUSim", "PIMSystem", "DPUCalibration"]),
        .testTarget(name: "BTHOWeNKernelsTests", dependencies: ["DPUSupport", "BTHOWeNModel", "BTHOWeNKernels", "DPUSim", "PIMSystem", "DPUHardware", "DPUCalibration", "TestSupport"]),
        .testTarget(name: "PrIMKernelsTests", dependencies: ["DPUSupport", "PrIMKernels", "DPUSim", "TestSupport"]),
        .testTarget(name: "SimctlTests", dependencies: ["DPUSupport", "BTHOWeNModel", "simctl", "SimctlCommands", "DPUSim", "TestSupport"], exclude: ["Fuzz"]),
    ]
)
