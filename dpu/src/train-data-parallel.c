/*
 * train-data-parallel — approximate BTHOWeN training on UPMEM DPUs.
 *
 * Each DPU trains full counting filters (every class and filter) on a contiguous shard of
 * the training images; the host pulls every DPU's counters and merges them (saturating
 * sum by default). On the DPU this is the same per-pair loop as train-filter-split with
 * every pair owned: the host routes each pair's records of the shard, in order, and
 * tasklet t owns pairs t, t+T, ... (docs/training.md).
 */
#define BTHOWEN_TRAIN_MAIN
#include "bthowen_train_dpu.h"

int main(void) { return train_main(); }
