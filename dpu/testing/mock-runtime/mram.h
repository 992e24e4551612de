/* TEST DOUBLE of the UPMEM runtime's mram.h (see dpu/testing/README.md). */
#ifndef MOCK_MRAM_H
#define MOCK_MRAM_H
#include <stdint.h>
#include "attributes.h"
extern uint8_t *mock_mram_heap;
#define DPU_MRAM_HEAP_POINTER ((void *)mock_mram_heap)
void mram_read(const void *from, void *to, unsigned int nb_of_bytes);
void mram_write(const void *from, void *to, unsigned int nb_of_bytes);
#endif
