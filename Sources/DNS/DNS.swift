// DNS — names, records, zone files and named.conf as BIND 9.18 reads them.
//
// Folders: `Names/` (DomainName), `Records/` (types, rdata, records, RRsets),
// `ZoneFile/` (reader, checks, canonical writer), `NamedConf/` (the named.conf subset).
// Route 53, Resolver and resolution as a trace are the next step of issue 6.
import CIDR
