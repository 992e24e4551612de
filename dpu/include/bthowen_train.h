/*
 * bthowen_train.h — the host <-> DPU layout of BTHOWeN training on UPMEM DPUs.
 *
 * Shared by the training programs dpu/src/train-pairs.c,
 * train-bleach-minima.c, train-bleach-score.c and train-binarize.c, and mirrored byte for byte by the simulator's host side
 * (Sources/BTHOWeNKernels/Training/TrainArgs.swift). A test compiles this header with
 * the host clang and compares every sizeof/offsetof with the Swift layout
 * (Tests/BTHOWeNKernelsTests/TrainingLayoutTests.swift).
 *
 * Fixed-width types only, little-endian (host and DPU both are), explicit padding.
 * MRAM addresses are byte offsets from DPU_MRAM_HEAP_POINTER (the host transfers to the
 * symbol DPU_MRAM_HEAP_POINTER_NAME at these offsets; UPMEM MRAM pointers are 32-bit).
 * The simulator places that heap at MRAM address 0.
 *
 * MRAM of a DPU (every address 8-byte aligned; see docs/training.md):
 *   0                  bthowen_train_args_t (BTHOWEN_TRAIN_ARGS_BYTES)
 *   pair_table         bthowen_train_pair_t[pairs]: the (class, filter) pairs this DPU owns
 *   result             uint64_t: running maximum counter of the owned pairs
 *   matrix             uint32_t[k][n]: the H3 matrix (DPU hashing only)
 *   counters           uint32_t[pairs][E]: counting Bloom filter counters (saturating)
 *   minima             uint32_t[pairs][minima_stride]: bleach: min probed counter per image
 *   responses          uint16_t[images][candidates_max][classes_owned]: bleach-score output
 *   bits               uint64_t[pairs][E / 64]: binarized filters
 *   streams            per pair, its records: train: the samples of its class, in stream
 *                      order; bleach: every validation image (one stream per owned filter)
 *
 * A record is one sample as one filter sees it:
 *   host hashing: uint16_t hash[k]                      (record_bytes = 2k)
 *   DPU hashing:  uint32_t chunk[ceil(n / 32)]: bit i = input i of the filter's chunk
 *                 of the permuted thermometer bits      (record_bytes = 4 ceil(n / 32))
 * Each stream is padded with zero bytes to a multiple of 8 bytes.
 */
#ifndef BTHOWEN_TRAIN_H
#define BTHOWEN_TRAIN_H

#include <stdint.h>

/* Kernels (args.kernel). */
#define BTHOWEN_KERNEL_TRAIN 0u        /* conservative-update training of the owned pairs */
#define BTHOWEN_KERNEL_BLEACH_MINIMA 1u /* per validation image and pair, the min probed counter */
#define BTHOWEN_KERNEL_BLEACH_SCORE 2u  /* per image, owned class and candidate b: filters with min >= b */
#define BTHOWEN_KERNEL_BINARIZE 3u      /* bits = counter >= threshold[0] */

/* Most bleaching candidates scored by one bleach-score launch (b - step, b, b + step). */
#define BTHOWEN_MAX_CANDIDATES 3u
/* Counters saturate here instead of wrapping (never reached with < 2^32 samples). */
#define BTHOWEN_COUNTER_MAX 0xFFFFFFFFu
/* table_threshold value meaning "never stage a table in WRAM". */
#define BTHOWEN_NEVER 0xFFFFFFFFu

typedef struct {
    uint32_t kernel;            /*  0 BTHOWEN_KERNEL_* */
    uint32_t pairs;             /*  4 (class, filter) pairs owned by this DPU */
    uint32_t entries;           /*  8 E: counters per filter (a power of two) */
    uint32_t hashes;            /* 12 k: hash functions per filter */
    uint32_t inputs_per_filter; /* 16 n: input bits per filter */
    uint32_t dpu_hashing;       /* 20 0: records are k uint16 hashes; 1: chunk bits, hashed on the DPU */
    uint32_t record_bytes;      /* 24 bytes per record */
    uint32_t first_launch;      /* 28 1: the counters are not yet initialized (start from zero) */
    uint32_t table_threshold;   /* 32 stage a pair's whole table in WRAM when it has at least this many samples */
    uint32_t images;            /* 36 bleach: validation images */
    uint32_t candidates;        /* 40 bleach-score: candidates in use (1...BTHOWEN_MAX_CANDIDATES) */
    uint32_t classes_owned;     /* 44 bleach-score: distinct classes among the owned pairs */
    uint32_t threshold[4];      /* 48 bleach-score: the candidates; binarize: threshold[0]; [3] unused */
    uint32_t pair_table;        /* 64 MRAM address of bthowen_train_pair_t[pairs] */
    uint32_t result;            /* 68 MRAM address of the uint64_t maximum counter */
    uint32_t matrix;            /* 72 MRAM address of the H3 matrix */
    uint32_t counters;          /* 76 MRAM address of the counters */
    uint32_t minima;            /* 80 MRAM address of the minima */
    uint32_t minima_stride;     /* 84 uint32_t minima per pair (images rounded up to even) */
    uint32_t responses;         /* 88 MRAM address of the responses */
    uint32_t bits;              /* 92 MRAM address of the binarized filters */
    uint32_t streams;           /* 96 MRAM address of the record streams */
    uint32_t tasklets;          /* 100 NR_TASKLETS of the launch (checked): the DPU's run-time bound of per-tasklet loops */
} bthowen_train_args_t;

typedef struct {
    uint16_t cls;            /*  0 class (discriminator) */
    uint16_t class_slot;     /*  2 index of cls among the DPU's owned classes (bleach-score) */
    uint16_t filter;         /*  4 filter index in the discriminator */
    uint16_t reserved;       /*  6 zero */
    uint32_t samples;        /*  8 records in this pair's stream for this launch */
    uint32_t stream_offset;  /* 12 bytes from args.streams to the pair's stream */
} bthowen_train_pair_t;

#define BTHOWEN_TRAIN_ARGS_BYTES 104u
#define BTHOWEN_TRAIN_PAIR_BYTES 16u

_Static_assert(sizeof(bthowen_train_args_t) == BTHOWEN_TRAIN_ARGS_BYTES, "args layout");
_Static_assert(sizeof(bthowen_train_args_t) % 8 == 0, "args must be a multiple of the DMA alignment");
_Static_assert(sizeof(bthowen_train_pair_t) == BTHOWEN_TRAIN_PAIR_BYTES, "pair layout");
_Static_assert(__builtin_offsetof(bthowen_train_args_t, threshold) == 48, "args.threshold");
_Static_assert(__builtin_offsetof(bthowen_train_args_t, pair_table) == 64, "args.pair_table");
_Static_assert(__builtin_offsetof(bthowen_train_args_t, streams) == 96, "args.streams");
_Static_assert(__builtin_offsetof(bthowen_train_args_t, tasklets) == 100, "args.tasklets");
_Static_assert(__builtin_offsetof(bthowen_train_pair_t, samples) == 8, "pair.samples");
_Static_assert(__builtin_offsetof(bthowen_train_pair_t, stream_offset) == 12, "pair.stream_offset");

#endif /* BTHOWEN_TRAIN_H */
