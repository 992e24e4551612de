import BTHOWeNModel

extension BleachSearch {
    /// `search`, scoring each round's new candidates together: `scoreMany` gets the round's
    /// candidates that are ≥ 1 and not yet scored (at most 3, in the order b − step, b,
    /// b + step) and returns their scores in that order. This is what lets the DPUs score a
    /// round in one launch. The chosen b and the trials (in evaluation order) are exactly
    /// those of `search` for the same scores.
    public static func searchBatched(maxCounter: Int, scoreMany: ([Int]) throws -> [Int]) rethrows -> (bleach: Int, trials: [BleachTrial]) {
        var cache: [Int: Int] = [:]
        var trials: [BleachTrial] = []
        func evaluate(_ candidates: [Int]) throws {
            var needed: [Int] = []
            for b in candidates where b >= 1 && cache[b] == nil && !needed.contains(b) { needed.append(b) }
            guard !needed.isEmpty else { return }
            let scores = try scoreMany(needed)
            precondition(scores.count == needed.count, "scoreMany returned \(scores.count) scores for \(needed.count) candidates")
            for (b, s) in zip(needed, scores) {
                cache[b] = s
                trials.append(BleachTrial(bleach: b, correct: s))
            }
        }
        func score(_ b: Int) -> Int { b < 1 ? 0 : cache[b]! }
        var b = maxCounter / 2
        var step = max(maxCounter / 4, 1)
        while true {
            let candidates = [b - step, b, b + step]
            try evaluate(candidates)
            var best = candidates[0]
            var bestScore = score(best)
            for cand in candidates.dropFirst() {
                let s = score(cand)
                if s > bestScore { best = cand; bestScore = s }
            }
            if best < 1 { b = 1; break }
            if best == b && step == 1 { break }
            b = best
            if step > 1 { step /= 2 }
        }
        try evaluate([b])
        return (b, trials)
    }
}
