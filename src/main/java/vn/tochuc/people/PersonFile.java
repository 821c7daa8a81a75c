package vn.tochuc.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything shown on a person's page and résumé. When {@code sensitiveVisible} is false (the reader is neither
 * ORG_STAFF of the owning scope nor the person), the CCCD, religion, health, personal history, family and
 * discipline entries have been removed (NĐ 13/2023/NĐ-CP: sensitive personal data). {@code editable}: the reader
 * is ORG_STAFF of the owning scope and may change the record.
 */
public record PersonFile(
        Person person,
        @Nullable String unitName,
        List<Assignment> assignments,
        List<PersonEntry> entries,
        boolean sensitiveVisible,
        @Nullable String birthplaceToday,
        @Nullable String hometownToday,
        boolean editable) {

    public List<PersonEntry> entries(PersonEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    public List<Assignment> mainHistory() {
        return assignments.stream().filter(a -> !a.concurrent()).toList();
    }

    public List<Assignment> concurrentPosts() {
        return assignments.stream().filter(Assignment::concurrent).toList();
    }
}
