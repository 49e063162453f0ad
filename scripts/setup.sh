# Shared set-up for scripts/run, scripts/test and scripts/bench (sourced, not run).
# Installs what a fresh Debian 12 machine lacks: system packages (apt, with sudo when not
# root), the UI's npm packages (npm ci), and for tests tauri-driver; then builds the UI.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the named Debian packages that are not installed yet.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

APP_PACKAGES=(build-essential pkg-config curl file libwebkit2gtk-4.1-dev libgtk-3-dev
  libsoup-3.0-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev
  cmake nasm) # cmake and nasm build libjpeg-turbo (crate turbojpeg) with its SIMD code
# xdotool answers native dialogs in e2e and drags a link onto the window from a window of
# tests/e2e/drag-source.py, which needs Debian's python3 with GTK (python3-gi, gir1.2-gtk-3.0).
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver xdotool python3-gi gir1.2-gtk-3.0)
# Fonts the reader needs for articles in Chinese, Japanese and Korean (the dev corpus has
# several), in Thai, Arabic, Hebrew, Hindi and the other scripts Noto's core set covers
# (a Thai headline was a row of empty boxes), and for emoji in headlines and related links
# (`📨 Make the most of …`); a Debian desktop has them, a minimal install shows empty boxes
# without them.
FONT_PACKAGES=(fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji)

ensure_toolchains() {
  if ! command -v cargo >/dev/null; then
    echo "cargo is missing: install Rust (rustup) and run this again" >&2
    exit 1
  fi
  if ! command -v npm >/dev/null; then
    ensure_packages nodejs npm
  fi
}

# npm ci when node_modules is missing or older than the lock file.
ensure_ui_packages() {
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    say "installing the UI's npm packages (npm ci)"
    (cd ui && npm ci --no-audit --no-fund)
  fi
}

build_ui() {
  say "building the UI"
  (cd ui && npm run --silent build)
}

TAURI_DRIVER_VERSION=2.1.0
ensure_tauri_driver() {
  if ! tauri-driver --help >/dev/null 2>&1 || [ "$(cargo install --list | grep -c "^tauri-driver v$TAURI_DRIVER_VERSION:")" = 0 ]; then
    say "installing tauri-driver $TAURI_DRIVER_VERSION"
    cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked --quiet
  fi
  export PATH="$HOME/.cargo/bin:$PATH"
}
