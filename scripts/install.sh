#!/bin/sh
# Installs knead without Rust: the binary, its man page and completions.
#
# Run from an unpacked release archive (./install.sh), it installs the
# files beside it. Run on its own, it downloads the archive for this
# machine from the latest GitHub release (or KNEAD_VERSION, e.g. 0.1.0),
# checks its SHA-256 and installs that:
#
#   curl -fsSL https://github.com/knead-coach/knead/releases/latest/download/install.sh | sh
#
# Where: --prefix DIR (default /usr/local as root, ~/.local otherwise);
# files go to DIR/bin, DIR/share/man/man1 and the completion folders under
# DIR/share. --uninstall removes them again.
set -eu

repository=https://github.com/knead-coach/knead
prefix=
uninstall=
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h | --help) sed -n '2,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
if [ -z "$prefix" ]; then
    if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix=$HOME/.local; fi
fi

bin=$prefix/bin/knead
man=$prefix/share/man/man1/knead.1
bash_completion=$prefix/share/bash-completion/completions/knead
zsh_completion=$prefix/share/zsh/site-functions/_knead
fish_completion=$prefix/share/fish/vendor_completions.d/knead.fish
doc=$prefix/share/doc/knead

if [ -n "$uninstall" ]; then
    rm -f "$bin" "$man" "$bash_completion" "$zsh_completion" "$fish_completion"
    rm -rf "$doc"
    echo "removed knead from $prefix"
    exit 0
fi

here=$(cd "$(dirname "$0")" 2>/dev/null && pwd || echo .)
if [ ! -x "$here/knead" ]; then
    case $(uname -s)-$(uname -m) in
        Linux-x86_64) target=x86_64-unknown-linux-gnu ;;
        Linux-aarch64 | Linux-arm64) target=aarch64-unknown-linux-gnu ;;
        Darwin-x86_64) target=x86_64-apple-darwin ;;
        Darwin-arm64) target=aarch64-apple-darwin ;;
        *) echo "install.sh: no knead release for $(uname -s) $(uname -m); build it with cargo (see the README)" >&2; exit 1 ;;
    esac
    if [ -n "${KNEAD_VERSION:-}" ]; then
        base=$repository/releases/download/v$KNEAD_VERSION
        name=knead-$KNEAD_VERSION-$target
    else
        base=$repository/releases/latest/download
        name=knead-$target
    fi
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    if command -v curl >/dev/null 2>&1; then
        fetch() { curl -fsSL -o "$2" "$1"; }
    elif command -v wget >/dev/null 2>&1; then
        fetch() { wget -q -O "$2" "$1"; }
    else
        echo "install.sh: needs curl or wget to download knead" >&2
        exit 1
    fi
    echo "downloading $base/$name.tar.gz"
    fetch "$base/$name.tar.gz" "$work/knead.tar.gz"
    fetch "$base/$name.tar.gz.sha256" "$work/knead.tar.gz.sha256"
    expected=$(cut -d' ' -f1 "$work/knead.tar.gz.sha256")
    if command -v sha256sum >/dev/null 2>&1; then
        actual=$(sha256sum "$work/knead.tar.gz" | cut -d' ' -f1)
    else
        actual=$(shasum -a 256 "$work/knead.tar.gz" | cut -d' ' -f1)
    fi
    if [ "$expected" != "$actual" ]; then
        echo "install.sh: the download is damaged (SHA-256 mismatch); nothing installed" >&2
        exit 1
    fi
    tar -xzf "$work/knead.tar.gz" -C "$work"
    for unpacked in "$work"/knead-*/; do here=${unpacked%/}; done
fi

mkdir -p "$(dirname "$bin")" "$(dirname "$man")" "$(dirname "$bash_completion")" \
    "$(dirname "$zsh_completion")" "$(dirname "$fish_completion")" "$doc"
cp "$here/knead" "$bin" && chmod 755 "$bin"
cp "$here/doc/knead.1" "$man"
cp "$here/complete/knead.bash" "$bash_completion"
cp "$here/complete/_knead" "$zsh_completion"
cp "$here/complete/knead.fish" "$fish_completion"
cp "$here/doc/routine-format.md" "$here/README.md" "$doc/"
echo "installed $("$bin" --version) in $bin"
case :$PATH: in
    *:"$prefix/bin":*) ;;
    *) echo "note: $prefix/bin is not on PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\" in ~/.profile" ;;
esac
