/*
 * C twin of PrIM's BS DPU program (uPIMulator golang/uPIMulator/benchmark/BS/dpu/task.c
 * @ 870d916, uPIMulator's rewrite of CMU-SAFARI/prim-benchmarks BS/dpu/task.c: a uint32_t
 * query counter, search() noinline over a whole block, boundary checks after each step),
 * re-typed here with its build settings pinned (BL unset in the benchmark's
 * dpu/CMakeLists.txt, so support/common.h's default BLOCK_SIZE_LOG2 8; DTYPE int64_t) so
 * the proxy compiler sees the same loops: scripts/proxy-listings.sh --suite prim compiles it
 * for the hot regions the DSL kernel charges (Sources/PrIMKernels/Workloads/BS.swift).
 * The unused <perfcounter.h> include and the PRINT-only printf are left out. Not a DPU build.
 */
#include <stdint.h>
#include <stdbool.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <barrier.h>

#define BLOCK_SIZE_LOG2 8
#define BLOCK_SIZE (1 << BLOCK_SIZE_LOG2)
#define DTYPE int64_t

typedef struct {
    uint64_t input_size;
    uint64_t slice_per_dpu;
    enum kernels {
        kernel1 = 0,
        nr_kernels = 1,
    } kernel;
} dpu_arguments_t;

typedef struct {
    DTYPE found;
} dpu_results_t;

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;
__host dpu_results_t DPU_RESULTS[NR_TASKLETS];

__attribute__((noinline)) DTYPE search(DTYPE *bufferA, DTYPE searching_for)
{
    DTYPE found = -2;
    if (bufferA[0] <= searching_for) {
        found = -1;
        for (uint32_t i = 0; i < BLOCK_SIZE / sizeof(DTYPE); i++) {
            if (bufferA[i] == searching_for) {
                found = i;
                break;
            }
        }
    }
    return found;
}

BARRIER_INIT(my_barrier, NR_TASKLETS);

int main_kernel1(void);

int (*kernels[nr_kernels])(void) = {main_kernel1};

int main(void)
{
    return kernels[DPU_INPUT_ARGUMENTS.kernel]();
}

int main_kernel1(void)
{
    unsigned int tasklet_id = me();
    if (tasklet_id == 0)
        mem_reset();
    barrier_wait(&my_barrier);

    DTYPE searching_for, found;
    uint64_t input_size = DPU_INPUT_ARGUMENTS.input_size;

    uint32_t start_mram_block_addr_A = (uint32_t)DPU_MRAM_HEAP_POINTER;
    uint32_t start_mram_block_addr_aux = start_mram_block_addr_A;
    uint32_t end_mram_block_addr_A = start_mram_block_addr_A + sizeof(DTYPE) * input_size;
    uint32_t current_mram_block_addr_query = end_mram_block_addr_A + tasklet_id * (DPU_INPUT_ARGUMENTS.slice_per_dpu / NR_TASKLETS) * sizeof(DTYPE);

    DTYPE *cache_A = (DTYPE *)mem_alloc(BLOCK_SIZE);
    DTYPE *cache_aux_A = (DTYPE *)mem_alloc(BLOCK_SIZE);
    DTYPE *cache_aux_B = (DTYPE *)mem_alloc(BLOCK_SIZE);

    dpu_results_t *result = &DPU_RESULTS[tasklet_id];

    for (uint32_t targets = 0; targets < (DPU_INPUT_ARGUMENTS.slice_per_dpu / NR_TASKLETS); targets++) {
        found = -1;

        mram_read((__mram_ptr void const *)current_mram_block_addr_query, &searching_for, 8);
        current_mram_block_addr_query += 8;

        bool end = false;

        start_mram_block_addr_A = (uint32_t)DPU_MRAM_HEAP_POINTER;
        start_mram_block_addr_aux = start_mram_block_addr_A;
        end_mram_block_addr_A = start_mram_block_addr_A + sizeof(DTYPE) * input_size;

        uint32_t current_mram_block_addr_A = start_mram_block_addr_A;

        mram_read((__mram_ptr void const *)current_mram_block_addr_A, cache_aux_A, BLOCK_SIZE);
        mram_read((__mram_ptr void const *)(end_mram_block_addr_A - BLOCK_SIZE * sizeof(DTYPE)), cache_aux_B, BLOCK_SIZE);

        current_mram_block_addr_A = (start_mram_block_addr_A + end_mram_block_addr_A) / 2;
        while (!end) {
            mram_read((__mram_ptr void const *)current_mram_block_addr_A, cache_A, BLOCK_SIZE);
            found = search(cache_A, searching_for);

            if (found > -1) {
                result->found = found + (current_mram_block_addr_A - start_mram_block_addr_aux) / sizeof(DTYPE);
                break;
            }

            if (found == -2) {
                end_mram_block_addr_A = current_mram_block_addr_A;
                current_mram_block_addr_A = (current_mram_block_addr_A + start_mram_block_addr_A) / 2;
            } else if (found == -1) {
                start_mram_block_addr_A = current_mram_block_addr_A;
                current_mram_block_addr_A = (current_mram_block_addr_A + end_mram_block_addr_A) / 2;
            }

            if (current_mram_block_addr_A < (start_mram_block_addr_aux + BLOCK_SIZE)) {
                end = true;
                mram_read((__mram_ptr void const *)current_mram_block_addr_A, cache_A, BLOCK_SIZE);
                found = search(cache_A, searching_for);
                if (found > -1) {
                    end = true;
                    result->found = found + (current_mram_block_addr_A - start_mram_block_addr_aux) / sizeof(DTYPE);
                }
            }

            if (current_mram_block_addr_A > (end_mram_block_addr_A - BLOCK_SIZE)) {
                end = true;
                mram_read((__mram_ptr void const *)end_mram_block_addr_A - BLOCK_SIZE, cache_A, BLOCK_SIZE);
                found = search(cache_A, searching_for);
                if (found > -1) {
                    result->found = found + (current_mram_block_addr_A - start_mram_block_addr_aux) / sizeof(DTYPE);
                }
            }
        }
    }
    return 0;
}
