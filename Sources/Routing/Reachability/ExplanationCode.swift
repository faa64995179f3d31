/// Why a flow stops: AWS Reachability Analyzer's explanation code where it has one, so
/// students learn the real term, and VPCLab's own names (DESIGN.md) where it does not.
public struct ExplanationCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code, `NO_ROUTE_TO_DESTINATION`.
    public var rawValue: String
    /// Creates a code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The code's text.
    public var description: String { rawValue }

    /// The route table has no route that matches the destination.
    public static let noRouteToDestination = ExplanationCode(rawValue: "NO_ROUTE_TO_DESTINATION")
    /// No security group rule of the interface allows the packet.
    public static let eniSecurityGroupRulesMismatch = ExplanationCode(rawValue: "ENI_SG_RULES_MISMATCH")
    /// A network ACL rule denies the packet (explicitly or by the final `*` rule).
    public static let subnetACLRestriction = ExplanationCode(rawValue: "SUBNET_ACL_RESTRICTION")
    /// Traffic to the internet leaves from an address with no public IPv4 address.
    public static let igwPublicIPAssociationForEgress = ExplanationCode(rawValue: "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS")
    /// Traffic from the internet targets an interface with no public IPv4 address.
    public static let igwPrivateIPAssociationForIngress = ExplanationCode(rawValue: "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS")
    /// An instance forwards traffic that is not its own with source/destination check on.
    public static let eniSourceDestCheckRestriction = ExplanationCode(rawValue: "ENI_SOURCE_DEST_CHECK_RESTRICTION")
    /// A component is not in a usable state (peering not active, NAT gateway failed, …).
    public static let badState = ExplanationCode(rawValue: "BAD_STATE")
    /// A gateway or attachment is not attached or not available.
    public static let badStateAttachment = ExplanationCode(rawValue: "BAD_STATE_ATTACHMENT")
    /// The matching route is a blackhole: its target is gone.
    public static let badStateRoute = ExplanationCode(rawValue: "BAD_STATE_ROUTE")
    /// The VPN connection is not available.
    public static let badStateVPN = ExplanationCode(rawValue: "BAD_STATE_VPN")
    /// A peering connection carries only traffic for the peer VPC's own blocks.
    public static let pcxRequiresAddressInVPCCIDR = ExplanationCode(rawValue: "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR")
    /// The transit gateway route table has no route for the destination.
    public static let tgwRouteTableCannotRoute = ExplanationCode(rawValue: "TGW_RTB_CANNOT_ROUTE")
    /// The transit gateway route for the destination is a blackhole.
    public static let tgwRouteTableBadStateRoute = ExplanationCode(rawValue: "TGW_RTB_BAD_STATE_ROUTE")
    /// The attachment is associated with no transit gateway route table.
    public static let tgwAttachmentMissingRouteTableAssociation = ExplanationCode(rawValue: "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION")
    /// The VPC attachment has no subnet in the source's Availability Zone.
    public static let tgwRouteAZRestriction = ExplanationCode(rawValue: "TGW_ROUTE_AZ_RESTRICTION")
    /// A NAT gateway only translates traffic that starts inside its VPC.
    public static let ngwRequiresSourceInVPC = ExplanationCode(rawValue: "NGW_REQUIRES_SOURCE_IN_VPC")
    /// The component does not carry this protocol (a NAT gateway: TCP, UDP, ICMP only).
    public static let protocolRestriction = ExplanationCode(rawValue: "PROTOCOL_RESTRICTION")
    /// The instance is not running.
    public static let instanceNotRunning = ExplanationCode(rawValue: "BAD_STATE_INSTANCE")
    /// The path comes back to a component it already passed.
    public static let routingLoop = ExplanationCode(rawValue: "ROUTING_LOOP")
    /// A tunnel is down: `leftid`/`left`/`right` do not match the customer gateway or the tunnel's outside address.
    public static let vpnPeerAddressMismatch = ExplanationCode(rawValue: "VPN_PEER_ADDRESS_MISMATCH")
    /// A tunnel is down: the two ends hold different pre-shared keys.
    public static let vpnPSKMismatch = ExplanationCode(rawValue: "VPN_PSK_MISMATCH")
    /// A tunnel is down: IKEv1 on one end, IKEv2 on the other.
    public static let vpnIKEVersionMismatch = ExplanationCode(rawValue: "VPN_IKE_VERSION_MISMATCH")
    /// A tunnel is down: no IKE or ESP proposal in common (or PFS off).
    public static let vpnNoProposalChosen = ExplanationCode(rawValue: "VPN_NO_PROPOSAL_CHOSEN")
    /// `leftsubnet`/`rightsubnet` do not cover the flow, or the tunnel refuses them.
    public static let vpnTrafficSelectorMismatch = ExplanationCode(rawValue: "VPN_TRAFFIC_SELECTOR_MISMATCH")
    /// A tunnel is down: no conn (or no secret) on-prem for it.
    public static let vpnConfigMissing = ExplanationCode(rawValue: "VPN_CONFIG_MISSING")
    /// A tunnel is down: the conn does not authenticate with a pre-shared key.
    public static let vpnAuthMethodMismatch = ExplanationCode(rawValue: "VPN_AUTH_METHOD_MISMATCH")
    /// No BGP session is established over the connection, so no route is learned.
    public static let bgpSessionDown = ExplanationCode(rawValue: "BGP_SESSION_DOWN")
    /// The BGP session fails: an AS number differs between FRR and AWS.
    public static let bgpASNMismatch = ExplanationCode(rawValue: "BGP_ASN_MISMATCH")
    /// The BGP session fails: the FRR neighbour is not AWS's inside address.
    public static let bgpNeighborAddressMismatch = ExplanationCode(rawValue: "BGP_NEIGHBOR_ADDRESS_MISMATCH")
    /// The session is up but FRR's ebgp-requires-policy keeps every route back.
    public static let bgpPolicyRequired = ExplanationCode(rawValue: "BGP_POLICY_REQUIRED")
    /// A `network` statement names a prefix that is not in the RIB (import-check).
    public static let bgpPrefixNotInRIB = ExplanationCode(rawValue: "BGP_PREFIX_NOT_IN_RIB")
    /// More prefixes advertised than AWS accepts; the session is reset.
    public static let bgpRouteLimitExceeded = ExplanationCode(rawValue: "BGP_ROUTE_LIMIT_EXCEEDED")
}

/// One sentence and a hint for a code, in English and Korean.
public struct ExplanationText: Sendable, Hashable {
    /// What the code means, in one sentence.
    public var sentence: String
    /// What to look at or change.
    public var hint: String
}

/// The languages feedback is written in.
public enum FeedbackLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    /// English.
    case en
    /// Korean (the course these labs come from is taught in Korean).
    case ko
}

extension ExplanationCode {
    /// The sentence and hint for this code in `language`.
    public func text(_ language: FeedbackLanguage = .en) -> ExplanationText {
        guard let entry = Self.catalogue[rawValue] else {
            return language == .en ? .init(sentence: "The traffic stops here.", hint: "Check this component's configuration.")
                : .init(sentence: "트래픽이 여기서 멈춥니다.", hint: "이 구성 요소의 설정을 확인하세요.")
        }
        return language == .en ? entry.en : entry.ko
    }

    private static let catalogue: [String: (en: ExplanationText, ko: ExplanationText)] = [
        "NO_ROUTE_TO_DESTINATION": (
            .init(sentence: "The route table has no route that matches the destination.",
                  hint: "Add a route for the destination to the route table the subnet actually uses (its explicit association, else the VPC's main table)."),
            .init(sentence: "라우팅 테이블에 목적지와 일치하는 경로가 없습니다.",
                  hint: "서브넷이 실제로 사용하는 라우팅 테이블(명시적 연결, 없으면 VPC의 기본 테이블)에 목적지 경로를 추가하세요.")),
        "ENI_SG_RULES_MISMATCH": (
            .init(sentence: "No rule of the security groups on this network interface allows the traffic.",
                  hint: "Add a rule for this protocol and port from the source's private address or its security group; traffic inside AWS carries private addresses."),
            .init(sentence: "이 네트워크 인터페이스의 보안 그룹 규칙 중 이 트래픽을 허용하는 규칙이 없습니다.",
                  hint: "출발지의 사설 IP나 보안 그룹을 대상으로 이 프로토콜과 포트를 허용하는 규칙을 추가하세요. AWS 내부 트래픽은 사설 IP를 사용합니다.")),
        "SUBNET_ACL_RESTRICTION": (
            .init(sentence: "A network ACL rule denies the traffic (network ACLs are stateless, so replies need their own rule).",
                  hint: "Allow the traffic in the ACL with a rule numbered below any deny; for replies allow the ephemeral ports 1024-65535."),
            .init(sentence: "네트워크 ACL 규칙이 트래픽을 거부합니다(네트워크 ACL은 상태 비저장이므로 응답 트래픽에도 규칙이 필요합니다).",
                  hint: "거부 규칙보다 낮은 번호로 허용 규칙을 추가하고, 응답을 위해 임시 포트 1024-65535를 허용하세요.")),
        "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS": (
            .init(sentence: "Traffic reaches the internet gateway from an address that has no public IPv4 address, so it cannot leave.",
                  hint: "Give the instance a public IP or Elastic IP, or send a private subnet's default route to a NAT gateway instead of the internet gateway."),
            .init(sentence: "공인 IPv4 주소가 없는 주소에서 인터넷 게이트웨이로 트래픽이 와서 나갈 수 없습니다.",
                  hint: "인스턴스에 공인 IP나 탄력적 IP를 부여하거나, 프라이빗 서브넷의 기본 경로를 인터넷 게이트웨이 대신 NAT 게이트웨이로 보내세요.")),
        "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS": (
            .init(sentence: "Traffic from the internet targets an instance with no public IPv4 address.",
                  hint: "Only addresses with a public IP or Elastic IP are reachable from the internet; reach private instances through a bastion host."),
            .init(sentence: "인터넷에서 온 트래픽의 대상 인스턴스에 공인 IPv4 주소가 없습니다.",
                  hint: "공인 IP나 탄력적 IP가 있는 주소만 인터넷에서 접근할 수 있습니다. 프라이빗 인스턴스는 배스천 호스트를 통해 접근하세요.")),
        "ENI_SOURCE_DEST_CHECK_RESTRICTION": (
            .init(sentence: "The instance forwards traffic that is not addressed to it, but its source/destination check is on.",
                  hint: "Disable source/destination check on a NAT instance or appliance (instance Networking settings)."),
            .init(sentence: "인스턴스가 자신에게 오지 않은 트래픽을 전달하지만 소스/대상 확인이 켜져 있습니다.",
                  hint: "NAT 인스턴스나 어플라이언스에서 소스/대상 확인을 비활성화하세요.")),
        "BAD_STATE": (
            .init(sentence: "A component on the path is not in a usable state.",
                  hint: "Check the component's state: a peering connection must be accepted (active), a NAT gateway available."),
            .init(sentence: "경로상의 구성 요소가 사용할 수 있는 상태가 아닙니다.",
                  hint: "구성 요소의 상태를 확인하세요. 피어링 연결은 수락(active)되어야 하고 NAT 게이트웨이는 available이어야 합니다.")),
        "BAD_STATE_ATTACHMENT": (
            .init(sentence: "A gateway or attachment on the path is not attached or not available.",
                  hint: "Attach the gateway to the VPC (or accept the attachment) and wait until it is available."),
            .init(sentence: "경로상의 게이트웨이나 연결이 붙어 있지 않거나 사용할 수 없는 상태입니다.",
                  hint: "게이트웨이를 VPC에 연결(또는 연결 요청을 수락)하고 available 상태가 될 때까지 기다리세요.")),
        "BAD_STATE_ROUTE": (
            .init(sentence: "The matching route is a blackhole: its target no longer exists or is stopped.",
                  hint: "Point the route at a target that exists (recreate the NAT gateway, start the NAT instance) or delete it."),
            .init(sentence: "일치하는 경로가 블랙홀입니다. 대상이 더 이상 없거나 중지되었습니다.",
                  hint: "존재하는 대상으로 경로를 바꾸거나(NAT 게이트웨이 재생성, NAT 인스턴스 시작) 경로를 삭제하세요.")),
        "BAD_STATE_VPN": (
            .init(sentence: "The VPN connection is not available, or none of its routes covers the destination.",
                  hint: "Check the VPN connection's state, its static routes or BGP routes, and that its gateway is attached."),
            .init(sentence: "VPN 연결을 사용할 수 없거나 목적지를 포함하는 VPN 경로가 없습니다.",
                  hint: "VPN 연결 상태, 정적 경로 또는 BGP 경로, 게이트웨이 연결 여부를 확인하세요.")),
        "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR": (
            .init(sentence: "A peering connection only carries traffic to the peer VPC's own addresses: peering is not transitive and allows no edge-to-edge routing.",
                  hint: "Peer the two VPCs directly (or use a transit gateway); a peer's internet gateway, NAT gateway or VPN cannot be used."),
            .init(sentence: "피어링 연결은 피어 VPC 자체 주소로 가는 트래픽만 전달합니다. 피어링은 전이적이지 않고 엣지 간 라우팅을 허용하지 않습니다.",
                  hint: "두 VPC를 직접 피어링하거나 Transit Gateway를 사용하세요. 피어의 인터넷 게이트웨이, NAT 게이트웨이, VPN은 사용할 수 없습니다.")),
        "TGW_RTB_CANNOT_ROUTE": (
            .init(sentence: "The transit gateway route table associated with the incoming attachment has no route for the destination.",
                  hint: "Propagate the destination attachment into that table, or add a static route."),
            .init(sentence: "들어온 연결에 연결된 Transit Gateway 라우팅 테이블에 목적지 경로가 없습니다.",
                  hint: "목적지 연결을 해당 테이블로 전파하거나 정적 경로를 추가하세요.")),
        "TGW_RTB_BAD_STATE_ROUTE": (
            .init(sentence: "The transit gateway route for the destination is a blackhole.",
                  hint: "Remove the blackhole route or point it at an attachment."),
            .init(sentence: "목적지로 가는 Transit Gateway 경로가 블랙홀입니다.",
                  hint: "블랙홀 경로를 삭제하거나 연결을 대상으로 지정하세요.")),
        "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION": (
            .init(sentence: "The transit gateway attachment is associated with no route table, so the transit gateway cannot route its traffic.",
                  hint: "Associate the attachment with exactly one transit gateway route table."),
            .init(sentence: "Transit Gateway 연결이 어떤 라우팅 테이블과도 연결되어 있지 않아 트래픽을 라우팅할 수 없습니다.",
                  hint: "연결을 Transit Gateway 라우팅 테이블 하나와 연결하세요.")),
        "TGW_ROUTE_AZ_RESTRICTION": (
            .init(sentence: "The transit gateway VPC attachment has no subnet in the Availability Zone of the source.",
                  hint: "Add a subnet in that Availability Zone to the VPC attachment."),
            .init(sentence: "Transit Gateway VPC 연결에 출발지 가용 영역의 서브넷이 없습니다.",
                  hint: "해당 가용 영역의 서브넷을 VPC 연결에 추가하세요.")),
        "NGW_REQUIRES_SOURCE_IN_VPC": (
            .init(sentence: "A NAT gateway only translates connections that start inside the VPC; it drops unsolicited inbound traffic.",
                  hint: "To accept connections from outside, use a public instance or a load balancer, not the NAT gateway."),
            .init(sentence: "NAT 게이트웨이는 VPC 내부에서 시작된 연결만 변환하며, 외부에서 먼저 온 트래픽은 버립니다.",
                  hint: "외부 연결을 받으려면 NAT 게이트웨이가 아닌 퍼블릭 인스턴스나 로드 밸런서를 사용하세요.")),
        "PROTOCOL_RESTRICTION": (
            .init(sentence: "The component does not carry this protocol (a NAT gateway carries TCP, UDP and ICMP only).",
                  hint: "Use TCP, UDP or ICMP through a NAT gateway."),
            .init(sentence: "구성 요소가 이 프로토콜을 전달하지 않습니다(NAT 게이트웨이는 TCP, UDP, ICMP만 전달).",
                  hint: "NAT 게이트웨이에서는 TCP, UDP, ICMP를 사용하세요.")),
        "BAD_STATE_INSTANCE": (
            .init(sentence: "The instance is not running, so it neither sends, answers nor forwards.",
                  hint: "Start the instance."),
            .init(sentence: "인스턴스가 실행 중이 아니므로 트래픽을 보내거나 응답하거나 전달하지 않습니다.",
                  hint: "인스턴스를 시작하세요.")),
        "ROUTING_LOOP": (
            .init(sentence: "The path comes back to a component it has already passed: the routes form a loop.",
                  hint: "Follow the listed hops and fix the route that sends the traffic back."),
            .init(sentence: "경로가 이미 지나간 구성 요소로 되돌아옵니다. 경로가 루프를 이룹니다.",
                  hint: "표시된 홉을 따라가며 트래픽을 되돌려 보내는 경로를 수정하세요.")),
        "VPN_PEER_ADDRESS_MISMATCH": (
            .init(sentence: "The tunnel stays down: the on-prem conn's right= is not the tunnel's outside address, or its leftid/left is not the customer gateway's address.",
                  hint: "Set right= to the tunnel's outside IP from the VPN configuration (not an inside 169.254 address) and leftid= to the customer gateway's public IP."),
            .init(sentence: "터널이 올라오지 않습니다. 온프레미스 conn의 right=가 터널 외부 주소가 아니거나, leftid/left가 고객 게이트웨이 주소가 아닙니다.",
                  hint: "right=에는 VPN 구성의 터널 외부 IP(169.254 내부 주소가 아님)를, leftid=에는 고객 게이트웨이의 공인 IP를 넣으세요.")),
        "VPN_PSK_MISMATCH": (
            .init(sentence: "The tunnel stays down: the pre-shared key in ipsec.secrets differs from the tunnel's key.",
                  hint: "Copy each tunnel's pre-shared key from the downloaded configuration into the ipsec.secrets line for that tunnel's outside address; the two tunnels have different keys."),
            .init(sentence: "터널이 올라오지 않습니다. ipsec.secrets의 사전 공유 키가 터널의 키와 다릅니다.",
                  hint: "다운로드한 구성에서 터널마다 사전 공유 키를 복사해 그 터널 외부 주소의 ipsec.secrets 줄에 넣으세요. 두 터널의 키는 서로 다릅니다.")),
        "VPN_IKE_VERSION_MISMATCH": (
            .init(sentence: "The tunnel stays down: the conn speaks an IKE version the tunnel does not accept.",
                  hint: "Match ikev2= (or keyexchange=) to the tunnel's IKE versions."),
            .init(sentence: "터널이 올라오지 않습니다. conn이 터널이 받지 않는 IKE 버전을 사용합니다.",
                  hint: "ikev2=(또는 keyexchange=)를 터널의 IKE 버전에 맞추세요.")),
        "VPN_NO_PROPOSAL_CHOSEN": (
            .init(sentence: "The tunnel stays down: no IKE or ESP proposal of the conn is one the tunnel accepts (or PFS is off).",
                  hint: "Use ike= and phase2alg= proposals AWS accepts (AES, SHA-1/SHA-2, DH group 2 or 14-24) and keep pfs=yes."),
            .init(sentence: "터널이 올라오지 않습니다. conn의 IKE 또는 ESP 제안 중 터널이 받는 것이 없습니다(또는 PFS가 꺼져 있습니다).",
                  hint: "AWS가 받는 ike=, phase2alg= 제안(AES, SHA-1/SHA-2, DH 그룹 2 또는 14-24)을 쓰고 pfs=yes를 유지하세요.")),
        "VPN_TRAFFIC_SELECTOR_MISMATCH": (
            .init(sentence: "The tunnel's traffic selectors (leftsubnet/rightsubnet) do not cover this flow, so it is not encrypted into the tunnel.",
                  hint: "Make leftsubnet= cover the on-prem network and rightsubnet= the VPC's block."),
            .init(sentence: "터널의 트래픽 셀렉터(leftsubnet/rightsubnet)가 이 흐름을 포함하지 않아 터널로 암호화되지 않습니다.",
                  hint: "leftsubnet=은 온프레미스 네트워크를, rightsubnet=은 VPC 블록을 포함하도록 하세요.")),
        "VPN_CONFIG_MISSING": (
            .init(sentence: "The tunnel stays down: the on-prem configuration has no conn or no secret for it.",
                  hint: "Add a conn with right= set to the tunnel's outside IP and a PSK line for it in ipsec.secrets."),
            .init(sentence: "터널이 올라오지 않습니다. 온프레미스 구성에 이 터널의 conn이나 비밀 키가 없습니다.",
                  hint: "right=에 터널 외부 IP를 넣은 conn과 ipsec.secrets의 PSK 줄을 추가하세요.")),
        "VPN_AUTH_METHOD_MISMATCH": (
            .init(sentence: "The tunnel stays down: the conn does not authenticate with a pre-shared key.",
                  hint: "Set authby=secret: AWS tunnels authenticate with pre-shared keys."),
            .init(sentence: "터널이 올라오지 않습니다. conn이 사전 공유 키로 인증하지 않습니다.",
                  hint: "authby=secret으로 설정하세요. AWS 터널은 사전 공유 키로 인증합니다.")),
        "BGP_SESSION_DOWN": (
            .init(sentence: "No BGP session is established over the VPN connection, so no route is exchanged.",
                  hint: "Bring a tunnel up, then check router bgp, the neighbour at AWS's inside address and the VTI address (leftvti) from the VPN configuration."),
            .init(sentence: "VPN 연결에서 BGP 세션이 수립되지 않아 경로가 교환되지 않습니다.",
                  hint: "터널을 먼저 올리고 router bgp, AWS 내부 주소의 neighbor, VPN 구성의 VTI 주소(leftvti)를 확인하세요.")),
        "BGP_ASN_MISMATCH": (
            .init(sentence: "The BGP session does not come up: an AS number on the customer gateway differs from AWS's (OPEN error).",
                  hint: "Use 'router bgp' with the customer gateway's ASN and 'neighbor … remote-as' with the virtual private gateway's Amazon-side ASN (see the VPN configuration)."),
            .init(sentence: "BGP 세션이 올라오지 않습니다. 고객 게이트웨이의 AS 번호가 AWS 쪽과 다릅니다(OPEN 오류).",
                  hint: "'router bgp'에는 고객 게이트웨이의 ASN을, 'neighbor … remote-as'에는 가상 프라이빗 게이트웨이의 Amazon 측 ASN을 쓰세요(VPN 구성 참조).")),
        "BGP_NEIGHBOR_ADDRESS_MISMATCH": (
            .init(sentence: "The BGP session does not come up: the neighbour is not AWS's inside address of the tunnel.",
                  hint: "Set 'neighbor' to the virtual private gateway's inside address (the first host of the tunnel's 169.254 /30), not the customer gateway's own (the second)."),
            .init(sentence: "BGP 세션이 올라오지 않습니다. neighbor가 터널의 AWS 쪽 내부 주소가 아닙니다.",
                  hint: "'neighbor'에는 고객 게이트웨이 자신의 주소(두 번째)가 아니라 가상 프라이빗 게이트웨이의 내부 주소(터널 169.254 /30의 첫 번째 호스트)를 넣으세요.")),
        "BGP_POLICY_REQUIRED": (
            .init(sentence: "The BGP session is up, but FRR's 'bgp ebgp-requires-policy' (on by default) keeps every route back: nothing is sent or accepted.",
                  hint: "Add 'no bgp ebgp-requires-policy' under router bgp, or route-maps in and out on each neighbour."),
            .init(sentence: "BGP 세션은 올라왔지만 FRR의 'bgp ebgp-requires-policy'(기본값으로 켜짐) 때문에 경로를 보내지도 받지도 않습니다.",
                  hint: "router bgp 아래에 'no bgp ebgp-requires-policy'를 넣거나 각 neighbor에 in/out route-map을 지정하세요.")),
        "BGP_PREFIX_NOT_IN_RIB": (
            .init(sentence: "The 'network' statement names a prefix that is not in the routing table, so BGP does not advertise it (import-check).",
                  hint: "Add a matching route (e.g. 'ip route 192.168.0.0/16 blackhole' or the connected network) or change the network statement to a prefix that exists."),
            .init(sentence: "'network' 문이 라우팅 테이블에 없는 프리픽스를 가리켜 BGP가 광고하지 않습니다(import-check).",
                  hint: "같은 프리픽스의 경로(예: 'ip route 192.168.0.0/16 blackhole' 또는 연결된 네트워크)를 추가하거나 존재하는 프리픽스로 network 문을 고치세요.")),
        "BGP_ROUTE_LIMIT_EXCEEDED": (
            .init(sentence: "The customer gateway advertises more prefixes than AWS accepts (100 on a virtual private gateway), so AWS resets the session.",
                  hint: "Summarise the on-prem networks or filter what you redistribute; the limit cannot be raised."),
            .init(sentence: "고객 게이트웨이가 AWS가 받는 수(가상 프라이빗 게이트웨이는 100개)보다 많은 프리픽스를 광고해 AWS가 세션을 재설정합니다.",
                  hint: "온프레미스 네트워크를 요약하거나 재배포하는 경로를 필터링하세요. 이 한도는 늘릴 수 없습니다.")),
    ]
}
