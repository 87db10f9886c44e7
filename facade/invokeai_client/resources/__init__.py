"""Resources: the server's objects as repositories, each operation a sync/async pair.

- `boards`: `BoardRepository` (`client.boards`) and `BoardHandle` (one board, its images).
- `images`: `ImageRepository` (`client.images`): list, upload, download, star, move, delete.
- `queue`: `QueueRepository` (`client.queue`): status, items, cancel, clear, prune, waiting for items.
- `models`: `ModelRepository` (`client.models`): list, find, install, delete.
- `queue_lookup`: finding queue items the way the server's release allows (summaries, items by id, or
  one at a time; item ids or the 5.x `/list`).

May import `_transport`, `errors` and the generated `invokeai_api`; never `workflow`, `events`,
`submission` or the client: repositories are typed against `_transport.ops.Transport`, which the client
is. The repository classes are public and re-exported by `invokeai_client`; module-level helpers are
private.
"""
