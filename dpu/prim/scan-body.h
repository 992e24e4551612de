/*
 * The part shared by the C twins of PrIM's SCAN-RSS and SCAN-SSA DPU programs (uPIMulator's
 * benchmark/SCAN-RSS/dpu/task.c and benchmark/SCAN-SSA/dpu/task.c @ 870d916 agree line for
 * line up to their kernels): the build settings, argument and result blocks, the scan,
 * handshake and add helpers, the barrier and the dispatch main. SCAN-RSS defines
 * SCAN_REDUCTION before including this, which compiles its reduction helper where its
 * task.c has it (so each listing keeps its functions in the original order); its kernels
 * (main_kernel1, main_kernel2) follow in scan-rss.c and scan-ssa.c.
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

#ifdef SCAN_REDUCTION
__attribute__((noinline)) T reduction(T *input)
{
    T output = 0;
#pragma unroll
    for (unsigned int j = 0; j < REGS; j++)
        output += input[j];
    return output;
}
#endif

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
