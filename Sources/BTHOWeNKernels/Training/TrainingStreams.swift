import BTHOWeNModel
import DPUSim

extension TrainingDriver {
    /// The stream of pair p for the training images in `range`: their records for p's
    /// filter, in order, padded to 8 bytes.
    func appendStream(pair p: Int, range: Range<Int>, to out: inout [UInt8]) {
        let cls = p / data.filters, filter = p % data.filters
        let rb = data.recordBytes
        let samples = data.training(class: cls, in: range)
        data.records.withUnsafeBufferPointer { rec in
            for i in samples {
                let at = data.recordOffset(image: i, filter: filter)
                out.append(contentsOf: rec[at..<(at + rb)])
            }
        }
        out.append(contentsOf: [UInt8](repeating: 0, count: roundUp8(out.count) - out.count))
    }

    func streamBytes(pairs: Range<Int>, range: Range<Int>) -> Int {
        var total = 0
        for p in pairs { total += roundUp8(data.training(class: p / data.filters, in: range).count * data.recordBytes) }
        return total
    }

    /// Header (arguments + pair descriptors) and streams of one training launch for one DPU.
    func trainingPayload(pairs: Range<Int>, range: Range<Int>, layout: TrainingMRAMLayout, headerBytes: Int, first: Bool) -> (header: [UInt8], streams: [UInt8]) {
        var args = TrainArgs()
        args.kernel = .train
        args.pairs = UInt32(pairs.count)
        args.tasklets = UInt32(tasklets)
        fillShape(&args)
        args.firstLaunch = first ? 1 : 0
        args.tableThreshold = DPUTraining.tableThreshold(c, writeBack: true, configuration: f)
        layout.fill(&args)
        var header = args.encoded
        var streams: [UInt8] = []
        for p in pairs {
            let offset = streams.count
            appendStream(pair: p, range: range, to: &streams)
            let cls = p / data.filters
            header += TrainPair(cls: UInt16(cls), classSlot: 0, filter: UInt16(p % data.filters),
                                samples: UInt32(data.training(class: cls, in: range).count), streamOffset: UInt32(offset)).encoded
        }
        header += [UInt8](repeating: 0, count: headerBytes - header.count)
        return (header, streams)
    }

    func fillShape(_ a: inout TrainArgs) {
        a.entries = UInt32(E)
        a.hashes = UInt32(c.hashesPerFilter)
        a.inputsPerFilter = UInt32(c.inputsPerFilter)
        a.dpuHashing = dpuHashing ? 1 : 0
        a.recordBytes = UInt32(data.recordBytes)
    }

    /// The fewest launches S such that every DPU's streams for each launch fit in MRAM.
    func launchCount(streamsAddress: Int, bytes: (_ launches: Int, _ s: Int) -> Int) throws -> Int {
        let available = f.mramBytes - streamsAddress
        guard available > 0 else { throw TrainingRequestError(message: "a DPU's counters do not fit in its \(f.mramBytes)-byte MRAM") }
        let whole = bytes(1, 0)
        var launches = max(request.minimumTrainingLaunches, (whole + available - 1) / available)
        while launches <= data.trainCount {
            if (0..<launches).allSatisfy({ bytes(launches, $0) <= available }) { return launches }
            launches += 1
        }
        throw TrainingRequestError(message: "the training streams do not fit in MRAM even one image per launch")
    }

    func matrixBytes() -> [UInt8] { HostStages.bytes(of: data.skeleton.hashMatrix) }
}
