/* TEST DOUBLE of the UPMEM runtime's attributes.h (see dpu/testing/README.md). */
#ifndef MOCK_ATTRIBUTES_H
#define MOCK_ATTRIBUTES_H
#define __host __attribute__((used))
#define __dma_aligned __attribute__((aligned(8)))
#define __mram_ptr
#define __mram
#define __mram_noinit
#endif
