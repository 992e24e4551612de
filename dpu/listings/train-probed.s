	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"train-probed.c"
	.section	.rodata.cst32,"aM",@progbits,32
.LCPI0_0:                               # -- Begin function main
	.ascii	"\000\001\034\002\035\016\030\003\036\026\024\017\031\021\004\b\037\033\r\027\025\023\020\007\032\f\022\006\013\005\n\t"
	.text
	.globl	main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -160
	sw	ra, 156(sp)                     # 4-byte Folded Spill
	sw	s0, 152(sp)                     # 4-byte Folded Spill
	sw	s1, 148(sp)                     # 4-byte Folded Spill
	sw	s2, 144(sp)                     # 4-byte Folded Spill
	sw	s3, 140(sp)                     # 4-byte Folded Spill
	sw	s4, 136(sp)                     # 4-byte Folded Spill
	sw	s5, 132(sp)                     # 4-byte Folded Spill
	sw	s6, 128(sp)                     # 4-byte Folded Spill
	sw	s7, 124(sp)                     # 4-byte Folded Spill
	sw	s8, 120(sp)                     # 4-byte Folded Spill
	sw	s9, 116(sp)                     # 4-byte Folded Spill
	sw	s10, 112(sp)                    # 4-byte Folded Spill
	sw	s11, 108(sp)                    # 4-byte Folded Spill
	call	me
	mv	s0, a0
	call	me
	bnez	a0, .LBB0_3
# %bb.1:
	lui	a1, %hi(.L_MergedGlobals.1)
	lui	a0, %hi(__sys_used_mram_end)
	addi	a0, a0, %lo(__sys_used_mram_end)
	addi	a2, a1, %lo(.L_MergedGlobals.1)
	addi	a3, a2, 8
	#APP
	#DMA mram_read a0 -> a3
	#NO_APP
	lw	a3, 16(a2)
	lw	a4, 8(a2)
	lw	a5, 20(a2)
	lw	a6, 24(a2)
	xori	a3, a3, 1024
	or	a3, a4, a3
	lw	a4, 108(a2)
	xori	a5, a5, 2
	xori	a6, a6, 28
	or	a5, a5, a6
	lw	a2, 28(a2)
	or	a3, a3, a5
	xori	a4, a4, 16
	or	a3, a3, a4
	seqz	a3, a3
	sw	a3, %lo(.L_MergedGlobals.1)(a1)
	beqz	a2, .LBB0_3
# %bb.2:
	lui	a1, %hi(.L_MergedGlobals.1)
	addi	a1, a1, %lo(.L_MergedGlobals.1)
	lw	a2, 80(a1)
	add	a0, a0, a2
	addi	a1, a1, 240
	#APP
	#DMA mram_read a0 -> a1
	#NO_APP
.LBB0_3:
	lui	a0, %hi(.L_MergedGlobals)
	addi	a0, a0, %lo(.L_MergedGlobals)
	call	barrier_wait
	lui	a0, %hi(.L_MergedGlobals.1)
	lw	a0, %lo(.L_MergedGlobals.1)(a0)
	beqz	a0, .LBB0_63
# %bb.4:
	lui	s8, %hi(.L_MergedGlobals.1)
	addi	s8, s8, %lo(.L_MergedGlobals.1)
	lw	s2, 32(s8)
	li	s3, 0
.LBB0_5:                                # =>This Inner Loop Header: Depth=1
	add	s3, s2, s3
	andi	a0, s3, 7
	bnez	a0, .LBB0_5
# %bb.6:
	li	a0, 1024
	mv	a1, s3
	call	__udivsi3
	mv	s4, a0
	mv	a0, s3
	mv	a1, s2
	call	__udivsi3
	mv	a1, s4
	call	__mulsi3
	lw	a1, 12(s8)
	lw	a2, 108(s8)
	sw	s0, 8(sp)                       # 4-byte Folded Spill
	sw	a2, 4(sp)                       # 4-byte Folded Spill
	bgeu	s0, a1, .LBB0_64
# %bb.7:
	sw	a0, 28(sp)                      # 4-byte Folded Spill
	sw	zero, 48(sp)                    # 4-byte Folded Spill
	lw	s11, 20(s8)
	lw	a0, 24(s8)
	slli	s6, s0, 4
	slli	a1, s0, 10
	lui	a2, %hi(stream_buffer)
	addi	a2, a2, %lo(stream_buffer)
	addi	s5, sp, 100
	addi	s7, sp, 76
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
	lui	a3, 30667
	add	s6, s6, s8
	add	a1, a2, a1
	addi	s4, a3, 1329
	sw	a1, 44(sp)                      # 4-byte Folded Spill
	addi	a5, a1, 1024
	addi	a1, s6, 720
	sw	a1, 40(sp)                      # 4-byte Folded Spill
	addi	a1, a0, 31
	slli	a0, s11, 2
	sw	a1, 52(sp)                      # 4-byte Folded Spill
	srli	a1, a1, 5
	sw	a1, 72(sp)                      # 4-byte Folded Spill
	add	s9, s5, a0
	add	t0, s7, a0
	lui	s3, %hi(.LCPI0_0)
	addi	s3, s3, %lo(.LCPI0_0)
	mv	s10, s0
	sw	s2, 56(sp)                      # 4-byte Folded Spill
	sw	a5, 12(sp)                      # 4-byte Folded Spill
	sw	t0, 36(sp)                      # 4-byte Folded Spill
	j	.LBB0_9
.LBB0_8:                                #   in Loop: Header=BB0_9 Depth=1
	lw	a0, 12(s8)
	lw	s10, 16(sp)                     # 4-byte Folded Reload
	addi	s10, s10, 16
	bgeu	s10, a0, .LBB0_65
.LBB0_9:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_11 Depth 2
                                        #     Child Loop BB0_17 Depth 2
                                        #       Child Loop BB0_23 Depth 3
                                        #         Child Loop BB0_26 Depth 4
                                        #         Child Loop BB0_51 Depth 4
                                        #           Child Loop BB0_53 Depth 5
                                        #             Child Loop BB0_55 Depth 6
                                        #         Child Loop BB0_31 Depth 4
                                        #         Child Loop BB0_34 Depth 4
                                        #           Child Loop BB0_37 Depth 5
                                        #         Child Loop BB0_47 Depth 4
                                        #         Child Loop BB0_58 Depth 4
	lw	a0, 72(s8)
	slli	a1, s10, 4
	add	a1, s1, a1
	add	s0, a1, a0
	call	me
	lw	a5, 12(sp)                      # 4-byte Folded Reload
	slli	a0, a0, 4
	add	a0, s8, a0
	addi	a0, a0, 464
	#APP
	#DMA mram_read s0 -> a0
	#NO_APP
	lw	a2, 36(s8)
	lw	s0, 84(s8)
	lw	a6, 104(s8)
	lw	a1, 472(s6)
	sw	a1, 24(sp)                      # 4-byte Folded Spill
	lw	a1, 476(s6)
	sw	s10, 16(sp)                     # 4-byte Folded Spill
	slli	s10, s10, 12
	add	s10, s0, s10
	beqz	a2, .LBB0_13
# %bb.10:                               #   in Loop: Header=BB0_9 Depth=1
	lw	a2, 44(sp)                      # 4-byte Folded Reload
.LBB0_11:                               #   Parent Loop BB0_9 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	zero, 0(a2)
	sw	zero, 4(a2)
	addi	a2, a2, 8
	bne	a2, a5, .LBB0_11
# %bb.12:                               #   in Loop: Header=BB0_9 Depth=1
	add	a2, s1, s10
	lw	a4, 44(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_write a4 -> a2
	#NO_APP
	addi	a3, a2, 1024
	addi	a2, a2, 2047
	#APP
	#DMA mram_write a4 -> a3
	#NO_APP
	addi	a3, a2, 1
	#APP
	#DMA mram_write a4 -> a3
	#NO_APP
	addi	a2, a2, 1025
	#APP
	#DMA mram_write a4 -> a2
	#NO_APP
.LBB0_13:                               #   in Loop: Header=BB0_9 Depth=1
	lw	a2, 24(sp)                      # 4-byte Folded Reload
	beqz	a2, .LBB0_8
# %bb.14:                               #   in Loop: Header=BB0_9 Depth=1
	li	a0, 0
	add	a6, s1, a6
	add	a1, a6, a1
	sw	a1, 20(sp)                      # 4-byte Folded Spill
	srli	s0, s0, 2
	lw	a2, 28(sp)                      # 4-byte Folded Reload
	lw	a1, 24(sp)                      # 4-byte Folded Reload
	j	.LBB0_17
.LBB0_15:                               #   in Loop: Header=BB0_17 Depth=2
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
.LBB0_16:                               #   in Loop: Header=BB0_17 Depth=2
	lw	a2, 28(sp)                      # 4-byte Folded Reload
	lw	a0, 32(sp)                      # 4-byte Folded Reload
	add	a0, a0, a2
	lw	a1, 24(sp)                      # 4-byte Folded Reload
	bgeu	a0, a1, .LBB0_8
.LBB0_17:                               #   Parent Loop BB0_9 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_23 Depth 3
                                        #         Child Loop BB0_26 Depth 4
                                        #         Child Loop BB0_51 Depth 4
                                        #           Child Loop BB0_53 Depth 5
                                        #             Child Loop BB0_55 Depth 6
                                        #         Child Loop BB0_31 Depth 4
                                        #         Child Loop BB0_34 Depth 4
                                        #           Child Loop BB0_37 Depth 5
                                        #         Child Loop BB0_47 Depth 4
                                        #         Child Loop BB0_58 Depth 4
	sub	a1, a1, a0
	bltu	a1, a2, .LBB0_19
# %bb.18:                               #   in Loop: Header=BB0_17 Depth=2
	lw	a1, 28(sp)                      # 4-byte Folded Reload
.LBB0_19:                               #   in Loop: Header=BB0_17 Depth=2
	sw	a1, 60(sp)                      # 4-byte Folded Spill
	sw	a0, 32(sp)                      # 4-byte Folded Spill
	mv	a1, s2
	call	__mulsi3
	lw	s1, 20(sp)                      # 4-byte Folded Reload
	add	a0, s1, a0
	sw	a0, 68(sp)                      # 4-byte Folded Spill
	lw	s1, 60(sp)                      # 4-byte Folded Reload
	mv	a0, s1
	mv	a1, s2
	call	__mulsi3
	addi	a0, a0, 7
	andi	a0, a0, -8
	lw	a1, 44(sp)                      # 4-byte Folded Reload
	lw	a2, 68(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read a2 -> a1
	#NO_APP
	beqz	s1, .LBB0_15
# %bb.20:                               #   in Loop: Header=BB0_17 Depth=2
	li	a0, 0
	mv	t3, a1
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
	j	.LBB0_23
.LBB0_21:                               #   in Loop: Header=BB0_23 Depth=3
	lw	a1, 60(sp)                      # 4-byte Folded Reload
	lw	a0, 68(sp)                      # 4-byte Folded Reload
.LBB0_22:                               #   in Loop: Header=BB0_23 Depth=3
	addi	a0, a0, 1
	add	t3, t3, s2
	bgeu	a0, a1, .LBB0_16
.LBB0_23:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_26 Depth 4
                                        #         Child Loop BB0_51 Depth 4
                                        #           Child Loop BB0_53 Depth 5
                                        #             Child Loop BB0_55 Depth 6
                                        #         Child Loop BB0_31 Depth 4
                                        #         Child Loop BB0_34 Depth 4
                                        #           Child Loop BB0_37 Depth 5
                                        #         Child Loop BB0_47 Depth 4
                                        #         Child Loop BB0_58 Depth 4
	sw	t3, 64(sp)                      # 4-byte Folded Spill
	sw	a0, 68(sp)                      # 4-byte Folded Spill
	mv	a1, s2
	call	__mulsi3
	lw	a1, 28(s8)
	beqz	a1, .LBB0_29
# %bb.24:                               #   in Loop: Header=BB0_23 Depth=3
	beqz	s11, .LBB0_27
# %bb.25:                               #   in Loop: Header=BB0_23 Depth=3
	addi	a1, sp, 100
.LBB0_26:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	sw	zero, 0(a1)
	addi	a1, a1, 4
	bne	a1, s9, .LBB0_26
.LBB0_27:                               #   in Loop: Header=BB0_23 Depth=3
	li	a1, 32
	lw	a2, 52(sp)                      # 4-byte Folded Reload
	bgeu	a2, a1, .LBB0_49
.LBB0_28:                               #   in Loop: Header=BB0_23 Depth=3
	lw	s2, 56(sp)                      # 4-byte Folded Reload
	addi	s5, sp, 100
	addi	s7, sp, 76
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
	addi	t1, sp, 92
	addi	t2, sp, 84
	lw	t3, 64(sp)                      # 4-byte Folded Reload
	bnez	s11, .LBB0_32
	j	.LBB0_21
.LBB0_29:                               #   in Loop: Header=BB0_23 Depth=3
	beqz	s11, .LBB0_62
# %bb.30:                               #   in Loop: Header=BB0_23 Depth=3
	addi	a0, sp, 100
	lw	t3, 64(sp)                      # 4-byte Folded Reload
	mv	a1, t3
	addi	t1, sp, 92
	addi	t2, sp, 84
.LBB0_31:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lhu	a2, 0(a1)
	sw	a2, 0(a0)
	addi	a0, a0, 4
	addi	a1, a1, 2
	bne	a0, s9, .LBB0_31
.LBB0_32:                               #   in Loop: Header=BB0_23 Depth=3
	li	a0, 0
	li	a1, -1
	j	.LBB0_34
.LBB0_33:                               #   in Loop: Header=BB0_34 Depth=4
	addi	a0, a0, 1
	mv	a1, a2
	beq	a0, s11, .LBB0_44
.LBB0_34:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_37 Depth 5
	slli	a4, a0, 2
	add	a2, s5, a4
	lw	a2, 0(a2)
	add	a5, t1, a4
	slli	a2, a2, 2
	add	a2, a2, s10
	andi	a3, a2, -8
	sw	a3, 0(a5)
	add	a5, t2, a4
	add	a4, s7, a4
	sw	a0, 0(a5)
	sw	zero, 0(a4)
	li	a4, 0
	beqz	a0, .LBB0_40
# %bb.35:                               #   in Loop: Header=BB0_34 Depth=4
	addi	a6, sp, 92
	addi	a7, sp, 84
	j	.LBB0_37
.LBB0_36:                               #   in Loop: Header=BB0_37 Depth=5
	addi	a4, a4, 1
	addi	a6, a6, 4
	addi	a7, a7, 4
	beq	a0, a4, .LBB0_41
.LBB0_37:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        #         Parent Loop BB0_34 Depth=4
                                        # =>        This Inner Loop Header: Depth=5
	lw	t0, 0(a7)
	bne	a4, t0, .LBB0_36
# %bb.38:                               #   in Loop: Header=BB0_37 Depth=5
	lw	t0, 0(a6)
	bne	t0, a3, .LBB0_36
# %bb.39:                               #   in Loop: Header=BB0_34 Depth=4
	sw	a4, 0(a5)
.LBB0_40:                               #   in Loop: Header=BB0_34 Depth=4
	bne	a4, a0, .LBB0_42
.LBB0_41:                               #   in Loop: Header=BB0_34 Depth=4
	add	a3, s1, a3
	slli	a4, a0, 3
	add	a4, s6, a4
	addi	a4, a4, 720
	#APP
	#DMA mram_read a3 -> a4
	#NO_APP
	mv	a4, a0
.LBB0_42:                               #   in Loop: Header=BB0_34 Depth=4
	slli	a4, a4, 3
	add	a4, s6, a4
	andi	a2, a2, 4
	add	a2, a4, a2
	lw	a2, 720(a2)
	bltu	a2, a1, .LBB0_33
# %bb.43:                               #   in Loop: Header=BB0_34 Depth=4
	mv	a2, a1
	j	.LBB0_33
.LBB0_44:                               #   in Loop: Header=BB0_23 Depth=3
	addi	a0, a2, 1
	beqz	a0, .LBB0_21
# %bb.45:                               #   in Loop: Header=BB0_23 Depth=3
	addi	a1, sp, 100
	addi	a3, sp, 84
	li	a7, 1
	lw	t0, 36(sp)                      # 4-byte Folded Reload
	j	.LBB0_47
.LBB0_46:                               #   in Loop: Header=BB0_47 Depth=4
	addi	a1, a1, 4
	addi	a3, a3, 4
	beq	a1, s9, .LBB0_56
.LBB0_47:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a4, 0(a3)
	lw	a5, 0(a1)
	slli	a6, a4, 3
	add	a5, a5, s0
	add	a6, s6, a6
	andi	a5, a5, 1
	slli	a5, a5, 2
	add	a5, a6, a5
	lw	a6, 720(a5)
	bltu	a2, a6, .LBB0_46
# %bb.48:                               #   in Loop: Header=BB0_47 Depth=4
	sw	a0, 720(a5)
	slli	a4, a4, 2
	add	a4, s7, a4
	sw	a7, 0(a4)
	j	.LBB0_46
.LBB0_49:                               #   in Loop: Header=BB0_23 Depth=3
	li	s2, 0
	li	s5, 0
	lw	s7, 44(sp)                      # 4-byte Folded Reload
	add	s7, s7, a0
	j	.LBB0_51
.LBB0_50:                               #   in Loop: Header=BB0_51 Depth=4
	addi	s5, s5, 1
	addi	s2, s2, 32
	lw	a0, 72(sp)                      # 4-byte Folded Reload
	beq	s5, a0, .LBB0_28
.LBB0_51:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_53 Depth 5
                                        #             Child Loop BB0_55 Depth 6
	slli	a0, s5, 2
	add	a0, s7, a0
	lw	s1, 0(a0)
	bnez	s1, .LBB0_53
	j	.LBB0_50
.LBB0_52:                               #   in Loop: Header=BB0_53 Depth=5
	addi	a0, s1, -1
	and	s1, a0, s1
	beqz	s1, .LBB0_50
.LBB0_53:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        #         Parent Loop BB0_51 Depth=4
                                        # =>        This Loop Header: Depth=5
                                        #             Child Loop BB0_55 Depth 6
	neg	a0, s1
	and	a0, s1, a0
	mv	a1, s4
	call	__mulsi3
	beqz	s11, .LBB0_52
# %bb.54:                               #   in Loop: Header=BB0_53 Depth=5
	srli	a0, a0, 27
	add	a0, s3, a0
	lbu	a0, 0(a0)
	add	a0, s2, a0
	slli	a0, a0, 2
	add	a0, s8, a0
	addi	a0, a0, 240
	addi	a1, sp, 100
.LBB0_55:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        #         Parent Loop BB0_51 Depth=4
                                        #           Parent Loop BB0_53 Depth=5
                                        # =>          This Inner Loop Header: Depth=6
	lw	a2, 0(a0)
	lw	a3, 0(a1)
	xor	a2, a3, a2
	sw	a2, 0(a1)
	addi	a1, a1, 4
	addi	a0, a0, 112
	bne	a1, s9, .LBB0_55
	j	.LBB0_52
.LBB0_56:                               #   in Loop: Header=BB0_23 Depth=3
	addi	a1, sp, 92
	addi	a2, sp, 76
	lw	a3, 40(sp)                      # 4-byte Folded Reload
	j	.LBB0_58
.LBB0_57:                               #   in Loop: Header=BB0_58 Depth=4
	addi	a1, a1, 4
	addi	a2, a2, 4
	addi	a3, a3, 8
	beq	a2, t0, .LBB0_60
.LBB0_58:                               #   Parent Loop BB0_9 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a4, 0(a2)
	beqz	a4, .LBB0_57
# %bb.59:                               #   in Loop: Header=BB0_58 Depth=4
	lw	a4, 0(a1)
	add	a4, s1, a4
	#APP
	#DMA mram_write a3 -> a4
	#NO_APP
	j	.LBB0_57
.LBB0_60:                               #   in Loop: Header=BB0_23 Depth=3
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	bltu	a0, a1, .LBB0_21
# %bb.61:                               #   in Loop: Header=BB0_23 Depth=3
	sw	a0, 48(sp)                      # 4-byte Folded Spill
	j	.LBB0_21
.LBB0_62:                               #   in Loop: Header=BB0_23 Depth=3
	lw	a1, 60(sp)                      # 4-byte Folded Reload
	lw	a0, 68(sp)                      # 4-byte Folded Reload
	lw	t3, 64(sp)                      # 4-byte Folded Reload
	j	.LBB0_22
.LBB0_63:
	li	a0, 1
	j	.LBB0_82
.LBB0_64:
	sw	zero, 48(sp)                    # 4-byte Folded Spill
.LBB0_65:
	lw	s0, 8(sp)                       # 4-byte Folded Reload
	slli	a0, s0, 3
	add	a0, s8, a0
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	sw	a1, 112(a0)
	sw	zero, 116(a0)
	lui	a0, %hi(.L_MergedGlobals)
	addi	a0, a0, %lo(.L_MergedGlobals)
	addi	a0, a0, 4
	call	barrier_wait
	bnez	s0, .LBB0_81
# %bb.66:
	lw	a3, 4(sp)                       # 4-byte Folded Reload
	beqz	a3, .LBB0_73
# %bb.67:
	li	a4, 0
	li	a5, 0
	slli	a3, a3, 3
	addi	a2, s8, 112
	add	a3, a2, a3
	j	.LBB0_69
.LBB0_68:                               #   in Loop: Header=BB0_69 Depth=1
	addi	a2, a2, 8
	mv	a4, a0
	mv	a5, a1
	beq	a2, a3, .LBB0_74
.LBB0_69:                               # =>This Inner Loop Header: Depth=1
	lw	a1, 4(a2)
	lw	a0, 0(a2)
	beq	a1, a5, .LBB0_71
# %bb.70:                               #   in Loop: Header=BB0_69 Depth=1
	sltu	a6, a5, a1
	bnez	a6, .LBB0_68
	j	.LBB0_72
.LBB0_71:                               #   in Loop: Header=BB0_69 Depth=1
	sltu	a6, a4, a0
	bnez	a6, .LBB0_68
.LBB0_72:                               #   in Loop: Header=BB0_69 Depth=1
	mv	a1, a5
	mv	a0, a4
	j	.LBB0_68
.LBB0_73:
	li	a0, 0
	li	a1, 0
.LBB0_74:
	lw	a3, 36(s8)
	lui	a2, %hi(__sys_used_mram_end)
	addi	a2, a2, %lo(__sys_used_mram_end)
	bnez	a3, .LBB0_80
# %bb.75:
	lw	a3, 76(s8)
	add	a3, a2, a3
	addi	a4, s8, 720
	#APP
	#DMA mram_read a3 -> a4
	#NO_APP
	lw	a3, 724(s8)
	lw	a4, 720(s8)
	beq	a3, a1, .LBB0_77
# %bb.76:
	sltu	a5, a1, a3
	beqz	a5, .LBB0_78
	j	.LBB0_79
.LBB0_77:
	sltu	a5, a0, a4
	bnez	a5, .LBB0_79
.LBB0_78:
	mv	a3, a1
	mv	a4, a0
.LBB0_79:
	mv	a0, a4
	mv	a1, a3
.LBB0_80:
	lw	a3, 76(s8)
	sw	a0, 720(s8)
	sw	a1, 724(s8)
	addi	a0, s8, 720
	add	a2, a2, a3
	#APP
	#DMA mram_write a0 -> a2
	#NO_APP
.LBB0_81:
	li	a0, 0
.LBB0_82:
	lw	ra, 156(sp)                     # 4-byte Folded Reload
	lw	s0, 152(sp)                     # 4-byte Folded Reload
	lw	s1, 148(sp)                     # 4-byte Folded Reload
	lw	s2, 144(sp)                     # 4-byte Folded Reload
	lw	s3, 140(sp)                     # 4-byte Folded Reload
	lw	s4, 136(sp)                     # 4-byte Folded Reload
	lw	s5, 132(sp)                     # 4-byte Folded Reload
	lw	s6, 128(sp)                     # 4-byte Folded Reload
	lw	s7, 124(sp)                     # 4-byte Folded Reload
	lw	s8, 120(sp)                     # 4-byte Folded Reload
	lw	s9, 116(sp)                     # 4-byte Folded Reload
	lw	s10, 112(sp)                    # 4-byte Folded Reload
	lw	s11, 108(sp)                    # 4-byte Folded Reload
	addi	sp, sp, 160
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	stream_buffer,@object           # @stream_buffer
	.bss
	.globl	stream_buffer
	.p2align	3, 0x0
stream_buffer:
	.zero	16384
	.size	stream_buffer, 16384

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.data
	.p2align	2, 0x0
.L_MergedGlobals:
	.word	16                              # 0x10
	.word	16                              # 0x10
	.size	.L_MergedGlobals, 8

	.type	.L_MergedGlobals.1,@object      # @_MergedGlobals.1
	.local	.L_MergedGlobals.1
	.comm	.L_MergedGlobals.1,976,8
	.globl	start_barrier
start_barrier = .L_MergedGlobals
	.size	start_barrier, 4
	.globl	done_barrier
done_barrier = .L_MergedGlobals+4
	.size	done_barrier, 4
	.globl	arguments_ok
arguments_ok = .L_MergedGlobals.1
	.size	arguments_ok, 4
	.globl	args
args = .L_MergedGlobals.1+8
	.size	args, 104
	.globl	maxima
maxima = .L_MergedGlobals.1+112
	.size	maxima, 128
	.globl	matrix
matrix = .L_MergedGlobals.1+240
	.size	matrix, 224
	.globl	pair_buffer
pair_buffer = .L_MergedGlobals.1+464
	.size	pair_buffer, 256
	.globl	slots
slots = .L_MergedGlobals.1+720
	.size	slots, 256
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym stream_buffer
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
	.addrsig_sym .L_MergedGlobals.1
