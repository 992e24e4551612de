/* Proxy runtime (dpu/proxy/README.md): opaque calls, outside every counted region. */
#ifndef PROXY_PERFCOUNTER_H
#define PROXY_PERFCOUNTER_H
#include <stdbool.h>
#include <stdint.h>
typedef uint64_t perfcounter_t;
typedef enum _perfcounter_config_t { COUNT_SAME, COUNT_CYCLES, COUNT_INSTRUCTIONS, COUNT_NOTHING } perfcounter_config_t;
perfcounter_t perfcounter_config(perfcounter_config_t config, bool reset_value);
perfcounter_t perfcounter_get(void);
#endif
