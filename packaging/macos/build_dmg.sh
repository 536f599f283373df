#!/usr/bin/env bash
# macOS recipe (cannot be built on the Linux CI machine): a Permoney.app in a .dmg.
# Needs Xcode command-line tools. Run from the repository root on a Mac:
#   python3 packaging/dev.py package        # PyInstaller builds dist/permoney (one folder)
#   bash packaging/macos/build_dmg.sh       # wraps it as dist/Permoney.app and dist/Permoney-<v>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c 'import re;print(re.search(r"__version__ = \"(.+)\"", open("permoney_desktop/__init__.py").read())[1])')
APP=dist/Permoney.app
rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp -R dist/permoney/. "$APP/Contents/MacOS/"
sed "s/@VERSION@/$VERSION/g" packaging/macos/Info.plist > "$APP/Contents/Info.plist"
# The icon set comes from the SVG: render it with the app's own Qt (packaging/render_icons.py).
if [ -f resources/icons/permoney.icns ]; then cp resources/icons/permoney.icns "$APP/Contents/Resources/"; fi
codesign --force --deep --sign - "$APP"   # ad-hoc; use a Developer ID identity to notarize
"$APP/Contents/MacOS/permoney" --self-test
hdiutil create -volname Permoney -srcfolder "$APP" -ov -format UDZO "dist/Permoney-$VERSION.dmg"
echo "dist/Permoney-$VERSION.dmg"
