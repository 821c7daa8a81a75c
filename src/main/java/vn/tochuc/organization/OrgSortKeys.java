package vn.tochuc.organization;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the units written before the sort key existed (migration V6) their key, once, before anything else
 * reads the lists; every later write stores the key with the name.
 */
@Component
@Order(0)
class OrgSortKeys implements ApplicationRunner {

    private final OrgUnitRepository units;

    OrgSortKeys(OrgUnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        fill();
    }

    /** Keys the rows that have none; returns how many it keyed. */
    int fill() {
        List<OrgUnitRepository.Named> unit = units.unkeyedUnits();
        List<OrgUnitRepository.Named> version = units.unkeyedVersions();
        units.keyUnits(unit);
        units.keyVersions(version);
        return unit.size() + version.size();
    }
}
