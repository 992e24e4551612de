/*
 * dpu/src/train-pairs.c (both training strategies) with the WRAM
 * plan the host picks by default: counter tables staged in WRAM, 1024-byte stream buffers.
 * At the proxy's NR_TASKLETS = 16 a table per tasklet does not fit the DPU's WRAM, so the
 * plan would drop the staged path from the listing; the host runs the program with fewer
 * tasklets (DPUTraining.automaticTasklets), where it fits. Only the WRAM size the static
 * checks use is lifted; the program text is the DPU's. Not a DPU build: compiled by
 * scripts/proxy-listings.sh only (docs/instruction-counts.md).
 */
#define BTHOWEN_TABLES 1
#define BTHOWEN_STREAM_BYTES 1024
#define BTHOWEN_WRAM_BYTES (1 << 20)
#include "../src/train-pairs.c"
