// BGP — ASNs, sessions, the decision process and FRR configuration.
//
// Not built yet: issue 5 ("Site-to-Site VPN and BGP") fills this module. It declares
// nothing public so that no caller can mistake it for a working model.
import CIDR
