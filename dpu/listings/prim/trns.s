	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"trns.c"
	.text
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
	bnez	a0, .LBB0_2
# %bb.1:
	call	mem_reset
.LBB0_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	addi	a1, a0, %lo(DPU_INPUT_ARGUMENTS)
	lw	s1, 4(a1)
	lw	s4, 8(a1)
	lw	s2, %lo(DPU_INPUT_ARGUMENTS)(a0)
	mv	a0, s1
	mv	a1, s2
	call	__mulsi3
	mv	s3, a0
	slli	s5, a0, 3
	mv	a0, s5
	call	mem_alloc
	sw	a0, 8(sp)                       # 4-byte Folded Spill
	mv	a0, s5
	call	mem_alloc
	sw	s4, 4(sp)                       # 4-byte Folded Spill
	bgeu	s0, s4, .LBB0_8
# %bb.3:
	mv	s5, a0
	addi	s6, s3, -1
	lui	s4, %hi(__sys_used_mram_end)
	addi	s4, s4, %lo(__sys_used_mram_end)
	j	.LBB0_5
.LBB0_4:                                #   in Loop: Header=BB0_5 Depth=1
	lui	s4, %hi(__sys_used_mram_end)
	addi	s4, s4, %lo(__sys_used_mram_end)
	mv	a0, s4
	mv	a1, s8
	mv	a2, s5
	mv	a3, s2
	mv	a4, s1
	call	write_tile_step2
	addi	s0, s0, 16
	lw	a0, 4(sp)                       # 4-byte Folded Reload
	bgeu	s0, a0, .LBB0_8
.LBB0_5:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_7 Depth 2
	mv	a0, s3
	mv	a1, s0
	call	__mulsi3
	mv	s8, a0
	mv	a0, s4
	mv	a1, s8
	lw	a2, 8(sp)                       # 4-byte Folded Reload
	mv	a3, s2
	mv	a4, s1
	call	read_tile_step2
	beqz	s3, .LBB0_4
# %bb.6:                                #   in Loop: Header=BB0_5 Depth=1
	li	s9, 0
	lw	s4, 8(sp)                       # 4-byte Folded Reload
.LBB0_7:                                #   Parent Loop BB0_5 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	s7, 0(s4)
	lw	s11, 4(s4)
	mv	a0, s9
	mv	a1, s2
	call	__mulsi3
	mv	s10, a0
	mv	a0, s9
	mv	a1, s1
	call	__udivsi3
	mv	a1, s6
	call	__mulsi3
	sub	a0, s10, a0
	addi	s9, s9, 1
	slli	a0, a0, 3
	add	a0, s5, a0
	sw	s7, 0(a0)
	sw	s11, 4(a0)
	addi	s4, s4, 8
	bne	s3, s9, .LBB0_7
	j	.LBB0_4
.LBB0_8:
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
.Lfunc_end0:
	.size	main_kernel1, .Lfunc_end0-main_kernel1
                                        # -- End function
	.globl	main_kernel2                    # -- Begin function main_kernel2
	.p2align	2
	.type	main_kernel2,@function
main_kernel2:                           # @main_kernel2
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
	bnez	a0, .LBB1_2
# %bb.1:
	call	mem_reset
.LBB1_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	lw	s0, %lo(DPU_INPUT_ARGUMENTS)(a0)
	addi	a0, a0, %lo(DPU_INPUT_ARGUMENTS)
	lw	s1, 4(a0)
	lw	s2, 8(a0)
	mv	a0, s2
	mv	a1, s1
	call	__mulsi3
	mv	s3, a0
	mv	a1, s0
	call	__mulsi3
	mv	s4, a0
	addi	s3, s3, -1
	slli	s7, s0, 3
	mv	a0, s7
	call	mem_alloc
	mv	s8, a0
	mv	a0, s7
	call	mem_alloc
	mv	s5, a0
	li	a0, 8
	call	mem_alloc
	mv	s6, a0
	call	get_tile
	bgeu	a0, s3, .LBB1_12
# %bb.3:
	mv	s10, a0
	slli	a0, s4, 3
	lui	a1, %hi(__sys_used_mram_end)
	addi	a1, a1, %lo(__sys_used_mram_end)
	add	s4, s8, s7
	add	s7, a1, a0
	j	.LBB1_5
.LBB1_4:                                #   in Loop: Header=BB1_5 Depth=1
	call	get_tile
	mv	s10, a0
	bgeu	a0, s3, .LBB1_12
.LBB1_5:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_8 Depth 2
                                        #       Child Loop BB1_11 Depth 3
	mv	a0, s10
	mv	a1, s2
	call	__mulsi3
	mv	s9, a0
	mv	a0, s10
	mv	a1, s1
	call	__udivsi3
	mv	a1, s3
	call	__mulsi3
	sub	s9, s9, a0
	beq	s9, s10, .LBB1_4
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=1
	mv	a0, s10
	mv	a1, s0
	call	__mulsi3
	mv	a1, a0
	lui	a0, %hi(__sys_used_mram_end)
	addi	a0, a0, %lo(__sys_used_mram_end)
	mv	a2, s8
	mv	a3, s0
	call	read_tile_step3
	mv	a0, s7
	mv	a1, s10
	mv	a2, s6
	call	get_done
	beqz	a0, .LBB1_8
	j	.LBB1_4
.LBB1_7:                                #   in Loop: Header=BB1_8 Depth=2
	mv	a0, s9
	mv	a1, s2
	call	__mulsi3
	mv	s11, a0
	mv	a0, s9
	mv	a1, s1
	call	__udivsi3
	mv	a1, s3
	call	__mulsi3
	sub	s9, s11, a0
	bnez	s10, .LBB1_4
.LBB1_8:                                #   Parent Loop BB1_5 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB1_11 Depth 3
	mv	a0, s9
	mv	a1, s0
	call	__mulsi3
	mv	s11, a0
	lui	a0, %hi(__sys_used_mram_end)
	addi	a0, a0, %lo(__sys_used_mram_end)
	mv	a1, s11
	mv	a2, s5
	mv	a3, s0
	call	read_tile_step3
	mv	a0, s7
	mv	a1, s9
	mv	a2, s6
	call	get_and_set_done
	mv	s10, a0
	bnez	a0, .LBB1_10
# %bb.9:                                #   in Loop: Header=BB1_8 Depth=2
	lui	a0, %hi(__sys_used_mram_end)
	addi	a0, a0, %lo(__sys_used_mram_end)
	mv	a1, s11
	mv	a2, s8
	mv	a3, s0
	call	write_tile_step3
.LBB1_10:                               #   in Loop: Header=BB1_8 Depth=2
	mv	a0, s5
	mv	a1, s8
	beqz	s0, .LBB1_7
.LBB1_11:                               #   Parent Loop BB1_5 Depth=1
                                        #     Parent Loop BB1_8 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	a2, 0(a0)
	lw	a3, 4(a0)
	sw	a2, 0(a1)
	sw	a3, 4(a1)
	addi	a1, a1, 8
	addi	a0, a0, 8
	bne	a1, s4, .LBB1_11
	j	.LBB1_7
.LBB1_12:
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
	.size	main_kernel2, .Lfunc_end1-main_kernel2
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
	.globl	read_tile_step2                 # -- Begin function read_tile_step2
	.p2align	2
	.type	read_tile_step2,@function
read_tile_step2:                        # @read_tile_step2
# %bb.0:
	addi	sp, sp, -16
	sw	ra, 12(sp)                      # 4-byte Folded Spill
	sw	s0, 8(sp)                       # 4-byte Folded Spill
	sw	s1, 4(sp)                       # 4-byte Folded Spill
	sw	s2, 0(sp)                       # 4-byte Folded Spill
	mv	s0, a2
	mv	s2, a1
	mv	s1, a0
	mv	a0, a4
	mv	a1, a3
	call	__mulsi3
	blez	a0, .LBB3_5
# %bb.1:
	add	s2, a0, s2
	li	a1, 1
	slli	a1, a1, 11
	mv	a2, a0
	j	.LBB3_3
.LBB3_2:                                #   in Loop: Header=BB3_3 Depth=1
	sub	a4, s2, a2
	sub	a5, a0, a2
	slli	a4, a4, 3
	slli	a5, a5, 6
	add	a4, a4, s1
	add	a5, s0, a5
	slli	a6, a3, 3
	#APP
	#DMA mram_read a4 -> a5
	#NO_APP
	sub	a2, a2, a3
	blez	a2, .LBB3_5
.LBB3_3:                                # =>This Inner Loop Header: Depth=1
	slli	a4, a2, 3
	mv	a3, a2
	bgeu	a1, a4, .LBB3_2
# %bb.4:                                #   in Loop: Header=BB3_3 Depth=1
	li	a3, 256
	j	.LBB3_2
.LBB3_5:
	lw	ra, 12(sp)                      # 4-byte Folded Reload
	lw	s0, 8(sp)                       # 4-byte Folded Reload
	lw	s1, 4(sp)                       # 4-byte Folded Reload
	lw	s2, 0(sp)                       # 4-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end3:
	.size	read_tile_step2, .Lfunc_end3-read_tile_step2
                                        # -- End function
	.globl	write_tile_step2                # -- Begin function write_tile_step2
	.p2align	2
	.type	write_tile_step2,@function
write_tile_step2:                       # @write_tile_step2
# %bb.0:
	addi	sp, sp, -16
	sw	ra, 12(sp)                      # 4-byte Folded Spill
	sw	s0, 8(sp)                       # 4-byte Folded Spill
	sw	s1, 4(sp)                       # 4-byte Folded Spill
	sw	s2, 0(sp)                       # 4-byte Folded Spill
	mv	s0, a2
	mv	s2, a1
	mv	s1, a0
	mv	a0, a4
	mv	a1, a3
	call	__mulsi3
	blez	a0, .LBB4_5
# %bb.1:
	add	s2, a0, s2
	li	a1, 1
	slli	a1, a1, 11
	mv	a2, a0
	j	.LBB4_3
.LBB4_2:                                #   in Loop: Header=BB4_3 Depth=1
	sub	a4, a0, a2
	sub	a5, s2, a2
	slli	a4, a4, 6
	slli	a5, a5, 3
	add	a4, s0, a4
	add	a5, a5, s1
	slli	a6, a3, 3
	#APP
	#DMA mram_write a4 -> a5
	#NO_APP
	sub	a2, a2, a3
	blez	a2, .LBB4_5
.LBB4_3:                                # =>This Inner Loop Header: Depth=1
	slli	a4, a2, 3
	mv	a3, a2
	bgeu	a1, a4, .LBB4_2
# %bb.4:                                #   in Loop: Header=BB4_3 Depth=1
	li	a3, 256
	j	.LBB4_2
.LBB4_5:
	lw	ra, 12(sp)                      # 4-byte Folded Reload
	lw	s0, 8(sp)                       # 4-byte Folded Reload
	lw	s1, 4(sp)                       # 4-byte Folded Reload
	lw	s2, 0(sp)                       # 4-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end4:
	.size	write_tile_step2, .Lfunc_end4-write_tile_step2
                                        # -- End function
	.globl	read_tile_step3                 # -- Begin function read_tile_step3
	.p2align	2
	.type	read_tile_step3,@function
read_tile_step3:                        # @read_tile_step3
# %bb.0:
	slli	a1, a1, 3
	add	a0, a1, a0
	slli	a3, a3, 3
	#APP
	#DMA mram_read a0 -> a2
	#NO_APP
	ret
.Lfunc_end5:
	.size	read_tile_step3, .Lfunc_end5-read_tile_step3
                                        # -- End function
	.globl	get_done                        # -- Begin function get_done
	.p2align	2
	.type	get_done,@function
get_done:                               # @get_done
# %bb.0:
	lui	a3, %hi(__proxy_mutex_done_mutex)
	addi	a3, a3, %lo(__proxy_mutex_done_mutex)
	add	a0, a1, a0
	#APP
	#MUTEX acquire a3
	#NO_APP
	#APP
	#DMA mram_read a0 -> a2
	#NO_APP
	lw	a0, 0(a2)
	andi	a1, a1, 7
	srl	a0, a0, a1
	andi	a0, a0, 1
	#APP
	#MUTEX release a3
	#NO_APP
	ret
.Lfunc_end6:
	.size	get_done, .Lfunc_end6-get_done
                                        # -- End function
	.globl	get_and_set_done                # -- Begin function get_and_set_done
	.p2align	2
	.type	get_and_set_done,@function
get_and_set_done:                       # @get_and_set_done
# %bb.0:
	lui	a3, %hi(__proxy_mutex_done_mutex)
	addi	a3, a3, %lo(__proxy_mutex_done_mutex)
	add	a0, a1, a0
	#APP
	#MUTEX acquire a3
	#NO_APP
	#APP
	#DMA mram_read a0 -> a2
	#NO_APP
	lw	a4, 0(a2)
	andi	a1, a1, 7
	li	a5, 1
	sll	a1, a5, a1
	or	a5, a4, a1
	sw	a5, 0(a2)
	#APP
	#DMA mram_write a2 -> a0
	#NO_APP
	and	a1, a4, a1
	snez	a0, a1
	#APP
	#MUTEX release a3
	#NO_APP
	ret
.Lfunc_end7:
	.size	get_and_set_done, .Lfunc_end7-get_and_set_done
                                        # -- End function
	.globl	write_tile_step3                # -- Begin function write_tile_step3
	.p2align	2
	.type	write_tile_step3,@function
write_tile_step3:                       # @write_tile_step3
# %bb.0:
	slli	a1, a1, 3
	add	a0, a1, a0
	slli	a3, a3, 3
	#APP
	#DMA mram_write a2 -> a0
	#NO_APP
	ret
.Lfunc_end8:
	.size	write_tile_step3, .Lfunc_end8-write_tile_step3
                                        # -- End function
	.globl	get_tile                        # -- Begin function get_tile
	.p2align	2
	.type	get_tile,@function
get_tile:                               # @get_tile
# %bb.0:
	lui	a1, %hi(.L_MergedGlobals)
	addi	a1, a1, %lo(.L_MergedGlobals)
	#APP
	#MUTEX acquire a1
	#NO_APP
	lw	a0, 4(a1)
	addi	a2, a0, 1
	sw	a2, 4(a1)
	#APP
	#MUTEX release a1
	#NO_APP
	ret
.Lfunc_end9:
	.size	get_tile, .Lfunc_end9-get_tile
                                        # -- End function
	.type	my_barrier,@object              # @my_barrier
	.data
	.globl	my_barrier
	.p2align	2, 0x0
my_barrier:
	.word	16                              # 0x10
	.size	my_barrier, 4

	.type	tile_mutex,@object              # @tile_mutex
	.section	.rodata,"a",@progbits
	.globl	tile_mutex
	.p2align	2, 0x0
tile_mutex:
	.word	.L_MergedGlobals
	.size	tile_mutex, 4

	.type	__proxy_mutex_done_mutex,@object # @__proxy_mutex_done_mutex
	.bss
	.globl	__proxy_mutex_done_mutex
__proxy_mutex_done_mutex:
	.byte	0                               # 0x0
	.size	__proxy_mutex_done_mutex, 1

	.type	done_mutex,@object              # @done_mutex
	.section	.rodata,"a",@progbits
	.globl	done_mutex
	.p2align	2, 0x0
done_mutex:
	.word	__proxy_mutex_done_mutex
	.size	done_mutex, 4

	.type	kernels,@object                 # @kernels
	.data
	.globl	kernels
	.p2align	2, 0x0
kernels:
	.word	main_kernel1
	.word	main_kernel2
	.size	kernels, 8

	.type	DPU_INPUT_ARGUMENTS,@object     # @DPU_INPUT_ARGUMENTS
	.bss
	.globl	DPU_INPUT_ARGUMENTS
	.p2align	2, 0x0
DPU_INPUT_ARGUMENTS:
	.zero	16
	.size	DPU_INPUT_ARGUMENTS, 16

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.local	.L_MergedGlobals
	.comm	.L_MergedGlobals,8,4
	.globl	__proxy_mutex_tile_mutex
__proxy_mutex_tile_mutex = .L_MergedGlobals
	.size	__proxy_mutex_tile_mutex, 1
	.globl	curr_tile
curr_tile = .L_MergedGlobals+4
	.size	curr_tile, 4
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym main_kernel2
	.addrsig_sym my_barrier
	.addrsig_sym __proxy_mutex_done_mutex
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
