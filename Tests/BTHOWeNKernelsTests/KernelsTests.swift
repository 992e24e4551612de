import XCTest
@testable import BTHOWeNKernels
