/*
 * C twin of PrIM's UNI DPU program (uPIMulator golang/uPIMulator/benchmark/UNI/dpu/task.c
 * @ 870d916, itself CMU-SAFARI/prim-benchmarks UNI/dpu/task.c), re-typed here with its build
 * settings pinned as the benchmark's dpu/CMakeLists.txt and support/common.h set them (BL=10,
 * T = int64_t, REGS = BLOCK_SIZE >> 3 = 128) so the proxy compiler sees the same loops:
 * scripts/proxy-listings.sh --suite prim compiles it for the hot regions the DSL kernel
 * charges (Sources/PrIMKernels/Workloads/UNI.swift). Not a DPU build.
 */
#include <stdint.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <handshake.h>
#include <barrier.h>

#define BLOCK_SIZE_LOG2 10
#define BLOCK_SIZE (1 << BLOCK_SIZE_LOG2)
typedef int64_t T;
#define REGS (BLOCK_SIZE >> 3)

typedef struct {
    uint32_t size;
    enum kernels {
        kernel1 = 0,
        nr_kernels = 1,
    } kernel;
} dpu_arguments_t;

typedef struct {
    uint32_t t_count;
    T first;
    T last;
} dpu_results_t;

typedef struct {
    unsigned int x;
    unsigned int y;
    unsigned int z;
} uint3;

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;
__host dpu_results_t DPU_RESULTS[NR_TASKLETS];

uint32_t message[NR_TASKLETS];
T message_value[NR_TASKLETS];
uint32_t message_offset[NR_TASKLETS];
uint32_t message_partial_count;
T message_last_from_last;

__attribute__((noinline)) unsigned int unique(T *output, T *input)
{
    unsigned int pos = 0;
    output[pos] = input[pos];
    pos++;
#pragma unroll
    for (unsigned int j = 1; j < REGS; j++) {
        if (input[j] != input[j - 1]) {
            output[pos] = input[j];
            pos++;
        }
    }
    return pos;
}

__attribute__((noinline)) uint3 handshake_sync(T *output, unsigned int l_count, unsigned int tasklet_id)
{
    unsigned int p_count, o_count, offset;
    if (tasklet_id != 0) {
        handshake_wait_for(tasklet_id - 1);
        p_count = message[tasklet_id];
        offset = (message_value[tasklet_id] == output[0]) ? 1 : 0;
        o_count = message_offset[tasklet_id];
    } else {
        p_count = 0;
        offset = (message_last_from_last == output[0]) ? 1 : 0;
        o_count = 0;
    }
    if (tasklet_id < NR_TASKLETS - 1) {
        message[tasklet_id + 1] = p_count + l_count;
        message_value[tasklet_id + 1] = output[l_count - 1];
        message_offset[tasklet_id + 1] = o_count + offset;
        handshake_notify();
    }
    uint3 result = {p_count, o_count, offset};
    return result;
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
    uint32_t mram_base_addr_B = (uint32_t)(DPU_MRAM_HEAP_POINTER + input_size_dpu_bytes);

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);
    T *cache_B = (T *)mem_alloc(BLOCK_SIZE);

    if (tasklet_id == NR_TASKLETS - 1) {
        message_partial_count = 0;
        message_last_from_last = 0xFFFFFFFF;
    }
    barrier_wait(&my_barrier);

    unsigned int i = 0;
    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        mram_read((__mram_ptr void const *)(mram_base_addr_A + byte_index), cache_A, BLOCK_SIZE);
        unsigned int l_count = unique(cache_B, cache_A);
        uint3 po_count = handshake_sync(cache_B, l_count, tasklet_id);
        mram_write(&cache_B[po_count.z], (__mram_ptr void *)(mram_base_addr_B + (message_partial_count + po_count.x - po_count.y) * sizeof(T)), l_count * sizeof(T));
        if (tasklet_id == 0 && i == 0)
            result->first = cache_B[0];
        if (tasklet_id == NR_TASKLETS - 1) {
            message_last_from_last = cache_B[l_count - 1];
            result->last = cache_B[l_count - 1];
            result->t_count = message_partial_count + po_count.x + l_count - po_count.y - po_count.z;
            message_partial_count = result->t_count;
        }
        barrier_wait(&my_barrier);
        i++;
    }
    return 0;
}
