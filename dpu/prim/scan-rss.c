/*
 * C twin of PrIM's SCAN-RSS DPU program (reduce-scan-scan; uPIMulator
 * golang/uPIMulator/benchmark/SCAN-RSS/dpu/task.c @ 870d916, itself CMU-SAFARI/prim-benchmarks
 * SCAN-RSS/dpu/task.c), re-typed here with its build settings pinned as the benchmark's
 * dpu/CMakeLists.txt sets them (BL=10, INT64, so REGS = 128) so the proxy compiler sees the
 * same loops: scripts/proxy-listings.sh --suite prim compiles it for the hot regions the DSL
 * kernels charge (Sources/PrIMKernels/Workloads/SCANRSS.swift). Not a DPU build. Everything
 * before the kernels, which SCAN-SSA's task.c has too, is in scan-body.h.
 */
#define SCAN_REDUCTION   /* reduction(), the first kernel's helper */
#include "scan-body.h"

/* Reduction. */
int main_kernel1(void)
{
    unsigned int tasklet_id = me();
    if (tasklet_id == 0)
        mem_reset();
    barrier_wait(&my_barrier);

    dpu_results_t *result = &DPU_RESULTS[tasklet_id];
    uint32_t input_size_dpu_bytes = DPU_INPUT_ARGUMENTS.size;
    uint32_t base_tasklet = tasklet_id << BLOCK_SIZE_LOG2;
    uint32_t mram_base_addr_A = (uint32_t)DPU_MRAM_HEAP_POINTER;

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);

    T l_count = 0;
    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        mram_read((__mram_ptr void const *)(mram_base_addr_A + byte_index), cache_A, BLOCK_SIZE);
        l_count += reduction(cache_A);
    }

    message[tasklet_id] = l_count;

    /* Single-runtime reduction. */
    barrier_wait(&my_barrier);
    if (tasklet_id == 0) {
        for (unsigned int each_tasklet = 1; each_tasklet < NR_TASKLETS; each_tasklet++)
            message[0] += message[each_tasklet];
        result->t_count = message[0];
    }
    return 0;
}

/* Scan. */
int main_kernel2(void)
{
    unsigned int tasklet_id = me();
    if (tasklet_id == 0)
        mem_reset();
    barrier_wait(&my_barrier);

    dpu_results_t *result = &DPU_RESULTS[tasklet_id];
    uint32_t input_size_dpu_bytes = DPU_INPUT_ARGUMENTS.size;
    uint32_t base_tasklet = tasklet_id << BLOCK_SIZE_LOG2;
    uint32_t mram_base_addr_A = (uint32_t)DPU_MRAM_HEAP_POINTER;
    uint32_t mram_base_addr_B = (uint32_t)(DPU_MRAM_HEAP_POINTER + input_size_dpu_bytes);

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);
    T *cache_B = (T *)mem_alloc(BLOCK_SIZE);

    if (tasklet_id == NR_TASKLETS - 1)
        message_partial_count = DPU_INPUT_ARGUMENTS.t_count;
    barrier_wait(&my_barrier);

    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        mram_read((__mram_ptr void const *)(mram_base_addr_A + byte_index), cache_A, BLOCK_SIZE);
        T l_count = scan(cache_B, cache_A);
        T p_count = handshake_sync(l_count, tasklet_id);
        barrier_wait(&my_barrier);
        add_(cache_B, message_partial_count + p_count);
        mram_write(cache_B, (__mram_ptr void *)(mram_base_addr_B + byte_index), BLOCK_SIZE);
        if (tasklet_id == NR_TASKLETS - 1) {
            result->t_count = message_partial_count + p_count + l_count;
            message_partial_count = result->t_count;
        }
    }
    return 0;
}
