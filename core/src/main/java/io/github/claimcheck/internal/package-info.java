/**
 * Implementation details of claimcheck. Not API: anything here may change in any release without
 * notice. Do not depend on it.
 */
package io.github.claimcheck.internal;
