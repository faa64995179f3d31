/// One sentence and a hint for a DNS code, in one language.
public struct DNSCodeText: Sendable, Hashable {
    /// What the code means, in one sentence.
    public var sentence: String
    /// What to look at or change.
    public var hint: String

    /// Creates a text.
    public init(sentence: String, hint: String) {
        self.sentence = sentence
        self.hint = hint
    }
}

extension DNSCode {
    /// The sentence and hint for this code, in English or in Korean (the course these labs
    /// come from is taught in Korean). An unknown code gets a general text.
    public func text(korean: Bool = false) -> DNSCodeText {
        guard let entry = Self.catalogue[rawValue] else {
            return korean ? DNSCodeText(sentence: "이 이름은 여기서 해석되지 않습니다.", hint: "단계별 추적에서 마지막으로 결정한 구성 요소를 확인하세요.")
                : DNSCodeText(sentence: "The name does not resolve here.", hint: "Check the last component the trace names.")
        }
        return korean ? entry.korean : entry.english
    }

    /// Every code with its English and Korean text.
    static let catalogue: [String: (english: DNSCodeText, korean: DNSCodeText)] = [
        "DNS_NXDOMAIN": (
            DNSCodeText(sentence: "The name does not exist in the zone that answers the query (NXDOMAIN).",
                        hint: "Check the spelling and the zone: add the record to the zone that answers (the most specific zone containing the name), or query the name that exists."),
            DNSCodeText(sentence: "질의에 답하는 영역(zone)에 이 이름이 존재하지 않습니다(NXDOMAIN).",
                        hint: "이름의 철자와 영역을 확인하세요. 질의에 답하는 영역(이름을 포함하는 가장 구체적인 영역)에 레코드를 추가하거나, 존재하는 이름으로 질의하세요.")),
        "DNS_NO_DATA": (
            DNSCodeText(sentence: "The name exists, but it has no record of the type asked for (NOERROR, no data).",
                        hint: "Add a record of this type (A for IPv4, AAAA for IPv6, …) at the name, or ask for the type that exists."),
            DNSCodeText(sentence: "이름은 존재하지만 요청한 유형의 레코드가 없습니다(NOERROR, 데이터 없음).",
                        hint: "이 이름에 해당 유형의 레코드(IPv4는 A, IPv6는 AAAA 등)를 추가하거나, 존재하는 유형으로 질의하세요.")),
        "DNS_SUPPORT_DISABLED": (
            DNSCodeText(sentence: "The VPC's DNS attributes are off: without enableDnsSupport the Route 53 Resolver does not answer, and without enableDnsHostnames private hosted zones are not used.",
                        hint: "Turn on both enableDnsSupport and enableDnsHostnames in the VPC's settings (Edit DNS settings / modify-vpc-attribute)."),
            DNSCodeText(sentence: "VPC의 DNS 속성이 꺼져 있습니다. enableDnsSupport가 없으면 Route 53 Resolver가 응답하지 않고, enableDnsHostnames가 없으면 프라이빗 호스팅 영역이 사용되지 않습니다.",
                        hint: "VPC 설정(DNS 설정 편집 / modify-vpc-attribute)에서 enableDnsSupport와 enableDnsHostnames를 모두 켜세요.")),
        "DNS_ZONE_NOT_ASSOCIATED": (
            DNSCodeText(sentence: "The private hosted zone holding the name is not associated with the VPC that asks, so the query goes to public DNS.",
                        hint: "Associate the private hosted zone with this VPC as well (Route 53 → hosted zone → VPCs to associate)."),
            DNSCodeText(sentence: "이름이 들어 있는 프라이빗 호스팅 영역이 질의한 VPC와 연결되어 있지 않아, 질의가 퍼블릭 DNS로 갑니다.",
                        hint: "프라이빗 호스팅 영역을 이 VPC에도 연결하세요(Route 53 → 호스팅 영역 → 연결할 VPC).")),
        "DNS_RULE_NOT_ASSOCIATED": (
            DNSCodeText(sentence: "A Resolver rule for the name exists but is not associated with the VPC that asks, so it is not applied.",
                        hint: "Associate the Resolver rule with this VPC (Route 53 Resolver → Rules → Associate VPC)."),
            DNSCodeText(sentence: "이 이름에 대한 Resolver 규칙이 있지만 질의한 VPC와 연결되어 있지 않아 적용되지 않습니다.",
                        hint: "Resolver 규칙을 이 VPC에 연결하세요(Route 53 Resolver → 규칙 → VPC 연결).")),
        "DNS_FORWARDER_UNREACHABLE": (
            DNSCodeText(sentence: "The query is forwarded to a DNS server that cannot be reached on port 53, or that does not answer queries from there.",
                        hint: "Forward to the Resolver inbound endpoint IPs (not VPC+2), allow UDP and TCP 53 in the endpoints' security groups and on the way, and check the routes across the VPN."),
            DNSCodeText(sentence: "질의를 전달받을 DNS 서버에 53번 포트로 도달할 수 없거나, 그 서버가 그곳에서 온 질의에 응답하지 않습니다.",
                        hint: "VPC+2가 아닌 Resolver 인바운드 엔드포인트 IP로 전달하고, 엔드포인트 보안 그룹과 경로상에서 UDP와 TCP 53을 허용하고, VPN을 건너는 경로를 확인하세요.")),
        "DNS_HEALTH_CHECK_FAILED": (
            DNSCodeText(sentence: "The record's health check is unhealthy, and no other record can answer in its place.",
                        hint: "Fix the endpoint the health check probes (Route 53 checkers come from the internet, so private IPs always fail), or add a SECONDARY failover record."),
            DNSCodeText(sentence: "레코드의 상태 확인이 비정상(unhealthy)이고, 대신 응답할 다른 레코드가 없습니다.",
                        hint: "상태 확인 대상 엔드포인트를 고치거나(Route 53 검사기는 인터넷에서 접속하므로 사설 IP는 항상 실패합니다) SECONDARY 장애 조치 레코드를 추가하세요.")),
        "DNS_ZONE_NOT_LOADED": (
            DNSCodeText(sentence: "named does not load the zone: named-checkzone rejects its file, so every query in the zone gets SERVFAIL.",
                        hint: "Run named-checkzone on the file and fix the line it names (for example a CNAME next to other records at one name)."),
            DNSCodeText(sentence: "named가 영역을 불러오지 않습니다. named-checkzone이 영역 파일을 거부하므로 이 영역의 모든 질의가 SERVFAIL이 됩니다.",
                        hint: "영역 파일에 named-checkzone을 실행하고 지적된 줄을 고치세요(예: 한 이름에 CNAME과 다른 레코드가 함께 있는 경우).")),
        "DNS_FORWARDING_LOOP": (
            DNSCodeText(sentence: "DNS servers forward the query to each other in a circle, so no server ever answers it.",
                        hint: "Make one side answer the name itself: a forward rule must not target the inbound endpoint of its own VPC, and a BIND forward zone must not point back at a server that forwards it again."),
            DNSCodeText(sentence: "DNS 서버들이 질의를 서로에게 돌려 전달하므로 어느 서버도 응답하지 않습니다.",
                        hint: "한쪽이 그 이름에 직접 응답하게 하세요. 전달 규칙이 자기 VPC의 인바운드 엔드포인트를 대상으로 하면 안 되고, BIND 전달 영역이 다시 전달하는 서버를 가리키면 안 됩니다.")),
        "DNS_QUERY_REFUSED": (
            DNSCodeText(sentence: "The server refuses to recurse or forward for this client (allow-recursion, recursion no), so it answers REFUSED; only its own zones are answered to anyone.",
                        hint: "Add the asking network to allow-recursion in named.conf's options (its default is localnets; localhost, which never includes addresses across the VPN), or set recursion yes."),
            DNSCodeText(sentence: "서버가 이 클라이언트를 위해 재귀 질의나 전달을 하지 않으므로(allow-recursion, recursion no) REFUSED로 답합니다. 자기 영역에 대한 질의에만 누구에게나 답합니다.",
                        hint: "named.conf의 options에서 allow-recursion에 질의하는 네트워크를 추가하세요(기본값 localnets; localhost에는 VPN 너머의 주소가 들어가지 않습니다). 또는 recursion yes로 설정하세요.")),
        "DNS_DNSSEC_BOGUS": (
            DNSCodeText(sentence: "BIND validates DNSSEC (dnssec-validation auto is the default) and the signed root zone proves that the name's top-level domain does not exist, so the forwarded answer is bogus and BIND answers SERVFAIL.",
                        hint: "Set dnssec-validation no; in named.conf's options, or list the private zone in validate-except { \"cloud.example\"; };."),
            DNSCodeText(sentence: "BIND가 DNSSEC를 검증하는데(dnssec-validation auto가 기본값) 서명된 루트 영역이 이름의 최상위 도메인이 존재하지 않음을 증명하므로, 전달받은 응답이 가짜(bogus)로 판정되어 BIND가 SERVFAIL로 답합니다.",
                        hint: "named.conf의 options에 dnssec-validation no;를 설정하거나, 프라이빗 영역을 validate-except { \"cloud.example\"; };에 추가하세요.")),
    ]
}
