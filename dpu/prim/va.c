/*
 * C twin of PrIM's VA DPU program (uPIMulator golang/uPIMulator/benchmark/VA/dpu/task.c
 * @ 870d916, itself CMU-SAFARI/prim-benchmarks VA/dpu/task.c), re-typed here with its
 * build settings pinned (BL=10, INT32, as the benchmark's CMakeLists.txt sets them) so the
 * proxy compiler sees the same loops: scripts/proxy-listings.sh --suite prim compiles it
 * for the hot regions the DSL kernel charges (Sources/PrIMKernels/Workloads/VA.swift).
 * Not a DPU build.
 */
#include <stdint.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <barrier.h>

#define BLOCK_SIZE_LOG2 10
#define BLOCK_SIZE (1 << BLOCK_SIZE_LOG2)
#define DIV 2
typedef int32_t T;

typedef struct {
    uint32_t size;
    uint32_t transfer_size;
    uint32_t kernel;
} dpu_arguments_t;

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;

__attribute__((noinline)) void vector_addition(T *bufferB, T *bufferA, unsigned int l_size)
{
    for (unsigned int i = 0; i < l_size; i++)
        bufferB[i] += bufferA[i];
}

BARRIER_INIT(my_barrier, NR_TASKLETS);

int main(void)
{
    unsigned int tasklet_id = me();
    if (tasklet_id == 0)
        mem_reset();
    barrier_wait(&my_barrier);

    uint32_t input_size_dpu_bytes = DPU_INPUT_ARGUMENTS.size;
    uint32_t input_size_dpu_bytes_transfer = DPU_INPUT_ARGUMENTS.transfer_size;
    uint32_t base_tasklet = tasklet_id << BLOCK_SIZE_LOG2;
    uint32_t mram_base_addr_A = (uint32_t)DPU_MRAM_HEAP_POINTER;
    uint32_t mram_base_addr_B = (uint32_t)(DPU_MRAM_HEAP_POINTER + input_size_dpu_bytes_transfer);

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);
    T *cache_B = (T *)mem_alloc(BLOCK_SIZE);

    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        uint32_t l_size_bytes = (byte_index + BLOCK_SIZE >= input_size_dpu_bytes) ? (input_size_dpu_bytes - byte_index) : BLOCK_SIZE;
        mram_read((__mram_ptr void const *)(mram_base_addr_A + byte_index), cache_A, l_size_bytes);
        mram_read((__mram_ptr void const *)(mram_base_addr_B + byte_index), cache_B, l_size_bytes);
        vector_addition(cache_B, cache_A, l_size_bytes >> DIV);
        mram_write(cache_B, (__mram_ptr void *)(mram_base_addr_B + byte_index), l_size_bytes);
    }
    return 0;
}
