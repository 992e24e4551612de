	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"small-pooled.c"
	.text
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -272
	sw	ra, 268(sp)                     # 4-byte Folded Spill
	sw	s0, 264(sp)                     # 4-byte Folded Spill
	sw	s1, 260(sp)                     # 4-byte Folded Spill
	sw	s2, 256(sp)                     # 4-byte Folded Spill
	sw	s3, 252(sp)                     # 4-byte Folded Spill
	sw	s4, 248(sp)                     # 4-byte Folded Spill
	sw	s5, 244(sp)                     # 4-byte Folded Spill
	sw	s6, 240(sp)                     # 4-byte Folded Spill
	sw	s7, 236(sp)                     # 4-byte Folded Spill
	sw	s8, 232(sp)                     # 4-byte Folded Spill
	sw	s9, 228(sp)                     # 4-byte Folded Spill
	sw	s10, 224(sp)                    # 4-byte Folded Spill
	sw	s11, 220(sp)                    # 4-byte Folded Spill
	call	me
	mv	s11, a0
	lui	s1, %hi(bthowen_params)
	addi	a0, s1, %lo(bthowen_params)
	lw	s8, 4(a0)
	lw	s7, 8(a0)
	lw	s9, 12(a0)
	lw	a1, 16(a0)
	sw	a1, 88(sp)                      # 4-byte Folded Spill
	lw	s10, 20(a0)
	lw	a1, 24(a0)
	sw	a1, 140(sp)                     # 4-byte Folded Spill
	lw	a1, 28(a0)
	sw	a1, 128(sp)                     # 4-byte Folded Spill
	lw	s4, 32(a0)
	lw	s3, 36(a0)
	lw	a0, 40(a0)
	sw	a0, 132(sp)                     # 4-byte Folded Spill
	li	s5, 16
	slli	a0, s10, 2
	sw	a0, 148(sp)                     # 4-byte Folded Spill
	mv	a1, s3
	call	__mulsi3
	mv	s2, a0
	mv	a0, s3
	mv	a1, s7
	call	__mulsi3
	mv	s6, a0
	sw	s7, 152(sp)                     # 4-byte Folded Spill
	seqz	a0, s7
	sw	s10, 144(sp)                    # 4-byte Folded Spill
	addi	a1, s10, -17
	sw	s9, 112(sp)                     # 4-byte Folded Spill
	sltiu	a2, s9, 129
	sltiu	a1, a1, -16
	or	a0, a0, a1
	addi	a1, s4, -16
	lw	s1, %lo(bthowen_params)(s1)
	xori	a2, a2, 1
	sltiu	a1, a1, -15
	or	a1, a2, a1
	or	a0, a0, a1
	sw	s3, 52(sp)                      # 4-byte Folded Spill
	seqz	a1, s3
	or	s7, a0, a1
	call	me
	lui	s3, %hi(bthowen_perf)
	addi	s3, s3, %lo(bthowen_perf)
	sw	s8, 48(sp)                      # 4-byte Folded Spill
	bnez	a0, .LBB0_4
# %bb.1:
	lw	a0, 200(s3)
	addi	a0, a0, -1
	seqz	a0, a0
	addi	a0, a0, 1
	li	a1, 1
	li	s8, 1
	call	perfcounter_config
	call	mem_reset
	sw	s5, 192(s3)
	bne	s1, s5, .LBB0_3
# %bb.2:
	slli	s8, s7, 1
.LBB0_3:
	sw	s8, 196(s3)
	lw	s8, 48(sp)                      # 4-byte Folded Reload
.LBB0_4:
	addi	s1, s1, -16
	snez	a0, s1
	or	a1, s7, a0
	lw	a0, 144(sp)                     # 4-byte Folded Reload
	lw	s7, 52(sp)                      # 4-byte Folded Reload
	bnez	a1, .LBB0_74
# %bb.5:
	addi	s2, s2, 7
	addi	s6, s6, 7
	lw	s0, 140(sp)                     # 4-byte Folded Reload
	slli	s0, s0, 3
	lui	s1, %hi(bthowen_params)
	addi	s1, s1, %lo(bthowen_params)
	andi	s9, s6, -8
	slli	s3, s7, 3
	sw	s0, 136(sp)                     # 4-byte Folded Spill
	sw	s3, 44(sp)                      # 4-byte Folded Spill
	sw	s2, 124(sp)                     # 4-byte Folded Spill
	beqz	s11, .LBB0_75
# %bb.6:
	lui	a0, %hi(.L_MergedGlobals)
	addi	a0, a0, %lo(.L_MergedGlobals)
	call	barrier_wait
	lw	s0, 32(s1)
	mv	s6, s1
.LBB0_7:
	lw	s2, 52(sp)                      # 4-byte Folded Reload
	beqz	s8, .LBB0_74
# %bb.8:
	li	a0, 16
	li	s5, 1
	sub	s3, a0, s0
	slli	s10, s5, 11
	sub	s4, s11, s0
	mv	a0, s4
	mv	a1, s9
	call	__mulsi3
	sw	a0, 20(sp)                      # 4-byte Folded Spill
	mv	a0, s4
	lw	a1, 136(sp)                     # 4-byte Folded Reload
	call	__mulsi3
	sw	a0, 16(sp)                      # 4-byte Folded Spill
	mv	a0, s11
	sw	s0, 96(sp)                      # 4-byte Folded Spill
	lw	s1, 128(sp)                     # 4-byte Folded Reload
	mv	a1, s1
	call	__mulsi3
	slli	a1, s1, 4
	sw	a1, 32(sp)                      # 4-byte Folded Spill
	lui	s7, %hi(__sys_used_mram_end)
	addi	s7, s7, %lo(__sys_used_mram_end)
	sw	a0, 36(sp)                      # 4-byte Folded Spill
	add	a0, s7, a0
	sw	a0, 64(sp)                      # 4-byte Folded Spill
	mv	a0, s2
	mv	a1, s1
	call	__mulsi3
	sw	a0, 28(sp)                      # 4-byte Folded Spill
	lw	a0, 140(sp)                     # 4-byte Folded Reload
	lw	a1, 152(sp)                     # 4-byte Folded Reload
	call	__mulsi3
	mv	s0, a0
	mv	a1, s4
	call	__mulsi3
	slli	a0, a0, 3
	lw	a1, 132(sp)                     # 4-byte Folded Reload
	add	a0, a1, a0
	sw	s7, 60(sp)                      # 4-byte Folded Spill
	add	a0, s7, a0
	sw	a0, 12(sp)                      # 4-byte Folded Spill
	mv	a0, s0
	mv	a1, s3
	call	__mulsi3
	slli	a0, a0, 3
	sw	a0, 80(sp)                      # 4-byte Folded Spill
	lw	s0, 124(sp)                     # 4-byte Folded Reload
	srli	s0, s0, 3
	mv	a0, s0
	sw	s4, 24(sp)                      # 4-byte Folded Spill
	mv	a1, s4
	lw	s4, 64(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	slli	a0, a0, 3
	sw	a0, 8(sp)                       # 4-byte Folded Spill
	mv	a0, s0
	sw	s3, 84(sp)                      # 4-byte Folded Spill
	mv	a1, s3
	call	__mulsi3
	slli	a0, a0, 3
	sw	a0, 76(sp)                      # 4-byte Folded Spill
	addi	s7, sp, 156
	lw	a0, 148(sp)                     # 4-byte Folded Reload
	add	s7, s7, a0
	lw	s3, 88(sp)                      # 4-byte Folded Reload
	slli	s3, s3, 2
	mv	a0, s11
	mv	a1, s0
	call	__mulsi3
	slli	s1, a0, 3
	lw	a0, 96(sp)                      # 4-byte Folded Reload
	mv	a1, s0
	call	__mulsi3
	sw	zero, 68(sp)                    # 4-byte Folded Spill
	slli	a0, a0, 3
	sw	a0, 92(sp)                      # 4-byte Folded Spill
	sw	s1, 4(sp)                       # 4-byte Folded Spill
	lw	a0, 148(sp)                     # 4-byte Folded Reload
	add	s1, s1, a0
	sw	s1, 72(sp)                      # 4-byte Folded Spill
	lw	a0, 96(sp)                      # 4-byte Folded Reload
	addi	t0, a0, -16
	mv	a2, s8
	sw	s11, 40(sp)                     # 4-byte Folded Spill
	sw	t0, 108(sp)                     # 4-byte Folded Spill
	j	.LBB0_11
.LBB0_9:                                #   in Loop: Header=BB0_11 Depth=1
	lui	a0, %hi(.L_MergedGlobals+4)
	addi	a0, a0, %lo(.L_MergedGlobals+4)
	call	barrier_wait
	lw	s2, 52(sp)                      # 4-byte Folded Reload
	lui	s6, %hi(bthowen_params)
	addi	s6, s6, %lo(bthowen_params)
	lw	a7, 60(sp)                      # 4-byte Folded Reload
	lw	s4, 64(sp)                      # 4-byte Folded Reload
	beqz	s11, .LBB0_69
.LBB0_10:                               #   in Loop: Header=BB0_11 Depth=1
	lw	a1, 68(sp)                      # 4-byte Folded Reload
	add	a1, a1, s2
	lw	a2, 56(sp)                      # 4-byte Folded Reload
	sub	a2, a2, s2
	lw	a0, 28(sp)                      # 4-byte Folded Reload
	add	s4, s4, a0
	lw	a0, 44(sp)                      # 4-byte Folded Reload
	add	a7, a7, a0
	sw	a7, 60(sp)                      # 4-byte Folded Spill
	sw	a1, 68(sp)                      # 4-byte Folded Spill
	bgeu	a1, s8, .LBB0_74
.LBB0_11:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_20 Depth 2
                                        #       Child Loop BB0_23 Depth 3
                                        #     Child Loop BB0_41 Depth 2
                                        #     Child Loop BB0_45 Depth 2
                                        #       Child Loop BB0_47 Depth 3
                                        #         Child Loop BB0_50 Depth 4
                                        #         Child Loop BB0_56 Depth 4
                                        #           Child Loop BB0_57 Depth 5
                                        #     Child Loop BB0_26 Depth 2
                                        #       Child Loop BB0_28 Depth 3
                                        #         Child Loop BB0_29 Depth 4
                                        #         Child Loop BB0_33 Depth 4
                                        #           Child Loop BB0_35 Depth 5
                                        #         Child Loop BB0_37 Depth 4
                                        #     Child Loop BB0_62 Depth 2
                                        #       Child Loop BB0_64 Depth 3
                                        #         Child Loop BB0_66 Depth 4
                                        #     Child Loop BB0_72 Depth 2
	mv	s0, s2
	mv	s1, s2
	bltu	s2, a2, .LBB0_13
# %bb.12:                               #   in Loop: Header=BB0_11 Depth=1
	mv	s0, a2
.LBB0_13:                               #   in Loop: Header=BB0_11 Depth=1
	sw	a2, 56(sp)                      # 4-byte Folded Spill
	lw	a0, 152(sp)                     # 4-byte Folded Reload
	mv	a1, s0
	call	__mulsi3
	lw	a1, 68(sp)                      # 4-byte Folded Reload
	sub	s8, s8, a1
	mv	s2, a0
	bltu	s8, s1, .LBB0_15
# %bb.14:                               #   in Loop: Header=BB0_11 Depth=1
	mv	s8, s1
.LBB0_15:                               #   in Loop: Header=BB0_11 Depth=1
	mv	a0, s4
	lw	a1, 36(sp)                      # 4-byte Folded Reload
	mv	a2, s11
	lw	t2, 128(sp)                     # 4-byte Folded Reload
	lw	t3, 96(sp)                      # 4-byte Folded Reload
	lw	t4, 32(sp)                      # 4-byte Folded Reload
	bltu	s11, s8, .LBB0_20
.LBB0_16:                               #   in Loop: Header=BB0_11 Depth=1
	sw	s8, 140(sp)                     # 4-byte Folded Spill
	sw	s4, 64(sp)                      # 4-byte Folded Spill
	bgeu	s11, t3, .LBB0_39
# %bb.17:                               #   in Loop: Header=BB0_11 Depth=1
	lui	a0, %hi(.L_MergedGlobals+4)
	addi	a0, a0, %lo(.L_MergedGlobals+4)
	call	barrier_wait
	lw	a0, 112(sp)                     # 4-byte Folded Reload
	lw	a2, 92(sp)                      # 4-byte Folded Reload
	bgeu	s11, a0, .LBB0_59
# %bb.18:                               #   in Loop: Header=BB0_11 Depth=1
	li	a1, 0
	lw	a0, 4(sp)                       # 4-byte Folded Reload
	sw	a0, 116(sp)                     # 4-byte Folded Spill
	j	.LBB0_26
.LBB0_19:                               #   in Loop: Header=BB0_20 Depth=2
	addi	a2, a2, 16
	add	a1, a1, t4
	add	a0, a0, t4
	bgeu	a2, s8, .LBB0_16
.LBB0_20:                               #   Parent Loop BB0_11 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_23 Depth 3
	beqz	t2, .LBB0_19
# %bb.21:                               #   in Loop: Header=BB0_20 Depth=2
	li	a3, 0
	lui	a4, %hi(.L_MergedGlobals.1)
	addi	a4, a4, %lo(.L_MergedGlobals.1)
	lw	a4, 4(a4)
	lw	a5, 48(s6)
	add	a4, a4, a1
	add	a5, a0, a5
	mv	a6, t2
	j	.LBB0_23
.LBB0_22:                               #   in Loop: Header=BB0_23 Depth=3
	add	t0, a5, a3
	add	t1, a4, a3
	#APP
	#DMA mram_read t0 -> t1
	#NO_APP
	add	a3, a3, s10
	addi	a6, a6, -2048
	bgeu	a3, t2, .LBB0_19
.LBB0_23:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_20 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	slli	t0, s5, 11
	mv	a7, a6
	bltu	a6, t0, .LBB0_22
# %bb.24:                               #   in Loop: Header=BB0_23 Depth=3
	mv	a7, t0
	j	.LBB0_22
.LBB0_25:                               #   in Loop: Header=BB0_26 Depth=2
	lw	s11, 100(sp)                    # 4-byte Folded Reload
	slli	a0, s11, 2
	lui	a1, %hi(chunk_ready)
	addi	a1, a1, %lo(chunk_ready)
	add	a0, a1, a0
	lw	a0, 0(a0)
	call	sem_give
	lw	a0, 96(sp)                      # 4-byte Folded Reload
	add	s11, s11, a0
	lw	a0, 116(sp)                     # 4-byte Folded Reload
	lw	a2, 92(sp)                      # 4-byte Folded Reload
	add	a0, a0, a2
	sw	a0, 116(sp)                     # 4-byte Folded Spill
	lw	a1, 104(sp)                     # 4-byte Folded Reload
	addi	a1, a1, 1
	lw	a0, 112(sp)                     # 4-byte Folded Reload
	lw	s8, 140(sp)                     # 4-byte Folded Reload
	bgeu	s11, a0, .LBB0_59
.LBB0_26:                               #   Parent Loop BB0_11 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_28 Depth 3
                                        #         Child Loop BB0_29 Depth 4
                                        #         Child Loop BB0_33 Depth 4
                                        #           Child Loop BB0_35 Depth 5
                                        #         Child Loop BB0_37 Depth 4
	mv	a0, a2
	sw	a1, 104(sp)                     # 4-byte Folded Spill
	call	__mulsi3
	mv	s4, a0
	sw	s11, 100(sp)                    # 4-byte Folded Spill
	mv	a0, s11
	lw	s1, 88(sp)                      # 4-byte Folded Reload
	mv	a1, s1
	call	__mulsi3
	lw	t1, 148(sp)                     # 4-byte Folded Reload
	beqz	s8, .LBB0_25
# %bb.27:                               #   in Loop: Header=BB0_26 Depth=2
	mv	s2, a0
	li	s6, 0
	lui	a1, %hi(.L_MergedGlobals.1)
	addi	a0, a1, %lo(.L_MergedGlobals.1)
	lw	a2, 4(a0)
	sw	a2, 124(sp)                     # 4-byte Folded Spill
	lw	a2, 8(a0)
	lw	a0, %lo(.L_MergedGlobals.1)(a1)
	sw	a0, 120(sp)                     # 4-byte Folded Spill
	lw	a0, 72(sp)                      # 4-byte Folded Reload
	add	a0, a0, s4
	sw	a0, 132(sp)                     # 4-byte Folded Spill
	lw	s4, 116(sp)                     # 4-byte Folded Reload
	mv	s11, a2
	add	s4, a2, s4
.LBB0_28:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_26 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_29 Depth 4
                                        #         Child Loop BB0_33 Depth 4
                                        #           Child Loop BB0_35 Depth 5
                                        #         Child Loop BB0_37 Depth 4
	mv	a0, t1
	mv	a1, s6
	call	__mulsi3
	lw	a1, 132(sp)                     # 4-byte Folded Reload
	add	a0, a1, a0
	add	s8, s11, a0
	addi	a0, sp, 156
.LBB0_29:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_26 Depth=2
                                        #       Parent Loop BB0_28 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	sw	zero, 0(a0)
	addi	a0, a0, 4
	bne	a0, s7, .LBB0_29
# %bb.30:                               #   in Loop: Header=BB0_28 Depth=3
	mv	a0, s6
	lw	a1, 128(sp)                     # 4-byte Folded Reload
	call	__mulsi3
	lw	t1, 148(sp)                     # 4-byte Folded Reload
	beqz	s1, .LBB0_36
# %bb.31:                               #   in Loop: Header=BB0_28 Depth=3
	li	a1, 0
	lw	a2, 124(sp)                     # 4-byte Folded Reload
	add	a0, a2, a0
	lw	a2, 120(sp)                     # 4-byte Folded Reload
	j	.LBB0_33
.LBB0_32:                               #   in Loop: Header=BB0_33 Depth=4
	addi	a1, a1, 1
	addi	a2, a2, 4
	beq	a1, s1, .LBB0_36
.LBB0_33:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_26 Depth=2
                                        #       Parent Loop BB0_28 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_35 Depth 5
	add	a3, a1, s2
	srli	a4, a3, 3
	andi	a5, a3, 63
	sll	a3, s5, a3
	andi	a4, a4, -8
	sll	a6, s5, a5
	addi	a5, a5, -32
	add	a4, a0, a4
	slti	a7, a5, 0
	srai	a5, a5, 31
	lw	t0, 0(a4)
	lw	a4, 4(a4)
	addi	a7, a7, -1
	and	a3, a5, a3
	and	a5, a7, a6
	and	a3, t0, a3
	and	a4, a4, a5
	or	a3, a3, a4
	beqz	a3, .LBB0_32
# %bb.34:                               #   in Loop: Header=BB0_33 Depth=4
	addi	a3, sp, 156
	mv	a4, a2
.LBB0_35:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_26 Depth=2
                                        #       Parent Loop BB0_28 Depth=3
                                        #         Parent Loop BB0_33 Depth=4
                                        # =>        This Inner Loop Header: Depth=5
	lw	a5, 0(a4)
	lw	a6, 0(a3)
	xor	a5, a6, a5
	sw	a5, 0(a3)
	addi	a3, a3, 4
	add	a4, a4, s3
	bne	a3, s7, .LBB0_35
	j	.LBB0_32
.LBB0_36:                               #   in Loop: Header=BB0_28 Depth=3
	addi	a0, sp, 156
	mv	a1, s4
.LBB0_37:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_26 Depth=2
                                        #       Parent Loop BB0_28 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a2, 0(a0)
	sw	a2, 0(a1)
	addi	a1, a1, 4
	addi	a0, a0, 4
	bne	a1, s8, .LBB0_37
# %bb.38:                               #   in Loop: Header=BB0_28 Depth=3
	addi	s6, s6, 1
	add	s4, s4, t1
	bne	s6, s0, .LBB0_28
	j	.LBB0_25
.LBB0_39:                               #   in Loop: Header=BB0_11 Depth=1
	lui	a0, %hi(.L_MergedGlobals.1)
	addi	a0, a0, %lo(.L_MergedGlobals.1)
	lw	s1, 16(a0)
	mv	a0, s8
	lw	a1, 152(sp)                     # 4-byte Folded Reload
	call	__mulsi3
	beqz	a0, .LBB0_42
# %bb.40:                               #   in Loop: Header=BB0_11 Depth=1
	lw	a1, 20(sp)                      # 4-byte Folded Reload
	add	a0, s1, a1
	add	s1, s1, a1
	add	s2, s1, s2
.LBB0_41:                               #   Parent Loop BB0_11 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sb	zero, 0(a0)
	addi	a0, a0, 1
	bne	a0, s2, .LBB0_41
.LBB0_42:                               #   in Loop: Header=BB0_11 Depth=1
	lui	a0, %hi(.L_MergedGlobals+4)
	addi	a0, a0, %lo(.L_MergedGlobals+4)
	call	barrier_wait
	lw	a0, 112(sp)                     # 4-byte Folded Reload
	lw	s1, 136(sp)                     # 4-byte Folded Reload
	lw	a1, 24(sp)                      # 4-byte Folded Reload
	bgeu	a1, a0, .LBB0_59
# %bb.43:                               #   in Loop: Header=BB0_11 Depth=1
	lui	a0, %hi(.L_MergedGlobals.1)
	addi	a0, a0, %lo(.L_MergedGlobals.1)
	lw	s6, 12(a0)
	lw	a0, 16(a0)
	lw	a1, 16(sp)                      # 4-byte Folded Reload
	add	s6, s6, a1
	lw	a1, 20(sp)                      # 4-byte Folded Reload
	add	a0, a0, a1
	sw	a0, 124(sp)                     # 4-byte Folded Spill
	lw	s2, 8(sp)                       # 4-byte Folded Reload
	lw	s8, 12(sp)                      # 4-byte Folded Reload
	lw	a1, 24(sp)                      # 4-byte Folded Reload
	j	.LBB0_45
.LBB0_44:                               #   in Loop: Header=BB0_45 Depth=2
	lw	a0, 84(sp)                      # 4-byte Folded Reload
	lw	a1, 104(sp)                     # 4-byte Folded Reload
	add	a1, a1, a0
	lw	a0, 80(sp)                      # 4-byte Folded Reload
	lw	s8, 116(sp)                     # 4-byte Folded Reload
	add	s8, s8, a0
	lw	a0, 76(sp)                      # 4-byte Folded Reload
	lw	s2, 120(sp)                     # 4-byte Folded Reload
	add	s2, s2, a0
	lw	a0, 112(sp)                     # 4-byte Folded Reload
	bgeu	a1, a0, .LBB0_59
.LBB0_45:                               #   Parent Loop BB0_11 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_47 Depth 3
                                        #         Child Loop BB0_50 Depth 4
                                        #         Child Loop BB0_56 Depth 4
                                        #           Child Loop BB0_57 Depth 5
	sw	a1, 104(sp)                     # 4-byte Folded Spill
	slli	a0, a1, 2
	lui	a1, %hi(chunk_ready)
	addi	a1, a1, %lo(chunk_ready)
	add	a0, a1, a0
	lw	a0, 0(a0)
	call	sem_take
	li	s11, 0
	lui	a0, %hi(.L_MergedGlobals.1)
	addi	a0, a0, %lo(.L_MergedGlobals.1)
	lw	a0, 8(a0)
	sw	s2, 120(sp)                     # 4-byte Folded Spill
	add	a0, a0, s2
	sw	a0, 132(sp)                     # 4-byte Folded Spill
	sw	s8, 116(sp)                     # 4-byte Folded Spill
	lw	t0, 144(sp)                     # 4-byte Folded Reload
	lw	t1, 148(sp)                     # 4-byte Folded Reload
	j	.LBB0_47
.LBB0_46:                               #   in Loop: Header=BB0_47 Depth=3
	addi	s11, s11, 1
	lw	s1, 136(sp)                     # 4-byte Folded Reload
	add	s8, s8, s1
	lw	a0, 152(sp)                     # 4-byte Folded Reload
	beq	s11, a0, .LBB0_44
.LBB0_47:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_45 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_50 Depth 4
                                        #         Child Loop BB0_56 Depth 4
                                        #           Child Loop BB0_57 Depth 5
	beqz	s1, .LBB0_52
# %bb.48:                               #   in Loop: Header=BB0_47 Depth=3
	li	a0, 0
	mv	a1, s1
	j	.LBB0_50
.LBB0_49:                               #   in Loop: Header=BB0_50 Depth=4
	add	a3, s8, a0
	add	a4, s6, a0
	#APP
	#DMA mram_read a3 -> a4
	#NO_APP
	add	a0, a0, s10
	addi	a1, a1, -2048
	bgeu	a0, s1, .LBB0_52
.LBB0_50:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_45 Depth=2
                                        #       Parent Loop BB0_47 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	mv	a2, a1
	bltu	a1, s10, .LBB0_49
# %bb.51:                               #   in Loop: Header=BB0_50 Depth=4
	mv	a2, s10
	j	.LBB0_49
.LBB0_52:                               #   in Loop: Header=BB0_47 Depth=3
	lw	a0, 140(sp)                     # 4-byte Folded Reload
	beqz	a0, .LBB0_46
# %bb.53:                               #   in Loop: Header=BB0_47 Depth=3
	li	s2, 0
	lw	s4, 124(sp)                     # 4-byte Folded Reload
	add	s4, s4, s11
	lw	s1, 132(sp)                     # 4-byte Folded Reload
	j	.LBB0_56
.LBB0_54:                               #   in Loop: Header=BB0_56 Depth=4
	mv	a0, s2
	lw	a1, 152(sp)                     # 4-byte Folded Reload
	call	__mulsi3
	lw	t1, 148(sp)                     # 4-byte Folded Reload
	lw	t0, 144(sp)                     # 4-byte Folded Reload
	add	a0, s4, a0
	lbu	a1, 0(a0)
	addi	a1, a1, 1
	sb	a1, 0(a0)
.LBB0_55:                               #   in Loop: Header=BB0_56 Depth=4
	addi	s2, s2, 1
	add	s1, s1, t1
	beq	s2, s0, .LBB0_46
.LBB0_56:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_45 Depth=2
                                        #       Parent Loop BB0_47 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_57 Depth 5
	mv	a0, s1
	mv	a1, t0
.LBB0_57:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_45 Depth=2
                                        #       Parent Loop BB0_47 Depth=3
                                        #         Parent Loop BB0_56 Depth=4
                                        # =>        This Inner Loop Header: Depth=5
	lw	a2, 0(a0)
	srli	a3, a2, 3
	andi	a4, a2, 63
	sll	a2, s5, a2
	andi	a3, a3, -8
	sll	a5, s5, a4
	addi	a4, a4, -32
	add	a3, s6, a3
	slti	a6, a4, 0
	srai	a4, a4, 31
	lw	a7, 0(a3)
	lw	a3, 4(a3)
	addi	a6, a6, -1
	and	a2, a4, a2
	and	a4, a6, a5
	and	a2, a2, a7
	and	a3, a4, a3
	or	a2, a2, a3
	beqz	a2, .LBB0_55
# %bb.58:                               #   in Loop: Header=BB0_57 Depth=5
	addi	a1, a1, -1
	addi	a0, a0, 4
	bnez	a1, .LBB0_57
	j	.LBB0_54
.LBB0_59:                               #   in Loop: Header=BB0_11 Depth=1
	lui	a0, %hi(.L_MergedGlobals+4)
	addi	a0, a0, %lo(.L_MergedGlobals+4)
	call	barrier_wait
	lw	s11, 40(sp)                     # 4-byte Folded Reload
	lw	s8, 48(sp)                      # 4-byte Folded Reload
	lw	s1, 96(sp)                      # 4-byte Folded Reload
	lw	a0, 140(sp)                     # 4-byte Folded Reload
	bgeu	s11, a0, .LBB0_9
# %bb.60:                               #   in Loop: Header=BB0_11 Depth=1
	lui	a0, %hi(.L_MergedGlobals.1)
	addi	a0, a0, %lo(.L_MergedGlobals.1)
	lw	s4, 16(a0)
	lw	s6, 20(a0)
	mv	s2, s11
	j	.LBB0_62
.LBB0_61:                               #   in Loop: Header=BB0_62 Depth=2
	slli	a0, s2, 3
	addi	s2, s2, 16
	add	a0, s6, a0
	sw	a5, 0(a0)
	sw	zero, 4(a0)
	lw	a0, 140(sp)                     # 4-byte Folded Reload
	bgeu	s2, a0, .LBB0_9
.LBB0_62:                               #   Parent Loop BB0_11 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_64 Depth 3
                                        #         Child Loop BB0_66 Depth 4
	mv	a0, s2
	lw	a1, 152(sp)                     # 4-byte Folded Reload
	call	__mulsi3
	li	a1, 0
	li	a3, 0
	add	a0, s4, a0
	li	a2, -1
	li	t0, 16
	lw	t1, 108(sp)                     # 4-byte Folded Reload
	j	.LBB0_64
.LBB0_63:                               #   in Loop: Header=BB0_64 Depth=3
	addi	a1, a1, 1
	mv	a2, a4
	mv	a3, a5
	lw	a4, 152(sp)                     # 4-byte Folded Reload
	beq	a1, a4, .LBB0_61
.LBB0_64:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_62 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_66 Depth 4
	li	a4, 0
	beq	s1, t0, .LBB0_67
# %bb.65:                               #   in Loop: Header=BB0_64 Depth=3
	add	a5, a0, a1
	mv	a6, t1
.LBB0_66:                               #   Parent Loop BB0_11 Depth=1
                                        #     Parent Loop BB0_62 Depth=2
                                        #       Parent Loop BB0_64 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lbu	a7, 0(a5)
	addi	a6, a6, 1
	add	a4, a4, a7
	add	a5, a5, s9
	bnez	a6, .LBB0_66
.LBB0_67:                               #   in Loop: Header=BB0_64 Depth=3
	mv	a5, a1
	blt	a2, a4, .LBB0_63
# %bb.68:                               #   in Loop: Header=BB0_64 Depth=3
	mv	a5, a3
	mv	a4, a2
	j	.LBB0_63
.LBB0_69:                               #   in Loop: Header=BB0_11 Depth=1
	lw	a0, 140(sp)                     # 4-byte Folded Reload
	slli	a0, a0, 3
	beqz	a0, .LBB0_10
# %bb.70:                               #   in Loop: Header=BB0_11 Depth=1
	li	a1, 0
	lw	a3, 52(s6)
	lui	a2, %hi(.L_MergedGlobals.1)
	addi	a2, a2, %lo(.L_MergedGlobals.1)
	lw	a2, 20(a2)
	slli	s0, s0, 3
	add	a3, a7, a3
	j	.LBB0_72
.LBB0_71:                               #   in Loop: Header=BB0_72 Depth=2
	add	a5, a2, a1
	add	a6, a3, a1
	#APP
	#DMA mram_write a5 -> a6
	#NO_APP
	add	a1, a1, s10
	addi	s0, s0, -2048
	bgeu	a1, a0, .LBB0_10
.LBB0_72:                               #   Parent Loop BB0_11 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a5, s5, 11
	mv	a4, s0
	bltu	s0, a5, .LBB0_71
# %bb.73:                               #   in Loop: Header=BB0_72 Depth=2
	mv	a4, a5
	j	.LBB0_71
.LBB0_74:
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
	lw	ra, 268(sp)                     # 4-byte Folded Reload
	lw	s0, 264(sp)                     # 4-byte Folded Reload
	lw	s1, 260(sp)                     # 4-byte Folded Reload
	lw	s2, 256(sp)                     # 4-byte Folded Reload
	lw	s3, 252(sp)                     # 4-byte Folded Reload
	lw	s4, 248(sp)                     # 4-byte Folded Reload
	lw	s5, 244(sp)                     # 4-byte Folded Reload
	lw	s6, 240(sp)                     # 4-byte Folded Reload
	lw	s7, 236(sp)                     # 4-byte Folded Reload
	lw	s8, 232(sp)                     # 4-byte Folded Reload
	lw	s9, 228(sp)                     # 4-byte Folded Reload
	lw	s10, 224(sp)                    # 4-byte Folded Reload
	lw	s11, 220(sp)                    # 4-byte Folded Reload
	addi	sp, sp, 272
	ret
.LBB0_75:
	sub	s6, s5, s4
	andi	s10, s2, -8
	lw	a1, 88(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	slli	a0, a0, 2
	addi	a0, a0, 7
	andi	s2, a0, -8
	mv	a0, s2
	call	mem_alloc
	lui	s4, %hi(.L_MergedGlobals.1)
	sw	a0, %lo(.L_MergedGlobals.1)(s4)
	mv	s5, s1
	addi	s1, s4, %lo(.L_MergedGlobals.1)
	mv	a0, s7
	lw	a1, 128(sp)                     # 4-byte Folded Reload
	call	__mulsi3
	call	mem_alloc
	sw	a0, 4(s1)
	mv	a0, s10
	lw	a1, 112(sp)                     # 4-byte Folded Reload
	call	__mulsi3
	call	mem_alloc
	sw	a0, 8(s1)
	mv	a0, s0
	mv	a1, s6
	call	__mulsi3
	call	mem_alloc
	sw	a0, 12(s1)
	mv	a0, s9
	mv	a1, s6
	call	__mulsi3
	call	mem_alloc
	sw	a0, 16(s1)
	mv	a0, s3
	call	mem_alloc
	sw	a0, 20(s1)
	lui	a0, %hi(.L_MergedGlobals)
	addi	a0, a0, %lo(.L_MergedGlobals)
	call	barrier_wait
	lw	s0, 32(s5)
	mv	s6, s5
	beqz	s2, .LBB0_7
# %bb.76:
	li	a0, 0
	lw	a1, %lo(.L_MergedGlobals.1)(s4)
	lw	a3, 44(s6)
	li	a2, 1
	slli	a2, a2, 11
	lui	a4, %hi(__sys_used_mram_end)
	addi	a4, a4, %lo(__sys_used_mram_end)
	add	a3, a4, a3
	mv	a4, s2
	j	.LBB0_78
.LBB0_77:                               #   in Loop: Header=BB0_78 Depth=1
	add	a6, a3, a0
	add	a7, a1, a0
	#APP
	#DMA mram_read a6 -> a7
	#NO_APP
	add	a0, a0, a2
	addi	a4, a4, -2048
	bgeu	a0, s2, .LBB0_7
.LBB0_78:                               # =>This Inner Loop Header: Depth=1
	mv	a5, a4
	bltu	a4, a2, .LBB0_77
# %bb.79:                               #   in Loop: Header=BB0_78 Depth=1
	mv	a5, a2
	j	.LBB0_77
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	chunk_ready_0_0,@object         # @chunk_ready_0_0
	.bss
	.globl	chunk_ready_0_0
	.p2align	2, 0x0
chunk_ready_0_0:
	.zero	4
	.size	chunk_ready_0_0, 4

	.type	chunk_ready_0_1,@object         # @chunk_ready_0_1
	.globl	chunk_ready_0_1
	.p2align	2, 0x0
chunk_ready_0_1:
	.zero	4
	.size	chunk_ready_0_1, 4

	.type	chunk_ready_0_2,@object         # @chunk_ready_0_2
	.globl	chunk_ready_0_2
	.p2align	2, 0x0
chunk_ready_0_2:
	.zero	4
	.size	chunk_ready_0_2, 4

	.type	chunk_ready_0_3,@object         # @chunk_ready_0_3
	.globl	chunk_ready_0_3
	.p2align	2, 0x0
chunk_ready_0_3:
	.zero	4
	.size	chunk_ready_0_3, 4

	.type	chunk_ready_0_4,@object         # @chunk_ready_0_4
	.globl	chunk_ready_0_4
	.p2align	2, 0x0
chunk_ready_0_4:
	.zero	4
	.size	chunk_ready_0_4, 4

	.type	chunk_ready_0_5,@object         # @chunk_ready_0_5
	.globl	chunk_ready_0_5
	.p2align	2, 0x0
chunk_ready_0_5:
	.zero	4
	.size	chunk_ready_0_5, 4

	.type	chunk_ready_0_6,@object         # @chunk_ready_0_6
	.globl	chunk_ready_0_6
	.p2align	2, 0x0
chunk_ready_0_6:
	.zero	4
	.size	chunk_ready_0_6, 4

	.type	chunk_ready_0_7,@object         # @chunk_ready_0_7
	.globl	chunk_ready_0_7
	.p2align	2, 0x0
chunk_ready_0_7:
	.zero	4
	.size	chunk_ready_0_7, 4

	.type	chunk_ready_1_0,@object         # @chunk_ready_1_0
	.globl	chunk_ready_1_0
	.p2align	2, 0x0
chunk_ready_1_0:
	.zero	4
	.size	chunk_ready_1_0, 4

	.type	chunk_ready_1_1,@object         # @chunk_ready_1_1
	.globl	chunk_ready_1_1
	.p2align	2, 0x0
chunk_ready_1_1:
	.zero	4
	.size	chunk_ready_1_1, 4

	.type	chunk_ready_1_2,@object         # @chunk_ready_1_2
	.globl	chunk_ready_1_2
	.p2align	2, 0x0
chunk_ready_1_2:
	.zero	4
	.size	chunk_ready_1_2, 4

	.type	chunk_ready_1_3,@object         # @chunk_ready_1_3
	.globl	chunk_ready_1_3
	.p2align	2, 0x0
chunk_ready_1_3:
	.zero	4
	.size	chunk_ready_1_3, 4

	.type	chunk_ready_1_4,@object         # @chunk_ready_1_4
	.globl	chunk_ready_1_4
	.p2align	2, 0x0
chunk_ready_1_4:
	.zero	4
	.size	chunk_ready_1_4, 4

	.type	chunk_ready_1_5,@object         # @chunk_ready_1_5
	.globl	chunk_ready_1_5
	.p2align	2, 0x0
chunk_ready_1_5:
	.zero	4
	.size	chunk_ready_1_5, 4

	.type	chunk_ready_1_6,@object         # @chunk_ready_1_6
	.globl	chunk_ready_1_6
	.p2align	2, 0x0
chunk_ready_1_6:
	.zero	4
	.size	chunk_ready_1_6, 4

	.type	chunk_ready_1_7,@object         # @chunk_ready_1_7
	.globl	chunk_ready_1_7
	.p2align	2, 0x0
chunk_ready_1_7:
	.zero	4
	.size	chunk_ready_1_7, 4

	.type	chunk_ready_2_0,@object         # @chunk_ready_2_0
	.globl	chunk_ready_2_0
	.p2align	2, 0x0
chunk_ready_2_0:
	.zero	4
	.size	chunk_ready_2_0, 4

	.type	chunk_ready_2_1,@object         # @chunk_ready_2_1
	.globl	chunk_ready_2_1
	.p2align	2, 0x0
chunk_ready_2_1:
	.zero	4
	.size	chunk_ready_2_1, 4

	.type	chunk_ready_2_2,@object         # @chunk_ready_2_2
	.globl	chunk_ready_2_2
	.p2align	2, 0x0
chunk_ready_2_2:
	.zero	4
	.size	chunk_ready_2_2, 4

	.type	chunk_ready_2_3,@object         # @chunk_ready_2_3
	.globl	chunk_ready_2_3
	.p2align	2, 0x0
chunk_ready_2_3:
	.zero	4
	.size	chunk_ready_2_3, 4

	.type	chunk_ready_2_4,@object         # @chunk_ready_2_4
	.globl	chunk_ready_2_4
	.p2align	2, 0x0
chunk_ready_2_4:
	.zero	4
	.size	chunk_ready_2_4, 4

	.type	chunk_ready_2_5,@object         # @chunk_ready_2_5
	.globl	chunk_ready_2_5
	.p2align	2, 0x0
chunk_ready_2_5:
	.zero	4
	.size	chunk_ready_2_5, 4

	.type	chunk_ready_2_6,@object         # @chunk_ready_2_6
	.globl	chunk_ready_2_6
	.p2align	2, 0x0
chunk_ready_2_6:
	.zero	4
	.size	chunk_ready_2_6, 4

	.type	chunk_ready_2_7,@object         # @chunk_ready_2_7
	.globl	chunk_ready_2_7
	.p2align	2, 0x0
chunk_ready_2_7:
	.zero	4
	.size	chunk_ready_2_7, 4

	.type	chunk_ready_3_0,@object         # @chunk_ready_3_0
	.globl	chunk_ready_3_0
	.p2align	2, 0x0
chunk_ready_3_0:
	.zero	4
	.size	chunk_ready_3_0, 4

	.type	chunk_ready_3_1,@object         # @chunk_ready_3_1
	.globl	chunk_ready_3_1
	.p2align	2, 0x0
chunk_ready_3_1:
	.zero	4
	.size	chunk_ready_3_1, 4

	.type	chunk_ready_3_2,@object         # @chunk_ready_3_2
	.globl	chunk_ready_3_2
	.p2align	2, 0x0
chunk_ready_3_2:
	.zero	4
	.size	chunk_ready_3_2, 4

	.type	chunk_ready_3_3,@object         # @chunk_ready_3_3
	.globl	chunk_ready_3_3
	.p2align	2, 0x0
chunk_ready_3_3:
	.zero	4
	.size	chunk_ready_3_3, 4

	.type	chunk_ready_3_4,@object         # @chunk_ready_3_4
	.globl	chunk_ready_3_4
	.p2align	2, 0x0
chunk_ready_3_4:
	.zero	4
	.size	chunk_ready_3_4, 4

	.type	chunk_ready_3_5,@object         # @chunk_ready_3_5
	.globl	chunk_ready_3_5
	.p2align	2, 0x0
chunk_ready_3_5:
	.zero	4
	.size	chunk_ready_3_5, 4

	.type	chunk_ready_3_6,@object         # @chunk_ready_3_6
	.globl	chunk_ready_3_6
	.p2align	2, 0x0
chunk_ready_3_6:
	.zero	4
	.size	chunk_ready_3_6, 4

	.type	chunk_ready_3_7,@object         # @chunk_ready_3_7
	.globl	chunk_ready_3_7
	.p2align	2, 0x0
chunk_ready_3_7:
	.zero	4
	.size	chunk_ready_3_7, 4

	.type	chunk_ready_4_0,@object         # @chunk_ready_4_0
	.globl	chunk_ready_4_0
	.p2align	2, 0x0
chunk_ready_4_0:
	.zero	4
	.size	chunk_ready_4_0, 4

	.type	chunk_ready_4_1,@object         # @chunk_ready_4_1
	.globl	chunk_ready_4_1
	.p2align	2, 0x0
chunk_ready_4_1:
	.zero	4
	.size	chunk_ready_4_1, 4

	.type	chunk_ready_4_2,@object         # @chunk_ready_4_2
	.globl	chunk_ready_4_2
	.p2align	2, 0x0
chunk_ready_4_2:
	.zero	4
	.size	chunk_ready_4_2, 4

	.type	chunk_ready_4_3,@object         # @chunk_ready_4_3
	.globl	chunk_ready_4_3
	.p2align	2, 0x0
chunk_ready_4_3:
	.zero	4
	.size	chunk_ready_4_3, 4

	.type	chunk_ready_4_4,@object         # @chunk_ready_4_4
	.globl	chunk_ready_4_4
	.p2align	2, 0x0
chunk_ready_4_4:
	.zero	4
	.size	chunk_ready_4_4, 4

	.type	chunk_ready_4_5,@object         # @chunk_ready_4_5
	.globl	chunk_ready_4_5
	.p2align	2, 0x0
chunk_ready_4_5:
	.zero	4
	.size	chunk_ready_4_5, 4

	.type	chunk_ready_4_6,@object         # @chunk_ready_4_6
	.globl	chunk_ready_4_6
	.p2align	2, 0x0
chunk_ready_4_6:
	.zero	4
	.size	chunk_ready_4_6, 4

	.type	chunk_ready_4_7,@object         # @chunk_ready_4_7
	.globl	chunk_ready_4_7
	.p2align	2, 0x0
chunk_ready_4_7:
	.zero	4
	.size	chunk_ready_4_7, 4

	.type	chunk_ready_5_0,@object         # @chunk_ready_5_0
	.globl	chunk_ready_5_0
	.p2align	2, 0x0
chunk_ready_5_0:
	.zero	4
	.size	chunk_ready_5_0, 4

	.type	chunk_ready_5_1,@object         # @chunk_ready_5_1
	.globl	chunk_ready_5_1
	.p2align	2, 0x0
chunk_ready_5_1:
	.zero	4
	.size	chunk_ready_5_1, 4

	.type	chunk_ready_5_2,@object         # @chunk_ready_5_2
	.globl	chunk_ready_5_2
	.p2align	2, 0x0
chunk_ready_5_2:
	.zero	4
	.size	chunk_ready_5_2, 4

	.type	chunk_ready_5_3,@object         # @chunk_ready_5_3
	.globl	chunk_ready_5_3
	.p2align	2, 0x0
chunk_ready_5_3:
	.zero	4
	.size	chunk_ready_5_3, 4

	.type	chunk_ready_5_4,@object         # @chunk_ready_5_4
	.globl	chunk_ready_5_4
	.p2align	2, 0x0
chunk_ready_5_4:
	.zero	4
	.size	chunk_ready_5_4, 4

	.type	chunk_ready_5_5,@object         # @chunk_ready_5_5
	.globl	chunk_ready_5_5
	.p2align	2, 0x0
chunk_ready_5_5:
	.zero	4
	.size	chunk_ready_5_5, 4

	.type	chunk_ready_5_6,@object         # @chunk_ready_5_6
	.globl	chunk_ready_5_6
	.p2align	2, 0x0
chunk_ready_5_6:
	.zero	4
	.size	chunk_ready_5_6, 4

	.type	chunk_ready_5_7,@object         # @chunk_ready_5_7
	.globl	chunk_ready_5_7
	.p2align	2, 0x0
chunk_ready_5_7:
	.zero	4
	.size	chunk_ready_5_7, 4

	.type	chunk_ready_6_0,@object         # @chunk_ready_6_0
	.globl	chunk_ready_6_0
	.p2align	2, 0x0
chunk_ready_6_0:
	.zero	4
	.size	chunk_ready_6_0, 4

	.type	chunk_ready_6_1,@object         # @chunk_ready_6_1
	.globl	chunk_ready_6_1
	.p2align	2, 0x0
chunk_ready_6_1:
	.zero	4
	.size	chunk_ready_6_1, 4

	.type	chunk_ready_6_2,@object         # @chunk_ready_6_2
	.globl	chunk_ready_6_2
	.p2align	2, 0x0
chunk_ready_6_2:
	.zero	4
	.size	chunk_ready_6_2, 4

	.type	chunk_ready_6_3,@object         # @chunk_ready_6_3
	.globl	chunk_ready_6_3
	.p2align	2, 0x0
chunk_ready_6_3:
	.zero	4
	.size	chunk_ready_6_3, 4

	.type	chunk_ready_6_4,@object         # @chunk_ready_6_4
	.globl	chunk_ready_6_4
	.p2align	2, 0x0
chunk_ready_6_4:
	.zero	4
	.size	chunk_ready_6_4, 4

	.type	chunk_ready_6_5,@object         # @chunk_ready_6_5
	.globl	chunk_ready_6_5
	.p2align	2, 0x0
chunk_ready_6_5:
	.zero	4
	.size	chunk_ready_6_5, 4

	.type	chunk_ready_6_6,@object         # @chunk_ready_6_6
	.globl	chunk_ready_6_6
	.p2align	2, 0x0
chunk_ready_6_6:
	.zero	4
	.size	chunk_ready_6_6, 4

	.type	chunk_ready_6_7,@object         # @chunk_ready_6_7
	.globl	chunk_ready_6_7
	.p2align	2, 0x0
chunk_ready_6_7:
	.zero	4
	.size	chunk_ready_6_7, 4

	.type	chunk_ready_7_0,@object         # @chunk_ready_7_0
	.globl	chunk_ready_7_0
	.p2align	2, 0x0
chunk_ready_7_0:
	.zero	4
	.size	chunk_ready_7_0, 4

	.type	chunk_ready_7_1,@object         # @chunk_ready_7_1
	.globl	chunk_ready_7_1
	.p2align	2, 0x0
chunk_ready_7_1:
	.zero	4
	.size	chunk_ready_7_1, 4

	.type	chunk_ready_7_2,@object         # @chunk_ready_7_2
	.globl	chunk_ready_7_2
	.p2align	2, 0x0
chunk_ready_7_2:
	.zero	4
	.size	chunk_ready_7_2, 4

	.type	chunk_ready_7_3,@object         # @chunk_ready_7_3
	.globl	chunk_ready_7_3
	.p2align	2, 0x0
chunk_ready_7_3:
	.zero	4
	.size	chunk_ready_7_3, 4

	.type	chunk_ready_7_4,@object         # @chunk_ready_7_4
	.globl	chunk_ready_7_4
	.p2align	2, 0x0
chunk_ready_7_4:
	.zero	4
	.size	chunk_ready_7_4, 4

	.type	chunk_ready_7_5,@object         # @chunk_ready_7_5
	.globl	chunk_ready_7_5
	.p2align	2, 0x0
chunk_ready_7_5:
	.zero	4
	.size	chunk_ready_7_5, 4

	.type	chunk_ready_7_6,@object         # @chunk_ready_7_6
	.globl	chunk_ready_7_6
	.p2align	2, 0x0
chunk_ready_7_6:
	.zero	4
	.size	chunk_ready_7_6, 4

	.type	chunk_ready_7_7,@object         # @chunk_ready_7_7
	.globl	chunk_ready_7_7
	.p2align	2, 0x0
chunk_ready_7_7:
	.zero	4
	.size	chunk_ready_7_7, 4

	.type	chunk_ready_8_0,@object         # @chunk_ready_8_0
	.globl	chunk_ready_8_0
	.p2align	2, 0x0
chunk_ready_8_0:
	.zero	4
	.size	chunk_ready_8_0, 4

	.type	chunk_ready_8_1,@object         # @chunk_ready_8_1
	.globl	chunk_ready_8_1
	.p2align	2, 0x0
chunk_ready_8_1:
	.zero	4
	.size	chunk_ready_8_1, 4

	.type	chunk_ready_8_2,@object         # @chunk_ready_8_2
	.globl	chunk_ready_8_2
	.p2align	2, 0x0
chunk_ready_8_2:
	.zero	4
	.size	chunk_ready_8_2, 4

	.type	chunk_ready_8_3,@object         # @chunk_ready_8_3
	.globl	chunk_ready_8_3
	.p2align	2, 0x0
chunk_ready_8_3:
	.zero	4
	.size	chunk_ready_8_3, 4

	.type	chunk_ready_8_4,@object         # @chunk_ready_8_4
	.globl	chunk_ready_8_4
	.p2align	2, 0x0
chunk_ready_8_4:
	.zero	4
	.size	chunk_ready_8_4, 4

	.type	chunk_ready_8_5,@object         # @chunk_ready_8_5
	.globl	chunk_ready_8_5
	.p2align	2, 0x0
chunk_ready_8_5:
	.zero	4
	.size	chunk_ready_8_5, 4

	.type	chunk_ready_8_6,@object         # @chunk_ready_8_6
	.globl	chunk_ready_8_6
	.p2align	2, 0x0
chunk_ready_8_6:
	.zero	4
	.size	chunk_ready_8_6, 4

	.type	chunk_ready_8_7,@object         # @chunk_ready_8_7
	.globl	chunk_ready_8_7
	.p2align	2, 0x0
chunk_ready_8_7:
	.zero	4
	.size	chunk_ready_8_7, 4

	.type	chunk_ready_9_0,@object         # @chunk_ready_9_0
	.globl	chunk_ready_9_0
	.p2align	2, 0x0
chunk_ready_9_0:
	.zero	4
	.size	chunk_ready_9_0, 4

	.type	chunk_ready_9_1,@object         # @chunk_ready_9_1
	.globl	chunk_ready_9_1
	.p2align	2, 0x0
chunk_ready_9_1:
	.zero	4
	.size	chunk_ready_9_1, 4

	.type	chunk_ready_9_2,@object         # @chunk_ready_9_2
	.globl	chunk_ready_9_2
	.p2align	2, 0x0
chunk_ready_9_2:
	.zero	4
	.size	chunk_ready_9_2, 4

	.type	chunk_ready_9_3,@object         # @chunk_ready_9_3
	.globl	chunk_ready_9_3
	.p2align	2, 0x0
chunk_ready_9_3:
	.zero	4
	.size	chunk_ready_9_3, 4

	.type	chunk_ready_9_4,@object         # @chunk_ready_9_4
	.globl	chunk_ready_9_4
	.p2align	2, 0x0
chunk_ready_9_4:
	.zero	4
	.size	chunk_ready_9_4, 4

	.type	chunk_ready_9_5,@object         # @chunk_ready_9_5
	.globl	chunk_ready_9_5
	.p2align	2, 0x0
chunk_ready_9_5:
	.zero	4
	.size	chunk_ready_9_5, 4

	.type	chunk_ready_9_6,@object         # @chunk_ready_9_6
	.globl	chunk_ready_9_6
	.p2align	2, 0x0
chunk_ready_9_6:
	.zero	4
	.size	chunk_ready_9_6, 4

	.type	chunk_ready_9_7,@object         # @chunk_ready_9_7
	.globl	chunk_ready_9_7
	.p2align	2, 0x0
chunk_ready_9_7:
	.zero	4
	.size	chunk_ready_9_7, 4

	.type	chunk_ready_10_0,@object        # @chunk_ready_10_0
	.globl	chunk_ready_10_0
	.p2align	2, 0x0
chunk_ready_10_0:
	.zero	4
	.size	chunk_ready_10_0, 4

	.type	chunk_ready_10_1,@object        # @chunk_ready_10_1
	.globl	chunk_ready_10_1
	.p2align	2, 0x0
chunk_ready_10_1:
	.zero	4
	.size	chunk_ready_10_1, 4

	.type	chunk_ready_10_2,@object        # @chunk_ready_10_2
	.globl	chunk_ready_10_2
	.p2align	2, 0x0
chunk_ready_10_2:
	.zero	4
	.size	chunk_ready_10_2, 4

	.type	chunk_ready_10_3,@object        # @chunk_ready_10_3
	.globl	chunk_ready_10_3
	.p2align	2, 0x0
chunk_ready_10_3:
	.zero	4
	.size	chunk_ready_10_3, 4

	.type	chunk_ready_10_4,@object        # @chunk_ready_10_4
	.globl	chunk_ready_10_4
	.p2align	2, 0x0
chunk_ready_10_4:
	.zero	4
	.size	chunk_ready_10_4, 4

	.type	chunk_ready_10_5,@object        # @chunk_ready_10_5
	.globl	chunk_ready_10_5
	.p2align	2, 0x0
chunk_ready_10_5:
	.zero	4
	.size	chunk_ready_10_5, 4

	.type	chunk_ready_10_6,@object        # @chunk_ready_10_6
	.globl	chunk_ready_10_6
	.p2align	2, 0x0
chunk_ready_10_6:
	.zero	4
	.size	chunk_ready_10_6, 4

	.type	chunk_ready_10_7,@object        # @chunk_ready_10_7
	.globl	chunk_ready_10_7
	.p2align	2, 0x0
chunk_ready_10_7:
	.zero	4
	.size	chunk_ready_10_7, 4

	.type	chunk_ready_11_0,@object        # @chunk_ready_11_0
	.globl	chunk_ready_11_0
	.p2align	2, 0x0
chunk_ready_11_0:
	.zero	4
	.size	chunk_ready_11_0, 4

	.type	chunk_ready_11_1,@object        # @chunk_ready_11_1
	.globl	chunk_ready_11_1
	.p2align	2, 0x0
chunk_ready_11_1:
	.zero	4
	.size	chunk_ready_11_1, 4

	.type	chunk_ready_11_2,@object        # @chunk_ready_11_2
	.globl	chunk_ready_11_2
	.p2align	2, 0x0
chunk_ready_11_2:
	.zero	4
	.size	chunk_ready_11_2, 4

	.type	chunk_ready_11_3,@object        # @chunk_ready_11_3
	.globl	chunk_ready_11_3
	.p2align	2, 0x0
chunk_ready_11_3:
	.zero	4
	.size	chunk_ready_11_3, 4

	.type	chunk_ready_11_4,@object        # @chunk_ready_11_4
	.globl	chunk_ready_11_4
	.p2align	2, 0x0
chunk_ready_11_4:
	.zero	4
	.size	chunk_ready_11_4, 4

	.type	chunk_ready_11_5,@object        # @chunk_ready_11_5
	.globl	chunk_ready_11_5
	.p2align	2, 0x0
chunk_ready_11_5:
	.zero	4
	.size	chunk_ready_11_5, 4

	.type	chunk_ready_11_6,@object        # @chunk_ready_11_6
	.globl	chunk_ready_11_6
	.p2align	2, 0x0
chunk_ready_11_6:
	.zero	4
	.size	chunk_ready_11_6, 4

	.type	chunk_ready_11_7,@object        # @chunk_ready_11_7
	.globl	chunk_ready_11_7
	.p2align	2, 0x0
chunk_ready_11_7:
	.zero	4
	.size	chunk_ready_11_7, 4

	.type	chunk_ready_12_0,@object        # @chunk_ready_12_0
	.globl	chunk_ready_12_0
	.p2align	2, 0x0
chunk_ready_12_0:
	.zero	4
	.size	chunk_ready_12_0, 4

	.type	chunk_ready_12_1,@object        # @chunk_ready_12_1
	.globl	chunk_ready_12_1
	.p2align	2, 0x0
chunk_ready_12_1:
	.zero	4
	.size	chunk_ready_12_1, 4

	.type	chunk_ready_12_2,@object        # @chunk_ready_12_2
	.globl	chunk_ready_12_2
	.p2align	2, 0x0
chunk_ready_12_2:
	.zero	4
	.size	chunk_ready_12_2, 4

	.type	chunk_ready_12_3,@object        # @chunk_ready_12_3
	.globl	chunk_ready_12_3
	.p2align	2, 0x0
chunk_ready_12_3:
	.zero	4
	.size	chunk_ready_12_3, 4

	.type	chunk_ready_12_4,@object        # @chunk_ready_12_4
	.globl	chunk_ready_12_4
	.p2align	2, 0x0
chunk_ready_12_4:
	.zero	4
	.size	chunk_ready_12_4, 4

	.type	chunk_ready_12_5,@object        # @chunk_ready_12_5
	.globl	chunk_ready_12_5
	.p2align	2, 0x0
chunk_ready_12_5:
	.zero	4
	.size	chunk_ready_12_5, 4

	.type	chunk_ready_12_6,@object        # @chunk_ready_12_6
	.globl	chunk_ready_12_6
	.p2align	2, 0x0
chunk_ready_12_6:
	.zero	4
	.size	chunk_ready_12_6, 4

	.type	chunk_ready_12_7,@object        # @chunk_ready_12_7
	.globl	chunk_ready_12_7
	.p2align	2, 0x0
chunk_ready_12_7:
	.zero	4
	.size	chunk_ready_12_7, 4

	.type	chunk_ready_13_0,@object        # @chunk_ready_13_0
	.globl	chunk_ready_13_0
	.p2align	2, 0x0
chunk_ready_13_0:
	.zero	4
	.size	chunk_ready_13_0, 4

	.type	chunk_ready_13_1,@object        # @chunk_ready_13_1
	.globl	chunk_ready_13_1
	.p2align	2, 0x0
chunk_ready_13_1:
	.zero	4
	.size	chunk_ready_13_1, 4

	.type	chunk_ready_13_2,@object        # @chunk_ready_13_2
	.globl	chunk_ready_13_2
	.p2align	2, 0x0
chunk_ready_13_2:
	.zero	4
	.size	chunk_ready_13_2, 4

	.type	chunk_ready_13_3,@object        # @chunk_ready_13_3
	.globl	chunk_ready_13_3
	.p2align	2, 0x0
chunk_ready_13_3:
	.zero	4
	.size	chunk_ready_13_3, 4

	.type	chunk_ready_13_4,@object        # @chunk_ready_13_4
	.globl	chunk_ready_13_4
	.p2align	2, 0x0
chunk_ready_13_4:
	.zero	4
	.size	chunk_ready_13_4, 4

	.type	chunk_ready_13_5,@object        # @chunk_ready_13_5
	.globl	chunk_ready_13_5
	.p2align	2, 0x0
chunk_ready_13_5:
	.zero	4
	.size	chunk_ready_13_5, 4

	.type	chunk_ready_13_6,@object        # @chunk_ready_13_6
	.globl	chunk_ready_13_6
	.p2align	2, 0x0
chunk_ready_13_6:
	.zero	4
	.size	chunk_ready_13_6, 4

	.type	chunk_ready_13_7,@object        # @chunk_ready_13_7
	.globl	chunk_ready_13_7
	.p2align	2, 0x0
chunk_ready_13_7:
	.zero	4
	.size	chunk_ready_13_7, 4

	.type	chunk_ready_14_0,@object        # @chunk_ready_14_0
	.globl	chunk_ready_14_0
	.p2align	2, 0x0
chunk_ready_14_0:
	.zero	4
	.size	chunk_ready_14_0, 4

	.type	chunk_ready_14_1,@object        # @chunk_ready_14_1
	.globl	chunk_ready_14_1
	.p2align	2, 0x0
chunk_ready_14_1:
	.zero	4
	.size	chunk_ready_14_1, 4

	.type	chunk_ready_14_2,@object        # @chunk_ready_14_2
	.globl	chunk_ready_14_2
	.p2align	2, 0x0
chunk_ready_14_2:
	.zero	4
	.size	chunk_ready_14_2, 4

	.type	chunk_ready_14_3,@object        # @chunk_ready_14_3
	.globl	chunk_ready_14_3
	.p2align	2, 0x0
chunk_ready_14_3:
	.zero	4
	.size	chunk_ready_14_3, 4

	.type	chunk_ready_14_4,@object        # @chunk_ready_14_4
	.globl	chunk_ready_14_4
	.p2align	2, 0x0
chunk_ready_14_4:
	.zero	4
	.size	chunk_ready_14_4, 4

	.type	chunk_ready_14_5,@object        # @chunk_ready_14_5
	.globl	chunk_ready_14_5
	.p2align	2, 0x0
chunk_ready_14_5:
	.zero	4
	.size	chunk_ready_14_5, 4

	.type	chunk_ready_14_6,@object        # @chunk_ready_14_6
	.globl	chunk_ready_14_6
	.p2align	2, 0x0
chunk_ready_14_6:
	.zero	4
	.size	chunk_ready_14_6, 4

	.type	chunk_ready_14_7,@object        # @chunk_ready_14_7
	.globl	chunk_ready_14_7
	.p2align	2, 0x0
chunk_ready_14_7:
	.zero	4
	.size	chunk_ready_14_7, 4

	.type	chunk_ready_15_0,@object        # @chunk_ready_15_0
	.globl	chunk_ready_15_0
	.p2align	2, 0x0
chunk_ready_15_0:
	.zero	4
	.size	chunk_ready_15_0, 4

	.type	chunk_ready_15_1,@object        # @chunk_ready_15_1
	.globl	chunk_ready_15_1
	.p2align	2, 0x0
chunk_ready_15_1:
	.zero	4
	.size	chunk_ready_15_1, 4

	.type	chunk_ready_15_2,@object        # @chunk_ready_15_2
	.globl	chunk_ready_15_2
	.p2align	2, 0x0
chunk_ready_15_2:
	.zero	4
	.size	chunk_ready_15_2, 4

	.type	chunk_ready_15_3,@object        # @chunk_ready_15_3
	.globl	chunk_ready_15_3
	.p2align	2, 0x0
chunk_ready_15_3:
	.zero	4
	.size	chunk_ready_15_3, 4

	.type	chunk_ready_15_4,@object        # @chunk_ready_15_4
	.globl	chunk_ready_15_4
	.p2align	2, 0x0
chunk_ready_15_4:
	.zero	4
	.size	chunk_ready_15_4, 4

	.type	chunk_ready_15_5,@object        # @chunk_ready_15_5
	.globl	chunk_ready_15_5
	.p2align	2, 0x0
chunk_ready_15_5:
	.zero	4
	.size	chunk_ready_15_5, 4

	.type	chunk_ready_15_6,@object        # @chunk_ready_15_6
	.globl	chunk_ready_15_6
	.p2align	2, 0x0
chunk_ready_15_6:
	.zero	4
	.size	chunk_ready_15_6, 4

	.type	chunk_ready_15_7,@object        # @chunk_ready_15_7
	.globl	chunk_ready_15_7
	.p2align	2, 0x0
chunk_ready_15_7:
	.zero	4
	.size	chunk_ready_15_7, 4

	.type	bthowen_params,@object          # @bthowen_params
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

	.type	chunk_ready,@object             # @chunk_ready
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
chunk_ready:
	.word	chunk_ready_0_0
	.word	chunk_ready_0_1
	.word	chunk_ready_0_2
	.word	chunk_ready_0_3
	.word	chunk_ready_0_4
	.word	chunk_ready_0_5
	.word	chunk_ready_0_6
	.word	chunk_ready_0_7
	.word	chunk_ready_1_0
	.word	chunk_ready_1_1
	.word	chunk_ready_1_2
	.word	chunk_ready_1_3
	.word	chunk_ready_1_4
	.word	chunk_ready_1_5
	.word	chunk_ready_1_6
	.word	chunk_ready_1_7
	.word	chunk_ready_2_0
	.word	chunk_ready_2_1
	.word	chunk_ready_2_2
	.word	chunk_ready_2_3
	.word	chunk_ready_2_4
	.word	chunk_ready_2_5
	.word	chunk_ready_2_6
	.word	chunk_ready_2_7
	.word	chunk_ready_3_0
	.word	chunk_ready_3_1
	.word	chunk_ready_3_2
	.word	chunk_ready_3_3
	.word	chunk_ready_3_4
	.word	chunk_ready_3_5
	.word	chunk_ready_3_6
	.word	chunk_ready_3_7
	.word	chunk_ready_4_0
	.word	chunk_ready_4_1
	.word	chunk_ready_4_2
	.word	chunk_ready_4_3
	.word	chunk_ready_4_4
	.word	chunk_ready_4_5
	.word	chunk_ready_4_6
	.word	chunk_ready_4_7
	.word	chunk_ready_5_0
	.word	chunk_ready_5_1
	.word	chunk_ready_5_2
	.word	chunk_ready_5_3
	.word	chunk_ready_5_4
	.word	chunk_ready_5_5
	.word	chunk_ready_5_6
	.word	chunk_ready_5_7
	.word	chunk_ready_6_0
	.word	chunk_ready_6_1
	.word	chunk_ready_6_2
	.word	chunk_ready_6_3
	.word	chunk_ready_6_4
	.word	chunk_ready_6_5
	.word	chunk_ready_6_6
	.word	chunk_ready_6_7
	.word	chunk_ready_7_0
	.word	chunk_ready_7_1
	.word	chunk_ready_7_2
	.word	chunk_ready_7_3
	.word	chunk_ready_7_4
	.word	chunk_ready_7_5
	.word	chunk_ready_7_6
	.word	chunk_ready_7_7
	.word	chunk_ready_8_0
	.word	chunk_ready_8_1
	.word	chunk_ready_8_2
	.word	chunk_ready_8_3
	.word	chunk_ready_8_4
	.word	chunk_ready_8_5
	.word	chunk_ready_8_6
	.word	chunk_ready_8_7
	.word	chunk_ready_9_0
	.word	chunk_ready_9_1
	.word	chunk_ready_9_2
	.word	chunk_ready_9_3
	.word	chunk_ready_9_4
	.word	chunk_ready_9_5
	.word	chunk_ready_9_6
	.word	chunk_ready_9_7
	.word	chunk_ready_10_0
	.word	chunk_ready_10_1
	.word	chunk_ready_10_2
	.word	chunk_ready_10_3
	.word	chunk_ready_10_4
	.word	chunk_ready_10_5
	.word	chunk_ready_10_6
	.word	chunk_ready_10_7
	.word	chunk_ready_11_0
	.word	chunk_ready_11_1
	.word	chunk_ready_11_2
	.word	chunk_ready_11_3
	.word	chunk_ready_11_4
	.word	chunk_ready_11_5
	.word	chunk_ready_11_6
	.word	chunk_ready_11_7
	.word	chunk_ready_12_0
	.word	chunk_ready_12_1
	.word	chunk_ready_12_2
	.word	chunk_ready_12_3
	.word	chunk_ready_12_4
	.word	chunk_ready_12_5
	.word	chunk_ready_12_6
	.word	chunk_ready_12_7
	.word	chunk_ready_13_0
	.word	chunk_ready_13_1
	.word	chunk_ready_13_2
	.word	chunk_ready_13_3
	.word	chunk_ready_13_4
	.word	chunk_ready_13_5
	.word	chunk_ready_13_6
	.word	chunk_ready_13_7
	.word	chunk_ready_14_0
	.word	chunk_ready_14_1
	.word	chunk_ready_14_2
	.word	chunk_ready_14_3
	.word	chunk_ready_14_4
	.word	chunk_ready_14_5
	.word	chunk_ready_14_6
	.word	chunk_ready_14_7
	.word	chunk_ready_15_0
	.word	chunk_ready_15_1
	.word	chunk_ready_15_2
	.word	chunk_ready_15_3
	.word	chunk_ready_15_4
	.word	chunk_ready_15_5
	.word	chunk_ready_15_6
	.word	chunk_ready_15_7
	.size	chunk_ready, 512

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.data
	.p2align	2, 0x0
.L_MergedGlobals:
	.word	16                              # 0x10
	.word	16                              # 0x10
	.size	.L_MergedGlobals, 8

	.type	.L_MergedGlobals.1,@object      # @_MergedGlobals.1
	.local	.L_MergedGlobals.1
	.comm	.L_MergedGlobals.1,24,4
	.globl	setup_done
setup_done = .L_MergedGlobals
	.size	setup_done, 4
	.globl	batch_barrier
batch_barrier = .L_MergedGlobals+4
	.size	batch_barrier, 4
matrix = .L_MergedGlobals.1
	.size	matrix, 4
batch_inputs = .L_MergedGlobals.1+4
	.size	batch_inputs, 4
hash_buffer = .L_MergedGlobals.1+8
	.size	hash_buffer, 4
table_buffers = .L_MergedGlobals.1+12
	.size	table_buffers, 4
partials = .L_MergedGlobals.1+16
	.size	partials, 4
results = .L_MergedGlobals.1+20
	.size	results, 4
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym chunk_ready_0_0
	.addrsig_sym chunk_ready_0_1
	.addrsig_sym chunk_ready_0_2
	.addrsig_sym chunk_ready_0_3
	.addrsig_sym chunk_ready_0_4
	.addrsig_sym chunk_ready_0_5
	.addrsig_sym chunk_ready_0_6
	.addrsig_sym chunk_ready_0_7
	.addrsig_sym chunk_ready_1_0
	.addrsig_sym chunk_ready_1_1
	.addrsig_sym chunk_ready_1_2
	.addrsig_sym chunk_ready_1_3
	.addrsig_sym chunk_ready_1_4
	.addrsig_sym chunk_ready_1_5
	.addrsig_sym chunk_ready_1_6
	.addrsig_sym chunk_ready_1_7
	.addrsig_sym chunk_ready_2_0
	.addrsig_sym chunk_ready_2_1
	.addrsig_sym chunk_ready_2_2
	.addrsig_sym chunk_ready_2_3
	.addrsig_sym chunk_ready_2_4
	.addrsig_sym chunk_ready_2_5
	.addrsig_sym chunk_ready_2_6
	.addrsig_sym chunk_ready_2_7
	.addrsig_sym chunk_ready_3_0
	.addrsig_sym chunk_ready_3_1
	.addrsig_sym chunk_ready_3_2
	.addrsig_sym chunk_ready_3_3
	.addrsig_sym chunk_ready_3_4
	.addrsig_sym chunk_ready_3_5
	.addrsig_sym chunk_ready_3_6
	.addrsig_sym chunk_ready_3_7
	.addrsig_sym chunk_ready_4_0
	.addrsig_sym chunk_ready_4_1
	.addrsig_sym chunk_ready_4_2
	.addrsig_sym chunk_ready_4_3
	.addrsig_sym chunk_ready_4_4
	.addrsig_sym chunk_ready_4_5
	.addrsig_sym chunk_ready_4_6
	.addrsig_sym chunk_ready_4_7
	.addrsig_sym chunk_ready_5_0
	.addrsig_sym chunk_ready_5_1
	.addrsig_sym chunk_ready_5_2
	.addrsig_sym chunk_ready_5_3
	.addrsig_sym chunk_ready_5_4
	.addrsig_sym chunk_ready_5_5
	.addrsig_sym chunk_ready_5_6
	.addrsig_sym chunk_ready_5_7
	.addrsig_sym chunk_ready_6_0
	.addrsig_sym chunk_ready_6_1
	.addrsig_sym chunk_ready_6_2
	.addrsig_sym chunk_ready_6_3
	.addrsig_sym chunk_ready_6_4
	.addrsig_sym chunk_ready_6_5
	.addrsig_sym chunk_ready_6_6
	.addrsig_sym chunk_ready_6_7
	.addrsig_sym chunk_ready_7_0
	.addrsig_sym chunk_ready_7_1
	.addrsig_sym chunk_ready_7_2
	.addrsig_sym chunk_ready_7_3
	.addrsig_sym chunk_ready_7_4
	.addrsig_sym chunk_ready_7_5
	.addrsig_sym chunk_ready_7_6
	.addrsig_sym chunk_ready_7_7
	.addrsig_sym chunk_ready_8_0
	.addrsig_sym chunk_ready_8_1
	.addrsig_sym chunk_ready_8_2
	.addrsig_sym chunk_ready_8_3
	.addrsig_sym chunk_ready_8_4
	.addrsig_sym chunk_ready_8_5
	.addrsig_sym chunk_ready_8_6
	.addrsig_sym chunk_ready_8_7
	.addrsig_sym chunk_ready_9_0
	.addrsig_sym chunk_ready_9_1
	.addrsig_sym chunk_ready_9_2
	.addrsig_sym chunk_ready_9_3
	.addrsig_sym chunk_ready_9_4
	.addrsig_sym chunk_ready_9_5
	.addrsig_sym chunk_ready_9_6
	.addrsig_sym chunk_ready_9_7
	.addrsig_sym chunk_ready_10_0
	.addrsig_sym chunk_ready_10_1
	.addrsig_sym chunk_ready_10_2
	.addrsig_sym chunk_ready_10_3
	.addrsig_sym chunk_ready_10_4
	.addrsig_sym chunk_ready_10_5
	.addrsig_sym chunk_ready_10_6
	.addrsig_sym chunk_ready_10_7
	.addrsig_sym chunk_ready_11_0
	.addrsig_sym chunk_ready_11_1
	.addrsig_sym chunk_ready_11_2
	.addrsig_sym chunk_ready_11_3
	.addrsig_sym chunk_ready_11_4
	.addrsig_sym chunk_ready_11_5
	.addrsig_sym chunk_ready_11_6
	.addrsig_sym chunk_ready_11_7
	.addrsig_sym chunk_ready_12_0
	.addrsig_sym chunk_ready_12_1
	.addrsig_sym chunk_ready_12_2
	.addrsig_sym chunk_ready_12_3
	.addrsig_sym chunk_ready_12_4
	.addrsig_sym chunk_ready_12_5
	.addrsig_sym chunk_ready_12_6
	.addrsig_sym chunk_ready_12_7
	.addrsig_sym chunk_ready_13_0
	.addrsig_sym chunk_ready_13_1
	.addrsig_sym chunk_ready_13_2
	.addrsig_sym chunk_ready_13_3
	.addrsig_sym chunk_ready_13_4
	.addrsig_sym chunk_ready_13_5
	.addrsig_sym chunk_ready_13_6
	.addrsig_sym chunk_ready_13_7
	.addrsig_sym chunk_ready_14_0
	.addrsig_sym chunk_ready_14_1
	.addrsig_sym chunk_ready_14_2
	.addrsig_sym chunk_ready_14_3
	.addrsig_sym chunk_ready_14_4
	.addrsig_sym chunk_ready_14_5
	.addrsig_sym chunk_ready_14_6
	.addrsig_sym chunk_ready_14_7
	.addrsig_sym chunk_ready_15_0
	.addrsig_sym chunk_ready_15_1
	.addrsig_sym chunk_ready_15_2
	.addrsig_sym chunk_ready_15_3
	.addrsig_sym chunk_ready_15_4
	.addrsig_sym chunk_ready_15_5
	.addrsig_sym chunk_ready_15_6
	.addrsig_sym chunk_ready_15_7
	.addrsig_sym bthowen_params
	.addrsig_sym bthowen_perf
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
	.addrsig_sym .L_MergedGlobals.1
