	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"train-binarize.c"
	.text
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sw	ra, 28(sp)                      # 4-byte Folded Spill
	sw	s0, 24(sp)                      # 4-byte Folded Spill
	sw	s1, 20(sp)                      # 4-byte Folded Spill
	sw	s2, 16(sp)                      # 4-byte Folded Spill
	sw	s3, 12(sp)                      # 4-byte Folded Spill
	sw	s4, 8(sp)                       # 4-byte Folded Spill
	sw	s5, 4(sp)                       # 4-byte Folded Spill
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
	xori	a1, a1, 3
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
	beqz	a0, .LBB0_13
# %bb.3:
	call	me
	lui	a1, %hi(.L_MergedGlobals)
	addi	a1, a1, %lo(.L_MergedGlobals)
	lw	a2, 12(a1)
	bgeu	a0, a2, .LBB0_12
# %bb.4:
	lw	a2, 56(a1)
	slli	a5, a0, 9
	lui	a6, %hi(stream_buffer)
	addi	a6, a6, %lo(stream_buffer)
	li	a3, 1
	slli	a7, a0, 7
	lui	t0, %hi(bit_words)
	addi	t0, t0, %lo(bit_words)
	lui	a4, %hi(__sys_used_mram_end)
	addi	a4, a4, %lo(__sys_used_mram_end)
	add	a5, a6, a5
	add	a6, t0, a7
	addi	a7, a5, 256
	li	t0, 64
	li	t1, 7
.LBB0_5:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_6 Depth 2
                                        #       Child Loop BB0_7 Depth 3
                                        #       Child Loop BB0_9 Depth 3
	li	t2, 0
	lw	t3, 84(a1)
	slli	t4, a0, 12
	add	t4, a4, t4
	add	t3, t4, t3
.LBB0_6:                                #   Parent Loop BB0_5 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_7 Depth 3
                                        #       Child Loop BB0_9 Depth 3
	li	t4, 0
	li	t6, 0
	li	s0, 0
	add	t5, t3, t2
	#APP
	#DMA mram_read t5 -> a5
	#NO_APP
	mv	t5, a5
.LBB0_7:                                #   Parent Loop BB0_5 Depth=1
                                        #     Parent Loop BB0_6 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	s1, 0(t5)
	sll	s2, a3, t4
	addi	s3, t4, -32
	addi	t4, t4, 1
	srai	s4, s3, 31
	slti	s3, s3, 0
	and	s4, s4, s2
	addi	s3, s3, -1
	and	s2, s3, s2
	sltu	s1, s1, a2
	addi	s1, s1, -1
	and	s2, s1, s2
	and	s1, s1, s4
	or	t6, s1, t6
	or	s0, s2, s0
	addi	t5, t5, 4
	bne	t4, t0, .LBB0_7
# %bb.8:                                #   in Loop: Header=BB0_6 Depth=2
	li	s1, 0
	li	t4, 0
	li	t5, 0
	srli	s2, t2, 5
	add	s2, a6, s2
	sw	t6, 0(s2)
	sw	s0, 4(s2)
	srli	t6, t2, 8
	mv	s0, a7
.LBB0_9:                                #   Parent Loop BB0_5 Depth=1
                                        #     Parent Loop BB0_6 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	lw	s2, 0(s0)
	sll	s3, a3, s1
	addi	s4, s1, -32
	addi	s1, s1, 1
	srai	s5, s4, 31
	slti	s4, s4, 0
	and	s5, s5, s3
	addi	s4, s4, -1
	and	s3, s4, s3
	sltu	s2, s2, a2
	addi	s2, s2, -1
	and	s3, s2, s3
	and	s2, s2, s5
	or	t4, s2, t4
	or	t5, s3, t5
	addi	s0, s0, 4
	bne	s1, t0, .LBB0_9
# %bb.10:                               #   in Loop: Header=BB0_6 Depth=2
	slli	t6, t6, 3
	srli	s0, t2, 9
	addi	t2, t2, 512
	add	t6, a6, t6
	sw	t4, 8(t6)
	sw	t5, 12(t6)
	bltu	s0, t1, .LBB0_6
# %bb.11:                               #   in Loop: Header=BB0_5 Depth=1
	lw	t2, 100(a1)
	slli	t3, a0, 7
	add	t3, a4, t3
	add	t2, t3, t2
	#APP
	#DMA mram_write a6 -> t2
	#NO_APP
	lw	t2, 12(a1)
	addi	a0, a0, 16
	bltu	a0, t2, .LBB0_5
.LBB0_12:
	li	a0, 0
	j	.LBB0_14
.LBB0_13:
	li	a0, 1
.LBB0_14:
	lw	ra, 28(sp)                      # 4-byte Folded Reload
	lw	s0, 24(sp)                      # 4-byte Folded Reload
	lw	s1, 20(sp)                      # 4-byte Folded Reload
	lw	s2, 16(sp)                      # 4-byte Folded Reload
	lw	s3, 12(sp)                      # 4-byte Folded Reload
	lw	s4, 8(sp)                       # 4-byte Folded Reload
	lw	s5, 4(sp)                       # 4-byte Folded Reload
	addi	sp, sp, 32
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

	.type	pair_buffer,@object             # @pair_buffer
	.globl	pair_buffer
	.p2align	3, 0x0
pair_buffer:
	.zero	256
	.size	pair_buffer, 256

	.type	stream_buffer,@object           # @stream_buffer
	.globl	stream_buffer
	.p2align	3, 0x0
stream_buffer:
	.zero	8192
	.size	stream_buffer, 8192

	.type	bit_words,@object               # @bit_words
	.globl	bit_words
	.p2align	3, 0x0
bit_words:
	.zero	2048
	.size	bit_words, 2048

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.local	.L_MergedGlobals
	.comm	.L_MergedGlobals,112,8
	.globl	arguments_ok
arguments_ok = .L_MergedGlobals
	.size	arguments_ok, 4
	.globl	args
args = .L_MergedGlobals+8
	.size	args, 104
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym barrier
	.addrsig_sym stream_buffer
	.addrsig_sym bit_words
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
