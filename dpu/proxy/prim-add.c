/*
 * The INT32 ADD loop of PrIM's arithmetic-throughput microbenchmark (Gómez-Luna et al.,
 * "Benchmarking a New Paradigm", 2022): every element of a WRAM block gets a scalar added.
 * PrIM measures 6 DPU instructions per element (DPUSim's Calibration.add32Loop). Not a DPU
 * program of this project: scripts/proxy-listings.sh compiles it only to measure the
 * proxy compiler's gap on a loop whose DPU count is known (docs/instruction-counts.md).
 */
#include <stdint.h>

#define BLOCK_SIZE 1024

__attribute__((noinline)) void add_block(int32_t *cache_B, int32_t scalar)
{
    for (uint32_t i = 0; i < BLOCK_SIZE / sizeof(int32_t); i++)
        cache_B[i] += scalar;
}
