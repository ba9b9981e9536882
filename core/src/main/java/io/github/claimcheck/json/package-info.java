/**
 * The JSON forms of claimcheck's results, which are public contracts: the report (schema {@value
 * io.github.claimcheck.model.Report#SCHEMA}) and the scan listing (schema {@code
 * claimcheck-scan/1}). They change only by adding fields. Fields with no value are written as
 * {@code null}, never omitted; output is deterministic.
 */
package io.github.claimcheck.json;
