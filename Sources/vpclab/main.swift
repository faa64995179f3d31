// vpclab — the command-line face of VPCLab. Everything is decided in the libraries;
// this executable only reads arguments and prints what they answer.
import Foundation

let outcome = VPCLab.run(Array(CommandLine.arguments.dropFirst()))
outcome.write()
exit(outcome.exitCode.rawValue)
