"""Transport: the sans-IO core and everything between an operation and the wire.

- `core`: effects (`Send`, `Sleep`, `StreamTo`, ...) and the two runners (blocking, asyncio)
  that perform them.
- `pipeline`: one request through retries, error pages and status errors (`Pipeline`).
- `retry`: `RetryPolicy` and `retry`, the one loop that every retry runs (requests, downloads cut short,
  enqueues whose answer was lost).
- `ops`: sync/async method twins from one generator operation, and `Transport`, the client as the layers
  above see it (so that they need not import it).
- `limits`: one attempt's deadline for the whole answer and the JSON size cap (a response hook).
- `loops`: the async httpx client of one event loop, closed before the loop ends.
- `tls`: the transports of a client for an http:// server (no CA bundle parsed unless TLS is used).
- `answers`: the server's error details in one line, for messages.
- `ids`: identifiers the client makes up (batch ids), one place so tests make them repeatable.
- `release`: the server's InvokeAI release (asked once) and what it offers, from the bindings' release
  table (`invokeai_api._releases`); what it lacks is refused before sending.

Imports only `invokeai_client.errors`, the standard library and httpx (and the generated
`invokeai_api`, for types and its release table). Private: nothing here is public API except `RetryPolicy`,
which `invokeai_client` re-exports.
"""
