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

#ifndef NR_TASKLETS
#error "build with -DNR_TASKLETS=N (dpu/build.sh does)"
#endif
_Static_assert(NR_TASKLETS >= 1 && NR_TASKLETS <= BTHOWEN_MAX_TASKLETS, "NR_TASKLETS must be in 1...24");

/* The largest single mram_read/mram_write (UPMEM SDK mram.h: 8...2048 bytes, multiple of 8). */
#define BTHOWEN_DMA_MAX 2048u

/* The MRAM byte at `offset` from the start of the free MRAM (where the host's transfers land). */
#define BTHOWEN_MRAM(offset) ((__mram_ptr uint8_t *)DPU_MRAM_HEAP_POINTER + (offset))

static inline uint32_t bthowen_round_up8(uint32_t x) { return (x + 7u) & ~7u; }

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

/* mram_read of any multiple of 8 bytes, as consecutive DMAs of at most 2048 bytes. */
static inline void bthowen_read(uint32_t mram_offset, void *wram, uint32_t bytes)
{
    for (uint32_t done = 0; done < bytes; done += BTHOWEN_DMA_MAX) {
        uint32_t n = bytes - done < BTHOWEN_DMA_MAX ? bytes - done : BTHOWEN_DMA_MAX;
        mram_read(BTHOWEN_MRAM(mram_offset + done), (uint8_t *)wram + done, n);
    }
}

/* mram_write of any multiple of 8 bytes, as consecutive DMAs of at most 2048 bytes. */
static inline void bthowen_write(const void *wram, uint32_t mram_offset, uint32_t bytes)
{
    for (uint32_t done = 0; done < bytes; done += BTHOWEN_DMA_MAX) {
        uint32_t n = bytes - done < BTHOWEN_DMA_MAX ? bytes - done : BTHOWEN_DMA_MAX;
        mram_write((const uint8_t *)wram + done, BTHOWEN_MRAM(mram_offset + done), n);
    }
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
