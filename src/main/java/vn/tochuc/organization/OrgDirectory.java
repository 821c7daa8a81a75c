package vn.tochuc.organization;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization facade: look units up. Scope checks go through {@link UnitScopes}. */
@Service
public class OrgDirectory {

    /** A unit as other modules see it. {@code tree} is LOCALITY or ORGANIZATION. */
    public record UnitRef(long id, String tree, @Nullable String code, String name, String kind,
            @Nullable Long parentId, String path) {}

    private final OrgUnitRepository units;

    OrgDirectory(OrgUnitRepository units) {
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Optional<UnitRef> find(long id) {
        return units.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<UnitRef> findByCode(String tree, String code) {
        return units.findByCode(tree, code);
    }

    @Transactional(readOnly = true)
    public List<UnitRef> children(long id) {
        return units.children(id);
    }

    /** Ids of the unit and every unit below it, as the tree stands today. */
    @Transactional(readOnly = true)
    public List<Long> subtreeIds(long rootId) {
        return units.subtreeIds(rootId);
    }
}
