/*
 * TEST DOUBLE (see dpu/testing/README.md): runs a BTHOWeN DPU program on the host, one
 * thread per tasklet, so that tests can check the programs' results without a UPMEM
 * server. It checks the SDK's DMA rules and the WRAM budget and aborts on a violation.
 * It models no timing.
 *
 * Build: clang -shared -fPIC -DNR_TASKLETS=N -Dmain=bthowen_dpu_main
 *        -I dpu/testing/mock-runtime -I dpu/include dpu/src/<kernel>.c mock_runtime.c
 * Entry: mock_dpu_run(mram, bytes) runs main() on NR_TASKLETS threads over that MRAM and
 *        returns how many tasklets' main() returned non-zero (-1 if a thread did not start).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "barrier.h"
#include "defs.h"
#include "mram.h"
#include "perfcounter.h"
#include "sem.h"

#ifndef NR_TASKLETS
#error "build with -DNR_TASKLETS=N"
#endif

#define MOCK_WRAM_BYTES (64 * 1024)
#define MOCK_STACK_BYTES 1024

int bthowen_dpu_main(void);

uint8_t *mock_mram_heap;
static size_t mock_mram_bytes;
static _Thread_local unsigned mock_tasklet;
static _Thread_local uint64_t mock_dmas;
static uint8_t mock_wram[MOCK_WRAM_BYTES] __attribute__((aligned(8)));
static size_t mock_heap;
static pthread_mutex_t mock_heap_lock = PTHREAD_MUTEX_INITIALIZER;

static void mock_fault(const char *what, const void *mram, const void *wram, unsigned bytes)
{
    fprintf(stderr, "mock DPU runtime: tasklet %u: %s (mram offset %td, wram %p, %u bytes)\n", mock_tasklet, what,
            (const uint8_t *)mram - mock_mram_heap, wram, bytes);
    abort();
}

static void mock_check_dma(const void *mram, const void *wram, unsigned bytes)
{
    const uint8_t *m = mram;
    if (bytes < 8 || bytes > 2048 || bytes % 8 != 0)
        mock_fault("DMA size not a multiple of 8 in 8...2048", mram, wram, bytes);
    if (m < mock_mram_heap || m + bytes > mock_mram_heap + mock_mram_bytes)
        mock_fault("DMA outside MRAM", mram, wram, bytes);
    if ((size_t)(m - mock_mram_heap) % 8 != 0)
        mock_fault("MRAM address not 8-byte aligned", mram, wram, bytes);
    if ((uintptr_t)wram % 8 != 0)
        mock_fault("WRAM address not 8-byte aligned", mram, wram, bytes);
}

sysname_t mock_me(void) { return mock_tasklet; }

void mram_read(const void *from, void *to, unsigned int nb_of_bytes)
{
    mock_check_dma(from, to, nb_of_bytes);
    memcpy(to, from, nb_of_bytes);
    mock_dmas++;
}

void mram_write(const void *from, void *to, unsigned int nb_of_bytes)
{
    mock_check_dma(to, from, nb_of_bytes);
    memcpy(to, from, nb_of_bytes);
    mock_dmas++;
}

void *mem_alloc(size_t size)
{
    pthread_mutex_lock(&mock_heap_lock);
    size_t start = (mock_heap + 7) & ~(size_t)7;
    if (start + size > MOCK_WRAM_BYTES - NR_TASKLETS * MOCK_STACK_BYTES) {
        fprintf(stderr, "mock DPU runtime: tasklet %u: mem_alloc(%zu) overflows WRAM (%zu bytes of heap in use)\n",
                mock_tasklet, size, start);
        abort();
    }
    mock_heap = start + size;
    pthread_mutex_unlock(&mock_heap_lock);
    return mock_wram + start;
}

void *mem_reset(void)
{
    pthread_mutex_lock(&mock_heap_lock);
    mock_heap = 0;
    pthread_mutex_unlock(&mock_heap_lock);
    return mock_wram;
}

void barrier_wait(barrier_t *barrier)
{
    pthread_mutex_lock(&barrier->lock);
    unsigned long generation = barrier->generation;
    if (++barrier->arrived == barrier->participants) {
        barrier->arrived = 0;
        barrier->generation++;
        pthread_cond_broadcast(&barrier->changed);
    } else {
        while (barrier->generation == generation)
            pthread_cond_wait(&barrier->changed, &barrier->lock);
    }
    pthread_mutex_unlock(&barrier->lock);
}

void sem_take(sem_t *sem)
{
    pthread_mutex_lock(&sem->lock);
    while (sem->count <= 0)
        pthread_cond_wait(&sem->changed, &sem->lock);
    sem->count--;
    pthread_mutex_unlock(&sem->lock);
}

void sem_give(sem_t *sem)
{
    pthread_mutex_lock(&sem->lock);
    sem->count++;
    pthread_cond_broadcast(&sem->changed);
    pthread_mutex_unlock(&sem->lock);
}

perfcounter_t perfcounter_config(perfcounter_config_t config, bool reset_value)
{
    (void)config;
    (void)reset_value;
    return 0;
}

perfcounter_t perfcounter_get(void) { return mock_dmas + 1; }

static int mock_status[NR_TASKLETS];

static void *mock_run_tasklet(void *argument)
{
    mock_tasklet = (unsigned)(uintptr_t)argument;
    mock_dmas = 0;
    mock_status[mock_tasklet] = bthowen_dpu_main();
    return NULL;
}

/* Runs the program's main() on NR_TASKLETS threads over `mram`: 0 when every tasklet's
 * main() returned 0, else how many returned non-zero; -1 if a thread could not start. */
int mock_dpu_run(uint8_t *mram, size_t mram_bytes)
{
    mock_mram_heap = mram;
    mock_mram_bytes = mram_bytes;
    pthread_t threads[NR_TASKLETS];
    for (unsigned t = 0; t < NR_TASKLETS; t++)
        if (pthread_create(&threads[t], NULL, mock_run_tasklet, (void *)(uintptr_t)t) != 0)
            return -1;
    int failed = 0;
    for (unsigned t = 0; t < NR_TASKLETS; t++) {
        pthread_join(threads[t], NULL);
        failed += mock_status[t] != 0;
    }
    return failed;
}
