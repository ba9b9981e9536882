/**
 * A worked example of a user rule set for disaster reporting, written against the public API
 * only: {@link io.github.claimcheck.examples.rules.DisasterRules}. Copy it to start your own.
 */
package io.github.claimcheck.examples.rules;
