	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"naive.c"
	.text
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -240
	sw	ra, 236(sp)                     # 4-byte Folded Spill
	sw	s0, 232(sp)                     # 4-byte Folded Spill
	sw	s1, 228(sp)                     # 4-byte Folded Spill
	sw	s2, 224(sp)                     # 4-byte Folded Spill
	sw	s3, 220(sp)                     # 4-byte Folded Spill
	sw	s4, 216(sp)                     # 4-byte Folded Spill
	sw	s5, 212(sp)                     # 4-byte Folded Spill
	sw	s6, 208(sp)                     # 4-byte Folded Spill
	sw	s7, 204(sp)                     # 4-byte Folded Spill
	sw	s8, 200(sp)                     # 4-byte Folded Spill
	sw	s9, 196(sp)                     # 4-byte Folded Spill
	sw	s10, 192(sp)                    # 4-byte Folded Spill
	sw	s11, 188(sp)                    # 4-byte Folded Spill
	call	me
	mv	s8, a0
	lui	a0, %hi(bthowen_params)
	addi	a1, a0, %lo(bthowen_params)
	lw	s2, %lo(bthowen_params)(a0)
	lw	a0, 4(a1)
	sw	a0, 28(sp)                      # 4-byte Folded Spill
	lw	s11, 8(a1)
	lw	a0, 12(a1)
	sw	a0, 56(sp)                      # 4-byte Folded Spill
	lw	s4, 16(a1)
	lw	s3, 20(a1)
	lw	s0, 24(a1)
	lw	s10, 28(a1)
	lw	a0, 32(a1)
	sw	a0, 52(sp)                      # 4-byte Folded Spill
	lw	s1, 44(a1)
	addi	a0, s11, -17
	addi	a1, s3, -17
	sltiu	a0, a0, -16
	sltiu	a1, a1, -16
	or	s5, a0, a1
	call	me
	bnez	a0, .LBB0_4
# %bb.1:
	lui	s6, %hi(bthowen_perf)
	addi	s6, s6, %lo(bthowen_perf)
	lw	a0, 200(s6)
	addi	a0, a0, -1
	seqz	a0, a0
	addi	a0, a0, 1
	li	a1, 1
	li	s7, 1
	call	perfcounter_config
	call	mem_reset
	li	a0, 16
	sw	a0, 192(s6)
	bne	s2, a0, .LBB0_3
# %bb.2:
	slli	s7, s5, 1
.LBB0_3:
	sw	s7, 196(s6)
.LBB0_4:
	addi	s2, s2, -16
	snez	a0, s2
	or	a0, a0, s5
	bnez	a0, .LBB0_39
# %bb.5:
	beqz	s8, .LBB0_40
.LBB0_6:
	lui	a0, %hi(matrix_loaded)
	addi	a0, a0, %lo(matrix_loaded)
	call	barrier_wait
	lui	a0, %hi(shared_matrix)
	lw	a0, %lo(shared_matrix)(a0)
	sw	a0, 40(sp)                      # 4-byte Folded Spill
	mv	a0, s10
	call	mem_alloc
	mv	s5, a0
	li	a0, 8
	call	mem_alloc
	mv	s6, a0
	li	a0, 8
	call	mem_alloc
	sw	a0, 24(sp)                      # 4-byte Folded Spill
	slli	a0, s0, 3
	sw	a0, 48(sp)                      # 4-byte Folded Spill
	lw	a1, 56(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	mv	s9, a0
	lw	a0, 28(sp)                      # 4-byte Folded Reload
	bgeu	s8, a0, .LBB0_39
# %bb.7:
	li	s0, 1
	lui	s7, %hi(__sys_used_mram_end)
	addi	s7, s7, %lo(__sys_used_mram_end)
	slli	s2, s0, 11
	add	s1, s7, s1
	sw	s1, 16(sp)                      # 4-byte Folded Spill
	mv	a0, s8
	mv	a1, s10
	call	__mulsi3
	mv	t3, s2
	add	a0, s7, a0
	sw	a0, 36(sp)                      # 4-byte Folded Spill
	slli	a0, s10, 4
	sw	a0, 12(sp)                      # 4-byte Folded Spill
	slli	a0, s11, 2
	addi	t4, sp, 60
	slli	s1, s3, 2
	addi	a1, sp, 124
	slli	s2, s4, 2
	add	a0, t4, a0
	sw	a0, 8(sp)                       # 4-byte Folded Spill
	add	s1, a1, s1
	sw	s10, 20(sp)                     # 4-byte Folded Spill
	sw	t3, 44(sp)                      # 4-byte Folded Spill
	j	.LBB0_10
.LBB0_8:                                #   in Loop: Header=BB0_10 Depth=1
	li	a3, 0
	lw	s8, 32(sp)                      # 4-byte Folded Reload
	lw	s10, 20(sp)                     # 4-byte Folded Reload
.LBB0_9:                                #   in Loop: Header=BB0_10 Depth=1
	lw	a1, 24(sp)                      # 4-byte Folded Reload
	sw	a3, 0(a1)
	sw	zero, 4(a1)
	slli	a0, s8, 3
	lw	a2, 16(sp)                      # 4-byte Folded Reload
	add	a0, a2, a0
	#APP
	#DMA mram_write a1 -> a0
	#NO_APP
	addi	s8, s8, 16
	lw	a0, 36(sp)                      # 4-byte Folded Reload
	lw	a1, 12(sp)                      # 4-byte Folded Reload
	add	a0, a0, a1
	sw	a0, 36(sp)                      # 4-byte Folded Spill
	lw	a0, 28(sp)                      # 4-byte Folded Reload
	bgeu	s8, a0, .LBB0_39
.LBB0_10:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_13 Depth 2
                                        #     Child Loop BB0_16 Depth 2
                                        #     Child Loop BB0_20 Depth 2
                                        #       Child Loop BB0_21 Depth 3
                                        #       Child Loop BB0_25 Depth 3
                                        #         Child Loop BB0_27 Depth 4
                                        #       Child Loop BB0_31 Depth 3
                                        #         Child Loop BB0_32 Depth 4
                                        #     Child Loop BB0_37 Depth 2
	beqz	s10, .LBB0_15
# %bb.11:                               #   in Loop: Header=BB0_10 Depth=1
	li	a0, 0
	lui	a1, %hi(bthowen_params+40)
	lw	a1, %lo(bthowen_params+40)(a1)
	lw	a2, 36(sp)                      # 4-byte Folded Reload
	add	a1, a2, a1
	mv	a2, s10
	j	.LBB0_13
.LBB0_12:                               #   in Loop: Header=BB0_13 Depth=2
	add	a4, a1, a0
	add	a5, s5, a0
	#APP
	#DMA mram_read a4 -> a5
	#NO_APP
	add	a0, a0, t3
	addi	a2, a2, -2048
	bgeu	a0, s10, .LBB0_15
.LBB0_13:                               #   Parent Loop BB0_10 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a3, a2
	bltu	a2, t3, .LBB0_12
# %bb.14:                               #   in Loop: Header=BB0_13 Depth=2
	mv	a3, t3
	j	.LBB0_12
.LBB0_15:                               #   in Loop: Header=BB0_10 Depth=1
	sw	s8, 32(sp)                      # 4-byte Folded Spill
	addi	a0, sp, 60
	lw	a1, 8(sp)                       # 4-byte Folded Reload
.LBB0_16:                               #   Parent Loop BB0_10 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sw	zero, 0(a0)
	addi	a0, a0, 4
	bne	a0, a1, .LBB0_16
# %bb.17:                               #   in Loop: Header=BB0_10 Depth=1
	lw	a0, 56(sp)                      # 4-byte Folded Reload
	beqz	a0, .LBB0_34
# %bb.18:                               #   in Loop: Header=BB0_10 Depth=1
	li	s10, 0
	li	s8, 0
	j	.LBB0_20
.LBB0_19:                               #   in Loop: Header=BB0_20 Depth=2
	addi	s10, s10, 1
	add	s8, s8, s4
	lw	a0, 56(sp)                      # 4-byte Folded Reload
	beq	s10, a0, .LBB0_34
.LBB0_20:                               #   Parent Loop BB0_10 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB0_21 Depth 3
                                        #       Child Loop BB0_25 Depth 3
                                        #         Child Loop BB0_27 Depth 4
                                        #       Child Loop BB0_31 Depth 3
                                        #         Child Loop BB0_32 Depth 4
	addi	a0, sp, 124
.LBB0_21:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_20 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	sw	zero, 0(a0)
	addi	a0, a0, 4
	bne	a0, s1, .LBB0_21
# %bb.22:                               #   in Loop: Header=BB0_20 Depth=2
	beqz	s4, .LBB0_28
# %bb.23:                               #   in Loop: Header=BB0_20 Depth=2
	li	a0, 0
	lw	a1, 40(sp)                      # 4-byte Folded Reload
	j	.LBB0_25
.LBB0_24:                               #   in Loop: Header=BB0_25 Depth=3
	addi	a0, a0, 1
	addi	a1, a1, 4
	beq	a0, s4, .LBB0_28
.LBB0_25:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_20 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_27 Depth 4
	add	a2, a0, s8
	srli	a3, a2, 3
	andi	a4, a2, 63
	sll	a2, s0, a2
	andi	a3, a3, -8
	sll	a5, s0, a4
	addi	a4, a4, -32
	add	a3, s5, a3
	slti	a6, a4, 0
	srai	a4, a4, 31
	lw	a7, 0(a3)
	lw	a3, 4(a3)
	addi	a6, a6, -1
	and	a2, a4, a2
	and	a4, a6, a5
	and	a2, a7, a2
	and	a3, a3, a4
	or	a2, a2, a3
	beqz	a2, .LBB0_24
# %bb.26:                               #   in Loop: Header=BB0_25 Depth=3
	addi	a2, sp, 124
	mv	a3, a1
.LBB0_27:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_20 Depth=2
                                        #       Parent Loop BB0_25 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a4, 0(a3)
	lw	a5, 0(a2)
	xor	a4, a5, a4
	sw	a4, 0(a2)
	addi	a2, a2, 4
	add	a3, a3, s2
	bne	a2, s1, .LBB0_27
	j	.LBB0_24
.LBB0_28:                               #   in Loop: Header=BB0_20 Depth=2
	mv	a0, s10
	lw	a1, 48(sp)                      # 4-byte Folded Reload
	call	__mulsi3
	li	a1, 0
	lw	a2, 52(sp)                      # 4-byte Folded Reload
	add	a0, a0, a2
	lw	t3, 44(sp)                      # 4-byte Folded Reload
	addi	t4, sp, 60
	j	.LBB0_31
.LBB0_29:                               #   in Loop: Header=BB0_31 Depth=3
	slli	a2, a1, 2
	add	a2, t4, a2
	lw	a3, 0(a2)
	addi	a3, a3, 1
	sw	a3, 0(a2)
.LBB0_30:                               #   in Loop: Header=BB0_31 Depth=3
	addi	a1, a1, 1
	add	a0, a0, s9
	beq	a1, s11, .LBB0_19
.LBB0_31:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_20 Depth=2
                                        # =>    This Loop Header: Depth=3
                                        #         Child Loop BB0_32 Depth 4
	add	a2, s7, a0
	addi	a3, sp, 124
	mv	a4, s3
.LBB0_32:                               #   Parent Loop BB0_10 Depth=1
                                        #     Parent Loop BB0_20 Depth=2
                                        #       Parent Loop BB0_31 Depth=3
                                        # =>      This Inner Loop Header: Depth=4
	lw	a5, 0(a3)
	srli	a6, a5, 3
	andi	a7, a5, 63
	sll	a5, s0, a5
	andi	a6, a6, -8
	addi	t0, a7, -32
	sll	a7, s0, a7
	add	a6, a2, a6
	#APP
	#DMA mram_read a6 -> s6
	#NO_APP
	lw	a6, 0(s6)
	lw	t1, 4(s6)
	srai	t2, t0, 31
	slti	t0, t0, 0
	addi	t0, t0, -1
	and	a7, a7, t1
	and	a5, a5, a6
	and	a6, t0, a7
	and	a5, t2, a5
	or	a5, a5, a6
	beqz	a5, .LBB0_30
# %bb.33:                               #   in Loop: Header=BB0_32 Depth=4
	addi	a4, a4, -1
	addi	a3, a3, 4
	bnez	a4, .LBB0_32
	j	.LBB0_29
.LBB0_34:                               #   in Loop: Header=BB0_10 Depth=1
	li	a0, 2
	bltu	s11, a0, .LBB0_8
# %bb.35:                               #   in Loop: Header=BB0_10 Depth=1
	li	a2, 0
	li	a0, 1
	addi	a1, sp, 64
	lw	s8, 32(sp)                      # 4-byte Folded Reload
	lw	s10, 20(sp)                     # 4-byte Folded Reload
	j	.LBB0_37
.LBB0_36:                               #   in Loop: Header=BB0_37 Depth=2
	addi	a0, a0, 1
	addi	a1, a1, 4
	mv	a2, a3
	beq	s11, a0, .LBB0_9
.LBB0_37:                               #   Parent Loop BB0_10 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a4, 0(a1)
	slli	a3, a2, 2
	add	a3, t4, a3
	lw	a5, 0(a3)
	mv	a3, a0
	bltu	a5, a4, .LBB0_36
# %bb.38:                               #   in Loop: Header=BB0_37 Depth=2
	mv	a3, a2
	j	.LBB0_36
.LBB0_39:
	call	perfcounter_get
	mv	s0, a0
	mv	s1, a1
	call	me
	slli	a0, a0, 3
	lui	a1, %hi(bthowen_perf)
	addi	a1, a1, %lo(bthowen_perf)
	add	a0, a1, a0
	sw	s0, 0(a0)
	sw	s1, 4(a0)
	li	a0, 0
	lw	ra, 236(sp)                     # 4-byte Folded Reload
	lw	s0, 232(sp)                     # 4-byte Folded Reload
	lw	s1, 228(sp)                     # 4-byte Folded Reload
	lw	s2, 224(sp)                     # 4-byte Folded Reload
	lw	s3, 220(sp)                     # 4-byte Folded Reload
	lw	s4, 216(sp)                     # 4-byte Folded Reload
	lw	s5, 212(sp)                     # 4-byte Folded Reload
	lw	s6, 208(sp)                     # 4-byte Folded Reload
	lw	s7, 204(sp)                     # 4-byte Folded Reload
	lw	s8, 200(sp)                     # 4-byte Folded Reload
	lw	s9, 196(sp)                     # 4-byte Folded Reload
	lw	s10, 192(sp)                    # 4-byte Folded Reload
	lw	s11, 188(sp)                    # 4-byte Folded Reload
	addi	sp, sp, 240
	ret
.LBB0_40:
	mv	a0, s4
	mv	a1, s3
	call	__mulsi3
	slli	a0, a0, 2
	addi	a0, a0, 7
	andi	s5, a0, -8
	mv	a0, s5
	call	mem_alloc
	lui	a1, %hi(shared_matrix)
	sw	a0, %lo(shared_matrix)(a1)
	beqz	s5, .LBB0_6
# %bb.41:
	li	a1, 0
	lui	a2, %hi(bthowen_params+36)
	lw	a3, %lo(bthowen_params+36)(a2)
	li	a2, 1
	slli	a2, a2, 11
	lui	a4, %hi(__sys_used_mram_end)
	addi	a4, a4, %lo(__sys_used_mram_end)
	add	a3, a4, a3
	mv	a4, s5
	j	.LBB0_43
.LBB0_42:                               #   in Loop: Header=BB0_43 Depth=1
	add	a6, a3, a1
	add	a7, a0, a1
	#APP
	#DMA mram_read a6 -> a7
	#NO_APP
	add	a1, a1, a2
	addi	a4, a4, -2048
	bgeu	a1, s5, .LBB0_6
.LBB0_43:                               # =>This Inner Loop Header: Depth=1
	mv	a5, a4
	bltu	a4, a2, .LBB0_42
# %bb.44:                               #   in Loop: Header=BB0_43 Depth=1
	mv	a5, a2
	j	.LBB0_42
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	matrix_loaded,@object           # @matrix_loaded
	.data
	.globl	matrix_loaded
	.p2align	2, 0x0
matrix_loaded:
	.word	16                              # 0x10
	.size	matrix_loaded, 4

	.type	bthowen_params,@object          # @bthowen_params
	.bss
	.globl	bthowen_params
	.p2align	2, 0x0
bthowen_params:
	.zero	48
	.size	bthowen_params, 48

	.type	bthowen_perf,@object            # @bthowen_perf
	.globl	bthowen_perf
	.p2align	3, 0x0
bthowen_perf:
	.zero	208
	.size	bthowen_perf, 208

	.type	shared_matrix,@object           # @shared_matrix
	.local	shared_matrix
	.comm	shared_matrix,4,4
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym matrix_loaded
	.addrsig_sym bthowen_params
	.addrsig_sym bthowen_perf
	.addrsig_sym __sys_used_mram_end
