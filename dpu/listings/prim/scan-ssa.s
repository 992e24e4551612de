	.attribute	4, 16
	.attribute	5, "rv32i2p1"
	.file	"scan-ssa.c"
	.text
	.globl	scan                            # -- Begin function scan
	.p2align	2
	.type	scan,@function
scan:                                   # @scan
# %bb.0:
	lw	a2, 0(a1)
	lw	a3, 4(a1)
	sw	a2, 0(a0)
	sw	a3, 4(a0)
	lw	a4, 12(a1)
	lw	a5, 8(a1)
	add	a3, a4, a3
	add	a2, a5, a2
	sltu	a4, a2, a5
	add	a3, a3, a4
	sw	a2, 8(a0)
	sw	a3, 12(a0)
	lw	a4, 20(a1)
	lw	a5, 16(a1)
	add	a3, a4, a3
	add	a2, a5, a2
	sltu	a4, a2, a5
	add	a3, a3, a4
	sw	a2, 16(a0)
	sw	a3, 20(a0)
	lw	a4, 24(a1)
	lw	a5, 28(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 24(a0)
	sw	a3, 28(a0)
	lw	a4, 32(a1)
	lw	a5, 36(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 32(a0)
	sw	a3, 36(a0)
	lw	a4, 40(a1)
	lw	a5, 44(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 40(a0)
	sw	a3, 44(a0)
	lw	a4, 48(a1)
	lw	a5, 52(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 48(a0)
	sw	a3, 52(a0)
	lw	a4, 56(a1)
	lw	a5, 60(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 56(a0)
	sw	a3, 60(a0)
	lw	a4, 64(a1)
	lw	a5, 68(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 64(a0)
	sw	a3, 68(a0)
	lw	a4, 72(a1)
	lw	a5, 76(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 72(a0)
	sw	a3, 76(a0)
	lw	a4, 80(a1)
	lw	a5, 84(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 80(a0)
	sw	a3, 84(a0)
	lw	a4, 88(a1)
	lw	a5, 92(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 88(a0)
	sw	a3, 92(a0)
	lw	a4, 96(a1)
	lw	a5, 100(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 96(a0)
	sw	a3, 100(a0)
	lw	a4, 104(a1)
	lw	a5, 108(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 104(a0)
	sw	a3, 108(a0)
	lw	a4, 112(a1)
	lw	a5, 116(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 112(a0)
	sw	a3, 116(a0)
	lw	a4, 120(a1)
	lw	a5, 124(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 120(a0)
	sw	a3, 124(a0)
	lw	a4, 128(a1)
	lw	a5, 132(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 128(a0)
	sw	a3, 132(a0)
	lw	a4, 136(a1)
	lw	a5, 140(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 136(a0)
	sw	a3, 140(a0)
	lw	a4, 144(a1)
	lw	a5, 148(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 144(a0)
	sw	a3, 148(a0)
	lw	a4, 152(a1)
	lw	a5, 156(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 152(a0)
	sw	a3, 156(a0)
	lw	a4, 160(a1)
	lw	a5, 164(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 160(a0)
	sw	a3, 164(a0)
	lw	a4, 168(a1)
	lw	a5, 172(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 168(a0)
	sw	a3, 172(a0)
	lw	a4, 176(a1)
	lw	a5, 180(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 176(a0)
	sw	a3, 180(a0)
	lw	a4, 184(a1)
	lw	a5, 188(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 184(a0)
	sw	a3, 188(a0)
	lw	a4, 192(a1)
	lw	a5, 196(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 192(a0)
	sw	a3, 196(a0)
	lw	a4, 200(a1)
	lw	a5, 204(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 200(a0)
	sw	a3, 204(a0)
	lw	a4, 208(a1)
	lw	a5, 212(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 208(a0)
	sw	a3, 212(a0)
	lw	a4, 216(a1)
	lw	a5, 220(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 216(a0)
	sw	a3, 220(a0)
	lw	a4, 224(a1)
	lw	a5, 228(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 224(a0)
	sw	a3, 228(a0)
	lw	a4, 232(a1)
	lw	a5, 236(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 232(a0)
	sw	a3, 236(a0)
	lw	a4, 240(a1)
	lw	a5, 244(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 240(a0)
	sw	a3, 244(a0)
	lw	a4, 248(a1)
	lw	a5, 252(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 248(a0)
	sw	a3, 252(a0)
	lw	a4, 256(a1)
	lw	a5, 260(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 256(a0)
	sw	a3, 260(a0)
	lw	a4, 264(a1)
	lw	a5, 268(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 264(a0)
	sw	a3, 268(a0)
	lw	a4, 272(a1)
	lw	a5, 276(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 272(a0)
	sw	a3, 276(a0)
	lw	a4, 280(a1)
	lw	a5, 284(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 280(a0)
	sw	a3, 284(a0)
	lw	a4, 288(a1)
	lw	a5, 292(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 288(a0)
	sw	a3, 292(a0)
	lw	a4, 296(a1)
	lw	a5, 300(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 296(a0)
	sw	a3, 300(a0)
	lw	a4, 304(a1)
	lw	a5, 308(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 304(a0)
	sw	a3, 308(a0)
	lw	a4, 312(a1)
	lw	a5, 316(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 312(a0)
	sw	a3, 316(a0)
	lw	a4, 320(a1)
	lw	a5, 324(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 320(a0)
	sw	a3, 324(a0)
	lw	a4, 328(a1)
	lw	a5, 332(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 328(a0)
	sw	a3, 332(a0)
	lw	a4, 336(a1)
	lw	a5, 340(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 336(a0)
	sw	a3, 340(a0)
	lw	a4, 344(a1)
	lw	a5, 348(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 344(a0)
	sw	a3, 348(a0)
	lw	a4, 352(a1)
	lw	a5, 356(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 352(a0)
	sw	a3, 356(a0)
	lw	a4, 360(a1)
	lw	a5, 364(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 360(a0)
	sw	a3, 364(a0)
	lw	a4, 368(a1)
	lw	a5, 372(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 368(a0)
	sw	a3, 372(a0)
	lw	a4, 376(a1)
	lw	a5, 380(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 376(a0)
	sw	a3, 380(a0)
	lw	a4, 384(a1)
	lw	a5, 388(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 384(a0)
	sw	a3, 388(a0)
	lw	a4, 392(a1)
	lw	a5, 396(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 392(a0)
	sw	a3, 396(a0)
	lw	a4, 400(a1)
	lw	a5, 404(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 400(a0)
	sw	a3, 404(a0)
	lw	a4, 408(a1)
	lw	a5, 412(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 408(a0)
	sw	a3, 412(a0)
	lw	a4, 416(a1)
	lw	a5, 420(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 416(a0)
	sw	a3, 420(a0)
	lw	a4, 424(a1)
	lw	a5, 428(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 424(a0)
	sw	a3, 428(a0)
	lw	a4, 432(a1)
	lw	a5, 436(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 432(a0)
	sw	a3, 436(a0)
	lw	a4, 440(a1)
	lw	a5, 444(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 440(a0)
	sw	a3, 444(a0)
	lw	a4, 448(a1)
	lw	a5, 452(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 448(a0)
	sw	a3, 452(a0)
	lw	a4, 456(a1)
	lw	a5, 460(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 456(a0)
	sw	a3, 460(a0)
	lw	a4, 464(a1)
	lw	a5, 468(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 464(a0)
	sw	a3, 468(a0)
	lw	a4, 472(a1)
	lw	a5, 476(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 472(a0)
	sw	a3, 476(a0)
	lw	a4, 480(a1)
	lw	a5, 484(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 480(a0)
	sw	a3, 484(a0)
	lw	a4, 488(a1)
	lw	a5, 492(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 488(a0)
	sw	a3, 492(a0)
	lw	a4, 496(a1)
	lw	a5, 500(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 496(a0)
	sw	a3, 500(a0)
	lw	a4, 504(a1)
	lw	a5, 508(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 504(a0)
	sw	a3, 508(a0)
	lw	a4, 512(a1)
	lw	a5, 516(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 512(a0)
	sw	a3, 516(a0)
	lw	a4, 520(a1)
	lw	a5, 524(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 520(a0)
	sw	a3, 524(a0)
	lw	a4, 528(a1)
	lw	a5, 532(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 528(a0)
	sw	a3, 532(a0)
	lw	a4, 536(a1)
	lw	a5, 540(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 536(a0)
	sw	a3, 540(a0)
	lw	a4, 544(a1)
	lw	a5, 548(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 544(a0)
	sw	a3, 548(a0)
	lw	a4, 552(a1)
	lw	a5, 556(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 552(a0)
	sw	a3, 556(a0)
	lw	a4, 560(a1)
	lw	a5, 564(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 560(a0)
	sw	a3, 564(a0)
	lw	a4, 568(a1)
	lw	a5, 572(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 568(a0)
	sw	a3, 572(a0)
	lw	a4, 576(a1)
	lw	a5, 580(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 576(a0)
	sw	a3, 580(a0)
	lw	a4, 584(a1)
	lw	a5, 588(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 584(a0)
	sw	a3, 588(a0)
	lw	a4, 592(a1)
	lw	a5, 596(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 592(a0)
	sw	a3, 596(a0)
	lw	a4, 600(a1)
	lw	a5, 604(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 600(a0)
	sw	a3, 604(a0)
	lw	a4, 608(a1)
	lw	a5, 612(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 608(a0)
	sw	a3, 612(a0)
	lw	a4, 616(a1)
	lw	a5, 620(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 616(a0)
	sw	a3, 620(a0)
	lw	a4, 624(a1)
	lw	a5, 628(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 624(a0)
	sw	a3, 628(a0)
	lw	a4, 632(a1)
	lw	a5, 636(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 632(a0)
	sw	a3, 636(a0)
	lw	a4, 640(a1)
	lw	a5, 644(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 640(a0)
	sw	a3, 644(a0)
	lw	a4, 648(a1)
	lw	a5, 652(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 648(a0)
	sw	a3, 652(a0)
	lw	a4, 656(a1)
	lw	a5, 660(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 656(a0)
	sw	a3, 660(a0)
	lw	a4, 664(a1)
	lw	a5, 668(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 664(a0)
	sw	a3, 668(a0)
	lw	a4, 672(a1)
	lw	a5, 676(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 672(a0)
	sw	a3, 676(a0)
	lw	a4, 680(a1)
	lw	a5, 684(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 680(a0)
	sw	a3, 684(a0)
	lw	a4, 688(a1)
	lw	a5, 692(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 688(a0)
	sw	a3, 692(a0)
	lw	a4, 696(a1)
	lw	a5, 700(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 696(a0)
	sw	a3, 700(a0)
	lw	a4, 704(a1)
	lw	a5, 708(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 704(a0)
	sw	a3, 708(a0)
	lw	a4, 712(a1)
	lw	a5, 716(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 712(a0)
	sw	a3, 716(a0)
	lw	a4, 720(a1)
	lw	a5, 724(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 720(a0)
	sw	a3, 724(a0)
	lw	a4, 728(a1)
	lw	a5, 732(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 728(a0)
	sw	a3, 732(a0)
	lw	a4, 736(a1)
	lw	a5, 740(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 736(a0)
	sw	a3, 740(a0)
	lw	a4, 744(a1)
	lw	a5, 748(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 744(a0)
	sw	a3, 748(a0)
	lw	a4, 752(a1)
	lw	a5, 756(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 752(a0)
	sw	a3, 756(a0)
	lw	a4, 760(a1)
	lw	a5, 764(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 760(a0)
	sw	a3, 764(a0)
	lw	a4, 768(a1)
	lw	a5, 772(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 768(a0)
	sw	a3, 772(a0)
	lw	a4, 776(a1)
	lw	a5, 780(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 776(a0)
	sw	a3, 780(a0)
	lw	a4, 784(a1)
	lw	a5, 788(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 784(a0)
	sw	a3, 788(a0)
	lw	a4, 792(a1)
	lw	a5, 796(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 792(a0)
	sw	a3, 796(a0)
	lw	a4, 800(a1)
	lw	a5, 804(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 800(a0)
	sw	a3, 804(a0)
	lw	a4, 808(a1)
	lw	a5, 812(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 808(a0)
	sw	a3, 812(a0)
	lw	a4, 816(a1)
	lw	a5, 820(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 816(a0)
	sw	a3, 820(a0)
	lw	a4, 824(a1)
	lw	a5, 828(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 824(a0)
	sw	a3, 828(a0)
	lw	a4, 832(a1)
	lw	a5, 836(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 832(a0)
	sw	a3, 836(a0)
	lw	a4, 840(a1)
	lw	a5, 844(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 840(a0)
	sw	a3, 844(a0)
	lw	a4, 848(a1)
	lw	a5, 852(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 848(a0)
	sw	a3, 852(a0)
	lw	a4, 856(a1)
	lw	a5, 860(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 856(a0)
	sw	a3, 860(a0)
	lw	a4, 864(a1)
	lw	a5, 868(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 864(a0)
	sw	a3, 868(a0)
	lw	a4, 872(a1)
	lw	a5, 876(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 872(a0)
	sw	a3, 876(a0)
	lw	a4, 880(a1)
	lw	a5, 884(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 880(a0)
	sw	a3, 884(a0)
	lw	a4, 888(a1)
	lw	a5, 892(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 888(a0)
	sw	a3, 892(a0)
	lw	a4, 896(a1)
	lw	a5, 900(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 896(a0)
	sw	a3, 900(a0)
	lw	a4, 904(a1)
	lw	a5, 908(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 904(a0)
	sw	a3, 908(a0)
	lw	a4, 912(a1)
	lw	a5, 916(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 912(a0)
	sw	a3, 916(a0)
	lw	a4, 920(a1)
	lw	a5, 924(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 920(a0)
	sw	a3, 924(a0)
	lw	a4, 928(a1)
	lw	a5, 932(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 928(a0)
	sw	a3, 932(a0)
	lw	a4, 936(a1)
	lw	a5, 940(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 936(a0)
	sw	a3, 940(a0)
	lw	a4, 944(a1)
	lw	a5, 948(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 944(a0)
	sw	a3, 948(a0)
	lw	a4, 952(a1)
	lw	a5, 956(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 952(a0)
	sw	a3, 956(a0)
	lw	a4, 960(a1)
	lw	a5, 964(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 960(a0)
	sw	a3, 964(a0)
	lw	a4, 968(a1)
	lw	a5, 972(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 968(a0)
	sw	a3, 972(a0)
	lw	a4, 976(a1)
	lw	a5, 980(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 976(a0)
	sw	a3, 980(a0)
	lw	a4, 984(a1)
	lw	a5, 988(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 984(a0)
	sw	a3, 988(a0)
	lw	a4, 992(a1)
	lw	a5, 996(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 992(a0)
	sw	a3, 996(a0)
	lw	a4, 1000(a1)
	lw	a5, 1004(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 1000(a0)
	sw	a3, 1004(a0)
	lw	a4, 1008(a1)
	lw	a5, 1012(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a4, a5, a4
	add	a3, a4, a3
	sw	a2, 1008(a0)
	sw	a3, 1012(a0)
	lw	a4, 1016(a1)
	lw	a1, 1020(a1)
	add	a2, a4, a2
	sltu	a4, a2, a4
	add	a1, a1, a4
	add	a1, a1, a3
	sw	a2, 1016(a0)
	sw	a1, 1020(a0)
	mv	a0, a2
	ret
.Lfunc_end0:
	.size	scan, .Lfunc_end0-scan
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
	sw	s5, 4(sp)                       # 4-byte Folded Spill
	sw	s6, 0(sp)                       # 4-byte Folded Spill
	mv	s0, a1
	mv	s3, a0
	slli	s4, a2, 3
	lui	s5, %hi(message)
	addi	s5, s5, %lo(message)
	beqz	a2, .LBB1_2
# %bb.1:
	addi	a0, a2, -1
	mv	s6, a2
	call	handshake_wait_for
	add	a0, s5, s4
	lw	s1, 0(a0)
	lw	s2, 4(a0)
	li	a0, 14
	bgeu	a0, s6, .LBB1_3
	j	.LBB1_4
.LBB1_2:
	li	s1, 0
	li	s2, 0
.LBB1_3:
	add	s3, s1, s3
	add	s0, s2, s0
	add	s4, s4, s5
	sltu	a0, s3, s1
	add	a0, s0, a0
	sw	s3, 8(s4)
	sw	a0, 12(s4)
	call	handshake_notify
.LBB1_4:
	mv	a0, s1
	mv	a1, s2
	lw	ra, 28(sp)                      # 4-byte Folded Reload
	lw	s0, 24(sp)                      # 4-byte Folded Reload
	lw	s1, 20(sp)                      # 4-byte Folded Reload
	lw	s2, 16(sp)                      # 4-byte Folded Reload
	lw	s3, 12(sp)                      # 4-byte Folded Reload
	lw	s4, 8(sp)                       # 4-byte Folded Reload
	lw	s5, 4(sp)                       # 4-byte Folded Reload
	lw	s6, 0(sp)                       # 4-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end1:
	.size	handshake_sync, .Lfunc_end1-handshake_sync
                                        # -- End function
	.globl	add_                            # -- Begin function add_
	.p2align	2
	.type	add_,@function
add_:                                   # @add_
# %bb.0:
	addi	sp, sp, -1040
	sw	ra, 1036(sp)                    # 4-byte Folded Spill
	sw	s0, 1032(sp)                    # 4-byte Folded Spill
	sw	s1, 1028(sp)                    # 4-byte Folded Spill
	sw	s2, 1024(sp)                    # 4-byte Folded Spill
	sw	s3, 1020(sp)                    # 4-byte Folded Spill
	sw	s4, 1016(sp)                    # 4-byte Folded Spill
	sw	s5, 1012(sp)                    # 4-byte Folded Spill
	sw	s6, 1008(sp)                    # 4-byte Folded Spill
	sw	s7, 1004(sp)                    # 4-byte Folded Spill
	sw	s8, 1000(sp)                    # 4-byte Folded Spill
	sw	s9, 996(sp)                     # 4-byte Folded Spill
	sw	s10, 992(sp)                    # 4-byte Folded Spill
	sw	s11, 988(sp)                    # 4-byte Folded Spill
	lw	a3, 4(a0)
	lw	a4, 8(a0)
	sw	a4, 664(sp)                     # 4-byte Folded Spill
	lw	a4, 12(a0)
	lw	a5, 20(a0)
	lw	a6, 24(a0)
	sw	a6, 652(sp)                     # 4-byte Folded Spill
	lw	a6, 28(a0)
	lw	a7, 36(a0)
	lw	t0, 40(a0)
	sw	t0, 640(sp)                     # 4-byte Folded Spill
	lw	t0, 44(a0)
	lw	t1, 52(a0)
	lw	t2, 56(a0)
	sw	t2, 628(sp)                     # 4-byte Folded Spill
	lw	t2, 60(a0)
	lw	t3, 68(a0)
	lw	t4, 72(a0)
	sw	t4, 616(sp)                     # 4-byte Folded Spill
	lw	t4, 76(a0)
	lw	t5, 84(a0)
	lw	t6, 88(a0)
	sw	t6, 580(sp)                     # 4-byte Folded Spill
	lw	t6, 92(a0)
	lw	s0, 100(a0)
	lw	s1, 104(a0)
	sw	s1, 568(sp)                     # 4-byte Folded Spill
	lw	s1, 108(a0)
	lw	s2, 116(a0)
	lw	s3, 120(a0)
	sw	s3, 556(sp)                     # 4-byte Folded Spill
	lw	s3, 124(a0)
	lw	s4, 132(a0)
	add	a3, a3, a2
	sw	a3, 944(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 952(sp)                     # 4-byte Folded Spill
	add	a5, a5, a2
	sw	a5, 956(sp)                     # 4-byte Folded Spill
	add	a6, a6, a2
	sw	a6, 964(sp)                     # 4-byte Folded Spill
	add	a7, a7, a2
	sw	a7, 968(sp)                     # 4-byte Folded Spill
	add	t0, t0, a2
	sw	t0, 976(sp)                     # 4-byte Folded Spill
	add	t1, t1, a2
	sw	t1, 984(sp)                     # 4-byte Folded Spill
	add	t2, t2, a2
	sw	t2, 928(sp)                     # 4-byte Folded Spill
	add	t3, t3, a2
	sw	t3, 916(sp)                     # 4-byte Folded Spill
	add	t4, t4, a2
	sw	t4, 904(sp)                     # 4-byte Folded Spill
	add	t5, t5, a2
	sw	t5, 892(sp)                     # 4-byte Folded Spill
	add	t6, t6, a2
	sw	t6, 880(sp)                     # 4-byte Folded Spill
	add	s0, s0, a2
	sw	s0, 868(sp)                     # 4-byte Folded Spill
	add	s1, s1, a2
	sw	s1, 856(sp)                     # 4-byte Folded Spill
	add	s2, s2, a2
	sw	s2, 844(sp)                     # 4-byte Folded Spill
	add	s3, s3, a2
	sw	s3, 832(sp)                     # 4-byte Folded Spill
	lw	a3, 140(a0)
	lw	a4, 136(a0)
	sw	a4, 604(sp)                     # 4-byte Folded Spill
	add	s4, s4, a2
	sw	s4, 820(sp)                     # 4-byte Folded Spill
	lw	a4, 148(a0)
	add	a3, a3, a2
	sw	a3, 972(sp)                     # 4-byte Folded Spill
	lw	a3, 156(a0)
	lw	a5, 152(a0)
	sw	a5, 592(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 940(sp)                     # 4-byte Folded Spill
	lw	a4, 164(a0)
	add	a3, a3, a2
	sw	a3, 980(sp)                     # 4-byte Folded Spill
	lw	a3, 172(a0)
	lw	a7, 168(a0)
	add	a4, a4, a2
	sw	a4, 960(sp)                     # 4-byte Folded Spill
	lw	a4, 180(a0)
	add	a3, a3, a2
	sw	a3, 948(sp)                     # 4-byte Folded Spill
	lw	a3, 188(a0)
	lw	t1, 184(a0)
	add	a4, a4, a2
	sw	a4, 936(sp)                     # 4-byte Folded Spill
	lw	a4, 196(a0)
	add	a3, a3, a2
	sw	a3, 932(sp)                     # 4-byte Folded Spill
	lw	a3, 204(a0)
	lw	t2, 200(a0)
	add	a4, a4, a2
	sw	a4, 924(sp)                     # 4-byte Folded Spill
	lw	a4, 212(a0)
	add	a3, a3, a2
	sw	a3, 920(sp)                     # 4-byte Folded Spill
	lw	a3, 220(a0)
	lw	t3, 216(a0)
	add	a4, a4, a2
	sw	a4, 912(sp)                     # 4-byte Folded Spill
	lw	a4, 228(a0)
	add	a3, a3, a2
	sw	a3, 908(sp)                     # 4-byte Folded Spill
	lw	a3, 236(a0)
	lw	t4, 232(a0)
	add	a4, a4, a2
	sw	a4, 900(sp)                     # 4-byte Folded Spill
	lw	a4, 244(a0)
	add	a3, a3, a2
	sw	a3, 896(sp)                     # 4-byte Folded Spill
	lw	a3, 252(a0)
	lw	t5, 248(a0)
	add	a4, a4, a2
	sw	a4, 888(sp)                     # 4-byte Folded Spill
	lw	a4, 260(a0)
	add	a3, a3, a2
	sw	a3, 884(sp)                     # 4-byte Folded Spill
	lw	a3, 268(a0)
	lw	t6, 264(a0)
	add	a4, a4, a2
	sw	a4, 876(sp)                     # 4-byte Folded Spill
	lw	a4, 276(a0)
	add	a3, a3, a2
	sw	a3, 872(sp)                     # 4-byte Folded Spill
	lw	a3, 284(a0)
	lw	s0, 280(a0)
	add	a4, a4, a2
	sw	a4, 864(sp)                     # 4-byte Folded Spill
	lw	a4, 292(a0)
	add	a3, a3, a2
	sw	a3, 860(sp)                     # 4-byte Folded Spill
	lw	a3, 300(a0)
	lw	s1, 296(a0)
	add	a4, a4, a2
	sw	a4, 852(sp)                     # 4-byte Folded Spill
	lw	a4, 308(a0)
	add	a3, a3, a2
	sw	a3, 848(sp)                     # 4-byte Folded Spill
	lw	a3, 316(a0)
	lw	s2, 312(a0)
	add	a4, a4, a2
	sw	a4, 840(sp)                     # 4-byte Folded Spill
	lw	a4, 324(a0)
	add	a3, a3, a2
	sw	a3, 836(sp)                     # 4-byte Folded Spill
	lw	a3, 332(a0)
	lw	s3, 328(a0)
	add	a4, a4, a2
	sw	a4, 828(sp)                     # 4-byte Folded Spill
	lw	a4, 340(a0)
	add	a3, a3, a2
	sw	a3, 824(sp)                     # 4-byte Folded Spill
	lw	a3, 348(a0)
	lw	s4, 344(a0)
	add	a4, a4, a2
	sw	a4, 816(sp)                     # 4-byte Folded Spill
	lw	a4, 356(a0)
	add	a3, a3, a2
	sw	a3, 812(sp)                     # 4-byte Folded Spill
	lw	a3, 364(a0)
	lw	a5, 360(a0)
	sw	a5, 808(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 804(sp)                     # 4-byte Folded Spill
	lw	a4, 372(a0)
	add	a3, a3, a2
	sw	a3, 800(sp)                     # 4-byte Folded Spill
	lw	a3, 380(a0)
	lw	a5, 376(a0)
	sw	a5, 796(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 792(sp)                     # 4-byte Folded Spill
	lw	a4, 388(a0)
	add	a3, a3, a2
	sw	a3, 788(sp)                     # 4-byte Folded Spill
	lw	a3, 396(a0)
	lw	a5, 392(a0)
	sw	a5, 784(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 780(sp)                     # 4-byte Folded Spill
	lw	a4, 404(a0)
	add	a3, a3, a2
	sw	a3, 776(sp)                     # 4-byte Folded Spill
	lw	a3, 412(a0)
	lw	a5, 408(a0)
	sw	a5, 772(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 768(sp)                     # 4-byte Folded Spill
	lw	a4, 420(a0)
	add	a3, a3, a2
	sw	a3, 764(sp)                     # 4-byte Folded Spill
	lw	a3, 428(a0)
	lw	a5, 424(a0)
	sw	a5, 760(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 756(sp)                     # 4-byte Folded Spill
	lw	a4, 436(a0)
	add	a3, a3, a2
	sw	a3, 752(sp)                     # 4-byte Folded Spill
	lw	a3, 444(a0)
	lw	a5, 440(a0)
	sw	a5, 748(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 744(sp)                     # 4-byte Folded Spill
	lw	a4, 452(a0)
	add	a3, a3, a2
	sw	a3, 740(sp)                     # 4-byte Folded Spill
	lw	a3, 460(a0)
	lw	a5, 456(a0)
	sw	a5, 736(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 732(sp)                     # 4-byte Folded Spill
	lw	a4, 468(a0)
	add	a3, a3, a2
	sw	a3, 728(sp)                     # 4-byte Folded Spill
	lw	a3, 476(a0)
	lw	a5, 472(a0)
	sw	a5, 724(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 720(sp)                     # 4-byte Folded Spill
	lw	a4, 484(a0)
	add	a3, a3, a2
	sw	a3, 716(sp)                     # 4-byte Folded Spill
	lw	a3, 492(a0)
	lw	a5, 488(a0)
	sw	a5, 712(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 708(sp)                     # 4-byte Folded Spill
	lw	a4, 500(a0)
	add	a3, a3, a2
	sw	a3, 704(sp)                     # 4-byte Folded Spill
	lw	a3, 508(a0)
	lw	a5, 504(a0)
	sw	a5, 700(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 696(sp)                     # 4-byte Folded Spill
	lw	a4, 516(a0)
	add	a3, a3, a2
	sw	a3, 692(sp)                     # 4-byte Folded Spill
	lw	a3, 524(a0)
	lw	a5, 520(a0)
	sw	a5, 688(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 684(sp)                     # 4-byte Folded Spill
	lw	a4, 532(a0)
	add	a3, a3, a2
	sw	a3, 680(sp)                     # 4-byte Folded Spill
	lw	a3, 540(a0)
	lw	a5, 536(a0)
	sw	a5, 676(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 672(sp)                     # 4-byte Folded Spill
	lw	a4, 548(a0)
	add	a3, a3, a2
	sw	a3, 668(sp)                     # 4-byte Folded Spill
	lw	a3, 556(a0)
	lw	s5, 552(a0)
	add	a4, a4, a2
	sw	a4, 660(sp)                     # 4-byte Folded Spill
	lw	a4, 564(a0)
	add	a3, a3, a2
	sw	a3, 656(sp)                     # 4-byte Folded Spill
	lw	a3, 572(a0)
	lw	s6, 568(a0)
	add	a4, a4, a2
	sw	a4, 648(sp)                     # 4-byte Folded Spill
	lw	a4, 580(a0)
	add	a3, a3, a2
	sw	a3, 644(sp)                     # 4-byte Folded Spill
	lw	a3, 588(a0)
	lw	s7, 584(a0)
	add	a4, a4, a2
	sw	a4, 636(sp)                     # 4-byte Folded Spill
	lw	a4, 596(a0)
	add	a3, a3, a2
	sw	a3, 632(sp)                     # 4-byte Folded Spill
	lw	a3, 604(a0)
	lw	s8, 600(a0)
	add	a4, a4, a2
	sw	a4, 624(sp)                     # 4-byte Folded Spill
	lw	a4, 612(a0)
	add	a3, a3, a2
	sw	a3, 620(sp)                     # 4-byte Folded Spill
	lw	a3, 620(a0)
	lw	s9, 616(a0)
	add	a4, a4, a2
	sw	a4, 612(sp)                     # 4-byte Folded Spill
	lw	a4, 628(a0)
	add	a3, a3, a2
	sw	a3, 608(sp)                     # 4-byte Folded Spill
	lw	a3, 636(a0)
	lw	a5, 632(a0)
	sw	a5, 308(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 600(sp)                     # 4-byte Folded Spill
	lw	a4, 644(a0)
	add	a3, a3, a2
	sw	a3, 596(sp)                     # 4-byte Folded Spill
	lw	a3, 652(a0)
	lw	t0, 648(a0)
	add	a4, a4, a2
	sw	a4, 588(sp)                     # 4-byte Folded Spill
	lw	a4, 660(a0)
	add	a3, a3, a2
	sw	a3, 584(sp)                     # 4-byte Folded Spill
	lw	a3, 668(a0)
	lw	s10, 664(a0)
	add	a4, a4, a2
	sw	a4, 576(sp)                     # 4-byte Folded Spill
	lw	a4, 676(a0)
	add	a3, a3, a2
	sw	a3, 572(sp)                     # 4-byte Folded Spill
	lw	a3, 684(a0)
	lw	s11, 680(a0)
	add	a4, a4, a2
	sw	a4, 564(sp)                     # 4-byte Folded Spill
	lw	a4, 692(a0)
	add	a3, a3, a2
	sw	a3, 560(sp)                     # 4-byte Folded Spill
	lw	a3, 700(a0)
	lw	ra, 696(a0)
	add	a4, a4, a2
	sw	a4, 552(sp)                     # 4-byte Folded Spill
	lw	a4, 708(a0)
	add	a3, a3, a2
	sw	a3, 548(sp)                     # 4-byte Folded Spill
	lw	a3, 716(a0)
	lw	a5, 712(a0)
	sw	a5, 544(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 540(sp)                     # 4-byte Folded Spill
	lw	a4, 724(a0)
	add	a3, a3, a2
	sw	a3, 536(sp)                     # 4-byte Folded Spill
	lw	a3, 732(a0)
	lw	a5, 728(a0)
	sw	a5, 532(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 528(sp)                     # 4-byte Folded Spill
	lw	a4, 740(a0)
	add	a3, a3, a2
	sw	a3, 524(sp)                     # 4-byte Folded Spill
	lw	a3, 748(a0)
	lw	a5, 744(a0)
	sw	a5, 520(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 516(sp)                     # 4-byte Folded Spill
	lw	a4, 756(a0)
	add	a3, a3, a2
	sw	a3, 512(sp)                     # 4-byte Folded Spill
	lw	a3, 764(a0)
	lw	a5, 760(a0)
	sw	a5, 508(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 504(sp)                     # 4-byte Folded Spill
	lw	a4, 772(a0)
	add	a3, a3, a2
	sw	a3, 500(sp)                     # 4-byte Folded Spill
	lw	a3, 780(a0)
	lw	a5, 776(a0)
	sw	a5, 496(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 492(sp)                     # 4-byte Folded Spill
	lw	a4, 788(a0)
	add	a3, a3, a2
	sw	a3, 488(sp)                     # 4-byte Folded Spill
	lw	a3, 796(a0)
	lw	a5, 792(a0)
	sw	a5, 484(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 480(sp)                     # 4-byte Folded Spill
	lw	a4, 804(a0)
	add	a3, a3, a2
	sw	a3, 476(sp)                     # 4-byte Folded Spill
	lw	a3, 812(a0)
	lw	a5, 808(a0)
	sw	a5, 472(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 468(sp)                     # 4-byte Folded Spill
	lw	a4, 820(a0)
	add	a3, a3, a2
	sw	a3, 464(sp)                     # 4-byte Folded Spill
	lw	a3, 828(a0)
	lw	a5, 824(a0)
	sw	a5, 460(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 456(sp)                     # 4-byte Folded Spill
	lw	a4, 836(a0)
	add	a3, a3, a2
	sw	a3, 452(sp)                     # 4-byte Folded Spill
	lw	a3, 844(a0)
	lw	a5, 840(a0)
	sw	a5, 448(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 444(sp)                     # 4-byte Folded Spill
	lw	a4, 852(a0)
	add	a3, a3, a2
	sw	a3, 440(sp)                     # 4-byte Folded Spill
	lw	a3, 860(a0)
	lw	a5, 856(a0)
	sw	a5, 436(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 432(sp)                     # 4-byte Folded Spill
	lw	a4, 868(a0)
	add	a3, a3, a2
	sw	a3, 428(sp)                     # 4-byte Folded Spill
	lw	a3, 876(a0)
	lw	a5, 872(a0)
	sw	a5, 424(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 420(sp)                     # 4-byte Folded Spill
	lw	a4, 884(a0)
	add	a3, a3, a2
	sw	a3, 416(sp)                     # 4-byte Folded Spill
	lw	a3, 892(a0)
	lw	a5, 888(a0)
	sw	a5, 412(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 408(sp)                     # 4-byte Folded Spill
	lw	a4, 900(a0)
	add	a3, a3, a2
	sw	a3, 404(sp)                     # 4-byte Folded Spill
	lw	a3, 908(a0)
	lw	a5, 904(a0)
	sw	a5, 400(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 396(sp)                     # 4-byte Folded Spill
	lw	a4, 916(a0)
	add	a3, a3, a2
	sw	a3, 392(sp)                     # 4-byte Folded Spill
	lw	a3, 924(a0)
	lw	a5, 920(a0)
	sw	a5, 388(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 384(sp)                     # 4-byte Folded Spill
	lw	a4, 932(a0)
	add	a3, a3, a2
	sw	a3, 380(sp)                     # 4-byte Folded Spill
	lw	a3, 940(a0)
	lw	a5, 936(a0)
	sw	a5, 376(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 372(sp)                     # 4-byte Folded Spill
	lw	a4, 948(a0)
	add	a3, a3, a2
	sw	a3, 368(sp)                     # 4-byte Folded Spill
	lw	a3, 956(a0)
	lw	a5, 952(a0)
	sw	a5, 364(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 360(sp)                     # 4-byte Folded Spill
	lw	a4, 964(a0)
	add	a3, a3, a2
	sw	a3, 356(sp)                     # 4-byte Folded Spill
	lw	a3, 972(a0)
	lw	a5, 968(a0)
	sw	a5, 352(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 348(sp)                     # 4-byte Folded Spill
	lw	a4, 980(a0)
	add	a3, a3, a2
	sw	a3, 344(sp)                     # 4-byte Folded Spill
	lw	a3, 984(a0)
	sw	a3, 340(sp)                     # 4-byte Folded Spill
	lw	a3, 988(a0)
	add	a4, a4, a2
	sw	a4, 336(sp)                     # 4-byte Folded Spill
	lw	a4, 996(a0)
	lw	a5, 1004(a0)
	add	a3, a3, a2
	sw	a3, 320(sp)                     # 4-byte Folded Spill
	lw	a3, 1000(a0)
	sw	a3, 328(sp)                     # 4-byte Folded Spill
	add	a4, a4, a2
	sw	a4, 324(sp)                     # 4-byte Folded Spill
	add	a5, a5, a2
	sw	a5, 332(sp)                     # 4-byte Folded Spill
	lw	a6, 1012(a0)
	lw	a4, 1020(a0)
	lw	a5, 0(a0)
	lw	a3, 1016(a0)
	sw	a3, 312(sp)                     # 4-byte Folded Spill
	add	a6, a6, a2
	sw	a6, 300(sp)                     # 4-byte Folded Spill
	add	a2, a4, a2
	sw	a2, 316(sp)                     # 4-byte Folded Spill
	add	a2, a5, a1
	sw	a2, 304(sp)                     # 4-byte Folded Spill
	sltu	a2, a2, a5
	lw	a3, 944(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 944(sp)                     # 4-byte Folded Spill
	lw	a2, 16(a0)
	lw	a3, 664(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 296(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 952(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 952(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 664(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 956(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 956(sp)                     # 4-byte Folded Spill
	lw	a2, 32(a0)
	lw	a3, 652(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 292(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 964(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 964(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 652(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 968(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 968(sp)                     # 4-byte Folded Spill
	lw	a2, 48(a0)
	lw	a3, 640(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 288(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 976(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 976(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 640(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 984(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 984(sp)                     # 4-byte Folded Spill
	lw	a2, 64(a0)
	lw	a3, 628(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 284(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 928(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 928(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 628(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 916(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 916(sp)                     # 4-byte Folded Spill
	lw	a2, 80(a0)
	lw	a3, 616(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 280(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 904(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 904(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 616(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 892(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 892(sp)                     # 4-byte Folded Spill
	lw	a2, 96(a0)
	lw	a3, 580(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 276(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 880(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 880(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 580(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 868(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 868(sp)                     # 4-byte Folded Spill
	lw	a2, 112(a0)
	lw	a3, 568(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 272(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 856(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 856(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 568(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 844(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 844(sp)                     # 4-byte Folded Spill
	lw	a2, 128(a0)
	lw	a3, 556(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 268(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 832(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 832(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 556(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 820(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 820(sp)                     # 4-byte Folded Spill
	lw	a2, 144(a0)
	lw	a3, 604(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 264(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 972(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 972(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 604(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 940(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 940(sp)                     # 4-byte Folded Spill
	lw	a2, 160(a0)
	lw	a3, 592(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 260(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 980(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 980(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 592(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 960(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 960(sp)                     # 4-byte Folded Spill
	lw	a2, 176(a0)
	add	a3, a7, a1
	sw	a3, 256(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, a7
	lw	a4, 948(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 948(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 252(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 936(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 936(sp)                     # 4-byte Folded Spill
	lw	a2, 192(a0)
	add	a3, t1, a1
	sw	a3, 248(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, t1
	lw	a4, 932(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 932(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 244(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 924(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 924(sp)                     # 4-byte Folded Spill
	lw	a2, 208(a0)
	add	a3, t2, a1
	sw	a3, 240(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, t2
	lw	a4, 920(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 920(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 236(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 912(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 912(sp)                     # 4-byte Folded Spill
	lw	a2, 224(a0)
	add	a3, t3, a1
	sw	a3, 232(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, t3
	lw	a4, 908(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 908(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 228(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 900(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 900(sp)                     # 4-byte Folded Spill
	lw	a2, 240(a0)
	add	a3, t4, a1
	sw	a3, 224(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, t4
	lw	a4, 896(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 896(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 220(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 888(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 888(sp)                     # 4-byte Folded Spill
	lw	a2, 256(a0)
	add	a3, t5, a1
	sw	a3, 216(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, t5
	lw	a4, 884(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 884(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 212(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 876(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 876(sp)                     # 4-byte Folded Spill
	lw	a2, 272(a0)
	add	a3, t6, a1
	sw	a3, 208(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, t6
	lw	a4, 872(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 872(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 204(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 864(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 864(sp)                     # 4-byte Folded Spill
	lw	a2, 288(a0)
	add	a3, s0, a1
	sw	a3, 200(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, s0
	lw	a4, 860(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 860(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 196(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 852(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 852(sp)                     # 4-byte Folded Spill
	lw	a2, 304(a0)
	add	a3, s1, a1
	sw	a3, 192(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, s1
	lw	a4, 848(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 848(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 188(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 840(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 840(sp)                     # 4-byte Folded Spill
	lw	a2, 320(a0)
	add	a3, s2, a1
	sw	a3, 184(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, s2
	lw	a4, 836(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 836(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 180(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 828(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 828(sp)                     # 4-byte Folded Spill
	lw	a2, 336(a0)
	add	a3, s3, a1
	sw	a3, 176(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, s3
	lw	a4, 824(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 824(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 172(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 816(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 816(sp)                     # 4-byte Folded Spill
	lw	a2, 352(a0)
	add	a3, s4, a1
	sw	a3, 168(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, s4
	lw	a4, 812(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 812(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 164(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 804(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 804(sp)                     # 4-byte Folded Spill
	lw	a2, 368(a0)
	lw	a3, 808(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 160(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 800(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 808(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 156(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 792(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 800(sp)                     # 4-byte Folded Spill
	lw	a2, 384(a0)
	lw	a3, 796(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 792(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 788(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 796(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 152(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 780(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 788(sp)                     # 4-byte Folded Spill
	lw	a2, 400(a0)
	lw	a3, 784(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 780(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 776(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 784(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 148(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 768(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 776(sp)                     # 4-byte Folded Spill
	lw	a2, 416(a0)
	lw	a3, 772(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 768(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 764(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 772(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 144(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 756(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 764(sp)                     # 4-byte Folded Spill
	lw	a2, 432(a0)
	lw	a3, 760(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 756(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 752(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 760(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 140(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 744(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 752(sp)                     # 4-byte Folded Spill
	lw	a2, 448(a0)
	lw	a3, 748(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 744(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 740(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 748(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 136(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 732(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 740(sp)                     # 4-byte Folded Spill
	lw	a2, 464(a0)
	lw	a3, 736(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 732(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 728(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 736(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 132(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 720(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 728(sp)                     # 4-byte Folded Spill
	lw	a2, 480(a0)
	lw	a3, 724(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 720(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 716(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 724(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 128(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 708(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 716(sp)                     # 4-byte Folded Spill
	lw	a2, 496(a0)
	lw	a3, 712(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 708(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 704(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 712(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 124(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 696(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 704(sp)                     # 4-byte Folded Spill
	lw	a2, 512(a0)
	lw	a3, 700(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 696(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 692(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 700(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 120(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 684(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 692(sp)                     # 4-byte Folded Spill
	lw	a2, 528(a0)
	lw	a3, 688(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 684(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 680(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 688(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 116(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 672(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 680(sp)                     # 4-byte Folded Spill
	lw	a2, 544(a0)
	lw	a3, 676(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 672(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 668(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 676(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 112(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 660(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 668(sp)                     # 4-byte Folded Spill
	lw	a2, 560(a0)
	add	a3, s5, a1
	sw	a3, 108(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, s5
	lw	a4, 656(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 660(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 104(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 648(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 656(sp)                     # 4-byte Folded Spill
	lw	a2, 576(a0)
	add	a3, s6, a1
	sw	a3, 100(sp)                     # 4-byte Folded Spill
	sltu	a3, a3, s6
	lw	a4, 644(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 648(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 96(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 636(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 644(sp)                     # 4-byte Folded Spill
	lw	a2, 592(a0)
	add	a3, s7, a1
	sw	a3, 92(sp)                      # 4-byte Folded Spill
	sltu	a3, a3, s7
	lw	a4, 632(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 636(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 88(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 624(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 632(sp)                     # 4-byte Folded Spill
	lw	a2, 608(a0)
	add	a3, s8, a1
	sw	a3, 84(sp)                      # 4-byte Folded Spill
	sltu	a3, a3, s8
	lw	a4, 620(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 624(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 80(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 612(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 620(sp)                     # 4-byte Folded Spill
	lw	a2, 624(a0)
	add	a3, s9, a1
	sw	a3, 76(sp)                      # 4-byte Folded Spill
	sltu	a3, a3, s9
	lw	a4, 608(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 612(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 72(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 600(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 608(sp)                     # 4-byte Folded Spill
	lw	a2, 640(a0)
	lw	a6, 308(sp)                     # 4-byte Folded Reload
	add	a3, a6, a1
	sw	a3, 68(sp)                      # 4-byte Folded Spill
	sltu	a3, a3, a6
	lw	a4, 596(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 600(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 308(sp)                     # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 588(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 596(sp)                     # 4-byte Folded Spill
	lw	a2, 656(a0)
	add	a3, t0, a1
	sw	a3, 64(sp)                      # 4-byte Folded Spill
	sltu	a3, a3, t0
	lw	a4, 584(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 588(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 60(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 576(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 584(sp)                     # 4-byte Folded Spill
	lw	a2, 672(a0)
	add	a3, s10, a1
	sw	a3, 56(sp)                      # 4-byte Folded Spill
	sltu	a3, a3, s10
	lw	a4, 572(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 576(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 52(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 564(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 572(sp)                     # 4-byte Folded Spill
	lw	a2, 688(a0)
	add	a3, s11, a1
	sw	a3, 48(sp)                      # 4-byte Folded Spill
	sltu	a3, a3, s11
	lw	a4, 560(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 564(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 44(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 552(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 560(sp)                     # 4-byte Folded Spill
	lw	a2, 704(a0)
	add	a3, ra, a1
	sw	a3, 40(sp)                      # 4-byte Folded Spill
	sltu	a3, a3, ra
	lw	a4, 548(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 552(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 36(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 540(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 548(sp)                     # 4-byte Folded Spill
	lw	a2, 720(a0)
	lw	a3, 544(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 540(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 536(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 544(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 32(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 528(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 536(sp)                     # 4-byte Folded Spill
	lw	a2, 736(a0)
	lw	a3, 532(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 528(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 524(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 532(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 28(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 516(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 524(sp)                     # 4-byte Folded Spill
	lw	a2, 752(a0)
	lw	a3, 520(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 516(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 512(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 520(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 24(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 504(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 512(sp)                     # 4-byte Folded Spill
	lw	a2, 768(a0)
	lw	a3, 508(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 504(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 500(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 508(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 20(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 492(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 500(sp)                     # 4-byte Folded Spill
	lw	a2, 784(a0)
	lw	a3, 496(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 492(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 488(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 496(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 16(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 480(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 488(sp)                     # 4-byte Folded Spill
	lw	a2, 800(a0)
	lw	a3, 484(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 480(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 476(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 484(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 12(sp)                      # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 468(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 476(sp)                     # 4-byte Folded Spill
	lw	a2, 816(a0)
	lw	a3, 472(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sw	a4, 468(sp)                     # 4-byte Folded Spill
	sltu	a3, a4, a3
	lw	a4, 464(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 472(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sw	a3, 8(sp)                       # 4-byte Folded Spill
	sltu	a2, a3, a2
	lw	a3, 456(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 464(sp)                     # 4-byte Folded Spill
	lw	a2, 832(a0)
	lw	a3, 460(sp)                     # 4-byte Folded Reload
	add	s11, a3, a1
	sltu	a3, s11, a3
	lw	a4, 452(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 460(sp)                     # 4-byte Folded Spill
	add	s10, a2, a1
	sltu	a2, s10, a2
	lw	a3, 444(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 456(sp)                     # 4-byte Folded Spill
	lw	a2, 848(a0)
	lw	a3, 448(sp)                     # 4-byte Folded Reload
	add	s9, a3, a1
	sltu	a3, s9, a3
	lw	a4, 440(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 452(sp)                     # 4-byte Folded Spill
	add	s8, a2, a1
	sltu	a2, s8, a2
	lw	a3, 432(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 448(sp)                     # 4-byte Folded Spill
	lw	a2, 864(a0)
	lw	a3, 436(sp)                     # 4-byte Folded Reload
	add	s7, a3, a1
	sltu	a3, s7, a3
	lw	a4, 428(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 444(sp)                     # 4-byte Folded Spill
	add	s6, a2, a1
	sltu	a2, s6, a2
	lw	a3, 420(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 440(sp)                     # 4-byte Folded Spill
	lw	a2, 880(a0)
	lw	a3, 424(sp)                     # 4-byte Folded Reload
	add	s5, a3, a1
	sltu	a3, s5, a3
	lw	a4, 416(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 436(sp)                     # 4-byte Folded Spill
	add	s4, a2, a1
	sltu	a2, s4, a2
	lw	a3, 408(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 432(sp)                     # 4-byte Folded Spill
	lw	a2, 896(a0)
	lw	a3, 412(sp)                     # 4-byte Folded Reload
	add	s3, a3, a1
	sltu	a3, s3, a3
	lw	a4, 404(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 428(sp)                     # 4-byte Folded Spill
	add	s2, a2, a1
	sltu	a2, s2, a2
	lw	a3, 396(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 424(sp)                     # 4-byte Folded Spill
	lw	a2, 912(a0)
	lw	a3, 400(sp)                     # 4-byte Folded Reload
	add	s1, a3, a1
	sltu	a3, s1, a3
	lw	a4, 392(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 420(sp)                     # 4-byte Folded Spill
	add	s0, a2, a1
	sltu	a2, s0, a2
	lw	a3, 384(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 416(sp)                     # 4-byte Folded Spill
	lw	a2, 928(a0)
	lw	a3, 388(sp)                     # 4-byte Folded Reload
	add	t6, a3, a1
	sltu	a3, t6, a3
	lw	a4, 380(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 412(sp)                     # 4-byte Folded Spill
	add	t5, a2, a1
	sltu	a2, t5, a2
	lw	a3, 372(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 408(sp)                     # 4-byte Folded Spill
	lw	a2, 944(a0)
	lw	a3, 376(sp)                     # 4-byte Folded Reload
	add	t4, a3, a1
	sltu	a3, t4, a3
	lw	a4, 368(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 404(sp)                     # 4-byte Folded Spill
	add	t3, a2, a1
	sltu	a2, t3, a2
	lw	a3, 360(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 400(sp)                     # 4-byte Folded Spill
	lw	a2, 960(a0)
	lw	a3, 364(sp)                     # 4-byte Folded Reload
	add	t2, a3, a1
	sltu	a3, t2, a3
	lw	a4, 356(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 396(sp)                     # 4-byte Folded Spill
	add	t1, a2, a1
	sltu	a2, t1, a2
	lw	a3, 348(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 392(sp)                     # 4-byte Folded Spill
	lw	a2, 976(a0)
	lw	a3, 352(sp)                     # 4-byte Folded Reload
	add	t0, a3, a1
	sltu	a3, t0, a3
	lw	a4, 344(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 388(sp)                     # 4-byte Folded Spill
	add	a7, a2, a1
	sltu	a2, a7, a2
	lw	a3, 336(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 384(sp)                     # 4-byte Folded Spill
	lw	a2, 992(a0)
	lw	a3, 340(sp)                     # 4-byte Folded Reload
	add	a6, a3, a1
	sltu	a3, a6, a3
	lw	a4, 320(sp)                     # 4-byte Folded Reload
	add	a3, a4, a3
	sw	a3, 380(sp)                     # 4-byte Folded Spill
	add	a5, a2, a1
	sltu	a2, a5, a2
	lw	a3, 324(sp)                     # 4-byte Folded Reload
	add	a2, a3, a2
	sw	a2, 376(sp)                     # 4-byte Folded Spill
	lw	a2, 1008(a0)
	lw	a3, 328(sp)                     # 4-byte Folded Reload
	add	a4, a3, a1
	sltu	a3, a4, a3
	lw	ra, 332(sp)                     # 4-byte Folded Reload
	add	a3, ra, a3
	sw	a3, 372(sp)                     # 4-byte Folded Spill
	add	a3, a2, a1
	sltu	a2, a3, a2
	lw	ra, 300(sp)                     # 4-byte Folded Reload
	add	a2, ra, a2
	sw	a2, 368(sp)                     # 4-byte Folded Spill
	lw	a2, 312(sp)                     # 4-byte Folded Reload
	add	a1, a2, a1
	sltu	a2, a1, a2
	lw	ra, 316(sp)                     # 4-byte Folded Reload
	add	ra, ra, a2
	lw	a2, 304(sp)                     # 4-byte Folded Reload
	sw	a2, 0(a0)
	lw	a2, 944(sp)                     # 4-byte Folded Reload
	sw	a2, 4(a0)
	lw	a2, 296(sp)                     # 4-byte Folded Reload
	sw	a2, 8(a0)
	lw	a2, 952(sp)                     # 4-byte Folded Reload
	sw	a2, 12(a0)
	lw	a2, 664(sp)                     # 4-byte Folded Reload
	sw	a2, 16(a0)
	lw	a2, 956(sp)                     # 4-byte Folded Reload
	sw	a2, 20(a0)
	lw	a2, 292(sp)                     # 4-byte Folded Reload
	sw	a2, 24(a0)
	lw	a2, 964(sp)                     # 4-byte Folded Reload
	sw	a2, 28(a0)
	lw	a2, 652(sp)                     # 4-byte Folded Reload
	sw	a2, 32(a0)
	lw	a2, 968(sp)                     # 4-byte Folded Reload
	sw	a2, 36(a0)
	lw	a2, 288(sp)                     # 4-byte Folded Reload
	sw	a2, 40(a0)
	lw	a2, 976(sp)                     # 4-byte Folded Reload
	sw	a2, 44(a0)
	lw	a2, 640(sp)                     # 4-byte Folded Reload
	sw	a2, 48(a0)
	lw	a2, 984(sp)                     # 4-byte Folded Reload
	sw	a2, 52(a0)
	lw	a2, 284(sp)                     # 4-byte Folded Reload
	sw	a2, 56(a0)
	lw	a2, 928(sp)                     # 4-byte Folded Reload
	sw	a2, 60(a0)
	lw	a2, 628(sp)                     # 4-byte Folded Reload
	sw	a2, 64(a0)
	lw	a2, 916(sp)                     # 4-byte Folded Reload
	sw	a2, 68(a0)
	lw	a2, 280(sp)                     # 4-byte Folded Reload
	sw	a2, 72(a0)
	lw	a2, 904(sp)                     # 4-byte Folded Reload
	sw	a2, 76(a0)
	lw	a2, 616(sp)                     # 4-byte Folded Reload
	sw	a2, 80(a0)
	lw	a2, 892(sp)                     # 4-byte Folded Reload
	sw	a2, 84(a0)
	lw	a2, 276(sp)                     # 4-byte Folded Reload
	sw	a2, 88(a0)
	lw	a2, 880(sp)                     # 4-byte Folded Reload
	sw	a2, 92(a0)
	lw	a2, 580(sp)                     # 4-byte Folded Reload
	sw	a2, 96(a0)
	lw	a2, 868(sp)                     # 4-byte Folded Reload
	sw	a2, 100(a0)
	lw	a2, 272(sp)                     # 4-byte Folded Reload
	sw	a2, 104(a0)
	lw	a2, 856(sp)                     # 4-byte Folded Reload
	sw	a2, 108(a0)
	lw	a2, 568(sp)                     # 4-byte Folded Reload
	sw	a2, 112(a0)
	lw	a2, 844(sp)                     # 4-byte Folded Reload
	sw	a2, 116(a0)
	lw	a2, 268(sp)                     # 4-byte Folded Reload
	sw	a2, 120(a0)
	lw	a2, 832(sp)                     # 4-byte Folded Reload
	sw	a2, 124(a0)
	lw	a2, 556(sp)                     # 4-byte Folded Reload
	sw	a2, 128(a0)
	lw	a2, 820(sp)                     # 4-byte Folded Reload
	sw	a2, 132(a0)
	lw	a2, 264(sp)                     # 4-byte Folded Reload
	sw	a2, 136(a0)
	lw	a2, 972(sp)                     # 4-byte Folded Reload
	sw	a2, 140(a0)
	lw	a2, 604(sp)                     # 4-byte Folded Reload
	sw	a2, 144(a0)
	lw	a2, 940(sp)                     # 4-byte Folded Reload
	sw	a2, 148(a0)
	lw	a2, 260(sp)                     # 4-byte Folded Reload
	sw	a2, 152(a0)
	lw	a2, 980(sp)                     # 4-byte Folded Reload
	sw	a2, 156(a0)
	lw	a2, 592(sp)                     # 4-byte Folded Reload
	sw	a2, 160(a0)
	lw	a2, 960(sp)                     # 4-byte Folded Reload
	sw	a2, 164(a0)
	lw	a2, 256(sp)                     # 4-byte Folded Reload
	sw	a2, 168(a0)
	lw	a2, 948(sp)                     # 4-byte Folded Reload
	sw	a2, 172(a0)
	lw	a2, 252(sp)                     # 4-byte Folded Reload
	sw	a2, 176(a0)
	lw	a2, 936(sp)                     # 4-byte Folded Reload
	sw	a2, 180(a0)
	lw	a2, 248(sp)                     # 4-byte Folded Reload
	sw	a2, 184(a0)
	lw	a2, 932(sp)                     # 4-byte Folded Reload
	sw	a2, 188(a0)
	lw	a2, 244(sp)                     # 4-byte Folded Reload
	sw	a2, 192(a0)
	lw	a2, 924(sp)                     # 4-byte Folded Reload
	sw	a2, 196(a0)
	lw	a2, 240(sp)                     # 4-byte Folded Reload
	sw	a2, 200(a0)
	lw	a2, 920(sp)                     # 4-byte Folded Reload
	sw	a2, 204(a0)
	lw	a2, 236(sp)                     # 4-byte Folded Reload
	sw	a2, 208(a0)
	lw	a2, 912(sp)                     # 4-byte Folded Reload
	sw	a2, 212(a0)
	lw	a2, 232(sp)                     # 4-byte Folded Reload
	sw	a2, 216(a0)
	lw	a2, 908(sp)                     # 4-byte Folded Reload
	sw	a2, 220(a0)
	lw	a2, 228(sp)                     # 4-byte Folded Reload
	sw	a2, 224(a0)
	lw	a2, 900(sp)                     # 4-byte Folded Reload
	sw	a2, 228(a0)
	lw	a2, 224(sp)                     # 4-byte Folded Reload
	sw	a2, 232(a0)
	lw	a2, 896(sp)                     # 4-byte Folded Reload
	sw	a2, 236(a0)
	lw	a2, 220(sp)                     # 4-byte Folded Reload
	sw	a2, 240(a0)
	lw	a2, 888(sp)                     # 4-byte Folded Reload
	sw	a2, 244(a0)
	lw	a2, 216(sp)                     # 4-byte Folded Reload
	sw	a2, 248(a0)
	lw	a2, 884(sp)                     # 4-byte Folded Reload
	sw	a2, 252(a0)
	lw	a2, 212(sp)                     # 4-byte Folded Reload
	sw	a2, 256(a0)
	lw	a2, 876(sp)                     # 4-byte Folded Reload
	sw	a2, 260(a0)
	lw	a2, 208(sp)                     # 4-byte Folded Reload
	sw	a2, 264(a0)
	lw	a2, 872(sp)                     # 4-byte Folded Reload
	sw	a2, 268(a0)
	lw	a2, 204(sp)                     # 4-byte Folded Reload
	sw	a2, 272(a0)
	lw	a2, 864(sp)                     # 4-byte Folded Reload
	sw	a2, 276(a0)
	lw	a2, 200(sp)                     # 4-byte Folded Reload
	sw	a2, 280(a0)
	lw	a2, 860(sp)                     # 4-byte Folded Reload
	sw	a2, 284(a0)
	lw	a2, 196(sp)                     # 4-byte Folded Reload
	sw	a2, 288(a0)
	lw	a2, 852(sp)                     # 4-byte Folded Reload
	sw	a2, 292(a0)
	lw	a2, 192(sp)                     # 4-byte Folded Reload
	sw	a2, 296(a0)
	lw	a2, 848(sp)                     # 4-byte Folded Reload
	sw	a2, 300(a0)
	lw	a2, 188(sp)                     # 4-byte Folded Reload
	sw	a2, 304(a0)
	lw	a2, 840(sp)                     # 4-byte Folded Reload
	sw	a2, 308(a0)
	lw	a2, 184(sp)                     # 4-byte Folded Reload
	sw	a2, 312(a0)
	lw	a2, 836(sp)                     # 4-byte Folded Reload
	sw	a2, 316(a0)
	lw	a2, 180(sp)                     # 4-byte Folded Reload
	sw	a2, 320(a0)
	lw	a2, 828(sp)                     # 4-byte Folded Reload
	sw	a2, 324(a0)
	lw	a2, 176(sp)                     # 4-byte Folded Reload
	sw	a2, 328(a0)
	lw	a2, 824(sp)                     # 4-byte Folded Reload
	sw	a2, 332(a0)
	lw	a2, 172(sp)                     # 4-byte Folded Reload
	sw	a2, 336(a0)
	lw	a2, 816(sp)                     # 4-byte Folded Reload
	sw	a2, 340(a0)
	lw	a2, 168(sp)                     # 4-byte Folded Reload
	sw	a2, 344(a0)
	lw	a2, 812(sp)                     # 4-byte Folded Reload
	sw	a2, 348(a0)
	lw	a2, 164(sp)                     # 4-byte Folded Reload
	sw	a2, 352(a0)
	lw	a2, 804(sp)                     # 4-byte Folded Reload
	sw	a2, 356(a0)
	lw	a2, 160(sp)                     # 4-byte Folded Reload
	sw	a2, 360(a0)
	lw	a2, 808(sp)                     # 4-byte Folded Reload
	sw	a2, 364(a0)
	lw	a2, 156(sp)                     # 4-byte Folded Reload
	sw	a2, 368(a0)
	lw	a2, 800(sp)                     # 4-byte Folded Reload
	sw	a2, 372(a0)
	lw	a2, 792(sp)                     # 4-byte Folded Reload
	sw	a2, 376(a0)
	lw	a2, 796(sp)                     # 4-byte Folded Reload
	sw	a2, 380(a0)
	lw	a2, 152(sp)                     # 4-byte Folded Reload
	sw	a2, 384(a0)
	lw	a2, 788(sp)                     # 4-byte Folded Reload
	sw	a2, 388(a0)
	lw	a2, 780(sp)                     # 4-byte Folded Reload
	sw	a2, 392(a0)
	lw	a2, 784(sp)                     # 4-byte Folded Reload
	sw	a2, 396(a0)
	lw	a2, 148(sp)                     # 4-byte Folded Reload
	sw	a2, 400(a0)
	lw	a2, 776(sp)                     # 4-byte Folded Reload
	sw	a2, 404(a0)
	lw	a2, 768(sp)                     # 4-byte Folded Reload
	sw	a2, 408(a0)
	lw	a2, 772(sp)                     # 4-byte Folded Reload
	sw	a2, 412(a0)
	lw	a2, 144(sp)                     # 4-byte Folded Reload
	sw	a2, 416(a0)
	lw	a2, 764(sp)                     # 4-byte Folded Reload
	sw	a2, 420(a0)
	lw	a2, 756(sp)                     # 4-byte Folded Reload
	sw	a2, 424(a0)
	lw	a2, 760(sp)                     # 4-byte Folded Reload
	sw	a2, 428(a0)
	lw	a2, 140(sp)                     # 4-byte Folded Reload
	sw	a2, 432(a0)
	lw	a2, 752(sp)                     # 4-byte Folded Reload
	sw	a2, 436(a0)
	lw	a2, 744(sp)                     # 4-byte Folded Reload
	sw	a2, 440(a0)
	lw	a2, 748(sp)                     # 4-byte Folded Reload
	sw	a2, 444(a0)
	lw	a2, 136(sp)                     # 4-byte Folded Reload
	sw	a2, 448(a0)
	lw	a2, 740(sp)                     # 4-byte Folded Reload
	sw	a2, 452(a0)
	lw	a2, 732(sp)                     # 4-byte Folded Reload
	sw	a2, 456(a0)
	lw	a2, 736(sp)                     # 4-byte Folded Reload
	sw	a2, 460(a0)
	lw	a2, 132(sp)                     # 4-byte Folded Reload
	sw	a2, 464(a0)
	lw	a2, 728(sp)                     # 4-byte Folded Reload
	sw	a2, 468(a0)
	lw	a2, 720(sp)                     # 4-byte Folded Reload
	sw	a2, 472(a0)
	lw	a2, 724(sp)                     # 4-byte Folded Reload
	sw	a2, 476(a0)
	lw	a2, 128(sp)                     # 4-byte Folded Reload
	sw	a2, 480(a0)
	lw	a2, 716(sp)                     # 4-byte Folded Reload
	sw	a2, 484(a0)
	lw	a2, 708(sp)                     # 4-byte Folded Reload
	sw	a2, 488(a0)
	lw	a2, 712(sp)                     # 4-byte Folded Reload
	sw	a2, 492(a0)
	lw	a2, 124(sp)                     # 4-byte Folded Reload
	sw	a2, 496(a0)
	lw	a2, 704(sp)                     # 4-byte Folded Reload
	sw	a2, 500(a0)
	lw	a2, 696(sp)                     # 4-byte Folded Reload
	sw	a2, 504(a0)
	lw	a2, 700(sp)                     # 4-byte Folded Reload
	sw	a2, 508(a0)
	lw	a2, 120(sp)                     # 4-byte Folded Reload
	sw	a2, 512(a0)
	lw	a2, 692(sp)                     # 4-byte Folded Reload
	sw	a2, 516(a0)
	lw	a2, 684(sp)                     # 4-byte Folded Reload
	sw	a2, 520(a0)
	lw	a2, 688(sp)                     # 4-byte Folded Reload
	sw	a2, 524(a0)
	lw	a2, 116(sp)                     # 4-byte Folded Reload
	sw	a2, 528(a0)
	lw	a2, 680(sp)                     # 4-byte Folded Reload
	sw	a2, 532(a0)
	lw	a2, 672(sp)                     # 4-byte Folded Reload
	sw	a2, 536(a0)
	lw	a2, 676(sp)                     # 4-byte Folded Reload
	sw	a2, 540(a0)
	lw	a2, 112(sp)                     # 4-byte Folded Reload
	sw	a2, 544(a0)
	lw	a2, 668(sp)                     # 4-byte Folded Reload
	sw	a2, 548(a0)
	lw	a2, 108(sp)                     # 4-byte Folded Reload
	sw	a2, 552(a0)
	lw	a2, 660(sp)                     # 4-byte Folded Reload
	sw	a2, 556(a0)
	lw	a2, 104(sp)                     # 4-byte Folded Reload
	sw	a2, 560(a0)
	lw	a2, 656(sp)                     # 4-byte Folded Reload
	sw	a2, 564(a0)
	lw	a2, 100(sp)                     # 4-byte Folded Reload
	sw	a2, 568(a0)
	lw	a2, 648(sp)                     # 4-byte Folded Reload
	sw	a2, 572(a0)
	lw	a2, 96(sp)                      # 4-byte Folded Reload
	sw	a2, 576(a0)
	lw	a2, 644(sp)                     # 4-byte Folded Reload
	sw	a2, 580(a0)
	lw	a2, 92(sp)                      # 4-byte Folded Reload
	sw	a2, 584(a0)
	lw	a2, 636(sp)                     # 4-byte Folded Reload
	sw	a2, 588(a0)
	lw	a2, 88(sp)                      # 4-byte Folded Reload
	sw	a2, 592(a0)
	lw	a2, 632(sp)                     # 4-byte Folded Reload
	sw	a2, 596(a0)
	lw	a2, 84(sp)                      # 4-byte Folded Reload
	sw	a2, 600(a0)
	lw	a2, 624(sp)                     # 4-byte Folded Reload
	sw	a2, 604(a0)
	lw	a2, 80(sp)                      # 4-byte Folded Reload
	sw	a2, 608(a0)
	lw	a2, 620(sp)                     # 4-byte Folded Reload
	sw	a2, 612(a0)
	lw	a2, 76(sp)                      # 4-byte Folded Reload
	sw	a2, 616(a0)
	lw	a2, 612(sp)                     # 4-byte Folded Reload
	sw	a2, 620(a0)
	lw	a2, 72(sp)                      # 4-byte Folded Reload
	sw	a2, 624(a0)
	lw	a2, 608(sp)                     # 4-byte Folded Reload
	sw	a2, 628(a0)
	lw	a2, 68(sp)                      # 4-byte Folded Reload
	sw	a2, 632(a0)
	lw	a2, 600(sp)                     # 4-byte Folded Reload
	sw	a2, 636(a0)
	lw	a2, 308(sp)                     # 4-byte Folded Reload
	sw	a2, 640(a0)
	lw	a2, 596(sp)                     # 4-byte Folded Reload
	sw	a2, 644(a0)
	lw	a2, 64(sp)                      # 4-byte Folded Reload
	sw	a2, 648(a0)
	lw	a2, 588(sp)                     # 4-byte Folded Reload
	sw	a2, 652(a0)
	lw	a2, 60(sp)                      # 4-byte Folded Reload
	sw	a2, 656(a0)
	lw	a2, 584(sp)                     # 4-byte Folded Reload
	sw	a2, 660(a0)
	lw	a2, 56(sp)                      # 4-byte Folded Reload
	sw	a2, 664(a0)
	lw	a2, 576(sp)                     # 4-byte Folded Reload
	sw	a2, 668(a0)
	lw	a2, 52(sp)                      # 4-byte Folded Reload
	sw	a2, 672(a0)
	lw	a2, 572(sp)                     # 4-byte Folded Reload
	sw	a2, 676(a0)
	lw	a2, 48(sp)                      # 4-byte Folded Reload
	sw	a2, 680(a0)
	lw	a2, 564(sp)                     # 4-byte Folded Reload
	sw	a2, 684(a0)
	lw	a2, 44(sp)                      # 4-byte Folded Reload
	sw	a2, 688(a0)
	lw	a2, 560(sp)                     # 4-byte Folded Reload
	sw	a2, 692(a0)
	lw	a2, 40(sp)                      # 4-byte Folded Reload
	sw	a2, 696(a0)
	lw	a2, 552(sp)                     # 4-byte Folded Reload
	sw	a2, 700(a0)
	lw	a2, 36(sp)                      # 4-byte Folded Reload
	sw	a2, 704(a0)
	lw	a2, 548(sp)                     # 4-byte Folded Reload
	sw	a2, 708(a0)
	lw	a2, 540(sp)                     # 4-byte Folded Reload
	sw	a2, 712(a0)
	lw	a2, 544(sp)                     # 4-byte Folded Reload
	sw	a2, 716(a0)
	lw	a2, 32(sp)                      # 4-byte Folded Reload
	sw	a2, 720(a0)
	lw	a2, 536(sp)                     # 4-byte Folded Reload
	sw	a2, 724(a0)
	lw	a2, 528(sp)                     # 4-byte Folded Reload
	sw	a2, 728(a0)
	lw	a2, 532(sp)                     # 4-byte Folded Reload
	sw	a2, 732(a0)
	lw	a2, 28(sp)                      # 4-byte Folded Reload
	sw	a2, 736(a0)
	lw	a2, 524(sp)                     # 4-byte Folded Reload
	sw	a2, 740(a0)
	lw	a2, 516(sp)                     # 4-byte Folded Reload
	sw	a2, 744(a0)
	lw	a2, 520(sp)                     # 4-byte Folded Reload
	sw	a2, 748(a0)
	lw	a2, 24(sp)                      # 4-byte Folded Reload
	sw	a2, 752(a0)
	lw	a2, 512(sp)                     # 4-byte Folded Reload
	sw	a2, 756(a0)
	lw	a2, 504(sp)                     # 4-byte Folded Reload
	sw	a2, 760(a0)
	lw	a2, 508(sp)                     # 4-byte Folded Reload
	sw	a2, 764(a0)
	lw	a2, 20(sp)                      # 4-byte Folded Reload
	sw	a2, 768(a0)
	lw	a2, 500(sp)                     # 4-byte Folded Reload
	sw	a2, 772(a0)
	lw	a2, 492(sp)                     # 4-byte Folded Reload
	sw	a2, 776(a0)
	lw	a2, 496(sp)                     # 4-byte Folded Reload
	sw	a2, 780(a0)
	lw	a2, 16(sp)                      # 4-byte Folded Reload
	sw	a2, 784(a0)
	lw	a2, 488(sp)                     # 4-byte Folded Reload
	sw	a2, 788(a0)
	lw	a2, 480(sp)                     # 4-byte Folded Reload
	sw	a2, 792(a0)
	lw	a2, 484(sp)                     # 4-byte Folded Reload
	sw	a2, 796(a0)
	lw	a2, 12(sp)                      # 4-byte Folded Reload
	sw	a2, 800(a0)
	lw	a2, 476(sp)                     # 4-byte Folded Reload
	sw	a2, 804(a0)
	lw	a2, 468(sp)                     # 4-byte Folded Reload
	sw	a2, 808(a0)
	lw	a2, 472(sp)                     # 4-byte Folded Reload
	sw	a2, 812(a0)
	lw	a2, 8(sp)                       # 4-byte Folded Reload
	sw	a2, 816(a0)
	lw	a2, 464(sp)                     # 4-byte Folded Reload
	sw	a2, 820(a0)
	sw	s11, 824(a0)
	lw	a2, 460(sp)                     # 4-byte Folded Reload
	sw	a2, 828(a0)
	sw	s10, 832(a0)
	lw	a2, 456(sp)                     # 4-byte Folded Reload
	sw	a2, 836(a0)
	sw	s9, 840(a0)
	lw	a2, 452(sp)                     # 4-byte Folded Reload
	sw	a2, 844(a0)
	sw	s8, 848(a0)
	lw	a2, 448(sp)                     # 4-byte Folded Reload
	sw	a2, 852(a0)
	sw	s7, 856(a0)
	lw	a2, 444(sp)                     # 4-byte Folded Reload
	sw	a2, 860(a0)
	sw	s6, 864(a0)
	lw	a2, 440(sp)                     # 4-byte Folded Reload
	sw	a2, 868(a0)
	sw	s5, 872(a0)
	lw	a2, 436(sp)                     # 4-byte Folded Reload
	sw	a2, 876(a0)
	sw	s4, 880(a0)
	lw	a2, 432(sp)                     # 4-byte Folded Reload
	sw	a2, 884(a0)
	sw	s3, 888(a0)
	lw	a2, 428(sp)                     # 4-byte Folded Reload
	sw	a2, 892(a0)
	sw	s2, 896(a0)
	lw	a2, 424(sp)                     # 4-byte Folded Reload
	sw	a2, 900(a0)
	sw	s1, 904(a0)
	lw	a2, 420(sp)                     # 4-byte Folded Reload
	sw	a2, 908(a0)
	sw	s0, 912(a0)
	lw	a2, 416(sp)                     # 4-byte Folded Reload
	sw	a2, 916(a0)
	sw	t6, 920(a0)
	lw	a2, 412(sp)                     # 4-byte Folded Reload
	sw	a2, 924(a0)
	sw	t5, 928(a0)
	lw	a2, 408(sp)                     # 4-byte Folded Reload
	sw	a2, 932(a0)
	sw	t4, 936(a0)
	lw	a2, 404(sp)                     # 4-byte Folded Reload
	sw	a2, 940(a0)
	sw	t3, 944(a0)
	lw	a2, 400(sp)                     # 4-byte Folded Reload
	sw	a2, 948(a0)
	sw	t2, 952(a0)
	lw	a2, 396(sp)                     # 4-byte Folded Reload
	sw	a2, 956(a0)
	sw	t1, 960(a0)
	lw	a2, 392(sp)                     # 4-byte Folded Reload
	sw	a2, 964(a0)
	sw	t0, 968(a0)
	lw	a2, 388(sp)                     # 4-byte Folded Reload
	sw	a2, 972(a0)
	sw	a7, 976(a0)
	lw	a2, 384(sp)                     # 4-byte Folded Reload
	sw	a2, 980(a0)
	sw	a6, 984(a0)
	lw	a2, 380(sp)                     # 4-byte Folded Reload
	sw	a2, 988(a0)
	sw	a5, 992(a0)
	lw	a2, 376(sp)                     # 4-byte Folded Reload
	sw	a2, 996(a0)
	sw	a4, 1000(a0)
	lw	a2, 372(sp)                     # 4-byte Folded Reload
	sw	a2, 1004(a0)
	sw	a3, 1008(a0)
	lw	a2, 368(sp)                     # 4-byte Folded Reload
	sw	a2, 1012(a0)
	sw	a1, 1016(a0)
	sw	ra, 1020(a0)
	lw	ra, 1036(sp)                    # 4-byte Folded Reload
	lw	s0, 1032(sp)                    # 4-byte Folded Reload
	lw	s1, 1028(sp)                    # 4-byte Folded Reload
	lw	s2, 1024(sp)                    # 4-byte Folded Reload
	lw	s3, 1020(sp)                    # 4-byte Folded Reload
	lw	s4, 1016(sp)                    # 4-byte Folded Reload
	lw	s5, 1012(sp)                    # 4-byte Folded Reload
	lw	s6, 1008(sp)                    # 4-byte Folded Reload
	lw	s7, 1004(sp)                    # 4-byte Folded Reload
	lw	s8, 1000(sp)                    # 4-byte Folded Reload
	lw	s9, 996(sp)                     # 4-byte Folded Reload
	lw	s10, 992(sp)                    # 4-byte Folded Reload
	lw	s11, 988(sp)                    # 4-byte Folded Reload
	addi	sp, sp, 1040
	ret
.Lfunc_end2:
	.size	add_, .Lfunc_end2-add_
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
	lw	s10, %lo(DPU_INPUT_ARGUMENTS)(a0)
	slli	s9, s0, 10
	li	a0, 1024
	call	mem_alloc
	mv	s1, a0
	li	a0, 1024
	call	mem_alloc
	li	a1, 15
	mv	s2, a0
	bne	s0, a1, .LBB3_4
# %bb.3:
	lui	a0, %hi(DPU_INPUT_ARGUMENTS)
	addi	a0, a0, %lo(DPU_INPUT_ARGUMENTS)
	lw	a1, 12(a0)
	lw	a0, 8(a0)
	lui	a2, %hi(message_partial_count)
	sw	a1, %lo(message_partial_count+4)(a2)
	sw	a0, %lo(message_partial_count)(a2)
.LBB3_4:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	bgeu	s9, s10, .LBB3_9
# %bb.5:
	slli	s3, s0, 3
	lui	a0, %hi(DPU_RESULTS)
	addi	a0, a0, %lo(DPU_RESULTS)
	lui	s8, %hi(__sys_used_mram_end)
	addi	s8, s8, %lo(__sys_used_mram_end)
	lui	s11, %hi(message_partial_count)
	add	s3, a0, s3
	add	s8, s8, s10
	j	.LBB3_7
.LBB3_6:                                #   in Loop: Header=BB3_7 Depth=1
	lui	a0, 4
	add	s9, s9, a0
	bgeu	s9, s10, .LBB3_9
.LBB3_7:                                # =>This Inner Loop Header: Depth=1
	lui	a0, %hi(__sys_used_mram_end)
	addi	a0, a0, %lo(__sys_used_mram_end)
	add	a0, s9, a0
	#APP
	#DMA mram_read a0 -> s1
	#NO_APP
	mv	a0, s2
	mv	a1, s1
	call	scan
	mv	s5, a0
	mv	s4, a1
	mv	a2, s0
	call	handshake_sync
	mv	s6, a0
	mv	s7, a1
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lw	a0, %lo(message_partial_count+4)(s11)
	lw	a2, %lo(message_partial_count)(s11)
	add	a0, a0, s7
	add	a1, a2, s6
	sltu	a2, a1, a2
	add	a2, a0, a2
	mv	a0, s2
	call	add_
	add	a0, s8, s9
	#APP
	#DMA mram_write s2 -> a0
	#NO_APP
	li	a0, 15
	bne	s0, a0, .LBB3_6
# %bb.8:                                #   in Loop: Header=BB3_7 Depth=1
	lw	a0, %lo(message_partial_count+4)(s11)
	lw	a1, %lo(message_partial_count)(s11)
	add	s5, s6, s5
	add	s4, s7, s4
	sltu	a2, s5, s6
	add	a2, s4, a2
	add	a1, s5, a1
	add	a0, a2, a0
	sltu	a2, a1, s5
	sw	a1, %lo(message_partial_count)(s11)
	add	a0, a0, a2
	sw	a1, 0(s3)
	sw	a0, 4(s3)
	sw	a0, %lo(message_partial_count+4)(s11)
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
	.globl	main_kernel2                    # -- Begin function main_kernel2
	.p2align	2
	.type	main_kernel2,@function
main_kernel2:                           # @main_kernel2
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
	call	me
	mv	s0, a0
	bnez	a0, .LBB4_2
# %bb.1:
	call	mem_reset
.LBB4_2:
	lui	a0, %hi(my_barrier)
	addi	a0, a0, %lo(my_barrier)
	call	barrier_wait
	lui	s1, %hi(DPU_INPUT_ARGUMENTS)
	lw	s3, %lo(DPU_INPUT_ARGUMENTS)(s1)
	slli	s4, s0, 10
	li	a0, 1024
	call	mem_alloc
	bgeu	s4, s3, .LBB4_5
# %bb.3:
	mv	s0, a0
	addi	a0, s1, %lo(DPU_INPUT_ARGUMENTS)
	lw	s1, 8(a0)
	lw	s2, 12(a0)
	lui	s5, %hi(__sys_used_mram_end)
	addi	s5, s5, %lo(__sys_used_mram_end)
	add	s5, s5, s3
	lui	s6, 4
.LBB4_4:                                # =>This Inner Loop Header: Depth=1
	add	s7, s5, s4
	#APP
	#DMA mram_read s7 -> s0
	#NO_APP
	mv	a0, s0
	mv	a1, s1
	mv	a2, s2
	call	add_
	#APP
	#DMA mram_write s0 -> s7
	#NO_APP
	add	s4, s4, s6
	bltu	s4, s3, .LBB4_4
.LBB4_5:
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
	addi	sp, sp, 48
	ret
.Lfunc_end4:
	.size	main_kernel2, .Lfunc_end4-main_kernel2
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
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
                                        # -- End function
	.type	message,@object                 # @message
	.bss
	.globl	message
	.p2align	3, 0x0
message:
	.zero	128
	.size	message, 128

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
	.word	main_kernel2
	.size	kernels, 8

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
	.zero	128
	.size	DPU_RESULTS, 128

	.type	message_partial_count,@object   # @message_partial_count
	.globl	message_partial_count
	.p2align	3, 0x0
message_partial_count:
	.quad	0                               # 0x0
	.size	message_partial_count, 8

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_kernel1
	.addrsig_sym main_kernel2
	.addrsig_sym my_barrier
	.addrsig_sym DPU_INPUT_ARGUMENTS
	.addrsig_sym DPU_RESULTS
	.addrsig_sym __sys_used_mram_end
