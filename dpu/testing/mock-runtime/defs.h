/* TEST DOUBLE of the UPMEM runtime's defs.h (see dpu/testing/README.md). */
#ifndef MOCK_DEFS_H
#define MOCK_DEFS_H
typedef unsigned int sysname_t;
sysname_t mock_me(void);
#define me() mock_me()
#endif
