#!/usr/bin/env bash
# Start a PulseAudio daemon with a null sink and a virtual microphone ("livestudio_mic")
# whose input is whatever is played into the null sink.
set -euo pipefail
if pactl info >/dev/null 2>&1; then
    echo "PulseAudio already running"
else
    pulseaudio -D --exit-idle-time=-1 --system=false --disallow-exit 2>/dev/null \
        || pulseaudio -D --exit-idle-time=-1 --disallow-exit
    for _ in $(seq 1 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
fi
pactl list short sinks | grep -q livestudio_sink \
    || pactl load-module module-null-sink sink_name=livestudio_sink >/dev/null
pactl list short sources | grep -q livestudio_mic \
    || pactl load-module module-remap-source master=livestudio_sink.monitor source_name=livestudio_mic >/dev/null
pactl set-default-source livestudio_mic
pactl set-default-sink livestudio_sink
echo "PulseAudio ready: $(pactl list short sources | grep livestudio_mic | cut -f2)"
