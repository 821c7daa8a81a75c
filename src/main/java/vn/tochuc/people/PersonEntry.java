package vn.tochuc.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list section of Mẫu 2C. What each column holds depends on the {@link Kind}:
 * <ul>
 *   <li>TRAINING (item 27): title = school, detail = field of study, body = form (chính quy, tại chức…),
 *       extra = diploma or certificate, from–to;</li>
 *   <li>AWARD (item 21): title = form of award, body = deciding body, from = date, detail = reason;</li>
 *   <li>DISCIPLINE (item 22, sensitive): title = form (khiển trách, cảnh cáo, cách chức…), body = deciding
 *       body, from = date, year = the year it counts for in evaluation, detail = reason;</li>
 *   <li>SALARY (items 14, 31): from = since, title = rank name, code = rank code, year = step,
 *       amount = coefficient;</li>
 *   <li>FAMILY (item 30, sensitive): title = relation, detail = full name, year = birth year, code = SELF or
 *       SPOUSE side, body = occupation, extra = hometown and residence.</li>
 * </ul>
 */
public record PersonEntry(
        long id,
        long personId,
        Kind kind,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        String title,
        @Nullable String detail,
        @Nullable String body,
        @Nullable String code,
        @Nullable BigDecimal amount,
        @Nullable Integer year,
        @Nullable String extra) {

    public enum Kind {
        TRAINING(false),
        AWARD(false),
        DISCIPLINE(true),
        SALARY(false),
        FAMILY(true);

        private final boolean sensitive;

        Kind(boolean sensitive) {
            this.sensitive = sensitive;
        }

        public boolean sensitive() {
            return sensitive;
        }
    }

    static PersonEntry of(
            Kind kind,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            String title,
            @Nullable String detail,
            @Nullable String body,
            @Nullable String code,
            @Nullable BigDecimal amount,
            @Nullable Integer year,
            @Nullable String extra) {
        return new PersonEntry(0, 0, kind, from, to, title, detail, body, code, amount, year, extra);
    }
}
