// Routing — the VPC data plane: VPCs, subnets, route tables, gateways, security groups,
// network ACLs, peering, Transit Gateway, and the reachability engine.
//
// Not built yet: issue 3 ("The VPC data plane") fills this module. It declares nothing
// public so that no caller can mistake it for a working model.
import CIDR
