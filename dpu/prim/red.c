/*
 * C twin of PrIM's RED DPU program (uPIMulator golang/uPIMulator/benchmark/RED/dpu/task.c
 * @ 870d916, itself CMU-SAFARI/prim-benchmarks RED/dpu/task.c), re-typed here with its
 * build settings pinned as the benchmark's dpu/CMakeLists.txt sets them (BL=10, INT64,
 * VERSION=SINGLE so TREE is undefined, SYNC=HAND, PERF=0) so the proxy compiler sees the
 * same loops: scripts/proxy-listings.sh --suite prim compiles it for the hot regions the
 * DSL kernel charges (Sources/PrIMKernels/Workloads/RED.swift). Not a DPU build.
 */
#include <stdint.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <handshake.h>
#include <barrier.h>

#define BLOCK_SIZE_LOG2 10
#define BLOCK_SIZE (1 << BLOCK_SIZE_LOG2)
#define DIV 3
typedef int64_t T;

typedef struct {
    uint32_t size;
    enum kernels {
        kernel1 = 0,
        nr_kernels = 1,
    } kernel;
    T t_count;
} dpu_arguments_t;

typedef struct {
    uint64_t cycles;
    T t_count;
} dpu_results_t;

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;
__host dpu_results_t DPU_RESULTS[NR_TASKLETS];

T message[NR_TASKLETS];

__attribute__((noinline)) T reduction(T *input, unsigned int l_size)
{
    T output = 0;
    for (unsigned int j = 0; j < l_size; j++)
        output += input[j];
    return output;
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

    dpu_results_t *result = &DPU_RESULTS[tasklet_id];
    uint32_t input_size_dpu_bytes = DPU_INPUT_ARGUMENTS.size;
    uint32_t base_tasklet = tasklet_id << BLOCK_SIZE_LOG2;
    uint32_t mram_base_addr_A = (uint32_t)DPU_MRAM_HEAP_POINTER;

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);

    T l_count = 0;
    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        uint32_t l_size_bytes = (byte_index + BLOCK_SIZE >= input_size_dpu_bytes) ? (input_size_dpu_bytes - byte_index) : BLOCK_SIZE;
        mram_read((__mram_ptr void const *)(mram_base_addr_A + byte_index), cache_A, l_size_bytes);
        l_count += reduction(cache_A, l_size_bytes >> DIV);
    }

    message[tasklet_id] = l_count;

    /* Single-thread reduction (TREE undefined). */
    barrier_wait(&my_barrier);
    if (tasklet_id == 0)
        for (unsigned int each_tasklet = 1; each_tasklet < NR_TASKLETS; each_tasklet++)
            message[0] += message[each_tasklet];

    if (tasklet_id == 0)
        result->t_count = message[tasklet_id];

    return 0;
}
