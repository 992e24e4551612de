/*
 * C twin of PrIM's HST-S DPU program (uPIMulator golang/uPIMulator/benchmark/HST-S/dpu/task.c
 * @ 870d916, itself CMU-SAFARI/prim-benchmarks HST-S/dpu/task.c), re-typed here with its
 * build settings pinned (BL=10 as dpu/CMakeLists.txt sets it; T = uint32_t, DEPTH = 12 as
 * support/common.h defines them) so the proxy compiler sees the same loops:
 * scripts/proxy-listings.sh --suite prim compiles it for the hot regions the DSL kernel
 * charges (Sources/PrIMKernels/Workloads/HSTS.swift). Not a DPU build.
 */
#include <stdint.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <barrier.h>

#define BLOCK_SIZE_LOG2 10
#define BLOCK_SIZE (1 << BLOCK_SIZE_LOG2)
#define DIV 2
#define DEPTH 12
typedef uint32_t T;

typedef struct {
    uint32_t size;
    uint32_t transfer_size;
    uint32_t bins;
    enum kernels { kernel1 = 0, nr_kernels = 1 } kernel;
} dpu_arguments_t;

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;

uint32_t *message[NR_TASKLETS];
uint32_t *histo_dpu;

BARRIER_INIT(my_barrier, NR_TASKLETS);

__attribute__((noinline)) void histogram(uint32_t *histo, uint32_t bins, T *input, unsigned int l_size)
{
    for (unsigned int j = 0; j < l_size; j++) {
        T d = input[j];
        histo[(d * bins) >> DEPTH] += 1;
    }
}

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

    uint32_t input_size_dpu_bytes = DPU_INPUT_ARGUMENTS.size;
    uint32_t input_size_dpu_bytes_transfer = DPU_INPUT_ARGUMENTS.transfer_size;
    uint32_t bins = DPU_INPUT_ARGUMENTS.bins;

    uint32_t base_tasklet = tasklet_id << BLOCK_SIZE_LOG2;
    uint32_t mram_base_addr_A = (uint32_t)DPU_MRAM_HEAP_POINTER;
    uint32_t mram_base_addr_histo = (uint32_t)(DPU_MRAM_HEAP_POINTER + input_size_dpu_bytes_transfer);

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);
    uint32_t *histo = (uint32_t *)mem_alloc(bins * sizeof(uint32_t));

    for (unsigned int i = 0; i < bins; i++)
        histo[i] = 0;

    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        uint32_t l_size_bytes = (byte_index + BLOCK_SIZE >= input_size_dpu_bytes) ? (input_size_dpu_bytes - byte_index) : BLOCK_SIZE;
        mram_read((const __mram_ptr void *)(mram_base_addr_A + byte_index), cache_A, l_size_bytes);
        histogram(histo, bins, cache_A, l_size_bytes >> DIV);
    }
    message[tasklet_id] = histo;

    barrier_wait(&my_barrier);

    uint32_t *histo_dpu = message[0];
    for (unsigned int i = tasklet_id; i < bins; i += NR_TASKLETS) {
        uint32_t b = 0;
        for (unsigned int j = 0; j < NR_TASKLETS; j++)
            b += *(message[j] + i);
        histo_dpu[i] = b;
    }

    barrier_wait(&my_barrier);

    if (tasklet_id == 0) {
        if (bins * sizeof(uint32_t) <= 2048)
            mram_write(histo_dpu, (__mram_ptr void *)(mram_base_addr_histo), bins * sizeof(uint32_t));
        else
            for (unsigned int offset = 0; offset < ((bins * sizeof(uint32_t)) >> 11); offset++)
                mram_write(histo_dpu + (offset << 9), (__mram_ptr void *)(mram_base_addr_histo + (offset << 11)), 2048);
    }
    return 0;
}
