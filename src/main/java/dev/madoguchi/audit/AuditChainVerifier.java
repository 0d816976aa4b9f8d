package dev.madoguchi.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit chain from the first row and reports the first broken link. */
@Component
public class AuditChainVerifier {

    private final AuditChain chain;

    AuditChainVerifier(AuditChain chain) {
        this.chain = chain;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Walk walk = new Walk();
        chain.forEachInOrder(walk::step);
        if (walk.problem != null) {
            return new AuditVerification(false, walk.checked, walk.brokenAt, walk.problem, null);
        }
        AuditChain.ChainHead head = chain.head();
        if (head.lastId() != walk.checked || !head.lastHash().equals(walk.previous)) {
            return new AuditVerification(false, walk.checked, head.lastId(), AuditVerification.Break.HEAD_MISMATCH,
                    null);
        }
        return new AuditVerification(true, walk.checked, null, null, walk.previous);
    }

    private static final class Walk {
        long checked;
        String previous = AuditRecord.GENESIS;
        Long brokenAt;
        AuditVerification.Break problem;

        void step(AuditRecord row, String storedHash) {
            if (problem != null) {
                return;
            }
            long expected = checked + 1;
            if (row.id() != expected) {
                fail(row.id(), AuditVerification.Break.MISSING_EVENT);
            } else if (!row.prevHash().equals(previous)) {
                fail(row.id(), AuditVerification.Break.WRONG_LINK);
            } else if (!row.hash().equals(storedHash)) {
                fail(row.id(), AuditVerification.Break.CHANGED_EVENT);
            } else {
                checked = row.id();
                previous = storedHash;
            }
        }

        private void fail(long id, AuditVerification.Break kind) {
            brokenAt = id;
            problem = kind;
        }
    }
}
