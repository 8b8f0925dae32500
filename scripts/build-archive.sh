#!/usr/bin/env bash
# Packs a built knead into the release archive people without Rust
# download: knead-VERSION-TARGET.tar.gz with the binary, its man page,
# completions for bash, zsh and fish, the README, the routine format, the
# licences and install.sh, plus a .sha256 beside it.
#
# Usage: scripts/build-archive.sh TARGET BINARY [DOCS_BINARY]
#   TARGET       the Rust target triple, e.g. aarch64-unknown-linux-gnu
#   BINARY       the knead built for it
#   DOCS_BINARY  a knead that runs here, to print the man page and
#                completions (default: BINARY)
# Prints the path of the archive, written to target/dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

target=$1
binary=$2
docs=${3:-$2}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
name=knead-$version-$target

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dir=$stage/$name
mkdir -p "$dir/complete" "$dir/doc"
install -m755 "$binary" "$dir/knead"
"$docs" man >"$dir/doc/knead.1"
"$docs" completions bash >"$dir/complete/knead.bash"
"$docs" completions zsh >"$dir/complete/_knead"
"$docs" completions fish >"$dir/complete/knead.fish"
cp README.md CHANGELOG.md LICENSE-MIT LICENSE-APACHE "$dir/"
cp docs/routine-format.md "$dir/doc/"
install -m755 scripts/install.sh "$dir/install.sh"

mkdir -p target/dist
out=$PWD/target/dist/$name.tar.gz
tar -C "$stage" -czf "$out" "$name"
# shasum is on macOS and Debian alike; sha256sum is not on macOS.
(cd target/dist && shasum -a 256 "$name.tar.gz" >"$name.tar.gz.sha256")
echo "$out"
