package dev.madoguchi.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a staff member, on every node (sessions live in PostgreSQL): after deactivation, a password
 * reset or a change of roles, what the old session allowed must stop at once.
 */
@Component
class StaffSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void endAllOf(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return; // command-line tasks run without sessions
        }
        repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
    }
}
