/*
 * C twin of PrIM's SEL DPU program (uPIMulator golang/uPIMulator/benchmark/SEL/dpu/task.c
 * @ 870d916, itself CMU-SAFARI/prim-benchmarks SEL/dpu/task.c), re-typed here with its
 * build settings pinned (BL=10 as dpu/CMakeLists.txt sets it; T = uint64_t, REGS =
 * BLOCK_SIZE >> 3 and the predicate as support/common.h defines them) so the proxy compiler
 * sees the same loops: scripts/proxy-listings.sh --suite prim compiles it for the hot
 * regions the DSL kernel charges (Sources/PrIMKernels/Workloads/SEL.swift). Not a DPU build.
 */
#include <stdbool.h>
#include <stdint.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <handshake.h>
#include <barrier.h>

#define BLOCK_SIZE_LOG2 10
#define BLOCK_SIZE (1 << BLOCK_SIZE_LOG2)
typedef uint64_t T;
#define REGS (BLOCK_SIZE >> 3)

typedef struct {
    uint32_t size;
    enum kernels { kernel1 = 0, nr_kernels = 1 } kernel;
} dpu_arguments_t;

typedef struct {
    uint32_t t_count;
} dpu_results_t;

bool pred(const T x)
{
    return (x % 2) == 0;
}

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;
__host dpu_results_t DPU_RESULTS[NR_TASKLETS];

uint32_t message[NR_TASKLETS];
uint32_t message_partial_count;

unsigned int __attribute__((noinline)) select(T *output, T *input)
{
    unsigned int pos = 0;
#pragma unroll
    for (unsigned int j = 0; j < REGS; j++) {
        if (!pred(input[j])) {
            output[pos] = input[j];
            pos++;
        }
    }
    return pos;
}

unsigned int __attribute__((noinline)) handshake_sync(unsigned int l_count, unsigned int tasklet_id)
{
    unsigned int p_count;
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

int main_kernel1(void);

int (*kernels[nr_kernels])(void) = { main_kernel1 };

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
    uint32_t mram_base_addr_B = (uint32_t)(DPU_MRAM_HEAP_POINTER + input_size_dpu_bytes);

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);
    T *cache_B = (T *)mem_alloc(BLOCK_SIZE);

    if (tasklet_id == NR_TASKLETS - 1)
        message_partial_count = 0;
    barrier_wait(&my_barrier);

    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        mram_read((__mram_ptr void const *)(mram_base_addr_A + byte_index), cache_A, BLOCK_SIZE);

        uint32_t l_count = select(cache_B, cache_A);

        uint32_t p_count = handshake_sync(l_count, tasklet_id);

        barrier_wait(&my_barrier);

        mram_write(cache_B, (__mram_ptr void *)(mram_base_addr_B + (message_partial_count + p_count) * sizeof(T)), l_count * sizeof(T));

        if (tasklet_id == NR_TASKLETS - 1) {
            result->t_count = message_partial_count + p_count + l_count;
            message_partial_count = result->t_count;
        }
    }
    return 0;
}
