/* TEST DOUBLE of the UPMEM runtime's sem.h (see dpu/testing/README.md). */
#ifndef MOCK_SEM_H
#define MOCK_SEM_H
#include <pthread.h>
typedef struct mock_sem {
    pthread_mutex_t lock;
    pthread_cond_t changed;
    int count;
} sem_t;
#define SEMAPHORE_INIT(_name, _counter) \
    sem_t _name = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, (_counter) }
void sem_take(sem_t *sem);
void sem_give(sem_t *sem);
#endif
