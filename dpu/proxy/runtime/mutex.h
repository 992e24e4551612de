/*
 * Proxy runtime (dpu/proxy/README.md). In the DPU runtime (syslib/mutex.h) mutex_lock and
 * mutex_unlock are static inline `acquire`/`release` instructions on the mutex's address,
 * with no memory clobber; here each is an inline-assembly comment ("#MUTEX ...") that emits
 * no instruction but, like acquire/release, needs the address in a register. The simulator
 * charges the acquire/release (Tasklet.mutexLock/mutexUnlock), not a region.
 */
#ifndef PROXY_MUTEX_H
#define PROXY_MUTEX_H
#include <stdint.h>
typedef uint8_t *mutex_id_t;
#define MUTEX_GET(_name) _name
#define MUTEX_INIT(_name) \
    uint8_t __proxy_mutex_##_name; \
    const mutex_id_t MUTEX_GET(_name) = &__proxy_mutex_##_name
#define mutex_lock(mutex) __asm__ volatile("#MUTEX acquire %0" : : "r"(mutex) :)
#define mutex_unlock(mutex) __asm__ volatile("#MUTEX release %0" : : "r"(mutex) :)
#endif
