/*
 * train-filter-split — exact BTHOWeN training on UPMEM DPUs.
 *
 * The host gives every DPU a contiguous share of the (class, filter) pairs (class-major
 * order) and, per pair, the stream of records of that class's training images, in
 * training order. A filter's conservative update depends only on its own counters, so
 * applying each pair's updates in order on its owner gives counters byte-identical to the
 * host trainer's. Tasklet t owns the DPU's pairs t, t+T, ... (docs/training.md).
 */
#define BTHOWEN_TRAIN_MAIN
#include "bthowen_train_dpu.h"

int main(void) { return train_main(); }
