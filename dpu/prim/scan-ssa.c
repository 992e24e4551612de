/*
 * C twin of PrIM's SCAN-SSA DPU program (scan-scan-add; uPIMulator
 * golang/uPIMulator/benchmark/SCAN-SSA/dpu/task.c @ 870d916, itself CMU-SAFARI/prim-benchmarks
 * SCAN-SSA/dpu/task.c), re-typed here with its build settings pinned as the benchmark's
 * dpu/CMakeLists.txt sets them (BL=10, INT64, so REGS = 128) so the proxy compiler sees the
 * same loops: scripts/proxy-listings.sh --suite prim compiles it for the hot regions the DSL
 * kernels charge (Sources/PrIMKernels/Workloads/SCANSSA.swift). Not a DPU build.
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
#define REGS (BLOCK_SIZE >> DIV)
typedef int64_t T;

typedef struct {
    uint32_t size;
    enum kernels {
        kernel1 = 0,
        kernel2 = 1,
        nr_kernels = 2,
    } kernel;
    T t_count;
} dpu_arguments_t;

typedef struct {
    T t_count;
} dpu_results_t;

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;
__host dpu_results_t DPU_RESULTS[NR_TASKLETS];

T message[NR_TASKLETS];
T message_partial_count;

__attribute__((noinline)) T scan(T *output, T *input)
{
    output[0] = input[0];
#pragma unroll
    for (unsigned int j = 1; j < REGS; j++)
        output[j] = output[j - 1] + input[j];
    return output[REGS - 1];
}

__attribute__((noinline)) T handshake_sync(T l_count, unsigned int tasklet_id)
{
    T p_count;
    if (tasklet_id != 0) {
        handshake_wait_for(tasklet_id - 1);
        p_count = message[tasklet_id];
    } else
        p_count = 0;
    if (tasklet_id < NR_TASKLETS - 1) {
        message[tasklet_id + 1] = p_count + l_count;
        handshake_notify();
    }
    return p_count;
}

BARRIER_INIT(my_barrier, NR_TASKLETS);

__attribute__((noinline)) void add_(T *output, T p_count)
{
#pragma unroll
    for (unsigned int j = 0; j < REGS; j++)
        output[j] += p_count;
}

int main_kernel1(void);
int main_kernel2(void);

int (*kernels[nr_kernels])(void) = {main_kernel1, main_kernel2};

int main(void)
{
    return kernels[DPU_INPUT_ARGUMENTS.kernel]();
}

/* Scan-(handshake)scan. */
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

/* Add. */
int main_kernel2(void)
{
    unsigned int tasklet_id = me();
    if (tasklet_id == 0)
        mem_reset();
    barrier_wait(&my_barrier);

    uint32_t input_size_dpu_bytes = DPU_INPUT_ARGUMENTS.size;
    uint32_t base_tasklet = tasklet_id << BLOCK_SIZE_LOG2;
    uint32_t mram_base_addr_B = (uint32_t)(DPU_MRAM_HEAP_POINTER + input_size_dpu_bytes);

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);

    T t_count = DPU_INPUT_ARGUMENTS.t_count;

    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        mram_read((__mram_ptr void const *)(mram_base_addr_B + byte_index), cache_A, BLOCK_SIZE);
        add_(cache_A, t_count);
        mram_write(cache_A, (__mram_ptr void *)(mram_base_addr_B + byte_index), BLOCK_SIZE);
    }
    return 0;
}
