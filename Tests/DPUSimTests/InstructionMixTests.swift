import DPUSim
import XCTest

/// `InstructionMix` keeps one count per `InstructionClass`: these tests pin the labels to
/// their classes and the arithmetic every charge goes through.
final class InstructionMixTests: XCTestCase {
    /// The labelled initializer lists the classes in `InstructionClass`'s order: each label
    /// lands on the class of the same name.
    func testLabelsLandOnTheirClasses() {
        let mix = InstructionMix(alu: 1, aluRR: 2, load: 3, store: 4, branch: 5, mul8: 6, mulStep: 7, divStep: 8, dma: 9, sync: 10)
        for c in InstructionClass.allCases {
            XCTAssertEqual(mix[c], c.rawValue + 1, "\(c)")
            XCTAssertEqual(InstructionMix(c, 4)[c], 4)
            XCTAssertEqual(InstructionMix(c, 4).total, 4)
        }
        XCTAssertEqual(mix.total, 55)
    }

    /// The mix stores one count per class and nothing else: its tuple has as many elements
    /// as `InstructionClass` has cases (a class added to the enum needs an element, a
    /// subscript case and a term in `total`, `+=` and `*`).
    func testOneCountPerClass() {
        XCTAssertEqual(MemoryLayout<InstructionMix>.size, InstructionClass.allCases.count * MemoryLayout<Int>.size)
        for c in InstructionClass.allCases {
            var mix = InstructionMix.zero
            mix[c] = 7
            XCTAssertEqual(InstructionClass.allCases.filter { mix[$0] != 0 }, [c])
            XCTAssertEqual((mix * 3).total, 21)
        }
    }

    /// Sum, scaling, equality and hashing are per class; a difference in one class alone
    /// makes two mixes unequal.
    func testArithmeticIsPerClass() {
        let a = InstructionMix(alu: 3, load: 1, branch: 1)
        let b = InstructionMix(aluRR: 2, dma: 1)
        XCTAssertEqual(a + b, InstructionMix(alu: 3, aluRR: 2, load: 1, branch: 1, dma: 1))
        XCTAssertEqual(a * 4, InstructionMix(alu: 12, load: 4, branch: 4))
        var c = a
        c += b
        XCTAssertEqual(c, a + b)
        for cls in InstructionClass.allCases {
            var d = a
            d[cls] += 1
            XCTAssertNotEqual(d, a, "\(cls)")
        }
        XCTAssertEqual(Set([a, a * 1, b]).count, 2)
        XCTAssertEqual(InstructionMix.zero.total, 0)
        XCTAssertEqual(InstructionMix(), .zero)
    }
}
