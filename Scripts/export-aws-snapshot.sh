#!/usr/bin/env bash
# export-aws-snapshot.sh — save the AWS configuration VPCLab grades, as a submission folder.
#
#   Scripts/export-aws-snapshot.sh <output-folder> [--region REGION]... [--account-folder]
#
# Writes <output-folder>/aws/<region>/<Key>.json, one file per `aws ec2 describe-*` call,
# each the unmodified JSON output (VPCLab recognises a file by its top-level key), plus
# the calls made once per resource:
#   TransitGatewayRoutes-<tgw-rtb-id>.json        search-transit-gateway-routes (active, blackhole)
#   TransitGatewayPropagations-<tgw-rtb-id>.json  get-transit-gateway-route-table-propagations
#   PrefixListEntries-<pl-id>.json                get-managed-prefix-list-entries
#   VpcAttribute-<vpc-id>-<attribute>.json        describe-vpc-attribute (enableDnsSupport, enableDnsHostnames)
#   ResolverEndpointIpAddresses-<endpoint-id>.json route53resolver list-resolver-endpoint-ip-addresses
# and, per Region, DhcpOptions.json (ec2 describe-dhcp-options), ResolverEndpoints.json,
# ResolverRules.json and ResolverRuleAssociations.json (route53resolver list-*).
# Route 53 is global: its outputs go to <output-folder>/aws/ (aws/accounts/<account-id>/):
#   HostedZones.json                              route53 list-hosted-zones
#   HostedZone-<zone-id>.json                     route53 get-hosted-zone (a private zone's VPCs)
#   ResourceRecordSets-<zone-id>.json             route53 list-resource-record-sets
#   HealthChecks.json                             route53 list-health-checks
#   CidrBlocks-<collection-id>.json               route53 list-cidr-blocks (IP-based routing)
# With --account-folder the files go to aws/accounts/<account-id>/<region>/ instead, so the
# exports of several accounts can sit in one submission.
#
# This script only reads: it calls describe-*, get-*, list-* and search-* APIs and never
# creates, changes or deletes anything in the account. The read-only AWS managed policy
# "ReadOnlyAccess" is enough ("AmazonEC2ReadOnlyAccess" covers EC2 only: without
# "AmazonRoute53ReadOnlyAccess" and "AmazonRoute53ResolverReadOnlyAccess" the DNS calls
# fail with a warning and the rest is still written).
#
# Note: VpnConnections.json holds the pre-shared keys of your VPN tunnels
# (CustomerGatewayConfiguration). Hand it only to your grader.
#
# Requires the AWS CLI (v2 recommended) with credentials configured (`aws configure`).
# Regions: every --region given; else $AWS_REGION, $AWS_DEFAULT_REGION or the profile's region.

set -euo pipefail

# AWS CLI v2 pipes long output through a pager; an export must not wait for a key press.
export AWS_PAGER=""

usage() {
    cat >&2 <<'EOF'
usage: export-aws-snapshot.sh <output-folder> [--region REGION]... [--account-folder]

Saves the read-only outputs of aws ec2 describe-* calls into <output-folder>/aws/<region>/,
the submission layout VPCLab grades (vpclab grade <lab> <output-folder>).
Nothing in the AWS account is modified.
EOF
}

die() {
    echo "export-aws-snapshot: error: $*" >&2
    exit 2
}

output=""
regions=()
account_folder=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --region)
            [[ $# -ge 2 && -n "$2" ]] || die "--region needs a Region name, such as --region ap-northeast-2"
            regions+=("$2")
            shift 2
            ;;
        --region=*)
            regions+=("${1#--region=}")
            shift
            ;;
        --account-folder)
            account_folder=true
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        -*)
            usage
            die "unknown option $1"
            ;;
        *)
            [[ -z "$output" ]] || die "only one output folder can be given (got '$output' and '$1')"
            output="$1"
            shift
            ;;
    esac
done
[[ -n "$output" ]] || {
    usage
    die "no output folder given"
}

command -v aws >/dev/null 2>&1 || die "the AWS CLI (aws) is not installed or not on PATH; see https://docs.aws.amazon.com/cli/"

if [[ ${#regions[@]} -eq 0 ]]; then
    default_region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
    if [[ -z "$default_region" ]]; then
        default_region="$(aws configure get region 2>/dev/null || true)"
    fi
    [[ -n "$default_region" ]] || die "no Region given and none configured; pass --region REGION (for example --region ap-northeast-2)"
    regions=("$default_region")
fi

for region in "${regions[@]}"; do
    [[ "$region" =~ ^[a-z]{2}(-gov)?-[a-z]+-[0-9]+$ ]] || die "'$region' does not look like a Region name (such as us-east-1)"
done

echo "Checking AWS credentials..." >&2
if ! account_id="$(aws sts get-caller-identity --query Account --output text 2>&1)"; then
    echo "$account_id" >&2
    die "the AWS CLI has no working credentials; run 'aws configure' (or set AWS_PROFILE) and try again"
fi
echo "Account $account_id; Regions: ${regions[*]}" >&2

failures=0

# save_service FOLDER FILE-NAME SERVICE aws-arguments...
# Runs one read-only call of SERVICE (ec2, route53, route53resolver) and writes its JSON
# output atomically. A failed call is reported and counted, and the export goes on (a
# Region may not offer every service).
save_service() {
    local folder="$1" name="$2" service="$3"
    shift 3
    local target="$folder/$name" temporary="$folder/.$name.partial" errors="$folder/.$name.errors"
    if aws "$service" "$@" --output json >"$temporary" 2>"$errors"; then
        mv "$temporary" "$target"
        rm -f "$errors"
        echo "  wrote $target" >&2
    else
        rm -f "$temporary"
        echo "  warning: aws $service $1 failed; $name was not written:" >&2
        sed 's/^/    /' "$errors" >&2
        rm -f "$errors"
        failures=$((failures + 1))
    fi
}

# save FOLDER FILE-NAME aws-ec2-arguments...
save() {
    local folder="$1" name="$2"
    shift 2
    save_service "$folder" "$name" ec2 "$@"
}

# service_ids SERVICE QUERY aws-arguments...
# Prints the ids a list or describe call names (one per line), or nothing if it fails.
service_ids() {
    local service="$1" query="$2"
    shift 2
    aws "$service" "$@" --query "$query" --output text 2>/dev/null | tr '\t' '\n' | grep -v '^None$' | grep -v '^$' || true
}

# ids REGION QUERY aws-ec2-arguments...
ids() {
    local region="$1" query="$2"
    shift 2
    service_ids ec2 "$query" "$@" --region "$region"
}

for region in "${regions[@]}"; do
    if [[ "$account_folder" == true ]]; then
        folder="$output/aws/accounts/$account_id/$region"
    else
        folder="$output/aws/$region"
    fi
    mkdir -p "$folder"
    echo "Exporting $region into $folder" >&2

    save "$folder" Vpcs.json describe-vpcs --region "$region"
    save "$folder" Subnets.json describe-subnets --region "$region"
    save "$folder" RouteTables.json describe-route-tables --region "$region"
    save "$folder" SecurityGroups.json describe-security-groups --region "$region"
    save "$folder" NetworkAcls.json describe-network-acls --region "$region"
    save "$folder" InternetGateways.json describe-internet-gateways --region "$region"
    save "$folder" EgressOnlyInternetGateways.json describe-egress-only-internet-gateways --region "$region"
    save "$folder" NatGateways.json describe-nat-gateways --region "$region"
    save "$folder" Reservations.json describe-instances --region "$region"
    save "$folder" NetworkInterfaces.json describe-network-interfaces --region "$region"
    save "$folder" Addresses.json describe-addresses --region "$region"
    save "$folder" VpcPeeringConnections.json describe-vpc-peering-connections --region "$region"
    save "$folder" VpcEndpoints.json describe-vpc-endpoints --region "$region"
    save "$folder" PrefixLists.json describe-prefix-lists --region "$region"
    save "$folder" ManagedPrefixLists.json describe-managed-prefix-lists --region "$region"
    save "$folder" TransitGateways.json describe-transit-gateways --region "$region"
    save "$folder" TransitGatewayAttachments.json describe-transit-gateway-attachments --region "$region"
    save "$folder" TransitGatewayVpcAttachments.json describe-transit-gateway-vpc-attachments --region "$region"
    save "$folder" TransitGatewayPeeringAttachments.json describe-transit-gateway-peering-attachments --region "$region"
    save "$folder" TransitGatewayRouteTables.json describe-transit-gateway-route-tables --region "$region"
    save "$folder" VpnGateways.json describe-vpn-gateways --region "$region"
    save "$folder" CustomerGateways.json describe-customer-gateways --region "$region"
    save "$folder" VpnConnections.json describe-vpn-connections --region "$region"

    while read -r vpc; do
        for attribute in enableDnsSupport enableDnsHostnames; do
            save "$folder" "VpcAttribute-$vpc-$attribute.json" describe-vpc-attribute --region "$region" --vpc-id "$vpc" --attribute "$attribute"
        done
    done < <(ids "$region" 'Vpcs[].VpcId' describe-vpcs)

    while read -r table; do
        save "$folder" "TransitGatewayRoutes-$table.json" search-transit-gateway-routes --region "$region" \
            --transit-gateway-route-table-id "$table" --filters Name=state,Values=active,blackhole
        save "$folder" "TransitGatewayPropagations-$table.json" get-transit-gateway-route-table-propagations --region "$region" \
            --transit-gateway-route-table-id "$table"
    done < <(ids "$region" 'TransitGatewayRouteTables[].TransitGatewayRouteTableId' describe-transit-gateway-route-tables)

    while read -r list; do
        save "$folder" "PrefixListEntries-$list.json" get-managed-prefix-list-entries --region "$region" --prefix-list-id "$list"
    done < <(ids "$region" "PrefixLists[?OwnerId!='AWS'].PrefixListId" describe-managed-prefix-lists)

    # DNS: DHCP option sets and Route 53 Resolver (endpoints, their addresses, rules, associations).
    save "$folder" DhcpOptions.json describe-dhcp-options --region "$region"
    save_service "$folder" ResolverEndpoints.json route53resolver list-resolver-endpoints --region "$region"
    save_service "$folder" ResolverRules.json route53resolver list-resolver-rules --region "$region"
    save_service "$folder" ResolverRuleAssociations.json route53resolver list-resolver-rule-associations --region "$region"
    while read -r endpoint; do
        save_service "$folder" "ResolverEndpointIpAddresses-$endpoint.json" route53resolver list-resolver-endpoint-ip-addresses \
            --region "$region" --resolver-endpoint-id "$endpoint"
    done < <(service_ids route53resolver 'ResolverEndpoints[].Id' list-resolver-endpoints --region "$region")
done

# Route 53 is global: hosted zones (with each zone's VPCs and record sets), health checks
# and CIDR collections, once per account.
if [[ "$account_folder" == true ]]; then
    global_folder="$output/aws/accounts/$account_id"
else
    global_folder="$output/aws"
fi
mkdir -p "$global_folder"
echo "Exporting Route 53 into $global_folder" >&2
save_service "$global_folder" HostedZones.json route53 list-hosted-zones
while read -r zone; do
    zone="${zone##*/}" # /hostedzone/Z0123… → Z0123…
    save_service "$global_folder" "HostedZone-$zone.json" route53 get-hosted-zone --id "$zone"
    save_service "$global_folder" "ResourceRecordSets-$zone.json" route53 list-resource-record-sets --hosted-zone-id "$zone"
done < <(service_ids route53 'HostedZones[].Id' list-hosted-zones)
save_service "$global_folder" HealthChecks.json route53 list-health-checks
while read -r collection; do
    save_service "$global_folder" "CidrBlocks-$collection.json" route53 list-cidr-blocks --collection-id "$collection"
done < <(service_ids route53 'CidrCollections[].Id' list-cidr-collections)

echo >&2
if [[ $failures -gt 0 ]]; then
    echo "Done with $failures failed call(s) (see the warnings above); the other files were written to $output/aws/." >&2
    echo "Reminder: $output/aws/*/VpnConnections.json holds VPN pre-shared keys; share it only with your grader." >&2
    exit 1
fi
echo "Done: the submission is in $output (nothing in the account was changed)." >&2
echo "Reminder: VpnConnections.json holds VPN pre-shared keys; share it only with your grader." >&2
