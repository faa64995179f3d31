// DNS — names, records, zone files, Route 53 and Resolver, resolution as a trace.
//
// Not built yet: issue 6 ("DNS") fills this module. It declares nothing public so that
// no caller can mistake it for a working model.
import CIDR
