/* Proxy runtime (dpu/proxy/README.md): the atomic bits as plain bytes (only their addresses are used). */
#ifndef PROXY_ATOMIC_BIT_H
#define PROXY_ATOMIC_BIT_H
#include <stdint.h>
#define ATOMIC_BIT_INIT(_name) uint8_t __atomic_bit_##_name
#define ATOMIC_BIT_GET(_name) __atomic_bit_##_name
#endif
