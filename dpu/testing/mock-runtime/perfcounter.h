/* TEST DOUBLE of the UPMEM runtime's perfcounter.h (see dpu/testing/README.md).
 * perfcounter_get() is NOT a cycle count: it returns the DMAs the calling tasklet issued, plus one. */
#ifndef MOCK_PERFCOUNTER_H
#define MOCK_PERFCOUNTER_H
#include <stdbool.h>
#include <stdint.h>
typedef uint64_t perfcounter_t;
typedef enum _perfcounter_config_t { COUNT_SAME, COUNT_CYCLES, COUNT_INSTRUCTIONS, COUNT_NOTHING } perfcounter_config_t;
perfcounter_t perfcounter_config(perfcounter_config_t config, bool reset_value);
perfcounter_t perfcounter_get(void);
#endif
