import Foundation
import SimctlCommands

CrashExit.install()
Interrupts.install()
exit(SimCtl.run(Array(CommandLine.arguments.dropFirst())))
