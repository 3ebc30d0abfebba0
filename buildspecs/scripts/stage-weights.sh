#!/usr/bin/env bash
# Stage a Hugging Face repository at a pinned revision into
#   s3://$ARTIFACT_BUCKET/weights/<repo>/<commit>/            (vllm, tgi)
#   s3://$ARTIFACT_BUCKET/weights/<repo>/<commit>/gguf/<file>/ (llama.cpp: one GGUF, or its split parts)
# A branch or tag is resolved to its commit first, so the S3 key names exactly what was staged. The
# prefix is complete when its .emd-complete marker exists; a staged prefix is never staged again.
# Files stream from Hugging Face straight into S3 (no local disk), one at a time.
#
# usage: stage-weights.sh REQUEST_JSON OUT_ENV
set -euo pipefail
set +x
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=buildspecs/scripts/lib.sh
. "$here/lib.sh"

request="$1"
out="$2"
require ARTIFACT_BUCKET STACK_PREFIX
hub="${HF_ENDPOINT:-https://huggingface.co}"

model="$(jq -r '.spec.model' "$request")"
revision="$(jq -r '.spec.revision // "main"' "$request")"
engine="$(jq -r '.spec.engine' "$request")"
hf_secret="$(jq -r '.spec.hf_token_secret // empty' "$request")"
gguf_file="$(jq -r '.spec.engine_args["hf-file"] // empty' "$request")"

# The token only ever lives in a 0600 curl config file, removed on exit.
umask 077
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
auth="$work/curl-auth"
: >"$auth"
if [[ -n "$hf_secret" ]]; then
  log "reading the Hugging Face token from Secrets Manager ($hf_secret)"
  token="$(aws secretsmanager get-secret-value --secret-id "$hf_secret" --query SecretString --output text)" \
    || die "cannot read secret $hf_secret (the build role reads secrets named $STACK_PREFIX/... or tagged emd:hf-token=true)"
  if [[ "$token" == \{* ]]; then
    token="$(jq -r '.token // .HF_TOKEN // .hf_token // empty' <<<"$token")"
  fi
  [[ -n "$token" ]] || die "secret $hf_secret holds no token (store the token itself, or JSON with a \"token\" field)"
  printf 'header = "Authorization: Bearer %s"\n' "$token" >"$auth"
  unset token
fi

hf() { curl --config "$auth" --silent --show-error --location --retry 5 --retry-delay 5 --connect-timeout 20 "$@"; }

# 1. Resolve the revision to a commit.
info="$work/info.json"
status="$(hf --output "$info" --write-out '%{http_code}' "$hub/api/models/$model/revision/$(url_path "$revision")?blobs=true")" \
  || die "Hugging Face could not be reached for $model"
case "$status" in
  200) ;;
  401 | 403) die "$model is gated or private: accept its licence on Hugging Face and set hf_token_secret (HTTP $status)" ;;
  404) die "$model has no revision \"$revision\" (or is private; set hf_token_secret)" ;;
  *) die "Hugging Face answered HTTP $status for $model@$revision" ;;
esac
sha="$(jq -r '.sha // empty' "$info")"
[[ "$sha" =~ ^[0-9a-f]{40}$ ]] || die "Hugging Face gave no commit for $model@$revision"
log "$model@$revision is commit $sha"

# 2. Choose the files (size<TAB>path lines). A control character in any file name would break these
# lines apart, so such a repository is refused outright.
jq -e '[.siblings[].rfilename | explode | select(any(. < 32 or . == 127))] | length == 0' "$info" >/dev/null \
  || die "$model has file names with control characters; refusing to stage it"
safe_name() { [[ "$1" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$ ]]; }
files="$work/files.tsv"
model_file=""
if [[ "$engine" == "llama.cpp" ]]; then
  model_file="$(jq -r --arg want "$gguf_file" '
      [.siblings[].rfilename | select(endswith(".gguf"))] as $all
      | [$all[] | select((test("-[0-9]{5}-of-[0-9]{5}\\.gguf$") | not) or test("-00001-of-[0-9]{5}\\.gguf$"))] as $entries
      | if $want != "" then
          (if ($all | index($want)) != null then $want else error("no file \($want) in the repository; GGUF files: \($entries | join(", "))") end)
        elif ($entries | length) == 1 then $entries[0]
        elif ($entries | length) == 0 then error("the repository has no .gguf file; llama.cpp serves GGUF models")
        else error("several GGUF files; choose one with engine_args.hf-file: \($entries | join(", "))") end' "$info" 2>&1)" \
    || die "$model_file"
  # The file name comes from the model repository and becomes part of the S3 prefix, WeightsS3Uri and
  # ModelFile, which the EC2 boot script runs with as root: only the set the model templates'
  # AllowedPattern admits passes (letters, digits, . _ - in segments that start with a letter or digit).
  safe_name "$model_file" \
    || die "the GGUF file name $(printf '%q' "$model_file") has characters outside the safe character set (A-Z a-z 0-9 . _ - and / between segments that start with a letter or digit); rename it in a copy of the repository"
  jq -r --arg pick "$model_file" '
      [.siblings[] | {f: .rfilename, s: (.size // .lfs.size // 0)}] as $all
      | if ($pick | test("-00001-of-[0-9]{5}\\.gguf$")) then
          ($pick | capture("^(?<stem>.+)-00001-of-(?<n>[0-9]{5})\\.gguf$")) as $m
          | $all[] | select(.f | startswith($m.stem + "-") and endswith("-of-" + $m.n + ".gguf"))
        else $all[] | select(.f == $pick) end
      | "\(.s)\t\(.f)"' "$info" >"$files"
  while IFS=$'\t' read -r _ part; do
    safe_name "$part" || die "the GGUF part $(printf '%q' "$part") has characters outside the safe character set"
  done <"$files"
  prefix="weights/$model/$sha/gguf/${model_file%.gguf}/"
else
  jq -r '
      def heavy: test("\\.(bin|pth|pt|h5|msgpack|onnx|ot|tflite|mlmodel|ckpt)$");
      [.siblings[] | {f: .rfilename, s: (.size // .lfs.size // 0)}
        | select((.f | startswith("original/")) | not)
        | select((.f | endswith(".gguf")) | not)] as $all
      | ($all | any(.f | endswith(".safetensors"))) as $safetensors
      | $all[] | select(($safetensors and (.f | heavy)) | not)
      | "\(.s)\t\(.f)"' "$info" >"$files"
  prefix="weights/$model/$sha/"
fi
[[ -s "$files" ]] || die "nothing to stage for $model@$sha"
count="$(wc -l <"$files" | tr -d ' ')"
bytes="$(awk -F '\t' '{ s += $1 } END { printf "%d", s }' "$files")"
marker="${prefix}.emd-complete"

# 3. Stream what is missing, then write the marker.
if aws s3api head-object --bucket "$ARTIFACT_BUCKET" --key "$marker" >/dev/null 2>&1; then
  log "weights already staged at s3://$ARTIFACT_BUCKET/$prefix ($count files, $bytes bytes); skipping"
else
  log "staging $count files ($bytes bytes) to s3://$ARTIFACT_BUCKET/$prefix"
  while IFS=$'\t' read -r size path; do
    key="$prefix$path"
    have="$(aws s3api head-object --bucket "$ARTIFACT_BUCKET" --key "$key" --query ContentLength --output text 2>/dev/null || true)"
    if [[ "$have" == "$size" ]]; then
      log "  $path: already there"
      continue
    fi
    log "  $path ($size bytes)"
    hf --fail "$hub/$model/resolve/$sha/$(url_path "$path")" \
      | aws s3 cp - "s3://$ARTIFACT_BUCKET/$key" --expected-size "$size" --only-show-errors \
      || die "copying $path failed"
  done <"$files"
  jq -n --arg model "$model" --arg revision "$revision" --arg sha "$sha" --argjson bytes "$bytes" \
    --arg staged_at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --rawfile files "$files" \
    '{model: $model, revision: $revision, commit: $sha, bytes: $bytes, staged_at: $staged_at,
      files: ($files | split("\n") | map(select(. != "") | split("\t") | {path: .[1], size: (.[0] | tonumber)}))}' \
    | aws s3 cp - "s3://$ARTIFACT_BUCKET/$marker" --content-type application/json --only-show-errors
  log "weights staged"
fi

put_var "$out" WEIGHTS_S3_URI "s3://$ARTIFACT_BUCKET/$prefix"
put_var "$out" MODEL_COMMIT "$sha"
put_var "$out" MODEL_BYTES "$bytes"
put_var "$out" MODEL_FILE "$model_file"
