// DNS — names, records, zone files and named.conf as BIND 9.18 reads them; Route 53,
// Route 53 Resolver and on-prem BIND servers; resolution as a trace.
//
// Folders: `Names/` (DomainName), `Records/` (types, rdata, records, RRsets),
// `ZoneFile/` (reader, checks, canonical writer), `NamedConf/` (the named.conf subset),
// `Route53/` (hosted zones, record sets, routing policies, health checks),
// `Resolver/` (Resolver endpoints and rules, VPC DNS settings, DHCP options, on-prem servers),
// `Resolution/` (the configuration, queries, the resolver engine, DNS codes and their texts).
import CIDR
