	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"red.c"
	.text
	.globl	reduction                       # -- Begin function reduction
	.p2align	2
	.type	reduction,@function
reduction:                              # @reduction
# %bb.0:
	beqz	a1, .LBB0_4
# %bb.1:
	mv	a3, a1
	mv	a2, a0
	li	a0, 0
	li	a1, 0
	slli	a3, a3, 3
	add	a3, a2, a3
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a4, 4(a2)
	lw	a5, 0(a2)
	add	a1, a4, a1
	add	a0, a5, a0
	sltu	a4, a0, a5
	addi	a2, a2, 8
	add	a1, a1, a4
	bne	a2, a3, .LBB0_2
# %bb.3:
	ret
.LBB0_4:
	li	a0, 0
	ret
.Lfunc_end0:
	.size	reduction, .Lfunc_end0-reduction
                                        # -- End function
	.globl	main_kernel1                    # -- Begin function main_kernel1
	.p2align	2
	.type	main_kernel1,@function
main_kernel1:                           # @main_kernel1
# %bb.0:
	addi	sp, sp, -48
	sw	ra, 44(sp)                      # 4-byte Folded Spill
	sw	s0, 40(sp)                      # 4-byte Folded Spill
	sw	s1, 36(sp)                      # 4-byte Folded Spill
	sw	s2, 32(sp)                      # 4-byte Folded Spill
	sw	s3, 28(sp)                      # 4-byte Folded Spill
	sw	s4, 24(sp)                      # 4-byte Folded Spill
	sw	s5, 20(sp)                      # 4-byte Folded Spill
	sw	s6, 16(sp)                      # 4-byte Folded Spill
	sw	s7, 12(sp)                      # 4-byte Folded Spill
	sw	s8, 8(sp)                       # 4-byte Folded Spill
	sw	s9, 4(sp)                       # 4-byte Folded Spill
	sw	s10, 0(sp)                      # 4-byte Folded Spill
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
	lw	s3, %lo(DPU_INPUT_ARGUMENTS)(a0)
	slli	s4, s0, 10
	li	a0, 1024
	call	mem_alloc
	bgeu	s4, s3, .LBB1_7
# %bb.3:
	mv	s1, a0
	li	s2, 0
	li	s5, 0
	addi	s6, s4, 1024
	neg	s7, s4
	lui	s8, %hi(__sys_used_mram_end)
	addi	s8, s8, %lo(__sys_used_mram_end)
	lui	s9, 4
	lui	s10, 1048572
	j	.LBB1_5
.LBB1_4:                                #   in Loop: Header=BB1_5 Depth=1
	add	a0, a0, s7
	add	a1, s4, s8
	#APP
	#DMA mram_read a1 -> s1
	#NO_APP
	srli	a1, a0, 3
	mv	a0, s1
	call	reduction
	add	s2, a0, s2
	add	a1, a1, s5
	add	s4, s4, s9
	add	s6, s6, s9
	sltu	s5, s2, a0
	add	s5, a1, s5
	add	s7, s7, s10
	bgeu	s4, s3, .LBB1_8
.LBB1_5:                                # =>This Inner Loop Header: Depth=1
	mv	a0, s3
	bltu	s3, s6, .LBB1_4
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=1
	mv	a0, s6
	j	.LBB1_4
.LBB1_7:
	li	s2, 0
	li	s5, 0
.LBB1_8:
	slli	s1, s0, 3
	lui	a0, %hi(message)
	addi	a0, a0, %lo(message)
	add	s1, a0, s1
	sw	s2, 0(s1)
	sw	s5, 4(s1)
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	bnez	s0, .LBB1_10
# %bb.9:
	lui	a0, %hi(message)
	lw	a2, %lo(message)(a0)
	lw	a3, %lo(message+4)(a0)
	addi	a1, a0, %lo(message)
	lw	a4, 12(a1)
	lw	a5, 8(a1)
	lw	a6, 16(a1)
	lw	a7, 20(a1)
	add	a3, a3, a4
	add	a5, a2, a5
	sltu	a2, a5, a2
	add	a3, a3, a7
	add	a2, a3, a2
	lw	a3, 24(a1)
	lw	a4, 28(a1)
	lw	a7, 32(a1)
	lw	t0, 36(a1)
	add	a6, a5, a6
	sltu	a5, a6, a5
	add	a3, a6, a3
	add	a2, a2, a5
	sltu	a5, a3, a6
	add	a2, a2, a4
	add	a5, a5, t0
	add	a2, a2, a5
	lw	a4, 40(a1)
	lw	a5, 44(a1)
	lw	a6, 48(a1)
	lw	t0, 52(a1)
	add	a7, a3, a7
	sltu	a3, a7, a3
	add	a4, a7, a4
	add	a3, a3, a5
	sltu	a5, a4, a7
	add	a2, a2, a3
	add	a5, a5, t0
	add	a2, a2, a5
	lw	a3, 56(a1)
	lw	a5, 60(a1)
	lw	a7, 64(a1)
	lw	t0, 68(a1)
	add	a6, a4, a6
	sltu	a4, a6, a4
	add	a3, a6, a3
	add	a4, a4, a5
	sltu	a5, a3, a6
	add	a2, a2, a4
	add	a5, a5, t0
	add	a2, a2, a5
	lw	a4, 72(a1)
	lw	a5, 76(a1)
	lw	a6, 80(a1)
	lw	t0, 84(a1)
	add	a7, a3, a7
	sltu	a3, a7, a3
	add	a4, a7, a4
	add	a3, a3, a5
	sltu	a5, a4, a7
	add	a2, a2, a3
	add	a5, a5, t0
	add	a2, a2, a5
	lw	a3, 88(a1)
	lw	a5, 92(a1)
	lw	a7, 96(a1)
	lw	t0, 100(a1)
	add	a6, a4, a6
	sltu	a4, a6, a4
	add	a3, a6, a3
	add	a4, a4, a5
	sltu	a5, a3, a6
	add	a2, a2, a4
	add	a5, a5, t0
	add	a2, a2, a5
	lw	a4, 104(a1)
	lw	a5, 108(a1)
	lw	a6, 112(a1)
	lw	t0, 116(a1)
	add	a7, a3, a7
	sltu	a3, a7, a3
	add	a3, a3, a5
	add	a2, a2, a3
	add	a4, a7, a4
	sltu	a3, a4, a7
	add	a3, a3, t0
	lw	a5, 120(a1)
	lw	a1, 124(a1)
	add	a6, a4, a6
	sltu	a4, a6, a4
	add	a5, a6, a5
	add	a2, a2, a3
	add	a1, a4, a1
	sltu	a3, a5, a6
	sw	a5, %lo(message)(a0)
	add	a1, a2, a1
	add	a1, a1, a3
	sw	a1, %lo(message+4)(a0)
	lw	a0, 0(s1)
	lw	a1, 4(s1)
	lui	a2, %hi(DPU_RESULTS)
	addi	a2, a2, %lo(DPU_RESULTS)
	sw	a0, 8(a2)
	sw	a1, 12(a2)
.LBB1_10:
	li	a0, 0
	lw	ra, 44(sp)                      # 4-byte Folded Reload
	lw	s0, 40(sp)                      # 4-byte Folded Reload
	lw	s1, 36(sp)                      # 4-byte Folded Reload
	lw	s2, 32(sp)                      # 4-byte Folded Reload
	lw	s3, 28(sp)                      # 4-byte Folded Reload
	lw	s4, 24(sp)                      # 4-byte Folded Reload
	lw	s5, 20(sp)                      # 4-byte Folded Reload
	lw	s6, 16(sp)                      # 4-byte Folded Reload
	lw	s7, 12(sp)                      # 4-byte Folded Reload
	lw	s8, 8(sp)                       # 4-byte Folded Reload
	lw	s9, 4(sp)                       # 4-byte Folded Reload
	lw	s10, 0(sp)                      # 4-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end1:
	.size	main_kernel1, .Lfunc_end1-main_kernel1
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	lw	a0, %lo(DPU_INPUT_ARGUMENTS+4)(a0)
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
	.zero	16
	.size	DPU_INPUT_ARGUMENTS, 16

	.type	DPU_RESULTS,@object             # @DPU_RESULTS
	.globl	DPU_RESULTS
	.p2align	3, 0x0
DPU_RESULTS:
	.zero	256
	.size	DPU_RESULTS, 256

	.type	message,@object                 # @message
	.globl	message
	.p2align	3, 0x0
message:
	.zero	128
	.size	message, 128

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym DPU_RESULTS
	.addrsig_sym __sys_used_mram_end
