import Foundation

CrashExit.install()
exit(SimCtl.run(Array(CommandLine.arguments.dropFirst())))
