#!/usr/bin/env bash
# Runs the sample site with the simulated Salesforce client. Extra arguments go to the site, e.g.
#   ./run-demo.sh --urls http://0.0.0.0:8080 --ChatReset:ProductionMode=false
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
if [ "$#" -eq 0 ]; then
  set -- --urls http://127.0.0.1:5080
fi
exec dotnet run --project samples/ChatReset.Demo -c Release -- "$@"
