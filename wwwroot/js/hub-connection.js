// A small client for ASP.NET Core SignalR's JSON hub protocol over one WebSocket, written for the overlay so the page
// needs no third-party script. It supports what the overlay uses: invoke with a result, server-to-client calls,
// keep-alive pings and reconnecting with backoff.
const RECORD_SEPARATOR = "\u001e";
const MessageType = { Invocation: 1, Completion: 3, Ping: 6, Close: 7 };
const KEEP_ALIVE_MS = 15000;
const SERVER_TIMEOUT_MS = 30000;
const RECONNECT_DELAYS_MS = [0, 1000, 2000, 5000];

export class HubConnection {
    /** @param {string} path hub path, e.g. "/hubs/playback" */
    constructor(path) {
        const scheme = location.protocol === "https:" ? "wss:" : "ws:";
        this.url = `${scheme}//${location.host}${path}`;
        this.handlers = new Map();
        this.pending = new Map();
        this.nextInvocationId = 1;
        this.onConnected = async () => {};
        this.onDisconnected = () => {};
        this.socket = null;
        this.attempt = 0;
    }

    /** Registers a handler for a server-to-client method. */
    on(method, handler) {
        this.handlers.set(method.toLowerCase(), handler);
    }

    /** Connects, and keeps reconnecting whenever the connection drops. */
    start() {
        this.connect();
    }

    /** Calls a hub method and resolves with its result. */
    invoke(method, ...args) {
        const invocationId = String(this.nextInvocationId++);
        return new Promise((resolve, reject) => {
            this.pending.set(invocationId, { resolve, reject });
            if (!this.write({ type: MessageType.Invocation, invocationId, target: method, arguments: args })) {
                this.pending.delete(invocationId);
                reject(new Error(`Not connected: cannot call ${method}.`));
            }
        });
    }

    /** Calls a hub method without waiting for a result; false when not connected. */
    send(method, ...args) {
        return this.write({ type: MessageType.Invocation, target: method, arguments: args });
    }

    connect() {
        const socket = new WebSocket(this.url);
        this.socket = socket;
        let handshakeDone = false;
        let buffer = "";
        socket.onopen = () => socket.send(JSON.stringify({ protocol: "json", version: 1 }) + RECORD_SEPARATOR);
        socket.onmessage = async (event) => {
            this.lastReceived = Date.now();
            buffer += event.data;
            const records = buffer.split(RECORD_SEPARATOR);
            buffer = records.pop();
            for (const record of records) {
                const message = JSON.parse(record);
                if (!handshakeDone) {
                    handshakeDone = true;
                    if (message.error) {
                        console.error(`Hub handshake refused: ${message.error}`);
                        socket.close();
                        return;
                    }
                    this.attempt = 0;
                    this.startKeepAlive(socket);
                    await this.onConnected();
                    continue;
                }
                this.dispatch(message, socket);
            }
        };
        socket.onclose = () => this.handleClose(socket);
    }

    dispatch(message, socket) {
        switch (message.type) {
            case MessageType.Invocation: {
                const handler = this.handlers.get(message.target.toLowerCase());
                if (handler) handler(...message.arguments);
                break;
            }
            case MessageType.Completion: {
                const call = this.pending.get(message.invocationId);
                this.pending.delete(message.invocationId);
                if (call && message.error) call.reject(new Error(message.error));
                else if (call) call.resolve(message.result);
                break;
            }
            case MessageType.Close:
                socket.close();
                break;
        }
    }

    startKeepAlive(socket) {
        this.lastReceived = Date.now();
        const timer = setInterval(() => {
            if (socket.readyState !== WebSocket.OPEN) return clearInterval(timer);
            // A server that stays silent past its own ping interval twice over is gone: drop and reconnect.
            if (Date.now() - this.lastReceived > SERVER_TIMEOUT_MS) return socket.close();
            socket.send(JSON.stringify({ type: MessageType.Ping }) + RECORD_SEPARATOR);
        }, KEEP_ALIVE_MS);
    }

    handleClose(socket) {
        if (this.socket !== socket) return;
        this.socket = null;
        for (const call of this.pending.values()) call.reject(new Error("Connection closed."));
        this.pending.clear();
        this.onDisconnected();
        const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt++, RECONNECT_DELAYS_MS.length - 1)];
        setTimeout(() => this.connect(), delay);
    }

    write(message) {
        if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
        this.socket.send(JSON.stringify(message) + RECORD_SEPARATOR);
        return true;
    }
}
