package vn.tochuc.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/**
 * The people facade: search within the caller's scope, and full records (audit-logged, with sensitive fields
 * only for ORG_STAFF of the owning scope). Writes go through {@link PersonService}.
 */
@Service
public class People {

    static final String TARGET = "PERSON";
    /** The most people one profile query carries (PostgreSQL allows 32,767 parameters). */
    static final int PROFILE_CHUNK = 5_000;
    /** How far past the current page matches are counted. */
    static final long COUNT_CAP = 5_000;

    private final PersonRepository persons;
    private final NameSearch names;
    private final AssignmentRepository assignments;
    private final EntryRepository entries;
    private final PlacementRepository placements;
    private final OrgDirectory directory;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final RosterRepository rosters;
    private final ProfileRepository profiles;
    private final Clock clock = Clock.system(VnFormats.VIETNAM);
    private final Map<Long, CachedName> unitNames = new java.util.concurrent.ConcurrentHashMap<>();

    People(
            PersonRepository persons,
            NameSearch names,
            AssignmentRepository assignments,
            EntryRepository entries,
            PlacementRepository placements,
            OrgDirectory directory,
            UnitScopes scopes,
            AuditLog audit,
            RosterRepository rosters,
            ProfileRepository profiles) {
        this.profiles = profiles;
        this.rosters = rosters;
        this.persons = persons;
        this.names = names;
        this.assignments = assignments;
        this.entries = entries;
        this.placements = placements;
        this.directory = directory;
        this.scopes = scopes;
        this.audit = audit;
    }

    /**
     * A page of people matching the query, inside the caller's scope, in official name order. A name query is a
     * few bounded reads ({@link NameSearch}); a list without a name counts to {@link #COUNT_CAP} past the page and
     * then either walks the official order (many) or sorts the few matches of its filters.
     */
    @Transactional(readOnly = true)
    public PersonPage search(PersonQuery query) {
        requireStaff();
        Collection<Long> units = unitsFor(query);
        LocalDate today = LocalDate.now(clock);
        int offset = query.page() * query.size();
        persons.planForParameters();
        if (!VietnameseText.fold(query.q()).isEmpty()) {
            NameSearch.Result r =
                    names.search(PersonRepository.params(query, units, today), units, offset, query.size());
            return new PersonPage(
                    withUnitNames(persons.summaries(r.ids())), r.total(), r.more(), query.page(), query.size());
        }
        long cap = (long) offset + query.size() + COUNT_CAP;
        long total = persons.count(query, units, today, cap);
        List<PersonSummary> items = withUnitNames(persons.search(query, units, today, total >= cap));
        return new PersonPage(items, total, total >= cap, query.page(), query.size());
    }

    /**
     * The full record, written to the audit log as a read. Another person's record needs a staff role and the
     * owning scope; the user's own record (the person linked to the account) is always theirs to read. The
     * sensitive fields (CCCD, religion, health, family, ...) are shown to ORG_STAFF and to the person.
     */
    @Transactional
    public PersonFile file(long id) {
        Person p = readable(id);
        audit.record(AuditEntry.read(CurrentUser.name(), TARGET, id, p.currentUnitId()));
        boolean editable = CurrentUser.has(Role.ORG_STAFF) && scopes.covers(CurrentUser.scope(), p.currentUnitId());
        boolean sensitive = editable || CurrentUser.isOwnRecord(id);
        List<PersonEntry> list = entries.ofPerson(id).stream()
                .filter(e -> sensitive || !e.kind().sensitive())
                .toList();
        return new PersonFile(
                sensitive ? p : Redaction.redact(p),
                unitName(p.currentUnitId()),
                assignments.ofPerson(id),
                list,
                sensitive,
                today(p.origin().birthplace()),
                today(p.origin().hometown()),
                editable);
    }

    /**
     * The profiles of many people at once (issue 12, point 2): what the rules of planning, training, rotation and
     * congress personnel read, in two queries per {@value #PROFILE_CHUNK} people instead of a 2C record each. A
     * staff role only; people outside the caller's scope are left out. Each person returned is logged as a read of
     * their record (NĐ 13/2023: who read whose personal data).
     */
    @Transactional
    public Map<Long, PersonProfile> profiles(Collection<Long> ids) {
        requireStaff();
        Map<Long, PersonProfile> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @Nullable Collection<Long> units = scopes.visible().idsOrAll();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += PROFILE_CHUNK) {
            out.putAll(profiles.profiles(all.subList(i, Math.min(all.size(), i + PROFILE_CHUNK)), units));
        }
        String actor = CurrentUser.name();
        out.values().forEach(p -> audit.record(AuditEntry.read(actor, TARGET, p.id(), p.currentUnitId())));
        return out;
    }

    /** The record, when the caller may read it: their own, or a staff role with the owning unit in scope. */
    private Person readable(long id) {
        Person p = persons.find(id).orElseThrow(() -> new NotFoundException("person " + id));
        if (!CurrentUser.isOwnRecord(id)) {
            requireStaff();
            scopes.require(p.currentUnitId());
        }
        return p;
    }

    private static void requireStaff() {
        CurrentUser.requireStaff();
    }

    /**
     * The people currently in the unit's subtree (at most {@code limit}), with the job position of their open
     * main assignment: a scope-checked roster for bulk work such as opening an evaluation cycle; logged as one read.
     */
    @Transactional
    public List<RosterEntry> roster(long unitId, int limit) {
        requireStaff();
        scopes.require(unitId);
        audit.record(AuditEntry.read(CurrentUser.name(), "PERSON_ROSTER", unitId, unitId));
        return rosters.roster(directory.subtreeIds(unitId), limit);
    }

    /** A list row of one readable person (a staff role and the owning scope, or the user's own record). */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> summary(long id) {
        readable(id);
        return withUnitNames(persons.summaries(List.of(id))).stream().findFirst();
    }

    /** The photo, in scope; empty when none was uploaded. */
    @Transactional(readOnly = true)
    public Optional<byte[]> photo(long id) {
        readable(id);
        return entries.photo(id);
    }

    /** Whether a photo was uploaded; the caller has read the record ({@link #file}) already. */
    @Transactional(readOnly = true)
    public boolean hasPhoto(long id) {
        return entries.hasPhoto(id);
    }

    /** Whether the person is on the review list "chờ bố trí" (unit dissolved without successor). */
    @Transactional(readOnly = true)
    public boolean pendingPlacement(long id) {
        return placements.pending(id);
    }

    /** The review list "chờ bố trí" in the caller's scope; ORG_STAFF only. */
    @Transactional(readOnly = true)
    public List<PendingPlacement> pendingPlacements() {
        CurrentUser.require(Role.ORG_STAFF);
        return placements.open(unitsFor(PersonQuery.all()));
    }

    /**
     * The unit ids a query may see: the unit filter's subtree (which must be in scope), the union of the scope
     * roots' subtrees, or null for a global scope without a unit filter.
     */
    @Nullable
    Collection<Long> unitsFor(PersonQuery query) {
        return scopes.visibleUnder(query.unit()).idsOrAll();
    }

    List<PersonSummary> withUnitNames(List<PersonSummary> rows) {
        return rows.stream().map(r -> r.withUnitName(unitName(r.unitId()))).toList();
    }

    /** Unit names for lists, cached for a minute (a rename shows up within that minute). */
    @Nullable
    String unitName(long unitId) {
        long now = System.currentTimeMillis();
        CachedName cached = unitNames.get(unitId);
        if (cached != null && cached.until() > now) {
            return cached.name();
        }
        String name = directory.find(unitId).map(OrgDirectory.UnitRef::name).orElse(null);
        if (unitNames.size() > 50_000) {
            unitNames.clear();
        }
        unitNames.put(unitId, new CachedName(name, now + 60_000));
        return name;
    }

    private record CachedName(@Nullable String name, long until) {}

    /** Today's name of a locality recorded by code, when the organization module knows the code. */
    @Nullable
    String today(Person.Locality locality) {
        String code = locality.code();
        if (code == null) {
            return null;
        }
        return directory
                .findByCode("LOCALITY", code)
                .map(OrgDirectory.UnitRef::name)
                .orElse(null);
    }
}
