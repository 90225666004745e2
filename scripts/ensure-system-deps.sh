#!/usr/bin/env bash
# Makes sure the system programs that the build and the tests need are installed.
#   build: Chromium (renders the PDFs) and Japanese fonts.
#   test:  the above, plus Java (Nu Html Checker), poppler-utils (pdfinfo, pdffonts) and
#          LibreOffice Writer without its GUI, libreoffice-writer-nogui (opens the 様式集's Word files; about
#          210 MB installed with its libraries, about a minute to install here; CI fails without it).
# As root on Debian it installs what is missing with apt-get; otherwise it stops and
# prints the exact command to run.
set -euo pipefail

purpose="${1:-test}"
missing=()

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[[ -x "$chromium_path" ]] || missing+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [[ -z "$(fc-list :lang=ja 2>/dev/null)" ]]; then
  missing+=(fonts-noto-cjk)
fi
if [[ "$purpose" == test ]]; then
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
fi

if ((${#missing[@]} == 0)); then
  exit 0
fi

install_command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "システムに不足しているパッケージを入れます: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "入れ終わりました: ${missing[*]}"
  exit 0
fi

cat >&2 <<MESSAGE
次のシステムパッケージが見つかりません: ${missing[*]}
Debian / Ubuntu では、次のコマンドで入れてから、もう一度実行してください:

  sudo sh -c '$install_command'

Chromium を別の場所に入れている場合は、環境変数 CHROMIUM_PATH にその実行ファイルのパスを指定してください。
MESSAGE
exit 1
