/// Places requested subnets inside a VPC block: aligned, inside the VPC, clear of the
/// existing subnets and of each other, each /16 to /28.
///
/// ```
/// let planner = SubnetPlanner(vpc: try IPv4Prefix.parse("10.0.0.0/22"))
/// let plan = try planner.plan([try .parse("web:3x/24@a,b"), try .parse("db:2x/26@a,b")])
/// // 10.0.0.0/24 web-1 (a), 10.0.1.0/24 web-2 (b), 10.0.2.0/24 web-3 (a),
/// // 10.0.3.0/26 db-1 (a), 10.0.3.64/26 db-2 (b); free: 10.0.3.128/25
/// ```
///
/// **Algorithm.** Largest subnets first (shortest length; ties in request order, then
/// by index in the request), each at the lowest free aligned block of its size —
/// first fit, not best fit. The result depends only on the input.
///
/// **Completeness.** For power-of-two blocks that must be aligned, this never gives up
/// while a plan exists. Free space is a union of aligned blocks; when the largest
/// remaining request has size S, every free aligned S-block is interchangeable with
/// every other (whatever set of smaller requests fits in one fits in any), and free
/// pieces smaller than S are useless to it, so taking the lowest S-block loses nothing.
/// Hence `DoesNotFit` means no plan exists, not just that this one failed; the tests
/// check this against exhaustive search on small VPCs.
public struct SubnetPlanner: Sendable, Hashable {
    /// The VPC block to divide.
    public let vpc: IPv4Prefix
    /// Blocks already taken by subnets; the plan avoids them. Parts outside the VPC
    /// are ignored.
    public let existingSubnets: [IPv4Prefix]

    /// Creates a planner.
    /// - Parameters:
    ///   - vpc: the VPC block (a valid AWS VPC block: /16 to /28, not link-local, …).
    ///   - existingSubnets: subnets that already exist in it.
    public init(vpc: IPv4Prefix, existingSubnets: [IPv4Prefix] = []) {
        self.vpc = vpc
        self.existingSubnets = existingSubnets
    }

    /// Plans `requests`.
    /// - Returns: the subnets in address order and the free space left.
    /// - Throws: `InvalidVpc.Range` when the VPC block is not one AWS accepts;
    ///   `SubnetPlan.MalformedRequest` for a count below 1; `SubnetPlan.DoesNotFit` when
    ///   a length is outside /16–/28 or shorter than the VPC's, or when no placement
    ///   exists — the sentence gives the addresses needed and free and the largest free
    ///   block ("3 × /24 and 2 × /26 need 896 addresses; 10.0.0.0/22 has 512 free, the
    ///   largest free block is 10.0.2.0/23.").
    /// - Complexity: O(k × n) for k subnets and n free ranges.
    public func plan(_ requests: [SubnetRequest]) throws(CIDRError) -> SubnetPlan {
        try AWSRules.validateVPCBlock(vpc)
        let lengths = AWSRules.ipv4BlockLengths
        for request in requests {
            guard request.count >= 1 else {
                throw CIDRError(.planRequestMalformed, input: request.description,
                                "The request '\(request)' asks for \(request.count) subnets; ask for at least 1.")
            }
            if request.length > lengths.upperBound {
                throw doesNotFit(request, "/\(request.length) is below AWS's smallest subnet, /\(lengths.upperBound).")
            }
            if request.length < lengths.lowerBound {
                throw doesNotFit(request, "/\(request.length) is above AWS's largest subnet, /\(lengths.lowerBound).")
            }
            if request.length < vpc.length {
                throw doesNotFit(request, "/\(request.length) is larger than the whole VPC block \(vpc).")
            }
        }

        var taken = IPv4Set(existingSubnets)
        let freeSpace = IPv4Set([vpc]).subtracting(taken)
        let freeCount = freeSpace.ranges.reduce(UInt64(0)) { $0 + UInt64($1.span) + 1 }
        let needed = requests.reduce(UInt64(0)) { total, request in
            let (product, overflow) = UInt64(request.count).multipliedReportingOverflow(by: UInt64(1) << UInt64(32 - request.length))
            return overflow ? .max : total.addingReportingOverflow(product).overflow ? .max : total + product
        }
        if needed > freeCount {
            throw doesNotFit(requests, "\(demand(requests)) need \(needed) addresses; \(vpc) has \(freeCount) free\(largestFreeText(freeSpace)).")
        }

        // Largest first; ties keep request order and order within the request.
        var items: [(request: Int, index: Int, length: Int)] = []
        for (position, request) in requests.enumerated() {
            for index in 0..<request.count { items.append((position, index, request.length)) }
        }
        items.sort { ($0.length, $0.request, $0.index) < ($1.length, $1.request, $1.index) }

        var subnets: [SubnetPlan.Subnet] = []
        subnets.reserveCapacity(items.count)
        for item in items {
            guard let block = taken.freeBlock(length: item.length, within: vpc) else {
                let remaining = IPv4Set([vpc]).subtracting(taken)
                throw doesNotFit(requests,
                                 "\(demand(requests)) need \(needed) addresses and \(vpc) has \(freeCount) free, but not in aligned blocks: once the larger subnets are placed no free aligned /\(item.length) is left\(largestFreeText(remaining)).")
            }
            taken.insert(block)
            let request = requests[item.request]
            subnets.append(SubnetPlan.Subnet(name: request.subnetName(at: item.index), prefix: block,
                                             availabilityZone: request.availabilityZone(at: item.index)))
        }
        subnets.sort { $0.prefix < $1.prefix }
        return SubnetPlan(vpc: vpc, subnets: subnets, freeBlocks: taken.freeBlocks(within: vpc))
    }

    /// "3 × /24 and 2 × /26", counts summed per length, largest first.
    private func demand(_ requests: [SubnetRequest]) -> String {
        var counts: [Int: Int] = [:]
        for request in requests { counts[request.length, default: 0] += request.count }
        return AWSRules.englishList(counts.keys.sorted().map { "\(counts[$0] ?? 0) × /\($0)" })
    }

    /// ", the largest free block is 10.0.2.0/23" (lowest on a tie), or "" when full.
    private func largestFreeText(_ free: IPv4Set) -> String {
        var best: IPv4Prefix?
        for block in free.prefixes where best.map({ block.length < $0.length }) ?? true { best = block }
        return best.map { ", the largest free block is \($0)" } ?? ""
    }

    private func doesNotFit(_ request: SubnetRequest, _ why: String) -> CIDRError {
        CIDRError(.planDoesNotFit, input: request.description, why)
    }

    private func doesNotFit(_ requests: [SubnetRequest], _ why: String) -> CIDRError {
        CIDRError(.planDoesNotFit, input: requests.map(\.description).joined(separator: " "), why)
    }
}
