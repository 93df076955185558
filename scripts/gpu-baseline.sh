#!/usr/bin/env bash
# The GPU baseline of issue 6 on a machine with PyTorch and CUDA but no .NET (../shared/device/README.md), in steps
# that each fit one device call on a held machine:
#   gpu-baseline.sh prepare   unpack the ORT bundle to /opt/tts/ort; export the full-size random-weight pack
#                             (fp32 + fp16) to /opt/tts/f5-random; PyTorch eager fp16 (dumps the 2 s line's output)
#   gpu-baseline.sh csharp    the bench CLI with the CUDA EP on the three lengths, the 2 s line on the CPU EP in
#                             fp32, and the relative errors of the mel and the waveform
#   gpu-baseline.sh torch MODE...   bench_torch.py in the given modes (eager-fp16 compile-fp16)
# CARRY names the folder holding ort.tar.xz, nvlibs.sh, app.tar.xz and cases/ (from bench_torch --write-cases).
# Logs and JSON go to $OUT (the device tool's return folder), else artifacts/gpu-baseline.
set -uo pipefail
CARRY=${CARRY:-.gpu}
OUT=${OUT:-artifacts/gpu-baseline}
PACK=/opt/tts/f5-random
DUMP=/opt/tts/dump
CASES=$CARRY/cases
mkdir -p "$OUT" "$DUMP"
export PYTHONUNBUFFERED=1

gpu_state() {
    nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,temperature.gpu,utilization.gpu,memory.used --format=csv
}

prepare() {
    gpu_state
    mkdir -p /opt/tts/ort && tar -xJf "$CARRY/ort.tar.xz" -C /opt/tts/ort && bash "$CARRY/nvlibs.sh" > /opt/tts/nvlibs || return 1
    echo "ORT bundle: $(ls /opt/tts/ort | tr '\n' ' ')"
    local start=$SECONDS
    python3 -m tools.export --random-init --seed 0 --precision fp32 fp16 --name f5-random --out "$PACK" 2>&1 \
        | grep -v Warning || return 1
    echo "export took $((SECONDS - start)) s"
    timeout 240 python3 -m tools.export.bench_torch --cases "$CASES" --modes eager-fp16 --runs 10 --warmup 3 \
        --dump-dir "$DUMP" --json "$OUT/torch-eager.json"
}

csharp() {
    gpu_state
    test -d /opt/tts/ort || { echo "ORT bundle missing: run 'prepare' first"; return 3; }
    mkdir -p /tmp/app && tar -xJf "$CARRY/app.tar.xz" -C /tmp/app && cp /opt/tts/ort/* /tmp/app/ || return 1
    export LD_LIBRARY_PATH=/tmp/app:$(cat /opt/tts/nvlibs)
    local transcript fallback=deny
    transcript=$(cat "$CASES/transcript.txt")
    synth() { /tmp/app/TtsPanel.Bench synth --pack "$PACK" --reference "$CASES/reference.wav" --transcript "$transcript" --nfe 7 --cfg 2 --seed 0 "$@"; }
    # CUDA with the CPU fallback denied first; if ORT refuses, say why and where the nodes went, then allow it.
    if ! synth --text "Thanks for the follow!" --out /tmp/probe.wav --provider cuda --repeat 1; then
        echo "== CUDA with session.disable_cpu_ep_fallback = 1 refused; node placement with the fallback allowed:"
        synth --text "Thanks for the follow!" --out /tmp/probe.wav --provider cuda --cpu-fallback allow --ort-log verbose \
            --repeat 1 2>&1 | grep -E -A12 "Node placements|placed on \[" | cut -c1-220 | head -120
        fallback=allow
    fi
    while IFS=$'\t' read -r name text; do
        echo "== CUDA fp16, $name: $text"
        synth --text "$text" --out "/tmp/cuda-$name.wav" --mel "$DUMP/cuda-$name-mel.npy" --wave-npy "$DUMP/cuda-$name-wave.npy" \
            --provider cuda --cpu-fallback $fallback --warmup 3 --repeat 12 --json "$OUT/csharp-cuda-$name.json"
    done < "$CASES/cases.tsv"
    echo "== CPU fp32, 2s (the accuracy reference)"
    synth --text "Thanks for the follow!" --out /tmp/cpu-2s.wav --mel "$DUMP/cpu-2s-mel.npy" --wave-npy "$DUMP/cpu-2s-wave.npy" \
        --provider cpu --repeat 1 --json "$OUT/csharp-cpu-2s.json"
    echo "== relative errors against ORT CPU fp32 (same pack, seed 0)"
    for kind in mel wave; do
        python3 -m tools.export.compare_npy "$DUMP/cpu-2s-$kind.npy" "$DUMP/cuda-2s-$kind.npy"
        python3 -m tools.export.compare_npy "$DUMP/cpu-2s-$kind.npy" "$DUMP/torch-eager-fp16-2s-$kind.npy"
    done
    gpu_state
}

case "${1:-}" in
    prepare) prepare ;;
    csharp) csharp ;;
    torch) shift; gpu_state; python3 -m tools.export.bench_torch --cases "$CASES" --modes "$@" --runs 10 --warmup 3 --json "$OUT/torch-$(IFS=-; echo "$*").json" ;;
    *) echo "usage: $0 prepare | csharp | torch MODE..."; exit 2 ;;
esac
