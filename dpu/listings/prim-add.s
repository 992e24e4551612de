	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"prim-add.c"
	.text
	.globl	add_block                       # -- Begin function add_block
	.p2align	2
	.type	add_block,@function
add_block:                              # @add_block
# %bb.0:
	addi	a2, a0, 1024
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	lw	a3, 0(a0)
	add	a3, a3, a1
	sw	a3, 0(a0)
	addi	a0, a0, 4
	bne	a0, a2, .LBB0_1
# %bb.2:
	ret
.Lfunc_end0:
	.size	add_block, .Lfunc_end0-add_block
                                        # -- End function
	.section	".note.GNU-stack","",@progbits
	.addrsig
