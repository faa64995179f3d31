// VPN — IKE/IPsec proposals, tunnels, AWS VPN connections and Libreswan configuration.
//
// Where to look:
// - `Diagnostics/`  VPNDiagnostic: file, line, column, code and a sentence.
// - `Libreswan/`    ipsec.conf and ipsec.secrets: reader, keyword table, writer.
// - `AWS/`          AWSVPNConnection and AWSVPNTunnel from the CustomerGatewayConfiguration XML.
// - `Proposals/`    IKE/ESP algorithms and Libreswan proposal strings (`aes128-sha1;modp1024`).
// - `Validation/`   AWS's rules for tunnel options (PSK, inside CIDR, algorithms, lifetimes, DPD, ASNs).
// - `Negotiation/`  does each tunnel come up, and if not, which on-prem line is at fault.
//
// The library does no I/O: `include` is resolved through a closure the caller supplies.
