	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"ts.c"
	.text
	.globl	dot_product                     # -- Begin function dot_product
	.p2align	2
	.type	dot_product,@function
dot_product:                            # @dot_product
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
	mv	s8, a3
	sw	a2, 8(sp)                       # 4-byte Folded Spill
	mv	s2, a0
	li	s3, 0
	li	s4, 0
	addi	s5, a1, -256
	addi	s6, a3, 256
	li	s7, 63
	j	.LBB0_2
.LBB0_1:                                #   in Loop: Header=BB0_2 Depth=1
	addi	s4, s4, 1
	addi	s3, s3, 4
	li	a0, 64
	beq	s4, a0, .LBB0_6
.LBB0_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_4 Depth 2
	slli	s9, s4, 2
	lw	a0, 8(sp)                       # 4-byte Folded Reload
	add	s9, a0, s9
	mv	s10, s4
	mv	s11, s3
	mv	s0, s8
	j	.LBB0_4
.LBB0_3:                                #   in Loop: Header=BB0_4 Depth=2
	lw	a0, 0(s9)
	lw	s1, 0(s0)
	add	a1, a1, s11
	lw	a1, 0(a1)
	call	__mulsi3
	add	a0, s1, a0
	sw	a0, 0(s0)
	addi	s0, s0, 4
	addi	s11, s11, 4
	addi	s10, s10, 1
	beq	s0, s6, .LBB0_1
.LBB0_4:                                #   Parent Loop BB0_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a1, s5
	bltu	s7, s10, .LBB0_3
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=2
	mv	a1, s2
	j	.LBB0_3
.LBB0_6:
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
	.size	dot_product, .Lfunc_end0-dot_product
                                        # -- End function
	.globl	main_kernel1                    # -- Begin function main_kernel1
	.p2align	2
	.type	main_kernel1,@function
main_kernel1:                           # @main_kernel1
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
	mv	s1, a0
	bnez	a0, .LBB1_2
# %bb.1:
	call	mem_reset
.LBB1_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	addi	a0, a0, %lo(DPU_INPUT_ARGUMENTS)
	lw	s2, 4(a0)
	lw	s10, 8(a0)
	lw	s0, 16(a0)
	lw	a0, 12(a0)
	sw	a0, 52(sp)                      # 4-byte Folded Spill
	srli	s4, s0, 4
	mv	a0, s4
	mv	a1, s1
	call	__mulsi3
	mv	s11, a0
	add	s4, s4, a0
	addi	s4, s4, -1
	sw	s2, 56(sp)                      # 4-byte Folded Spill
	sub	a0, s0, s2
	bltu	s4, a0, .LBB1_4
# %bb.3:
	mv	s4, a0
.LBB1_4:
	sw	s1, 8(sp)                       # 4-byte Folded Spill
	li	a0, 256
	call	mem_alloc
	mv	s2, a0
	li	a0, 256
	call	mem_alloc
	mv	s5, a0
	li	a0, 256
	call	mem_alloc
	mv	s6, a0
	li	a0, 256
	call	mem_alloc
	sw	a0, 28(sp)                      # 4-byte Folded Spill
	li	a0, 256
	call	mem_alloc
	mv	s1, a0
	li	a0, 256
	call	mem_alloc
	lui	s9, 524288
	bgeu	s11, s4, .LBB1_16
# %bb.5:
	mv	s3, a0
	lw	a1, 56(sp)                      # 4-byte Folded Reload
	add	s0, s0, a1
	lui	a2, %hi(__sys_used_mram_end)
	addi	a2, a2, %lo(__sys_used_mram_end)
	add	a0, s11, a1
	slli	s0, s0, 2
	slli	s7, a0, 2
	add	a0, s0, a2
	add	a0, a0, s7
	sw	a0, 48(sp)                      # 4-byte Folded Spill
	add	a0, a0, s0
	sw	a0, 44(sp)                      # 4-byte Folded Spill
	srli	a0, a1, 6
	sw	a0, 12(sp)                      # 4-byte Folded Spill
	mv	a0, s10
	call	__mulsi3
	mv	a2, s7
	mv	s10, a0
	li	s7, 0
	sw	s3, 36(sp)                      # 4-byte Folded Spill
	addi	s3, s3, 256
	sw	s1, 16(sp)                      # 4-byte Folded Spill
	addi	s8, s1, 256
	addi	s9, s9, -1
	sw	s4, 24(sp)                      # 4-byte Folded Spill
	sw	s2, 20(sp)                      # 4-byte Folded Spill
	j	.LBB1_7
.LBB1_6:                                #   in Loop: Header=BB1_7 Depth=1
	lw	a2, 48(sp)                      # 4-byte Folded Reload
	addi	a2, a2, 256
	sw	a2, 48(sp)                      # 4-byte Folded Spill
	lw	a2, 44(sp)                      # 4-byte Folded Reload
	addi	a2, a2, 256
	sw	a2, 44(sp)                      # 4-byte Folded Spill
	lw	s11, 40(sp)                     # 4-byte Folded Reload
	addi	s11, s11, 64
	lw	a2, 32(sp)                      # 4-byte Folded Reload
	addi	a2, a2, 256
	mv	s7, a0
	mv	s9, a1
	lw	s4, 24(sp)                      # 4-byte Folded Reload
	lw	s2, 20(sp)                      # 4-byte Folded Reload
	bgeu	s11, s4, .LBB1_17
.LBB1_7:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_8 Depth 2
                                        #     Child Loop BB1_11 Depth 2
                                        #     Child Loop BB1_14 Depth 2
	sw	s11, 40(sp)                     # 4-byte Folded Spill
	lw	a0, 36(sp)                      # 4-byte Folded Reload
.LBB1_8:                                #   Parent Loop BB1_7 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	zero, 0(a0)
	addi	a0, a0, 4
	bne	a0, s3, .LBB1_8
# %bb.9:                                #   in Loop: Header=BB1_7 Depth=1
	lw	a0, 56(sp)                      # 4-byte Folded Reload
	lw	s4, 36(sp)                      # 4-byte Folded Reload
	mv	s11, a2
	li	a1, 64
	bltu	a0, a1, .LBB1_12
# %bb.10:                               #   in Loop: Header=BB1_7 Depth=1
	lw	s0, 12(sp)                      # 4-byte Folded Reload
	lui	s1, %hi(__sys_used_mram_end)
	addi	s1, s1, %lo(__sys_used_mram_end)
.LBB1_11:                               #   Parent Loop BB1_7 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	a0, s11, s1
	#APP
	#DMA mram_read a0 -> s2
	#NO_APP
	addi	a0, a0, 256
	#APP
	#DMA mram_read a0 -> s5
	#NO_APP
	#APP
	#DMA mram_read s1 -> s6
	#NO_APP
	addi	s1, s1, 256
	mv	a0, s2
	mv	a1, s5
	mv	a2, s6
	mv	a3, s4
	call	dot_product
	addi	s0, s0, -1
	bnez	s0, .LBB1_11
.LBB1_12:                               #   in Loop: Header=BB1_7 Depth=1
	sw	s11, 32(sp)                     # 4-byte Folded Spill
	lw	s2, 28(sp)                      # 4-byte Folded Reload
	lw	a0, 48(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read a0 -> s2
	#NO_APP
	lw	s1, 16(sp)                      # 4-byte Folded Reload
	lw	a0, 44(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read a0 -> s1
	#NO_APP
	mv	s0, s4
	lw	s4, 40(sp)                      # 4-byte Folded Reload
	j	.LBB1_14
.LBB1_13:                               #   in Loop: Header=BB1_14 Depth=2
	addi	s4, s4, 1
	addi	s1, s1, 4
	addi	s2, s2, 4
	addi	s0, s0, 4
	mv	s7, a0
	mv	s9, a1
	beq	s1, s8, .LBB1_6
.LBB1_14:                               #   Parent Loop BB1_7 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	s11, 0(s0)
	lw	a1, 0(s2)
	mv	a0, s10
	call	__mulsi3
	lw	a1, 0(s1)
	sub	s11, s11, a0
	mv	a0, a1
	lw	a1, 52(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	mv	a1, a0
	mv	a0, s11
	call	__divsi3
	lw	a1, 56(sp)                      # 4-byte Folded Reload
	sub	a1, a1, a0
	slli	a1, a1, 1
	mv	a0, s4
	blt	a1, s9, .LBB1_13
# %bb.15:                               #   in Loop: Header=BB1_14 Depth=2
	mv	a1, s9
	mv	a0, s7
	j	.LBB1_13
.LBB1_16:
	li	a0, 0
	addi	a1, s9, -1
.LBB1_17:
	lw	a2, 8(sp)                       # 4-byte Folded Reload
	slli	a2, a2, 4
	lui	a3, %hi(DPU_RESULTS)
	addi	a3, a3, %lo(DPU_RESULTS)
	add	a2, a3, a2
	sw	a1, 0(a2)
	sw	a0, 4(a2)
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
	.size	main_kernel1, .Lfunc_end1-main_kernel1
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	lui	a0, %hi(DPU_INPUT_ARGUMENTS+24)
	lw	a0, %lo(DPU_INPUT_ARGUMENTS+24)(a0)
	slli	a0, a0, 2
	lui	a1, %hi(kernels)
	addi	a1, a1, %lo(kernels)
	add	a0, a1, a0
	lw	t1, 0(a0)
	jr	t1
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	my_barrier,@object              # @my_barrier
	.data
	.globl	my_barrier
	.p2align	2, 0x0
my_barrier:
	.word	16                              # 0x10
	.size	my_barrier, 4

	.type	kernels,@object                 # @kernels
	.globl	kernels
	.p2align	2, 0x0
kernels:
	.word	main_kernel1
	.size	kernels, 4

	.type	DPU_INPUT_ARGUMENTS,@object     # @DPU_INPUT_ARGUMENTS
	.bss
	.globl	DPU_INPUT_ARGUMENTS
	.p2align	2, 0x0
DPU_INPUT_ARGUMENTS:
	.zero	28
	.size	DPU_INPUT_ARGUMENTS, 28

	.type	DPU_RESULTS,@object             # @DPU_RESULTS
	.globl	DPU_RESULTS
	.p2align	2, 0x0
DPU_RESULTS:
	.zero	256
	.size	DPU_RESULTS, 256

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym DPU_RESULTS
