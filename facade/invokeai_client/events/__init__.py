"""Live events: the socket.io connection (`hub`) and progress shown from its events (`progress`).

- `hub`: `EventHub` (`client.events`), one socket per client, subscriptions per batch, typed `QueueEvent`s.
- `progress`: `ProgressBar` and the per-item progress state it draws.

Needs the `events` extra (python-socketio) only when a socket is opened. May import `_transport`, `errors`
and `resources.queue` (for the queue's terminal states). Public: `EventHub`, `ProgressBar`; the rest is
private.
"""
