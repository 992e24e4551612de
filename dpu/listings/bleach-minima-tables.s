	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"bleach-minima-tables.c"
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
	bnez	a0, .LBB0_3
# %bb.1:
	lui	a1, %hi(.L_MergedGlobals)
	lui	a0, %hi(__sys_used_mram_end)
	addi	a0, a0, %lo(__sys_used_mram_end)
	addi	a2, a1, %lo(.L_MergedGlobals)
	addi	a3, a2, 8
	#APP
	#DMA mram_read a0 -> a3
	#NO_APP
	lw	a3, 8(a2)
	lw	a4, 16(a2)
	lw	a5, 20(a2)
	lw	a6, 24(a2)
	xori	a3, a3, 1
	xori	a4, a4, 1024
	or	a3, a3, a4
	lw	a4, 108(a2)
	xori	a5, a5, 2
	xori	a6, a6, 28
	or	a5, a5, a6
	lw	a2, 28(a2)
	or	a3, a3, a5
	xori	a4, a4, 16
	or	a3, a3, a4
	seqz	a3, a3
	sw	a3, %lo(.L_MergedGlobals)(a1)
	beqz	a2, .LBB0_3
# %bb.2:
	lui	a1, %hi(.L_MergedGlobals)
	addi	a1, a1, %lo(.L_MergedGlobals)
	lw	a2, 80(a1)
	add	a0, a0, a2
	addi	a1, a1, 240
	#APP
	#DMA mram_read a0 -> a1
	#NO_APP
.LBB0_3:
	lui	a0, %hi(barrier)
	addi	a0, a0, %lo(barrier)
	call	barrier_wait
	lui	a0, %hi(.L_MergedGlobals)
	lw	a0, %lo(.L_MergedGlobals)(a0)
	beqz	a0, .LBB0_8
# %bb.4:
	call	me
	mv	s1, a0
	lui	s9, %hi(.L_MergedGlobals)
	addi	s9, s9, %lo(.L_MergedGlobals)
	lw	s0, 32(s9)
	li	s2, 0
.LBB0_5:                                # =>This Inner Loop Header: Depth=1
	add	s2, s0, s2
	andi	a0, s2, 7
	bnez	a0, .LBB0_5
# %bb.6:
	li	a0, 1024
	mv	a1, s2
	call	__udivsi3
	mv	s3, a0
	mv	a0, s2
	mv	a1, s0
	call	__udivsi3
	mv	a1, s3
	call	__mulsi3
	sw	a0, 36(sp)                      # 4-byte Folded Spill
	lw	a0, 24(s9)
	lw	s7, 12(s9)
	lw	s10, 20(s9)
	li	a1, 15
	addi	a0, a0, 31
	sw	a0, 56(sp)                      # 4-byte Folded Spill
	bgeu	a1, s7, .LBB0_9
# %bb.7:
	li	s2, 1
	j	.LBB0_10
.LBB0_8:
	li	a0, 1
	j	.LBB0_57
.LBB0_9:
	zext.b	a1, s7
	li	a0, 16
	call	__udivsi3
	mv	s2, a0
.LBB0_10:
	li	a0, 0
	lw	a1, 56(sp)                      # 4-byte Folded Reload
	srli	a1, a1, 5
	sw	a1, 96(sp)                      # 4-byte Folded Spill
.LBB0_11:                               # =>This Inner Loop Header: Depth=1
	add	a0, s0, a0
	andi	a1, a0, 7
	bnez	a1, .LBB0_11
# %bb.12:
	sw	s0, 60(sp)                      # 4-byte Folded Spill
	mv	a1, s0
	call	__udivsi3
	lw	a1, 44(s9)
	andi	a2, a0, 1
	sll	s6, a0, a2
	add	a0, s2, a1
	addi	a0, a0, -1
	mv	a1, s2
	call	__udivsi3
	add	a0, a0, s6
	addi	s5, a0, -1
	mv	a0, s5
	mv	a1, s6
	call	__umodsi3
	mv	s6, a0
	mv	a0, s2
	mv	a1, s7
	call	__mulsi3
	bgeu	s1, a0, .LBB0_56
# %bb.13:
	sub	a0, s5, s6
	sw	a0, 24(sp)                      # 4-byte Folded Spill
	slli	a0, s1, 4
	slli	a1, s1, 12
	lui	a2, %hi(tables)
	addi	a2, a2, %lo(tables)
	slli	a3, s1, 10
	lui	a4, %hi(stream_buffer)
	addi	a4, a4, %lo(stream_buffer)
	slli	a5, s1, 3
	lui	a6, %hi(output_buffer)
	addi	a6, a6, %lo(output_buffer)
	slli	s11, s10, 2
	addi	a7, sp, 100
	add	a2, a2, a1
	lui	a1, 30667
	add	a0, s9, a0
	sw	a0, 12(sp)                      # 4-byte Folded Spill
	add	a4, a4, a3
	sw	a4, 52(sp)                      # 4-byte Folded Spill
	add	a5, s9, a5
	add	a3, a6, a3
	sw	a3, 80(sp)                      # 4-byte Folded Spill
	add	s11, a7, s11
	addi	s5, a1, 1329
	addi	s6, a5, 112
	sw	a2, 64(sp)                      # 4-byte Folded Spill
	addi	a0, a2, 2047
	addi	a0, a0, 1
	sw	a0, 8(sp)                       # 4-byte Folded Spill
	lui	s0, %hi(.LCPI0_0)
	addi	s0, s0, %lo(.LCPI0_0)
	sw	s2, 20(sp)                      # 4-byte Folded Spill
	j	.LBB0_15
.LBB0_14:                               #   in Loop: Header=BB0_15 Depth=1
	lw	a0, 12(s9)
	lw	s1, 28(sp)                      # 4-byte Folded Reload
	addi	s1, s1, 16
	lw	s2, 20(sp)                      # 4-byte Folded Reload
	mv	a1, s2
	call	__mulsi3
	bgeu	s1, a0, .LBB0_56
.LBB0_15:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_23 Depth 2
                                        #       Child Loop BB0_30 Depth 3
                                        #         Child Loop BB0_33 Depth 4
                                        #         Child Loop BB0_48 Depth 4
                                        #           Child Loop BB0_50 Depth 5
                                        #             Child Loop BB0_52 Depth 6
                                        #         Child Loop BB0_38 Depth 4
                                        #         Child Loop BB0_41 Depth 4
	mv	a0, s1
	mv	a1, s2
	call	__udivsi3
	mv	s8, a0
	mv	a1, s2
	call	__mulsi3
	sw	s1, 28(sp)                      # 4-byte Folded Spill
	sub	a0, s1, a0
	lw	a1, 24(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	lw	a1, 44(s9)
	bgeu	a0, a1, .LBB0_14
# %bb.16:                               #   in Loop: Header=BB0_15 Depth=1
	mv	s4, a0
	sub	s1, a1, a0
	lw	a0, 24(sp)                      # 4-byte Folded Reload
	bltu	s1, a0, .LBB0_18
# %bb.17:                               #   in Loop: Header=BB0_15 Depth=1
	lw	s1, 24(sp)                      # 4-byte Folded Reload
.LBB0_18:                               #   in Loop: Header=BB0_15 Depth=1
	lw	a0, 72(s9)
	slli	a1, s8, 4
	lui	a2, %hi(__sys_used_mram_end)
	addi	a2, a2, %lo(__sys_used_mram_end)
	add	a1, a2, a1
	add	s2, a1, a0
	call	me
	slli	a0, a0, 4
	add	a0, s9, a0
	addi	a0, a0, 464
	#APP
	#DMA mram_read s2 -> a0
	#NO_APP
	lw	a1, 84(s9)
	lw	a0, 88(s9)
	sw	a0, 16(sp)                      # 4-byte Folded Spill
	lw	a0, 92(s9)
	slli	a2, s8, 12
	add	s2, a1, a2
	mv	a1, s8
	call	__mulsi3
	lw	a1, 104(s9)
	sw	a1, 92(sp)                      # 4-byte Folded Spill
	lw	a1, 12(sp)                      # 4-byte Folded Reload
	lw	s7, 476(a1)
	mv	s8, a0
	mv	a0, s4
	lw	a1, 60(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	lw	s3, 40(s9)
	bltu	s1, s3, .LBB0_20
# %bb.19:                               #   in Loop: Header=BB0_15 Depth=1
	lui	a1, %hi(__sys_used_mram_end)
	addi	a1, a1, %lo(__sys_used_mram_end)
	add	a1, a1, s2
	lw	a2, 64(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read a1 -> a2
	#NO_APP
	addi	a1, a1, 2047
	addi	a1, a1, 1
	lw	a2, 8(sp)                       # 4-byte Folded Reload
	#APP
	#DMA mram_read a1 -> a2
	#NO_APP
.LBB0_20:                               #   in Loop: Header=BB0_15 Depth=1
	beqz	s1, .LBB0_14
# %bb.21:                               #   in Loop: Header=BB0_15 Depth=1
	sw	s2, 72(sp)                      # 4-byte Folded Spill
	li	a1, 0
	sw	zero, 68(sp)                    # 4-byte Folded Spill
	li	s2, 0
	add	s8, s8, s4
	sw	s8, 48(sp)                      # 4-byte Folded Spill
	lui	s8, %hi(__sys_used_mram_end)
	addi	s8, s8, %lo(__sys_used_mram_end)
	lw	s4, 92(sp)                      # 4-byte Folded Reload
	add	s4, s8, s4
	add	s4, s4, s7
	add	a0, s4, a0
	sw	a0, 32(sp)                      # 4-byte Folded Spill
	lw	a0, 16(sp)                      # 4-byte Folded Reload
	add	a0, s8, a0
	sw	a0, 44(sp)                      # 4-byte Folded Spill
	lw	s7, 60(sp)                      # 4-byte Folded Reload
	lw	a0, 36(sp)                      # 4-byte Folded Reload
	j	.LBB0_23
.LBB0_22:                               #   in Loop: Header=BB0_23 Depth=2
	lw	a0, 36(sp)                      # 4-byte Folded Reload
	lw	a1, 40(sp)                      # 4-byte Folded Reload
	add	a1, a1, a0
	bgeu	a1, s1, .LBB0_54
.LBB0_23:                               #   Parent Loop BB0_15 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_30 Depth 3
                                        #         Child Loop BB0_33 Depth 4
                                        #         Child Loop BB0_48 Depth 4
                                        #           Child Loop BB0_50 Depth 5
                                        #             Child Loop BB0_52 Depth 6
                                        #         Child Loop BB0_38 Depth 4
                                        #         Child Loop BB0_41 Depth 4
	sub	a2, s1, a1
	bltu	a2, a0, .LBB0_25
# %bb.24:                               #   in Loop: Header=BB0_23 Depth=2
	mv	a2, a0
.LBB0_25:                               #   in Loop: Header=BB0_23 Depth=2
	sw	a2, 76(sp)                      # 4-byte Folded Spill
	sw	a1, 40(sp)                      # 4-byte Folded Spill
	mv	a0, a1
	mv	a1, s7
	call	__mulsi3
	lw	s4, 32(sp)                      # 4-byte Folded Reload
	add	s4, s4, a0
	lw	a0, 76(sp)                      # 4-byte Folded Reload
	mv	a1, s7
	call	__mulsi3
	addi	a0, a0, 7
	andi	a0, a0, -8
	lw	a1, 52(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read s4 -> a1
	#NO_APP
	mv	a0, a1
	lw	a1, 76(sp)                      # 4-byte Folded Reload
	beqz	a1, .LBB0_22
# %bb.26:                               #   in Loop: Header=BB0_23 Depth=2
	li	a6, 0
	mv	a7, a0
	mv	a0, s2
	lw	s4, 64(sp)                      # 4-byte Folded Reload
	j	.LBB0_30
.LBB0_27:                               #   in Loop: Header=BB0_30 Depth=3
	li	a2, -1
.LBB0_28:                               #   in Loop: Header=BB0_30 Depth=3
	addi	s2, t0, 1
	slli	a0, t0, 2
	lw	a1, 80(sp)                      # 4-byte Folded Reload
	add	a0, a1, a0
	sw	a2, 0(a0)
	li	a0, 256
	beq	s2, a0, .LBB0_45
.LBB0_29:                               #   in Loop: Header=BB0_30 Depth=3
	addi	a6, a6, 1
	add	a7, a7, s7
	mv	a0, s2
	bgeu	a6, a5, .LBB0_22
.LBB0_30:                               #   Parent Loop BB0_15 Depth=1
                                        #     Parent Loop BB0_23 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_33 Depth 4
                                        #         Child Loop BB0_48 Depth 4
                                        #           Child Loop BB0_50 Depth 5
                                        #             Child Loop BB0_52 Depth 6
                                        #         Child Loop BB0_38 Depth 4
                                        #         Child Loop BB0_41 Depth 4
	sw	a0, 84(sp)                      # 4-byte Folded Spill
	sw	a7, 88(sp)                      # 4-byte Folded Spill
	sw	a6, 92(sp)                      # 4-byte Folded Spill
	mv	a0, a6
	mv	a1, s7
	call	__mulsi3
	lw	a1, 28(s9)
	beqz	a1, .LBB0_36
# %bb.31:                               #   in Loop: Header=BB0_30 Depth=3
	beqz	s10, .LBB0_34
# %bb.32:                               #   in Loop: Header=BB0_30 Depth=3
	addi	a1, sp, 100
.LBB0_33:                               #   Parent Loop BB0_15 Depth=1
                                        #     Parent Loop BB0_23 Depth=2
                                        #       Parent Loop BB0_30 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	sw	zero, 0(a1)
	addi	a1, a1, 4
	bne	a1, s11, .LBB0_33
.LBB0_34:                               #   in Loop: Header=BB0_30 Depth=3
	lw	a1, 56(sp)                      # 4-byte Folded Reload
	li	a2, 32
	bgeu	a1, a2, .LBB0_46
.LBB0_35:                               #   in Loop: Header=BB0_30 Depth=3
	lw	s7, 60(sp)                      # 4-byte Folded Reload
	lui	s8, %hi(__sys_used_mram_end)
	addi	s8, s8, %lo(__sys_used_mram_end)
	lw	s4, 64(sp)                      # 4-byte Folded Reload
	lw	a4, 72(sp)                      # 4-byte Folded Reload
	lw	a5, 76(sp)                      # 4-byte Folded Reload
	lw	a6, 92(sp)                      # 4-byte Folded Reload
	lw	a7, 88(sp)                      # 4-byte Folded Reload
	lw	t0, 84(sp)                      # 4-byte Folded Reload
	bnez	s10, .LBB0_39
	j	.LBB0_27
.LBB0_36:                               #   in Loop: Header=BB0_30 Depth=3
	beqz	s10, .LBB0_53
# %bb.37:                               #   in Loop: Header=BB0_30 Depth=3
	addi	a0, sp, 100
	lw	a7, 88(sp)                      # 4-byte Folded Reload
	mv	a1, a7
	lw	a4, 72(sp)                      # 4-byte Folded Reload
	lw	a5, 76(sp)                      # 4-byte Folded Reload
	lw	a6, 92(sp)                      # 4-byte Folded Reload
	lw	t0, 84(sp)                      # 4-byte Folded Reload
.LBB0_38:                               #   Parent Loop BB0_15 Depth=1
                                        #     Parent Loop BB0_23 Depth=2
                                        #       Parent Loop BB0_30 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lhu	a2, 0(a1)
	sw	a2, 0(a0)
	addi	a0, a0, 4
	addi	a1, a1, 2
	bne	a0, s11, .LBB0_38
.LBB0_39:                               #   in Loop: Header=BB0_30 Depth=3
	li	a1, -1
	addi	a0, sp, 100
	j	.LBB0_41
.LBB0_40:                               #   in Loop: Header=BB0_41 Depth=4
	addi	a0, a0, 4
	mv	a1, a2
	beq	a0, s11, .LBB0_28
.LBB0_41:                               #   Parent Loop BB0_15 Depth=1
                                        #     Parent Loop BB0_23 Depth=2
                                        #       Parent Loop BB0_30 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a2, 0(a0)
	slli	a2, a2, 2
	bgeu	s1, s3, .LBB0_43
# %bb.42:                               #   in Loop: Header=BB0_41 Depth=4
	add	a2, a2, a4
	andi	a3, a2, -8
	add	a3, s8, a3
	#APP
	#DMA mram_read a3 -> s6
	#NO_APP
	andi	a2, a2, 4
	add	a2, s6, a2
	lw	a2, 0(a2)
	bltu	a2, a1, .LBB0_40
	j	.LBB0_44
.LBB0_43:                               #   in Loop: Header=BB0_41 Depth=4
	add	a2, s4, a2
	lw	a2, 0(a2)
	bltu	a2, a1, .LBB0_40
.LBB0_44:                               #   in Loop: Header=BB0_41 Depth=4
	mv	a2, a1
	j	.LBB0_40
.LBB0_45:                               #   in Loop: Header=BB0_30 Depth=3
	li	s2, 0
	lw	a2, 68(sp)                      # 4-byte Folded Reload
	lw	a0, 48(sp)                      # 4-byte Folded Reload
	add	a0, a2, a0
	slli	a0, a0, 2
	lw	a1, 44(sp)                      # 4-byte Folded Reload
	add	a0, a1, a0
	lw	a1, 80(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_write a1 -> a0
	#NO_APP
	addi	a2, a2, 256
	sw	a2, 68(sp)                      # 4-byte Folded Spill
	j	.LBB0_29
.LBB0_46:                               #   in Loop: Header=BB0_30 Depth=3
	li	s2, 0
	li	s4, 0
	lw	s7, 52(sp)                      # 4-byte Folded Reload
	add	s7, s7, a0
	j	.LBB0_48
.LBB0_47:                               #   in Loop: Header=BB0_48 Depth=4
	addi	s4, s4, 1
	addi	s2, s2, 32
	lw	a0, 96(sp)                      # 4-byte Folded Reload
	beq	s4, a0, .LBB0_35
.LBB0_48:                               #   Parent Loop BB0_15 Depth=1
                                        #     Parent Loop BB0_23 Depth=2
                                        #       Parent Loop BB0_30 Depth=3
                                        # =>      This Loop Header: Depth=4
                                        #           Child Loop BB0_50 Depth 5
                                        #             Child Loop BB0_52 Depth 6
	slli	a0, s4, 2
	add	a0, s7, a0
	lw	s8, 0(a0)
	bnez	s8, .LBB0_50
	j	.LBB0_47
.LBB0_49:                               #   in Loop: Header=BB0_50 Depth=5
	addi	a0, s8, -1
	and	s8, a0, s8
	beqz	s8, .LBB0_47
.LBB0_50:                               #   Parent Loop BB0_15 Depth=1
                                        #     Parent Loop BB0_23 Depth=2
                                        #       Parent Loop BB0_30 Depth=3
                                        #         Parent Loop BB0_48 Depth=4
                                        # =>        This Loop Header: Depth=5
                                        #             Child Loop BB0_52 Depth 6
	neg	a0, s8
	and	a0, s8, a0
	mv	a1, s5
	call	__mulsi3
	beqz	s10, .LBB0_49
# %bb.51:                               #   in Loop: Header=BB0_50 Depth=5
	srli	a0, a0, 27
	add	a0, s0, a0
	lbu	a0, 0(a0)
	add	a0, s2, a0
	slli	a0, a0, 2
	add	a0, s9, a0
	addi	a0, a0, 240
	addi	a1, sp, 100
.LBB0_52:                               #   Parent Loop BB0_15 Depth=1
                                        #     Parent Loop BB0_23 Depth=2
                                        #       Parent Loop BB0_30 Depth=3
                                        #         Parent Loop BB0_48 Depth=4
                                        #           Parent Loop BB0_50 Depth=5
                                        # =>          This Inner Loop Header: Depth=6
	lw	a2, 0(a0)
	lw	a3, 0(a1)
	xor	a2, a3, a2
	sw	a2, 0(a1)
	addi	a1, a1, 4
	addi	a0, a0, 112
	bne	a1, s11, .LBB0_52
	j	.LBB0_49
.LBB0_53:                               #   in Loop: Header=BB0_30 Depth=3
	li	a2, -1
	lw	a5, 76(sp)                      # 4-byte Folded Reload
	lw	a6, 92(sp)                      # 4-byte Folded Reload
	lw	a7, 88(sp)                      # 4-byte Folded Reload
	lw	t0, 84(sp)                      # 4-byte Folded Reload
	j	.LBB0_28
.LBB0_54:                               #   in Loop: Header=BB0_15 Depth=1
	beqz	s2, .LBB0_14
# %bb.55:                               #   in Loop: Header=BB0_15 Depth=1
	lw	a0, 68(sp)                      # 4-byte Folded Reload
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	add	a0, a0, a1
	slli	s2, s2, 2
	slli	a0, a0, 2
	addi	s2, s2, 7
	lui	a1, %hi(__sys_used_mram_end)
	addi	a1, a1, %lo(__sys_used_mram_end)
	add	a0, a1, a0
	lw	a1, 16(sp)                      # 4-byte Folded Reload
	add	a0, a0, a1
	andi	a1, s2, -8
	lw	a2, 80(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_write a2 -> a0
	#NO_APP
	j	.LBB0_14
.LBB0_56:
	li	a0, 0
.LBB0_57:
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
	.type	barrier,@object                 # @barrier
	.data
	.globl	barrier
	.p2align	2, 0x0
barrier:
	.word	16                              # 0x10
	.size	barrier, 4

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

	.type	output_buffer,@object           # @output_buffer
	.globl	output_buffer
	.p2align	3, 0x0
output_buffer:
	.zero	16384
	.size	output_buffer, 16384

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.local	.L_MergedGlobals
	.comm	.L_MergedGlobals,720,8
	.globl	arguments_ok
arguments_ok = .L_MergedGlobals
	.size	arguments_ok, 4
	.globl	args
args = .L_MergedGlobals+8
	.size	args, 104
	.globl	probe_slot
probe_slot = .L_MergedGlobals+112
	.size	probe_slot, 128
	.globl	matrix
matrix = .L_MergedGlobals+240
	.size	matrix, 224
	.globl	pair_buffer
pair_buffer = .L_MergedGlobals+464
	.size	pair_buffer, 256
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym barrier
	.addrsig_sym stream_buffer
	.addrsig_sym tables
	.addrsig_sym output_buffer
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
