#!/usr/bin/env bash
# Packs check:gpu for a GPU machine with no network, no npm and no node into one archive,
# .gpu-bundle/frameledger-gpu.tar.xz (about 51 MiB): this machine's node binary, the runtime
# packages it needs (onnxruntime-node for linux-x64 only, onnxruntime-common, sharp and its libvips),
# the Vulkan loader (libvulkan1, for onnxruntime's WebGPU provider, which runs on Dawn over Vulkan),
# the engine's compiled files, the built-in models with their frames, and run.sh.
# On the GPU machine (docs/inference.md, "Checking a GPU"):
#   mkdir -p /tmp/fl-gpu && tar -xJf .gpu-bundle/frameledger-gpu.tar.xz -C /tmp/fl-gpu && bash /tmp/fl-gpu/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/.gpu-bundle"
stage="$out/bundle"
rm -rf "$stage" && mkdir -p "$stage/node_modules/@img" "$stage/lib"
bash "$root/scripts/gpu-stage.sh" "$stage"
cp "$(command -v node)" "$stage/node"

modules="$root/node_modules"
for package in onnxruntime-common sharp detect-libc semver @img/colour @img/sharp-linux-x64 @img/sharp-libvips-linux-x64; do
  cp -r "$modules/$package" "$stage/node_modules/$package"
done
# onnxruntime-node ships every platform's binaries (~290 MB); the GPU machine needs linux-x64 only.
mkdir -p "$stage/node_modules/onnxruntime-node/bin/napi-v6/linux"
cp -r "$modules/onnxruntime-node/package.json" "$modules/onnxruntime-node/dist" "$stage/node_modules/onnxruntime-node/"
cp -r "$modules/onnxruntime-node/bin/napi-v6/linux/x64" "$stage/node_modules/onnxruntime-node/bin/napi-v6/linux/"

# The Vulkan loader from Debian's libvulkan1 (the GPU's own Vulkan driver must be on the machine).
if [ -n "${LIBVULKAN_DEB:-}" ] || LIBVULKAN_DEB=$(cd /tmp && apt-get download libvulkan1 >/dev/null 2>&1 && ls -t /tmp/libvulkan1_*.deb | head -1); then
  extract=$(mktemp -d)
  dpkg-deb -x "$LIBVULKAN_DEB" "$extract"
  cp -L "$extract"/usr/lib/x86_64-linux-gnu/libvulkan.so.1 "$stage/lib/"
  rm -rf "$extract"
else
  echo "gpu-bundle: libvulkan1 could not be fetched; WebGPU will need the machine's own libvulkan.so.1" >&2
fi
cp "$root/scripts/gpu-run.sh" "$stage/run.sh"

# Written aside and moved into place, so a copy taken meanwhile is the old archive, never half of one.
tar -C "$stage" -cf - . | xz -T0 -6 >"$out/frameledger-gpu.tar.xz.part"
mv "$out/frameledger-gpu.tar.xz.part" "$out/frameledger-gpu.tar.xz"
# Only the archive stays, so carrying .gpu-bundle carries nothing else.
find "$out" -mindepth 1 -maxdepth 1 ! -name frameledger-gpu.tar.xz -exec rm -rf {} +
size=$(du -m "$out/frameledger-gpu.tar.xz" | cut -f1)
echo "gpu-bundle: $out/frameledger-gpu.tar.xz, ${size} MiB"
echo 'run there: mkdir -p /tmp/fl-gpu && tar -xJf .gpu-bundle/frameledger-gpu.tar.xz -C /tmp/fl-gpu && bash /tmp/fl-gpu/run.sh'
