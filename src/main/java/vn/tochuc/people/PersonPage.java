package vn.tochuc.people;

import java.util.List;

/** One page of a people list, with the number of matches ({@code more}: at least that many, counting stopped). */
public record PersonPage(List<PersonSummary> items, long total, boolean more, int page, int size) {

    public long pages() {
        return (total + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
