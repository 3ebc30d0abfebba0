#!/usr/bin/env bash
# Re-validate a deployment request before the build acts on it. The pipeline can be started by
# anyone who may call StartPipelineExecution, with any variables: this is the build's own check,
# not a trust in the action that usually writes the request. It mirrors the manifest rules of
# src/core/manifest (names, reserved names, character sets; hf-file, a file name of the model
# repository, is checked against its own safe set by stage-weights.sh) and the request contract of
# src/aws/pipeline-contract.ts. In particular DEPLOYMENT=bootstrap (stack <prefix>-bootstrap) is
# refused, so the Deploy stage can never be pointed at the bootstrap stack.
#
# usage: validate-request.sh REQUEST_JSON
set -euo pipefail
set +x
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=buildspecs/scripts/lib.sh
. "$here/lib.sh"

request="$1"
require DEPLOYMENT STACK_NAME SERVICE REQUEST_KEY STACK_PREFIX

name_re='^[a-z]([a-z0-9]|-[a-z0-9])*$'
prefix_re='^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$'
max_stack=40

[[ "$STACK_PREFIX" =~ $prefix_re ]] || die "stack prefix \"$STACK_PREFIX\" is not 1-20 lowercase letters, digits and dashes"
[[ "$DEPLOYMENT" =~ $name_re ]] || die "deployment name \"$DEPLOYMENT\" is not lowercase letters, digits and single hyphens"
[[ "$DEPLOYMENT" != bootstrap ]] || die "deployment name \"bootstrap\" is reserved: $STACK_PREFIX-bootstrap is the bootstrap stack, never a deployment"
[[ "$STACK_NAME" == "$STACK_PREFIX-$DEPLOYMENT" ]] || die "stack name $STACK_NAME is not $STACK_PREFIX-$DEPLOYMENT"
(( ${#STACK_NAME} <= max_stack )) || die "stack name $STACK_NAME is longer than $max_stack characters"
[[ "$REQUEST_KEY" =~ ^requests/([a-z0-9-]+)/([0-9a-f]{16})\.json$ && "${BASH_REMATCH[1]}" == "$DEPLOYMENT" ]] \
  || die "request key $REQUEST_KEY is not requests/$DEPLOYMENT/<16 hex digits>.json"
key_hash="${BASH_REMATCH[2]}"
case "$SERVICE" in sagemaker | ecs | ec2) ;; *) die "unknown service $SERVICE" ;; esac

# The request itself: the same deployment, and a spec within the manifest rules' character sets.
problem="$(jq -r --arg d "$DEPLOYMENT" --arg s "$STACK_NAME" --arg v "$SERVICE" --arg p "$STACK_PREFIX" --arg h "$key_hash" '
  def word: type == "string" and test("^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$");
  def flagvalue: (type == "boolean") or (type == "number")
    or (type == "string" and (test("^-") | not) and (test("[[:cntrl:][:space:]]") | not) and length <= 1024);
  # A pull request preview (deployment pr<N>-<entry>, docs/previews.md) carries exactly these three
  # emd: tags, set by the action: the pull request number of its own name, the entry, a commit sha.
  def prnum: ($d | capture("^pr(?<n>[1-9][0-9]{0,8})-") | .n) // null;
  def previewtag: prnum != null and (
      (.key == "emd:preview-pr" and .value == prnum)
      or (.key == "emd:preview-of" and (.value | type) == "string" and $d == "pr\(prnum)-\(.value)")
      or (.key == "emd:preview-sha" and (.value | type) == "string" and (.value | test("^[0-9a-f]{40}$"))));
  .spec as $x
  | [
      (if .spec_hash != $h then "spec_hash does not match the request key" else empty end),
      (if .stack_name != $s or .stack_prefix != $p or $x.name != $d or $x.service != $v
        then "the request does not match the pipeline variables" else empty end),
      (if ($x.model | type) != "string"
          or ($x.model | test("^([A-Za-z0-9][A-Za-z0-9._-]{0,95}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$") | not)
          or ($x.model | contains("..")) or ($x.model | contains("--"))
        then "spec.model is not a Hugging Face repository id" else empty end),
      (if ($x.revision // "main" | type) != "string" or ($x.revision // "main" | test("^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$") | not)
          or ($x.revision // "main" | contains(".."))
        then "spec.revision is not a branch, tag or commit" else empty end),
      (if ($x.engine | IN("vllm", "tgi", "llama.cpp") | not) then "spec.engine is not vllm, tgi or llama.cpp" else empty end),
      (if $x.engine_version != null and ($x.engine_version | word | not) then "spec.engine_version is not an image version" else empty end),
      (if ($x.instance | type) != "string" or ($x.instance | test("^[a-z0-9]+\\.[a-z0-9-]+$") | not) then "spec.instance is not an instance type" else empty end),
      (if ($x.engine_args // {} | type) != "object" then "spec.engine_args is not a map"
       else ($x.engine_args // {} | to_entries[]
         | if (.key | test("^[a-z0-9][a-z0-9-]{0,63}$") | not) then "engine_args key \(.key | @json) is not a flag name"
           elif .key != "hf-file" and (.value | flagvalue | not) then "engine_args.\(.key) is not a single word (values may not start with -)"
           elif .key == "trust-remote-code" and $x.allow_remote_code != true then "engine_args.trust-remote-code needs allow_remote_code: true"
           else empty end)
       end),
      (if ($x.tags // {} | type) != "object" then "spec.tags is not a map"
       else ($x.tags // {} | to_entries[] | select(.key | test("^(aws|emd):"; "i")) | select(previewtag | not) | "tag \(.key | @json) is reserved") end)
    ]
  | first // empty' "$request" 2>&1)" || die "the deployment request is not valid JSON"
[[ -z "$problem" ]] || die "refusing the deployment request: $problem"
log "request re-validated: $DEPLOYMENT -> $STACK_NAME"
