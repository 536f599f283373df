"""A person's access to a shared book: ``permoney book grant ROLE`` (``store.server_grants``)."""

from __future__ import annotations

from permoney_desktop.services import server_login
from permoney_desktop.store import server_grants
from permoney_desktop.store.server_grants import GrantDone, GrantError

__all__ = ["GROUP_NAME", "GrantDone", "GrantError", "grant"]

GROUP_NAME = server_grants.GROUP


def grant(url: str, person: str, *, revoke: bool = False) -> GrantDone:
    """Grant (or revoke) ``person``'s least-privilege access to the shared book at ``url``,
    connected as the URL's role with its password from the URL or the keyring."""
    return server_grants.grant(server_login.prepare(url), person, revoke=revoke)
