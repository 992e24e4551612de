/*
 * bthowen_params.h: the interface between the host and the BTHOWeN DPU programs
 * (dpu/src/<kernel>.c), shared by both sides.
 *
 * The host (Sources/BTHOWeNKernels/Kernels/HostPlan.swift, `ParameterLayout`) writes one
 * parameter block per DPU before every launch to the WRAM symbol BTHOWEN_PARAMS_SYMBOL,
 * and reads BTHOWEN_PERF_SYMBOL after it. Every field is a little-endian fixed-width
 * integer; padding is explicit (`reserved*` fields) and every struct is a multiple of
 * 8 bytes, so the layout is the same for the DPU compiler, the host C compiler and the
 * Swift encoder. Tests/BTHOWeNKernelsTests/ParameterLayoutTests.swift compiles this
 * header with the host clang and checks every size and offset against the Swift side.
 *
 * MRAM offsets (`*_offset`) count from the start of the program's free MRAM:
 * DPU_MRAM_HEAP_POINTER on the DPU, the symbol "__sys_used_mram_end"
 * (DPU_MRAM_HEAP_POINTER_NAME) for libdpu, and MRAM address 0 in the simulator.
 * All of them are multiples of 8.
 */
#ifndef BTHOWEN_PARAMS_H
#define BTHOWEN_PARAMS_H

#include <stdint.h>

/* Host symbols of every BTHOWeN DPU program. */
#define BTHOWEN_PARAMS_SYMBOL "bthowen_params"
#define BTHOWEN_PERF_SYMBOL "bthowen_perf"

/* The most tasklets a UPMEM v1A DPU runs (the size of bthowen_perf_t.counter). */
#define BTHOWEN_MAX_TASKLETS 24
/* Limits of the DPU programs (stack arrays, declared semaphores). The host refuses larger
 * models before it allocates any DPU; the programs check again and report
 * BTHOWEN_STATUS_PARAMS. */
#define BTHOWEN_MAX_CLASSES 16
#define BTHOWEN_MAX_HASHES 16
#define BTHOWEN_MAX_CHUNKS 128

/* bthowen_perf_t.counter_mode, written by the host once after dpu_load. */
#define BTHOWEN_COUNT_CYCLES 0u
#define BTHOWEN_COUNT_INSTRUCTIONS 1u

/* bthowen_perf_t.status, written by tasklet 0 of every launch. */
#define BTHOWEN_STATUS_OK 0u
/* The host asked for a tasklet count other than the NR_TASKLETS the program was built with. */
#define BTHOWEN_STATUS_TASKLETS 1u
/* A parameter outside the limits above. */
#define BTHOWEN_STATUS_PARAMS 2u

/*
 * Every parameter block starts with the same seven fields (the model's shape and the
 * launch's size), then the kernel's own fields.
 *
 *   tasklets           NR_TASKLETS the host expects
 *   inputs             inputs this DPU handles in this launch
 *   classes            discriminators (C)
 *   filters            filters per discriminator (F)
 *   inputs_per_filter  n
 *   hashes_per_filter  k
 *   words_per_filter   E / 64 (64-bit words of one binarized filter)
 *
 * declared once, here, and spelled into each struct by BTHOWEN_COMMON_PARAMS (the same names
 * and offsets in every struct; ParameterLayoutTests checks them against the host's layout).
 */
#define BTHOWEN_COMMON_PARAMS \
    uint32_t tasklets;          \
    uint32_t inputs;            \
    uint32_t classes;           \
    uint32_t filters;           \
    uint32_t inputs_per_filter; \
    uint32_t hashes_per_filter; \
    uint32_t words_per_filter;

/* naive: inputs [stride bytes each] and the bit-packed model in MRAM. */
typedef struct bthowen_naive_params {
    BTHOWEN_COMMON_PARAMS
    uint32_t stride;          /* bytes per input record (permuted bits, multiple of 8) */
    uint32_t model_offset;    /* [class][filter][words] x 8 B */
    uint32_t matrix_offset;   /* H3 matrix, k x n x 4 B */
    uint32_t inputs_offset;   /* [inputs][stride] */
    uint32_t results_offset;  /* [inputs] x 8 B, predicted class in the low 32 bits */
} bthowen_naive_params_t;

/* mram-probe: host-computed hashes, 32-bit counters in MRAM. */
typedef struct bthowen_mram_probe_params {
    BTHOWEN_COMMON_PARAMS
    uint32_t block_bytes;        /* bytes per input's hash block ([filter][hash] x 4 B, padded to 8) */
    uint32_t bleach;             /* a filter answers 1 when min over its k counters >= bleach */
    uint32_t entries_per_filter; /* E */
    uint32_t counters_offset;    /* [class][filter][entry] x 4 B */
    uint32_t inputs_offset;      /* [inputs][block_bytes] */
    uint32_t results_offset;     /* [inputs] x 8 B */
    uint32_t reserved0;
} bthowen_mram_probe_params_t;

/* small-pooled: hashing and filter tasklet pools, model streamed from MRAM. */
typedef struct bthowen_small_pooled_params {
    BTHOWEN_COMMON_PARAMS
    uint32_t stride;          /* bytes per input record */
    uint32_t hash_tasklets;   /* tasklets 0 ..< hash_tasklets hash; the others probe */
    uint32_t batch;           /* inputs per WRAM batch */
    uint32_t model_offset;    /* [filter][class][words] x 8 B */
    uint32_t matrix_offset;   /* H3 matrix */
    uint32_t inputs_offset;   /* [inputs][stride] */
    uint32_t results_offset;  /* [inputs] x 8 B */
} bthowen_small_pooled_params_t;

/* large-filter-split: one discriminator (or a share of its filters) per DPU. */
typedef struct bthowen_large_filter_split_params {
    BTHOWEN_COMMON_PARAMS
    uint32_t part_first;       /* first filter of this DPU's share */
    uint32_t part_count;       /* filters in the share */
    uint32_t resident;         /* 1: the share's tables stay in WRAM; 0: streamed per batch */
    uint32_t batch;            /* inputs per WRAM batch */
    uint32_t tables_offset;    /* [share filter][words] x 8 B */
    uint32_t hashes_offset;    /* [filter][input][hash] x 4 B, the whole launch's inputs */
    uint32_t responses_offset; /* [inputs] x 4 B, padded to 8 */
} bthowen_large_filter_split_params_t;

/* What a launch reports back. */
typedef struct bthowen_perf {
    /* perfcounter_get() as each tasklet finished; the host takes the largest of the first
     * NR_TASKLETS entries. Counts cycles or instructions (counter_mode). */
    uint64_t counter[BTHOWEN_MAX_TASKLETS];
    uint32_t nr_tasklets;  /* NR_TASKLETS the program was built with (DPU writes) */
    uint32_t status;       /* BTHOWEN_STATUS_* (DPU writes) */
    uint32_t counter_mode; /* BTHOWEN_COUNT_* (host writes) */
    uint32_t reserved0;
} bthowen_perf_t;

_Static_assert(sizeof(bthowen_naive_params_t) == 48, "bthowen_naive_params_t layout");
_Static_assert(sizeof(bthowen_mram_probe_params_t) == 56, "bthowen_mram_probe_params_t layout");
_Static_assert(sizeof(bthowen_small_pooled_params_t) == 56, "bthowen_small_pooled_params_t layout");
_Static_assert(sizeof(bthowen_large_filter_split_params_t) == 56, "bthowen_large_filter_split_params_t layout");
_Static_assert(sizeof(bthowen_perf_t) == 208, "bthowen_perf_t layout");
_Static_assert(sizeof(bthowen_perf_t) % 8 == 0, "bthowen_perf_t is transferred in multiples of 8 bytes");

#endif /* BTHOWEN_PARAMS_H */
