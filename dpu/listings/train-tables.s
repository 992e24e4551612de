	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"train-tables.c"
	.section	.rodata.cst32,"aM",@progbits,32
.LCPI0_0:                               # -- Begin function main
	.ascii	"\000\001\034\002\035\016\030\003\036\026\024\017\031\021\004\b\037\033\r\027\025\023\020\007\032\f\022\006\013\005\n\t"
	.text
	.globl	main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -176
	sw	ra, 172(sp)                     # 4-byte Folded Spill
	sw	s0, 168(sp)                     # 4-byte Folded Spill
	sw	s1, 164(sp)                     # 4-byte Folded Spill
	sw	s2, 160(sp)                     # 4-byte Folded Spill
	sw	s3, 156(sp)                     # 4-byte Folded Spill
	sw	s4, 152(sp)                     # 4-byte Folded Spill
	sw	s5, 148(sp)                     # 4-byte Folded Spill
	sw	s6, 144(sp)                     # 4-byte Folded Spill
	sw	s7, 140(sp)                     # 4-byte Folded Spill
	sw	s8, 136(sp)                     # 4-byte Folded Spill
	sw	s9, 132(sp)                     # 4-byte Folded Spill
	sw	s10, 128(sp)                    # 4-byte Folded Spill
	sw	s11, 124(sp)                    # 4-byte Folded Spill
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
	beqz	a0, .LBB0_102
# %bb.4:
	lui	s8, %hi(.L_MergedGlobals.1)
	addi	s8, s8, %lo(.L_MergedGlobals.1)
	lw	s5, 32(s8)
	li	s3, 0
.LBB0_5:                                # =>This Inner Loop Header: Depth=1
	add	s3, s5, s3
	andi	a0, s3, 7
	bnez	a0, .LBB0_5
# %bb.6:
	li	a0, 1024
	mv	a1, s3
	call	__udivsi3
	mv	s4, a0
	mv	a0, s3
	mv	a1, s5
	call	__udivsi3
	mv	a1, s4
	call	__mulsi3
	lw	a1, 12(s8)
	lw	a2, 108(s8)
	sw	s0, 16(sp)                      # 4-byte Folded Spill
	sw	a2, 12(sp)                      # 4-byte Folded Spill
	bgeu	s0, a1, .LBB0_103
# %bb.7:
	sw	a0, 44(sp)                      # 4-byte Folded Spill
	sw	zero, 64(sp)                    # 4-byte Folded Spill
	lw	s11, 20(s8)
	lw	a0, 24(s8)
	slli	s6, s0, 4
	slli	a1, s0, 10
	lui	a2, %hi(stream_buffer)
	addi	a2, a2, %lo(stream_buffer)
	slli	s2, s0, 12
	lui	a3, %hi(tables)
	addi	a3, a3, %lo(tables)
	addi	s7, sp, 116
	addi	s9, sp, 92
	lui	a4, 1
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
	lui	a5, 30667
	lui	s3, %hi(.LCPI0_0)
	addi	s3, s3, %lo(.LCPI0_0)
	add	s6, s6, s8
	add	a1, a2, a1
	sw	a1, 60(sp)                      # 4-byte Folded Spill
	add	s2, a3, s2
	addi	s4, a5, 1329
	addi	a1, s2, 2047
	addi	a2, s6, 720
	sw	a2, 52(sp)                      # 4-byte Folded Spill
	add	a4, s2, a4
	sw	a4, 20(sp)                      # 4-byte Folded Spill
	addi	a1, a1, 1
	sw	a1, 24(sp)                      # 4-byte Folded Spill
	addi	a1, a0, 31
	slli	a0, s11, 2
	sw	a1, 72(sp)                      # 4-byte Folded Spill
	srli	a1, a1, 5
	sw	a1, 88(sp)                      # 4-byte Folded Spill
	add	s10, s7, a0
	add	a5, s9, a0
	sw	s5, 76(sp)                      # 4-byte Folded Spill
	sw	a5, 48(sp)                      # 4-byte Folded Spill
	j	.LBB0_10
.LBB0_8:                                #   in Loop: Header=BB0_10 Depth=1
	lw	a0, 32(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_write s2 -> a0
	#NO_APP
	addi	a0, a0, 2047
	addi	a0, a0, 1
	lw	a1, 24(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_write a1 -> a0
	#NO_APP
.LBB0_9:                                #   in Loop: Header=BB0_10 Depth=1
	lw	a0, 12(s8)
	lw	s0, 28(sp)                      # 4-byte Folded Reload
	addi	s0, s0, 16
	bgeu	s0, a0, .LBB0_104
.LBB0_10:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_16 Depth 2
                                        #       Child Loop BB0_22 Depth 3
                                        #         Child Loop BB0_25 Depth 4
                                        #         Child Loop BB0_50 Depth 4
                                        #           Child Loop BB0_52 Depth 5
                                        #             Child Loop BB0_54 Depth 6
                                        #         Child Loop BB0_30 Depth 4
                                        #         Child Loop BB0_33 Depth 4
                                        #           Child Loop BB0_36 Depth 5
                                        #         Child Loop BB0_46 Depth 4
                                        #         Child Loop BB0_57 Depth 4
                                        #     Child Loop BB0_64 Depth 2
                                        #     Child Loop BB0_69 Depth 2
                                        #       Child Loop BB0_75 Depth 3
                                        #         Child Loop BB0_78 Depth 4
                                        #         Child Loop BB0_95 Depth 4
                                        #           Child Loop BB0_97 Depth 5
                                        #             Child Loop BB0_99 Depth 6
                                        #         Child Loop BB0_83 Depth 4
                                        #         Child Loop BB0_86 Depth 4
                                        #         Child Loop BB0_91 Depth 4
	lw	a0, 72(s8)
	slli	a1, s0, 4
	add	a1, s1, a1
	add	a0, a1, a0
	sw	a0, 84(sp)                      # 4-byte Folded Spill
	call	me
	slli	a0, a0, 4
	add	a0, s8, a0
	addi	a0, a0, 464
	lw	a1, 84(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read a1 -> a0
	#NO_APP
	lw	a0, 476(s6)
	lw	a3, 104(s8)
	lw	a1, 84(s8)
	lw	a2, 36(s8)
	lw	a4, 472(s6)
	add	a6, a0, a3
	sw	s0, 28(sp)                      # 4-byte Folded Spill
	slli	s0, s0, 12
	add	s0, a1, s0
	sw	a4, 40(sp)                      # 4-byte Folded Spill
	bnez	a2, .LBB0_62
# %bb.11:                               #   in Loop: Header=BB0_10 Depth=1
	lw	a3, 40(s8)
	bgeu	a4, a3, .LBB0_62
# %bb.12:                               #   in Loop: Header=BB0_10 Depth=1
	beqz	a4, .LBB0_9
# %bb.13:                               #   in Loop: Header=BB0_10 Depth=1
	li	a0, 0
	add	a6, s1, a6
	sw	a6, 32(sp)                      # 4-byte Folded Spill
	srli	a1, a1, 2
	sw	a1, 56(sp)                      # 4-byte Folded Spill
	lw	a2, 44(sp)                      # 4-byte Folded Reload
	lw	a1, 40(sp)                      # 4-byte Folded Reload
	j	.LBB0_16
.LBB0_14:                               #   in Loop: Header=BB0_16 Depth=2
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
.LBB0_15:                               #   in Loop: Header=BB0_16 Depth=2
	lw	a2, 44(sp)                      # 4-byte Folded Reload
	lw	a0, 36(sp)                      # 4-byte Folded Reload
	add	a0, a0, a2
	lw	a1, 40(sp)                      # 4-byte Folded Reload
	bgeu	a0, a1, .LBB0_9
.LBB0_16:                               #   Parent Loop BB0_10 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_22 Depth 3
                                        #         Child Loop BB0_25 Depth 4
                                        #         Child Loop BB0_50 Depth 4
                                        #           Child Loop BB0_52 Depth 5
                                        #             Child Loop BB0_54 Depth 6
                                        #         Child Loop BB0_30 Depth 4
                                        #         Child Loop BB0_33 Depth 4
                                        #           Child Loop BB0_36 Depth 5
                                        #         Child Loop BB0_46 Depth 4
                                        #         Child Loop BB0_57 Depth 4
	sub	a1, a1, a0
	bltu	a1, a2, .LBB0_18
# %bb.17:                               #   in Loop: Header=BB0_16 Depth=2
	lw	a1, 44(sp)                      # 4-byte Folded Reload
.LBB0_18:                               #   in Loop: Header=BB0_16 Depth=2
	sw	a1, 68(sp)                      # 4-byte Folded Spill
	sw	a0, 36(sp)                      # 4-byte Folded Spill
	mv	a1, s5
	call	__mulsi3
	lw	s1, 32(sp)                      # 4-byte Folded Reload
	add	a0, s1, a0
	sw	a0, 84(sp)                      # 4-byte Folded Spill
	lw	s1, 68(sp)                      # 4-byte Folded Reload
	mv	a0, s1
	mv	a1, s5
	call	__mulsi3
	addi	a0, a0, 7
	andi	a0, a0, -8
	lw	a1, 60(sp)                      # 4-byte Folded Reload
	lw	a2, 84(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read a2 -> a1
	#NO_APP
	beqz	s1, .LBB0_14
# %bb.19:                               #   in Loop: Header=BB0_16 Depth=2
	li	a0, 0
	mv	t3, a1
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
	j	.LBB0_22
.LBB0_20:                               #   in Loop: Header=BB0_22 Depth=3
	lw	a1, 68(sp)                      # 4-byte Folded Reload
	lw	a0, 84(sp)                      # 4-byte Folded Reload
.LBB0_21:                               #   in Loop: Header=BB0_22 Depth=3
	addi	a0, a0, 1
	add	t3, t3, s5
	bgeu	a0, a1, .LBB0_15
.LBB0_22:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_25 Depth 4
                                        #         Child Loop BB0_50 Depth 4
                                        #           Child Loop BB0_52 Depth 5
                                        #             Child Loop BB0_54 Depth 6
                                        #         Child Loop BB0_30 Depth 4
                                        #         Child Loop BB0_33 Depth 4
                                        #           Child Loop BB0_36 Depth 5
                                        #         Child Loop BB0_46 Depth 4
                                        #         Child Loop BB0_57 Depth 4
	sw	t3, 80(sp)                      # 4-byte Folded Spill
	sw	a0, 84(sp)                      # 4-byte Folded Spill
	mv	a1, s5
	call	__mulsi3
	lw	a1, 28(s8)
	beqz	a1, .LBB0_28
# %bb.23:                               #   in Loop: Header=BB0_22 Depth=3
	beqz	s11, .LBB0_26
# %bb.24:                               #   in Loop: Header=BB0_22 Depth=3
	addi	a1, sp, 116
.LBB0_25:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	sw	zero, 0(a1)
	addi	a1, a1, 4
	bne	a1, s10, .LBB0_25
.LBB0_26:                               #   in Loop: Header=BB0_22 Depth=3
	li	a1, 32
	lw	a2, 72(sp)                      # 4-byte Folded Reload
	bgeu	a2, a1, .LBB0_48
.LBB0_27:                               #   in Loop: Header=BB0_22 Depth=3
	lw	s5, 76(sp)                      # 4-byte Folded Reload
	addi	s7, sp, 116
	addi	s9, sp, 92
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
	addi	t1, sp, 108
	addi	t2, sp, 100
	lw	t3, 80(sp)                      # 4-byte Folded Reload
	bnez	s11, .LBB0_31
	j	.LBB0_20
.LBB0_28:                               #   in Loop: Header=BB0_22 Depth=3
	beqz	s11, .LBB0_61
# %bb.29:                               #   in Loop: Header=BB0_22 Depth=3
	addi	a0, sp, 116
	lw	t3, 80(sp)                      # 4-byte Folded Reload
	mv	a1, t3
	addi	t1, sp, 108
	addi	t2, sp, 100
.LBB0_30:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lhu	a2, 0(a1)
	sw	a2, 0(a0)
	addi	a0, a0, 4
	addi	a1, a1, 2
	bne	a0, s10, .LBB0_30
.LBB0_31:                               #   in Loop: Header=BB0_22 Depth=3
	li	a0, 0
	li	a1, -1
	j	.LBB0_33
.LBB0_32:                               #   in Loop: Header=BB0_33 Depth=4
	addi	a0, a0, 1
	mv	a1, a2
	beq	a0, s11, .LBB0_43
.LBB0_33:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_36 Depth 5
	slli	a4, a0, 2
	add	a2, s7, a4
	lw	a2, 0(a2)
	add	a5, t1, a4
	slli	a2, a2, 2
	add	a2, a2, s0
	andi	a3, a2, -8
	sw	a3, 0(a5)
	add	a5, t2, a4
	add	a4, s9, a4
	sw	a0, 0(a5)
	sw	zero, 0(a4)
	li	a4, 0
	beqz	a0, .LBB0_39
# %bb.34:                               #   in Loop: Header=BB0_33 Depth=4
	addi	a6, sp, 108
	addi	a7, sp, 100
	j	.LBB0_36
.LBB0_35:                               #   in Loop: Header=BB0_36 Depth=5
	addi	a4, a4, 1
	addi	a6, a6, 4
	addi	a7, a7, 4
	beq	a0, a4, .LBB0_40
.LBB0_36:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        #         Parent Loop BB0_33 Depth=4
                                        # =>        This Inner Loop Header: Depth=5
	lw	t0, 0(a7)
	bne	a4, t0, .LBB0_35
# %bb.37:                               #   in Loop: Header=BB0_36 Depth=5
	lw	t0, 0(a6)
	bne	t0, a3, .LBB0_35
# %bb.38:                               #   in Loop: Header=BB0_33 Depth=4
	sw	a4, 0(a5)
.LBB0_39:                               #   in Loop: Header=BB0_33 Depth=4
	bne	a4, a0, .LBB0_41
.LBB0_40:                               #   in Loop: Header=BB0_33 Depth=4
	add	a3, s1, a3
	slli	a4, a0, 3
	add	a4, s6, a4
	addi	a4, a4, 720
	#APP
	#DMA mram_read a3 -> a4
	#NO_APP
	mv	a4, a0
.LBB0_41:                               #   in Loop: Header=BB0_33 Depth=4
	slli	a4, a4, 3
	add	a4, s6, a4
	andi	a2, a2, 4
	add	a2, a4, a2
	lw	a2, 720(a2)
	bltu	a2, a1, .LBB0_32
# %bb.42:                               #   in Loop: Header=BB0_33 Depth=4
	mv	a2, a1
	j	.LBB0_32
.LBB0_43:                               #   in Loop: Header=BB0_22 Depth=3
	addi	a0, a2, 1
	beqz	a0, .LBB0_20
# %bb.44:                               #   in Loop: Header=BB0_22 Depth=3
	addi	a1, sp, 116
	addi	a3, sp, 100
	li	a7, 1
	lw	t0, 56(sp)                      # 4-byte Folded Reload
	j	.LBB0_46
.LBB0_45:                               #   in Loop: Header=BB0_46 Depth=4
	addi	a1, a1, 4
	addi	a3, a3, 4
	beq	a1, s10, .LBB0_55
.LBB0_46:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a4, 0(a3)
	lw	a5, 0(a1)
	slli	a6, a4, 3
	add	a5, a5, t0
	add	a6, s6, a6
	andi	a5, a5, 1
	slli	a5, a5, 2
	add	a5, a6, a5
	lw	a6, 720(a5)
	bltu	a2, a6, .LBB0_45
# %bb.47:                               #   in Loop: Header=BB0_46 Depth=4
	sw	a0, 720(a5)
	slli	a4, a4, 2
	add	a4, s9, a4
	sw	a7, 0(a4)
	j	.LBB0_45
.LBB0_48:                               #   in Loop: Header=BB0_22 Depth=3
	li	s1, 0
	li	s7, 0
	lw	s9, 60(sp)                      # 4-byte Folded Reload
	add	s9, s9, a0
	j	.LBB0_50
.LBB0_49:                               #   in Loop: Header=BB0_50 Depth=4
	addi	s7, s7, 1
	addi	s1, s1, 32
	lw	a0, 88(sp)                      # 4-byte Folded Reload
	beq	s7, a0, .LBB0_27
.LBB0_50:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_52 Depth 5
                                        #             Child Loop BB0_54 Depth 6
	slli	a0, s7, 2
	add	a0, s9, a0
	lw	s5, 0(a0)
	bnez	s5, .LBB0_52
	j	.LBB0_49
.LBB0_51:                               #   in Loop: Header=BB0_52 Depth=5
	addi	a0, s5, -1
	and	s5, a0, s5
	beqz	s5, .LBB0_49
.LBB0_52:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        #         Parent Loop BB0_50 Depth=4
                                        # =>        This Loop Header: Depth=5
                                        #             Child Loop BB0_54 Depth 6
	neg	a0, s5
	and	a0, s5, a0
	mv	a1, s4
	call	__mulsi3
	beqz	s11, .LBB0_51
# %bb.53:                               #   in Loop: Header=BB0_52 Depth=5
	srli	a0, a0, 27
	add	a0, s3, a0
	lbu	a0, 0(a0)
	add	a0, s1, a0
	slli	a0, a0, 2
	add	a0, s8, a0
	addi	a0, a0, 240
	addi	a1, sp, 116
.LBB0_54:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        #         Parent Loop BB0_50 Depth=4
                                        #           Parent Loop BB0_52 Depth=5
                                        # =>          This Inner Loop Header: Depth=6
	lw	a2, 0(a0)
	lw	a3, 0(a1)
	xor	a2, a3, a2
	sw	a2, 0(a1)
	addi	a1, a1, 4
	addi	a0, a0, 112
	bne	a1, s10, .LBB0_54
	j	.LBB0_51
.LBB0_55:                               #   in Loop: Header=BB0_22 Depth=3
	addi	a1, sp, 108
	addi	a2, sp, 92
	lw	a3, 52(sp)                      # 4-byte Folded Reload
	lw	a5, 48(sp)                      # 4-byte Folded Reload
	j	.LBB0_57
.LBB0_56:                               #   in Loop: Header=BB0_57 Depth=4
	addi	a1, a1, 4
	addi	a2, a2, 4
	addi	a3, a3, 8
	beq	a2, a5, .LBB0_59
.LBB0_57:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_16 Depth=2
                                        #       Parent Loop BB0_22 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a4, 0(a2)
	beqz	a4, .LBB0_56
# %bb.58:                               #   in Loop: Header=BB0_57 Depth=4
	lw	a4, 0(a1)
	add	a4, s1, a4
	#APP
	#DMA mram_write a3 -> a4
	#NO_APP
	j	.LBB0_56
.LBB0_59:                               #   in Loop: Header=BB0_22 Depth=3
	lw	a1, 64(sp)                      # 4-byte Folded Reload
	bltu	a0, a1, .LBB0_20
# %bb.60:                               #   in Loop: Header=BB0_22 Depth=3
	sw	a0, 64(sp)                      # 4-byte Folded Spill
	j	.LBB0_20
.LBB0_61:                               #   in Loop: Header=BB0_22 Depth=3
	lw	a1, 68(sp)                      # 4-byte Folded Reload
	lw	a0, 84(sp)                      # 4-byte Folded Reload
	lw	t3, 80(sp)                      # 4-byte Folded Reload
	j	.LBB0_21
.LBB0_62:                               #   in Loop: Header=BB0_10 Depth=1
	add	s0, s1, s0
	sw	s0, 32(sp)                      # 4-byte Folded Spill
	beqz	a2, .LBB0_66
# %bb.63:                               #   in Loop: Header=BB0_10 Depth=1
	mv	a1, s2
	lw	a2, 20(sp)                      # 4-byte Folded Reload
.LBB0_64:                               #   Parent Loop BB0_10 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	zero, 0(a1)
	sw	zero, 4(a1)
	addi	a1, a1, 8
	bne	a1, a2, .LBB0_64
# %bb.65:                               #   in Loop: Header=BB0_10 Depth=1
	lw	a1, 40(sp)                      # 4-byte Folded Reload
	bnez	a1, .LBB0_67
	j	.LBB0_8
.LBB0_66:                               #   in Loop: Header=BB0_10 Depth=1
	#APP
	#DMA mram_read s0 -> s2
	#NO_APP
	addi	a1, s0, 2047
	addi	a1, a1, 1
	lw	a2, 24(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read a1 -> a2
	#NO_APP
	lw	a1, 40(sp)                      # 4-byte Folded Reload
	beqz	a1, .LBB0_8
.LBB0_67:                               #   in Loop: Header=BB0_10 Depth=1
	li	a0, 0
	add	a6, s1, a6
	sw	a6, 36(sp)                      # 4-byte Folded Spill
	lw	a2, 44(sp)                      # 4-byte Folded Reload
	j	.LBB0_69
.LBB0_68:                               #   in Loop: Header=BB0_69 Depth=2
	lw	a2, 44(sp)                      # 4-byte Folded Reload
	lw	a0, 56(sp)                      # 4-byte Folded Reload
	add	a0, a0, a2
	addi	s7, sp, 116
	lw	a1, 40(sp)                      # 4-byte Folded Reload
	bgeu	a0, a1, .LBB0_8
.LBB0_69:                               #   Parent Loop BB0_10 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_75 Depth 3
                                        #         Child Loop BB0_78 Depth 4
                                        #         Child Loop BB0_95 Depth 4
                                        #           Child Loop BB0_97 Depth 5
                                        #             Child Loop BB0_99 Depth 6
                                        #         Child Loop BB0_83 Depth 4
                                        #         Child Loop BB0_86 Depth 4
                                        #         Child Loop BB0_91 Depth 4
	sub	a1, a1, a0
	bltu	a1, a2, .LBB0_71
# %bb.70:                               #   in Loop: Header=BB0_69 Depth=2
	lw	a1, 44(sp)                      # 4-byte Folded Reload
.LBB0_71:                               #   in Loop: Header=BB0_69 Depth=2
	sw	a1, 68(sp)                      # 4-byte Folded Spill
	sw	a0, 56(sp)                      # 4-byte Folded Spill
	mv	a1, s5
	call	__mulsi3
	lw	s0, 36(sp)                      # 4-byte Folded Reload
	add	s0, s0, a0
	lw	a0, 68(sp)                      # 4-byte Folded Reload
	mv	a1, s5
	call	__mulsi3
	addi	a0, a0, 7
	andi	a0, a0, -8
	lw	a1, 60(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read s0 -> a1
	#NO_APP
	lw	s0, 68(sp)                      # 4-byte Folded Reload
	beqz	s0, .LBB0_68
# %bb.72:                               #   in Loop: Header=BB0_69 Depth=2
	li	s7, 0
	lw	a0, 28(s8)
	sw	a0, 80(sp)                      # 4-byte Folded Spill
	mv	a6, a1
	j	.LBB0_75
.LBB0_73:                               #   in Loop: Header=BB0_75 Depth=3
	lw	a6, 84(sp)                      # 4-byte Folded Reload
.LBB0_74:                               #   in Loop: Header=BB0_75 Depth=3
	addi	s7, s7, 1
	add	a6, a6, s5
	bgeu	s7, s0, .LBB0_68
.LBB0_75:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_69 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_78 Depth 4
                                        #         Child Loop BB0_95 Depth 4
                                        #           Child Loop BB0_97 Depth 5
                                        #             Child Loop BB0_99 Depth 6
                                        #         Child Loop BB0_83 Depth 4
                                        #         Child Loop BB0_86 Depth 4
                                        #         Child Loop BB0_91 Depth 4
	sw	a6, 84(sp)                      # 4-byte Folded Spill
	mv	a0, s7
	mv	a1, s5
	call	__mulsi3
	lw	a1, 80(sp)                      # 4-byte Folded Reload
	beqz	a1, .LBB0_81
# %bb.76:                               #   in Loop: Header=BB0_75 Depth=3
	beqz	s11, .LBB0_79
# %bb.77:                               #   in Loop: Header=BB0_75 Depth=3
	addi	a1, sp, 116
.LBB0_78:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_69 Depth=2
                                        #       Parent Loop BB0_75 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	sw	zero, 0(a1)
	addi	a1, a1, 4
	bne	a1, s10, .LBB0_78
.LBB0_79:                               #   in Loop: Header=BB0_75 Depth=3
	li	a1, 32
	lw	a2, 72(sp)                      # 4-byte Folded Reload
	bgeu	a2, a1, .LBB0_93
.LBB0_80:                               #   in Loop: Header=BB0_75 Depth=3
	lw	s5, 76(sp)                      # 4-byte Folded Reload
	addi	s9, sp, 92
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
	lw	s0, 68(sp)                      # 4-byte Folded Reload
	lw	a6, 84(sp)                      # 4-byte Folded Reload
	bnez	s11, .LBB0_84
	j	.LBB0_74
.LBB0_81:                               #   in Loop: Header=BB0_75 Depth=3
	beqz	s11, .LBB0_73
# %bb.82:                               #   in Loop: Header=BB0_75 Depth=3
	addi	a0, sp, 116
	lw	a6, 84(sp)                      # 4-byte Folded Reload
	mv	a1, a6
.LBB0_83:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_69 Depth=2
                                        #       Parent Loop BB0_75 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lhu	a2, 0(a1)
	sw	a2, 0(a0)
	addi	a0, a0, 4
	addi	a1, a1, 2
	bne	a0, s10, .LBB0_83
.LBB0_84:                               #   in Loop: Header=BB0_75 Depth=3
	li	a2, -1
	addi	a1, sp, 116
	j	.LBB0_86
.LBB0_85:                               #   in Loop: Header=BB0_86 Depth=4
	addi	a1, a1, 4
	mv	a2, a0
	beq	a1, s10, .LBB0_88
.LBB0_86:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_69 Depth=2
                                        #       Parent Loop BB0_75 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a0, 0(a1)
	slli	a0, a0, 2
	add	a0, s2, a0
	lw	a0, 0(a0)
	bltu	a0, a2, .LBB0_85
# %bb.87:                               #   in Loop: Header=BB0_86 Depth=4
	mv	a0, a2
	j	.LBB0_85
.LBB0_88:                               #   in Loop: Header=BB0_75 Depth=3
	addi	a1, a0, 1
	beqz	a1, .LBB0_74
# %bb.89:                               #   in Loop: Header=BB0_75 Depth=3
	addi	a2, sp, 116
	j	.LBB0_91
.LBB0_90:                               #   in Loop: Header=BB0_91 Depth=4
	addi	a2, a2, 4
	beq	a2, s10, .LBB0_100
.LBB0_91:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_69 Depth=2
                                        #       Parent Loop BB0_75 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a3, 0(a2)
	slli	a3, a3, 2
	add	a3, s2, a3
	lw	a4, 0(a3)
	bltu	a0, a4, .LBB0_90
# %bb.92:                               #   in Loop: Header=BB0_91 Depth=4
	sw	a1, 0(a3)
	j	.LBB0_90
.LBB0_93:                               #   in Loop: Header=BB0_75 Depth=3
	li	s1, 0
	li	s5, 0
	lw	s9, 60(sp)                      # 4-byte Folded Reload
	add	s9, s9, a0
	j	.LBB0_95
.LBB0_94:                               #   in Loop: Header=BB0_95 Depth=4
	addi	s5, s5, 1
	addi	s1, s1, 32
	lw	a0, 88(sp)                      # 4-byte Folded Reload
	beq	s5, a0, .LBB0_80
.LBB0_95:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_69 Depth=2
                                        #       Parent Loop BB0_75 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_97 Depth 5
                                        #             Child Loop BB0_99 Depth 6
	slli	a0, s5, 2
	add	a0, s9, a0
	lw	s0, 0(a0)
	bnez	s0, .LBB0_97
	j	.LBB0_94
.LBB0_96:                               #   in Loop: Header=BB0_97 Depth=5
	addi	a0, s0, -1
	and	s0, a0, s0
	beqz	s0, .LBB0_94
.LBB0_97:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_69 Depth=2
                                        #       Parent Loop BB0_75 Depth=3
                                        #         Parent Loop BB0_95 Depth=4
                                        # =>        This Loop Header: Depth=5
                                        #             Child Loop BB0_99 Depth 6
	neg	a0, s0
	and	a0, s0, a0
	mv	a1, s4
	call	__mulsi3
	beqz	s11, .LBB0_96
# %bb.98:                               #   in Loop: Header=BB0_97 Depth=5
	srli	a0, a0, 27
	add	a0, s3, a0
	lbu	a0, 0(a0)
	add	a0, s1, a0
	slli	a0, a0, 2
	add	a0, s8, a0
	addi	a0, a0, 240
	addi	a1, sp, 116
.LBB0_99:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_69 Depth=2
                                        #       Parent Loop BB0_75 Depth=3
                                        #         Parent Loop BB0_95 Depth=4
                                        #           Parent Loop BB0_97 Depth=5
                                        # =>          This Inner Loop Header: Depth=6
	lw	a2, 0(a0)
	lw	a3, 0(a1)
	xor	a2, a3, a2
	sw	a2, 0(a1)
	addi	a1, a1, 4
	addi	a0, a0, 112
	bne	a1, s10, .LBB0_99
	j	.LBB0_96
.LBB0_100:                              #   in Loop: Header=BB0_75 Depth=3
	lw	a0, 64(sp)                      # 4-byte Folded Reload
	bltu	a1, a0, .LBB0_74
# %bb.101:                              #   in Loop: Header=BB0_75 Depth=3
	sw	a1, 64(sp)                      # 4-byte Folded Spill
	j	.LBB0_74
.LBB0_102:
	li	a0, 1
	j	.LBB0_121
.LBB0_103:
	sw	zero, 64(sp)                    # 4-byte Folded Spill
.LBB0_104:
	lw	s0, 16(sp)                      # 4-byte Folded Reload
	slli	a0, s0, 3
	add	a0, s8, a0
	lw	a1, 64(sp)                      # 4-byte Folded Reload
	sw	a1, 112(a0)
	sw	zero, 116(a0)
	lui	a0, %hi(.L_MergedGlobals)
	addi	a0, a0, %lo(.L_MergedGlobals)
	addi	a0, a0, 4
	call	barrier_wait
	bnez	s0, .LBB0_120
# %bb.105:
	lw	a3, 12(sp)                      # 4-byte Folded Reload
	beqz	a3, .LBB0_112
# %bb.106:
	li	a4, 0
	li	a5, 0
	slli	a3, a3, 3
	addi	a2, s8, 112
	add	a3, a2, a3
	j	.LBB0_108
.LBB0_107:                              #   in Loop: Header=BB0_108 Depth=1
	addi	a2, a2, 8
	mv	a4, a0
	mv	a5, a1
	beq	a2, a3, .LBB0_113
.LBB0_108:                              # =>This Inner Loop Header: Depth=1
	lw	a1, 4(a2)
	lw	a0, 0(a2)
	beq	a1, a5, .LBB0_110
# %bb.109:                              #   in Loop: Header=BB0_108 Depth=1
	sltu	a6, a5, a1
	bnez	a6, .LBB0_107
	j	.LBB0_111
.LBB0_110:                              #   in Loop: Header=BB0_108 Depth=1
	sltu	a6, a4, a0
	bnez	a6, .LBB0_107
.LBB0_111:                              #   in Loop: Header=BB0_108 Depth=1
	mv	a1, a5
	mv	a0, a4
	j	.LBB0_107
.LBB0_112:
	li	a0, 0
	li	a1, 0
.LBB0_113:
	lw	a3, 36(s8)
	lui	a2, %hi(__sys_used_mram_end)
	addi	a2, a2, %lo(__sys_used_mram_end)
	bnez	a3, .LBB0_119
# %bb.114:
	lw	a3, 76(s8)
	add	a3, a2, a3
	addi	a4, s8, 720
	#APP
	#DMA mram_read a3 -> a4
	#NO_APP
	lw	a3, 724(s8)
	lw	a4, 720(s8)
	beq	a3, a1, .LBB0_116
# %bb.115:
	sltu	a5, a1, a3
	beqz	a5, .LBB0_117
	j	.LBB0_118
.LBB0_116:
	sltu	a5, a0, a4
	bnez	a5, .LBB0_118
.LBB0_117:
	mv	a3, a1
	mv	a4, a0
.LBB0_118:
	mv	a0, a4
	mv	a1, a3
.LBB0_119:
	lw	a3, 76(s8)
	sw	a0, 720(s8)
	sw	a1, 724(s8)
	addi	a0, s8, 720
	add	a2, a2, a3
	#APP
	#DMA mram_write a0 -> a2
	#NO_APP
.LBB0_120:
	li	a0, 0
.LBB0_121:
	lw	ra, 172(sp)                     # 4-byte Folded Reload
	lw	s0, 168(sp)                     # 4-byte Folded Reload
	lw	s1, 164(sp)                     # 4-byte Folded Reload
	lw	s2, 160(sp)                     # 4-byte Folded Reload
	lw	s3, 156(sp)                     # 4-byte Folded Reload
	lw	s4, 152(sp)                     # 4-byte Folded Reload
	lw	s5, 148(sp)                     # 4-byte Folded Reload
	lw	s6, 144(sp)                     # 4-byte Folded Reload
	lw	s7, 140(sp)                     # 4-byte Folded Reload
	lw	s8, 136(sp)                     # 4-byte Folded Reload
	lw	s9, 132(sp)                     # 4-byte Folded Reload
	lw	s10, 128(sp)                    # 4-byte Folded Reload
	lw	s11, 124(sp)                    # 4-byte Folded Reload
	addi	sp, sp, 176
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

	.type	tables,@object                  # @tables
	.globl	tables
	.p2align	3, 0x0
tables:
	.zero	65536
	.size	tables, 65536

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
	.addrsig_sym tables
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
	.addrsig_sym .L_MergedGlobals.1
