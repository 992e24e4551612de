/*
 * train-pairs — BTHOWeN training on UPMEM DPUs, for both strategies (docs/training.md).
 *
 * The host gives every DPU a share of the (class, filter) pairs and, per pair, a stream of
 * records of training images, in training order; tasklet t owns the DPU's pairs t, t+T, ...
 * and applies each pair's conservative updates in order.
 *
 * - train-filter-split (exact): each DPU owns a contiguous share of the pairs (class-major)
 *   and gets every training image of their classes. A filter's update depends only on its
 *   own counters, so the counters are byte-identical to the host trainer's.
 * - train-data-parallel (approximate): each DPU owns every pair and gets a contiguous shard
 *   of the images; the host merges the DPUs' counters (saturating sum by default).
 *
 * The two strategies differ only in what the host sends, so they run this one program.
 */
#define BTHOWEN_TRAIN_MAIN
#include "bthowen_train_dpu.h"

int main(void) { return train_main(); }
