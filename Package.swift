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
        .target(name: "DPUSim", dependencies: ["CLibDPU"]),
        .target(name: "BTHOWeNKernels", dependencies: ["DPUSim"]),
        // The 13 PrIM workloads uPIMulator publishes real-hardware times for, in the DSL
        // (docs/validation.md).
        .target(name: "PrIMKernels", dependencies: ["DPUSim"]),
        .executableTarget(name: "simctl", dependencies: ["DPUSim", "BTHOWeNKernels", "PrIMKernels"]),
        // Helpers shared by the test targets (the hardware backend's test doubles).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DPUSimTests", dependencies: ["DPUSim"]),
        .testTarget(name: "BTHOWeNKernelsTests", dependencies: ["BTHOWeNKernels", "DPUSim", "TestSupport"]),
        .testTarget(name: "PrIMKernelsTests", dependencies: ["PrIMKernels", "DPUSim", "TestSupport"]),
        .testTarget(name: "SimctlTests", dependencies: ["simctl", "DPUSim", "TestSupport"], exclude: ["Fuzz"]),
    ]
)
