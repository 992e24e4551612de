/*
 * large-filter-split: the DPU program of
 * Sources/BTHOWeNKernels/Kernels/LargeFilterSplitKernel.swift.
 *
 * The host binarizes, remaps and hashes; each DPU holds one discriminator (or a
 * contiguous share of its filters) and the whole launch's hashes, [filter][input][hash].
 * Tasklet t owns every NR_TASKLETS-th filter of the share; per input it counts the owned
 * filters that answer 1 in a per-tasklet row of 16-bit counts; after each WRAM batch the
 * rows are reduced into 32-bit responses that tasklet 0 writes to MRAM.
 *
 * The filter tables stay in WRAM when the share fits (resident = 1, loaded once per
 * launch), otherwise each owned table is streamed from MRAM once per batch.
 *
 * WRAM: tables (the share's, or one per tasklet), one hash slice per tasklet, the count
 * rows, the batch's responses — the DSL's static buffers, carved from the heap by
 * tasklet 0. Synchronization: the DSL's barrier (one wait before the first batch, two per
 * batch); plus one barrier at the start that publishes tasklet 0's buffers.
 */
#include <stdint.h>
#include <barrier.h>

#include "bthowen_dpu.h"

__host bthowen_large_filter_split_params_t bthowen_params;
__host bthowen_perf_t bthowen_perf;

BARRIER_INIT(setup_done, NR_TASKLETS);
BARRIER_INIT(batch_barrier, NR_TASKLETS);

/* Shared WRAM buffers: written by tasklet 0 before barrier_wait(&setup_done). */
static uint8_t *tables;
static uint8_t *slices;
static uint16_t *counts;
static uint32_t *responses;

int main(void)
{
    const uint32_t t = me();
    const uint32_t inputs = bthowen_params.inputs;
    const uint32_t k = bthowen_params.hashes_per_filter;
    const uint32_t table_bytes = bthowen_params.words_per_filter * 8;
    const uint32_t part_first = bthowen_params.part_first;
    const uint32_t part_count = bthowen_params.part_count;
    const uint32_t resident = bthowen_params.resident;
    const uint32_t bw = bthowen_params.batch;
    const uint32_t tables_offset = bthowen_params.tables_offset;
    const uint32_t hashes_offset = bthowen_params.hashes_offset;
    const uint32_t slice_bytes = bthowen_round_up8(bw * k * 4);
    const int params_ok = k >= 1 && bw >= 2 && bw % 2 == 0;

    if (!bthowen_start(&bthowen_perf, bthowen_params.tasklets, params_ok)) {
        bthowen_finish(&bthowen_perf);
        return 0;
    }
    if (t == 0) {
        tables = mem_alloc(resident ? part_count * table_bytes : NR_TASKLETS * table_bytes);
        slices = mem_alloc(NR_TASKLETS * slice_bytes);
        counts = mem_alloc(bthowen_round_up8(NR_TASKLETS * bw * 2));
        responses = mem_alloc(bthowen_round_up8(bw * 4));
    }
    barrier_wait(&setup_done);
    /* NR_TASKLETS (bthowen_start checked it), read again after the barrier so that the
     * compiler cannot substitute the constant: the reduction's loop then compiles to the
     * same code for every tasklet count instead of being unrolled NR_TASKLETS times
     * (docs/instruction-counts.md). */
    const uint32_t tasklets = bthowen_params.tasklets;

    uint32_t *slice = (uint32_t *)(slices + t * slice_bytes);
    uint16_t *row = counts + t * bw;
    if (resident)
        for (uint32_t l = t; l < part_count; l += NR_TASKLETS)
            bthowen_read(tables_offset + l * table_bytes, tables + l * table_bytes, table_bytes);
    for (uint32_t b = 0; b < bw; b++)
        row[b] = 0;
    barrier_wait(&batch_barrier);

    for (uint32_t start = 0; start < inputs; start += bw) {
        const uint32_t nb = inputs - start < bw ? inputs - start : bw;
        for (uint32_t l = t; l < part_count; l += NR_TASKLETS) {
            const uint64_t *table;
            if (resident) {
                table = (const uint64_t *)(tables + l * table_bytes);
            } else {
                table = (const uint64_t *)(tables + t * table_bytes);
                bthowen_read(tables_offset + l * table_bytes, (void *)table, table_bytes);
            }
            const uint32_t f = part_first + l;
            bthowen_read(hashes_offset + (f * inputs + start) * k * 4, slice, bthowen_round_up8(nb * k * 4));
            const uint32_t *hash = slice;
            for (uint32_t b = 0; b < nb; b++, hash += k)
                if (bthowen_filter_fires(table, hash, k))
                    row[b]++;
        }
        barrier_wait(&batch_barrier);
        for (uint32_t b = t; b < nb; b += NR_TASKLETS) {
            uint32_t sum = 0;
            const uint16_t *count = counts + b;
            for (uint32_t q = 0; q < tasklets; q++, count += bw)
                sum += *count;
            responses[b] = sum;
        }
        barrier_wait(&batch_barrier);
        if (t == 0)
            bthowen_write(responses, bthowen_params.responses_offset + start * 4, bthowen_round_up8(nb * 4));
        for (uint32_t b = 0; b < nb; b++)
            row[b] = 0;
    }
    bthowen_finish(&bthowen_perf);
    return 0;
}
