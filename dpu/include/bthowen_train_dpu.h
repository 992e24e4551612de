/*
 * bthowen_train_dpu.h — DPU-side helpers shared by the training programs
 * (dpu/src/train-pairs.c, train-bleach-minima.c,
 * train-bleach-score.c, train-binarize.c): compile-time shapes, the WRAM plan, WRAM
 * buffers, MRAM access and record decoding. The DSL versions of the same code are in
 * Sources/BTHOWeNKernels/Training/ (TrainingKernels.swift and one file per kernel).
 *
 * Shapes are compile-time (the WRAM buffers are static), with MNIST-Small defaults:
 *   -DBTHOWEN_ENTRIES=E -DBTHOWEN_HASHES=k -DBTHOWEN_INPUTS=n -DBTHOWEN_CLASSES=10
 * The host checks them against bthowen_train_args_t at run time (a mismatch returns 1).
 *
 * The WRAM plan is the simulator's (TrainingWRAMPlan.choose): per tasklet a counter table
 * (E x 4 bytes) when NR_TASKLETS of them fit beside the stream buffers and stacks, with the
 * largest stream buffer of 1024, 512, 256 bytes that fits; otherwise no tables (counters
 * probed in MRAM) and the largest of 1024...128. A program defines BTHOWEN_OUTPUTS 1 when
 * it also needs an output buffer of the stream buffer's size per tasklet; -DBTHOWEN_TABLES=
 * and -DBTHOWEN_STREAM_BYTES= override the plan. Every program _Static_asserts that its
 * static WRAM and NR_TASKLETS stacks of STACK_SIZE_DEFAULT bytes fit in BTHOWEN_WRAM_BYTES.
 *
 * Loops over the k hashes, a record's chunk words and the tasklets take their bounds from
 * the arguments (args.hashes, args.inputs_per_filter, args.tasklets), read after the start
 * barrier. Tasklet 0 checks them against BTHOWEN_HASHES, BTHOWEN_INPUTS and NR_TASKLETS
 * before that barrier (read_arguments), so the compiler, which cannot see through the
 * barrier's call, keeps them run-time bounds: with the constants it would unroll the loops,
 * and each shape would compile to other instructions (docs/instruction-counts.md, "One
 * listing for every tasklet count").
 */
#ifndef BTHOWEN_TRAIN_DPU_H
#define BTHOWEN_TRAIN_DPU_H

#include <stdint.h>
#include <defs.h>
#include <mram.h>
#include <barrier.h>
#include "bthowen_train.h"
#include "bthowen_mram.h"

#ifndef BTHOWEN_ENTRIES
#define BTHOWEN_ENTRIES 1024
#endif
#ifndef BTHOWEN_HASHES
#define BTHOWEN_HASHES 2
#endif
#ifndef BTHOWEN_INPUTS
#define BTHOWEN_INPUTS 28
#endif
#ifndef BTHOWEN_CLASSES
#define BTHOWEN_CLASSES 10
#endif
#ifndef BTHOWEN_OUTPUTS
#define BTHOWEN_OUTPUTS 0
#endif
#ifndef STACK_SIZE_DEFAULT
#define STACK_SIZE_DEFAULT 1024
#endif
#ifndef BTHOWEN_WRAM_BYTES
#define BTHOWEN_WRAM_BYTES 65536
#endif

#define BTHOWEN_MATRIX_WORDS ((BTHOWEN_HASHES * BTHOWEN_INPUTS + 1) & ~1)
/* WRAM outside the per-tasklet table and stream/output buffers (args, matrix, per-tasklet
 * descriptor, probe slots, maximum, stack) plus 128 bytes of slack. */
#define BTHOWEN_FIXED_WRAM (104 + 4 * BTHOWEN_MATRIX_WORDS \
    + NR_TASKLETS * (16 + 8 * BTHOWEN_HASHES + 8 + STACK_SIZE_DEFAULT) + 128)
#define BTHOWEN_FITS(tables, stream) (BTHOWEN_FIXED_WRAM + NR_TASKLETS * ((stream) * (1 + BTHOWEN_OUTPUTS) \
    + ((tables) ? BTHOWEN_ENTRIES * 4 : 0)) <= BTHOWEN_WRAM_BYTES)

#if !defined(BTHOWEN_TABLES) && !defined(BTHOWEN_STREAM_BYTES)
#  if BTHOWEN_FITS(1, 1024)
#    define BTHOWEN_TABLES 1
#    define BTHOWEN_STREAM_BYTES 1024
#  elif BTHOWEN_FITS(1, 512)
#    define BTHOWEN_TABLES 1
#    define BTHOWEN_STREAM_BYTES 512
#  elif BTHOWEN_FITS(1, 256)
#    define BTHOWEN_TABLES 1
#    define BTHOWEN_STREAM_BYTES 256
#  elif BTHOWEN_FITS(0, 1024)
#    define BTHOWEN_TABLES 0
#    define BTHOWEN_STREAM_BYTES 1024
#  elif BTHOWEN_FITS(0, 512)
#    define BTHOWEN_TABLES 0
#    define BTHOWEN_STREAM_BYTES 512
#  elif BTHOWEN_FITS(0, 256)
#    define BTHOWEN_TABLES 0
#    define BTHOWEN_STREAM_BYTES 256
#  else
#    define BTHOWEN_TABLES 0
#    define BTHOWEN_STREAM_BYTES 128
#  endif
#endif
#ifndef BTHOWEN_TABLES
#define BTHOWEN_TABLES 0
#endif
#ifndef BTHOWEN_STREAM_BYTES
#define BTHOWEN_STREAM_BYTES 512
#endif

#define BTHOWEN_CHUNK_WORDS ((BTHOWEN_INPUTS + 31) / 32)

/* The arguments (tasklet 0 reads them; everyone reads them after the start barrier). */
__dma_aligned bthowen_train_args_t args;
/* The H3 matrix, [hash][input], for DPU hashing. */
__dma_aligned uint32_t matrix[BTHOWEN_MATRIX_WORDS];
__dma_aligned bthowen_train_pair_t pair_buffer[NR_TASKLETS];
#ifndef BTHOWEN_NO_STREAMS
__dma_aligned uint8_t stream_buffer[NR_TASKLETS][BTHOWEN_STREAM_BYTES];
#define BTHOWEN_STREAM_WRAM sizeof(stream_buffer)
#else
#define BTHOWEN_STREAM_WRAM 0
#endif
/* Static WRAM of this header's buffers. */
#define BTHOWEN_COMMON_WRAM (sizeof(args) + sizeof(matrix) + sizeof(pair_buffer) + BTHOWEN_STREAM_WRAM)
/* Checks that `bytes` of program buffers fit beside the common buffers and the stacks. */
#define BTHOWEN_ASSERT_WRAM(bytes) _Static_assert(BTHOWEN_COMMON_WRAM + (bytes) \
    + NR_TASKLETS * STACK_SIZE_DEFAULT <= BTHOWEN_WRAM_BYTES, "static WRAM and stacks exceed the DPU's WRAM")

static inline int arguments_match(uint32_t kernel) {
    return args.kernel == kernel && args.entries == BTHOWEN_ENTRIES && args.hashes == BTHOWEN_HASHES
        && args.inputs_per_filter == BTHOWEN_INPUTS && args.tasklets == NR_TASKLETS;
}

/* Whether the arguments match the program (arguments_match), set by tasklet 0. */
uint32_t arguments_ok;

/* Tasklet 0 reads the arguments (and, for DPU hashing when load_matrix, the H3 matrix) and
 * checks them. Every tasklet must wait on a barrier afterwards and return 1 unless
 * arguments_ok; what it reads from args after that barrier is a run-time value. */
static inline void read_arguments(uint32_t kernel, int load_matrix) {
    if (me() == 0) {
        mram_read(BTHOWEN_MRAM(0), &args, sizeof(args));
        arguments_ok = arguments_match(kernel);
        if (args.dpu_hashing && load_matrix) {
            bthowen_read(args.matrix, matrix, bthowen_round_up8(BTHOWEN_HASHES * BTHOWEN_INPUTS * 4));
        }
    }
}

/* The words of a DPU-hashing record, ceil(n / 32), from the arguments (BTHOWEN_CHUNK_WORDS
 * once arguments_match holds). */
static inline uint32_t chunk_words(void) { return (args.inputs_per_filter + 31u) / 32u; }

static inline void read_pair(uint32_t l) {
    mram_read(BTHOWEN_MRAM(args.pair_table + l * BTHOWEN_TRAIN_PAIR_BYTES), &pair_buffer[me()], BTHOWEN_TRAIN_PAIR_BYTES);
}

/* Records per stream chunk so that every chunk starts 8-byte aligned. */
static inline uint32_t records_per_chunk(uint32_t record_bytes) {
    uint32_t unit = record_bytes;
    while (unit % 8) unit += record_bytes; /* lcm(record_bytes, 8) */
    return BTHOWEN_STREAM_BYTES / unit * (unit / record_bytes);
}

/* The k hashes of one record: host hashing stores them; DPU hashing XORs the H3 rows of
 * the set input bits. k = args.hashes, words = chunk_words() (run-time bounds, see above). */
static inline void record_hashes(const uint8_t *record, uint32_t *h, uint32_t k, uint32_t words) {
    if (!args.dpu_hashing) {
        const uint16_t *r = (const uint16_t *)record;
        for (uint32_t j = 0; j < k; j++) h[j] = r[j];
        return;
    }
    for (uint32_t j = 0; j < k; j++) h[j] = 0;
    const uint32_t *w = (const uint32_t *)record;
    for (uint32_t word = 0; word < words; word++) {
        uint32_t bits = w[word];
        while (bits) {
            uint32_t i = word * 32u + (uint32_t)__builtin_ctz(bits);
            bits &= bits - 1u;
            for (uint32_t j = 0; j < k; j++) h[j] ^= matrix[j * BTHOWEN_INPUTS + i];
        }
    }
}

#endif /* BTHOWEN_TRAIN_DPU_H */
