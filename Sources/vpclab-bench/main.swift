import Foundation

// vpclab-bench: VPCLab's CIDR core against Python's ipaddress on the same inputs, then the
// reachability engine on a generated 1,000-VPC network and lab grading.
// Run it in release: swift run -c release vpclab-bench [--quick] [--format text|json]

do {
    let options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    if options.dnsOnly {
        for line in ZoneParseBenchmark.run(quick: options.quick) { print(line.text) }
        for line in HybridDNSBenchmark.run(labsRoot: URL(fileURLWithPath: "Labs"), quick: options.quick) { print(line.text) }
        exit(0)
    }
    let status = BenchmarkRunner(options: options).run()
    // The data-plane and grading workloads (issues 3 and 4): no Python reference, targets beside each figure.
    for line in RoutingBenchmark.run(quick: options.quick) { print(line.text) }
    for line in GradingBenchmark.run(quick: options.quick, labsRoot: URL(fileURLWithPath: "Labs")) { print(line.text) }
    for line in ZoneParseBenchmark.run(quick: options.quick) { print(line.text) }
    for line in HybridDNSBenchmark.run(labsRoot: URL(fileURLWithPath: "Labs"), quick: options.quick) { print(line.text) }
    exit(status)
} catch {
    if let message = error.message {
        FileHandle.standardError.write(Data("vpclab-bench: \(message)\n\(BenchmarkOptions.usage)\n".utf8))
        exit(2)
    }
    print(BenchmarkOptions.usage)
    exit(0)
}
