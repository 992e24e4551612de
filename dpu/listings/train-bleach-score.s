	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"train-bleach-score.c"
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
	bnez	a0, .LBB0_2
# %bb.1:
	lui	a0, %hi(.L_MergedGlobals)
	lui	a1, %hi(__sys_used_mram_end)
	addi	a1, a1, %lo(__sys_used_mram_end)
	addi	a2, a0, %lo(.L_MergedGlobals)
	addi	a3, a2, 8
	#APP
	#DMA mram_read a1 -> a3
	#NO_APP
	lw	a1, 8(a2)
	lw	a3, 16(a2)
	lw	a4, 20(a2)
	lw	a5, 24(a2)
	xori	a1, a1, 2
	xori	a3, a3, 1024
	or	a1, a1, a3
	lw	a2, 108(a2)
	xori	a3, a4, 2
	xori	a4, a5, 28
	or	a3, a3, a4
	or	a1, a1, a3
	xori	a2, a2, 16
	or	a1, a1, a2
	seqz	a1, a1
	sw	a1, %lo(.L_MergedGlobals)(a0)
.LBB0_2:
	lui	a0, %hi(barrier)
	addi	a0, a0, %lo(barrier)
	call	barrier_wait
	lui	a0, %hi(.L_MergedGlobals)
	lw	a0, %lo(.L_MergedGlobals)(a0)
	li	s2, 1
	beqz	a0, .LBB0_47
# %bb.3:
	call	me
	lui	a3, %hi(.L_MergedGlobals)
	addi	a3, a3, %lo(.L_MergedGlobals)
	lw	s4, 48(a3)
	addi	a1, s4, -4
	li	a2, -3
	sw	a0, 48(sp)                      # 4-byte Folded Spill
	bltu	a1, a2, .LBB0_47
# %bb.4:
	lw	s1, 52(a3)
	addi	a0, s1, -11
	li	a1, -10
	bltu	a0, a1, .LBB0_47
# %bb.5:
	lw	s11, 108(a3)
	slli	s0, s1, 1
	lw	a0, 12(a3)
	slli	s2, s1, 3
	slli	s3, s1, 5
	li	a1, 15
	slli	s5, s1, 7
	bgeu	a1, a0, .LBB0_7
# %bb.6:
	li	a0, 1
	j	.LBB0_8
.LBB0_7:
	zext.b	a1, a0
	li	a0, 16
	call	__udivsi3
.LBB0_8:
	sw	a0, 68(sp)                      # 4-byte Folded Spill
	add	a4, s0, s1
	sub	a0, s2, s0
	sw	a0, 12(sp)                      # 4-byte Folded Spill
	sub	s6, s5, s3
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	slli	a0, a1, 7
	slli	a1, a1, 11
	lui	s0, %hi(partials)
	addi	s0, s0, %lo(partials)
	slli	a2, s1, 6
	slli	a3, s1, 8
	sub	s5, a1, a0
	sub	a3, a3, a2
	add	a1, s0, s5
	add	a2, s0, s5
	sw	a3, 28(sp)                      # 4-byte Folded Spill
	add	s8, a2, a3
.LBB0_9:                                # =>This Inner Loop Header: Depth=1
	sh	zero, 0(a1)
	addi	a1, a1, 2
	bne	a1, s8, .LBB0_9
# %bb.10:
	lui	s3, %hi(.L_MergedGlobals)
	addi	s3, s3, %lo(.L_MergedGlobals)
	lw	s2, 44(s3)
	beqz	s2, .LBB0_47
# %bb.11:
	sw	a4, 64(sp)                      # 4-byte Folded Spill
	lw	a3, 68(sp)                      # 4-byte Folded Reload
	addi	a1, a3, -1
	sw	a1, 16(sp)                      # 4-byte Folded Spill
	lw	a4, 48(sp)                      # 4-byte Folded Reload
	slli	a1, a4, 4
	lui	a2, %hi(minima_slice)
	addi	a2, a2, %lo(minima_slice)
	slli	s4, s4, 2
	add	a1, s3, a1
	sw	a1, 52(sp)                      # 4-byte Folded Spill
	add	a0, a2, a0
	sw	a0, 88(sp)                      # 4-byte Folded Spill
	add	s4, s4, s3
	addi	s7, s4, 56
	mv	s4, a3
	mv	a0, a4
	mv	a1, s1
	call	__mulsi3
	li	s9, 0
	li	a5, 0
	slli	a1, a0, 1
	slli	a0, a0, 3
	slli	a2, s11, 7
	slli	a3, s11, 11
	add	a4, s0, s5
	sw	a4, 36(sp)                      # 4-byte Folded Spill
	lui	s10, %hi(__sys_used_mram_end)
	addi	s10, s10, %lo(__sys_used_mram_end)
	lui	a4, 4
	sub	a0, a0, a1
	li	a1, 1
	sub	a3, a3, a2
	addi	a4, a4, -8
	sw	a4, 8(sp)                       # 4-byte Folded Spill
	add	a2, s0, a0
	sw	a2, 4(sp)                       # 4-byte Folded Spill
	add	a0, a0, a3
	sw	a0, 60(sp)                      # 4-byte Folded Spill
	slli	a1, a1, 11
	sw	a1, 0(sp)                       # 4-byte Folded Spill
	sw	s11, 24(sp)                     # 4-byte Folded Spill
	sw	s6, 72(sp)                      # 4-byte Folded Spill
	sw	s8, 20(sp)                      # 4-byte Folded Spill
.LBB0_12:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_17 Depth 2
                                        #       Child Loop BB0_23 Depth 3
                                        #         Child Loop BB0_25 Depth 4
                                        #     Child Loop BB0_30 Depth 2
                                        #       Child Loop BB0_32 Depth 3
                                        #         Child Loop BB0_34 Depth 4
                                        #     Child Loop BB0_41 Depth 2
                                        #     Child Loop BB0_44 Depth 2
	sw	a5, 56(sp)                      # 4-byte Folded Spill
	sw	s2, 32(sp)                      # 4-byte Folded Spill
	sub	s2, s2, a5
	li	a0, 32
	bltu	s2, a0, .LBB0_14
# %bb.13:                               #   in Loop: Header=BB0_12 Depth=1
	li	s2, 32
.LBB0_14:                               #   in Loop: Header=BB0_12 Depth=1
	sw	s10, 40(sp)                     # 4-byte Folded Spill
	sw	s9, 44(sp)                      # 4-byte Folded Spill
	lw	a0, 16(sp)                      # 4-byte Folded Reload
	add	a0, a0, s2
	mv	a1, s4
	call	__udivsi3
	lw	a1, 12(s3)
	mv	s8, a0
	mv	a0, a1
	mv	a1, s4
	call	__mulsi3
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	sw	s2, 84(sp)                      # 4-byte Folded Spill
	bgeu	a1, a0, .LBB0_27
# %bb.15:                               #   in Loop: Header=BB0_12 Depth=1
	addi	s8, s8, 1
	andi	a0, s8, -2
	sw	a0, 76(sp)                      # 4-byte Folded Spill
	lw	s6, 48(sp)                      # 4-byte Folded Reload
	j	.LBB0_17
.LBB0_16:                               #   in Loop: Header=BB0_17 Depth=2
	lw	a0, 12(s3)
	lw	s6, 80(sp)                      # 4-byte Folded Reload
	addi	s6, s6, 16
	lw	s4, 68(sp)                      # 4-byte Folded Reload
	mv	a1, s4
	call	__mulsi3
	lw	s2, 84(sp)                      # 4-byte Folded Reload
	bgeu	s6, a0, .LBB0_27
.LBB0_17:                               #   Parent Loop BB0_12 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_23 Depth 3
                                        #         Child Loop BB0_25 Depth 4
	mv	a0, s6
	mv	a1, s4
	call	__udivsi3
	mv	s11, a0
	mv	a1, s4
	call	__mulsi3
	sw	s6, 80(sp)                      # 4-byte Folded Spill
	sub	a0, s6, a0
	lw	a1, 76(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	bgeu	a0, s2, .LBB0_16
# %bb.18:                               #   in Loop: Header=BB0_17 Depth=2
	mv	s10, a0
	lw	a0, 84(sp)                      # 4-byte Folded Reload
	sub	s8, a0, s10
	lw	a0, 76(sp)                      # 4-byte Folded Reload
	bltu	s8, a0, .LBB0_20
# %bb.19:                               #   in Loop: Header=BB0_17 Depth=2
	lw	s8, 76(sp)                      # 4-byte Folded Reload
.LBB0_20:                               #   in Loop: Header=BB0_17 Depth=2
	lw	a0, 72(s3)
	slli	a1, s11, 4
	lui	s4, %hi(__sys_used_mram_end)
	addi	s4, s4, %lo(__sys_used_mram_end)
	add	a1, s4, a1
	add	s2, a1, a0
	call	me
	slli	a0, a0, 4
	add	a0, s3, a0
	addi	a0, a0, 112
	#APP
	#DMA mram_read s2 -> a0
	#NO_APP
	lui	a0, %hi(.L_MergedGlobals)
	addi	a0, a0, %lo(.L_MergedGlobals)
	lw	s3, 88(a0)
	lw	a0, 92(a0)
	lw	a1, 52(sp)                      # 4-byte Folded Reload
	lhu	s2, 114(a1)
	mv	a1, s11
	call	__mulsi3
	lw	a1, 56(sp)                      # 4-byte Folded Reload
	add	a1, s10, a1
	add	s3, s4, s3
	add	a0, a1, a0
	slli	a1, s8, 2
	addi	a1, a1, 7
	slli	a0, a0, 2
	add	a0, s3, a0
	lui	s3, %hi(.L_MergedGlobals)
	addi	s3, s3, %lo(.L_MergedGlobals)
	andi	a1, a1, 504
	lw	a2, 88(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read a0 -> a2
	#NO_APP
	beqz	s8, .LBB0_16
# %bb.21:                               #   in Loop: Header=BB0_17 Depth=2
	li	s11, 0
	j	.LBB0_23
.LBB0_22:                               #   in Loop: Header=BB0_23 Depth=3
	addi	s11, s11, 1
	lui	s3, %hi(.L_MergedGlobals)
	addi	s3, s3, %lo(.L_MergedGlobals)
	bgeu	s11, s8, .LBB0_16
.LBB0_23:                               #   Parent Loop BB0_12 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_25 Depth 4
	li	s4, 0
	slli	a0, s11, 2
	lw	a1, 88(sp)                      # 4-byte Folded Reload
	add	a0, a1, a0
	lw	s9, 0(a0)
	add	s6, s11, s10
	slli	a0, s6, 1
	add	s6, a0, s6
	addi	s3, s3, 56
	j	.LBB0_25
.LBB0_24:                               #   in Loop: Header=BB0_25 Depth=4
	addi	s3, s3, 4
	addi	s4, s4, 1
	beq	s3, s7, .LBB0_22
.LBB0_25:                               #   Parent Loop BB0_12 Depth=1
                                        #     Parent Loop BB0_17 Depth=2
                                        #       Parent Loop BB0_23 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a0, 0(s3)
	bltu	s9, a0, .LBB0_24
# %bb.26:                               #   in Loop: Header=BB0_25 Depth=4
	add	a0, s4, s6
	mv	a1, s1
	call	__mulsi3
	add	a0, a0, s2
	add	a1, s0, s5
	slli	a0, a0, 1
	add	a0, a1, a0
	lh	a1, 0(a0)
	addi	a1, a1, 1
	sh	a1, 0(a0)
	j	.LBB0_24
.LBB0_27:                               #   in Loop: Header=BB0_12 Depth=1
	lui	a0, %hi(barrier)
	addi	a0, a0, %lo(barrier)
	call	barrier_wait
	lw	s11, 24(sp)                     # 4-byte Folded Reload
	lw	a0, 72(sp)                      # 4-byte Folded Reload
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	bgeu	a1, s2, .LBB0_35
# %bb.28:                               #   in Loop: Header=BB0_12 Depth=1
	li	s8, 0
	lw	s10, 4(sp)                      # 4-byte Folded Reload
	lw	s9, 48(sp)                      # 4-byte Folded Reload
	j	.LBB0_30
.LBB0_29:                               #   in Loop: Header=BB0_30 Depth=2
	addi	s9, s9, 16
	lw	a0, 72(sp)                      # 4-byte Folded Reload
	add	s10, s10, a0
	addi	s8, s8, 1
	lw	s2, 84(sp)                      # 4-byte Folded Reload
	bgeu	s9, s2, .LBB0_35
.LBB0_30:                               #   Parent Loop BB0_12 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_32 Depth 3
                                        #         Child Loop BB0_34 Depth 4
	mv	a1, s8
	call	__mulsi3
	lw	s2, 60(sp)                      # 4-byte Folded Reload
	add	s2, s2, a0
	mv	a0, s9
	lw	s6, 64(sp)                      # 4-byte Folded Reload
	mv	a1, s6
	call	__mulsi3
	li	a1, 0
	mv	a2, s10
	lui	a7, %hi(responses)
	addi	a7, a7, %lo(responses)
	j	.LBB0_32
.LBB0_31:                               #   in Loop: Header=BB0_32 Depth=3
	add	a4, a1, a0
	addi	a1, a1, 1
	slli	a4, a4, 1
	add	a4, a7, a4
	sh	a3, 0(a4)
	addi	a2, a2, 2
	beq	a1, s6, .LBB0_29
.LBB0_32:                               #   Parent Loop BB0_12 Depth=1
                                        #     Parent Loop BB0_30 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_34 Depth 4
	li	a3, 0
	beqz	s11, .LBB0_31
# %bb.33:                               #   in Loop: Header=BB0_32 Depth=3
	slli	a4, a1, 1
	add	a4, s2, a4
	add	a4, s0, a4
	mv	a5, a2
.LBB0_34:                               #   Parent Loop BB0_12 Depth=1
                                        #     Parent Loop BB0_30 Depth=2
                                        #       Parent Loop BB0_32 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lh	a6, 0(a5)
	addi	a5, a5, 1920
	add	a3, a6, a3
	bne	a5, a4, .LBB0_34
	j	.LBB0_31
.LBB0_35:                               #   in Loop: Header=BB0_12 Depth=1
	lui	a0, %hi(barrier)
	addi	a0, a0, %lo(barrier)
	call	barrier_wait
	lw	a0, 36(sp)                      # 4-byte Folded Reload
	lw	s8, 20(sp)                      # 4-byte Folded Reload
	lw	s9, 44(sp)                      # 4-byte Folded Reload
	lw	s10, 40(sp)                     # 4-byte Folded Reload
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	bnez	a1, .LBB0_44
# %bb.36:                               #   in Loop: Header=BB0_12 Depth=1
	mv	a0, s2
	lw	a1, 12(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	addi	a0, a0, 7
	lw	a1, 8(sp)                       # 4-byte Folded Reload
	and	s2, a0, a1
	lw	a0, 36(sp)                      # 4-byte Folded Reload
	beqz	s2, .LBB0_44
# %bb.37:                               #   in Loop: Header=BB0_12 Depth=1
	lw	a1, 32(sp)                      # 4-byte Folded Reload
	add	a1, a1, s9
	li	a0, 32
	bltu	a1, a0, .LBB0_39
# %bb.38:                               #   in Loop: Header=BB0_12 Depth=1
	li	a1, 32
.LBB0_39:                               #   in Loop: Header=BB0_12 Depth=1
	lw	s3, 96(s3)
	add	s3, s10, s3
	lw	a0, 12(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	li	a1, 0
	addi	a0, a0, 7
	lw	a2, 8(sp)                       # 4-byte Folded Reload
	and	a0, a0, a2
	lui	a5, %hi(responses)
	addi	a5, a5, %lo(responses)
	lw	a6, 0(sp)                       # 4-byte Folded Reload
	j	.LBB0_41
.LBB0_40:                               #   in Loop: Header=BB0_41 Depth=2
	add	a3, a5, a1
	add	a4, s3, a1
	#APP
	#DMA mram_write a3 -> a4
	#NO_APP
	add	a1, a1, a6
	addi	a0, a0, -2048
	bgeu	a1, s2, .LBB0_43
.LBB0_41:                               #   Parent Loop BB0_12 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a2, a0
	bltu	a0, a6, .LBB0_40
# %bb.42:                               #   in Loop: Header=BB0_41 Depth=2
	mv	a2, a6
	j	.LBB0_40
.LBB0_43:                               #   in Loop: Header=BB0_12 Depth=1
	lw	a0, 36(sp)                      # 4-byte Folded Reload
	lui	s3, %hi(.L_MergedGlobals)
	addi	s3, s3, %lo(.L_MergedGlobals)
.LBB0_44:                               #   Parent Loop BB0_12 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sh	zero, 0(a0)
	addi	a0, a0, 2
	bne	a0, s8, .LBB0_44
# %bb.45:                               #   in Loop: Header=BB0_12 Depth=1
	lui	a0, %hi(barrier)
	addi	a0, a0, %lo(barrier)
	call	barrier_wait
	lw	s2, 44(s3)
	lw	a5, 56(sp)                      # 4-byte Folded Reload
	addi	a5, a5, 32
	lw	a0, 28(sp)                      # 4-byte Folded Reload
	add	s10, s10, a0
	addi	s9, s9, -32
	bltu	a5, s2, .LBB0_12
# %bb.46:
	li	s2, 0
.LBB0_47:
	mv	a0, s2
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
	.type	barrier,@object                 # @barrier
	.data
	.globl	barrier
	.p2align	2, 0x0
barrier:
	.word	16                              # 0x10
	.size	barrier, 4

	.type	matrix,@object                  # @matrix
	.bss
	.globl	matrix
	.p2align	3, 0x0
matrix:
	.zero	224
	.size	matrix, 224

	.type	partials,@object                # @partials
	.globl	partials
	.p2align	3, 0x0
partials:
	.zero	30720
	.size	partials, 30720

	.type	responses,@object               # @responses
	.globl	responses
	.p2align	3, 0x0
responses:
	.zero	1920
	.size	responses, 1920

	.type	minima_slice,@object            # @minima_slice
	.globl	minima_slice
	.p2align	3, 0x0
minima_slice:
	.zero	2048
	.size	minima_slice, 2048

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.local	.L_MergedGlobals
	.comm	.L_MergedGlobals,368,8
	.globl	arguments_ok
arguments_ok = .L_MergedGlobals
	.size	arguments_ok, 4
	.globl	args
args = .L_MergedGlobals+8
	.size	args, 104
	.globl	pair_buffer
pair_buffer = .L_MergedGlobals+112
	.size	pair_buffer, 256
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym barrier
	.addrsig_sym responses
	.addrsig_sym minima_slice
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
