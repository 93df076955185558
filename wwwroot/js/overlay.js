// The OBS browser source: joins the playback hub, plays each clip in order and reports when it started and finished.
import { HubConnection } from "./hub-connection.js";
import { ClipPlayer } from "./clip-player.js";

const options = new URLSearchParams(location.search);
const caption = document.getElementById("caption");
const status = document.getElementById("status");
const unlock = document.getElementById("unlock");
// The hub refuses an overlay without the key this page was opened with.
const hub = new HubConnection(`/hubs/playback?key=${encodeURIComponent(options.get("key") ?? "")}`);
let connected = false;

const player = new ClipPlayer({
    onStarted: id => hub.send("ClipStarted", id),
    onFinished: id => hub.send("ClipFinished", id),
    onChange: render,
});

hub.on("ClipReady", clip => player.enqueue(clip));
hub.on("ClipsCancelled", ids => player.cancel(ids));
hub.on("PlaybackState", state => applyState(state));
hub.onConnected = async () => {
    const heldBeforeJoin = player.clips.map(c => c.id);
    const welcome = await hub.invoke("JoinOverlay");
    connected = true;
    reconcile(heldBeforeJoin, welcome.clips);
    await applyState(welcome.state);
};
hub.onDisconnected = () => {
    connected = false;
    render();
};

// After a (re)connect the server's list says what to hold. On a fresh page every clip in it plays, the one that was
// playing from its start. After a dropped connection the player keeps what it holds, drops clips it held before the
// join that the server no longer lists (clips that arrived while joining are newer than the list and stay), and
// repeats finish reports the server may have missed.
function reconcile(heldBeforeJoin, clips) {
    const listed = new Set(clips.map(c => c.id));
    player.cancel(heldBeforeJoin.filter(id => !listed.has(id)));
    for (const clip of clips) {
        if (player.history.finished.includes(clip.id)) hub.send("ClipFinished", clip.id);
        else player.enqueue(clip);
    }
}

async function applyState(state) {
    player.setVolume(state.volume);
    await player.setPaused(state.paused);
}

// Browsers outside OBS may keep audio locked until the page is clicked once.
unlock.addEventListener("click", async () => {
    if (!player.paused) await player.context.resume();
    render();
});
player.context.addEventListener("statechange", render);

function render() {
    const playing = player.playing;
    caption.hidden = options.get("caption") !== "1" || !playing;
    caption.textContent = playing?.text ?? "";
    unlock.hidden = player.paused || player.context.state !== "suspended";
    status.hidden = options.get("debug") !== "1";
    status.textContent = `${connected ? "connected" : "disconnected"} · ${player.paused ? "paused" : player.context.state}`
        + ` · queued ${player.clips.length}`;
}

// Read-only view for tests and for debugging from the browser console.
window.ttsOverlay = {
    get state() {
        return {
            connected,
            paused: player.paused,
            volume: player.gain.gain.value,
            contextState: player.context.state,
            playing: player.playing?.id ?? null,
            queued: player.clips.map(c => c.id),
            linedUp: player.clips.filter(c => c.status === "scheduled").map(c => c.id),
            started: [...player.history.started],
            finished: [...player.history.finished],
            cancelled: [...player.history.cancelled],
            timeline: player.history.timeline.map(t => ({ ...t })),
        };
    },
};

render();
hub.start();
