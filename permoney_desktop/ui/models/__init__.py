"""Qt item models over the services: the accounts tree and the lazy register table."""
