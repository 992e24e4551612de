/*
 * train-bleach — bleaching and binarization of BTHOWeN counters on UPMEM DPUs.
 *
 * The DPUs own (class, filter) pairs as in train-filter-split, with their counters in
 * MRAM. args.kernel selects:
 *   BTHOWEN_KERNEL_BLEACH_MINIMA: per owned pair and validation image, the smallest of
 *     the k probed counters -> minima[pair][image] (tasklets own pairs).
 *   BTHOWEN_KERNEL_BLEACH_SCORE: per validation image, owned class and candidate b, the
 *     number of owned filters of that class whose minimum is >= b -> responses
 *     [image][BTHOWEN_MAX_CANDIDATES][classes_owned] (uint16). Tasklets own pairs (or,
 *     with fewer pairs than tasklets, blocks of a pair's images) and count into private
 *     partials per WRAM batch of images; then each tasklet sums a share of the batch's
 *     images over all partials. The host adds the DPUs' partial
 *     responses, takes the argmax per image and candidate and runs the coarse-to-fine
 *     search (one launch per round).
 *   BTHOWEN_KERNEL_BINARIZE: bits[pair][e / 64] bit e % 64 = counter e >= threshold[0].
 */
#include "bthowen_train_dpu.h"

#ifndef BTHOWEN_SCORE_BATCH
#define BTHOWEN_SCORE_BATCH 16
#endif
#define BLOCK (BTHOWEN_SCORE_BATCH * BTHOWEN_MAX_CANDIDATES * BTHOWEN_CLASSES)

#if BTHOWEN_TABLES
__dma_aligned uint32_t tables[NR_TASKLETS][BTHOWEN_ENTRIES];
#endif
__dma_aligned uint32_t output_buffer[NR_TASKLETS][BTHOWEN_STREAM_BYTES / 4];
__dma_aligned uint64_t probe_slot[NR_TASKLETS];
__dma_aligned uint16_t partials[NR_TASKLETS][(BLOCK + 3) & ~3];
__dma_aligned uint16_t responses[(BLOCK + 3) & ~3];
__dma_aligned uint32_t minima_slice[NR_TASKLETS][BTHOWEN_SCORE_BATCH];
__dma_aligned uint64_t bit_words[NR_TASKLETS][BTHOWEN_ENTRIES / 64];
BARRIER_INIT(barrier, NR_TASKLETS);

static int bleach_minima(void) {
    const uint32_t t = me(), rb = args.record_bytes, per_chunk = records_per_chunk(rb);
    const uint32_t per_output = BTHOWEN_STREAM_BYTES / 4, table_bytes = BTHOWEN_ENTRIES * 4u;
    /* Work items (pair, block of images): with fewer pairs than tasklets a pair's images are
     * split into NR_TASKLETS / pairs blocks; block starts keep every DMA 8-byte aligned. */
    const uint32_t split = args.pairs >= NR_TASKLETS ? 1u : NR_TASKLETS / args.pairs;
    uint32_t unit = rb;
    while (unit % 8u) unit += rb;
    uint32_t grain = unit / rb;
    if (grain % 2u) grain *= 2u;
    const uint32_t block = ((args.images + split - 1u) / split + grain - 1u) / grain * grain;
    uint32_t h[BTHOWEN_HASHES];
    for (uint32_t item = t; item < args.pairs * split; item += NR_TASKLETS) {
        const uint32_t l = item / split, first = (item % split) * block;
        if (first >= args.images) continue;
        const uint32_t count = args.images - first < block ? args.images - first : block;
        read_pair(l);
        const uint32_t counters = args.counters + l * table_bytes;
        const uint32_t row = args.minima + (l * args.minima_stride + first) * 4u;
        const uint32_t stream = args.streams + pair_buffer[t].stream_offset + first * rb;
#if BTHOWEN_TABLES
        const int staged = count >= args.table_threshold;
        if (staged) mram_read_chunked(counters, tables[t], table_bytes);
#else
        const int staged = 0;
#endif
        (void)staged;
        uint32_t filled = 0, written = 0;
        for (uint32_t done = 0; done < count; done += per_chunk) {
            uint32_t m = count - done < per_chunk ? count - done : per_chunk;
            mram_read(mram_at(stream + done * rb), stream_buffer[t], round8(m * rb));
            for (uint32_t r = 0; r < m; r++) {
                record_hashes(stream_buffer[t] + r * rb, h);
                uint32_t least = BTHOWEN_COUNTER_MAX;
                for (int j = 0; j < BTHOWEN_HASHES; j++) {
                    uint32_t v;
#if BTHOWEN_TABLES
                    if (staged) {
                        v = tables[t][h[j]];
                    } else
#endif
                    {
                        const uint32_t address = counters + h[j] * 4u;
                        mram_read(mram_at(address & ~7u), &probe_slot[t], 8);
                        v = ((const uint32_t *)&probe_slot[t])[(address >> 2) & 1u];
                    }
                    if (v < least) least = v;
                }
                output_buffer[t][filled++] = least;
                if (filled == per_output) {
                    mram_write(output_buffer[t], mram_at(row + written * 4u), filled * 4u);
                    written += filled;
                    filled = 0;
                }
            }
        }
        if (filled) mram_write(output_buffer[t], mram_at(row + written * 4u), round8(filled * 4u));
    }
    return 0;
}

static int bleach_score(void) {
    const uint32_t t = me(), owned = args.classes_owned, candidates = args.candidates;
    if (candidates < 1 || candidates > BTHOWEN_MAX_CANDIDATES || owned < 1 || owned > BTHOWEN_CLASSES) return 1;
    const uint32_t row_bytes = BTHOWEN_MAX_CANDIDATES * owned * 2u;
    const uint32_t used = BTHOWEN_SCORE_BATCH * BTHOWEN_MAX_CANDIDATES * owned; /* partial entries in use */
    const uint32_t split = args.pairs >= NR_TASKLETS ? 1u : NR_TASKLETS / args.pairs;
    for (uint32_t e = 0; e < used; e++) partials[t][e] = 0;
    for (uint32_t start = 0; start < args.images; start += BTHOWEN_SCORE_BATCH) {
        const uint32_t nb = args.images - start < BTHOWEN_SCORE_BATCH ? args.images - start : BTHOWEN_SCORE_BATCH;
        const uint32_t block = ((nb + split - 1u) / split + 1u) & ~1u;
        for (uint32_t item = t; item < args.pairs * split; item += NR_TASKLETS) {
            const uint32_t l = item / split, first = (item % split) * block;
            if (first >= nb) continue;
            const uint32_t count = nb - first < block ? nb - first : block;
            read_pair(l);
            const uint32_t slot = pair_buffer[t].class_slot;
            mram_read(mram_at(args.minima + (l * args.minima_stride + start + first) * 4u), minima_slice[t], round8(count * 4u));
            for (uint32_t q = 0; q < count; q++) {
                const uint32_t m = minima_slice[t][q], i = first + q;
                for (uint32_t j = 0; j < candidates; j++) {
                    if (m >= args.threshold[j]) partials[t][(i * BTHOWEN_MAX_CANDIDATES + j) * owned + slot]++;
                }
            }
        }
        barrier_wait(&barrier);
        for (uint32_t i = t; i < nb; i += NR_TASKLETS) {
            for (uint32_t e = 0; e < BTHOWEN_MAX_CANDIDATES * owned; e++) {
                uint16_t sum = 0;
                for (uint32_t q = 0; q < NR_TASKLETS; q++) sum += partials[q][i * BTHOWEN_MAX_CANDIDATES * owned + e];
                responses[i * BTHOWEN_MAX_CANDIDATES * owned + e] = sum;
            }
        }
        barrier_wait(&barrier);
        if (t == 0) mram_write_chunked(responses, args.responses + start * row_bytes, round8(nb * row_bytes));
        for (uint32_t e = 0; e < used; e++) partials[t][e] = 0;
        barrier_wait(&barrier);
    }
    return 0;
}

static int binarize(void) {
    const uint32_t t = me(), table_bytes = BTHOWEN_ENTRIES * 4u, threshold = args.threshold[0];
    const uint32_t *counters_in = (const uint32_t *)stream_buffer[t];
    for (uint32_t l = t; l < args.pairs; l += NR_TASKLETS) {
        const uint32_t counters = args.counters + l * table_bytes;
        for (uint32_t off = 0; off < table_bytes; off += BTHOWEN_STREAM_BYTES) {
            const uint32_t m = table_bytes - off < BTHOWEN_STREAM_BYTES ? table_bytes - off : BTHOWEN_STREAM_BYTES;
            mram_read(mram_at(counters + off), stream_buffer[t], m);
            for (uint32_t w = 0; w < m / 256u; w++) {
                uint64_t word = 0;
                for (uint32_t e = 0; e < 64; e++) {
                    if (counters_in[w * 64u + e] >= threshold) word |= (uint64_t)1 << e;
                }
                bit_words[t][off / 256u + w] = word;
            }
        }
        mram_write_chunked(bit_words[t], args.bits + l * (BTHOWEN_ENTRIES / 8u), BTHOWEN_ENTRIES / 8u);
    }
    return 0;
}

int main(void) {
    read_arguments(1);
    barrier_wait(&barrier);
    if (args.kernel == BTHOWEN_KERNEL_BINARIZE) {
        if (args.entries != BTHOWEN_ENTRIES) return 1;
        return binarize();
    }
    if (args.kernel == BTHOWEN_KERNEL_BLEACH_SCORE) return bleach_score();
    if (!arguments_match(BTHOWEN_KERNEL_BLEACH_MINIMA)) return 1;
    return bleach_minima();
}
