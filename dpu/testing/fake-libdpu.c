/*
 * TEST DOUBLE of the UPMEM SDK's libdpu.so (see dpu/testing/README.md). Not a DPU model
 * and not a measurement: it implements the entry points DPUSim calls over host memory,
 * runs DPU programs built with dpu/testing/mock-runtime, and logs every call.
 *
 * Build: clang -shared -fPIC -I Sources/CLibDPU fake-libdpu.c -o <dir>/lib/libdpu.so -ldl
 *
 * Environment:
 *   FAKE_LIBDPU_LOG       file to append the call log to (one line per call)
 *   FAKE_LIBDPU_MAX_DPUS  dpu_alloc fails when asked for more DPUs (default 2560)
 *   FAKE_LIBDPU_CORRUPT   "1": flip bit 0 of every buffer read back from MRAM
 *
 * Log lines (hashes are 64-bit FNV-1a, hex):
 *   alloc <n> <profile|-> | load <file name> | broadcast <symbol> <offset> <length> <hash>
 *   xfer to|from <symbol> <offset> <length> <dpu>:<hash>... | copy_to … | copy_from …
 *   launch <dpus> | mram <dpu> <bytes> <hash> (at dpu_free, MRAM up to the highest byte the
 *   host touched) | free
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libdpu_abi.h"

#define FAKE_MRAM_BYTES (64u << 20)
#define FAKE_MAX_SYMBOLS 16

enum {
    FAKE_OK = 0,
    FAKE_ERR_ALLOCATION = 1,
    FAKE_ERR_INVALID_SET = 2,
    FAKE_ERR_NO_PROGRAM = 3,
    FAKE_ERR_UNKNOWN_SYMBOL = 4,
    FAKE_ERR_ACCESS = 5,
    FAKE_ERR_FAULT = 6,
    FAKE_ERR_ELF = 7,
};

struct fake_symbol {
    char name[64];
    uint8_t *address; /* the program's global */
    size_t size;
    uint8_t *shadow;  /* one copy per DPU: each DPU's WRAM value between launches */
};

struct fake_dpu {
    uint32_t index;
    uint8_t *mram;
    size_t touched;   /* highest MRAM byte the host wrote or read */
    void *prepared;   /* dpu_prepare_xfer buffer */
};

static struct fake_rank {
    uint32_t nr_dpus;
    struct fake_dpu *dpus;
    void *program;
    int (*run)(uint8_t *mram, size_t bytes);
    struct fake_symbol symbols[FAKE_MAX_SYMBOLS];
    uint32_t nr_symbols;
} rank;
static void *rank_list[1] = { &rank };

static void log_line(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void log_line(const char *format, ...)
{
    const char *path = getenv("FAKE_LIBDPU_LOG");
    if (path == NULL || *path == 0)
        return;
    FILE *f = fopen(path, "a");
    if (f == NULL)
        return;
    va_list arguments;
    va_start(arguments, format);
    vfprintf(f, format, arguments);
    va_end(arguments);
    fputc('\n', f);
    fclose(f);
}

static uint64_t fnv(const void *bytes, size_t length)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < length; i++) {
        h ^= ((const uint8_t *)bytes)[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

/* The DPUs a set names, or -1 if the set is not one this library made (an ABI mismatch). */
static int members(struct dpusim_dpu_set set, uint32_t *first, uint32_t *count)
{
    if (set.kind == DPUSIM_DPU_SET_RANKS && set.u.list.nr_ranks == 1 && set.u.list.ranks == rank_list) {
        *first = 0;
        *count = rank.nr_dpus;
        return 0;
    }
    if (set.kind == DPUSIM_DPU_SET_DPU && rank.dpus != NULL) {
        struct fake_dpu *d = set.u.dpu;
        if (d >= rank.dpus && d < rank.dpus + rank.nr_dpus) {
            *first = d->index;
            *count = 1;
            return 0;
        }
    }
    return -1;
}

static int is_mram(const char *symbol) { return strcmp(symbol, DPUSIM_MRAM_HEAP_POINTER_NAME) == 0; }

static struct fake_symbol *wram_symbol(const char *name)
{
    for (uint32_t i = 0; i < rank.nr_symbols; i++)
        if (strcmp(rank.symbols[i].name, name) == 0)
            return &rank.symbols[i];
    if (rank.program == NULL || rank.nr_symbols == FAKE_MAX_SYMBOLS || strlen(name) >= 64)
        return NULL;
    void *address = dlsym(rank.program, name);
    Dl_info info;
    const ElfW(Sym) *entry = NULL;
    if (address == NULL || dladdr1(address, &info, (void **)&entry, RTLD_DL_SYMENT) == 0 || entry == NULL)
        return NULL;
    struct fake_symbol *s = &rank.symbols[rank.nr_symbols++];
    strcpy(s->name, name);
    s->address = address;
    s->size = entry->st_size;
    s->shadow = calloc(rank.nr_dpus, s->size);
    for (uint32_t d = 0; d < rank.nr_dpus; d++)
        memcpy(s->shadow + d * s->size, address, s->size);
    return s;
}

/* Where `length` bytes at `offset` of `symbol` live on DPU `d`, or NULL if out of range. */
static uint8_t *locate(const char *symbol, uint32_t d, uint32_t offset, size_t length)
{
    if (is_mram(symbol)) {
        if ((size_t)offset + length > FAKE_MRAM_BYTES || offset % 8 != 0 || length % 8 != 0)
            return NULL;
        struct fake_dpu *dpu = &rank.dpus[d];
        if (offset + length > dpu->touched)
            dpu->touched = offset + length;
        return dpu->mram + offset;
    }
    struct fake_symbol *s = wram_symbol(symbol);
    if (s == NULL || (size_t)offset + length > s->size || offset % 4 != 0 || length % 4 != 0)
        return NULL;
    return s->shadow + d * s->size + offset;
}

dpusim_error_t dpu_alloc(uint32_t nr_dpus, const char *profile, struct dpusim_dpu_set *dpu_set)
{
    const char *limit = getenv("FAKE_LIBDPU_MAX_DPUS");
    uint32_t available = limit != NULL ? (uint32_t)strtoul(limit, NULL, 10) : 2560;
    log_line("alloc %u %s", nr_dpus, profile != NULL ? profile : "-");
    if (nr_dpus == 0 || nr_dpus > available || rank.dpus != NULL)
        return FAKE_ERR_ALLOCATION;
    rank.nr_dpus = nr_dpus;
    rank.dpus = calloc(nr_dpus, sizeof(struct fake_dpu));
    for (uint32_t d = 0; d < nr_dpus; d++) {
        rank.dpus[d].index = d;
        rank.dpus[d].mram = calloc(1, FAKE_MRAM_BYTES);
        if (rank.dpus[d].mram == NULL)
            return FAKE_ERR_ALLOCATION;
    }
    memset(dpu_set, 0, sizeof(*dpu_set));
    dpu_set->kind = DPUSIM_DPU_SET_RANKS;
    dpu_set->u.list.nr_ranks = 1;
    dpu_set->u.list.ranks = rank_list;
    return FAKE_OK;
}

dpusim_error_t dpu_free(struct dpusim_dpu_set dpu_set)
{
    uint32_t first, count;
    if (members(dpu_set, &first, &count) != 0 || dpu_set.kind != DPUSIM_DPU_SET_RANKS)
        return FAKE_ERR_INVALID_SET;
    for (uint32_t d = 0; d < rank.nr_dpus; d++) {
        struct fake_dpu *dpu = &rank.dpus[d];
        log_line("mram %u %zu %016llx", d, dpu->touched, (unsigned long long)fnv(dpu->mram, dpu->touched));
        free(dpu->mram);
    }
    for (uint32_t i = 0; i < rank.nr_symbols; i++)
        free(rank.symbols[i].shadow);
    free(rank.dpus);
    if (rank.program != NULL)
        dlclose(rank.program);
    memset(&rank, 0, sizeof(rank));
    log_line("free");
    return FAKE_OK;
}

dpusim_error_t dpu_get_nr_dpus(struct dpusim_dpu_set dpu_set, uint32_t *nr_dpus)
{
    uint32_t first;
    if (members(dpu_set, &first, nr_dpus) != 0)
        return FAKE_ERR_INVALID_SET;
    return FAKE_OK;
}

struct dpusim_dpu_iterator dpu_set_dpu_iterator_from(struct dpusim_dpu_set *set)
{
    struct dpusim_dpu_iterator it;
    memset(&it, 0, sizeof(it));
    it.rank_iterator.set = set;
    uint32_t first, count;
    if (members(*set, &first, &count) != 0 || count == 0)
        return it;
    it.has_next = true;
    it.next_idx = first + 1;
    it.next.kind = DPUSIM_DPU_SET_DPU;
    it.next.u.dpu = &rank.dpus[first];
    it.rank_iterator.count = count; /* the end, for dpu_set_dpu_iterator_next */
    return it;
}

void dpu_set_dpu_iterator_next(struct dpusim_dpu_iterator *iterator)
{
    uint32_t first, count;
    iterator->count++;
    if (members(*iterator->rank_iterator.set, &first, &count) != 0 || iterator->next_idx >= first + count) {
        iterator->has_next = false;
        return;
    }
    iterator->next.kind = DPUSIM_DPU_SET_DPU;
    iterator->next.u.dpu = &rank.dpus[iterator->next_idx++];
}

dpusim_error_t dpu_load(struct dpusim_dpu_set dpu_set, const char *binary_path, void **program)
{
    uint32_t first, count;
    if (members(dpu_set, &first, &count) != 0)
        return FAKE_ERR_INVALID_SET;
    const char *name = strrchr(binary_path, '/');
    log_line("load %s", name != NULL ? name + 1 : binary_path);
    void *handle = dlopen(binary_path, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        fprintf(stderr, "fake libdpu: %s\n", dlerror());
        return FAKE_ERR_ELF;
    }
    rank.program = handle;
    rank.run = (int (*)(uint8_t *, size_t))dlsym(handle, "mock_dpu_run");
    if (rank.run == NULL)
        return FAKE_ERR_ELF;
    if (program != NULL)
        *program = NULL;
    return FAKE_OK;
}

dpusim_error_t dpu_broadcast_to(struct dpusim_dpu_set dpu_set, const char *symbol_name, uint32_t symbol_offset,
                                const void *src, size_t length, uint32_t flags)
{
    (void)flags;
    uint32_t first, count;
    if (members(dpu_set, &first, &count) != 0)
        return FAKE_ERR_INVALID_SET;
    log_line("broadcast %s %u %zu %016llx", symbol_name, symbol_offset, length, (unsigned long long)fnv(src, length));
    for (uint32_t d = first; d < first + count; d++) {
        uint8_t *target = locate(symbol_name, d, symbol_offset, length);
        if (target == NULL)
            return is_mram(symbol_name) || wram_symbol(symbol_name) ? FAKE_ERR_ACCESS : FAKE_ERR_UNKNOWN_SYMBOL;
        memcpy(target, src, length);
    }
    return FAKE_OK;
}

dpusim_error_t dpu_copy_to(struct dpusim_dpu_set dpu_set, const char *symbol_name, uint32_t symbol_offset, const void *src,
                           size_t length)
{
    uint32_t first, count;
    if (members(dpu_set, &first, &count) != 0)
        return FAKE_ERR_INVALID_SET;
    log_line("copy_to %s %u %zu %016llx", symbol_name, symbol_offset, length, (unsigned long long)fnv(src, length));
    for (uint32_t d = first; d < first + count; d++) {
        uint8_t *target = locate(symbol_name, d, symbol_offset, length);
        if (target == NULL)
            return FAKE_ERR_ACCESS;
        memcpy(target, src, length);
    }
    return FAKE_OK;
}

dpusim_error_t dpu_copy_from(struct dpusim_dpu_set dpu_set, const char *symbol_name, uint32_t symbol_offset, void *dst,
                             size_t length)
{
    uint32_t first, count;
    if (members(dpu_set, &first, &count) != 0 || count != 1)
        return FAKE_ERR_INVALID_SET;
    uint8_t *source = locate(symbol_name, first, symbol_offset, length);
    if (source == NULL)
        return FAKE_ERR_ACCESS;
    memcpy(dst, source, length);
    log_line("copy_from %s %u %zu %u:%016llx", symbol_name, symbol_offset, length, first,
             (unsigned long long)fnv(dst, length));
    return FAKE_OK;
}

dpusim_error_t dpu_prepare_xfer(struct dpusim_dpu_set dpu_set, void *buffer)
{
    uint32_t first, count;
    if (members(dpu_set, &first, &count) != 0)
        return FAKE_ERR_INVALID_SET;
    for (uint32_t d = first; d < first + count; d++)
        rank.dpus[d].prepared = buffer;
    return FAKE_OK;
}

dpusim_error_t dpu_push_xfer(struct dpusim_dpu_set dpu_set, uint32_t xfer, const char *symbol_name, uint32_t symbol_offset,
                             size_t length, uint32_t flags)
{
    (void)flags;
    uint32_t first, count;
    if (members(dpu_set, &first, &count) != 0)
        return FAKE_ERR_INVALID_SET;
    char line[65536];
    int used = snprintf(line, sizeof(line), "xfer %s %s %u %zu", xfer == DPUSIM_XFER_TO_DPU ? "to" : "from", symbol_name,
                        symbol_offset, length);
    int corrupt = xfer == DPUSIM_XFER_FROM_DPU && is_mram(symbol_name) && getenv("FAKE_LIBDPU_CORRUPT") != NULL
        && strcmp(getenv("FAKE_LIBDPU_CORRUPT"), "1") == 0;
    dpusim_error_t status = FAKE_OK;
    for (uint32_t d = first; d < first + count; d++) {
        uint8_t *buffer = rank.dpus[d].prepared;
        rank.dpus[d].prepared = NULL;
        if (buffer == NULL)
            continue;
        uint8_t *memory = locate(symbol_name, d, symbol_offset, length);
        if (memory == NULL) {
            status = FAKE_ERR_ACCESS;
            continue;
        }
        if (xfer == DPUSIM_XFER_TO_DPU) {
            memcpy(memory, buffer, length);
        } else {
            memcpy(buffer, memory, length);
            if (corrupt && length > 0)
                buffer[0] ^= 1;
        }
        if (used > 0 && (size_t)used < sizeof(line) - 40)
            used += snprintf(line + used, sizeof(line) - used, " %u:%016llx", d, (unsigned long long)fnv(buffer, length));
    }
    log_line("%s", line);
    return status;
}

dpusim_error_t dpu_launch(struct dpusim_dpu_set dpu_set, uint32_t policy)
{
    uint32_t first, count;
    if (members(dpu_set, &first, &count) != 0 || policy != DPUSIM_SYNCHRONOUS)
        return FAKE_ERR_INVALID_SET;
    if (rank.run == NULL)
        return FAKE_ERR_NO_PROGRAM;
    log_line("launch %u", count);
    for (uint32_t d = first; d < first + count; d++) {
        for (uint32_t i = 0; i < rank.nr_symbols; i++)
            memcpy(rank.symbols[i].address, rank.symbols[i].shadow + d * rank.symbols[i].size, rank.symbols[i].size);
        if (rank.run(rank.dpus[d].mram, FAKE_MRAM_BYTES) != 0)
            return FAKE_ERR_FAULT;
        for (uint32_t i = 0; i < rank.nr_symbols; i++)
            memcpy(rank.symbols[i].shadow + d * rank.symbols[i].size, rank.symbols[i].address, rank.symbols[i].size);
    }
    return FAKE_OK;
}

dpusim_error_t dpu_log_read(struct dpusim_dpu_set set, FILE *stream)
{
    uint32_t first, count;
    if (members(set, &first, &count) != 0 || count != 1)
        return FAKE_ERR_INVALID_SET;
    fprintf(stream, "fake libdpu: DPU %u has no log (test double)\n", first);
    return FAKE_OK;
}

const char *dpu_error_to_string(dpusim_error_t status)
{
    switch (status) {
    case FAKE_OK: return "success";
    case FAKE_ERR_ALLOCATION: return "fake libdpu: cannot allocate that many DPUs";
    case FAKE_ERR_INVALID_SET: return "fake libdpu: invalid DPU set";
    case FAKE_ERR_NO_PROGRAM: return "fake libdpu: no program loaded";
    case FAKE_ERR_UNKNOWN_SYMBOL: return "fake libdpu: unknown symbol";
    case FAKE_ERR_ACCESS: return "fake libdpu: access outside the symbol";
    case FAKE_ERR_FAULT: return "fake libdpu: DPU fault";
    case FAKE_ERR_ELF: return "fake libdpu: cannot load the program";
    default: return "fake libdpu: unknown error";
    }
}
