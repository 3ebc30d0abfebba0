#!/usr/bin/env bash
# Write the Deploy stage's artifact: template.yaml (the model template of the service) and
# template-config.json ({"Parameters": {...}, "Tags": {...}}). Stack-level tags propagate to the
# resources; the DeploymentSpec parameter is the canonical JSON of the spec (sorted keys, compact),
# which the action reads back from DescribeStacks.
#
# usage: write-artifact.sh REQUEST_JSON WEIGHTS_ENV IMAGE_ENV OUT_DIR
set -euo pipefail
set +x
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=buildspecs/scripts/lib.sh
. "$here/lib.sh"

request="$1"
weights="$2"
image="$3"
outdir="$4"
# The stack role creates roles only with the bootstrap's boundary (BuildProject environment).
require MODEL_ROLE_BOUNDARY_ARN

service="$(jq -r '.spec.service' "$request")"
template="$root/cloudformation/models/$service.yaml"
[[ -f "$template" ]] || die "no template for service $service"
cp "$template" "$outdir/template.yaml"

spec_json="$(jq -cS '.spec' "$request")"
(( ${#spec_json} <= 4096 )) || die "the deployment spec is ${#spec_json} bytes as JSON; CloudFormation parameters hold 4096"

# The engine's flags come from the request's launch block: engine_args plus the parallelism flags the
# action computed with the fit check (src/core/launch.ts), never recomputed here.
jq -e '(.launch.engine_args | type) == "object" and (.launch.gpus | type) == "number"' "$request" >/dev/null \
  || die "the request has no launch block: the action that wrote it is older than this bootstrap; use the same version of emd-action for apply and bootstrap"
# engine_args -> "--flag value" words. hf-file only picks the GGUF to stage (llama.cpp).
engine_args="$(jq -r '
    .launch.engine_args | del(.["hf-file"]) | to_entries | sort_by(.key)
    | map(if .value == true then "--\(.key)" elif .value == false then empty else "--\(.key) \(.value)" end)
    | join(" ")' "$request")"
if jq -e '.launch.engine_args | del(.["hf-file"]) | to_entries | any(.value | type == "string" and test("\\s"))' "$request" >/dev/null; then
  die "engine_args values cannot contain whitespace (they are passed as single words)"
fi

# api_key: "generate" | "none" | {"secret": name or ARN}
api_mode="$(jq -r 'if (.spec.api_key | type) == "object" then "secret" else (.spec.api_key // "generate") end' "$request")"
api_secret=""
if [[ "$api_mode" == secret ]]; then
  ref="$(jq -r '.spec.api_key.secret' "$request")"
  described="$(aws secretsmanager describe-secret --secret-id "$ref" --output json)" \
    || die "cannot find the API key secret $ref"
  api_secret="$(jq -r '.ARN // empty' <<<"$described")"
  [[ -n "$api_secret" ]] || die "cannot find the API key secret $ref"
  # Only a secret meant for emd (named <prefix>/... or tagged emd:api-key=true) may become an
  # endpoint's key: the model's roles are granted GetSecretValue on it.
  jq -e --arg p "$STACK_PREFIX/" \
    '((.Name // "") | startswith($p)) or any((.Tags // [])[]; .Key == "emd:api-key" and .Value == "true")' \
    <<<"$described" >/dev/null \
    || die "the API key secret $ref is neither named $STACK_PREFIX/... nor tagged emd:api-key=true; rename or tag it"
fi

instance="$(jq -r '.spec.instance' "$request")"
bytes="$(get_var "$weights" MODEL_BYTES)"
weights_gib=$(( (bytes + 1073741823) / 1073741824 ))
volume=$(( weights_gib * 12 / 10 + 80 ))
(( volume >= 150 )) || volume=150

base_params="$(jq -n \
  --argjson r "$(cat "$request")" \
  --arg spec "$spec_json" \
  --arg commit "$(get_var "$weights" MODEL_COMMIT)" \
  --arg image "$(get_var "$image" IMAGE_URI)" \
  --arg weights "$(get_var "$weights" WEIGHTS_S3_URI)" \
  --arg args "$engine_args" \
  --arg mode "$api_mode" \
  --arg secret "$api_secret" \
  --arg boundary "$MODEL_ROLE_BOUNDARY_ARN" '
  $r.spec as $s | {
    DeploymentName: $s.name,
    DeploymentSpec: $spec,
    ModelId: $s.model,
    ModelRevision: $commit,
    ServedModelName: $s.model,
    Engine: $s.engine,
    ImageUri: $image,
    WeightsS3Uri: $weights,
    EngineArgs: $args,
    InstanceType: $s.instance,
    MinCapacity: ($s.scaling.min | tostring),
    MaxCapacity: ($s.scaling.max | tostring),
    ApiKeyMode: $mode,
    ApiKeySecretArn: $secret,
    CertificateArn: ($s.https.certificate_arn // ""),
    VpcId: ($s.network.vpc_id // ""),
    SubnetIds: (($s.network.subnet_ids // []) | join(",")),
    PublicEndpoint: (if $s.network == null then "true" else ($s.network.public | tostring) end),
    PermissionsBoundaryArn: $boundary
  }')"

case "$service" in
  sagemaker)
    params="$base_params"
    ;;
  ecs | ec2)
    facts="$(aws ec2 describe-instance-types --instance-types "$instance" \
      --query 'InstanceTypes[0].{gpus: GpuInfo.Gpus[0].Count, mib: MemoryInfo.SizeInMiB}' --output json)" \
      || die "cannot describe instance type $instance"
    gpus="$(jq -r '.gpus // 0' <<<"$facts")"
    (( gpus > 0 )) || die "$instance has no GPU"
    planned="$(jq -r '.launch.gpus' "$request")"
    [[ "$planned" == "$gpus" ]] \
      || die "$instance has $gpus GPUs according to EC2, but the action planned for $planned (its instance catalog is out of date); the fit check and the engine flags would not match"
    memory="$(jq -r '(.mib * 3 / 4) | floor' <<<"$facts")"
    params="$(jq -c --arg service "$service" \
      --arg spot "$(jq -r '.spec.spot // false | tostring' "$request")" \
      --arg gpus "$gpus" --arg memory "$memory" --arg volume "$volume" \
      --arg file "$(get_var "$weights" MODEL_FILE)" \
      --arg prefix "$(jq -r '.stack_prefix' "$request")" \
      --arg domain "$(jq -r '.spec.https.domain // ""' "$request")" \
      --arg zone "$(jq -r '.spec.https.hosted_zone_id // ""' "$request")" \
      '. + {UseSpot: $spot, GpuCount: $gpus, VolumeSize: $volume, ModelFile: $file, StackPrefix: $prefix, DomainName: $domain, HostedZoneId: $zone}
         + (if $service == "ecs" then {ContainerMemory: $memory, MaxInstances: ((.MaxCapacity | tonumber) + 1 | tostring)} else {} end)' <<<"$base_params")"
    ;;
  *) die "unknown service $service" ;;
esac

jq -n --argjson params "$params" --argjson r "$(cat "$request")" \
  --arg now "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '
  {
    Parameters: $params,
    Tags: (($r.spec.tags // {}) + {
      "emd:managed": "true",
      "emd:deployment": $r.spec.name,
      "emd:stack-prefix": $r.stack_prefix,
      "emd:manifest": $r.manifest,
      "emd:commit": $r.commit,
      "emd:deployed-at": $now,
      "emd:spec-hash": $r.spec_hash
    })
  }' >"$outdir/template-config.json"
log "template-config.json: $(jq -c '.Parameters | del(.DeploymentSpec)' "$outdir/template-config.json")"
