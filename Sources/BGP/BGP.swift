// BGP — ASNs, path attributes, sessions, the decision process and FRR configuration.
//
// Folders by concern: `ASN/`, `Attributes/` (AS_PATH, origin, routes), `Decision/`
// (FRR's best-path comparator, the VGW's tunnel selection), `FRR/` (the frr.conf
// reader), `Session/` (does a CGW↔AWS session come up), `Exchange/` (what each side
// advertises and learns), `Diagnostics/` (explanation codes).
import CIDR
