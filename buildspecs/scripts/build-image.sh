#!/usr/bin/env bash
# Build and push the serving image FROM the engine's official image at a pinned version, tagged
# <version>-<hash> where the hash covers everything that defines the image (engine, base image,
# Dockerfile, entrypoint). ECR is asked first: an image that exists is never rebuilt.
#
# usage: build-image.sh REQUEST_JSON OUT_ENV
set -euo pipefail
set +x
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=buildspecs/scripts/lib.sh
. "$here/lib.sh"
# shellcheck source=buildspecs/engines.env
. "$root/engines.env"

request="$1"
out="$2"
require STACK_PREFIX ECR_REGISTRY

engine="$(jq -r '.spec.engine' "$request")"
version="$(jq -r '.spec.engine_version // empty' "$request")"
case "$engine" in
  vllm)
    repo=vllm
    version="${version:-$VLLM_DEFAULT_VERSION}"
    version="${version#v}"
    base="vllm/vllm-openai:v$version"
    ;;
  tgi)
    repo=tgi
    version="${version:-$TGI_DEFAULT_VERSION}"
    base="ghcr.io/huggingface/text-generation-inference:$version"
    ;;
  llama.cpp)
    repo=llama-cpp
    version="${version:-$LLAMA_CPP_DEFAULT_VERSION}"
    [[ "$version" == b* ]] || version="b$version"
    base="ghcr.io/ggml-org/llama.cpp:server-cuda-$version"
    ;;
  *) die "unknown engine $engine" ;;
esac
[[ "$version" =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ ]] || die "engine_version $version is not an image version"

context="$root/images"
dockerfile="$context/$repo.Dockerfile"
[[ -f "$dockerfile" ]] || die "no Dockerfile for $engine"
hash="$({
  printf 'engine=%s\nbase=%s\n' "$engine" "$base"
  for f in "$dockerfile" "$context/entrypoint.sh"; do
    printf '%s %s\n' "$(basename "$f")" "$(sha256 <"$f")"
  done
} | sha256)"
tag="$version-${hash:0:16}"
repository="$STACK_PREFIX/$repo"
image="$ECR_REGISTRY/$repository:$tag"

image_exists() {
  local err
  if err="$(aws ecr describe-images --repository-name "$repository" --image-ids "imageTag=$tag" 2>&1 >/dev/null)"; then
    return 0
  fi
  [[ "$err" == *ImageNotFoundException* ]] && return 1
  die "cannot look up $repository:$tag in ECR: $err"
}

# Docker Hub limits anonymous pulls per address, and CodeBuild's addresses are shared by many
# accounts. With a secret $STACK_PREFIX/docker-hub ({"username": ..., "accessToken": ...}: a Docker
# Hub account and a read-only personal access token) the pull is authenticated; without one it is
# anonymous, retried when the limit answers. The build role reads $STACK_PREFIX/* secrets already.
on_docker_hub() {
  local first="${1%%/*}"
  [[ "$1" != */* || ( "$first" != *.* && "$first" != *:* && "$first" != localhost ) || "$first" == docker.io ]]
}

docker_hub_login() {
  local secret="$STACK_PREFIX/docker-hub" value user
  if ! value="$(aws secretsmanager get-secret-value --secret-id "$secret" --query SecretString --output text 2>&1)"; then
    if [[ "$value" == *ResourceNotFoundException* ]]; then
      log "no $secret secret: pulling from Docker Hub anonymously (its per-address limit is shared on CodeBuild; see docs/architecture.md)"
    else
      log "warning: cannot read $secret; pulling from Docker Hub anonymously"
    fi
    return 0
  fi
  user="$(jq -r '.username // empty' <<<"$value" 2>/dev/null || true)"
  if [[ -z "$user" ]] || ! jq -e '.accessToken | type == "string" and length > 0' <<<"$value" >/dev/null 2>&1; then
    die "secret $secret must be JSON {\"username\": \"...\", \"accessToken\": \"...\"}"
  fi
  jq -j '.accessToken' <<<"$value" | docker login --username "$user" --password-stdin docker.io >/dev/null \
    || die "docker login to Docker Hub as $user failed (check the access token in $secret)"
  unset value
  log "pulling from Docker Hub as $user"
}

pull_base() {
  local attempt err
  for attempt in 1 2 3; do
    if err="$(docker pull --quiet "$base" 2>&1 >/dev/null)"; then return 0; fi
    [[ "$err" == *toomanyrequests* && $attempt -lt 3 ]] || break
    log "the registry's pull rate limit answered; retrying in $((attempt * 60)) s"
    sleep $((attempt * 60))
  done
  if [[ "$err" == *toomanyrequests* ]]; then
    die "cannot pull $base: Docker Hub's pull rate limit; store a Docker Hub access token in the secret $STACK_PREFIX/docker-hub"
  fi
  die "cannot pull $base (a mistyped engine_version?): ${err:0:300}"
}

if image_exists; then
  log "image $image exists; not rebuilding"
else
  log "building $image FROM $base"
  aws ecr get-login-password | docker login --username AWS --password-stdin "$ECR_REGISTRY" >/dev/null
  if on_docker_hub "$base"; then docker_hub_login; fi
  pull_base
  docker build --file "$dockerfile" --build-arg "BASE_IMAGE=$base" \
    --label "emd.engine=$engine" --label "emd.base=$base" --label "emd.hash=$hash" \
    --tag "$image" "$context"
  if ! docker push --quiet "$image"; then
    # Parallel executions may build the same image; the tags are immutable, so one push wins.
    image_exists || die "pushing $image failed"
    log "another build pushed $image first; using it"
  fi
fi

put_var "$out" IMAGE_URI "$image"
put_var "$out" ENGINE_VERSION "$version"
