#!/bin/sh
# Prints Chronicle's and prose v2's entity recognition side by side on the
# Universal NER test sets (F1 over PER/ORG/LOC, tokens per second on one core).
# Usage: bench/peers/run.sh  (set CHRONICLE_CORPORA if the corpora are not in ../shared/corpora)
set -e
cd "$(dirname "$0")"
CGO_ENABLED=0 go run . "$@"
