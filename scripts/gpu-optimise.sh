#!/usr/bin/env bash
# Issue 6, second part: the GPU optimisations measured against the baseline in the same lease, on a machine with
# PyTorch and CUDA but no .NET (../shared/device/README.md). Steps, each one device call on a held machine:
#   gpu-optimise.sh prepare   unpack the ORT bundle (whole or in parts, see unpack_ort); export the full-size
#                             random-weight pack twice (seed 0): with the baseline export code (the checkout's tools/,
#                             FP16 only) to /opt/tts/f5-base, and with this branch's (TREE/tools, FP32 + FP16) to
#                             /opt/tts/f5-gpu; count the nodes per graph
#   gpu-optimise.sh csharp APP:PACK[:flags]...   for each app archive CARRY/APP.tar.xz and pack /opt/tts/PACK: the
#                             bench's synth on the three lengths (CUDA, CPU fallback denied when the pack loads so),
#                             each followed by one message of a new length in the warm process; with an f5-gpu pack
#                             also the 2 s line on the CPU provider in FP32 and the relative errors of mel and waveform.
#                             flags, any of: graphsN the flow step as CUDA graphs for up to N frame counts
#                             (--cuda-graphs N), firstS a first chunk of about S seconds for long messages
#                             (--first-chunk-seconds S), bucketB the sequence length rounded up to a multiple of B
#                             frames (--frame-bucket B), envNAME=VALUE the bench with that environment variable (e.g.
#                             ONNX Runtime's ORT_ENABLE_CUDNN_FLASH_ATTENTION=1); e.g. app-gpu5:f5-h:graphs64:bucket16
#   gpu-optimise.sh tracker APP:PACK[:flags]...   the GPU benchmark as the optimisation tracker stores it: for each,
#                             one `TtsPanel.Bench run` of the benchmarks/gpu.txt set (the same three texts; CUDA, CPU
#                             fallback denied, NFE 7, CFG 2, 3 warm-up, 10 repetitions; flags as for csharp) into
#                             OUT/history.db, named "gpu APP:PACK[:flags]"; the runs land next to each other there, for
#                             the panel's Performance and Compare pages (copy the file to data/ttspanel.db) or
#                             `run --compare RUN_ID`
#   gpu-optimise.sh nearby APP:PACK[:flags]...   the 2 s line (3 warm-up, 12 runs), then once a message one byte
#                             longer ("follows"): a new length close to one already spoken
#   gpu-optimise.sh ablate APP:PACK[:flags]...   csharp on the pack and on copies of it without attention and without
#                             the position convolutions (tools/export/ablate_step.py): their device time by difference
#   gpu-optimise.sh memory APP:PACK[:flags]...   peak GPU memory (nvidia-smi) of a run over benchmarks/lengths.txt
#                             (24 chat lines of growing length, each a new length), e.g. f5-gpu:graphs0 against f5-gpu
#   gpu-optimise.sh profile APP:PACK...   the 5 s line with ORT's profiler on (1 warm-up, 3 runs) and the summary of
#                             the dit_step profile per op type (tools/export/ort_profile.py)
#   gpu-optimise.sh torch MODE...   bench_torch.py (the checkout's baseline tools) in the given modes
# CARRY holds ort.tar.xz (or its parts), nvlibs.sh, app-*.tar.xz, cases/ and tree/ (this branch's tools/ and scripts/).
set -uo pipefail
CARRY=${CARRY:-.gpu}
OUT=${OUT:-artifacts/gpu-optimise}
TREE=$(realpath "$CARRY/tree")
CASES=$(realpath "$CARRY/cases")
DUMP=/opt/tts/dump
mkdir -p "$OUT" "$DUMP"
export PYTHONUNBUFFERED=1

gpu_state() {
    nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,temperature.gpu,utilization.gpu,memory.used --format=csv
}

# The flags of APP:PACK[:graphsN][:firstS][:bucketB] ($1, colon-separated) as bench options, into the array `extra`.
engine_flags() {
    local flag
    extra=(); envs=()
    for flag in ${1//:/ }; do
        case $flag in
            env*) envs+=("${flag#env}") ;;
            graphs*) extra+=(--cuda-graphs "${flag#graphs}") ;;
            first*) extra+=(--first-chunk-seconds "${flag#first}") ;;
            bucket*) extra+=(--frame-bucket "${flag#bucket}") ;;
            *) echo "unknown flag '$flag': use graphsN, firstS, bucketB or envNAME=VALUE"; return 2 ;;
        esac
    done
}

# Unpacks the self-contained bench CARRY/$1.tar.xz into /tmp/app with the ORT bundle beside it.
unpack_app() {
    rm -rf /tmp/app && mkdir -p /tmp/app && tar -xJf "$CARRY/$1.tar.xz" -C /tmp/app && cp /opt/tts/ort/* /tmp/app/ || return 1
    export LD_LIBRARY_PATH=/tmp/app:$(cat /opt/tts/nvlibs)
}

# Unpacks the ORT bundle into $1/ort. It travels whole (CARRY/ort.tar.xz) or, where it does not fit the carry limit
# beside the work tree, split (`split -b 34M ort.tar.xz ort.part-`) over calls: the parts an earlier call carried wait
# in $1, the rest are in CARRY; a part in both places is taken once.
unpack_ort() {
    local home=$1 parts
    mkdir -p "$home/ort"
    if [ -f "$CARRY/ort.tar.xz" ]; then
        tar -xJf "$CARRY/ort.tar.xz" -C "$home/ort"
        return
    fi
    parts=$(for part in "$home"/ort.part-* "$CARRY"/ort.part-*; do [ -f "$part" ] && echo "${part##*/} $part"; done \
        | sort -u -k1,1 | cut -d' ' -f2-)
    [ -n "$parts" ] || { echo "no ORT bundle: neither $CARRY/ort.tar.xz nor ort.part-* in $CARRY or $home"; return 1; }
    echo "joining $(echo "$parts" | wc -l) parts of the ORT bundle"
    # shellcheck disable=SC2086  # one path per line, none with spaces (fixed names under fixed folders)
    cat $parts | tar -xJ -C "$home/ort"
}

count_nodes() {
    python3 - "$@" <<'EOF'
import collections, sys, onnx
for path in sys.argv[1:]:
    ops = collections.Counter(n.op_type for n in onnx.load(path, load_external_data=False).graph.node)
    keys = ("Shape", "Gather", "Concat", "Reshape", "Softmax", "MultiHeadAttention", "Cast", "MatMul")
    print(path.split("/")[-1], sum(ops.values()), " ".join(f"{k}={ops[k]}" for k in keys))
EOF
}

prepare() {
    gpu_state
    python3 -c "import torch, onnx; print('torch', torch.__version__, 'onnx', onnx.__version__)"
    unpack_ort /opt/tts && bash "$CARRY/nvlibs.sh" > /opt/tts/nvlibs || return 1
    local start=$SECONDS
    python3 -m tools.export --random-init --seed 0 --precision fp16 --name f5-base --out /opt/tts/f5-base 2>&1 \
        | grep -v Warning | tail -3 || return 1
    echo "baseline export (fp16) took $((SECONDS - start)) s"
    start=$SECONDS
    (cd "$TREE" && python3 -m tools.export --random-init --seed 0 --precision fp32 fp16 --name f5-gpu \
        --out /opt/tts/f5-gpu 2>&1 | grep -v Warning | tail -3) || return 1
    echo "branch export (fp32 + fp16) took $((SECONDS - start)) s"
    count_nodes /opt/tts/f5-base/*.onnx /opt/tts/f5-gpu/*.onnx | tee "$OUT/nodes.txt"
}

csharp() {
    gpu_state
    test -d /opt/tts/ort || { echo "ORT bundle missing: run 'prepare' first"; return 3; }
    local transcript run app name pack fallback extra envs flags
    transcript=$(cat "$CASES/transcript.txt")
    for run in "$@"; do
        IFS=: read -r app pack flags <<< "$run"
        engine_flags "$flags" || return 2
        pack=/opt/tts/$pack; run=${run//:/-}; run=${run//=/-}
        unpack_app "$app" || return 1
        synth() { env "${envs[@]}" /tmp/app/TtsPanel.Bench synth --pack "$pack" --reference "$CASES/reference.wav" --transcript "$transcript" --nfe 7 --cfg 2 --seed 0 "${extra[@]}" "$@"; }
        fallback=deny
        if ! synth --text "Thanks for the follow!" --out /tmp/probe.wav --provider cuda --repeat 1 > "$OUT/$run-probe.txt" 2>&1; then
            echo "== $run: CUDA with the CPU fallback denied refused ($(grep -o 'assigned to the default CPU EP' "$OUT/$run-probe.txt" | head -1)); allowing it"
            fallback=allow
        fi
        while IFS=$'\t' read -r name text; do
            echo "== $run, CUDA fp16, fallback $fallback, $name"
            synth --text "$text" --out "/tmp/$run-$name.wav" --mel "$DUMP/$run-$name-mel.npy" --wave-npy "$DUMP/$run-$name-wave.npy" \
                --provider cuda --cpu-fallback $fallback --warmup 3 --repeat 12 --json "$OUT/$run-$name.json" \
                --new-length-text "${NEW_LENGTH_TEXT:-Good evening, and welcome to the stream tonight.}" 2>&1 | tail -6
        done < "${CASES_TSV:-$CASES/cases.tsv}"
        if [ "$pack" = /opt/tts/f5-gpu ]; then
            echo "== $run: CPU fp32, 2s (the accuracy reference)"
            synth --text "Thanks for the follow!" --out /tmp/cpu-2s.wav --mel "$DUMP/cpu-2s-mel.npy" --wave-npy "$DUMP/cpu-2s-wave.npy" \
                --provider cpu --repeat 1 2>&1 | tail -2
            for kind in mel wave; do
                (cd "$TREE" && python3 -m tools.export.compare_npy "$DUMP/cpu-2s-$kind.npy" "$DUMP/$run-2s-$kind.npy")
            done
        fi
    done
    gpu_state
}

profile() {
    test -d /opt/tts/ort || { echo "ORT bundle missing: run 'prepare' first"; return 3; }
    local transcript run app pack text
    transcript=$(cat "$CASES/transcript.txt")
    text=$(awk -F'\t' '$1 == "5s" { print $2 }' "$CASES/cases.tsv")
    for run in "$@"; do
        app=${run%%:*}; pack=/opt/tts/${run#*:}; run=${run/:/-}
        rm -rf /tmp/prof && mkdir -p /tmp/prof && unpack_app "$app" || return 1
        /tmp/app/TtsPanel.Bench synth --pack "$pack" --reference "$CASES/reference.wav" --transcript "$transcript" --text "$text" \
            --nfe 7 --cfg 2 --seed 0 --provider cuda --cpu-fallback allow --warmup 1 --repeat 3 --out /tmp/prof.wav \
            --ort-profile /tmp/prof/ort 2>&1 | tail -2
        # One file per session (named by its start second); the DiT step's, run 7 times per message, is the largest.
        local step_profile
        step_profile=$(ls -S /tmp/prof/ort*.json | head -1)
        echo "== $run, dit_step profile (5s line; the warm-up run included)"
        (cd "$TREE" && python3 -m tools.export.ort_profile "$step_profile" --top 14) | tee "$OUT/$run-profile.txt"
    done
}

tracker() {
    gpu_state
    test -d /opt/tts/ort || { echo "ORT bundle missing: run 'prepare' first"; return 3; }
    local transcript run app pack flags extra envs
    transcript=$(cat "$CASES/transcript.txt")
    for run in "$@"; do
        IFS=: read -r app pack flags <<< "$run"
        engine_flags "$flags" || return 2
        unpack_app "$app" || return 1
        echo "== $run: bench run --set gpu, CUDA fp16, CPU fallback denied"
        env "${envs[@]}" /tmp/app/TtsPanel.Bench run --set gpu --pack "/opt/tts/$pack" --reference "$CASES/reference.wav" --transcript "$transcript" \
            --nfe 7 --cfg 2 --provider cuda --cpu-fallback deny --warmup 3 --repeat 10 --db "$OUT/history.db" --name "gpu $run" \
            "${extra[@]}" 2>&1 || echo "== $run: the run failed (exit $?)"
    done
    gpu_state
}

nearby() {
    gpu_state
    for run in "$@"; do
        echo "== $run: the 2s line, then a message one byte longer"
        # csharp with only the 2s case and another new-length text.
        (awk -F'\t' '$1 == "2s"' "$CASES/cases.tsv" > /tmp/nearby.tsv
         CASES_TSV=/tmp/nearby.tsv NEW_LENGTH_TEXT="Thanks for the follows!" csharp "$run" | grep -E "Median|New length")
    done
}

memory() {
    # Peak GPU memory over benchmarks/lengths.txt (24 new lengths, each spoken twice), nvidia-smi polled every 0.5 s.
    local transcript run app pack flags extra envs pid peak used
    transcript=$(cat "$CASES/transcript.txt")
    for run in "$@"; do
        IFS=: read -r app pack flags <<< "$run"
        engine_flags "$flags" || return 2
        unpack_app "$app" || return 1
        env "${envs[@]}" /tmp/app/TtsPanel.Bench run --set lengths --pack "/opt/tts/$pack" --reference "$CASES/reference.wav" \
            --transcript "$transcript" --provider cuda --warmup 0 --repeat 2 --db /tmp/memory.db --name "lengths $run" "${extra[@]}" \
            > "$OUT/memory-${run//:/-}.log" 2>&1 &
        pid=$!; peak=0
        while kill -0 $pid 2>/dev/null; do
            used=$(nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits | head -1)
            [ "$used" -gt "$peak" ] && peak=$used
            sleep 0.5
        done
        echo "== $run: peak GPU memory ${peak} MiB"
    done
}

ablate() {
    # The step's device time by kind of work: the pack against copies without attention or without the convolutions.
    local run app pack flags
    for run in "$@"; do
        IFS=: read -r app pack flags <<< "$run"
        (cd "$TREE" && python3 -m tools.export.ablate_step "/opt/tts/$pack" /opt/tts) || return 1
        csharp "$run" "$app:$pack-no-attention${flags:+:$flags}" "$app:$pack-no-conv${flags:+:$flags}" | grep -E "^==|Median"
    done
}

case "${1:-}" in
    prepare) prepare ;;
    csharp) shift; csharp "$@" ;;
    profile) shift; profile "$@" ;;
    nearby) shift; nearby "$@" ;;
    tracker) shift; tracker "$@" ;;
    torch) shift; gpu_state; python3 -m tools.export.bench_torch --cases "$CASES" --modes "$@" --runs 10 --warmup 3 --json "$OUT/torch-$(IFS=-; echo "$*").json" ;;
    ablate) shift; ablate "$@" ;;
    memory) shift; memory "$@" ;;
    *) echo "usage: $0 prepare | csharp APP:PACK... | tracker APP:PACK... | nearby APP:PACK... | ablate APP:PACK... | memory APP:PACK... | profile APP:PACK... | torch MODE..."; exit 2 ;;
esac
