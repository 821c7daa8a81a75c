package vn.tochuc.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.people.People;
import vn.tochuc.people.PersonQuery;
import vn.tochuc.people.PersonSummary;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/** The identity facade: create and change accounts. Every change is audit-logged with before and after. */
@Service
public class Users {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final MessageSource messages;
    private final People people;

    Users(
            UserRepository repository,
            PasswordEncoder encoder,
            OrgDirectory org,
            AuditLog audit,
            MessageSource messages,
            People people) {
        this.people = people;
        this.repository = repository;
        this.encoder = encoder;
        this.org = org;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    public long create(NewUser u) {
        String username = u.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw bad("user.username.invalid");
        }
        if (repository.exists(username)) {
            throw bad("user.username.taken", username);
        }
        if (u.fullName().isBlank()) {
            throw bad("user.fullName.required");
        }
        PasswordPolicy.violation(u.password()).ifPresent(key -> {
            throw bad(key, PasswordPolicy.MIN_LENGTH);
        });
        checkUnits(u.homeUnitId(), u.globalScope(), u.extraScopeUnitIds());
        long id = repository.insert(
                username, u.fullName().trim(), encoder.encode(u.password()), u.homeUnitId(), u.globalScope());
        repository.replaceRoles(id, u.roles());
        repository.replaceExtraScope(id, u.extraScopeUnitIds());
        audit.record(AuditEntry.write(
                CurrentUser.name(), "USER_CREATE", "USER", id, u.homeUnitId(), null, describe(id), "user " + username));
        return id;
    }

    @Transactional
    public void update(
            long id,
            String fullName,
            @Nullable Long homeUnitId,
            boolean globalScope,
            Set<Long> extraScope,
            Set<Role> roles,
            boolean enabled) {
        UserRow row = repository.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        if (fullName.isBlank()) {
            throw bad("user.fullName.required");
        }
        checkUnits(homeUnitId, globalScope, extraScope);
        String before = describe(id);
        repository.updateProfile(id, fullName.trim(), homeUnitId, globalScope, enabled);
        repository.replaceRoles(id, roles);
        repository.replaceExtraScope(id, extraScope);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "USER_UPDATE",
                "USER",
                id,
                homeUnitId,
                before,
                describe(id),
                "user " + row.username()));
    }

    /**
     * Links the account to its person record ("my record" of the self-service role), or removes the link
     * ({@code personId} null). The person must exist and belong to no other account.
     */
    @Transactional
    public void linkPerson(long id, @Nullable Long personId) {
        UserRow row = repository.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        if (personId != null) {
            try {
                people.summary(personId).orElseThrow(() -> new NotFoundException("person " + personId));
            } catch (NotFoundException e) {
                throw bad("user.person.unknown", String.valueOf(personId));
            }
            if (repository.userOfPerson(personId).filter(other -> other != id).isPresent()) {
                throw bad("user.person.taken");
            }
        }
        String before = describe(id);
        repository.updatePerson(id, personId);
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "USER_UPDATE",
                "USER",
                id,
                row.homeUnitId(),
                before,
                describe(id),
                "user " + row.username() + " person " + personId));
    }

    /** The person linked to an account, for the admin page: name and unit. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> linkedPerson(UserSummary user) {
        return user.personId() == null ? Optional.empty() : people.summary(user.personId());
    }

    /** People to pick from for the link (the administrator's scope, official name order). */
    @Transactional(readOnly = true)
    public List<PersonSummary> pickPeople(String q) {
        if (q.isBlank()) {
            return List.of();
        }
        return people.search(new PersonQuery(q, null, null, null, null, null, null, null, null, 0, 20))
                .items();
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserRow row = repository.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        PasswordPolicy.violation(newPassword).ifPresent(key -> {
            throw bad(key, PasswordPolicy.MIN_LENGTH);
        });
        repository.updatePassword(id, encoder.encode(newPassword));
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "USER_PASSWORD_RESET",
                "USER",
                id,
                row.homeUnitId(),
                null,
                null,
                "user " + row.username()));
    }

    @Transactional
    public void unlock(long id) {
        UserRow row = repository.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        repository.unlock(id);
        audit.record(AuditEntry.write(
                CurrentUser.name(), "USER_UNLOCK", "USER", id, row.homeUnitId(), null, null, "user " + row.username()));
    }

    @Transactional(readOnly = true)
    public List<UserSummary> search(@Nullable String q, int page, int size) {
        return repository.search(q, Math.max(0, page) * size, size).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long id) {
        return repository.findById(id).map(this::summary);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return repository.findByUsername(username).map(this::summary);
    }

    private UserSummary summary(UserRow r) {
        String unitName = r.homeUnitId() == null
                ? null
                : org.find(r.homeUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
        return new UserSummary(
                r.id(),
                r.username(),
                r.fullName(),
                r.homeUnitId(),
                unitName,
                r.globalScope(),
                repository.extraScope(r.id()),
                repository.roles(r.id()),
                r.enabled(),
                r.lockedUntil(),
                r.personId());
    }

    /** The state recorded (as a digest) in the audit log: never the password hash. */
    private String describe(long id) {
        UserSummary s = find(id).orElseThrow();
        return "username=" + s.username() + ";fullName=" + s.fullName() + ";home=" + s.homeUnitId() + ";global="
                + s.globalScope() + ";scope="
                + s.extraScopeUnitIds().stream().sorted().toList() + ";roles="
                + s.roles().stream().map(Enum::name).sorted().toList() + ";enabled=" + s.enabled() + ";person="
                + s.personId();
    }

    private void checkUnits(@Nullable Long home, boolean global, Set<Long> extra) {
        if (home == null && !global) {
            throw bad("user.homeUnit.required");
        }
        if (home != null && org.find(home).isEmpty()) {
            throw bad("user.unit.unknown", String.valueOf(home));
        }
        for (Long unit : extra) {
            if (org.find(unit).isEmpty()) {
                throw bad("user.unit.unknown", String.valueOf(unit));
            }
        }
    }

    private BadInputException bad(String key, Object... args) {
        return new BadInputException(messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }
}
