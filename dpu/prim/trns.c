/*
 * C twin of PrIM's TRNS DPU program (uPIMulator golang/uPIMulator/benchmark/TRNS/dpu/task.c
 * @ 870d916, itself CMU-SAFARI/prim-benchmarks TRNS/dpu/task.c), re-typed here with its
 * build settings pinned (T = int64_t as support/common.h defines it; BL is not used by the
 * DPU code) so the proxy compiler sees the same loops: scripts/proxy-listings.sh --suite
 * prim compiles it for the hot regions the DSL kernel charges
 * (Sources/PrIMKernels/Workloads/TRNS.swift). Not a DPU build.
 */
#include <stdint.h>
#include <defs.h>
#include <mram.h>
#include <alloc.h>
#include <mutex.h>
#include <barrier.h>

typedef int64_t T;

typedef struct {
    uint32_t m;
    uint32_t n;
    uint32_t M_;
    enum kernels { kernel1 = 0, kernel2 = 1, nr_kernels = 2 } kernel;
} dpu_arguments_t;

__host dpu_arguments_t DPU_INPUT_ARGUMENTS;

uint32_t curr_tile = 0;
uint32_t get_tile();
void read_tile_step2(uint32_t A, uint32_t offset, T *variable, uint32_t m, uint32_t n);
void write_tile_step2(uint32_t A, uint32_t offset, T *variable, uint32_t m, uint32_t n);
void read_tile_step3(uint32_t A, uint32_t offset, T *variable, uint32_t m);
void write_tile_step3(uint32_t A, uint32_t offset, T *variable, uint32_t m);
_Bool get_done(uint32_t done_array_step3, uint32_t address, T *read_done);
_Bool get_and_set_done(uint32_t done_array_step3, uint32_t address, T *read_done);

BARRIER_INIT(my_barrier, NR_TASKLETS);

MUTEX_INIT(tile_mutex);
MUTEX_INIT(done_mutex);

int main_kernel1(void);
int main_kernel2(void);

int (*kernels[nr_kernels])(void) = { main_kernel1, main_kernel2 };

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

    uint32_t A = (uint32_t)DPU_MRAM_HEAP_POINTER;
    uint32_t M_ = DPU_INPUT_ARGUMENTS.M_;
    uint32_t m = DPU_INPUT_ARGUMENTS.m;
    uint32_t n = DPU_INPUT_ARGUMENTS.n;

    T *data = (T *)mem_alloc(m * n * sizeof(T));
    T *backup = (T *)mem_alloc(m * n * sizeof(T));

    for (unsigned int tile = tasklet_id; tile < M_; tile += NR_TASKLETS) {
        read_tile_step2(A, tile * m * n, data, m, n);
        for (unsigned int i = 0; i < m * n; i++)
            backup[(i * m) - (m * n - 1) * (i / n)] = data[i];
        write_tile_step2(A, tile * m * n, backup, m, n);
    }
    return 0;
}

int main_kernel2(void)
{
    unsigned int tasklet_id = me();
    if (tasklet_id == 0)
        mem_reset();
    barrier_wait(&my_barrier);

    uint32_t A = (uint32_t)DPU_MRAM_HEAP_POINTER;
    uint32_t m = DPU_INPUT_ARGUMENTS.m;
    uint32_t n = DPU_INPUT_ARGUMENTS.n;
    uint32_t M_ = DPU_INPUT_ARGUMENTS.M_;
    uint32_t done_array = (uint32_t)(DPU_MRAM_HEAP_POINTER + M_ * m * n * sizeof(T));

    const uint32_t tile_max = M_ * n - 1;

    T *data = (T *)mem_alloc(sizeof(T) * m);
    T *backup = (T *)mem_alloc(sizeof(T) * m);
    T *read_done = (T *)mem_alloc(sizeof(T));

    uint32_t tile;
    _Bool done;

    tile = get_tile();

    while (tile < tile_max) {
        uint32_t next_in_cycle = ((tile * M_) - tile_max * (tile / n));
        if (next_in_cycle == tile) {
            tile = get_tile();
            continue;
        }
        read_tile_step3(A, tile * m, data, m);

        done = get_done(done_array, tile, read_done);
        for (; done == 0; next_in_cycle = ((next_in_cycle * M_) - tile_max * (next_in_cycle / n))) {
            read_tile_step3(A, next_in_cycle * m, backup, m);

            done = get_and_set_done(done_array, next_in_cycle, read_done);

            if (!done)
                write_tile_step3(A, next_in_cycle * m, data, m);
            for (uint32_t i = 0; i < m; i++)
                data[i] = backup[i];
        }
        tile = get_tile();
    }
    return 0;
}

uint32_t __attribute__((noinline)) get_tile()
{
    mutex_lock(tile_mutex);
    uint32_t value = curr_tile;
    curr_tile++;
    mutex_unlock(tile_mutex);
    return value;
}

void __attribute__((noinline)) read_tile_step2(uint32_t A, uint32_t offset, T *variable, uint32_t m, uint32_t n)
{
    int rest = m * n;
    int transfer;
    while (rest > 0) {
        if (rest * sizeof(T) > 2048)
            transfer = 2048 / sizeof(T);
        else
            transfer = rest;
        mram_read((__mram_ptr void *)(A + (offset + m * n - rest) * sizeof(T)), variable + (m * n - rest) * sizeof(T), sizeof(T) * transfer);
        rest -= transfer;
    }
}

void __attribute__((noinline)) write_tile_step2(uint32_t A, uint32_t offset, T *variable, uint32_t m, uint32_t n)
{
    int rest = m * n;
    int transfer;
    while (rest > 0) {
        if (rest * sizeof(T) > 2048)
            transfer = 2048 / sizeof(T);
        else
            transfer = rest;
        mram_write(variable + (m * n - rest) * sizeof(T), (__mram_ptr void *)(A + (offset + m * n - rest) * sizeof(T)), sizeof(T) * transfer);
        rest -= transfer;
    }
}

void __attribute__((noinline)) read_tile_step3(uint32_t A, uint32_t offset, T *variable, uint32_t m)
{
    mram_read((__mram_ptr void *)(A + offset * sizeof(T)), variable, sizeof(T) * m);
}

void __attribute__((noinline)) write_tile_step3(uint32_t A, uint32_t offset, T *variable, uint32_t m)
{
    mram_write(variable, (__mram_ptr void *)(A + offset * sizeof(T)), sizeof(T) * m);
}

_Bool __attribute__((noinline)) get_done(uint32_t done_array_step3, uint32_t address, T *read_done)
{
    uint32_t result;

    mutex_lock(done_mutex);
    mram_read((__mram_ptr void *)(done_array_step3 + address), read_done, sizeof(T));
    result = ((*read_done & (0x01 << (address % sizeof(T)))) != 0);
    mutex_unlock(done_mutex);

    return (_Bool)result;
}

_Bool __attribute__((noinline)) get_and_set_done(uint32_t done_array_step3, uint32_t address, T *read_done)
{
    uint32_t result;

    mutex_lock(done_mutex);
    mram_read((__mram_ptr void *)(done_array_step3 + address), read_done, sizeof(T));
    result = ((*read_done & (0x01 << (address % sizeof(T)))) != 0);
    *read_done |= (0x01 << (address % sizeof(T)));
    mram_write(read_done, (__mram_ptr void *)(done_array_step3 + address), sizeof(T));
    mutex_unlock(done_mutex);

    return (_Bool)result;
}
