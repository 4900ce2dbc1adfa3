#!/usr/bin/env bash
# Build the macOS app and disk image: dist/OpenCX HubSpot Setup.app and
# dist/opencx-hubspot-setup-<version>-macos-<arch>.dmg.
# Run from the repository root in a venv that has packaging/requirements-lock.txt
# (pip install --require-hashes) and the app's wheel. Not run on the Linux machine this
# project is developed on.
#
# Signing and notarisation take their credentials from the environment (CI secrets):
#   MACOS_CERT_P12_BASE64, MACOS_CERT_PASSWORD, MACOS_SIGN_IDENTITY   -> PyInstaller signs
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD                        -> notarytool + stapler
# Without them the build goes on unsigned / not notarised and prints a visible warning
# (Gatekeeper will then ask users to right-click > Open).
set -euo pipefail

APP_NAME="OpenCX HubSpot Setup"
APP="dist/${APP_NAME}.app"
version="$(python -c "from importlib.metadata import version; print(version('opencx-hubspot-setup'))")"
arch="$(uname -m)"
dmg="dist/opencx-hubspot-setup-${version}-macos-${arch}.dmg"

warn() { echo "::warning title=$1::$2"; echo "WARNING: $2" >&2; }

signed=no
if [ -n "${MACOS_CERT_P12_BASE64:-}" ] && [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    # The certificate goes into a temporary keychain before PyInstaller runs: the spec signs
    # every binary and the app itself with MACOS_SIGN_IDENTITY (hardened runtime,
    # entitlements.plist), through PyInstaller's codesign_identity / entitlements_file.
    keychain="$RUNNER_TEMP/signing.keychain-db"
    keychain_password="$(uuidgen)"
    echo "$MACOS_CERT_P12_BASE64" | base64 --decode > "$RUNNER_TEMP/cert.p12"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    security import "$RUNNER_TEMP/cert.p12" -P "${MACOS_CERT_PASSWORD:-}" -A -t cert -f pkcs12 -k "$keychain"
    security list-keychain -d user -s "$keychain"
    rm -f "$RUNNER_TEMP/cert.p12"
    # A signing failure stops the build, and PyInstaller verifies the finished app.
    export PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR=1 PYINSTALLER_VERIFY_BUNDLE_SIGNATURE=1
    signed=yes
else
    unset MACOS_SIGN_IDENTITY  # the spec then signs ad hoc (the app still runs on Apple silicon)
    warn "Unsigned macOS build" "MACOS_CERT_P12_BASE64 / MACOS_SIGN_IDENTITY not set: the app is signed ad hoc only"
fi

python packaging/make_icons.py
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/opencx-hubspot-setup.spec

said="$("${APP}/Contents/MacOS/opencx-hubspot-setup" --version)"
if [ "$said" != "opencx-hubspot-setup ${version}" ]; then
    echo "bundle says '$said', metadata says '${version}'" >&2
    exit 1
fi
plist_version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "${APP}/Contents/Info.plist")"
[ "$plist_version" = "$version" ] || { echo "Info.plist says $plist_version" >&2; exit 1; }
if [ "$signed" = yes ]; then
    # Checking (not signing) with --deep is what Apple recommends before notarisation.
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

# The disk image: the app and a link to /Applications to drag it onto.
stage="$(mktemp -d)"
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "${APP_NAME} ${version}" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
rm -rf "$stage"

if [ "$signed" = yes ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ "$signed" = yes ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
else
    warn "macOS build not notarised" "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set (or app unsigned): the disk image is not notarised"
fi
echo "built $dmg"
