	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"hst-l.c"
	.text
	.globl	histogram                       # -- Begin function histogram
	.p2align	2
	.type	histogram,@function
histogram:                              # @histogram
# %bb.0:
	beqz	a4, .LBB0_4
# %bb.1:
	addi	sp, sp, -32
	sw	ra, 28(sp)                      # 4-byte Folded Spill
	sw	s0, 24(sp)                      # 4-byte Folded Spill
	sw	s1, 20(sp)                      # 4-byte Folded Spill
	sw	s2, 16(sp)                      # 4-byte Folded Spill
	sw	s3, 12(sp)                      # 4-byte Folded Spill
	sw	s4, 8(sp)                       # 4-byte Folded Spill
	mv	s0, a2
	mv	s1, a1
	mv	s2, a0
	slli	a3, a3, 2
	lui	s3, %hi(my_mutex)
	addi	s3, s3, %lo(my_mutex)
	slli	a4, a4, 2
	add	s3, s3, a3
	add	s4, a2, a4
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s0)
	mv	a1, s1
	call	__mulsi3
	lw	a1, 0(s3)
	srli	a0, a0, 10
	andi	a0, a0, -4
	add	a0, s2, a0
	#APP
	#MUTEX acquire a1
	#NO_APP
	lw	a1, 0(a0)
	lw	a2, 0(s3)
	addi	a1, a1, 1
	sw	a1, 0(a0)
	addi	s0, s0, 4
	#APP
	#MUTEX release a2
	#NO_APP
	bne	s0, s4, .LBB0_2
# %bb.3:
	lw	ra, 28(sp)                      # 4-byte Folded Reload
	lw	s0, 24(sp)                      # 4-byte Folded Reload
	lw	s1, 20(sp)                      # 4-byte Folded Reload
	lw	s2, 16(sp)                      # 4-byte Folded Reload
	lw	s3, 12(sp)                      # 4-byte Folded Reload
	lw	s4, 8(sp)                       # 4-byte Folded Reload
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
	lui	a0, %hi(.L_MergedGlobals)
	li	a1, -1
	lui	a2, 1
	sb	a1, %lo(.L_MergedGlobals+1)(a0)
	addi	a1, a0, %lo(.L_MergedGlobals)
	addi	a2, a2, 16
	sh	a2, %lo(.L_MergedGlobals+2)(a0)
	sb	a1, 4(a1)
.LBB1_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	lw	s6, %lo(DPU_INPUT_ARGUMENTS)(a0)
	addi	a0, a0, %lo(DPU_INPUT_ARGUMENTS)
	lw	a1, 4(a0)
	sw	a1, 8(sp)                       # 4-byte Folded Spill
	lw	s1, 8(a0)
	li	a0, 1024
	call	mem_alloc
	mv	s2, a0
	lui	s7, %hi(.L_MergedGlobals)
	addi	s7, s7, %lo(.L_MergedGlobals)
	bnez	s0, .LBB1_4
# %bb.3:
	slli	a0, s1, 2
	call	mem_alloc
	sw	a0, 8(s7)
.LBB1_4:
	slli	s8, s0, 10
	addi	s4, s7, 1
	mv	a0, s4
	call	barrier_wait
	lw	s3, 8(s7)
	bgeu	s0, s1, .LBB1_7
# %bb.5:
	slli	a0, s0, 2
	add	a0, s3, a0
	mv	a1, s0
.LBB1_6:                                # =>This Inner Loop Header: Depth=1
	sw	zero, 0(a0)
	addi	a1, a1, 16
	addi	a0, a0, 64
	bltu	a1, s1, .LBB1_6
.LBB1_7:
	lui	s9, %hi(__sys_used_mram_end)
	addi	s9, s9, %lo(__sys_used_mram_end)
	mv	a0, s4
	call	barrier_wait
	bgeu	s8, s6, .LBB1_12
# %bb.8:
	addi	s4, s8, 1024
	neg	s10, s8
	lui	s11, 4
	lui	s5, 1048572
	j	.LBB1_10
.LBB1_9:                                #   in Loop: Header=BB1_10 Depth=1
	add	a0, a0, s10
	add	a1, s8, s9
	#APP
	#DMA mram_read a1 -> s2
	#NO_APP
	srli	a4, a0, 2
	mv	a0, s3
	mv	a1, s1
	mv	a2, s2
	li	a3, 0
	call	histogram
	add	s8, s8, s11
	add	s4, s4, s11
	add	s10, s10, s5
	bgeu	s8, s6, .LBB1_12
.LBB1_10:                               # =>This Inner Loop Header: Depth=1
	mv	a0, s6
	bltu	s6, s4, .LBB1_9
# %bb.11:                               #   in Loop: Header=BB1_10 Depth=1
	mv	a0, s4
	j	.LBB1_9
.LBB1_12:
	lui	s2, %hi(my_barrier)
	addi	s2, s2, %lo(my_barrier)
	mv	a0, s2
	call	barrier_wait
	lw	s3, 8(s7)
	mv	a0, s2
	call	barrier_wait
	bnez	s0, .LBB1_17
# %bb.13:
	slli	a0, s1, 2
	lui	a1, 1
	addi	a1, a1, -2047
	lw	a2, 8(sp)                       # 4-byte Folded Reload
	add	s9, s9, a2
	bgeu	a0, a1, .LBB1_15
# %bb.14:
	#APP
	#DMA mram_write s3 -> s9
	#NO_APP
	j	.LBB1_17
.LBB1_15:
	srli	a0, a0, 11
	li	a1, 1
	slli	a1, a1, 11
.LBB1_16:                               # =>This Inner Loop Header: Depth=1
	#APP
	#DMA mram_write s3 -> s9
	#NO_APP
	addi	a0, a0, -1
	add	s9, s9, a1
	add	s3, s3, a1
	bnez	a0, .LBB1_16
.LBB1_17:
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

	.type	my_mutex,@object                # @my_mutex
	.bss
	.globl	my_mutex
	.p2align	2, 0x0
my_mutex:
	.zero	4
	.size	my_mutex, 4

	.type	kernels,@object                 # @kernels
	.data
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

	.type	histo_dpu,@object               # @histo_dpu
	.globl	histo_dpu
	.p2align	2, 0x0
histo_dpu:
	.word	0
	.size	histo_dpu, 4

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.local	.L_MergedGlobals
	.comm	.L_MergedGlobals,72,4
	.globl	__atomic_bit_barriers_mutexes
__atomic_bit_barriers_mutexes = .L_MergedGlobals
	.size	__atomic_bit_barriers_mutexes, 1
	.globl	barriers
barriers = .L_MergedGlobals+1
	.size	barriers, 4
	.globl	message
message = .L_MergedGlobals+8
	.size	message, 64
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
