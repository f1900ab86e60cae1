#!/usr/bin/env bash
# npm run setup:gpu: installs onnxruntime-node's CUDA 12 provider libraries on a machine with an
# NVIDIA GPU and network access. `npm ci` skips them (.npmrc: onnxruntime-node-install=skip) because
# onnxruntime-node's installer downloads them from outside the npm registry. They need the NVIDIA
# driver, CUDA 12 and cuDNN 9 on the machine (the nvidia/cuda:12.x-cudnn-runtime images carry both).
# WebGPU needs no install step here: the Vulkan loader (Debian/Ubuntu: apt-get install libvulkan1)
# and the GPU vendor's Vulkan driver. Afterwards `npm run check:gpu` says which provider really ran.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ort="$root/node_modules/onnxruntime-node"
[ -d "$ort" ] || { echo "setup:gpu: run npm ci first (node_modules/onnxruntime-node is missing)." >&2; exit 1; }
command -v nvidia-smi >/dev/null && nvidia-smi -L || echo "setup:gpu: nvidia-smi not found; the CUDA provider will not start without the NVIDIA driver." >&2
(cd "$ort" && ONNXRUNTIME_NODE_INSTALL=cuda12 node ./script/install)
if ls "$ort/bin/napi-v6/linux/x64/" | grep -q onnxruntime_providers_cuda; then
  echo "setup:gpu: CUDA provider libraries installed in $ort/bin/napi-v6/linux/x64; run npm run check:gpu."
else
  echo "setup:gpu: the installer finished but no onnxruntime_providers_cuda library is there; see its output above." >&2
  exit 1
fi
