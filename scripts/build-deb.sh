#!/usr/bin/env bash
# Builds a Debian package of knead with dpkg-deb alone (no cargo-deb to
# install): the binary in /usr/bin, its man page in /usr/share/man/man1,
# completions where bash-completion, zsh and fish look for vendor files,
# and the README, routine format and licences in /usr/share/doc/knead.
#
# Usage: scripts/build-deb.sh [BINARY [ARCH]]
#   BINARY  a built knead (default: cargo build --release --locked, then
#           target/release/knead); it is run to print its man page and
#           completions, so it must run here: build each architecture's
#           package on that architecture.
#   ARCH    Debian's name for it (default: dpkg --print-architecture).
# Prints the path of the .deb, written to target/debian/.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-}
if [[ -z $binary ]]; then
    cargo build --release --locked >&2
    binary=target/release/knead
fi
arch=${2:-$(dpkg --print-architecture)}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/knead
install -Dm755 "$binary" "$root/usr/bin/knead"
strip --strip-unneeded "$root/usr/bin/knead" 2>/dev/null || true
mkdir -p "$root/usr/share/man/man1"
"$binary" man | gzip -9n >"$root/usr/share/man/man1/knead.1.gz"
completions=(
    "bash usr/share/bash-completion/completions/knead"
    "zsh usr/share/zsh/vendor-completions/_knead"
    "fish usr/share/fish/vendor_completions.d/knead.fish"
)
for entry in "${completions[@]}"; do
    read -r shell path <<<"$entry"
    mkdir -p "$(dirname "$root/$path")"
    "$binary" completions "$shell" >"$root/$path"
done
doc=$root/usr/share/doc/knead
install -Dm644 README.md "$doc/README.md"
install -Dm644 docs/routine-format.md "$doc/routine-format.md"
install -Dm644 CHANGELOG.md "$doc/changelog"
gzip -9n "$doc/changelog"
{
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: knead"
    echo "Source: https://github.com/knead-coach/knead"
    echo
    echo "Files: *"
    echo "Copyright: the knead authors"
    echo "License: MIT or Apache-2.0"
    echo " See /usr/share/common-licenses/Apache-2.0 and the MIT licence below."
    echo " ."
    sed -e 's/^$/./' -e 's/^/ /' LICENSE-MIT
} >"$doc/copyright"

# The C libraries the binary links (only libc and libgcc's unwinder: sound
# goes through a player program, found at run time, not through ALSA).
glibc=$(objdump -T "$root/usr/bin/knead" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
size=$(du -sk "$root/usr" | cut -f1)
mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: knead
Version: $version-1
Architecture: $arch
Maintainer: the knead authors <knead@users.noreply.github.com>
Installed-Size: $size
Depends: libc6 (>= ${glibc:-2.17}), libgcc-s1
Recommends: pipewire-bin | pulseaudio-utils | alsa-utils
Suggests: espeak-ng | speech-dispatcher, man-db
Section: utils
Priority: optional
Homepage: https://github.com/knead-coach/knead
Description: terminal coach for home self-massage
 knead walks you through a self-massage routine (a tennis ball, a foam
 roller, a ball against a wall) with timed holds, breathing cues, sounds
 at every change and a safety check-in after every hold. Routines are
 plain TOML files that a physical therapist can write, check and print.
 .
 Sound plays through pw-cat, paplay or aplay, whichever the system has.
CONTROL

mkdir -p target/debian
out=target/debian/knead_${version}-1_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >&2
echo "$out"
