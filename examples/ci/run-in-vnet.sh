#!/usr/bin/env bash
# Runs vnet-probe once inside a subnet of a test VNet, as an Azure Container Instance, and brings
# its results back to the pipeline: the JSON report (from the container's stdout), JUnit XML and a
# Markdown summary (uploaded by the agent to a blob container with a short-lived SAS). The container
# group is deleted whatever happens. The script exits with the agent's own exit code:
#   0 every required check passed   1 a required check failed   2 bad config   3 internal/upload error
#   4 the container did not run to its end (infrastructure: quota, image pull, subnet, timeout)
#
# Needs: az (logged in: `azure/login` in GitHub Actions, AzureCLI@2 in Azure Pipelines), curl.
# The identity needs Contributor on the resource group (container groups), Network Contributor
# (subnets/join) on the subnet, and Storage Blob Data Contributor on the reports container (it
# signs a user delegation SAS).
#
# Settings (environment):
#   RESOURCE_GROUP   resource group of the container group                        (required)
#   SUBNET_ID        subnet resource ID, delegated to Microsoft.ContainerInstance/containerGroups,
#                    with the NSG, route table and service endpoints of the workload's subnet (required)
#   CONFIG_FILE      vnet-probe config (YAML), mounted as a secret volume                  (required)
#   REPORT_ACCOUNT   storage account receiving the reports                                (required)
#   REPORT_CONTAINER blob container for them (must exist)                    (default vnet-probe-reports)
#   IMAGE            vnet-probe image                                 (default ghcr.io/OWNER/vnet-probe:0.1.0)
#   LOCATION         region (default: the resource group's)
#   RUN_ID           unique per run (default: a timestamp); names the container group and blob folder
#   OUT_DIR          where report.json, junit.xml, summary.md, agent.log land       (default vnet-probe-out)
#   RUN_ARGS         extra `vnet-probe run` arguments, e.g. "--profile apim-classic --storage-account x"
#   TIMEOUT_SECONDS  how long to wait for the container to finish                           (default 600)
#   POLL_SECONDS     how often to look                                                       (default 10)
#   REGISTRY_SERVER, REGISTRY_USERNAME, REGISTRY_PASSWORD   for a private registry (optional)
set -euo pipefail

: "${RESOURCE_GROUP:?set RESOURCE_GROUP}" "${SUBNET_ID:?set SUBNET_ID}" "${CONFIG_FILE:?set CONFIG_FILE}" "${REPORT_ACCOUNT:?set REPORT_ACCOUNT}"
REPORT_CONTAINER="${REPORT_CONTAINER:-vnet-probe-reports}"
IMAGE="${IMAGE:-ghcr.io/OWNER/vnet-probe:0.1.0}"
RUN_ID="${RUN_ID:-$(date -u +%Y%m%d%H%M%S)}"
OUT_DIR="${OUT_DIR:-vnet-probe-out}"
TIMEOUT_SECONDS="${TIMEOUT_SECONDS:-600}"
POLL_SECONDS="${POLL_SECONDS:-10}"
NAME="vnet-probe-${RUN_ID}"
NAME="$(printf '%s' "${NAME,,}" | tr -c 'a-z0-9-' '-' | cut -c1-63 | sed 's/-*$//')"
BLOB_BASE="https://${REPORT_ACCOUNT}.blob.core.windows.net/${REPORT_CONTAINER}/${RUN_ID}"

log() { printf 'vnet-probe-ci: %s\n' "$*" >&2; }
mkdir -p "$OUT_DIR"

cleanup() {
  log "deleting container group ${NAME}"
  az container delete -g "$RESOURCE_GROUP" -n "$NAME" --yes --output none 2>/dev/null || true
}
trap cleanup EXIT

# A user delegation SAS: create+write for the agent's uploads, read for fetching them back, one hour.
expiry="$(date -u -d '+1 hour' +%Y-%m-%dT%H:%MZ)"
sas="$(az storage container generate-sas --account-name "$REPORT_ACCOUNT" --name "$REPORT_CONTAINER" \
  --permissions rcw --expiry "$expiry" --auth-mode login --as-user --https-only --output tsv)"

location_args=()
[[ -n "${LOCATION:-}" ]] && location_args=(--location "$LOCATION")
registry_args=()
if [[ -n "${REGISTRY_SERVER:-}" ]]; then
  registry_args=(--registry-login-server "$REGISTRY_SERVER" --registry-username "${REGISTRY_USERNAME:?}" --registry-password "${REGISTRY_PASSWORD:?}")
fi

# ACI's command line replaces the image's entrypoint: it starts with the CLI. --format json makes
# the container's log the JSON report, so it is there even when the upload cannot reach the account.
command_line="vnet-probe run --no-color --format json --config /etc/vnet-probe/config.yaml ${RUN_ARGS:-} \
--report ${BLOB_BASE}/report.json --junit ${BLOB_BASE}/junit.xml --markdown ${BLOB_BASE}/summary.md"

log "creating ${NAME} in ${SUBNET_ID##*/virtualNetworks/}"
az container create -g "$RESOURCE_GROUP" -n "$NAME" "${location_args[@]}" "${registry_args[@]}" \
  --image "$IMAGE" --os-type Linux --cpu 1 --memory 1 --restart-policy Never \
  --subnet "$SUBNET_ID" \
  --command-line "$command_line" \
  --secrets "config.yaml=$(cat "$CONFIG_FILE")" --secrets-mount-path /etc/vnet-probe \
  --secure-environment-variables "VNETPROBE_UPLOAD_SAS=${sas}" \
  --output none

# Wait for the container to terminate; the run itself takes seconds, the pull and start take longer.
state=""
deadline=$((SECONDS + TIMEOUT_SECONDS))
while ((SECONDS < deadline)); do
  state="$(az container show -g "$RESOURCE_GROUP" -n "$NAME" --query 'containers[0].instanceView.currentState.state' --output tsv 2>/dev/null || true)"
  provisioning="$(az container show -g "$RESOURCE_GROUP" -n "$NAME" --query provisioningState --output tsv 2>/dev/null || true)"
  [[ "$state" == "Terminated" || "$provisioning" == "Failed" ]] && break
  sleep "$POLL_SECONDS"
done

az container logs -g "$RESOURCE_GROUP" -n "$NAME" > "$OUT_DIR/agent.log" 2>&1 || true
if [[ "$state" != "Terminated" ]]; then
  log "the container did not finish (state '${state:-unknown}', provisioning '${provisioning:-unknown}') within ${TIMEOUT_SECONDS} s; events:"
  az container show -g "$RESOURCE_GROUP" -n "$NAME" --query 'containers[0].instanceView.events' --output table >&2 || true
  exit 4
fi
exit_code="$(az container show -g "$RESOURCE_GROUP" -n "$NAME" --query 'containers[0].instanceView.currentState.exitCode' --output tsv)"

# The JSON report: the uploaded blob, else the container's stdout.
for file in report.json junit.xml summary.md; do
  curl -fsS --max-time 60 -o "$OUT_DIR/$file" "${BLOB_BASE}/${file}?${sas}" || { rm -f "$OUT_DIR/$file"; log "no ${file} uploaded"; }
done
if [[ ! -s "$OUT_DIR/report.json" ]] && head -c1 "$OUT_DIR/agent.log" | grep -q '{'; then
  cp "$OUT_DIR/agent.log" "$OUT_DIR/report.json"
fi

log "agent exit code ${exit_code} (0 pass, 1 a required check failed, 2 config, 3 internal/upload)"
[[ "$exit_code" =~ ^[0-9]+$ ]] || exit 4
exit "$exit_code"
