/* Proxy runtime (dpu/proxy/README.md): opaque calls, outside every counted region. */
#ifndef PROXY_HANDSHAKE_H
#define PROXY_HANDSHAKE_H
#include "defs.h"
void handshake_notify(void);
int handshake_wait_for(sysname_t notifier);
#endif
