	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"gemv.c"
	.text
	.globl	gemv                            # -- Begin function gemv
	.p2align	2
	.type	gemv,@function
gemv:                                   # @gemv
# %bb.0:
	addi	sp, sp, -32
	sw	ra, 28(sp)                      # 4-byte Folded Spill
	sw	s0, 24(sp)                      # 4-byte Folded Spill
	sw	s1, 20(sp)                      # 4-byte Folded Spill
	sw	s2, 16(sp)                      # 4-byte Folded Spill
	sw	s3, 12(sp)                      # 4-byte Folded Spill
	sw	s4, 8(sp)                       # 4-byte Folded Spill
	mv	s0, a2
	mv	s1, a1
	slli	a3, a3, 2
	add	s2, a0, a3
	lw	s3, 0(s2)
	addi	s4, a2, 1024
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	lw	a1, 0(s1)
	lw	a0, 0(s0)
	call	__mulsi3
	add	s3, s3, a0
	addi	s0, s0, 4
	sw	s3, 0(s2)
	addi	s1, s1, 4
	bne	s0, s4, .LBB0_1
# %bb.2:
	lw	ra, 28(sp)                      # 4-byte Folded Reload
	lw	s0, 24(sp)                      # 4-byte Folded Reload
	lw	s1, 20(sp)                      # 4-byte Folded Reload
	lw	s2, 16(sp)                      # 4-byte Folded Reload
	lw	s3, 12(sp)                      # 4-byte Folded Reload
	lw	s4, 8(sp)                       # 4-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end0:
	.size	gemv, .Lfunc_end0-gemv
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sw	ra, 108(sp)                     # 4-byte Folded Spill
	sw	s0, 104(sp)                     # 4-byte Folded Spill
	sw	s1, 100(sp)                     # 4-byte Folded Spill
	sw	s2, 96(sp)                      # 4-byte Folded Spill
	sw	s3, 92(sp)                      # 4-byte Folded Spill
	sw	s4, 88(sp)                      # 4-byte Folded Spill
	sw	s5, 84(sp)                      # 4-byte Folded Spill
	sw	s6, 80(sp)                      # 4-byte Folded Spill
	sw	s7, 76(sp)                      # 4-byte Folded Spill
	sw	s8, 72(sp)                      # 4-byte Folded Spill
	sw	s9, 68(sp)                      # 4-byte Folded Spill
	sw	s10, 64(sp)                     # 4-byte Folded Spill
	sw	s11, 60(sp)                     # 4-byte Folded Spill
	call	me
	mv	s0, a0
	bnez	a0, .LBB1_2
# %bb.1:
	call	mem_reset
.LBB1_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a3, %hi(DPU_INPUT_ARGUMENTS)
	addi	a2, a3, %lo(DPU_INPUT_ARGUMENTS)
	lw	a0, 8(a2)
	srli	a1, a0, 4
	sw	a0, 44(sp)                      # 4-byte Folded Spill
	andi	a0, a0, 31
	andi	s2, a1, -2
	slli	a4, s0, 1
	addi	a1, s2, 2
	mv	s6, a1
	bltu	a4, a0, .LBB1_4
# %bb.3:
	mv	s6, s2
.LBB1_4:
	lw	a3, %lo(DPU_INPUT_ARGUMENTS)(a3)
	sw	a3, 36(sp)                      # 4-byte Folded Spill
	lw	s7, 4(a2)
	lw	s1, 12(a2)
	beqz	a0, .LBB1_7
# %bb.5:
	bgeu	a4, a0, .LBB1_9
# %bb.6:
	mv	a0, a1
	j	.LBB1_8
.LBB1_7:
	mv	a0, s2
.LBB1_8:
	mv	a1, s0
	call	__mulsi3
	mv	s4, a0
	j	.LBB1_13
.LBB1_9:
	lw	a2, 44(sp)                      # 4-byte Folded Reload
	andi	a2, a2, 1
	srli	s3, a0, 1
	bnez	a2, .LBB1_11
# %bb.10:
	mv	a0, a1
	mv	a1, s3
	call	__mulsi3
	mv	s4, a0
	sub	a0, s0, s3
	j	.LBB1_12
.LBB1_11:
	addi	a0, s3, 1
	call	__mulsi3
	mv	s4, a0
	not	a0, s3
	add	a0, s0, a0
.LBB1_12:
	mv	a1, s2
	call	__mulsi3
	add	s4, s4, a0
.LBB1_13:
	slli	s7, s7, 2
	mv	a0, s7
	mv	a1, s1
	call	__mulsi3
	mv	s8, a0
	li	a0, 1032
	call	mem_alloc
	mv	s5, a0
	li	a0, 8
	call	mem_alloc
	mv	s2, a0
	li	a0, 1024
	call	mem_alloc
	mv	s11, a0
	li	a0, 8
	call	mem_alloc
	add	s6, s4, s6
	sw	s6, 8(sp)                       # 4-byte Folded Spill
	bgeu	s4, s6, .LBB1_36
# %bb.14:
	mv	s1, a0
	li	s0, 0
	lui	a2, %hi(__sys_used_mram_end)
	addi	a2, a2, %lo(__sys_used_mram_end)
	slli	a0, s4, 2
	lw	a1, 36(sp)                      # 4-byte Folded Reload
	slli	a3, a1, 2
	sw	a3, 4(sp)                       # 4-byte Folded Spill
	addi	s3, a1, -256
	addi	a3, s5, 4
	sw	a3, 28(sp)                      # 4-byte Folded Spill
	addi	s10, s5, 1024
	addi	a1, a1, -1
	sw	a1, 20(sp)                      # 4-byte Folded Spill
	add	a2, a2, s8
	sw	a2, 24(sp)                      # 4-byte Folded Spill
	add	s7, a2, s7
	add	s7, s7, a0
	sw	s1, 48(sp)                      # 4-byte Folded Spill
	sw	s3, 32(sp)                      # 4-byte Folded Spill
	j	.LBB1_16
.LBB1_15:                               #   in Loop: Header=BB1_16 Depth=1
	lw	s7, 12(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_write s1 -> s7
	#NO_APP
	lw	s4, 16(sp)                      # 4-byte Folded Reload
	addi	s4, s4, 2
	addi	s7, s7, 8
	lw	a0, 8(sp)                       # 4-byte Folded Reload
	bgeu	s4, a0, .LBB1_36
.LBB1_16:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_20 Depth 2
                                        #       Child Loop BB1_24 Depth 3
                                        #         Child Loop BB1_25 Depth 4
                                        #       Child Loop BB1_28 Depth 3
                                        #       Child Loop BB1_34 Depth 3
	sw	s7, 12(sp)                      # 4-byte Folded Spill
	sw	zero, 0(s1)
	sw	zero, 4(s1)
	lw	a0, 44(sp)                      # 4-byte Folded Reload
	sw	s4, 16(sp)                      # 4-byte Folded Spill
	bgeu	s4, a0, .LBB1_15
# %bb.17:                               #   in Loop: Header=BB1_16 Depth=1
	lw	a0, 4(sp)                       # 4-byte Folded Reload
	mv	a1, s4
	call	__mulsi3
	li	s7, 0
	lui	s6, %hi(__sys_used_mram_end)
	addi	s6, s6, %lo(__sys_used_mram_end)
	add	s6, s6, a0
	addi	s4, s4, 1
	sw	s4, 40(sp)                      # 4-byte Folded Spill
	li	a1, 1
	j	.LBB1_20
.LBB1_18:                               #   in Loop: Header=BB1_20 Depth=2
	lui	a0, %hi(.L.str)
	addi	a0, a0, %lo(.L.str)
	call	printf
.LBB1_19:                               #   in Loop: Header=BB1_20 Depth=2
	lw	a0, 52(sp)                      # 4-byte Folded Reload
	slli	a0, a0, 2
	lw	a1, 40(sp)                      # 4-byte Folded Reload
	add	s7, s7, a1
	add	s6, a0, s6
	lw	a0, 44(sp)                      # 4-byte Folded Reload
	sltu	a0, s7, a0
	andi	a1, s6, 7
	lw	a2, 56(sp)                      # 4-byte Folded Reload
	and	a0, a2, a0
	snez	s0, a1
	li	s7, 1
	li	a1, 0
	lw	s1, 48(sp)                      # 4-byte Folded Reload
	lw	s3, 32(sp)                      # 4-byte Folded Reload
	beqz	a0, .LBB1_15
.LBB1_20:                               #   Parent Loop BB1_16 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB1_24 Depth 3
                                        #         Child Loop BB1_25 Depth 4
                                        #       Child Loop BB1_28 Depth 3
                                        #       Child Loop BB1_34 Depth 3
	sw	a1, 56(sp)                      # 4-byte Folded Spill
	lw	s4, 28(sp)                      # 4-byte Folded Reload
	li	s9, 0
	blez	s3, .LBB1_26
# %bb.21:                               #   in Loop: Header=BB1_20 Depth=2
	lw	s8, 24(sp)                      # 4-byte Folded Reload
	j	.LBB1_24
.LBB1_22:                               #   in Loop: Header=BB1_24 Depth=3
	#APP
	#DMA mram_read s6 -> s2
	#NO_APP
	lw	a0, 0(s2)
	sw	a0, 1020(s5)
.LBB1_23:                               #   in Loop: Header=BB1_24 Depth=3
	mv	a0, s1
	mv	a1, s5
	mv	a2, s11
	mv	a3, s7
	call	gemv
	addi	s9, s9, 256
	addi	s8, s8, 1024
	bge	s9, s3, .LBB1_27
.LBB1_24:                               #   Parent Loop BB1_16 Depth=1
                                        #     Parent Loop BB1_20 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB1_25 Depth 4
	#APP
	#DMA mram_read s6 -> s5
	#NO_APP
	#APP
	#DMA mram_read s8 -> s11
	#NO_APP
	addi	s6, s6, 1024
	mv	a0, s4
	beqz	s0, .LBB1_23
.LBB1_25:                               #   Parent Loop BB1_16 Depth=1
                                        #     Parent Loop BB1_20 Depth=2
                                        #       Parent Loop BB1_24 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a1, 0(a0)
	sw	a1, -4(a0)
	addi	a0, a0, 4
	bne	a0, s10, .LBB1_25
	j	.LBB1_22
.LBB1_26:                               #   in Loop: Header=BB1_20 Depth=2
	lw	s8, 24(sp)                      # 4-byte Folded Reload
.LBB1_27:                               #   in Loop: Header=BB1_20 Depth=2
	#APP
	#DMA mram_read s6 -> s5
	#NO_APP
	mv	a0, s4
	beqz	s0, .LBB1_30
.LBB1_28:                               #   Parent Loop BB1_16 Depth=1
                                        #     Parent Loop BB1_20 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a1, 0(a0)
	sw	a1, -4(a0)
	addi	a0, a0, 4
	bne	a0, s10, .LBB1_28
# %bb.29:                               #   in Loop: Header=BB1_20 Depth=2
	addi	a0, s6, 1024
	#APP
	#DMA mram_read a0 -> s2
	#NO_APP
	lw	a0, 0(s2)
	sw	a0, 1020(s5)
.LBB1_30:                               #   in Loop: Header=BB1_20 Depth=2
	#APP
	#DMA mram_read s8 -> s11
	#NO_APP
	lw	a0, 36(sp)                      # 4-byte Folded Reload
	sub	a0, a0, s9
	sw	a0, 52(sp)                      # 4-byte Folded Spill
	blez	a0, .LBB1_19
# %bb.31:                               #   in Loop: Header=BB1_20 Depth=2
	lw	a0, 20(sp)                      # 4-byte Folded Reload
	sub	a0, a0, s9
	li	a1, 256
	bltu	a0, a1, .LBB1_33
# %bb.32:                               #   in Loop: Header=BB1_20 Depth=2
	li	a0, 256
.LBB1_33:                               #   in Loop: Header=BB1_20 Depth=2
	slli	s8, s7, 2
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	add	s8, a1, s8
	lw	s9, 0(s8)
	slli	a0, a0, 2
	li	s0, 1020
	sub	s0, s0, a0
	li	s4, 1024
	mv	s1, s5
	mv	s3, s11
.LBB1_34:                               #   Parent Loop BB1_16 Depth=1
                                        #     Parent Loop BB1_20 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	beqz	s4, .LBB1_18
# %bb.35:                               #   in Loop: Header=BB1_34 Depth=3
	lw	a1, 0(s1)
	lw	a0, 0(s3)
	call	__mulsi3
	add	s9, s9, a0
	addi	s4, s4, -4
	addi	s3, s3, 4
	sw	s9, 0(s8)
	addi	s1, s1, 4
	bne	s4, s0, .LBB1_34
	j	.LBB1_19
.LBB1_36:
	li	a0, 0
	lw	ra, 108(sp)                     # 4-byte Folded Reload
	lw	s0, 104(sp)                     # 4-byte Folded Reload
	lw	s1, 100(sp)                     # 4-byte Folded Reload
	lw	s2, 96(sp)                      # 4-byte Folded Reload
	lw	s3, 92(sp)                      # 4-byte Folded Reload
	lw	s4, 88(sp)                      # 4-byte Folded Reload
	lw	s5, 84(sp)                      # 4-byte Folded Reload
	lw	s6, 80(sp)                      # 4-byte Folded Reload
	lw	s7, 76(sp)                      # 4-byte Folded Reload
	lw	s8, 72(sp)                      # 4-byte Folded Reload
	lw	s9, 68(sp)                      # 4-byte Folded Reload
	lw	s10, 64(sp)                     # 4-byte Folded Reload
	lw	s11, 60(sp)                     # 4-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	my_barrier,@object              # @my_barrier
	.data
	.globl	my_barrier
	.p2align	2, 0x0
my_barrier:
	.word	16                              # 0x10
	.size	my_barrier, 4

	.type	DPU_INPUT_ARGUMENTS,@object     # @DPU_INPUT_ARGUMENTS
	.bss
	.globl	DPU_INPUT_ARGUMENTS
	.p2align	2, 0x0
DPU_INPUT_ARGUMENTS:
	.zero	16
	.size	DPU_INPUT_ARGUMENTS, 16

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"error\n"
	.size	.L.str, 7

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym __sys_used_mram_end
