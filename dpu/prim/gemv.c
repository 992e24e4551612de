/*
 * C twin of PrIM's GEMV DPU program (uPIMulator golang/uPIMulator/benchmark/GEMV/dpu/task.c
 * @ 870d916, a copy of CMU-SAFARI/prim-benchmarks GEMV/dpu/task.c with gemv() noinline and
 * two rows per tasklet step), re-typed here with its build settings pinned (BL=10 as the
 * benchmark's dpu/CMakeLists.txt sets it; T = uint32_t from support/common.h) so the proxy
 * compiler sees the same loops: scripts/proxy-listings.sh --suite prim compiles it for the
 * hot regions the DSL kernel charges (Sources/PrIMKernels/Workloads/GEMV.swift). The
 * unused <seqread.h> include and the PRINT-only printf are left out. Not a DPU build.
 */
#include <stdint.h>
typedef uint32_t T;
#include "gemv-body.h"
