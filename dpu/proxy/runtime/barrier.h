/* Proxy runtime (dpu/proxy/README.md): opaque calls, outside every counted region. */
#ifndef PROXY_BARRIER_H
#define PROXY_BARRIER_H
typedef struct proxy_barrier { unsigned count; } barrier_t;
#define BARRIER_INIT(_name, _count) barrier_t _name = { (_count) }
void barrier_wait(barrier_t *barrier);
#endif
