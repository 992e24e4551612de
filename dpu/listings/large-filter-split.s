	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"large-filter-split.c"
	.text
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -144
	sw	ra, 140(sp)                     # 4-byte Folded Spill
	sw	s0, 136(sp)                     # 4-byte Folded Spill
	sw	s1, 132(sp)                     # 4-byte Folded Spill
	sw	s2, 128(sp)                     # 4-byte Folded Spill
	sw	s3, 124(sp)                     # 4-byte Folded Spill
	sw	s4, 120(sp)                     # 4-byte Folded Spill
	sw	s5, 116(sp)                     # 4-byte Folded Spill
	sw	s6, 112(sp)                     # 4-byte Folded Spill
	sw	s7, 108(sp)                     # 4-byte Folded Spill
	sw	s8, 104(sp)                     # 4-byte Folded Spill
	sw	s9, 100(sp)                     # 4-byte Folded Spill
	sw	s10, 96(sp)                     # 4-byte Folded Spill
	sw	s11, 92(sp)                     # 4-byte Folded Spill
	call	me
	sw	a0, 52(sp)                      # 4-byte Folded Spill
	lui	s5, %hi(bthowen_params)
	addi	a0, s5, %lo(bthowen_params)
	lw	a1, 4(a0)
	sw	a1, 44(sp)                      # 4-byte Folded Spill
	lw	s2, 20(a0)
	lw	s0, 24(a0)
	lw	s3, 28(a0)
	lw	a1, 32(a0)
	sw	a1, 88(sp)                      # 4-byte Folded Spill
	lw	a1, 36(a0)
	sw	a1, 80(sp)                      # 4-byte Folded Spill
	lw	s1, 40(a0)
	lw	s4, 44(a0)
	lw	a0, 48(a0)
	sw	a0, 72(sp)                      # 4-byte Folded Spill
	not	s6, s1
	slli	a0, s2, 2
	sw	a0, 68(sp)                      # 4-byte Folded Spill
	mv	a1, s1
	call	__mulsi3
	sw	a0, 20(sp)                      # 4-byte Folded Spill
	snez	a0, s2
	sw	s1, 24(sp)                      # 4-byte Folded Spill
	sltiu	a1, s1, 2
	lw	s7, %lo(bthowen_params)(s5)
	xori	a1, a1, 1
	and	a0, a0, s6
	and	s6, a0, a1
	call	me
	lui	s1, %hi(bthowen_perf)
	addi	s1, s1, %lo(bthowen_perf)
	bnez	a0, .LBB0_4
# %bb.1:
	lw	a0, 200(s1)
	addi	a0, a0, -1
	seqz	a0, a0
	addi	a0, a0, 1
	li	a1, 1
	li	s8, 1
	call	perfcounter_config
	call	mem_reset
	li	a0, 16
	sw	a0, 192(s1)
	bne	s7, a0, .LBB0_3
# %bb.2:
	seqz	s8, s6
	slli	s8, s8, 1
.LBB0_3:
	sw	s8, 196(s1)
.LBB0_4:
	li	a0, 16
	bne	s7, a0, .LBB0_68
# %bb.5:
	beqz	s6, .LBB0_68
# %bb.6:
	lw	a0, 20(sp)                      # 4-byte Folded Reload
	addi	a0, a0, 7
	slli	a1, s0, 3
	sw	a1, 64(sp)                      # 4-byte Folded Spill
	andi	s9, a0, -8
	slli	a0, s0, 7
	sw	a0, 84(sp)                      # 4-byte Folded Spill
	lw	s7, 52(sp)                      # 4-byte Folded Reload
	bnez	s7, .LBB0_10
# %bb.7:
	lw	a0, 88(sp)                      # 4-byte Folded Reload
	lw	a1, 64(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	mv	a1, a0
	lw	a0, 84(sp)                      # 4-byte Folded Reload
	lw	a2, 80(sp)                      # 4-byte Folded Reload
	beqz	a2, .LBB0_9
# %bb.8:
	mv	a0, a1
.LBB0_9:
	call	mem_alloc
	lui	a1, %hi(.L_MergedGlobals.1)
	sw	a0, %lo(.L_MergedGlobals.1)(a1)
	addi	s5, a1, %lo(.L_MergedGlobals.1)
	slli	a0, s9, 4
	call	mem_alloc
	sw	a0, 4(s5)
	lw	s1, 24(sp)                      # 4-byte Folded Reload
	slli	a0, s1, 5
	call	mem_alloc
	sw	a0, 8(s5)
	slli	a0, s1, 2
	addi	a0, a0, 7
	andi	a0, a0, -8
	call	mem_alloc
	sw	a0, 12(s5)
.LBB0_10:
	li	s6, 1
	slli	s6, s6, 11
	lui	s10, %hi(.L_MergedGlobals)
	addi	s10, s10, %lo(.L_MergedGlobals)
	mv	a0, s10
	call	barrier_wait
	lui	a0, %hi(bthowen_params)
	lui	s1, %hi(.L_MergedGlobals.1)
	addi	s1, s1, %lo(.L_MergedGlobals.1)
	lw	a0, %lo(bthowen_params)(a0)
	sw	a0, 16(sp)                      # 4-byte Folded Spill
	lw	s8, 4(s1)
	mv	a0, s9
	mv	a1, s7
	call	__mulsi3
	mv	a1, s7
	lw	s7, 8(s1)
	mv	s11, a0
	lw	a0, 24(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	slli	s9, a0, 1
	lw	a0, 80(sp)                      # 4-byte Folded Reload
	beqz	a0, .LBB0_19
# %bb.11:
	lw	a0, 52(sp)                      # 4-byte Folded Reload
	lw	a1, 88(sp)                      # 4-byte Folded Reload
	bgeu	a0, a1, .LBB0_19
# %bb.12:
	lw	s5, 52(sp)                      # 4-byte Folded Reload
	mv	a0, s5
	mv	a1, s0
	call	__mulsi3
	lw	t3, 64(sp)                      # 4-byte Folded Reload
	slli	a0, a0, 3
	lui	a2, %hi(__sys_used_mram_end)
	addi	a2, a2, %lo(__sys_used_mram_end)
	lui	a1, %hi(.L_MergedGlobals.1)
	li	a3, 1
	add	a2, a2, s4
	add	a2, a2, a0
	slli	a3, a3, 11
	j	.LBB0_14
.LBB0_13:                               #   in Loop: Header=BB0_14 Depth=1
	addi	s5, s5, 16
	lw	a5, 84(sp)                      # 4-byte Folded Reload
	add	a0, a0, a5
	add	a2, a2, a5
	lw	a5, 88(sp)                      # 4-byte Folded Reload
	bgeu	s5, a5, .LBB0_19
.LBB0_14:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_17 Depth 2
	beqz	t3, .LBB0_13
# %bb.15:                               #   in Loop: Header=BB0_14 Depth=1
	li	a5, 0
	lw	a6, %lo(.L_MergedGlobals.1)(a1)
	add	a6, a6, a0
	mv	a7, t3
	j	.LBB0_17
.LBB0_16:                               #   in Loop: Header=BB0_17 Depth=2
	add	t1, a2, a5
	add	t2, a6, a5
	#APP
	#DMA mram_read t1 -> t2
	#NO_APP
	add	a5, a5, s6
	addi	a7, a7, -2048
	bgeu	a5, t3, .LBB0_13
.LBB0_17:                               #   Parent Loop BB0_14 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	t0, a7
	bltu	a7, a3, .LBB0_16
# %bb.18:                               #   in Loop: Header=BB0_17 Depth=2
	mv	t0, a3
	j	.LBB0_16
.LBB0_19:
	add	s9, s7, s9
	lw	a0, 52(sp)                      # 4-byte Folded Reload
	slli	a0, a0, 1
	sw	a0, 4(sp)                       # 4-byte Folded Spill
	lw	s1, 24(sp)                      # 4-byte Folded Reload
	beqz	s1, .LBB0_22
# %bb.20:
	lw	a1, 4(sp)                       # 4-byte Folded Reload
	addi	a1, a1, 2
	mv	a0, s1
	call	__mulsi3
	add	a0, s7, a0
	mv	a1, s9
.LBB0_21:                               # =>This Inner Loop Header: Depth=1
	sh	zero, 0(a1)
	addi	a1, a1, 2
	bne	a1, a0, .LBB0_21
.LBB0_22:
	addi	a0, s10, 4
	sw	a0, 40(sp)                      # 4-byte Folded Spill
	call	barrier_wait
	lw	a0, 44(sp)                      # 4-byte Folded Reload
	beqz	a0, .LBB0_68
# %bb.23:
	add	s11, s8, s11
	lui	s10, %hi(__sys_used_mram_end)
	addi	s10, s10, %lo(__sys_used_mram_end)
	lw	a0, 64(sp)                      # 4-byte Folded Reload
	lw	s5, 52(sp)                      # 4-byte Folded Reload
	mv	a1, s5
	call	__mulsi3
	sw	a0, 56(sp)                      # 4-byte Folded Spill
	add	s4, s4, a0
	add	s4, s10, s4
	sw	s4, 0(sp)                       # 4-byte Folded Spill
	lw	s4, 44(sp)                      # 4-byte Folded Reload
	mv	a0, s4
	mv	a1, s2
	call	__mulsi3
	mv	s0, a0
	add	a1, s5, s3
	call	__mulsi3
	slli	a0, a0, 2
	slli	s0, s0, 6
	sw	s0, 76(sp)                      # 4-byte Folded Spill
	slli	s8, s1, 1
	lw	a1, 72(sp)                      # 4-byte Folded Reload
	add	a0, a1, a0
	add	a0, s10, a0
	sw	a0, 48(sp)                      # 4-byte Folded Spill
	slli	a0, s1, 2
	sw	a0, 12(sp)                      # 4-byte Folded Spill
	mv	a0, s5
	mv	a1, s1
	call	__mulsi3
	mv	t1, s10
	lw	t0, 68(sp)                      # 4-byte Folded Reload
	li	s0, 0
	slli	a0, a0, 1
	li	s3, 1
	add	a0, s7, a0
	sw	a0, 8(sp)                       # 4-byte Folded Spill
	slli	s3, s3, 11
	j	.LBB0_25
.LBB0_24:                               #   in Loop: Header=BB0_25 Depth=1
	lw	s1, 24(sp)                      # 4-byte Folded Reload
	lw	s0, 32(sp)                      # 4-byte Folded Reload
	add	s0, s0, s1
	lw	s4, 28(sp)                      # 4-byte Folded Reload
	sub	s4, s4, s1
	lw	a0, 20(sp)                      # 4-byte Folded Reload
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	add	a1, a1, a0
	sw	a1, 48(sp)                      # 4-byte Folded Spill
	lw	a0, 12(sp)                      # 4-byte Folded Reload
	add	t1, t1, a0
	lw	a0, 44(sp)                      # 4-byte Folded Reload
	bgeu	s0, a0, .LBB0_68
.LBB0_25:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_32 Depth 2
                                        #       Child Loop BB0_51 Depth 3
                                        #       Child Loop BB0_37 Depth 3
                                        #       Child Loop BB0_43 Depth 3
                                        #         Child Loop BB0_44 Depth 4
                                        #     Child Loop BB0_56 Depth 2
                                        #       Child Loop BB0_58 Depth 3
                                        #     Child Loop BB0_66 Depth 2
                                        #     Child Loop BB0_62 Depth 2
	sw	t1, 36(sp)                      # 4-byte Folded Spill
	mv	s10, s1
	bltu	s1, s4, .LBB0_27
# %bb.26:                               #   in Loop: Header=BB0_25 Depth=1
	mv	s10, s4
.LBB0_27:                               #   in Loop: Header=BB0_25 Depth=1
	sw	s4, 28(sp)                      # 4-byte Folded Spill
	mv	a0, t0
	mv	a1, s10
	call	__mulsi3
	lw	a1, 44(sp)                      # 4-byte Folded Reload
	sw	s0, 32(sp)                      # 4-byte Folded Spill
	sub	a1, a1, s0
	lw	a4, 52(sp)                      # 4-byte Folded Reload
	bltu	a1, s1, .LBB0_29
# %bb.28:                               #   in Loop: Header=BB0_25 Depth=1
	mv	a1, s1
.LBB0_29:                               #   in Loop: Header=BB0_25 Depth=1
	lw	a2, 88(sp)                      # 4-byte Folded Reload
	lw	a3, 68(sp)                      # 4-byte Folded Reload
	sw	a1, 72(sp)                      # 4-byte Folded Spill
	bgeu	a4, a2, .LBB0_53
# %bb.30:                               #   in Loop: Header=BB0_25 Depth=1
	addi	a0, a0, 7
	andi	a0, a0, -8
	sw	a0, 60(sp)                      # 4-byte Folded Spill
	mv	a0, a3
	call	__mulsi3
	lw	t5, 72(sp)                      # 4-byte Folded Reload
	li	t4, 1
	lw	a1, 64(sp)                      # 4-byte Folded Reload
	lw	t2, 68(sp)                      # 4-byte Folded Reload
	addi	a0, a0, 7
	andi	s1, a0, -8
	lw	s4, 48(sp)                      # 4-byte Folded Reload
	lw	s7, 0(sp)                       # 4-byte Folded Reload
	lw	s0, 52(sp)                      # 4-byte Folded Reload
	j	.LBB0_32
.LBB0_31:                               #   in Loop: Header=BB0_32 Depth=2
	addi	s0, s0, 16
	lw	a0, 84(sp)                      # 4-byte Folded Reload
	add	s7, s7, a0
	lw	a0, 76(sp)                      # 4-byte Folded Reload
	add	s4, s4, a0
	lw	a0, 88(sp)                      # 4-byte Folded Reload
	bgeu	s0, a0, .LBB0_53
.LBB0_32:                               #   Parent Loop BB0_25 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_51 Depth 3
                                        #       Child Loop BB0_37 Depth 3
                                        #       Child Loop BB0_43 Depth 3
                                        #         Child Loop BB0_44 Depth 4
	lui	a0, %hi(.L_MergedGlobals.1)
	lw	s5, %lo(.L_MergedGlobals.1)(a0)
	lw	a0, 80(sp)                      # 4-byte Folded Reload
	beqz	a0, .LBB0_48
# %bb.33:                               #   in Loop: Header=BB0_32 Depth=2
	mv	a0, s0
	call	__mulsi3
	lw	t5, 72(sp)                      # 4-byte Folded Reload
	li	t4, 1
	lw	a1, 64(sp)                      # 4-byte Folded Reload
	lw	t2, 68(sp)                      # 4-byte Folded Reload
	add	a0, s5, a0
.LBB0_34:                               #   in Loop: Header=BB0_32 Depth=2
	beqz	s1, .LBB0_39
# %bb.35:                               #   in Loop: Header=BB0_32 Depth=2
	li	a6, 0
	lw	a2, 60(sp)                      # 4-byte Folded Reload
	j	.LBB0_37
.LBB0_36:                               #   in Loop: Header=BB0_37 Depth=3
	add	a4, s4, a6
	add	a5, s11, a6
	#APP
	#DMA mram_read a4 -> a5
	#NO_APP
	add	a6, a6, s6
	addi	a2, a2, -2048
	bgeu	a6, s1, .LBB0_39
.LBB0_37:                               #   Parent Loop BB0_25 Depth=1
                                        #     Parent Loop BB0_32 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	mv	a3, a2
	bltu	a2, s3, .LBB0_36
# %bb.38:                               #   in Loop: Header=BB0_37 Depth=3
	mv	a3, s3
	j	.LBB0_36
.LBB0_39:                               #   in Loop: Header=BB0_32 Depth=2
	beqz	t5, .LBB0_31
# %bb.40:                               #   in Loop: Header=BB0_32 Depth=2
	li	t3, 0
	mv	a2, s11
	j	.LBB0_43
.LBB0_41:                               #   in Loop: Header=BB0_43 Depth=3
	slli	a3, t3, 1
	add	a3, s9, a3
	lh	a4, 0(a3)
	addi	a4, a4, 1
	sh	a4, 0(a3)
.LBB0_42:                               #   in Loop: Header=BB0_43 Depth=3
	addi	t3, t3, 1
	add	a2, a2, t2
	beq	t3, s10, .LBB0_31
.LBB0_43:                               #   Parent Loop BB0_25 Depth=1
                                        #     Parent Loop BB0_32 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_44 Depth 4
	mv	a3, a2
	mv	a4, s2
	beqz	s2, .LBB0_41
.LBB0_44:                               #   Parent Loop BB0_25 Depth=1
                                        #     Parent Loop BB0_32 Depth=2
                                        #       Parent Loop BB0_43 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a5, 0(a3)
	srli	a6, a5, 3
	andi	t0, a6, -8
	add	t0, a0, t0
	lw	a6, 4(t0)
	andi	a7, a5, 63
	addi	t1, a7, -32
	bltz	t1, .LBB0_46
# %bb.45:                               #   in Loop: Header=BB0_44 Depth=4
	srl	a5, a6, a7
	andi	a5, a5, 1
	bnez	a5, .LBB0_47
	j	.LBB0_42
.LBB0_46:                               #   in Loop: Header=BB0_44 Depth=4
	lw	t0, 0(t0)
	slli	a6, a6, 1
	not	a7, a7
	srl	a5, t0, a5
	sll	a6, a6, a7
	or	a5, a5, a6
	andi	a5, a5, 1
	beqz	a5, .LBB0_42
.LBB0_47:                               #   in Loop: Header=BB0_44 Depth=4
	addi	a4, a4, -1
	addi	a3, a3, 4
	bnez	a4, .LBB0_44
	j	.LBB0_41
.LBB0_48:                               #   in Loop: Header=BB0_32 Depth=2
	lw	a0, 56(sp)                      # 4-byte Folded Reload
	add	a0, s5, a0
	beqz	a1, .LBB0_34
# %bb.49:                               #   in Loop: Header=BB0_32 Depth=2
	li	a6, 0
	mv	a2, a1
	j	.LBB0_51
.LBB0_50:                               #   in Loop: Header=BB0_51 Depth=3
	add	a4, s7, a6
	add	a5, a0, a6
	#APP
	#DMA mram_read a4 -> a5
	#NO_APP
	add	a6, a6, s6
	addi	a2, a2, -2048
	bgeu	a6, a1, .LBB0_34
.LBB0_51:                               #   Parent Loop BB0_25 Depth=1
                                        #     Parent Loop BB0_32 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	slli	a4, t4, 11
	mv	a3, a2
	bltu	a2, a4, .LBB0_50
# %bb.52:                               #   in Loop: Header=BB0_51 Depth=3
	mv	a3, a4
	j	.LBB0_50
.LBB0_53:                               #   in Loop: Header=BB0_25 Depth=1
	lw	a0, 40(sp)                      # 4-byte Folded Reload
	call	barrier_wait
	lw	t0, 72(sp)                      # 4-byte Folded Reload
	lw	s0, 52(sp)                      # 4-byte Folded Reload
	lw	a7, 16(sp)                      # 4-byte Folded Reload
	bgeu	s0, t0, .LBB0_59
# %bb.54:                               #   in Loop: Header=BB0_25 Depth=1
	lui	a0, %hi(.L_MergedGlobals.1)
	addi	a0, a0, %lo(.L_MergedGlobals.1)
	lw	a1, 8(a0)
	lw	a0, 12(a0)
	lw	a2, 4(sp)                       # 4-byte Folded Reload
	add	a1, a1, a2
	mv	a2, s0
	j	.LBB0_56
.LBB0_55:                               #   in Loop: Header=BB0_56 Depth=2
	slli	a4, a2, 2
	addi	a2, a2, 16
	add	a4, a0, a4
	sw	a3, 0(a4)
	addi	a1, a1, 32
	bgeu	a2, t0, .LBB0_59
.LBB0_56:                               #   Parent Loop BB0_25 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_58 Depth 3
	li	a3, 0
	beqz	a7, .LBB0_55
# %bb.57:                               #   in Loop: Header=BB0_56 Depth=2
	mv	a4, a1
	mv	a5, a7
.LBB0_58:                               #   Parent Loop BB0_25 Depth=1
                                        #     Parent Loop BB0_56 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lhu	a6, 0(a4)
	addi	a5, a5, -1
	add	a3, a3, a6
	add	a4, a4, s8
	bnez	a5, .LBB0_58
	j	.LBB0_55
.LBB0_59:                               #   in Loop: Header=BB0_25 Depth=1
	lw	a0, 40(sp)                      # 4-byte Folded Reload
	call	barrier_wait
	lw	t3, 72(sp)                      # 4-byte Folded Reload
	lw	t0, 68(sp)                      # 4-byte Folded Reload
	lw	t1, 36(sp)                      # 4-byte Folded Reload
	li	t2, 1
	beqz	s0, .LBB0_63
.LBB0_60:                               #   in Loop: Header=BB0_25 Depth=1
	beqz	t3, .LBB0_24
# %bb.61:                               #   in Loop: Header=BB0_25 Depth=1
	slli	a0, s10, 1
	lw	a1, 8(sp)                       # 4-byte Folded Reload
	add	a0, a1, a0
	mv	a1, s9
.LBB0_62:                               #   Parent Loop BB0_25 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sh	zero, 0(a1)
	addi	a1, a1, 2
	bne	a1, a0, .LBB0_62
	j	.LBB0_24
.LBB0_63:                               #   in Loop: Header=BB0_25 Depth=1
	slli	a0, t3, 2
	addi	a0, a0, 7
	andi	a0, a0, -8
	beqz	a0, .LBB0_60
# %bb.64:                               #   in Loop: Header=BB0_25 Depth=1
	li	a1, 0
	slli	a3, s10, 2
	lui	a2, %hi(bthowen_params+52)
	lw	a4, %lo(bthowen_params+52)(a2)
	lui	a2, %hi(.L_MergedGlobals.1)
	addi	a2, a2, %lo(.L_MergedGlobals.1)
	lw	a2, 12(a2)
	addi	a3, a3, 7
	andi	a3, a3, -8
	add	a4, t1, a4
	j	.LBB0_66
.LBB0_65:                               #   in Loop: Header=BB0_66 Depth=2
	add	a6, a2, a1
	add	a7, a4, a1
	#APP
	#DMA mram_write a6 -> a7
	#NO_APP
	add	a1, a1, s6
	addi	a3, a3, -2048
	bgeu	a1, a0, .LBB0_60
.LBB0_66:                               #   Parent Loop BB0_25 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a6, t2, 11
	mv	a5, a3
	bltu	a3, a6, .LBB0_65
# %bb.67:                               #   in Loop: Header=BB0_66 Depth=2
	mv	a5, a6
	j	.LBB0_65
.LBB0_68:
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
	lw	ra, 140(sp)                     # 4-byte Folded Reload
	lw	s0, 136(sp)                     # 4-byte Folded Reload
	lw	s1, 132(sp)                     # 4-byte Folded Reload
	lw	s2, 128(sp)                     # 4-byte Folded Reload
	lw	s3, 124(sp)                     # 4-byte Folded Reload
	lw	s4, 120(sp)                     # 4-byte Folded Reload
	lw	s5, 116(sp)                     # 4-byte Folded Reload
	lw	s6, 112(sp)                     # 4-byte Folded Reload
	lw	s7, 108(sp)                     # 4-byte Folded Reload
	lw	s8, 104(sp)                     # 4-byte Folded Reload
	lw	s9, 100(sp)                     # 4-byte Folded Reload
	lw	s10, 96(sp)                     # 4-byte Folded Reload
	lw	s11, 92(sp)                     # 4-byte Folded Reload
	addi	sp, sp, 144
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
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

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.data
	.p2align	2, 0x0
.L_MergedGlobals:
	.word	16                              # 0x10
	.word	16                              # 0x10
	.size	.L_MergedGlobals, 8

	.type	.L_MergedGlobals.1,@object      # @_MergedGlobals.1
	.local	.L_MergedGlobals.1
	.comm	.L_MergedGlobals.1,16,4
	.globl	setup_done
setup_done = .L_MergedGlobals
	.size	setup_done, 4
	.globl	batch_barrier
batch_barrier = .L_MergedGlobals+4
	.size	batch_barrier, 4
tables = .L_MergedGlobals.1
	.size	tables, 4
slices = .L_MergedGlobals.1+4
	.size	slices, 4
counts = .L_MergedGlobals.1+8
	.size	counts, 4
responses = .L_MergedGlobals.1+12
	.size	responses, 4
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym bthowen_params
	.addrsig_sym bthowen_perf
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
	.addrsig_sym .L_MergedGlobals.1
