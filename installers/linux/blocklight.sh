#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# The `blocklight` command and the menu entry's launcher on Linux: sets the environment that
# jpackage's java-options cannot, keeping any value the user set, then runs the real launcher.
# bash, not sh: dash drops variables with a dot in their name (env blocklight.log.level=INFO).
#   OMP_NUM_THREADS=1: ND4J's native ops on one thread (a few more with OMP_NUM_THREADS=N).
#   MALLOC_ARENA_MAX=2: fewer glibc malloc arenas; in the soak benchmark the native memory growth
#   per open-parse-score round fell from +234 KB to +18.5 KB with it.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec /opt/blocklight/bin/Blocklight "$@"
