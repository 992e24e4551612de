/*
 * train-bleach-score — bleaching, step 2, on UPMEM DPUs (BTHOWEN_KERNEL_BLEACH_SCORE), one
 * launch per round of the coarse-to-fine search.
 *
 * Per validation image, owned class and candidate b (up to BTHOWEN_MAX_CANDIDATES): the
 * number of owned filters of that class whose minimum is >= b -> responses
 * [image][BTHOWEN_MAX_CANDIDATES][classes_owned] (uint16). Tasklets take (pair, block of a
 * WRAM batch's images) items and count into private partials; after a barrier each tasklet
 * sums a share of the batch's images over all partials. The host adds the DPUs' partial
 * responses, takes the argmax per image and candidate, and picks the next candidates.
 */
#define BTHOWEN_NO_STREAMS
#include "bthowen_train_dpu.h"

/* The batch of images: the largest of 64...4 whose buffers fit (TrainingKernels.scoreBatch). */
#define SCORE_BLOCK_BYTES(b) ((((b) * BTHOWEN_MAX_CANDIDATES * BTHOWEN_CLASSES * 2) + 7) / 8 * 8)
#define SCORE_FITS(b) (104 + NR_TASKLETS * (16 + 8 * BTHOWEN_HASHES + 8 + STACK_SIZE_DEFAULT) + 128 \
    + NR_TASKLETS * (SCORE_BLOCK_BYTES(b) + (b) * 4) + SCORE_BLOCK_BYTES(b) <= BTHOWEN_WRAM_BYTES)
#ifndef BTHOWEN_SCORE_BATCH
#  if SCORE_FITS(64)
#    define BTHOWEN_SCORE_BATCH 64
#  elif SCORE_FITS(32)
#    define BTHOWEN_SCORE_BATCH 32
#  elif SCORE_FITS(16)
#    define BTHOWEN_SCORE_BATCH 16
#  elif SCORE_FITS(8)
#    define BTHOWEN_SCORE_BATCH 8
#  else
#    define BTHOWEN_SCORE_BATCH 4
#  endif
#endif
#define BLOCK (BTHOWEN_SCORE_BATCH * BTHOWEN_MAX_CANDIDATES * BTHOWEN_CLASSES)

__dma_aligned uint16_t partials[NR_TASKLETS][(BLOCK + 3) & ~3];
__dma_aligned uint16_t responses[(BLOCK + 3) & ~3];
__dma_aligned uint32_t minima_slice[NR_TASKLETS][BTHOWEN_SCORE_BATCH];
BARRIER_INIT(barrier, NR_TASKLETS);
BTHOWEN_ASSERT_WRAM(sizeof(partials) + sizeof(responses) + sizeof(minima_slice));

static int bleach_score(void) {
    const uint32_t t = me(), owned = args.classes_owned, candidates = args.candidates, tasklets = args.tasklets;
    if (candidates < 1 || candidates > BTHOWEN_MAX_CANDIDATES || owned < 1 || owned > BTHOWEN_CLASSES) return 1;
    const uint32_t row_bytes = BTHOWEN_MAX_CANDIDATES * owned * 2u;
    const uint32_t used = BTHOWEN_SCORE_BATCH * BTHOWEN_MAX_CANDIDATES * owned; /* partial entries in use */
    const uint32_t split = args.pairs >= NR_TASKLETS ? 1u : NR_TASKLETS / args.pairs;
    for (uint32_t e = 0; e < used; e++) partials[t][e] = 0;
    for (uint32_t start = 0; start < args.images; start += BTHOWEN_SCORE_BATCH) {
        const uint32_t nb = args.images - start < BTHOWEN_SCORE_BATCH ? args.images - start : BTHOWEN_SCORE_BATCH;
        const uint32_t block = ((nb + split - 1u) / split + 1u) & ~1u;
        for (uint32_t item = t; item < args.pairs * split; item += NR_TASKLETS) {
            const uint32_t l = item / split, first = (item % split) * block;
            if (first >= nb) continue;
            const uint32_t count = nb - first < block ? nb - first : block;
            read_pair(l);
            const uint32_t slot = pair_buffer[t].class_slot;
            mram_read(BTHOWEN_MRAM(args.minima + (l * args.minima_stride + start + first) * 4u), minima_slice[t], bthowen_round_up8(count * 4u));
            for (uint32_t q = 0; q < count; q++) {
                const uint32_t m = minima_slice[t][q], i = first + q;
                for (uint32_t j = 0; j < candidates; j++) {
                    if (m >= args.threshold[j]) partials[t][(i * BTHOWEN_MAX_CANDIDATES + j) * owned + slot]++;
                }
            }
        }
        barrier_wait(&barrier);
        for (uint32_t i = t; i < nb; i += NR_TASKLETS) {
            for (uint32_t e = 0; e < BTHOWEN_MAX_CANDIDATES * owned; e++) {
                uint16_t sum = 0;
                for (uint32_t q = 0; q < tasklets; q++) sum += partials[q][i * BTHOWEN_MAX_CANDIDATES * owned + e];
                responses[i * BTHOWEN_MAX_CANDIDATES * owned + e] = sum;
            }
        }
        barrier_wait(&barrier);
        if (t == 0) bthowen_write(responses, args.responses + start * row_bytes, bthowen_round_up8(nb * row_bytes));
        for (uint32_t e = 0; e < used; e++) partials[t][e] = 0;
        barrier_wait(&barrier);
    }
    return 0;
}

int main(void) {
    read_arguments(BTHOWEN_KERNEL_BLEACH_SCORE, 0);
    barrier_wait(&barrier);
    if (!arguments_ok) return 1;
    return bleach_score();
}
