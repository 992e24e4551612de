import Foundation

exit(SimCtl.run(Array(CommandLine.arguments.dropFirst())))
