	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"bs.c"
	.text
	.globl	search                          # -- Begin function search
	.p2align	2
	.type	search,@function
search:                                 # @search
# %bb.0:
	mv	a3, a0
	lw	a0, 4(a0)
	beq	a0, a2, .LBB0_6
# %bb.1:
	slt	a0, a2, a0
	bnez	a0, .LBB0_7
.LBB0_2:
	li	a4, 32
.LBB0_3:                                # =>This Inner Loop Header: Depth=1
	lw	a5, 4(a3)
	lw	a6, 0(a3)
	xor	a5, a5, a2
	xor	a6, a6, a1
	or	a5, a6, a5
	beqz	a5, .LBB0_8
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	addi	a0, a0, 1
	addi	a3, a3, 8
	bne	a0, a4, .LBB0_3
# %bb.5:
	li	a0, -1
	li	a1, -1
	ret
.LBB0_6:
	lw	a0, 0(a3)
	sltu	a0, a1, a0
	beqz	a0, .LBB0_2
.LBB0_7:
	li	a1, -1
	li	a0, -2
	ret
.LBB0_8:
	li	a1, 0
	ret
.Lfunc_end0:
	.size	search, .Lfunc_end0-search
                                        # -- End function
	.globl	main_kernel1                    # -- Begin function main_kernel1
	.p2align	2
	.type	main_kernel1,@function
main_kernel1:                           # @main_kernel1
# %bb.0:
	addi	sp, sp, -80
	sw	ra, 76(sp)                      # 4-byte Folded Spill
	sw	s0, 72(sp)                      # 4-byte Folded Spill
	sw	s1, 68(sp)                      # 4-byte Folded Spill
	sw	s2, 64(sp)                      # 4-byte Folded Spill
	sw	s3, 60(sp)                      # 4-byte Folded Spill
	sw	s4, 56(sp)                      # 4-byte Folded Spill
	sw	s5, 52(sp)                      # 4-byte Folded Spill
	sw	s6, 48(sp)                      # 4-byte Folded Spill
	sw	s7, 44(sp)                      # 4-byte Folded Spill
	sw	s8, 40(sp)                      # 4-byte Folded Spill
	sw	s9, 36(sp)                      # 4-byte Folded Spill
	sw	s10, 32(sp)                     # 4-byte Folded Spill
	sw	s11, 28(sp)                     # 4-byte Folded Spill
	call	me
	mv	s3, a0
	bnez	a0, .LBB1_2
# %bb.1:
	call	mem_reset
.LBB1_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	addi	s5, a0, %lo(DPU_INPUT_ARGUMENTS)
	lw	s4, %lo(DPU_INPUT_ARGUMENTS)(a0)
	lw	s1, 8(s5)
	lw	s2, 12(s5)
	li	a0, 256
	call	mem_alloc
	mv	s0, a0
	li	a0, 256
	call	mem_alloc
	sw	a0, 12(sp)                      # 4-byte Folded Spill
	li	a0, 256
	call	mem_alloc
	lw	a1, 12(s5)
	lw	a2, 8(s5)
	seqz	a1, a1
	sltiu	a2, a2, 16
	and	a1, a1, a2
	sw	a0, 8(sp)                       # 4-byte Folded Spill
	beqz	a1, .LBB1_4
.LBB1_3:
	li	a0, 0
	lw	ra, 76(sp)                      # 4-byte Folded Reload
	lw	s0, 72(sp)                      # 4-byte Folded Reload
	lw	s1, 68(sp)                      # 4-byte Folded Reload
	lw	s2, 64(sp)                      # 4-byte Folded Reload
	lw	s3, 60(sp)                      # 4-byte Folded Reload
	lw	s4, 56(sp)                      # 4-byte Folded Reload
	lw	s5, 52(sp)                      # 4-byte Folded Reload
	lw	s6, 48(sp)                      # 4-byte Folded Reload
	lw	s7, 44(sp)                      # 4-byte Folded Reload
	lw	s8, 40(sp)                      # 4-byte Folded Reload
	lw	s9, 36(sp)                      # 4-byte Folded Reload
	lw	s10, 32(sp)                     # 4-byte Folded Reload
	lw	s11, 28(sp)                     # 4-byte Folded Reload
	addi	sp, sp, 80
	ret
.LBB1_4:
	slli	s7, s4, 3
	lui	s5, %hi(__sys_used_mram_end)
	addi	s5, s5, %lo(__sys_used_mram_end)
	slli	s6, s3, 3
	lui	a0, %hi(DPU_RESULTS)
	addi	a0, a0, %lo(DPU_RESULTS)
	srli	s1, s1, 4
	slli	a1, s2, 28
	add	a2, s7, s5
	sw	a2, 4(sp)                       # 4-byte Folded Spill
	add	s6, a0, s6
	or	a1, s1, a1
	mv	a0, s3
	call	__mulsi3
	li	s3, 0
	add	a0, a0, s4
	add	s7, s7, s5
	slli	a0, a0, 3
	addi	a1, s7, -2048
	sw	a1, 0(sp)                       # 4-byte Folded Spill
	add	s7, s7, s5
	add	s9, a0, s5
	srli	s7, s7, 1
	lui	s11, %hi(DPU_INPUT_ARGUMENTS)
	addi	s11, s11, %lo(DPU_INPUT_ARGUMENTS)
	j	.LBB1_8
.LBB1_5:                                #   in Loop: Header=BB1_8 Depth=1
	#APP
	#DMA mram_read a0 -> s0
	#NO_APP
	lw	a1, 16(sp)
	lw	a2, 20(sp)
	mv	a0, s0
	call	search
	bltz	a1, .LBB1_7
.LBB1_6:                                #   in Loop: Header=BB1_8 Depth=1
	sub	a2, s10, s5
	srli	a2, a2, 3
	add	a2, a0, a2
	sltu	a0, a2, a0
	add	a0, a1, a0
	sw	a2, 0(s6)
	sw	a0, 4(s6)
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=1
	lw	a0, 12(s11)
	lw	a1, 8(s11)
	addi	s3, s3, 1
	slli	a2, a0, 28
	srli	a1, a1, 4
	srli	a0, a0, 4
	or	a1, a1, a2
	sltu	a1, s3, a1
	snez	a0, a0
	or	a0, a1, a0
	beqz	a0, .LBB1_3
.LBB1_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_9 Depth 2
	addi	a0, sp, 16
	#APP
	#DMA mram_read s9 -> a0
	#NO_APP
	lw	a0, 12(sp)                      # 4-byte Folded Reload
	#APP
	#DMA mram_read s5 -> a0
	#NO_APP
	lw	a0, 8(sp)                       # 4-byte Folded Reload
	lw	a1, 0(sp)                       # 4-byte Folded Reload
	#APP
	#DMA mram_read a1 -> a0
	#NO_APP
	addi	s9, s9, 8
	mv	s10, s7
	mv	s4, s5
	lw	s2, 4(sp)                       # 4-byte Folded Reload
.LBB1_9:                                #   Parent Loop BB1_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	#APP
	#DMA mram_read s10 -> s0
	#NO_APP
	lw	a1, 16(sp)
	lw	a2, 20(sp)
	mv	a0, s0
	call	search
	bgez	a1, .LBB1_6
# %bb.10:                               #   in Loop: Header=BB1_9 Depth=2
	xori	a0, a0, -2
	not	a1, a1
	or	a1, a0, a1
	mv	s8, s10
	mv	a0, s4
	beqz	a1, .LBB1_12
# %bb.11:                               #   in Loop: Header=BB1_9 Depth=2
	mv	s8, s2
	mv	s4, s10
	mv	a0, s2
.LBB1_12:                               #   in Loop: Header=BB1_9 Depth=2
	add	a0, a0, s10
	srli	s10, a0, 1
	addi	s1, s5, 256
	bgeu	s10, s1, .LBB1_15
# %bb.13:                               #   in Loop: Header=BB1_9 Depth=2
	#APP
	#DMA mram_read s10 -> s0
	#NO_APP
	lw	a1, 16(sp)
	lw	a2, 20(sp)
	mv	a0, s0
	call	search
	bltz	a1, .LBB1_15
# %bb.14:                               #   in Loop: Header=BB1_9 Depth=2
	sub	a2, s10, s5
	srli	a2, a2, 3
	add	a2, a0, a2
	sltu	a0, a2, a0
	add	a0, a1, a0
	sw	a2, 0(s6)
	sw	a0, 4(s6)
.LBB1_15:                               #   in Loop: Header=BB1_9 Depth=2
	addi	a0, s8, -256
	bltu	a0, s10, .LBB1_5
# %bb.16:                               #   in Loop: Header=BB1_9 Depth=2
	mv	s2, s8
	bgeu	s10, s1, .LBB1_9
	j	.LBB1_7
.Lfunc_end1:
	.size	main_kernel1, .Lfunc_end1-main_kernel1
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	lui	a0, %hi(DPU_INPUT_ARGUMENTS+16)
	lw	a0, %lo(DPU_INPUT_ARGUMENTS+16)(a0)
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
	.p2align	3, 0x0
DPU_INPUT_ARGUMENTS:
	.zero	24
	.size	DPU_INPUT_ARGUMENTS, 24

	.type	DPU_RESULTS,@object             # @DPU_RESULTS
	.globl	DPU_RESULTS
	.p2align	3, 0x0
DPU_RESULTS:
	.zero	128
	.size	DPU_RESULTS, 128

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym DPU_RESULTS
