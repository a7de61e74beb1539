#!/usr/bin/env bash
# What the tests and the benchmark need beside a JDK and Maven, installed by the commands that need it:
#   fb_prerequisites test|bench
# A CJK font (the PDF fixtures write Hangul and both Chinese scripts), headless Chromium and its WebDriver (the search
# page's browser test) and docker-compose (the compose file's validation test). As root on Debian they are installed
# with apt-get, saying so; otherwise the command stops at once, before any build, with the one command to run.

fb_prerequisites() {
  local missing=()
  [ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing+=(fonts-wqy-zenhei)
  if [ "$1" = test ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
    command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    fb_log "installing what '$1' needs: ${missing[*]} (apt-get; a few minutes the first time)"
    local begun=$SECONDS
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fb_log "installed ${missing[*]} in $((SECONDS - begun)) s"
  else
    fb_die "'$1' needs ${missing[*]}: run  sudo apt-get install -y ${missing[*]}  (or your system's equivalent)"
  fi
}
