#!/usr/bin/env bash
# run.sh of the GPU bundle (scripts/gpu-bundle.sh): says what GPU and Vulkan driver the machine has,
# then runs check:gpu on WebGPU alone and on the CPU alone, one JSON line per built-in model each.
# The lines are also written to $OUT (or /tmp) as check-gpu-webgpu.jsonl and check-gpu-cpu.jsonl.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
results=${OUT:-/tmp}
export LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

echo "== machine"
command -v nvidia-smi >/dev/null && nvidia-smi -L
ls /dev/nvidia* 2>/dev/null | tr '\n' ' '; echo
nproc
icds=$(ls /usr/share/vulkan/icd.d/*.json /etc/vulkan/icd.d/*.json 2>/dev/null | tr '\n' ' ')
echo "vulkan ICDs: ${icds:-none}"
# Containers given the GPU for compute often carry NVIDIA's Vulkan driver (libGLX_nvidia) without
# its ICD file; the Vulkan loader finds the driver only through that file, so write one.
if [ -z "$icds" ] || ! grep -qs nvidia $icds; then
  glx=$(ldconfig -p 2>/dev/null | awk '/libGLX_nvidia.so.0/ {print $NF; exit}')
  [ -z "$glx" ] && glx=$(ls /usr/lib/x86_64-linux-gnu/libGLX_nvidia.so.0 /usr/lib64/libGLX_nvidia.so.0 2>/dev/null | head -1)
  if [ -n "$glx" ]; then
    printf '{"file_format_version":"1.0.0","ICD":{"library_path":"%s","api_version":"1.3.0"}}\n' "$glx" >/tmp/fl-nvidia_icd.json
    export VK_ICD_FILENAMES=/tmp/fl-nvidia_icd.json
    echo "wrote /tmp/fl-nvidia_icd.json for $glx"
  else
    echo "no NVIDIA Vulkan driver (libGLX_nvidia.so.0) found: WebGPU will find no adapter"
  fi
fi

cd "$here"
for providers in webgpu cpu; do
  echo "== check:gpu CHECK_GPU_PROVIDERS=$providers"
  CHECK_GPU_PROVIDERS=$providers timeout "${CHECK_GPU_TIMEOUT:-240}" ./node engine/check-gpu.js models \
    | tee "$results/check-gpu-$providers.jsonl"
done
