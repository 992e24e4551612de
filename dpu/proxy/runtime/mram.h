/*
 * Proxy runtime (dpu/proxy/README.md). On the DPU, mram_read/mram_write with a constant
 * size compile to one ldma/sdma instruction, which the simulator charges with the DMA
 * itself (Tasklet.mramRead/mramWrite), not with a region's instruction mix. Here each
 * becomes an inline-assembly comment ("#DMA ...") that emits no instruction but, like
 * ldma/sdma, needs its MRAM and WRAM addresses in registers and orders memory around it.
 */
#ifndef PROXY_MRAM_H
#define PROXY_MRAM_H
#include <stdint.h>
#include "attributes.h"
extern uint8_t __sys_used_mram_end[];
#define DPU_MRAM_HEAP_POINTER ((void *)__sys_used_mram_end)
#define mram_read(from, to, bytes) \
    __asm__ volatile("#DMA mram_read %0 -> %1" : : "r"(from), "r"(to), "ri"(bytes) : "memory")
#define mram_write(from, to, bytes) \
    __asm__ volatile("#DMA mram_write %0 -> %1" : : "r"(from), "r"(to), "ri"(bytes) : "memory")
#endif
