/** Text and resource utilities. Not API: may change in any release without notice. */
package io.github.claimcheck.internal.text;
