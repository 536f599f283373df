"""Background work: the Huey queue, tasks and the in-process consumer. Never imports Qt."""
