/* Proxy runtime (dpu/proxy/README.md): me() as an opaque call, outside every counted region. */
#ifndef PROXY_DEFS_H
#define PROXY_DEFS_H
typedef unsigned int sysname_t;
sysname_t me(void);
#endif
