package dev.madoguchi.openpgp;

/**
 * The expiry watch recorded today's warning about the current key (issue 9): published inside that transaction, so a
 * listener that queues e-mail to ADMIN and PSIRT does so exactly once per day across the cluster.
 */
public record KeyExpiryWarningRecorded(KeyExpiry expiry) {
}
