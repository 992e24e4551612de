/* Proxy runtime (dpu/proxy/README.md): opaque calls, outside every counted region. */
#ifndef PROXY_ALLOC_H
#define PROXY_ALLOC_H
#include <stddef.h>
void *mem_alloc(size_t size);
void *mem_reset(void);
#endif
