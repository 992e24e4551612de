	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"uni.c"
	.text
	.globl	unique                          # -- Begin function unique
	.p2align	2
	.type	unique,@function
unique:                                 # @unique
# %bb.0:
	lw	a3, 0(a1)
	lw	a4, 4(a1)
	sw	a3, 0(a0)
	sw	a4, 4(a0)
	lw	a2, 12(a1)
	lw	a5, 8(a1)
	xor	a6, a2, a4
	xor	a7, a5, a3
	or	a6, a7, a6
	bnez	a6, .LBB0_2
# %bb.1:
	li	a2, 1
	j	.LBB0_3
.LBB0_2:
	sw	a5, 8(a0)
	sw	a2, 12(a0)
	lw	a3, 8(a1)
	lw	a4, 12(a1)
	li	a2, 2
.LBB0_3:
	lw	a5, 20(a1)
	lw	a6, 16(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_5
# %bb.4:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 16(a1)
	lw	a4, 20(a1)
	addi	a2, a2, 1
.LBB0_5:
	lw	a5, 28(a1)
	lw	a6, 24(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_7
# %bb.6:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 24(a1)
	lw	a4, 28(a1)
	addi	a2, a2, 1
.LBB0_7:
	lw	a5, 36(a1)
	lw	a6, 32(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_9
# %bb.8:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 32(a1)
	lw	a4, 36(a1)
	addi	a2, a2, 1
.LBB0_9:
	lw	a5, 44(a1)
	lw	a6, 40(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_11
# %bb.10:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 40(a1)
	lw	a4, 44(a1)
	addi	a2, a2, 1
.LBB0_11:
	lw	a5, 52(a1)
	lw	a6, 48(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_13
# %bb.12:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 48(a1)
	lw	a4, 52(a1)
	addi	a2, a2, 1
.LBB0_13:
	lw	a5, 60(a1)
	lw	a6, 56(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_15
# %bb.14:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 56(a1)
	lw	a4, 60(a1)
	addi	a2, a2, 1
.LBB0_15:
	lw	a5, 68(a1)
	lw	a6, 64(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_17
# %bb.16:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 64(a1)
	lw	a4, 68(a1)
	addi	a2, a2, 1
.LBB0_17:
	lw	a5, 76(a1)
	lw	a6, 72(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_19
# %bb.18:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 72(a1)
	lw	a4, 76(a1)
	addi	a2, a2, 1
.LBB0_19:
	lw	a5, 84(a1)
	lw	a6, 80(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_21
# %bb.20:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 80(a1)
	lw	a4, 84(a1)
	addi	a2, a2, 1
.LBB0_21:
	lw	a5, 92(a1)
	lw	a6, 88(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_23
# %bb.22:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 88(a1)
	lw	a4, 92(a1)
	addi	a2, a2, 1
.LBB0_23:
	lw	a5, 100(a1)
	lw	a6, 96(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_25
# %bb.24:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 96(a1)
	lw	a4, 100(a1)
	addi	a2, a2, 1
.LBB0_25:
	lw	a5, 108(a1)
	lw	a6, 104(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_27
# %bb.26:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 104(a1)
	lw	a4, 108(a1)
	addi	a2, a2, 1
.LBB0_27:
	lw	a5, 116(a1)
	lw	a6, 112(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_29
# %bb.28:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 112(a1)
	lw	a4, 116(a1)
	addi	a2, a2, 1
.LBB0_29:
	lw	a5, 124(a1)
	lw	a6, 120(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_31
# %bb.30:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 120(a1)
	lw	a4, 124(a1)
	addi	a2, a2, 1
.LBB0_31:
	lw	a5, 132(a1)
	lw	a6, 128(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_33
# %bb.32:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 128(a1)
	lw	a4, 132(a1)
	addi	a2, a2, 1
.LBB0_33:
	lw	a5, 140(a1)
	lw	a6, 136(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_35
# %bb.34:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 136(a1)
	lw	a4, 140(a1)
	addi	a2, a2, 1
.LBB0_35:
	lw	a5, 148(a1)
	lw	a6, 144(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_37
# %bb.36:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 144(a1)
	lw	a4, 148(a1)
	addi	a2, a2, 1
.LBB0_37:
	lw	a5, 156(a1)
	lw	a6, 152(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_39
# %bb.38:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 152(a1)
	lw	a4, 156(a1)
	addi	a2, a2, 1
.LBB0_39:
	lw	a5, 164(a1)
	lw	a6, 160(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_41
# %bb.40:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 160(a1)
	lw	a4, 164(a1)
	addi	a2, a2, 1
.LBB0_41:
	lw	a5, 172(a1)
	lw	a6, 168(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_43
# %bb.42:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 168(a1)
	lw	a4, 172(a1)
	addi	a2, a2, 1
.LBB0_43:
	lw	a5, 180(a1)
	lw	a6, 176(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_45
# %bb.44:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 176(a1)
	lw	a4, 180(a1)
	addi	a2, a2, 1
.LBB0_45:
	lw	a5, 188(a1)
	lw	a6, 184(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_47
# %bb.46:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 184(a1)
	lw	a4, 188(a1)
	addi	a2, a2, 1
.LBB0_47:
	lw	a5, 196(a1)
	lw	a6, 192(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_49
# %bb.48:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 192(a1)
	lw	a4, 196(a1)
	addi	a2, a2, 1
.LBB0_49:
	lw	a5, 204(a1)
	lw	a6, 200(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_51
# %bb.50:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 200(a1)
	lw	a4, 204(a1)
	addi	a2, a2, 1
.LBB0_51:
	lw	a5, 212(a1)
	lw	a6, 208(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_53
# %bb.52:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 208(a1)
	lw	a4, 212(a1)
	addi	a2, a2, 1
.LBB0_53:
	lw	a5, 220(a1)
	lw	a6, 216(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_55
# %bb.54:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 216(a1)
	lw	a4, 220(a1)
	addi	a2, a2, 1
.LBB0_55:
	lw	a5, 228(a1)
	lw	a6, 224(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_57
# %bb.56:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 224(a1)
	lw	a4, 228(a1)
	addi	a2, a2, 1
.LBB0_57:
	lw	a5, 236(a1)
	lw	a6, 232(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_59
# %bb.58:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 232(a1)
	lw	a4, 236(a1)
	addi	a2, a2, 1
.LBB0_59:
	lw	a5, 244(a1)
	lw	a6, 240(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_61
# %bb.60:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 240(a1)
	lw	a4, 244(a1)
	addi	a2, a2, 1
.LBB0_61:
	lw	a5, 252(a1)
	lw	a6, 248(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_63
# %bb.62:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 248(a1)
	lw	a4, 252(a1)
	addi	a2, a2, 1
.LBB0_63:
	lw	a5, 260(a1)
	lw	a6, 256(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_65
# %bb.64:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 256(a1)
	lw	a4, 260(a1)
	addi	a2, a2, 1
.LBB0_65:
	lw	a5, 268(a1)
	lw	a6, 264(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_67
# %bb.66:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 264(a1)
	lw	a4, 268(a1)
	addi	a2, a2, 1
.LBB0_67:
	lw	a5, 276(a1)
	lw	a6, 272(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_69
# %bb.68:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 272(a1)
	lw	a4, 276(a1)
	addi	a2, a2, 1
.LBB0_69:
	lw	a5, 284(a1)
	lw	a6, 280(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_71
# %bb.70:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 280(a1)
	lw	a4, 284(a1)
	addi	a2, a2, 1
.LBB0_71:
	lw	a5, 292(a1)
	lw	a6, 288(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_73
# %bb.72:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 288(a1)
	lw	a4, 292(a1)
	addi	a2, a2, 1
.LBB0_73:
	lw	a5, 300(a1)
	lw	a6, 296(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_75
# %bb.74:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 296(a1)
	lw	a4, 300(a1)
	addi	a2, a2, 1
.LBB0_75:
	lw	a5, 308(a1)
	lw	a6, 304(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_77
# %bb.76:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 304(a1)
	lw	a4, 308(a1)
	addi	a2, a2, 1
.LBB0_77:
	lw	a5, 316(a1)
	lw	a6, 312(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_79
# %bb.78:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 312(a1)
	lw	a4, 316(a1)
	addi	a2, a2, 1
.LBB0_79:
	lw	a5, 324(a1)
	lw	a6, 320(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_81
# %bb.80:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 320(a1)
	lw	a4, 324(a1)
	addi	a2, a2, 1
.LBB0_81:
	lw	a5, 332(a1)
	lw	a6, 328(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_83
# %bb.82:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 328(a1)
	lw	a4, 332(a1)
	addi	a2, a2, 1
.LBB0_83:
	lw	a5, 340(a1)
	lw	a6, 336(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_85
# %bb.84:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 336(a1)
	lw	a4, 340(a1)
	addi	a2, a2, 1
.LBB0_85:
	lw	a5, 348(a1)
	lw	a6, 344(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_87
# %bb.86:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 344(a1)
	lw	a4, 348(a1)
	addi	a2, a2, 1
.LBB0_87:
	lw	a5, 356(a1)
	lw	a6, 352(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_89
# %bb.88:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 352(a1)
	lw	a4, 356(a1)
	addi	a2, a2, 1
.LBB0_89:
	lw	a5, 364(a1)
	lw	a6, 360(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_91
# %bb.90:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 360(a1)
	lw	a4, 364(a1)
	addi	a2, a2, 1
.LBB0_91:
	lw	a5, 372(a1)
	lw	a6, 368(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_93
# %bb.92:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 368(a1)
	lw	a4, 372(a1)
	addi	a2, a2, 1
.LBB0_93:
	lw	a5, 380(a1)
	lw	a6, 376(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_95
# %bb.94:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 376(a1)
	lw	a4, 380(a1)
	addi	a2, a2, 1
.LBB0_95:
	lw	a5, 388(a1)
	lw	a6, 384(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_97
# %bb.96:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 384(a1)
	lw	a4, 388(a1)
	addi	a2, a2, 1
.LBB0_97:
	lw	a5, 396(a1)
	lw	a6, 392(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_99
# %bb.98:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 392(a1)
	lw	a4, 396(a1)
	addi	a2, a2, 1
.LBB0_99:
	lw	a5, 404(a1)
	lw	a6, 400(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_101
# %bb.100:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 400(a1)
	lw	a4, 404(a1)
	addi	a2, a2, 1
.LBB0_101:
	lw	a5, 412(a1)
	lw	a6, 408(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_103
# %bb.102:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 408(a1)
	lw	a4, 412(a1)
	addi	a2, a2, 1
.LBB0_103:
	lw	a5, 420(a1)
	lw	a6, 416(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_105
# %bb.104:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 416(a1)
	lw	a4, 420(a1)
	addi	a2, a2, 1
.LBB0_105:
	lw	a5, 428(a1)
	lw	a6, 424(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_107
# %bb.106:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 424(a1)
	lw	a4, 428(a1)
	addi	a2, a2, 1
.LBB0_107:
	lw	a5, 436(a1)
	lw	a6, 432(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_109
# %bb.108:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 432(a1)
	lw	a4, 436(a1)
	addi	a2, a2, 1
.LBB0_109:
	lw	a5, 444(a1)
	lw	a6, 440(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_111
# %bb.110:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 440(a1)
	lw	a4, 444(a1)
	addi	a2, a2, 1
.LBB0_111:
	lw	a5, 452(a1)
	lw	a6, 448(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_113
# %bb.112:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 448(a1)
	lw	a4, 452(a1)
	addi	a2, a2, 1
.LBB0_113:
	lw	a5, 460(a1)
	lw	a6, 456(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_115
# %bb.114:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 456(a1)
	lw	a4, 460(a1)
	addi	a2, a2, 1
.LBB0_115:
	lw	a5, 468(a1)
	lw	a6, 464(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_117
# %bb.116:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 464(a1)
	lw	a4, 468(a1)
	addi	a2, a2, 1
.LBB0_117:
	lw	a5, 476(a1)
	lw	a6, 472(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_119
# %bb.118:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 472(a1)
	lw	a4, 476(a1)
	addi	a2, a2, 1
.LBB0_119:
	lw	a5, 484(a1)
	lw	a6, 480(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_121
# %bb.120:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 480(a1)
	lw	a4, 484(a1)
	addi	a2, a2, 1
.LBB0_121:
	lw	a5, 492(a1)
	lw	a6, 488(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_123
# %bb.122:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 488(a1)
	lw	a4, 492(a1)
	addi	a2, a2, 1
.LBB0_123:
	lw	a5, 500(a1)
	lw	a6, 496(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_125
# %bb.124:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 496(a1)
	lw	a4, 500(a1)
	addi	a2, a2, 1
.LBB0_125:
	lw	a5, 508(a1)
	lw	a6, 504(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_127
# %bb.126:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 504(a1)
	lw	a4, 508(a1)
	addi	a2, a2, 1
.LBB0_127:
	lw	a5, 516(a1)
	lw	a6, 512(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_129
# %bb.128:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 512(a1)
	lw	a4, 516(a1)
	addi	a2, a2, 1
.LBB0_129:
	lw	a5, 524(a1)
	lw	a6, 520(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_131
# %bb.130:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 520(a1)
	lw	a4, 524(a1)
	addi	a2, a2, 1
.LBB0_131:
	lw	a5, 532(a1)
	lw	a6, 528(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_133
# %bb.132:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 528(a1)
	lw	a4, 532(a1)
	addi	a2, a2, 1
.LBB0_133:
	lw	a5, 540(a1)
	lw	a6, 536(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_135
# %bb.134:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 536(a1)
	lw	a4, 540(a1)
	addi	a2, a2, 1
.LBB0_135:
	lw	a5, 548(a1)
	lw	a6, 544(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_137
# %bb.136:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 544(a1)
	lw	a4, 548(a1)
	addi	a2, a2, 1
.LBB0_137:
	lw	a5, 556(a1)
	lw	a6, 552(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_139
# %bb.138:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 552(a1)
	lw	a4, 556(a1)
	addi	a2, a2, 1
.LBB0_139:
	lw	a5, 564(a1)
	lw	a6, 560(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_141
# %bb.140:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 560(a1)
	lw	a4, 564(a1)
	addi	a2, a2, 1
.LBB0_141:
	lw	a5, 572(a1)
	lw	a6, 568(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_143
# %bb.142:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 568(a1)
	lw	a4, 572(a1)
	addi	a2, a2, 1
.LBB0_143:
	lw	a5, 580(a1)
	lw	a6, 576(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_145
# %bb.144:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 576(a1)
	lw	a4, 580(a1)
	addi	a2, a2, 1
.LBB0_145:
	lw	a5, 588(a1)
	lw	a6, 584(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_147
# %bb.146:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 584(a1)
	lw	a4, 588(a1)
	addi	a2, a2, 1
.LBB0_147:
	lw	a5, 596(a1)
	lw	a6, 592(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_149
# %bb.148:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 592(a1)
	lw	a4, 596(a1)
	addi	a2, a2, 1
.LBB0_149:
	lw	a5, 604(a1)
	lw	a6, 600(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_151
# %bb.150:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 600(a1)
	lw	a4, 604(a1)
	addi	a2, a2, 1
.LBB0_151:
	lw	a5, 612(a1)
	lw	a6, 608(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_153
# %bb.152:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 608(a1)
	lw	a4, 612(a1)
	addi	a2, a2, 1
.LBB0_153:
	lw	a5, 620(a1)
	lw	a6, 616(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_155
# %bb.154:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 616(a1)
	lw	a4, 620(a1)
	addi	a2, a2, 1
.LBB0_155:
	lw	a5, 628(a1)
	lw	a6, 624(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_157
# %bb.156:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 624(a1)
	lw	a4, 628(a1)
	addi	a2, a2, 1
.LBB0_157:
	lw	a5, 636(a1)
	lw	a6, 632(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_159
# %bb.158:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 632(a1)
	lw	a4, 636(a1)
	addi	a2, a2, 1
.LBB0_159:
	lw	a5, 644(a1)
	lw	a6, 640(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_161
# %bb.160:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 640(a1)
	lw	a4, 644(a1)
	addi	a2, a2, 1
.LBB0_161:
	lw	a5, 652(a1)
	lw	a6, 648(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_163
# %bb.162:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 648(a1)
	lw	a4, 652(a1)
	addi	a2, a2, 1
.LBB0_163:
	lw	a5, 660(a1)
	lw	a6, 656(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_165
# %bb.164:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 656(a1)
	lw	a4, 660(a1)
	addi	a2, a2, 1
.LBB0_165:
	lw	a5, 668(a1)
	lw	a6, 664(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_167
# %bb.166:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 664(a1)
	lw	a4, 668(a1)
	addi	a2, a2, 1
.LBB0_167:
	lw	a5, 676(a1)
	lw	a6, 672(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_169
# %bb.168:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 672(a1)
	lw	a4, 676(a1)
	addi	a2, a2, 1
.LBB0_169:
	lw	a5, 684(a1)
	lw	a6, 680(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_171
# %bb.170:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 680(a1)
	lw	a4, 684(a1)
	addi	a2, a2, 1
.LBB0_171:
	lw	a5, 692(a1)
	lw	a6, 688(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_173
# %bb.172:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 688(a1)
	lw	a4, 692(a1)
	addi	a2, a2, 1
.LBB0_173:
	lw	a5, 700(a1)
	lw	a6, 696(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_175
# %bb.174:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 696(a1)
	lw	a4, 700(a1)
	addi	a2, a2, 1
.LBB0_175:
	lw	a5, 708(a1)
	lw	a6, 704(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_177
# %bb.176:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 704(a1)
	lw	a4, 708(a1)
	addi	a2, a2, 1
.LBB0_177:
	lw	a5, 716(a1)
	lw	a6, 712(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_179
# %bb.178:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 712(a1)
	lw	a4, 716(a1)
	addi	a2, a2, 1
.LBB0_179:
	lw	a5, 724(a1)
	lw	a6, 720(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_181
# %bb.180:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 720(a1)
	lw	a4, 724(a1)
	addi	a2, a2, 1
.LBB0_181:
	lw	a5, 732(a1)
	lw	a6, 728(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_183
# %bb.182:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 728(a1)
	lw	a4, 732(a1)
	addi	a2, a2, 1
.LBB0_183:
	lw	a5, 740(a1)
	lw	a6, 736(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_185
# %bb.184:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 736(a1)
	lw	a4, 740(a1)
	addi	a2, a2, 1
.LBB0_185:
	lw	a5, 748(a1)
	lw	a6, 744(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_187
# %bb.186:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 744(a1)
	lw	a4, 748(a1)
	addi	a2, a2, 1
.LBB0_187:
	lw	a5, 756(a1)
	lw	a6, 752(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_189
# %bb.188:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 752(a1)
	lw	a4, 756(a1)
	addi	a2, a2, 1
.LBB0_189:
	lw	a5, 764(a1)
	lw	a6, 760(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_191
# %bb.190:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 760(a1)
	lw	a4, 764(a1)
	addi	a2, a2, 1
.LBB0_191:
	lw	a5, 772(a1)
	lw	a6, 768(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_193
# %bb.192:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 768(a1)
	lw	a4, 772(a1)
	addi	a2, a2, 1
.LBB0_193:
	lw	a5, 780(a1)
	lw	a6, 776(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_195
# %bb.194:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 776(a1)
	lw	a4, 780(a1)
	addi	a2, a2, 1
.LBB0_195:
	lw	a5, 788(a1)
	lw	a6, 784(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_197
# %bb.196:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 784(a1)
	lw	a4, 788(a1)
	addi	a2, a2, 1
.LBB0_197:
	lw	a5, 796(a1)
	lw	a6, 792(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_199
# %bb.198:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 792(a1)
	lw	a4, 796(a1)
	addi	a2, a2, 1
.LBB0_199:
	lw	a5, 804(a1)
	lw	a6, 800(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_201
# %bb.200:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 800(a1)
	lw	a4, 804(a1)
	addi	a2, a2, 1
.LBB0_201:
	lw	a5, 812(a1)
	lw	a6, 808(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_203
# %bb.202:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 808(a1)
	lw	a4, 812(a1)
	addi	a2, a2, 1
.LBB0_203:
	lw	a5, 820(a1)
	lw	a6, 816(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_205
# %bb.204:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 816(a1)
	lw	a4, 820(a1)
	addi	a2, a2, 1
.LBB0_205:
	lw	a5, 828(a1)
	lw	a6, 824(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_207
# %bb.206:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 824(a1)
	lw	a4, 828(a1)
	addi	a2, a2, 1
.LBB0_207:
	lw	a5, 836(a1)
	lw	a6, 832(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_209
# %bb.208:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 832(a1)
	lw	a4, 836(a1)
	addi	a2, a2, 1
.LBB0_209:
	lw	a5, 844(a1)
	lw	a6, 840(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_211
# %bb.210:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 840(a1)
	lw	a4, 844(a1)
	addi	a2, a2, 1
.LBB0_211:
	lw	a5, 852(a1)
	lw	a6, 848(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_213
# %bb.212:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 848(a1)
	lw	a4, 852(a1)
	addi	a2, a2, 1
.LBB0_213:
	lw	a5, 860(a1)
	lw	a6, 856(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_215
# %bb.214:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 856(a1)
	lw	a4, 860(a1)
	addi	a2, a2, 1
.LBB0_215:
	lw	a5, 868(a1)
	lw	a6, 864(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_217
# %bb.216:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 864(a1)
	lw	a4, 868(a1)
	addi	a2, a2, 1
.LBB0_217:
	lw	a5, 876(a1)
	lw	a6, 872(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_219
# %bb.218:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 872(a1)
	lw	a4, 876(a1)
	addi	a2, a2, 1
.LBB0_219:
	lw	a5, 884(a1)
	lw	a6, 880(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_221
# %bb.220:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 880(a1)
	lw	a4, 884(a1)
	addi	a2, a2, 1
.LBB0_221:
	lw	a5, 892(a1)
	lw	a6, 888(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_223
# %bb.222:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 888(a1)
	lw	a4, 892(a1)
	addi	a2, a2, 1
.LBB0_223:
	lw	a5, 900(a1)
	lw	a6, 896(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_225
# %bb.224:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 896(a1)
	lw	a4, 900(a1)
	addi	a2, a2, 1
.LBB0_225:
	lw	a5, 908(a1)
	lw	a6, 904(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_227
# %bb.226:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 904(a1)
	lw	a4, 908(a1)
	addi	a2, a2, 1
.LBB0_227:
	lw	a5, 916(a1)
	lw	a6, 912(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_229
# %bb.228:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 912(a1)
	lw	a4, 916(a1)
	addi	a2, a2, 1
.LBB0_229:
	lw	a5, 924(a1)
	lw	a6, 920(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_231
# %bb.230:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 920(a1)
	lw	a4, 924(a1)
	addi	a2, a2, 1
.LBB0_231:
	lw	a5, 932(a1)
	lw	a6, 928(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_233
# %bb.232:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 928(a1)
	lw	a4, 932(a1)
	addi	a2, a2, 1
.LBB0_233:
	lw	a5, 940(a1)
	lw	a6, 936(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_235
# %bb.234:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 936(a1)
	lw	a4, 940(a1)
	addi	a2, a2, 1
.LBB0_235:
	lw	a5, 948(a1)
	lw	a6, 944(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_237
# %bb.236:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 944(a1)
	lw	a4, 948(a1)
	addi	a2, a2, 1
.LBB0_237:
	lw	a5, 956(a1)
	lw	a6, 952(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_239
# %bb.238:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 952(a1)
	lw	a4, 956(a1)
	addi	a2, a2, 1
.LBB0_239:
	lw	a5, 964(a1)
	lw	a6, 960(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_241
# %bb.240:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 960(a1)
	lw	a4, 964(a1)
	addi	a2, a2, 1
.LBB0_241:
	lw	a5, 972(a1)
	lw	a6, 968(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_243
# %bb.242:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 968(a1)
	lw	a4, 972(a1)
	addi	a2, a2, 1
.LBB0_243:
	lw	a5, 980(a1)
	lw	a6, 976(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_245
# %bb.244:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 976(a1)
	lw	a4, 980(a1)
	addi	a2, a2, 1
.LBB0_245:
	lw	a5, 988(a1)
	lw	a6, 984(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_247
# %bb.246:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 984(a1)
	lw	a4, 988(a1)
	addi	a2, a2, 1
.LBB0_247:
	lw	a5, 996(a1)
	lw	a6, 992(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_249
# %bb.248:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 992(a1)
	lw	a4, 996(a1)
	addi	a2, a2, 1
.LBB0_249:
	lw	a5, 1004(a1)
	lw	a6, 1000(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_251
# %bb.250:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 1000(a1)
	lw	a4, 1004(a1)
	addi	a2, a2, 1
.LBB0_251:
	lw	a5, 1012(a1)
	lw	a6, 1008(a1)
	xor	a7, a5, a4
	xor	t0, a6, a3
	or	a7, t0, a7
	beqz	a7, .LBB0_253
# %bb.252:
	slli	a3, a2, 3
	add	a3, a0, a3
	sw	a6, 0(a3)
	sw	a5, 4(a3)
	lw	a3, 1008(a1)
	lw	a4, 1012(a1)
	addi	a2, a2, 1
.LBB0_253:
	lw	a5, 1020(a1)
	lw	a1, 1016(a1)
	xor	a4, a5, a4
	xor	a3, a1, a3
	or	a3, a3, a4
	beqz	a3, .LBB0_255
# %bb.254:
	slli	a3, a2, 3
	add	a0, a0, a3
	sw	a1, 0(a0)
	sw	a5, 4(a0)
	addi	a2, a2, 1
.LBB0_255:
	mv	a0, a2
	ret
.Lfunc_end0:
	.size	unique, .Lfunc_end0-unique
                                        # -- End function
	.globl	handshake_sync                  # -- Begin function handshake_sync
	.p2align	2
	.type	handshake_sync,@function
handshake_sync:                         # @handshake_sync
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
	mv	s2, a2
	mv	s1, a1
	mv	s0, a0
	slli	s7, a3, 2
	lui	s3, %hi(.L_MergedGlobals)
	addi	s3, s3, %lo(.L_MergedGlobals)
	slli	s4, a3, 3
	beqz	a3, .LBB1_2
# %bb.1:
	addi	a0, a3, -1
	mv	s9, a3
	call	handshake_wait_for
	add	a0, s3, s4
	lw	a1, 0(s1)
	lw	a2, 4(s1)
	lw	a3, 144(a0)
	lw	a0, 148(a0)
	add	a4, s3, s7
	lw	s5, 16(a4)
	lw	s6, 80(a4)
	xor	a0, a0, a2
	xor	a1, a3, a1
	or	a0, a1, a0
	li	a1, 14
	seqz	s8, a0
	bgeu	a1, s9, .LBB1_3
	j	.LBB1_4
.LBB1_2:
	li	s6, 0
	li	s5, 0
	lw	a0, 8(s3)
	lw	a1, 12(s3)
	lw	a2, 4(s1)
	lw	a3, 0(s1)
	xor	a1, a1, a2
	xor	a0, a0, a3
	or	a0, a0, a1
	seqz	s8, a0
.LBB1_3:
	add	a0, s5, s2
	add	s7, s3, s7
	slli	s2, s2, 3
	add	s3, s3, s4
	add	s1, s1, s2
	lw	a1, -8(s1)
	lw	a2, -4(s1)
	add	a3, s6, s8
	sw	a0, 20(s7)
	sw	a1, 152(s3)
	sw	a2, 156(s3)
	sw	a3, 84(s7)
	call	handshake_notify
.LBB1_4:
	sw	s5, 0(s0)
	sw	s6, 4(s0)
	sw	s8, 8(s0)
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
	addi	sp, sp, 48
	ret
.Lfunc_end1:
	.size	handshake_sync, .Lfunc_end1-handshake_sync
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
	bnez	a0, .LBB2_2
# %bb.1:
	call	mem_reset
.LBB2_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	lw	s11, %lo(DPU_INPUT_ARGUMENTS)(a0)
	slli	s6, s0, 10
	li	a0, 1024
	call	mem_alloc
	mv	s1, a0
	li	a0, 1024
	call	mem_alloc
	li	a1, 15
	mv	s2, a0
	bne	s0, a1, .LBB2_4
# %bb.3:
	lui	a0, %hi(.L_MergedGlobals)
	li	a1, -1
	sw	zero, %lo(.L_MergedGlobals)(a0)
	addi	a0, a0, %lo(.L_MergedGlobals)
	sw	a1, 8(a0)
	sw	zero, 12(a0)
.LBB2_4:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	bgeu	s6, s11, .LBB2_11
# %bb.5:
	li	s7, 0
	slli	a0, s0, 3
	slli	a1, s0, 5
	lui	s8, %hi(DPU_RESULTS)
	addi	s8, s8, %lo(DPU_RESULTS)
	lui	s5, %hi(__sys_used_mram_end)
	addi	s5, s5, %lo(__sys_used_mram_end)
	lui	s9, %hi(.L_MergedGlobals)
	sub	a1, a1, a0
	add	s5, s5, s11
	add	s8, s8, a1
	addi	s10, s9, %lo(.L_MergedGlobals)
	j	.LBB2_8
.LBB2_6:                                #   in Loop: Header=BB2_8 Depth=1
	lw	a0, 0(s2)
	lw	a1, 4(s2)
	sw	a0, 8(s8)
	sw	a1, 12(s8)
.LBB2_7:                                #   in Loop: Header=BB2_8 Depth=1
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	a0, 4
	add	s6, s6, a0
	addi	s7, s7, -1
	bgeu	s6, s11, .LBB2_11
.LBB2_8:                                # =>This Inner Loop Header: Depth=1
	lui	a0, %hi(__sys_used_mram_end)
	addi	a0, a0, %lo(__sys_used_mram_end)
	add	a0, s6, a0
	#APP
	#DMA mram_read a0 -> s1
	#NO_APP
	or	s3, s0, s7
	mv	a0, s2
	mv	a1, s1
	call	unique
	mv	s4, a0
	mv	a0, sp
	mv	a1, s2
	mv	a2, s4
	mv	a3, s0
	call	handshake_sync
	lw	a3, %lo(.L_MergedGlobals)(s9)
	lw	a0, 8(sp)
	lw	a1, 0(sp)
	lw	a2, 4(sp)
	slli	a4, a0, 3
	add	a3, a1, a3
	add	a4, s2, a4
	sub	a3, a3, a2
	slli	a3, a3, 3
	add	a5, a3, s5
	slli	a3, s4, 3
	#APP
	#DMA mram_write a4 -> a5
	#NO_APP
	beqz	s3, .LBB2_6
# %bb.9:                                #   in Loop: Header=BB2_8 Depth=1
	li	a4, 15
	bne	s0, a4, .LBB2_7
# %bb.10:                               #   in Loop: Header=BB2_8 Depth=1
	add	a3, s2, a3
	lw	a4, %lo(.L_MergedGlobals)(s9)
	add	a1, s4, a1
	add	a0, a0, a2
	lw	a2, -8(a3)
	lw	a3, -4(a3)
	sub	a1, a1, a0
	add	a1, a1, a4
	sw	a2, 8(s10)
	sw	a3, 12(s10)
	sw	a1, 0(s8)
	sw	a2, 16(s8)
	sw	a3, 20(s8)
	sw	a1, %lo(.L_MergedGlobals)(s9)
	j	.LBB2_7
.LBB2_11:
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
.Lfunc_end2:
	.size	main_kernel1, .Lfunc_end2-main_kernel1
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
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
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
	.zero	8
	.size	DPU_INPUT_ARGUMENTS, 8

	.type	DPU_RESULTS,@object             # @DPU_RESULTS
	.globl	DPU_RESULTS
	.p2align	3, 0x0
DPU_RESULTS:
	.zero	384
	.size	DPU_RESULTS, 384

	.type	.L_MergedGlobals,@object        # @_MergedGlobals
	.local	.L_MergedGlobals
	.comm	.L_MergedGlobals,272,8
	.globl	message_partial_count
message_partial_count = .L_MergedGlobals
	.size	message_partial_count, 4
	.globl	message_last_from_last
message_last_from_last = .L_MergedGlobals+8
	.size	message_last_from_last, 8
	.globl	message
message = .L_MergedGlobals+16
	.size	message, 64
	.globl	message_offset
message_offset = .L_MergedGlobals+80
	.size	message_offset, 64
	.globl	message_value
message_value = .L_MergedGlobals+144
	.size	message_value, 128
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym DPU_RESULTS
	.addrsig_sym __sys_used_mram_end
	.addrsig_sym .L_MergedGlobals
