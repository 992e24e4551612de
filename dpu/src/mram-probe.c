/*
 * mram-probe: the DPU program of Sources/BTHOWeNKernels/Kernels/MRAMProbeKernel.swift,
 * the baseline port: the loop nest of the existing UPMEM implementation of BTHOWeN
 * (PIMbthowen), not an optimized one.
 *
 * The host computes all hashes; the model's 32-bit counters sit in MRAM as
 * [class][filter][entry]. Per input: one DMA brings its hash block ([filter][hash], 32-bit)
 * to WRAM; the per-class popcounts in WRAM are zeroed; then
 *
 *     for filter { for class { min over the k hashes of the counter;
 *                              popcount[class] += (min >= bleach) } }
 *
 * (filter outer, class inner), each counter's MRAM address computed in the inner loop as
 * base + class*(filters*entries*4) + filter*(entries*4) + hash*4 from the parameters the
 * host wrote, so the products the compiler cannot hoist are run-time 32-bit multiplies
 * (__mulsi3); one aligned 8-byte mram_read per probe, the 32-bit half picked by the
 * address; the minimum taken with <= as in PIMbthowen; argmax over the classes keeping the
 * LAST maximum (>=, so ties go to the highest class index); one 8-byte result write.
 * Inputs go round-robin over the tasklets.
 *
 * Where it differs from PIMbthowen's dpu/task.c: the parameters come in this project's
 * bthowen_params block; the hash block is read with bthowen_read (DMAs of at most 2048 B,
 * where task.c issues one mram_read: the same single DMA for every shipped model, whose
 * blocks are at most 1,536 B); the result goes through a mem_alloc'ed word rather than a
 * stack variable.
 *
 * The per-input work is mram_probe_input(), which the proxy instruction count
 * (scripts/proxy-listings.sh, docs/instruction-counts.md) compiles and the DSL kernel's
 * region charges come from.
 *
 * WRAM: per tasklet one hash block, one probe word, one result word and the popcounts
 * (mem_alloc, as in the DSL). Synchronization: the DSL has none; here one barrier at the
 * start, so that tasklet 0's mem_reset (needed because WRAM and its heap pointer persist
 * between launches) comes before any tasklet allocates.
 */
#include <stdint.h>
#include <barrier.h>

#include "bthowen_dpu.h"

__host bthowen_mram_probe_params_t bthowen_params;
__host bthowen_perf_t bthowen_perf;

BARRIER_INIT(heap_reset, NR_TASKLETS);

/*
 * The predicted class of one input whose hash block is in `block`: the loop nest above.
 * `word` is an 8-byte WRAM buffer for the probes, `popcount` `p->classes` WRAM words.
 * Never inlined, so that its instructions are one function in the proxy listing.
 */
__attribute__((noinline)) static uint32_t mram_probe_input(const bthowen_mram_probe_params_t *p, const uint32_t *block,
                                                           uint32_t *word, uint32_t *popcount)
{
    const uint32_t classes = p->classes, filters = p->filters, k = p->hashes_per_filter;
    const uint32_t entries = p->entries_per_filter, bleach = p->bleach, base = p->counters_offset;
    for (uint32_t cls = 0; cls < classes; cls++)
        popcount[cls] = 0;
    for (uint32_t f = 0; f < filters; f++) {
        for (uint32_t cls = 0; cls < classes; cls++) {
            uint32_t least = UINT32_MAX;
            for (uint32_t h = 0; h < k; h++) {
                uint32_t address = base + cls * (filters * entries * 4) + f * (entries * 4) + block[f * k + h] * 4;
                uint32_t aligned = address & ~7u;
                mram_read(BTHOWEN_MRAM(aligned), word, 8);
                uint32_t counter = word[(address - aligned) / 4];
                if (counter <= least)
                    least = counter;
            }
            popcount[cls] += least >= bleach;
        }
    }
    uint32_t best = 0, best_count = 0;
    for (uint32_t cls = 0; cls < classes; cls++) {
        if (popcount[cls] >= best_count) {
            best = cls;
            best_count = popcount[cls];
        }
    }
    return best;
}

int main(void)
{
    const uint32_t t = me();
    const uint32_t inputs = bthowen_params.inputs;
    const uint32_t classes = bthowen_params.classes;
    const uint32_t k = bthowen_params.hashes_per_filter;
    const uint32_t block_bytes = bthowen_params.block_bytes;
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
    uint32_t *popcount = mem_alloc(bthowen_round_up8(classes * 4));

    for (uint32_t i = t; i < inputs; i += NR_TASKLETS) {
        bthowen_read(bthowen_params.inputs_offset + i * block_bytes, block, block_bytes);
        *result = mram_probe_input(&bthowen_params, block, word, popcount);
        mram_write(result, BTHOWEN_MRAM(results_offset + i * 8), 8);
    }
    bthowen_finish(&bthowen_perf);
    return 0;
}
