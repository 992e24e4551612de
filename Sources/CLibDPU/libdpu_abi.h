/*
 * libdpu_abi.h: the part of the UPMEM SDK's host API that DPUSim calls, declared here so
 * that Swift can call libdpu.so through dlopen/dlsym on machines without the SDK.
 *
 * Declared from the SDK's public headers (UPMEM SDK 2024.2/2025.1, api/include/api/dpu.h,
 * dpu_types.h, dpu_error.h); names carry a dpusim_ prefix so this header never clashes with
 * the real dpu.h. Only the layouts and prototypes matter: a `struct dpu_set_t` is passed
 * and returned by value, so its declaration here must have the SDK's size and alignment
 * (24 bytes, 8-aligned on LP64: an enum, then a union of {uint32_t, pointer} and a
 * pointer). Clang, which compiles this header for Swift, then applies the platform's C
 * calling convention exactly as for the SDK's own callers.
 *
 * Enum parameters (dpu_xfer_t, dpu_xfer_flags_t, dpu_launch_policy_t) and dpu_error_t are
 * 32-bit C enums; they are declared as uint32_t, which the calling convention passes the
 * same way.
 */
#ifndef DPUSIM_LIBDPU_ABI_H
#define DPUSIM_LIBDPU_ABI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* dpu_set_kind_t */
#define DPUSIM_DPU_SET_RANKS 0u
#define DPUSIM_DPU_SET_DPU 1u

/* struct dpu_set_t (dpu_types.h): a set of ranks, or one DPU. Opaque to DPUSim. */
struct dpusim_dpu_set {
    uint32_t kind;
    union {
        struct {
            uint32_t nr_ranks;
            void **ranks;
        } list;
        void *dpu;
    } u;
};

/* struct dpu_set_rank_iterator_t (dpu.h) */
struct dpusim_rank_iterator {
    struct dpusim_dpu_set *set;
    uint32_t count;
    uint32_t next_idx;
    bool has_next;
    struct dpusim_dpu_set next;
};

/* struct dpu_set_dpu_iterator_t (dpu.h): what DPU_FOREACH walks. */
struct dpusim_dpu_iterator {
    struct dpusim_rank_iterator rank_iterator;
    uint32_t count;
    uint32_t next_idx;
    bool has_next;
    struct dpusim_dpu_set next;
};

/* dpu_error_t: DPU_OK is 0. */
typedef uint32_t dpusim_error_t;
#define DPUSIM_OK 0u

/* dpu_xfer_t, dpu_xfer_flags_t, dpu_launch_policy_t */
#define DPUSIM_XFER_TO_DPU 0u
#define DPUSIM_XFER_FROM_DPU 1u
#define DPUSIM_XFER_DEFAULT 0u
#define DPUSIM_ASYNCHRONOUS 0u
#define DPUSIM_SYNCHRONOUS 1u

/* DPU_MRAM_HEAP_POINTER_NAME: the symbol at the start of a program's free MRAM. */
#define DPUSIM_MRAM_HEAP_POINTER_NAME "__sys_used_mram_end"

/* The exported functions DPUSim resolves with dlsym, as prototypes (dpu.h, dpu_error.h). */
typedef dpusim_error_t (*dpusim_alloc_fn)(uint32_t nr_dpus, const char *profile, struct dpusim_dpu_set *dpu_set);
typedef dpusim_error_t (*dpusim_free_fn)(struct dpusim_dpu_set dpu_set);
typedef dpusim_error_t (*dpusim_get_nr_dpus_fn)(struct dpusim_dpu_set dpu_set, uint32_t *nr_dpus);
/* program is a struct dpu_program_t ** (may be NULL). */
typedef dpusim_error_t (*dpusim_load_fn)(struct dpusim_dpu_set dpu_set, const char *binary_path, void **program);
typedef dpusim_error_t (*dpusim_launch_fn)(struct dpusim_dpu_set dpu_set, uint32_t policy);
typedef dpusim_error_t (*dpusim_copy_to_fn)(struct dpusim_dpu_set dpu_set, const char *symbol_name, uint32_t symbol_offset,
                                            const void *src, size_t length);
typedef dpusim_error_t (*dpusim_copy_from_fn)(struct dpusim_dpu_set dpu_set, const char *symbol_name, uint32_t symbol_offset,
                                              void *dst, size_t length);
typedef dpusim_error_t (*dpusim_prepare_xfer_fn)(struct dpusim_dpu_set dpu_set, void *buffer);
typedef dpusim_error_t (*dpusim_push_xfer_fn)(struct dpusim_dpu_set dpu_set, uint32_t xfer, const char *symbol_name,
                                              uint32_t symbol_offset, size_t length, uint32_t flags);
typedef dpusim_error_t (*dpusim_broadcast_to_fn)(struct dpusim_dpu_set dpu_set, const char *symbol_name, uint32_t symbol_offset,
                                                 const void *src, size_t length, uint32_t flags);
typedef struct dpusim_dpu_iterator (*dpusim_dpu_iterator_from_fn)(struct dpusim_dpu_set *set);
typedef void (*dpusim_dpu_iterator_next_fn)(struct dpusim_dpu_iterator *iterator);
typedef dpusim_error_t (*dpusim_log_read_fn)(struct dpusim_dpu_set set, FILE *stream);
typedef const char *(*dpusim_error_to_string_fn)(dpusim_error_t status);

#endif /* DPUSIM_LIBDPU_ABI_H */
