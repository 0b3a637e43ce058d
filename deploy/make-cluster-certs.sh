#!/usr/bin/env bash
# Makes the cluster's own CA and one certificate for the silos and one for the API clients, for mutual TLS on the silo
# and gateway ports. Each goes to a directory in the layout the processes read (Aeo:Cluster:Tls:CertificateDirectory)
# and a Kubernetes TLS secret mounts: tls.crt, tls.key, ca.crt. The CA's key stays in <out>/ca/ (keep it offline).
#
#   sudo deploy/make-cluster-certs.sh certs --owner 1654   # for docker-compose.yml: the images run as uid 1654 ($APP_UID)
#   deploy/make-cluster-certs.sh certs --k8s               # and print the kubectl commands that store them as secrets
#
# Keys are written owner-only (umask 077) from the start; --owner hands the files to the containers' user.
set -euo pipefail

out="${1:-certs}"
shift || true
owner=""
k8s=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --owner) owner="$2"; shift 2 ;;
    --k8s) k8s=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
days="${AEO_CERT_DAYS:-825}"
umask 077
mkdir -p "$out/ca" "$out/silo" "$out/api"

if [[ ! -f "$out/ca/ca.key" ]]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
    -subj "/CN=Aeo cluster CA" -keyout "$out/ca/ca.key" -out "$out/ca/ca.crt" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi

for name in silo api; do
  dir="$out/$name"
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=aeo-$name" \
    -keyout "$dir/tls.key" -out "$dir/tls.csr" 2>/dev/null
  printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyAgreement" \
    "extendedKeyUsage=serverAuth,clientAuth" "subjectAltName=DNS:aeo-$name" > "$dir/ext.cnf"
  openssl x509 -req -in "$dir/tls.csr" -CA "$out/ca/ca.crt" -CAkey "$out/ca/ca.key" -CAcreateserial \
    -days "$days" -extfile "$dir/ext.cnf" -out "$dir/tls.crt" 2>/dev/null
  cp "$out/ca/ca.crt" "$dir/ca.crt"
  rm -f "$dir/tls.csr" "$dir/ext.cnf"
done
if [[ -n "$owner" ]]; then
  chown -R "$owner" "$out/silo" "$out/api"
fi

echo "Cluster certificates in $out/silo and $out/api (CA key in $out/ca: keep it out of any image or repository)."
if [[ -n "$k8s" ]]; then
  echo "Store them as secrets:"
  echo "  kubectl -n aeo create secret generic aeo-silo-tls --from-file=$out/silo"
  echo "  kubectl -n aeo create secret generic aeo-api-tls --from-file=$out/api"
fi
