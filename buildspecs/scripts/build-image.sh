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

if image_exists; then
  log "image $image exists; not rebuilding"
else
  log "building $image FROM $base"
  aws ecr get-login-password | docker login --username AWS --password-stdin "$ECR_REGISTRY" >/dev/null
  docker pull --quiet "$base" >/dev/null \
    || die "cannot pull $base (a mistyped engine_version, or the registry's anonymous pull limit)"
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
