package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.BadInputException;

/** Period codes (2026-03, 2026-Q1, 2026, term 2025-2030) into dates, and the default deadline of a cycle. */
final class Periods {

    record Period(String kind, String code, LocalDate start, LocalDate end) {}

    private Periods() {}

    static Period parse(String kind, String code) {
        try {
            return switch (kind) {
                case "MONTH" -> {
                    YearMonth m = YearMonth.parse(code);
                    yield new Period(kind, m.toString(), m.atDay(1), m.atEndOfMonth());
                }
                case "QUARTER" -> {
                    String[] p = code.split("-Q");
                    int q = Integer.parseInt(p[1]);
                    if (q < 1 || q > 4) {
                        throw new IllegalArgumentException(code);
                    }
                    YearMonth first = YearMonth.of(Integer.parseInt(p[0]), q * 3 - 2);
                    yield new Period(
                            kind, code, first.atDay(1), first.plusMonths(2).atEndOfMonth());
                }
                case "YEAR" -> {
                    int y = Integer.parseInt(code);
                    yield new Period(kind, code, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
                case "TERM" -> {
                    // A term (nhiệm kỳ, glossary: 5 years), written 2025-2030: from 1/1 of the first year to 31/12
                    // of the last.
                    String[] y = code.split("-");
                    if (y.length != 2) {
                        throw new IllegalArgumentException(code);
                    }
                    int from = Integer.parseInt(y[0]);
                    int to = Integer.parseInt(y[1]);
                    if (to <= from || to - from > 5 || from < 1945) {
                        throw new IllegalArgumentException(code);
                    }
                    yield new Period(kind, from + "-" + to, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
                }
                default -> throw new BadInputException(Texts.t("appr.period.kindInvalid", kind));
            };
        } catch (RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(Texts.t("appr.period.codeInvalid", code));
        }
    }

    /**
     * The last day of a cycle. A yearly grading closes before 15 December (EVAL-46, EVAL-62) unless the pack sets
     * {@code yearlyCloseMonth}/{@code yearlyCloseDay} (the first day no longer allowed); a monthly or quarterly one
     * closes on the 25th after the period (KPI-04: monthly reports before the 25th) unless the pack sets
     * {@code closeDayAfterPeriod}.
     */
    static LocalDate latestDeadline(Period p, Map<String, Double> numbers) {
        if (p.kind().equals("YEAR") || p.kind().equals("TERM")) {
            // A term closes like the yearly grading of its last year (EVAL-46).
            int month = numbers.getOrDefault("yearlyCloseMonth", 12.0).intValue();
            int day = numbers.getOrDefault("yearlyCloseDay", 15.0).intValue();
            // A close in the first half-year means the next year (EVAL-62: 15/1 of the next year for special units).
            int year = p.end().getYear() + (month <= 6 ? 1 : 0);
            return LocalDate.of(year, month, day).minusDays(1);
        }
        int day = numbers.getOrDefault("closeDayAfterPeriod", 25.0).intValue();
        return p.end().plusMonths(1).withDayOfMonth(day).minusDays(1);
    }
}
