// Plays clips one after another with the Web Audio API. Each clip is scheduled on the audio clock to start exactly
// when the one before it ends, so consecutive clips play without a gap; pausing suspends the clock itself.
const START_DELAY_S = 0.05;

export class ClipPlayer {
    /**
     * @param {{onStarted: (id: string) => void, onFinished: (id: string) => void, onChange: () => void}} events
     */
    constructor(events) {
        this.events = events;
        this.context = new AudioContext();
        this.gain = this.context.createGain();
        this.gain.connect(this.context.destination);
        this.clips = [];            // in play order: { id, text, buffer, source, status: "decoding"|"waiting"|"scheduled"|"playing", startAt, endAt }
        this.known = new Set();     // every id ever enqueued, so a clip sent twice plays once
        this.decoding = Promise.resolve();
        this.paused = false;
        this.history = { started: [], finished: [], cancelled: [], timeline: [] };
    }

    /** Adds a clip ({ id, text, wav: base64 WAV }) to the end of the play order; a clip already known is ignored. */
    enqueue(clip) {
        if (this.known.has(clip.id)) return;
        this.known.add(clip.id);
        const entry = { id: clip.id, text: clip.text, buffer: null, source: null, status: "decoding", startAt: 0, endAt: 0 };
        this.clips.push(entry);
        // Decode one at a time, in arrival order; a clip plays only once every clip before it has.
        this.decoding = this.decoding.then(async () => {
            try {
                entry.buffer = await this.context.decodeAudioData(base64ToArrayBuffer(clip.wav));
                entry.status = "waiting";
            } catch (error) {
                console.error(`Clip ${clip.id} could not be decoded`, error);
                this.drop(entry);
            }
            this.pump();
        });
        this.events.onChange();
    }

    /** Drops the given clips, stopping the one playing; the rest keep their order and close the gap. */
    cancel(ids) {
        const targets = new Set(ids);
        const dropped = this.clips.filter(c => targets.has(c.id));
        if (dropped.length === 0) return;
        for (const entry of dropped) {
            this.stop(entry);
            this.drop(entry);
            this.history.cancelled.push(entry.id);
        }
        // A clip lined up behind a cancelled one must be lined up again from now.
        for (const entry of this.clips.filter(c => c.status === "scheduled")) {
            this.stop(entry);
            entry.status = "waiting";
        }
        this.pump();
    }

    async setPaused(paused) {
        this.paused = paused;
        if (paused) await this.context.suspend();
        else await this.context.resume();
        this.events.onChange();
    }

    setVolume(volume) {
        this.gain.gain.value = volume;
        this.events.onChange();
    }

    /** Starts the head clip if nothing plays, and lines up the next one to begin where the head ends. */
    pump() {
        const [head, next] = this.clips;
        if (head && head.status === "waiting") {
            this.schedule(head, this.context.currentTime + START_DELAY_S);
            head.status = "playing";
            this.reportStarted(head);
        }
        if (head && head.status === "playing" && next && next.status === "waiting") {
            this.schedule(next, Math.max(head.endAt, this.context.currentTime));
            next.status = "scheduled";
        }
        this.events.onChange();
    }

    schedule(entry, startAt) {
        const source = this.context.createBufferSource();
        source.buffer = entry.buffer;
        source.connect(this.gain);
        source.onended = () => this.finished(entry, source);
        source.start(startAt);
        entry.source = source;
        entry.startAt = startAt;
        entry.endAt = startAt + entry.buffer.duration;
    }

    finished(entry, source) {
        // A source stopped by cancel() also ends; only the natural end of the current source counts.
        if (entry.source !== source || entry.status !== "playing") return;
        this.drop(entry);
        this.history.finished.push(entry.id);
        this.events.onFinished(entry.id);
        const next = this.clips[0];
        if (next && next.status === "scheduled") {
            next.status = "playing";
            this.reportStarted(next);
        }
        this.pump();
    }

    reportStarted(entry) {
        this.history.started.push(entry.id);
        this.history.timeline.push({ id: entry.id, startAt: entry.startAt, endAt: entry.endAt });
        this.events.onStarted(entry.id);
    }

    stop(entry) {
        if (!entry.source) return;
        const source = entry.source;
        entry.source = null;
        try { source.stop(); } catch { /* never started: nothing to stop */ }
        source.disconnect();
    }

    drop(entry) {
        this.clips = this.clips.filter(c => c !== entry);
    }

    get playing() {
        return this.clips.find(c => c.status === "playing") ?? null;
    }
}

function base64ToArrayBuffer(base64) {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes.buffer;
}
