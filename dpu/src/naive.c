/*
 * naive: the DPU program of Sources/BTHOWeNKernels/Kernels/NaiveKernel.swift.
 *
 * The host binarizes and remaps each input; the inputs and the bit-packed model sit in
 * MRAM; each tasklet takes whole inputs (input i goes to tasklet i mod NR_TASKLETS) and does
 * all of the inference itself: hashing, every filter probe (one 8-byte DMA of the model
 * word that holds the entry), the popcounts and the argmax.
 *
 * MRAM (offsets in bthowen_params): model [class][filter][E/64] x 8 B, H3 matrix
 * k x n x 4 B, inputs [inputs][stride], results [inputs] x 8 B.
 * WRAM: the H3 matrix (the DSL's static buffer; here carved from the heap by tasklet 0
 * before the barrier that already follows its load), and per tasklet one input buffer, one
 * probe word and one result word (mem_alloc, as in the DSL).
 * Synchronization: one barrier, "matrix loaded" — the same as the DSL.
 */
#include <stdint.h>
#include <barrier.h>

#include "bthowen_dpu.h"

__host bthowen_naive_params_t bthowen_params;
__host bthowen_perf_t bthowen_perf;

BARRIER_INIT(matrix_loaded, NR_TASKLETS);

/* Written by tasklet 0 before barrier_wait(&matrix_loaded), read by all after it. */
static uint32_t *shared_matrix;

int main(void)
{
    const uint32_t t = me();
    const uint32_t inputs = bthowen_params.inputs;
    const uint32_t classes = bthowen_params.classes;
    const uint32_t filters = bthowen_params.filters;
    const uint32_t n = bthowen_params.inputs_per_filter;
    const uint32_t k = bthowen_params.hashes_per_filter;
    const uint32_t words = bthowen_params.words_per_filter;
    const uint32_t stride = bthowen_params.stride;
    const uint32_t model_offset = bthowen_params.model_offset;
    const uint32_t results_offset = bthowen_params.results_offset;
    const int params_ok = classes >= 1 && classes <= BTHOWEN_MAX_CLASSES && k >= 1 && k <= BTHOWEN_MAX_HASHES;

    if (!bthowen_start(&bthowen_perf, bthowen_params.tasklets, params_ok)) {
        bthowen_finish(&bthowen_perf);
        return 0;
    }
    if (t == 0) {
        shared_matrix = mem_alloc(bthowen_round_up8(k * n * 4));
        bthowen_read(bthowen_params.matrix_offset, shared_matrix, bthowen_round_up8(k * n * 4));
    }
    barrier_wait(&matrix_loaded);

    const uint32_t *matrix = shared_matrix;
    uint64_t *input = mem_alloc(stride);
    uint64_t *word = mem_alloc(8);
    uint64_t *result = mem_alloc(8);
    uint32_t hashes[BTHOWEN_MAX_HASHES];
    uint32_t responses[BTHOWEN_MAX_CLASSES];
    const uint32_t filter_bytes = words * 8;
    const uint32_t class_bytes = filters * filter_bytes;

    for (uint32_t i = t; i < inputs; i += NR_TASKLETS) {
        bthowen_read(bthowen_params.inputs_offset + i * stride, input, stride);
        for (uint32_t cls = 0; cls < classes; cls++)
            responses[cls] = 0;
        uint32_t chunk = 0; /* f * n */
        for (uint32_t f = 0; f < filters; f++, chunk += n) {
            /* Hash chunk f: walk its n bits, XOR the H3 rows of the set ones. */
            for (uint32_t h = 0; h < k; h++)
                hashes[h] = 0;
            for (uint32_t b = 0; b < n; b++) {
                uint32_t bit = chunk + b;
                if ((input[bit >> 6] >> (bit & 63)) & 1) {
                    const uint32_t *row = matrix + b;
                    for (uint32_t h = 0; h < k; h++, row += n)
                        hashes[h] ^= *row;
                }
            }
            /* Probe every class's filter f, stopping at the first zero entry. */
            uint32_t filter_base = model_offset + f * filter_bytes;
            for (uint32_t cls = 0; cls < classes; cls++, filter_base += class_bytes) {
                int all = 1;
                for (uint32_t h = 0; h < k; h++) {
                    uint32_t e = hashes[h];
                    mram_read(BTHOWEN_MRAM(filter_base + (e >> 6) * 8), word, 8);
                    if (((*word >> (e & 63)) & 1) == 0) {
                        all = 0;
                        break;
                    }
                }
                if (all)
                    responses[cls]++;
            }
        }
        uint32_t best = 0;
        for (uint32_t cls = 1; cls < classes; cls++)
            if (responses[cls] > responses[best])
                best = cls;
        *result = best;
        mram_write(result, BTHOWEN_MRAM(results_offset + i * 8), 8);
    }
    bthowen_finish(&bthowen_perf);
    return 0;
}
