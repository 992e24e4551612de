// swift-tools-version:6.0
//
// A package of your own that writes a kernel against DPUSim's public DSL, depending on
// DPUSim by path (a released version would use `.package(url:from:)`). CI builds and runs
// it, so the library stays usable as a dependency (no unsafe flags on its products).
import PackageDescription

let package = Package(
    name: "HelloKernel",
    dependencies: [.package(name: "DPUSim", path: "../..")],
    targets: [
        .executableTarget(name: "hello-kernel", dependencies: [.product(name: "DPUSim", package: "DPUSim")]),
    ]
)
