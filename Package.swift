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
        .executable(name: "simctl", targets: ["simctl"]),
    ],
    targets: [
        .target(name: "DPUSim"),
        .target(name: "BTHOWeNKernels", dependencies: ["DPUSim"]),
        .executableTarget(name: "simctl", dependencies: ["DPUSim", "BTHOWeNKernels"]),
        .testTarget(name: "DPUSimTests", dependencies: ["DPUSim"]),
        .testTarget(name: "BTHOWeNKernelsTests", dependencies: ["BTHOWeNKernels", "DPUSim"]),
        .testTarget(name: "SimctlTests", dependencies: ["simctl", "DPUSim"]),
    ]
)
