/*
 * C twin of PrIM's MLP DPU program (uPIMulator golang/uPIMulator/benchmark/MLP/dpu/task.c
 * @ 870d916, a copy of CMU-SAFARI/prim-benchmarks MLP/dpu/task.c with gemv() noinline; the
 * same program as GEMV's, for int32_t), re-typed here with its build settings pinned (BL=10
 * as the benchmark's dpu/CMakeLists.txt sets it; T = int32_t from support/common.h) so the proxy
 * compiler sees the same loops: scripts/proxy-listings.sh --suite prim compiles it for the
 * hot regions the DSL kernel charges (Sources/PrIMKernels/Workloads/MLP.swift). The
 * unused <seqread.h> include and the PRINT-only printf are left out. Not a DPU build.
 */
#include <stdint.h>
typedef int32_t T;
#include "gemv-body.h"
