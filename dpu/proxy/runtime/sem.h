/* Proxy runtime (dpu/proxy/README.md): opaque calls, outside every counted region. */
#ifndef PROXY_SEM_H
#define PROXY_SEM_H
typedef struct proxy_sem { int count; } sem_t;
#define SEMAPHORE_INIT(_name, _counter) sem_t _name = { (_counter) }
void sem_take(sem_t *sem);
void sem_give(sem_t *sem);
#endif
