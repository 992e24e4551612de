/*
 * train-bleach-minima — bleaching, step 1, on UPMEM DPUs (BTHOWEN_KERNEL_BLEACH_MINIMA).
 *
 * The DPUs own (class, filter) pairs as in train-filter-split, with their counters in
 * MRAM, and get per owned filter the records of every validation image. Per owned pair and
 * image: the smallest of the k probed counters -> minima[pair][image]. Work items are
 * (pair, block of images), tasklet t taking items t, t+T, ...: with at least NR_TASKLETS
 * pairs a block is every image; with fewer, each pair's images are split into
 * NR_TASKLETS / pairs blocks so that every tasklet works (docs/training.md).
 */
#define BTHOWEN_OUTPUTS 1
#include "bthowen_train_dpu.h"

#if BTHOWEN_TABLES
__dma_aligned uint32_t tables[NR_TASKLETS][BTHOWEN_ENTRIES];
#define MINIMA_TABLE_WRAM sizeof(tables)
#else
#define MINIMA_TABLE_WRAM 0
#endif
__dma_aligned uint32_t output_buffer[NR_TASKLETS][BTHOWEN_STREAM_BYTES / 4];
__dma_aligned uint64_t probe_slot[NR_TASKLETS];
BARRIER_INIT(barrier, NR_TASKLETS);
BTHOWEN_ASSERT_WRAM(MINIMA_TABLE_WRAM + sizeof(output_buffer) + sizeof(probe_slot));

static int bleach_minima(void) {
    const uint32_t t = me(), rb = args.record_bytes, per_chunk = records_per_chunk(rb);
    const uint32_t per_output = BTHOWEN_STREAM_BYTES / 4, table_bytes = BTHOWEN_ENTRIES * 4u;
    const uint32_t k = args.hashes, words = chunk_words();
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
        if (staged) bthowen_read(counters, tables[t], table_bytes);
#else
        const int staged = 0;
#endif
        (void)staged;
        uint32_t filled = 0, written = 0;
        for (uint32_t done = 0; done < count; done += per_chunk) {
            uint32_t m = count - done < per_chunk ? count - done : per_chunk;
            mram_read(BTHOWEN_MRAM(stream + done * rb), stream_buffer[t], bthowen_round_up8(m * rb));
            for (uint32_t r = 0; r < m; r++) {
                record_hashes(stream_buffer[t] + r * rb, h, k, words);
                uint32_t least = BTHOWEN_COUNTER_MAX;
                for (uint32_t j = 0; j < k; j++) {
                    uint32_t v;
#if BTHOWEN_TABLES
                    if (staged) {
                        v = tables[t][h[j]];
                    } else
#endif
                    {
                        const uint32_t address = counters + h[j] * 4u;
                        mram_read(BTHOWEN_MRAM(address & ~7u), &probe_slot[t], 8);
                        v = ((const uint32_t *)&probe_slot[t])[(address >> 2) & 1u];
                    }
                    if (v < least) least = v;
                }
                output_buffer[t][filled++] = least;
                if (filled == per_output) {
                    mram_write(output_buffer[t], BTHOWEN_MRAM(row + written * 4u), filled * 4u);
                    written += filled;
                    filled = 0;
                }
            }
        }
        if (filled) mram_write(output_buffer[t], BTHOWEN_MRAM(row + written * 4u), bthowen_round_up8(filled * 4u));
    }
    return 0;
}

int main(void) {
    read_arguments(BTHOWEN_KERNEL_BLEACH_MINIMA, 1);
    barrier_wait(&barrier);
    if (!arguments_ok) return 1;
    return bleach_minima();
}
