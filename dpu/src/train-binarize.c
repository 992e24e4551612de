/*
 * train-binarize — the last step of training on UPMEM DPUs (BTHOWEN_KERNEL_BINARIZE):
 * per owned pair, bits[pair][e / 64] bit e % 64 = (counter e >= threshold[0]), 512
 * counters at a time; the host pulls the bits and writes the model file.
 */
#define BTHOWEN_TABLES 0
#define BTHOWEN_STREAM_BYTES 512
#include "bthowen_train_dpu.h"

__dma_aligned uint64_t bit_words[NR_TASKLETS][BTHOWEN_ENTRIES / 64];
BARRIER_INIT(barrier, NR_TASKLETS);
BTHOWEN_ASSERT_WRAM(sizeof(bit_words));

static int binarize(void) {
    const uint32_t t = me(), table_bytes = BTHOWEN_ENTRIES * 4u, threshold = args.threshold[0];
    const uint32_t *counters_in = (const uint32_t *)stream_buffer[t];
    for (uint32_t l = t; l < args.pairs; l += NR_TASKLETS) {
        const uint32_t counters = args.counters + l * table_bytes;
        for (uint32_t off = 0; off < table_bytes; off += BTHOWEN_STREAM_BYTES) {
            const uint32_t m = table_bytes - off < BTHOWEN_STREAM_BYTES ? table_bytes - off : BTHOWEN_STREAM_BYTES;
            mram_read(BTHOWEN_MRAM(counters + off), stream_buffer[t], m);
            for (uint32_t w = 0; w < m / 256u; w++) {
                uint64_t word = 0;
                for (uint32_t e = 0; e < 64; e++) {
                    if (counters_in[w * 64u + e] >= threshold) word |= (uint64_t)1 << e;
                }
                bit_words[t][off / 256u + w] = word;
            }
        }
        bthowen_write(bit_words[t], args.bits + l * (BTHOWEN_ENTRIES / 8u), BTHOWEN_ENTRIES / 8u);
    }
    return 0;
}

int main(void) {
    read_arguments(BTHOWEN_KERNEL_BINARIZE, 0);
    barrier_wait(&barrier);
    if (!arguments_ok) return 1;
    return binarize();
}
