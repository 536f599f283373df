"""The app's identity in one place: name, organisation, version, file extension."""

from permoney_desktop import __version__

APP_NAME = "Permoney"
APP_ID = "permoney-desktop"
ORGANIZATION = "Permoney"
BOOK_SUFFIX = ".permoney"
VERSION = __version__
