#!/usr/bin/env bash
# Build stage of the emd deploy pipeline: read the deployment request, stage the weights, build
# (or reuse) the serving image and write the Deploy stage's artifact into ./out.
set -euo pipefail
set +x
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=buildspecs/scripts/lib.sh
. "$here/lib.sh"

if [[ "${DEPLOYMENT:-none}" == none || "${REQUEST_KEY:-none}" == none ]]; then
  die "no deployment requested: this execution was started without pipeline variables (CodePipeline starts one by itself when the pipeline is created). Deployments are started by emd-action in apply mode; nothing to do here."
fi
require ARTIFACT_BUCKET STACK_PREFIX ECR_REGISTRY STACK_NAME SERVICE

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
request="$work/request.json"

log "deployment $DEPLOYMENT -> stack $STACK_NAME on $SERVICE (commit ${COMMIT:-unknown})"
log "reading the request s3://$ARTIFACT_BUCKET/$REQUEST_KEY"
aws s3 cp "s3://$ARTIFACT_BUCKET/$REQUEST_KEY" "$request" --only-show-errors \
  || die "the deployment request s3://$ARTIFACT_BUCKET/$REQUEST_KEY could not be read"

# The pipeline variables and the request must describe the same deployment.
jq -e --arg d "$DEPLOYMENT" --arg s "$STACK_NAME" --arg v "$SERVICE" --arg p "$STACK_PREFIX" \
  '.spec.name == $d and .stack_name == $s and .spec.service == $v and .stack_prefix == $p' \
  "$request" >/dev/null \
  || die "the request does not match the pipeline variables (DEPLOYMENT=$DEPLOYMENT STACK_NAME=$STACK_NAME SERVICE=$SERVICE, prefix $STACK_PREFIX)"
[[ "$STACK_NAME" == "$STACK_PREFIX-$DEPLOYMENT" ]] || die "stack name $STACK_NAME is not $STACK_PREFIX-$DEPLOYMENT"

bash "$here/validate-request.sh" "$request"
bash "$here/stage-weights.sh" "$request" "$work/weights.env"
bash "$here/build-image.sh" "$request" "$work/image.env"
mkdir -p out
bash "$here/write-artifact.sh" "$request" "$work/weights.env" "$work/image.env" out
log "done: out/template.yaml and out/template-config.json for $STACK_NAME"
