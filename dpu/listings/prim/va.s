	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"va.c"
	.text
	.globl	vector_addition                 # -- Begin function vector_addition
	.p2align	2
	.type	vector_addition,@function
vector_addition:                        # @vector_addition
# %bb.0:
	beqz	a2, .LBB0_3
# %bb.1:
	slli	a2, a2, 2
	add	a2, a0, a2
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a3, 0(a1)
	lw	a4, 0(a0)
	add	a3, a4, a3
	sw	a3, 0(a0)
	addi	a0, a0, 4
	addi	a1, a1, 4
	bne	a0, a2, .LBB0_2
.LBB0_3:
	ret
.Lfunc_end0:
	.size	vector_addition, .Lfunc_end0-vector_addition
                                        # -- End function
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
	bnez	a0, .LBB1_2
# %bb.1:
	call	mem_reset
.LBB1_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	lw	s2, %lo(DPU_INPUT_ARGUMENTS)(a0)
	addi	a0, a0, %lo(DPU_INPUT_ARGUMENTS)
	lw	s8, 4(a0)
	slli	s3, s0, 10
	li	a0, 1024
	call	mem_alloc
	mv	s0, a0
	li	a0, 1024
	call	mem_alloc
	bgeu	s3, s2, .LBB1_7
# %bb.3:
	mv	s1, a0
	lui	s4, %hi(__sys_used_mram_end)
	addi	s4, s4, %lo(__sys_used_mram_end)
	addi	s5, s3, 1024
	neg	s6, s3
	lui	s7, 4
	add	s8, s4, s8
	lui	s9, 1048572
	j	.LBB1_5
.LBB1_4:                                #   in Loop: Header=BB1_5 Depth=1
	add	s10, a0, s6
	add	a0, s3, s4
	#APP
	#DMA mram_read a0 -> s0
	#NO_APP
	add	s11, s8, s3
	#APP
	#DMA mram_read s11 -> s1
	#NO_APP
	srli	a2, s10, 2
	mv	a0, s1
	mv	a1, s0
	call	vector_addition
	#APP
	#DMA mram_write s1 -> s11
	#NO_APP
	add	s3, s3, s7
	add	s5, s5, s7
	add	s6, s6, s9
	bgeu	s3, s2, .LBB1_7
.LBB1_5:                                # =>This Inner Loop Header: Depth=1
	mv	a0, s2
	bltu	s2, s5, .LBB1_4
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=1
	mv	a0, s5
	j	.LBB1_4
.LBB1_7:
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
	.zero	12
	.size	DPU_INPUT_ARGUMENTS, 12

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym __sys_used_mram_end
