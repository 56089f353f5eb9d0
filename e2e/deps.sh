#!/usr/bin/env bash
# What the README's test command needs besides Swift: for the real-browser tests (e2e/run.sh)
# Chromium, its WebDriver, Thai fonts (fonts-thai-tlwg: the print view and PDFs), poppler-utils,
# curl and the Python packages selenium and pytest; for e2e/api_fuzz.sh curl and schemathesis.
#
#   e2e/deps.sh                   installs whatever is missing: Debian packages with apt-get
#                                 (as root, or through sudo without a password), Python
#                                 packages with pip; .ci/run calls it too
#   e2e/deps.sh --check [browser|fuzz|all]
#                                 installs nothing: names what is missing (e2e/run.sh and
#                                 e2e/api_fuzz.sh ask it before they start)
#
# Either way it ends with one line saying what is there or what is missing, and exits 1 when
# something is missing or could not be installed.
set -uo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

mode=install
need=all
if [ "${1:-}" = "--check" ]; then
  mode=check
  need="${2:-all}"
elif [ -n "${1:-}" ]; then
  echo "usage: e2e/deps.sh [--check [browser|fuzz|all]]" >&2
  exit 2
fi
case "$need" in browser | fuzz | all) ;; *)
  echo "e2e/deps.sh: unknown set '$need' (browser, fuzz or all)" >&2
  exit 2
  ;;
esac

# (grep reads all of fc-list: with -q it would stop early and, under pipefail, fail on SIGPIPE)
have_fonts() { command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -i laksaman >/dev/null; }
have_module() { command -v python3 >/dev/null && python3 -c "import $1" >/dev/null 2>&1; }

# Each needed thing as "test|Debian package|name shown".
apt_checks=("command -v curl|curl|curl")
py_modules=()
if [ "$need" != fuzz ]; then
  apt_checks+=(
    "command -v chromium|chromium|chromium"
    "command -v chromedriver|chromium-driver|chromedriver (chromium-driver)"
    "have_fonts|fonts-thai-tlwg fontconfig|Thai fonts (fonts-thai-tlwg)"
    "command -v pdftotext|poppler-utils|poppler-utils"
  )
  py_modules+=(selenium pytest)
fi
[ "$need" != browser ] && py_modules+=(schemathesis)
apt_checks+=("command -v python3|python3|python3")

missing_apt() {
  local entry test packages
  for entry in "${apt_checks[@]}"; do
    test="${entry%%|*}"
    packages="${entry#*|}"
    packages="${packages%%|*}"
    eval "$test" >/dev/null 2>&1 || echo "$packages"
  done
}
missing_names() {
  local entry test name module
  for entry in "${apt_checks[@]}"; do
    test="${entry%%|*}"
    name="${entry##*|}"
    eval "$test" >/dev/null 2>&1 || echo "$name"
  done
  for module in "${py_modules[@]}"; do have_module "$module" || echo "$module (pip)"; done
}
join() { paste -sd, - | sed 's/,/, /g'; }

if [ "$mode" = check ]; then
  missing="$(missing_names | join)"
  if [ -n "$missing" ]; then
    echo "missing: $missing — run e2e/deps.sh to install them (as root or with sudo)" >&2
    exit 1
  fi
  exit 0
fi

log="$(mktemp /tmp/sujarit-deps.XXXXXX)"
trap 'rm -f "$log"' EXIT
can_be_root() { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
last_error() { grep -v '^\s*$' "$log" | tail -n 1 | cut -c1-200; }
apt_updated=0
# apt_install PACKAGE…: 0 installed, 1 apt-get failed, 126 neither root nor password-less sudo.
apt_install() {
  can_be_root || return 126
  if [ "$apt_updated" = 0 ]; then
    as_root apt-get update -qq >>"$log" 2>&1 || return 1
    apt_updated=1
  fi
  as_root apt-get install -y -qq "$@" >>"$log" 2>&1
}
failed=0
fail() {
  echo "e2e/deps.sh: could not install $1" >&2
  failed=1
}

read -r -a packages <<<"$(missing_apt | tr '\n' ' ')"
if [ "${#packages[@]}" -gt 0 ]; then
  echo "installing Debian packages: ${packages[*]}"
  apt_install "${packages[@]}"
  case $? in
  0) ;;
  126) fail "${packages[*]}: not root and no password-less sudo (run: sudo apt-get install -y ${packages[*]})" ;;
  *) fail "${packages[*]}: apt-get failed: $(last_error)" ;;
  esac
fi

pip_install() {
  local user=()
  [ "$(id -u)" = 0 ] || user=(--user)
  python3 -m pip install -q --disable-pip-version-check "$@" >>"$log" 2>&1 && return 0
  # Debian's own Python refuses pip outside a virtual environment (PEP 668).
  grep -q externally-managed "$log" &&
    python3 -m pip install -q --disable-pip-version-check --break-system-packages "${user[@]}" "$@" >>"$log" 2>&1
}
modules=()
for module in "${py_modules[@]}"; do have_module "$module" || modules+=("$module"); done
if [ "${#modules[@]}" -gt 0 ] && command -v python3 >/dev/null; then
  if ! python3 -m pip --version >/dev/null 2>&1; then
    echo "installing Debian package: python3-pip"
    apt_install python3-pip || true
  fi
  echo "installing Python packages: ${modules[*]}"
  if ! python3 -m pip --version >/dev/null 2>&1 || ! pip_install "${modules[@]}"; then
    # Without pip: Debian's own packages of the two it has.
    for module in selenium pytest; do
      if [[ " ${modules[*]} " == *" $module "* ]] && ! have_module "$module"; then apt_install "python3-$module" || true; fi
    done
  fi
  for module in "${modules[@]}"; do have_module "$module" || fail "$module (pip): $(last_error)"; done
fi

[ "$failed" = 0 ] || exit 1
still="$(missing_names | join)"
if [ -n "$still" ]; then
  echo "e2e/deps.sh: still missing after installing: $still" >&2
  exit 1
fi
echo "e2e/deps.sh: the test dependencies are there ($need)"
