#!/usr/bin/env bash
# Entrypoint of emd serving images: maps the emd environment onto the engine's own command line.
#   EMD_ENGINE         vllm | tgi | llama.cpp (set by the Dockerfile)
#   MODEL_PATH         weights directory (SageMaker: /opt/ml/model), MODEL_FILE for llama.cpp
#   SERVED_MODEL_NAME  model name clients send; PORT listening port
#   ENGINE_ARGS        engine flags, split on whitespace: engine_args plus the GPU flags the action
#                      computed (tensor-parallel-size, num-shard, n-gpu-layers/split-mode; core/launch.ts)
#   EMD_API_KEY        optional; handed to the engine through its own environment variable so the
#                      engine answers 401 without "Authorization: Bearer <key>". Never on argv.
# SageMaker starts the container with the argument "serve"; it is ignored.
set -euo pipefail

engine="${EMD_ENGINE:?EMD_ENGINE is not set}"
model_path="${MODEL_PATH:-/opt/ml/model}"
port="${PORT:-8080}"
served="${SERVED_MODEL_NAME:-model}"
read -r -a extra <<<"${ENGINE_ARGS:-}"
# The API key rule, the same on every path (the smoke test, the SageMaker front): the secret's value
# without surrounding whitespace is the key; JSON and an empty value are refused. EMD_API_KEY unset
# means api_key: none.
key=""
if [[ -n "${EMD_API_KEY+set}" ]]; then
  key="$EMD_API_KEY"
  key="${key#"${key%%[![:space:]]*}"}"
  key="${key%"${key##*[![:space:]]}"}"
  if [[ -z "$key" ]]; then
    echo "emd: the API key secret is empty; store the key itself as plain text" >&2
    exit 78
  fi
  if [[ "$key" == \{* ]]; then
    echo "emd: the API key secret holds JSON; store the key itself as plain text (the whole value is the key)" >&2
    exit 78
  fi
fi
unset EMD_API_KEY

# CUDA forward compatibility, as AWS documents for bring-your-own containers: SageMaker's inference
# AMIs (al2-ami-sagemaker-inference-gpu-2-1, -3-1) no longer mount the CUDA compat libraries, so the
# container loads them itself when the host driver is older than the driver its compat package
# targets (an image built on a newer CUDA than the host's; see src/core/catalog/cuda.ts). On a newer
# driver (ECS and EC2 hosts) nothing changes.
compat="${EMD_CUDA_COMPAT_DIR:-/usr/local/cuda/compat}"
if [[ -e "$compat/libcuda.so.1" ]]; then
  compat_driver="$(readlink "$compat/libcuda.so.1" | sed -n 's/^libcuda\.so\.//p')"
  host_driver="$(sed -n 's/^NVRM.*Kernel Module[^0-9]*\([0-9][0-9.]*\).*$/\1/p' "${EMD_NVIDIA_VERSION_FILE:-/proc/driver/nvidia/version}" 2>/dev/null | head -n 1 || true)"
  if [[ -n "$compat_driver" && -n "$host_driver" && "$host_driver" != "$compat_driver" \
    && "$(printf '%s\n%s\n' "$host_driver" "$compat_driver" | sort -V | head -n 1)" == "$host_driver" ]]; then
    export LD_LIBRARY_PATH="$compat${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    echo "emd: host NVIDIA driver $host_driver is older than $compat_driver; using the CUDA compat libraries in $compat" >&2
  fi
fi

case "$engine" in
  vllm)
    if [[ -n "$key" ]]; then export VLLM_API_KEY="$key"; fi
    exec vllm serve "$model_path" --served-model-name "$served" --host 0.0.0.0 --port "$port" "${extra[@]}"
    ;;
  tgi)
    if [[ -n "$key" ]]; then export API_KEY="$key"; fi
    exec text-generation-launcher --model-id "$model_path" --hostname 0.0.0.0 --port "$port" "${extra[@]}"
    ;;
  llama.cpp)
    if [[ -n "$key" ]]; then export LLAMA_API_KEY="$key"; fi
    exec /app/llama-server --model "$model_path/${MODEL_FILE:?MODEL_FILE is not set}" --alias "$served" \
      --host 0.0.0.0 --port "$port" "${extra[@]}"
    ;;
  *)
    echo "unknown engine $engine" >&2
    exit 64
    ;;
esac
