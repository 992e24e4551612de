	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"sel.c"
	.text
	.globl	pred                            # -- Begin function pred
	.p2align	2
	.type	pred,@function
pred:                                   # @pred
# %bb.0:
	andi	a0, a0, 1
	seqz	a0, a0
	ret
.Lfunc_end0:
	.size	pred, .Lfunc_end0-pred
                                        # -- End function
	.globl	select                          # -- Begin function select
	.p2align	2
	.type	select,@function
select:                                 # @select
# %bb.0:
	lw	a3, 0(a1)
	andi	a4, a3, 1
	mv	a2, a0
	bnez	a4, .LBB1_2
# %bb.1:
	li	a0, 0
	j	.LBB1_3
.LBB1_2:
	lw	a0, 4(a1)
	sw	a3, 0(a2)
	sw	a0, 4(a2)
	li	a0, 1
.LBB1_3:
	lw	a3, 8(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_5
# %bb.4:
	lw	a4, 12(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_5:
	lw	a3, 16(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_7
# %bb.6:
	lw	a4, 20(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_7:
	lw	a3, 24(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_9
# %bb.8:
	lw	a4, 28(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_9:
	lw	a3, 32(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_11
# %bb.10:
	lw	a4, 36(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_11:
	lw	a3, 40(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_13
# %bb.12:
	lw	a4, 44(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_13:
	lw	a3, 48(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_15
# %bb.14:
	lw	a4, 52(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_15:
	lw	a3, 56(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_17
# %bb.16:
	lw	a4, 60(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_17:
	lw	a3, 64(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_19
# %bb.18:
	lw	a4, 68(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_19:
	lw	a3, 72(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_21
# %bb.20:
	lw	a4, 76(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_21:
	lw	a3, 80(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_23
# %bb.22:
	lw	a4, 84(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_23:
	lw	a3, 88(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_25
# %bb.24:
	lw	a4, 92(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_25:
	lw	a3, 96(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_27
# %bb.26:
	lw	a4, 100(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_27:
	lw	a3, 104(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_29
# %bb.28:
	lw	a4, 108(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_29:
	lw	a3, 112(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_31
# %bb.30:
	lw	a4, 116(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_31:
	lw	a3, 120(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_33
# %bb.32:
	lw	a4, 124(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_33:
	lw	a3, 128(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_35
# %bb.34:
	lw	a4, 132(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_35:
	lw	a3, 136(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_37
# %bb.36:
	lw	a4, 140(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_37:
	lw	a3, 144(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_39
# %bb.38:
	lw	a4, 148(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_39:
	lw	a3, 152(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_41
# %bb.40:
	lw	a4, 156(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_41:
	lw	a3, 160(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_43
# %bb.42:
	lw	a4, 164(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_43:
	lw	a3, 168(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_45
# %bb.44:
	lw	a4, 172(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_45:
	lw	a3, 176(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_47
# %bb.46:
	lw	a4, 180(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_47:
	lw	a3, 184(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_49
# %bb.48:
	lw	a4, 188(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_49:
	lw	a3, 192(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_51
# %bb.50:
	lw	a4, 196(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_51:
	lw	a3, 200(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_53
# %bb.52:
	lw	a4, 204(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_53:
	lw	a3, 208(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_55
# %bb.54:
	lw	a4, 212(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_55:
	lw	a3, 216(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_57
# %bb.56:
	lw	a4, 220(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_57:
	lw	a3, 224(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_59
# %bb.58:
	lw	a4, 228(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_59:
	lw	a3, 232(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_61
# %bb.60:
	lw	a4, 236(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_61:
	lw	a3, 240(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_63
# %bb.62:
	lw	a4, 244(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_63:
	lw	a3, 248(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_65
# %bb.64:
	lw	a4, 252(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_65:
	lw	a3, 256(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_67
# %bb.66:
	lw	a4, 260(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_67:
	lw	a3, 264(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_69
# %bb.68:
	lw	a4, 268(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_69:
	lw	a3, 272(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_71
# %bb.70:
	lw	a4, 276(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_71:
	lw	a3, 280(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_73
# %bb.72:
	lw	a4, 284(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_73:
	lw	a3, 288(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_75
# %bb.74:
	lw	a4, 292(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_75:
	lw	a3, 296(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_77
# %bb.76:
	lw	a4, 300(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_77:
	lw	a3, 304(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_79
# %bb.78:
	lw	a4, 308(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_79:
	lw	a3, 312(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_81
# %bb.80:
	lw	a4, 316(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_81:
	lw	a3, 320(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_83
# %bb.82:
	lw	a4, 324(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_83:
	lw	a3, 328(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_85
# %bb.84:
	lw	a4, 332(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_85:
	lw	a3, 336(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_87
# %bb.86:
	lw	a4, 340(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_87:
	lw	a3, 344(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_89
# %bb.88:
	lw	a4, 348(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_89:
	lw	a3, 352(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_91
# %bb.90:
	lw	a4, 356(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_91:
	lw	a3, 360(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_93
# %bb.92:
	lw	a4, 364(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_93:
	lw	a3, 368(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_95
# %bb.94:
	lw	a4, 372(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_95:
	lw	a3, 376(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_97
# %bb.96:
	lw	a4, 380(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_97:
	lw	a3, 384(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_99
# %bb.98:
	lw	a4, 388(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_99:
	lw	a3, 392(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_101
# %bb.100:
	lw	a4, 396(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_101:
	lw	a3, 400(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_103
# %bb.102:
	lw	a4, 404(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_103:
	lw	a3, 408(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_105
# %bb.104:
	lw	a4, 412(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_105:
	lw	a3, 416(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_107
# %bb.106:
	lw	a4, 420(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_107:
	lw	a3, 424(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_109
# %bb.108:
	lw	a4, 428(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_109:
	lw	a3, 432(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_111
# %bb.110:
	lw	a4, 436(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_111:
	lw	a3, 440(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_113
# %bb.112:
	lw	a4, 444(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_113:
	lw	a3, 448(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_115
# %bb.114:
	lw	a4, 452(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_115:
	lw	a3, 456(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_117
# %bb.116:
	lw	a4, 460(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_117:
	lw	a3, 464(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_119
# %bb.118:
	lw	a4, 468(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_119:
	lw	a3, 472(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_121
# %bb.120:
	lw	a4, 476(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_121:
	lw	a3, 480(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_123
# %bb.122:
	lw	a4, 484(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_123:
	lw	a3, 488(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_125
# %bb.124:
	lw	a4, 492(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_125:
	lw	a3, 496(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_127
# %bb.126:
	lw	a4, 500(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_127:
	lw	a3, 504(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_129
# %bb.128:
	lw	a4, 508(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_129:
	lw	a3, 512(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_131
# %bb.130:
	lw	a4, 516(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_131:
	lw	a3, 520(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_133
# %bb.132:
	lw	a4, 524(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_133:
	lw	a3, 528(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_135
# %bb.134:
	lw	a4, 532(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_135:
	lw	a3, 536(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_137
# %bb.136:
	lw	a4, 540(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_137:
	lw	a3, 544(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_139
# %bb.138:
	lw	a4, 548(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_139:
	lw	a3, 552(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_141
# %bb.140:
	lw	a4, 556(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_141:
	lw	a3, 560(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_143
# %bb.142:
	lw	a4, 564(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_143:
	lw	a3, 568(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_145
# %bb.144:
	lw	a4, 572(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_145:
	lw	a3, 576(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_147
# %bb.146:
	lw	a4, 580(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_147:
	lw	a3, 584(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_149
# %bb.148:
	lw	a4, 588(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_149:
	lw	a3, 592(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_151
# %bb.150:
	lw	a4, 596(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_151:
	lw	a3, 600(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_153
# %bb.152:
	lw	a4, 604(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_153:
	lw	a3, 608(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_155
# %bb.154:
	lw	a4, 612(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_155:
	lw	a3, 616(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_157
# %bb.156:
	lw	a4, 620(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_157:
	lw	a3, 624(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_159
# %bb.158:
	lw	a4, 628(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_159:
	lw	a3, 632(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_161
# %bb.160:
	lw	a4, 636(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_161:
	lw	a3, 640(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_163
# %bb.162:
	lw	a4, 644(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_163:
	lw	a3, 648(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_165
# %bb.164:
	lw	a4, 652(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_165:
	lw	a3, 656(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_167
# %bb.166:
	lw	a4, 660(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_167:
	lw	a3, 664(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_169
# %bb.168:
	lw	a4, 668(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_169:
	lw	a3, 672(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_171
# %bb.170:
	lw	a4, 676(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_171:
	lw	a3, 680(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_173
# %bb.172:
	lw	a4, 684(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_173:
	lw	a3, 688(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_175
# %bb.174:
	lw	a4, 692(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_175:
	lw	a3, 696(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_177
# %bb.176:
	lw	a4, 700(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_177:
	lw	a3, 704(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_179
# %bb.178:
	lw	a4, 708(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_179:
	lw	a3, 712(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_181
# %bb.180:
	lw	a4, 716(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_181:
	lw	a3, 720(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_183
# %bb.182:
	lw	a4, 724(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_183:
	lw	a3, 728(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_185
# %bb.184:
	lw	a4, 732(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_185:
	lw	a3, 736(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_187
# %bb.186:
	lw	a4, 740(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_187:
	lw	a3, 744(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_189
# %bb.188:
	lw	a4, 748(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_189:
	lw	a3, 752(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_191
# %bb.190:
	lw	a4, 756(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_191:
	lw	a3, 760(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_193
# %bb.192:
	lw	a4, 764(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_193:
	lw	a3, 768(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_195
# %bb.194:
	lw	a4, 772(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_195:
	lw	a3, 776(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_197
# %bb.196:
	lw	a4, 780(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_197:
	lw	a3, 784(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_199
# %bb.198:
	lw	a4, 788(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_199:
	lw	a3, 792(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_201
# %bb.200:
	lw	a4, 796(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_201:
	lw	a3, 800(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_203
# %bb.202:
	lw	a4, 804(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_203:
	lw	a3, 808(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_205
# %bb.204:
	lw	a4, 812(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_205:
	lw	a3, 816(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_207
# %bb.206:
	lw	a4, 820(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_207:
	lw	a3, 824(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_209
# %bb.208:
	lw	a4, 828(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_209:
	lw	a3, 832(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_211
# %bb.210:
	lw	a4, 836(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_211:
	lw	a3, 840(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_213
# %bb.212:
	lw	a4, 844(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_213:
	lw	a3, 848(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_215
# %bb.214:
	lw	a4, 852(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_215:
	lw	a3, 856(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_217
# %bb.216:
	lw	a4, 860(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_217:
	lw	a3, 864(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_219
# %bb.218:
	lw	a4, 868(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_219:
	lw	a3, 872(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_221
# %bb.220:
	lw	a4, 876(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_221:
	lw	a3, 880(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_223
# %bb.222:
	lw	a4, 884(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_223:
	lw	a3, 888(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_225
# %bb.224:
	lw	a4, 892(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_225:
	lw	a3, 896(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_227
# %bb.226:
	lw	a4, 900(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_227:
	lw	a3, 904(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_229
# %bb.228:
	lw	a4, 908(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_229:
	lw	a3, 912(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_231
# %bb.230:
	lw	a4, 916(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_231:
	lw	a3, 920(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_233
# %bb.232:
	lw	a4, 924(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_233:
	lw	a3, 928(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_235
# %bb.234:
	lw	a4, 932(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_235:
	lw	a3, 936(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_237
# %bb.236:
	lw	a4, 940(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_237:
	lw	a3, 944(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_239
# %bb.238:
	lw	a4, 948(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_239:
	lw	a3, 952(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_241
# %bb.240:
	lw	a4, 956(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_241:
	lw	a3, 960(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_243
# %bb.242:
	lw	a4, 964(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_243:
	lw	a3, 968(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_245
# %bb.244:
	lw	a4, 972(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_245:
	lw	a3, 976(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_247
# %bb.246:
	lw	a4, 980(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_247:
	lw	a3, 984(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_249
# %bb.248:
	lw	a4, 988(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_249:
	lw	a3, 992(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_251
# %bb.250:
	lw	a4, 996(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_251:
	lw	a3, 1000(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_253
# %bb.252:
	lw	a4, 1004(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_253:
	lw	a3, 1008(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_255
# %bb.254:
	lw	a4, 1012(a1)
	slli	a5, a0, 3
	add	a5, a2, a5
	sw	a3, 0(a5)
	sw	a4, 4(a5)
	addi	a0, a0, 1
.LBB1_255:
	lw	a3, 1016(a1)
	andi	a4, a3, 1
	beqz	a4, .LBB1_257
# %bb.256:
	lw	a1, 1020(a1)
	slli	a4, a0, 3
	add	a2, a2, a4
	sw	a3, 0(a2)
	sw	a1, 4(a2)
	addi	a0, a0, 1
.LBB1_257:
	ret
.Lfunc_end1:
	.size	select, .Lfunc_end1-select
                                        # -- End function
	.globl	handshake_sync                  # -- Begin function handshake_sync
	.p2align	2
	.type	handshake_sync,@function
handshake_sync:                         # @handshake_sync
# %bb.0:
	addi	sp, sp, -32
	sw	ra, 28(sp)                      # 4-byte Folded Spill
	sw	s0, 24(sp)                      # 4-byte Folded Spill
	sw	s1, 20(sp)                      # 4-byte Folded Spill
	sw	s2, 16(sp)                      # 4-byte Folded Spill
	sw	s3, 12(sp)                      # 4-byte Folded Spill
	sw	s4, 8(sp)                       # 4-byte Folded Spill
	mv	s0, a0
	slli	s2, a1, 2
	lui	s3, %hi(message)
	addi	s3, s3, %lo(message)
	beqz	a1, .LBB2_2
# %bb.1:
	addi	a0, a1, -1
	mv	s4, a1
	call	handshake_wait_for
	add	a0, s3, s2
	lw	s1, 0(a0)
	li	a0, 14
	bgeu	a0, s4, .LBB2_3
	j	.LBB2_4
.LBB2_2:
	li	s1, 0
.LBB2_3:
	add	s0, s1, s0
	add	s2, s2, s3
	sw	s0, 4(s2)
	call	handshake_notify
.LBB2_4:
	mv	a0, s1
	lw	ra, 28(sp)                      # 4-byte Folded Reload
	lw	s0, 24(sp)                      # 4-byte Folded Reload
	lw	s1, 20(sp)                      # 4-byte Folded Reload
	lw	s2, 16(sp)                      # 4-byte Folded Reload
	lw	s3, 12(sp)                      # 4-byte Folded Reload
	lw	s4, 8(sp)                       # 4-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end2:
	.size	handshake_sync, .Lfunc_end2-handshake_sync
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
	bnez	a0, .LBB3_2
# %bb.1:
	call	mem_reset
.LBB3_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	lw	s8, %lo(DPU_INPUT_ARGUMENTS)(a0)
	slli	s7, s0, 10
	li	a0, 1024
	call	mem_alloc
	mv	s1, a0
	li	a0, 1024
	call	mem_alloc
	li	a1, 15
	mv	s2, a0
	bne	s0, a1, .LBB3_4
# %bb.3:
	lui	a0, %hi(message_partial_count)
	sw	zero, %lo(message_partial_count)(a0)
.LBB3_4:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	bgeu	s7, s8, .LBB3_9
# %bb.5:
	slli	s11, s0, 2
	lui	a0, %hi(DPU_RESULTS)
	addi	a0, a0, %lo(DPU_RESULTS)
	lui	s6, %hi(__sys_used_mram_end)
	addi	s6, s6, %lo(__sys_used_mram_end)
	lui	s9, %hi(message_partial_count)
	add	s11, a0, s11
	mv	s10, s6
	add	s6, s6, s8
	lui	s3, 4
	j	.LBB3_7
.LBB3_6:                                #   in Loop: Header=BB3_7 Depth=1
	add	s7, s7, s3
	bgeu	s7, s8, .LBB3_9
.LBB3_7:                                # =>This Inner Loop Header: Depth=1
	add	a0, s7, s10
	#APP
	#DMA mram_read a0 -> s1
	#NO_APP
	mv	a0, s2
	mv	a1, s1
	call	select
	mv	s4, a0
	mv	a1, s0
	call	handshake_sync
	mv	s5, a0
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lw	a0, %lo(message_partial_count)(s9)
	add	a0, a0, s5
	slli	a0, a0, 3
	add	a0, a0, s6
	slli	a1, s4, 3
	#APP
	#DMA mram_write s2 -> a0
	#NO_APP
	li	a0, 15
	bne	s0, a0, .LBB3_6
# %bb.8:                                #   in Loop: Header=BB3_7 Depth=1
	lw	a0, %lo(message_partial_count)(s9)
	add	s4, s5, s4
	add	a0, s4, a0
	sw	a0, 0(s11)
	sw	a0, %lo(message_partial_count)(s9)
	j	.LBB3_6
.LBB3_9:
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
.Lfunc_end3:
	.size	main_kernel1, .Lfunc_end3-main_kernel1
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	2
	.type	main,@function
main:                                   # @main
# %bb.0:
	lui	a0, %hi(DPU_INPUT_ARGUMENTS+4)
	lw	a0, %lo(DPU_INPUT_ARGUMENTS+4)(a0)
	slli	a0, a0, 2
	lui	a1, %hi(kernels)
	addi	a1, a1, %lo(kernels)
	add	a0, a1, a0
	lw	t1, 0(a0)
	jr	t1
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	message,@object                 # @message
	.bss
	.globl	message
	.p2align	2, 0x0
message:
	.zero	64
	.size	message, 64

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
	.zero	8
	.size	DPU_INPUT_ARGUMENTS, 8

	.type	DPU_RESULTS,@object             # @DPU_RESULTS
	.globl	DPU_RESULTS
	.p2align	2, 0x0
DPU_RESULTS:
	.zero	64
	.size	DPU_RESULTS, 64

	.type	message_partial_count,@object   # @message_partial_count
	.globl	message_partial_count
	.p2align	2, 0x0
message_partial_count:
	.word	0                               # 0x0
	.size	message_partial_count, 4

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym DPU_RESULTS
	.addrsig_sym __sys_used_mram_end
