/*
 * bthowen_dpu.h: what the BTHOWeN DPU programs share on the DPU side — chunked MRAM
 * transfers (the DSL's mramReadChunked/mramWriteChunked), MRAM addressing from
 * DPU_MRAM_HEAP_POINTER, and the start/finish protocol around the performance counter.
 * Only the UPMEM runtime's documented calls are used.
 */
#ifndef BTHOWEN_DPU_H
#define BTHOWEN_DPU_H

#include <stdint.h>
#include <attributes.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <perfcounter.h>

#include "bthowen_params.h"
#include "bthowen_mram.h"

#ifndef NR_TASKLETS
#error "build with -DNR_TASKLETS=N (dpu/build.sh does)"
#endif
_Static_assert(NR_TASKLETS >= 1 && NR_TASKLETS <= BTHOWEN_MAX_TASKLETS, "NR_TASKLETS must be in 1...24");


/* Whether a filter fires for one input: every one of its k hashes hits a set entry of the
 * binarized table (bit e of the table's 64-bit words). Stops at the first miss. */
static inline int bthowen_filter_fires(const uint64_t *table, const uint32_t *hash, uint32_t k)
{
    for (uint32_t h = 0; h < k; h++) {
        uint32_t e = hash[h];
        if (((table[e >> 6] >> (e & 63)) & 1) == 0)
            return 0;
    }
    return 1;
}

/*
 * Called first by every tasklet of every launch. Tasklet 0 resets the performance counter
 * (cycles or instructions, as the host asked in perf->counter_mode) and the WRAM heap —
 * WRAM, and with it the heap pointer, persists between launches, whereas each simulated
 * launch starts with an empty heap — and records NR_TASKLETS and the status.
 *
 * Returns whether the launch may go on; every tasklet computes the same answer from the
 * same parameters, so either all of them run the kernel or none does.
 */
static inline int bthowen_start(bthowen_perf_t *perf, uint32_t expected_tasklets, int params_ok)
{
    int tasklets_ok = expected_tasklets == NR_TASKLETS;
    if (me() == 0) {
        perfcounter_config(perf->counter_mode == BTHOWEN_COUNT_INSTRUCTIONS ? COUNT_INSTRUCTIONS : COUNT_CYCLES, true);
        mem_reset();
        perf->nr_tasklets = NR_TASKLETS;
        perf->status = !tasklets_ok ? BTHOWEN_STATUS_TASKLETS : params_ok ? BTHOWEN_STATUS_OK : BTHOWEN_STATUS_PARAMS;
    }
    return tasklets_ok && params_ok;
}

/* Called last by every tasklet: the counter as this tasklet finishes. */
static inline void bthowen_finish(bthowen_perf_t *perf)
{
    perf->counter[me()] = perfcounter_get();
}

#endif /* BTHOWEN_DPU_H */
