/*
 * small-pooled: the DPU program of Sources/BTHOWeNKernels/Kernels/SmallPooledKernel.swift.
 *
 * The host binarizes and remaps. Tasklets 0 ..< H hash (tasklet h takes chunks h, h+H, …,
 * computing each chunk's hashes for a WRAM batch of inputs); tasklets H ..< NR_TASKLETS
 * probe (filter tasklet q takes filters q, q+F, …, each as soon as its chunk's semaphore
 * is given): producer/consumer through one WRAM hash buffer per chunk and one semaphore
 * per chunk. Filter tasklets keep partial counts per input and class; after the batch
 * every tasklet reduces a share of the inputs and takes the argmax; tasklet 0 writes the
 * batch's results to MRAM. The model stays in MRAM as [filter][class][E/64] words and a
 * filter tasklet streams one class table at a time.
 *
 * WRAM: H3 matrix, input batch, hash buffers (one per chunk), one class table and one
 * partial-count block per filter tasklet, results — the DSL's static buffers, carved from
 * the heap by tasklet 0 (C cannot size a static array from run-time parameters).
 * Synchronization: the DSL's barrier "batch" (three waits per batch) and one semaphore
 * per chunk; plus one barrier at the start that publishes tasklet 0's buffers (the DSL's
 * static buffers exist before the tasklets start).
 */
#include <stdint.h>
#include <barrier.h>
#include <sem.h>

#include "bthowen_dpu.h"

__host bthowen_small_pooled_params_t bthowen_params;
__host bthowen_perf_t bthowen_perf;

BARRIER_INIT(setup_done, NR_TASKLETS);
BARRIER_INIT(batch_barrier, NR_TASKLETS);

/* One semaphore per chunk ("hashes of chunk f ready"), declared with the runtime's
 * SEMAPHORE_INIT: BTHOWEN_MAX_CHUNKS of them, in groups of eight. */
_Static_assert(BTHOWEN_MAX_CHUNKS == 128, "declare one semaphore per chunk");
#define CHUNK_SEMAPHORES_8(g)                                                                     \
    SEMAPHORE_INIT(chunk_ready_##g##_0, 0);                                                       \
    SEMAPHORE_INIT(chunk_ready_##g##_1, 0);                                                       \
    SEMAPHORE_INIT(chunk_ready_##g##_2, 0);                                                       \
    SEMAPHORE_INIT(chunk_ready_##g##_3, 0);                                                       \
    SEMAPHORE_INIT(chunk_ready_##g##_4, 0);                                                       \
    SEMAPHORE_INIT(chunk_ready_##g##_5, 0);                                                       \
    SEMAPHORE_INIT(chunk_ready_##g##_6, 0);                                                       \
    SEMAPHORE_INIT(chunk_ready_##g##_7, 0);
#define CHUNK_SEMAPHORE_REFS_8(g)                                                                 \
    &chunk_ready_##g##_0, &chunk_ready_##g##_1, &chunk_ready_##g##_2, &chunk_ready_##g##_3,       \
        &chunk_ready_##g##_4, &chunk_ready_##g##_5, &chunk_ready_##g##_6, &chunk_ready_##g##_7,

CHUNK_SEMAPHORES_8(0)
CHUNK_SEMAPHORES_8(1)
CHUNK_SEMAPHORES_8(2)
CHUNK_SEMAPHORES_8(3)
CHUNK_SEMAPHORES_8(4)
CHUNK_SEMAPHORES_8(5)
CHUNK_SEMAPHORES_8(6)
CHUNK_SEMAPHORES_8(7)
CHUNK_SEMAPHORES_8(8)
CHUNK_SEMAPHORES_8(9)
CHUNK_SEMAPHORES_8(10)
CHUNK_SEMAPHORES_8(11)
CHUNK_SEMAPHORES_8(12)
CHUNK_SEMAPHORES_8(13)
CHUNK_SEMAPHORES_8(14)
CHUNK_SEMAPHORES_8(15)

static sem_t *const chunk_ready[BTHOWEN_MAX_CHUNKS] = {
    CHUNK_SEMAPHORE_REFS_8(0) CHUNK_SEMAPHORE_REFS_8(1) CHUNK_SEMAPHORE_REFS_8(2) CHUNK_SEMAPHORE_REFS_8(3)
    CHUNK_SEMAPHORE_REFS_8(4) CHUNK_SEMAPHORE_REFS_8(5) CHUNK_SEMAPHORE_REFS_8(6) CHUNK_SEMAPHORE_REFS_8(7)
    CHUNK_SEMAPHORE_REFS_8(8) CHUNK_SEMAPHORE_REFS_8(9) CHUNK_SEMAPHORE_REFS_8(10) CHUNK_SEMAPHORE_REFS_8(11)
    CHUNK_SEMAPHORE_REFS_8(12) CHUNK_SEMAPHORE_REFS_8(13) CHUNK_SEMAPHORE_REFS_8(14) CHUNK_SEMAPHORE_REFS_8(15)
};

/* Shared WRAM buffers: written by tasklet 0 before barrier_wait(&setup_done). */
static uint32_t *matrix;
static uint8_t *batch_inputs;
static uint8_t *hash_buffer;
static uint8_t *table_buffers;
static uint8_t *partials;
static uint64_t *results;

int main(void)
{
    const uint32_t t = me();
    const uint32_t inputs = bthowen_params.inputs;
    const uint32_t classes = bthowen_params.classes;
    const uint32_t filters = bthowen_params.filters;
    const uint32_t n = bthowen_params.inputs_per_filter;
    const uint32_t k = bthowen_params.hashes_per_filter;
    const uint32_t stride = bthowen_params.stride;
    const uint32_t H = bthowen_params.hash_tasklets;
    const uint32_t F = NR_TASKLETS - H;
    const uint32_t bw = bthowen_params.batch;
    const uint32_t model_offset = bthowen_params.model_offset;
    const uint32_t table_bytes = bthowen_params.words_per_filter * 8;
    const uint32_t chunk_bytes = bthowen_round_up8(bw * k * 4);
    const uint32_t partial_bytes = bthowen_round_up8(bw * classes);
    const int params_ok = classes >= 1 && k >= 1 && k <= BTHOWEN_MAX_HASHES && filters <= BTHOWEN_MAX_CHUNKS
        && H >= 1 && H < NR_TASKLETS && bw >= 1;

    if (!bthowen_start(&bthowen_perf, bthowen_params.tasklets, params_ok)) {
        bthowen_finish(&bthowen_perf);
        return 0;
    }
    if (t == 0) {
        matrix = mem_alloc(bthowen_round_up8(k * n * 4));
        batch_inputs = mem_alloc(bw * stride);
        hash_buffer = mem_alloc(filters * chunk_bytes);
        table_buffers = mem_alloc(F * table_bytes);
        partials = mem_alloc(F * partial_bytes);
        results = mem_alloc(bw * 8);
    }
    barrier_wait(&setup_done);
    /* The pools' sizes again, read after the barrier so that the compiler cannot specialize
     * the loops on what params_ok implies about H (with 2 tasklets: H = F = 1), and the
     * loops compile to the same code for every tasklet count (docs/instruction-counts.md). */
    const uint32_t hash_pool = bthowen_params.hash_tasklets;
    const uint32_t filter_pool = NR_TASKLETS - hash_pool;

    if (t == 0)
        bthowen_read(bthowen_params.matrix_offset, matrix, bthowen_round_up8(k * n * 4));
    for (uint32_t start = 0; start < inputs; start += bw) {
        const uint32_t nb = inputs - start < bw ? inputs - start : bw;
        /* Every tasklet loads a share of the batch's inputs. */
        for (uint32_t b = t; b < nb; b += NR_TASKLETS)
            bthowen_read(bthowen_params.inputs_offset + (start + b) * stride, batch_inputs + b * stride, stride);
        if (t >= hash_pool) {
            uint8_t *partial = partials + (t - hash_pool) * partial_bytes;
            for (uint32_t j = 0; j < nb * classes; j++)
                partial[j] = 0;
        }
        barrier_wait(&batch_barrier);
        if (t < hash_pool) {
            /* Hashing pool: chunks t, t+hash_pool, … in order. */
            uint32_t hashes[BTHOWEN_MAX_HASHES];
            for (uint32_t f = t; f < filters; f += hash_pool) {
                uint32_t *slot = (uint32_t *)(hash_buffer + f * chunk_bytes);
                const uint32_t chunk = f * n;
                for (uint32_t b = 0; b < nb; b++, slot += k) {
                    for (uint32_t h = 0; h < k; h++)
                        hashes[h] = 0;
                    const uint64_t *input = (const uint64_t *)(batch_inputs + b * stride);
                    for (uint32_t i = 0; i < n; i++) {
                        uint32_t bit = chunk + i;
                        if (((input[bit >> 6] >> (bit & 63)) & 1) == 0)
                            continue;
                        const uint32_t *row = matrix + i;
                        for (uint32_t h = 0; h < k; h++, row += n)
                            hashes[h] ^= *row;
                    }
                    for (uint32_t h = 0; h < k; h++)
                        slot[h] = hashes[h];
                }
                sem_give(chunk_ready[f]);
            }
        } else {
            /* Filter pool: filters q, q+filter_pool, …, each as soon as its hashes are ready. */
            const uint32_t q = t - hash_pool;
            const uint64_t *table = (const uint64_t *)(table_buffers + q * table_bytes);
            uint8_t *partial = partials + q * partial_bytes;
            for (uint32_t f = q; f < filters; f += filter_pool) {
                sem_take(chunk_ready[f]);
                const uint32_t *chunk_hashes = (const uint32_t *)(hash_buffer + f * chunk_bytes);
                uint32_t table_offset = model_offset + f * classes * table_bytes;
                for (uint32_t cls = 0; cls < classes; cls++, table_offset += table_bytes) {
                    bthowen_read(table_offset, (void *)table, table_bytes);
                    const uint32_t *hash = chunk_hashes;
                    for (uint32_t b = 0; b < nb; b++, hash += k)
                        if (bthowen_filter_fires(table, hash, k))
                            partial[b * classes + cls]++;
                }
            }
        }
        barrier_wait(&batch_barrier);
        /* Reduction: tasklet t takes inputs t, t+NR_TASKLETS, … of the batch. */
        for (uint32_t b = t; b < nb; b += NR_TASKLETS) {
            uint32_t best = 0;
            int32_t best_count = -1;
            for (uint32_t cls = 0; cls < classes; cls++) {
                int32_t total = 0;
                const uint8_t *count = partials + b * classes + cls;
                for (uint32_t p = 0; p < filter_pool; p++, count += partial_bytes)
                    total += *count;
                if (total > best_count) {
                    best = cls;
                    best_count = total;
                }
            }
            results[b] = best;
        }
        barrier_wait(&batch_barrier);
        if (t == 0)
            bthowen_write(results, bthowen_params.results_offset + start * 8, nb * 8);
    }
    bthowen_finish(&bthowen_perf);
    return 0;
}
