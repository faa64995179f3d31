/// The help texts, printed on stdout by `--help`, `-h` and `vpclab help`.
///
/// Every command of the CLI contract (DESIGN.md) is listed and works in this build.
enum Usage {
    /// `vpclab --help`.
    static let main = """
        vpclab \(VPCLab.version) — model AWS networks and check them, offline.

        Usage: vpclab <command> [arguments] [options]

        Commands:
          cidr        address arithmetic: Terraform's cidrsubnet, cidrsubnets, cidrhost
                      and cidrnetmask; info, contains, overlaps, summarize, plan
          trace       follow a flow through a submission's AWS network, hop by hop,
                      there and back, and say what stops it
          grade       grade a submission against a lab: score, per-check feedback
          labs        list the shipped labs
          check       validate a lab file or a submission folder
          diagram     draw a submission's topology (DOT or Mermaid), a traced path in red
          dns         resolve a name as an instance, an on-prem host or the internet
                      asks it: Route 53, Resolver rules and endpoints, BIND, step by step
          help        this text, or a command's: vpclab help <command>

        Options:
          -h, --help  show help (also after any command or subcommand)
          --version   print the version

        Exit status: 0 success or yes, 1 no, 2 invalid input or usage.
        Run 'vpclab cidr --help' for the cidr subcommands, 'vpclab trace --help' for trace,
        'vpclab dns --help' for dns.
        """

    /// `vpclab cidr --help`.
    static let cidr = """
        Usage: vpclab cidr <subcommand> [arguments] [--format text|json]

        Terraform's functions (the same answers and errors as Terraform 1.11):
          subnet <prefix> <newbits> <netnum>      cidrsubnet: the netnum-th subnet,
                                                  newbits longer than prefix
          subnets <prefix> <newbits>...           cidrsubnets: consecutive subnets,
                                                  one per line
          host <prefix> <hostnum>                 cidrhost: the hostnum-th address;
                                                  negative counts from the end
          netmask <prefix>                        cidrnetmask: an IPv4 prefix's netmask

        Looking at blocks:
          info <prefix | address>                 network, masks, usable range, AWS
                                                  usable count, class, RFC 1918
          contains <prefix> <address | prefix>    true or false; exit 0 if contained,
                                                  1 if not
          overlaps <prefix> <prefix>...           true or false for two, else each
                                                  overlapping pair; exit 0 if any
          summarize <prefix | first-last>...      the fewest CIDR blocks covering
                                                  the inputs
          plan <vpc-prefix> <request>... [--existing <prefix>]...
                                                  lay out subnets in a VPC; requests
                                                  like 3x/24 or web:2x/24@a,b

        Options:
          --format text|json   print bare values (default) or JSON
          -h, --help           show help; 'vpclab cidr <subcommand> --help' for one

        Exit status: 0 success or yes, 1 no (contains, overlaps), 2 invalid input
        or usage. Errors are printed on stderr as 'vpclab: error: <code>: <message>'.

        Examples:
          vpclab cidr subnet 172.20.0.0/16 8 12        172.20.12.0/24
          vpclab cidr host 10.0.0.0/24 -2              10.0.0.254
          vpclab cidr subnets 10.0.0.0/16 4 4 8 4      four blocks, one per line
        """

    /// `vpclab cidr subnet --help`.
    static let cidrSubnet = """
        Usage: vpclab cidr subnet <prefix> <newbits> <netnum> [--format text|json]

        Terraform's cidrsubnet(prefix, newbits, netnum): the subnet numbered netnum
        (from 0) among the subnets of prefix that are newbits bits longer. Host bits in
        prefix are cleared, as Terraform clears them.

        Example:
          vpclab cidr subnet 172.20.0.0/16 8 12        172.20.12.0/24
        """

    /// `vpclab cidr subnets --help`.
    static let cidrSubnets = """
        Usage: vpclab cidr subnets <prefix> <newbits>... [--format text|json]

        Terraform's cidrsubnets(prefix, newbits...): consecutive subnets, each newbits
        longer than prefix and aligned to its own size, in the order asked; one per
        line (a JSON array with --format json).

        Example:
          vpclab cidr subnets 10.0.0.0/16 4 4 8 4
            10.0.0.0/20
            10.0.16.0/20
            10.0.32.0/24
            10.0.48.0/20
        """

    /// `vpclab cidr host --help`.
    static let cidrHost = """
        Usage: vpclab cidr host <prefix> <hostnum> [--format text|json]

        Terraform's cidrhost(prefix, hostnum): the address numbered hostnum (from 0)
        in prefix. A negative hostnum counts back from the end: -1 is the last address.

        Examples:
          vpclab cidr host 10.0.0.0/24 5               10.0.0.5
          vpclab cidr host 10.0.0.0/24 -2              10.0.0.254
        """

    /// `vpclab cidr netmask --help`.
    static let cidrNetmask = """
        Usage: vpclab cidr netmask <prefix> [--format text|json]

        Terraform's cidrnetmask(prefix): the dotted netmask of an IPv4 prefix. IPv6
        prefixes have none (an error, as in Terraform).

        Example:
          vpclab cidr netmask 172.16.0.0/12            255.240.0.0
        """

    /// `vpclab cidr info --help`.
    static let cidrInfo = """
        Usage: vpclab cidr info <prefix | address> [--format text|json]

        Describes a CIDR block (an address alone is a /32 or /128): network, netmask,
        hostmask, broadcast or last address, the first and last addresses AWS lets
        instances use, the total number of addresses, the addresses AWS reserves and
        how many are left, the address class, and whether it is private (RFC 1918).
        --format json prints the same as one object with fixed keys.

        Example:
          vpclab cidr info 10.0.0.0/24
        """

    /// `vpclab cidr contains --help`.
    static let cidrContains = """
        Usage: vpclab cidr contains <prefix> <address | prefix> [--format text|json]

        Prints true when every address of the second argument lies in the first, else
        false. Blocks of different families never contain each other.
        Exit status: 0 contained, 1 not contained, 2 invalid input.

        Example:
          vpclab cidr contains 10.0.0.0/16 10.0.3.7     true
        """

    /// `vpclab cidr overlaps --help`.
    static let cidrOverlaps = """
        Usage: vpclab cidr overlaps <prefix> <prefix> [<prefix>...] [--format text|json]

        With two blocks, prints true or false. With more, prints each overlapping pair
        as 'a b', one per line, in the order given (nothing when none overlap).
        Blocks of different families never overlap.
        Exit status: 0 some overlap, 1 none, 2 invalid input.

        Example:
          vpclab cidr overlaps 10.0.0.0/16 10.0.128.0/17    true
        """

    /// `vpclab cidr summarize --help`.
    static let cidrSummarize = """
        Usage: vpclab cidr summarize <prefix | address | first-last>... [--format text|json]

        The fewest CIDR blocks that cover exactly the union of the inputs, in order,
        one per line; IPv4 blocks first, then IPv6. A range is written first-last.

        Example:
          vpclab cidr summarize 10.0.0.0-10.0.0.10
            10.0.0.0/29
            10.0.0.8/31
            10.0.0.10/32
        """

    /// `vpclab cidr plan --help`.
    static let cidrPlan = """
        Usage: vpclab cidr plan <vpc-prefix> <request>... [--existing <prefix>]...
                                [--format text|json]

        Lays out subnets in a VPC block, largest first, around the blocks already in
        use (--existing, as often as needed), and prints a table of name, CIDR,
        Availability Zone and AWS usable addresses, then the free blocks left.

        A request is [name:]<count>x/<length>[@<az>,<az>...]:
          3x/24              three /24 subnets
          web:2x/24@a,b      two /24 subnets named web, one in AZ a and one in AZ b

        Example:
          vpclab cidr plan 10.0.0.0/16 web:2x/24@a,b db:2x/26@a,b --existing 10.0.0.0/24
        """

    /// `vpclab trace --help`.
    static let trace = """
        Usage: vpclab trace <submission> --from <endpoint> --to <endpoint>
                            [--protocol tcp|udp|icmp|all|<number>] [--port N]
                            [--format text|json] [--lang en|ko]

        Reads the submission folder (its aws/ describe-* outputs) and follows one flow
        the way AWS forwards it: the request from --from to --to, then the reply. Prints
        every hop (interfaces, security groups, network ACLs, route tables, gateways)
        and, when the flow is blocked, each component that stops it with AWS Reachability
        Analyzer's explanation code, a sentence and a hint.

        Endpoints:
          an instance's Name tag or id (i-…), a network interface id (eni-…), an IP
          address, or internet (a host on the internet, 8.8.8.8)

        Options:
          --protocol P         tcp (default), udp, icmp, all, or an IP protocol number
          --port N             the destination port; required for tcp and udp, ignored
                               otherwise (the reply goes back to port 49152)
          --format text|json   the path as text (default) or one JSON document
          --lang en|ko         the language of the explanations (default en)
          -h, --help           show this help

        Exit status: 0 reachable, 1 not reachable, 2 invalid submission, unknown
        endpoint or usage. Problems in the submission are printed on stderr as
        'path:line:column: error: message [CODE]'; warnings too, without stopping.

        Examples:
          vpclab trace submission --from web --to internet --port 443
          vpclab trace submission --from internet --to i-0abc123 --port 22 --format json
          vpclab trace submission --from app --to 10.0.2.15 --protocol icmp --lang ko
        """

    /// `vpclab grade --help`.
    static let grade = """
        Usage: vpclab grade <lab id | lab folder> <submission>
                            [--format text|json|junit|gradescope] [--output FILE] [--lang en|ko]

        Grades the submission folder (its aws/ describe-* outputs) against a lab: each
        check passes or fails with feedback that names the component, the explanation
        code, a hint and the traced path. Hidden checks count but do not show.

        Options:
          --format F      text (default), json, junit (CI test report) or gradescope
                          (an autograder results.json)
          --output FILE   write the report to FILE instead of stdout
          --lang en|ko    the language of titles and feedback (default en)
          -h, --help      show this help

        Exit status: 0 full marks, 1 not full marks, 2 invalid lab, submission or usage.

        Examples:
          vpclab grade nat-gateway Labs/nat-gateway/solution
          vpclab grade Labs/nat-gateway my-submission --format gradescope --output results.json
        """

    /// `vpclab labs --help`.
    static let labs = """
        Usage: vpclab labs [--format text|json] [--lang en|ko]

        Lists the labs under ./Labs (or $VPCLAB_LABS): id, title, checks and points.
        """

    /// `vpclab check --help`.
    static let check = """
        Usage: vpclab check [--kind lab|snapshot] <file | folder>

        Validates a lab (lab.json, or a folder holding it) or a submission folder and
        prints each problem as 'path:line:column: error: message [CODE]'. The kind is
        guessed from the name and content when not given. Checking Libreswan, FRR and
        BIND files comes in later versions.

        Exit status: 0 valid, 2 invalid.
        """

    /// `vpclab diagram --help`.
    static let diagram = """
        Usage: vpclab diagram <submission> [--from <endpoint> --to <endpoint>
                              [--protocol P] [--port N]] [--format dot|mermaid]

        Draws the submission's network: VPCs, subnets, instances, gateways, peering,
        transit gateway and VPN. With --from and --to, the traced request path is drawn
        in red with its step numbers. Render DOT with Graphviz (dot -Tpng) or paste
        Mermaid into a Markdown file.
        """

    /// `vpclab dns --help` and `vpclab dns resolve --help`.
    static let dns = """
        Usage: vpclab dns resolve <submission> <name> [--type A|AAAA|CNAME|MX|TXT|…]
                                  [--from <endpoint>] [--unhealthy <health-check id>]...
                                  [--format text|json] [--lang en|ko]

        Reads the submission folder (its aws/ Route 53, Resolver, DHCP options and VPC
        outputs, and the BIND files in onprem/) and resolves one name the way the asker's
        servers would: the VPC's DHCP options and Route 53 Resolver (private hosted zones,
        forwarding rules through outbound endpoints), on-prem BIND (zones, forwarders,
        inbound endpoints), public hosted zones, routing policies and health checks.
        Whether port 53 gets through between servers is traced in the submission's
        network. Prints the answer, every step, and what stops the answer with its
        explanation code, a sentence and a hint.

        Endpoints (--from; default internet):
          an instance's Name tag or id (i-…), a network interface id (eni-…), an IP
          address in a VPC or on-prem, or internet (a host on the internet)

        Options:
          --type T             the record type (default A)
          --from E             who asks (default internet)
          --unhealthy ID       treat this Route 53 health check as unhealthy (repeatable)
          --format text|json   the answer as text (default) or one JSON document:
                               {"name", "type", "rcode", "answers", "steps", "explanation"}
          --lang en|ko         the language of the explanations (default en)
          -h, --help           show this help

        Exit status: 0 answered with data, 1 NXDOMAIN, no data or SERVFAIL, 2 invalid
        submission, name, type, endpoint, health check or usage.

        Examples:
          vpclab dns resolve submission db.corp.internal --from app
          vpclab dns resolve submission www.example.com --unhealthy 1a2b3c4d --format json
          vpclab dns resolve submission app.aws.internal --from 192.168.10.5 --lang ko
        """
}
