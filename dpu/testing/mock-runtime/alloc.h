/* TEST DOUBLE of the UPMEM runtime's alloc.h (see dpu/testing/README.md). */
#ifndef MOCK_ALLOC_H
#define MOCK_ALLOC_H
#include <stddef.h>
void *mem_alloc(size_t size);
void *mem_reset(void);
#endif
