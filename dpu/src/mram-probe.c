/*
 * mram-probe: the DPU program of Sources/BTHOWeNKernels/Kernels/MRAMProbeKernel.swift
 * (the layout of the PIMbthowen port).
 *
 * The host computes all hashes; the model's 32-bit counters sit in MRAM as
 * [class][filter][entry]. Per input, one DMA brings its hash block ([filter][hash],
 * 32-bit) to WRAM; then for every class, filter and hash one 8-byte DMA reads the aligned
 * 8 bytes that hold the counter; min over the hashes, compare with the bleach, count,
 * argmax; one 8-byte result written per input. Inputs go round-robin over the tasklets.
 *
 * WRAM: per tasklet one hash block, one probe word and one result word (mem_alloc, as in
 * the DSL). Synchronization: the DSL has none; here one barrier at the start, so that
 * tasklet 0's mem_reset (needed because WRAM and its heap pointer persist between
 * launches) comes before any tasklet allocates.
 */
#include <stdint.h>
#include <barrier.h>

#include "bthowen_dpu.h"

__host bthowen_mram_probe_params_t bthowen_params;
__host bthowen_perf_t bthowen_perf;

BARRIER_INIT(heap_reset, NR_TASKLETS);

int main(void)
{
    const uint32_t t = me();
    const uint32_t inputs = bthowen_params.inputs;
    const uint32_t classes = bthowen_params.classes;
    const uint32_t filters = bthowen_params.filters;
    const uint32_t k = bthowen_params.hashes_per_filter;
    const uint32_t entries = bthowen_params.entries_per_filter;
    const uint32_t block_bytes = bthowen_params.block_bytes;
    const uint32_t bleach = bthowen_params.bleach;
    const uint32_t counters_offset = bthowen_params.counters_offset;
    const uint32_t results_offset = bthowen_params.results_offset;
    const int params_ok = classes >= 1 && k >= 1 && block_bytes >= 8;

    if (!bthowen_start(&bthowen_perf, bthowen_params.tasklets, params_ok)) {
        bthowen_finish(&bthowen_perf);
        return 0;
    }
    barrier_wait(&heap_reset);

    uint32_t *block = mem_alloc(block_bytes);
    uint32_t *word = mem_alloc(8);
    uint64_t *result = mem_alloc(8);
    const uint32_t filter_bytes = entries * 4;

    for (uint32_t i = t; i < inputs; i += NR_TASKLETS) {
        bthowen_read(bthowen_params.inputs_offset + i * block_bytes, block, block_bytes);
        uint32_t best = 0;
        int32_t best_count = -1;
        uint32_t filter_base = counters_offset; /* ((cls * filters + f) * entries) * 4 */
        for (uint32_t cls = 0; cls < classes; cls++) {
            int32_t count = 0;
            const uint32_t *hash = block;
            for (uint32_t f = 0; f < filters; f++, filter_base += filter_bytes) {
                uint32_t least = UINT32_MAX;
                for (uint32_t h = 0; h < k; h++, hash++) {
                    uint32_t address = filter_base + *hash * 4;
                    mram_read(BTHOWEN_MRAM(address & ~7u), word, 8);
                    uint32_t counter = word[(address & 4) >> 2];
                    if (counter < least)
                        least = counter;
                }
                if (least >= bleach)
                    count++;
            }
            if (count > best_count) {
                best = cls;
                best_count = count;
            }
        }
        *result = best;
        mram_write(result, BTHOWEN_MRAM(results_offset + i * 8), 8);
    }
    bthowen_finish(&bthowen_perf);
    return 0;
}
