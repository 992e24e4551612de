	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"mram-probe.c"
	.text
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -64
	sw	ra, 60(sp)                      # 4-byte Folded Spill
	sw	s0, 56(sp)                      # 4-byte Folded Spill
	sw	s1, 52(sp)                      # 4-byte Folded Spill
	sw	s2, 48(sp)                      # 4-byte Folded Spill
	sw	s3, 44(sp)                      # 4-byte Folded Spill
	sw	s4, 40(sp)                      # 4-byte Folded Spill
	sw	s5, 36(sp)                      # 4-byte Folded Spill
	sw	s6, 32(sp)                      # 4-byte Folded Spill
	sw	s7, 28(sp)                      # 4-byte Folded Spill
	sw	s8, 24(sp)                      # 4-byte Folded Spill
	sw	s9, 20(sp)                      # 4-byte Folded Spill
	sw	s10, 16(sp)                     # 4-byte Folded Spill
	sw	s11, 12(sp)                     # 4-byte Folded Spill
	call	me
	mv	s0, a0
	lui	a0, %hi(bthowen_params)
	addi	a1, a0, %lo(bthowen_params)
	lw	s2, %lo(bthowen_params)(a0)
	lw	s6, 4(a1)
	lw	s5, 8(a1)
	lw	a0, 20(a1)
	lw	s1, 28(a1)
	lw	s8, 48(a1)
	seqz	a1, s5
	seqz	a0, a0
	or	a0, a1, a0
	sltiu	a1, s1, 8
	or	s3, a0, a1
	call	me
	lui	s7, %hi(bthowen_perf)
	addi	s7, s7, %lo(bthowen_perf)
	bnez	a0, .LBB0_4
# %bb.1:
	lw	a0, 200(s7)
	addi	a0, a0, -1
	seqz	a0, a0
	addi	a0, a0, 1
	li	a1, 1
	li	s4, 1
	call	perfcounter_config
	call	mem_reset
	li	a0, 16
	sw	a0, 192(s7)
	bne	s2, a0, .LBB0_3
# %bb.2:
	slli	s4, s3, 1
.LBB0_3:
	sw	s4, 196(s7)
.LBB0_4:
	addi	s2, s2, -16
	snez	a0, s2
	or	a0, s3, a0
	bnez	a0, .LBB0_12
# %bb.5:
	lui	a0, %hi(heap_reset)
	addi	a0, a0, %lo(heap_reset)
	call	barrier_wait
	mv	a0, s1
	call	mem_alloc
	mv	s2, a0
	li	a0, 8
	call	mem_alloc
	mv	s3, a0
	li	a0, 8
	call	mem_alloc
	mv	s4, a0
	slli	s5, s5, 2
	addi	a0, s5, 7
	andi	a0, a0, -8
	call	mem_alloc
	bgeu	s0, s6, .LBB0_12
# %bb.6:
	mv	s5, a0
	lui	s9, %hi(__sys_used_mram_end)
	addi	s9, s9, %lo(__sys_used_mram_end)
	add	s8, s9, s8
	mv	a0, s0
	mv	a1, s1
	call	__mulsi3
	add	s9, s9, a0
	slli	s10, s1, 4
	lui	s11, %hi(bthowen_params+44)
	li	s7, 1
	slli	s7, s7, 11
	j	.LBB0_8
.LBB0_7:                                #   in Loop: Header=BB0_8 Depth=1
	mv	a0, s2
	mv	a1, s3
	mv	a2, s5
	call	mram_probe_input
	sw	a0, 0(s4)
	sw	zero, 4(s4)
	slli	a0, s0, 3
	add	a0, s8, a0
	#APP
	#DMA mram_write s4 -> a0
	#NO_APP
	addi	s0, s0, 16
	add	s9, s9, s10
	bgeu	s0, s6, .LBB0_12
.LBB0_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_10 Depth 2
	li	a0, 0
	lw	a1, %lo(bthowen_params+44)(s11)
	add	a1, s9, a1
	mv	a2, s1
	j	.LBB0_10
.LBB0_9:                                #   in Loop: Header=BB0_10 Depth=2
	add	a4, a1, a0
	add	a5, s2, a0
	#APP
	#DMA mram_read a4 -> a5
	#NO_APP
	add	a0, a0, s7
	addi	a2, a2, -2048
	bgeu	a0, s1, .LBB0_7
.LBB0_10:                               #   Parent Loop BB0_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a3, a2
	bltu	a2, s7, .LBB0_9
# %bb.11:                               #   in Loop: Header=BB0_10 Depth=2
	mv	a3, s7
	j	.LBB0_9
.LBB0_12:
	call	perfcounter_get
	mv	s0, a0
	mv	s1, a1
	call	me
	slli	a0, a0, 3
	lui	a1, %hi(bthowen_perf)
	addi	a1, a1, %lo(bthowen_perf)
	add	a0, a1, a0
	sw	s0, 0(a0)
	sw	s1, 4(a0)
	li	a0, 0
	lw	ra, 60(sp)                      # 4-byte Folded Reload
	lw	s0, 56(sp)                      # 4-byte Folded Reload
	lw	s1, 52(sp)                      # 4-byte Folded Reload
	lw	s2, 48(sp)                      # 4-byte Folded Reload
	lw	s3, 44(sp)                      # 4-byte Folded Reload
	lw	s4, 40(sp)                      # 4-byte Folded Reload
	lw	s5, 36(sp)                      # 4-byte Folded Reload
	lw	s6, 32(sp)                      # 4-byte Folded Reload
	lw	s7, 28(sp)                      # 4-byte Folded Reload
	lw	s8, 24(sp)                      # 4-byte Folded Reload
	lw	s9, 20(sp)                      # 4-byte Folded Reload
	lw	s10, 16(sp)                     # 4-byte Folded Reload
	lw	s11, 12(sp)                     # 4-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.p2align	2                               # -- Begin function mram_probe_input
	.type	mram_probe_input,@function
mram_probe_input:                       # @mram_probe_input
# %bb.0:
	addi	sp, sp, -64
	sw	ra, 60(sp)                      # 4-byte Folded Spill
	sw	s0, 56(sp)                      # 4-byte Folded Spill
	sw	s1, 52(sp)                      # 4-byte Folded Spill
	sw	s2, 48(sp)                      # 4-byte Folded Spill
	sw	s3, 44(sp)                      # 4-byte Folded Spill
	sw	s4, 40(sp)                      # 4-byte Folded Spill
	sw	s5, 36(sp)                      # 4-byte Folded Spill
	sw	s6, 32(sp)                      # 4-byte Folded Spill
	sw	s7, 28(sp)                      # 4-byte Folded Spill
	sw	s8, 24(sp)                      # 4-byte Folded Spill
	sw	s9, 20(sp)                      # 4-byte Folded Spill
	sw	s10, 16(sp)                     # 4-byte Folded Spill
	sw	s11, 12(sp)                     # 4-byte Folded Spill
	mv	s0, a2
	mv	s1, a1
	lui	a1, %hi(bthowen_params)
	addi	a1, a1, %lo(bthowen_params)
	lw	s6, 8(a1)
	lw	s2, 12(a1)
	lw	s7, 20(a1)
	lw	s8, 32(a1)
	lw	s4, 36(a1)
	lw	s9, 40(a1)
	mv	s3, a0
	beqz	s6, .LBB1_3
# %bb.1:
	slli	a0, s6, 2
	add	a0, s0, a0
	mv	a1, s0
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	sw	zero, 0(a1)
	addi	a1, a1, 4
	bne	a1, a0, .LBB1_2
.LBB1_3:
	beqz	s2, .LBB1_15
# %bb.4:
	li	s10, 0
	slli	s4, s4, 2
	slli	a0, s7, 2
	sw	a0, 8(sp)                       # 4-byte Folded Spill
	lui	s11, %hi(__sys_used_mram_end)
	addi	s11, s11, %lo(__sys_used_mram_end)
	j	.LBB1_6
.LBB1_5:                                #   in Loop: Header=BB1_6 Depth=1
	addi	s10, s10, 1
	lw	a0, 8(sp)                       # 4-byte Folded Reload
	add	s3, s3, a0
	beq	s10, s2, .LBB1_15
.LBB1_6:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_10 Depth 2
                                        #       Child Loop BB1_13 Depth 3
	beqz	s6, .LBB1_5
# %bb.7:                                #   in Loop: Header=BB1_6 Depth=1
	li	s5, 0
	j	.LBB1_10
.LBB1_8:                                #   in Loop: Header=BB1_10 Depth=2
	li	a4, -1
.LBB1_9:                                #   in Loop: Header=BB1_10 Depth=2
	slli	a0, s5, 2
	add	a0, s0, a0
	lw	a1, 0(a0)
	sltu	a2, a4, s8
	xori	a2, a2, 1
	add	a1, a1, a2
	addi	s5, s5, 1
	sw	a1, 0(a0)
	beq	s5, s6, .LBB1_5
.LBB1_10:                               #   Parent Loop BB1_6 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB1_13 Depth 3
	beqz	s7, .LBB1_8
# %bb.11:                               #   in Loop: Header=BB1_10 Depth=2
	mv	a0, s5
	mv	a1, s2
	call	__mulsi3
	add	a1, a0, s10
	mv	a0, s4
	call	__mulsi3
	add	a0, a0, s9
	li	a3, -1
	mv	a1, s3
	mv	a2, s7
	j	.LBB1_13
.LBB1_12:                               #   in Loop: Header=BB1_13 Depth=3
	addi	a2, a2, -1
	addi	a1, a1, 4
	mv	a3, a4
	beqz	a2, .LBB1_9
.LBB1_13:                               #   Parent Loop BB1_6 Depth=1
                                        #     Parent Loop BB1_10 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a4, 0(a1)
	slli	a4, a4, 2
	add	a4, a0, a4
	andi	a5, a4, -8
	andi	a4, a4, 4
	add	a5, s11, a5
	#APP
	#DMA mram_read a5 -> s1
	#NO_APP
	add	a4, s1, a4
	lw	a4, 0(a4)
	bltu	a4, a3, .LBB1_12
# %bb.14:                               #   in Loop: Header=BB1_13 Depth=3
	mv	a4, a3
	j	.LBB1_12
.LBB1_15:
	beqz	s6, .LBB1_22
# %bb.16:
	li	a1, 0
	li	a2, 0
	li	a0, 0
	j	.LBB1_18
.LBB1_17:                               #   in Loop: Header=BB1_18 Depth=1
	addi	a1, a1, 1
	addi	s0, s0, 4
	mv	a2, a3
	beq	s6, a1, .LBB1_23
.LBB1_18:                               # =>This Inner Loop Header: Depth=1
	lw	a3, 0(s0)
	bltu	a3, a2, .LBB1_20
# %bb.19:                               #   in Loop: Header=BB1_18 Depth=1
	mv	a0, a1
.LBB1_20:                               #   in Loop: Header=BB1_18 Depth=1
	bltu	a2, a3, .LBB1_17
# %bb.21:                               #   in Loop: Header=BB1_18 Depth=1
	mv	a3, a2
	j	.LBB1_17
.LBB1_22:
	li	a0, 0
.LBB1_23:
	lw	ra, 60(sp)                      # 4-byte Folded Reload
	lw	s0, 56(sp)                      # 4-byte Folded Reload
	lw	s1, 52(sp)                      # 4-byte Folded Reload
	lw	s2, 48(sp)                      # 4-byte Folded Reload
	lw	s3, 44(sp)                      # 4-byte Folded Reload
	lw	s4, 40(sp)                      # 4-byte Folded Reload
	lw	s5, 36(sp)                      # 4-byte Folded Reload
	lw	s6, 32(sp)                      # 4-byte Folded Reload
	lw	s7, 28(sp)                      # 4-byte Folded Reload
	lw	s8, 24(sp)                      # 4-byte Folded Reload
	lw	s9, 20(sp)                      # 4-byte Folded Reload
	lw	s10, 16(sp)                     # 4-byte Folded Reload
	lw	s11, 12(sp)                     # 4-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end1:
	.size	mram_probe_input, .Lfunc_end1-mram_probe_input
                                        # -- End function
	.type	heap_reset,@object              # @heap_reset
	.data
	.globl	heap_reset
	.p2align	2, 0x0
heap_reset:
	.word	16                              # 0x10
	.size	heap_reset, 4

	.type	bthowen_params,@object          # @bthowen_params
	.bss
	.globl	bthowen_params
	.p2align	2, 0x0
bthowen_params:
	.zero	56
	.size	bthowen_params, 56

	.type	bthowen_perf,@object            # @bthowen_perf
	.globl	bthowen_perf
	.p2align	3, 0x0
bthowen_perf:
	.zero	208
	.size	bthowen_perf, 208

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym heap_reset
	.addrsig_sym bthowen_params
	.addrsig_sym bthowen_perf
	.addrsig_sym __sys_used_mram_end
