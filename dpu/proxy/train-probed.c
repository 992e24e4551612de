/*
 * dpu/src/train-pairs.c (both training strategies) with the WRAM
 * plan without counter tables (every pair probed in MRAM) and 1024-byte stream buffers, the
 * plan the host picks when no table fits (DPUTraining, TrainingWRAMPlan). Pinned so that
 * the listing does not depend on NR_TASKLETS. Not a DPU build: compiled by
 * scripts/proxy-listings.sh only (docs/instruction-counts.md).
 */
#define BTHOWEN_TABLES 0
#define BTHOWEN_STREAM_BYTES 1024
#include "../src/train-pairs.c"
