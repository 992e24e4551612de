/* Proxy runtime (dpu/proxy/README.md): the DPU attributes as no-ops. */
#ifndef PROXY_ATTRIBUTES_H
#define PROXY_ATTRIBUTES_H
#define __host __attribute__((used))
#define __dma_aligned __attribute__((aligned(8)))
#define __mram_ptr
#define __mram
#define __mram_noinit
#endif
