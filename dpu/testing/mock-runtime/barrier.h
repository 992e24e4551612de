/* TEST DOUBLE of the UPMEM runtime's barrier.h (see dpu/testing/README.md). */
#ifndef MOCK_BARRIER_H
#define MOCK_BARRIER_H
#include <pthread.h>
typedef struct mock_barrier {
    pthread_mutex_t lock;
    pthread_cond_t changed;
    unsigned participants;
    unsigned arrived;
    unsigned long generation;
} barrier_t;
#define BARRIER_INIT(_name, _count) \
    barrier_t _name = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, (_count), 0, 0 }
void barrier_wait(barrier_t *barrier);
#endif
