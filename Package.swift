// swift-tools-version:6.0
//
// DPUSim: a cycle-approximate simulator of UPMEM processing-in-memory DPUs,
// the BTHOWeN weightless-neural-network kernels that run on it, and `simctl`.
// No package dependencies: only the Swift toolchain.
import PackageDescription

let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

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
        // The engine's state lives in class properties that the hot loops touch millions of
        // times; release builds skip Swift's dynamic exclusivity checks on them (about 40%
        // of the run time otherwise). Debug builds, and so `swift test`, keep the checks.
        .target(name: "DPUSim", dependencies: ["CLibDPU"], swiftSettings: releaseSpeed),
        .target(name: "BTHOWeNKernels", dependencies: ["DPUSim"], swiftSettings: releaseSpeed),
        // The 13 PrIM workloads uPIMulator publishes real-hardware times for, in the DSL
        // (docs/validation.md).
        .target(name: "PrIMKernels", dependencies: ["DPUSim"], swiftSettings: releaseSpeed),
        .executableTarget(name: "simctl", dependencies: ["DPUSim", "BTHOWeNKernels", "PrIMKernels"]),
        // Helpers shared by the test targets (the hardware backend's test doubles).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DPUSimTests", dependencies: ["DPUSim"]),
        .testTarget(name: "BTHOWeNKernelsTests", dependencies: ["BTHOWeNKernels", "DPUSim", "TestSupport"]),
        .testTarget(name: "PrIMKernelsTests", dependencies: ["PrIMKernels", "DPUSim", "TestSupport"]),
        .testTarget(name: "SimctlTests", dependencies: ["simctl", "DPUSim", "TestSupport"], exclude: ["Fuzz"]),
    ]
)
