import BTHOWeNModel
import DPUSim
import PIMSystem
import Foundation
import XCTest
@testable import BTHOWeNKernels
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The training C programs (`dpu/src/train-*.c`) run, and agree with the simulator's DSL
/// kernels byte for byte. Each program is compiled for the host against the mock DPU runtime
/// (`dpu/testing/build-training-programs.sh`), loaded with `dlopen`, and run by its
/// `mock_dpu_run` on NR_TASKLETS threads over an MRAM image; the DSL kernel runs on the
/// simulator over the same image. The whole MRAM image afterwards — arguments, pair table,
/// maximum, counters, minima, responses, bits, streams — must be identical.
///
/// A chain as `DPUTraining` runs it on one DPU: three train launches (the first zero-fills
/// the counters, later ones read them back, staged or probed by the table threshold),
/// bleach-minima over the validation streams, two bleach-score rounds and binarize; each
/// stage starts from the same image for both. The mock runtime checks the SDK's DMA rules
/// and models no timing: results are compared, not cycles.
final class TrainingProgramsOnMockTests: XCTestCase {
    /// A small shape: 16 filters of 49 inputs (two chunk words when the DPU hashes), 3 hashes
    /// (a host record of 6 bytes, so chunks hold whole 24-byte units), 256 entries.
    static let c = ModelConfiguration(name: "mock", bitsPerInput: 1, inputsPerFilter: 49, entriesPerFilter: 256, hashesPerFilter: 3)
    static let images = 240

    static func shapeFlags(_ c: ModelConfiguration) -> [String] {
        ["-DBTHOWEN_ENTRIES=\(c.entriesPerFilter)", "-DBTHOWEN_HASHES=\(c.hashesPerFilter)",
         "-DBTHOWEN_INPUTS=\(c.inputsPerFilter)", "-DBTHOWEN_CLASSES=\(c.classes)"]
    }

    /// The programs built, a folder per (shape, tasklets, plan), once per test process.
    nonisolated(unsafe) static var built: [String: URL] = [:]
    nonisolated(unsafe) static var folder: URL?

    static func programs(_ c: ModelConfiguration, tasklets: Int, probed: Bool) throws -> URL {
        let key = "\(c.name)-t\(tasklets)\(probed ? "-probed" : "")"
        if let dir = built[key] { return dir }
        let root = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("dpusim-training-mock-\(UUID().uuidString)")
        if folder == nil {
            folder = root
            atexit { if let f = TrainingProgramsOnMockTests.folder { try? FileManager.default.removeItem(at: f) } }
        }
        let dir = root.appendingPathComponent(key)
        let script = TestDoubles.root.appendingPathComponent("dpu/testing/build-training-programs.sh").path
        // Without counter tables (every pair probed in MRAM), 128-byte stream buffers (so
        // that streams take several chunks): a plan the host picks when no table fits.
        // Binarize and bleach-score pin or ignore the plan, so only the two programs that
        // have one are built this way.
        let programs = probed ? ["train-pairs", "train-bleach-minima"] : []
        let flags = shapeFlags(c) + (probed ? ["-DBTHOWEN_TABLES=0", "-DBTHOWEN_STREAM_BYTES=128"] : [])
        var environment = ProcessInfo.processInfo.environment
        if environment["CC"] == nil { environment["CC"] = try TestDoubles.clang() }
        let r = try TestDoubles.run(script, [dir.path, "\(tasklets)"] + programs + ["--"] + flags, environment: environment)
        guard r.status == 0 else { throw TestDoubles.Failure(description: "build-training-programs.sh failed (\(r.status)):\n\(r.output)") }
        built[key] = dir
        return dir
    }

    // MARK: A program on the mock runtime

    /// One C program, loaded: its `mock_dpu_run`, its WRAM plan and its `arguments_ok`.
    struct MockProgram {
        typealias Run = @convention(c) (UnsafeMutablePointer<UInt8>?, Int) -> Int32
        let name: String
        let run: Run
        /// `bthowen_mock_plan`: BTHOWEN_TABLES, BTHOWEN_STREAM_BYTES, BTHOWEN_SCORE_BATCH.
        let plan: [Int]
        let argumentsOK: UnsafePointer<UInt32>

        init(_ dir: URL, _ program: String, tasklets: Int) throws {
            let path = dir.appendingPathComponent("\(program)-t\(tasklets).so").path
            guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
                throw TestDoubles.Failure(description: "dlopen \(path): \(String(cString: dlerror()))")
            }
            func symbol(_ s: String) throws -> UnsafeMutableRawPointer {
                guard let p = dlsym(handle, s) else { throw TestDoubles.Failure(description: "\(path) does not export \(s)") }
                return p
            }
            name = program
            run = unsafeBitCast(try symbol("mock_dpu_run"), to: Run.self)
            let p = try symbol("bthowen_mock_plan").assumingMemoryBound(to: UInt32.self)
            plan = (0..<3).map { Int(p[$0]) }
            argumentsOK = UnsafePointer(try symbol("arguments_ok").assumingMemoryBound(to: UInt32.self))
        }

        var wramPlan: TrainingWRAMPlan { TrainingWRAMPlan(tables: plan[0] != 0, streamBytes: plan[1]) }

        /// The MRAM after running the program's tasklets over a copy of `image`.
        func callAsFunction(_ image: [UInt8]) throws -> [UInt8] {
            var mram = image
            let failed = mram.withUnsafeMutableBufferPointer { run($0.baseAddress, $0.count) }
            guard failed == 0, argumentsOK.pointee == 1 else {
                throw TestDoubles.Failure(description: "\(name): \(failed) tasklets returned non-zero (arguments_ok \(argumentsOK.pointee))")
            }
            return mram
        }
    }

    /// The MRAM after running a DSL kernel on one simulated DPU whose MRAM starts as `image`.
    static func simulate(_ image: [UInt8], tasklets: Int, kernel: String,
                         _ body: @escaping @Sendable (inout LaunchSetup) throws -> TaskletBody) throws -> [UInt8] {
        let system = try DPUSystem(configuration: .v1A, dpus: 1)
        try system.copy(image, to: 0, dpu: 0, label: "image")
        try system.launch(kernel: kernel, tasklets: tasklets, dpus: [0]) { _, setup in try body(&setup) }
        return try system.pull(from: 0, bytesPerDPU: image.count, dpus: [0], label: "image")[0]
    }

    // MARK: The DPU's MRAM, as DPUTraining lays it out

    /// A driver as `DPUTraining` makes one: one DPU of `.v1A`, `tasklets` for every kernel.
    static func driver(_ c: ModelConfiguration, tasklets: Int, hashing: HashingSide) throws -> TrainingDriver {
        try TrainingDriver(DPUTrainingRequest(configuration: c, dataset: try ShippedData.testSubset().prefix(images), seed: 3,
                                              strategy: .filterSplit, dpus: 1, tasklets: tasklets, hashing: hashing))
    }

    /// One DPU owning `pairs` (class-major pair indices), its MRAM built by the driver's own
    /// payload functions (`trainingPayload`, `minimaPayload`, `scoreArguments`,
    /// `binarizeArguments`) over the filter-split layout.
    struct DPUImage {
        let driver: TrainingDriver
        let pairs: Range<Int>
        let layout: TrainingMRAMLayout
        let ownedClasses: [Int]
        var image: [UInt8]
        /// The bleach-minima header as written, which the later kernels' arguments start from.
        var minimaHeader: [UInt8] = []

        var data: TrainingData { driver.data }
        var c: ModelConfiguration { driver.c }
        var tasklets: Int { driver.tasklets }

        init(driver: TrainingDriver, pairs: Range<Int>) {
            self.driver = driver
            self.pairs = pairs
            let data = driver.data
            ownedClasses = Array(Set(pairs.map { $0 / data.filters })).sorted()
            layout = TrainingMRAMLayout(pairs: pairs.count, c: driver.c, dpuHashing: driver.dpuHashing,
                                        images: data.validationCount, classesOwned: ownedClasses.count)
            let train = driver.streamBytes(pairs: pairs, range: 0..<data.trainCount)
            let validation = driver.minimaPayload(pairs: pairs, ownedClasses: ownedClasses, layout: layout).stream.count
            image = [UInt8](repeating: 0, count: layout.streams + max(train, validation))
            if driver.dpuHashing { put(driver.matrixBytes(), at: layout.matrix) }
        }

        mutating func put(_ bytes: [UInt8], at address: Int) {
            image.replaceSubrange(address..<(address + bytes.count), with: bytes)
        }

        /// `header` with its arguments' table threshold replaced (the chain picks thresholds
        /// that stage some pairs and probe others).
        func header(_ header: [UInt8], tableThreshold: UInt32) -> [UInt8] {
            driver.arguments(from: header) { $0.tableThreshold = tableThreshold } + header[TrainArgs.bytes...]
        }

        /// A train launch over the training images in `range`: the driver's arguments, pair
        /// table and streams.
        mutating func prepareTraining(range: Range<Int>, first: Bool, tableThreshold: UInt32) {
            let payload = driver.trainingPayload(pairs: pairs, range: range, layout: layout,
                                                 headerBytes: TrainArgs.bytes + pairs.count * TrainPair.bytes, first: first)
            put(header(payload.header, tableThreshold: tableThreshold), at: 0)
            put(payload.streams, at: layout.streams)
        }

        /// bleach-minima: the driver's header and validation streams.
        mutating func prepareMinima(tableThreshold: UInt32) {
            let payload = driver.minimaPayload(pairs: pairs, ownedClasses: ownedClasses, layout: layout)
            minimaHeader = header(payload.header, tableThreshold: tableThreshold)
            put(minimaHeader, at: 0)
            put(payload.stream, at: layout.streams)
        }

        /// bleach-score's arguments for one round, over the same pair table.
        mutating func prepareScore(candidates: [UInt32]) {
            put(driver.scoreArguments(from: minimaHeader, candidates: candidates.map(Int.init)), at: 0)
        }

        /// binarize's arguments for `bleach`, over the same pair table.
        mutating func prepareBinarize(bleach: Int) {
            put(driver.binarizeArguments(from: minimaHeader, bleach: bleach), at: 0)
        }

        func word32(_ address: Int) -> UInt32 { HostStages.uint32(Array(image[address..<(address + 4)]), 0) }

        /// The region of the layout holding `address`, for failure messages.
        func region(of address: Int) -> String {
            let regions: [(String, Int)] = [("arguments", 0), ("pair table", layout.pairTable), ("result", layout.result),
                                            ("h3 matrix", layout.matrix), ("counters", layout.counters), ("minima", layout.minima),
                                            ("responses", layout.responses), ("bits", layout.bits), ("streams", layout.streams)]
            let (name, start) = regions.last { $0.1 <= address && ($0.0 != "h3 matrix" || data.dpuHashing) } ?? ("?", 0)
            return "\(name) + \(address - start)"
        }
    }

    // MARK: The chain

    struct Point {
        var c: ModelConfiguration = TrainingProgramsOnMockTests.c
        var tasklets: Int
        var hashing: HashingSide
        var pairs: Range<Int>
        /// Built without counter tables (train and bleach-minima probe every counter in MRAM).
        var probed = false
    }

    /// Runs one stage on both sides from `dpu.image`, checks that the images agree, and
    /// continues from the result.
    func stage(_ dpu: inout DPUImage, _ program: MockProgram, _ label: String, mayChangeNothing: Bool = false,
               _ body: @escaping @Sendable (inout LaunchSetup) throws -> TaskletBody) throws {
        let simulated = try Self.simulate(dpu.image, tasklets: dpu.tasklets, kernel: program.name, body)
        let mock = try program(dpu.image)
        XCTAssertEqual(simulated.count, mock.count)
        if let at = simulated.indices.first(where: { $0 < mock.count && simulated[$0] != mock[$0] }) {
            let differing = zip(simulated, mock).filter { $0 != $1 }.count
            XCTFail("\(label): the C program and the DSL kernel disagree at MRAM \(at) (\(dpu.region(of: at))): simulator \(simulated[at]), C \(mock[at]); \(differing) bytes differ")
        }
        if !mayChangeNothing { XCTAssertTrue(simulated != dpu.image, "\(label): the launch changed nothing") }
        dpu.image = simulated
    }

    func runChain(_ point: Point) throws {
        let T = point.tasklets, c = point.c, dh = point.hashing == .dpu
        let label = "\(c.name), \(T) tasklets, \(point.hashing) hashing, pairs \(point.pairs)\(point.probed ? ", probed" : "")"
        let auto = try Self.programs(c, tasklets: T, probed: false)
        let dir = point.probed ? try Self.programs(c, tasklets: T, probed: true) : auto
        let train = try MockProgram(dir, "train-pairs", tasklets: T)
        let minima = try MockProgram(dir, "train-bleach-minima", tasklets: T)
        let score = try MockProgram(auto, "train-bleach-score", tasklets: T)
        let binarize = try MockProgram(auto, "train-binarize", tasklets: T)
        let driver = try Self.driver(c, tasklets: T, hashing: point.hashing)
        let data = driver.data
        // The simulator runs with the plan the preprocessor chose, which is the driver's
        // (TrainingWRAMPlan, scoreBatch) where both count the same buffers.
        let trainPlan = train.wramPlan, minimaPlan = minima.wramPlan, batch = score.plan[2]
        if !point.probed {
            if dh { XCTAssertEqual(trainPlan, driver.trainPlan, label) }
            XCTAssertEqual(minimaPlan, driver.minimaPlan, label)
        } else {
            XCTAssertEqual(trainPlan, TrainingWRAMPlan(tables: false, streamBytes: 128))
        }
        XCTAssertEqual(batch, driver.scoreBatch, label)
        XCTAssertEqual(binarize.wramPlan, TrainingWRAMPlan(tables: false, streamBytes: 512))

        var dpu = DPUImage(driver: driver, pairs: point.pairs)
        // Three train launches: the first zero-fills the counters; the second's threshold
        // stages the pairs with the most records and probes the others, and the first pair's
        // counters start one below saturation (UInt32.max stops the updates); the third has
        // two images, so most pairs have none, and threshold 0 stages every pair.
        let split = data.trainCount * 3 / 4, last = data.trainCount - 2
        let secondCounts = point.pairs.map { data.training(class: $0 / data.filters, in: split..<last).count }
        let launches = [(0..<split, true, TrainArgs.never), (split..<last, false, UInt32(secondCounts.max()!)), (last..<data.trainCount, false, 0)]
        for (range, first, threshold) in launches {
            dpu.prepareTraining(range: range, first: first, tableThreshold: threshold)
            if range.lowerBound == split {
                dpu.put(littleEndianBytes([UInt32](repeating: .max - 1, count: c.entriesPerFilter)), at: dpu.layout.counters)
            }
            try stage(&dpu, train, "train \(range), \(label)", mayChangeNothing: range.count < 3) { setup in
                try TrainingKernels.train(setup: &setup, plan: trainPlan, c: c, dpuHashing: dh)
            }
        }
        XCTAssertEqual(dpu.word32(dpu.layout.result), .max, label)
        // The bleach search's candidates, from the counters below saturation.
        let counters = dpu.image[(dpu.layout.counters + c.entriesPerFilter * 4)..<(dpu.layout.counters + point.pairs.count * c.entriesPerFilter * 4)]
        let maxCounter = stride(from: counters.startIndex, to: counters.endIndex, by: 4).map { dpu.word32($0) }.max()!
        XCTAssertGreaterThan(maxCounter, 1, label)

        // bleach-minima: the pairs split over the tasklets' blocks when fewer than them.
        dpu.prepareMinima(tableThreshold: UInt32(data.validationCount / 3))
        try stage(&dpu, minima, "bleach-minima, \(label)") { setup in
            try TrainingKernels.bleachMinima(setup: &setup, plan: minimaPlan, c: c, dpuHashing: dh)
        }
        // Two rounds of the search: three candidates, then two.
        for candidates in [[1, maxCounter / 2, maxCounter], [2, 3]] as [[UInt32]] {
            dpu.prepareScore(candidates: candidates)
            try stage(&dpu, score, "bleach-score \(candidates), \(label)") { setup in
                try TrainingKernels.bleachScore(setup: &setup, batch: batch, c: c)
            }
        }
        dpu.prepareBinarize(bleach: 2)
        try stage(&dpu, binarize, "binarize, \(label)") { setup in
            try TrainingKernels.binarize(setup: &setup, plan: TrainingWRAMPlan(tables: false, streamBytes: 512), c: c)
        }
        let bits = dpu.image[dpu.layout.bits..<(dpu.layout.bits + point.pairs.count * c.entriesPerFilter / 8)]
        XCTAssertTrue(bits.contains { $0 != 0 } && bits.contains { $0 != 0xFF }, "binarize: all bits equal, \(label)")
    }

    /// 4 tasklets, host hashing, 40 pairs of three classes (tables in WRAM).
    func testHostHashingOnFourTasklets() throws {
        try runChain(Point(tasklets: 4, hashing: .host, pairs: 0..<40))
    }

    /// 16 tasklets, DPU hashing, 3 pairs of two classes: the bleach kernels split each pair's
    /// images over the tasklets.
    func testDPUHashingOnSixteenTaskletsWithFewPairs() throws {
        try runChain(Point(tasklets: 16, hashing: .dpu, pairs: 14..<17))
    }

    /// 11 tasklets, 80 pairs of five classes, without counter tables (probes in MRAM, 128-byte
    /// stream buffers: streams of several chunks), both hashing sides.
    func testProbedCountersOnElevenTasklets() throws {
        for hashing in [HashingSide.host, .dpu] {
            try runChain(Point(tasklets: 11, hashing: hashing, pairs: 0..<80, probed: true))
        }
    }

    /// MNIST-Small, the programs' default shape (E = 1024: a staged table moves in two DMAs),
    /// 11 tasklets (the host's default for Small), 22 pairs of two classes, both hashing sides.
    func testSmallOnElevenTasklets() throws {
        for hashing in [HashingSide.host, .dpu] {
            try runChain(Point(c: .small, tasklets: 11, hashing: hashing, pairs: 100..<122))
        }
    }
}
