/*
 * train-pairs — BTHOWeN training on UPMEM DPUs, for both strategies (docs/training.md).
 *
 * The host gives every DPU a share of the (class, filter) pairs and, per pair, a stream of
 * records of training images, in training order; tasklet t owns the DPU's pairs t, t+T, ...
 * and applies each pair's conservative updates in order.
 *
 * - train-filter-split (exact): each DPU owns a contiguous share of the pairs (class-major)
 *   and gets every training image of their classes. A filter's update depends only on its
 *   own counters, so the counters are byte-identical to the host trainer's.
 * - train-data-parallel (approximate): each DPU owns every pair and gets a contiguous shard
 *   of the images; the host merges the DPUs' counters (saturating sum by default).
 *
 * The two strategies differ only in what the host sends, so they run this one program.
 */
#include "bthowen_train_dpu.h"

/*
 * The training kernel (BTHOWEN_KERNEL_TRAIN): tasklet t owns the DPU's pairs t, t+T, ...
 * and applies the conservative update to every record of each pair's stream, in order:
 * least = min of the k probed counters; unless least is saturated, each probed counter
 * becomes max(counter, least + 1). The table is staged in WRAM when the pair has at least
 * table_threshold records (or on the first launch, zero-filled instead of read), and
 * probed in MRAM 8 bytes at a time otherwise.
 */
#if BTHOWEN_TABLES
__dma_aligned uint32_t tables[NR_TASKLETS][BTHOWEN_ENTRIES];
#endif
__dma_aligned uint64_t slots[NR_TASKLETS][BTHOWEN_HASHES];
__dma_aligned uint64_t maxima[NR_TASKLETS];
BARRIER_INIT(start_barrier, NR_TASKLETS);
BARRIER_INIT(done_barrier, NR_TASKLETS);
#if BTHOWEN_TABLES
BTHOWEN_ASSERT_WRAM(sizeof(tables) + sizeof(slots) + sizeof(maxima));
#else
BTHOWEN_ASSERT_WRAM(sizeof(slots) + sizeof(maxima));
#endif

static void zero_buffer(void *buffer, uint32_t bytes) {
    uint64_t *p = (uint64_t *)buffer;
    for (uint32_t i = 0; i < bytes / 8; i++) p[i] = 0;
}

static int train_main(void) {
    const uint32_t t = me();
    read_arguments(BTHOWEN_KERNEL_TRAIN, 1);
    barrier_wait(&start_barrier);
    if (!arguments_ok) return 1;
    const uint32_t rb = args.record_bytes, per_chunk = records_per_chunk(rb);
    const uint32_t table_bytes = BTHOWEN_ENTRIES * 4u, k = args.hashes, words = chunk_words(), tasklets = args.tasklets;
    uint32_t maximum = 0, h[BTHOWEN_HASHES];
    for (uint32_t l = t; l < args.pairs; l += NR_TASKLETS) {
        read_pair(l);
        const uint32_t count = pair_buffer[t].samples;
        const uint32_t counters = args.counters + l * table_bytes;
        const uint32_t stream = args.streams + pair_buffer[t].stream_offset;
#if BTHOWEN_TABLES
        const int staged = args.first_launch || count >= args.table_threshold;
#else
        const int staged = 0;
#endif
        if (staged) {
#if BTHOWEN_TABLES
            uint32_t *tab = tables[t];
            if (args.first_launch) zero_buffer(tab, table_bytes);
            else bthowen_read(counters, tab, table_bytes);
            for (uint32_t done = 0; done < count; done += per_chunk) {
                uint32_t m = count - done < per_chunk ? count - done : per_chunk;
                mram_read(BTHOWEN_MRAM(stream + done * rb), stream_buffer[t], bthowen_round_up8(m * rb));
                for (uint32_t r = 0; r < m; r++) {
                    record_hashes(stream_buffer[t] + r * rb, h, k, words);
                    uint32_t least = BTHOWEN_COUNTER_MAX;
                    for (uint32_t j = 0; j < k; j++) if (tab[h[j]] < least) least = tab[h[j]];
                    if (least == BTHOWEN_COUNTER_MAX) continue; /* saturated */
                    const uint32_t next = least + 1u;
                    for (uint32_t j = 0; j < k; j++) if (tab[h[j]] < next) tab[h[j]] = next;
                    if (next > maximum) maximum = next;
                }
            }
            bthowen_write(tab, counters, table_bytes);
#endif
        } else {
            if (args.first_launch) {
                zero_buffer(stream_buffer[t], BTHOWEN_STREAM_BYTES);
                for (uint32_t off = 0; off < table_bytes; off += BTHOWEN_STREAM_BYTES) {
                    uint32_t n = table_bytes - off < BTHOWEN_STREAM_BYTES ? table_bytes - off : BTHOWEN_STREAM_BYTES;
                    mram_write(stream_buffer[t], BTHOWEN_MRAM(counters + off), n);
                }
            }
            for (uint32_t done = 0; done < count; done += per_chunk) {
                uint32_t m = count - done < per_chunk ? count - done : per_chunk;
                mram_read(BTHOWEN_MRAM(stream + done * rb), stream_buffer[t], bthowen_round_up8(m * rb));
                for (uint32_t r = 0; r < m; r++) {
                    record_hashes(stream_buffer[t] + r * rb, h, k, words);
                    uint32_t word[BTHOWEN_HASHES], slot_of[BTHOWEN_HASHES], dirty[BTHOWEN_HASHES];
                    uint32_t least = BTHOWEN_COUNTER_MAX;
                    for (uint32_t j = 0; j < k; j++) {
                        const uint32_t address = counters + h[j] * 4u;
                        word[j] = address & ~7u;
                        slot_of[j] = j;
                        dirty[j] = 0;
                        for (uint32_t q = 0; q < j; q++) {
                            if (slot_of[q] == q && word[q] == word[j]) { slot_of[j] = q; break; }
                        }
                        if (slot_of[j] == j) mram_read(BTHOWEN_MRAM(word[j]), &slots[t][j], 8);
                        const uint32_t v = ((const uint32_t *)&slots[t][slot_of[j]])[(address >> 2) & 1u];
                        if (v < least) least = v;
                    }
                    if (least == BTHOWEN_COUNTER_MAX) continue;
                    const uint32_t next = least + 1u;
                    for (uint32_t j = 0; j < k; j++) {
                        uint32_t *v = &((uint32_t *)&slots[t][slot_of[j]])[((counters + h[j] * 4u) >> 2) & 1u];
                        if (*v < next) { *v = next; dirty[slot_of[j]] = 1; }
                    }
                    for (uint32_t j = 0; j < k; j++) {
                        if (dirty[j]) mram_write(&slots[t][j], BTHOWEN_MRAM(word[j]), 8);
                    }
                    if (next > maximum) maximum = next;
                }
            }
        }
    }
    maxima[t] = maximum;
    barrier_wait(&done_barrier);
    if (t == 0) {
        uint64_t m = 0;
        for (uint32_t q = 0; q < tasklets; q++) if (maxima[q] > m) m = maxima[q];
        if (!args.first_launch) {
            mram_read(BTHOWEN_MRAM(args.result), &slots[0][0], 8);
            if (slots[0][0] > m) m = slots[0][0];
        }
        slots[0][0] = m;
        mram_write(&slots[0][0], BTHOWEN_MRAM(args.result), 8);
    }
    return 0;
}

int main(void) { return train_main(); }
