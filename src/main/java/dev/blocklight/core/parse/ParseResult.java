// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.session.SessionStore;

/**
 * The outcome of parsing one log: its events, its block sessions, the counts, and the miner (whose
 * snapshot maps another log onto the same event ids).
 */
public record ParseResult(EventTable events, SessionStore sessions, ParseStats stats, TemplateMiner miner) {
}
