/*
 * C twin of PrIM's HST-L DPU program (uPIMulator golang/uPIMulator/benchmark/HST-L/dpu/task.c
 * @ 870d916, itself CMU-SAFARI/prim-benchmarks HST-L/dpu/task.c), re-typed here with its
 * build settings pinned (BL=10 and NR_HISTO=1 as dpu/CMakeLists.txt sets them; T = uint32_t,
 * DEPTH = 12 as support/common.h defines them) so the proxy compiler sees the same loops:
 * scripts/proxy-listings.sh --suite prim compiles it for the hot regions the DSL kernel
 * charges (Sources/PrIMKernels/Workloads/HSTL.swift). The SDK's barrier_t (wait_queue,
 * count, initial_count, lock: four bytes) is spelled out as sdk_barrier_t for the
 * initialisation loop, since the proxy's barrier.h keeps only a count. Not a DPU build.
 */
#include <stdint.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <barrier.h>
#include <atomic_bit.h>
#include <mutex.h>

#define BLOCK_SIZE_LOG2 10
#define BLOCK_SIZE (1 << BLOCK_SIZE_LOG2)
#define NR_HISTO 1
#define DIV 2
#define DEPTH 12
typedef uint32_t T;

typedef struct {
    uint32_t size;
    uint32_t transfer_size;
    uint32_t bins;
    enum kernels { kernel1 = 0, nr_kernels = 1 } kernel;
} dpu_arguments_t;

typedef struct {
    uint8_t wait_queue;
    uint8_t count;
    uint8_t initial_count;
    uint8_t lock;
} sdk_barrier_t;

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;

uint32_t *message[NR_TASKLETS];
uint32_t *histo_dpu;

BARRIER_INIT(my_barrier, NR_TASKLETS);
ATOMIC_BIT_INIT(barriers_mutexes)[NR_HISTO];
sdk_barrier_t barriers[NR_HISTO];

mutex_id_t my_mutex[NR_HISTO];

__attribute__((noinline)) void histogram(uint32_t *histo, uint32_t bins, T *input, uint32_t histo_id, unsigned int l_size)
{
    for (unsigned int j = 0; j < l_size; j++) {
        T d = (input[j] * bins) >> DEPTH;
        mutex_lock(my_mutex[histo_id]);
        histo[d] += 1;
        mutex_unlock(my_mutex[histo_id]);
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
    unsigned int l_tasklet_id = tasklet_id / NR_HISTO;
    unsigned int nr_l_tasklet = NR_TASKLETS / NR_HISTO;
    unsigned int my_histo_id = tasklet_id & (NR_HISTO - 1);

    if (tasklet_id == 0) {
        mem_reset();
        for (unsigned int each_barrier = 0; each_barrier < NR_HISTO; each_barrier++) {
            barriers[each_barrier].wait_queue = 0xff;
            barriers[each_barrier].count = nr_l_tasklet;
            barriers[each_barrier].initial_count = nr_l_tasklet;
            barriers[each_barrier].lock = (uint8_t)(uintptr_t)&ATOMIC_BIT_GET(barriers_mutexes)[each_barrier];
        }
    }
    barrier_wait(&my_barrier);

    uint32_t input_size_dpu_bytes = DPU_INPUT_ARGUMENTS.size;
    uint32_t input_size_dpu_bytes_transfer = DPU_INPUT_ARGUMENTS.transfer_size;
    uint32_t bins = DPU_INPUT_ARGUMENTS.bins;

    uint32_t base_tasklet = tasklet_id << BLOCK_SIZE_LOG2;
    uint32_t mram_base_addr_A = (uint32_t)DPU_MRAM_HEAP_POINTER;
    uint32_t mram_base_addr_histo = (uint32_t)(DPU_MRAM_HEAP_POINTER + input_size_dpu_bytes_transfer);

    T *cache_A = (T *)mem_alloc(BLOCK_SIZE);

    if (tasklet_id < NR_HISTO) {
        uint32_t *histo = (uint32_t *)mem_alloc(bins * sizeof(uint32_t));
        message[tasklet_id] = histo;
    }
    barrier_wait((barrier_t *)&barriers[my_histo_id]);

    uint32_t *my_histo = message[my_histo_id];

    for (unsigned int i = l_tasklet_id; i < bins; i += nr_l_tasklet)
        my_histo[i] = 0;
    barrier_wait((barrier_t *)&barriers[my_histo_id]);

    for (unsigned int byte_index = base_tasklet; byte_index < input_size_dpu_bytes; byte_index += BLOCK_SIZE * NR_TASKLETS) {
        uint32_t l_size_bytes = (byte_index + BLOCK_SIZE >= input_size_dpu_bytes) ? (input_size_dpu_bytes - byte_index) : BLOCK_SIZE;
        mram_read((const __mram_ptr void *)(mram_base_addr_A + byte_index), cache_A, l_size_bytes);
        histogram(my_histo, bins, cache_A, my_histo_id, l_size_bytes >> DIV);
    }

    barrier_wait(&my_barrier);

    uint32_t *histo_dpu = message[0];
    for (unsigned int i = tasklet_id; i < bins; i += NR_TASKLETS) {
        uint32_t b = 0;
        for (unsigned int j = 0; j < NR_HISTO; j++)
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
