/*
 * bthowen_mram.h — the MRAM helpers every BTHOWeN DPU program shares (inference:
 * bthowen_dpu.h; training: bthowen_train_dpu.h), declared once.
 */
#ifndef BTHOWEN_MRAM_H
#define BTHOWEN_MRAM_H

#include <stdint.h>
#include <mram.h>

/* The largest single mram_read/mram_write (UPMEM SDK mram.h: 8...2048 bytes, multiple of 8). */
#define BTHOWEN_DMA_MAX 2048u

/* The MRAM byte at `offset` from the start of the free MRAM (where the host's transfers land). */
#define BTHOWEN_MRAM(offset) ((__mram_ptr uint8_t *)DPU_MRAM_HEAP_POINTER + (offset))

static inline uint32_t bthowen_round_up8(uint32_t x) { return (x + 7u) & ~7u; }

/* mram_read of any multiple of 8 bytes, as consecutive DMAs of at most 2048 bytes. */
static inline void bthowen_read(uint32_t mram_offset, void *wram, uint32_t bytes)
{
    for (uint32_t done = 0; done < bytes; done += BTHOWEN_DMA_MAX) {
        uint32_t n = bytes - done < BTHOWEN_DMA_MAX ? bytes - done : BTHOWEN_DMA_MAX;
        mram_read(BTHOWEN_MRAM(mram_offset + done), (uint8_t *)wram + done, n);
    }
}

/* mram_write of any multiple of 8 bytes, as consecutive DMAs of at most 2048 bytes. */
static inline void bthowen_write(const void *wram, uint32_t mram_offset, uint32_t bytes)
{
    for (uint32_t done = 0; done < bytes; done += BTHOWEN_DMA_MAX) {
        uint32_t n = bytes - done < BTHOWEN_DMA_MAX ? bytes - done : BTHOWEN_DMA_MAX;
        mram_write((const uint8_t *)wram + done, BTHOWEN_MRAM(mram_offset + done), n);
    }
}

#endif
