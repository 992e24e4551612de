import BTHOWeNModel
import DPUSim

extension TrainingKernels {
    /// `record_hashes`: the k hashes of one record — stored (host hashing, `matrix == nil`) or
    /// the XOR of the H3 rows of the record's set input bits (DPU hashing).
    static func recordHashes(_ record: UnsafeRawPointer, matrix: UnsafeRawPointer?, k: Int, n: Int, into hashes: UnsafeMutablePointer<UInt32>) {
        guard let matrix else {
            for h in 0..<k { hashes[h] = UInt32(UInt16(littleEndian: record.loadUnaligned(fromByteOffset: 2 * h, as: UInt16.self))) }
            return
        }
        for h in 0..<k { hashes[h] = 0 }
        for w in 0..<(n + 31) / 32 {
            var bits = UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 4 * w, as: UInt32.self))
            while bits != 0 {
                let i = w * 32 + bits.trailingZeroBitCount
                bits &= bits &- 1
                for h in 0..<k { hashes[h] ^= matrix.loadUnaligned(fromByteOffset: (h * n + i) * 4, as: UInt32.self) }
            }
        }
    }

    // MARK: record_hashes' charges

    /// The regions of one copy of `record_hashes` in a listing (the `train` listing has one
    /// copy in the probed path and one in the staged path, `bleach-minima`'s one).
    struct HashRegions {
        let host, hostHash, dpu, zero, word, wordEmpty, setBit, xorRow: InstructionMix
    }

    static let probedHashRegions = HashRegions(host: Train.hostHashes, hostHash: Train.hostHash, dpu: Train.dpuHashes,
                                               zero: Train.hashZero, word: Train.wordStep, wordEmpty: Train.wordEmpty,
                                               setBit: Train.setBit, xorRow: Train.xorRow)
    static let stagedHashRegions = HashRegions(host: Train.stagedHostHashes, hostHash: Train.stagedHostHash, dpu: Train.stagedDPUHashes,
                                               zero: Train.stagedHashZero, word: Train.stagedWordStep, wordEmpty: Train.stagedWordEmpty,
                                               setBit: Train.stagedSetBit, xorRow: Train.stagedXorRow)

    /// Charges `record_hashes` of one record as the listing runs it: host hashing, the copy
    /// loop; DPU hashing, the zeroing loop, then per chunk word and per set bit, whose
    /// count-trailing-zeros is a `__mulsi3` of the lowest set bit by the de Bruijn constant.
    static func chargeRecordHashes(_ t: Tasklet, _ record: UnsafeRawPointer, dpuHashing: Bool, c: ModelConfiguration, _ r: HashRegions) {
        let k = c.hashesPerFilter
        guard dpuHashing else {
            t.execute(r.host)
            t.execute(r.hostHash, times: k)
            return
        }
        t.execute(r.dpu)
        t.execute(r.zero, times: k)
        for w in 0..<(c.inputsPerFilter + 31) / 32 {
            var bits = UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 4 * w, as: UInt32.self))
            t.execute(r.word)
            if bits == 0 { t.execute(r.wordEmpty) }
            while bits != 0 {
                _ = t.mul32(bits & (0 &- bits), 0x077C_B531)
                t.execute(r.setBit)
                t.execute(r.xorRow, times: k)
                bits &= bits &- 1
            }
        }
    }
}
