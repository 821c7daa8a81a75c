package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A restructuring event to apply. {@code units} are the subjects (rename, move, change of type, dissolve)
 * or the predecessors (merge, split); {@code target} is the existing unit a merge goes into, or the unit
 * that takes over a dissolved unit's records; {@code newUnits} are created (create, merge into a new unit,
 * split); {@code successors} are existing units a split hands over to. {@code newName}, {@code newCode},
 * {@code newKind} and {@code newParent} change the subject (or the merge target).
 */
record EventCommand(
        String tree,
        EventType type,
        LocalDate effectiveOn,
        String resolutionNo,
        LocalDate resolutionDate,
        @Nullable String description,
        @Nullable String sourceKey,
        List<UnitKey> units,
        @Nullable UnitKey target,
        List<NewUnit> newUnits,
        List<UnitKey> successors,
        @Nullable String newName,
        @Nullable String newCode,
        @Nullable String newKind,
        @Nullable UnitKey newParent) {

    EventCommand {
        units = List.copyOf(units);
        newUnits = List.copyOf(newUnits);
        successors = List.copyOf(successors);
    }

    /** Starts a command; fill in the rest with the {@code with…} methods. */
    static EventCommand of(
            String tree, EventType type, LocalDate effectiveOn, String resolutionNo, LocalDate resolutionDate) {
        return new EventCommand(
                tree,
                type,
                effectiveOn,
                resolutionNo,
                resolutionDate,
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null);
    }

    EventCommand withUnits(List<UnitKey> u) {
        return new EventCommand(
                tree,
                type,
                effectiveOn,
                resolutionNo,
                resolutionDate,
                description,
                sourceKey,
                u,
                target,
                newUnits,
                successors,
                newName,
                newCode,
                newKind,
                newParent);
    }

    EventCommand withTarget(@Nullable UnitKey t) {
        return new EventCommand(
                tree,
                type,
                effectiveOn,
                resolutionNo,
                resolutionDate,
                description,
                sourceKey,
                units,
                t,
                newUnits,
                successors,
                newName,
                newCode,
                newKind,
                newParent);
    }

    EventCommand withNewUnits(List<NewUnit> n) {
        return new EventCommand(
                tree,
                type,
                effectiveOn,
                resolutionNo,
                resolutionDate,
                description,
                sourceKey,
                units,
                target,
                n,
                successors,
                newName,
                newCode,
                newKind,
                newParent);
    }

    EventCommand withSuccessors(List<UnitKey> s) {
        return new EventCommand(
                tree,
                type,
                effectiveOn,
                resolutionNo,
                resolutionDate,
                description,
                sourceKey,
                units,
                target,
                newUnits,
                s,
                newName,
                newCode,
                newKind,
                newParent);
    }

    EventCommand withChanges(
            @Nullable String name, @Nullable String code, @Nullable String kind, @Nullable UnitKey parent) {
        return new EventCommand(
                tree,
                type,
                effectiveOn,
                resolutionNo,
                resolutionDate,
                description,
                sourceKey,
                units,
                target,
                newUnits,
                successors,
                name,
                code,
                kind,
                parent);
    }

    EventCommand withText(@Nullable String desc, @Nullable String key) {
        return new EventCommand(
                tree,
                type,
                effectiveOn,
                resolutionNo,
                resolutionDate,
                desc,
                key,
                units,
                target,
                newUnits,
                successors,
                newName,
                newCode,
                newKind,
                newParent);
    }
}
