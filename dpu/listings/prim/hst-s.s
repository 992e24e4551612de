	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"hst-s.c"
	.text
	.globl	histogram                       # -- Begin function histogram
	.p2align	2
	.type	histogram,@function
histogram:                              # @histogram
# %bb.0:
	beqz	a3, .LBB0_4
# %bb.1:
	addi	sp, sp, -32
	sw	ra, 28(sp)                      # 4-byte Folded Spill
	sw	s0, 24(sp)                      # 4-byte Folded Spill
	sw	s1, 20(sp)                      # 4-byte Folded Spill
	sw	s2, 16(sp)                      # 4-byte Folded Spill
	sw	s3, 12(sp)                      # 4-byte Folded Spill
	mv	s0, a2
	mv	s1, a1
	mv	s2, a0
	slli	a3, a3, 2
	add	s3, a2, a3
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s0)
	mv	a1, s1
	call	__mulsi3
	srli	a0, a0, 10
	andi	a0, a0, -4
	add	a0, s2, a0
	lw	a1, 0(a0)
	addi	a1, a1, 1
	addi	s0, s0, 4
	sw	a1, 0(a0)
	bne	s0, s3, .LBB0_2
# %bb.3:
	lw	ra, 28(sp)                      # 4-byte Folded Reload
	lw	s0, 24(sp)                      # 4-byte Folded Reload
	lw	s1, 20(sp)                      # 4-byte Folded Reload
	lw	s2, 16(sp)                      # 4-byte Folded Reload
	lw	s3, 12(sp)                      # 4-byte Folded Reload
	addi	sp, sp, 32
.LBB0_4:
	ret
.Lfunc_end0:
	.size	histogram, .Lfunc_end0-histogram
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
	mv	s0, a0
	bnez	a0, .LBB1_2
# %bb.1:
	call	mem_reset
.LBB1_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	lw	s7, %lo(DPU_INPUT_ARGUMENTS)(a0)
	addi	a0, a0, %lo(DPU_INPUT_ARGUMENTS)
	lw	a1, 4(a0)
	sw	a1, 12(sp)                      # 4-byte Folded Spill
	lw	s6, 8(a0)
	slli	s8, s0, 10
	li	a0, 1024
	call	mem_alloc
	mv	s3, a0
	slli	s1, s6, 2
	mv	a0, s1
	call	mem_alloc
	mv	s4, a0
	beqz	s6, .LBB1_5
# %bb.3:
	add	a0, s4, s1
	mv	a1, s4
.LBB1_4:                                # =>This Inner Loop Header: Depth=1
	sw	zero, 0(a1)
	addi	a1, a1, 4
	bne	a1, a0, .LBB1_4
.LBB1_5:
	lui	s2, %hi(__sys_used_mram_end)
	addi	s2, s2, %lo(__sys_used_mram_end)
	bgeu	s8, s7, .LBB1_10
# %bb.6:
	addi	s9, s8, 1024
	neg	s10, s8
	lui	s11, 4
	lui	s5, 1048572
	j	.LBB1_8
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=1
	add	a0, a0, s10
	add	a1, s8, s2
	#APP
	#DMA mram_read a1 -> s3
	#NO_APP
	srli	a3, a0, 2
	mv	a0, s4
	mv	a1, s6
	mv	a2, s3
	call	histogram
	add	s8, s8, s11
	add	s9, s9, s11
	add	s10, s10, s5
	bgeu	s8, s7, .LBB1_10
.LBB1_8:                                # =>This Inner Loop Header: Depth=1
	mv	a0, s7
	bltu	s7, s9, .LBB1_7
# %bb.9:                                #   in Loop: Header=BB1_8 Depth=1
	mv	a0, s9
	j	.LBB1_7
.LBB1_10:
	sw	s1, 16(sp)                      # 4-byte Folded Spill
	slli	s7, s0, 2
	lui	s3, %hi(message)
	addi	a0, s3, %lo(message)
	add	a0, a0, s7
	sw	s4, 0(a0)
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lw	a0, %lo(message)(s3)
	sw	a0, 20(sp)                      # 4-byte Folded Spill
	sw	s0, 24(sp)                      # 4-byte Folded Spill
	bgeu	s0, s6, .LBB1_13
# %bb.11:
	lui	t6, %hi(message)
	addi	t6, t6, %lo(message)
	lw	a0, 4(t6)
	lw	a1, 8(t6)
	lw	a2, 12(t6)
	lw	a3, 16(t6)
	lw	a4, 20(t6)
	lw	a5, 24(t6)
	lw	s0, 28(t6)
	lw	s2, 32(t6)
	lw	t0, 36(t6)
	lw	t1, 40(t6)
	lw	t2, 44(t6)
	lw	t3, 48(t6)
	lw	t4, 52(t6)
	lw	t5, 56(t6)
	lw	t6, 60(t6)
	lw	s4, 20(sp)                      # 4-byte Folded Reload
	lw	s8, 24(sp)                      # 4-byte Folded Reload
.LBB1_12:                               # =>This Inner Loop Header: Depth=1
	add	s9, s4, s7
	add	s5, a0, s7
	add	s10, a1, s7
	add	s11, a2, s7
	add	ra, a3, s7
	add	s1, a4, s7
	add	a6, s0, s7
	mv	s3, s6
	lw	s6, 0(s9)
	lw	s5, 0(s5)
	lw	s10, 0(s10)
	lw	s11, 0(s11)
	add	a7, s2, s7
	add	s5, s5, s6
	add	s6, t2, s7
	add	s10, s11, s10
	add	s11, t3, s7
	lw	ra, 0(ra)
	lw	s1, 0(s1)
	lw	a6, 0(a6)
	lw	a7, 0(a7)
	lw	s6, 0(s6)
	lw	s11, 0(s11)
	add	s1, s1, ra
	add	a6, a7, a6
	add	a7, a5, s7
	add	s6, s11, s6
	add	s11, t0, s7
	lw	a7, 0(a7)
	add	s5, s10, s5
	add	s10, t1, s7
	lw	s11, 0(s11)
	add	a7, a7, s1
	add	s1, t4, s7
	lw	s1, 0(s1)
	add	a6, s11, a6
	add	s11, t5, s7
	lw	s10, 0(s10)
	lw	s11, 0(s11)
	add	s1, s1, s6
	mv	s6, s3
	add	a7, a7, s5
	add	a6, s10, a6
	add	s1, s11, s1
	add	a6, a6, a7
	add	a7, t6, s7
	addi	s8, s8, 16
	addi	t6, t6, 64
	addi	t5, t5, 64
	addi	t4, t4, 64
	addi	t3, t3, 64
	addi	t2, t2, 64
	addi	t1, t1, 64
	addi	t0, t0, 64
	addi	s2, s2, 64
	addi	s0, s0, 64
	addi	a5, a5, 64
	addi	a4, a4, 64
	addi	a3, a3, 64
	lw	a7, 0(a7)
	addi	a2, a2, 64
	addi	a1, a1, 64
	addi	a0, a0, 64
	add	a7, a7, s1
	add	a6, a7, a6
	sw	a6, 0(s9)
	addi	s4, s4, 64
	bltu	s8, s3, .LBB1_12
.LBB1_13:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lw	a0, 24(sp)                      # 4-byte Folded Reload
	lw	a2, 20(sp)                      # 4-byte Folded Reload
	bnez	a0, .LBB1_18
# %bb.14:
	lui	a0, 1
	addi	a0, a0, -2047
	lw	s6, 12(sp)                      # 4-byte Folded Reload
	lui	a1, %hi(__sys_used_mram_end)
	addi	a1, a1, %lo(__sys_used_mram_end)
	add	s6, a1, s6
	lw	s1, 16(sp)                      # 4-byte Folded Reload
	bgeu	s1, a0, .LBB1_16
# %bb.15:
	#APP
	#DMA mram_write a2 -> s6
	#NO_APP
	j	.LBB1_18
.LBB1_16:
	srli	s1, s1, 11
	li	a0, 1
	slli	a0, a0, 11
.LBB1_17:                               # =>This Inner Loop Header: Depth=1
	#APP
	#DMA mram_write a2 -> s6
	#NO_APP
	addi	s1, s1, -1
	add	s6, s6, a0
	add	a2, a2, a0
	bnez	s1, .LBB1_17
.LBB1_18:
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
.Lfunc_end1:
	.size	main_kernel1, .Lfunc_end1-main_kernel1
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	lui	a0, %hi(DPU_INPUT_ARGUMENTS+12)
	lw	a0, %lo(DPU_INPUT_ARGUMENTS+12)(a0)
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
	.zero	16
	.size	DPU_INPUT_ARGUMENTS, 16

	.type	message,@object                 # @message
	.globl	message
	.p2align	2, 0x0
message:
	.zero	64
	.size	message, 64

	.type	histo_dpu,@object               # @histo_dpu
	.globl	histo_dpu
	.p2align	2, 0x0
histo_dpu:
	.word	0
	.size	histo_dpu, 4

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym __sys_used_mram_end
